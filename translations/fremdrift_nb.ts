<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../ui/clients/clienteditor.ui" line="+9" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;National ID:</source>
        <translation>Fødsels&amp;nummer:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Given name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Family name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Birth date:</source>
        <translation>Fødsels&amp;dato:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Posta&amp;l code, city:</source>
        <translation>Postnummer og &amp;sted:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Care</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Unit or home:</source>
        <translation>Enhet eller &amp;bolig:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Case&amp;worker:</source>
        <translation>Saksbe&amp;handler:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <location line="+5" />
        <source>GP na&amp;me:</source>
        <translation>Fastle&amp;gens navn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>GP p&amp;ractice:</source>
        <translation>&amp;Legekontor:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>G&amp;P phone:</source>
        <translation>Fastlegens telef&amp;on:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Consent competence</source>
        <translation>Samtykkekompetanse</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Competence:</source>
        <translation>Sa&amp;mtykkekompetanse:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Assessed &amp;on:</source>
        <translation>V&amp;urderingsdato:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Assessed b&amp;y:</source>
        <translation>Vurdert a&amp;v:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Indi&amp;vidual plan:</source>
        <translation>&amp;Individuell plan:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Coor&amp;dinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No&amp;tes:</source>
        <translation>Notate&amp;r:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../ui/clients/contactdialog.ui" line="+9" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Relation:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Posta&amp;l code, city:</source>
        <translation>Postnummer og &amp;sted:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nearest rela&amp;tive</source>
        <translation>Nærmeste pårør&amp;ende</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recei&amp;ves letters</source>
        <translation>Mottar &amp;brev</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the responsibility &amp;group</source>
        <translation>Med i ansvars&amp;gruppen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group coor&amp;dinator</source>
        <translation>&amp;Koordinator for ansvarsgruppen</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.ui" line="+9" />
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../ui/newdatabasedialog.ui" line="+9" />
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A database holds an office's clients, decisions, progress plans and letters. The country's rules it follows cannot be changed later.</source>
        <translation>En database inneholder brukerne, vedtakene, fremdriftsplanene og brevene til ett kontor. Hvilket lands regler databasen følger, kan ikke endres senere.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Country's rules:</source>
        <translation>&amp;Lovverk:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Office name:</source>
        <translation>&amp;Kontornavn:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fill it with invented &amp;demo data to try Fremdrift out</source>
        <translation>Legg inn oppdiktede &amp;demodata for å prøve ut Fremdrift</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is a &amp;test database (accepts test ID numbers)</source>
        <translation>Dette er en &amp;testdatabase (godtar syntetiske testnumre)</translation>
    </message>
</context>
<context>
    <name>NewDecisionDialog</name>
    <message>
        <location filename="../ui/decisions/newdecisiondialog.ui" line="+9" />
        <source>New decision</source>
        <translation>Nytt vedtak</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Client:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Type a name, national ID or unit</source>
        <translation>Skriv navn, fødselsnummer eller enhet</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Replaces:</source>
        <translation>&amp;Erstatter:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qtstrings.cpp" line="+31" />
        <source>Look in:</source>
        <translation>Søk i:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;hidden files</source>
        <translation>&amp;Vis skjulte filer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at du har oppgitt riktig filnavn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-40" />
        <source>Show Details...</source>
        <translation>Vis detaljer...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Skjul detaljer...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-20" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+42" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;Link Location</source>
        <translation>Kopier l&amp;enkeadresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../ui/decisions/senddialog.ui" line="+9" />
        <source>Register as sent</source>
        <translation>Registrer som sendt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Sent on:</source>
        <translation>&amp;Sendt den:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;How:</source>
        <translation>Sende&amp;måte:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Received:</source>
        <translation>Mottatt:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Assume from the rules</source>
        <translation>&amp;Beregn etter reglene</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Received on:</source>
        <translation>Mottatt &amp;den:</translation>
    </message>
</context>
<context>
    <name>fremdrift::AccessLog</name>
    <message>
        <location filename="../core/workflow/accesslog.cpp" line="+57" />
        <source>%1 (%2) may not see the audit log: only an administrator may.</source>
        <translation>%1 (%2) har ikke tilgang til revisjonsloggen. Bare en administrator kan se den.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AccessReportDocument</name>
    <message>
        <location filename="../core/documents/accessreport.cpp" line="+34" />
        <location line="+64" />
        <source>Who has accessed this client's record</source>
        <translation>Hvem har vært inne i opplysningene om brukeren</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Client:</source>
        <translation>Bruker:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No access is logged.</source>
        <translation>Ingen tilgang er logget.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Produced:</source>
        <translation>Laget:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Staff member</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Computer(s)</source>
        <translation>Datamaskin(er)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First access</source>
        <translation>Første tilgang</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last access</source>
        <translation>Siste tilgang</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Openings</source>
        <translation>Åpninger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location line="+16" />
        <source>From the audit log of the record: every opening and every change, with who, when and from which computer.</source>
        <translation>Fra revisjonsloggen for brukeren: hver gang opplysningene er åpnet eller endret, med hvem, når og fra hvilken datamaskin.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Could not write the PDF file %1.</source>
        <translation>Kunne ikke skrive PDF-filen %1.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Accounts</name>
    <message>
        <location filename="../core/security/accounts.cpp" line="+80" />
        <source>The user name or the password is wrong.</source>
        <translation>Brukernavnet eller passordet er feil.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Too many wrong passwords. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>For mange feil passord. Vent %n minutt og prøv igjen.</numerusform>
            <numerusform>For mange feil passord. Vent %n minutter og prøv igjen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Too many wrong passwords. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>For mange feil passord. Vent %n sekund og prøv igjen.</numerusform>
            <numerusform>For mange feil passord. Vent %n sekunder og prøv igjen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>A user name needs 1 to 64 letters, digits, '.', '_', '-' or '@', and no spaces.</source>
        <translation>Et brukernavn må ha 1 til 64 tegn (bokstaver, sifre, '.', '_', '-' eller '@') og ingen mellomrom.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>%1 has no password yet. Ask an administrator to set one (fremdrift-cli user passwd %2).</source>
        <translation>%1 har ikke fått passord ennå. Be en administrator om å sette et (fremdrift-cli user passwd %2).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 is deactivated and cannot log in.</source>
        <translation>%1 er deaktivert og kan ikke logge inn.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Set a password of your own first (fremdrift-cli user passwd), so that you can still log in once the database has more users.</source>
        <translation>Sett først et eget passord (fremdrift-cli user passwd), slik at du fortsatt kan logge inn når flere ansatte får tilgang til databasen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the user's full name.</source>
        <translation>Oppgi det fulle navnet til den ansatte.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>There is already a staff user called "%1". Choose another user name.</source>
        <translation>Det finnes allerede en ansatt med tilgang som heter «%1». Velg et annet brukernavn.</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+42" />
        <location line="+36" />
        <source>There is no staff user called "%1".</source>
        <translation>Det finnes ingen ansatt med tilgang som heter «%1».</translation>
    </message>
    <message>
        <location line="-74" />
        <source>The current password is wrong. The password is unchanged.</source>
        <translation>Det nåværende passordet er feil. Passordet er ikke endret.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 is already deactivated.</source>
        <translation>%1 er allerede deaktivert.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 is deactivated. Only an active user's role can be changed.</source>
        <translation>%1 er deaktivert. Bare rollen til en aktiv ansatt kan endres.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 already has the role %2.</source>
        <translation>%1 har allerede rollen %2.</translation>
    </message>
    <message>
        <location line="-293" />
        <source>%1 is the last active administrator. Make another user an administrator first.</source>
        <translation>%1 er den siste aktive administratoren. Gjør en annen ansatt til administrator først.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AddReviewsDialog</name>
    <message>
        <location filename="../ui/plans/addreviewsdialog.cpp" line="+36" />
        <source>Add decisions to review</source>
        <translation>Legg til vedtak som skal evalueres</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Decisions for clients at:</source>
        <translation>Vedtak for brukere ved:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Evaluation date before:</source>
        <translation>Evalueringsdato før:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only decisions that apply and are in no open review are offered.</source>
        <translation>Bare gjeldende vedtak som ikke allerede er med i en pågående evaluering, vises.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Tick &amp;all</source>
        <translation>Merk &amp;alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tick &amp;none</source>
        <translation>&amp;Fjern alle merker</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Choose units or an evaluation date.</source>
        <translation>Velg enheter eller en evalueringsdato.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No decisions to add.</source>
        <translation>Ingen vedtak å legge til.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 of %n decision(s) ticked</source>
        <translation>
            <numerusform>%1 av %n vedtak er merket</numerusform>
            <numerusform>%1 av %n vedtak er merket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tick at least one decision to add.</source>
        <translation>Merk minst ett vedtak som skal legges til.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AssessmentPanel</name>
    <message>
        <location filename="../ui/reviews/stepforms/assessmentpanel.cpp" line="+35" />
        <source>A new %1 assessment, dated. Score every item.</source>
        <translation>En ny, datert kartlegging med %1. Gi skår på alle punktene.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Assessed &amp;on:</source>
        <translation>V&amp;urderingsdato:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Scores</source>
        <translation>Skår</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not scored</source>
        <translation>Ikke skåret</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::AuditLogModel</name>
    <message>
        <location filename="../ui/reports/auditlogmodel.cpp" line="+21" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Opened</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted</source>
        <translation>Sendt til godkjenning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set the password</source>
        <translation>Satte passordet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Took over editing</source>
        <translation>Overtok redigeringen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken back to draft</source>
        <translation>Tatt tilbake til utkast</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put in force</source>
        <translation>Iverksatt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step completed</source>
        <translation>Trinn utført</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step reopened</source>
        <translation>Trinn gjenåpnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting linked</source>
        <translation>Møte knyttet til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New decision started</source>
        <translation>Nytt vedtak påbegynt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter issued</source>
        <translation>Brev sendt ut</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+132" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="-131" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff user</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review step</source>
        <translation>Evalueringstrinn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter template</source>
        <translation>Brevmal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Client %1</source>
        <translation>Bruker %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>fremdrift::Backups</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+174" />
        <source>Some rows point to rows that are missing.</source>
        <translation>Noen rader viser til rader som ikke finnes.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The backup %1 cannot be used. %2</source>
        <translation>Sikkerhetskopien %1 kan ikke brukes. %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup %1 was made by a newer version of Fremdrift (schema %2). Update Fremdrift to use it.</source>
        <translation>Sikkerhetskopien %1 er laget av en nyere versjon av Fremdrift (skjema %2). Oppdater Fremdrift for å bruke den.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The backup %1 failed its check: %2</source>
        <translation>Sikkerhetskopien %1 besto ikke kontrollen: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>At least one backup must be kept.</source>
        <translation>Minst én sikkerhetskopi må beholdes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen for sikkerhetskopier, %1, kan ikke opprettes.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The backup could not be made. %1</source>
        <translation>Sikkerhetskopien kunne ikke lages. %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The backup was made but failed its check, so it was discarded. %1</source>
        <translation>Sikkerhetskopien ble laget, men besto ikke kontrollen og er derfor forkastet. %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The backup could not be given its name in %1.</source>
        <translation>Sikkerhetskopien kunne ikke få sitt endelige navn i %1.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>There is no backup %1.</source>
        <translation>Sikkerhetskopien %1 finnes ikke.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup and the database are the same file.</source>
        <translation>Sikkerhetskopien og databasen er samme fil.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The database is in use: %1. Ask them to close Fremdrift, then restore again. Nothing was replaced.</source>
        <translation>Databasen er i bruk: %1. Be dem lukke Fremdrift, og gjenopprett deretter på nytt. Ingenting er erstattet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a Fremdrift database, so it was not replaced.</source>
        <translation>%1 er ikke en Fremdrift-database, så den er ikke erstattet.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The backup could not be copied to %1. Nothing was replaced.</source>
        <translation>Sikkerhetskopien kunne ikke kopieres til %1. Ingenting er erstattet.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The current database could not be kept as %1, so it was not replaced.</source>
        <translation>Den nåværende databasen kunne ikke tas vare på som %1, så den er ikke erstattet.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The database %1 could not be replaced: %2. It was left as it was.</source>
        <translation>Databasen %1 kunne ikke erstattes: %2. Den er ikke endret.</translation>
    </message>
</context>
<context>
    <name>fremdrift::BatchDialog</name>
    <message>
        <location filename="../ui/letters/batchdialog.cpp" line="+49" />
        <source>Send pre-notices</source>
        <translation>Send forhåndsvarsler</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Each review's letters go to its client and to those who get the client's letters, such as a guardian, and complete the review's pre-notice step. A review whose letter lacks something is skipped and listed with the reason; the others are issued.</source>
        <translation>Brevene for hver evaluering går til brukeren og til dem som får kopi av brukerens brev, for eksempel en verge, og fullfører trinnet for forhåndsvarsel i evalueringen. En evaluering der brevet mangler noe, hoppes over og vises i listen med årsaken. De andre brevene sendes ut.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sent &amp;how:</source>
        <translation>Sende&amp;måte:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stops after the review whose letters are being issued now</source>
        <translation>Stopper etter evalueringen som det sendes ut brev for nå</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Reviews skipped, with the reasons</source>
        <translation>Evalueringer som ble hoppet over, med årsak</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save all as one &amp;PDF…</source>
        <translation>Lagre alle i én &amp;PDF…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Close</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Every review in the plan has had its pre-notice.</source>
        <translation>Alle evalueringene i planen har fått forhåndsvarsel.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews still without the pre-notice: %1 of %2.</source>
        <translation>Evalueringer som fortsatt mangler forhåndsvarsel: %1 av %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>There is no pre-notice left to send.</source>
        <translation>Det er ingen flere forhåndsvarsler å sende.</translation>
    </message>
    <message>
        <location line="+58" />
        <location line="+12" />
        <source>Stopping after this review…</source>
        <translation>Stopper etter denne evalueringen…</translation>
    </message>
    <message numerus="yes">
        <location line="-11" />
        <source>%1 of %n review(s) done</source>
        <translation>
            <numerusform>%1 av %n evaluering ferdig</numerusform>
            <numerusform>%1 av %n evalueringer ferdig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>No letters were issued.</source>
        <translation>Ingen brev ble sendt ut.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Issued %n letter(s) for %1.</source>
        <translation>
            <numerusform>%n brev er sendt ut for %1.</numerusform>
            <numerusform>%n brev er sendt ut for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n evaluering</numerusform>
            <numerusform>%n evalueringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Stopped before the end: the pre-notice is still missing in %n review(s).</source>
        <translation>
            <numerusform>Stoppet før slutten: forhåndsvarselet mangler fortsatt i %n evaluering.</numerusform>
            <numerusform>Stoppet før slutten: forhåndsvarselet mangler fortsatt i %n evalueringer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Skipped %n review(s); solve what is listed and start again:</source>
        <translation>
            <numerusform>Hoppet over %n evaluering. Løs det som står i listen, og start på nytt:</numerusform>
            <numerusform>Hoppet over %n evalueringer. Løs det som står i listen, og start på nytt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>Pre-notices</source>
        <translation>Forhåndsvarsler</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save pre-notices as PDF</source>
        <translation>Lagre forhåndsvarslene som PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pre-notices %1</source>
        <translation>Forhåndsvarsler %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::CandidateModel</name>
    <message>
        <location filename="../ui/plans/candidatemodel.cpp" line="+130" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>Evalueringsdato</translation>
    </message>
