<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../ui/clients/clienteditor.ui" line="+9" />
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;National ID:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Given name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Family name:</source>
        <translation>&amp;Efternavn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Birth date:</source>
        <translation>Fø&amp;dselsdato:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Posta&amp;l code, city:</source>
        <translation>Postnr. og b&amp;y:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Care</source>
        <translation>Tilbud og sagsbehandling</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Unit or home:</source>
        <translation>Enhed eller b&amp;otilbud:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Case&amp;worker:</source>
        <translation>&amp;Sagsbehandler:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location line="+5" />
        <source>GP na&amp;me:</source>
        <translation>Lægens &amp;navn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>GP p&amp;ractice:</source>
        <translation>&amp;Lægepraksis:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>G&amp;P phone:</source>
        <translation>Læ&amp;gens telefon:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Consent competence</source>
        <translation>Handleevne</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Competence:</source>
        <translation>&amp;Handleevne:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Assessed &amp;on:</source>
        <translation>&amp;Vurderet den:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Assessed b&amp;y:</source>
        <translation>Vu&amp;rderet af:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Individual plan</source>
        <translation>Individuel plan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Indi&amp;vidual plan:</source>
        <translation>&amp;Individuel plan:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Coor&amp;dinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No&amp;tes:</source>
        <translation>&amp;Bemærkninger:</translation>
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
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Posta&amp;l code, city:</source>
        <translation>Postnr. og &amp;by:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nearest rela&amp;tive</source>
        <translation>Nærmeste &amp;pårørende</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recei&amp;ves letters</source>
        <translation>&amp;Modtager breve</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the responsibility &amp;group</source>
        <translation>&amp;Deltager i netværksmøder</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group coor&amp;dinator</source>
        <translation>&amp;Koordinator for netværksmøder</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.ui" line="+9" />
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
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
        <translation>En database rummer en afdelings borgere, afgørelser, fremdriftsplaner og breve. Hvilket lands regler databasen følger, kan ikke ændres bagefter.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Country's rules:</source>
        <translation>Følger &amp;reglerne i:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Office name:</source>
        <translation>&amp;Afdelingens navn:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fill it with invented &amp;demo data to try Fremdrift out</source>
        <translation>Fyld databasen med opdigtede &amp;demodata, så du kan prøve Fremdrift af</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is a &amp;test database (accepts test ID numbers)</source>
        <translation>Dette er en &amp;testdatabase (accepterer testpersonnumre)</translation>
    </message>
</context>
<context>
    <name>NewDecisionDialog</name>
    <message>
        <location filename="../ui/decisions/newdecisiondialog.ui" line="+9" />
        <source>New decision</source>
        <translation>Ny afgørelse</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Client:</source>
        <translation>&amp;Borger:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Type a name, national ID or unit</source>
        <translation>Skriv navn, personnummer eller enhed</translation>
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
        <translation>Søg i:</translation>
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
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choose</source>
        <translation>&amp;Vælg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>Frem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create New Folder</source>
        <translation>Opret ny mappe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail View</source>
        <translation>Detaljevisning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;hidden files</source>
        <translation>Vis s&amp;kjulte filer</translation>
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
        <translation>Nylige steder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My Computer</source>
        <translation>Denne computer</translation>
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
        <translation>%1 findes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen blev ikke fundet.
Kontrollér, at filnavnet er skrevet rigtigt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Er du sikker på, at du vil slette '%1'?</translation>
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
        <translation>Ændret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My Computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-40" />
        <source>Show Details...</source>
        <translation>Vis detaljer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Skjul detaljer…</translation>
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
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Åbn</translation>
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
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>Ne&amp;j til alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Gendan standarder</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+42" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;Link Location</source>
        <translation>Kopiér l&amp;inkadresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../ui/decisions/senddialog.ui" line="+9" />
        <source>Register as sent</source>
        <translation>Registrér som sendt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Sent on:</source>
        <translation>&amp;Sendt den:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;How:</source>
        <translation>&amp;Forsendelse:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Received:</source>
        <translation>Modtaget:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Assume from the rules</source>
        <translation>&amp;Beregn ud fra reglerne</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Received on:</source>
        <translation>&amp;Modtaget den:</translation>
    </message>
</context>
<context>
    <name>fremdrift::AccessLog</name>
    <message>
        <location filename="../core/workflow/accesslog.cpp" line="+57" />
        <source>%1 (%2) may not see the audit log: only an administrator may.</source>
        <translation>%1 (%2) må ikke se revisionsloggen: det må kun en administrator.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AccessReportDocument</name>
    <message>
        <location filename="../core/documents/accessreport.cpp" line="+34" />
        <location line="+64" />
        <source>Who has accessed this client's record</source>
        <translation>Hvem har haft adgang til borgerens oplysninger</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Client:</source>
        <translation>Borger:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No access is logged.</source>
        <translation>Der er ikke logget nogen adgang.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Produced:</source>
        <translation>Udarbejdet:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Computer(s)</source>
        <translation>Computer(e)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First access</source>
        <translation>Første adgang</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last access</source>
        <translation>Seneste adgang</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Openings</source>
        <translation>Åbninger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <location line="+16" />
        <source>From the audit log of the record: every opening and every change, with who, when and from which computer.</source>
        <translation>Fra revisionsloggen for borgerens oplysninger: hver gang oplysningerne er åbnet eller ændret, med hvem, hvornår og fra hvilken computer.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Could not write the PDF file %1.</source>
        <translation>PDF-filen %1 kunne ikke skrives.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Accounts</name>
    <message>
        <location filename="../core/security/accounts.cpp" line="+80" />
        <source>The user name or the password is wrong.</source>
        <translation>Brugernavnet eller adgangskoden er forkert.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Too many wrong passwords. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>For mange forkerte adgangskoder. Vent %n minut, og prøv igen.</numerusform>
            <numerusform>For mange forkerte adgangskoder. Vent %n minutter, og prøv igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Too many wrong passwords. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>For mange forkerte adgangskoder. Vent %n sekund, og prøv igen.</numerusform>
            <numerusform>For mange forkerte adgangskoder. Vent %n sekunder, og prøv igen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>A user name needs 1 to 64 letters, digits, '.', '_', '-' or '@', and no spaces.</source>
        <translation>Et brugernavn skal bestå af 1 til 64 bogstaver, cifre, '.', '_', '-' eller '@' og må ikke indeholde mellemrum.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>%1 has no password yet. Ask an administrator to set one (fremdrift-cli user passwd %2).</source>
        <translation>%1 har endnu ingen adgangskode. Bed en administrator om at angive en (fremdrift-cli user passwd %2).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 is deactivated and cannot log in.</source>
        <translation>%1 er deaktiveret og kan ikke logge ind.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Set a password of your own first (fremdrift-cli user passwd), so that you can still log in once the database has more users.</source>
        <translation>Angiv først din egen adgangskode (fremdrift-cli user passwd), så du stadig kan logge ind, når databasen får flere brugere.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the user's full name.</source>
        <translation>Angiv brugerens fulde navn.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>There is already a staff user called "%1". Choose another user name.</source>
        <translation>Der er allerede en medarbejder med brugernavnet "%1". Vælg et andet brugernavn.</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+42" />
        <location line="+36" />
        <source>There is no staff user called "%1".</source>
        <translation>Der er ingen medarbejder med brugernavnet "%1".</translation>
    </message>
    <message>
        <location line="-74" />
        <source>The current password is wrong. The password is unchanged.</source>
        <translation>Den nuværende adgangskode er forkert. Adgangskoden er ikke ændret.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 is already deactivated.</source>
        <translation>%1 er allerede deaktiveret.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 is deactivated. Only an active user's role can be changed.</source>
        <translation>%1 er deaktiveret. Kun en aktiv brugers rolle kan ændres.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 already has the role %2.</source>
        <translation>%1 har allerede rollen %2.</translation>
    </message>
    <message>
        <location line="-293" />
        <source>%1 is the last active administrator. Make another user an administrator first.</source>
        <translation>%1 er den sidste aktive administrator. Gør først en anden bruger til administrator.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AddReviewsDialog</name>
    <message>
        <location filename="../ui/plans/addreviewsdialog.cpp" line="+36" />
        <source>Add decisions to review</source>
        <translation>Tilføj afgørelser til opfølgning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Decisions for clients at:</source>
        <translation>Afgørelser for borgere i:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Evaluation date before:</source>
        <translation>Opfølgningsdato før:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only decisions that apply and are in no open review are offered.</source>
        <translation>Der vises kun gældende afgørelser, som ikke indgår i en åben opfølgning.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Tick &amp;all</source>
        <translation>Markér &amp;alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tick &amp;none</source>
        <translation>Fjern alle &amp;markeringer</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Choose units or an evaluation date.</source>
        <translation>Vælg enheder eller en opfølgningsdato.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No decisions to add.</source>
        <translation>Der er ingen afgørelser at tilføje.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 of %n decision(s) ticked</source>
        <translation>
            <numerusform>%1 af %n afgørelse markeret</numerusform>
            <numerusform>%1 af %n afgørelser markeret</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tick at least one decision to add.</source>
        <translation>Markér mindst én afgørelse, der skal tilføjes.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AssessmentPanel</name>
    <message>
        <location filename="../ui/reviews/stepforms/assessmentpanel.cpp" line="+35" />
        <source>A new %1 assessment, dated. Score every item.</source>
        <translation>En ny %1-vurdering med dato. Angiv en score for hvert punkt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Assessed &amp;on:</source>
        <translation>&amp;Vurderet den:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Scores</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not scored</source>
        <translation>Ikke vurderet</translation>
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
        <translation>nej</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Opened</source>
        <translation>Åbnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted</source>
        <translation>Sendt til godkendelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused</source>
        <translation>Afvist</translation>
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
        <translation>Lukket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set the password</source>
        <translation>Adgangskode angivet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Took over editing</source>
        <translation>Redigering overtaget</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken back to draft</source>
        <translation>Taget tilbage til kladde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put in force</source>
        <translation>Sat i kraft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step completed</source>
        <translation>Trin afsluttet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step reopened</source>
        <translation>Trin genåbnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting linked</source>
        <translation>Møde tilknyttet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New decision started</source>
        <translation>Ny afgørelse påbegyndt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter issued</source>
        <translation>Brev udsendt</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+132" />
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location line="-131" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff user</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review step</source>
        <translation>Opfølgningstrin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter template</source>
        <translation>Brevskabelon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Office</source>
        <translation>Afdeling</translation>
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
        <translation>Borger %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PC</source>
        <translation>Computer</translation>
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
        <translation>Nogle rækker henviser til rækker, som ikke findes.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The backup %1 cannot be used. %2</source>
        <translation>Sikkerhedskopien %1 kan ikke bruges. %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup %1 was made by a newer version of Fremdrift (schema %2). Update Fremdrift to use it.</source>
        <translation>Sikkerhedskopien %1 er lavet med en nyere version af Fremdrift (skema %2). Opdatér Fremdrift for at kunne bruge den.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The backup %1 failed its check: %2</source>
        <translation>Sikkerhedskopien %1 bestod ikke kontrollen: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>At least one backup must be kept.</source>
        <translation>Der skal gemmes mindst én sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen til sikkerhedskopier %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The backup could not be made. %1</source>
        <translation>Sikkerhedskopien kunne ikke laves. %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The backup was made but failed its check, so it was discarded. %1</source>
        <translation>Sikkerhedskopien blev lavet, men bestod ikke kontrollen og er derfor slettet. %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The backup could not be given its name in %1.</source>
        <translation>Sikkerhedskopien kunne ikke få sit navn i %1.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>There is no backup %1.</source>
        <translation>Sikkerhedskopien %1 findes ikke.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup and the database are the same file.</source>
        <translation>Sikkerhedskopien og databasen er den samme fil.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The database is in use: %1. Ask them to close Fremdrift, then restore again. Nothing was replaced.</source>
        <translation>Databasen er i brug: %1. Bed dem om at lukke Fremdrift, og gendan derefter igen. Intet er erstattet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a Fremdrift database, so it was not replaced.</source>
        <translation>%1 er ikke en Fremdrift-database, så den er ikke erstattet.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The backup could not be copied to %1. Nothing was replaced.</source>
        <translation>Sikkerhedskopien kunne ikke kopieres til %1. Intet er erstattet.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The current database could not be kept as %1, so it was not replaced.</source>
        <translation>Den nuværende database kunne ikke gemmes som %1, så den er ikke erstattet.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The database %1 could not be replaced: %2. It was left as it was.</source>
        <translation>Databasen %1 kunne ikke erstattes: %2. Den er uændret.</translation>
    </message>
</context>
<context>
    <name>fremdrift::BatchDialog</name>
    <message>
        <location filename="../ui/letters/batchdialog.cpp" line="+49" />
        <source>Send pre-notices</source>
        <translation>Send varsler om opfølgning</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Each review's letters go to its client and to those who get the client's letters, such as a guardian, and complete the review's pre-notice step. A review whose letter lacks something is skipped and listed with the reason; the others are issued.</source>
        <translation>Brevene i hver opfølgning sendes til borgeren og til dem, der får kopi af borgerens breve, f.eks. en værge, og opfølgningens trin med varsel om opfølgning bliver udført. En opfølgning, hvor brevet mangler noget, springes over og vises på listen med årsagen; de øvrige breve bliver udsendt.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sent &amp;how:</source>
        <translation>&amp;Forsendelse:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>S&amp;top</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stops after the review whose letters are being issued now</source>
        <translation>Stopper efter den opfølgning, hvis breve er ved at blive udsendt nu</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Reviews skipped, with the reasons</source>
        <translation>Opfølgninger, der er sprunget over, med årsagerne</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save all as one &amp;PDF…</source>
        <translation>Gem alle som én &amp;PDF…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Start</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Every review in the plan has had its pre-notice.</source>
        <translation>Alle opfølgninger i planen har fået varsel om opfølgning.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews still without the pre-notice: %1 of %2.</source>
        <translation>Opfølgninger, der stadig mangler varsel om opfølgning: %1 af %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>There is no pre-notice left to send.</source>
        <translation>Der er ikke flere varsler om opfølgning at sende.</translation>
    </message>
    <message>
        <location line="+58" />
        <location line="+12" />
        <source>Stopping after this review…</source>
        <translation>Stopper efter denne opfølgning…</translation>
    </message>
    <message numerus="yes">
        <location line="-11" />
        <source>%1 of %n review(s) done</source>
        <translation>
            <numerusform>%1 af %n opfølgning færdig</numerusform>
            <numerusform>%1 af %n opfølgninger færdige</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>No letters were issued.</source>
        <translation>Der er ikke udsendt nogen breve.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Issued %n letter(s) for %1.</source>
        <translation>
            <numerusform>Der er udsendt %n brev i %1.</numerusform>
            <numerusform>Der er udsendt %n breve i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n opfølgning</numerusform>
            <numerusform>%n opfølgninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Stopped before the end: the pre-notice is still missing in %n review(s).</source>
        <translation>
            <numerusform>Stoppet før tid: varslet om opfølgning mangler stadig i %n opfølgning.</numerusform>
            <numerusform>Stoppet før tid: varslet om opfølgning mangler stadig i %n opfølgninger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Skipped %n review(s); solve what is listed and start again:</source>
        <translation>
            <numerusform>%n opfølgning er sprunget over; løs det, der står på listen, og start igen:</numerusform>
            <numerusform>%n opfølgninger er sprunget over; løs det, der står på listen, og start igen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>Pre-notices</source>
        <translation>Varsler om opfølgning</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save pre-notices as PDF</source>
        <translation>Gem varsler om opfølgning som PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pre-notices %1</source>
        <translation>Varsler %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::CandidateModel</name>
    <message>
        <location filename="../ui/plans/candidatemodel.cpp" line="+130" />
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>Opfølgning</translation>
    </message>
