<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../ui/clients/clienteditor.ui" line="+9"/>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;National ID:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Efternavn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Birth date:</source>
        <translation>Fø&amp;dselsdato:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posta&amp;l code, city:</source>
        <translation>Postnr. og b&amp;y:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Care</source>
        <translation>Tilbud og sagsbehandling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unit or home:</source>
        <translation>Enhed eller b&amp;otilbud:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case&amp;worker:</source>
        <translation>&amp;Sagsbehandler:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GP na&amp;me:</source>
        <translation>Lægens &amp;navn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GP p&amp;ractice:</source>
        <translation>&amp;Lægepraksis:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>G&amp;P phone:</source>
        <translation>Læ&amp;gens telefon:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consent competence</source>
        <translation>Handleevne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Competence:</source>
        <translation>&amp;Handleevne:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessed &amp;on:</source>
        <translation>&amp;Vurderet den:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessed b&amp;y:</source>
        <translation>Vu&amp;rderet af:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Individual plan</source>
        <translation>Individuel plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indi&amp;vidual plan:</source>
        <translation>&amp;Individuel plan:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coor&amp;dinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Bemærkninger:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../ui/clients/contactdialog.ui" line="+9"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posta&amp;l code, city:</source>
        <translation>Postnr. og &amp;by:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nearest rela&amp;tive</source>
        <translation>Nærmeste &amp;pårørende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recei&amp;ves letters</source>
        <translation>&amp;Modtager breve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the responsibility &amp;group</source>
        <translation>&amp;Deltager i netværksmøder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group coor&amp;dinator</source>
        <translation>&amp;Koordinator for netværksmøder</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.ui" line="+9"/>
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../ui/newdatabasedialog.ui" line="+9"/>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A database holds an office&apos;s clients, decisions, progress plans and letters. The country&apos;s rules it follows cannot be changed later.</source>
        <translation>En database rummer en afdelings borgere, afgørelser, fremdriftsplaner og breve. Hvilket lands regler databasen følger, kan ikke ændres bagefter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country&apos;s rules:</source>
        <translation>Følger &amp;reglerne i:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Office name:</source>
        <translation>&amp;Afdelingens navn:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill it with invented &amp;demo data to try Fremdrift out</source>
        <translation>Fyld databasen med opdigtede &amp;demodata, så du kan prøve Fremdrift af</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a &amp;test database (accepts test ID numbers)</source>
        <translation>Dette er en &amp;testdatabase (accepterer testpersonnumre)</translation>
    </message>
</context>
<context>
    <name>NewDecisionDialog</name>
    <message>
        <location filename="../ui/decisions/newdecisiondialog.ui" line="+9"/>
        <source>New decision</source>
        <translation>Ny afgørelse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Client:</source>
        <translation>&amp;Borger:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a name, national ID or unit</source>
        <translation>Skriv navn, personnummer eller enhed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Replaces:</source>
        <translation>&amp;Erstatter:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qtstrings.cpp" line="+31"/>
        <source>Look in:</source>
        <translation>Søg i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Vælg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Frem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Opret ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljevisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Vis s&amp;kjulte filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Nylige steder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 findes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen blev ikke fundet.
Kontrollér, at filnavnet er skrevet rigtigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på, at du vil slette &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-40"/>
        <source>Show Details...</source>
        <translation>Vis detaljer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Ne&amp;j til alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Gendan standarder</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+42"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiér l&amp;inkadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../ui/decisions/senddialog.ui" line="+9"/>
        <source>Register as sent</source>
        <translation>Registrér som sendt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sent on:</source>
        <translation>&amp;Sendt den:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;How:</source>
        <translation>&amp;Forsendelse:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received:</source>
        <translation>Modtaget:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assume from the rules</source>
        <translation>&amp;Beregn ud fra reglerne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Modtaget den:</translation>
    </message>