</context>
<context>
    <name>fremdrift::CaseloadImport</name>
    <message>
        <location filename="../core/importing/columnmap.cpp" line="+114" />
        <source>Column %1 has no name in the header, but this line has "%2" in it.</source>
        <translation>Kolonne %1 mangler navn i overskriftslinjen, men denne linjen har «%2» i den kolonnen.</translation>
    </message>
    <message>
        <location line="-25" />
        <source>The columns "%1" and "%2" both mean %3: keep one.</source>
        <translation>Kolonnene «%1» og «%2» betyr begge %3. Behold bare én av dem.</translation>
    </message>
    <message>
        <location line="-56" />
        <source>Unknown column %1: check the spelling, or remove the column. The columns this file may have are: %2.</source>
        <translation>Ukjent kolonne %1. Sjekk stavemåten, eller fjern kolonnen. Filen kan ha disse kolonnene: %2.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Required column missing: %1.</source>
        <translation>Filen mangler en kolonne som må være med: %1.</translation>
    </message>
    <message>
        <location filename="../core/importing/importvalues.cpp" line="+66" />
        <source>"%1" is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>«%1» er ikke en dato. Skriv den som YYYY-MM-DD eller DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../core/importing/stafflookup.cpp" line="+28" />
        <source>There is no staff user with the username "%1".</source>
        <translation>Det finnes ingen ansatt med brukernavnet «%1».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2) is deactivated.</source>
        <translation>%1 (%2) er deaktivert.</translation>
    </message>
    <message>
        <location filename="../core/importing/csvimport.cpp" line="+67" />
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Filen er tom. Den første linjen må inneholde navnene på kolonnene.</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionimport.cpp" line="+58" />
        <source>Required column missing: client_national_id or client_id.</source>
        <translation>Filen mangler en kolonne som må være med: client_national_id eller client_id.</translation>
    </message>
    <message>
        <location filename="../core/importing/csvimport.cpp" line="+19" />
        <source>Line %1 could not be written, so nothing was imported: %2</source>
        <translation>Linje %1 kunne ikke lagres, så ingenting er importert: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The import could not be written, so nothing was imported: %1</source>
        <translation>Importen kunne ikke lagres, så ingenting er importert: %1</translation>
    </message>
    <message>
        <location filename="../core/importing/clientimport.cpp" line="+119" />
        <source>"%1" is not one of full, partial, none or not_assessed.</source>
        <translation>«%1» er ikke en av verdiene full, partial, none eller not_assessed.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>"%1" is not one of yes, no or needed.</source>
        <translation>«%1» er ikke en av verdiene yes, no eller needed.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 is also on line %2: each client only once.</source>
        <translation>%1 står også på linje %2. Hver bruker skal bare stå én gang.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 is already in the database: %2 (client %3).</source>
        <translation>%1 finnes allerede i databasen: %2 (bruker %3).</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionlines.cpp" line="+84" />
        <source>Every line needs the reference of the decision it belongs to.</source>
        <translation>Hver linje må ha referansen til vedtaket den hører til.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>"%1" here, but "%2" on line %3: the lines of decision %4 must agree (or leave it empty).</source>
        <translation>Her står det «%1», men på linje %3 står det «%2». Linjene for vedtak %4 må ha samme verdi (eller la feltet stå tomt).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Give the service: each line is one service of the decision.</source>
        <translation>Oppgi tjenesten. Hver linje er én tjeneste i vedtaket.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" is not a number of hours a week, e.g. 7,5.</source>
        <translation>«%1» er ikke et antall timer per uke, for eksempel 7,5.</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionimport.cpp" line="+45" />
        <source>Decision %1 does not say whose it is: give client_national_id or client_id.</source>
        <translation>Det står ikke hvilken bruker vedtak %1 gjelder. Oppgi client_national_id eller client_id.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>There is no client with the national ID %1: import the clients first.</source>
        <translation>Det finnes ingen bruker med fødselsnummer %1. Importer brukerne først.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"%1" is not a client id (a whole number).</source>
        <translation>«%1» er ikke en bruker-id (et heltall).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Client %1 is not the client with the national ID given.</source>
        <translation>Bruker %1 er ikke den brukeren som har fødselsnummeret som er oppgitt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no client with id %1.</source>
        <translation>Det finnes ingen bruker med id %1.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Give the legal basis of decision %1.</source>
        <translation>Oppgi hjemmelen for vedtak %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" is not a status an import can give: use in_force (the default) or draft.</source>
        <translation>«%1» er ikke en status som kan brukes ved import. Bruk in_force (standard) eller draft.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Decision %1 is in force: give the date it is valid from.</source>
        <translation>Vedtak %1 er iverksatt. Oppgi datoen det gjelder fra.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Decision %1 is in force: give the date it will be evaluated.</source>
        <translation>Vedtak %1 er iverksatt. Oppgi datoen det skal evalueres.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Decision %1 is already in the database.</source>
        <translation>Vedtak %1 finnes allerede i databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ChoosePlanDialog</name>
    <message>
        <location filename="../ui/plans/chooseplandialog.cpp" line="+18" />
        <source>Add to plan</source>
        <translation>Legg til i plan</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (deadline %2)</source>
        <translation>%1 (frist %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no open progress plan. Make one on the Plans page first.</source>
        <translation>Det finnes ingen aktiv fremdriftsplan. Opprett en på siden Fremdriftsplaner først.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientContactsView</name>
    <message>
        <location filename="../ui/clients/clientcontactsview.cpp" line="+21" />
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>En&amp;dre…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location line="+11" />
        <source>People around the client</source>
        <translation>Personer rundt brukeren</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Remove contact</source>
        <translation>Fjern kontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove %1 (%2) from the people around this client?</source>
        <translation>Vil du fjerne %1 (%2) fra personene rundt denne brukeren?</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDecisionsModel</name>
    <message>
        <location filename="../ui/clients/clientdecisionsmodel.cpp" line="+65" />
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>Evalueringsdato</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDetailPanel</name>
    <message>
        <location filename="../ui/clients/clientdetailpanel.cpp" line="+36" />
        <source>&amp;Edit…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose a client in the list to see their details, the people around them, their decisions and the history of their record.</source>
        <translation>Velg en bruker i listen for å se opplysningene om brukeren, personene rundt, vedtakene og historikken.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Personal details</source>
        <translation>Personopplysninger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People around</source>
        <translation>Personer rundt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The client's decisions</source>
        <translation>Brukerens vedtak</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Double-click a decision to open it.</source>
        <translation>Dobbeltklikk på et vedtak for å åpne det.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>History of the client's record</source>
        <translation>Historikk for brukeren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every change to this record: when, by whom and from which computer. The person has a right to see this.</source>
        <translation>Alle endringer i opplysningene om brukeren: når, av hvem og fra hvilken datamaskin. Brukeren har rett til å få se dette.</translation>
    </message>
    <message>
        <location line="+113" />
        <source>%1 was saved, but check: %2</source>
        <translation>%1 er lagret, men sjekk dette: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 was saved.</source>
        <translation>%1 er lagret.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDetailsView</name>
    <message>
        <location filename="../ui/clients/clientdetailsview.cpp" line="+41" />
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+72" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-71" />
        <source>National ID:</source>
        <translation>Fødselsnummer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Born:</source>
        <translation>Født:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Care</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit or home:</source>
        <translation>Enhet eller bolig:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caseworker:</source>
        <translation>Saksbehandler:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Primary contact:</source>
        <translation>Primærkontakt:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP:</source>
        <translation>Fastlege:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (phone %2)</source>
        <translation>%1 (telefon %2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Guardian and relatives</source>
        <translation>Verge og pårørende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Guardian:</source>
        <translation>Verge:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nearest relative:</source>
        <translation>Nærmeste pårørende:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Letters also to:</source>
        <translation>Kopi av brev til:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Responsibility group:</source>
        <translation>Ansvarsgruppe:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group coordinator:</source>
        <translation>Koordinator for ansvarsgruppen:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Consent competence and plan</source>
        <translation>Samtykkekompetanse og individuell plan</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, assessed %2</source>
        <translation>%1, vurdert %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, assessed %2 by %3</source>
        <translation>%1, vurdert %2 av %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consent competence:</source>
        <translation>Samtykkekompetanse:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan:</source>
        <translation>Individuell plan:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan coordinator:</source>
        <translation>Koordinator for individuell plan:</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientEditor</name>
    <message>
        <location filename="../ui/clients/clienteditor.cpp" line="+32" />
        <source>&amp;Take over</source>
        <translation>&amp;Overta</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Choose or type a new unit</source>
        <translation>Velg en enhet, eller skriv inn en ny</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(nobody yet)</source>
        <translation>(ingen ennå)</translation>
    </message>
    <message>
        <location line="+122" />
        <source>%1 They are no longer editing it: you can take over.</source>
        <translation>%1 Vedkommende redigerer ikke lenger, så du kan overta.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>You can read this record but not change it.</source>
        <translation>Du kan lese disse opplysningene, men ikke endre dem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New client</source>
        <translation>Ny bruker</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Client: %1</source>
        <translation>Bruker: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Optional. Without it, enter the birth date.</source>
        <translation>Valgfritt. Uten fødselsnummer må du fylle inn fødselsdatoen.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The client was not saved:</source>
        <translation>Brukeren ble ikke lagret:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This is the client as now saved. Make your changes again and save.</source>
        <translation>Her ser du opplysningene om brukeren slik de er lagret nå. Gjør endringene dine på nytt, og lagre.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Kind of national ID</source>
        <translation>Type ID-nummer</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientHistoryModel</name>
    <message>
        <location filename="../ui/clients/clienthistorymodel.cpp" line="+65" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Client record created</source>
        <translation>Bruker registrert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved without changes</source>
        <translation>Lagret uten endringer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Updated: %1</source>
        <translation>Endret: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Contact added: %1</source>
        <translation>Kontakt lagt til: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact removed: %1</source>
        <translation>Kontakt fjernet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact changed: %1</source>
        <translation>Kontakt endret: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Decision drafted</source>
        <translation>Vedtaksutkast opprettet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Decision draft saved</source>
        <translation>Vedtaksutkast lagret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision draft changed: %1</source>
        <translation>Vedtaksutkast endret: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+2" />
        <source>Decision: %1</source>
        <translation>Vedtak: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>given name</source>
        <translation>fornavn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>family name</source>
        <translation>etternavn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>national ID</source>
        <translation>fødselsnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>birth date</source>
        <translation>fødselsdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>city</source>
        <translation>poststed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>caseworker</source>
        <translation>saksbehandler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP</source>
        <translation>fastlege</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP practice</source>
        <translation>legekontor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP phone</source>
        <translation>fastlegens telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consent competence</source>
        <translation>samtykkekompetanse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consent assessed on</source>
        <translation>dato for vurdering av samtykkekompetanse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consent assessed by</source>
        <translation>samtykkekompetanse vurdert av</translation>
    </message>
    <message>
        <location line="+1" />
        <source>individual plan</source>
        <translation>individuell plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>plan coordinator</source>
        <translation>koordinator for individuell plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>notes</source>
        <translation>notater</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>legal basis</source>
        <translation>hjemmel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>valid from</source>
        <translation>gyldig fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>valid to</source>
        <translation>gyldig til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>evaluation date</source>
        <translation>evalueringsdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>services</source>
        <translation>tjenester</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientListModel</name>
    <message>
        <location filename="../ui/clients/clientlistmodel.cpp" line="+95" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>National ID</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientRepository</name>
    <message>
        <location filename="../core/repository/clientrepository.cpp" line="+169" />
        <source>There is no client with id %1.</source>
        <translation>Det finnes ingen bruker med id %1.</translation>
    </message>
    <message>
        <location line="+136" />
        <source>The contact was saved but could not be read back.</source>
        <translation>Kontakten ble lagret, men kunne ikke leses inn igjen.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>The unit needs a name.</source>
        <translation>Enheten må ha et navn.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientRules</name>
    <message>
        <location filename="../core/workflow/clientrules.cpp" line="+42" />
        <source>Enter the client's given name.</source>
        <translation>Skriv inn brukerens fornavn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the client's family name.</source>
        <translation>Skriv inn brukerens etternavn.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The birth date is in the future.</source>
        <translation>Fødselsdatoen er fram i tid.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The date consent competence was assessed is in the future.</source>
        <translation>Datoen for vurderingen av samtykkekompetanse er fram i tid.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date consent competence was assessed.</source>
        <translation>Oppgi datoen samtykkekompetansen ble vurdert.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+12" />
        <source>The e-mail address is not complete, e.g. name@example.no.</source>
        <translation>E-postadressen er ikke fullstendig. Den skal se slik ut: navn@eksempel.no.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Enter the contact's name.</source>
        <translation>Skriv inn navnet på kontakten.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Letters need a postal address: enter one, or untick "receives letters".</source>
        <translation>For å få brev må personen ha en postadresse. Skriv inn adressen, eller fjern haken ved «Mottar brev».</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientTerms</name>
    <message>
        <location filename="../core/domain/client.cpp" line="+115" />
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Has consent competence</source>
        <translation>Har samtykkekompetanse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partial consent competence</source>
        <translation>Delvis samtykkekompetanse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lacks consent competence</source>
        <translation>Mangler samtykkekompetanse</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No individual plan</source>
        <translation>Har ikke individuell plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Has an individual plan</source>
        <translation>Har individuell plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Individual plan needed</source>
        <translation>Behov for individuell plan</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Guardian</source>
        <translation>Verge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relative</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Primary contact</source>
        <translation>Primærkontakt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Specialist</source>
        <translation>Spesialisthelsetjenesten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier</source>
        <translation>Utfører</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientsPage</name>
    <message>
        <location filename="../ui/clients/clientspage.cpp" line="+37" />
        <source>&amp;New client…</source>
        <translation>&amp;Ny bruker…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Search by name, national ID or unit</source>
        <translation>Søk på navn, fødselsnummer eller enhet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search clients</source>
        <translation>Søk etter brukere</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Search (%1)</source>
        <translation>Søk (%1)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Clients</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location line="+50" />
        <source>No database is open</source>
        <translation>Ingen database er åpen</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>The first %n clients; type more to narrow the list.</source>
        <translation>
            <numerusform>Viser bare %n bruker. Skriv mer for å snevre inn listen.</numerusform>
            <numerusform>Viser bare de første %n brukerne. Skriv mer for å snevre inn listen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n bruker</numerusform>
            <numerusform>%n brukere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::CommentDialog</name>
    <message>
        <location filename="../ui/decisions/commentdialog.cpp" line="+50" />
        <source>Write the reason: it is recorded.</source>
        <translation>Skriv begrunnelsen. Den blir lagret.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ContactDialog</name>
    <message>
        <location filename="../ui/clients/contactdialog.cpp" line="+25" />
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copies of letters to the client go to this person too.</source>
        <translation>Denne personen får også kopi av brev som sendes til brukeren.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The contact was not saved:</source>
        <translation>Kontakten ble ikke lagret:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This is the contact as now saved. Make your changes again and save.</source>
        <translation>Her ser du kontakten slik den er lagret nå. Gjør endringene dine på nytt, og lagre.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Someone has removed this contact in the meantime.</source>
        <translation>Noen andre har fjernet denne kontakten i mellomtiden.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ContactListModel</name>
    <message>
        <location filename="../ui/clients/contactlistmodel.cpp" line="+49" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 (group coordinator)</source>
        <translation>%1 (koordinator for ansvarsgruppen)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Nearest relative</source>
        <translation>Nærmeste pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receives copies of letters</source>
        <translation>Får kopi av brev</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Member of the responsibility group</source>
        <translation>Medlem av ansvarsgruppen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Relation</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nearest</source>
        <translation>Nærmeste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group</source>
        <translation>Ansvarsgruppe</translation>
    </message>
</context>
<context>
    <name>fremdrift::CsvReader</name>
    <message>
        <location filename="../core/importing/csvreader.cpp" line="+209" />
        <source>A quotation mark that opens a field on this line is never closed, so the rest of the file cannot be read.</source>
        <translation>Et anførselstegn som åpner et felt på denne linjen, blir aldri lukket. Derfor kan ikke resten av filen leses.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The line has %1 fields, but the header has %2 columns. A field holding "%3" or a line break must be in double quotes.</source>
        <translation>Linjen har %1 felt, men overskriftslinjen har %2 kolonner. Et felt som inneholder «%3» eller et linjeskift, må stå i doble anførselstegn.</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+6" />
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+44" />
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The folder %1 does not exist. Choose an existing folder or create it first.</source>
        <translation>Mappen %1 finnes ikke. Velg en mappe som finnes, eller opprett mappen først.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>This database was made by a newer version of Fremdrift (schema %1; this version knows up to %2). It is open read-only: update Fremdrift to make changes.</source>
        <translation>Databasen er laget av en nyere versjon av Fremdrift (skjema %1, mens denne versjonen bare kjenner skjema til og med %2). Den er derfor bare åpnet for lesing. Oppdater Fremdrift for å kunne gjøre endringer.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The database %1 cannot be opened. %2</source>
        <translation>Databasen %1 kan ikke åpnes. %2</translation>
    </message>
    <message>
        <location line="-82" />
        <source>No database file was given.</source>
        <translation>Ingen databasefil er oppgitt.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>There is no file %1. Check the name, or create a new database.</source>
        <translation>Filen %1 finnes ikke. Sjekk navnet, eller opprett en ny database.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a folder, not a Fremdrift database.</source>
        <translation>%1 er en mappe, ikke en Fremdrift-database.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a Fremdrift database: it is not an SQLite database file at all. Nothing was changed.</source>
        <translation>%1 er ikke en Fremdrift-database, og heller ikke en SQLite-databasefil. Ingenting er endret.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is an SQLite database, but not one made by Fremdrift. Nothing was changed.</source>
        <translation>%1 er en SQLite-database, men den er ikke laget av Fremdrift. Ingenting er endret.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database is open read-only, as asked.</source>
        <translation>Databasen er åpnet skrivebeskyttet, slik du ba om.</translation>
    </message>
    <message>
        <location line="-113" />
        <source>The file is read-only, so the database was opened for reading only.</source>
        <translation>Filen er skrivebeskyttet, så databasen er bare åpnet for lesing.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>%1 is in a cloud-sync folder (%2). Fremdrift does not use a database there: the sync program copies the file while it is being written, so changes are lost and the file can be damaged. Nothing was changed. Move the database to a folder on this computer or to the office's network drive.</source>
        <translation>%1 ligger i en skylagringsmappe (%2). Fremdrift bruker ikke databaser som ligger der: synkroniseringsprogrammet kopierer filen mens det skrives til den, så endringer går tapt og filen kan bli skadet. Ingenting er endret. Flytt databasen til en mappe på denne datamaskinen eller til kontorets nettverksstasjon.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The folder %1 is read-only, so the database was opened for reading only.</source>
        <translation>Mappen %1 er skrivebeskyttet, så databasen er bare åpnet for lesing.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The database %1 cannot be opened: the SQLite driver did not give access to its connection.</source>
        <translation>Databasen %1 kan ikke åpnes: SQLite-driveren ga ikke tilgang til tilkoblingen.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The file %1 already exists. Open it, or choose another name for the new database.</source>
        <translation>Filen %1 finnes allerede. Åpne den, eller velg et annet navn på den nye databasen.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The database %1 could not be created. %2</source>
        <translation>Databasen %1 kunne ikke opprettes. %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The database %1 is damaged and cannot be opened. Nothing was changed. Restore it from a backup.</source>
        <translation>Databasen %1 er skadet og kan ikke åpnes. Ingenting er endret. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The database setting %1 could not be set (it is %2, expected %3).</source>
        <translation>Databaseinnstillingen %1 kunne ikke settes (den er %2, men skulle vært %3).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The database %1 must be upgraded to this version of Fremdrift, but it is read-only. Open it where it can be written, or with the version of Fremdrift that made it.</source>
        <translation>Databasen %1 må oppgraderes til denne versjonen av Fremdrift, men den er skrivebeskyttet. Åpne den fra et sted der den kan endres, eller med den versjonen av Fremdrift som laget den.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database could not be upgraded to schema %1; it was left as it was. %2</source>
        <translation>Databasen kunne ikke oppgraderes til skjema %1, og er ikke endret. %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The database does not say which country's rules it follows (found "%1"; expected NO, SE or DK).</source>
        <translation>Databasen oppgir ikke hvilket lands regler den følger (fant «%1», men skulle vært NO, SE eller DK).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The database is open read-only.</source>
        <translation>Databasen er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The setting %1 is not in the database.</source>
        <translation>Innstillingen %1 finnes ikke i databasen.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The file is not marked as a Fremdrift database.</source>
        <translation>Filen er ikke merket som en Fremdrift-database.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The schema version is %1; this version of Fremdrift expects %2.</source>
        <translation>Skjemaversjonen er %1, men denne versjonen av Fremdrift forventer %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A row in %1 (row %2) points to a missing row in %3.</source>
        <translation>En rad i %1 (rad %2) viser til en rad i %3 som ikke finnes.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The table %1 is missing.</source>
        <translation>Tabellen %1 mangler.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file is in WAL mode, which is unsafe on network drives.</source>
        <translation>Filen er i WAL-modus, som ikke er trygt på nettverksstasjoner.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The protection %1 has been removed from the database.</source>
        <translation>Beskyttelsen %1 er fjernet fra databasen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The audit log has been tampered with: row %1 was changed, or a row before it was removed.</source>
        <translation>Loggen over hvem som har sett og endret opplysninger, er manipulert: rad %1 er endret, eller en rad foran den er fjernet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database does not say which country's rules it follows.</source>
        <translation>Databasen oppgir ikke hvilket lands regler den følger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionEditor</name>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+52" />
        <source>Basis, dates and services</source>
        <translation>Hjemmel, datoer og tjenester</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Text sections</source>
        <translation>Tekstavsnitt</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionheader.cpp" line="+66" />
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the decision as it is saved now; your changes here are dropped.</source>
        <translation>Hent vedtaket slik det er lagret nå. Endringene du har gjort her, går tapt.</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisiondatesform.cpp" line="+69" />
        <source>Not set</source>
        <translation>Ikke angitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;No end date</source>
        <translation>&amp;Ingen sluttdato</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decisions on long-term services usually have no fixed end date; they are evaluated instead.</source>
        <translation>Vedtak om langvarige tjenester har vanligvis ingen fast sluttdato. De evalueres i stedet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Required: the letter must say when the decision will be evaluated.</source>
        <translation>Må fylles ut: vedtaksbrevet skal opplyse om når vedtaket skal evalueres.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Legal basis:</source>
        <translation>&amp;Hjemmel:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Valid &amp;from:</source>
        <translation>Gyldig &amp;fra:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Until:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evalueringsdato:</translation>
    </message>
    <message>
        <location line="-65" />
        <source>Choose the legal basis…</source>
        <translation>Velg hjemmel…</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionservicespanel.cpp" line="+41" />
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Add service</source>
        <translation>Le&amp;gg til tjeneste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;move</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+39" />
        <source>&amp;Save draft</source>
        <translation>Lagre &amp;utkast</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Take over</source>
        <translation>&amp;Overta</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Close</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionheader.cpp" line="+84" />
        <source>Submitted for approval %1.</source>
        <translation>Sendt til godkjenning %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Approved by %1, %2.</source>
        <translation>Godkjent av %1, %2.</translation>
    </message>
    <message>
        <location line="-107" />
        <source>Sent %1 (%2).</source>
        <translation>Sendt %1 (%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assumed received %1.</source>
        <translation>Regnes som mottatt %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Received %1.</source>
        <translation>Mottatt %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force from %1.</source>
        <translation>Iverksettes fra %1.</translation>
    </message>
    <message>
        <location line="+104" />
        <source>Ended %1.</source>
        <translation>Avsluttet %1.</translation>
    </message>
    <message>
        <location line="-34" />
        <source>%1, not saved yet</source>
        <translation>%1, ikke lagret ennå</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Refused by the leader:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Avslått av leder:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionservicespanel.cpp" line="+66" />
        <source>Previous allocation (%1) → new</source>
        <translation>Tidligere tildeling (%1) → ny</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Own time %1 h, shared time %2 h a week</source>
        <translation>Egentid %1 t, fellestid %2 t per uke</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+107" />
        <source>%1 They are no longer editing it: you can take over.</source>
        <translation>%1 Vedkommende redigerer ikke lenger, så du kan overta.</translation>
    </message>
    <message>
        <location line="+145" />
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The decision was moved on to "%1" meanwhile and can no longer be merged. Reload it to see it as saved.</source>
        <translation>Vedtaket har i mellomtiden fått status «%1» og kan ikke lenger slås sammen. Last det inn på nytt for å se det slik det er lagret.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid from</source>
        <translation>Gyldig fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation date</source>
        <translation>Evalueringsdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replaces decision</source>
        <translation>Erstatter vedtak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Services and hours</source>
        <translation>Tjenester og timer</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: own %2 h, shared %3 h a week</source>
        <translation>%1: egentid %2 t, fellestid %3 t per uke</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Why is it refused? The caseworker sees your comment above the draft.</source>
        <translation>Hvorfor avslår du vedtaket? Saksbehandleren ser kommentaren din øverst i utkastet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Why does it go back to draft? The reason is recorded.</source>
        <translation>Hvorfor skal vedtaket tilbake til utkast? Begrunnelsen blir lagret.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>End the decision today, %1?</source>
        <translation>Vil du avslutte vedtaket i dag, %1?</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Before it can go for approval:</source>
        <translation>Dette må være på plass før vedtaket kan sendes til godkjenning:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: the decision is now "%2".</source>
        <translation>%1: vedtaket har nå status «%2».</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not saved:</source>
        <translation>Ikke lagret:</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the changes to this draft?</source>
        <translation>Vil du lagre endringene i utkastet?</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionListModel</name>
    <message>
        <location filename="../ui/decisions/decisionlistmodel.cpp" line="+108" />
        <source>The evaluation date has passed.</source>
        <translation>Evalueringsdatoen er passert.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Own time, hours a week</source>
        <translation>Egentid, timer per uke</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time shared with others, hours a week</source>
        <translation>Fellestid (tid sammen med andre), timer per uke</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>Evalueringsdato</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Own h</source>
        <translation>Egentid (t)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared h</source>
        <translation>Fellestid (t)</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionRepository</name>
    <message>
        <location filename="../core/repository/decisionrepository.cpp" line="+131" />
        <source>There is no decision with id %1.</source>
        <translation>Det finnes ikke noe vedtak med id %1.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The decision is "%1" and cannot be changed. Take it back to draft first; that is recorded.</source>
        <translation>Vedtaket har status «%1» og kan ikke endres. Sett det først tilbake til utkast (det blir registrert i loggen).</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionRules</name>
    <message>
        <location filename="../core/workflow/decisionworkflow.cpp" line="+64" />
        <source>Service %1: "%2" is not in the catalogue of services.</source>
        <translation>Tjeneste %1: «%2» finnes ikke i tjenestekatalogen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Service %1 (%2) cannot be granted under the legal basis chosen.</source>
        <translation>Tjeneste %1 (%2) kan ikke tildeles etter hjemmelen som er valgt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Service %1: own time must be between 0 and 168 hours a week.</source>
        <translation>Tjeneste %1: egentid må være mellom 0 og 168 timer per uke.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Service %1: shared time must be between 0 and 168 hours a week.</source>
        <translation>Tjeneste %1: fellestid må være mellom 0 og 168 timer per uke.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Service %1: own and shared time together come to %2 hours, more than the 168 hours in a week.</source>
        <translation>Tjeneste %1: egentid og fellestid blir til sammen %2 timer. Det er mer enn de 168 timene i en uke.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Submit for approval</source>
        <translation>Send til godkjenning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refuse</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to draft</source>
        <translation>Tilbake til utkast</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Register as sent</source>
        <translation>Registrer som sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put in force</source>
        <translation>Iverksett</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose the client.</source>
        <translation>Velg bruker.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a legal basis in this country's catalogue.</source>
        <translation>«%1» er ikke en hjemmel i katalogen for dette lovverket.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The end date comes before the date the decision is valid from.</source>
        <translation>Sluttdatoen er før datoen vedtaket gjelder fra.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The evaluation date must come after the date the decision is valid from.</source>
        <translation>Evalueringsdatoen må være etter datoen vedtaket gjelder fra.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Choose the legal basis.</source>
        <translation>Velg hjemmel.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the date the decision is valid from.</source>
        <translation>Oppgi datoen vedtaket gjelder fra.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the date the decision will be evaluated: the letter must say when.</source>
        <translation>Oppgi når vedtaket skal evalueres. Vedtaksbrevet skal opplyse om dette.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add at least one service, with its hours.</source>
        <translation>Legg til minst én tjeneste med timer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write the section "%1".</source>
        <translation>Fyll ut avsnittet «%1».</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" is not possible while the decision is "%2".</source>
        <translation>«%1» er ikke mulig når vedtaket har status «%2».</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Say why the decision is refused, so the caseworker knows what to change.</source>
        <translation>Skriv hvorfor vedtaket avslås, slik at saksbehandleren vet hva som må endres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Say why the decision goes back to draft: it is recorded.</source>
        <translation>Skriv hvorfor vedtaket settes tilbake til utkast. Begrunnelsen blir lagret.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give the date it was sent.</source>
        <translation>Oppgi datoen vedtaket ble sendt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The date sent cannot be in the future.</source>
        <translation>Datoen vedtaket ble sendt, kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say how it was sent: by post, digitally or by hand.</source>
        <translation>Oppgi hvordan vedtaket ble sendt: per post, digitalt eller levert personlig.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It cannot have been received before it was sent.</source>
        <translation>Vedtaket kan ikke være mottatt før det ble sendt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The complaint deadline runs until %1: the decision can be put in force from %2, or earlier only with a reason, which is recorded.</source>
        <translation>Klagefristen løper til og med %1. Vedtaket kan iverksettes fra %2, eller tidligere bare med en begrunnelse, som blir lagret.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the date it ends.</source>
        <translation>Oppgi datoen vedtaket avsluttes.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionSentForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/decisionsentform.cpp" line="+18" />
        <source>&amp;Write the new decision</source>
        <translation>&amp;Skriv det nye vedtaket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open decision</source>
        <translation>&amp;Åpne vedtaket</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A new draft that replaces the decision under review, started from the investigation and the estimated hours.</source>
        <translation>Et nytt utkast som erstatter vedtaket som evalueres, med saksutredningen og de anslåtte timene som utgangspunkt.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>What the decision must contain, as read from the decision:</source>
        <translation>Dette må vedtaket inneholde, kontrollert mot det som står i vedtaket:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New %1: %2, %3.</source>
        <translation>Nytt %1: %2, %3.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No new %1 has been written yet.</source>
        <translation>Det er ikke skrevet noe nytt %1 ennå.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Write the new decision to see what it contains.</source>
        <translation>Skriv det nye vedtaket for å se hva det inneholder.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionServicesModel</name>
    <message>
        <location filename="../ui/decisions/decisionservicesmodel.cpp" line="+208" />
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Own h/week</source>
        <translation>Egentid t/uke</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared h/week</source>
        <translation>Fellestid t/uke</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionTerms</name>
    <message>
        <location filename="../core/domain/decision.cpp" line="+52" />
        <source>Relevant health information</source>
        <translation>Relevante helseopplysninger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Functioning and assessed needs</source>
        <translation>Funksjonsnivå og vurderte behov</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs in all areas of life</source>
        <translation>Behov på alle livsområder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The person's own needs, wishes and goals</source>
        <translation>Brukerens egne behov, ønsker og mål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User participation</source>
        <translation>Brukermedvirkning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relatives' participation</source>
        <translation>Pårørendes medvirkning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The municipality's assessment</source>
        <translation>Kommunens vurdering</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Awaiting approval</source>
        <translation>Til godkjenning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force</source>
        <translation>Iverksatt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replaced</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+31" />
        <source>By post</source>
        <translation>Per post</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Digitally</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By hand</source>
        <translation>Levert personlig</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionsPage</name>
    <message>
        <location filename="../ui/decisions/decisionspage.cpp" line="+136" />
        <source>Evaluation due within</source>
        <translation>Skal evalueres innen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decisions that still apply whose evaluation date falls within this many weeks, or has passed.</source>
        <translation>Gjeldende vedtak der evalueringsdatoen er innen så mange uker, eller allerede er passert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>weeks</source>
        <translation>uker</translation>
    </message>
    <message>
        <location line="+4" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;aseworker:</source>
        <translation>&amp;Saksbehandler:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;New decision…</source>
        <translation>&amp;Nytt vedtak…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision &amp;letter…</source>
        <translation>&amp;Vedtaksbrev…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Writes the letter for an approved decision and sends it, or another copy of the letter for a decision already sent</source>
        <translation>Lager vedtaksbrevet for et godkjent vedtak og sender det ut, eller lager en ny kopi av brevet for et vedtak som allerede er sendt</translation>
    </message>
    <message>
        <location line="+63" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n vedtak</numerusform>
            <numerusform>%n vedtak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>%n letter(s) issued and kept in the archive.</source>
        <translation>
            <numerusform>%n brev er sendt ut og lagret i arkivet.</numerusform>
            <numerusform>%n brev er sendt ut og lagret i arkivet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::DueStepModel</name>
    <message numerus="yes">
        <location filename="../ui/overview/duestepmodel.cpp" line="+71" />
        <source>Late: due %1, %n day(s) ago</source>
        <translation>
            <numerusform>Forsinket: frist %1, for %n dag siden</numerusform>
            <numerusform>Forsinket: frist %1, for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
</context>
<context>
    <name>fremdrift::EstimatesPanel</name>
    <message>
        <location filename="../ui/reviews/stepforms/estimatespanel.cpp" line="+43" />
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Own hours a week</source>
        <translation>Egentid, timer per uke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shared hours a week</source>
        <translation>Fellestid, timer per uke</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Add service</source>
        <translation>Le&amp;gg til tjeneste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;move service</source>
        <translation>Fje&amp;rn tjeneste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start from the &amp;previous allocation</source>
        <translation>Ta utgangspunkt i &amp;tidligere tildeling</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Previous allocation (%1) and the changes</source>
        <translation>Tidligere tildeling (%1) og endringene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No previous allocation</source>
        <translation>Ingen tidligere tildeling</translation>
    </message>
</context>
<context>
    <name>fremdrift::FieldPicker</name>
    <message>
        <location filename="../ui/templates/fieldpicker.cpp" line="+26" />
        <source>Insert &amp;field</source>
        <translation>Sett inn &amp;felt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Insert &amp;section</source>
        <translation>Sett inn &amp;blokk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find a field</source>
        <translation>Finn et felt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Merge fields</source>
        <translation>Flettefelt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Inserts the field at the cursor, as {{name}}.</source>
        <translation>Setter inn feltet der markøren står, som {{name}}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wraps the selected text in a section: printed only when the field is not empty, or marked as the required part.</source>
        <translation>Legger den merkede teksten i en blokk som bare skrives ut når feltet ikke er tomt, eller som merkes som den delen loven krever.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>%1 (a table or list: put it on a line of its own)</source>
        <translation>%1 (en tabell eller liste: sett feltet på en egen linje)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Parts the law requires</source>
        <translation>Deler loven krever</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark where the letter says each of these; the letter check looks for every one.</source>
        <translation>Merk hvor i brevet hver av disse står. Kontrollen av brevet ser etter alle sammen.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Choose a field to see what it holds.</source>
        <translation>Velg et felt for å se hva det inneholder.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The office</source>
        <translation>Kontoret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The letter</source>
        <translation>Brevet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client</source>
        <translation>Brukeren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The guardian</source>
        <translation>Vergen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The caseworker</source>
        <translation>Saksbehandleren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The leader who approved</source>
        <translation>Lederen som godkjente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The decision</source>
        <translation>Vedtaket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous decision</source>
        <translation>Det forrige vedtaket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaint</source>
        <translation>Klage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The review</source>
        <translation>Evalueringen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The meeting</source>
        <translation>Møtet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The progress plan</source>
        <translation>Fremdriftsplanen</translation>
    </message>
</context>
<context>
    <name>fremdrift::FormMessagePanel</name>
    <message>
        <location filename="../ui/clients/formmessagepanel.cpp" line="+12" />
        <source>&amp;Reload</source>
        <translation>Last inn på n&amp;ytt</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Show the record as now saved; your changes here are lost.</source>
        <translation>Vis opplysningene slik de er lagret nå. Endringene du har gjort her, går tapt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ICalendar</name>
    <message>
        <location filename="../core/documents/icalendar.cpp" line="+29" />
        <source>Client: %1</source>
        <translation>Bruker: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Video meeting: %1</source>
        <translation>Videomøte: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agenda:</source>
        <translation>Dagsorden:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Also taking part:</source>
        <translation>Andre deltakere:</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The invitation could not be written to %1: %2</source>
        <translation>Invitasjonen kunne ikke skrives til %1: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::InForceForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/inforceform.cpp" line="+21" />
        <location line="+78" />
        <source>&amp;Put in force</source>
        <translation>&amp;Iverksett</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Department leader informed on:</source>
        <translation>Avdelingsleder informert den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Primary contact informed on:</source>
        <translation>Primærkontakt informert den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action plan updated on:</source>
        <translation>Tiltaksplan oppdatert den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Care record updated on:</source>
        <translation>Journal oppdatert den:</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No new %1 has been written yet.</source>
        <translation>Det er ikke skrevet noe nytt %1 ennå.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New %1 %2: in force from %3.</source>
        <translation>Nytt %1 %2: iverksatt fra %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New %1 %2 is "%3": it is put in force after it has been sent and its %4 has passed.</source>
        <translation>Nytt %1 %2 har status «%3». Det kan iverksettes når det er sendt og fristen er ute (%4).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New %1 %2 is "%3". %4: %5. It can be put in force here or on the decisions page once that has passed.</source>
        <translation>Nytt %1 %2 har status «%3». %4: %5. Det kan iverksettes her eller på siden Vedtak når fristen er ute.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Put in force early…</source>
        <translation>Iverksett &amp;før tiden…</translation>
    </message>
</context>
<context>
    <name>fremdrift::InvestigationFinishedForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/investigationfinishedform.cpp" line="+27" />
        <source>Estimated hours a week for each service</source>
        <translation>Anslåtte timer per uke for hver tjeneste</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Recommendation:</source>
        <translation>&amp;Innstilling:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Primary contact contacted on:</source>
        <translation>Primærkontakt kontaktet den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action plan updated on:</source>
        <translation>Tiltaksplan oppdatert den:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Discussed before approval</source>
        <translation>Drøftet før godkjenning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With</source>
        <translation>Drøftet med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit leader:</source>
        <translation>Enhetsleder:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department leader:</source>
        <translation>Avdelingsleder:</translation>
    </message>
</context>
<context>
    <name>fremdrift::InvestigationPanel</name>
    <message>
        <location filename="../ui/reviews/stepforms/investigationpanel.cpp" line="+23" />
        <location line="+55" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="-44" />
        <location line="+15" />
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
</context>
<context>
    <name>fremdrift::JsonReading</name>
    <message>
        <location filename="../core/domain/jsonreading.cpp" line="+16" />
        <source>"%1" must be text.</source>
        <translation>"%1" må være tekst.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" must be a date as YYYY-MM-DD, not "%2".</source>
        <translation>"%1" må være en dato på formen YYYY-MM-DD, ikke "%2".</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" must be true or false.</source>
        <translation>"%1" må være true eller false.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" must be a number.</source>
        <translation>"%1" må være et tall.</translation>
    </message>
    <message>
        <location filename="../core/domain/jsonreading.h" line="+50" />
        <source>"%1" cannot be "%2".</source>
        <translation>"%1" kan ikke være "%2".</translation>
    </message>
    <message>
        <location filename="../core/domain/json.cpp" line="+163" />
        <source>"client_id" must be the id of a client.</source>
        <translation>"client_id" må være id-en til en bruker.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>"services" must be a list.</source>
        <translation>"services" må være en liste.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Jurisdiction</name>
    <message>
        <location filename="../ui/jurisdictionnames.cpp" line="+9" />
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
</context>
<context>
    <name>fremdrift::JurisdictionProfile</name>
    <message>
        <location filename="../core/jurisdiction/jurisdictionprofile.cpp" line="+89" />
        <source>The field "%1" in the jurisdiction profile is empty.</source>
        <translation>Feltet "%1" i lovverksprofilen er tomt.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The field "%1" in the jurisdiction profile is %2, but must be from %3 to %4.</source>
        <translation>Feltet "%1" i lovverksprofilen er %2, men må være fra %3 til %4.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The field "%1" in the jurisdiction profile has the unknown value "%2"; use one of %3.</source>
        <translation>Feltet "%1" i lovverksprofilen har den ukjente verdien "%2". Bruk en av disse: %3.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The field "%1" in the jurisdiction profile must be a day written MM-DD, such as 12-25, not "%2".</source>
        <translation>Feltet "%1" i lovverksprofilen må være en dag skrevet MM-DD, for eksempel 12-25, ikke "%2".</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The list "%1" in the jurisdiction profile repeats the id "%2".</source>
        <translation>Listen "%1" i lovverksprofilen har id-en "%2" mer enn én gang.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>In the jurisdiction profile, "%1" must not be greater than "%2".</source>
        <translation>I lovverksprofilen kan ikke "%1" være større enn "%2".</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The jurisdiction profile lacks the field "%1".</source>
        <translation>Lovverksprofilen mangler feltet "%1".</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The field "%1" in the jurisdiction profile must be an object, {...}.</source>
        <translation>Feltet "%1" i lovverksprofilen må være et objekt, {...}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be a list, [...].</source>
        <translation>Feltet "%1" i lovverksprofilen må være en liste, [...].</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be a text in quotes.</source>
        <translation>Feltet "%1" i lovverksprofilen må være en tekst i anførselstegn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be a whole number.</source>
        <translation>Feltet "%1" i lovverksprofilen må være et heltall.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be true or false.</source>
        <translation>Feltet "%1" i lovverksprofilen må være true eller false.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>The jurisdiction profile has format version %1, but this version of Fremdrift reads version %2.</source>
        <translation>Lovverksprofilen har formatversjon %1, men denne versjonen av Fremdrift leser versjon %2.</translation>
    </message>
    <message>
        <location line="+134" />
        <source>The day rule "%1" in the jurisdiction profile must span one to seven days within one year, from "from" to "to".</source>
        <translation>Dagregelen "%1" i lovverksprofilen må gjelde fra én til sju dager innenfor samme år, fra "from" til "to".</translation>
    </message>
    <message>
        <location line="+40" />
        <source>The field "%1" in the jurisdiction profile names the legal basis "%2", which the profile does not define in "legalBases".</source>
        <translation>Feltet "%1" i lovverksprofilen viser til hjemmelen "%2", men den er ikke definert under "legalBases".</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The list "%1" in the jurisdiction profile lacks the step "%2".</source>
        <translation>Listen "%1" i lovverksprofilen mangler trinnet "%2".</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The entry "%1" in the jurisdiction profile needs exactly one of "everyMonths" and "asNeeded": true.</source>
        <translation>Oppføringen "%1" i lovverksprofilen må ha enten "everyMonths" eller "asNeeded": true, men ikke begge.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The field "%1" in the jurisdiction profile is %2, which is neither on the scale nor its "not relevant" value.</source>
        <translation>Feltet "%1" i lovverksprofilen er %2. Det er verken en verdi på skalaen eller skalaens verdi for «ikke relevant».</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The jurisdiction profile "%1" does not exist.</source>
        <translation>Lovverksprofilen "%1" finnes ikke.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file "%1" is too large to be a jurisdiction profile.</source>
        <translation>Filen "%1" er for stor til å være en lovverksprofil.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not read the jurisdiction profile "%1".</source>
        <translation>Kunne ikke lese lovverksprofilen "%1".</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The built-in profile %1 describes %2 instead of %3.</source>
        <translation>Den innebygde profilen %1 beskriver %2 i stedet for %3.</translation>
    </message>
    <message>
        <location line="+135" />
        <source>The jurisdiction profile is not valid JSON: %1 at character %2.</source>
        <translation>Lovverksprofilen er ikke gyldig JSON: %1 ved tegn %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The jurisdiction profile must be a JSON object, {...}.</source>
        <translation>Lovverksprofilen må være et JSON-objekt, {...}.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Leases</name>
    <message>
        <location filename="../core/storage/leases.cpp" line="+163" />
        <source>Someone</source>
        <translation>Noen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is editing this on %2 since %3.</source>
        <translation>%1 redigerer dette på %2 siden %3.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The lease on this record has been given up.</source>
        <translation>Redigeringslåsen på denne posten er frigitt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterArchive</name>
    <message>
        <location filename="../core/letters/letterarchive.cpp" line="+169" />
        <location line="+20" />
        <location line="+79" />
        <source>There is no issued letter with id %1.</source>
        <translation>Det finnes ikke noe utsendt brev med id %1.</translation>
    </message>
    <message>
        <location line="-70" />
        <source>«%1» is not a letter to a citizen, so it is not archived.</source>
        <translation>«%1» er ikke et brev til en innbygger, så det blir ikke arkivert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The letter has no recipient.</source>
        <translation>Brevet har ingen mottaker.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The recipient's role «%1» is unknown: it is one of %2.</source>
        <translation>Mottakerens rolle «%1» er ukjent. Rollen må være en av disse: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Letters are written in %1; «%2» is not one of them.</source>
        <translation>Brev kan skrives på disse språkene: %1. «%2» er ikke ett av dem.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The letter does not say which template it was written from.</source>
        <translation>Brevet oppgir ikke hvilken mal det er laget fra.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The letter has no PDF to keep.</source>
        <translation>Brevet har ingen PDF-fil som kan lagres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The page count cannot be negative.</source>
        <translation>Antall sider kan ikke være negativt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterArchiveModel</name>
    <message>
        <location filename="../ui/letters/letterarchivemodel.cpp" line="+63" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Copies to: %1</source>
        <translation>Kopi til: %1</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The template version the letter was issued from</source>
        <translation>Malversjonen brevet ble laget fra</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Issued</source>
        <translation>Sendt ut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issued by</source>
        <translation>Sendt ut av</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterArchiveView</name>
    <message>
        <location filename="../ui/letters/letterarchiveview.cpp" line="+86" />
        <source>Name or reference</source>
        <translation>Navn eller referanse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All letters</source>
        <translation>Alle brev</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le&amp;tter:</source>
        <translation>Brev&amp;type:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves a copy of the letter exactly as it was issued, and opens it</source>
        <translation>Lagrer en kopi av brevet nøyaktig slik det ble sendt ut, og åpner kopien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verify</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checks that the stored letter is unchanged since it was issued</source>
        <translation>Kontrollerer at det lagrede brevet ikke er endret siden det ble sendt ut</translation>
    </message>
    <message numerus="yes">
        <location line="+59" />
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n brev</numerusform>
            <numerusform>%n brev</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47" />
        <source>The letter is unchanged since it was issued: its SHA-256 still matches.
%1</source>
        <translation>Brevet er ikke endret siden det ble sendt ut: SHA-256-summen stemmer fortsatt.
%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The stored letter has changed since it was issued: its SHA-256 no longer matches %1. Tell the administrator; the database may have been tampered with.</source>
        <translation>Det lagrede brevet er endret siden det ble sendt ut: SHA-256-summen stemmer ikke lenger med %1. Si fra til administratoren. Noen kan ha manipulert databasen.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>A copy of the letter as issued is saved as %1.</source>
        <translation>En kopi av brevet slik det ble sendt ut, er lagret som %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a copy of the letter</source>
        <translation>Lagre en kopi av brevet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The copy is saved as %1, but no program to show PDF files could be started. Open the file from there.</source>
        <translation>Kopien er lagret som %1, men det gikk ikke å starte noe program som kan vise PDF-filer. Åpne filen derfra.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterData</name>
    <message>
        <location filename="../core/letters/letterdata.cpp" line="+572" />
        <source>The letter has no decision to tell about.</source>
        <translation>Brevet har ikke noe vedtak å informere om.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The decision this one replaces could not be read, so the letter cannot show the previous allocation and the changes.</source>
        <translation>Vedtaket som dette erstatter, kunne ikke leses. Brevet kan derfor ikke vise tidligere tildeling og endringene.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The decision is %1: a leader must approve it before its letter is issued.</source>
        <translation>Vedtaket har status «%1». En leder må godkjenne vedtaket før vedtaksbrevet kan sendes ut.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterDialog</name>
    <message>
        <location filename="../ui/letters/letterdialog.cpp" line="+57" />
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Write letter – %1</source>
        <translation>Skriv brev – %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The date the letter bears and is sent on</source>
        <translation>Datoen som står på brevet, og som brevet sendes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Each recipient gets their own copy, which names the others as copies.</source>
        <translation>Hver mottaker får sitt eget eksemplar, der de andre mottakerne står oppført som kopimottakere.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent &amp;how:</source>
        <translation>Sende&amp;måte:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Recipients:</source>
        <translation>Mo&amp;ttakere:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The letter cannot be issued yet:</source>
        <translation>Brevet kan ikke sendes ut ennå:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Copy for:</source>
        <translation>&amp;Eksemplar til:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Print preview…</source>
        <translation>&amp;Forhåndsvis utskrift…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save PDF…</source>
        <translation>Lagre &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves every recipient's copy in one PDF file</source>
        <translation>Lagrer eksemplarene til alle mottakerne i én PDF-fil</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Issue</source>
        <translation>Send &amp;ut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keeps the letters in the archive as issued; they cannot be changed afterwards</source>
        <translation>Lagrer brevene i arkivet slik de sendes ut. De kan ikke endres etterpå</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No postal address</source>
        <translation>Mangler postadresse</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Tick at least one recipient.</source>
        <translation>Merk minst én mottaker.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Nothing to show until the problems above are solved.</source>
        <translation>Ingenting å vise før problemene ovenfor er løst.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Solve the problems listed above to issue the letter.</source>
        <translation>Løs problemene ovenfor for å sende ut brevet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no letter to issue.</source>
        <translation>Det finnes ikke noe brev å sende ut.</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>Issue %n letter(s) to %1? They are kept in the archive as issued and cannot be changed.</source>
        <translation>
            <numerusform>Vil du sende ut %n brev til %1? Brevet lagres i arkivet slik det sendes ut, og kan ikke endres.</numerusform>
            <numerusform>Vil du sende ut %n brev til %1? Brevene lagres i arkivet slik de sendes ut, og kan ikke endres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Issue letters</source>
        <translation>Send ut brev</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Close</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n letter(s) issued and kept in the archive. Print them now, or save them as a PDF to send them digitally.</source>
        <translation>
            <numerusform>%n brev er sendt ut og lagret i arkivet. Skriv det ut nå, eller lagre det som PDF for å sende det digitalt.</numerusform>
            <numerusform>%n brev er sendt ut og lagret i arkivet. Skriv dem ut nå, eller lagre dem som PDF for å sende dem digitalt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Save letters as PDF</source>
        <translation>Lagre brevene som PDF</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterIssuer</name>
    <message>
        <location filename="../core/letters/letterissuer.cpp" line="+77" />
        <source>The letter lacks what %1 requires: %2. Add it to the template inside {{#part %3}} … {{/part}}.</source>
        <translation>Brevet mangler det %1 krever: %2. Legg det inn i malen innenfor {{#part %3}} … {{/part}}.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Line %1, column %2: {{%3}} has no value for this letter. Fill it in where it comes from, or put it inside {{#if %3}} … {{/if}} in the template.</source>
        <translation>Linje %1, kolonne %2: {{%3}} har ingen verdi i dette brevet. Fyll ut opplysningen der den hentes fra, eller legg feltet innenfor {{#if %3}} … {{/if}} i malen.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>The letter has nobody to go to: choose a recipient.</source>
        <translation>Brevet har ingen mottaker. Velg en mottaker.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 has no postal address. Add it to the client's record, or send the letter digitally or by hand.</source>
        <translation>%1 har ingen postadresse. Legg den inn i opplysningene om brukeren, eller send brevet digitalt eller lever det personlig.</translation>
    </message>
    <message>
        <location line="+141" />
        <source>There is no letter to issue.</source>
        <translation>Det finnes ikke noe brev å sende ut.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterLayout</name>
    <message>
        <location filename="../core/letters/letterlayout.cpp" line="+703" />
        <source>There is no letter to print.</source>
        <translation>Det finnes ikke noe brev å skrive ut.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not start printing the letters.</source>
        <translation>Kunne ikke starte utskriften av brevene.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Could not finish printing the letters.</source>
        <translation>Kunne ikke fullføre utskriften av brevene.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterOutput</name>
    <message>
        <location filename="../ui/letters/letteroutput.cpp" line="+29" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The letters are saved as %1.</source>
        <translation>Brevene er lagret som %1.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterPreview</name>
    <message>
        <location filename="../ui/templates/letterpreview.cpp" line="+30" />
        <source>No preview yet.</source>
        <translation>Ingen forhåndsvisning ennå.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit width</source>
        <translation>Tilpass bredden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterTexts</name>
    <message>
        <location filename="../core/letters/lettertexts.cpp" line="+24" />
        <source>one</source>
        <translation>én</translation>
    </message>
    <message>
        <location line="+1" />
        <source>two</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>three</source>
        <translation>tre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>four</source>
        <translation>fire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>five</source>
        <translation>fem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>six</source>
        <translation>seks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seven</source>
        <translation>sju</translation>
    </message>
    <message>
        <location line="+1" />
        <source>eight</source>
        <translation>åtte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nine</source>
        <translation>ni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ten</source>
        <translation>ti</translation>
    </message>
    <message>
        <location line="+1" />
        <source>eleven</source>
        <translation>elleve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>twelve</source>
        <translation>tolv</translation>
    </message>
    <message>
        <location filename="../core/letters/letterdata.cpp" line="-474" />
        <location line="+38" />
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Hours per week in all</source>
        <translation>Timer per uke i alt</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+1" />
        <source>Before: %1</source>
        <translation>Tidligere: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Now: %1</source>
        <translation>Nå: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location line="+5" />
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ends</source>
        <translation>avsluttes</translation>
    </message>
    <message>
        <location line="+41" />
        <source>other</source>
        <translation>annen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>follow-up meeting</source>
        <translation>oppfølgingsmøte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>meeting</source>
        <translation>møte</translation>
    </message>
    <message>
        <location line="+13" />
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <location line="+2" />
        <source>minute-taker</source>
        <translation>referent</translation>
    </message>
    <message>
        <location line="+242" />
        <source>%1 of %2 steps done in %3 reviews</source>
        <translation>%1 av %2 trinn utført i %3 evalueringer</translation>
    </message>
    <message>
        <location filename="../core/letters/letterissuer.cpp" line="-325" />
        <source>Pre-notice of evaluation</source>
        <translation>Forhåndsvarsel om evaluering</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting invitation</source>
        <translation>Møteinnkalling</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan report</source>
        <translation>Planrapport</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our reference</source>
        <translation>Vår referanse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>phone</source>
        <translation>tlf.</translation>
    </message>
    <message>
        <location filename="../core/letters/lettersample.cpp" line="+76" />
        <source>Sample text: the health information that matters for the services, from the GP's statement.</source>
        <translation>Eksempeltekst: helseopplysningene som har betydning for tjenestene, fra fastlegens uttalelse.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: how the client manages daily life, and the needs found.</source>
        <translation>Eksempeltekst: hvordan brukeren mestrer hverdagen, og hvilke behov som er kartlagt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: needs in housing, daily activity, health, social life and leisure.</source>
        <translation>Eksempeltekst: behov knyttet til bolig, dagaktivitet, helse, sosialt liv og fritid.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: what the client wants and aims for, in their own words.</source>
        <translation>Eksempeltekst: hva brukeren ønsker og har som mål, med egne ord.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: how the client took part in the review.</source>
        <translation>Eksempeltekst: hvordan brukeren medvirket i evalueringen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: how relatives took part.</source>
        <translation>Eksempeltekst: hvordan pårørende medvirket.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sample text: the municipality's assessment and why the services are granted.</source>
        <translation>Eksempeltekst: kommunens vurdering og begrunnelsen for at tjenestene innvilges.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Welcome and purpose of the meeting
How things are going today
Needs, wishes and goals
The way forward</source>
        <translation>Velkommen og formålet med møtet
Hvordan det går i dag
Behov, ønsker og mål
Veien videre</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: what was said in the meeting.</source>
        <translation>Eksempeltekst: hva som ble sagt i møtet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample text: what was agreed, and who does what.</source>
        <translation>Eksempeltekst: hva som ble avtalt, og hvem som gjør hva.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Review of decisions, sample plan</source>
        <translation>Evaluering av vedtak, eksempelplan</translation>
    </message>
</context>
<context>
    <name>fremdrift::LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.cpp" line="+18" />
        <source>Several people work in %1. Log in with your user name and password.</source>
        <translation>Flere personer arbeider i %1. Logg inn med brukernavnet og passordet ditt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Password for %1</source>
        <translation>Passord for %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Type your user name.</source>
        <translation>Skriv inn brukernavnet ditt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+52" />
        <source>Fremdrift databases (*.sqlite *.fremdrift *.db);;All files (*)</source>
        <translation>Fremdrift-databaser (*.sqlite *.fremdrift *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <location line="+98" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open database…</source>
        <translation>&amp;Åpne database…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;recent</source>
        <translation>Nylig &amp;brukte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore from &amp;backup…</source>
        <translation>Gjenopprett fra &amp;sikkerhetskopi…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change &amp;password…</source>
        <translation>Bytt &amp;passord…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Shared databases…</source>
        <translation>&amp;Delte databaser…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About Fremdrift</source>
        <translation>&amp;Om Fremdrift</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Not logged in, so %1 was not opened.</source>
        <translation>Du er ikke logget inn, så %1 ble ikke åpnet.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Open a database first.</source>
        <translation>Åpne en database først.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your password has been changed.</source>
        <translation>Passordet ditt er endret.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The database was created, but the demo data could not be added: %1</source>
        <translation>Databasen er opprettet, men demodataene kunne ikke legges inn: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Welcome to Fremdrift</source>
        <translation>Velkommen til Fremdrift</translation>
    </message>
    <message>
        <location line="+14" />
        <source>new-database</source>
        <translation>ny-database</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Open database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No recent databases</source>
        <translation>Ingen nylig brukte databaser</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear the list</source>
        <translation>Tøm listen</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The database is busy: another PC is saving. Retrying…</source>
        <translation>Databasen er opptatt: en annen datamaskin lagrer. Prøver på nytt…</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Today's backup could not be made. You can keep working. %1</source>
        <translation>Dagens sikkerhetskopi kunne ikke lages. Du kan fortsette å arbeide. %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backup made</source>
        <translation>Sikkerhetskopien er laget</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The database was restored from the backup. The replaced file was kept as %1.</source>
        <translation>Databasen er gjenopprettet fra sikkerhetskopien. Filen som ble erstattet, er tatt vare på som %1.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>No database is open</source>
        <translation>Ingen database er åpen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 – Fremdrift</source>
        <translation>%1 – Fremdrift</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rules: %1</source>
        <translation>Lovverk: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Editable</source>
        <translation>Kan endres</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Network drive</source>
        <translation>Nettverksstasjon</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Safe with Fremdrift's rollback journal; see Help &gt; Shared databases</source>
        <translation>Trygt med tilbakeføringsjournalen til Fremdrift. Se Hjelp &gt; Delte databaser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The database is not using the rollback journal (journal mode: %1); see Help &gt; Shared databases</source>
        <translation>Databasen bruker ikke tilbakeføringsjournalen (journalmodus: %1). Se Hjelp &gt; Delte databaser</translation>
    </message>
    <message>
        <location line="+17" />
        <source>About Fremdrift</source>
        <translation>Om Fremdrift</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Progress plans and reviews of care decisions for municipal care offices in Norway, Sweden and Denmark.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Fremdriftsplaner og gjennomgang av vedtak om helse- og omsorgstjenester for kommunale tildelingskontorer i Norge, Sverige og Danmark.&lt;/p&gt;&lt;p&gt;Laget med Qt %2 og SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&lt;p&gt;The open database is on a network drive, with the rollback journal (journal mode: %1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den åpne databasen ligger på en nettverksstasjon og bruker tilbakeføringsjournal (journalmodus: %1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;p&gt;The open database is on this computer's own disk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den åpne databasen ligger på den lokale disken på denne datamaskinen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shared databases</source>
        <translation>Delte databaser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;One database file for the office&lt;/h3&gt;&lt;p&gt;One Fremdrift file on a network drive works well when 2–8 people in one office share it over a reliable wired network, with daily backups. Fremdrift uses SQLite's rollback journal there (never WAL), waits its turn when another PC is saving, and refreshes open lists when someone else saves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Avoid&lt;/b&gt; cloud-sync folders (Dropbox, OneDrive, Google Drive and the like: Fremdrift refuses them, because they copy the file while it is being written and lose changes), Wi-Fi between the PCs and the file server, and VPN connections over slow links.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Move to a database server&lt;/b&gt; when more than about 8 people work at the same time, when the office has several locations, when "busy" messages come often, or when the network drive's file locking is unreliable. PostgreSQL is the planned server engine for Fremdrift.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Én databasefil for kontoret&lt;/h3&gt;&lt;p&gt;Én Fremdrift-fil på en nettverksstasjon fungerer godt når 2–8 personer på ett kontor deler den over et stabilt kablet nettverk, og det tas sikkerhetskopi hver dag. Fremdrift bruker da tilbakeføringsjournalen i SQLite (aldri WAL), venter på tur når en annen datamaskin lagrer, og oppdaterer åpne lister når noen andre lagrer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unngå&lt;/b&gt; skylagringsmapper (Dropbox, OneDrive, Google Drive og lignende – Fremdrift avviser dem, fordi de kopierer filen mens det skrives til den, og endringer går tapt), trådløst nettverk (Wi-Fi) mellom datamaskinene og filserveren, og VPN-forbindelser over trege linjer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gå over til en databaseserver&lt;/b&gt; når mer enn rundt 8 personer arbeider samtidig, når kontoret holder til på flere steder, når meldingen om at databasen er opptatt kommer ofte, eller når fillåsingen på nettverksstasjonen ikke er til å stole på. PostgreSQL er den planlagte servermotoren for Fremdrift.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fremdrift::MedicalInformationForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/medicalinformationform.cpp" line="+41" />
        <source>&amp;Add request</source>
        <translation>&amp;Legg til forespørsel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove request</source>
        <translation>&amp;Fjern forespørsel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What was asked</source>
        <translation>Hva det ble spurt om</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ask the GP, and specialist services where relevant, for diagnoses, a functional assessment, relevant medical information and an assessment of consent competence.</source>
        <translation>Be fastlegen, og spesialisthelsetjenesten der det er aktuelt, om diagnoser, funksjonsvurdering, relevante medisinske opplysninger og vurdering av samtykkekompetanse.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specialist</source>
        <translation>Spesialisthelsetjenesten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingAgenda</name>
    <message>
        <location filename="../core/workflow/meetingrules.cpp" line="+252" />
        <source>Not discussed at this meeting:</source>
        <translation>Ikke tatt opp i dette møtet:</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+37" />
        <source>Welcome and introductions</source>
        <translation>Velkommen og presentasjon</translation>
    </message>
    <message>
        <location line="-36" />
        <source>How things are going: the client's own account</source>
        <translation>Hvordan det går: brukerens egen beskrivelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs in all areas of life</source>
        <translation>Behov på alle livsområder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daily life and housing</source>
        <translation>Hverdag og bolig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Work, day activities and leisure</source>
        <translation>Arbeid, dagaktivitet og fritid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social life and family</source>
        <translation>Sosialt liv og familie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's own wishes and goals</source>
        <translation>Brukerens egne ønsker og mål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent competence, user participation and relatives' participation</source>
        <translation>Samtykkekompetanse, brukermedvirkning og pårørendemedvirkning</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Medical information: GP and specialist services</source>
        <translation>Medisinske opplysninger: fastlege og spesialisthelsetjeneste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan: is one needed?</source>
        <translation>Individuell plan: er det behov for det?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next steps and agreements</source>
        <translation>Videre oppfølging og avtaler</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+15" />
        <location line="+10" />
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Welcome: the coordinator leads the meeting</source>
        <translation>Velkommen: koordinatoren leder møtet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Round of status: how things are going, from each participant</source>
        <translation>Statusrunde: hvordan det går, fra hver deltaker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals: reached, still relevant, new</source>
        <translation>Mål: nådd, fortsatt aktuelle, nye</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measures and who is responsible</source>
        <translation>Tiltak og hvem som er ansvarlig</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+11" />
        <source>Agreements: what, who and by when</source>
        <translation>Avtaler: hva, hvem og innen når</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Minute-taker for the next meeting</source>
        <translation>Referent til neste møte</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Matters to discuss</source>
        <translation>Saker til drøfting</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingAgreedForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingagreedform.cpp" line="+21" />
        <source>Invite the person, their relative or guardian, the primary contact and, where relevant, the supplier. The meeting is saved as you close the meeting dialog.</source>
        <translation>Kall inn brukeren, pårørende eller verge, primærkontakten og eventuelt utfører. Møtet lagres når du lukker møtevinduet.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Endre møte…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Agree meeting…</source>
        <translation>&amp;Avtal møte…</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingDialog</name>
    <message>
        <location filename="../ui/meetings/meetingdialog.cpp" line="+120" />
        <source>&amp;Meeting</source>
        <translation>&amp;Møte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Participants</source>
        <translation>&amp;Deltakere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;genda and minutes</source>
        <translation>Da&amp;gsorden og referat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xport invitation (.ics)…</source>
        <translation>E&amp;ksporter invitasjon (.ics)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the meeting and writes a calendar invitation that Outlook and Thunderbird can import.</source>
        <translation>Lagrer møtet og lager en kalenderinvitasjon som kan importeres i Outlook og Thunderbird.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invit&amp;ation letter…</source>
        <translation>Innka&amp;llingsbrev…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes letter…</source>
        <translation>Brev med referat…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the meeting as now saved; your changes here are lost.</source>
        <translation>Vis møtet slik det er lagret nå. Endringene du har gjort her, går tapt.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Empty: the kind of meeting and the client's name</source>
        <translation>Hvis tomt: møtetype og brukerens navn</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <location line="+10" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The meeting has been &amp;held</source>
        <translation>Møtet er &amp;avholdt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client:</source>
        <translation>Bruker:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Starts:</source>
        <translation>&amp;Starter:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Duration:</source>
        <translation>&amp;Varighet:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;lace:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Video link:</source>
        <translation>V&amp;ideolenke:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ho&amp;w agreed:</source>
        <translation>&amp;Hvordan avtalt:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Next meeting:</source>
        <translation>&amp;Neste møte:</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+523" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="-522" />
        <source>Type a name to search, or leave empty</source>
        <translation>Skriv et navn for å søke, eller la feltet stå tomt</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Add from the &amp;client's people</source>
        <translation>Legg til fra personene rundt &amp;brukeren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add &amp;staff</source>
        <translation>Legg til &amp;ansatt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add &amp;person</source>
        <translation>Legg til &amp;person</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Suggest &amp;minute-taker</source>
        <translation>Foreslå &amp;referent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Taking the minutes goes round the participants: this marks the one whose turn was longest ago. The coordinator, who leads, and the client are never asked.</source>
        <translation>Oppgaven som referent går på omgang blant deltakerne. Knappen merker den som har ventet lengst på tur. Koordinatoren, som leder møtet, og brukeren blir aldri spurt.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Use default agenda</source>
        <translation>Bruk &amp;standard dagsorden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replaces the agenda with the usual one for this kind of meeting.</source>
        <translation>Erstatter dagsordenen med den vanlige dagsordenen for denne møtetypen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A&amp;genda:</source>
        <translation>Dags&amp;orden:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>M&amp;inutes:</source>
        <translation>&amp;Referat:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agr&amp;eements:</source>
        <translation>A&amp;vtaler:</translation>
    </message>
    <message>
        <location line="+30" />
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting: %1</source>
        <translation>Møte: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+88" />
        <source>Choose from the list that appears as you type.</source>
        <translation>Velg fra listen som kommer opp mens du skriver.</translation>
    </message>
    <message>
        <location line="-64" />
        <source>Writes the letter to the client and their guardians, and issues it into the archive</source>
        <translation>Lager brevet til brukeren og vergen, sender det ut og lagrer det i arkivet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the meeting first</source>
        <translation>Lagre møtet først</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ends at %1</source>
        <translation>slutter kl. %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>No client matches.</source>
        <translation>Ingen brukere passer til søket.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>About %1.</source>
        <translation>Gjelder %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (client)</source>
        <translation>%1 (bruker)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+269" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-163" />
        <source>Nobody to suggest: add participants besides the client and the coordinator, who leads.</source>
        <translation>Det er ingen å foreslå. Legg til andre deltakere enn brukeren og koordinatoren, som leder møtet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 takes the minutes this time: their turn was longest ago.</source>
        <translation>%1 er referent denne gangen, fordi det er lengst siden vedkommende var referent.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The meeting was not saved:</source>
        <translation>Møtet ble ikke lagret:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Compare and merge keeps both your changes and theirs.</source>
        <translation>Med «Sammenlign og slå sammen» beholder du både dine og den andres endringer.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This is the meeting as now saved. Make your changes again and save.</source>
        <translation>Her ser du møtet slik det er lagret nå. Gjør endringene dine på nytt, og lagre.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Review</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The invitation is in %1. Attach it to an e-mail, or open it in your calendar.</source>
        <translation>Invitasjonen er lagret i %1. Legg den ved en e-post, eller åpne den i kalenderen din.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Export invitation</source>
        <translation>Eksporter invitasjon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calendar invitations (*.ics)</source>
        <translation>Kalenderinvitasjoner (*.ics)</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingHeldForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingheldform.cpp" line="+28" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investigation</source>
        <translation>Saksutredning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Record the meeting…</source>
        <translation>&amp;Registrer møtet…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record in the meeting dialog that the meeting was held, who attended, who took the minutes, and the minutes.</source>
        <translation>Registrer i møtevinduet at møtet er avholdt, hvem som møtte, hvem som var referent, og selve referatet.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingListModel</name>
    <message>
        <location filename="../ui/meetings/meetinglistmodel.cpp" line="+48" />
        <source>Video meeting</source>
        <translation>Videomøte</translation>
    </message>
    <message>
        <location line="+45" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minute-taker</source>
        <translation>Referent</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingParticipantsModel</name>
    <message>
        <location filename="../ui/meetings/meetingparticipantsmodel.cpp" line="+155" />
        <source>Writes the minutes. Taken in turns; never the coordinator, who leads.</source>
        <translation>Skriver referatet. Går på omgang, men aldri til koordinatoren, som leder møtet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leads the meeting.</source>
        <translation>Leder møtet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invited</source>
        <translation>Innkalt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted</source>
        <translation>Takket ja</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attended</source>
        <translation>Møtte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leads</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes</source>
        <translation>Referent</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingPlanningForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingplanningform.cpp" line="+15" />
        <source>A joint meeting with the supplier was asked for</source>
        <translation>Det er bedt om et felles møte med utfører</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The person was asked about bringing a supporter or relatives</source>
        <translation>Brukeren er spurt om å ha med seg en støtteperson eller pårørende</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Meeting &amp;planned for:</source>
        <translation>Møtet er &amp;planlagt til:</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingRepository</name>
    <message>
        <location filename="../core/repository/meetingrepository.cpp" line="+149" />
        <source>There is no meeting with id %1.</source>
        <translation>Det finnes ikke noe møte med id %1.</translation>
    </message>
    <message>
        <location line="+102" />
        <source>There is no client with id %1.</source>
        <translation>Det finnes ingen bruker med id %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no review with id %1.</source>
        <translation>Det finnes ingen evaluering med id %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Review %1 is about another client: choose the review of this meeting's client, or no review.</source>
        <translation>Evaluering %1 gjelder en annen bruker. Velg evalueringen til brukeren som møtet gjelder, eller ingen evaluering.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>A letter was issued for this meeting, so it is kept. Mark it as not held and write why in the minutes instead.</source>
        <translation>Det er sendt ut brev for dette møtet, så møtet blir ikke slettet. Merk det heller som ikke avholdt, og skriv hvorfor i referatet.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingRules</name>
    <message>
        <location filename="../core/workflow/meetingrules.cpp" line="-272" />
        <source>participant %1</source>
        <translation>deltaker %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Give the date and time the meeting starts.</source>
        <translation>Oppgi dato og klokkeslett for når møtet starter.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The meeting must end after it starts: check the end time or the duration.</source>
        <translation>Møtet må slutte etter at det har startet. Sjekk sluttidspunktet eller varigheten.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Say where the meeting is: give a place, or a video link for a meeting online.</source>
        <translation>Oppgi hvor møtet holdes: et sted, eller en videolenke hvis møtet er på nett.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The video link must be a web address, e.g. https://meet.example.no/abc-123.</source>
        <translation>Videolenken må være en nettadresse, for eksempel https://meet.example.no/abc-123.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How the meeting was agreed is one of: %1.</source>
        <translation>Hvordan møtet ble avtalt, må være en av disse: %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Participant %1 has no name: write the name, or remove the row.</source>
        <translation>Deltaker %1 mangler navn. Skriv inn navnet, eller fjern raden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose what %1 is to the client: one of %2.</source>
        <translation>Velg hvilken rolle %1 har for brukeren, en av disse: %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The e-mail address of %1 is not complete, e.g. name@example.no.</source>
        <translation>E-postadressen til %1 er ikke fullstendig. Den skal se slik ut: navn@eksempel.no.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>One person takes the minutes, but both %1 and %2 are marked: untick one of them.</source>
        <translation>Bare én person kan være referent, men både %1 og %2 er merket. Fjern haken for en av dem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>One person leads the meeting as coordinator, but both %1 and %2 are marked: untick one of them.</source>
        <translation>Bare én person kan lede møtet som koordinator, men både %1 og %2 er merket. Fjern haken for en av dem.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 leads the meeting as coordinator and so does not take the minutes: choose another minute-taker.</source>
        <translation>%1 leder møtet som koordinator og kan derfor ikke være referent. Velg en annen referent.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The meeting is marked as held: write the minutes, or mark it as not held.</source>
        <translation>Møtet er merket som avholdt. Skriv referatet, eller merk møtet som ikke avholdt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingSummary</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingsummary.cpp" line="+34" />
        <source>No meeting agreed yet.</source>
        <translation>Det er ikke avtalt noe møte ennå.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When and where</source>
        <translation>Tid og sted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreed</source>
        <translation>Avtalt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Held</source>
        <translation>Avholdt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minute-taker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not chosen</source>
        <translation>ikke valgt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not written</source>
        <translation>ikke skrevet</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no time set</source>
        <translation>ikke tidfestet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>video: %1</source>
        <translation>video: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no place or video link</source>
        <translation>verken sted eller videolenke</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>attended</source>
        <translation>møtte</translation>
    </message>
    <message>
        <location line="+0" />
        <source>absent</source>
        <translation>møtte ikke</translation>
    </message>
    <message>
        <location line="+2" />
        <source>accepted</source>
        <translation>takket ja</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invited</source>
        <translation>innkalt</translation>
    </message>
</context>
<context>
    <name>fremdrift::Meetings</name>
    <message>
        <location filename="../core/domain/meeting.cpp" line="+65" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Guardian</source>
        <translation>Verge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relative</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Primary contact</source>
        <translation>Primærkontakt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier</source>
        <translation>Utfører</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Evaluation meeting</source>
        <translation>Evalueringsmøte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow-up meeting</source>
        <translation>Oppfølgingsmøte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responsibility group</source>
        <translation>Ansvarsgruppemøte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other meeting</source>
        <translation>Annet møte</translation>
    </message>
    <message>
        <location line="+21" />
        <source>By invitation letter</source>
        <translation>Med innkallingsbrev</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By phone</source>
        <translation>Per telefon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Otherwise</source>
        <translation>På annen måte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not agreed yet</source>
        <translation>Ikke avtalt ennå</translation>
    </message>
    <message>
        <location line="+72" />
        <source>"role" cannot be "%1".</source>
        <translation>"role" kan ikke være "%1".</translation>
    </message>
    <message>
        <location line="+32" />
        <source>"%1" must be a time as 2026-03-02T09:00:00Z, not "%2".</source>
        <translation>"%1" må være et tidspunkt på formen 2026-03-02T09:00:00Z, ikke "%2".</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"participants" must be a list.</source>
        <translation>"participants" må være en liste.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingsPage</name>
    <message>
        <location filename="../ui/meetings/meetingspage.cpp" line="+74" />
        <source>Coming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Past</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every kind</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt møte…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xport invitation (.ics)…</source>
        <translation>E&amp;ksporter invitasjon (.ics)…</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n møte</numerusform>
            <numerusform>%n møter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>The meeting is saved.</source>
        <translation>Møtet er lagret.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The invitation is in %1.</source>
        <translation>Invitasjonen er lagret i %1.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Export invitation</source>
        <translation>Eksporter invitasjon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calendar invitations (*.ics)</source>
        <translation>Kalenderinvitasjoner (*.ics)</translation>
    </message>
</context>
<context>
    <name>fremdrift::MergeDialog</name>
    <message>
        <location filename="../ui/widgets/mergedialog.cpp" line="+41" />
        <source>Compare and merge</source>
        <translation>Sammenlign og slå sammen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Each field that you or they changed is listed. Where you both changed a field, choose the version to keep.</source>
        <translation>Her vises alle feltene som du eller den andre har endret. Der dere begge har endret samme felt, velger du hvilken versjon som skal beholdes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your version</source>
        <translation>Din versjon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Their version</source>
        <translation>Den andres versjon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Save merged</source>
        <translation>&amp;Lagre sammenslått</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Compare and &amp;merge…</source>
        <translation>Sammenlign og sl&amp;å sammen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compare your changes with what was saved meanwhile, field by field, and save both.</source>
        <translation>Sammenlign endringene dine felt for felt med det som er lagret i mellomtiden, og lagre begge deler.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your changes and theirs were merged and saved.</source>
        <translation>Endringene dine og den andres endringer er slått sammen og lagret.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+8" />
        <location line="+10" />
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+53" />
        <source>yours, kept</source>
        <translation>din, beholdes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>theirs, kept</source>
        <translation>den andres, beholdes</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theirs</source>
        <translation>Den andres</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep your %1</source>
        <translation>%1: behold din versjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep their %1</source>
        <translation>%1: behold den andres versjon</translation>
    </message>
</context>
<context>
    <name>fremdrift::MergeFields</name>
    <message>
        <location filename="../core/letters/mergefields.cpp" line="+29" />
        <source>The office's name</source>
        <translation>Kontorets navn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's postal address on one line</source>
        <translation>Kontorets postadresse på én linje</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's postal address, line by line</source>
        <translation>Kontorets postadresse, linje for linje</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's phone number</source>
        <translation>Kontorets telefonnummer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's email address</source>
        <translation>Kontorets e-postadresse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's web address</source>
        <translation>Kontorets nettadresse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's organisation number</source>
        <translation>Kontorets organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The letter's date, written out</source>
        <translation>Brevets dato, skrevet ut</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The letter's reference</source>
        <translation>Brevets referanse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who this copy of the letter is addressed to</source>
        <translation>Hvem dette eksemplaret av brevet er adressert til</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not empty when this copy goes to the guardian</source>
        <translation>Ikke tomt når dette eksemplaret går til verge</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The list of everyone else who gets a copy</source>
        <translation>Liste over alle andre som får kopi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Everyone else who gets a copy, on one line</source>
        <translation>Alle andre som får kopi, på én linje</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The client's full name</source>
        <translation>Brukerens fulle navn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's given name</source>
        <translation>Brukerens fornavn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's family name</source>
        <translation>Brukerens etternavn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's date of birth</source>
        <translation>Brukerens fødselsdato</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's national ID number</source>
        <translation>Brukerens fødselsnummer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's address on one line</source>
        <translation>Brukerens adresse på én linje</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's unit (home or service)</source>
        <translation>Brukerens enhet (bolig eller tjeneste)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The guardian's name (empty when the client has none)</source>
        <translation>Vergens navn (tomt når brukeren ikke har verge)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The guardian's address on one line</source>
        <translation>Vergens adresse på én linje</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The caseworker's name</source>
        <translation>Saksbehandlerens navn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker's title</source>
        <translation>Saksbehandlerens stillingstittel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker's phone number</source>
        <translation>Saksbehandlerens telefonnummer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker's email address</source>
        <translation>Saksbehandlerens e-postadresse</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The leader who approved the decision</source>
        <translation>Lederen som godkjente vedtaket</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The approving leader's title</source>
        <translation>Stillingstittelen til lederen som godkjente</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The country's word for a decision (vedtak, beslut, afgørelse)</source>
        <translation>Landets ord for vedtak (vedtak, beslut, afgørelse)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The decision's reference</source>
        <translation>Vedtakets referanse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the decision was approved</source>
        <translation>Datoen vedtaket ble godkjent</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The legal basis as a citation (law and section)</source>
        <translation>Hjemmelen som henvisning (lov og paragraf)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the legal basis grants, in words</source>
        <translation>Hva hjemmelen gir rett til, med ord</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the legal basis grants, in lower case to follow "about" in a heading</source>
        <translation>Hva hjemmelen gir rett til, med liten forbokstav, til bruk etter «om» i en overskrift</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The name of the law</source>
        <translation>Navnet på loven</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the decision applies from</source>
        <translation>Datoen vedtaket gjelder fra</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the decision ends (empty: no end date)</source>
        <translation>Datoen vedtaket opphører (tomt: ingen sluttdato)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When the decision will be evaluated</source>
        <translation>Når vedtaket skal evalueres</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: relevant health information</source>
        <translation>Avsnitt: relevante helseopplysninger</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: functioning and mapped needs</source>
        <translation>Avsnitt: funksjonsnivå og kartlagte behov</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: needs in all areas of life</source>
        <translation>Avsnitt: behov på alle livsområder</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: the client's own needs, wishes and goals</source>
        <translation>Avsnitt: brukerens egne behov, ønsker og mål</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Section: how the client took part</source>
        <translation>Avsnitt: brukermedvirkning</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: how relatives took part</source>
        <translation>Avsnitt: pårørendes medvirkning</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: the municipality's assessment</source>
        <translation>Avsnitt: kommunens vurdering</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Table of the services granted, own time and shared time per week</source>
        <translation>Tabell over tjenestene som er innvilget, med egentid og fellestid per uke</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Own time in all, hours per week</source>
        <translation>Egentid i alt, timer per uke</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shared time in all, hours per week</source>
        <translation>Fellestid i alt, timer per uke</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Own and shared time together, hours per week</source>
        <translation>Egentid og fellestid til sammen, timer per uke</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The reference of the decision this one replaces (empty when it replaces none)</source>
        <translation>Referansen til vedtaket som dette vedtaket erstatter (tomt når det ikke erstatter noe vedtak)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Table of the previous allocation and the changes, service by service</source>
        <translation>Tabell over tidligere tildeling og endringene, tjeneste for tjeneste</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The replaced decision's reference</source>
        <translation>Referansen til det erstattede vedtaket</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the replaced decision applied from</source>
        <translation>Datoen det erstattede vedtaket gjaldt fra</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The replaced decision's evaluation date</source>
        <translation>Evalueringsdatoen i det erstattede vedtaket</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The complaint deadline in weeks, as a word</source>
        <translation>Klagefristen i uker, skrevet med bokstaver</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The last day to complain, as a date</source>
        <translation>Siste dag for å klage, som dato</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The day the letter is assumed received</source>
        <translation>Dagen brevet regnes som mottatt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Where a complaint is sent</source>
        <translation>Hvor klagen skal sendes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who decides a complaint the municipality upholds</source>
        <translation>Hvem som avgjør klagen når kommunen opprettholder vedtaket</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The law that gives the complaint deadline</source>
        <translation>Loven som klagefristen følger av</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The progress plan the review belongs to</source>
        <translation>Fremdriftsplanen evalueringen hører til</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When the evaluation meeting is due</source>
        <translation>Når evalueringsmøtet skal holdes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date to send information by</source>
        <translation>Fristen for å gi opplysninger</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker responsible for the review</source>
        <translation>Saksbehandleren som har ansvar for evalueringen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The kind of meeting</source>
        <translation>Møtetypen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The meeting's title</source>
        <translation>Møtets tittel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The meeting's date, written out</source>
        <translation>Møtedatoen, skrevet ut</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The meeting's start and end time</source>
        <translation>Når møtet starter og slutter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Where the meeting is held</source>
        <translation>Hvor møtet holdes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link to join by video</source>
        <translation>Lenken for å delta på video</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The agenda, point by point</source>
        <translation>Dagsordenen, punkt for punkt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who is invited, or who attended, with their roles</source>
        <translation>Hvem som er innkalt, eller hvem som deltok, med rollene sine</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The meeting's coordinator</source>
        <translation>Møtets koordinator</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who writes the minutes</source>
        <translation>Hvem som er referent</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The minutes</source>
        <translation>Referatet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What was agreed</source>
        <translation>Hva som ble avtalt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date of the next meeting</source>
        <translation>Datoen for neste møte</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The plan's title</source>
        <translation>Planens tittel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plan's goal</source>
        <translation>Planens mål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plan's start date</source>
        <translation>Planens startdato</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The plan's deadline</source>
        <translation>Planens frist</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The plan's status note</source>
        <translation>Statusmerknad for planen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworkers responsible</source>
        <translation>Ansvarlige saksbehandlere</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The units the plan covers</source>
        <translation>Enhetene planen omfatter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How far the plan has come</source>
        <translation>Hvor langt planen har kommet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Table of the steps with due dates and who is responsible</source>
        <translation>Tabell over trinnene med frister og hvem som har ansvaret</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Grid of the reviews and their steps, late steps marked</source>
        <translation>Oversikt over evalueringene og trinnene deres, med forsinkede trinn markert</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List of the late steps (empty when none)</source>
        <translation>Liste over forsinkede trinn (tom når ingen er forsinket)</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Pre-notice of evaluation</source>
        <translation>Forhåndsvarsel om evaluering</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting invitation</source>
        <translation>Møteinnkalling</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision letter</source>
        <translation>Vedtaksbrev</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan report</source>
        <translation>Planrapport</translation>
    </message>
</context>
<context>
    <name>fremdrift::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+22" />
        <location line="+1" />
        <source>Close this message</source>
        <translation>Lukk meldingen</translation>
    </message>
</context>
<context>
    <name>fremdrift::NationalId</name>
    <message>
        <location filename="../core/domain/nationalid.cpp" line="+66" />
        <source>The number contains the letter "%1", but a national ID number has only digits.</source>
        <translation>Nummeret inneholder bokstaven «%1», men et fødselsnummer har bare sifre.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The number contains "%1", which does not belong in a national ID number.</source>
        <translation>Nummeret inneholder «%1», som ikke hører hjemme i et fødselsnummer.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The date in the number does not exist (%1).</source>
        <translation>Datoen i nummeret finnes ikke (%1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The birth date in the number (%1) lies in the future.</source>
        <translation>Fødselsdatoen i nummeret (%1) er fram i tid.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The control digits do not match: the number has a typing error.</source>
        <translation>Kontrollsifrene stemmer ikke. Nummeret er skrevet feil.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Synthetic test numbers are accepted only in a test database.</source>
        <translation>Syntetiske testnumre godtas bare i en testdatabase.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A valid national identity number.</source>
        <translation>Gyldig fødselsnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid D number.</source>
        <translation>Gyldig D-nummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid H number.</source>
        <translation>Gyldig H-nummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid synthetic test number.</source>
        <translation>Gyldig syntetisk fødselsnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid personal identity number.</source>
        <translation>Gyldig personnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid coordination number.</source>
        <translation>Gyldig samordningsnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid CPR number.</source>
        <translation>Gyldig CPR-nummer.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>A Norwegian national ID number has 11 digits; this one has %1.</source>
        <translation>Et norsk fødselsnummer har 11 sifre, men dette har %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A Norwegian national ID number has no "-" or "+": enter the 11 digits, with a space after the date if you like.</source>
        <translation>Et norsk fødselsnummer har ikke «-» eller «+». Skriv de 11 sifrene, gjerne med mellomrom etter datoen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No national ID number begins with the digits %1: their first control digit would be 10. The number has a typing error.</source>
        <translation>Ingen fødselsnumre begynner med sifrene %1, fordi det første kontrollsifferet da ville blitt 10. Nummeret er skrevet feil.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No national ID number begins with the digits %1: their second control digit would be 10. The number has a typing error.</source>
        <translation>Ingen fødselsnumre begynner med sifrene %1, fordi det andre kontrollsifferet da ville blitt 10. Nummeret er skrevet feil.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The number cannot be both a D number (day + 40) and an H number (month + 40).</source>
        <translation>Nummeret kan ikke være både et D-nummer (dag + 40) og et H-nummer (måned + 40).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The individual number %1 (digits 7–9) is not given to people born in a year ending in %2, so the number cannot exist.</source>
        <translation>Individnummeret %1 (siffer 7–9) blir ikke tildelt personer som er født i et år som slutter på %2. Dette nummeret kan derfor ikke finnes.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>A Swedish personal identity number has 10 or 12 digits; this one has %1.</source>
        <translation>Et svensk personnummer har 10 eller 12 sifre, men dette har %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>In a Swedish personal identity number the "-" or "+" comes right after the birth date: YYMMDD-NNNC or YYYYMMDD-NNNC.</source>
        <translation>I et svensk personnummer står «-» eller «+» rett etter fødselsdatoen: YYMMDD-NNNC eller YYYYMMDD-NNNC.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The check digit does not match: the number has a typing error.</source>
        <translation>Kontrollsifferet stemmer ikke. Nummeret er skrevet feil.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>A valid test number from Skatteverket's test series.</source>
        <translation>Gyldig testnummer fra Skatteverkets testserie.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A Danish CPR number has 10 digits; this one has %1.</source>
        <translation>Et dansk CPR-nummer har 10 sifre, men dette har %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A CPR number is written DDMMYY-SSSS: the only mark in it is a "-" right after the birth date.</source>
        <translation>Et CPR-nummer skrives DDMMYY-SSSS. Det eneste tegnet i nummeret som ikke er et siffer, er «-» rett etter fødselsdatoen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The number fails the old modulus 11 check. Numbers issued since 2007 may do so; check it against the CPR register.</source>
        <translation>Nummeret består ikke den gamle modulus 11-kontrollen. Det kan skje med numre som er tildelt fra og med 2007. Sjekk nummeret mot CPR-registeret.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No national ID number was entered.</source>
        <translation>Det er ikke skrevet inn noe fødselsnummer.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>National identity number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>D number</source>
        <translation>D-nummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>H number</source>
        <translation>H-nummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Synthetic test number</source>
        <translation>Syntetisk fødselsnummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coordination number</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
</context>
<context>
    <name>fremdrift::NavigationModel</name>
    <message>
        <location filename="../ui/navigationmodel.cpp" line="+86" />
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress plans</source>
        <translation>Fremdriftsplaner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clients</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What is due soon, what is late, and what the database holds.</source>
        <translation>Hva som har frist snart, hva som er forsinket, og hva databasen inneholder.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The people you decide services for, and the people around them.</source>
        <translation>Brukerne du fatter vedtak om tjenester for, og personene rundt dem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Evaluation meetings in reviews, and responsibility group meetings.</source>
        <translation>Evalueringsmøter når vedtak gjennomgås, og møter i ansvarsgrupper.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Progress plans: the reviews of decisions, step by step, with deadlines and the caseworkers responsible.</source>
        <translation>Fremdriftsplaner: gjennomgangen av vedtak trinn for trinn, med frister og ansvarlig saksbehandler.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Decisions, their services and hours, and where each is in its life: draft, approved, sent, in force.</source>
        <translation>Vedtak med tjenester og timer, og hvor langt hvert vedtak har kommet: utkast, godkjent, sendt, iverksatt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The letter templates: pre-notice, meeting invitation, minutes and decision letter.</source>
        <translation>Brevmalene: forhåndsvarsel, møteinnkalling, referat og vedtaksbrev.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Letters issued, and the share of decisions followed up.</source>
        <translation>Brev som er sendt ut, og hvor stor andel av vedtakene som er fulgt opp.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language, the office and the database.</source>
        <translation>Språk, kontoret og databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/newdatabasedialog.cpp" line="+21" />
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Choose a file for the new database.</source>
        <translation>Velg en fil for den nye databasen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is already a file with this name. Choose another name, or open the file from the File menu.</source>
        <translation>Det finnes allerede en fil med dette navnet. Velg et annet navn, eller åpne filen fra Fil-menyen.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fremdrift databases (*.sqlite *.fremdrift *.db)</source>
        <translation>Fremdrift-databaser (*.sqlite *.fremdrift *.db)</translation>
    </message>
</context>
<context>
    <name>fremdrift::NewDecisionDialog</name>
    <message>
        <location filename="../ui/decisions/newdecisiondialog.cpp" line="+38" />
        <source>Create draft</source>
        <translation>Opprett utkast</translation>
    </message>
    <message>
        <location line="+42" />
        <source>No client matches.</source>
        <translation>Ingen brukere passer til søket.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>For %1.</source>
        <translation>Gjelder %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the client from the list that appears as you type.</source>
        <translation>Velg brukeren i listen som kommer opp mens du skriver.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nothing: a first decision</source>
        <translation>Ingen – dette er første vedtak</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, fra %3)</translation>
    </message>
</context>
<context>
    <name>fremdrift::NewUserDialog</name>
    <message>
        <location filename="../ui/users/usersdialog.cpp" line="+344" />
        <source>Add user</source>
        <translation>Legg til ansatt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. Social worker</source>
        <translation>f.eks. sosionom</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Full name:</source>
        <translation>&amp;Fullt navn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;peat it:</source>
        <translation>&amp;Gjenta passordet:</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Et passord må ha minst %n tegn.</numerusform>
            <numerusform>Et passord må ha minst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>De to passordene er ikke like. Skriv det samme passordet to ganger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::OfficeDetailsStore</name>
    <message>
        <location filename="../core/letters/officedetails.cpp" line="+87" />
        <source>Give the office's name.</source>
        <translation>Oppgi kontorets navn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The logo is larger than 1 MB: use a smaller image.</source>
        <translation>Logoen er større enn 1 MB. Bruk et mindre bilde.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The logo is not an image Fremdrift can read.</source>
        <translation>Logoen er ikke et bilde som Fremdrift kan lese.</translation>
    </message>
</context>
<context>
    <name>fremdrift::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/optionaldateedit.cpp" line="+16" />
        <source>Press Delete to leave the date empty.</source>
        <translation>Trykk Delete for å la datoen stå tom.</translation>
    </message>
</context>
<context>
    <name>fremdrift::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="+94" />
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Evaluations within:</source>
        <translation>&amp;Evalueringer innen:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weeks</source>
        <translation>uker</translation>
    </message>
    <message>
        <location line="+99" />
        <source>&amp;Add to plan…</source>
        <translation>&amp;Legg til i plan…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add the chosen decisions (or all listed) to a progress plan</source>
        <translation>Legg de valgte vedtakene (eller alle i listen) til i en fremdriftsplan</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing is late.</source>
        <translation>Ingenting er forsinket.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing more is due this week.</source>
        <translation>Ingen flere frister denne uken.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No meetings coming.</source>
        <translation>Ingen kommende møter.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No open plans.</source>
        <translation>Ingen aktive planer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every decision due for evaluation is in a plan.</source>
        <translation>Alle vedtak som skal evalueres, er med i en plan.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No open reviews.</source>
        <translation>Ingen pågående evalueringer.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Me (%1)</source>
        <translation>Meg (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+111" />
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+5" />
        <source>My late steps</source>
        <translation>Mine forsinkede trinn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Late steps: %1</source>
        <translation>Forsinkede trinn: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My steps due this week</source>
        <translation>Mine trinn med frist denne uken</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due this week: %1</source>
        <translation>Frist denne uken: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meetings in the next %1 days (%2)</source>
        <translation>Møter de neste %1 dagene (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open plans (%1)</source>
        <translation>Aktive planer (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Decisions to evaluate within %n week(s) that are in no plan (%1)</source>
        <translation>
            <numerusform>Vedtak som skal evalueres innen %n uke, og som ikke er med i noen plan (%1)</numerusform>
            <numerusform>Vedtak som skal evalueres innen %n uker, og som ikke er med i noen plan (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workload per caseworker</source>
        <translation>Arbeidsmengde per saksbehandler</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No database is open</source>
        <translation>Ingen database er åpen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a new database or open an existing one from the File menu.</source>
        <translation>Opprett en ny database, eller åpne en eksisterende fra Fil-menyen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fremdrift</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, %2. Following the rules of %3.</source>
        <translation>%1, %2. Følger regelverket i %3.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>Add %n decision(s) to review to which progress plan?</source>
        <translation>
            <numerusform>Hvilken fremdriftsplan skal %n vedtak legges til i for evaluering?</numerusform>
            <numerusform>Hvilken fremdriftsplan skal %n vedtak legges til i for evaluering?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n review(s) added to the plan.</source>
        <translation>
            <numerusform>%n evaluering er lagt til i planen.</numerusform>
            <numerusform>%n evalueringer er lagt til i planen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::ParsedTemplate</name>
    <message>
        <location filename="../core/letters/templatelanguage.cpp" line="+785" />
        <source>The part «%1» is unknown: pick one from the list of parts.</source>
        <translation>Delen «%1» er ukjent. Velg en del fra listen over deler.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The field «%1» is unknown: pick one from the list of fields.</source>
        <translation>Feltet «%1» er ukjent. Velg et felt fra listen over felt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PasswordDialog</name>
    <message>
        <location filename="../ui/login/passworddialog.cpp" line="+23" />
        <source>Change password</source>
        <translation>Bytt passord</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>A new password for %1. It needs at least %n characters.</source>
        <translation>
            <numerusform>Nytt passord for %1. Det må ha minst %n tegn.</numerusform>
            <numerusform>Nytt passord for %1. Det må ha minst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Current password:</source>
        <translation>&amp;Nåværende passord:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New password:</source>
        <translation>Nytt &amp;passord:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gjenta passordet:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The two new passwords differ. Type the same one twice.</source>
        <translation>De to nye passordene er ikke like. Skriv det samme passordet to ganger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Passwords</name>
    <message numerus="yes">
        <location filename="../core/security/passwords.cpp" line="+45" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Et passord må ha minst %n tegn.</numerusform>
            <numerusform>Et passord må ha minst %n tegn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A password may have at most %n characters.</source>
        <translation>
            <numerusform>Et passord kan ha høyst %n tegn.</numerusform>
            <numerusform>Et passord kan ha høyst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>A password cannot be only spaces.</source>
        <translation>Et passord kan ikke bestå av bare mellomrom.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The password library could not start.</source>
        <translation>Passordbiblioteket kunne ikke startes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is not enough memory to protect the password. Close other programs and try again.</source>
        <translation>Det er ikke nok minne til å beskytte passordet. Lukk andre programmer og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Permissions</name>
    <message>
        <location filename="../core/workflow/permissions.cpp" line="+18" />
        <source>Reading cases needs an active user.</source>
        <translation>Bare aktive ansatte med tilgang kan lese saker.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changing cases needs a caseworker, leader or administrator.</source>
        <translation>Bare saksbehandlere, ledere og administratorer kan endre saker.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only a leader may approve or refuse a decision.</source>
        <translation>Bare en leder kan godkjenne eller avslå et vedtak.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may manage users.</source>
        <translation>Bare en administrator kan legge til og endre ansatte med tilgang.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may change letter templates.</source>
        <translation>Bare en administrator kan endre brevmaler.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may change the office's settings.</source>
        <translation>Bare en administrator kan endre innstillingene for kontoret.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may restore a backup: it replaces everyone's work since the backup was made.</source>
        <translation>Bare en administrator kan gjenopprette en sikkerhetskopi, fordi den erstatter alt arbeid som alle har gjort siden sikkerhetskopien ble laget.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 (%2) may not do this. %3</source>
        <translation>%1 (%2) har ikke tilgang til dette. %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is deactivated and may not do this.</source>
        <translation>%1 er deaktivert og har ikke tilgang til dette.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanDialog</name>
    <message>
        <location filename="../ui/plans/plandialog.cpp" line="+46" />
        <source>New task plan</source>
        <translation>Ny oppgaveplan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New progress plan</source>
        <translation>Ny fremdriftsplan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit plan</source>
        <translation>Endre plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Review of 7 decisions at Snurruhagen</source>
        <translation>Gjennomgang av 7 vedtak ved Snurruhagen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the plan is to achieve, and why</source>
        <translation>Hva planen skal oppnå, og hvorfor</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Meeting held 9 January</source>
        <translation>Møte avholdt 9. januar</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>U&amp;nits covered:</source>
        <translation>&amp;Enheter som omfattes:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Responsible caseworkers:</source>
        <translation>&amp;Ansvarlige saksbehandlere:</translation>
    </message>
    <message>
        <location line="+151" />
        <source>The plan was not saved:</source>
        <translation>Planen ble ikke lagret:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>This is the plan as now saved. Make your changes again and save.</source>
        <translation>Her ser du planen slik den er lagret nå. Gjør endringene dine på nytt, og lagre.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanListModel</name>
    <message>
        <location filename="../ui/plans/planlistmodel.cpp" line="+49" />
        <source>Task plan</source>
        <translation>Oppgaveplan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Progress plan</source>
        <translation>Fremdriftsplan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closed %1</source>
        <translation>Avsluttet %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>%1 of %n task(s) done</source>
        <translation>
            <numerusform>%1 av %n oppgave utført</numerusform>
            <numerusform>%1 av %n oppgaver utført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %n review(s) finished; %2 of %3 steps done</source>
        <translation>
            <numerusform>%1 av %n evaluering fullført, %2 av %3 trinn utført</numerusform>
            <numerusform>%1 av %n evalueringer fullført, %2 av %3 trinn utført</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tasks past their deadline</source>
        <translation>Oppgaver som har passert fristen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steps past their due date</source>
        <translation>Trinn som har passert fristen</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanReport</name>
    <message>
        <location filename="../core/documents/planreport.cpp" line="+63" />
        <source>LATE</source>
        <translation>FORSINKET</translation>
    </message>
    <message numerus="yes">
        <location line="+48" />
        <source>%1 (%n review(s))</source>
        <translation>
            <numerusform>%1 (%n evaluering)</numerusform>
            <numerusform>%1 (%n evalueringer)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Done on %1 by %2</source>
        <translation>Utført %1 av %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+32" />
        <location line="+86" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="-117" />
        <location line="+32" />
        <location line="+86" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="-116" />
        <location line="+116" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-112" />
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <location line="+87" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="-96" />
        <source>Open</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+181" />
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <location line="-174" />
        <location line="+73" />
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <location line="-71" />
        <source>Late</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+35" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="-35" />
        <location line="+36" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <location line="+102" />
        <source>Reviews</source>
        <translation>Evalueringer</translation>
    </message>
    <message>
        <location line="-127" />
        <source>No decisions are added yet.</source>
        <translation>Ingen vedtak er lagt til ennå.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>✓ done on the date shown; otherwise the date the step is due.</source>
        <translation>✓ utført på datoen som vises, ellers fristen for trinnet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>late</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Late steps (%1)</source>
        <translation>Forsinkede trinn (%1)</translation>
    </message>
    <message>
        <location line="-106" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The whole plan</source>
        <translation>Hele planen</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Tasks</source>
        <translation>Oppgaver</translation>
    </message>
    <message>
        <location line="-86" />
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Generated %1 by %2.</source>
        <translation>Laget %1 av %2.</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Timeline: %1</source>
        <translation>Tidslinje: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Could not start printing.</source>
        <translation>Kunne ikke starte utskriften.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Could not write the PDF file %1.</source>
        <translation>Kunne ikke skrive PDF-filen %1.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanRepository</name>
    <message>
        <location filename="../core/repository/planrepository.cpp" line="+160" />
        <source>Give the plan a title.</source>
        <translation>Gi planen en tittel.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date the plan starts: the steps' due dates count from it.</source>
        <translation>Oppgi datoen planen starter. Fristene for trinnene regnes fra denne datoen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the plan's deadline.</source>
        <translation>Oppgi fristen for planen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deadline cannot come before the start.</source>
        <translation>Fristen kan ikke være før startdatoen.</translation>
    </message>
    <message>
        <location line="+111" />
        <source>There is no plan with id %1.</source>
        <translation>Det finnes ingen plan med id %1.</translation>
    </message>
    <message>
        <location line="+154" />
        <source>Give the date the plan was closed.</source>
        <translation>Oppgi datoen planen ble avsluttet.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>"%1" is a task plan: it holds tasks, not reviews.</source>
        <translation>«%1» er en oppgaveplan. Den inneholder oppgaver, ikke evalueringer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plan "%1" is closed.</source>
        <translation>Planen «%1» er avsluttet.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>There is no decision with id %1.</source>
        <translation>Det finnes ikke noe vedtak med id %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Decision %1 is "%2": only a decision that applies can be reviewed.</source>
        <translation>Vedtak %1 har status «%2». Bare gjeldende vedtak kan evalueres.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Decision %1 is already being reviewed.</source>
        <translation>Vedtak %1 er allerede under evaluering.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>There is no review with id %1.</source>
        <translation>Det finnes ingen evaluering med id %1.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>The review of %1 has steps done and stays in the plan; reopen them first.</source>
        <translation>Evalueringen av %1 har utførte trinn og blir stående i planen. Gjenåpne trinnene først.</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+11" />
        <source>There is no review step with id %1.</source>
        <translation>Det finnes ikke noe evalueringstrinn med id %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The step "%1" is done and cannot be changed; reopen it first.</source>
        <translation>Trinnet «%1» er utført og kan ikke endres. Gjenåpne det først.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>Say why the step is reopened; it is recorded.</source>
        <translation>Skriv hvorfor trinnet gjenåpnes. Begrunnelsen blir lagret.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The review has no step for the meeting.</source>
        <translation>Evalueringen har ikke noe trinn for møtet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The meeting was agreed in a step that is done; reopen it to link another meeting.</source>
        <translation>Møtet ble avtalt i et trinn som er utført. Gjenåpne trinnet for å knytte et annet møte til evalueringen.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>The new decision %1 is already written for this review.</source>
        <translation>Det nye vedtaket %1 er allerede skrevet for denne evalueringen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Complete the step "%1" first: the new decision is written from it.</source>
        <translation>Fullfør trinnet «%1» først: det nye vedtaket skrives ut fra det.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>A step cannot be done in the future.</source>
        <translation>Datoen et trinn er utført, kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Say what the task is.</source>
        <translation>Skriv hva oppgaven er.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A task cannot be done in the future.</source>
        <translation>Datoen en oppgave er utført, kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>There is no task with id %1.</source>
        <translation>Det finnes ingen oppgave med id %1.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanStepsModel</name>
    <message>
        <location filename="../ui/plans/planstepsmodel.cpp" line="+45" />
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+71" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="-71" />
        <source>Open</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Once for the whole plan, when all its decisions exist.</source>
        <translation>Én gang for hele planen, når alle vedtakene i planen foreligger.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The earliest due date of the reviews that have not done this step.</source>
        <translation>Den tidligste fristen blant evalueringene som ikke har utført dette trinnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n review(s) past the due date of this step</source>
        <translation>
            <numerusform>%n evaluering har passert fristen for dette trinnet</numerusform>
            <numerusform>%n evalueringer har passert fristen for dette trinnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50" />
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Late</source>
        <translation>Forsinket</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanTasksModel</name>
    <message>
        <location filename="../ui/plans/plantasksmodel.cpp" line="+131" />
        <source>Past its deadline and not done.</source>
        <translation>Fristen er passert, og oppgaven er ikke utført.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick when done; double-click the date to change it.</source>
        <translation>Sett hake når oppgaven er utført. Dobbeltklikk på datoen for å endre den.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanTimeline</name>
    <message>
        <location filename="../ui/plans/plantimeline.cpp" line="+21" />
        <source>Timeline of the plan's reviews</source>
        <translation>Tidslinje for evalueringene i planen</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Done on %1</source>
        <translation>Utført %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Late: due %1</source>
        <translation>Forsinket: frist %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanTimelinePainter</name>
    <message>
        <location filename="../core/documents/plantimelinepainter.cpp" line="+166" />
        <location line="+9" />
        <source>W%1</source>
        <translation>U%1</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Late</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+22" />
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="-21" />
        <location line="+20" />
        <source>Deadline</source>
        <translation>Sluttfrist</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanViewWidget</name>
    <message>
        <location filename="../ui/plans/planview.cpp" line="+76" />
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews</source>
        <translation>Evalueringer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks</source>
        <translation>Oppgaver</translation>
    </message>
    <message>
        <location line="+20" />
        <source>← &amp;Plans</source>
        <translation>← &amp;Planer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the list of plans</source>
        <translation>Tilbake til listen over planer</translation>
    </message>
    <message>
        <location line="+37" />
        <source>&amp;Add decisions…</source>
        <translation>&amp;Legg til vedtak…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit plan…</source>
        <translation>&amp;Endre plan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Staffing reviewed…</source>
        <translation>&amp;Bemanning gjennomgått…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close p&amp;lan…</source>
        <translation>A&amp;vslutt plan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send pre-&amp;notices…</source>
        <translation>Sen&amp;d forhåndsvarsler…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issues the pre-notice letters of every review that still lacks one</source>
        <translation>Sender ut forhåndsvarsel i alle evalueringer som ennå ikke har fått det</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;rint…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;ksporter PDF…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>&amp;Open review</source>
        <translation>&amp;Åpne evaluering</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Give to</source>
        <translation>&amp;Overfør til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the chosen review to another of the plan's caseworkers</source>
        <translation>Overfør den valgte evalueringen til en annen av saksbehandlerne i planen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>✓ done on the date shown · otherwise due · red: late · bold: the step the review is at</source>
        <translation>✓ utført på datoen som vises · ellers frist · rødt: forsinket · fet skrift: trinnet evalueringen står på</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Add &amp;task</source>
        <translation>Le&amp;gg til oppgave</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove task</source>
        <translation>&amp;Fjern oppgave</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Double-click a cell to change it; tick Done when a task is done.</source>
        <translation>Dobbeltklikk på en celle for å endre den. Sett hake i Utført når en oppgave er gjort.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Reviews (%1)</source>
        <translation>Evalueringer (%1)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Units:</source>
        <translation>Enheter:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Responsible:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed:</source>
        <translation>Avsluttet:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>done %1</source>
        <translation>utført %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message numerus="yes">
        <location line="+49" />
        <source>%n review(s) added to the plan.</source>
        <translation>
            <numerusform>%n evaluering er lagt til i planen.</numerusform>
            <numerusform>%n evalueringer er lagt til i planen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37" />
        <source>Close plan</source>
        <translation>Avslutt plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close “%1”? A closed plan is kept and can be printed, but no longer changed.</source>
        <translation>Vil du avslutte «%1»? En avsluttet plan blir tatt vare på og kan skrives ut, men ikke lenger endres.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Print plan</source>
        <translation>Skriv ut plan</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export plan as PDF</source>
        <translation>Eksporter plan som PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The plan is saved as %1.</source>
        <translation>Planen er lagret som %1.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>New task</source>
        <translation>Ny oppgave</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Remove task</source>
        <translation>Fjern oppgave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the task “%1”?</source>
        <translation>Vil du fjerne oppgaven «%1»?</translation>
    </message>
</context>
<context>
    <name>fremdrift::Plans</name>
    <message>
        <location filename="../core/domain/progressplan.cpp" line="+71" />
        <source>Follow-up meeting planned (at least 8 weeks ahead)</source>
        <translation>Oppfølgingsmøte planlagt (minst 8 uker før)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pre-notice of evaluation sent</source>
        <translation>Forhåndsvarsel om evaluering sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation meeting agreed</source>
        <translation>Evalueringsmøte avtalt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Written status from the supplier (14 days before)</source>
        <translation>Skriftlig status fra utfører (14 dager før)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting held, new investigation started</source>
        <translation>Møte holdt, ny saksutredning startet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medical information obtained</source>
        <translation>Medisinske opplysninger innhentet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Investigation finished with recommendation</source>
        <translation>Saksutredning med innstilling ferdigstilt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision written and sent</source>
        <translation>Vedtak skrevet og sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision put into effect</source>
        <translation>Vedtak iverksatt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Staffing and rotas reviewed</source>
        <translation>Bemanningsplaner og turnuser gjennomgått</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Planning</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pre-notice</source>
        <translation>Forhåndsvarsel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting agreed</source>
        <translation>Møte avtalt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier status</source>
        <translation>Status fra utfører</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting held</source>
        <translation>Møte holdt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medical info</source>
        <translation>Medisinske oppl.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Investigation</source>
        <translation>Saksutredning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision sent</source>
        <translation>Vedtak sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force</source>
        <translation>Iverksatt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Staffing</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit leader</source>
        <translation>Enhetsleder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Department leader</source>
        <translation>Avdelingsleder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Primary contact</source>
        <translation>Primærkontakt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier</source>
        <translation>Utfører</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlansPage</name>
    <message>
        <location filename="../ui/plans/planspage.cpp" line="+84" />
        <source>Open plans</source>
        <translation>Aktive planer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed plans</source>
        <translation>Avsluttede planer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All plans</source>
        <translation>Alle planer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only plans I am &amp;responsible for</source>
        <translation>Bare planer jeg er &amp;ansvarlig for</translation>
    </message>
    <message>
        <location line="+2" />
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>New &amp;progress plan…</source>
        <translation>Ny &amp;fremdriftsplan…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New &amp;task plan…</source>
        <translation>Ny &amp;oppgaveplan…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message numerus="yes">
        <location line="+81" />
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::PreNoticeForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/prenoticeform.cpp" line="+48" />
        <source>Not given</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <location line="-4" />
        <source>&amp;Write pre-notice…</source>
        <translation>Skriv forhånds&amp;varsel…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writes the letter from the office's template, shows it, and issues it into the archive</source>
        <translation>Lager brevet fra kontorets mal, viser det, og sender det ut og lagrer det i arkivet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Issuing the letter fills in when, how and to whom it was sent, and completes this step. A pre-notice sent some other way is recorded here by hand.</source>
        <translation>Når brevet sendes ut, fylles det inn når, hvordan og til hvem det ble sendt, og trinnet blir fullført. Et forhåndsvarsel som er sendt på annen måte, registreres her manuelt.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Sent on:</source>
        <translation>&amp;Sendt den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent &amp;how:</source>
        <translation>Sende&amp;måte:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent &amp;to:</source>
        <translation>Sendt &amp;til:</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fremdrift::Presence</name>
    <message>
        <location filename="../core/storage/presence.cpp" line="+49" />
        <source>someone</source>
        <translation>noen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 on %2 (since %3)</source>
        <translation>%1 på %2 (siden %3)</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReportsPage</name>
    <message>
        <location filename="../ui/reports/reportspage.cpp" line="+49" />
        <source>&amp;Audit log</source>
        <translation>Re&amp;visjonslogg</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L&amp;etters</source>
        <translation>Br&amp;ev</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Only administrators can see the audit log.</source>
        <translation>Bare administratorer kan se revisjonsloggen.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>All clients; type a name to choose one</source>
        <translation>Alle brukere. Skriv et navn for å velge én</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Staff:</source>
        <translation>&amp;Ansatt:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;lient:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Check the chain</source>
        <translation>&amp;Kontroller kjeden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checks that no row of the audit log was changed, added or removed afterwards.</source>
        <translation>Kontrollerer at ingen rader i revisjonsloggen er endret, lagt til eller fjernet i ettertid.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Access &amp;report…</source>
        <translation>Tilgangs&amp;rapport…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who opened or changed the client's record: for printing.</source>
        <translation>Hvem som har åpnet eller endret opplysningene om brukeren, for utskrift.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as &amp;PDF…</source>
        <translation>Lagre som &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the client's access report as a PDF file.</source>
        <translation>Lagrer tilgangsrapporten for brukeren som en PDF-fil.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (deactivated)</source>
        <translation>%1 (deaktivert)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Client %1</source>
        <translation>Bruker %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n row(s), newest first</source>
        <translation>
            <numerusform>%n rad, nyeste først</numerusform>
            <numerusform>%n rader, nyeste først</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The audit log's chain holds: none of its %n row(s) was changed, added or removed afterwards.</source>
        <translation>
            <numerusform>Kjeden i revisjonsloggen er hel: loggen har %n rad, og den er ikke endret, lagt til eller fjernet i ettertid.</numerusform>
            <numerusform>Kjeden i revisjonsloggen er hel: ingen av de %n radene er endret, lagt til eller fjernet i ettertid.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>The audit log's chain is broken at row %1: a row was changed, added or removed afterwards.</source>
        <translation>Kjeden i revisjonsloggen er brutt ved rad %1: en rad er endret, lagt til eller fjernet i ettertid.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+2" />
        <source>Access report for %1</source>
        <translation>Tilgangsrapport for %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The access report is in %1.</source>
        <translation>Tilgangsrapporten er lagret i %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Access report %1.pdf</source>
        <translation>Tilgangsrapport %1.pdf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the access report</source>
        <translation>Lagre tilgangsrapporten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fremdrift::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/restoredialog.cpp" line="+36" />
        <location line="+92" />
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <location line="-90" />
        <source>Backups of %1 in %2, newest first. Restoring replaces the database with the backup you choose; the current file is kept beside it, ending in “.before-restore”.</source>
        <translation>Sikkerhetskopier av %1 i %2, nyeste først. Når du gjenoppretter, blir databasen erstattet med sikkerhetskopien du velger. Den nåværende filen blir tatt vare på ved siden av, med et navn som slutter på «.before-restore».</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There are no backups of this database yet.</source>
        <translation>Det finnes ingen sikkerhetskopier av denne databasen ennå.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The database cannot be restored while others use it: %1. Ask them to close Fremdrift, then try again.</source>
        <translation>Databasen kan ikke gjenopprettes mens andre bruker den: %1. Be dem lukke Fremdrift, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Replace %1 with the backup made %2?

Everything saved since then is no longer in the database. The current file is kept as %3.</source>
        <translation>Vil du erstatte %1 med sikkerhetskopien fra %2?

Alt som er lagret siden da, vil ikke lenger finnes i databasen. Den nåværende filen blir tatt vare på som %3.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewGridModel</name>
    <message>
        <location filename="../ui/plans/reviewgridmodel.cpp" line="+86" />
        <source>%1: done on %2</source>
        <translation>%1: utført %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: done on %2 by %3</source>
        <translation>%1: utført %2 av %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: late, due %2</source>
        <translation>%1: forsinket, frist %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: due %2</source>
        <translation>%1: frist %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+44" />
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewHeader</name>
    <message>
        <location filename="../ui/reviews/reviewheader.cpp" line="+28" />
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Read the review as it is saved now; your changes here are dropped.</source>
        <translation>Hent evalueringen slik den er lagret nå. Endringene du har gjort her, går tapt.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Unit: %1</source>
        <translation>Enhet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 under review: %2</source>
        <translation>%1 som evalueres: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker: %1</source>
        <translation>Saksbehandler: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewMeetingText</name>
    <message>
        <location filename="../ui/reviews/reviewmeeting.cpp" line="+37" />
        <source>Evaluation meeting – %1</source>
        <translation>Evalueringsmøte – %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewRules</name>
    <message>
        <location filename="../core/workflow/reviewworkflow.cpp" line="+57" />
        <source>%1 cannot be after the day the step is done (%2).</source>
        <translation>Datoen %1 kan ikke være etter datoen trinnet er utført (%2).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Give the date the pre-notice was sent.</source>
        <translation>Oppgi datoen forhåndsvarselet ble sendt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say who the pre-notice was sent to: the client, and the guardian if there is one.</source>
        <translation>Oppgi hvem forhåndsvarselet ble sendt til: brukeren, og vergen hvis brukeren har verge.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Recipient %1 has no name.</source>
        <translation>Mottaker %1 mangler navn.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Say how it was sent: by post, digitally or by hand.</source>
        <translation>Oppgi hvordan vedtaket ble sendt: per post, digitalt eller levert personlig.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the date planned for the follow-up meeting.</source>
        <translation>Oppgi datoen oppfølgingsmøtet er planlagt til.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The planned meeting date must come after the planning starts.</source>
        <translation>Den planlagte møtedatoen må være etter at planleggingen starter.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agree the meeting first: its time, place and who takes part.</source>
        <translation>Avtal møtet først: tid, sted og hvem som skal delta.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The meeting has no date and time.</source>
        <translation>Møtet mangler dato og klokkeslett.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the meeting's place or its video link.</source>
        <translation>Oppgi møtested eller videolenke.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name the participants: the person, relative or guardian, caseworker and primary contact.</source>
        <translation>Oppgi deltakerne: brukeren, pårørende eller verge, saksbehandler og primærkontakt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say how the meeting was agreed: by letter or by phone.</source>
        <translation>Oppgi hvordan møtet ble avtalt: per brev eller per telefon.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give the date the supplier's written status came.</source>
        <translation>Oppgi datoen den skriftlige statusen fra utfører kom.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sum up the supplier's status.</source>
        <translation>Oppsummer statusen fra utfører.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no evaluation meeting: agree it in the step before.</source>
        <translation>Det finnes ikke noe evalueringsmøte. Avtal møtet i trinnet før.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mark the meeting as held.</source>
        <translation>Merk møtet som avholdt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The meeting is on %1: it cannot have been held yet.</source>
        <translation>Møtet er %1, så det kan ikke være avholdt ennå.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record who attended the meeting.</source>
        <translation>Registrer hvem som møtte.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the minutes of the meeting.</source>
        <translation>Skriv referat fra møtet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say who took the minutes.</source>
        <translation>Oppgi hvem som var referent.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The investigation must describe: %1.</source>
        <translation>Saksutredningen må beskrive: %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Assess the consent competence: full, partial or none.</source>
        <translation>Vurder samtykkekompetansen: full, delvis eller ingen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say whether an individual plan exists, is needed or not.</source>
        <translation>Oppgi om brukeren har individuell plan, om det er behov for det, eller ikke.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Describe the needs in the life area "%1" (write "no needs" if there are none).</source>
        <translation>Beskriv behovene på livsområdet «%1» (skriv «ingen behov» hvis det ikke er noen).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the date of the new %1 assessment.</source>
        <translation>Oppgi datoen for den nye kartleggingen med %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Score every item of the %1 assessment; missing: %2.</source>
        <translation>Gi skår på alle punktene i kartleggingen med %1. Mangler: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Record the request for medical information to the GP (and to specialists where relevant).</source>
        <translation>Registrer forespørselen om medisinske opplysninger til fastlegen (og til spesialisthelsetjenesten der det er aktuelt).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Request %1: say whom it went to.</source>
        <translation>Forespørsel %1: oppgi hvem den ble sendt til.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Request %1: say what was asked.</source>
        <translation>Forespørsel %1: oppgi hva det ble spurt om.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Request %1: give the date it was sent.</source>
        <translation>Forespørsel %1: oppgi datoen den ble sendt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request %1 has not been answered yet.</source>
        <translation>Forespørsel %1 er ikke besvart ennå.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request %1 cannot be answered before it was sent.</source>
        <translation>Forespørsel %1 kan ikke være besvart før den ble sendt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request %1: sum up the answer.</source>
        <translation>Forespørsel %1: oppsummer svaret.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Estimate the hours of each service.</source>
        <translation>Anslå timer for hver tjeneste.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Estimate %1: choose a service from the list.</source>
        <translation>Anslag %1: velg en tjeneste fra listen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Estimate %1: hours a week must be between 0 and 168.</source>
        <translation>Anslag %1: timer per uke må være mellom 0 og 168.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Estimate %1 has no hours.</source>
        <translation>Anslag %1 mangler timer.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Write the recommendation.</source>
        <translation>Skriv innstillingen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Discuss the decision with the unit leader before approval: who and when.</source>
        <translation>Drøft vedtaket med enhetsleder før godkjenning, og oppgi hvem og når.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Discuss the decision with the department leader before approval: who and when.</source>
        <translation>Drøft vedtaket med avdelingsleder før godkjenning, og oppgi hvem og når.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give the date the primary contact was contacted.</source>
        <translation>Oppgi datoen primærkontakten ble kontaktet.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <source>Give the date the action plan was updated.</source>
        <translation>Oppgi datoen tiltaksplanen ble oppdatert.</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Write the new decision first.</source>
        <translation>Skriv det nye vedtaket først.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The new decision lacks: %1.</source>
        <translation>Det nye vedtaket mangler: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new decision %1 is "%2": it must be approved and sent.</source>
        <translation>Det nye vedtaket %1 har status «%2». Det må godkjennes og sendes.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no new decision to put into effect.</source>
        <translation>Det finnes ikke noe nytt vedtak å iverksette.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put the new decision in force first; the complaint deadline runs until %1.</source>
        <translation>Iverksett det nye vedtaket først. Klagefristen løper til og med %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the new decision in force first.</source>
        <translation>Iverksett det nye vedtaket først.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date the department leader was informed.</source>
        <translation>Oppgi datoen avdelingsleder ble informert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the date the primary contact was informed.</source>
        <translation>Oppgi datoen primærkontakten ble informert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date the care record was updated.</source>
        <translation>Oppgi datoen journalen ble oppdatert.</translation>
    </message>
    <message>
        <location line="+120" />
        <source>This step was done on %1.</source>
        <translation>Dette trinnet ble utført %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the date the step was done.</source>
        <translation>Oppgi datoen trinnet ble utført.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A step cannot be done in the future.</source>
        <translation>Datoen et trinn er utført, kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Complete the step "%1" first.</source>
        <translation>Fullfør trinnet «%1» først.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The step before was done on %1; this one cannot be done earlier.</source>
        <translation>Trinnet før ble utført %1. Dette trinnet kan ikke være utført tidligere.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The step is not done.</source>
        <translation>Trinnet er ikke utført.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reopen the step "%1" first: it comes later and is done.</source>
        <translation>Gjenåpne trinnet «%1» først. Det kommer senere og er allerede utført.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The scope and description of each service</source>
        <translation>Omfang og beskrivelse av hver tjeneste</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Own time and time shared with others, for each service</source>
        <translation>Egentid og fellestid for hver tjeneste</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No fixed end date</source>
        <translation>Ingen fast sluttdato</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When the decision will be evaluated</source>
        <translation>Når vedtaket skal evalueres</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The previous allocation and the changes (replaces %1)</source>
        <translation>Tidligere tildeling og endringene (erstatter %1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Staffing was reviewed on %1.</source>
        <translation>Bemanningen ble gjennomgått %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date staffing and rotas were reviewed.</source>
        <translation>Oppgi datoen bemanningsplaner og turnuser ble gjennomgått.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plan has no reviews.</source>
        <translation>Planen har ingen evalueringer.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Staffing is reviewed when all the plan's decisions are in force; still waiting: %1.</source>
        <translation>Bemanningen gjennomgås når alle vedtakene i planen er iverksatt. Venter fortsatt på: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write what was reviewed and changed in staffing and rotas.</source>
        <translation>Skriv hva som ble gjennomgått og endret i bemanningsplaner og turnuser.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewWindow</name>
    <message>
        <location filename="../ui/reviews/reviewwindow.cpp" line="+111" />
        <source>The step "%1" is done once for the whole plan, when all its decisions are in force: see the plan.</source>
        <translation>Trinnet «%1» utføres én gang for hele planen, når alle vedtakene i planen er iverksatt. Se planen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The day the step was done</source>
        <translation>Datoen trinnet ble utført</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Complete step</source>
        <translation>&amp;Fullfør trinn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;open step…</source>
        <translation>&amp;Gjenåpne trinn…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;lose</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <location line="+191" />
        <source>Done %1 by %2</source>
        <translation>Utført %1 av %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due %1, late</source>
        <translation>Frist %1, forsinket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+41" />
        <source>This step is done; reopen it to change it.</source>
        <translation>Dette trinnet er utført. Gjenåpne det for å endre det.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The step can be completed.</source>
        <translation>Trinnet kan fullføres.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Still needed to complete this step:</source>
        <translation>Dette mangler før trinnet kan fullføres:</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Review – %1</source>
        <translation>Evaluering – %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>"%1" is done.</source>
        <translation>«%1» er utført.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reopen step</source>
        <translation>Gjenåpne trinn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why is "%1" reopened? The reason is recorded with the review.</source>
        <translation>Hvorfor gjenåpnes «%1»? Begrunnelsen lagres sammen med evalueringen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" is open again.</source>
        <translation>«%1» er åpnet igjen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>"%1" was completed meanwhile by %2 and can no longer be merged. Reload it to see it as saved.</source>
        <translation>«%1» er i mellomtiden fullført av %2 og kan ikke lenger slås sammen. Last inn på nytt for å se trinnet slik det er lagret.</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>The pre-notice is issued (%n letter(s)) and kept in the archive.</source>
        <translation>
            <numerusform>Forhåndsvarselet er sendt ut (%n brev) og lagret i arkivet.</numerusform>
            <numerusform>Forhåndsvarselet er sendt ut (%n brev) og lagret i arkivet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>Put in force early</source>
        <translation>Iverksett før tiden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The %1 runs until %2. Why must the decision be put in force before then? The reason is recorded.</source>
        <translation>Det er %1 til og med %2. Hvorfor må vedtaket iverksettes før det? Begrunnelsen blir lagret.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is in force from %2.</source>
        <translation>%1 er iverksatt fra %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The step cannot be completed yet:</source>
        <translation>Trinnet kan ikke fullføres ennå:</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the changes to this review?</source>
        <translation>Vil du lagre endringene i evalueringen?</translation>
    </message>
</context>
<context>
    <name>fremdrift::Role</name>
    <message>
        <location filename="../core/domain/staffuser.cpp" line="+33" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leader (approves decisions)</source>
        <translation>Leder (godkjenner vedtak)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
</context>
<context>
    <name>fremdrift::RoleDialog</name>
    <message>
        <location filename="../ui/users/usersdialog.cpp" line="+88" />
        <source>Change role</source>
        <translation>Endre rolle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The role of %1 (%2) decides what they may do.</source>
        <translation>Rollen til %1 (%2) avgjør hva vedkommende har tilgang til.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Endre</translation>
    </message>
</context>
<context>
    <name>fremdrift::SaveFile</name>
    <message>
        <location filename="../core/util/savefile.cpp" line="+15" />
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::SendDialog</name>
    <message>
        <location filename="../ui/decisions/senddialog.cpp" line="+93" />
        <source>The date sent cannot be in the future.</source>
        <translation>Datoen vedtaket ble sendt, kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It cannot have been received before it was sent.</source>
        <translation>Vedtaket kan ikke være mottatt før det ble sendt.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Received on %1.</source>
        <translation>Mottatt %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assumed received on %1.</source>
        <translation>Regnes som mottatt %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 (%3). In force from %4.</source>
        <translation>%1: %2 (%3). Kan iverksettes fra %4.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ServiceComparisonModel</name>
    <message>
        <location filename="../ui/decisions/servicecomparisonmodel.cpp" line="+38" />
        <source>New: %1 h</source>
        <translation>Ny: %1 t</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removed: %1 h</source>
        <translation>Fjernet: %1 t</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h (own %2, shared %3)</source>
        <translation>%1 t (egentid %2, fellestid %3)</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous own</source>
        <translation>Tidligere egentid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous shared</source>
        <translation>Tidligere fellestid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New own</source>
        <translation>Ny egentid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New shared</source>
        <translation>Ny fellestid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change a week</source>
        <translation>Endring per uke</translation>
    </message>
</context>
<context>
    <name>fremdrift::Session</name>
    <message>
        <location filename="../core/workflow/session.cpp" line="+64" />
        <source>The database has no active staff user. An administrator must add one with fremdrift-cli user add.</source>
        <translation>Databasen har ingen aktive ansatte med tilgang. En administrator må legge til en med fremdrift-cli user add.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>There is no staff user called "%1".</source>
        <translation>Det finnes ingen ansatt med tilgang som heter «%1».</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is deactivated and cannot work in this database.</source>
        <translation>%1 er deaktivert og kan ikke arbeide i denne databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="+57" />
        <source>Check the database</source>
        <translation>Kontroller databasen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff users…</source>
        <translation>Ansatte med tilgang…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Interface language:</source>
        <translation>Språk i programmet:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The language of menus and messages. The country's rules and legal terms follow the database.</source>
        <translation>Språket i menyer og meldinger. Lovverket og de juridiske begrepene følger databasen.</translation>
    </message>
    <message>
        <location line="+142" />
        <source>e.g. Nordby municipality, care services office</source>
        <translation>f.eks. Nordby kommune, tildelingskontoret</translation>
    </message>
    <message>
        <location line="-136" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Working as:</source>
        <translation>Arbeider som:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country's rules:</source>
        <translation>Lovverk:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version:</source>
        <translation>Skjemaversjon:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access:</source>
        <translation>Tilgang:</translation>
    </message>
    <message>
        <location line="+68" />
        <source>No database is open</source>
        <translation>Ingen database er åpen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Read-only: %1</source>
        <translation>Skrivebeskyttet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can be changed</source>
        <translation>Kan endres</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Letterhead</source>
        <translation>Brevhode</translation>
    </message>
    <message>
        <location line="+9" />
        <source>One line each, e.g.
Postboks 1234
9615 Hammerfest</source>
        <translation>Én linje for hver, f.eks.
Postboks 1234
9615 Hammerfest</translation>
    </message>
    <message>
        <location line="+15" />
        <source>C&amp;hoose image…</source>
        <translation>&amp;Velg bilde…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;move</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save letterhead</source>
        <translation>&amp;Lagre brevhode</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Office &amp;name:</source>
        <translation>&amp;Kontornavn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal &amp;address:</source>
        <translation>&amp;Postadresse:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Web:</source>
        <translation>&amp;Nettsted:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The database is read-only: %1</source>
        <translation>Databasen er skrivebeskyttet: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only an administrator can change the letterhead. You are working as %1 (%2).</source>
        <translation>Bare en administrator kan endre brevhodet. Du arbeider som %1 (%2).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose the office's logo</source>
        <translation>Velg kontorets logo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is not an image Fremdrift can read: %2</source>
        <translation>%1 er ikke et bilde som Fremdrift kan lese: %2</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The letterhead is saved. Letters issued from now on print it.</source>
        <translation>Brevhodet er lagret. Brev som sendes ut fra nå av, får dette brevhodet.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database is sound: the whole file was read and every rule holds.</source>
        <translation>Databasen er i orden: hele filen er lest, og alle reglene er oppfylt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database has problems:</source>
        <translation>Det er feil i databasen:</translation>
    </message>
</context>
<context>
    <name>fremdrift::SqlErrors</name>
    <message>
        <location filename="../core/storage/sql.cpp" line="+38" />
        <location line="+32" />
        <source>The database reported an error.</source>
        <translation>Databasen meldte om en feil.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The database is busy: another user is saving. Try again in a moment.</source>
        <translation>Databasen er opptatt fordi noen andre lagrer akkurat nå. Prøv igjen om litt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database is open read-only, so nothing can be saved.</source>
        <translation>Databasen er åpnet skrivebeskyttet, så ingenting kan lagres.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken er full, og ingenting ble lagret. Frigjør litt plass, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file could not be read or written. Check that the drive is connected and try again.</source>
        <translation>Databasefilen kunne ikke leses eller skrives til. Sjekk at stasjonen er tilkoblet, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Databasefilen er skadet. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>Endringen bryter en regel i databasen og ble ikke lagret.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Someone else deleted this record while you were working on it. Your changes were not saved.</source>
        <translation>Noen andre slettet disse opplysningene mens du arbeidet med dem. Endringene dine ble ikke lagret.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 saved this record at %2, after you opened it. Your changes were not saved: reload to see theirs, then make yours again.</source>
        <translation>%1 lagret disse opplysningene %2, etter at du åpnet dem. Endringene dine ble ikke lagret. Last inn på nytt for å se det som er lagret, og gjør deretter endringene dine på nytt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Someone else</source>
        <translation>Noen andre</translation>
    </message>
</context>
<context>
    <name>fremdrift::StaffPasswordDialog</name>
    <message>
        <location filename="../ui/users/usersdialog.cpp" line="-65" />
        <source>Set password</source>
        <translation>Sett passord</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new password for %1 (%2). Tell it to them in person; they can change it themselves later.</source>
        <translation>Nytt passord for %1 (%2). Gi beskjed om passordet personlig. Vedkommende kan selv bytte det senere.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;New password:</source>
        <translation>Nytt &amp;passord:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gjenta passordet:</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Et passord må ha minst %n tegn.</numerusform>
            <numerusform>Et passord må ha minst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>De to passordene er ikke like. Skriv det samme passordet to ganger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::StaffingDialog</name>
    <message>
        <location filename="../ui/plans/staffingdialog.cpp" line="+21" />
        <source>Once for the whole plan, when all its decisions exist: the department leader reviews staffing plans and rotas with the assistant unit leader and the union representatives.</source>
        <translation>Én gang for hele planen, når alle vedtakene i planen foreligger: avdelingsleder gjennomgår bemanningsplaner og turnuser sammen med assisterende enhetsleder og de tillitsvalgte.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>What was changed in the rotas</source>
        <translation>Hva som ble endret i turnusene</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Done on:</source>
        <translation>&amp;Utført den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Write what was reviewed: it is kept with the plan.</source>
        <translation>Skriv hva som ble gjennomgått. Det lagres sammen med planen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::StepForms</name>
    <message>
        <location filename="../core/workflow/stepforms.cpp" line="+25" />
        <source>Health and well-being</source>
        <translation>Helse og trivsel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Daily living and practical tasks</source>
        <translation>Dagligliv og praktiske gjøremål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work, school or day activity</source>
        <translation>Arbeid, skole eller dagaktivitet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social life and leisure</source>
        <translation>Sosialt liv og fritid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Family and network</source>
        <translation>Familie og nettverk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Economy</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Consent competence</source>
        <translation>Samtykkekompetanse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Consent competence assessed by</source>
        <translation>Samtykkekompetanse vurdert av</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User participation</source>
        <translation>Brukermedvirkning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relatives' participation</source>
        <translation>Pårørendes medvirkning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The person's own needs, wishes and goals</source>
        <translation>Brukerens egne behov, ønsker og mål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nearest relative</source>
        <translation>Nærmeste pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs on all life areas</source>
        <translation>Behov på alle livsområder</translation>
    </message>
</context>
<context>
    <name>fremdrift::StepPage</name>
    <message>
        <location filename="../ui/reviews/steppage.cpp" line="+27" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Set by hand, the due date no longer follows the plan's dates.</source>
        <translation>Når fristen settes manuelt, følger den ikke lenger datoene i planen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Done %1 by %2.</source>
        <translation>Utført %1 av %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late: not done yet.</source>
        <translation>Forsinket: ikke utført ennå.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not done yet.</source>
        <translation>Ikke utført ennå.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsible: %1. %2</source>
        <translation>Ansvarlig: %1. %2</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>fremdrift::SupplierStatusForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/supplierstatusform.cpp" line="+24" />
        <source>Status &amp;received on:</source>
        <translation>Status &amp;mottatt den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Summary:</source>
        <translation>&amp;Sammendrag:</translation>
    </message>
</context>
<context>
    <name>fremdrift::TableSummaryModel</name>
    <message>
        <location filename="../ui/tablesummarymodel.cpp" line="+14" />
        <source>Clients</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relatives, guardians and contacts</source>
        <translation>Pårørende, verger og kontaktpersoner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress plans</source>
        <translation>Fremdriftsplaner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews</source>
        <translation>Evalueringer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter templates</source>
        <translation>Brevmaler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letters issued</source>
        <translation>Sendte brev</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units and homes</source>
        <translation>Enheter og boliger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff users</source>
        <translation>Ansatte med tilgang</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Kind of record</source>
        <translation>Type opplysninger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count</source>
        <translation>Antall</translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplateEditor</name>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="+46" />
        <source>Template source</source>
        <translation>Kildeteksten til malen</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Bold</source>
        <translation>Fet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bold text: &lt;b&gt;…&lt;/b&gt;</source>
        <translation>Fet skrift: &lt;b&gt;…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Italic text: &lt;i&gt;…&lt;/i&gt;</source>
        <translation>Kursiv skrift: &lt;i&gt;…&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A heading: &lt;h2&gt;…&lt;/h2&gt;</source>
        <translation>En overskrift: &lt;h2&gt;…&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subheading</source>
        <translation>Underoverskrift</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A smaller heading: &lt;h3&gt;…&lt;/h3&gt;</source>
        <translation>En mindre overskrift: &lt;h3&gt;…&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paragraph</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A paragraph: &lt;p&gt;…&lt;/p&gt;</source>
        <translation>Et avsnitt: &lt;p&gt;…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List</source>
        <translation>Punktliste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A bulleted list, one item per selected line: &lt;ul&gt;&lt;li&gt;…&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>En punktliste med ett punkt for hver merkede linje: &lt;ul&gt;&lt;li&gt;…&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Problems in the template</source>
        <translation>Problemer i malen</translation>
    </message>
    <message>
        <location line="+20" />
        <source>What changed, and why (kept with the version)</source>
        <translation>Hva som er endret, og hvorfor (lagres sammen med versjonen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save as new version</source>
        <translation>Lagre som &amp;ny versjon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the template as its next version; letters issued from now on use it.</source>
        <translation>Lagrer malen som neste versjon. Brev som sendes ut fra nå av, bruker denne versjonen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;vert</source>
        <translation>Fo&amp;rkast endringer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the template as it was saved.</source>
        <translation>Tilbake til malen slik den ble lagret.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Note on this change:</source>
        <translation>&amp;Merknad til endringen:</translation>
    </message>
    <message>
        <location line="+115" />
        <source>Click to show where it is.</source>
        <translation>Klikk for å vise hvor det er.</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n error(s) in the template: it cannot be saved until they are put right.</source>
        <translation>
            <numerusform>%n feil i malen. Malen kan ikke lagres før feilen er rettet.</numerusform>
            <numerusform>%n feil i malen. Malen kan ikke lagres før feilene er rettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n problem(s) in the sample letter: letters would be stopped until they are put right.</source>
        <translation>
            <numerusform>%n problem i eksempelbrevet. Brev vil bli stoppet til problemet er løst.</numerusform>
            <numerusform>%n problemer i eksempelbrevet. Brev vil bli stoppet til problemene er løst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>No problems in the template or the sample letter.</source>
        <translation>Ingen problemer i malen eller i eksempelbrevet.</translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplateParser</name>
    <message>
        <location filename="../core/letters/templatelanguage.cpp" line="-670" />
        <source>line %1, column %2</source>
        <translation>linje %1, kolonne %2</translation>
    </message>
    <message>
        <location line="+137" />
        <source>The template is too large (over %1 million characters): check that the right file was chosen.</source>
        <translation>Malen er for stor (over %1 millioner tegn). Kontroller at riktig fil er valgt.</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>%n more error(s) not listed: fix the ones above and check again.</source>
        <translation>
            <numerusform>%n feil til er ikke vist. Rett feilene ovenfor, og kontroller på nytt.</numerusform>
            <numerusform>%n feil til er ikke vist. Rett feilene ovenfor, og kontroller på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>The tag %1 is never closed: add }} at its end (a tag fits on one line), or write a brace meant as text as &amp;#123;.</source>
        <translation>Taggen %1 blir aldri lukket. Legg til }} på slutten av den (en tagg må stå på én linje), eller skriv en klammeparentes som skal stå som tekst, som &amp;#123;.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The comment %1 is never closed: add }} where it should end.</source>
        <translation>Kommentaren %1 blir aldri lukket. Legg til }} der den skal slutte.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The tag %1 is empty: write a field name between the braces, or remove it.</source>
        <translation>Taggen %1 er tom. Skriv et feltnavn mellom klammeparentesene, eller fjern taggen.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The tag %1 starts an unknown kind of section: use {{#if …}}, {{#unless …}} or {{#part …}}.</source>
        <translation>Taggen %1 starter en ukjent type blokk. Bruk {{#if …}}, {{#unless …}} eller {{#part …}}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The tag %1 needs a part id, such as {{#part complaint_right}}.</source>
        <translation>Taggen %1 må ha en id for delen, for eksempel {{#part complaint_right}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 needs a field name, such as {{#%2 guardian.name}}.</source>
        <translation>Taggen %1 må ha et feltnavn, for eksempel {{#%2 guardian.name}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 holds more than one name: keep one, such as {{#%2 guardian.name}}.</source>
        <translation>Taggen %1 inneholder mer enn ett navn. Behold bare ett, for eksempel {{#%2 guardian.name}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>«%1» in %2 is not a valid name: use letters, digits and _, starting with a letter, and single dots between parts, such as guardian.name.</source>
        <translation>«%1» i %2 er ikke et gyldig navn. Bruk bokstaver, sifre og _, begynn med en bokstav, og sett ett punktum mellom delene, for eksempel guardian.name.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The part %1 is inside the part %2 (%3): parts cannot nest; close the first with {{/part}} before starting the next.</source>
        <translation>Delen %1 står inne i delen %2 (%3). En del kan ikke ligge inne i en annen. Lukk den første med {{/part}} før du starter den neste.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The section %1 is nested more than %2 sections deep: close some sections before it.</source>
        <translation>Blokken %1 ligger inne i mer enn %2 andre blokker. Lukk noen av blokkene før den.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The tag %1 closes an unknown kind of section: use {{/if}}, {{/unless}} or {{/part}}.</source>
        <translation>Taggen %1 lukker en ukjent type blokk. Bruk {{/if}}, {{/unless}} eller {{/part}}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The tag %1 takes no name: write just %2.</source>
        <translation>Taggen %1 skal ikke ha noe navn. Skriv bare %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 closes nothing: remove it, or add {{#%2 …}} where the section should start.</source>
        <translation>Taggen %1 lukker ingenting. Fjern den, eller legg til {{#%2 …}} der blokken skal starte.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The tag %1 cannot close %2, which is still open from %3: add %4 before %1.</source>
        <translation>Taggen %1 kan ikke lukke %2, som fortsatt er åpen fra %3. Legg til %4 foran %1.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The tag %1 takes no name: write just {{else}}.</source>
        <translation>Taggen %1 skal ikke ha noe navn. Skriv bare {{else}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 is not directly inside an {{#if …}} or {{#unless …}} section: remove it, or put the section around it.</source>
        <translation>Taggen %1 står ikke direkte inne i en {{#if …}}- eller {{#unless …}}-blokk. Fjern taggen, eller legg blokken rundt den.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The section %1 already has an {{else}} at %2: remove one of them.</source>
        <translation>Blokken %1 har allerede en {{else}} ved %2. Fjern en av dem.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The tag %1 holds more than one word: write one field name, such as {{client.name}}.</source>
        <translation>Taggen %1 inneholder mer enn ett ord. Skriv ett feltnavn, for eksempel {{client.name}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>«%1» in %2 is not a valid name: use letters, digits and _, starting with a letter, and single dots between parts, such as client.name.</source>
        <translation>«%1» i %2 er ikke et gyldig navn. Bruk bokstaver, sifre og _, begynn med en bokstav, og sett ett punktum mellom delene, for eksempel client.name.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The section %1 is never closed: add %2 where it should end.</source>
        <translation>Blokken %1 blir aldri lukket. Legg til %2 der den skal slutte.</translation>
    </message>
    <message>
        <location line="+172" />
        <source>Line %1, column %2: %3</source>
        <translation>Linje %1, kolonne %2: %3</translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplateRepository</name>
    <message>
        <location filename="../core/letters/templaterepository.cpp" line="+56" />
        <source>Someone else</source>
        <translation>Noen andre</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Fremdrift has no template «%1» in the language «%2».</source>
        <translation>Fremdrift har ingen mal «%1» på språket «%2».</translation>
    </message>
    <message>
        <location line="+50" />
        <source>There is no template «%1» in the language «%2», nor in «%3».</source>
        <translation>Det finnes ingen mal «%1» på språket «%2», og heller ikke på «%3».</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+70" />
        <source>There is no template with id %1.</source>
        <translation>Det finnes ingen mal med id %1.</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Templates are written in %1; «%2» is not one of them.</source>
        <translation>Maler kan skrives på disse språkene: %1. «%2» er ikke ett av dem.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The template is empty: write the letter.</source>
        <translation>Malen er tom. Skriv brevet.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>%1 saved a new version of the template «%2» while this letter was being prepared. Prepare the letter again to use it.</source>
        <translation>%1 lagret en ny versjon av malen «%2» mens dette brevet ble laget. Lag brevet på nytt for å bruke den nye versjonen.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The template you edited was version %1, but the newest version is %2. Reload the template and make your changes again.</source>
        <translation>Malen du redigerte, var versjon %1, men den nyeste versjonen er %2. Last inn malen på nytt, og gjør endringene dine en gang til.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 saved version %2 of this template at %3, after you opened version %4. Your changes were not saved: reload to see theirs, then make yours again.</source>
        <translation>%1 lagret versjon %2 av denne malen %3, etter at du åpnet versjon %4. Endringene dine ble ikke lagret. Last inn på nytt for å se det som er lagret, og gjør deretter endringene dine på nytt.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>As shipped with Fremdrift</source>
        <translation>Slik den følger med Fremdrift</translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplatesPage</name>
    <message>
        <location filename="../ui/templates/templatespage.cpp" line="+51" />
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read the template as it is saved now; your edits are dropped.</source>
        <translation>Hent malen slik den er lagret nå. Endringene du har gjort, går tapt.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Preview on sample data</source>
        <translation>Forhåndsvisning med eksempeldata</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Saved versions</source>
        <translation>Lagrede versjoner</translation>
    </message>
    <message>
        <location line="+3" />
        <source>V&amp;iew</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shows the chosen version in the editor, read-only.</source>
        <translation>Viser den valgte versjonen i redigeringsfeltet, skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Res&amp;tore as new version</source>
        <translation>&amp;Gjenopprett som ny versjon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the chosen version again as the newest one.</source>
        <translation>Lagrer den valgte versjonen på nytt som den nyeste versjonen.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Restore as new version</source>
        <translation>Gjenopprett som ny versjon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the current version</source>
        <translation>Tilbake til gjeldende versjon</translation>
    </message>
    <message>
        <location line="+118" />
        <source>None saved yet: letters use the shipped default.</source>
        <translation>Ingen versjon er lagret ennå. Brevene bruker standardmalen som følger med Fremdrift.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The database is read-only, so templates cannot be changed: %1</source>
        <translation>Databasen er skrivebeskyttet, så malene kan ikke endres: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only administrators can change templates. You are working as %1 (%2): you can read them and try the preview.</source>
        <translation>Bare administratorer kan endre maler. Du arbeider som %1 (%2). Du kan lese malene og prøve forhåndsvisningen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None in %1 yet: this is the %2 template to start from (%3).</source>
        <translation>Ingen mal på %1 ennå. Dette er malen på %2 som du kan ta utgangspunkt i (%3).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 · unsaved changes</source>
        <translation>%1 · endringer som ikke er lagret</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You are viewing an earlier version: %1. It cannot be edited here; restore it to make it the current version again.</source>
        <translation>Du ser på en tidligere versjon: %1. Den kan ikke redigeres her. Gjenopprett den for å gjøre den til gjeldende versjon igjen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Shipped default</source>
        <translation>Standardmal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version %1, %2</source>
        <translation>Versjon %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1 by %2, %3</source>
        <translation>Versjon %1 av %2, %3</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+8" />
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <location line="-7" />
        <source>The template «%1» has unsaved changes. Save them as a new version?</source>
        <translation>Malen «%1» har endringer som ikke er lagret. Vil du lagre dem som en ny versjon?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The template «%1» has unsaved changes that cannot be saved as they are (see the problems under the editor). Discard them?</source>
        <translation>Malen «%1» har endringer som ikke er lagret, og som ikke kan lagres slik de er nå (se problemene under redigeringsfeltet). Vil du forkaste dem?</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Saved as version %1. Letters issued from now on use it.</source>
        <translation>Lagret som versjon %1. Brev som sendes ut fra nå av, bruker denne versjonen.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 saved version %2 of this template while you were editing. Your changes cannot be saved over it; Reload shows their version.</source>
        <translation>%1 lagret versjon %2 av denne malen mens du redigerte. Endringene dine kan ikke lagres over den. «Last inn på nytt» viser den lagrede versjonen.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The template has errors, so the preview shows it as it was before them.</source>
        <translation>Malen har feil, så forhåndsvisningen viser malen slik den var før feilene.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No sample letter could be made from the template; see the problems under the editor.</source>
        <translation>Det kunne ikke lages noe eksempelbrev fra malen. Se problemene under redigeringsfeltet.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Restored version %1</source>
        <translation>Gjenopprettet versjon %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::UpcomingMeetingModel</name>
    <message>
        <location filename="../ui/overview/upcomingmeetingmodel.cpp" line="+86" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where</source>
        <translation>Sted</translation>
    </message>
</context>
<context>
    <name>fremdrift::UsersDialog</name>
    <message>
        <location filename="../ui/users/usersdialog.cpp" line="-393" />
        <source>&amp;Add user…</source>
        <translation>&amp;Legg til ansatt…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set &amp;password…</source>
        <translation>Sett &amp;passord…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change &amp;role…</source>
        <translation>Endre &amp;rolle…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktiver…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Staff users</source>
        <translation>Ansatte med tilgang</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Has password</source>
        <translation>Har passord</translation>
    </message>
    <message>
        <location line="+71" />
        <location line="+2" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-2" />
        <source>No, deactivated</source>
        <translation>Nei, deaktivert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Deactivated users keep their history but can no longer log in or act. A new role applies on other PCs when the user next starts Fremdrift.</source>
        <translation>Deaktiverte ansatte beholder historikken sin, men kan ikke lenger logge inn eller gjøre noe. En ny rolle gjelder på andre PC-er fra neste gang den ansatte starter Fremdrift.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only an administrator may add users, set their passwords, change their roles or deactivate them.</source>
        <translation>Bare en administrator kan legge til ansatte, sette passordene deres, endre rollene deres eller deaktivere dem.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1 is added as %2.</source>
        <translation>%1 er lagt til som %2.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The password of %1 is set.</source>
        <translation>Passordet til %1 er satt.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 is now %2.</source>
        <translation>%1 har nå rollen %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Deactivate user</source>
        <translation>Deaktiver ansatt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deactivate %1? They can no longer log in or act. Nothing they did is deleted, and their history stays.</source>
        <translation>Vil du deaktivere %1? Vedkommende kan ikke lenger logge inn eller gjøre noe. Ingenting vedkommende har gjort, blir slettet, og historikken blir bevart.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is deactivated.</source>
        <translation>%1 er deaktivert.</translation>
    </message>
</context>
<context>
    <name>fremdrift::WorkloadModel</name>
    <message>
        <location filename="../ui/overview/workloadmodel.cpp" line="+61" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open reviews</source>
        <translation>Pågående evalueringer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due this week</source>
        <translation>Frist denne uken</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late steps</source>
        <translation>Forsinkede trinn</translation>
    </message>
</context>
<context>
    <name>fremdrift::cli::Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+83" />
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <location line="-56" />
        <source>The country whose rules the database follows: no, se or dk.</source>
        <translation>Hvilket lands regler databasen følger: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A new database needs --jurisdiction no, se or dk.</source>
        <translation>En ny database krever --jurisdiction no, se eller dk.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Unknown jurisdiction "%1": use no, se or dk.</source>
        <translation>Ukjent lovverk "%1". Bruk no, se eller dk.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>"%1" needs a subcommand: %2.</source>
        <translation>"%1" må ha en underkommando: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown subcommand "%1 %2": use %3.</source>
        <translation>Ukjent underkommando "%1 %2". Bruk %3.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Give the record's id, a whole number, e.g. 12.</source>
        <translation>Oppgi id-en til posten, et heltall, for eksempel 12.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--%1 takes a date as YYYY-MM-DD, not "%2".</source>
        <translation>--%1 må være en dato på formen YYYY-MM-DD, ikke "%2".</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 må være et heltall fra %2 til %3.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This command needs --%1.</source>
        <translation>Denne kommandoen krever --%1.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Mark the database as a test database (accepts test ID numbers).</source>
        <translation>Merk databasen som testdatabase (godtar syntetiske testnumre).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The office's name, for letterheads.</source>
        <translation>Kontorets navn, brukes i brevhodet.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>How many invented clients (default 36).</source>
        <translation>Antall oppdiktede brukere (standard 36).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--clients takes a whole number from 1 to 1000000.</source>
        <translation>--clients må være et heltall fra 1 til 1000000.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 already exists. Demo data only goes into a new database: give another --db.</source>
        <translation>%1 finnes allerede. Demodata kan bare legges inn i en ny database. Oppgi en annen --db.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+49" />
        <source>Commands (dates are YYYY-MM-DD):
  init --jurisdiction no|se|dk [--test-data] [--office-name NAME]
                  create a new database
  demo --jurisdiction no|se|dk [--clients N]
                  create a new test database with invented demo data
  info            describe the database
  check           check integrity and schema; exit 0 only when sound
  backup [--folder DIR] [--keep N]
                  make a verified backup (default folder: local, per database)
  backup list [--folder DIR]
  restore FILE [--yes]
                  replace the database with a backup; refused while others use it
  user list       the staff users
  user add --username U --name NAME --role caseworker|leader|administrator|readonly
                  [--title T]   (administrators; password: FREMDRIFT_PASSWORD_NEW or typed)
  user passwd [USERNAME]
                  change your password, or (administrators) anyone's
  user deactivate USERNAME
                  (administrators) the user keeps their history but cannot log in
  user role USERNAME caseworker|leader|administrator|readonly   (administrators)
  client add --name NAME | --given-name G --family-name F
             [--national-id ID] [--unit NAME]
  client list [--search TEXT] [--limit N]
  client show ID  the client with contacts and decisions
  decision add --json FILE
                  a new draft, in the shape decision show prints (- reads stdin)
  decision show ID
  decision list [--status S] [--client ID] [--unit NAME]
                [--caseworker USERNAME] [--due-within-weeks N]
  decision submit|approve|put-in-force ID
  decision refuse|return-to-draft ID --comment TEXT
  decision send ID --date D --method post|digital|hand [--received D]
  decision end ID --date D
  meeting add --kind evaluation|follow_up|responsibility_group|other
              --start YYYY-MM-DDTHH:MM [--minutes-long N] [--client ID]
              [--review ID] [--place P] [--video URL] [--title T]
              [--participant "Name|role|email"]... [--default-agenda]
  meeting show ID
  meeting list [--from D] [--to D] [--client ID]
  meeting ics ID [--out FILE.ics]
                  the meeting as a calendar invitation (stdout without --out)
  plan create --title T --deadline D [--start D] [--goal G] [--unit NAME]...
              [--status S] [--caseworker USERNAME]... [--kind review|task]
  plan add-review PLAN --decision ID... | --unit NAME... | --evaluation-before D
                  add reviews of these decisions, or of those that match
  plan show PLAN  the plan with its reviews, steps, due dates and what is late
  plan list [--all]
                  open plans with their progress (--all: closed ones too)
  plan report PLAN --out FILE.pdf
  plan task PLAN --title T [--deadline D] [--responsible R]
  review show ID  the review's steps and forms, and what open steps still lack
  review complete-step ID STEP [--date D] [--form-json FILE|-] [--notes N]
                  merge the JSON into the step's form and complete the step
  letter render --kind K --decision|--review|--meeting ID --out FILE.pdf
                [--language L] [--method post|digital|hand] [--date D] [--issue]
                  every recipient's letter in one PDF; --issue archives them and
                  completes the step (pre-notice) or sends the decision
  letters batch --plan ID --kind pre_notice --out DIR [--combined FILE.pdf]
                  issue the plan's pre-notices, one PDF per letter
  letter show ID [--pdf FILE]
                  an issued letter: who, when, template version, SHA-256 checked
  letter list [--client ID] [--decision ID] [--review ID] [--kind K]
  template check FILE --kind K
                  a template's errors with line and column; exit 0 when none
  import clients|decisions FILE [--dry-run]
                  bring a caseload in from CSV; exit 0 only when every line is sound
  audit log [--staff USERNAME] [--client ID] [--from D] [--to D] [--limit N]
                  (administrators) the audit log, newest first
  audit access-report CLIENT_ID [--pdf FILE]
                  (administrators) who has opened or changed the client's record
  rules deadline --jurisdiction no|se|dk --received D
                  the complaint deadline (no database needed)
  rules national-id --jurisdiction no|se|dk NUMBER [--test-data]
                  check a national ID; exit 0 only when valid
A database with several users, some with passwords, needs --user NAME and that
user's password: FREMDRIFT_PASSWORD, or typed when asked on a terminal.
Output is JSON on stdout; errors go to stderr. Exit codes: 0 done, 1 the command
failed, 2 a wrong call.
</source>
        <translation>Kommandoer (datoer skrives YYYY-MM-DD):
  init --jurisdiction no|se|dk [--test-data] [--office-name NAVN]
                  opprett en ny database
  demo --jurisdiction no|se|dk [--clients N]
                  opprett en ny testdatabase med oppdiktede demodata
  info            beskriv databasen
  check           kontroller integritet og skjema; returkode 0 bare når alt er i orden
  backup [--folder MAPPE] [--keep N]
                  lag en kontrollert sikkerhetskopi (standardmappe: lokal, per database)
  backup list [--folder MAPPE]
  restore FIL [--yes]
                  erstatt databasen med en sikkerhetskopi; avvises mens andre bruker den
  user list       de ansatte med tilgang
  user add --username U --name NAVN --role caseworker|leader|administrator|readonly
                  [--title T]   (administratorer; passord: FREMDRIFT_PASSWORD_NEW eller skrives inn)
  user passwd [BRUKERNAVN]
                  bytt ditt eget passord, eller (administratorer) en annens
  user deactivate BRUKERNAVN
                  (administratorer) den ansatte beholder historikken, men kan ikke logge inn
  user role BRUKERNAVN caseworker|leader|administrator|readonly   (administratorer)
  client add --name NAVN | --given-name G --family-name F
             [--national-id ID] [--unit NAVN]
  client list [--search TEKST] [--limit N]
  client show ID  brukeren med kontakter og vedtak
  decision add --json FIL
                  et nytt utkast, i samme form som decision show skriver ut (- leser stdin)
  decision show ID
  decision list [--status S] [--client ID] [--unit NAVN]
                [--caseworker BRUKERNAVN] [--due-within-weeks N]
  decision submit|approve|put-in-force ID
  decision refuse|return-to-draft ID --comment TEKST
  decision send ID --date D --method post|digital|hand [--received D]
  decision end ID --date D
  meeting add --kind evaluation|follow_up|responsibility_group|other
              --start YYYY-MM-DDTHH:MM [--minutes-long N] [--client ID]
              [--review ID] [--place P] [--video URL] [--title T]
              [--participant "Navn|rolle|e-post"]... [--default-agenda]
  meeting show ID
  meeting list [--from D] [--to D] [--client ID]
  meeting ics ID [--out FIL.ics]
                  møtet som kalenderinvitasjon (til stdout uten --out)
  plan create --title T --deadline D [--start D] [--goal G] [--unit NAVN]...
              [--status S] [--caseworker BRUKERNAVN]... [--kind review|task]
  plan add-review PLAN --decision ID... | --unit NAVN... | --evaluation-before D
                  legg til evalueringer av disse vedtakene, eller av dem som passer
  plan show PLAN  planen med evalueringer, trinn, frister og hva som er forsinket
  plan list [--all]
                  aktive planer og hvor langt de har kommet (--all: også avsluttede)
  plan report PLAN --out FIL.pdf
  plan task PLAN --title T [--deadline D] [--responsible R]
  review show ID  trinnene og skjemaene i evalueringen, og hva som mangler i åpne trinn
  review complete-step ID TRINN [--date D] [--form-json FIL|-] [--notes N]
                  flett JSON-en inn i skjemaet for trinnet, og fullfør trinnet
  letter render --kind K --decision|--review|--meeting ID --out FIL.pdf
                [--language L] [--method post|digital|hand] [--date D] [--issue]
                  brevene til alle mottakerne i én PDF; --issue arkiverer dem og
                  fullfører trinnet (forhåndsvarsel) eller sender vedtaket
  letters batch --plan ID --kind pre_notice --out MAPPE [--combined FIL.pdf]
                  send ut forhåndsvarslene i planen, én PDF per brev
  letter show ID [--pdf FIL]
                  et utsendt brev: hvem, når, malversjon, SHA-256 kontrollert
  letter list [--client ID] [--decision ID] [--review ID] [--kind K]
  template check FIL --kind K
                  feilene i en mal, med linje og kolonne; returkode 0 når det ikke er noen
  import clients|decisions FIL [--dry-run]
                  hent inn saker fra CSV; returkode 0 bare når alle linjene er i orden
  audit log [--staff BRUKERNAVN] [--client ID] [--from D] [--to D] [--limit N]
                  (administratorer) revisjonsloggen, nyeste først
  audit access-report BRUKER_ID [--pdf FIL]
                  (administratorer) hvem som har åpnet eller endret opplysningene om brukeren
  rules deadline --jurisdiction no|se|dk --received D
                  klagefristen (krever ingen database)
  rules national-id --jurisdiction no|se|dk NUMMER [--test-data]
                  kontroller et fødselsnummer; returkode 0 bare når det er gyldig
En database med flere ansatte, der noen har passord, krever --user NAVN og passordet
til den ansatte: FREMDRIFT_PASSWORD, eller skrevet inn når du blir spurt i en terminal.
Utdata er JSON på stdout; feil går til stderr. Returkoder: 0 utført, 1 kommandoen
mislyktes, 2 feil bruk.
</translation>
    </message>
    <message>
        <location line="+150" />
        <source>Fremdrift's command-line tool.</source>
        <translation>Kommandolinjeverktøyet for Fremdrift.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file (default: $FREMDRIFT_DB, else the user's default database).</source>
        <translation>Databasefilen (standard: $FREMDRIFT_DB, ellers standarddatabasen din).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of messages: en, nb, sv or da.</source>
        <translation>Språk i meldingene: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Act as this staff user (username); default: the one matching the computer login, else the first administrator.</source>
        <translation>Arbeid som denne ansatte (brukernavn). Standard: den ansatte som har samme brukernavn som påloggingen på datamaskinen, ellers den første administratoren.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The command to run.</source>
        <translation>Kommandoen som skal kjøres.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No command given.</source>
        <translation>Ingen kommando er oppgitt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown command "%1".</source>
        <translation>Ukjent kommando "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="+30" />
        <source>Give the client's name: --name "Given Family", or --given-name and --family-name.</source>
        <translation>Oppgi brukerens navn: --name "Fornavn Etternavn", eller --given-name og --family-name.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The unit or home; a new name adds the unit.</source>
        <translation>Enheten eller boligen. Et nytt navn legger til enheten.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's full name; the last word is the family name.</source>
        <translation>Brukerens fulle navn. Det siste ordet blir etternavnet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The client's given name.</source>
        <translation>Brukerens fornavn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's family name.</source>
        <translation>Brukerens etternavn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's national ID number.</source>
        <translation>Brukerens fødselsnummer.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Only clients whose name, national ID or unit contain every word.</source>
        <translation>Bare brukere der navn, fødselsnummer eller enhet inneholder alle ordene.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most this many clients (default 500).</source>
        <translation>Høyst så mange brukere (standard 500).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="+81" />
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 does not hold a JSON object: %2</source>
        <translation>%1 inneholder ikke et JSON-objekt: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it holds something else</source>
        <translation>filen inneholder noe annet</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommands.cpp" line="+24" />
        <source>The decision in the shape "decision show" prints; - reads standard input.</source>
        <translation>Vedtaket i samme form som "decision show" skriver det ut. - leser fra standard input.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Why: recorded with the decision.</source>
        <translation>Begrunnelse. Lagres sammen med vedtaket.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>send: the date sent; end: the date it ends (YYYY-MM-DD).</source>
        <translation>send: datoen vedtaket ble sendt; end: datoen vedtaket avsluttes (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How it was sent: post, digital or hand.</source>
        <translation>Hvordan vedtaket ble sendt: post, digital eller hand (levert personlig).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When the client received it, if known; else it is assumed from the jurisdiction's rules (YYYY-MM-DD).</source>
        <translation>Når brukeren mottok vedtaket, hvis det er kjent. Ellers beregnes datoen etter reglene i lovverket (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+41" />
        <source>--method takes post, digital or hand, not "%1".</source>
        <translation>--method må være post, digital eller hand, ikke "%1".</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Only decisions in this state: %1.</source>
        <translation>Bare vedtak med denne statusen: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the decisions of the client with this id.</source>
        <translation>Bare vedtakene til brukeren med denne id-en.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the decisions of clients in this unit.</source>
        <translation>Bare vedtakene til brukere i denne enheten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the decisions of this caseworker (username).</source>
        <translation>Bare vedtakene til denne saksbehandleren (brukernavn).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only decisions due for evaluation within this many weeks, or overdue.</source>
        <translation>Bare vedtak som skal evalueres innen så mange uker, eller som skulle vært evaluert.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unknown status "%1".</source>
        <translation>Ukjent status "%1".</translation>
    </message>
    <message>
        <location line="+33" />
        <location filename="../app/cli/plancommands.cpp" line="+52" />
        <source>There is no unit called "%1".</source>
        <translation>Det finnes ingen enhet som heter "%1".</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../app/cli/plancommands.cpp" line="+21" />
        <source>There is no staff user with the username "%1".</source>
        <translation>Det finnes ingen ansatt med brukernavnet "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+33" />
        <source>Check every line and report the problems; write nothing.</source>
        <translation>Kontroller alle linjene og meld fra om feil, uten å lagre noe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>clients or decisions</source>
        <translation>clients eller decisions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The CSV file.</source>
        <translation>CSV-filen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Usage: import clients|decisions FILE [--dry-run]</source>
        <translation>Bruk: import clients|decisions FIL [--dry-run]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown import "%1": use clients or decisions.</source>
        <translation>Ukjent import "%1". Bruk clients eller decisions.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was imported: correct the lines above and import the file again.</source>
        <translation>Ingenting er importert. Rett linjene ovenfor, og importer filen på nytt.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulecommands.cpp" line="+14" />
        <source>The country whose rules apply: no, se or dk.</source>
        <translation>Hvilket lands regler som gjelder: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The date the decision reached the client.</source>
        <translation>Datoen vedtaket kom fram til brukeren.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Check as a test database does: accept synthetic test numbers.</source>
        <translation>Kontroller slik en testdatabase gjør: godta syntetiske testnumre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The national ID number.</source>
        <translation>Fødselsnummeret.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the national ID number to check.</source>
        <translation>Oppgi fødselsnummeret som skal kontrolleres.</translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="+22" />
        <source>The backup folder (default: a folder for this database in the user's local data folder).</source>
        <translation>Mappen for sikkerhetskopier (standard: en egen mappe for denne databasen i den lokale datamappen din).</translation>
    </message>
    <message>
        <location line="+45" />
        <source>How many backups to keep (default %1).</source>
        <translation>Hvor mange sikkerhetskopier som skal beholdes (standard %1).</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Replace the database without asking.</source>
        <translation>Erstatt databasen uten å spørre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The backup to restore.</source>
        <translation>Sikkerhetskopien som skal gjenopprettes.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Which backup? Give its file (see "backup list").</source>
        <translation>Hvilken sikkerhetskopi? Oppgi filen (se "backup list").</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This replaces %1 (last changed %2) with the backup %3; the current file is kept as %1.before-restore.</source>
        <translation>Dette erstatter %1 (sist endret %2) med sikkerhetskopien %3. Den nåværende filen blir tatt vare på som %1.before-restore.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This puts the backup %1 in place as %2.</source>
        <translation>Dette legger sikkerhetskopien %1 på plass som %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was changed: run again with --yes to do it.</source>
        <translation>Ingenting er endret. Kjør kommandoen på nytt med --yes for å gjennomføre det.</translation>
    </message>
    <message>
        <location filename="../app/cli/usercommands.cpp" line="+71" />
        <source>Give the new password in FREMDRIFT_PASSWORD_NEW, or run this on a terminal to type it.</source>
        <translation>Oppgi det nye passordet i FREMDRIFT_PASSWORD_NEW, eller kjør kommandoen i en terminal for å skrive det inn.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New password for %1: </source>
        <translation>Nytt passord for %1: </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The same password again: </source>
        <translation>Samme passord en gang til: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>De to passordene er ikke like. Ingenting er endret.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+212" />
        <source>Password for %1: </source>
        <translation>Passord for %1: </translation>
    </message>
    <message>
        <location line="-204" />
        <source>The new user's login name.</source>
        <translation>Brukernavnet den nye ansatte skal logge inn med.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Full name.</source>
        <translation>Fullt navn.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+118" />
        <source>caseworker, leader, administrator or readonly.</source>
        <translation>caseworker, leader, administrator eller readonly.</translation>
    </message>
    <message>
        <location line="-116" />
        <source>Job title.</source>
        <translation>Stillingstittel.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+118" />
        <source>Unknown role "%1": use caseworker, leader, administrator or readonly.</source>
        <translation>Ukjent rolle "%1". Bruk caseworker, leader, administrator eller readonly.</translation>
    </message>
    <message>
        <location line="-81" />
        <source>Whose password (administrators); default: your own.</source>
        <translation>Hvem passordet gjelder (for administratorer). Standard: ditt eget.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Who to deactivate.</source>
        <translation>Hvem som skal deaktiveres.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the user name of the user to deactivate.</source>
        <translation>Oppgi brukernavnet til den ansatte som skal deaktiveres.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Whose role to change.</source>
        <translation>Hvem som skal få ny rolle.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the user name and the new role, e.g. user role kari leader.</source>
        <translation>Oppgi brukernavnet og den nye rollen, for eksempel user role kari leader.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>A password is needed: set FREMDRIFT_PASSWORD, or run this on a terminal to type it.</source>
        <translation>Passord mangler. Sett FREMDRIFT_PASSWORD, eller kjør kommandoen i en terminal for å skrive det inn.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>This database has several users and needs a login: give --user NAME, and the password in FREMDRIFT_PASSWORD or typed when asked.</source>
        <translation>Denne databasen har flere ansatte med tilgang og krever innlogging: oppgi --user NAVN, og passordet i FREMDRIFT_PASSWORD eller skriv det inn når du blir spurt.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="+71" />
        <source>Only what this staff user did (username).</source>
        <translation>Bare det denne ansatte har gjort (brukernavn).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only rows about this client (id).</source>
        <translation>Bare rader om denne brukeren (id).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From this day.</source>
        <translation>Fra og med denne dagen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>To this day, inclusive.</source>
        <translation>Til og med denne dagen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most this many rows, newest first.</source>
        <translation>Høyst så mange rader, nyeste først.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--client needs a client's id, a whole number.</source>
        <translation>--client må være id-en til en bruker, et heltall.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>There is no staff user called "%1".</source>
        <translation>Det finnes ingen ansatt med tilgang som heter «%1».</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Also write the report as an A4 PDF file.</source>
        <translation>Skriv også rapporten til en PDF-fil i A4-format.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="+30" />
        <source>The kind of meeting: %1.</source>
        <translation>Møtetypen: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The id of the client the meeting is about.</source>
        <translation>Id-en til brukeren møtet gjelder.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The id of the review whose evaluation meeting this is.</source>
        <translation>Id-en til evalueringen som dette evalueringsmøtet hører til.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When it starts, local time: YYYY-MM-DDTHH:MM.</source>
        <translation>Når møtet starter, i lokal tid: YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How long it lasts in minutes (default 60).</source>
        <translation>Hvor lenge møtet varer, i minutter (standard 60).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where it is.</source>
        <translation>Hvor møtet holdes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The video meeting's link.</source>
        <translation>Lenken til videomøtet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A title for calendars.</source>
        <translation>En tittel som vises i kalendere.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A participant as "Name|role|email" (role and e-mail may be left out); repeat for each. Roles: %1.</source>
        <translation>En deltaker på formen "Navn|rolle|e-post" (rolle og e-post kan utelates). Gjenta for hver deltaker. Roller: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start the agenda from the jurisdiction's or Fremdrift's agenda for the kind of meeting.</source>
        <translation>Ta utgangspunkt i lovverkets eller Fremdrifts dagsorden for møtetypen.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>--kind takes %1, not "%2".</source>
        <translation>--kind må være %1, ikke "%2".</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--start takes a local time as YYYY-MM-DDTHH:MM, not "%1".</source>
        <translation>--start må være lokal tid på formen YYYY-MM-DDTHH:MM, ikke "%1".</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Only meetings on or after this day (YYYY-MM-DD).</source>
        <translation>Bare møter fra og med denne dagen (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only meetings on or before this day (YYYY-MM-DD).</source>
        <translation>Bare møter til og med denne dagen (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the meetings about the client with this id.</source>
        <translation>Bare møtene som gjelder brukeren med denne id-en.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Write the invitation to this .ics file rather than standard output.</source>
        <translation>Skriv invitasjonen til denne .ics-filen i stedet for til standard output.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="+17" />
        <source>Give the %1's id, a whole number, e.g. 12.</source>
        <translation>Oppgi id-en til %1, et heltall, for eksempel 12.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The plan's title.</source>
        <translation>Tittelen på planen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the plan is to achieve.</source>
        <translation>Hva planen skal oppnå.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A unit the plan covers; repeat for more.</source>
        <translation>En enhet som planen omfatter. Gjenta for flere.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When the plan starts (YYYY-MM-DD).</source>
        <translation>Når planen starter (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When everything must be done (YYYY-MM-DD).</source>
        <translation>Når alt må være gjort (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A note on where the plan stands.</source>
        <translation>En merknad om hvor langt planen har kommet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A responsible caseworker (username); repeat for more.</source>
        <translation>En ansvarlig saksbehandler (brukernavn). Gjenta for flere.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>review (reviews of decisions, the default) or task (plain tasks).</source>
        <translation>review (evaluering av vedtak, standard) eller task (vanlige oppgaver).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>--kind takes review or task, not "%1".</source>
        <translation>--kind må være review eller task, ikke "%1".</translation>
    </message>
    <message>
        <location line="+51" />
        <source>A decision to review (its id); repeat for more.</source>
        <translation>Et vedtak som skal evalueres (id-en). Gjenta for flere.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review the decisions of the clients in this unit; repeat for more.</source>
        <translation>Evaluer vedtakene til brukerne i denne enheten. Gjenta for flere.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Review the decisions due for evaluation before this date (YYYY-MM-DD).</source>
        <translation>Evaluer vedtakene som skal evalueres før denne datoen (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--decision takes a decision's id, a whole number, not "%1".</source>
        <translation>--decision må være id-en til et vedtak, et heltall, ikke "%1".</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No decision matches: none that applies and is not already under review.</source>
        <translation>Ingen vedtak passer: det finnes ingen gjeldende vedtak som ikke allerede er under evaluering.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+88" />
        <source>plan</source>
        <translation>planen</translation>
    </message>
    <message>
        <location line="-81" />
        <source>Give either --decision, or --unit and/or --evaluation-before.</source>
        <translation>Oppgi enten --decision, eller --unit og/eller --evaluation-before.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Closed plans too, not only open ones.</source>
        <translation>Også avsluttede planer, ikke bare aktive.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>What is to be done.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>By when (YYYY-MM-DD).</source>
        <translation>Innen når (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who is responsible.</source>
        <translation>Hvem som er ansvarlig.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The PDF file to write.</source>
        <translation>PDF-filen som skal skrives.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The day the step was done (YYYY-MM-DD); default today.</source>
        <translation>Datoen trinnet ble utført (YYYY-MM-DD). Standard: i dag.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>JSON to merge into the step's form before completing it; - reads standard input.</source>
        <translation>JSON som skal flettes inn i skjemaet for trinnet før det fullføres. - leser fra standard input.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes kept with the step.</source>
        <translation>Notater som lagres sammen med trinnet.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Review %1 has no step "%2"; its steps are: %3.</source>
        <translation>Evaluering %1 har ikke noe trinn som heter "%2". Trinnene er: %3.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>review</source>
        <translation>evalueringen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name the step to complete, e.g. pre_notice.</source>
        <translation>Oppgi trinnet som skal fullføres, for eksempel pre_notice.</translation>
    </message>
    <message>
        <location filename="../app/cli/lettercommands.cpp" line="+32" />
        <source>Unknown kind of letter "%1": use %2.</source>
        <translation>Ukjent brevtype "%1". Bruk %2.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unknown way of sending "%1": use post, digital or hand.</source>
        <translation>Ukjent sendemåte "%1". Bruk post, digital eller hand.</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+321" />
        <source>The kind of letter: %1.</source>
        <translation>Brevtypen: %1.</translation>
    </message>
    <message>
        <location line="-318" />
        <source>The decision (decision letters).</source>
        <translation>Vedtaket (vedtaksbrev).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The review (pre-notices).</source>
        <translation>Evalueringen (forhåndsvarsler).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The meeting (invitations, minutes).</source>
        <translation>Møtet (innkallinger, referater).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The letter's language (default: the country's).</source>
        <translation>Språket i brevet (standard: landets språk).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How it is sent: post (default), digital or hand.</source>
        <translation>Hvordan brevet sendes: post (standard), digital eller hand (levert personlig).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The letter's date (default today).</source>
        <translation>Datoen på brevet (standard: i dag).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The PDF file to write: every recipient's letter in one file.</source>
        <translation>PDF-filen som skal skrives: brevene til alle mottakerne i én fil.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Issue the letters: keep them in the archive and move the review or decision on, as the application does.</source>
        <translation>Send ut brevene: lagre dem i arkivet og før evalueringen eller vedtaket videre, slik programmet gjør.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Give exactly one of --decision ID, --review ID or --meeting ID.</source>
        <translation>Oppgi nøyaktig én av --decision ID, --review ID eller --meeting ID.</translation>
    </message>
    <message>
        <location line="+118" />
        <source>The progress plan.</source>
        <translation>Fremdriftsplanen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The kind of letter; pre_notice is issued in batches.</source>
        <translation>Brevtypen. pre_notice sendes ut samlet for hele planen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder for one PDF per letter.</source>
        <translation>Mappen for én PDF-fil per brev.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also write every letter into this one PDF, to print in one go.</source>
        <translation>Skriv også alle brevene til denne ene PDF-filen, slik at de kan skrives ut samlet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How they are sent: post (default), digital or hand.</source>
        <translation>Hvordan brevene sendes: post (standard), digital eller hand (levert personlig).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Only pre-notices (pre_notice) are issued for a whole plan.</source>
        <translation>Bare forhåndsvarsler (pre_notice) sendes ut for en hel plan.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The plan's id must be a number.</source>
        <translation>Id-en til planen må være et tall.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Could not create the folder %1.</source>
        <translation>Kunne ikke opprette mappen %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 of %2 reviews</source>
        <translation>%1 av %2 evalueringer</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Also write the PDF exactly as it was issued.</source>
        <translation>Lagre også PDF-filen nøyaktig slik brevet ble sendt ut.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Only this client's.</source>
        <translation>Bare brevene til denne brukeren.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this decision's.</source>
        <translation>Bare brevene for dette vedtaket.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this review's.</source>
        <translation>Bare brevene for denne evalueringen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this kind: %1.</source>
        <translation>Bare denne brevtypen: %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Give the template file to check.</source>
        <translation>Oppgi malfilen som skal kontrolleres.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94" />
        <source>Progress plans and reviews of care decisions.</source>
        <translation>Fremdriftsplaner og gjennomgang av vedtak om helse- og omsorgstjenester.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open this database file.</source>
        <translation>Åpne denne databasefilen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Interface language: en, nb, sv or da.</source>
        <translation>Språk i programmet: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save a picture of the window as PNG and exit.</source>
        <translation>Lagre et bilde av vinduet som PNG, og avslutt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The page to show: overview, plans, clients, decisions, meetings, templates, reports or settings.</source>
        <translation>Siden som skal vises: overview, plans, clients, decisions, meetings, templates, reports eller settings.</translation>
    </message>
</context>
</TS>