</context>
<context>
    <name>fremdrift::CaseloadImport</name>
    <message>
        <location filename="../core/importing/columnmap.cpp" line="+114" />
        <source>Column %1 has no name in the header, but this line has "%2" in it.</source>
        <translation>Kolonne %1 har intet navn i overskriftslinjen, men på denne linje står der "%2" i den.</translation>
    </message>
    <message>
        <location line="-25" />
        <source>The columns "%1" and "%2" both mean %3: keep one.</source>
        <translation>Kolonnerne "%1" og "%2" betyder begge %3: behold kun den ene.</translation>
    </message>
    <message>
        <location line="-56" />
        <source>Unknown column %1: check the spelling, or remove the column. The columns this file may have are: %2.</source>
        <translation>Ukendt kolonne %1: kontrollér stavemåden, eller fjern kolonnen. Filen kan have disse kolonner: %2.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Required column missing: %1.</source>
        <translation>Der mangler en påkrævet kolonne: %1.</translation>
    </message>
    <message>
        <location filename="../core/importing/importvalues.cpp" line="+66" />
        <source>"%1" is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>"%1" er ikke en dato: skriv den som YYYY-MM-DD eller DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../core/importing/stafflookup.cpp" line="+28" />
        <source>There is no staff user with the username "%1".</source>
        <translation>Der er ingen medarbejder med brugernavnet "%1".</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2) is deactivated.</source>
        <translation>%1 (%2) er deaktiveret.</translation>
    </message>
    <message>
        <location filename="../core/importing/csvimport.cpp" line="+67" />
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Filen er tom: den første linje skal indeholde kolonnernes navne.</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionimport.cpp" line="+58" />
        <source>Required column missing: client_national_id or client_id.</source>
        <translation>Der mangler en påkrævet kolonne: client_national_id eller client_id.</translation>
    </message>
    <message>
        <location filename="../core/importing/csvimport.cpp" line="+19" />
        <source>Line %1 could not be written, so nothing was imported: %2</source>
        <translation>Linje %1 kunne ikke gemmes, så intet er importeret: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The import could not be written, so nothing was imported: %1</source>
        <translation>Importen kunne ikke gemmes, så intet er importeret: %1</translation>
    </message>
    <message>
        <location filename="../core/importing/clientimport.cpp" line="+119" />
        <source>"%1" is not one of full, partial, none or not_assessed.</source>
        <translation>"%1" er ikke en af værdierne full, partial, none eller not_assessed.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>"%1" is not one of yes, no or needed.</source>
        <translation>"%1" er ikke en af værdierne yes, no eller needed.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 is also on line %2: each client only once.</source>
        <translation>%1 står også på linje %2: hver borger må kun stå der én gang.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 is already in the database: %2 (client %3).</source>
        <translation>%1 findes allerede i databasen: %2 (borger %3).</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionlines.cpp" line="+84" />
        <source>Every line needs the reference of the decision it belongs to.</source>
        <translation>Hver linje skal have nummeret på den afgørelse, den hører til.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>"%1" here, but "%2" on line %3: the lines of decision %4 must agree (or leave it empty).</source>
        <translation>"%1" her, men "%2" på linje %3: linjerne for afgørelse %4 skal stemme overens (eller lad feltet stå tomt).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Give the service: each line is one service of the decision.</source>
        <translation>Angiv ydelsen: hver linje er én ydelse i afgørelsen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" is not a number of hours a week, e.g. 7,5.</source>
        <translation>"%1" er ikke et antal timer pr. uge, f.eks. 7,5.</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionimport.cpp" line="+45" />
        <source>Decision %1 does not say whose it is: give client_national_id or client_id.</source>
        <translation>Det fremgår ikke, hvilken borger afgørelse %1 vedrører: angiv client_national_id eller client_id.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>There is no client with the national ID %1: import the clients first.</source>
        <translation>Der er ingen borger med personnummeret %1: importér borgerne først.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"%1" is not a client id (a whole number).</source>
        <translation>"%1" er ikke et borger-id (et helt tal).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Client %1 is not the client with the national ID given.</source>
        <translation>Borger %1 er ikke den borger, der har det angivne personnummer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no client with id %1.</source>
        <translation>Der er ingen borger med id %1.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Give the legal basis of decision %1.</source>
        <translation>Angiv lovgrundlaget for afgørelse %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" is not a status an import can give: use in_force (the default) or draft.</source>
        <translation>"%1" er ikke en status, der kan bruges ved import: brug in_force (standard) eller draft.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Decision %1 is in force: give the date it is valid from.</source>
        <translation>Afgørelse %1 er i kraft: angiv, hvilken dato den gælder fra.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Decision %1 is in force: give the date it will be evaluated.</source>
        <translation>Afgørelse %1 er i kraft: angiv opfølgningsdatoen.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Decision %1 is already in the database.</source>
        <translation>Afgørelse %1 findes allerede i databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ChoosePlanDialog</name>
    <message>
        <location filename="../ui/plans/chooseplandialog.cpp" line="+18" />
        <source>Add to plan</source>
        <translation>Tilføj til plan</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (deadline %2)</source>
        <translation>%1 (frist %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no open progress plan. Make one on the Plans page first.</source>
        <translation>Der er ingen åben fremdriftsplan. Opret først en på siden Fremdriftsplaner.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientContactsView</name>
    <message>
        <location filename="../ui/clients/clientcontactsview.cpp" line="+21" />
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location line="+11" />
        <source>People around the client</source>
        <translation>Personer omkring borgeren</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Remove contact</source>
        <translation>Fjern kontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove %1 (%2) from the people around this client?</source>
        <translation>Vil du fjerne %1 (%2) fra personerne omkring borgeren?</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDecisionsModel</name>
    <message>
        <location filename="../ui/clients/clientdecisionsmodel.cpp" line="+65" />
        <source>Reference</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>Opfølgning</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDetailPanel</name>
    <message>
        <location filename="../ui/clients/clientdetailpanel.cpp" line="+36" />
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose a client in the list to see their details, the people around them, their decisions and the history of their record.</source>
        <translation>Vælg en borger på listen for at se personoplysninger, personerne omkring borgeren, afgørelser og historik.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Personal details</source>
        <translation>Personoplysninger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People around</source>
        <translation>Personer omkring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letters</source>
        <translation>Breve</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The client's decisions</source>
        <translation>Borgerens afgørelser</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Double-click a decision to open it.</source>
        <translation>Dobbeltklik på en afgørelse for at åbne den.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>History of the client's record</source>
        <translation>Historik for borgerens oplysninger</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every change to this record: when, by whom and from which computer. The person has a right to see this.</source>
        <translation>Alle ændringer af oplysningerne: hvornår, af hvem og fra hvilken computer. Borgeren har ret til at se dette.</translation>
    </message>
    <message>
        <location line="+113" />
        <source>%1 was saved, but check: %2</source>
        <translation>%1 er gemt, men kontrollér: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 was saved.</source>
        <translation>%1 er gemt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDetailsView</name>
    <message>
        <location filename="../ui/clients/clientdetailsview.cpp" line="+41" />
        <source>Notes</source>
        <translation>Bemærkninger</translation>
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
        <translation>Personnummer:</translation>
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
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Care</source>
        <translation>Tilbud og sagsbehandling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit or home:</source>
        <translation>Enhed eller botilbud:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caseworker:</source>
        <translation>Sagsbehandler:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Primary contact:</source>
        <translation>Kontaktperson:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP:</source>
        <translation>Egen læge:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (phone %2)</source>
        <translation>%1 (tlf. %2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Guardian and relatives</source>
        <translation>Værge og pårørende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Guardian:</source>
        <translation>Værge:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nearest relative:</source>
        <translation>Nærmeste pårørende:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Letters also to:</source>
        <translation>Breve også til:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Responsibility group:</source>
        <translation>Deltagere i netværksmøder:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group coordinator:</source>
        <translation>Koordinator for netværksmøder:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Consent competence and plan</source>
        <translation>Handleevne og individuel plan</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, assessed %2</source>
        <translation>%1, vurderet %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, assessed %2 by %3</source>
        <translation>%1, vurderet %2 af %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consent competence:</source>
        <translation>Handleevne:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan:</source>
        <translation>Individuel plan:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan coordinator:</source>
        <translation>Koordinator for planen:</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientEditor</name>
    <message>
        <location filename="../ui/clients/clienteditor.cpp" line="+32" />
        <source>&amp;Take over</source>
        <translation>Ove&amp;rtag</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Postal code</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Choose or type a new unit</source>
        <translation>Vælg en enhed, eller skriv en ny</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <location line="+122" />
        <source>%1 They are no longer editing it: you can take over.</source>
        <translation>%1 Vedkommende redigerer ikke længere: du kan overtage.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>You can read this record but not change it.</source>
        <translation>Du kan læse oplysningerne, men ikke ændre dem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New client</source>
        <translation>Ny borger</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Client: %1</source>
        <translation>Borger: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Optional. Without it, enter the birth date.</source>
        <translation>Kan udelades. Udfyld i så fald fødselsdatoen.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The client was not saved:</source>
        <translation>Borgeren er ikke gemt:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This is the client as now saved. Make your changes again and save.</source>
        <translation>Sådan er borgeren gemt nu. Lav dine ændringer igen, og gem.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Kind of national ID</source>
        <translation>Type af personnummer</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientHistoryModel</name>
    <message>
        <location filename="../ui/clients/clienthistorymodel.cpp" line="+65" />
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Client record created</source>
        <translation>Borgeren er oprettet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved without changes</source>
        <translation>Gemt uden ændringer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Updated: %1</source>
        <translation>Opdateret: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Contact added: %1</source>
        <translation>Kontakt tilføjet: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact removed: %1</source>
        <translation>Kontakt fjernet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact changed: %1</source>
        <translation>Kontakt ændret: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Decision drafted</source>
        <translation>Kladde til afgørelse oprettet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Decision draft saved</source>
        <translation>Kladde til afgørelse gemt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision draft changed: %1</source>
        <translation>Kladde til afgørelse ændret: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+2" />
        <source>Decision: %1</source>
        <translation>Afgørelse: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>given name</source>
        <translation>fornavn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>family name</source>
        <translation>efternavn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>national ID</source>
        <translation>personnummer</translation>
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
        <translation>by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unit</source>
        <translation>enhed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>caseworker</source>
        <translation>sagsbehandler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP</source>
        <translation>egen læge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP practice</source>
        <translation>lægepraksis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP phone</source>
        <translation>lægens telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consent competence</source>
        <translation>handleevne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consent assessed on</source>
        <translation>handleevne vurderet den</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consent assessed by</source>
        <translation>handleevne vurderet af</translation>
    </message>
    <message>
        <location line="+1" />
        <source>individual plan</source>
        <translation>individuel plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>plan coordinator</source>
        <translation>koordinator for planen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>notes</source>
        <translation>bemærkninger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>legal basis</source>
        <translation>lovgrundlag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>valid from</source>
        <translation>gælder fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>valid to</source>
        <translation>gælder til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>evaluation date</source>
        <translation>opfølgningsdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>services</source>
        <translation>ydelser</translation>
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
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientRepository</name>
    <message>
        <location filename="../core/repository/clientrepository.cpp" line="+169" />
        <source>There is no client with id %1.</source>
        <translation>Der er ingen borger med id %1.</translation>
    </message>
    <message>
        <location line="+136" />
        <source>The contact was saved but could not be read back.</source>
        <translation>Kontakten er gemt, men kunne ikke læses igen bagefter.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>The unit needs a name.</source>
        <translation>Enheden skal have et navn.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientRules</name>
    <message>
        <location filename="../core/workflow/clientrules.cpp" line="+42" />
        <source>Enter the client's given name.</source>
        <translation>Skriv borgerens fornavn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the client's family name.</source>
        <translation>Skriv borgerens efternavn.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The birth date is in the future.</source>
        <translation>Fødselsdatoen ligger i fremtiden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The date consent competence was assessed is in the future.</source>
        <translation>Datoen for vurderingen af handleevnen ligger i fremtiden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date consent competence was assessed.</source>
        <translation>Angiv, hvornår handleevnen blev vurderet.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+12" />
        <source>The e-mail address is not complete, e.g. name@example.no.</source>
        <translation>E-mailadressen er ikke fuldstændig. Skriv den som f.eks. navn@eksempel.dk.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Enter the contact's name.</source>
        <translation>Skriv kontaktens navn.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Letters need a postal address: enter one, or untick "receives letters".</source>
        <translation>Der skal være en postadresse, for at personen kan få breve: skriv adressen, eller fjern fluebenet ved "Modtager breve".</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientTerms</name>
    <message>
        <location filename="../core/domain/client.cpp" line="+115" />
        <source>Not assessed</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Has consent competence</source>
        <translation>Har handleevne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partial consent competence</source>
        <translation>Delvis handleevne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lacks consent competence</source>
        <translation>Mangler handleevne</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No individual plan</source>
        <translation>Ingen individuel plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Has an individual plan</source>
        <translation>Har en individuel plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Individual plan needed</source>
        <translation>Har brug for en individuel plan</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Guardian</source>
        <translation>Værge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relative</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Primary contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Specialist</source>
        <translation>Speciallæge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other</source>
        <translation>Anden</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientsPage</name>
    <message>
        <location filename="../ui/clients/clientspage.cpp" line="+37" />
        <source>&amp;New client…</source>
        <translation>&amp;Ny borger…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Search by name, national ID or unit</source>
        <translation>Søg på navn, personnummer eller enhed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search clients</source>
        <translation>Søg efter borgere</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Search (%1)</source>
        <translation>Søg (%1)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Clients</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location line="+50" />
        <source>No database is open</source>
        <translation>Ingen database er åben</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>The first %n clients; type more to narrow the list.</source>
        <translation>
            <numerusform>Den første %n borger; skriv mere for at afgrænse listen.</numerusform>
            <numerusform>De første %n borgere; skriv mere for at afgrænse listen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n borger</numerusform>
            <numerusform>%n borgere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::CommentDialog</name>
    <message>
        <location filename="../ui/decisions/commentdialog.cpp" line="+50" />
        <source>Write the reason: it is recorded.</source>
        <translation>Skriv begrundelsen. Den bliver registreret.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ContactDialog</name>
    <message>
        <location filename="../ui/clients/contactdialog.cpp" line="+25" />
        <source>Postal code</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copies of letters to the client go to this person too.</source>
        <translation>Personen får også en kopi af breve til borgeren.</translation>
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
        <translation>Kontakten er ikke gemt:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This is the contact as now saved. Make your changes again and save.</source>
        <translation>Sådan er kontakten gemt nu. Lav dine ændringer igen, og gem.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Someone has removed this contact in the meantime.</source>
        <translation>En anden har fjernet kontakten i mellemtiden.</translation>
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
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 (group coordinator)</source>
        <translation>%1 (koordinator)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Nearest relative</source>
        <translation>Nærmeste pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receives copies of letters</source>
        <translation>Får kopi af breve</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Member of the responsibility group</source>
        <translation>Deltager i netværksmøder</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Relation</source>
        <translation>Relation</translation>
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
        <translation>Breve</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group</source>
        <translation>Netværk</translation>
    </message>
</context>
<context>
    <name>fremdrift::CsvReader</name>
    <message>
        <location filename="../core/importing/csvreader.cpp" line="+209" />
        <source>A quotation mark that opens a field on this line is never closed, so the rest of the file cannot be read.</source>
        <translation>Et anførselstegn, der åbner et felt på denne linje, bliver aldrig lukket, så resten af filen kan ikke læses.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The line has %1 fields, but the header has %2 columns. A field holding "%3" or a line break must be in double quotes.</source>
        <translation>Linjen har %1 felter, men overskriftslinjen har %2 kolonner. Et felt, der indeholder "%3" eller et linjeskift, skal stå i dobbelte anførselstegn.</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+6" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+44" />
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan ikke læses: %2.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The folder %1 does not exist. Choose an existing folder or create it first.</source>
        <translation>Mappen %1 findes ikke. Vælg en mappe, der findes, eller opret mappen først.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>This database was made by a newer version of Fremdrift (schema %1; this version knows up to %2). It is open read-only: update Fremdrift to make changes.</source>
        <translation>Databasen er lavet med en nyere version af Fremdrift (skema %1; denne version kender op til %2). Den er åbnet skrivebeskyttet: opdatér Fremdrift for at kunne ændre i den.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The database %1 cannot be opened. %2</source>
        <translation>Databasen %1 kan ikke åbnes. %2</translation>
    </message>
    <message>
        <location line="-82" />
        <source>No database file was given.</source>
        <translation>Der er ikke angivet nogen databasefil.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>There is no file %1. Check the name, or create a new database.</source>
        <translation>Filen %1 findes ikke. Kontrollér navnet, eller opret en ny database.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a folder, not a Fremdrift database.</source>
        <translation>%1 er en mappe, ikke en Fremdrift-database.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a Fremdrift database: it is not an SQLite database file at all. Nothing was changed.</source>
        <translation>%1 er ikke en Fremdrift-database: det er slet ikke en SQLite-databasefil. Intet er ændret.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is an SQLite database, but not one made by Fremdrift. Nothing was changed.</source>
        <translation>%1 er en SQLite-database, men den er ikke lavet af Fremdrift. Intet er ændret.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database is open read-only, as asked.</source>
        <translation>Databasen er åbnet skrivebeskyttet, som ønsket.</translation>
    </message>
    <message>
        <location line="-113" />
        <source>The file is read-only, so the database was opened for reading only.</source>
        <translation>Filen er skrivebeskyttet, så databasen er kun åbnet til læsning.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>%1 is in a cloud-sync folder (%2). Fremdrift does not use a database there: the sync program copies the file while it is being written, so changes are lost and the file can be damaged. Nothing was changed. Move the database to a folder on this computer or to the office's network drive.</source>
        <translation>%1 ligger i en skysynkroniseret mappe (%2). Fremdrift bruger ikke en database dér: synkroniseringsprogrammet kopierer filen, mens der skrives i den, så ændringer går tabt, og filen kan blive beskadiget. Intet er ændret. Flyt databasen til en mappe på denne computer eller til afdelingens netværksdrev.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The folder %1 is read-only, so the database was opened for reading only.</source>
        <translation>Mappen %1 er skrivebeskyttet, så databasen er kun åbnet til læsning.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The database %1 cannot be opened: the SQLite driver did not give access to its connection.</source>
        <translation>Databasen %1 kan ikke åbnes: SQLite-driveren gav ikke adgang til forbindelsen.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The file %1 already exists. Open it, or choose another name for the new database.</source>
        <translation>Filen %1 findes allerede. Åbn den, eller vælg et andet navn til den nye database.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The database %1 could not be created. %2</source>
        <translation>Databasen %1 kunne ikke oprettes. %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The database %1 is damaged and cannot be opened. Nothing was changed. Restore it from a backup.</source>
        <translation>Databasen %1 er beskadiget og kan ikke åbnes. Intet er ændret. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The database setting %1 could not be set (it is %2, expected %3).</source>
        <translation>Databaseindstillingen %1 kunne ikke indstilles (den er %2, men skulle være %3).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The database %1 must be upgraded to this version of Fremdrift, but it is read-only. Open it where it can be written, or with the version of Fremdrift that made it.</source>
        <translation>Databasen %1 skal opgraderes til denne version af Fremdrift, men den er skrivebeskyttet. Åbn den fra et sted, hvor du har skriveadgang, eller med den version af Fremdrift, den blev lavet med.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database could not be upgraded to schema %1; it was left as it was. %2</source>
        <translation>Databasen kunne ikke opgraderes til skema %1; den er uændret. %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The database does not say which country's rules it follows (found "%1"; expected NO, SE or DK).</source>
        <translation>Det fremgår ikke af databasen, hvilket lands regler den følger (fandt "%1"; forventede NO, SE eller DK).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The database is open read-only.</source>
        <translation>Databasen er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The setting %1 is not in the database.</source>
        <translation>Indstillingen %1 findes ikke i databasen.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The file is not marked as a Fremdrift database.</source>
        <translation>Filen er ikke markeret som en Fremdrift-database.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The schema version is %1; this version of Fremdrift expects %2.</source>
        <translation>Skemaversionen er %1; denne version af Fremdrift forventer %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A row in %1 (row %2) points to a missing row in %3.</source>
        <translation>En række i %1 (række %2) henviser til en række i %3, som ikke findes.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The table %1 is missing.</source>
        <translation>Tabellen %1 mangler.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file is in WAL mode, which is unsafe on network drives.</source>
        <translation>Filen er i WAL-tilstand, hvilket ikke er sikkert på netværksdrev.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The protection %1 has been removed from the database.</source>
        <translation>Beskyttelsen %1 er fjernet fra databasen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The audit log has been tampered with: row %1 was changed, or a row before it was removed.</source>
        <translation>Der er pillet ved loggen over ændringer: række %1 er ændret, eller en række før den er fjernet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database does not say which country's rules it follows.</source>
        <translation>Det fremgår ikke af databasen, hvilket lands regler den følger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionEditor</name>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+52" />
        <source>Basis, dates and services</source>
        <translation>Lovgrundlag, datoer og ydelser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Text sections</source>
        <translation>Tekstafsnit</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionheader.cpp" line="+66" />
        <source>&amp;Reload</source>
        <translation>G&amp;enindlæs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the decision as it is saved now; your changes here are dropped.</source>
        <translation>Hent afgørelsen, som den er gemt nu; dine ændringer her går tabt.</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisiondatesform.cpp" line="+69" />
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;No end date</source>
        <translation>Ingen &amp;slutdato</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decisions on long-term services usually have no fixed end date; they are evaluated instead.</source>
        <translation>Afgørelser om længerevarende ydelser har normalt ingen fast slutdato; i stedet følges der op på dem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Required: the letter must say when the decision will be evaluated.</source>
        <translation>Skal udfyldes: brevet skal oplyse, hvornår der bliver fulgt op på afgørelsen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Legal basis:</source>
        <translation>Lo&amp;vgrundlag:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Valid &amp;from:</source>
        <translation>Gælder &amp;fra:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Until:</source>
        <translation>&amp;Til og med:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Evaluation:</source>
        <translation>&amp;Opfølgning:</translation>
    </message>
    <message>
        <location line="-65" />
        <source>Choose the legal basis…</source>
        <translation>Vælg lovgrundlag…</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionservicespanel.cpp" line="+41" />
        <source>Services</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Add service</source>
        <translation>Tilføj &amp;ydelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+39" />
        <source>&amp;Save draft</source>
        <translation>&amp;Gem kladde</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Take over</source>
        <translation>Ove&amp;rtag</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionheader.cpp" line="+84" />
        <source>Submitted for approval %1.</source>
        <translation>Sendt til godkendelse %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Approved by %1, %2.</source>
        <translation>Godkendt af %1, %2.</translation>
    </message>
    <message>
        <location line="-107" />
        <source>Sent %1 (%2).</source>
        <translation>Sendt %1 (%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assumed received %1.</source>
        <translation>Anses for modtaget %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Received %1.</source>
        <translation>Modtaget %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force from %1.</source>
        <translation>I kraft fra %1.</translation>
    </message>
    <message>
        <location line="+104" />
        <source>Ended %1.</source>
        <translation>Afsluttet %1.</translation>
    </message>
    <message>
        <location line="-34" />
        <source>%1, not saved yet</source>
        <translation>%1, endnu ikke gemt</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Refused by the leader:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Afvist af lederen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionservicespanel.cpp" line="+66" />
        <source>Previous allocation (%1) → new</source>
        <translation>Hidtidig bevilling (%1) → ny</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Own time %1 h, shared time %2 h a week</source>
        <translation>Individuel tid %1 t, fælles tid %2 t pr. uge</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+107" />
        <source>%1 They are no longer editing it: you can take over.</source>
        <translation>%1 Vedkommende redigerer ikke længere: du kan overtage.</translation>
    </message>
    <message>
        <location line="+145" />
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The decision was moved on to "%1" meanwhile and can no longer be merged. Reload it to see it as saved.</source>
        <translation>Afgørelsen har i mellemtiden fået status "%1" og kan ikke længere flettes. Genindlæs den for at se den, som den er gemt.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Reference</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid from</source>
        <translation>Gælder fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid until</source>
        <translation>Gælder til og med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replaces decision</source>
        <translation>Erstatter afgørelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Services and hours</source>
        <translation>Ydelser og timer</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: own %2 h, shared %3 h a week</source>
        <translation>%1: individuel tid %2 t, fælles tid %3 t pr. uge</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Why is it refused? The caseworker sees your comment above the draft.</source>
        <translation>Hvorfor afvises afgørelsen? Sagsbehandleren ser din kommentar øverst i kladden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Why does it go back to draft? The reason is recorded.</source>
        <translation>Hvorfor skal afgørelsen tilbage til kladde? Begrundelsen bliver registreret.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>End the decision today, %1?</source>
        <translation>Vil du afslutte afgørelsen i dag, %1?</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Before it can go for approval:</source>
        <translation>Før afgørelsen kan sendes til godkendelse:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: the decision is now "%2".</source>
        <translation>%1: afgørelsen har nu status "%2".</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not saved:</source>
        <translation>Ikke gemt:</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the changes to this draft?</source>
        <translation>Vil du gemme ændringerne i kladden?</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionListModel</name>
    <message>
        <location filename="../ui/decisions/decisionlistmodel.cpp" line="+108" />
        <source>The evaluation date has passed.</source>
        <translation>Opfølgningsdatoen er overskredet.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Own time, hours a week</source>
        <translation>Individuel tid, timer pr. uge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time shared with others, hours a week</source>
        <translation>Fælles tid med andre, timer pr. uge</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reference</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Own h</source>
        <translation>Indiv. t</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared h</source>
        <translation>Fælles t</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionRepository</name>
    <message>
        <location filename="../core/repository/decisionrepository.cpp" line="+131" />
        <source>There is no decision with id %1.</source>
        <translation>Der er ingen afgørelse med id %1.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The decision is "%1" and cannot be changed. Take it back to draft first; that is recorded.</source>
        <translation>Afgørelsen har status "%1" og kan ikke ændres. Send den først tilbage til kladde; det bliver registreret.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionRules</name>
    <message>
        <location filename="../core/workflow/decisionworkflow.cpp" line="+64" />
        <source>Service %1: "%2" is not in the catalogue of services.</source>
        <translation>Ydelse %1: "%2" findes ikke i ydelseskataloget.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Service %1 (%2) cannot be granted under the legal basis chosen.</source>
        <translation>Ydelse %1 (%2) kan ikke bevilges efter det valgte lovgrundlag.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Service %1: own time must be between 0 and 168 hours a week.</source>
        <translation>Ydelse %1: individuel tid skal være mellem 0 og 168 timer pr. uge.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Service %1: shared time must be between 0 and 168 hours a week.</source>
        <translation>Ydelse %1: fælles tid skal være mellem 0 og 168 timer pr. uge.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Service %1: own and shared time together come to %2 hours, more than the 168 hours in a week.</source>
        <translation>Ydelse %1: individuel og fælles tid giver tilsammen %2 timer, og det er mere end de 168 timer, der er i en uge.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Submit for approval</source>
        <translation>Send til godkendelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refuse</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to draft</source>
        <translation>Tilbage til kladde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Register as sent</source>
        <translation>Registrér som sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put in force</source>
        <translation>Sæt i kraft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose the client.</source>
        <translation>Vælg borgeren.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a legal basis in this country's catalogue.</source>
        <translation>"%1" er ikke et lovgrundlag i dette lands katalog.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The end date comes before the date the decision is valid from.</source>
        <translation>Slutdatoen ligger før den dato, afgørelsen gælder fra.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The evaluation date must come after the date the decision is valid from.</source>
        <translation>Opfølgningsdatoen skal ligge efter den dato, afgørelsen gælder fra.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Choose the legal basis.</source>
        <translation>Vælg lovgrundlaget.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the date the decision is valid from.</source>
        <translation>Angiv, hvilken dato afgørelsen gælder fra.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the date the decision will be evaluated: the letter must say when.</source>
        <translation>Angiv opfølgningsdatoen: brevet skal oplyse, hvornår der bliver fulgt op.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add at least one service, with its hours.</source>
        <translation>Tilføj mindst én ydelse med timetal.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write the section "%1".</source>
        <translation>Skriv afsnittet "%1".</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" is not possible while the decision is "%2".</source>
        <translation>"%1" er ikke muligt, mens afgørelsen har status "%2".</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Say why the decision is refused, so the caseworker knows what to change.</source>
        <translation>Skriv, hvorfor afgørelsen afvises, så sagsbehandleren ved, hvad der skal ændres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Say why the decision goes back to draft: it is recorded.</source>
        <translation>Skriv, hvorfor afgørelsen skal tilbage til kladde. Begrundelsen bliver registreret.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give the date it was sent.</source>
        <translation>Angiv, hvornår afgørelsen blev sendt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The date sent cannot be in the future.</source>
        <translation>Afsendelsesdatoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say how it was sent: by post, digitally or by hand.</source>
        <translation>Angiv, hvordan afgørelsen blev sendt: med post, digitalt eller udleveret personligt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It cannot have been received before it was sent.</source>
        <translation>Afgørelsen kan ikke være modtaget, før den blev sendt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The complaint deadline runs until %1: the decision can be put in force from %2, or earlier only with a reason, which is recorded.</source>
        <translation>Klagefristen udløber %1: afgørelsen kan sættes i kraft fra %2 – tidligere kun med en begrundelse, som bliver registreret.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the date it ends.</source>
        <translation>Angiv, hvornår afgørelsen ophører.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionSentForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/decisionsentform.cpp" line="+18" />
        <source>&amp;Write the new decision</source>
        <translation>&amp;Skriv den nye afgørelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open decision</source>
        <translation>&amp;Åbn afgørelsen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A new draft that replaces the decision under review, started from the investigation and the estimated hours.</source>
        <translation>En ny kladde, der erstatter den afgørelse, der følges op på, med udgangspunkt i udredningen og det skønnede timetal.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>What the decision must contain, as read from the decision:</source>
        <translation>Det skal afgørelsen indeholde – kontrolleret ud fra afgørelsen:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New %1: %2, %3.</source>
        <translation>Ny %1: %2, %3.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No new %1 has been written yet.</source>
        <translation>Der er endnu ikke skrevet nogen ny %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Write the new decision to see what it contains.</source>
        <translation>Skriv den nye afgørelse for at se, hvad den indeholder.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionServicesModel</name>
    <message>
        <location filename="../ui/decisions/decisionservicesmodel.cpp" line="+208" />
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Own h/week</source>
        <translation>Indiv. t/uge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared h/week</source>
        <translation>Fælles t/uge</translation>
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
        <translation>Relevante helbredsoplysninger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Functioning and assessed needs</source>
        <translation>Funktionsevne og vurderede behov</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs in all areas of life</source>
        <translation>Behov på alle livsområder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The person's own needs, wishes and goals</source>
        <translation>Borgerens egne behov, ønsker og mål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User participation</source>
        <translation>Borgerens medvirken</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relatives' participation</source>
        <translation>Inddragelse af pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The municipality's assessment</source>
        <translation>Kommunens vurdering</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Awaiting approval</source>
        <translation>Afventer godkendelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force</source>
        <translation>I kraft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replaced</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location line="+31" />
        <source>By post</source>
        <translation>Med post</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Digitally</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By hand</source>
        <translation>Udleveret personligt</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionsPage</name>
    <message>
        <location filename="../ui/decisions/decisionspage.cpp" line="+136" />
        <source>Evaluation due within</source>
        <translation>Opfølgning inden for</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decisions that still apply whose evaluation date falls within this many weeks, or has passed.</source>
        <translation>Gældende afgørelser, hvor opfølgningsdatoen falder inden for så mange uger eller allerede er overskredet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>weeks</source>
        <translation>uger</translation>
    </message>
    <message>
        <location line="+4" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;aseworker:</source>
        <translation>&amp;Sagsbehandler:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;New decision…</source>
        <translation>&amp;Ny afgørelse…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision &amp;letter…</source>
        <translation>Afgørelses&amp;brev…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Writes the letter for an approved decision and sends it, or another copy of the letter for a decision already sent</source>
        <translation>Skriver brevet til en godkendt afgørelse og sender det – eller en ny kopi af brevet til en afgørelse, der allerede er sendt</translation>
    </message>
    <message>
        <location line="+63" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All units</source>
        <translation>Alle enheder</translation>
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
            <numerusform>%n afgørelse</numerusform>
            <numerusform>%n afgørelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>%n letter(s) issued and kept in the archive.</source>
        <translation>
            <numerusform>%n brev er udsendt og gemt i arkivet.</numerusform>
            <numerusform>%n breve er udsendt og gemt i arkivet.</numerusform>
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
            <numerusform>Forsinket: frist %1, for %n dage siden</numerusform>
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
        <translation>Borger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
</context>
<context>
    <name>fremdrift::EstimatesPanel</name>
    <message>
        <location filename="../ui/reviews/stepforms/estimatespanel.cpp" line="+43" />
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Own hours a week</source>
        <translation>Individuelle timer pr. uge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shared hours a week</source>
        <translation>Fælles timer pr. uge</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Add service</source>
        <translation>Tilføj &amp;ydelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;move service</source>
        <translation>F&amp;jern ydelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start from the &amp;previous allocation</source>
        <translation>Tag udgangspunkt i den &amp;hidtidige bevilling</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Previous allocation (%1) and the changes</source>
        <translation>Hidtidig bevilling (%1) og ændringerne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No previous allocation</source>
        <translation>Ingen hidtidig bevilling</translation>
    </message>
</context>
<context>
    <name>fremdrift::FieldPicker</name>
    <message>
        <location filename="../ui/templates/fieldpicker.cpp" line="+26" />
        <source>Insert &amp;field</source>
        <translation>Indsæt &amp;felt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Insert &amp;section</source>
        <translation>Indsæt sek&amp;tion</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find a field</source>
        <translation>Find et felt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Merge fields</source>
        <translation>Flettefelter</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Inserts the field at the cursor, as {{name}}.</source>
        <translation>Indsætter feltet ved markøren som {{name}}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wraps the selected text in a section: printed only when the field is not empty, or marked as the required part.</source>
        <translation>Lægger den markerede tekst i en sektion, som kun udskrives, når feltet ikke er tomt, eller som markerer den lovpligtige del.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>%1 (a table or list: put it on a line of its own)</source>
        <translation>%1 (en tabel eller liste: sæt den på sin egen linje)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Parts the law requires</source>
        <translation>Dele, som loven kræver</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark where the letter says each of these; the letter check looks for every one.</source>
        <translation>Markér, hvor brevet oplyser hvert af disse punkter; brevkontrollen leder efter dem alle.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Choose a field to see what it holds.</source>
        <translation>Vælg et felt for at se, hvad det indeholder.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The office</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The letter</source>
        <translation>Brevet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client</source>
        <translation>Borgeren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The guardian</source>
        <translation>Værgen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The caseworker</source>
        <translation>Sagsbehandleren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The leader who approved</source>
        <translation>Lederen, der godkendte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The decision</source>
        <translation>Afgørelsen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous decision</source>
        <translation>Den tidligere afgørelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaint</source>
        <translation>Klage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The review</source>
        <translation>Opfølgningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The meeting</source>
        <translation>Mødet</translation>
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
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Show the record as now saved; your changes here are lost.</source>
        <translation>Vis oplysningerne, som de er gemt nu; dine ændringer her går tabt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ICalendar</name>
    <message>
        <location filename="../core/documents/icalendar.cpp" line="+29" />
        <source>Client: %1</source>
        <translation>Borger: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Video meeting: %1</source>
        <translation>Videomøde: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agenda:</source>
        <translation>Dagsorden:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Also taking part:</source>
        <translation>Øvrige deltagere:</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The invitation could not be written to %1: %2</source>
        <translation>Mødeindkaldelsen kunne ikke gemmes i %1: %2</translation>
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
        <translation>&amp;Sæt i kraft</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Department leader informed on:</source>
        <translation>Afdelingsleder orienteret den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Primary contact informed on:</source>
        <translation>Kontaktperson orienteret den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action plan updated on:</source>
        <translation>Handleplan opdateret den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Care record updated on:</source>
        <translation>Journal opdateret den:</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No new %1 has been written yet.</source>
        <translation>Der er endnu ikke skrevet nogen ny %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New %1 %2: in force from %3.</source>
        <translation>Ny %1 %2: i kraft fra %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New %1 %2 is "%3": it is put in force after it has been sent and its %4 has passed.</source>
        <translation>Den nye %1 %2 har status "%3": den sættes i kraft, når den er sendt, og der ikke længere er %4.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New %1 %2 is "%3". %4: %5. It can be put in force here or on the decisions page once that has passed.</source>
        <translation>Den nye %1 %2 har status "%3". %4: %5. Den kan sættes i kraft her eller på siden Afgørelser, når fristen er udløbet.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Put in force early…</source>
        <translation>Sæt i kraft &amp;før tid…</translation>
    </message>
</context>
<context>
    <name>fremdrift::InvestigationFinishedForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/investigationfinishedform.cpp" line="+27" />
        <source>Estimated hours a week for each service</source>
        <translation>Skønnet antal timer pr. uge for hver ydelse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Recommendation:</source>
        <translation>&amp;Indstilling:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Primary contact contacted on:</source>
        <translation>Kontaktperson kontaktet den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action plan updated on:</source>
        <translation>Handleplan opdateret den:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Discussed before approval</source>
        <translation>Drøftet før godkendelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit leader:</source>
        <translation>Leder:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department leader:</source>
        <translation>Afdelingsleder:</translation>
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
        <translation>Ikke vurderet</translation>
    </message>
</context>
<context>
    <name>fremdrift::JsonReading</name>
    <message>
        <location filename="../core/domain/jsonreading.cpp" line="+16" />
        <source>"%1" must be text.</source>
        <translation>"%1" skal være tekst.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" must be a date as YYYY-MM-DD, not "%2".</source>
        <translation>"%1" skal være en dato skrevet YYYY-MM-DD, ikke "%2".</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" must be true or false.</source>
        <translation>"%1" skal være true eller false.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" must be a number.</source>
        <translation>"%1" skal være et tal.</translation>
    </message>
    <message>
        <location filename="../core/domain/jsonreading.h" line="+50" />
        <source>"%1" cannot be "%2".</source>
        <translation>"%1" kan ikke være "%2".</translation>
    </message>
    <message>
        <location filename="../core/domain/json.cpp" line="+163" />
        <source>"client_id" must be the id of a client.</source>
        <translation>"client_id" skal være en borgers id.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>"services" must be a list.</source>
        <translation>"services" skal være en liste.</translation>
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
        <translation>Feltet "%1" i regelprofilen er tomt.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The field "%1" in the jurisdiction profile is %2, but must be from %3 to %4.</source>
        <translation>Feltet "%1" i regelprofilen er %2, men skal være fra %3 til %4.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The field "%1" in the jurisdiction profile has the unknown value "%2"; use one of %3.</source>
        <translation>Feltet "%1" i regelprofilen har den ukendte værdi "%2"; brug en af %3.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The field "%1" in the jurisdiction profile must be a day written MM-DD, such as 12-25, not "%2".</source>
        <translation>Feltet "%1" i regelprofilen skal være en dag skrevet MM-DD, f.eks. 12-25, ikke "%2".</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The list "%1" in the jurisdiction profile repeats the id "%2".</source>
        <translation>Listen "%1" i regelprofilen indeholder id'et "%2" mere end én gang.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>In the jurisdiction profile, "%1" must not be greater than "%2".</source>
        <translation>I regelprofilen må "%1" ikke være større end "%2".</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The jurisdiction profile lacks the field "%1".</source>
        <translation>Regelprofilen mangler feltet "%1".</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The field "%1" in the jurisdiction profile must be an object, {...}.</source>
        <translation>Feltet "%1" i regelprofilen skal være et objekt, {...}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be a list, [...].</source>
        <translation>Feltet "%1" i regelprofilen skal være en liste, [...].</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be a text in quotes.</source>
        <translation>Feltet "%1" i regelprofilen skal være en tekst i anførselstegn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be a whole number.</source>
        <translation>Feltet "%1" i regelprofilen skal være et helt tal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be true or false.</source>
        <translation>Feltet "%1" i regelprofilen skal være true eller false.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>The jurisdiction profile has format version %1, but this version of Fremdrift reads version %2.</source>
        <translation>Regelprofilen har formatversion %1, men denne version af Fremdrift læser version %2.</translation>
    </message>
    <message>
        <location line="+134" />
        <source>The day rule "%1" in the jurisdiction profile must span one to seven days within one year, from "from" to "to".</source>
        <translation>Dagsreglen "%1" i regelprofilen skal dække fra én til syv dage inden for samme år, fra "from" til "to".</translation>
    </message>
    <message>
        <location line="+40" />
        <source>The field "%1" in the jurisdiction profile names the legal basis "%2", which the profile does not define in "legalBases".</source>
        <translation>Feltet "%1" i regelprofilen henviser til lovhjemlen "%2", som profilen ikke definerer i "legalBases".</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The list "%1" in the jurisdiction profile lacks the step "%2".</source>
        <translation>Listen "%1" i regelprofilen mangler trinnet "%2".</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The entry "%1" in the jurisdiction profile needs exactly one of "everyMonths" and "asNeeded": true.</source>
        <translation>Punktet "%1" i regelprofilen skal have præcis én af "everyMonths" og "asNeeded": true.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The field "%1" in the jurisdiction profile is %2, which is neither on the scale nor its "not relevant" value.</source>
        <translation>Feltet "%1" i regelprofilen er %2, som hverken er på skalaen eller er skalaens værdi for "ikke relevant".</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The jurisdiction profile "%1" does not exist.</source>
        <translation>Regelprofilen "%1" findes ikke.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file "%1" is too large to be a jurisdiction profile.</source>
        <translation>Filen "%1" er for stor til at være en regelprofil.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not read the jurisdiction profile "%1".</source>
        <translation>Regelprofilen "%1" kunne ikke læses.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The built-in profile %1 describes %2 instead of %3.</source>
        <translation>Den indbyggede profil %1 beskriver %2 i stedet for %3.</translation>
    </message>
    <message>
        <location line="+135" />
        <source>The jurisdiction profile is not valid JSON: %1 at character %2.</source>
        <translation>Regelprofilen er ikke gyldig JSON: %1 ved tegn %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The jurisdiction profile must be a JSON object, {...}.</source>
        <translation>Regelprofilen skal være et JSON-objekt, {...}.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Leases</name>
    <message>
        <location filename="../core/storage/leases.cpp" line="+163" />
        <source>Someone</source>
        <translation>Nogen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is editing this on %2 since %3.</source>
        <translation>%1 er i gang med at redigere dette på %2 (siden %3).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The lease on this record has been given up.</source>
        <translation>Redigeringslåsen på oplysningerne er frigivet.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterArchive</name>
    <message>
        <location filename="../core/letters/letterarchive.cpp" line="+169" />
        <location line="+20" />
        <location line="+79" />
        <source>There is no issued letter with id %1.</source>
        <translation>Der er intet udsendt brev med id %1.</translation>
    </message>
    <message>
        <location line="-70" />
        <source>«%1» is not a letter to a citizen, so it is not archived.</source>
        <translation>»%1« er ikke et brev til en borger, så det bliver ikke arkiveret.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The letter has no recipient.</source>
        <translation>Brevet har ingen modtager.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The recipient's role «%1» is unknown: it is one of %2.</source>
        <translation>Modtagerens rolle »%1« er ukendt: den skal være en af %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Letters are written in %1; «%2» is not one of them.</source>
        <translation>Breve kan skrives på %1; »%2« er ikke et af disse sprog.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The letter does not say which template it was written from.</source>
        <translation>Det fremgår ikke af brevet, hvilken skabelon det er skrevet ud fra.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The letter has no PDF to keep.</source>
        <translation>Brevet har ingen PDF, der kan gemmes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The page count cannot be negative.</source>
        <translation>Sideantallet kan ikke være negativt.</translation>
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
        <translation>Den skabelonversion, brevet blev udsendt fra</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Issued</source>
        <translation>Udsendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reference</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issued by</source>
        <translation>Udsendt af</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Template</source>
        <translation>Skabelon</translation>
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
        <translation>Navn eller nummer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All letters</source>
        <translation>Alle breve</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le&amp;tter:</source>
        <translation>Bre&amp;vtype:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves a copy of the letter exactly as it was issued, and opens it</source>
        <translation>Gemmer en kopi af brevet præcis, som det blev udsendt, og åbner den</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verify</source>
        <translation>K&amp;ontrollér</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checks that the stored letter is unchanged since it was issued</source>
        <translation>Kontrollerer, at det gemte brev er uændret, siden det blev udsendt</translation>
    </message>
    <message numerus="yes">
        <location line="+59" />
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n brev</numerusform>
            <numerusform>%n breve</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47" />
        <source>The letter is unchanged since it was issued: its SHA-256 still matches.
%1</source>
        <translation>Brevet er uændret, siden det blev udsendt: dets SHA-256 passer stadig.
%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The stored letter has changed since it was issued: its SHA-256 no longer matches %1. Tell the administrator; the database may have been tampered with.</source>
        <translation>Det gemte brev er ændret, siden det blev udsendt: dets SHA-256 passer ikke længere med %1. Kontakt administratoren; der kan være pillet ved databasen.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>A copy of the letter as issued is saved as %1.</source>
        <translation>En kopi af brevet, som det blev udsendt, er gemt som %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a copy of the letter</source>
        <translation>Gem en kopi af brevet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The copy is saved as %1, but no program to show PDF files could be started. Open the file from there.</source>
        <translation>Kopien er gemt som %1, men der kunne ikke startes et program, der kan vise PDF-filer. Åbn filen derfra.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterData</name>
    <message>
        <location filename="../core/letters/letterdata.cpp" line="+572" />
        <source>The letter has no decision to tell about.</source>
        <translation>Brevet har ingen afgørelse at fortælle om.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The decision this one replaces could not be read, so the letter cannot show the previous allocation and the changes.</source>
        <translation>Den afgørelse, som denne afgørelse erstatter, kunne ikke læses, så brevet kan ikke vise den hidtidige bevilling og ændringerne.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The decision is %1: a leader must approve it before its letter is issued.</source>
        <translation>Afgørelsen har status "%1": en leder skal godkende den, før brevet kan udsendes.</translation>
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
        <translation>Brevets dato, som også er afsendelsesdatoen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Each recipient gets their own copy, which names the others as copies.</source>
        <translation>Hver modtager får sit eget eksemplar, hvor de andre modtagere står som kopimodtagere.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent &amp;how:</source>
        <translation>&amp;Forsendelse:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Recipients:</source>
        <translation>&amp;Modtagere:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The letter cannot be issued yet:</source>
        <translation>Brevet kan endnu ikke udsendes:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Copy for:</source>
        <translation>&amp;Eksemplar til:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Print preview…</source>
        <translation>Udskrifts&amp;visning…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save PDF…</source>
        <translation>Gem &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves every recipient's copy in one PDF file</source>
        <translation>Gemmer alle modtageres eksemplarer i én PDF-fil</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Issue</source>
        <translation>&amp;Udsend</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keeps the letters in the archive as issued; they cannot be changed afterwards</source>
        <translation>Gemmer brevene i arkivet, som de er udsendt; de kan ikke ændres bagefter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No postal address</source>
        <translation>Ingen postadresse</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Tick at least one recipient.</source>
        <translation>Markér mindst én modtager.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Nothing to show until the problems above are solved.</source>
        <translation>Der er intet at vise, før problemerne ovenfor er løst.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Solve the problems listed above to issue the letter.</source>
        <translation>Løs problemerne ovenfor for at udsende brevet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no letter to issue.</source>
        <translation>Der er intet brev at udsende.</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>Issue %n letter(s) to %1? They are kept in the archive as issued and cannot be changed.</source>
        <translation>
            <numerusform>Vil du udsende %n brev til %1? Det gemmes i arkivet, som det er udsendt, og kan ikke ændres.</numerusform>
            <numerusform>Vil du udsende %n breve til %1? De gemmes i arkivet, som de er udsendt, og kan ikke ændres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Issue letters</source>
        <translation>Udsend breve</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n letter(s) issued and kept in the archive. Print them now, or save them as a PDF to send them digitally.</source>
        <translation>
            <numerusform>%n brev er udsendt og gemt i arkivet. Udskriv det nu, eller gem det som PDF for at sende det digitalt.</numerusform>
            <numerusform>%n breve er udsendt og gemt i arkivet. Udskriv dem nu, eller gem dem som PDF for at sende dem digitalt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Save letters as PDF</source>
        <translation>Gem breve som PDF</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterIssuer</name>
    <message>
        <location filename="../core/letters/letterissuer.cpp" line="+77" />
        <source>The letter lacks what %1 requires: %2. Add it to the template inside {{#part %3}} … {{/part}}.</source>
        <translation>Brevet mangler det, som %1 kræver: %2. Tilføj det i skabelonen inden for {{#part %3}} … {{/part}}.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Line %1, column %2: {{%3}} has no value for this letter. Fill it in where it comes from, or put it inside {{#if %3}} … {{/if}} in the template.</source>
        <translation>Linje %1, kolonne %2: {{%3}} har ingen værdi i dette brev. Udfyld oplysningen der, hvor den kommer fra, eller sæt feltet inden for {{#if %3}} … {{/if}} i skabelonen.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>The letter has nobody to go to: choose a recipient.</source>
        <translation>Der er ingen at sende brevet til: vælg en modtager.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 has no postal address. Add it to the client's record, or send the letter digitally or by hand.</source>
        <translation>%1 har ingen postadresse. Tilføj den i borgerens oplysninger, eller send brevet digitalt eller udlevér det personligt.</translation>
    </message>
    <message>
        <location line="+141" />
        <source>There is no letter to issue.</source>
        <translation>Der er intet brev at udsende.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterLayout</name>
    <message>
        <location filename="../core/letters/letterlayout.cpp" line="+703" />
        <source>There is no letter to print.</source>
        <translation>Der er intet brev at udskrive.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not start printing the letters.</source>
        <translation>Udskrivningen af brevene kunne ikke startes.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Could not finish printing the letters.</source>
        <translation>Udskrivningen af brevene kunne ikke gøres færdig.</translation>
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
        <translation>Brevene er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterPreview</name>
    <message>
        <location filename="../ui/templates/letterpreview.cpp" line="+30" />
        <source>No preview yet.</source>
        <translation>Endnu ingen forhåndsvisning.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit width</source>
        <translation>Tilpas til bredden</translation>
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
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterTexts</name>
    <message>
        <location filename="../core/letters/lettertexts.cpp" line="+24" />
        <source>one</source>
        <translation>en</translation>
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
        <translation>syv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>eight</source>
        <translation>otte</translation>
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
        <translation>Ydelse</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Hours per week in all</source>
        <translation>Timer om ugen i alt</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+1" />
        <source>Before: %1</source>
        <translation>Før: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location line="+5" />
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ends</source>
        <translation>ophører</translation>
    </message>
    <message>
        <location line="+41" />
        <source>other</source>
        <translation>anden</translation>
    </message>
    <message>
        <location line="+12" />
        <source>follow-up meeting</source>
        <translation>løbende opfølgningsmøde</translation>
    </message>
    <message>
        <location line="+4" />
        <source>meeting</source>
        <translation>møde</translation>
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
        <translation>%1 af %2 trin udført i %3 opfølgninger</translation>
    </message>
    <message>
        <location filename="../core/letters/letterissuer.cpp" line="-325" />
        <source>Pre-notice of evaluation</source>
        <translation>Varsel om opfølgning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting invitation</source>
        <translation>Mødeindkaldelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision</source>
        <translation>Afgørelse</translation>
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
        <translation>Vores reference</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Org. no.</source>
        <translation>CVR-nr.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>phone</source>
        <translation>tlf.</translation>
    </message>
    <message>
        <location filename="../core/letters/lettersample.cpp" line="+76" />
        <source>Sample text: the health information that matters for the services, from the GP's statement.</source>
        <translation>Eksempeltekst: de helbredsoplysninger fra udtalelsen fra egen læge, som har betydning for ydelserne.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: how the client manages daily life, and the needs found.</source>
        <translation>Eksempeltekst: hvordan borgeren klarer hverdagen, og hvilke behov der er afdækket.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: needs in housing, daily activity, health, social life and leisure.</source>
        <translation>Eksempeltekst: behov i forhold til bolig, beskæftigelse, helbred, socialt liv og fritid.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: what the client wants and aims for, in their own words.</source>
        <translation>Eksempeltekst: hvad borgeren ønsker og gerne vil nå, med borgerens egne ord.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: how the client took part in the review.</source>
        <translation>Eksempeltekst: hvordan borgeren har været med i opfølgningen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: how relatives took part.</source>
        <translation>Eksempeltekst: hvordan de pårørende har været med.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sample text: the municipality's assessment and why the services are granted.</source>
        <translation>Eksempeltekst: kommunens vurdering og begrundelsen for, at ydelserne bevilges.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Welcome and purpose of the meeting
How things are going today
Needs, wishes and goals
The way forward</source>
        <translation>Velkomst og formålet med mødet
Sådan går det i dag
Behov, ønsker og mål
Det videre forløb</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: what was said in the meeting.</source>
        <translation>Eksempeltekst: hvad der blev sagt på mødet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample text: what was agreed, and who does what.</source>
        <translation>Eksempeltekst: hvad der blev aftalt, og hvem der gør hvad.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Review of decisions, sample plan</source>
        <translation>Opfølgning på afgørelser, eksempelplan</translation>
    </message>
</context>
<context>
    <name>fremdrift::LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.cpp" line="+18" />
        <source>Several people work in %1. Log in with your user name and password.</source>
        <translation>Flere personer arbejder i %1. Log ind med dit brugernavn og din adgangskode.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Password for %1</source>
        <translation>Adgangskode til %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Type your user name.</source>
        <translation>Skriv dit brugernavn.</translation>
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
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change &amp;password…</source>
        <translation>Skift a&amp;dgangskode…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
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
        <translation>Du er ikke logget ind, så %1 blev ikke åbnet.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Open a database first.</source>
        <translation>Åbn en database først.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your password has been changed.</source>
        <translation>Din adgangskode er ændret.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The database was created, but the demo data could not be added: %1</source>
        <translation>Databasen er oprettet, men demodata kunne ikke lægges ind: %1</translation>
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
        <translation>Åbn database</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No recent databases</source>
        <translation>Ingen databaser er åbnet for nylig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear the list</source>
        <translation>Ryd listen</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The database is busy: another PC is saving. Retrying…</source>
        <translation>Databasen er optaget: en anden pc er ved at gemme. Prøver igen…</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Today's backup could not be made. You can keep working. %1</source>
        <translation>Dagens sikkerhedskopi kunne ikke laves. Du kan arbejde videre. %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backup made</source>
        <translation>Sikkerhedskopi lavet</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The database was restored from the backup. The replaced file was kept as %1.</source>
        <translation>Databasen er gendannet fra sikkerhedskopien. Den erstattede fil er gemt som %1.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>No database is open</source>
        <translation>Ingen database er åben</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 – Fremdrift</source>
        <translation>%1 – Fremdrift</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rules: %1</source>
        <translation>Regler: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Editable</source>
        <translation>Kan redigeres</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Network drive</source>
        <translation>Netværksdrev</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Safe with Fremdrift's rollback journal; see Help &gt; Shared databases</source>
        <translation>Sikker med Fremdrifts rollback-journal; se Hjælp &gt; Delte databaser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The database is not using the rollback journal (journal mode: %1); see Help &gt; Shared databases</source>
        <translation>Databasen bruger ikke rollback-journalen (journaltilstand: %1); se Hjælp &gt; Delte databaser</translation>
    </message>
    <message>
        <location line="+17" />
        <source>About Fremdrift</source>
        <translation>Om Fremdrift</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Progress plans and reviews of care decisions for municipal care offices in Norway, Sweden and Denmark.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Fremdriftsplaner og opfølgning på afgørelser om hjælp og støtte – til kommunernes social- og handicapafdelinger i Norge, Sverige og Danmark.&lt;/p&gt;&lt;p&gt;Lavet med Qt %2 og SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&lt;p&gt;The open database is on a network drive, with the rollback journal (journal mode: %1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den åbne database ligger på et netværksdrev og bruger rollback-journalen (journaltilstand: %1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;p&gt;The open database is on this computer's own disk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den åbne database ligger på denne computers egen disk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shared databases</source>
        <translation>Delte databaser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;One database file for the office&lt;/h3&gt;&lt;p&gt;One Fremdrift file on a network drive works well when 2–8 people in one office share it over a reliable wired network, with daily backups. Fremdrift uses SQLite's rollback journal there (never WAL), waits its turn when another PC is saving, and refreshes open lists when someone else saves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Avoid&lt;/b&gt; cloud-sync folders (Dropbox, OneDrive, Google Drive and the like: Fremdrift refuses them, because they copy the file while it is being written and lose changes), Wi-Fi between the PCs and the file server, and VPN connections over slow links.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Move to a database server&lt;/b&gt; when more than about 8 people work at the same time, when the office has several locations, when "busy" messages come often, or when the network drive's file locking is unreliable. PostgreSQL is the planned server engine for Fremdrift.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Én databasefil til afdelingen&lt;/h3&gt;&lt;p&gt;Én Fremdrift-fil på et netværksdrev fungerer godt, når 2–8 personer i samme afdeling deler den over et stabilt kablet netværk, og der tages sikkerhedskopi hver dag. Fremdrift bruger dér SQLites rollback-journal (aldrig WAL), venter på tur, når en anden pc er ved at gemme, og opdaterer åbne lister, når andre gemmer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Undgå&lt;/b&gt; skysynkroniserede mapper (Dropbox, OneDrive, Google Drive og lignende: Fremdrift afviser dem, fordi de kopierer filen, mens der skrives i den, og mister ændringer), wi-fi mellem pc'erne og filserveren samt VPN-forbindelser over langsomme linjer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Skift til en databaseserver&lt;/b&gt;, når mere end ca. 8 personer arbejder samtidig, når afdelingen har flere adresser, når meddelelsen "optaget" ofte dukker op, eller når netværksdrevets fillåsning er upålidelig. PostgreSQL er den planlagte servermotor til Fremdrift.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fremdrift::MedicalInformationForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/medicalinformationform.cpp" line="+41" />
        <source>&amp;Add request</source>
        <translation>&amp;Tilføj anmodning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove request</source>
        <translation>&amp;Fjern anmodning</translation>
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
        <translation>Spurgt om</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ask the GP, and specialist services where relevant, for diagnoses, a functional assessment, relevant medical information and an assessment of consent competence.</source>
        <translation>Bed egen læge og eventuelt speciallæger om diagnoser, en funktionsvurdering, relevante helbredsoplysninger og en vurdering af handleevnen.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specialist</source>
        <translation>Speciallæge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Anden</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingAgenda</name>
    <message>
        <location filename="../core/workflow/meetingrules.cpp" line="+252" />
        <source>Not discussed at this meeting:</source>
        <translation>Drøftes ikke på dette møde:</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+37" />
        <source>Welcome and introductions</source>
        <translation>Velkomst og præsentation af deltagere</translation>
    </message>
    <message>
        <location line="-36" />
        <source>How things are going: the client's own account</source>
        <translation>Hvordan går det? Borgerens egen fortælling</translation>
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
        <translation>Arbejde, dagtilbud og fritid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social life and family</source>
        <translation>Socialt liv og familie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's own wishes and goals</source>
        <translation>Borgerens egne ønsker og mål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent competence, user participation and relatives' participation</source>
        <translation>Handleevne, borgerens medvirken og inddragelse af pårørende</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Medical information: GP and specialist services</source>
        <translation>Helbredsoplysninger: egen læge og speciallæger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan: is one needed?</source>
        <translation>Individuel plan: er der behov for en?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next steps and agreements</source>
        <translation>Næste skridt og aftaler</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+15" />
        <location line="+10" />
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Welcome: the coordinator leads the meeting</source>
        <translation>Velkomst: koordinatoren er mødeleder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Round of status: how things are going, from each participant</source>
        <translation>Statusrunde: hvordan det går, set fra hver deltager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan</source>
        <translation>Individuel plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals: reached, still relevant, new</source>
        <translation>Mål: nået, fortsat relevante, nye</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measures and who is responsible</source>
        <translation>Indsatser og hvem der er ansvarlig</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+11" />
        <source>Agreements: what, who and by when</source>
        <translation>Aftaler: hvad, hvem og hvornår</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Minute-taker for the next meeting</source>
        <translation>Referent til næste møde</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Matters to discuss</source>
        <translation>Emner til drøftelse</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingAgreedForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingagreedform.cpp" line="+21" />
        <source>Invite the person, their relative or guardian, the primary contact and, where relevant, the supplier. The meeting is saved as you close the meeting dialog.</source>
        <translation>Invitér borgeren, pårørende eller værge, kontaktpersonen og eventuelt leverandøren. Mødet gemmes, når du lukker mødevinduet.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Redigér møde…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Agree meeting…</source>
        <translation>&amp;Aftal møde…</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingDialog</name>
    <message>
        <location filename="../ui/meetings/meetingdialog.cpp" line="+120" />
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Participants</source>
        <translation>&amp;Deltagere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;genda and minutes</source>
        <translation>Da&amp;gsorden og referat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xport invitation (.ics)…</source>
        <translation>E&amp;ksportér mødeindkaldelse (.ics)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the meeting and writes a calendar invitation that Outlook and Thunderbird can import.</source>
        <translation>Gemmer mødet og laver en kalenderinvitation, som Outlook og Thunderbird kan importere.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invit&amp;ation letter…</source>
        <translation>&amp;Indkaldelsesbrev…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes letter…</source>
        <translation>Brev med referat…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Reload</source>
        <translation>G&amp;enindlæs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the meeting as now saved; your changes here are lost.</source>
        <translation>Vis mødet, som det er gemt nu; dine ændringer her går tabt.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Empty: the kind of meeting and the client's name</source>
        <translation>Hvis tom: mødetypen og borgerens navn</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <location line="+10" />
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The meeting has been &amp;held</source>
        <translation>Mødet er &amp;afholdt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client:</source>
        <translation>Borger:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Starts:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;lace:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Video link:</source>
        <translation>Video&amp;link:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ho&amp;w agreed:</source>
        <translation>Aftale&amp;form:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Next meeting:</source>
        <translation>&amp;Næste møde:</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+523" />
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location line="-522" />
        <source>Type a name to search, or leave empty</source>
        <translation>Skriv et navn for at søge, eller lad feltet stå tomt</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Add from the &amp;client's people</source>
        <translation>Tilføj fra personerne omkring &amp;borgeren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add &amp;staff</source>
        <translation>Tilføj m&amp;edarbejder</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add &amp;person</source>
        <translation>Tilføj &amp;person</translation>
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
        <translation>Deltagerne skiftes til at tage referat: her markeres den, der har haft tur for længst tid siden. Koordinatoren, der er mødeleder, og borgeren bliver aldrig bedt om det.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Use default agenda</source>
        <translation>&amp;Brug standarddagsorden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replaces the agenda with the usual one for this kind of meeting.</source>
        <translation>Erstatter dagsordenen med den sædvanlige for denne mødetype.</translation>
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
        <translation>Afta&amp;ler:</translation>
    </message>
    <message>
        <location line="+30" />
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting: %1</source>
        <translation>Møde: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+88" />
        <source>Choose from the list that appears as you type.</source>
        <translation>Vælg på den liste, der kommer frem, mens du skriver.</translation>
    </message>
    <message>
        <location line="-64" />
        <source>Writes the letter to the client and their guardians, and issues it into the archive</source>
        <translation>Skriver brevet til borgeren og borgerens værger og udsender det, så det gemmes i arkivet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the meeting first</source>
        <translation>Gem mødet først</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ends at %1</source>
        <translation>slutter kl. %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>No client matches.</source>
        <translation>Ingen borgere passer på søgningen.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>About %1.</source>
        <translation>Vedrører %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (client)</source>
        <translation>%1 (borger)</translation>
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
        <translation>Der er ingen at foreslå: tilføj andre deltagere end borgeren og koordinatoren, der er mødeleder.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 takes the minutes this time: their turn was longest ago.</source>
        <translation>%1 tager referat denne gang: det er længst siden, vedkommende havde tur.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The meeting was not saved:</source>
        <translation>Mødet er ikke gemt:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Compare and merge keeps both your changes and theirs.</source>
        <translation>Med "Sammenlign og flet" beholder du både dine og vedkommendes ændringer.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This is the meeting as now saved. Make your changes again and save.</source>
        <translation>Sådan er mødet gemt nu. Lav dine ændringer igen, og gem.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Review</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The invitation is in %1. Attach it to an e-mail, or open it in your calendar.</source>
        <translation>Mødeindkaldelsen er gemt i %1. Vedhæft den en e-mail, eller åbn den i din kalender.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Export invitation</source>
        <translation>Eksportér mødeindkaldelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calendar invitations (*.ics)</source>
        <translation>Kalenderinvitationer (*.ics)</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingHeldForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingheldform.cpp" line="+28" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investigation</source>
        <translation>Udredning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Record the meeting…</source>
        <translation>&amp;Registrér mødet…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record in the meeting dialog that the meeting was held, who attended, who took the minutes, and the minutes.</source>
        <translation>Registrér i mødevinduet, at mødet er afholdt, hvem der deltog, hvem der tog referat, og selve referatet.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingListModel</name>
    <message>
        <location filename="../ui/meetings/meetinglistmodel.cpp" line="+48" />
        <source>Video meeting</source>
        <translation>Videomøde</translation>
    </message>
    <message>
        <location line="+45" />
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People</source>
        <translation>Deltagere</translation>
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
        <translation>Skriver referatet. Går på skift – aldrig koordinatoren, der er mødeleder.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leads the meeting.</source>
        <translation>Er mødeleder.</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leads</source>
        <translation>Mødeleder</translation>
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
        <translation>Borgeren er spurgt, om der ønskes et fælles møde med leverandøren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The person was asked about bringing a supporter or relatives</source>
        <translation>Borgeren er spurgt, om der ønskes bisidder eller deltagelse af pårørende</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Meeting &amp;planned for:</source>
        <translation>Møde &amp;planlagt til:</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingRepository</name>
    <message>
        <location filename="../core/repository/meetingrepository.cpp" line="+149" />
        <source>There is no meeting with id %1.</source>
        <translation>Der er intet møde med id %1.</translation>
    </message>
    <message>
        <location line="+102" />
        <source>There is no client with id %1.</source>
        <translation>Der er ingen borger med id %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no review with id %1.</source>
        <translation>Der er ingen opfølgning med id %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Review %1 is about another client: choose the review of this meeting's client, or no review.</source>
        <translation>Opfølgning %1 vedrører en anden borger: vælg opfølgningen for mødets borger, eller ingen opfølgning.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>A letter was issued for this meeting, so it is kept. Mark it as not held and write why in the minutes instead.</source>
        <translation>Der er udsendt et brev om mødet, så det bliver ikke slettet. Markér det i stedet som ikke afholdt, og skriv begrundelsen i referatet.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingRules</name>
    <message>
        <location filename="../core/workflow/meetingrules.cpp" line="-272" />
        <source>participant %1</source>
        <translation>deltager %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Give the date and time the meeting starts.</source>
        <translation>Angiv dato og klokkeslæt for mødets start.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The meeting must end after it starts: check the end time or the duration.</source>
        <translation>Mødet skal slutte, efter at det er begyndt: kontrollér sluttidspunktet eller varigheden.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Say where the meeting is: give a place, or a video link for a meeting online.</source>
        <translation>Angiv, hvor mødet holdes: et sted eller et videolink til et onlinemøde.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The video link must be a web address, e.g. https://meet.example.no/abc-123.</source>
        <translation>Videolinket skal være en webadresse, f.eks. https://meet.eksempel.dk/abc-123.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How the meeting was agreed is one of: %1.</source>
        <translation>Aftaleformen for mødet skal være en af: %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Participant %1 has no name: write the name, or remove the row.</source>
        <translation>Deltager %1 har intet navn: skriv navnet, eller fjern rækken.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose what %1 is to the client: one of %2.</source>
        <translation>Vælg, hvilken relation %1 har til borgeren: en af %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The e-mail address of %1 is not complete, e.g. name@example.no.</source>
        <translation>E-mailadressen for %1 er ikke fuldstændig. Skriv den som f.eks. navn@eksempel.dk.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>One person takes the minutes, but both %1 and %2 are marked: untick one of them.</source>
        <translation>Kun én person tager referat, men både %1 og %2 er markeret: fjern markeringen ved den ene.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>One person leads the meeting as coordinator, but both %1 and %2 are marked: untick one of them.</source>
        <translation>Kun én person er mødeleder som koordinator, men både %1 og %2 er markeret: fjern markeringen ved den ene.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 leads the meeting as coordinator and so does not take the minutes: choose another minute-taker.</source>
        <translation>%1 er mødeleder som koordinator og tager derfor ikke referat: vælg en anden referent.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The meeting is marked as held: write the minutes, or mark it as not held.</source>
        <translation>Mødet er markeret som afholdt: skriv referatet, eller markér det som ikke afholdt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingSummary</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingsummary.cpp" line="+34" />
        <source>No meeting agreed yet.</source>
        <translation>Der er endnu ikke aftalt noget møde.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When and where</source>
        <translation>Tid og sted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreed</source>
        <translation>Aftalt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not yet</source>
        <translation>ikke endnu</translation>
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
        <translation>intet tidspunkt fastsat</translation>
    </message>
    <message>
        <location line="+4" />
        <source>video: %1</source>
        <translation>video: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no place or video link</source>
        <translation>intet sted eller videolink</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>attended</source>
        <translation>deltog</translation>
    </message>
    <message>
        <location line="+0" />
        <source>absent</source>
        <translation>fraværende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>accepted</source>
        <translation>accepteret</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invited</source>
        <translation>inviteret</translation>
    </message>
</context>
<context>
    <name>fremdrift::Meetings</name>
    <message>
        <location filename="../core/domain/meeting.cpp" line="+65" />
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Guardian</source>
        <translation>Værge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relative</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Primary contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Anden</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Evaluation meeting</source>
        <translation>Opfølgningsmøde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow-up meeting</source>
        <translation>Løbende opfølgningsmøde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responsibility group</source>
        <translation>Netværksmøde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other meeting</source>
        <translation>Andet møde</translation>
    </message>
    <message>
        <location line="+21" />
        <source>By invitation letter</source>
        <translation>Med indkaldelsesbrev</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By phone</source>
        <translation>Telefonisk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Otherwise</source>
        <translation>På anden måde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not agreed yet</source>
        <translation>Endnu ikke aftalt</translation>
    </message>
    <message>
        <location line="+72" />
        <source>"role" cannot be "%1".</source>
        <translation>"role" kan ikke være "%1".</translation>
    </message>
    <message>
        <location line="+32" />
        <source>"%1" must be a time as 2026-03-02T09:00:00Z, not "%2".</source>
        <translation>"%1" skal være et tidspunkt skrevet 2026-03-02T09:00:00Z, ikke "%2".</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"participants" must be a list.</source>
        <translation>"participants" skal være en liste.</translation>
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
        <translation>&amp;Nyt møde…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xport invitation (.ics)…</source>
        <translation>E&amp;ksportér mødeindkaldelse (.ics)…</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n møde</numerusform>
            <numerusform>%n møder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>The meeting is saved.</source>
        <translation>Mødet er gemt.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The invitation is in %1.</source>
        <translation>Mødeindkaldelsen er gemt i %1.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Export invitation</source>
        <translation>Eksportér mødeindkaldelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calendar invitations (*.ics)</source>
        <translation>Kalenderinvitationer (*.ics)</translation>
    </message>
</context>
<context>
    <name>fremdrift::MergeDialog</name>
    <message>
        <location filename="../ui/widgets/mergedialog.cpp" line="+41" />
        <source>Compare and merge</source>
        <translation>Sammenlign og flet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Each field that you or they changed is listed. Where you both changed a field, choose the version to keep.</source>
        <translation>Her vises hvert felt, som du eller den anden har ændret. Hvor I begge har ændret et felt, skal du vælge, hvilken version der skal beholdes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your version</source>
        <translation>Din version</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Their version</source>
        <translation>Den andens version</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Save merged</source>
        <translation>&amp;Gem flettet version</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Compare and &amp;merge…</source>
        <translation>Sa&amp;mmenlign og flet…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compare your changes with what was saved meanwhile, field by field, and save both.</source>
        <translation>Sammenlign dine ændringer med det, der er gemt i mellemtiden, felt for felt, og gem begge dele.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your changes and theirs were merged and saved.</source>
        <translation>Dine og vedkommendes ændringer er flettet sammen og gemt.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+8" />
        <location line="+10" />
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+53" />
        <source>yours, kept</source>
        <translation>din, beholdes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>theirs, kept</source>
        <translation>den andens, beholdes</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theirs</source>
        <translation>Den andens</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep your %1</source>
        <translation>Behold din version af »%1«</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep their %1</source>
        <translation>Behold den andens version af »%1«</translation>
    </message>
</context>
<context>
    <name>fremdrift::MergeFields</name>
    <message>
        <location filename="../core/letters/mergefields.cpp" line="+29" />
        <source>The office's name</source>
        <translation>Afdelingens navn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's postal address on one line</source>
        <translation>Afdelingens postadresse på én linje</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's postal address, line by line</source>
        <translation>Afdelingens postadresse, linje for linje</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's phone number</source>
        <translation>Afdelingens telefonnummer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's email address</source>
        <translation>Afdelingens e-mailadresse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's web address</source>
        <translation>Afdelingens webadresse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's organisation number</source>
        <translation>Afdelingens organisationsnummer (CVR)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The letter's date, written out</source>
        <translation>Brevets dato, skrevet helt ud</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The letter's reference</source>
        <translation>Brevets reference</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who this copy of the letter is addressed to</source>
        <translation>Hvem denne kopi af brevet er stilet til</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not empty when this copy goes to the guardian</source>
        <translation>Ikke tom, når denne kopi går til værgen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The list of everyone else who gets a copy</source>
        <translation>Listen over alle andre, der får en kopi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Everyone else who gets a copy, on one line</source>
        <translation>Alle andre, der får en kopi, på én linje</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The client's full name</source>
        <translation>Borgerens fulde navn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's given name</source>
        <translation>Borgerens fornavn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's family name</source>
        <translation>Borgerens efternavn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's date of birth</source>
        <translation>Borgerens fødselsdato</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's national ID number</source>
        <translation>Borgerens personnummer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's address on one line</source>
        <translation>Borgerens adresse på én linje</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's unit (home or service)</source>
        <translation>Borgerens enhed (botilbud eller tilbud)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The guardian's name (empty when the client has none)</source>
        <translation>Værgens navn (tom, hvis borgeren ikke har en værge)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The guardian's address on one line</source>
        <translation>Værgens adresse på én linje</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The caseworker's name</source>
        <translation>Sagsbehandlerens navn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker's title</source>
        <translation>Sagsbehandlerens titel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker's phone number</source>
        <translation>Sagsbehandlerens telefonnummer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker's email address</source>
        <translation>Sagsbehandlerens e-mailadresse</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The leader who approved the decision</source>
        <translation>Den leder, der godkendte afgørelsen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The approving leader's title</source>
        <translation>Titel på den leder, der godkendte afgørelsen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The country's word for a decision (vedtak, beslut, afgørelse)</source>
        <translation>Landets ord for en afgørelse (vedtak, beslut, afgørelse)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The decision's reference</source>
        <translation>Afgørelsens reference</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the decision was approved</source>
        <translation>Den dato, afgørelsen blev godkendt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The legal basis as a citation (law and section)</source>
        <translation>Lovgrundlaget som henvisning (lov og paragraf)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the legal basis grants, in words</source>
        <translation>Hvad lovgrundlaget giver ret til, skrevet med ord</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the legal basis grants, in lower case to follow "about" in a heading</source>
        <translation>Hvad lovgrundlaget giver ret til, med små bogstaver, så det kan stå efter »om« i en overskrift</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The name of the law</source>
        <translation>Lovens navn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the decision applies from</source>
        <translation>Den dato, afgørelsen gælder fra</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the decision ends (empty: no end date)</source>
        <translation>Den dato, afgørelsen ophører (tom: ingen slutdato)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When the decision will be evaluated</source>
        <translation>Hvornår der følges op på afgørelsen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: relevant health information</source>
        <translation>Afsnit: relevante helbredsoplysninger</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: functioning and mapped needs</source>
        <translation>Afsnit: funktionsevne og afdækkede behov</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: needs in all areas of life</source>
        <translation>Afsnit: behov på alle livsområder</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: the client's own needs, wishes and goals</source>
        <translation>Afsnit: borgerens egne behov, ønsker og mål</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Section: how the client took part</source>
        <translation>Afsnit: hvordan borgeren har været med</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: how relatives took part</source>
        <translation>Afsnit: hvordan de pårørende har været med</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: the municipality's assessment</source>
        <translation>Afsnit: kommunens vurdering</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Table of the services granted, own time and shared time per week</source>
        <translation>Tabel over de bevilgede ydelser med individuel tid og fælles tid om ugen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Own time in all, hours per week</source>
        <translation>Individuel tid i alt, timer om ugen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shared time in all, hours per week</source>
        <translation>Fælles tid i alt, timer om ugen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Own and shared time together, hours per week</source>
        <translation>Individuel og fælles tid tilsammen, timer om ugen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The reference of the decision this one replaces (empty when it replaces none)</source>
        <translation>Referencen på den afgørelse, som denne erstatter (tom, hvis den ikke erstatter nogen)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Table of the previous allocation and the changes, service by service</source>
        <translation>Tabel over den tidligere bevilling og ændringerne, ydelse for ydelse</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The replaced decision's reference</source>
        <translation>Den erstattede afgørelses reference</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the replaced decision applied from</source>
        <translation>Den dato, den erstattede afgørelse gjaldt fra</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The replaced decision's evaluation date</source>
        <translation>Den erstattede afgørelses opfølgningsdato</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The complaint deadline in weeks, as a word</source>
        <translation>Klagefristen i uger, skrevet med bogstaver</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The last day to complain, as a date</source>
        <translation>Sidste dag for at klage, som dato</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The day the letter is assumed received</source>
        <translation>Den dag, brevet anses for modtaget</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Where a complaint is sent</source>
        <translation>Hvor klagen skal sendes hen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who decides a complaint the municipality upholds</source>
        <translation>Hvem der behandler klagen, hvis kommunen fastholder afgørelsen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The law that gives the complaint deadline</source>
        <translation>Den lov, der fastsætter klagefristen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The progress plan the review belongs to</source>
        <translation>Den fremdriftsplan, opfølgningen hører til</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When the evaluation meeting is due</source>
        <translation>Hvornår opfølgningsmødet senest skal holdes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date to send information by</source>
        <translation>Den dato, oplysninger senest skal sendes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker responsible for the review</source>
        <translation>Den sagsbehandler, der er ansvarlig for opfølgningen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The kind of meeting</source>
        <translation>Mødetypen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The meeting's title</source>
        <translation>Mødets titel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The meeting's date, written out</source>
        <translation>Mødets dato, skrevet helt ud</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The meeting's start and end time</source>
        <translation>Mødets start- og sluttidspunkt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Where the meeting is held</source>
        <translation>Hvor mødet holdes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link to join by video</source>
        <translation>Linket til at deltage via video</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The agenda, point by point</source>
        <translation>Dagsordenen, punkt for punkt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who is invited, or who attended, with their roles</source>
        <translation>Hvem der er indkaldt, eller hvem der deltog, med deres roller</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The meeting's coordinator</source>
        <translation>Mødets koordinator</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who writes the minutes</source>
        <translation>Hvem der tager referat</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The minutes</source>
        <translation>Referatet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What was agreed</source>
        <translation>Hvad der blev aftalt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date of the next meeting</source>
        <translation>Datoen for næste møde</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The plan's title</source>
        <translation>Planens titel</translation>
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
        <translation>Planens statusbemærkning</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworkers responsible</source>
        <translation>De ansvarlige sagsbehandlere</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The units the plan covers</source>
        <translation>De enheder, planen omfatter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How far the plan has come</source>
        <translation>Hvor langt planen er nået</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Table of the steps with due dates and who is responsible</source>
        <translation>Tabel over trinnene med frister og ansvarlige</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Grid of the reviews and their steps, late steps marked</source>
        <translation>Oversigt over opfølgningerne og deres trin, med forsinkede trin markeret</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List of the late steps (empty when none)</source>
        <translation>Liste over de forsinkede trin (tom, hvis der ingen er)</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Pre-notice of evaluation</source>
        <translation>Varsel om opfølgning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting invitation</source>
        <translation>Mødeindkaldelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision letter</source>
        <translation>Afgørelsesbrev</translation>
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
        <translation>Luk denne besked</translation>
    </message>
</context>
<context>
    <name>fremdrift::NationalId</name>
    <message>
        <location filename="../core/domain/nationalid.cpp" line="+66" />
        <source>The number contains the letter "%1", but a national ID number has only digits.</source>
        <translation>Nummeret indeholder bogstavet "%1", men et personnummer består kun af cifre.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The number contains "%1", which does not belong in a national ID number.</source>
        <translation>Nummeret indeholder "%1", som ikke hører hjemme i et personnummer.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The date in the number does not exist (%1).</source>
        <translation>Datoen i nummeret findes ikke (%1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The birth date in the number (%1) lies in the future.</source>
        <translation>Fødselsdatoen i nummeret (%1) ligger i fremtiden.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The control digits do not match: the number has a typing error.</source>
        <translation>Kontrolcifrene passer ikke: der er en tastefejl i nummeret.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Synthetic test numbers are accepted only in a test database.</source>
        <translation>Syntetiske testnumre accepteres kun i en testdatabase.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A valid national identity number.</source>
        <translation>Et gyldigt fødselsnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid D number.</source>
        <translation>Et gyldigt D-nummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid H number.</source>
        <translation>Et gyldigt H-nummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid synthetic test number.</source>
        <translation>Et gyldigt syntetisk testnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid personal identity number.</source>
        <translation>Et gyldigt personnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid coordination number.</source>
        <translation>Et gyldigt samordningsnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid CPR number.</source>
        <translation>Et gyldigt CPR-nummer.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>A Norwegian national ID number has 11 digits; this one has %1.</source>
        <translation>Et norsk fødselsnummer har 11 cifre; dette har %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A Norwegian national ID number has no "-" or "+": enter the 11 digits, with a space after the date if you like.</source>
        <translation>Et norsk fødselsnummer har ingen "-" eller "+": skriv de 11 cifre, eventuelt med mellemrum efter datoen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No national ID number begins with the digits %1: their first control digit would be 10. The number has a typing error.</source>
        <translation>Intet fødselsnummer begynder med cifrene %1, for det første kontrolciffer ville blive 10. Der er en tastefejl i nummeret.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No national ID number begins with the digits %1: their second control digit would be 10. The number has a typing error.</source>
        <translation>Intet fødselsnummer begynder med cifrene %1, for det andet kontrolciffer ville blive 10. Der er en tastefejl i nummeret.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The number cannot be both a D number (day + 40) and an H number (month + 40).</source>
        <translation>Nummeret kan ikke være både et D-nummer (dag + 40) og et H-nummer (måned + 40).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The individual number %1 (digits 7–9) is not given to people born in a year ending in %2, so the number cannot exist.</source>
        <translation>Individnummeret %1 (ciffer 7–9) gives ikke til personer, der er født i et år, som ender på %2, så nummeret kan ikke eksistere.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>A Swedish personal identity number has 10 or 12 digits; this one has %1.</source>
        <translation>Et svensk personnummer har 10 eller 12 cifre; dette har %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>In a Swedish personal identity number the "-" or "+" comes right after the birth date: YYMMDD-NNNC or YYYYMMDD-NNNC.</source>
        <translation>I et svensk personnummer står "-" eller "+" lige efter fødselsdatoen: YYMMDD-NNNC eller YYYYMMDD-NNNC.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The check digit does not match: the number has a typing error.</source>
        <translation>Kontrolcifferet passer ikke: der er en tastefejl i nummeret.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>A valid test number from Skatteverket's test series.</source>
        <translation>Et gyldigt testnummer fra Skatteverkets testserie.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A Danish CPR number has 10 digits; this one has %1.</source>
        <translation>Et dansk CPR-nummer har 10 cifre; dette har %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A CPR number is written DDMMYY-SSSS: the only mark in it is a "-" right after the birth date.</source>
        <translation>Et CPR-nummer skrives DDMMYY-SSSS: det eneste tegn ud over cifrene er en "-" lige efter fødselsdatoen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The number fails the old modulus 11 check. Numbers issued since 2007 may do so; check it against the CPR register.</source>
        <translation>Nummeret består ikke den gamle modulus 11-kontrol. Det kan ske for numre, der er udstedt siden 2007; tjek nummeret i CPR-registret.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No national ID number was entered.</source>
        <translation>Der er ikke indtastet noget personnummer.</translation>
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
        <translation>Syntetisk testnummer</translation>
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
        <translation>Overblik</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress plans</source>
        <translation>Fremdriftsplaner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clients</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What is due soon, what is late, and what the database holds.</source>
        <translation>Hvad der snart skal gøres, hvad der er forsinket, og hvad databasen indeholder.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The people you decide services for, and the people around them.</source>
        <translation>De borgere, du træffer afgørelse om ydelser til, og personerne omkring dem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Evaluation meetings in reviews, and responsibility group meetings.</source>
        <translation>Opfølgningsmøder og netværksmøder.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Progress plans: the reviews of decisions, step by step, with deadlines and the caseworkers responsible.</source>
        <translation>Fremdriftsplaner: opfølgningen på afgørelser trin for trin, med frister og ansvarlige sagsbehandlere.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Decisions, their services and hours, and where each is in its life: draft, approved, sent, in force.</source>
        <translation>Afgørelser med ydelser og timer, og hvor langt hver afgørelse er: kladde, godkendt, sendt, gældende.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The letter templates: pre-notice, meeting invitation, minutes and decision letter.</source>
        <translation>Brevskabelonerne: varsel om opfølgning, mødeindkaldelse, referat og afgørelsesbrev.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Letters issued, and the share of decisions followed up.</source>
        <translation>Udsendte breve og andelen af afgørelser, der er fulgt op på.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language, the office and the database.</source>
        <translation>Sprog, afdelingen og databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/newdatabasedialog.cpp" line="+21" />
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Choose a file for the new database.</source>
        <translation>Vælg en fil til den nye database.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is already a file with this name. Choose another name, or open the file from the File menu.</source>
        <translation>Der findes allerede en fil med dette navn. Vælg et andet navn, eller åbn filen fra menuen Filer.</translation>
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
        <translation>Opret kladde</translation>
    </message>
    <message>
        <location line="+42" />
        <source>No client matches.</source>
        <translation>Ingen borgere passer på søgningen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>For %1.</source>
        <translation>Vedrører %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the client from the list that appears as you type.</source>
        <translation>Vælg borgeren på den liste, der kommer frem, mens du skriver.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nothing: a first decision</source>
        <translation>Ingen: første afgørelse</translation>
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
        <translation>Tilføj bruger</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. Social worker</source>
        <translation>f.eks. Socialrådgiver</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Full name:</source>
        <translation>&amp;Fulde navn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;peat it:</source>
        <translation>&amp;Gentag den:</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>En adgangskode skal have mindst %n tegn.</numerusform>
            <numerusform>En adgangskode skal have mindst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>De to adgangskoder er forskellige. Skriv den samme adgangskode begge gange.</translation>
    </message>
</context>
<context>
    <name>fremdrift::OfficeDetailsStore</name>
    <message>
        <location filename="../core/letters/officedetails.cpp" line="+87" />
        <source>Give the office's name.</source>
        <translation>Angiv afdelingens navn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The logo is larger than 1 MB: use a smaller image.</source>
        <translation>Logoet er større end 1 MB: brug et mindre billede.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The logo is not an image Fremdrift can read.</source>
        <translation>Logoet er ikke et billede, som Fremdrift kan læse.</translation>
    </message>
</context>
<context>
    <name>fremdrift::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/optionaldateedit.cpp" line="+16" />
        <source>Press Delete to leave the date empty.</source>
        <translation>Tryk på Delete for at lade datoen stå tom.</translation>
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
        <translation>&amp;Opfølgning inden for:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weeks</source>
        <translation>uger</translation>
    </message>
    <message>
        <location line="+99" />
        <source>&amp;Add to plan…</source>
        <translation>&amp;Tilføj til plan…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add the chosen decisions (or all listed) to a progress plan</source>
        <translation>Tilføj de valgte afgørelser (eller alle på listen) til en fremdriftsplan</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing is late.</source>
        <translation>Intet er forsinket.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing more is due this week.</source>
        <translation>Der er ikke flere frister i denne uge.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No meetings coming.</source>
        <translation>Ingen kommende møder.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No open plans.</source>
        <translation>Ingen åbne planer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every decision due for evaluation is in a plan.</source>
        <translation>Alle afgørelser, der skal følges op på, indgår i en plan.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No open reviews.</source>
        <translation>Ingen åbne opfølgninger.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Me (%1)</source>
        <translation>Mig (%1)</translation>
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
        <translation>Mine forsinkede trin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Late steps: %1</source>
        <translation>Forsinkede trin: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My steps due this week</source>
        <translation>Mine trin med frist i denne uge</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due this week: %1</source>
        <translation>Frist i denne uge: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meetings in the next %1 days (%2)</source>
        <translation>Møder de næste %1 dage (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open plans (%1)</source>
        <translation>Åbne planer (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Decisions to evaluate within %n week(s) that are in no plan (%1)</source>
        <translation>
            <numerusform>Afgørelser til opfølgning inden for %n uge, som ikke indgår i en plan (%1)</numerusform>
            <numerusform>Afgørelser til opfølgning inden for %n uger, som ikke indgår i en plan (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workload per caseworker</source>
        <translation>Arbejdsbyrde pr. sagsbehandler</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No database is open</source>
        <translation>Ingen database er åben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a new database or open an existing one from the File menu.</source>
        <translation>Opret en ny database, eller åbn en eksisterende fra menuen Filer.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fremdrift</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, %2. Following the rules of %3.</source>
        <translation>%1, %2. Følger reglerne i %3.</translation>
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
            <numerusform>Hvilken fremdriftsplan skal der følges op på %n afgørelse i?</numerusform>
            <numerusform>Hvilken fremdriftsplan skal der følges op på %n afgørelser i?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n review(s) added to the plan.</source>
        <translation>
            <numerusform>%n opfølgning er føjet til planen.</numerusform>
            <numerusform>%n opfølgninger er føjet til planen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::ParsedTemplate</name>
    <message>
        <location filename="../core/letters/templatelanguage.cpp" line="+785" />
        <source>The part «%1» is unknown: pick one from the list of parts.</source>
        <translation>Delen »%1« er ukendt: vælg en fra listen over dele.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The field «%1» is unknown: pick one from the list of fields.</source>
        <translation>Feltet »%1« er ukendt: vælg et fra listen over felter.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PasswordDialog</name>
    <message>
        <location filename="../ui/login/passworddialog.cpp" line="+23" />
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>A new password for %1. It needs at least %n characters.</source>
        <translation>
            <numerusform>En ny adgangskode til %1. Den skal have mindst %n tegn.</numerusform>
            <numerusform>En ny adgangskode til %1. Den skal have mindst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Current password:</source>
        <translation>&amp;Nuværende adgangskode:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New password:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gentag den:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The two new passwords differ. Type the same one twice.</source>
        <translation>De to nye adgangskoder er forskellige. Skriv den samme adgangskode begge gange.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Passwords</name>
    <message numerus="yes">
        <location filename="../core/security/passwords.cpp" line="+45" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>En adgangskode skal have mindst %n tegn.</numerusform>
            <numerusform>En adgangskode skal have mindst %n tegn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A password may have at most %n characters.</source>
        <translation>
            <numerusform>En adgangskode må højst have %n tegn.</numerusform>
            <numerusform>En adgangskode må højst have %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>A password cannot be only spaces.</source>
        <translation>En adgangskode kan ikke kun bestå af mellemrum.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The password library could not start.</source>
        <translation>Biblioteket til adgangskoder kunne ikke startes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is not enough memory to protect the password. Close other programs and try again.</source>
        <translation>Der er ikke nok hukommelse til at beskytte adgangskoden. Luk andre programmer, og prøv igen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Permissions</name>
    <message>
        <location filename="../core/workflow/permissions.cpp" line="+18" />
        <source>Reading cases needs an active user.</source>
        <translation>Kun aktive brugere kan læse sager.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changing cases needs a caseworker, leader or administrator.</source>
        <translation>Kun sagsbehandlere, ledere og administratorer kan ændre i sager.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only a leader may approve or refuse a decision.</source>
        <translation>Kun en leder kan godkende eller afvise en afgørelse.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may manage users.</source>
        <translation>Kun en administrator kan administrere brugere.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may change letter templates.</source>
        <translation>Kun en administrator kan ændre brevskabeloner.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may change the office's settings.</source>
        <translation>Kun en administrator kan ændre afdelingens indstillinger.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may restore a backup: it replaces everyone's work since the backup was made.</source>
        <translation>Kun en administrator kan gendanne en sikkerhedskopi: den erstatter alt det arbejde, alle har lavet, siden sikkerhedskopien blev lavet.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 (%2) may not do this. %3</source>
        <translation>%1 (%2) har ikke adgang til dette. %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is deactivated and may not do this.</source>
        <translation>%1 er deaktiveret og har ikke adgang til dette.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanDialog</name>
    <message>
        <location filename="../ui/plans/plandialog.cpp" line="+46" />
        <source>New task plan</source>
        <translation>Ny opgaveplan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New progress plan</source>
        <translation>Ny fremdriftsplan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit plan</source>
        <translation>Redigér plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Review of 7 decisions at Snurruhagen</source>
        <translation>Opfølgning på 7 afgørelser på Snurruhagen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the plan is to achieve, and why</source>
        <translation>Hvad planen skal opnå, og hvorfor</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Meeting held 9 January</source>
        <translation>Møde afholdt 9. januar</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
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
        <translation>Omfattede &amp;enheder:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Responsible caseworkers:</source>
        <translation>&amp;Ansvarlige sagsbehandlere:</translation>
    </message>
    <message>
        <location line="+151" />
        <source>The plan was not saved:</source>
        <translation>Planen er ikke gemt:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>This is the plan as now saved. Make your changes again and save.</source>
        <translation>Sådan er planen gemt nu. Lav dine ændringer igen, og gem.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanListModel</name>
    <message>
        <location filename="../ui/plans/planlistmodel.cpp" line="+49" />
        <source>Task plan</source>
        <translation>Opgaveplan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Progress plan</source>
        <translation>Fremdriftsplan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closed %1</source>
        <translation>Lukket %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>%1 of %n task(s) done</source>
        <translation>
            <numerusform>%1 af %n opgave udført</numerusform>
            <numerusform>%1 af %n opgaver udført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %n review(s) finished; %2 of %3 steps done</source>
        <translation>
            <numerusform>%1 af %n opfølgning afsluttet; %2 af %3 trin udført</numerusform>
            <numerusform>%1 af %n opfølgninger afsluttet; %2 af %3 trin udført</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tasks past their deadline</source>
        <translation>Opgaver, hvor fristen er overskredet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steps past their due date</source>
        <translation>Trin, hvor fristen er overskredet</translation>
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
            <numerusform>%1 (%n opfølgning)</numerusform>
            <numerusform>%1 (%n opfølgninger)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Done on %1 by %2</source>
        <translation>Udført %1 af %2</translation>
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
        <translation>Enheder</translation>
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
        <translation>Lukket</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <location line="+87" />
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location line="-96" />
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location line="+181" />
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location line="-174" />
        <location line="+73" />
        <source>Step</source>
        <translation>Trin</translation>
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
        <translation>Borger</translation>
    </message>
    <message>
        <location line="-35" />
        <location line="+36" />
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+102" />
        <source>Reviews</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <location line="-127" />
        <source>No decisions are added yet.</source>
        <translation>Der er endnu ikke tilføjet nogen afgørelser.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>✓ done on the date shown; otherwise the date the step is due.</source>
        <translation>✓ udført på den viste dato; ellers trinnets frist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>late</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Late steps (%1)</source>
        <translation>Forsinkede trin (%1)</translation>
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
        <translation>Opgaver</translation>
    </message>
    <message>
        <location line="-86" />
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Generated %1 by %2.</source>
        <translation>Udarbejdet %1 af %2.</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Timeline: %1</source>
        <translation>Tidslinje: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Could not start printing.</source>
        <translation>Udskrivningen kunne ikke startes.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Could not write the PDF file %1.</source>
        <translation>PDF-filen %1 kunne ikke skrives.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanRepository</name>
    <message>
        <location filename="../core/repository/planrepository.cpp" line="+160" />
        <source>Give the plan a title.</source>
        <translation>Giv planen en titel.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date the plan starts: the steps' due dates count from it.</source>
        <translation>Angiv planens startdato: trinnenes frister regnes fra den.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the plan's deadline.</source>
        <translation>Angiv planens frist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deadline cannot come before the start.</source>
        <translation>Fristen kan ikke ligge før starten.</translation>
    </message>
    <message>
        <location line="+111" />
        <source>There is no plan with id %1.</source>
        <translation>Der er ingen plan med id %1.</translation>
    </message>
    <message>
        <location line="+154" />
        <source>Give the date the plan was closed.</source>
        <translation>Angiv, hvornår planen blev lukket.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>"%1" is a task plan: it holds tasks, not reviews.</source>
        <translation>"%1" er en opgaveplan: den indeholder opgaver, ikke opfølgninger.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plan "%1" is closed.</source>
        <translation>Planen "%1" er lukket.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>There is no decision with id %1.</source>
        <translation>Der er ingen afgørelse med id %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Decision %1 is "%2": only a decision that applies can be reviewed.</source>
        <translation>Afgørelse %1 har status "%2": der kan kun følges op på gældende afgørelser.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Decision %1 is already being reviewed.</source>
        <translation>Der følges allerede op på afgørelse %1.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>There is no review with id %1.</source>
        <translation>Der er ingen opfølgning med id %1.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>The review of %1 has steps done and stays in the plan; reopen them first.</source>
        <translation>Opfølgningen på %1 har udførte trin og bliver i planen; genåbn dem først.</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+11" />
        <source>There is no review step with id %1.</source>
        <translation>Der er intet opfølgningstrin med id %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The step "%1" is done and cannot be changed; reopen it first.</source>
        <translation>Trinnet "%1" er udført og kan ikke ændres; genåbn det først.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>Say why the step is reopened; it is recorded.</source>
        <translation>Skriv, hvorfor trinnet genåbnes. Begrundelsen bliver registreret.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The review has no step for the meeting.</source>
        <translation>Opfølgningen har intet trin for mødet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The meeting was agreed in a step that is done; reopen it to link another meeting.</source>
        <translation>Mødet blev aftalt i et trin, der er udført; genåbn trinnet for at knytte et andet møde til.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>The new decision %1 is already written for this review.</source>
        <translation>Den nye afgørelse %1 er allerede skrevet i denne opfølgning.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Complete the step "%1" first: the new decision is written from it.</source>
        <translation>Afslut trinnet "%1" først: den nye afgørelse skrives ud fra det.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>A step cannot be done in the future.</source>
        <translation>Et trin kan ikke være udført på en dato i fremtiden.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Say what the task is.</source>
        <translation>Skriv, hvad opgaven går ud på.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A task cannot be done in the future.</source>
        <translation>En opgave kan ikke være udført på en dato i fremtiden.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>There is no task with id %1.</source>
        <translation>Der er ingen opgave med id %1.</translation>
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
        <translation>Udført</translation>
    </message>
    <message>
        <location line="-71" />
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Once for the whole plan, when all its decisions exist.</source>
        <translation>Én gang for hele planen, når alle dens afgørelser foreligger.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The earliest due date of the reviews that have not done this step.</source>
        <translation>Den tidligste frist blandt de opfølgninger, der ikke har udført dette trin.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n review(s) past the due date of this step</source>
        <translation>
            <numerusform>%n opfølgning har overskredet fristen for dette trin</numerusform>
            <numerusform>%n opfølgninger har overskredet fristen for dette trin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50" />
        <source>Step</source>
        <translation>Trin</translation>
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
        <translation>Fristen er overskredet, og opgaven er ikke udført.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick when done; double-click the date to change it.</source>
        <translation>Sæt flueben, når opgaven er udført; dobbeltklik på datoen for at ændre den.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Task</source>
        <translation>Opgave</translation>
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
        <translation>Udført</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanTimeline</name>
    <message>
        <location filename="../ui/plans/plantimeline.cpp" line="+21" />
        <source>Timeline of the plan's reviews</source>
        <translation>Tidslinje for planens opfølgninger</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Done on %1</source>
        <translation>Udført %1</translation>
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
        <translation>Udført</translation>
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
        <translation>Planens frist</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanViewWidget</name>
    <message>
        <location filename="../ui/plans/planview.cpp" line="+76" />
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <location line="+20" />
        <source>← &amp;Plans</source>
        <translation>← &amp;Planer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the list of plans</source>
        <translation>Tilbage til listen over planer</translation>
    </message>
    <message>
        <location line="+37" />
        <source>&amp;Add decisions…</source>
        <translation>&amp;Tilføj afgørelser…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit plan…</source>
        <translation>&amp;Redigér plan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Staffing reviewed…</source>
        <translation>&amp;Bemanding gennemgået…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close p&amp;lan…</source>
        <translation>L&amp;uk plan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send pre-&amp;notices…</source>
        <translation>Send &amp;varsler…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issues the pre-notice letters of every review that still lacks one</source>
        <translation>Udsender varsel om opfølgning i alle opfølgninger, der stadig mangler et</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;rint…</source>
        <translation>Ud&amp;skriv…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;ksportér PDF…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>&amp;Open review</source>
        <translation>&amp;Åbn opfølgning</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Give to</source>
        <translation>&amp;Overdrag til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the chosen review to another of the plan's caseworkers</source>
        <translation>Overdrag den valgte opfølgning til en anden af planens sagsbehandlere</translation>
    </message>
    <message>
        <location line="+4" />
        <source>✓ done on the date shown · otherwise due · red: late · bold: the step the review is at</source>
        <translation>✓ udført på den viste dato · ellers frist · rød: forsinket · fed: det trin, opfølgningen er nået til</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Add &amp;task</source>
        <translation>Tilføj op&amp;gave</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove task</source>
        <translation>&amp;Fjern opgave</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Double-click a cell to change it; tick Done when a task is done.</source>
        <translation>Dobbeltklik på en celle for at ændre den; sæt flueben i Udført, når en opgave er udført.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Reviews (%1)</source>
        <translation>Opfølgninger (%1)</translation>
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
        <translation>Enheder:</translation>
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
        <translation>Lukket:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>done %1</source>
        <translation>udført %1</translation>
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
            <numerusform>%n opfølgning er føjet til planen.</numerusform>
            <numerusform>%n opfølgninger er føjet til planen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37" />
        <source>Close plan</source>
        <translation>Luk plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close “%1”? A closed plan is kept and can be printed, but no longer changed.</source>
        <translation>Vil du lukke “%1”? En lukket plan bliver gemt og kan udskrives, men ikke længere ændres.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Print plan</source>
        <translation>Udskriv plan</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export plan as PDF</source>
        <translation>Eksportér plan som PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The plan is saved as %1.</source>
        <translation>Planen er gemt som %1.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>New task</source>
        <translation>Ny opgave</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Remove task</source>
        <translation>Fjern opgave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the task “%1”?</source>
        <translation>Vil du fjerne opgaven “%1”?</translation>
    </message>
</context>
<context>
    <name>fremdrift::Plans</name>
    <message>
        <location filename="../core/domain/progressplan.cpp" line="+71" />
        <source>Follow-up meeting planned (at least 8 weeks ahead)</source>
        <translation>Opfølgningsmøde planlagt (mindst 8 uger før)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pre-notice of evaluation sent</source>
        <translation>Varsel om opfølgning sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation meeting agreed</source>
        <translation>Opfølgningsmøde aftalt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Written status from the supplier (14 days before)</source>
        <translation>Skriftlig status fra leverandøren (14 dage før)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting held, new investigation started</source>
        <translation>Møde afholdt, ny udredning påbegyndt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medical information obtained</source>
        <translation>Helbredsoplysninger indhentet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Investigation finished with recommendation</source>
        <translation>Udredning afsluttet med indstilling</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision written and sent</source>
        <translation>Afgørelse skrevet og sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision put into effect</source>
        <translation>Afgørelsen iværksat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Staffing and rotas reviewed</source>
        <translation>Bemanding og vagtplaner gennemgået</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Planning</source>
        <translation>Planlægning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pre-notice</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting agreed</source>
        <translation>Møde aftalt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier status</source>
        <translation>Leverandørstatus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting held</source>
        <translation>Møde afholdt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medical info</source>
        <translation>Helbredsoplysninger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Investigation</source>
        <translation>Udredning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision sent</source>
        <translation>Afgørelse sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force</source>
        <translation>I kraft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Staffing</source>
        <translation>Bemanding</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Department leader</source>
        <translation>Afdelingsleder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Primary contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlansPage</name>
    <message>
        <location filename="../ui/plans/planspage.cpp" line="+84" />
        <source>Open plans</source>
        <translation>Åbne planer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed plans</source>
        <translation>Lukkede planer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All plans</source>
        <translation>Alle planer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only plans I am &amp;responsible for</source>
        <translation>Kun planer, jeg er &amp;ansvarlig for</translation>
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
        <translation>Ny &amp;opgaveplan…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
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
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location line="-4" />
        <source>&amp;Write pre-notice…</source>
        <translation>Skriv &amp;varsel…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writes the letter from the office's template, shows it, and issues it into the archive</source>
        <translation>Skriver brevet ud fra afdelingens skabelon, viser det og udsender det, så det gemmes i arkivet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Issuing the letter fills in when, how and to whom it was sent, and completes this step. A pre-notice sent some other way is recorded here by hand.</source>
        <translation>Når brevet udsendes, bliver dato, forsendelse og modtagere udfyldt automatisk, og trinnet bliver udført. Et varsel, der er sendt på anden måde, registreres her manuelt.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Sent on:</source>
        <translation>&amp;Sendt den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent &amp;how:</source>
        <translation>&amp;Forsendelse:</translation>
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
        <translation>nogen</translation>
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
        <translation>&amp;Revisionslog</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L&amp;etters</source>
        <translation>Br&amp;eve</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Only administrators can see the audit log.</source>
        <translation>Kun administratorer kan se revisionsloggen.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>All clients; type a name to choose one</source>
        <translation>Alle borgere; skriv et navn for at vælge en</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Staff:</source>
        <translation>&amp;Medarbejder:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;lient:</source>
        <translation>&amp;Borger:</translation>
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
        <translation>&amp;Kontrollér kæden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checks that no row of the audit log was changed, added or removed afterwards.</source>
        <translation>Kontrollerer, at ingen rækker i revisionsloggen er ændret, tilføjet eller fjernet bagefter.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Access &amp;report…</source>
        <translation>&amp;Adgangsrapport…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who opened or changed the client's record: for printing.</source>
        <translation>Hvem der har åbnet eller ændret borgerens oplysninger: til udskrivning.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as &amp;PDF…</source>
        <translation>Gem som &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the client's access report as a PDF file.</source>
        <translation>Gemmer borgerens adgangsrapport som en PDF-fil.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (deactivated)</source>
        <translation>%1 (deaktiveret)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Client %1</source>
        <translation>Borger %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n row(s), newest first</source>
        <translation>
            <numerusform>%n række, nyeste først</numerusform>
            <numerusform>%n rækker, nyeste først</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The audit log's chain holds: none of its %n row(s) was changed, added or removed afterwards.</source>
        <translation>
            <numerusform>Revisionsloggens kæde er intakt: dens %n række er ikke ændret, tilføjet eller fjernet bagefter.</numerusform>
            <numerusform>Revisionsloggens kæde er intakt: ingen af dens %n rækker er ændret, tilføjet eller fjernet bagefter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>The audit log's chain is broken at row %1: a row was changed, added or removed afterwards.</source>
        <translation>Revisionsloggens kæde er brudt ved række %1: en række er ændret, tilføjet eller fjernet bagefter.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+2" />
        <source>Access report for %1</source>
        <translation>Adgangsrapport for %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The access report is in %1.</source>
        <translation>Adgangsrapporten er gemt i %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Access report %1.pdf</source>
        <translation>Adgangsrapport %1.pdf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the access report</source>
        <translation>Gem adgangsrapporten</translation>
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
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location line="-90" />
        <source>Backups of %1 in %2, newest first. Restoring replaces the database with the backup you choose; the current file is kept beside it, ending in “.before-restore”.</source>
        <translation>Sikkerhedskopier af %1 i %2, nyeste først. Når du gendanner, erstattes databasen af den sikkerhedskopi, du vælger; den nuværende fil gemmes ved siden af med endelsen “.before-restore”.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Made</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There are no backups of this database yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af denne database.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The database cannot be restored while others use it: %1. Ask them to close Fremdrift, then try again.</source>
        <translation>Databasen kan ikke gendannes, mens andre bruger den: %1. Bed dem om at lukke Fremdrift, og prøv så igen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Replace %1 with the backup made %2?

Everything saved since then is no longer in the database. The current file is kept as %3.</source>
        <translation>Erstat %1 med sikkerhedskopien fra %2?

Alt, hvad der er gemt siden da, vil ikke længere findes i databasen. Den nuværende fil gemmes som %3.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewGridModel</name>
    <message>
        <location filename="../ui/plans/reviewgridmodel.cpp" line="+86" />
        <source>%1: done on %2</source>
        <translation>%1: udført %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: done on %2 by %3</source>
        <translation>%1: udført %2 af %3</translation>
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
        <translation>Borger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewHeader</name>
    <message>
        <location filename="../ui/reviews/reviewheader.cpp" line="+28" />
        <source>&amp;Reload</source>
        <translation>G&amp;enindlæs</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Read the review as it is saved now; your changes here are dropped.</source>
        <translation>Hent opfølgningen, som den er gemt nu; dine ændringer her går tabt.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Unit: %1</source>
        <translation>Enhed: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 under review: %2</source>
        <translation>%1 til opfølgning: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker: %1</source>
        <translation>Sagsbehandler: %1</translation>
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
        <translation>Opfølgningsmøde – %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewRules</name>
    <message>
        <location filename="../core/workflow/reviewworkflow.cpp" line="+57" />
        <source>%1 cannot be after the day the step is done (%2).</source>
        <translation>%1 kan ikke ligge efter den dag, trinnet er udført (%2).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Give the date the pre-notice was sent.</source>
        <translation>Angiv, hvornår varslet om opfølgning blev sendt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say who the pre-notice was sent to: the client, and the guardian if there is one.</source>
        <translation>Angiv, hvem varslet blev sendt til: borgeren og eventuelt værgen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Recipient %1 has no name.</source>
        <translation>Modtager %1 har intet navn.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Say how it was sent: by post, digitally or by hand.</source>
        <translation>Angiv, hvordan afgørelsen blev sendt: med post, digitalt eller udleveret personligt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the date planned for the follow-up meeting.</source>
        <translation>Angiv den planlagte dato for opfølgningsmødet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The planned meeting date must come after the planning starts.</source>
        <translation>Den planlagte mødedato skal ligge efter starten på planlægningen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agree the meeting first: its time, place and who takes part.</source>
        <translation>Aftal først mødet: tidspunkt, sted og deltagere.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The meeting has no date and time.</source>
        <translation>Mødet har ingen dato og intet tidspunkt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the meeting's place or its video link.</source>
        <translation>Angiv mødets sted eller videolink.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name the participants: the person, relative or guardian, caseworker and primary contact.</source>
        <translation>Angiv deltagerne: borgeren, pårørende eller værge, sagsbehandler og kontaktperson.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say how the meeting was agreed: by letter or by phone.</source>
        <translation>Angiv, hvordan mødet blev aftalt: pr. brev eller telefonisk.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give the date the supplier's written status came.</source>
        <translation>Angiv, hvornår leverandørens skriftlige status kom.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sum up the supplier's status.</source>
        <translation>Opsummér leverandørens status.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no evaluation meeting: agree it in the step before.</source>
        <translation>Der er intet opfølgningsmøde: aftal det i det forrige trin.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mark the meeting as held.</source>
        <translation>Markér mødet som afholdt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The meeting is on %1: it cannot have been held yet.</source>
        <translation>Mødet holdes %1: det kan ikke være afholdt endnu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record who attended the meeting.</source>
        <translation>Registrér, hvem der deltog i mødet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the minutes of the meeting.</source>
        <translation>Skriv referatet af mødet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say who took the minutes.</source>
        <translation>Angiv, hvem der tog referat.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The investigation must describe: %1.</source>
        <translation>Udredningen skal beskrive: %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Assess the consent competence: full, partial or none.</source>
        <translation>Vurdér handleevnen: fuld, delvis eller ingen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say whether an individual plan exists, is needed or not.</source>
        <translation>Angiv, om borgeren har en individuel plan, har behov for en eller ikke har behov for en.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Describe the needs in the life area "%1" (write "no needs" if there are none).</source>
        <translation>Beskriv behovene på livsområdet "%1" (skriv "ingen behov", hvis der ikke er nogen).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the date of the new %1 assessment.</source>
        <translation>Angiv datoen for den nye %1-vurdering.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Score every item of the %1 assessment; missing: %2.</source>
        <translation>Angiv en score for hvert punkt i %1-vurderingen; mangler: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Record the request for medical information to the GP (and to specialists where relevant).</source>
        <translation>Registrér anmodningen om helbredsoplysninger til egen læge (og eventuelt til speciallæger).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Request %1: say whom it went to.</source>
        <translation>Anmodning %1: angiv, hvem den blev sendt til.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Request %1: say what was asked.</source>
        <translation>Anmodning %1: angiv, hvad der blev spurgt om.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Request %1: give the date it was sent.</source>
        <translation>Anmodning %1: angiv, hvornår den blev sendt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request %1 has not been answered yet.</source>
        <translation>Anmodning %1 er endnu ikke besvaret.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request %1 cannot be answered before it was sent.</source>
        <translation>Anmodning %1 kan ikke være besvaret, før den blev sendt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request %1: sum up the answer.</source>
        <translation>Anmodning %1: opsummér svaret.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Estimate the hours of each service.</source>
        <translation>Skøn timetallet for hver ydelse.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Estimate %1: choose a service from the list.</source>
        <translation>Skøn %1: vælg en ydelse på listen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Estimate %1: hours a week must be between 0 and 168.</source>
        <translation>Skøn %1: timer pr. uge skal være mellem 0 og 168.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Estimate %1 has no hours.</source>
        <translation>Skøn %1 har ingen timer.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Write the recommendation.</source>
        <translation>Skriv indstillingen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Discuss the decision with the unit leader before approval: who and when.</source>
        <translation>Drøft afgørelsen med lederen før godkendelse: hvem og hvornår.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Discuss the decision with the department leader before approval: who and when.</source>
        <translation>Drøft afgørelsen med afdelingslederen før godkendelse: hvem og hvornår.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give the date the primary contact was contacted.</source>
        <translation>Angiv, hvornår kontaktpersonen blev kontaktet.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <source>Give the date the action plan was updated.</source>
        <translation>Angiv, hvornår handleplanen blev opdateret.</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Write the new decision first.</source>
        <translation>Skriv først den nye afgørelse.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The new decision lacks: %1.</source>
        <translation>Den nye afgørelse mangler: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new decision %1 is "%2": it must be approved and sent.</source>
        <translation>Den nye afgørelse %1 har status "%2": den skal godkendes og sendes.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no new decision to put into effect.</source>
        <translation>Der er ingen ny afgørelse at iværksætte.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put the new decision in force first; the complaint deadline runs until %1.</source>
        <translation>Sæt først den nye afgørelse i kraft; klagefristen udløber %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the new decision in force first.</source>
        <translation>Sæt først den nye afgørelse i kraft.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date the department leader was informed.</source>
        <translation>Angiv, hvornår afdelingslederen blev orienteret.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the date the primary contact was informed.</source>
        <translation>Angiv, hvornår kontaktpersonen blev orienteret.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date the care record was updated.</source>
        <translation>Angiv, hvornår journalen blev opdateret.</translation>
    </message>
    <message>
        <location line="+120" />
        <source>This step was done on %1.</source>
        <translation>Trinnet blev udført %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the date the step was done.</source>
        <translation>Angiv, hvornår trinnet blev udført.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A step cannot be done in the future.</source>
        <translation>Et trin kan ikke være udført på en dato i fremtiden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Complete the step "%1" first.</source>
        <translation>Udfør først trinnet "%1".</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The step before was done on %1; this one cannot be done earlier.</source>
        <translation>Det forrige trin blev udført %1; dette trin kan ikke udføres tidligere.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The step is not done.</source>
        <translation>Trinnet er ikke udført.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reopen the step "%1" first: it comes later and is done.</source>
        <translation>Genåbn først trinnet "%1": det kommer senere og er udført.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The scope and description of each service</source>
        <translation>Omfang og beskrivelse af hver ydelse</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Own time and time shared with others, for each service</source>
        <translation>Individuel tid og fælles tid med andre for hver ydelse</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No fixed end date</source>
        <translation>Ingen fast slutdato</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When the decision will be evaluated</source>
        <translation>Hvornår der følges op på afgørelsen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The previous allocation and the changes (replaces %1)</source>
        <translation>Den hidtidige bevilling og ændringerne (erstatter %1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Staffing was reviewed on %1.</source>
        <translation>Bemandingen blev gennemgået %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date staffing and rotas were reviewed.</source>
        <translation>Angiv, hvornår bemanding og vagtplaner blev gennemgået.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plan has no reviews.</source>
        <translation>Planen har ingen opfølgninger.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Staffing is reviewed when all the plan's decisions are in force; still waiting: %1.</source>
        <translation>Bemandingen gennemgås, når alle planens afgørelser er i kraft; der ventes stadig på: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write what was reviewed and changed in staffing and rotas.</source>
        <translation>Skriv, hvad der blev gennemgået og ændret i bemanding og vagtplaner.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewWindow</name>
    <message>
        <location filename="../ui/reviews/reviewwindow.cpp" line="+111" />
        <source>The step "%1" is done once for the whole plan, when all its decisions are in force: see the plan.</source>
        <translation>Trinnet "%1" udføres én gang for hele planen, når alle dens afgørelser er i kraft: se planen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The day the step was done</source>
        <translation>Den dag, trinnet blev udført</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Complete step</source>
        <translation>&amp;Udfør trin</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;open step…</source>
        <translation>G&amp;enåbn trin…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location line="+191" />
        <source>Done %1 by %2</source>
        <translation>Udført %1 af %2</translation>
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
        <translation>Trinnet er udført; genåbn det for at ændre det.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The step can be completed.</source>
        <translation>Trinnet kan udføres.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Still needed to complete this step:</source>
        <translation>Det mangler, før trinnet kan udføres:</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Review – %1</source>
        <translation>Opfølgning – %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>"%1" is done.</source>
        <translation>"%1" er udført.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reopen step</source>
        <translation>Genåbn trin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why is "%1" reopened? The reason is recorded with the review.</source>
        <translation>Hvorfor genåbnes "%1"? Begrundelsen bliver registreret sammen med opfølgningen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" is open again.</source>
        <translation>"%1" er åbnet igen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>"%1" was completed meanwhile by %2 and can no longer be merged. Reload it to see it as saved.</source>
        <translation>"%1" er i mellemtiden afsluttet af %2 og kan ikke længere flettes. Genindlæs for at se trinnet, som det er gemt.</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>The pre-notice is issued (%n letter(s)) and kept in the archive.</source>
        <translation>
            <numerusform>Varslet er udsendt (%n brev) og gemt i arkivet.</numerusform>
            <numerusform>Varslet er udsendt (%n breve) og gemt i arkivet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>Put in force early</source>
        <translation>Sæt i kraft før tid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The %1 runs until %2. Why must the decision be put in force before then? The reason is recorded.</source>
        <translation>Der er %1 til og med %2. Hvorfor skal afgørelsen sættes i kraft før da? Begrundelsen bliver registreret.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is in force from %2.</source>
        <translation>%1 er i kraft fra %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The step cannot be completed yet:</source>
        <translation>Trinnet kan endnu ikke udføres:</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the changes to this review?</source>
        <translation>Vil du gemme ændringerne i opfølgningen?</translation>
    </message>
</context>
<context>
    <name>fremdrift::Role</name>
    <message>
        <location filename="../core/domain/staffuser.cpp" line="+33" />
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leader (approves decisions)</source>
        <translation>Leder (godkender afgørelser)</translation>
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
        <translation>Skift rolle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The role of %1 (%2) decides what they may do.</source>
        <translation>Rollen afgør, hvad %1 (%2) må gøre.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Ændring</translation>
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
        <translation>Afsendelsesdatoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It cannot have been received before it was sent.</source>
        <translation>Afgørelsen kan ikke være modtaget, før den blev sendt.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Received on %1.</source>
        <translation>Modtaget %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assumed received on %1.</source>
        <translation>Anses for modtaget %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 (%3). In force from %4.</source>
        <translation>%1: %2 (%3). I kraft fra %4.</translation>
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
        <translation>%1 t (individuel %2, fælles %3)</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous own</source>
        <translation>Før, individuel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous shared</source>
        <translation>Før, fælles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New own</source>
        <translation>Ny, individuel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New shared</source>
        <translation>Ny, fælles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change a week</source>
        <translation>Ændring pr. uge</translation>
    </message>
</context>
<context>
    <name>fremdrift::Session</name>
    <message>
        <location filename="../core/workflow/session.cpp" line="+64" />
        <source>The database has no active staff user. An administrator must add one with fremdrift-cli user add.</source>
        <translation>Databasen har ingen aktive medarbejdere. En administrator skal oprette en med fremdrift-cli user add.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>There is no staff user called "%1".</source>
        <translation>Der er ingen medarbejder med brugernavnet "%1".</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is deactivated and cannot work in this database.</source>
        <translation>%1 er deaktiveret og kan ikke arbejde i denne database.</translation>
    </message>
</context>
<context>
    <name>fremdrift::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="+57" />
        <source>Check the database</source>
        <translation>Kontrollér databasen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff users…</source>
        <translation>Medarbejdere…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Interface language:</source>
        <translation>Sprog i programmet:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The language of menus and messages. The country's rules and legal terms follow the database.</source>
        <translation>Sproget i menuer og beskeder. Landets regler og de juridiske begreber følger databasen.</translation>
    </message>
    <message>
        <location line="+142" />
        <source>e.g. Nordby municipality, care services office</source>
        <translation>f.eks. Nordby Kommune, Social og Handicap</translation>
    </message>
    <message>
        <location line="-136" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Working as:</source>
        <translation>Logget ind som:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country's rules:</source>
        <translation>Følger reglerne i:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version:</source>
        <translation>Skemaversion:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access:</source>
        <translation>Adgang:</translation>
    </message>
    <message>
        <location line="+68" />
        <source>No database is open</source>
        <translation>Ingen database er åben</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Read-only: %1</source>
        <translation>Skrivebeskyttet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can be changed</source>
        <translation>Kan ændres</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Letterhead</source>
        <translation>Brevhoved</translation>
    </message>
    <message>
        <location line="+9" />
        <source>One line each, e.g.
Postboks 1234
9615 Hammerfest</source>
        <translation>Én linje for hver, f.eks.
Postboks 1234
9000 Aalborg</translation>
    </message>
    <message>
        <location line="+15" />
        <source>C&amp;hoose image…</source>
        <translation>&amp;Vælg billede…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save letterhead</source>
        <translation>&amp;Gem brevhoved</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Office &amp;name:</source>
        <translation>Afdelingens &amp;navn:</translation>
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
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Web:</source>
        <translation>&amp;Websted:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisationsnummer (CVR):</translation>
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
        <translation>Kun en administrator kan ændre brevhovedet. Du er logget ind som %1 (%2).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose the office's logo</source>
        <translation>Vælg afdelingens logo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images (%1)</source>
        <translation>Billeder (%1)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is not an image Fremdrift can read: %2</source>
        <translation>%1 er ikke et billede, som Fremdrift kan læse: %2</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The letterhead is saved. Letters issued from now on print it.</source>
        <translation>Brevhovedet er gemt. Breve, der udsendes fra nu af, udskrives med det.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database is sound: the whole file was read and every rule holds.</source>
        <translation>Databasen er i orden: hele filen er læst, og alle regler er overholdt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database has problems:</source>
        <translation>Der er problemer med databasen:</translation>
    </message>
</context>
<context>
    <name>fremdrift::SqlErrors</name>
    <message>
        <location filename="../core/storage/sql.cpp" line="+38" />
        <location line="+32" />
        <source>The database reported an error.</source>
        <translation>Databasen meldte en fejl.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The database is busy: another user is saving. Try again in a moment.</source>
        <translation>Databasen er optaget: en anden bruger er ved at gemme. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database is open read-only, so nothing can be saved.</source>
        <translation>Databasen er åbnet skrivebeskyttet, så der kan ikke gemmes noget.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken er fuld. Intet er gemt; frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file could not be read or written. Check that the drive is connected and try again.</source>
        <translation>Databasefilen kunne ikke læses eller skrives. Kontrollér, at drevet er tilsluttet, og prøv igen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Databasefilen er beskadiget. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>Ændringen strider mod en af databasens regler og er ikke blevet gemt.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Someone else deleted this record while you were working on it. Your changes were not saved.</source>
        <translation>En anden har slettet oplysningerne, mens du arbejdede med dem. Dine ændringer er ikke gemt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 saved this record at %2, after you opened it. Your changes were not saved: reload to see theirs, then make yours again.</source>
        <translation>%1 gemte oplysningerne %2, efter at du havde åbnet dem. Dine ændringer er ikke gemt: genindlæs for at se de nye ændringer, og lav så dine egne igen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
</context>
<context>
    <name>fremdrift::StaffPasswordDialog</name>
    <message>
        <location filename="../ui/users/usersdialog.cpp" line="-65" />
        <source>Set password</source>
        <translation>Angiv adgangskode</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new password for %1 (%2). Tell it to them in person; they can change it themselves later.</source>
        <translation>En ny adgangskode til %1 (%2). Fortæl vedkommende den personligt; vedkommende kan selv ændre den senere.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;New password:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gentag den:</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>En adgangskode skal have mindst %n tegn.</numerusform>
            <numerusform>En adgangskode skal have mindst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>De to adgangskoder er forskellige. Skriv den samme adgangskode begge gange.</translation>
    </message>
</context>
<context>
    <name>fremdrift::StaffingDialog</name>
    <message>
        <location filename="../ui/plans/staffingdialog.cpp" line="+21" />
        <source>Once for the whole plan, when all its decisions exist: the department leader reviews staffing plans and rotas with the assistant unit leader and the union representatives.</source>
        <translation>Én gang for hele planen, når alle dens afgørelser foreligger: afdelingslederen gennemgår bemandingsplaner og vagtplaner med den stedfortrædende leder og tillidsrepræsentanterne.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>What was changed in the rotas</source>
        <translation>Hvad der blev ændret i vagtplanerne</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Done on:</source>
        <translation>&amp;Udført den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Bemærkninger:</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Write what was reviewed: it is kept with the plan.</source>
        <translation>Skriv, hvad der blev gennemgået. Det gemmes sammen med planen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::StepForms</name>
    <message>
        <location filename="../core/workflow/stepforms.cpp" line="+25" />
        <source>Health and well-being</source>
        <translation>Helbred og trivsel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Daily living and practical tasks</source>
        <translation>Dagligdag og praktiske opgaver</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work, school or day activity</source>
        <translation>Arbejde, uddannelse eller dagtilbud</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social life and leisure</source>
        <translation>Socialt liv og fritid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Family and network</source>
        <translation>Familie og netværk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Economy</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Consent competence</source>
        <translation>Handleevne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Consent competence assessed by</source>
        <translation>Handleevne vurderet af</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User participation</source>
        <translation>Borgerens medvirken</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relatives' participation</source>
        <translation>Inddragelse af pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The person's own needs, wishes and goals</source>
        <translation>Borgerens egne behov, ønsker og mål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nearest relative</source>
        <translation>Nærmeste pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Individual plan</source>
        <translation>Individuel plan</translation>
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
        <translation>&amp;Bemærkninger:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Set by hand, the due date no longer follows the plan's dates.</source>
        <translation>Når fristen er sat manuelt, følger den ikke længere planens datoer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Done %1 by %2.</source>
        <translation>Udført %1 af %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late: not done yet.</source>
        <translation>Forsinket: endnu ikke udført.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not done yet.</source>
        <translation>Endnu ikke udført.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsible: %1. %2</source>
        <translation>Ansvarlig: %1. %2</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Notes</source>
        <translation>Bemærkninger</translation>
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
        <translation>Status &amp;modtaget den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Summary:</source>
        <translation>&amp;Resumé:</translation>
    </message>
</context>
<context>
    <name>fremdrift::TableSummaryModel</name>
    <message>
        <location filename="../ui/tablesummarymodel.cpp" line="+14" />
        <source>Clients</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relatives, guardians and contacts</source>
        <translation>Pårørende, værger og kontaktpersoner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress plans</source>
        <translation>Fremdriftsplaner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter templates</source>
        <translation>Brevskabeloner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letters issued</source>
        <translation>Udsendte breve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units and homes</source>
        <translation>Enheder og botilbud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff users</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Kind of record</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count</source>
        <translation>Antal</translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplateEditor</name>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="+46" />
        <source>Template source</source>
        <translation>Skabelonens kildetekst</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Bold</source>
        <translation>Fed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bold text: &lt;b&gt;…&lt;/b&gt;</source>
        <translation>Fed tekst: &lt;b&gt;…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Italic text: &lt;i&gt;…&lt;/i&gt;</source>
        <translation>Kursiv tekst: &lt;i&gt;…&lt;/i&gt;</translation>
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
        <translation>Afsnit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A paragraph: &lt;p&gt;…&lt;/p&gt;</source>
        <translation>Et afsnit: &lt;p&gt;…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A bulleted list, one item per selected line: &lt;ul&gt;&lt;li&gt;…&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>En punktopstilling med ét punkt pr. markeret linje: &lt;ul&gt;&lt;li&gt;…&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Problems in the template</source>
        <translation>Problemer i skabelonen</translation>
    </message>
    <message>
        <location line="+20" />
        <source>What changed, and why (kept with the version)</source>
        <translation>Hvad er ændret, og hvorfor (gemmes sammen med versionen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save as new version</source>
        <translation>&amp;Gem som ny version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the template as its next version; letters issued from now on use it.</source>
        <translation>Gemmer skabelonen som næste version; breve, der udsendes fra nu af, bruger den.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;vert</source>
        <translation>&amp;Kassér ændringer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the template as it was saved.</source>
        <translation>Tilbage til skabelonen, som den blev gemt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Note on this change:</source>
        <translation>&amp;Bemærkning til ændringen:</translation>
    </message>
    <message>
        <location line="+115" />
        <source>Click to show where it is.</source>
        <translation>Klik for at se, hvor det er.</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n error(s) in the template: it cannot be saved until they are put right.</source>
        <translation>
            <numerusform>%n fejl i skabelonen: den kan ikke gemmes, før fejlen er rettet.</numerusform>
            <numerusform>%n fejl i skabelonen: den kan ikke gemmes, før fejlene er rettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n problem(s) in the sample letter: letters would be stopped until they are put right.</source>
        <translation>
            <numerusform>%n problem i eksempelbrevet: breve bliver stoppet, indtil det er løst.</numerusform>
            <numerusform>%n problemer i eksempelbrevet: breve bliver stoppet, indtil de er løst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>No problems in the template or the sample letter.</source>
        <translation>Ingen problemer i skabelonen eller eksempelbrevet.</translation>
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
        <translation>Skabelonen er for stor (over %1 mio. tegn): kontrollér, at det er den rigtige fil, der er valgt.</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>%n more error(s) not listed: fix the ones above and check again.</source>
        <translation>
            <numerusform>Yderligere %n fejl er ikke vist: ret fejlene ovenfor, og kontrollér igen.</numerusform>
            <numerusform>Yderligere %n fejl er ikke vist: ret fejlene ovenfor, og kontrollér igen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>The tag %1 is never closed: add }} at its end (a tag fits on one line), or write a brace meant as text as &amp;#123;.</source>
        <translation>Tagget %1 bliver aldrig lukket: tilføj }} til sidst i det (et tag skal stå på én linje), eller skriv en klammeparentes, der skal stå som tekst, som &amp;#123;.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The comment %1 is never closed: add }} where it should end.</source>
        <translation>Kommentaren %1 bliver aldrig lukket: tilføj }}, hvor den skal slutte.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The tag %1 is empty: write a field name between the braces, or remove it.</source>
        <translation>Tagget %1 er tomt: skriv et feltnavn mellem klammerne, eller fjern det.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The tag %1 starts an unknown kind of section: use {{#if …}}, {{#unless …}} or {{#part …}}.</source>
        <translation>Tagget %1 starter en ukendt slags sektion: brug {{#if …}}, {{#unless …}} eller {{#part …}}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The tag %1 needs a part id, such as {{#part complaint_right}}.</source>
        <translation>Tagget %1 skal have et id for en del, f.eks. {{#part complaint_right}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 needs a field name, such as {{#%2 guardian.name}}.</source>
        <translation>Tagget %1 skal have et feltnavn, f.eks. {{#%2 guardian.name}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 holds more than one name: keep one, such as {{#%2 guardian.name}}.</source>
        <translation>Tagget %1 indeholder mere end ét navn: behold ét, f.eks. {{#%2 guardian.name}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>«%1» in %2 is not a valid name: use letters, digits and _, starting with a letter, and single dots between parts, such as guardian.name.</source>
        <translation>»%1« i %2 er ikke et gyldigt navn: brug bogstaver, cifre og _, begynd med et bogstav, og adskil delene med ét punktum, f.eks. guardian.name.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The part %1 is inside the part %2 (%3): parts cannot nest; close the first with {{/part}} before starting the next.</source>
        <translation>Delen %1 står inde i delen %2 (%3): dele kan ikke ligge inden i hinanden; luk den første med {{/part}}, før du begynder den næste.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The section %1 is nested more than %2 sections deep: close some sections before it.</source>
        <translation>Sektionen %1 er indlejret i mere end %2 niveauer: luk nogle sektioner før den.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The tag %1 closes an unknown kind of section: use {{/if}}, {{/unless}} or {{/part}}.</source>
        <translation>Tagget %1 lukker en ukendt slags sektion: brug {{/if}}, {{/unless}} eller {{/part}}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The tag %1 takes no name: write just %2.</source>
        <translation>Tagget %1 skal ikke have noget navn: skriv bare %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 closes nothing: remove it, or add {{#%2 …}} where the section should start.</source>
        <translation>Tagget %1 lukker ingenting: fjern det, eller tilføj {{#%2 …}}, hvor sektionen skal begynde.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The tag %1 cannot close %2, which is still open from %3: add %4 before %1.</source>
        <translation>Tagget %1 kan ikke lukke %2, som stadig er åben fra %3: tilføj %4 før %1.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The tag %1 takes no name: write just {{else}}.</source>
        <translation>Tagget %1 skal ikke have noget navn: skriv bare {{else}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 is not directly inside an {{#if …}} or {{#unless …}} section: remove it, or put the section around it.</source>
        <translation>Tagget %1 står ikke direkte inde i en {{#if …}}- eller {{#unless …}}-sektion: fjern det, eller sæt sektionen omkring det.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The section %1 already has an {{else}} at %2: remove one of them.</source>
        <translation>Sektionen %1 har allerede et {{else}} i %2: fjern et af dem.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The tag %1 holds more than one word: write one field name, such as {{client.name}}.</source>
        <translation>Tagget %1 indeholder mere end ét ord: skriv ét feltnavn, f.eks. {{client.name}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>«%1» in %2 is not a valid name: use letters, digits and _, starting with a letter, and single dots between parts, such as client.name.</source>
        <translation>»%1« i %2 er ikke et gyldigt navn: brug bogstaver, cifre og _, begynd med et bogstav, og adskil delene med ét punktum, f.eks. client.name.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The section %1 is never closed: add %2 where it should end.</source>
        <translation>Sektionen %1 bliver aldrig lukket: tilføj %2, hvor den skal slutte.</translation>
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
        <translation>En anden</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Fremdrift has no template «%1» in the language «%2».</source>
        <translation>Fremdrift har ingen skabelon »%1« på sproget »%2«.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>There is no template «%1» in the language «%2», nor in «%3».</source>
        <translation>Der er ingen skabelon »%1« på sproget »%2« og heller ikke på »%3«.</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+70" />
        <source>There is no template with id %1.</source>
        <translation>Der er ingen skabelon med id %1.</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Templates are written in %1; «%2» is not one of them.</source>
        <translation>Skabeloner kan skrives på %1; »%2« er ikke et af disse sprog.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The template is empty: write the letter.</source>
        <translation>Skabelonen er tom: skriv brevet.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>%1 saved a new version of the template «%2» while this letter was being prepared. Prepare the letter again to use it.</source>
        <translation>%1 har gemt en ny version af skabelonen »%2«, mens dette brev blev forberedt. Forbered brevet igen for at bruge den.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The template you edited was version %1, but the newest version is %2. Reload the template and make your changes again.</source>
        <translation>Den skabelon, du redigerede, var version %1, men den nyeste version er %2. Genindlæs skabelonen, og foretag dine ændringer igen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 saved version %2 of this template at %3, after you opened version %4. Your changes were not saved: reload to see theirs, then make yours again.</source>
        <translation>%1 gemte version %2 af skabelonen den %3, efter at du havde åbnet version %4. Dine ændringer er ikke gemt: genindlæs for at se vedkommendes ændringer, og foretag derefter dine egne igen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>As shipped with Fremdrift</source>
        <translation>Som leveret med Fremdrift</translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplatesPage</name>
    <message>
        <location filename="../ui/templates/templatespage.cpp" line="+51" />
        <source>&amp;Reload</source>
        <translation>G&amp;enindlæs</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read the template as it is saved now; your edits are dropped.</source>
        <translation>Hent skabelonen, som den er gemt nu; dine ændringer går tabt.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Preview on sample data</source>
        <translation>Forhåndsvisning med eksempeldata</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Saved versions</source>
        <translation>Gemte versioner</translation>
    </message>
    <message>
        <location line="+3" />
        <source>V&amp;iew</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shows the chosen version in the editor, read-only.</source>
        <translation>Viser den valgte version i editoren, skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Res&amp;tore as new version</source>
        <translation>Gendan som n&amp;y version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the chosen version again as the newest one.</source>
        <translation>Gemmer den valgte version igen som den nyeste.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Restore as new version</source>
        <translation>Gendan som ny version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the current version</source>
        <translation>Tilbage til den nuværende version</translation>
    </message>
    <message>
        <location line="+118" />
        <source>None saved yet: letters use the shipped default.</source>
        <translation>Ingen er gemt endnu: breve bruger den standardskabelon, der følger med Fremdrift.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The database is read-only, so templates cannot be changed: %1</source>
        <translation>Databasen er skrivebeskyttet, så skabelonerne kan ikke ændres: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only administrators can change templates. You are working as %1 (%2): you can read them and try the preview.</source>
        <translation>Kun administratorer kan ændre skabeloner. Du er logget ind som %1 (%2): du kan læse skabelonerne og prøve forhåndsvisningen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None in %1 yet: this is the %2 template to start from (%3).</source>
        <translation>Der er endnu ingen på %1: dette er skabelonen på %2, som du kan tage udgangspunkt i (%3).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 · unsaved changes</source>
        <translation>%1 · ikke gemte ændringer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You are viewing an earlier version: %1. It cannot be edited here; restore it to make it the current version again.</source>
        <translation>Du ser en tidligere version: %1. Den kan ikke redigeres her; gendan den for at gøre den til den nuværende version igen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Shipped default</source>
        <translation>Standardskabelon</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1 by %2, %3</source>
        <translation>Version %1 af %2, %3</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+8" />
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <location line="-7" />
        <source>The template «%1» has unsaved changes. Save them as a new version?</source>
        <translation>Skabelonen »%1« har ændringer, der ikke er gemt. Vil du gemme dem som en ny version?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The template «%1» has unsaved changes that cannot be saved as they are (see the problems under the editor). Discard them?</source>
        <translation>Skabelonen »%1« har ændringer, der ikke kan gemmes, som de er (se problemerne under editoren). Vil du kassere dem?</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Saved as version %1. Letters issued from now on use it.</source>
        <translation>Gemt som version %1. Breve, der udsendes fra nu af, bruger den.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 saved version %2 of this template while you were editing. Your changes cannot be saved over it; Reload shows their version.</source>
        <translation>%1 har gemt version %2 af skabelonen, mens du redigerede. Dine ændringer kan ikke gemmes oven i den; Genindlæs viser vedkommendes version.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The template has errors, so the preview shows it as it was before them.</source>
        <translation>Skabelonen har fejl, så forhåndsvisningen viser den, som den var før fejlene.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No sample letter could be made from the template; see the problems under the editor.</source>
        <translation>Der kunne ikke laves et eksempelbrev ud fra skabelonen; se problemerne under editoren.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Restored version %1</source>
        <translation>Gendannet fra version %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::UpcomingMeetingModel</name>
    <message>
        <location filename="../ui/overview/upcomingmeetingmodel.cpp" line="+86" />
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
</context>
<context>
    <name>fremdrift::UsersDialog</name>
    <message>
        <location filename="../ui/users/usersdialog.cpp" line="-393" />
        <source>&amp;Add user…</source>
        <translation>&amp;Tilføj bruger…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set &amp;password…</source>
        <translation>Angiv &amp;adgangskode…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change &amp;role…</source>
        <translation>Skift &amp;rolle…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivér…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Staff users</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Has password</source>
        <translation>Har adgangskode</translation>
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
        <translation>Nej, deaktiveret</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Deactivated users keep their history but can no longer log in or act. A new role applies on other PCs when the user next starts Fremdrift.</source>
        <translation>Deaktiverede brugere beholder deres historik, men kan ikke længere logge ind eller foretage sig noget. En ny rolle gælder på andre pc'er, næste gang brugeren starter Fremdrift.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only an administrator may add users, set their passwords, change their roles or deactivate them.</source>
        <translation>Kun en administrator kan tilføje brugere, angive deres adgangskoder, skifte deres roller eller deaktivere dem.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1 is added as %2.</source>
        <translation>%1 er tilføjet som %2.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The password of %1 is set.</source>
        <translation>Adgangskoden til %1 er angivet.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 is now %2.</source>
        <translation>%1 er nu %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Deactivate user</source>
        <translation>Deaktivér bruger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deactivate %1? They can no longer log in or act. Nothing they did is deleted, and their history stays.</source>
        <translation>Vil du deaktivere %1? Vedkommende kan ikke længere logge ind eller foretage sig noget. Intet af det, vedkommende har gjort, slettes, og historikken bevares.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is deactivated.</source>
        <translation>%1 er deaktiveret.</translation>
    </message>
</context>
<context>
    <name>fremdrift::WorkloadModel</name>
    <message>
        <location filename="../ui/overview/workloadmodel.cpp" line="+61" />
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open reviews</source>
        <translation>Åbne opfølgninger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due this week</source>
        <translation>Frist i denne uge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late steps</source>
        <translation>Forsinkede trin</translation>
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
        <translation>Det land, hvis regler databasen følger: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A new database needs --jurisdiction no, se or dk.</source>
        <translation>En ny database kræver --jurisdiction no, se eller dk.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Unknown jurisdiction "%1": use no, se or dk.</source>
        <translation>Ukendt land "%1": brug no, se eller dk.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>"%1" needs a subcommand: %2.</source>
        <translation>"%1" kræver en underkommando: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown subcommand "%1 %2": use %3.</source>
        <translation>Ukendt underkommando "%1 %2": brug %3.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Give the record's id, a whole number, e.g. 12.</source>
        <translation>Angiv postens id som et helt tal, f.eks. 12.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--%1 takes a date as YYYY-MM-DD, not "%2".</source>
        <translation>--%1 skal være en dato skrevet YYYY-MM-DD, ikke "%2".</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 skal være et helt tal fra %2 til %3.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This command needs --%1.</source>
        <translation>Kommandoen kræver --%1.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Mark the database as a test database (accepts test ID numbers).</source>
        <translation>Markér databasen som testdatabase (accepterer testpersonnumre).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The office's name, for letterheads.</source>
        <translation>Afdelingens navn til brevhovedet.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>How many invented clients (default 36).</source>
        <translation>Antal opdigtede borgere (standard: 36).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--clients takes a whole number from 1 to 1000000.</source>
        <translation>--clients skal være et helt tal fra 1 til 1000000.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 already exists. Demo data only goes into a new database: give another --db.</source>
        <translation>%1 findes allerede. Demodata kan kun lægges i en ny database: angiv en anden --db.</translation>
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
                  opret en ny database
  demo --jurisdiction no|se|dk [--clients N]
                  opret en ny testdatabase med opdigtede demodata
  info            beskriv databasen
  check           kontrollér integritet og skema; returnerer kun 0, når alt er i orden
  backup [--folder MAPPE] [--keep N]
                  lav en kontrolleret sikkerhedskopi (standardmappe: lokal, én pr. database)
  backup list [--folder MAPPE]
  restore FIL [--yes]
                  erstat databasen med en sikkerhedskopi; afvises, mens andre bruger den
  user list       medarbejderne
  user add --username U --name NAVN --role caseworker|leader|administrator|readonly
                  [--title T]   (administratorer; adgangskode: FREMDRIFT_PASSWORD_NEW eller indtastet)
  user passwd [BRUGERNAVN]
                  skift din egen adgangskode eller (administratorer) en andens
  user deactivate BRUGERNAVN
                  (administratorer) brugeren beholder sin historik, men kan ikke logge ind
  user role BRUGERNAVN caseworker|leader|administrator|readonly   (administratorer)
  client add --name NAVN | --given-name G --family-name F
             [--national-id ID] [--unit NAVN]
  client list [--search TEKST] [--limit N]
  client show ID  borgeren med kontakter og afgørelser
  decision add --json FIL
                  en ny kladde i samme form, som decision show udskriver (- læser stdin)
  decision show ID
  decision list [--status S] [--client ID] [--unit NAVN]
                [--caseworker BRUGERNAVN] [--due-within-weeks N]
  decision submit|approve|put-in-force ID
  decision refuse|return-to-draft ID --comment TEKST
  decision send ID --date D --method post|digital|hand [--received D]
  decision end ID --date D
  meeting add --kind evaluation|follow_up|responsibility_group|other
              --start YYYY-MM-DDTHH:MM [--minutes-long N] [--client ID]
              [--review ID] [--place P] [--video URL] [--title T]
              [--participant "Navn|rolle|e-mail"]... [--default-agenda]
  meeting show ID
  meeting list [--from D] [--to D] [--client ID]
  meeting ics ID [--out FIL.ics]
                  mødet som kalenderinvitation (stdout uden --out)
  plan create --title T --deadline D [--start D] [--goal G] [--unit NAVN]...
              [--status S] [--caseworker BRUGERNAVN]... [--kind review|task]
  plan add-review PLAN --decision ID... | --unit NAVN... | --evaluation-before D
                  tilføj opfølgning på disse afgørelser eller på dem, der passer
  plan show PLAN  planen med opfølgninger, trin, frister og det, der er forsinket
  plan list [--all]
                  åbne planer, og hvor langt de er (--all: også lukkede planer)
  plan report PLAN --out FIL.pdf
  plan task PLAN --title T [--deadline D] [--responsible R]
  review show ID  opfølgningens trin og formularer, og hvad åbne trin stadig mangler
  review complete-step ID TRIN [--date D] [--form-json FIL|-] [--notes N]
                  flet JSON ind i trinnets formular, og udfør trinnet
  letter render --kind K --decision|--review|--meeting ID --out FIL.pdf
                [--language L] [--method post|digital|hand] [--date D] [--issue]
                  alle modtageres breve i én PDF; --issue arkiverer dem og
                  udfører trinnet (varsel om opfølgning) eller sender afgørelsen
  letters batch --plan ID --kind pre_notice --out MAPPE [--combined FIL.pdf]
                  udsend planens varsler om opfølgning, én PDF pr. brev
  letter show ID [--pdf FIL]
                  et udsendt brev: hvem, hvornår, skabelonversion, SHA-256 kontrolleret
  letter list [--client ID] [--decision ID] [--review ID] [--kind K]
  template check FIL --kind K
                  fejl i en skabelon med linje og kolonne; returnerer 0, når der ingen er
  import clients|decisions FIL [--dry-run]
                  indlæs sager fra CSV; returnerer kun 0, når alle linjer er i orden
  audit log [--staff BRUGERNAVN] [--client ID] [--from D] [--to D] [--limit N]
                  (administratorer) revisionsloggen, nyeste først
  audit access-report BORGER_ID [--pdf FIL]
                  (administratorer) hvem der har åbnet eller ændret borgerens oplysninger
  rules deadline --jurisdiction no|se|dk --received D
                  klagefristen (kræver ingen database)
  rules national-id --jurisdiction no|se|dk NUMMER [--test-data]
                  kontrollér et personnummer; returnerer kun 0, når det er gyldigt
En database med flere brugere, hvoraf nogle har adgangskode, kræver --user NAVN og
brugerens adgangskode: FREMDRIFT_PASSWORD, eller indtastet, når du bliver spurgt i en terminal.
Output er JSON på stdout; fejl skrives til stderr. Returkoder: 0 udført, 1 kommandoen
mislykkedes, 2 forkert kald.
</translation>
    </message>
    <message>
        <location line="+150" />
        <source>Fremdrift's command-line tool.</source>
        <translation>Fremdrifts kommandolinjeværktøj.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file (default: $FREMDRIFT_DB, else the user's default database).</source>
        <translation>Databasefilen (standard: $FREMDRIFT_DB, ellers brugerens standarddatabase).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of messages: en, nb, sv or da.</source>
        <translation>Sprog i beskeder: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Act as this staff user (username); default: the one matching the computer login, else the first administrator.</source>
        <translation>Arbejd som denne medarbejder (brugernavn); standard: den, der passer til login på computeren, ellers den første administrator.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The command to run.</source>
        <translation>Den kommando, der skal køres.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No command given.</source>
        <translation>Der er ikke angivet nogen kommando.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown command "%1".</source>
        <translation>Ukendt kommando "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="+30" />
        <source>Give the client's name: --name "Given Family", or --given-name and --family-name.</source>
        <translation>Angiv borgerens navn: --name "Fornavn Efternavn" eller --given-name og --family-name.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The unit or home; a new name adds the unit.</source>
        <translation>Enheden eller botilbuddet; et nyt navn opretter enheden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's full name; the last word is the family name.</source>
        <translation>Borgerens fulde navn; det sidste ord er efternavnet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The client's given name.</source>
        <translation>Borgerens fornavn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's family name.</source>
        <translation>Borgerens efternavn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's national ID number.</source>
        <translation>Borgerens personnummer.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Only clients whose name, national ID or unit contain every word.</source>
        <translation>Kun borgere, hvis navn, personnummer eller enhed indeholder alle ordene.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most this many clients (default 500).</source>
        <translation>Højst så mange borgere (standard: 500).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="+81" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 does not hold a JSON object: %2</source>
        <translation>%1 indeholder ikke et JSON-objekt: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it holds something else</source>
        <translation>filen indeholder noget andet</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommands.cpp" line="+24" />
        <source>The decision in the shape "decision show" prints; - reads standard input.</source>
        <translation>Afgørelsen i samme form, som "decision show" udskriver; - læser fra standardinput.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Why: recorded with the decision.</source>
        <translation>Begrundelse; gemmes sammen med afgørelsen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>send: the date sent; end: the date it ends (YYYY-MM-DD).</source>
        <translation>send: afsendelsesdatoen; end: slutdatoen (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How it was sent: post, digital or hand.</source>
        <translation>Hvordan afgørelsen blev sendt: post, digital eller hand.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When the client received it, if known; else it is assumed from the jurisdiction's rules (YYYY-MM-DD).</source>
        <translation>Hvornår borgeren modtog afgørelsen, hvis det vides; ellers beregnes datoen efter landets regler (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+41" />
        <source>--method takes post, digital or hand, not "%1".</source>
        <translation>--method skal være post, digital eller hand, ikke "%1".</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Only decisions in this state: %1.</source>
        <translation>Kun afgørelser med denne status: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the decisions of the client with this id.</source>
        <translation>Kun afgørelser for borgeren med dette id.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the decisions of clients in this unit.</source>
        <translation>Kun afgørelser for borgere i denne enhed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the decisions of this caseworker (username).</source>
        <translation>Kun afgørelser for denne sagsbehandler (brugernavn).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only decisions due for evaluation within this many weeks, or overdue.</source>
        <translation>Kun afgørelser, hvor der skal følges op inden for så mange uger, eller hvor opfølgningen er overskredet.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unknown status "%1".</source>
        <translation>Ukendt status "%1".</translation>
    </message>
    <message>
        <location line="+33" />
        <location filename="../app/cli/plancommands.cpp" line="+52" />
        <source>There is no unit called "%1".</source>
        <translation>Der er ingen enhed, der hedder "%1".</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../app/cli/plancommands.cpp" line="+21" />
        <source>There is no staff user with the username "%1".</source>
        <translation>Der er ingen medarbejder med brugernavnet "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+33" />
        <source>Check every line and report the problems; write nothing.</source>
        <translation>Kontrollér alle linjer, og vis fejlene uden at gemme noget.</translation>
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
        <translation>Brug: import clients|decisions FIL [--dry-run]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown import "%1": use clients or decisions.</source>
        <translation>Ukendt import "%1": brug clients eller decisions.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was imported: correct the lines above and import the file again.</source>
        <translation>Intet er importeret: ret linjerne ovenfor, og importér filen igen.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulecommands.cpp" line="+14" />
        <source>The country whose rules apply: no, se or dk.</source>
        <translation>Det land, hvis regler gælder: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The date the decision reached the client.</source>
        <translation>Den dato, borgeren modtog afgørelsen.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Check as a test database does: accept synthetic test numbers.</source>
        <translation>Kontrollér som i en testdatabase: acceptér syntetiske testnumre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The national ID number.</source>
        <translation>Personnummeret.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the national ID number to check.</source>
        <translation>Angiv det personnummer, der skal kontrolleres.</translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="+22" />
        <source>The backup folder (default: a folder for this database in the user's local data folder).</source>
        <translation>Mappen til sikkerhedskopier (standard: en mappe til denne database i brugerens lokale datamappe).</translation>
    </message>
    <message>
        <location line="+45" />
        <source>How many backups to keep (default %1).</source>
        <translation>Antal sikkerhedskopier, der skal gemmes (standard: %1).</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Replace the database without asking.</source>
        <translation>Erstat databasen uden at spørge.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The backup to restore.</source>
        <translation>Den sikkerhedskopi, der skal gendannes.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Which backup? Give its file (see "backup list").</source>
        <translation>Hvilken sikkerhedskopi? Angiv filen (se "backup list").</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This replaces %1 (last changed %2) with the backup %3; the current file is kept as %1.before-restore.</source>
        <translation>Dette erstatter %1 (sidst ændret %2) med sikkerhedskopien %3; den nuværende fil gemmes som %1.before-restore.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This puts the backup %1 in place as %2.</source>
        <translation>Dette lægger sikkerhedskopien %1 på plads som %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was changed: run again with --yes to do it.</source>
        <translation>Intet er ændret: kør kommandoen igen med --yes for at udføre den.</translation>
    </message>
    <message>
        <location filename="../app/cli/usercommands.cpp" line="+71" />
        <source>Give the new password in FREMDRIFT_PASSWORD_NEW, or run this on a terminal to type it.</source>
        <translation>Angiv den nye adgangskode i FREMDRIFT_PASSWORD_NEW, eller kør kommandoen i en terminal for at indtaste den.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New password for %1: </source>
        <translation>Ny adgangskode til %1: </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The same password again: </source>
        <translation>Samme adgangskode igen: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>De to adgangskoder er forskellige. Intet er ændret.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+212" />
        <source>Password for %1: </source>
        <translation>Adgangskode til %1: </translation>
    </message>
    <message>
        <location line="-204" />
        <source>The new user's login name.</source>
        <translation>Den nye brugers brugernavn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Full name.</source>
        <translation>Fuldt navn.</translation>
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
        <translation>Stillingsbetegnelse.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+118" />
        <source>Unknown role "%1": use caseworker, leader, administrator or readonly.</source>
        <translation>Ukendt rolle "%1": brug caseworker, leader, administrator eller readonly.</translation>
    </message>
    <message>
        <location line="-81" />
        <source>Whose password (administrators); default: your own.</source>
        <translation>Hvis adgangskode (administratorer); standard: din egen.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Who to deactivate.</source>
        <translation>Den bruger, der skal deaktiveres.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the user name of the user to deactivate.</source>
        <translation>Angiv brugernavnet på den bruger, der skal deaktiveres.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Whose role to change.</source>
        <translation>Den bruger, hvis rolle skal skiftes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the user name and the new role, e.g. user role kari leader.</source>
        <translation>Angiv brugernavnet og den nye rolle, f.eks. user role kari leader.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>A password is needed: set FREMDRIFT_PASSWORD, or run this on a terminal to type it.</source>
        <translation>Der kræves en adgangskode: angiv FREMDRIFT_PASSWORD, eller kør kommandoen i en terminal for at indtaste den.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>This database has several users and needs a login: give --user NAME, and the password in FREMDRIFT_PASSWORD or typed when asked.</source>
        <translation>Databasen har flere brugere og kræver login: angiv --user NAVN og adgangskoden i FREMDRIFT_PASSWORD, eller indtast den, når du bliver spurgt.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="+71" />
        <source>Only what this staff user did (username).</source>
        <translation>Kun det, denne medarbejder har gjort (brugernavn).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only rows about this client (id).</source>
        <translation>Kun rækker om denne borger (id).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From this day.</source>
        <translation>Fra og med denne dag.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>To this day, inclusive.</source>
        <translation>Til og med denne dag.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most this many rows, newest first.</source>
        <translation>Højst så mange rækker, nyeste først.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--client needs a client's id, a whole number.</source>
        <translation>--client kræver en borgers id, et helt tal.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>There is no staff user called "%1".</source>
        <translation>Der er ingen medarbejder med brugernavnet "%1".</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Also write the report as an A4 PDF file.</source>
        <translation>Skriv også rapporten som en PDF-fil i A4.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="+30" />
        <source>The kind of meeting: %1.</source>
        <translation>Mødetypen: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The id of the client the meeting is about.</source>
        <translation>Id på den borger, mødet vedrører.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The id of the review whose evaluation meeting this is.</source>
        <translation>Id på den opfølgning, som mødet er opfølgningsmøde i.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When it starts, local time: YYYY-MM-DDTHH:MM.</source>
        <translation>Starttidspunkt i lokal tid: YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How long it lasts in minutes (default 60).</source>
        <translation>Varighed i minutter (standard: 60).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where it is.</source>
        <translation>Hvor mødet holdes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The video meeting's link.</source>
        <translation>Link til videomødet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A title for calendars.</source>
        <translation>En titel til kalendere.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A participant as "Name|role|email" (role and e-mail may be left out); repeat for each. Roles: %1.</source>
        <translation>En deltager som "Navn|rolle|e-mail" (rolle og e-mail kan udelades); gentag for hver deltager. Roller: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start the agenda from the jurisdiction's or Fremdrift's agenda for the kind of meeting.</source>
        <translation>Tag udgangspunkt i landets eller Fremdrifts dagsorden for mødetypen.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>--kind takes %1, not "%2".</source>
        <translation>--kind skal være %1, ikke "%2".</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--start takes a local time as YYYY-MM-DDTHH:MM, not "%1".</source>
        <translation>--start skal være en lokal tid skrevet YYYY-MM-DDTHH:MM, ikke "%1".</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Only meetings on or after this day (YYYY-MM-DD).</source>
        <translation>Kun møder på eller efter denne dag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only meetings on or before this day (YYYY-MM-DD).</source>
        <translation>Kun møder på eller før denne dag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the meetings about the client with this id.</source>
        <translation>Kun møder om borgeren med dette id.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Write the invitation to this .ics file rather than standard output.</source>
        <translation>Skriv mødeindkaldelsen til denne .ics-fil i stedet for til standardoutput.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="+17" />
        <source>Give the %1's id, a whole number, e.g. 12.</source>
        <translation>Angiv id for %1 som et helt tal, f.eks. 12.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The plan's title.</source>
        <translation>Planens titel.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the plan is to achieve.</source>
        <translation>Hvad planen skal opnå.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A unit the plan covers; repeat for more.</source>
        <translation>En enhed, som planen omfatter; gentag for flere.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When the plan starts (YYYY-MM-DD).</source>
        <translation>Hvornår planen starter (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When everything must be done (YYYY-MM-DD).</source>
        <translation>Hvornår alt skal være udført (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A note on where the plan stands.</source>
        <translation>En bemærkning om, hvor langt planen er.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A responsible caseworker (username); repeat for more.</source>
        <translation>En ansvarlig sagsbehandler (brugernavn); gentag for flere.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>review (reviews of decisions, the default) or task (plain tasks).</source>
        <translation>review (opfølgning på afgørelser, standard) eller task (almindelige opgaver).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>--kind takes review or task, not "%1".</source>
        <translation>--kind skal være review eller task, ikke "%1".</translation>
    </message>
    <message>
        <location line="+51" />
        <source>A decision to review (its id); repeat for more.</source>
        <translation>En afgørelse, der skal følges op på (dens id); gentag for flere.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review the decisions of the clients in this unit; repeat for more.</source>
        <translation>Følg op på afgørelserne for borgerne i denne enhed; gentag for flere.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Review the decisions due for evaluation before this date (YYYY-MM-DD).</source>
        <translation>Følg op på afgørelser med opfølgningsdato før denne dato (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--decision takes a decision's id, a whole number, not "%1".</source>
        <translation>--decision skal være en afgørelses id, et helt tal, ikke "%1".</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No decision matches: none that applies and is not already under review.</source>
        <translation>Ingen afgørelser passer: der er ingen gældende afgørelser, som der ikke allerede følges op på.</translation>
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
        <translation>Angiv enten --decision eller --unit og/eller --evaluation-before.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Closed plans too, not only open ones.</source>
        <translation>Også lukkede planer, ikke kun åbne.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>What is to be done.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>By when (YYYY-MM-DD).</source>
        <translation>Hvornår det skal være gjort (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who is responsible.</source>
        <translation>Hvem der er ansvarlig.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The PDF file to write.</source>
        <translation>Den PDF-fil, der skal skrives.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The day the step was done (YYYY-MM-DD); default today.</source>
        <translation>Den dag, trinnet blev udført (YYYY-MM-DD); standard: i dag.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>JSON to merge into the step's form before completing it; - reads standard input.</source>
        <translation>JSON, der flettes ind i trinnets formular, før trinnet udføres; - læser fra standardinput.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes kept with the step.</source>
        <translation>Bemærkninger, der gemmes sammen med trinnet.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Review %1 has no step "%2"; its steps are: %3.</source>
        <translation>Opfølgning %1 har intet trin "%2"; dens trin er: %3.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>review</source>
        <translation>opfølgningen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name the step to complete, e.g. pre_notice.</source>
        <translation>Angiv det trin, der skal udføres, f.eks. pre_notice.</translation>
    </message>
    <message>
        <location filename="../app/cli/lettercommands.cpp" line="+32" />
        <source>Unknown kind of letter "%1": use %2.</source>
        <translation>Ukendt brevtype "%1": brug %2.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unknown way of sending "%1": use post, digital or hand.</source>
        <translation>Ukendt forsendelsesmåde "%1": brug post, digital eller hand.</translation>
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
        <translation>Afgørelsen (afgørelsesbreve).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The review (pre-notices).</source>
        <translation>Opfølgningen (varsler om opfølgning).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The meeting (invitations, minutes).</source>
        <translation>Mødet (indkaldelser, referater).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The letter's language (default: the country's).</source>
        <translation>Brevets sprog (standard: landets sprog).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How it is sent: post (default), digital or hand.</source>
        <translation>Hvordan brevet sendes: post (standard), digital eller hand.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The letter's date (default today).</source>
        <translation>Brevets dato (standard: i dag).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The PDF file to write: every recipient's letter in one file.</source>
        <translation>Den PDF-fil, der skal skrives: alle modtageres breve i én fil.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Issue the letters: keep them in the archive and move the review or decision on, as the application does.</source>
        <translation>Udsend brevene: gem dem i arkivet, og før opfølgningen eller afgørelsen videre, som programmet gør.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Give exactly one of --decision ID, --review ID or --meeting ID.</source>
        <translation>Angiv præcis én af --decision ID, --review ID eller --meeting ID.</translation>
    </message>
    <message>
        <location line="+118" />
        <source>The progress plan.</source>
        <translation>Fremdriftsplanen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The kind of letter; pre_notice is issued in batches.</source>
        <translation>Brevtypen; pre_notice udsendes samlet for en hel plan.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder for one PDF per letter.</source>
        <translation>Mappen til én PDF pr. brev.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also write every letter into this one PDF, to print in one go.</source>
        <translation>Skriv også alle brevene i denne ene PDF, så de kan udskrives på én gang.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How they are sent: post (default), digital or hand.</source>
        <translation>Hvordan brevene sendes: post (standard), digital eller hand.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Only pre-notices (pre_notice) are issued for a whole plan.</source>
        <translation>Kun varsler om opfølgning (pre_notice) kan udsendes for en hel plan.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The plan's id must be a number.</source>
        <translation>Planens id skal være et tal.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Could not create the folder %1.</source>
        <translation>Mappen %1 kunne ikke oprettes.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 of %2 reviews</source>
        <translation>%1 af %2 opfølgninger</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Also write the PDF exactly as it was issued.</source>
        <translation>Skriv også PDF-filen præcis, som den blev udsendt.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Only this client's.</source>
        <translation>Kun denne borgers.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this decision's.</source>
        <translation>Kun denne afgørelses.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this review's.</source>
        <translation>Kun denne opfølgnings.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this kind: %1.</source>
        <translation>Kun denne type: %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Give the template file to check.</source>
        <translation>Angiv den skabelonfil, der skal kontrolleres.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Could not read %1: %2</source>
        <translation>%1 kunne ikke læses: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94" />
        <source>Progress plans and reviews of care decisions.</source>
        <translation>Fremdriftsplaner og opfølgning på afgørelser om hjælp og støtte.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open this database file.</source>
        <translation>Åbn denne databasefil.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Interface language: en, nb, sv or da.</source>
        <translation>Sprog i programmet: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save a picture of the window as PNG and exit.</source>
        <translation>Gem et billede af vinduet som PNG, og afslut.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The page to show: overview, plans, clients, decisions, meetings, templates, reports or settings.</source>
        <translation>Den side, der skal vises: overview, plans, clients, decisions, meetings, templates, reports eller settings.</translation>
    </message>
</context>
</TS>