</context>
<context>
    <name>fremdrift::AccessLog</name>
    <message>
        <location filename="../core/workflow/accesslog.cpp" line="+57"/>
        <source>%1 (%2) may not see the audit log: only an administrator may.</source>
        <translation>%1 (%2) må ikke se revisionsloggen: det må kun en administrator.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AccessReportDocument</name>
    <message>
        <location filename="../core/documents/accessreport.cpp" line="+34"/>
        <location line="+64"/>
        <source>Who has accessed this client&apos;s record</source>
        <translation>Hvem har haft adgang til borgerens oplysninger</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Client:</source>
        <translation>Borger:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No access is logged.</source>
        <translation>Der er ikke logget nogen adgang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Produced:</source>
        <translation>Udarbejdet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Computer(s)</source>
        <translation>Computer(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First access</source>
        <translation>Første adgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last access</source>
        <translation>Seneste adgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Openings</source>
        <translation>Åbninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From the audit log of the record: every opening and every change, with who, when and from which computer.</source>
        <translation>Fra revisionsloggen for borgerens oplysninger: hver gang oplysningerne er åbnet eller ændret, med hvem, hvornår og fra hvilken computer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not write the PDF file %1.</source>
        <translation>PDF-filen %1 kunne ikke skrives.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Accounts</name>
    <message>
        <location filename="../core/security/accounts.cpp" line="+80"/>
        <source>The user name or the password is wrong.</source>
        <translation>Brugernavnet eller adgangskoden er forkert.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Too many wrong passwords. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>For mange forkerte adgangskoder. Vent %n minut, og prøv igen.</numerusform>
            <numerusform>For mange forkerte adgangskoder. Vent %n minutter, og prøv igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong passwords. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>For mange forkerte adgangskoder. Vent %n sekund, og prøv igen.</numerusform>
            <numerusform>For mange forkerte adgangskoder. Vent %n sekunder, og prøv igen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A user name needs 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, and no spaces.</source>
        <translation>Et brugernavn skal bestå af 1 til 64 bogstaver, cifre, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; eller &apos;@&apos; og må ikke indeholde mellemrum.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 has no password yet. Ask an administrator to set one (fremdrift-cli user passwd %2).</source>
        <translation>%1 har endnu ingen adgangskode. Bed en administrator om at angive en (fremdrift-cli user passwd %2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is deactivated and cannot log in.</source>
        <translation>%1 er deaktiveret og kan ikke logge ind.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set a password of your own first (fremdrift-cli user passwd), so that you can still log in once the database has more users.</source>
        <translation>Angiv først din egen adgangskode (fremdrift-cli user passwd), så du stadig kan logge ind, når databasen får flere brugere.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the user&apos;s full name.</source>
        <translation>Angiv brugerens fulde navn.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is already a staff user called &quot;%1&quot;. Choose another user name.</source>
        <translation>Der er allerede en medarbejder med brugernavnet &quot;%1&quot;. Vælg et andet brugernavn.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+42"/>
        <source>There is no staff user called &quot;%1&quot;.</source>
        <translation>Der er ingen medarbejder med brugernavnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The current password is wrong. The password is unchanged.</source>
        <translation>Den nuværende adgangskode er forkert. Adgangskoden er ikke ændret.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is already deactivated.</source>
        <translation>%1 er allerede deaktiveret.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the last active administrator. Make another user an administrator first.</source>
        <translation>%1 er den sidste aktive administrator. Gør først en anden bruger til administrator.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Backups</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+174"/>
        <source>Some rows point to rows that are missing.</source>
        <translation>Nogle rækker henviser til rækker, som ikke findes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup %1 cannot be used. %2</source>
        <translation>Sikkerhedskopien %1 kan ikke bruges. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 was made by a newer version of Fremdrift (schema %2). Update Fremdrift to use it.</source>
        <translation>Sikkerhedskopien %1 er lavet med en nyere version af Fremdrift (skema %2). Opdatér Fremdrift for at kunne bruge den.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup %1 failed its check: %2</source>
        <translation>Sikkerhedskopien %1 bestod ikke kontrollen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At least one backup must be kept.</source>
        <translation>Der skal gemmes mindst én sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen til sikkerhedskopier %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup could not be made. %1</source>
        <translation>Sikkerhedskopien kunne ikke laves. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup was made but failed its check, so it was discarded. %1</source>
        <translation>Sikkerhedskopien blev lavet, men bestod ikke kontrollen og er derfor slettet. %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup could not be given its name in %1.</source>
        <translation>Sikkerhedskopien kunne ikke få sit navn i %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>There is no backup %1.</source>
        <translation>Sikkerhedskopien %1 findes ikke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup and the database are the same file.</source>
        <translation>Sikkerhedskopien og databasen er den samme fil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is in use: %1. Ask them to close Fremdrift, then restore again. Nothing was replaced.</source>
        <translation>Databasen er i brug: %1. Bed dem om at lukke Fremdrift, og gendan derefter igen. Intet er erstattet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Fremdrift database, so it was not replaced.</source>
        <translation>%1 er ikke en Fremdrift-database, så den er ikke erstattet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup could not be copied to %1. Nothing was replaced.</source>
        <translation>Sikkerhedskopien kunne ikke kopieres til %1. Intet er erstattet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The current database could not be kept as %1, so it was not replaced.</source>
        <translation>Den nuværende database kunne ikke gemmes som %1, så den er ikke erstattet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database %1 could not be replaced: %2. It was left as it was.</source>
        <translation>Databasen %1 kunne ikke erstattes: %2. Den er uændret.</translation>
    </message>
</context>
<context>
    <name>fremdrift::CaseloadImport</name>
    <message>
        <location filename="../core/importing/columnmap.cpp" line="+114"/>
        <source>Column %1 has no name in the header, but this line has &quot;%2&quot; in it.</source>
        <translation>Kolonne %1 har intet navn i overskriftslinjen, men på denne linje står der &quot;%2&quot; i den.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both mean %3: keep one.</source>
        <translation>Kolonnerne &quot;%1&quot; og &quot;%2&quot; betyder begge %3: behold kun den ene.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Unknown column %1: check the spelling, or remove the column. The columns this file may have are: %2.</source>
        <translation>Ukendt kolonne %1: kontrollér stavemåden, eller fjern kolonnen. Filen kan have disse kolonner: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Required column missing: %1.</source>
        <translation>Der mangler en påkrævet kolonne: %1.</translation>
    </message>
    <message>
        <location filename="../core/importing/importvalues.cpp" line="+66"/>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&quot;%1&quot; er ikke en dato: skriv den som YYYY-MM-DD eller DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../core/importing/stafflookup.cpp" line="+28"/>
        <source>There is no staff user with the username &quot;%1&quot;.</source>
        <translation>Der er ingen medarbejder med brugernavnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is deactivated.</source>
        <translation>%1 (%2) er deaktiveret.</translation>
    </message>
    <message>
        <location filename="../core/importing/csvimport.cpp" line="+67"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Filen er tom: den første linje skal indeholde kolonnernes navne.</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionimport.cpp" line="+58"/>
        <source>Required column missing: client_national_id or client_id.</source>
        <translation>Der mangler en påkrævet kolonne: client_national_id eller client_id.</translation>
    </message>
    <message>
        <location filename="../core/importing/csvimport.cpp" line="+19"/>
        <source>Line %1 could not be written, so nothing was imported: %2</source>
        <translation>Linje %1 kunne ikke gemmes, så intet er importeret: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import could not be written, so nothing was imported: %1</source>
        <translation>Importen kunne ikke gemmes, så intet er importeret: %1</translation>
    </message>
    <message>
        <location filename="../core/importing/clientimport.cpp" line="+119"/>
        <source>&quot;%1&quot; is not one of full, partial, none or not_assessed.</source>
        <translation>&quot;%1&quot; er ikke en af værdierne full, partial, none eller not_assessed.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not one of yes, no or needed.</source>
        <translation>&quot;%1&quot; er ikke en af værdierne yes, no eller needed.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is also on line %2: each client only once.</source>
        <translation>%1 står også på linje %2: hver borger må kun stå der én gang.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is already in the database: %2 (client %3).</source>
        <translation>%1 findes allerede i databasen: %2 (borger %3).</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionlines.cpp" line="+84"/>
        <source>Every line needs the reference of the decision it belongs to.</source>
        <translation>Hver linje skal have nummeret på den afgørelse, den hører til.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; here, but &quot;%2&quot; on line %3: the lines of decision %4 must agree (or leave it empty).</source>
        <translation>&quot;%1&quot; her, men &quot;%2&quot; på linje %3: linjerne for afgørelse %4 skal stemme overens (eller lad feltet stå tomt).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the service: each line is one service of the decision.</source>
        <translation>Angiv ydelsen: hver linje er én ydelse i afgørelsen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a number of hours a week, e.g. 7,5.</source>
        <translation>&quot;%1&quot; er ikke et antal timer pr. uge, f.eks. 7,5.</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionimport.cpp" line="+45"/>
        <source>Decision %1 does not say whose it is: give client_national_id or client_id.</source>
        <translation>Det fremgår ikke, hvilken borger afgørelse %1 vedrører: angiv client_national_id eller client_id.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is no client with the national ID %1: import the clients first.</source>
        <translation>Der er ingen borger med personnummeret %1: importér borgerne først.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a client id (a whole number).</source>
        <translation>&quot;%1&quot; er ikke et borger-id (et helt tal).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client %1 is not the client with the national ID given.</source>
        <translation>Borger %1 er ikke den borger, der har det angivne personnummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no client with id %1.</source>
        <translation>Der er ingen borger med id %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Give the legal basis of decision %1.</source>
        <translation>Angiv lovgrundlaget for afgørelse %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a status an import can give: use in_force (the default) or draft.</source>
        <translation>&quot;%1&quot; er ikke en status, der kan bruges ved import: brug in_force (standard) eller draft.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decision %1 is in force: give the date it is valid from.</source>
        <translation>Afgørelse %1 er i kraft: angiv, hvilken dato den gælder fra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision %1 is in force: give the date it will be evaluated.</source>
        <translation>Afgørelse %1 er i kraft: angiv opfølgningsdatoen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Decision %1 is already in the database.</source>
        <translation>Afgørelse %1 findes allerede i databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientContactsView</name>
    <message>
        <location filename="../ui/clients/clientcontactsview.cpp" line="+21"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People around the client</source>
        <translation>Personer omkring borgeren</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Remove contact</source>
        <translation>Fjern kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 (%2) from the people around this client?</source>
        <translation>Vil du fjerne %1 (%2) fra personerne omkring borgeren?</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDecisionsModel</name>
    <message>
        <location filename="../ui/clients/clientdecisionsmodel.cpp" line="+65"/>
        <source>Reference</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation</source>
        <translation>Opfølgning</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDetailPanel</name>
    <message>
        <location filename="../ui/clients/clientdetailpanel.cpp" line="+35"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a client in the list to see their details, the people around them, their decisions and the history of their record.</source>
        <translation>Vælg en borger på listen for at se personoplysninger, personerne omkring borgeren, afgørelser og historik.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Personal details</source>
        <translation>Personoplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People around</source>
        <translation>Personer omkring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The client&apos;s decisions</source>
        <translation>Borgerens afgørelser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a decision to open it.</source>
        <translation>Dobbeltklik på en afgørelse for at åbne den.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of the client&apos;s record</source>
        <translation>Historik for borgerens oplysninger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change to this record: when, by whom and from which computer. The person has a right to see this.</source>
        <translation>Alle ændringer af oplysningerne: hvornår, af hvem og fra hvilken computer. Borgeren har ret til at se dette.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 was saved, but check: %2</source>
        <translation>%1 er gemt, men kontrollér: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was saved.</source>
        <translation>%1 er gemt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDetailsView</name>
    <message>
        <location filename="../ui/clients/clientdetailsview.cpp" line="+41"/>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>National ID:</source>
        <translation>Personnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born:</source>
        <translation>Født:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Care</source>
        <translation>Tilbud og sagsbehandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit or home:</source>
        <translation>Enhed eller botilbud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker:</source>
        <translation>Sagsbehandler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact:</source>
        <translation>Kontaktperson:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP:</source>
        <translation>Egen læge:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (phone %2)</source>
        <translation>%1 (tlf. %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guardian and relatives</source>
        <translation>Værge og pårørende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian:</source>
        <translation>Værge:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearest relative:</source>
        <translation>Nærmeste pårørende:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters also to:</source>
        <translation>Breve også til:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibility group:</source>
        <translation>Deltagere i netværksmøder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group coordinator:</source>
        <translation>Koordinator for netværksmøder:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent competence and plan</source>
        <translation>Handleevne og individuel plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, assessed %2</source>
        <translation>%1, vurderet %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, assessed %2 by %3</source>
        <translation>%1, vurderet %2 af %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent competence:</source>
        <translation>Handleevne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual plan:</source>
        <translation>Individuel plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan coordinator:</source>
        <translation>Koordinator for planen:</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientEditor</name>
    <message>
        <location filename="../ui/clients/clienteditor.cpp" line="+26"/>
        <source>&amp;Take over</source>
        <translation>Ove&amp;rtag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Postal code</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose or type a new unit</source>
        <translation>Vælg en enhed, eller skriv en ny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 They are no longer editing it: you can take over.</source>
        <translation>%1 Vedkommende redigerer ikke længere: du kan overtage.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>You can read this record but not change it.</source>
        <translation>Du kan læse oplysningerne, men ikke ændre dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New client</source>
        <translation>Ny borger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client: %1</source>
        <translation>Borger: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Optional. Without it, enter the birth date.</source>
        <translation>Kan udelades. Udfyld i så fald fødselsdatoen.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The client was not saved:</source>
        <translation>Borgeren er ikke gemt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is the client as now saved. Make your changes again and save.</source>
        <translation>Sådan er borgeren gemt nu. Lav dine ændringer igen, og gem.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientHistoryModel</name>
    <message>
        <location filename="../ui/clients/clienthistorymodel.cpp" line="+65"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client record created</source>
        <translation>Borgeren er oprettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved without changes</source>
        <translation>Gemt uden ændringer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated: %1</source>
        <translation>Opdateret: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact added: %1</source>
        <translation>Kontakt tilføjet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact removed: %1</source>
        <translation>Kontakt fjernet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact changed: %1</source>
        <translation>Kontakt ændret: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision drafted</source>
        <translation>Kladde til afgørelse oprettet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision draft saved</source>
        <translation>Kladde til afgørelse gemt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision draft changed: %1</source>
        <translation>Kladde til afgørelse ændret: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Decision: %1</source>
        <translation>Afgørelse: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>given name</source>
        <translation>fornavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family name</source>
        <translation>efternavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national ID</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>fødselsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caseworker</source>
        <translation>sagsbehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP</source>
        <translation>egen læge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP practice</source>
        <translation>lægepraksis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP phone</source>
        <translation>lægens telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent competence</source>
        <translation>handleevne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent assessed on</source>
        <translation>handleevne vurderet den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent assessed by</source>
        <translation>handleevne vurderet af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>individual plan</source>
        <translation>individuel plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan coordinator</source>
        <translation>koordinator for planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>bemærkninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal basis</source>
        <translation>lovgrundlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid from</source>
        <translation>gælder fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid to</source>
        <translation>gælder til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation date</source>
        <translation>opfølgningsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>ydelser</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientListModel</name>
    <message>
        <location filename="../ui/clients/clientlistmodel.cpp" line="+95"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National ID</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientRepository</name>
    <message>
        <location filename="../core/repository/clientrepository.cpp" line="+147"/>
        <source>There is no client with id %1.</source>
        <translation>Der er ingen borger med id %1.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The contact was saved but could not be read back.</source>
        <translation>Kontakten er gemt, men kunne ikke læses igen bagefter.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The unit needs a name.</source>
        <translation>Enheden skal have et navn.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientRules</name>
    <message>
        <location filename="../core/workflow/clientrules.cpp" line="+42"/>
        <source>Enter the client&apos;s given name.</source>
        <translation>Skriv borgerens fornavn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the client&apos;s family name.</source>
        <translation>Skriv borgerens efternavn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The birth date is in the future.</source>
        <translation>Fødselsdatoen ligger i fremtiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date consent competence was assessed is in the future.</source>
        <translation>Datoen for vurderingen af handleevnen ligger i fremtiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date consent competence was assessed.</source>
        <translation>Angiv, hvornår handleevnen blev vurderet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>The e-mail address is not complete, e.g. name@example.no.</source>
        <translation>E-mailadressen er ikke fuldstændig. Skriv den som f.eks. navn@eksempel.dk.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Enter the contact&apos;s name.</source>
        <translation>Skriv kontaktens navn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letters need a postal address: enter one, or untick &quot;receives letters&quot;.</source>
        <translation>Der skal være en postadresse, for at personen kan få breve: skriv adressen, eller fjern fluebenet ved &quot;Modtager breve&quot;.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientTerms</name>
    <message>
        <location filename="../core/domain/client.cpp" line="+116"/>
        <source>Not assessed</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has consent competence</source>
        <translation>Har handleevne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial consent competence</source>
        <translation>Delvis handleevne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lacks consent competence</source>
        <translation>Mangler handleevne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No individual plan</source>
        <translation>Ingen individuel plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has an individual plan</source>
        <translation>Har en individuel plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual plan needed</source>
        <translation>Har brug for en individuel plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guardian</source>
        <translation>Værge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialist</source>
        <translation>Speciallæge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Anden</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientsPage</name>
    <message>
        <location filename="../ui/clients/clientspage.cpp" line="+37"/>
        <source>&amp;New client…</source>
        <translation>&amp;Ny borger…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search by name, national ID or unit</source>
        <translation>Søg på navn, personnummer eller enhed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search clients</source>
        <translation>Søg efter borgere</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search (%1)</source>
        <translation>Søg (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clients</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No database is open</source>
        <translation>Ingen database er åben</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The first %n clients; type more to narrow the list.</source>
        <translation>
            <numerusform>Den første %n borger; skriv mere for at afgrænse listen.</numerusform>
            <numerusform>De første %n borgere; skriv mere for at afgrænse listen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location filename="../ui/decisions/commentdialog.cpp" line="+50"/>
        <source>Write a comment: it is recorded with the decision.</source>
        <translation>Skriv en kommentar. Den gemmes sammen med afgørelsen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ContactDialog</name>
    <message>
        <location filename="../ui/clients/contactdialog.cpp" line="+19"/>
        <source>Postal code</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies of letters to the client go to this person too.</source>
        <translation>Personen får også en kopi af breve til borgeren.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The contact was not saved:</source>
        <translation>Kontakten er ikke gemt:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is the contact as now saved. Make your changes again and save.</source>
        <translation>Sådan er kontakten gemt nu. Lav dine ændringer igen, og gem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone has removed this contact in the meantime.</source>
        <translation>En anden har fjernet kontakten i mellemtiden.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ContactListModel</name>
    <message>
        <location filename="../ui/clients/contactlistmodel.cpp" line="+49"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (group coordinator)</source>
        <translation>%1 (koordinator)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nearest relative</source>
        <translation>Nærmeste pårørende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receives copies of letters</source>
        <translation>Får kopi af breve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member of the responsibility group</source>
        <translation>Deltager i netværksmøder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearest</source>
        <translation>Nærmeste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters</source>
        <translation>Breve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Netværk</translation>
    </message>
</context>
<context>
    <name>fremdrift::CsvReader</name>
    <message>
        <location filename="../core/importing/csvreader.cpp" line="+209"/>
        <source>A quotation mark that opens a field on this line is never closed, so the rest of the file cannot be read.</source>
        <translation>Et anførselstegn, der åbner et felt på denne linje, bliver aldrig lukket, så resten af filen kan ikke læses.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The line has %1 fields, but the header has %2 columns. A field holding &quot;%3&quot; or a line break must be in double quotes.</source>
        <translation>Linjen har %1 felter, men overskriftslinjen har %2 kolonner. Et felt, der indeholder &quot;%3&quot; eller et linjeskift, skal stå i dobbelte anførselstegn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+44"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan ikke læses: %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The folder %1 does not exist. Choose an existing folder or create it first.</source>
        <translation>Mappen %1 findes ikke. Vælg en mappe, der findes, eller opret mappen først.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This database was made by a newer version of Fremdrift (schema %1; this version knows up to %2). It is open read-only: update Fremdrift to make changes.</source>
        <translation>Databasen er lavet med en nyere version af Fremdrift (skema %1; denne version kender op til %2). Den er åbnet skrivebeskyttet: opdatér Fremdrift for at kunne ændre i den.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The database %1 cannot be opened. %2</source>
        <translation>Databasen %1 kan ikke åbnes. %2</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>No database file was given.</source>
        <translation>Der er ikke angivet nogen databasefil.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>There is no file %1. Check the name, or create a new database.</source>
        <translation>Filen %1 findes ikke. Kontrollér navnet, eller opret en ny database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder, not a Fremdrift database.</source>
        <translation>%1 er en mappe, ikke en Fremdrift-database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Fremdrift database: it is not an SQLite database file at all. Nothing was changed.</source>
        <translation>%1 er ikke en Fremdrift-database: det er slet ikke en SQLite-databasefil. Intet er ændret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an SQLite database, but not one made by Fremdrift. Nothing was changed.</source>
        <translation>%1 er en SQLite-database, men den er ikke lavet af Fremdrift. Intet er ændret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is open read-only, as asked.</source>
        <translation>Databasen er åbnet skrivebeskyttet, som ønsket.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>The file is read-only, so the database was opened for reading only.</source>
        <translation>Filen er skrivebeskyttet, så databasen er kun åbnet til læsning.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 is in a cloud-sync folder (%2). Fremdrift does not use a database there: the sync program copies the file while it is being written, so changes are lost and the file can be damaged. Nothing was changed. Move the database to a folder on this computer or to the office&apos;s network drive.</source>
        <translation>%1 ligger i en skysynkroniseret mappe (%2). Fremdrift bruger ikke en database dér: synkroniseringsprogrammet kopierer filen, mens der skrives i den, så ændringer går tabt, og filen kan blive beskadiget. Intet er ændret. Flyt databasen til en mappe på denne computer eller til afdelingens netværksdrev.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The folder %1 is read-only, so the database was opened for reading only.</source>
        <translation>Mappen %1 er skrivebeskyttet, så databasen er kun åbnet til læsning.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The database %1 cannot be opened: the SQLite driver did not give access to its connection.</source>
        <translation>Databasen %1 kan ikke åbnes: SQLite-driveren gav ikke adgang til forbindelsen.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The file %1 already exists. Open it, or choose another name for the new database.</source>
        <translation>Filen %1 findes allerede. Åbn den, eller vælg et andet navn til den nye database.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The database %1 could not be created. %2</source>
        <translation>Databasen %1 kunne ikke oprettes. %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database %1 is damaged and cannot be opened. Nothing was changed. Restore it from a backup.</source>
        <translation>Databasen %1 er beskadiget og kan ikke åbnes. Intet er ændret. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database setting %1 could not be set (it is %2, expected %3).</source>
        <translation>Databaseindstillingen %1 kunne ikke indstilles (den er %2, men skulle være %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database %1 must be upgraded to this version of Fremdrift, but it is read-only. Open it where it can be written, or with the version of Fremdrift that made it.</source>
        <translation>Databasen %1 skal opgraderes til denne version af Fremdrift, men den er skrivebeskyttet. Åbn den fra et sted, hvor du har skriveadgang, eller med den version af Fremdrift, den blev lavet med.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database could not be upgraded to schema %1; it was left as it was. %2</source>
        <translation>Databasen kunne ikke opgraderes til skema %1; den er uændret. %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database does not say which country&apos;s rules it follows (found &quot;%1&quot;; expected NO, SE or DK).</source>
        <translation>Det fremgår ikke af databasen, hvilket lands regler den følger (fandt &quot;%1&quot;; forventede NO, SE eller DK).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database is open read-only.</source>
        <translation>Databasen er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The setting %1 is not in the database.</source>
        <translation>Indstillingen %1 findes ikke i databasen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file is not marked as a Fremdrift database.</source>
        <translation>Filen er ikke markeret som en Fremdrift-database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema version is %1; this version of Fremdrift expects %2.</source>
        <translation>Skemaversionen er %1; denne version af Fremdrift forventer %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A row in %1 (row %2) points to a missing row in %3.</source>
        <translation>En række i %1 (række %2) henviser til en række i %3, som ikke findes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table %1 is missing.</source>
        <translation>Tabellen %1 mangler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is in WAL mode, which is unsafe on network drives.</source>
        <translation>Filen er i WAL-tilstand, hvilket ikke er sikkert på netværksdrev.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The protection %1 has been removed from the database.</source>
        <translation>Beskyttelsen %1 er fjernet fra databasen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit log has been tampered with: row %1 was changed, or a row before it was removed.</source>
        <translation>Der er pillet ved loggen over ændringer: række %1 er ændret, eller en række før den er fjernet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database does not say which country&apos;s rules it follows.</source>
        <translation>Det fremgår ikke af databasen, hvilket lands regler den følger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionEditor</name>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+46"/>
        <source>Basis, dates and services</source>
        <translation>Lovgrundlag, datoer og ydelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text sections</source>
        <translation>Tekstafsnit</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionheader.cpp" line="+66"/>
        <source>&amp;Reload</source>
        <translation>G&amp;enindlæs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the decision as it is saved now; your changes here are dropped.</source>
        <translation>Hent afgørelsen, som den er gemt nu; dine ændringer her går tabt.</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisiondatesform.cpp" line="+68"/>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No end date</source>
        <translation>Ingen &amp;slutdato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions on long-term services usually have no fixed end date; they are evaluated instead.</source>
        <translation>Afgørelser om længerevarende ydelser har normalt ingen fast slutdato; i stedet følges der op på dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required: the letter must say when the decision will be evaluated.</source>
        <translation>Skal udfyldes: brevet skal oplyse, hvornår der bliver fulgt op på afgørelsen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Legal basis:</source>
        <translation>Lo&amp;vgrundlag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid &amp;from:</source>
        <translation>Gælder &amp;fra:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Until:</source>
        <translation>&amp;Til og med:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Opfølgning:</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Choose the legal basis…</source>
        <translation>Vælg lovgrundlag…</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionservicespanel.cpp" line="+41"/>
        <source>Services</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add service</source>
        <translation>Tilføj &amp;ydelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+41"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Gem kladde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Take over</source>
        <translation>Ove&amp;rtag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionheader.cpp" line="+84"/>
        <source>Submitted for approval %1.</source>
        <translation>Sendt til godkendelse %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by %1, %2.</source>
        <translation>Godkendt af %1, %2.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Sent %1 (%2).</source>
        <translation>Sendt %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumed received %1.</source>
        <translation>Anses for modtaget %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received %1.</source>
        <translation>Modtaget %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force from %1.</source>
        <translation>I kraft fra %1.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Ended %1.</source>
        <translation>Afsluttet %1.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1, not saved yet</source>
        <translation>%1, endnu ikke gemt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Refused by the leader:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Afvist af lederen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionservicespanel.cpp" line="+66"/>
        <source>Previous allocation (%1) → new</source>
        <translation>Hidtidig bevilling (%1) → ny</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Own time %1 h, shared time %2 h a week</source>
        <translation>Individuel tid %1 t, fælles tid %2 t pr. uge</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+102"/>
        <source>%1 They are no longer editing it: you can take over.</source>
        <translation>%1 Vedkommende redigerer ikke længere: du kan overtage.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why is it refused? The caseworker sees your comment above the draft.</source>
        <translation>Hvorfor afvises afgørelsen? Sagsbehandleren ser din kommentar øverst i kladden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why does it go back to draft? The reason is recorded.</source>
        <translation>Hvorfor skal afgørelsen tilbage til kladde? Begrundelsen bliver registreret.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>End the decision today, %1?</source>
        <translation>Vil du afslutte afgørelsen i dag, %1?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Before it can go for approval:</source>
        <translation>Før afgørelsen kan sendes til godkendelse:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the decision is now &quot;%2&quot;.</source>
        <translation>%1: afgørelsen har nu status &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved:</source>
        <translation>Ikke gemt:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this draft?</source>
        <translation>Vil du gemme ændringerne i kladden?</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionListModel</name>
    <message>
        <location filename="../ui/decisions/decisionlistmodel.cpp" line="+108"/>
        <source>The evaluation date has passed.</source>
        <translation>Opfølgningsdatoen er overskredet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Own time, hours a week</source>
        <translation>Individuel tid, timer pr. uge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time shared with others, hours a week</source>
        <translation>Fælles tid med andre, timer pr. uge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own h</source>
        <translation>Indiv. t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared h</source>
        <translation>Fælles t</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionRepository</name>
    <message>
        <location filename="../core/repository/decisionrepository.cpp" line="+145"/>
        <source>There is no decision with id %1.</source>
        <translation>Der er ingen afgørelse med id %1.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The decision is &quot;%1&quot; and cannot be changed. Take it back to draft first; that is recorded.</source>
        <translation>Afgørelsen har status &quot;%1&quot; og kan ikke ændres. Send den først tilbage til kladde; det bliver registreret.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionRules</name>
    <message>
        <location filename="../core/workflow/decisionworkflow.cpp" line="+64"/>
        <source>Service %1: &quot;%2&quot; is not in the catalogue of services.</source>
        <translation>Ydelse %1: &quot;%2&quot; findes ikke i ydelseskataloget.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service %1 (%2) cannot be granted under the legal basis chosen.</source>
        <translation>Ydelse %1 (%2) kan ikke bevilges efter det valgte lovgrundlag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service %1: own time must be between 0 and 168 hours a week.</source>
        <translation>Ydelse %1: individuel tid skal være mellem 0 og 168 timer pr. uge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service %1: shared time must be between 0 and 168 hours a week.</source>
        <translation>Ydelse %1: fælles tid skal være mellem 0 og 168 timer pr. uge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service %1: own and shared time together come to %2 hours, more than the 168 hours in a week.</source>
        <translation>Ydelse %1: individuel og fælles tid giver tilsammen %2 timer, og det er mere end de 168 timer, der er i en uge.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Submit for approval</source>
        <translation>Send til godkendelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to draft</source>
        <translation>Tilbage til kladde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register as sent</source>
        <translation>Registrér som sendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in force</source>
        <translation>Sæt i kraft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the client.</source>
        <translation>Vælg borgeren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a legal basis in this country&apos;s catalogue.</source>
        <translation>&quot;%1&quot; er ikke et lovgrundlag i dette lands katalog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date comes before the date the decision is valid from.</source>
        <translation>Slutdatoen ligger før den dato, afgørelsen gælder fra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The evaluation date must come after the date the decision is valid from.</source>
        <translation>Opfølgningsdatoen skal ligge efter den dato, afgørelsen gælder fra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the legal basis.</source>
        <translation>Vælg lovgrundlaget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date the decision is valid from.</source>
        <translation>Angiv, hvilken dato afgørelsen gælder fra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date the decision will be evaluated: the letter must say when.</source>
        <translation>Angiv opfølgningsdatoen: brevet skal oplyse, hvornår der bliver fulgt op.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one service, with its hours.</source>
        <translation>Tilføj mindst én ydelse med timetal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the section &quot;%1&quot;.</source>
        <translation>Skriv afsnittet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not possible while the decision is &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; er ikke muligt, mens afgørelsen har status &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why the decision is refused, so the caseworker knows what to change.</source>
        <translation>Skriv, hvorfor afgørelsen afvises, så sagsbehandleren ved, hvad der skal ændres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the decision goes back to draft: it is recorded.</source>
        <translation>Skriv, hvorfor afgørelsen skal tilbage til kladde. Begrundelsen bliver registreret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the date it was sent.</source>
        <translation>Angiv, hvornår afgørelsen blev sendt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date sent cannot be in the future.</source>
        <translation>Afsendelsesdatoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say how it was sent: by post, digitally or by hand.</source>
        <translation>Angiv, hvordan afgørelsen blev sendt: med post, digitalt eller udleveret personligt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot have been received before it was sent.</source>
        <translation>Afgørelsen kan ikke være modtaget, før den blev sendt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The complaint deadline runs until %1: the decision can be put in force from %2.</source>
        <translation>Klagefristen løber til og med %1, så afgørelsen kan tidligst sættes i kraft %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the date it ends.</source>
        <translation>Angiv, hvornår afgørelsen ophører.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionServicesModel</name>
    <message>
        <location filename="../ui/decisions/decisionservicesmodel.cpp" line="+208"/>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own h/week</source>
        <translation>Indiv. t/uge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared h/week</source>
        <translation>Fælles t/uge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionTerms</name>
    <message>
        <location filename="../core/domain/decision.cpp" line="+52"/>
        <source>Relevant health information</source>
        <translation>Relevante helbredsoplysninger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Functioning and assessed needs</source>
        <translation>Funktionsevne og vurderede behov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs in all areas of life</source>
        <translation>Behov på alle livsområder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s own needs, wishes and goals</source>
        <translation>Borgerens egne behov, ønsker og mål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User participation</source>
        <translation>Borgerens medvirken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relatives&apos; participation</source>
        <translation>Inddragelse af pårørende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The municipality&apos;s assessment</source>
        <translation>Kommunens vurdering</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting approval</source>
        <translation>Afventer godkendelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force</source>
        <translation>I kraft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>By post</source>
        <translation>Med post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digitally</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By hand</source>
        <translation>Udleveret personligt</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionsPage</name>
    <message>
        <location filename="../ui/decisions/decisionspage.cpp" line="+127"/>
        <source>Evaluation due within</source>
        <translation>Opfølgning inden for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions that still apply whose evaluation date falls within this many weeks, or has passed.</source>
        <translation>Gældende afgørelser, hvor opfølgningsdatoen falder inden for så mange uger eller allerede er overskredet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weeks</source>
        <translation>uger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;aseworker:</source>
        <translation>&amp;Sagsbehandler:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;New decision…</source>
        <translation>&amp;Ny afgørelse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All units</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n afgørelse</numerusform>
            <numerusform>%n afgørelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::EmptyPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/emptypage.cpp" line="+40"/>
        <source>This database holds %n record(s) of this kind.</source>
        <translation>
            <numerusform>Databasen indeholder %n post af denne type.</numerusform>
            <numerusform>Databasen indeholder %n poster af denne type.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You will be able to work with these records here in a later version of Fremdrift.</source>
        <translation>I en senere version af Fremdrift kan du arbejde med disse oplysninger her.</translation>
    </message>
</context>
<context>
    <name>fremdrift::FormMessagePanel</name>
    <message>
        <location filename="../ui/clients/formmessagepanel.cpp" line="+12"/>
        <source>&amp;Reload</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the record as now saved; your changes here are lost.</source>
        <translation>Vis oplysningerne, som de er gemt nu; dine ændringer her går tabt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::JsonReading</name>
    <message>
        <location filename="../core/domain/json.cpp" line="+175"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; skal være tekst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; skal være en dato skrevet YYYY-MM-DD, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;client_id&quot; must be the id of a client.</source>
        <translation>&quot;client_id&quot; skal være en borgers id.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;services&quot; must be a list.</source>
        <translation>&quot;services&quot; skal være en liste.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Jurisdiction</name>
    <message>
        <location filename="../ui/jurisdictionnames.cpp" line="+9"/>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
</context>
<context>
    <name>fremdrift::JurisdictionProfile</name>
    <message>
        <location filename="../core/jurisdiction/jurisdictionprofile.cpp" line="+89"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile is empty.</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen er tomt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile is %2, but must be from %3 to %4.</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen er %2, men skal være fra %3 til %4.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile has the unknown value &quot;%2&quot;; use one of %3.</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen har den ukendte værdi &quot;%2&quot;; brug en af %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a day written MM-DD, such as 12-25, not &quot;%2&quot;.</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen skal være en dag skrevet MM-DD, f.eks. 12-25, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The list &quot;%1&quot; in the jurisdiction profile repeats the id &quot;%2&quot;.</source>
        <translation>Listen &quot;%1&quot; i regelprofilen indeholder id&apos;et &quot;%2&quot; mere end én gang.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the jurisdiction profile, &quot;%1&quot; must not be greater than &quot;%2&quot;.</source>
        <translation>I regelprofilen må &quot;%1&quot; ikke være større end &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The jurisdiction profile lacks the field &quot;%1&quot;.</source>
        <translation>Regelprofilen mangler feltet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be an object, {...}.</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen skal være et objekt, {...}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a list, [...].</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen skal være en liste, [...].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a text in quotes.</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen skal være en tekst i anførselstegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a whole number.</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen skal være et helt tal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be true or false.</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen skal være true eller false.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The jurisdiction profile has format version %1, but this version of Fremdrift reads version %2.</source>
        <translation>Regelprofilen har formatversion %1, men denne version af Fremdrift læser version %2.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The day rule &quot;%1&quot; in the jurisdiction profile must span one to seven days within one year, from &quot;from&quot; to &quot;to&quot;.</source>
        <translation>Dagsreglen &quot;%1&quot; i regelprofilen skal dække fra én til syv dage inden for samme år, fra &quot;from&quot; til &quot;to&quot;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile names the legal basis &quot;%2&quot;, which the profile does not define in &quot;legalBases&quot;.</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen henviser til lovhjemlen &quot;%2&quot;, som profilen ikke definerer i &quot;legalBases&quot;.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The list &quot;%1&quot; in the jurisdiction profile lacks the step &quot;%2&quot;.</source>
        <translation>Listen &quot;%1&quot; i regelprofilen mangler trinnet &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The entry &quot;%1&quot; in the jurisdiction profile needs exactly one of &quot;everyMonths&quot; and &quot;asNeeded&quot;: true.</source>
        <translation>Punktet &quot;%1&quot; i regelprofilen skal have præcis én af &quot;everyMonths&quot; og &quot;asNeeded&quot;: true.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile is %2, which is neither on the scale nor its &quot;not relevant&quot; value.</source>
        <translation>Feltet &quot;%1&quot; i regelprofilen er %2, som hverken er på skalaen eller er skalaens værdi for &quot;ikke relevant&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The jurisdiction profile &quot;%1&quot; does not exist.</source>
        <translation>Regelprofilen &quot;%1&quot; findes ikke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file &quot;%1&quot; is too large to be a jurisdiction profile.</source>
        <translation>Filen &quot;%1&quot; er for stor til at være en regelprofil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the jurisdiction profile &quot;%1&quot;.</source>
        <translation>Regelprofilen &quot;%1&quot; kunne ikke læses.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The built-in profile %1 describes %2 instead of %3.</source>
        <translation>Den indbyggede profil %1 beskriver %2 i stedet for %3.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The jurisdiction profile is not valid JSON: %1 at character %2.</source>
        <translation>Regelprofilen er ikke gyldig JSON: %1 ved tegn %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The jurisdiction profile must be a JSON object, {...}.</source>
        <translation>Regelprofilen skal være et JSON-objekt, {...}.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Leases</name>
    <message>
        <location filename="../core/storage/leases.cpp" line="+163"/>
        <source>Someone</source>
        <translation>Nogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is editing this on %2 since %3.</source>
        <translation>%1 er i gang med at redigere dette på %2 (siden %3).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The lease on this record has been given up.</source>
        <translation>Redigeringslåsen på oplysningerne er frigivet.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.cpp" line="+18"/>
        <source>Several people work in %1. Log in with your user name and password.</source>
        <translation>Flere personer arbejder i %1. Log ind med dit brugernavn og din adgangskode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Password for %1</source>
        <translation>Adgangskode til %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type your user name.</source>
        <translation>Skriv dit brugernavn.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+47"/>
        <source>Fremdrift databases (*.sqlite *.fremdrift *.db);;All files (*)</source>
        <translation>Fremdrift-databaser (*.sqlite *.fremdrift *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;password…</source>
        <translation>Skift a&amp;dgangskode…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shared databases…</source>
        <translation>&amp;Delte databaser…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Fremdrift</source>
        <translation>&amp;Om Fremdrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not logged in, so %1 was not opened.</source>
        <translation>Du er ikke logget ind, så %1 blev ikke åbnet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a database first.</source>
        <translation>Åbn en database først.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your password has been changed.</source>
        <translation>Din adgangskode er ændret.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database was created, but the demo data could not be added: %1</source>
        <translation>Databasen er oprettet, men demodata kunne ikke lægges ind: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Fremdrift</source>
        <translation>Velkommen til Fremdrift</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>new-database</source>
        <translation>ny-database</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No recent databases</source>
        <translation>Ingen databaser er åbnet for nylig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the list</source>
        <translation>Ryd listen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database is busy: another PC is saving. Retrying…</source>
        <translation>Databasen er optaget: en anden pc er ved at gemme. Prøver igen…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Today&apos;s backup could not be made. You can keep working. %1</source>
        <translation>Dagens sikkerhedskopi kunne ikke laves. Du kan arbejde videre. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup made</source>
        <translation>Sikkerhedskopi lavet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database was restored from the backup. The replaced file was kept as %1.</source>
        <translation>Databasen er gendannet fra sikkerhedskopien. Den erstattede fil er gemt som %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No database is open</source>
        <translation>Ingen database er åben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – Fremdrift</source>
        <translation>%1 – Fremdrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules: %1</source>
        <translation>Regler: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Editable</source>
        <translation>Kan redigeres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network drive</source>
        <translation>Netværksdrev</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safe with Fremdrift&apos;s rollback journal; see Help &gt; Shared databases</source>
        <translation>Sikker med Fremdrifts rollback-journal; se Hjælp &gt; Delte databaser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is not using the rollback journal (journal mode: %1); see Help &gt; Shared databases</source>
        <translation>Databasen bruger ikke rollback-journalen (journaltilstand: %1); se Hjælp &gt; Delte databaser</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About Fremdrift</source>
        <translation>Om Fremdrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Progress plans and reviews of care decisions for municipal care offices in Norway, Sweden and Denmark.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Fremdriftsplaner og opfølgning på afgørelser om hjælp og støtte – til kommunernes social- og handicapafdelinger i Norge, Sverige og Danmark.&lt;/p&gt;&lt;p&gt;Lavet med Qt %2 og SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;The open database is on a network drive, with the rollback journal (journal mode: %1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den åbne database ligger på et netværksdrev og bruger rollback-journalen (journaltilstand: %1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;The open database is on this computer&apos;s own disk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den åbne database ligger på denne computers egen disk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared databases</source>
        <translation>Delte databaser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;One database file for the office&lt;/h3&gt;&lt;p&gt;One Fremdrift file on a network drive works well when 2–8 people in one office share it over a reliable wired network, with daily backups. Fremdrift uses SQLite&apos;s rollback journal there (never WAL), waits its turn when another PC is saving, and refreshes open lists when someone else saves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Avoid&lt;/b&gt; cloud-sync folders (Dropbox, OneDrive, Google Drive and the like: Fremdrift refuses them, because they copy the file while it is being written and lose changes), Wi-Fi between the PCs and the file server, and VPN connections over slow links.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Move to a database server&lt;/b&gt; when more than about 8 people work at the same time, when the office has several locations, when &quot;busy&quot; messages come often, or when the network drive&apos;s file locking is unreliable. PostgreSQL is the planned server engine for Fremdrift.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Én databasefil til afdelingen&lt;/h3&gt;&lt;p&gt;Én Fremdrift-fil på et netværksdrev fungerer godt, når 2–8 personer i samme afdeling deler den over et stabilt kablet netværk, og der tages sikkerhedskopi hver dag. Fremdrift bruger dér SQLites rollback-journal (aldrig WAL), venter på tur, når en anden pc er ved at gemme, og opdaterer åbne lister, når andre gemmer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Undgå&lt;/b&gt; skysynkroniserede mapper (Dropbox, OneDrive, Google Drive og lignende: Fremdrift afviser dem, fordi de kopierer filen, mens der skrives i den, og mister ændringer), wi-fi mellem pc&apos;erne og filserveren samt VPN-forbindelser over langsomme linjer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Skift til en databaseserver&lt;/b&gt;, når mere end ca. 8 personer arbejder samtidig, når afdelingen har flere adresser, når meddelelsen &quot;optaget&quot; ofte dukker op, eller når netværksdrevets fillåsning er upålidelig. PostgreSQL er den planlagte servermotor til Fremdrift.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fremdrift::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+22"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Luk denne besked</translation>
    </message>
</context>
<context>
    <name>fremdrift::NationalId</name>
    <message>
        <location filename="../core/domain/nationalid.cpp" line="+66"/>
        <source>The number contains the letter &quot;%1&quot;, but a national ID number has only digits.</source>
        <translation>Nummeret indeholder bogstavet &quot;%1&quot;, men et personnummer består kun af cifre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number contains &quot;%1&quot;, which does not belong in a national ID number.</source>
        <translation>Nummeret indeholder &quot;%1&quot;, som ikke hører hjemme i et personnummer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The date in the number does not exist (%1).</source>
        <translation>Datoen i nummeret findes ikke (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date in the number (%1) lies in the future.</source>
        <translation>Fødselsdatoen i nummeret (%1) ligger i fremtiden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The control digits do not match: the number has a typing error.</source>
        <translation>Kontrolcifrene passer ikke: der er en tastefejl i nummeret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synthetic test numbers are accepted only in a test database.</source>
        <translation>Syntetiske testnumre accepteres kun i en testdatabase.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A valid national identity number.</source>
        <translation>Et gyldigt fødselsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid D number.</source>
        <translation>Et gyldigt D-nummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid H number.</source>
        <translation>Et gyldigt H-nummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid synthetic test number.</source>
        <translation>Et gyldigt syntetisk testnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid personal identity number.</source>
        <translation>Et gyldigt personnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid coordination number.</source>
        <translation>Et gyldigt samordningsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid CPR number.</source>
        <translation>Et gyldigt CPR-nummer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A Norwegian national ID number has 11 digits; this one has %1.</source>
        <translation>Et norsk fødselsnummer har 11 cifre; dette har %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Norwegian national ID number has no &quot;-&quot; or &quot;+&quot;: enter the 11 digits, with a space after the date if you like.</source>
        <translation>Et norsk fødselsnummer har ingen &quot;-&quot; eller &quot;+&quot;: skriv de 11 cifre, eventuelt med mellemrum efter datoen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No national ID number begins with the digits %1: their first control digit would be 10. The number has a typing error.</source>
        <translation>Intet fødselsnummer begynder med cifrene %1, for det første kontrolciffer ville blive 10. Der er en tastefejl i nummeret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No national ID number begins with the digits %1: their second control digit would be 10. The number has a typing error.</source>
        <translation>Intet fødselsnummer begynder med cifrene %1, for det andet kontrolciffer ville blive 10. Der er en tastefejl i nummeret.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The number cannot be both a D number (day + 40) and an H number (month + 40).</source>
        <translation>Nummeret kan ikke være både et D-nummer (dag + 40) og et H-nummer (måned + 40).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The individual number %1 (digits 7–9) is not given to people born in a year ending in %2, so the number cannot exist.</source>
        <translation>Individnummeret %1 (ciffer 7–9) gives ikke til personer, der er født i et år, som ender på %2, så nummeret kan ikke eksistere.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A Swedish personal identity number has 10 or 12 digits; this one has %1.</source>
        <translation>Et svensk personnummer har 10 eller 12 cifre; dette har %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In a Swedish personal identity number the &quot;-&quot; or &quot;+&quot; comes right after the birth date: YYMMDD-NNNC or YYYYMMDD-NNNC.</source>
        <translation>I et svensk personnummer står &quot;-&quot; eller &quot;+&quot; lige efter fødselsdatoen: YYMMDD-NNNC eller YYYYMMDD-NNNC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check digit does not match: the number has a typing error.</source>
        <translation>Kontrolcifferet passer ikke: der er en tastefejl i nummeret.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A valid test number from Skatteverket&apos;s test series.</source>
        <translation>Et gyldigt testnummer fra Skatteverkets testserie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A Danish CPR number has 10 digits; this one has %1.</source>
        <translation>Et dansk CPR-nummer har 10 cifre; dette har %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CPR number is written DDMMYY-SSSS: the only mark in it is a &quot;-&quot; right after the birth date.</source>
        <translation>Et CPR-nummer skrives DDMMYY-SSSS: det eneste tegn ud over cifrene er en &quot;-&quot; lige efter fødselsdatoen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The number fails the old modulus 11 check. Numbers issued since 2007 may do so; check it against the CPR register.</source>
        <translation>Nummeret består ikke den gamle modulus 11-kontrol. Det kan ske for numre, der er udstedt siden 2007; tjek nummeret i CPR-registret.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No national ID number was entered.</source>
        <translation>Der er ikke indtastet noget personnummer.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>National identity number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D number</source>
        <translation>D-nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H number</source>
        <translation>H-nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synthetic test number</source>
        <translation>Syntetisk testnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordination number</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
</context>
<context>
    <name>fremdrift::NavigationModel</name>
    <message>
        <location filename="../ui/navigationmodel.cpp" line="+86"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress plans</source>
        <translation>Fremdriftsplaner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is due soon, what is late, and what the database holds.</source>
        <translation>Hvad der snart skal gøres, hvad der er forsinket, og hvad databasen indeholder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The people you decide services for, and the people around them.</source>
        <translation>De borgere, du træffer afgørelse om ydelser til, og personerne omkring dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation meetings in reviews, and responsibility group meetings.</source>
        <translation>Opfølgningsmøder og netværksmøder.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Progress plans: the reviews of decisions, step by step, with deadlines and the caseworkers responsible.</source>
        <translation>Fremdriftsplaner: opfølgningen på afgørelser trin for trin, med frister og ansvarlige sagsbehandlere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions, their services and hours, and where each is in its life: draft, approved, sent, in force.</source>
        <translation>Afgørelser med ydelser og timer, og hvor langt hver afgørelse er: kladde, godkendt, sendt, gældende.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter templates: pre-notice, meeting invitation, minutes and decision letter.</source>
        <translation>Brevskabelonerne: varsel om opfølgning, mødeindkaldelse, referat og afgørelsesbrev.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters issued, and the share of decisions followed up.</source>
        <translation>Udsendte breve og andelen af afgørelser, der er fulgt op på.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, the office and the database.</source>
        <translation>Sprog, afdelingen og databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/newdatabasedialog.cpp" line="+21"/>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose a file for the new database.</source>
        <translation>Vælg en fil til den nye database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a file with this name. Choose another name, or open the file from the File menu.</source>
        <translation>Der findes allerede en fil med dette navn. Vælg et andet navn, eller åbn filen fra menuen Filer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fremdrift databases (*.sqlite *.fremdrift *.db)</source>
        <translation>Fremdrift-databaser (*.sqlite *.fremdrift *.db)</translation>
    </message>
</context>
<context>
    <name>fremdrift::NewDecisionDialog</name>
    <message>
        <location filename="../ui/decisions/newdecisiondialog.cpp" line="+38"/>
        <source>Create draft</source>
        <translation>Opret kladde</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No client matches.</source>
        <translation>Ingen borgere passer på søgningen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For %1.</source>
        <translation>Vedrører %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the client from the list that appears as you type.</source>
        <translation>Vælg borgeren på den liste, der kommer frem, mens du skriver.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing: a first decision</source>
        <translation>Ingen: første afgørelse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, fra %3)</translation>
    </message>
</context>
<context>
    <name>fremdrift::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/optionaldateedit.cpp" line="+16"/>
        <source>Press Delete to leave the date empty.</source>
        <translation>Tryk på Delete for at lade datoen stå tom.</translation>
    </message>
</context>
<context>
    <name>fremdrift::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="+57"/>
        <source>No database is open</source>
        <translation>Ingen database er åben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new database or open an existing one from the File menu.</source>
        <translation>Opret en ny database, eller åbn en eksisterende fra menuen Filer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fremdrift</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the rules of %1. Database: %2</source>
        <translation>Følger reglerne i %1. Database: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::PasswordDialog</name>
    <message>
        <location filename="../ui/login/passworddialog.cpp" line="+23"/>
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A new password for %1. It needs at least %n characters.</source>
        <translation>
            <numerusform>En ny adgangskode til %1. Den skal have mindst %n tegn.</numerusform>
            <numerusform>En ny adgangskode til %1. Den skal have mindst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuværende adgangskode:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gentag den:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two new passwords differ. Type the same one twice.</source>
        <translation>De to nye adgangskoder er forskellige. Skriv den samme adgangskode begge gange.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Passwords</name>
    <message numerus="yes">
        <location filename="../core/security/passwords.cpp" line="+45"/>
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>En adgangskode skal have mindst %n tegn.</numerusform>
            <numerusform>En adgangskode skal have mindst %n tegn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A password may have at most %n characters.</source>
        <translation>
            <numerusform>En adgangskode må højst have %n tegn.</numerusform>
            <numerusform>En adgangskode må højst have %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password cannot be only spaces.</source>
        <translation>En adgangskode kan ikke kun bestå af mellemrum.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password library could not start.</source>
        <translation>Biblioteket til adgangskoder kunne ikke startes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is not enough memory to protect the password. Close other programs and try again.</source>
        <translation>Der er ikke nok hukommelse til at beskytte adgangskoden. Luk andre programmer, og prøv igen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Permissions</name>
    <message>
        <location filename="../core/workflow/permissions.cpp" line="+18"/>
        <source>Reading cases needs an active user.</source>
        <translation>Kun aktive brugere kan læse sager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing cases needs a caseworker, leader or administrator.</source>
        <translation>Kun sagsbehandlere, ledere og administratorer kan ændre i sager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a leader may approve or refuse a decision.</source>
        <translation>Kun en leder kan godkende eller afvise en afgørelse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may manage users.</source>
        <translation>Kun en administrator kan administrere brugere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may change letter templates.</source>
        <translation>Kun en administrator kan ændre brevskabeloner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may change the office&apos;s settings.</source>
        <translation>Kun en administrator kan ændre afdelingens indstillinger.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2) may not do this. %3</source>
        <translation>%1 (%2) har ikke adgang til dette. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is deactivated and may not do this.</source>
        <translation>%1 er deaktiveret og har ikke adgang til dette.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Presence</name>
    <message>
        <location filename="../core/storage/presence.cpp" line="+46"/>
        <source>someone</source>
        <translation>nogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (since %3)</source>
        <translation>%1 på %2 (siden %3)</translation>
    </message>
</context>
<context>
    <name>fremdrift::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/restoredialog.cpp" line="+36"/>
        <location line="+92"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Backups of %1 in %2, newest first. Restoring replaces the database with the backup you choose; the current file is kept beside it, ending in “.before-restore”.</source>
        <translation>Sikkerhedskopier af %1 i %2, nyeste først. Når du gendanner, erstattes databasen af den sikkerhedskopi, du vælger; den nuværende fil gemmes ved siden af med endelsen “.before-restore”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no backups of this database yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af denne database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The database cannot be restored while others use it: %1. Ask them to close Fremdrift, then try again.</source>
        <translation>Databasen kan ikke gendannes, mens andre bruger den: %1. Bed dem om at lukke Fremdrift, og prøv så igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace %1 with the backup made %2?

Everything saved since then is no longer in the database. The current file is kept as %3.</source>
        <translation>Erstat %1 med sikkerhedskopien fra %2?

Alt, hvad der er gemt siden da, vil ikke længere findes i databasen. Den nuværende fil gemmes som %3.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Role</name>
    <message>
        <location filename="../core/domain/staffuser.cpp" line="+33"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader (approves decisions)</source>
        <translation>Leder (godkender afgørelser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
</context>
<context>
    <name>fremdrift::SendDialog</name>
    <message>
        <location filename="../ui/decisions/senddialog.cpp" line="+93"/>
        <source>The date sent cannot be in the future.</source>
        <translation>Afsendelsesdatoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It cannot have been received before it was sent.</source>
        <translation>Afgørelsen kan ikke være modtaget, før den blev sendt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received on %1.</source>
        <translation>Modtaget %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed received on %1.</source>
        <translation>Anses for modtaget %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (%3). In force from %4.</source>
        <translation>%1: %2 (%3). I kraft fra %4.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ServiceComparisonModel</name>
    <message>
        <location filename="../ui/decisions/servicecomparisonmodel.cpp" line="+38"/>
        <source>New: %1 h</source>
        <translation>Ny: %1 t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: %1 h</source>
        <translation>Fjernet: %1 t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h (own %2, shared %3)</source>
        <translation>%1 t (individuel %2, fælles %3)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous own</source>
        <translation>Før, individuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous shared</source>
        <translation>Før, fælles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New own</source>
        <translation>Ny, individuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New shared</source>
        <translation>Ny, fælles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change a week</source>
        <translation>Ændring pr. uge</translation>
    </message>
</context>
<context>
    <name>fremdrift::Session</name>
    <message>
        <location filename="../core/workflow/session.cpp" line="+64"/>
        <source>The database has no active staff user. An administrator must add one with fremdrift-cli user add.</source>
        <translation>Databasen har ingen aktive medarbejdere. En administrator skal oprette en med fremdrift-cli user add.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no staff user called &quot;%1&quot;.</source>
        <translation>Der er ingen medarbejder med brugernavnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is deactivated and cannot work in this database.</source>
        <translation>%1 er deaktiveret og kan ikke arbejde i denne database.</translation>
    </message>
</context>
<context>
    <name>fremdrift::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="+40"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the database</source>
        <translation>Kontrollér databasen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language:</source>
        <translation>Sprog i programmet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of menus and messages. The country&apos;s rules and legal terms follow the database.</source>
        <translation>Sproget i menuer og beskeder. Landets regler og de juridiske begreber følger databasen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Nordby municipality, care services office</source>
        <translation>f.eks. Nordby Kommune, Social og Handicap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office name:</source>
        <translation>Afdelingens navn:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working as:</source>
        <translation>Logget ind som:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country&apos;s rules:</source>
        <translation>Følger reglerne i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Skemaversion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access:</source>
        <translation>Adgang:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No database is open</source>
        <translation>Ingen database er åben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read-only: %1</source>
        <translation>Skrivebeskyttet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be changed</source>
        <translation>Kan ændres</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database is sound: the whole file was read and every rule holds.</source>
        <translation>Databasen er i orden: hele filen er læst, og alle regler er overholdt.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The office name is saved.</source>
        <translation>Afdelingens navn er gemt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database has problems:</source>
        <translation>Der er problemer med databasen:</translation>
    </message>
</context>
<context>
    <name>fremdrift::SqlErrors</name>
    <message>
        <location filename="../core/storage/sql.cpp" line="+38"/>
        <location line="+32"/>
        <source>The database reported an error.</source>
        <translation>Databasen meldte en fejl.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The database is busy: another user is saving. Try again in a moment.</source>
        <translation>Databasen er optaget: en anden bruger er ved at gemme. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is open read-only, so nothing can be saved.</source>
        <translation>Databasen er åbnet skrivebeskyttet, så der kan ikke gemmes noget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken er fuld. Intet er gemt; frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file could not be read or written. Check that the drive is connected and try again.</source>
        <translation>Databasefilen kunne ikke læses eller skrives. Kontrollér, at drevet er tilsluttet, og prøv igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Databasefilen er beskadiget. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>Ændringen strider mod en af databasens regler og er ikke blevet gemt.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Someone else deleted this record while you were working on it. Your changes were not saved.</source>
        <translation>En anden har slettet oplysningerne, mens du arbejdede med dem. Dine ændringer er ikke gemt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 saved this record at %2, after you opened it. Your changes were not saved: reload to see theirs, then make yours again.</source>
        <translation>%1 gemte oplysningerne %2, efter at du havde åbnet dem. Dine ændringer er ikke gemt: genindlæs for at se de nye ændringer, og lav så dine egne igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
</context>
<context>
    <name>fremdrift::TableSummaryModel</name>
    <message>
        <location filename="../ui/tablesummarymodel.cpp" line="+14"/>
        <source>Clients</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatives, guardians and contacts</source>
        <translation>Pårørende, værger og kontaktpersoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress plans</source>
        <translation>Fremdriftsplaner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter templates</source>
        <translation>Brevskabeloner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters issued</source>
        <translation>Udsendte breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units and homes</source>
        <translation>Enheder og botilbud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff users</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Kind of record</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
</context>
<context>
    <name>fremdrift::cli::Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+83"/>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The country whose rules the database follows: no, se or dk.</source>
        <translation>Det land, hvis regler databasen følger: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new database needs --jurisdiction no, se or dk.</source>
        <translation>En ny database kræver --jurisdiction no, se eller dk.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unknown jurisdiction &quot;%1&quot;: use no, se or dk.</source>
        <translation>Ukendt land &quot;%1&quot;: brug no, se eller dk.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; kræver en underkommando: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown subcommand &quot;%1 %2&quot;: use %3.</source>
        <translation>Ukendt underkommando &quot;%1 %2&quot;: brug %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the record&apos;s id, a whole number, e.g. 12.</source>
        <translation>Angiv postens id som et helt tal, f.eks. 12.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 skal være en dato skrevet YYYY-MM-DD, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 skal være et helt tal fra %2 til %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This command needs --%1.</source>
        <translation>Kommandoen kræver --%1.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Mark the database as a test database (accepts test ID numbers).</source>
        <translation>Markér databasen som testdatabase (accepterer testpersonnumre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office&apos;s name, for letterheads.</source>
        <translation>Afdelingens navn til brevhovedet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>How many invented clients (default 36).</source>
        <translation>Antal opdigtede borgere (standard: 36).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--clients takes a whole number from 1 to 1000000.</source>
        <translation>--clients skal være et helt tal fra 1 til 1000000.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists. Demo data only goes into a new database: give another --db.</source>
        <translation>%1 findes allerede. Demodata kan kun lægges i en ny database: angiv en anden --db.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+43"/>
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
                  change your password, or (administrators) anyone&apos;s
  user deactivate USERNAME
                  (administrators) the user keeps their history but cannot log in
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
  import clients|decisions FILE [--dry-run]
                  bring a caseload in from CSV; exit 0 only when every line is sound
  audit log [--staff USERNAME] [--client ID] [--from D] [--to D] [--limit N]
                  (administrators) the audit log, newest first
  audit access-report CLIENT_ID [--pdf FILE]
                  (administrators) who has opened or changed the client&apos;s record
  rules deadline --jurisdiction no|se|dk --received D
                  the complaint deadline (no database needed)
  rules national-id --jurisdiction no|se|dk NUMBER [--test-data]
                  check a national ID; exit 0 only when valid
A database with several users, some with passwords, needs --user NAME and that
user&apos;s password: FREMDRIFT_PASSWORD, or typed when asked on a terminal.
Output is JSON on stdout; errors go to stderr. Exit codes: 0 done, 1 the command
failed, 2 a wrong call.
</source>
        <translation>Kommandoer (datoer skrives YYYY-MM-DD):
  init --jurisdiction no|se|dk [--test-data] [--office-name NAVN]
                  opret en ny database
  demo --jurisdiction no|se|dk [--clients N]
                  opret en ny testdatabase med opdigtede demodata
  info            beskriv databasen
  check           kontrollér integritet og skema; exit 0 kun når alt er i orden
  backup [--folder MAPPE] [--keep N]
                  lav en kontrolleret sikkerhedskopi (standardmappe: lokal, pr. database)
  backup list [--folder MAPPE]
  restore FIL [--yes]
                  erstat databasen med en sikkerhedskopi; afvises, mens andre bruger den
  user list       medarbejderne
  user add --username U --name NAVN --role caseworker|leader|administrator|readonly
                  [--title T]   (administratorer; adgangskode: FREMDRIFT_PASSWORD_NEW eller indtastet)
  user passwd [BRUGERNAVN]
                  skift din adgangskode, eller (administratorer) andres
  user deactivate BRUGERNAVN
                  (administratorer) brugeren beholder sin historik, men kan ikke logge ind
  client add --name NAVN | --given-name G --family-name F
             [--national-id ID] [--unit NAVN]
  client list [--search TEKST] [--limit N]
  client show ID  borgeren med kontakter og afgørelser
  decision add --json FIL
                  en ny kladde i den form, decision show udskriver (- læser stdin)
  decision show ID
  decision list [--status S] [--client ID] [--unit NAVN]
                [--caseworker BRUGERNAVN] [--due-within-weeks N]
  decision submit|approve|put-in-force ID
  decision refuse|return-to-draft ID --comment TEKST
  decision send ID --date D --method post|digital|hand [--received D]
  decision end ID --date D
  import clients|decisions FIL [--dry-run]
                  indlæs en sagsstamme fra CSV; exit 0 kun når alle linjer er i orden
  audit log [--staff BRUGERNAVN] [--client ID] [--from D] [--to D] [--limit N]
                  (administratorer) revisionsloggen, nyeste først
  audit access-report BORGER_ID [--pdf FIL]
                  (administratorer) hvem der har åbnet eller ændret borgerens oplysninger
  rules deadline --jurisdiction no|se|dk --received D
                  klagefristen (kræver ingen database)
  rules national-id --jurisdiction no|se|dk NUMMER [--test-data]
                  kontrollér et personnummer; exit 0 kun når det er gyldigt
En database med flere brugere, hvoraf nogle har adgangskode, kræver --user NAVN og
brugerens adgangskode: FREMDRIFT_PASSWORD, eller indtastet, når du bliver spurgt i en terminal.
Output er JSON på stdout; fejl skrives til stderr. Exitkoder: 0 udført, 1 kommandoen
mislykkedes, 2 forkert kald.
</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Fremdrift&apos;s command-line tool.</source>
        <translation>Fremdrifts kommandolinjeværktøj.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file (default: $FREMDRIFT_DB, else the user&apos;s default database).</source>
        <translation>Databasefilen (standard: $FREMDRIFT_DB, ellers brugerens standarddatabase).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of messages: en, nb, sv or da.</source>
        <translation>Sprog i beskeder: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act as this staff user (username); default: the one matching the computer login, else the first administrator.</source>
        <translation>Arbejd som denne medarbejder (brugernavn); standard: den, der passer til login på computeren, ellers den første administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run.</source>
        <translation>Den kommando, der skal køres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No command given.</source>
        <translation>Der er ikke angivet nogen kommando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Ukendt kommando &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="+31"/>
        <source>Give the client&apos;s name: --name &quot;Given Family&quot;, or --given-name and --family-name.</source>
        <translation>Angiv borgerens navn: --name &quot;Fornavn Efternavn&quot; eller --given-name og --family-name.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The unit or home; a new name adds the unit.</source>
        <translation>Enheden eller botilbuddet; et nyt navn opretter enheden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client&apos;s full name; the last word is the family name.</source>
        <translation>Borgerens fulde navn; det sidste ord er efternavnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s given name.</source>
        <translation>Borgerens fornavn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s family name.</source>
        <translation>Borgerens efternavn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s national ID number.</source>
        <translation>Borgerens personnummer.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only clients whose name, national ID or unit contain every word.</source>
        <translation>Kun borgere, hvis navn, personnummer eller enhed indeholder alle ordene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this many clients (default 500).</source>
        <translation>Højst så mange borgere (standard: 500).</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommands.cpp" line="+25"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not hold a JSON object: %2</source>
        <translation>%1 indeholder ikke et JSON-objekt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds something else</source>
        <translation>filen indeholder noget andet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The decision in the shape &quot;decision show&quot; prints; - reads standard input.</source>
        <translation>Afgørelsen i samme form, som &quot;decision show&quot; udskriver; - læser fra standardinput.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Why: recorded with the decision.</source>
        <translation>Begrundelse; gemmes sammen med afgørelsen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send: the date sent; end: the date it ends (YYYY-MM-DD).</source>
        <translation>send: afsendelsesdatoen; end: slutdatoen (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was sent: post, digital or hand.</source>
        <translation>Hvordan afgørelsen blev sendt: post, digital eller hand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the client received it, if known; else it is assumed from the jurisdiction&apos;s rules (YYYY-MM-DD).</source>
        <translation>Hvornår borgeren modtog afgørelsen, hvis det vides; ellers beregnes datoen efter landets regler (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--method takes post, digital or hand, not &quot;%1&quot;.</source>
        <translation>--method skal være post, digital eller hand, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Only decisions in this state: %1.</source>
        <translation>Kun afgørelser med denne status: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the decisions of the client with this id.</source>
        <translation>Kun afgørelser for borgeren med dette id.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the decisions of clients in this unit.</source>
        <translation>Kun afgørelser for borgere i denne enhed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the decisions of this caseworker (username).</source>
        <translation>Kun afgørelser for denne sagsbehandler (brugernavn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only decisions due for evaluation within this many weeks, or overdue.</source>
        <translation>Kun afgørelser, hvor der skal følges op inden for så mange uger, eller hvor opfølgningen er overskredet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Ukendt status &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no unit called &quot;%1&quot;.</source>
        <translation>Der er ingen enhed, der hedder &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no staff user with the username &quot;%1&quot;.</source>
        <translation>Der er ingen medarbejder med brugernavnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+33"/>
        <source>Check every line and report the problems; write nothing.</source>
        <translation>Kontrollér alle linjer, og vis fejlene uden at gemme noget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clients or decisions</source>
        <translation>clients eller decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file.</source>
        <translation>CSV-filen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: import clients|decisions FILE [--dry-run]</source>
        <translation>Brug: import clients|decisions FIL [--dry-run]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown import &quot;%1&quot;: use clients or decisions.</source>
        <translation>Ukendt import &quot;%1&quot;: brug clients eller decisions.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: correct the lines above and import the file again.</source>
        <translation>Intet er importeret: ret linjerne ovenfor, og importér filen igen.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulecommands.cpp" line="+14"/>
        <source>The country whose rules apply: no, se or dk.</source>
        <translation>Det land, hvis regler gælder: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The date the decision reached the client.</source>
        <translation>Den dato, borgeren modtog afgørelsen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Check as a test database does: accept synthetic test numbers.</source>
        <translation>Kontrollér som i en testdatabase: acceptér syntetiske testnumre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The national ID number.</source>
        <translation>Personnummeret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the national ID number to check.</source>
        <translation>Angiv det personnummer, der skal kontrolleres.</translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="+21"/>
        <source>The backup folder (default: a folder for this database in the user&apos;s local data folder).</source>
        <translation>Mappen til sikkerhedskopier (standard: en mappe til denne database i brugerens lokale datamappe).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>How many backups to keep (default %1).</source>
        <translation>Antal sikkerhedskopier, der skal gemmes (standard: %1).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the database without asking.</source>
        <translation>Erstat databasen uden at spørge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup to restore.</source>
        <translation>Den sikkerhedskopi, der skal gendannes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which backup? Give its file (see &quot;backup list&quot;).</source>
        <translation>Hvilken sikkerhedskopi? Angiv filen (se &quot;backup list&quot;).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This replaces %1 (last changed %2) with the backup %3; the current file is kept as %1.before-restore.</source>
        <translation>Dette erstatter %1 (sidst ændret %2) med sikkerhedskopien %3; den nuværende fil gemmes som %1.before-restore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This puts the backup %1 in place as %2.</source>
        <translation>Dette lægger sikkerhedskopien %1 på plads som %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed: run again with --yes to do it.</source>
        <translation>Intet er ændret: kør kommandoen igen med --yes for at udføre den.</translation>
    </message>
    <message>
        <location filename="../app/cli/usercommands.cpp" line="+71"/>
        <source>Give the new password in FREMDRIFT_PASSWORD_NEW, or run this on a terminal to type it.</source>
        <translation>Angiv den nye adgangskode i FREMDRIFT_PASSWORD_NEW, eller kør kommandoen i en terminal for at indtaste den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password for %1: </source>
        <translation>Ny adgangskode til %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same password again: </source>
        <translation>Samme adgangskode igen: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>De to adgangskoder er forskellige. Intet er ændret.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+179"/>
        <source>Password for %1: </source>
        <translation>Adgangskode til %1: </translation>
    </message>
    <message>
        <location line="-171"/>
        <source>The new user&apos;s login name.</source>
        <translation>Den nye brugers brugernavn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name.</source>
        <translation>Fuldt navn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>caseworker, leader, administrator or readonly.</source>
        <translation>caseworker, leader, administrator eller readonly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title.</source>
        <translation>Stillingsbetegnelse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown role &quot;%1&quot;: use caseworker, leader, administrator or readonly.</source>
        <translation>Ukendt rolle &quot;%1&quot;: brug caseworker, leader, administrator eller readonly.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Whose password (administrators); default: your own.</source>
        <translation>Hvis adgangskode (administratorer); standard: din egen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Who to deactivate.</source>
        <translation>Den bruger, der skal deaktiveres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the user name of the user to deactivate.</source>
        <translation>Angiv brugernavnet på den bruger, der skal deaktiveres.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A password is needed: set FREMDRIFT_PASSWORD, or run this on a terminal to type it.</source>
        <translation>Der kræves en adgangskode: angiv FREMDRIFT_PASSWORD, eller kør kommandoen i en terminal for at indtaste den.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database has several users and needs a login: give --user NAME, and the password in FREMDRIFT_PASSWORD or typed when asked.</source>
        <translation>Databasen har flere brugere og kræver login: angiv --user NAVN og adgangskoden i FREMDRIFT_PASSWORD, eller indtast den, når du bliver spurgt.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="+71"/>
        <source>Only what this staff user did (username).</source>
        <translation>Kun det, denne medarbejder har gjort (brugernavn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only rows about this client (id).</source>
        <translation>Kun rækker om denne borger (id).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From this day.</source>
        <translation>Fra og med denne dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To this day, inclusive.</source>
        <translation>Til og med denne dag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this many rows, newest first.</source>
        <translation>Højst så mange rækker, nyeste først.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--client needs a client&apos;s id, a whole number.</source>
        <translation>--client kræver en borgers id, et helt tal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no staff user called &quot;%1&quot;.</source>
        <translation>Der er ingen medarbejder med brugernavnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Also write the report as an A4 PDF file.</source>
        <translation>Skriv også rapporten som en PDF-fil i A4.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94"/>
        <source>Progress plans and reviews of care decisions.</source>
        <translation>Fremdriftsplaner og opfølgning på afgørelser om hjælp og støtte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this database file.</source>
        <translation>Åbn denne databasefil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: en, nb, sv or da.</source>
        <translation>Sprog i programmet: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window as PNG and exit.</source>
        <translation>Gem et billede af vinduet som PNG, og afslut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page to show: overview, plans, clients, decisions, meetings, templates, reports or settings.</source>
        <translation>Den side, der skal vises: overview, plans, clients, decisions, meetings, templates, reports eller settings.</translation>
    </message>
</context>
</TS>
