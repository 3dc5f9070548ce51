<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../ui/clients/clienteditor.ui" line="+9" />
        <source>Client</source>
        <translation>Brukare</translation>
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
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Family name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Birth date:</source>
        <translation>F&amp;ödelsedatum:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Posta&amp;l code, city:</source>
        <translation>Postnummer och o&amp;rt:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;E-mail:</source>
        <translation>E-po&amp;st:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Care</source>
        <translation>Omsorg</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Unit or home:</source>
        <translation>Enhet eller &amp;boende:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Case&amp;worker:</source>
        <translation>Bistånds&amp;handläggare:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>GP</source>
        <translation>Fast läkarkontakt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>GP na&amp;me:</source>
        <translation>&amp;Läkarens namn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>GP p&amp;ractice:</source>
        <translation>Vård&amp;central:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>G&amp;P phone:</source>
        <translation>Läkarens telefo&amp;n:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Consent competence</source>
        <translation>Beslutsförmåga</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Competence:</source>
        <translation>Bedö&amp;mning:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Assessed &amp;on:</source>
        <translation>Bedömd &amp;den:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Assessed b&amp;y:</source>
        <translation>Bedömd a&amp;v:</translation>
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
        <translation>Sam&amp;ordnare:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No&amp;tes:</source>
        <translation>Antec&amp;kningar:</translation>
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
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Posta&amp;l code, city:</source>
        <translation>Postnummer och or&amp;t:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nearest rela&amp;tive</source>
        <translation>Närmast an&amp;hörig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recei&amp;ves letters</source>
        <translation>Får &amp;brev</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the responsibility &amp;group</source>
        <translation>Med i samordnings&amp;gruppen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group coor&amp;dinator</source>
        <translation>Gruppens sa&amp;mordnare</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.ui" line="+9" />
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../ui/newdatabasedialog.ui" line="+9" />
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A database holds an office's clients, decisions, progress plans and letters. The country's rules it follows cannot be changed later.</source>
        <translation>En databas innehåller en verksamhets brukare, beslut, framdriftsplaner och brev. Vilket lands regler databasen följer går inte att ändra i efterhand.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Country's rules:</source>
        <translation>&amp;Landets regler:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Office name:</source>
        <translation>&amp;Verksamhetens namn:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fill it with invented &amp;demo data to try Fremdrift out</source>
        <translation>Fyll databasen med påhittade &amp;demouppgifter för att prova Fremdrift</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is a &amp;test database (accepts test ID numbers)</source>
        <translation>Det här är en &amp;testdatabas (godtar testpersonnummer)</translation>
    </message>
</context>
<context>
    <name>NewDecisionDialog</name>
    <message>
        <location filename="../ui/decisions/newdecisiondialog.ui" line="+9" />
        <source>New decision</source>
        <translation>Nytt beslut</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Client:</source>
        <translation>&amp;Brukare:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Type a name, national ID or unit</source>
        <translation>Skriv namn, personnummer eller enhet</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Replaces:</source>
        <translation>&amp;Ersätter:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qtstrings.cpp" line="+31" />
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of type:</source>
        <translation>Filtyp:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail View</source>
        <translation>Detaljvy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My Computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan.
Vill du ersätta den?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen hittades inte.
Kontrollera att du har angett rätt filnamn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Vill du verkligen ta bort '%1'?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My Computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-40" />
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>Nej till a&amp;lla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+42" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../ui/decisions/senddialog.ui" line="+9" />
        <source>Register as sent</source>
        <translation>Registrera som skickat</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Sent on:</source>
        <translation>&amp;Skickat den:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Received:</source>
        <translation>Mottaget:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Assume from the rules</source>
        <translation>&amp;Utgå från reglerna</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Received on:</source>
        <translation>&amp;Mottaget den:</translation>
    </message>
</context>
<context>
    <name>fremdrift::AccessLog</name>
    <message>
        <location filename="../core/workflow/accesslog.cpp" line="+57" />
        <source>%1 (%2) may not see the audit log: only an administrator may.</source>
        <translation>%1 (%2) får inte se granskningsloggen: det får bara en administratör.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AccessReportDocument</name>
    <message>
        <location filename="../core/documents/accessreport.cpp" line="+34" />
        <location line="+64" />
        <source>Who has accessed this client's record</source>
        <translation>Vem som har tagit del av brukarens uppgifter</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Client:</source>
        <translation>Brukare:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No access is logged.</source>
        <translation>Ingen åtkomst har loggats.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Produced:</source>
        <translation>Upprättad:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Staff member</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Computer(s)</source>
        <translation>Dator(er)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First access</source>
        <translation>Första åtkomst</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last access</source>
        <translation>Senaste åtkomst</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Openings</source>
        <translation>Öppnanden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location line="+16" />
        <source>From the audit log of the record: every opening and every change, with who, when and from which computer.</source>
        <translation>Ur granskningsloggen för uppgifterna: varje gång de har öppnats eller ändrats, av vem, när och från vilken dator.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Could not write the PDF file %1.</source>
        <translation>Det gick inte att skriva PDF-filen %1.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Accounts</name>
    <message>
        <location filename="../core/security/accounts.cpp" line="+80" />
        <source>The user name or the password is wrong.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Too many wrong passwords. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>För många felaktiga lösenord. Vänta %n minut och försök igen.</numerusform>
            <numerusform>För många felaktiga lösenord. Vänta %n minuter och försök igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Too many wrong passwords. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>För många felaktiga lösenord. Vänta %n sekund och försök igen.</numerusform>
            <numerusform>För många felaktiga lösenord. Vänta %n sekunder och försök igen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>A user name needs 1 to 64 letters, digits, '.', '_', '-' or '@', and no spaces.</source>
        <translation>Ett användarnamn måste ha 1 till 64 tecken och får bara innehålla bokstäver, siffror, '.', '_', '-' eller '@', utan mellanslag.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>%1 has no password yet. Ask an administrator to set one (fremdrift-cli user passwd %2).</source>
        <translation>%1 har inget lösenord ännu. Be en administratör att ange ett (fremdrift-cli user passwd %2).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 is deactivated and cannot log in.</source>
        <translation>%1 är inaktiverad och kan inte logga in.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Set a password of your own first (fremdrift-cli user passwd), so that you can still log in once the database has more users.</source>
        <translation>Ange först ett eget lösenord (fremdrift-cli user passwd), så att du fortfarande kan logga in när databasen får fler användare.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the user's full name.</source>
        <translation>Ange användarens fullständiga namn.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>There is already a staff user called "%1". Choose another user name.</source>
        <translation>Det finns redan en användare som heter "%1". Välj ett annat användarnamn.</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+42" />
        <location line="+36" />
        <source>There is no staff user called "%1".</source>
        <translation>Det finns ingen användare som heter "%1".</translation>
    </message>
    <message>
        <location line="-74" />
        <source>The current password is wrong. The password is unchanged.</source>
        <translation>Det nuvarande lösenordet är fel. Lösenordet har inte ändrats.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 is already deactivated.</source>
        <translation>%1 är redan inaktiverad.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 is deactivated. Only an active user's role can be changed.</source>
        <translation>%1 är inaktiverad. Det går bara att ändra roll för aktiva användare.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 already has the role %2.</source>
        <translation>%1 har redan rollen %2.</translation>
    </message>
    <message>
        <location line="-293" />
        <source>%1 is the last active administrator. Make another user an administrator first.</source>
        <translation>%1 är den sista aktiva administratören. Gör först en annan användare till administratör.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AddReviewsDialog</name>
    <message>
        <location filename="../ui/plans/addreviewsdialog.cpp" line="+36" />
        <source>Add decisions to review</source>
        <translation>Lägg till beslut att följa upp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Decisions for clients at:</source>
        <translation>Beslut för brukare på:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Evaluation date before:</source>
        <translation>Uppföljningsdatum före:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only decisions that apply and are in no open review are offered.</source>
        <translation>Bara beslut som gäller och som inte ingår i någon pågående uppföljning visas.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Tick &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tick &amp;none</source>
        <translation>Markera &amp;inga</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Choose units or an evaluation date.</source>
        <translation>Välj enheter eller ett uppföljningsdatum.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No decisions to add.</source>
        <translation>Det finns inga beslut att lägga till.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 of %n decision(s) ticked</source>
        <translation>
            <numerusform>Markerade: %1 av %n beslut</numerusform>
            <numerusform>Markerade: %1 av %n beslut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tick at least one decision to add.</source>
        <translation>Markera minst ett beslut att lägga till.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AssessmentPanel</name>
    <message>
        <location filename="../ui/reviews/stepforms/assessmentpanel.cpp" line="+35" />
        <source>A new %1 assessment, dated. Score every item.</source>
        <translation>En ny daterad bedömning enligt %1. Bedöm varje punkt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Assessed &amp;on:</source>
        <translation>Bedömd &amp;den:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Scores</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not scored</source>
        <translation>Inte bedömd</translation>
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
        <translation>Öppnat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deleted</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted</source>
        <translation>Skickat för godkännande</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused</source>
        <translation>Avslaget</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned</source>
        <translation>Tilldelat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deactivated</source>
        <translation>Inaktiverat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set the password</source>
        <translation>Angav lösenordet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Took over editing</source>
        <translation>Tog över redigeringen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken back to draft</source>
        <translation>Återtaget till utkast</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put in force</source>
        <translation>Verkställt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step completed</source>
        <translation>Steg slutfört</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step reopened</source>
        <translation>Steg återöppnat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting linked</source>
        <translation>Möte kopplat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New decision started</source>
        <translation>Nytt beslut påbörjat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter issued</source>
        <translation>Brev expedierat</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+132" />
        <source>Client</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="-131" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff user</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review step</source>
        <translation>Uppföljningssteg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter template</source>
        <translation>Brevmall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Office</source>
        <translation>Verksamhet</translation>
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
        <translation>Brukare %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PC</source>
        <translation>Dator</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action</source>
        <translation>Åtgärd</translation>
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
        <translation>Vissa rader hänvisar till rader som saknas.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The backup %1 cannot be used. %2</source>
        <translation>Säkerhetskopian %1 kan inte användas. %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup %1 was made by a newer version of Fremdrift (schema %2). Update Fremdrift to use it.</source>
        <translation>Säkerhetskopian %1 har skapats av en nyare version av Fremdrift (schema %2). Uppdatera Fremdrift för att kunna använda den.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The backup %1 failed its check: %2</source>
        <translation>Säkerhetskopian %1 klarade inte kontrollen: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>At least one backup must be kept.</source>
        <translation>Minst en säkerhetskopia måste sparas.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen för säkerhetskopior (%1) kan inte skapas.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The backup could not be made. %1</source>
        <translation>Säkerhetskopian kunde inte skapas. %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The backup was made but failed its check, so it was discarded. %1</source>
        <translation>Säkerhetskopian skapades men klarade inte kontrollen, så den har tagits bort. %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The backup could not be given its name in %1.</source>
        <translation>Säkerhetskopian kunde inte få sitt slutliga namn i %1.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>There is no backup %1.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup and the database are the same file.</source>
        <translation>Säkerhetskopian och databasen är samma fil.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The database is in use: %1. Ask them to close Fremdrift, then restore again. Nothing was replaced.</source>
        <translation>Databasen används: %1. Be dem att stänga Fremdrift och försök sedan återställa igen. Inget har ersatts.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a Fremdrift database, so it was not replaced.</source>
        <translation>%1 är ingen Fremdrift-databas, så den har inte ersatts.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The backup could not be copied to %1. Nothing was replaced.</source>
        <translation>Säkerhetskopian kunde inte kopieras till %1. Inget har ersatts.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The current database could not be kept as %1, so it was not replaced.</source>
        <translation>Den nuvarande databasen kunde inte sparas undan som %1, så den har inte ersatts.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The database %1 could not be replaced: %2. It was left as it was.</source>
        <translation>Databasen %1 kunde inte ersättas: %2. Den har lämnats som den var.</translation>
    </message>
</context>
<context>
    <name>fremdrift::BatchDialog</name>
    <message>
        <location filename="../ui/letters/batchdialog.cpp" line="+49" />
        <source>Send pre-notices</source>
        <translation>Skicka underrättelser om uppföljning</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Each review's letters go to its client and to those who get the client's letters, such as a guardian, and complete the review's pre-notice step. A review whose letter lacks something is skipped and listed with the reason; the others are issued.</source>
        <translation>Breven för varje uppföljning skickas till brukaren och till dem som får brukarens brev, till exempel god man eller förvaltare. Därmed slutförs uppföljningens steg för underrättelse. En uppföljning vars brev saknar något hoppas över och visas med orsaken. Övriga brev expedieras.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sent &amp;how:</source>
        <translation>&amp;Hur den skickades:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>S&amp;top</source>
        <translation>St&amp;oppa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stops after the review whose letters are being issued now</source>
        <translation>Stoppar efter den uppföljning vars brev expedieras just nu</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Reviews skipped, with the reasons</source>
        <translation>Uppföljningar som hoppades över, med orsaker</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save all as one &amp;PDF…</source>
        <translation>Spara alla som en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Every review in the plan has had its pre-notice.</source>
        <translation>Alla uppföljningar i planen har fått sin underrättelse om uppföljning.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews still without the pre-notice: %1 of %2.</source>
        <translation>Uppföljningar som ännu saknar underrättelse om uppföljning: %1 av %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>There is no pre-notice left to send.</source>
        <translation>Det finns inga fler underrättelser om uppföljning att skicka.</translation>
    </message>
    <message>
        <location line="+58" />
        <location line="+12" />
        <source>Stopping after this review…</source>
        <translation>Stoppar efter den här uppföljningen…</translation>
    </message>
    <message numerus="yes">
        <location line="-11" />
        <source>%1 of %n review(s) done</source>
        <translation>
            <numerusform>%1 av %n uppföljning klar</numerusform>
            <numerusform>%1 av %n uppföljningar klara</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>No letters were issued.</source>
        <translation>Inga brev expedierades.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Issued %n letter(s) for %1.</source>
        <translation>
            <numerusform>%n brev har expedierats för %1.</numerusform>
            <numerusform>%n brev har expedierats för %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n uppföljning</numerusform>
            <numerusform>%n uppföljningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Stopped before the end: the pre-notice is still missing in %n review(s).</source>
        <translation>
            <numerusform>Stoppades innan alla var klara: %n uppföljning saknar fortfarande underrättelse om uppföljning.</numerusform>
            <numerusform>Stoppades innan alla var klara: %n uppföljningar saknar fortfarande underrättelse om uppföljning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Skipped %n review(s); solve what is listed and start again:</source>
        <translation>
            <numerusform>%n uppföljning hoppades över. Åtgärda det som anges nedan och starta igen:</numerusform>
            <numerusform>%n uppföljningar hoppades över. Åtgärda det som anges nedan och starta igen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>Pre-notices</source>
        <translation>Underrättelser om uppföljning</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save pre-notices as PDF</source>
        <translation>Spara underrättelserna som PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pre-notices %1</source>
        <translation>Underrättelser om uppföljning %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::CandidateModel</name>
    <message>
        <location filename="../ui/plans/candidatemodel.cpp" line="+130" />
        <source>Client</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>Uppföljning</translation>
    </message>
</context>
<context>
    <name>fremdrift::CaseloadImport</name>
    <message>
        <location filename="../core/importing/columnmap.cpp" line="+114" />
        <source>Column %1 has no name in the header, but this line has "%2" in it.</source>
        <translation>Kolumn %1 saknar namn i rubrikraden, men på den här raden står det "%2".</translation>
    </message>
    <message>
        <location line="-25" />
        <source>The columns "%1" and "%2" both mean %3: keep one.</source>
        <translation>Kolumnerna "%1" och "%2" betyder båda %3. Behåll bara den ena.</translation>
    </message>
    <message>
        <location line="-56" />
        <source>Unknown column %1: check the spelling, or remove the column. The columns this file may have are: %2.</source>
        <translation>Okänd kolumn %1. Kontrollera stavningen eller ta bort kolumnen. Filen kan ha de här kolumnerna: %2.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Required column missing: %1.</source>
        <translation>En obligatorisk kolumn saknas: %1.</translation>
    </message>
    <message>
        <location filename="../core/importing/importvalues.cpp" line="+66" />
        <source>"%1" is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>"%1" är inget datum. Skriv det som YYYY-MM-DD eller DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../core/importing/stafflookup.cpp" line="+28" />
        <source>There is no staff user with the username "%1".</source>
        <translation>Det finns ingen användare med användarnamnet "%1".</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2) is deactivated.</source>
        <translation>%1 (%2) är inaktiverad.</translation>
    </message>
    <message>
        <location filename="../core/importing/csvimport.cpp" line="+67" />
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Filen är tom. Första raden måste innehålla kolumnernas namn.</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionimport.cpp" line="+58" />
        <source>Required column missing: client_national_id or client_id.</source>
        <translation>En obligatorisk kolumn saknas: client_national_id eller client_id.</translation>
    </message>
    <message>
        <location filename="../core/importing/csvimport.cpp" line="+19" />
        <source>Line %1 could not be written, so nothing was imported: %2</source>
        <translation>Rad %1 kunde inte sparas, så inget har importerats: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The import could not be written, so nothing was imported: %1</source>
        <translation>Importen kunde inte sparas, så inget har importerats: %1</translation>
    </message>
    <message>
        <location filename="../core/importing/clientimport.cpp" line="+119" />
        <source>"%1" is not one of full, partial, none or not_assessed.</source>
        <translation>"%1" är inte något av full, partial, none eller not_assessed.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>"%1" is not one of yes, no or needed.</source>
        <translation>"%1" är inte något av yes, no eller needed.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 is also on line %2: each client only once.</source>
        <translation>%1 finns också på rad %2. Varje brukare får bara finnas med en gång.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 is already in the database: %2 (client %3).</source>
        <translation>%1 finns redan i databasen: %2 (brukare %3).</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionlines.cpp" line="+84" />
        <source>Every line needs the reference of the decision it belongs to.</source>
        <translation>Varje rad måste ha referensen för det beslut som raden hör till.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>"%1" here, but "%2" on line %3: the lines of decision %4 must agree (or leave it empty).</source>
        <translation>Här står det "%1", men på rad %3 står det "%2". Raderna för beslut %4 måste stämma överens (eller lämna fältet tomt).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Give the service: each line is one service of the decision.</source>
        <translation>Ange insatsen. Varje rad är en insats i beslutet.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" is not a number of hours a week, e.g. 7,5.</source>
        <translation>"%1" är inte ett antal timmar per vecka, till exempel 7,5.</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionimport.cpp" line="+45" />
        <source>Decision %1 does not say whose it is: give client_national_id or client_id.</source>
        <translation>Det framgår inte vems beslut %1 är. Ange client_national_id eller client_id.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>There is no client with the national ID %1: import the clients first.</source>
        <translation>Det finns ingen brukare med personnummer %1. Importera brukarna först.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"%1" is not a client id (a whole number).</source>
        <translation>"%1" är inget brukar-id (ett heltal).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Client %1 is not the client with the national ID given.</source>
        <translation>Brukare %1 har inte det personnummer som anges.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no client with id %1.</source>
        <translation>Det finns ingen brukare med id %1.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Give the legal basis of decision %1.</source>
        <translation>Ange lagrum för beslut %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" is not a status an import can give: use in_force (the default) or draft.</source>
        <translation>"%1" är inte en status som kan anges vid import. Använd in_force (standard) eller draft.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Decision %1 is in force: give the date it is valid from.</source>
        <translation>Beslut %1 ska importeras som gällande. Ange från vilket datum det gäller.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Decision %1 is in force: give the date it will be evaluated.</source>
        <translation>Beslut %1 ska importeras som gällande. Ange när det ska följas upp.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Decision %1 is already in the database.</source>
        <translation>Beslut %1 finns redan i databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ChoosePlanDialog</name>
    <message>
        <location filename="../ui/plans/chooseplandialog.cpp" line="+18" />
        <source>Add to plan</source>
        <translation>Lägg till i plan</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (deadline %2)</source>
        <translation>%1 (klart senast %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no open progress plan. Make one on the Plans page first.</source>
        <translation>Det finns ingen öppen framdriftsplan. Skapa först en plan på sidan Framdriftsplaner.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientContactsView</name>
    <message>
        <location filename="../ui/clients/clientcontactsview.cpp" line="+21" />
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+11" />
        <source>People around the client</source>
        <translation>Brukarens nätverk</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove %1 (%2) from the people around this client?</source>
        <translation>Vill du ta bort %1 (%2) från brukarens nätverk?</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDecisionsModel</name>
    <message>
        <location filename="../ui/clients/clientdecisionsmodel.cpp" line="+65" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legal basis</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>Uppföljning</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDetailPanel</name>
    <message>
        <location filename="../ui/clients/clientdetailpanel.cpp" line="+36" />
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose a client in the list to see their details, the people around them, their decisions and the history of their record.</source>
        <translation>Välj en brukare i listan för att se personuppgifter, nätverk, beslut och historik.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Personal details</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People around</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The client's decisions</source>
        <translation>Brukarens beslut</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Double-click a decision to open it.</source>
        <translation>Dubbelklicka på ett beslut för att öppna det.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>History of the client's record</source>
        <translation>Historik för brukarens uppgifter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every change to this record: when, by whom and from which computer. The person has a right to see this.</source>
        <translation>Alla ändringar av uppgifterna: när, av vem och från vilken dator. Den enskilde har rätt att ta del av detta.</translation>
    </message>
    <message>
        <location line="+113" />
        <source>%1 was saved, but check: %2</source>
        <translation>%1 har sparats, men kontrollera: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 was saved.</source>
        <translation>%1 har sparats.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDetailsView</name>
    <message>
        <location filename="../ui/clients/clientdetailsview.cpp" line="+41" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
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
        <translation>Född:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Address:</source>
        <translation>Adress:</translation>
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
        <translation>Omsorg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit or home:</source>
        <translation>Enhet eller boende:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caseworker:</source>
        <translation>Biståndshandläggare:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Primary contact:</source>
        <translation>Kontaktman:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP:</source>
        <translation>Fast läkarkontakt:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (phone %2)</source>
        <translation>%1 (tfn %2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Guardian and relatives</source>
        <translation>God man/förvaltare och anhöriga</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Guardian:</source>
        <translation>God man/förvaltare:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nearest relative:</source>
        <translation>Närmast anhörig:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Letters also to:</source>
        <translation>Brev även till:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Responsibility group:</source>
        <translation>Samordningsgrupp:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group coordinator:</source>
        <translation>Gruppens samordnare:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Consent competence and plan</source>
        <translation>Beslutsförmåga och individuell plan</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, assessed %2</source>
        <translation>%1, bedömd %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, assessed %2 by %3</source>
        <translation>%1, bedömd %2 av %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consent competence:</source>
        <translation>Beslutsförmåga:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan:</source>
        <translation>Individuell plan:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan coordinator:</source>
        <translation>Planens samordnare:</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientEditor</name>
    <message>
        <location filename="../ui/clients/clienteditor.cpp" line="+32" />
        <source>&amp;Take over</source>
        <translation>Ta ö&amp;ver</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Choose or type a new unit</source>
        <translation>Välj en enhet eller skriv in en ny</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(nobody yet)</source>
        <translation>(ingen ännu)</translation>
    </message>
    <message>
        <location line="+122" />
        <source>%1 They are no longer editing it: you can take over.</source>
        <translation>%1 Personen redigerar inte längre: du kan ta över.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>You can read this record but not change it.</source>
        <translation>Du kan läsa uppgifterna men inte ändra dem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New client</source>
        <translation>Ny brukare</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Client: %1</source>
        <translation>Brukare: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Optional. Without it, enter the birth date.</source>
        <translation>Frivilligt. Fyll i födelsedatum om personnummer saknas.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The client was not saved:</source>
        <translation>Brukaren sparades inte:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This is the client as now saved. Make your changes again and save.</source>
        <translation>Så här ser uppgifterna ut som de är sparade nu. Gör dina ändringar igen och spara.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Kind of national ID</source>
        <translation>Typ av identitetsnummer</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientHistoryModel</name>
    <message>
        <location filename="../ui/clients/clienthistorymodel.cpp" line="+65" />
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Client record created</source>
        <translation>Brukaren registrerades</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved without changes</source>
        <translation>Sparat utan ändringar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Updated: %1</source>
        <translation>Ändrat: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Contact added: %1</source>
        <translation>Kontakt tillagd: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact removed: %1</source>
        <translation>Kontakt borttagen: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact changed: %1</source>
        <translation>Kontakt ändrad: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Decision drafted</source>
        <translation>Beslutsutkast skapat</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Decision draft saved</source>
        <translation>Beslutsutkast sparat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision draft changed: %1</source>
        <translation>Beslutsutkast ändrat: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+2" />
        <source>Decision: %1</source>
        <translation>Beslut: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>given name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>family name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>national ID</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>birth date</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>city</source>
        <translation>ort</translation>
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
        <translation>biståndshandläggare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP</source>
        <translation>fast läkarkontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP practice</source>
        <translation>vårdcentral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GP phone</source>
        <translation>läkarens telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consent competence</source>
        <translation>beslutsförmåga</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consent assessed on</source>
        <translation>beslutsförmåga bedömd den</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consent assessed by</source>
        <translation>beslutsförmåga bedömd av</translation>
    </message>
    <message>
        <location line="+1" />
        <source>individual plan</source>
        <translation>individuell plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>plan coordinator</source>
        <translation>planens samordnare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>legal basis</source>
        <translation>lagrum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>valid from</source>
        <translation>gäller från</translation>
    </message>
    <message>
        <location line="+1" />
        <source>valid to</source>
        <translation>gäller till och med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>evaluation date</source>
        <translation>uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>services</source>
        <translation>insatser</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientListModel</name>
    <message>
        <location filename="../ui/clients/clientlistmodel.cpp" line="+95" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>National ID</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientRepository</name>
    <message>
        <location filename="../core/repository/clientrepository.cpp" line="+169" />
        <source>There is no client with id %1.</source>
        <translation>Det finns ingen brukare med id %1.</translation>
    </message>
    <message>
        <location line="+136" />
        <source>The contact was saved but could not be read back.</source>
        <translation>Kontakten sparades men kunde inte läsas in igen.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>The unit needs a name.</source>
        <translation>Enheten måste ha ett namn.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientRules</name>
    <message>
        <location filename="../core/workflow/clientrules.cpp" line="+42" />
        <source>Enter the client's given name.</source>
        <translation>Fyll i brukarens förnamn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the client's family name.</source>
        <translation>Fyll i brukarens efternamn.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The birth date is in the future.</source>
        <translation>Födelsedatumet ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The date consent competence was assessed is in the future.</source>
        <translation>Datumet då beslutsförmågan bedömdes ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date consent competence was assessed.</source>
        <translation>Ange datum då beslutsförmågan bedömdes.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+12" />
        <source>The e-mail address is not complete, e.g. name@example.no.</source>
        <translation>E-postadressen är inte fullständig. Skriv den till exempel som namn@exempel.se.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Enter the contact's name.</source>
        <translation>Fyll i kontaktens namn.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Letters need a postal address: enter one, or untick "receives letters".</source>
        <translation>Brev kräver en postadress. Fyll i en adress eller avmarkera "Får brev".</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientTerms</name>
    <message>
        <location filename="../core/domain/client.cpp" line="+115" />
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Has consent competence</source>
        <translation>Har beslutsförmåga</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partial consent competence</source>
        <translation>Har delvis beslutsförmåga</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lacks consent competence</source>
        <translation>Saknar beslutsförmåga</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No individual plan</source>
        <translation>Ingen individuell plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Has an individual plan</source>
        <translation>Har individuell plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Individual plan needed</source>
        <translation>Behöver individuell plan</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Guardian</source>
        <translation>God man/förvaltare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Primary contact</source>
        <translation>Kontaktman</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GP</source>
        <translation>Fast läkarkontakt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Specialist</source>
        <translation>Specialistvård</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientsPage</name>
    <message>
        <location filename="../ui/clients/clientspage.cpp" line="+37" />
        <source>&amp;New client…</source>
        <translation>&amp;Ny brukare…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Search by name, national ID or unit</source>
        <translation>Sök på namn, personnummer eller enhet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search clients</source>
        <translation>Sök brukare</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Search (%1)</source>
        <translation>Sök (%1)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Clients</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+50" />
        <source>No database is open</source>
        <translation>Ingen databas är öppen</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>The first %n clients; type more to narrow the list.</source>
        <translation>
            <numerusform>Visar %n brukare. Skriv mer för att begränsa listan.</numerusform>
            <numerusform>Visar de %n första brukarna. Skriv mer för att begränsa listan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n brukare</numerusform>
            <numerusform>%n brukare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::CommentDialog</name>
    <message>
        <location filename="../ui/decisions/commentdialog.cpp" line="+50" />
        <source>Write the reason: it is recorded.</source>
        <translation>Skriv skälet. Det sparas.</translation>
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
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copies of letters to the client go to this person too.</source>
        <translation>Kopior av brev till brukaren skickas även till den här personen.</translation>
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
        <translation>Kontakten sparades inte:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This is the contact as now saved. Make your changes again and save.</source>
        <translation>Så här ser kontakten ut som den är sparad nu. Gör dina ändringar igen och spara.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Someone has removed this contact in the meantime.</source>
        <translation>Någon annan har tagit bort kontakten under tiden.</translation>
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
        <translation>%1 (gruppens samordnare)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Nearest relative</source>
        <translation>Närmast anhörig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receives copies of letters</source>
        <translation>Får kopior av brev</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Member of the responsibility group</source>
        <translation>Med i samordningsgruppen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nearest</source>
        <translation>Närmast</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
</context>
<context>
    <name>fremdrift::CsvReader</name>
    <message>
        <location filename="../core/importing/csvreader.cpp" line="+209" />
        <source>A quotation mark that opens a field on this line is never closed, so the rest of the file cannot be read.</source>
        <translation>Ett citattecken som inleder ett fält på den här raden avslutas aldrig, så resten av filen kan inte läsas.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The line has %1 fields, but the header has %2 columns. A field holding "%3" or a line break must be in double quotes.</source>
        <translation>Raden har %1 fält, men rubrikraden har %2 kolumner. Ett fält som innehåller "%3" eller en radbrytning måste stå inom dubbla citattecken.</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+6" />
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+44" />
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The folder %1 does not exist. Choose an existing folder or create it first.</source>
        <translation>Mappen %1 finns inte. Välj en befintlig mapp eller skapa mappen först.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>This database was made by a newer version of Fremdrift (schema %1; this version knows up to %2). It is open read-only: update Fremdrift to make changes.</source>
        <translation>Databasen har skapats av en nyare version av Fremdrift (schema %1; den här versionen klarar upp till %2). Den är därför öppnad skrivskyddad. Uppdatera Fremdrift om du behöver göra ändringar.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The database %1 cannot be opened. %2</source>
        <translation>Databasen %1 kan inte öppnas. %2</translation>
    </message>
    <message>
        <location line="-82" />
        <source>No database file was given.</source>
        <translation>Ingen databasfil angavs.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>There is no file %1. Check the name, or create a new database.</source>
        <translation>Filen %1 finns inte. Kontrollera namnet eller skapa en ny databas.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a folder, not a Fremdrift database.</source>
        <translation>%1 är en mapp, inte en Fremdrift-databas.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a Fremdrift database: it is not an SQLite database file at all. Nothing was changed.</source>
        <translation>%1 är ingen Fremdrift-databas, och inte heller någon SQLite-databasfil. Inget har ändrats.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is an SQLite database, but not one made by Fremdrift. Nothing was changed.</source>
        <translation>%1 är en SQLite-databas, men den är inte skapad av Fremdrift. Inget har ändrats.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database is open read-only, as asked.</source>
        <translation>Databasen är öppnad skrivskyddad, som du begärde.</translation>
    </message>
    <message>
        <location line="-113" />
        <source>The file is read-only, so the database was opened for reading only.</source>
        <translation>Filen är skrivskyddad, så databasen har öppnats skrivskyddad.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>%1 is in a cloud-sync folder (%2). Fremdrift does not use a database there: the sync program copies the file while it is being written, so changes are lost and the file can be damaged. Nothing was changed. Move the database to a folder on this computer or to the office's network drive.</source>
        <translation>%1 ligger i en molnsynkroniserad mapp (%2). Fremdrift använder inte databaser som ligger där: synkroniseringsprogrammet kopierar filen medan den skrivs, så ändringar går förlorade och filen kan skadas. Inget har ändrats. Flytta databasen till en mapp på den här datorn eller till verksamhetens nätverksenhet.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The folder %1 is read-only, so the database was opened for reading only.</source>
        <translation>Mappen %1 är skrivskyddad, så databasen har öppnats skrivskyddad.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The database %1 cannot be opened: the SQLite driver did not give access to its connection.</source>
        <translation>Databasen %1 kan inte öppnas: SQLite-drivrutinen gav inte tillgång till anslutningen.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The file %1 already exists. Open it, or choose another name for the new database.</source>
        <translation>Filen %1 finns redan. Öppna den eller välj ett annat namn för den nya databasen.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The database %1 could not be created. %2</source>
        <translation>Databasen %1 kunde inte skapas. %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The database %1 is damaged and cannot be opened. Nothing was changed. Restore it from a backup.</source>
        <translation>Databasen %1 är skadad och kan inte öppnas. Inget har ändrats. Återställ databasen från en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The database setting %1 could not be set (it is %2, expected %3).</source>
        <translation>Databasinställningen %1 gick inte att ställa in (värdet är %2, förväntat värde är %3).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The database %1 must be upgraded to this version of Fremdrift, but it is read-only. Open it where it can be written, or with the version of Fremdrift that made it.</source>
        <translation>Databasen %1 måste uppgraderas till den här versionen av Fremdrift, men den är skrivskyddad. Öppna den från en plats där den går att skriva till, eller med den version av Fremdrift som skapade den.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database could not be upgraded to schema %1; it was left as it was. %2</source>
        <translation>Databasen kunde inte uppgraderas till schema %1 och har lämnats som den var. %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The database does not say which country's rules it follows (found "%1"; expected NO, SE or DK).</source>
        <translation>Det framgår inte av databasen vilket lands regler den följer (hittade "%1", förväntade NO, SE eller DK).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The database is open read-only.</source>
        <translation>Databasen är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The setting %1 is not in the database.</source>
        <translation>Inställningen %1 finns inte i databasen.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The file is not marked as a Fremdrift database.</source>
        <translation>Filen är inte märkt som en Fremdrift-databas.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The schema version is %1; this version of Fremdrift expects %2.</source>
        <translation>Schemaversionen är %1, men den här versionen av Fremdrift förväntar sig %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Integrity: %1</source>
        <translation>Integritetskontroll: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A row in %1 (row %2) points to a missing row in %3.</source>
        <translation>En rad i %1 (rad %2) hänvisar till en rad i %3 som saknas.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The table %1 is missing.</source>
        <translation>Tabellen %1 saknas.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file is in WAL mode, which is unsafe on network drives.</source>
        <translation>Filen använder WAL-läge, vilket inte är säkert på nätverksenheter.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The protection %1 has been removed from the database.</source>
        <translation>Skyddet %1 har tagits bort från databasen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The audit log has been tampered with: row %1 was changed, or a row before it was removed.</source>
        <translation>Granskningsloggen har manipulerats: rad %1 har ändrats, eller så har en rad före den tagits bort.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database does not say which country's rules it follows.</source>
        <translation>Det framgår inte av databasen vilket lands regler den följer.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionEditor</name>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+52" />
        <source>Basis, dates and services</source>
        <translation>Lagrum, datum och insatser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Text sections</source>
        <translation>Textavsnitt</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionheader.cpp" line="+66" />
        <source>&amp;Reload</source>
        <translation>Läs in ige&amp;n</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the decision as it is saved now; your changes here are dropped.</source>
        <translation>Läs in beslutet som det är sparat nu. Dina ändringar här försvinner.</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisiondatesform.cpp" line="+69" />
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;No end date</source>
        <translation>&amp;Inget slutdatum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decisions on long-term services usually have no fixed end date; they are evaluated instead.</source>
        <translation>Beslut om långvariga insatser har oftast inget fast slutdatum. De följs upp i stället.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Required: the letter must say when the decision will be evaluated.</source>
        <translation>Obligatoriskt: av beslutsbrevet måste det framgå när beslutet ska följas upp.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Legal basis:</source>
        <translation>La&amp;grum:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Valid &amp;from:</source>
        <translation>Gäller &amp;från:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Until:</source>
        <translation>Till &amp;och med:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Evaluation:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <location line="-65" />
        <source>Choose the legal basis…</source>
        <translation>Välj lagrum…</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionservicespanel.cpp" line="+41" />
        <source>Services</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Add service</source>
        <translation>&amp;Lägg till insats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+39" />
        <source>&amp;Save draft</source>
        <translation>&amp;Spara utkast</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Take over</source>
        <translation>Ta ö&amp;ver</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionheader.cpp" line="+84" />
        <source>Submitted for approval %1.</source>
        <translation>Skickat för godkännande %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Approved by %1, %2.</source>
        <translation>Godkänt av %1, %2.</translation>
    </message>
    <message>
        <location line="-107" />
        <source>Sent %1 (%2).</source>
        <translation>Skickat %1 (%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assumed received %1.</source>
        <translation>Antas mottaget %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Received %1.</source>
        <translation>Mottaget %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force from %1.</source>
        <translation>Gäller från och med %1.</translation>
    </message>
    <message>
        <location line="+104" />
        <source>Ended %1.</source>
        <translation>Avslutat %1.</translation>
    </message>
    <message>
        <location line="-34" />
        <source>%1, not saved yet</source>
        <translation>%1, inte sparat ännu</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Refused by the leader:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Enhetschefen har avslagit utkastet:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionservicespanel.cpp" line="+66" />
        <source>Previous allocation (%1) → new</source>
        <translation>Tidigare beviljat (%1) → nytt</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Own time %1 h, shared time %2 h a week</source>
        <translation>Enskild tid %1 h, gemensam tid %2 h per vecka</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+107" />
        <source>%1 They are no longer editing it: you can take over.</source>
        <translation>%1 Personen redigerar inte längre: du kan ta över.</translation>
    </message>
    <message>
        <location line="+145" />
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The decision was moved on to "%1" meanwhile and can no longer be merged. Reload it to see it as saved.</source>
        <translation>Beslutet har under tiden fått status "%1" och kan inte längre sammanfogas. Läs in det igen för att se det som det är sparat.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legal basis</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid until</source>
        <translation>Gäller till och med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replaces decision</source>
        <translation>Ersätter beslut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Services and hours</source>
        <translation>Insatser och timmar</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: own %2 h, shared %3 h a week</source>
        <translation>%1: enskild tid %2 h, gemensam tid %3 h per vecka</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Why is it refused? The caseworker sees your comment above the draft.</source>
        <translation>Varför avslås utkastet? Biståndshandläggaren ser din kommentar ovanför utkastet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Why does it go back to draft? The reason is recorded.</source>
        <translation>Varför går beslutet tillbaka till utkast? Skälet sparas.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>End the decision today, %1?</source>
        <translation>Vill du avsluta beslutet i dag, %1?</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Before it can go for approval:</source>
        <translation>Innan beslutet kan skickas för godkännande:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: the decision is now "%2".</source>
        <translation>%1: beslutet har nu status "%2".</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not saved:</source>
        <translation>Inte sparat:</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the changes to this draft?</source>
        <translation>Vill du spara ändringarna i utkastet?</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionListModel</name>
    <message>
        <location filename="../ui/decisions/decisionlistmodel.cpp" line="+108" />
        <source>The evaluation date has passed.</source>
        <translation>Uppföljningsdatumet har passerat.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Own time, hours a week</source>
        <translation>Enskild tid, timmar per vecka</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time shared with others, hours a week</source>
        <translation>Gemensam tid (tillsammans med andra), timmar per vecka</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Brukare</translation>
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
        <translation>Lagrum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Own h</source>
        <translation>Enskild h</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared h</source>
        <translation>Gemensam h</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionRepository</name>
    <message>
        <location filename="../core/repository/decisionrepository.cpp" line="+131" />
        <source>There is no decision with id %1.</source>
        <translation>Det finns inget beslut med id %1.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The decision is "%1" and cannot be changed. Take it back to draft first; that is recorded.</source>
        <translation>Beslutet har status "%1" och kan inte ändras. Flytta först tillbaka beslutet till utkast. Det registreras i historiken.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionRules</name>
    <message>
        <location filename="../core/workflow/decisionworkflow.cpp" line="+64" />
        <source>Service %1: "%2" is not in the catalogue of services.</source>
        <translation>Insats %1: "%2" finns inte i insatskatalogen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Service %1 (%2) cannot be granted under the legal basis chosen.</source>
        <translation>Insats %1 (%2) kan inte beviljas enligt det valda lagrummet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Service %1: own time must be between 0 and 168 hours a week.</source>
        <translation>Insats %1: enskild tid måste vara mellan 0 och 168 timmar per vecka.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Service %1: shared time must be between 0 and 168 hours a week.</source>
        <translation>Insats %1: gemensam tid måste vara mellan 0 och 168 timmar per vecka.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Service %1: own and shared time together come to %2 hours, more than the 168 hours in a week.</source>
        <translation>Insats %1: enskild och gemensam tid blir tillsammans %2 timmar, vilket är mer än veckans 168 timmar.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Submit for approval</source>
        <translation>Skicka för godkännande</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refuse</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to draft</source>
        <translation>Tillbaka till utkast</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Register as sent</source>
        <translation>Registrera som skickat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put in force</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose the client.</source>
        <translation>Välj brukare.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a legal basis in this country's catalogue.</source>
        <translation>"%1" är inte ett lagrum i landets katalog.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The end date comes before the date the decision is valid from.</source>
        <translation>Slutdatumet ligger före datumet då beslutet börjar gälla.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The evaluation date must come after the date the decision is valid from.</source>
        <translation>Uppföljningsdatumet måste ligga efter datumet då beslutet börjar gälla.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Choose the legal basis.</source>
        <translation>Välj lagrum.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the date the decision is valid from.</source>
        <translation>Ange från vilket datum beslutet gäller.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the date the decision will be evaluated: the letter must say when.</source>
        <translation>Ange när beslutet ska följas upp. Det måste framgå av beslutsbrevet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add at least one service, with its hours.</source>
        <translation>Lägg till minst en insats med antal timmar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write the section "%1".</source>
        <translation>Fyll i avsnittet "%1".</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" is not possible while the decision is "%2".</source>
        <translation>Det går inte att välja "%1" när beslutet har status "%2".</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Say why the decision is refused, so the caseworker knows what to change.</source>
        <translation>Skriv varför utkastet avslås, så att biståndshandläggaren vet vad som behöver ändras.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Say why the decision goes back to draft: it is recorded.</source>
        <translation>Skriv varför beslutet går tillbaka till utkast. Skälet sparas.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give the date it was sent.</source>
        <translation>Ange datum då beslutet skickades.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The date sent cannot be in the future.</source>
        <translation>Datumet då beslutet skickades kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say how it was sent: by post, digitally or by hand.</source>
        <translation>Ange hur beslutet skickades: med post, digitalt eller personligen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It cannot have been received before it was sent.</source>
        <translation>Beslutet kan inte ha tagits emot innan det skickades.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The complaint deadline runs until %1: the decision can be put in force from %2, or earlier only with a reason, which is recorded.</source>
        <translation>Överklagandetiden löper till och med %1. Beslutet kan verkställas från och med %2, eller tidigare bara med en motivering, som sparas.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the date it ends.</source>
        <translation>Ange datum då beslutet upphör.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionSentForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/decisionsentform.cpp" line="+18" />
        <source>&amp;Write the new decision</source>
        <translation>&amp;Skriv det nya beslutet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open decision</source>
        <translation>&amp;Öppna beslutet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A new draft that replaces the decision under review, started from the investigation and the estimated hours.</source>
        <translation>Ett nytt utkast som ersätter beslutet som följs upp, med utredningen och de beräknade timmarna som utgångspunkt.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>What the decision must contain, as read from the decision:</source>
        <translation>Det här måste beslutet innehålla (kontrollerat mot beslutet):</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New %1: %2, %3.</source>
        <translation>Nytt %1: %2, %3.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No new %1 has been written yet.</source>
        <translation>Inget nytt %1 har skrivits ännu.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Write the new decision to see what it contains.</source>
        <translation>Skriv det nya beslutet för att se vad det innehåller.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionServicesModel</name>
    <message>
        <location filename="../ui/decisions/decisionservicesmodel.cpp" line="+208" />
        <source>Service</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Own h/week</source>
        <translation>Enskild h/vecka</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared h/week</source>
        <translation>Gemensam h/vecka</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionTerms</name>
    <message>
        <location filename="../core/domain/decision.cpp" line="+52" />
        <source>Relevant health information</source>
        <translation>Relevanta uppgifter om hälsa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Functioning and assessed needs</source>
        <translation>Funktionsförmåga och bedömda behov</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs in all areas of life</source>
        <translation>Behov inom alla livsområden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The person's own needs, wishes and goals</source>
        <translation>Den enskildes egna behov, önskemål och mål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User participation</source>
        <translation>Den enskildes delaktighet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relatives' participation</source>
        <translation>Anhörigas delaktighet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The municipality's assessment</source>
        <translation>Kommunens bedömning</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Awaiting approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replaced</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ended</source>
        <translation>Avslutat</translation>
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
        <translation>Personligen</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionsPage</name>
    <message>
        <location filename="../ui/decisions/decisionspage.cpp" line="+136" />
        <source>Evaluation due within</source>
        <translation>Uppföljning inom</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decisions that still apply whose evaluation date falls within this many weeks, or has passed.</source>
        <translation>Beslut som fortfarande gäller och vars uppföljningsdatum infaller inom så här många veckor eller redan har passerat.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>weeks</source>
        <translation>veckor</translation>
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
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;New decision…</source>
        <translation>&amp;Nytt beslut…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision &amp;letter…</source>
        <translation>&amp;Beslutsbrev…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Writes the letter for an approved decision and sends it, or another copy of the letter for a decision already sent</source>
        <translation>Skriver brevet för ett godkänt beslut och skickar det, eller ett nytt exemplar av brevet för ett beslut som redan har skickats</translation>
    </message>
    <message>
        <location line="+63" />
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n beslut</numerusform>
            <numerusform>%n beslut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>%n letter(s) issued and kept in the archive.</source>
        <translation>
            <numerusform>%n brev har expedierats och sparats i arkivet.</numerusform>
            <numerusform>%n brev har expedierats och sparats i arkivet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::DueStepModel</name>
    <message numerus="yes">
        <location filename="../ui/overview/duestepmodel.cpp" line="+71" />
        <source>Late: due %1, %n day(s) ago</source>
        <translation>
            <numerusform>Försenat: senast %1, för %n dag sedan</numerusform>
            <numerusform>Försenat: senast %1, för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
</context>
<context>
    <name>fremdrift::EstimatesPanel</name>
    <message>
        <location filename="../ui/reviews/stepforms/estimatespanel.cpp" line="+43" />
        <source>Service</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Own hours a week</source>
        <translation>Enskild tid, h/vecka</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shared hours a week</source>
        <translation>Gemensam tid, h/vecka</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Add service</source>
        <translation>&amp;Lägg till insats</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;move service</source>
        <translation>Ta &amp;bort insats</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start from the &amp;previous allocation</source>
        <translation>Utgå från &amp;tidigare beviljade insatser</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Previous allocation (%1) and the changes</source>
        <translation>Tidigare beviljat (%1) och förändringarna</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No previous allocation</source>
        <translation>Inga tidigare beviljade insatser</translation>
    </message>
</context>
<context>
    <name>fremdrift::FieldPicker</name>
    <message>
        <location filename="../ui/templates/fieldpicker.cpp" line="+26" />
        <source>Insert &amp;field</source>
        <translation>Infoga &amp;fält</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Insert &amp;section</source>
        <translation>Infoga &amp;avsnitt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find a field</source>
        <translation>Sök fält</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Merge fields</source>
        <translation>Kopplingsfält</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Inserts the field at the cursor, as {{name}}.</source>
        <translation>Infogar fältet vid markören, som {{name}}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wraps the selected text in a section: printed only when the field is not empty, or marked as the required part.</source>
        <translation>Lägger den markerade texten i ett avsnitt som bara skrivs ut när fältet inte är tomt, eller markerar den som den del som lagen kräver.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>%1 (a table or list: put it on a line of its own)</source>
        <translation>%1 (en tabell eller lista: placera fältet på en egen rad)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Parts the law requires</source>
        <translation>Delar som lagen kräver</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark where the letter says each of these; the letter check looks for every one.</source>
        <translation>Markera var i brevet var och en av dessa delar står. Brevkontrollen letar efter alla.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Choose a field to see what it holds.</source>
        <translation>Välj ett fält för att se vad det innehåller.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The office</source>
        <translation>Verksamheten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The letter</source>
        <translation>Brevet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client</source>
        <translation>Brukaren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The guardian</source>
        <translation>God man/förvaltare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The caseworker</source>
        <translation>Handläggaren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The leader who approved</source>
        <translation>Enhetschefen som godkände</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The decision</source>
        <translation>Beslutet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous decision</source>
        <translation>Det tidigare beslutet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaint</source>
        <translation>Överklagande</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The review</source>
        <translation>Uppföljningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The meeting</source>
        <translation>Mötet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The progress plan</source>
        <translation>Framdriftsplanen</translation>
    </message>
</context>
<context>
    <name>fremdrift::FormMessagePanel</name>
    <message>
        <location filename="../ui/clients/formmessagepanel.cpp" line="+12" />
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Show the record as now saved; your changes here are lost.</source>
        <translation>Visa uppgifterna som de är sparade nu. Dina ändringar här går förlorade.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ICalendar</name>
    <message>
        <location filename="../core/documents/icalendar.cpp" line="+29" />
        <source>Client: %1</source>
        <translation>Brukare: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Video meeting: %1</source>
        <translation>Videomöte: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agenda:</source>
        <translation>Dagordning:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Also taking part:</source>
        <translation>Övriga deltagare:</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The invitation could not be written to %1: %2</source>
        <translation>Inbjudan kunde inte sparas i %1: %2</translation>
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
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Department leader informed on:</source>
        <translation>Verksamhetschef informerad den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Primary contact informed on:</source>
        <translation>Kontaktman informerad den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action plan updated on:</source>
        <translation>Genomförandeplan uppdaterad den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Care record updated on:</source>
        <translation>Journal uppdaterad den:</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No new %1 has been written yet.</source>
        <translation>Inget nytt %1 har skrivits ännu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New %1 %2: in force from %3.</source>
        <translation>Nytt %1 %2: gäller från och med %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New %1 %2 is "%3": it is put in force after it has been sent and its %4 has passed.</source>
        <translation>Nytt %1 %2 har status "%3". Det verkställs när det har skickats och dess %4 har gått ut.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New %1 %2 is "%3". %4: %5. It can be put in force here or on the decisions page once that has passed.</source>
        <translation>Nytt %1 %2 har status "%3". %4: %5. När den tiden har gått ut kan beslutet verkställas här eller på sidan Beslut.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Put in force early…</source>
        <translation>&amp;Verkställ i förtid…</translation>
    </message>
</context>
<context>
    <name>fremdrift::InvestigationFinishedForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/investigationfinishedform.cpp" line="+27" />
        <source>Estimated hours a week for each service</source>
        <translation>Beräknade timmar per vecka för varje insats</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Recommendation:</source>
        <translation>&amp;Förslag till beslut:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Primary contact contacted on:</source>
        <translation>Kontaktman kontaktad den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action plan updated on:</source>
        <translation>Genomförandeplan uppdaterad den:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Discussed before approval</source>
        <translation>Diskuterat före godkännande</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit leader:</source>
        <translation>Enhetschef:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department leader:</source>
        <translation>Verksamhetschef:</translation>
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
        <translation>Inte bedömd</translation>
    </message>
</context>
<context>
    <name>fremdrift::JsonReading</name>
    <message>
        <location filename="../core/domain/jsonreading.cpp" line="+16" />
        <source>"%1" must be text.</source>
        <translation>"%1" måste vara text.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" must be a date as YYYY-MM-DD, not "%2".</source>
        <translation>"%1" måste vara ett datum i formen YYYY-MM-DD, inte "%2".</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" must be true or false.</source>
        <translation>"%1" måste vara true eller false.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" must be a number.</source>
        <translation>"%1" måste vara ett tal.</translation>
    </message>
    <message>
        <location filename="../core/domain/jsonreading.h" line="+50" />
        <source>"%1" cannot be "%2".</source>
        <translation>"%1" kan inte vara "%2".</translation>
    </message>
    <message>
        <location filename="../core/domain/json.cpp" line="+163" />
        <source>"client_id" must be the id of a client.</source>
        <translation>"client_id" måste vara id för en brukare.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>"services" must be a list.</source>
        <translation>"services" måste vara en lista.</translation>
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
        <translation>Fältet "%1" i regelprofilen är tomt.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The field "%1" in the jurisdiction profile is %2, but must be from %3 to %4.</source>
        <translation>Fältet "%1" i regelprofilen är %2, men måste vara mellan %3 och %4.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The field "%1" in the jurisdiction profile has the unknown value "%2"; use one of %3.</source>
        <translation>Fältet "%1" i regelprofilen har det okända värdet "%2". Använd något av %3.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The field "%1" in the jurisdiction profile must be a day written MM-DD, such as 12-25, not "%2".</source>
        <translation>Fältet "%1" i regelprofilen måste vara en dag skriven MM-DD, till exempel 12-25, inte "%2".</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The list "%1" in the jurisdiction profile repeats the id "%2".</source>
        <translation>Listan "%1" i regelprofilen innehåller id:t "%2" mer än en gång.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>In the jurisdiction profile, "%1" must not be greater than "%2".</source>
        <translation>I regelprofilen får "%1" inte vara större än "%2".</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The jurisdiction profile lacks the field "%1".</source>
        <translation>Fältet "%1" saknas i regelprofilen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The field "%1" in the jurisdiction profile must be an object, {...}.</source>
        <translation>Fältet "%1" i regelprofilen måste vara ett objekt, {...}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be a list, [...].</source>
        <translation>Fältet "%1" i regelprofilen måste vara en lista, [...].</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be a text in quotes.</source>
        <translation>Fältet "%1" i regelprofilen måste vara en text inom citattecken.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be a whole number.</source>
        <translation>Fältet "%1" i regelprofilen måste vara ett heltal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The field "%1" in the jurisdiction profile must be true or false.</source>
        <translation>Fältet "%1" i regelprofilen måste vara true eller false.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>The jurisdiction profile has format version %1, but this version of Fremdrift reads version %2.</source>
        <translation>Regelprofilen har formatversion %1, men den här versionen av Fremdrift läser version %2.</translation>
    </message>
    <message>
        <location line="+134" />
        <source>The day rule "%1" in the jurisdiction profile must span one to seven days within one year, from "from" to "to".</source>
        <translation>Dagregeln "%1" i regelprofilen måste omfatta en till sju dagar inom samma år, från "from" till "to".</translation>
    </message>
    <message>
        <location line="+40" />
        <source>The field "%1" in the jurisdiction profile names the legal basis "%2", which the profile does not define in "legalBases".</source>
        <translation>Fältet "%1" i regelprofilen anger lagrummet "%2", men det lagrummet finns inte i profilens "legalBases".</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The list "%1" in the jurisdiction profile lacks the step "%2".</source>
        <translation>Listan "%1" i regelprofilen saknar steget "%2".</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The entry "%1" in the jurisdiction profile needs exactly one of "everyMonths" and "asNeeded": true.</source>
        <translation>Posten "%1" i regelprofilen ska ha exakt ett av "everyMonths" och "asNeeded": true.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The field "%1" in the jurisdiction profile is %2, which is neither on the scale nor its "not relevant" value.</source>
        <translation>Fältet "%1" i regelprofilen är %2. Det värdet finns varken på skalan eller är skalans värde för "inte relevant".</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The jurisdiction profile "%1" does not exist.</source>
        <translation>Regelprofilen "%1" finns inte.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file "%1" is too large to be a jurisdiction profile.</source>
        <translation>Filen "%1" är för stor för att vara en regelprofil.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not read the jurisdiction profile "%1".</source>
        <translation>Det gick inte att läsa regelprofilen "%1".</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The built-in profile %1 describes %2 instead of %3.</source>
        <translation>Den inbyggda profilen %1 beskriver %2 i stället för %3.</translation>
    </message>
    <message>
        <location line="+135" />
        <source>The jurisdiction profile is not valid JSON: %1 at character %2.</source>
        <translation>Regelprofilen är inte giltig JSON: %1 vid tecken %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The jurisdiction profile must be a JSON object, {...}.</source>
        <translation>Regelprofilen måste vara ett JSON-objekt, {...}.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Leases</name>
    <message>
        <location filename="../core/storage/leases.cpp" line="+163" />
        <source>Someone</source>
        <translation>Någon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is editing this on %2 since %3.</source>
        <translation>%1 redigerar uppgifterna på %2 sedan %3.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The lease on this record has been given up.</source>
        <translation>Redigeringslåset för uppgifterna har släppts.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterArchive</name>
    <message>
        <location filename="../core/letters/letterarchive.cpp" line="+169" />
        <location line="+20" />
        <location line="+79" />
        <source>There is no issued letter with id %1.</source>
        <translation>Det finns inget expedierat brev med id %1.</translation>
    </message>
    <message>
        <location line="-70" />
        <source>«%1» is not a letter to a citizen, so it is not archived.</source>
        <translation>«%1» är inte ett brev till enskilda, så det arkiveras inte.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The letter has no recipient.</source>
        <translation>Brevet har ingen mottagare.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The recipient's role «%1» is unknown: it is one of %2.</source>
        <translation>Mottagarens roll «%1» är okänd. Den ska vara en av %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Letters are written in %1; «%2» is not one of them.</source>
        <translation>Brev skrivs på språken %1. «%2» är inte ett av dem.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The letter does not say which template it was written from.</source>
        <translation>Det framgår inte av brevet vilken mall det skrevs utifrån.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The letter has no PDF to keep.</source>
        <translation>Brevet har ingen PDF att spara.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The page count cannot be negative.</source>
        <translation>Antalet sidor kan inte vara negativt.</translation>
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
        <translation>Kopia till: %1</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The template version the letter was issued from</source>
        <translation>Mallversionen som brevet expedierades från</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Issued</source>
        <translation>Expedierat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issued by</source>
        <translation>Expedierat av</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterArchiveView</name>
    <message>
        <location filename="../ui/letters/letterarchiveview.cpp" line="+86" />
        <source>Name or reference</source>
        <translation>Namn eller referens</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All letters</source>
        <translation>Alla brev</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le&amp;tter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves a copy of the letter exactly as it was issued, and opens it</source>
        <translation>Sparar en kopia av brevet exakt som det expedierades och öppnar den</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verify</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checks that the stored letter is unchanged since it was issued</source>
        <translation>Kontrollerar att det sparade brevet är oförändrat sedan det expedierades</translation>
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
        <translation>Brevet är oförändrat sedan det expedierades: dess SHA-256 stämmer fortfarande.
%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The stored letter has changed since it was issued: its SHA-256 no longer matches %1. Tell the administrator; the database may have been tampered with.</source>
        <translation>Det sparade brevet har ändrats sedan det expedierades: dess SHA-256 stämmer inte längre med %1. Kontakta administratören. Databasen kan ha manipulerats.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>A copy of the letter as issued is saved as %1.</source>
        <translation>En kopia av brevet som det expedierades har sparats som %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a copy of the letter</source>
        <translation>Spara en kopia av brevet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The copy is saved as %1, but no program to show PDF files could be started. Open the file from there.</source>
        <translation>Kopian har sparats som %1, men inget program för att visa PDF-filer kunde startas. Öppna filen därifrån.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterData</name>
    <message>
        <location filename="../core/letters/letterdata.cpp" line="+572" />
        <source>The letter has no decision to tell about.</source>
        <translation>Det finns inget beslut som brevet kan handla om.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The decision this one replaces could not be read, so the letter cannot show the previous allocation and the changes.</source>
        <translation>Beslutet som det här beslutet ersätter kunde inte läsas, så brevet kan inte visa tidigare beviljade insatser och förändringarna.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The decision is %1: a leader must approve it before its letter is issued.</source>
        <translation>Beslutet har status %1. En enhetschef måste godkänna beslutet innan brevet kan expedieras.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterDialog</name>
    <message>
        <location filename="../ui/letters/letterdialog.cpp" line="+57" />
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
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
        <translation>Brevets datum, som också är den dag det skickas</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Each recipient gets their own copy, which names the others as copies.</source>
        <translation>Varje mottagare får ett eget exemplar, där de övriga står som kopiemottagare.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent &amp;how:</source>
        <translation>&amp;Hur den skickades:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Recipients:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The letter cannot be issued yet:</source>
        <translation>Brevet kan inte expedieras ännu:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Copy for:</source>
        <translation>E&amp;xemplar till:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Print preview…</source>
        <translation>&amp;Förhandsgranska utskrift…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save PDF…</source>
        <translation>Spara &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves every recipient's copy in one PDF file</source>
        <translation>Sparar alla mottagares exemplar i en enda PDF-fil</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Issue</source>
        <translation>&amp;Expediera</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keeps the letters in the archive as issued; they cannot be changed afterwards</source>
        <translation>Sparar breven i arkivet så som de expedieras. De kan inte ändras i efterhand</translation>
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
        <translation>Ingen postadress</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Tick at least one recipient.</source>
        <translation>Markera minst en mottagare.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Nothing to show until the problems above are solved.</source>
        <translation>Det finns inget att visa förrän problemen ovan är åtgärdade.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Solve the problems listed above to issue the letter.</source>
        <translation>Åtgärda problemen ovan för att kunna expediera brevet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no letter to issue.</source>
        <translation>Det finns inget brev att expediera.</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>Issue %n letter(s) to %1? They are kept in the archive as issued and cannot be changed.</source>
        <translation>
            <numerusform>Vill du expediera %n brev till %1? Brevet sparas i arkivet så som det expedieras och kan inte ändras.</numerusform>
            <numerusform>Vill du expediera %n brev till %1? Breven sparas i arkivet så som de expedieras och kan inte ändras.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Issue letters</source>
        <translation>Expediera brev</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n letter(s) issued and kept in the archive. Print them now, or save them as a PDF to send them digitally.</source>
        <translation>
            <numerusform>%n brev har expedierats och sparats i arkivet. Skriv ut det nu, eller spara det som PDF för att skicka det digitalt.</numerusform>
            <numerusform>%n brev har expedierats och sparats i arkivet. Skriv ut dem nu, eller spara dem som PDF för att skicka dem digitalt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Save letters as PDF</source>
        <translation>Spara breven som PDF</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterIssuer</name>
    <message>
        <location filename="../core/letters/letterissuer.cpp" line="+77" />
        <source>The letter lacks what %1 requires: %2. Add it to the template inside {{#part %3}} … {{/part}}.</source>
        <translation>Brevet saknar det som %1 kräver: %2. Lägg till det i mallen inom {{#part %3}} … {{/part}}.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Line %1, column %2: {{%3}} has no value for this letter. Fill it in where it comes from, or put it inside {{#if %3}} … {{/if}} in the template.</source>
        <translation>Rad %1, kolumn %2: {{%3}} har inget värde i det här brevet. Fyll i uppgiften där den hämtas ifrån, eller lägg fältet inom {{#if %3}} … {{/if}} i mallen.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>The letter has nobody to go to: choose a recipient.</source>
        <translation>Brevet har ingen mottagare. Välj en mottagare.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 has no postal address. Add it to the client's record, or send the letter digitally or by hand.</source>
        <translation>%1 har ingen postadress. Lägg till adressen i brukarens uppgifter, eller skicka brevet digitalt eller lämna det personligen.</translation>
    </message>
    <message>
        <location line="+141" />
        <source>There is no letter to issue.</source>
        <translation>Det finns inget brev att expediera.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterLayout</name>
    <message>
        <location filename="../core/letters/letterlayout.cpp" line="+703" />
        <source>There is no letter to print.</source>
        <translation>Det finns inget brev att skriva ut.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not start printing the letters.</source>
        <translation>Det gick inte att starta utskriften av breven.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Could not finish printing the letters.</source>
        <translation>Det gick inte att slutföra utskriften av breven.</translation>
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
        <translation>Breven har sparats som %1.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LetterPreview</name>
    <message>
        <location filename="../ui/templates/letterpreview.cpp" line="+30" />
        <source>No preview yet.</source>
        <translation>Ingen förhandsgranskning ännu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
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
        <translation>två</translation>
    </message>
    <message>
        <location line="+1" />
        <source>three</source>
        <translation>tre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>four</source>
        <translation>fyra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>five</source>
        <translation>fem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>six</source>
        <translation>sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seven</source>
        <translation>sju</translation>
    </message>
    <message>
        <location line="+1" />
        <source>eight</source>
        <translation>åtta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nine</source>
        <translation>nio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ten</source>
        <translation>tio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>eleven</source>
        <translation>elva</translation>
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
        <translation>Insats</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Hours per week in all</source>
        <translation>Timmar per vecka totalt</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+1" />
        <source>Before: %1</source>
        <translation>Tidigare: %1</translation>
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
        <translation>Förändring</translation>
    </message>
    <message>
        <location line="+5" />
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ends</source>
        <translation>upphör</translation>
    </message>
    <message>
        <location line="+41" />
        <source>other</source>
        <translation>övrig deltagare</translation>
    </message>
    <message>
        <location line="+12" />
        <source>follow-up meeting</source>
        <translation>avstämningsmöte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <location line="+13" />
        <source>coordinator</source>
        <translation>mötesledare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>minute-taker</source>
        <translation>antecknare</translation>
    </message>
    <message>
        <location line="+242" />
        <source>%1 of %2 steps done in %3 reviews</source>
        <translation>%1 av %2 steg klara i %3 uppföljningar</translation>
    </message>
    <message>
        <location filename="../core/letters/letterissuer.cpp" line="-325" />
        <source>Pre-notice of evaluation</source>
        <translation>Underrättelse om uppföljning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting invitation</source>
        <translation>Kallelse till möte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan report</source>
        <translation>Planrapport</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our reference</source>
        <translation>Vår referens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
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
        <translation>Org.nr</translation>
    </message>
    <message>
        <location line="+69" />
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../core/letters/lettersample.cpp" line="+76" />
        <source>Sample text: the health information that matters for the services, from the GP's statement.</source>
        <translation>Exempeltext: de uppgifter om hälsan som har betydelse för insatserna, hämtade från läkarens utlåtande.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: how the client manages daily life, and the needs found.</source>
        <translation>Exempeltext: hur brukaren klarar sin vardag och vilka behov som har kommit fram.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: needs in housing, daily activity, health, social life and leisure.</source>
        <translation>Exempeltext: behov när det gäller boende, sysselsättning, hälsa, sociala relationer och fritid.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: what the client wants and aims for, in their own words.</source>
        <translation>Exempeltext: vad brukaren vill och har för mål, med egna ord.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: how the client took part in the review.</source>
        <translation>Exempeltext: hur brukaren har varit delaktig i uppföljningen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: how relatives took part.</source>
        <translation>Exempeltext: hur anhöriga har varit delaktiga.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sample text: the municipality's assessment and why the services are granted.</source>
        <translation>Exempeltext: kommunens bedömning och skälen till att insatserna beviljas.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Welcome and purpose of the meeting
How things are going today
Needs, wishes and goals
The way forward</source>
        <translation>Välkommen och syftet med mötet
Hur det går i dag
Behov, önskemål och mål
Fortsatt planering</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sample text: what was said in the meeting.</source>
        <translation>Exempeltext: vad som sades på mötet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample text: what was agreed, and who does what.</source>
        <translation>Exempeltext: vad vi kom överens om och vem som gör vad.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Review of decisions, sample plan</source>
        <translation>Uppföljning av beslut, exempelplan</translation>
    </message>
</context>
<context>
    <name>fremdrift::LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.cpp" line="+18" />
        <source>Several people work in %1. Log in with your user name and password.</source>
        <translation>Flera personer arbetar i %1. Logga in med ditt användarnamn och lösenord.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Password for %1</source>
        <translation>Lösenord för %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Type your user name.</source>
        <translation>Skriv ditt användarnamn.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+52" />
        <source>Fremdrift databases (*.sqlite *.fremdrift *.db);;All files (*)</source>
        <translation>Fremdrift-databaser (*.sqlite *.fremdrift *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location line="+98" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore from &amp;backup…</source>
        <translation>Återställ från säkerhets&amp;kopia…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change &amp;password…</source>
        <translation>Byt &amp;lösenord…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Shared databases…</source>
        <translation>&amp;Delade databaser…</translation>
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
        <translation>Du är inte inloggad, så %1 har inte öppnats.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Open a database first.</source>
        <translation>Öppna en databas först.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your password has been changed.</source>
        <translation>Ditt lösenord har ändrats.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The database was created, but the demo data could not be added: %1</source>
        <translation>Databasen har skapats, men demouppgifterna kunde inte läggas till: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Welcome to Fremdrift</source>
        <translation>Välkommen till Fremdrift</translation>
    </message>
    <message>
        <location line="+14" />
        <source>new-database</source>
        <translation>ny-databas</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No recent databases</source>
        <translation>Inga nyligen öppnade databaser</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear the list</source>
        <translation>Rensa listan</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The database is busy: another PC is saving. Retrying…</source>
        <translation>Databasen är upptagen eftersom en annan dator sparar just nu. Försöker igen…</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Today's backup could not be made. You can keep working. %1</source>
        <translation>Dagens säkerhetskopia kunde inte skapas. Du kan fortsätta arbeta. %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backup made</source>
        <translation>Säkerhetskopia skapad</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The database was restored from the backup. The replaced file was kept as %1.</source>
        <translation>Databasen har återställts från säkerhetskopian. Den ersatta filen har sparats som %1.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>No database is open</source>
        <translation>Ingen databas är öppen</translation>
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
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Editable</source>
        <translation>Redigerbar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Network drive</source>
        <translation>Nätverksenhet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Safe with Fremdrift's rollback journal; see Help &gt; Shared databases</source>
        <translation>Säkert tack vare Fremdrifts rollback-journal. Se Hjälp &gt; Delade databaser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The database is not using the rollback journal (journal mode: %1); see Help &gt; Shared databases</source>
        <translation>Databasen använder inte rollback-journalen (journalläge: %1). Se Hjälp &gt; Delade databaser</translation>
    </message>
    <message>
        <location line="+17" />
        <source>About Fremdrift</source>
        <translation>Om Fremdrift</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Progress plans and reviews of care decisions for municipal care offices in Norway, Sweden and Denmark.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Framdriftsplaner och uppföljning av beslut om insatser för kommunernas socialtjänst i Norge, Sverige och Danmark.&lt;/p&gt;&lt;p&gt;Byggt med Qt %2 och SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&lt;p&gt;The open database is on a network drive, with the rollback journal (journal mode: %1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den öppna databasen ligger på en nätverksenhet och använder rollback-journalen (journalläge: %1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;p&gt;The open database is on this computer's own disk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den öppna databasen ligger på den här datorns egen disk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shared databases</source>
        <translation>Delade databaser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;One database file for the office&lt;/h3&gt;&lt;p&gt;One Fremdrift file on a network drive works well when 2–8 people in one office share it over a reliable wired network, with daily backups. Fremdrift uses SQLite's rollback journal there (never WAL), waits its turn when another PC is saving, and refreshes open lists when someone else saves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Avoid&lt;/b&gt; cloud-sync folders (Dropbox, OneDrive, Google Drive and the like: Fremdrift refuses them, because they copy the file while it is being written and lose changes), Wi-Fi between the PCs and the file server, and VPN connections over slow links.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Move to a database server&lt;/b&gt; when more than about 8 people work at the same time, when the office has several locations, when "busy" messages come often, or when the network drive's file locking is unreliable. PostgreSQL is the planned server engine for Fremdrift.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;En databasfil för hela verksamheten&lt;/h3&gt;&lt;p&gt;En Fremdrift-fil på en nätverksenhet fungerar bra när 2–8 personer på samma kontor delar den via ett stabilt trådbundet nätverk och databasen säkerhetskopieras varje dag. Fremdrift använder då SQLites rollback-journal (aldrig WAL), väntar på sin tur när en annan dator sparar och uppdaterar öppna listor när någon annan sparar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Undvik&lt;/b&gt; molnsynkroniserade mappar (Dropbox, OneDrive, Google Drive och liknande – Fremdrift tillåter dem inte, eftersom de kopierar filen medan den skrivs så att ändringar går förlorade), trådlöst nätverk (wifi) mellan datorerna och filservern samt VPN-anslutningar över långsamma förbindelser.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gå över till en databasserver&lt;/b&gt; när fler än ungefär 8 personer arbetar samtidigt, när verksamheten finns på flera platser, när meddelanden om att databasen är upptagen kommer ofta eller när nätverksenhetens fillåsning inte är tillförlitlig. PostgreSQL är den databasserver som planeras för Fremdrift.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fremdrift::MedicalInformationForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/medicalinformationform.cpp" line="+41" />
        <source>&amp;Add request</source>
        <translation>&amp;Lägg till förfrågan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove request</source>
        <translation>&amp;Ta bort förfrågan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What was asked</source>
        <translation>Vad som efterfrågades</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ask the GP, and specialist services where relevant, for diagnoses, a functional assessment, relevant medical information and an assessment of consent competence.</source>
        <translation>Begär uppgifter från fast läkarkontakt, och vid behov från specialistvården, om diagnoser, en bedömning av funktionsförmågan, relevanta medicinska uppgifter och en bedömning av beslutsförmågan.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>GP</source>
        <translation>Fast läkarkontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specialist</source>
        <translation>Specialistvård</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingAgenda</name>
    <message>
        <location filename="../core/workflow/meetingrules.cpp" line="+252" />
        <source>Not discussed at this meeting:</source>
        <translation>Tas inte upp på det här mötet:</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+37" />
        <source>Welcome and introductions</source>
        <translation>Välkomnande och presentation</translation>
    </message>
    <message>
        <location line="-36" />
        <source>How things are going: the client's own account</source>
        <translation>Hur det går: brukarens egen berättelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs in all areas of life</source>
        <translation>Behov inom alla livsområden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daily life and housing</source>
        <translation>Vardag och boende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Work, day activities and leisure</source>
        <translation>Arbete, daglig verksamhet och fritid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social life and family</source>
        <translation>Socialt liv och familj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's own wishes and goals</source>
        <translation>Brukarens egna önskemål och mål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent competence, user participation and relatives' participation</source>
        <translation>Beslutsförmåga, den enskildes delaktighet och anhörigas delaktighet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Medical information: GP and specialist services</source>
        <translation>Medicinska uppgifter: fast läkarkontakt och specialistvård</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan: is one needed?</source>
        <translation>Individuell plan: behövs en sådan?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next steps and agreements</source>
        <translation>Fortsatt arbete och överenskommelser</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+15" />
        <location line="+10" />
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Welcome: the coordinator leads the meeting</source>
        <translation>Välkomnande: samordnaren leder mötet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Round of status: how things are going, from each participant</source>
        <translation>Lägesrunda: hur det går, enligt varje deltagare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals: reached, still relevant, new</source>
        <translation>Mål: uppnådda, fortfarande aktuella, nya</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measures and who is responsible</source>
        <translation>Åtgärder och vem som ansvarar</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+11" />
        <source>Agreements: what, who and by when</source>
        <translation>Överenskommelser: vad, vem och senast när</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Minute-taker for the next meeting</source>
        <translation>Sekreterare vid nästa möte</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Matters to discuss</source>
        <translation>Frågor att diskutera</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingAgreedForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingagreedform.cpp" line="+21" />
        <source>Invite the person, their relative or guardian, the primary contact and, where relevant, the supplier. The meeting is saved as you close the meeting dialog.</source>
        <translation>Bjud in den enskilde, anhörig eller god man/förvaltare, kontaktman och vid behov utföraren. Mötet sparas när du stänger mötesdialogen.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Ändra möte…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Agree meeting…</source>
        <translation>&amp;Boka möte…</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingDialog</name>
    <message>
        <location filename="../ui/meetings/meetingdialog.cpp" line="+120" />
        <source>&amp;Meeting</source>
        <translation>&amp;Möte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Participants</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;genda and minutes</source>
        <translation>Da&amp;gordning och minnesanteckningar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xport invitation (.ics)…</source>
        <translation>&amp;Exportera inbjudan (.ics)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the meeting and writes a calendar invitation that Outlook and Thunderbird can import.</source>
        <translation>Sparar mötet och skapar en kalenderinbjudan som kan importeras i Outlook och Thunderbird.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invit&amp;ation letter…</source>
        <translation>&amp;Kallelse…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes letter…</source>
        <translation>Brev med minnesanteckningar…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Reload</source>
        <translation>Läs in ige&amp;n</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the meeting as now saved; your changes here are lost.</source>
        <translation>Visa mötet som det är sparat nu. Dina ändringar här går förlorade.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Empty: the kind of meeting and the client's name</source>
        <translation>Om tomt: mötestyp och brukarens namn</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location line="+10" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The meeting has been &amp;held</source>
        <translation>Mötet har &amp;hållits</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Kind:</source>
        <translation>&amp;Typ av möte:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client:</source>
        <translation>Brukare:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Duration:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;lace:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Video link:</source>
        <translation>&amp;Videolänk:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ho&amp;w agreed:</source>
        <translation>Bokat &amp;genom:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Next meeting:</source>
        <translation>&amp;Nästa möte:</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+523" />
        <source>Client</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="-522" />
        <source>Type a name to search, or leave empty</source>
        <translation>Skriv ett namn för att söka, eller lämna tomt</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Add from the &amp;client's people</source>
        <translation>Lägg till från brukarens &amp;nätverk</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add &amp;staff</source>
        <translation>Lägg till &amp;personal</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add &amp;person</source>
        <translation>Lägg till &amp;annan person</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Suggest &amp;minute-taker</source>
        <translation>Föreslå &amp;sekreterare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Taking the minutes goes round the participants: this marks the one whose turn was longest ago. The coordinator, who leads, and the client are never asked.</source>
        <translation>Deltagarna turas om att föra minnesanteckningar: här markeras den som hade turen för längst tid sedan. Samordnaren, som leder mötet, och brukaren tillfrågas aldrig.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Use default agenda</source>
        <translation>Använd &amp;standarddagordning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replaces the agenda with the usual one for this kind of meeting.</source>
        <translation>Ersätter dagordningen med den vanliga dagordningen för den här typen av möte.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A&amp;genda:</source>
        <translation>Da&amp;gordning:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>M&amp;inutes:</source>
        <translation>M&amp;innesanteckningar:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agr&amp;eements:</source>
        <translation>Överensko&amp;mmelser:</translation>
    </message>
    <message>
        <location line="+30" />
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting: %1</source>
        <translation>Möte: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+88" />
        <source>Choose from the list that appears as you type.</source>
        <translation>Välj i listan som visas medan du skriver.</translation>
    </message>
    <message>
        <location line="-64" />
        <source>Writes the letter to the client and their guardians, and issues it into the archive</source>
        <translation>Skriver brevet till brukaren och brukarens gode man eller förvaltare, expedierar det och sparar det i arkivet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the meeting first</source>
        <translation>Spara mötet först</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ends at %1</source>
        <translation>slutar %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>No client matches.</source>
        <translation>Ingen brukare matchar sökningen.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>About %1.</source>
        <translation>Gäller %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (client)</source>
        <translation>%1 (brukare)</translation>
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
        <translation>Det finns ingen att föreslå. Lägg till fler deltagare än brukaren och samordnaren, som leder mötet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 takes the minutes this time: their turn was longest ago.</source>
        <translation>%1 för minnesanteckningar den här gången. Det var längst sedan det var den personens tur.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The meeting was not saved:</source>
        <translation>Mötet sparades inte:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Compare and merge keeps both your changes and theirs.</source>
        <translation>Med "Jämför och sammanfoga" behåller du både dina och den andra användarens ändringar.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This is the meeting as now saved. Make your changes again and save.</source>
        <translation>Så här ser mötet ut som det är sparat nu. Gör dina ändringar igen och spara.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The invitation is in %1. Attach it to an e-mail, or open it in your calendar.</source>
        <translation>Inbjudan har sparats i %1. Bifoga den i ett e-postmeddelande eller öppna den i din kalender.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Export invitation</source>
        <translation>Exportera inbjudan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calendar invitations (*.ics)</source>
        <translation>Kalenderinbjudningar (*.ics)</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingHeldForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingheldform.cpp" line="+28" />
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investigation</source>
        <translation>Utredning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Record the meeting…</source>
        <translation>&amp;Dokumentera mötet…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record in the meeting dialog that the meeting was held, who attended, who took the minutes, and the minutes.</source>
        <translation>Dokumentera i mötesdialogen att mötet har hållits, vilka som deltog, vem som förde minnesanteckningar och själva anteckningarna.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingListModel</name>
    <message>
        <location filename="../ui/meetings/meetinglistmodel.cpp" line="+48" />
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <location line="+45" />
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minute-taker</source>
        <translation>Sekreterare</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingParticipantsModel</name>
    <message>
        <location filename="../ui/meetings/meetingparticipantsmodel.cpp" line="+155" />
        <source>Writes the minutes. Taken in turns; never the coordinator, who leads.</source>
        <translation>För minnesanteckningar. Deltagarna turas om, men aldrig samordnaren, som leder mötet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leads the meeting.</source>
        <translation>Leder mötet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted</source>
        <translation>Tackat ja</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leads</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes</source>
        <translation>Antecknar</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingPlanningForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingplanningform.cpp" line="+15" />
        <source>A joint meeting with the supplier was asked for</source>
        <translation>Ett gemensamt möte med utföraren har efterfrågats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The person was asked about bringing a supporter or relatives</source>
        <translation>Den enskilde har tillfrågats om att ta med en stödperson eller anhöriga</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Meeting &amp;planned for:</source>
        <translation>Mötet &amp;planerat till:</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingRepository</name>
    <message>
        <location filename="../core/repository/meetingrepository.cpp" line="+149" />
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget möte med id %1.</translation>
    </message>
    <message>
        <location line="+102" />
        <source>There is no client with id %1.</source>
        <translation>Det finns ingen brukare med id %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no review with id %1.</source>
        <translation>Det finns ingen uppföljning med id %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Review %1 is about another client: choose the review of this meeting's client, or no review.</source>
        <translation>Uppföljning %1 gäller en annan brukare. Välj uppföljningen för mötets brukare, eller ingen uppföljning.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>A letter was issued for this meeting, so it is kept. Mark it as not held and write why in the minutes instead.</source>
        <translation>Ett brev har expedierats för mötet, så mötet finns kvar. Markera det i stället som inte hållet och skriv varför i minnesanteckningarna.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingRules</name>
    <message>
        <location filename="../core/workflow/meetingrules.cpp" line="-272" />
        <source>participant %1</source>
        <translation>deltagare %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Give the date and time the meeting starts.</source>
        <translation>Ange datum och tid då mötet börjar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The meeting must end after it starts: check the end time or the duration.</source>
        <translation>Mötet måste sluta efter att det har börjat. Kontrollera sluttiden eller längden.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Say where the meeting is: give a place, or a video link for a meeting online.</source>
        <translation>Ange var mötet hålls: en plats, eller en videolänk för ett digitalt möte.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The video link must be a web address, e.g. https://meet.example.no/abc-123.</source>
        <translation>Videolänken måste vara en webbadress, till exempel https://meet.exempel.se/abc-123.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How the meeting was agreed is one of: %1.</source>
        <translation>Hur mötet bokades måste vara något av: %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Participant %1 has no name: write the name, or remove the row.</source>
        <translation>Deltagare %1 saknar namn. Skriv namnet eller ta bort raden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose what %1 is to the client: one of %2.</source>
        <translation>Välj vilken relation %1 har till brukaren: något av %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The e-mail address of %1 is not complete, e.g. name@example.no.</source>
        <translation>E-postadressen för %1 är inte fullständig. Skriv den till exempel som namn@exempel.se.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>One person takes the minutes, but both %1 and %2 are marked: untick one of them.</source>
        <translation>Bara en person kan föra minnesanteckningar, men både %1 och %2 är markerade. Avmarkera en av dem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>One person leads the meeting as coordinator, but both %1 and %2 are marked: untick one of them.</source>
        <translation>Bara en person kan leda mötet som samordnare, men både %1 och %2 är markerade. Avmarkera en av dem.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 leads the meeting as coordinator and so does not take the minutes: choose another minute-taker.</source>
        <translation>%1 leder mötet som samordnare och kan därför inte föra minnesanteckningar. Välj en annan sekreterare.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The meeting is marked as held: write the minutes, or mark it as not held.</source>
        <translation>Mötet är markerat som hållet. Skriv minnesanteckningar eller markera mötet som inte hållet.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingSummary</name>
    <message>
        <location filename="../ui/reviews/stepforms/meetingsummary.cpp" line="+34" />
        <source>No meeting agreed yet.</source>
        <translation>Inget möte är bokat ännu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When and where</source>
        <translation>När och var</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreed</source>
        <translation>Bokat</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none yet</source>
        <translation>inga ännu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Held</source>
        <translation>Hållet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not yet</source>
        <translation>inte ännu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minute-taker</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not chosen</source>
        <translation>inte vald</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not written</source>
        <translation>inte skrivna</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no time set</source>
        <translation>ingen tid angiven</translation>
    </message>
    <message>
        <location line="+4" />
        <source>video: %1</source>
        <translation>video: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no place or video link</source>
        <translation>ingen plats eller videolänk</translation>
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
        <translation>frånvarande</translation>
    </message>
    <message>
        <location line="+2" />
        <source>accepted</source>
        <translation>tackat ja</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invited</source>
        <translation>inbjuden</translation>
    </message>
</context>
<context>
    <name>fremdrift::Meetings</name>
    <message>
        <location filename="../core/domain/meeting.cpp" line="+65" />
        <source>Client</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Guardian</source>
        <translation>God man/förvaltare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Primary contact</source>
        <translation>Kontaktman</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leader</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GP</source>
        <translation>Fast läkarkontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Evaluation meeting</source>
        <translation>Uppföljningsmöte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow-up meeting</source>
        <translation>Avstämningsmöte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responsibility group</source>
        <translation>Samordningsgrupp (SIP-möte)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other meeting</source>
        <translation>Annat möte</translation>
    </message>
    <message>
        <location line="+21" />
        <source>By invitation letter</source>
        <translation>Med kallelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By phone</source>
        <translation>Per telefon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Otherwise</source>
        <translation>På annat sätt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not agreed yet</source>
        <translation>Inte bokat ännu</translation>
    </message>
    <message>
        <location line="+72" />
        <source>"role" cannot be "%1".</source>
        <translation>"role" kan inte vara "%1".</translation>
    </message>
    <message>
        <location line="+32" />
        <source>"%1" must be a time as 2026-03-02T09:00:00Z, not "%2".</source>
        <translation>"%1" måste vara en tidpunkt i formen 2026-03-02T09:00:00Z, inte "%2".</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"participants" must be a list.</source>
        <translation>"participants" måste vara en lista.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MeetingsPage</name>
    <message>
        <location filename="../ui/meetings/meetingspage.cpp" line="+74" />
        <source>Coming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Past</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt möte…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xport invitation (.ics)…</source>
        <translation>&amp;Exportera inbjudan (.ics)…</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>The meeting is saved.</source>
        <translation>Mötet har sparats.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The invitation is in %1.</source>
        <translation>Inbjudan har sparats i %1.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Export invitation</source>
        <translation>Exportera inbjudan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calendar invitations (*.ics)</source>
        <translation>Kalenderinbjudningar (*.ics)</translation>
    </message>
</context>
<context>
    <name>fremdrift::MergeDialog</name>
    <message>
        <location filename="../ui/widgets/mergedialog.cpp" line="+41" />
        <source>Compare and merge</source>
        <translation>Jämför och sammanfoga</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Each field that you or they changed is listed. Where you both changed a field, choose the version to keep.</source>
        <translation>Här visas varje fält som du eller den andra användaren har ändrat. Där ni båda har ändrat samma fält väljer du vilken version som ska behållas.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your version</source>
        <translation>Din version</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Their version</source>
        <translation>Den andras version</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Save merged</source>
        <translation>&amp;Spara sammanfogad version</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Compare and &amp;merge…</source>
        <translation>&amp;Jämför och sammanfoga…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compare your changes with what was saved meanwhile, field by field, and save both.</source>
        <translation>Jämför dina ändringar fält för fält med det som har sparats under tiden, och spara båda.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your changes and theirs were merged and saved.</source>
        <translation>Dina och den andra användarens ändringar har sammanfogats och sparats.</translation>
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
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+53" />
        <source>yours, kept</source>
        <translation>din, behålls</translation>
    </message>
    <message>
        <location line="+3" />
        <source>theirs, kept</source>
        <translation>den andras, behålls</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theirs</source>
        <translation>Den andras</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep your %1</source>
        <translation>Behåll din version: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep their %1</source>
        <translation>Behåll den andras version: %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::MergeFields</name>
    <message>
        <location filename="../core/letters/mergefields.cpp" line="+29" />
        <source>The office's name</source>
        <translation>Verksamhetens namn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's postal address on one line</source>
        <translation>Verksamhetens postadress på en rad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's postal address, line by line</source>
        <translation>Verksamhetens postadress, rad för rad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's phone number</source>
        <translation>Verksamhetens telefonnummer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's email address</source>
        <translation>Verksamhetens e-postadress</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's web address</source>
        <translation>Verksamhetens webbadress</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The office's organisation number</source>
        <translation>Verksamhetens organisationsnummer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The letter's date, written out</source>
        <translation>Brevets datum, med månaden utskriven i bokstäver</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The letter's reference</source>
        <translation>Brevets referens</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who this copy of the letter is addressed to</source>
        <translation>Vem det här exemplaret av brevet är adresserat till</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not empty when this copy goes to the guardian</source>
        <translation>Inte tomt när det här exemplaret går till god man eller förvaltare</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The list of everyone else who gets a copy</source>
        <translation>Lista över alla andra som får en kopia</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Everyone else who gets a copy, on one line</source>
        <translation>Alla andra som får en kopia, på en rad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The client's full name</source>
        <translation>Brukarens fullständiga namn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's given name</source>
        <translation>Brukarens förnamn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's family name</source>
        <translation>Brukarens efternamn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's date of birth</source>
        <translation>Brukarens födelsedatum</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's national ID number</source>
        <translation>Brukarens personnummer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's address on one line</source>
        <translation>Brukarens adress på en rad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's unit (home or service)</source>
        <translation>Brukarens enhet (boende eller verksamhet)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The guardian's name (empty when the client has none)</source>
        <translation>Namnet på god man eller förvaltare (tomt om brukaren inte har någon)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The guardian's address on one line</source>
        <translation>Adressen till god man eller förvaltare på en rad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The caseworker's name</source>
        <translation>Handläggarens namn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker's title</source>
        <translation>Handläggarens befattning</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker's phone number</source>
        <translation>Handläggarens telefonnummer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker's email address</source>
        <translation>Handläggarens e-postadress</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The leader who approved the decision</source>
        <translation>Chefen som godkände beslutet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The approving leader's title</source>
        <translation>Befattning för chefen som godkände</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The country's word for a decision (vedtak, beslut, afgørelse)</source>
        <translation>Landets ord för beslut (vedtak, beslut, afgørelse)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The decision's reference</source>
        <translation>Beslutets referens</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the decision was approved</source>
        <translation>Datum då beslutet godkändes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The legal basis as a citation (law and section)</source>
        <translation>Lagrummet som hänvisning (lag och paragraf)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the legal basis grants, in words</source>
        <translation>Vad lagrummet ger rätt till, i ord</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the legal basis grants, in lower case to follow "about" in a heading</source>
        <translation>Vad lagrummet ger rätt till, med liten begynnelsebokstav efter "om" i en rubrik</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The name of the law</source>
        <translation>Lagens namn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the decision applies from</source>
        <translation>Datum då beslutet börjar gälla</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the decision ends (empty: no end date)</source>
        <translation>Datum då beslutet upphör (tomt: inget slutdatum)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When the decision will be evaluated</source>
        <translation>När beslutet ska följas upp</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: relevant health information</source>
        <translation>Avsnitt: relevanta uppgifter om hälsa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: functioning and mapped needs</source>
        <translation>Avsnitt: funktionsförmåga och kartlagda behov</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: needs in all areas of life</source>
        <translation>Avsnitt: behov inom alla livsområden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: the client's own needs, wishes and goals</source>
        <translation>Avsnitt: brukarens egna behov, önskemål och mål</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Section: how the client took part</source>
        <translation>Avsnitt: hur brukaren har varit delaktig</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: how relatives took part</source>
        <translation>Avsnitt: hur anhöriga har varit delaktiga</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Section: the municipality's assessment</source>
        <translation>Avsnitt: kommunens bedömning</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Table of the services granted, own time and shared time per week</source>
        <translation>Tabell över beviljade insatser, enskild tid och gemensam tid per vecka</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Own time in all, hours per week</source>
        <translation>Enskild tid totalt, timmar per vecka</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shared time in all, hours per week</source>
        <translation>Gemensam tid totalt, timmar per vecka</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Own and shared time together, hours per week</source>
        <translation>Enskild och gemensam tid tillsammans, timmar per vecka</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The reference of the decision this one replaces (empty when it replaces none)</source>
        <translation>Referensen för det beslut som det här beslutet ersätter (tomt om det inte ersätter något)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Table of the previous allocation and the changes, service by service</source>
        <translation>Tabell över tidigare beviljade insatser och förändringarna, insats för insats</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The replaced decision's reference</source>
        <translation>Det ersatta beslutets referens</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date the replaced decision applied from</source>
        <translation>Datum då det ersatta beslutet började gälla</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The replaced decision's evaluation date</source>
        <translation>Det ersatta beslutets uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The complaint deadline in weeks, as a word</source>
        <translation>Överklagandetiden i veckor, skriven med bokstäver</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The last day to complain, as a date</source>
        <translation>Sista dagen för att överklaga, som datum</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The day the letter is assumed received</source>
        <translation>Den dag då brevet antas ha kommit fram</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Where a complaint is sent</source>
        <translation>Vart överklagandet ska skickas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who decides a complaint the municipality upholds</source>
        <translation>Vem som prövar överklagandet om kommunen inte ändrar beslutet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The law that gives the complaint deadline</source>
        <translation>Lagen som anger överklagandetiden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The progress plan the review belongs to</source>
        <translation>Framdriftsplanen som uppföljningen ingår i</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When the evaluation meeting is due</source>
        <translation>När uppföljningsmötet senast ska hållas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date to send information by</source>
        <translation>Sista dag för att skicka in uppgifter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworker responsible for the review</source>
        <translation>Handläggaren som ansvarar för uppföljningen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The kind of meeting</source>
        <translation>Typ av möte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The meeting's title</source>
        <translation>Mötets rubrik</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The meeting's date, written out</source>
        <translation>Mötets datum, med månaden utskriven i bokstäver</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The meeting's start and end time</source>
        <translation>Mötets start- och sluttid</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Where the meeting is held</source>
        <translation>Var mötet hålls</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link to join by video</source>
        <translation>Länken för att delta via video</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The agenda, point by point</source>
        <translation>Dagordningen, punkt för punkt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who is invited, or who attended, with their roles</source>
        <translation>Vilka som är inbjudna, eller vilka som deltog, med sina roller</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The meeting's coordinator</source>
        <translation>Mötets samordnare</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who writes the minutes</source>
        <translation>Vem som för minnesanteckningar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The minutes</source>
        <translation>Minnesanteckningarna</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What was agreed</source>
        <translation>Vad som bestämdes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date of the next meeting</source>
        <translation>Datum för nästa möte</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The plan's title</source>
        <translation>Planens rubrik</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plan's goal</source>
        <translation>Planens mål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plan's start date</source>
        <translation>Planens startdatum</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The plan's deadline</source>
        <translation>När planen ska vara klar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The plan's status note</source>
        <translation>Planens lägesbeskrivning</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The caseworkers responsible</source>
        <translation>Ansvariga handläggare</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The units the plan covers</source>
        <translation>Enheterna som planen omfattar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How far the plan has come</source>
        <translation>Hur långt planen har kommit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Table of the steps with due dates and who is responsible</source>
        <translation>Tabell över stegen med datum för när de ska vara klara och vem som ansvarar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Grid of the reviews and their steps, late steps marked</source>
        <translation>Översikt över uppföljningarna och deras steg, med försenade steg markerade</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List of the late steps (empty when none)</source>
        <translation>Lista över försenade steg (tomt om inga är försenade)</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Pre-notice of evaluation</source>
        <translation>Underrättelse om uppföljning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting invitation</source>
        <translation>Kallelse till möte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision letter</source>
        <translation>Beslutsbrev</translation>
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
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>fremdrift::NationalId</name>
    <message>
        <location filename="../core/domain/nationalid.cpp" line="+66" />
        <source>The number contains the letter "%1", but a national ID number has only digits.</source>
        <translation>Numret innehåller bokstaven "%1", men ett personnummer består bara av siffror.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The number contains "%1", which does not belong in a national ID number.</source>
        <translation>Numret innehåller "%1", som inte hör hemma i ett personnummer.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The date in the number does not exist (%1).</source>
        <translation>Datumet i numret finns inte (%1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The birth date in the number (%1) lies in the future.</source>
        <translation>Födelsedatumet i numret (%1) ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The control digits do not match: the number has a typing error.</source>
        <translation>Kontrollsiffrorna stämmer inte. Det finns ett skrivfel i numret.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Synthetic test numbers are accepted only in a test database.</source>
        <translation>Syntetiska testnummer godtas bara i en testdatabas.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A valid national identity number.</source>
        <translation>Ett giltigt fødselsnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid D number.</source>
        <translation>Ett giltigt D-nummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid H number.</source>
        <translation>Ett giltigt H-nummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid synthetic test number.</source>
        <translation>Ett giltigt syntetiskt testnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid personal identity number.</source>
        <translation>Ett giltigt personnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid coordination number.</source>
        <translation>Ett giltigt samordningsnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A valid CPR number.</source>
        <translation>Ett giltigt CPR-nummer.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>A Norwegian national ID number has 11 digits; this one has %1.</source>
        <translation>Ett norskt fødselsnummer har 11 siffror, men det här har %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A Norwegian national ID number has no "-" or "+": enter the 11 digits, with a space after the date if you like.</source>
        <translation>Ett norskt fødselsnummer har inget "-" eller "+". Skriv de 11 siffrorna, gärna med ett mellanslag efter datumet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No national ID number begins with the digits %1: their first control digit would be 10. The number has a typing error.</source>
        <translation>Inget fødselsnummer börjar med siffrorna %1, eftersom den första kontrollsiffran då skulle bli 10. Det finns ett skrivfel i numret.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No national ID number begins with the digits %1: their second control digit would be 10. The number has a typing error.</source>
        <translation>Inget fødselsnummer börjar med siffrorna %1, eftersom den andra kontrollsiffran då skulle bli 10. Det finns ett skrivfel i numret.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The number cannot be both a D number (day + 40) and an H number (month + 40).</source>
        <translation>Numret kan inte vara både ett D-nummer (dag + 40) och ett H-nummer (månad + 40).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The individual number %1 (digits 7–9) is not given to people born in a year ending in %2, so the number cannot exist.</source>
        <translation>Individnumret %1 (siffra 7–9) ges inte till personer födda ett år som slutar på %2, så numret kan inte finnas.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>A Swedish personal identity number has 10 or 12 digits; this one has %1.</source>
        <translation>Ett svenskt personnummer har 10 eller 12 siffror, men det här har %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>In a Swedish personal identity number the "-" or "+" comes right after the birth date: YYMMDD-NNNC or YYYYMMDD-NNNC.</source>
        <translation>I ett svenskt personnummer står "-" eller "+" direkt efter födelsedatumet: ÅÅMMDD-NNNK eller ÅÅÅÅMMDD-NNNK.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The check digit does not match: the number has a typing error.</source>
        <translation>Kontrollsiffran stämmer inte. Det finns ett skrivfel i numret.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>A valid test number from Skatteverket's test series.</source>
        <translation>Ett giltigt testpersonnummer från Skatteverkets testserie.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A Danish CPR number has 10 digits; this one has %1.</source>
        <translation>Ett danskt CPR-nummer har 10 siffror, men det här har %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A CPR number is written DDMMYY-SSSS: the only mark in it is a "-" right after the birth date.</source>
        <translation>Ett CPR-nummer skrivs DDMMÅÅ-SSSS. Det enda tecknet utöver siffrorna är ett "-" direkt efter födelsedatumet.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The number fails the old modulus 11 check. Numbers issued since 2007 may do so; check it against the CPR register.</source>
        <translation>Numret klarar inte den gamla modulus 11-kontrollen. Det kan gälla nummer som har tilldelats sedan 2007. Kontrollera numret mot CPR-registret.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No national ID number was entered.</source>
        <translation>Inget personnummer har angetts.</translation>
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
        <translation>Syntetiskt testnummer</translation>
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
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress plans</source>
        <translation>Framdriftsplaner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clients</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What is due soon, what is late, and what the database holds.</source>
        <translation>Vad som ska göras snart, vad som är försenat och vad databasen innehåller.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The people you decide services for, and the people around them.</source>
        <translation>De personer du fattar beslut om insatser för, och deras nätverk.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Evaluation meetings in reviews, and responsibility group meetings.</source>
        <translation>Uppföljningsmöten och möten i samordningsgrupper (SIP-möten).</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Progress plans: the reviews of decisions, step by step, with deadlines and the caseworkers responsible.</source>
        <translation>Framdriftsplaner: uppföljningen av beslut steg för steg, med tidsfrister och ansvariga biståndshandläggare.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Decisions, their services and hours, and where each is in its life: draft, approved, sent, in force.</source>
        <translation>Beslut med insatser och timmar, och var varje beslut befinner sig: utkast, godkänt, skickat, gällande.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The letter templates: pre-notice, meeting invitation, minutes and decision letter.</source>
        <translation>Brevmallarna: underrättelse om uppföljning, kallelse till möte, minnesanteckningar och beslutsbrev.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Letters issued, and the share of decisions followed up.</source>
        <translation>Expedierade brev och andelen beslut som har följts upp.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language, the office and the database.</source>
        <translation>Språk, verksamheten och databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/newdatabasedialog.cpp" line="+21" />
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Choose a file for the new database.</source>
        <translation>Välj en fil för den nya databasen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is already a file with this name. Choose another name, or open the file from the File menu.</source>
        <translation>Det finns redan en fil med det här namnet. Välj ett annat namn, eller öppna filen från menyn Arkiv.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>New database</source>
        <translation>Ny databas</translation>
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
        <translation>Skapa utkast</translation>
    </message>
    <message>
        <location line="+42" />
        <source>No client matches.</source>
        <translation>Ingen brukare matchar sökningen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>For %1.</source>
        <translation>För %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the client from the list that appears as you type.</source>
        <translation>Välj brukaren i listan som visas medan du skriver.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nothing: a first decision</source>
        <translation>Inget – första beslutet</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, från %3)</translation>
    </message>
</context>
<context>
    <name>fremdrift::NewUserDialog</name>
    <message>
        <location filename="../ui/users/usersdialog.cpp" line="+344" />
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. Social worker</source>
        <translation>t.ex. Biståndshandläggare</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>R&amp;oll:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Befattning:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;peat it:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Ett lösenord måste ha minst %n tecken.</numerusform>
            <numerusform>Ett lösenord måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>De två lösenorden är olika. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::OfficeDetailsStore</name>
    <message>
        <location filename="../core/letters/officedetails.cpp" line="+87" />
        <source>Give the office's name.</source>
        <translation>Ange verksamhetens namn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The logo is larger than 1 MB: use a smaller image.</source>
        <translation>Logotypen är större än 1 MB. Använd en mindre bild.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The logo is not an image Fremdrift can read.</source>
        <translation>Logotypen är inte en bild som Fremdrift kan läsa.</translation>
    </message>
</context>
<context>
    <name>fremdrift::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/optionaldateedit.cpp" line="+16" />
        <source>Press Delete to leave the date empty.</source>
        <translation>Tryck på Delete för att lämna datumet tomt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="+94" />
        <source>S&amp;how:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Evaluations within:</source>
        <translation>&amp;Uppföljningar inom:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <location line="+99" />
        <source>&amp;Add to plan…</source>
        <translation>&amp;Lägg till i plan…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add the chosen decisions (or all listed) to a progress plan</source>
        <translation>Lägg till de valda besluten (eller alla i listan) i en framdriftsplan</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing is late.</source>
        <translation>Inget är försenat.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing more is due this week.</source>
        <translation>Inget mer ska vara klart den här veckan.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No meetings coming.</source>
        <translation>Inga kommande möten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No open plans.</source>
        <translation>Inga öppna planer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every decision due for evaluation is in a plan.</source>
        <translation>Alla beslut som ska följas upp ingår i en plan.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No open reviews.</source>
        <translation>Inga pågående uppföljningar.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Me (%1)</source>
        <translation>Jag (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+111" />
        <source>everyone</source>
        <translation>alla</translation>
    </message>
    <message>
        <location line="+5" />
        <source>My late steps</source>
        <translation>Mina försenade steg</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Late steps: %1</source>
        <translation>Försenade steg: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My steps due this week</source>
        <translation>Mina steg som ska vara klara den här veckan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due this week: %1</source>
        <translation>Ska vara klart den här veckan: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meetings in the next %1 days (%2)</source>
        <translation>Möten de närmaste %1 dagarna (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open plans (%1)</source>
        <translation>Öppna planer (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Decisions to evaluate within %n week(s) that are in no plan (%1)</source>
        <translation>
            <numerusform>Beslut som ska följas upp inom %n vecka och inte ingår i någon plan (%1)</numerusform>
            <numerusform>Beslut som ska följas upp inom %n veckor och inte ingår i någon plan (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workload per caseworker</source>
        <translation>Arbetsbelastning per handläggare</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No database is open</source>
        <translation>Ingen databas är öppen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a new database or open an existing one from the File menu.</source>
        <translation>Skapa en ny databas eller öppna en befintlig från menyn Arkiv.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fremdrift</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, %2. Following the rules of %3.</source>
        <translation>%1, %2. Följer regelverket i %3.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>Add %n decision(s) to review to which progress plan?</source>
        <translation>
            <numerusform>Vilken framdriftsplan ska beslutet läggas till i för uppföljning?</numerusform>
            <numerusform>Vilken framdriftsplan ska de %n besluten läggas till i för uppföljning?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n review(s) added to the plan.</source>
        <translation>
            <numerusform>%n uppföljning har lagts till i planen.</numerusform>
            <numerusform>%n uppföljningar har lagts till i planen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::ParsedTemplate</name>
    <message>
        <location filename="../core/letters/templatelanguage.cpp" line="+785" />
        <source>The part «%1» is unknown: pick one from the list of parts.</source>
        <translation>Delen «%1» är okänd. Välj en del i listan över delar.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The field «%1» is unknown: pick one from the list of fields.</source>
        <translation>Fältet «%1» är okänt. Välj ett fält i listan över fält.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PasswordDialog</name>
    <message>
        <location filename="../ui/login/passworddialog.cpp" line="+23" />
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>A new password for %1. It needs at least %n characters.</source>
        <translation>
            <numerusform>Ett nytt lösenord för %1. Det måste ha minst %n tecken.</numerusform>
            <numerusform>Ett nytt lösenord för %1. Det måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Current password:</source>
        <translation>Nu&amp;varande lösenord:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The two new passwords differ. Type the same one twice.</source>
        <translation>De två nya lösenorden är olika. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Passwords</name>
    <message numerus="yes">
        <location filename="../core/security/passwords.cpp" line="+45" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Ett lösenord måste ha minst %n tecken.</numerusform>
            <numerusform>Ett lösenord måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A password may have at most %n characters.</source>
        <translation>
            <numerusform>Ett lösenord får ha högst %n tecken.</numerusform>
            <numerusform>Ett lösenord får ha högst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>A password cannot be only spaces.</source>
        <translation>Ett lösenord kan inte bestå av bara mellanslag.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The password library could not start.</source>
        <translation>Lösenordsbiblioteket kunde inte startas.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is not enough memory to protect the password. Close other programs and try again.</source>
        <translation>Det finns inte tillräckligt med minne för att skydda lösenordet. Stäng andra program och försök igen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Permissions</name>
    <message>
        <location filename="../core/workflow/permissions.cpp" line="+18" />
        <source>Reading cases needs an active user.</source>
        <translation>För att läsa ärenden krävs en aktiv användare.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changing cases needs a caseworker, leader or administrator.</source>
        <translation>För att ändra i ärenden krävs rollen biståndshandläggare, enhetschef eller administratör.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only a leader may approve or refuse a decision.</source>
        <translation>Bara en enhetschef får godkänna eller avslå ett beslut.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may manage users.</source>
        <translation>Bara en administratör får hantera användare.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may change letter templates.</source>
        <translation>Bara en administratör får ändra brevmallar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may change the office's settings.</source>
        <translation>Bara en administratör får ändra verksamhetens inställningar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may restore a backup: it replaces everyone's work since the backup was made.</source>
        <translation>Bara en administratör får återställa en säkerhetskopia: den ersätter allt arbete som alla har gjort sedan säkerhetskopian skapades.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 (%2) may not do this. %3</source>
        <translation>%1 (%2) har inte behörighet till detta. %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is deactivated and may not do this.</source>
        <translation>%1 är inaktiverad och har inte behörighet till detta.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanDialog</name>
    <message>
        <location filename="../ui/plans/plandialog.cpp" line="+46" />
        <source>New task plan</source>
        <translation>Ny aktivitetsplan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New progress plan</source>
        <translation>Ny framdriftsplan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit plan</source>
        <translation>Ändra plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Review of 7 decisions at Snurruhagen</source>
        <translation>Uppföljning av 7 beslut på Snurruhagen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the plan is to achieve, and why</source>
        <translation>Vad planen ska uppnå, och varför</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Meeting held 9 January</source>
        <translation>Möte hållet 9 januari</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Start:</source>
        <translation>S&amp;tartdatum:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Deadline:</source>
        <translation>Klart &amp;senast:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>U&amp;nits covered:</source>
        <translation>E&amp;nheter som omfattas:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Responsible caseworkers:</source>
        <translation>&amp;Ansvariga handläggare:</translation>
    </message>
    <message>
        <location line="+151" />
        <source>The plan was not saved:</source>
        <translation>Planen sparades inte:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>This is the plan as now saved. Make your changes again and save.</source>
        <translation>Så här ser planen ut som den är sparad nu. Gör dina ändringar igen och spara.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanListModel</name>
    <message>
        <location filename="../ui/plans/planlistmodel.cpp" line="+49" />
        <source>Task plan</source>
        <translation>Aktivitetsplan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Progress plan</source>
        <translation>Framdriftsplan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closed %1</source>
        <translation>Avslutad %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>%1 of %n task(s) done</source>
        <translation>
            <numerusform>%1 av %n aktivitet klar</numerusform>
            <numerusform>%1 av %n aktiviteter klara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %n review(s) finished; %2 of %3 steps done</source>
        <translation>
            <numerusform>%1 av %n uppföljning klar, %2 av %3 steg klara</numerusform>
            <numerusform>%1 av %n uppföljningar klara, %2 av %3 steg klara</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tasks past their deadline</source>
        <translation>Aktiviteter som har passerat tidsfristen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steps past their due date</source>
        <translation>Steg som har passerat tidsfristen</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late</source>
        <translation>Försenade</translation>
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
        <translation>FÖRSENAT</translation>
    </message>
    <message numerus="yes">
        <location line="+48" />
        <source>%1 (%n review(s))</source>
        <translation>
            <numerusform>%1 (%n uppföljning)</numerusform>
            <numerusform>%1 (%n uppföljningar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Done on %1 by %2</source>
        <translation>Klart %1 av %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Due %1</source>
        <translation>Senast %1</translation>
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
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+32" />
        <location line="+86" />
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location line="-117" />
        <location line="+32" />
        <location line="+86" />
        <source>Responsible</source>
        <translation>Ansvarig</translation>
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
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <location line="+87" />
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location line="-96" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+181" />
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="-174" />
        <location line="+73" />
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="-71" />
        <source>Late</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+35" />
        <source>Client</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="-35" />
        <location line="+36" />
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+102" />
        <source>Reviews</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location line="-127" />
        <source>No decisions are added yet.</source>
        <translation>Inga beslut har lagts till ännu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>✓ done on the date shown; otherwise the date the step is due.</source>
        <translation>✓ klart det datum som visas; annars datumet då steget ska vara klart.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>late</source>
        <translation>försenat</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Late steps (%1)</source>
        <translation>Försenade steg (%1)</translation>
    </message>
    <message>
        <location line="-106" />
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The whole plan</source>
        <translation>Hela planen</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Tasks</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="-86" />
        <source>Task</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Generated %1 by %2.</source>
        <translation>Skapad %1 av %2.</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Timeline: %1</source>
        <translation>Tidslinje: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Could not start printing.</source>
        <translation>Det gick inte att starta utskriften.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Could not write the PDF file %1.</source>
        <translation>Det gick inte att skriva PDF-filen %1.</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanRepository</name>
    <message>
        <location filename="../core/repository/planrepository.cpp" line="+160" />
        <source>Give the plan a title.</source>
        <translation>Ge planen en rubrik.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date the plan starts: the steps' due dates count from it.</source>
        <translation>Ange datum då planen börjar. Stegens tidsfrister räknas från det datumet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the plan's deadline.</source>
        <translation>Ange när planen ska vara klar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deadline cannot come before the start.</source>
        <translation>Tidsfristen kan inte ligga före startdatumet.</translation>
    </message>
    <message>
        <location line="+111" />
        <source>There is no plan with id %1.</source>
        <translation>Det finns ingen plan med id %1.</translation>
    </message>
    <message>
        <location line="+154" />
        <source>Give the date the plan was closed.</source>
        <translation>Ange datum då planen avslutades.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>"%1" is a task plan: it holds tasks, not reviews.</source>
        <translation>"%1" är en aktivitetsplan. Den innehåller aktiviteter, inte uppföljningar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plan "%1" is closed.</source>
        <translation>Planen "%1" är avslutad.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>There is no decision with id %1.</source>
        <translation>Det finns inget beslut med id %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Decision %1 is "%2": only a decision that applies can be reviewed.</source>
        <translation>Beslut %1 har status "%2". Bara beslut som gäller kan följas upp.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Decision %1 is already being reviewed.</source>
        <translation>Beslut %1 följs redan upp.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>There is no review with id %1.</source>
        <translation>Det finns ingen uppföljning med id %1.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>The review of %1 has steps done and stays in the plan; reopen them first.</source>
        <translation>Uppföljningen av %1 har steg som är klara och ligger kvar i planen. Öppna stegen igen först.</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+11" />
        <source>There is no review step with id %1.</source>
        <translation>Det finns inget uppföljningssteg med id %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The step "%1" is done and cannot be changed; reopen it first.</source>
        <translation>Steget "%1" är klart och kan inte ändras. Öppna det igen först.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>Say why the step is reopened; it is recorded.</source>
        <translation>Ange varför steget öppnas igen. Skälet sparas.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The review has no step for the meeting.</source>
        <translation>Uppföljningen har inget steg för mötet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The meeting was agreed in a step that is done; reopen it to link another meeting.</source>
        <translation>Mötet bokades i ett steg som är klart. Öppna steget igen för att koppla ett annat möte.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>The new decision %1 is already written for this review.</source>
        <translation>Det nya beslutet %1 har redan skrivits för den här uppföljningen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Complete the step "%1" first: the new decision is written from it.</source>
        <translation>Slutför steget "%1" först: det nya beslutet skrivs utifrån det.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>A step cannot be done in the future.</source>
        <translation>Ett steg kan inte bli klart ett datum i framtiden.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Say what the task is.</source>
        <translation>Ange vad aktiviteten gäller.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A task cannot be done in the future.</source>
        <translation>En aktivitet kan inte bli klar ett datum i framtiden.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>There is no task with id %1.</source>
        <translation>Det finns ingen aktivitet med id %1.</translation>
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
        <translation>Klart</translation>
    </message>
    <message>
        <location line="-71" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Once for the whole plan, when all its decisions exist.</source>
        <translation>En gång för hela planen, när alla dess beslut finns.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The earliest due date of the reviews that have not done this step.</source>
        <translation>Den tidigaste tidsfristen bland de uppföljningar där steget inte är klart.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n review(s) past the due date of this step</source>
        <translation>
            <numerusform>%n uppföljning har passerat tidsfristen för steget</numerusform>
            <numerusform>%n uppföljningar har passerat tidsfristen för steget</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50" />
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Late</source>
        <translation>Försenade</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanTasksModel</name>
    <message>
        <location filename="../ui/plans/plantasksmodel.cpp" line="+131" />
        <source>Past its deadline and not done.</source>
        <translation>Tidsfristen har passerat och aktiviteten är inte klar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick when done; double-click the date to change it.</source>
        <translation>Markera när aktiviteten är klar. Dubbelklicka på datumet för att ändra det.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Task</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanTimeline</name>
    <message>
        <location filename="../ui/plans/plantimeline.cpp" line="+21" />
        <source>Timeline of the plan's reviews</source>
        <translation>Tidslinje för planens uppföljningar</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Done on %1</source>
        <translation>Klart %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Late: due %1</source>
        <translation>Försenat: senast %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due %1</source>
        <translation>Senast %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanTimelinePainter</name>
    <message>
        <location filename="../core/documents/plantimelinepainter.cpp" line="+166" />
        <location line="+9" />
        <source>W%1</source>
        <translation>v.%1</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Late</source>
        <translation>Försenat</translation>
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
        <translation>Klart senast</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlanViewWidget</name>
    <message>
        <location filename="../ui/plans/planview.cpp" line="+76" />
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="+20" />
        <source>← &amp;Plans</source>
        <translation>← &amp;Planer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the list of plans</source>
        <translation>Tillbaka till listan med planer</translation>
    </message>
    <message>
        <location line="+37" />
        <source>&amp;Add decisions…</source>
        <translation>&amp;Lägg till beslut…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit plan…</source>
        <translation>&amp;Ändra plan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Staffing reviewed…</source>
        <translation>&amp;Bemanning genomgången…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close p&amp;lan…</source>
        <translation>&amp;Avsluta planen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send pre-&amp;notices…</source>
        <translation>Skicka u&amp;nderrättelser…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issues the pre-notice letters of every review that still lacks one</source>
        <translation>Expedierar underrättelse om uppföljning för alla uppföljningar som ännu saknar en</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;xport PDF…</source>
        <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>&amp;Open review</source>
        <translation>&amp;Öppna uppföljning</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Give to</source>
        <translation>Ö&amp;verlämna till</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the chosen review to another of the plan's caseworkers</source>
        <translation>Lämna över den valda uppföljningen till en annan av planens handläggare</translation>
    </message>
    <message>
        <location line="+4" />
        <source>✓ done on the date shown · otherwise due · red: late · bold: the step the review is at</source>
        <translation>✓ klart det datum som visas · annars senast · rött: försenat · fetstil: steget som uppföljningen befinner sig i</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Add &amp;task</source>
        <translation>Lägg till a&amp;ktivitet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove task</source>
        <translation>&amp;Ta bort aktivitet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Double-click a cell to change it; tick Done when a task is done.</source>
        <translation>Dubbelklicka på en cell för att ändra den. Markera Klar när en aktivitet är klar.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Reviews (%1)</source>
        <translation>Uppföljningar (%1)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Deadline:</source>
        <translation>Klart senast:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
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
        <translation>Ansvariga:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed:</source>
        <translation>Avslutad:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>done %1</source>
        <translation>klart %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message numerus="yes">
        <location line="+49" />
        <source>%n review(s) added to the plan.</source>
        <translation>
            <numerusform>%n uppföljning har lagts till i planen.</numerusform>
            <numerusform>%n uppföljningar har lagts till i planen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37" />
        <source>Close plan</source>
        <translation>Avsluta plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close “%1”? A closed plan is kept and can be printed, but no longer changed.</source>
        <translation>Vill du avsluta ”%1”? En avslutad plan sparas och kan skrivas ut, men går inte längre att ändra.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Print plan</source>
        <translation>Skriv ut plan</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export plan as PDF</source>
        <translation>Exportera planen som PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The plan is saved as %1.</source>
        <translation>Planen har sparats som %1.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>New task</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Remove task</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the task “%1”?</source>
        <translation>Vill du ta bort aktiviteten ”%1”?</translation>
    </message>
</context>
<context>
    <name>fremdrift::Plans</name>
    <message>
        <location filename="../core/domain/progressplan.cpp" line="+71" />
        <source>Follow-up meeting planned (at least 8 weeks ahead)</source>
        <translation>Uppföljningsmöte planerat (minst 8 veckor i förväg)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pre-notice of evaluation sent</source>
        <translation>Underrättelse om uppföljning skickad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation meeting agreed</source>
        <translation>Uppföljningsmöte bokat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Written status from the supplier (14 days before)</source>
        <translation>Skriftlig lägesrapport från utföraren (14 dagar före)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting held, new investigation started</source>
        <translation>Möte hållet, ny utredning påbörjad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medical information obtained</source>
        <translation>Medicinska uppgifter inhämtade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Investigation finished with recommendation</source>
        <translation>Utredning klar med förslag till beslut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision written and sent</source>
        <translation>Beslut skrivet och skickat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision put into effect</source>
        <translation>Beslutet verkställt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Staffing and rotas reviewed</source>
        <translation>Bemanning och scheman genomgångna</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Planning</source>
        <translation>Planering</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pre-notice</source>
        <translation>Underrättelse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting agreed</source>
        <translation>Möte bokat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier status</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting held</source>
        <translation>Möte hållet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medical info</source>
        <translation>Medicinska uppg.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Investigation</source>
        <translation>Utredning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision sent</source>
        <translation>Beslut skickat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Staffing</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit leader</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Department leader</source>
        <translation>Verksamhetschef</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Primary contact</source>
        <translation>Kontaktman</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplier</source>
        <translation>Utförare</translation>
    </message>
</context>
<context>
    <name>fremdrift::PlansPage</name>
    <message>
        <location filename="../ui/plans/planspage.cpp" line="+84" />
        <source>Open plans</source>
        <translation>Öppna planer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed plans</source>
        <translation>Avslutade planer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All plans</source>
        <translation>Alla planer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only plans I am &amp;responsible for</source>
        <translation>Bara planer som jag är &amp;ansvarig för</translation>
    </message>
    <message>
        <location line="+2" />
        <source>S&amp;how:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>New &amp;progress plan…</source>
        <translation>Ny &amp;framdriftsplan…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New &amp;task plan…</source>
        <translation>Ny a&amp;ktivitetsplan…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
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
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location line="-4" />
        <source>&amp;Write pre-notice…</source>
        <translation>Skriv &amp;underrättelse…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writes the letter from the office's template, shows it, and issues it into the archive</source>
        <translation>Skriver brevet utifrån verksamhetens mall, visar det, expedierar det och sparar det i arkivet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Issuing the letter fills in when, how and to whom it was sent, and completes this step. A pre-notice sent some other way is recorded here by hand.</source>
        <translation>När brevet expedieras fylls det i när, hur och till vem det skickades, och steget slutförs. En underrättelse som har skickats på annat sätt registreras här för hand.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Sent on:</source>
        <translation>&amp;Skickat den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent &amp;how:</source>
        <translation>&amp;Hur den skickades:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent &amp;to:</source>
        <translation>Skickad &amp;till:</translation>
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
        <translation>någon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 on %2 (since %3)</source>
        <translation>%1 på %2 (sedan %3)</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReportsPage</name>
    <message>
        <location filename="../ui/reports/reportspage.cpp" line="+49" />
        <source>&amp;Audit log</source>
        <translation>&amp;Granskningslogg</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L&amp;etters</source>
        <translation>Br&amp;ev</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Only administrators can see the audit log.</source>
        <translation>Bara administratörer kan se granskningsloggen.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>All clients; type a name to choose one</source>
        <translation>Alla brukare. Skriv ett namn för att välja en brukare</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Staff:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;lient:</source>
        <translation>&amp;Brukare:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Check the chain</source>
        <translation>&amp;Kontrollera kedjan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checks that no row of the audit log was changed, added or removed afterwards.</source>
        <translation>Kontrollerar att ingen rad i granskningsloggen har ändrats, lagts till eller tagits bort i efterhand.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Access &amp;report…</source>
        <translation>Åtkomst&amp;rapport…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who opened or changed the client's record: for printing.</source>
        <translation>Vem som har öppnat eller ändrat brukarens uppgifter, för utskrift.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the client's access report as a PDF file.</source>
        <translation>Sparar brukarens åtkomstrapport som en PDF-fil.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (deactivated)</source>
        <translation>%1 (inaktiverad)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Client %1</source>
        <translation>Brukare %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n row(s), newest first</source>
        <translation>
            <numerusform>%n rad, nyaste först</numerusform>
            <numerusform>%n rader, nyaste först</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The audit log's chain holds: none of its %n row(s) was changed, added or removed afterwards.</source>
        <translation>
            <numerusform>Granskningsloggens kedja är obruten: dess %n rad har inte ändrats, lagts till eller tagits bort i efterhand.</numerusform>
            <numerusform>Granskningsloggens kedja är obruten: ingen av dess %n rader har ändrats, lagts till eller tagits bort i efterhand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>The audit log's chain is broken at row %1: a row was changed, added or removed afterwards.</source>
        <translation>Granskningsloggens kedja är bruten vid rad %1: en rad har ändrats, lagts till eller tagits bort i efterhand.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+2" />
        <source>Access report for %1</source>
        <translation>Åtkomstrapport för %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The access report is in %1.</source>
        <translation>Åtkomstrapporten har sparats i %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Access report %1.pdf</source>
        <translation>Åtkomstrapport %1.pdf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the access report</source>
        <translation>Spara åtkomstrapporten</translation>
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
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location line="-90" />
        <source>Backups of %1 in %2, newest first. Restoring replaces the database with the backup you choose; the current file is kept beside it, ending in “.before-restore”.</source>
        <translation>Säkerhetskopior av %1 i %2, nyaste först. Vid återställning ersätts databasen med den säkerhetskopia du väljer. Den nuvarande filen sparas bredvid, med ändelsen ”.before-restore”.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There are no backups of this database yet.</source>
        <translation>Det finns inga säkerhetskopior av den här databasen än.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The database cannot be restored while others use it: %1. Ask them to close Fremdrift, then try again.</source>
        <translation>Databasen kan inte återställas medan andra använder den: %1. Be dem att stänga Fremdrift och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Replace %1 with the backup made %2?

Everything saved since then is no longer in the database. The current file is kept as %3.</source>
        <translation>Vill du ersätta %1 med säkerhetskopian från %2?

Allt som har sparats sedan dess försvinner från databasen. Den nuvarande filen sparas som %3.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewGridModel</name>
    <message>
        <location filename="../ui/plans/reviewgridmodel.cpp" line="+86" />
        <source>%1: done on %2</source>
        <translation>%1: klart %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: done on %2 by %3</source>
        <translation>%1: klart %2 av %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: late, due %2</source>
        <translation>%1: försenat, senast %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: due %2</source>
        <translation>%1: senast %2</translation>
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
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewHeader</name>
    <message>
        <location filename="../ui/reviews/reviewheader.cpp" line="+28" />
        <source>&amp;Reload</source>
        <translation>Läs in ige&amp;n</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Read the review as it is saved now; your changes here are dropped.</source>
        <translation>Läs in uppföljningen som den är sparad nu. Dina ändringar här försvinner.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Unit: %1</source>
        <translation>Enhet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 under review: %2</source>
        <translation>%1 som följs upp: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caseworker: %1</source>
        <translation>Handläggare: %1</translation>
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
        <translation>Uppföljningsmöte – %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewRules</name>
    <message>
        <location filename="../core/workflow/reviewworkflow.cpp" line="+57" />
        <source>%1 cannot be after the day the step is done (%2).</source>
        <translation>%1 kan inte ligga efter dagen då steget blev klart (%2).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Give the date the pre-notice was sent.</source>
        <translation>Ange datum då underrättelsen om uppföljning skickades.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say who the pre-notice was sent to: the client, and the guardian if there is one.</source>
        <translation>Ange vem underrättelsen skickades till: brukaren, och god man/förvaltare om det finns någon.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Recipient %1 has no name.</source>
        <translation>Mottagare %1 saknar namn.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Say how it was sent: by post, digitally or by hand.</source>
        <translation>Ange hur beslutet skickades: med post, digitalt eller personligen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the date planned for the follow-up meeting.</source>
        <translation>Ange planerat datum för uppföljningsmötet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The planned meeting date must come after the planning starts.</source>
        <translation>Det planerade mötesdatumet måste ligga efter att planeringen har börjat.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agree the meeting first: its time, place and who takes part.</source>
        <translation>Boka mötet först: tid, plats och vilka som deltar.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The meeting has no date and time.</source>
        <translation>Mötet saknar datum och tid.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the meeting's place or its video link.</source>
        <translation>Ange mötets plats eller videolänk.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name the participants: the person, relative or guardian, caseworker and primary contact.</source>
        <translation>Ange deltagarna: den enskilde, anhörig eller god man/förvaltare, handläggare och kontaktman.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say how the meeting was agreed: by letter or by phone.</source>
        <translation>Ange hur mötet bokades: med kallelse eller per telefon.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give the date the supplier's written status came.</source>
        <translation>Ange datum då utförarens skriftliga lägesrapport kom in.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sum up the supplier's status.</source>
        <translation>Sammanfatta utförarens lägesrapport.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no evaluation meeting: agree it in the step before.</source>
        <translation>Det finns inget uppföljningsmöte. Boka det i föregående steg.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mark the meeting as held.</source>
        <translation>Markera mötet som hållet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The meeting is on %1: it cannot have been held yet.</source>
        <translation>Mötet är %1 och kan inte ha hållits ännu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record who attended the meeting.</source>
        <translation>Registrera vilka som deltog i mötet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the minutes of the meeting.</source>
        <translation>Skriv minnesanteckningar från mötet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say who took the minutes.</source>
        <translation>Ange vem som förde minnesanteckningar.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The investigation must describe: %1.</source>
        <translation>Utredningen måste beskriva: %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Assess the consent competence: full, partial or none.</source>
        <translation>Bedöm beslutsförmågan: full, delvis eller ingen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say whether an individual plan exists, is needed or not.</source>
        <translation>Ange om det finns en individuell plan, eller om en sådan behövs eller inte.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Describe the needs in the life area "%1" (write "no needs" if there are none).</source>
        <translation>Beskriv behoven inom livsområdet "%1" (skriv "inga behov" om det inte finns några).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the date of the new %1 assessment.</source>
        <translation>Ange datum för den nya bedömningen enligt %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Score every item of the %1 assessment; missing: %2.</source>
        <translation>Bedöm varje punkt i bedömningen enligt %1. Saknas: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Record the request for medical information to the GP (and to specialists where relevant).</source>
        <translation>Registrera begäran om medicinska uppgifter till fast läkarkontakt (och vid behov till specialistvården).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Request %1: say whom it went to.</source>
        <translation>Förfrågan %1: ange vem den skickades till.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Request %1: say what was asked.</source>
        <translation>Förfrågan %1: ange vad som efterfrågades.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Request %1: give the date it was sent.</source>
        <translation>Förfrågan %1: ange datum då den skickades.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request %1 has not been answered yet.</source>
        <translation>Förfrågan %1 har inte besvarats ännu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request %1 cannot be answered before it was sent.</source>
        <translation>Förfrågan %1 kan inte ha besvarats innan den skickades.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request %1: sum up the answer.</source>
        <translation>Förfrågan %1: sammanfatta svaret.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Estimate the hours of each service.</source>
        <translation>Beräkna timmarna för varje insats.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Estimate %1: choose a service from the list.</source>
        <translation>Beräkning %1: välj en insats i listan.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Estimate %1: hours a week must be between 0 and 168.</source>
        <translation>Beräkning %1: timmar per vecka måste vara mellan 0 och 168.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Estimate %1 has no hours.</source>
        <translation>Beräkning %1 saknar timmar.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Write the recommendation.</source>
        <translation>Skriv förslaget till beslut.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Discuss the decision with the unit leader before approval: who and when.</source>
        <translation>Diskutera beslutet med enhetschefen före godkännandet: med vem och när.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Discuss the decision with the department leader before approval: who and when.</source>
        <translation>Diskutera beslutet med verksamhetschefen före godkännandet: med vem och när.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give the date the primary contact was contacted.</source>
        <translation>Ange datum då kontaktmannen kontaktades.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <source>Give the date the action plan was updated.</source>
        <translation>Ange datum då genomförandeplanen uppdaterades.</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Write the new decision first.</source>
        <translation>Skriv det nya beslutet först.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The new decision lacks: %1.</source>
        <translation>Det nya beslutet saknar: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new decision %1 is "%2": it must be approved and sent.</source>
        <translation>Det nya beslutet %1 har status "%2". Det måste godkännas och skickas.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no new decision to put into effect.</source>
        <translation>Det finns inget nytt beslut att verkställa.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put the new decision in force first; the complaint deadline runs until %1.</source>
        <translation>Verkställ det nya beslutet först. Överklagandetiden löper till och med %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the new decision in force first.</source>
        <translation>Verkställ det nya beslutet först.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date the department leader was informed.</source>
        <translation>Ange datum då verksamhetschefen informerades.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the date the primary contact was informed.</source>
        <translation>Ange datum då kontaktmannen informerades.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date the care record was updated.</source>
        <translation>Ange datum då journalen uppdaterades.</translation>
    </message>
    <message>
        <location line="+120" />
        <source>This step was done on %1.</source>
        <translation>Steget blev klart %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the date the step was done.</source>
        <translation>Ange datum då steget blev klart.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A step cannot be done in the future.</source>
        <translation>Ett steg kan inte bli klart ett datum i framtiden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Complete the step "%1" first.</source>
        <translation>Slutför steget "%1" först.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The step before was done on %1; this one cannot be done earlier.</source>
        <translation>Föregående steg blev klart %1. Det här steget kan inte bli klart tidigare.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The step is not done.</source>
        <translation>Steget är inte klart.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reopen the step "%1" first: it comes later and is done.</source>
        <translation>Öppna steget "%1" igen först. Det kommer senare och är redan klart.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The scope and description of each service</source>
        <translation>Omfattning och beskrivning av varje insats</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Own time and time shared with others, for each service</source>
        <translation>Enskild tid och gemensam tid för varje insats</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No fixed end date</source>
        <translation>Inget fast slutdatum</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When the decision will be evaluated</source>
        <translation>När beslutet ska följas upp</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The previous allocation and the changes (replaces %1)</source>
        <translation>Tidigare beviljade insatser och förändringarna (ersätter %1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Staffing was reviewed on %1.</source>
        <translation>Bemanningen gicks igenom %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the date staffing and rotas were reviewed.</source>
        <translation>Ange datum då bemanning och scheman gicks igenom.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plan has no reviews.</source>
        <translation>Planen har inga uppföljningar.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Staffing is reviewed when all the plan's decisions are in force; still waiting: %1.</source>
        <translation>Bemanningen gås igenom när alla planens beslut har börjat gälla. Väntar fortfarande på: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write what was reviewed and changed in staffing and rotas.</source>
        <translation>Skriv vad som gicks igenom och ändrades i bemanning och scheman.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ReviewWindow</name>
    <message>
        <location filename="../ui/reviews/reviewwindow.cpp" line="+111" />
        <source>The step "%1" is done once for the whole plan, when all its decisions are in force: see the plan.</source>
        <translation>Steget "%1" görs en gång för hela planen, när alla dess beslut har börjat gälla. Se planen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The day the step was done</source>
        <translation>Dagen då steget blev klart</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Complete step</source>
        <translation>Slut&amp;för steget</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;open step…</source>
        <translation>Öppna steget i&amp;gen…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location line="+191" />
        <source>Done %1 by %2</source>
        <translation>Klart %1 av %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due %1, late</source>
        <translation>Senast %1, försenat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due %1</source>
        <translation>Senast %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+41" />
        <source>This step is done; reopen it to change it.</source>
        <translation>Steget är klart. Öppna det igen om du vill ändra det.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The step can be completed.</source>
        <translation>Steget kan slutföras.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Still needed to complete this step:</source>
        <translation>Det här behövs fortfarande för att slutföra steget:</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Review – %1</source>
        <translation>Uppföljning – %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>"%1" is done.</source>
        <translation>"%1" är klart.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reopen step</source>
        <translation>Öppna steget igen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why is "%1" reopened? The reason is recorded with the review.</source>
        <translation>Varför öppnas "%1" igen? Skälet sparas med uppföljningen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" is open again.</source>
        <translation>"%1" är öppet igen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>"%1" was completed meanwhile by %2 and can no longer be merged. Reload it to see it as saved.</source>
        <translation>"%1" har under tiden slutförts av %2 och kan inte längre sammanfogas. Läs in igen för att se steget som det är sparat.</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>The pre-notice is issued (%n letter(s)) and kept in the archive.</source>
        <translation>
            <numerusform>Underrättelsen om uppföljning har expedierats (%n brev) och sparats i arkivet.</numerusform>
            <numerusform>Underrättelsen om uppföljning har expedierats (%n brev) och sparats i arkivet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>Put in force early</source>
        <translation>Verkställ i förtid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The %1 runs until %2. Why must the decision be put in force before then? The reason is recorded.</source>
        <translation>Beslutets %1 löper till och med %2. Varför måste beslutet verkställas före dess? Skälet sparas.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is in force from %2.</source>
        <translation>%1 gäller från och med %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The step cannot be completed yet:</source>
        <translation>Steget kan inte slutföras ännu:</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the changes to this review?</source>
        <translation>Vill du spara ändringarna i uppföljningen?</translation>
    </message>
</context>
<context>
    <name>fremdrift::Role</name>
    <message>
        <location filename="../core/domain/staffuser.cpp" line="+33" />
        <source>Caseworker</source>
        <translation>Biståndshandläggare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leader (approves decisions)</source>
        <translation>Enhetschef (godkänner beslut)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
</context>
<context>
    <name>fremdrift::RoleDialog</name>
    <message>
        <location filename="../ui/users/usersdialog.cpp" line="+88" />
        <source>Change role</source>
        <translation>Ändra roll</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The role of %1 (%2) decides what they may do.</source>
        <translation>Rollen avgör vad %1 (%2) får göra.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Role:</source>
        <translation>R&amp;oll:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
</context>
<context>
    <name>fremdrift::SaveFile</name>
    <message>
        <location filename="../core/util/savefile.cpp" line="+15" />
        <source>%1 could not be written: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::SendDialog</name>
    <message>
        <location filename="../ui/decisions/senddialog.cpp" line="+93" />
        <source>The date sent cannot be in the future.</source>
        <translation>Datumet då beslutet skickades kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It cannot have been received before it was sent.</source>
        <translation>Beslutet kan inte ha tagits emot innan det skickades.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Received on %1.</source>
        <translation>Mottaget %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assumed received on %1.</source>
        <translation>Antas mottaget %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 (%3). In force from %4.</source>
        <translation>%1: %2 (%3). Gäller från och med %4.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ServiceComparisonModel</name>
    <message>
        <location filename="../ui/decisions/servicecomparisonmodel.cpp" line="+38" />
        <source>New: %1 h</source>
        <translation>Ny: %1 h</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removed: %1 h</source>
        <translation>Borttagen: %1 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h (own %2, shared %3)</source>
        <translation>%1 h (enskild %2, gemensam %3)</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Service</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous own</source>
        <translation>Tidigare enskild</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous shared</source>
        <translation>Tidigare gemensam</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New own</source>
        <translation>Ny enskild</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New shared</source>
        <translation>Ny gemensam</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change a week</source>
        <translation>Förändring per vecka</translation>
    </message>
</context>
<context>
    <name>fremdrift::Session</name>
    <message>
        <location filename="../core/workflow/session.cpp" line="+64" />
        <source>The database has no active staff user. An administrator must add one with fremdrift-cli user add.</source>
        <translation>Databasen har ingen aktiv användare. En administratör måste lägga till en med fremdrift-cli user add.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>There is no staff user called "%1".</source>
        <translation>Det finns ingen användare som heter "%1".</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is deactivated and cannot work in this database.</source>
        <translation>%1 är inaktiverad och kan inte arbeta i den här databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="+57" />
        <source>Check the database</source>
        <translation>Kontrollera databasen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff users…</source>
        <translation>Användare…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Interface language:</source>
        <translation>Programmets språk:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The language of menus and messages. The country's rules and legal terms follow the database.</source>
        <translation>Språket i menyer och meddelanden. Landets regler och juridiska termer bestäms av databasen.</translation>
    </message>
    <message>
        <location line="+142" />
        <source>e.g. Nordby municipality, care services office</source>
        <translation>t.ex. Nordby kommun, biståndsenheten</translation>
    </message>
    <message>
        <location line="-136" />
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Working as:</source>
        <translation>Inloggad som:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country's rules:</source>
        <translation>Landets regler:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access:</source>
        <translation>Åtkomst:</translation>
    </message>
    <message>
        <location line="+68" />
        <source>No database is open</source>
        <translation>Ingen databas är öppen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Read-only: %1</source>
        <translation>Skrivskyddad: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can be changed</source>
        <translation>Kan ändras</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Letterhead</source>
        <translation>Brevhuvud</translation>
    </message>
    <message>
        <location line="+9" />
        <source>One line each, e.g.
Postboks 1234
9615 Hammerfest</source>
        <translation>En rad per del, t.ex.
Box 1234
123 45 Nordby</translation>
    </message>
    <message>
        <location line="+15" />
        <source>C&amp;hoose image…</source>
        <translation>Väl&amp;j bild…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save letterhead</source>
        <translation>&amp;Spara brevhuvud</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Office &amp;name:</source>
        <translation>Verksamhetens &amp;namn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal &amp;address:</source>
        <translation>Post&amp;adress:</translation>
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
        <translation>&amp;Webbplats:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The database is read-only: %1</source>
        <translation>Databasen är skrivskyddad: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only an administrator can change the letterhead. You are working as %1 (%2).</source>
        <translation>Bara en administratör kan ändra brevhuvudet. Du är inloggad som %1 (%2).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose the office's logo</source>
        <translation>Välj verksamhetens logotyp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is not an image Fremdrift can read: %2</source>
        <translation>%1 är inte en bild som Fremdrift kan läsa: %2</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The letterhead is saved. Letters issued from now on print it.</source>
        <translation>Brevhuvudet har sparats. Brev som expedieras från och med nu får det nya brevhuvudet.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database is sound: the whole file was read and every rule holds.</source>
        <translation>Databasen är felfri: hela filen har lästs och alla regler är uppfyllda.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database has problems:</source>
        <translation>Databasen har problem:</translation>
    </message>
</context>
<context>
    <name>fremdrift::SqlErrors</name>
    <message>
        <location filename="../core/storage/sql.cpp" line="+38" />
        <location line="+32" />
        <source>The database reported an error.</source>
        <translation>Databasen rapporterade ett fel.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The database is busy: another user is saving. Try again in a moment.</source>
        <translation>Databasen är upptagen eftersom en annan användare sparar just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database is open read-only, so nothing can be saved.</source>
        <translation>Databasen är öppnad skrivskyddad, så inget kan sparas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken är full. Inget sparades. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file could not be read or written. Check that the drive is connected and try again.</source>
        <translation>Databasfilen gick inte att läsa eller skriva till. Kontrollera att enheten är ansluten och försök igen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Databasfilen är skadad. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>Ändringen bryter mot en regel i databasen och sparades inte.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Someone else deleted this record while you were working on it. Your changes were not saved.</source>
        <translation>Någon annan tog bort uppgifterna medan du arbetade med dem. Dina ändringar har inte sparats.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 saved this record at %2, after you opened it. Your changes were not saved: reload to see theirs, then make yours again.</source>
        <translation>%1 sparade uppgifterna %2, efter att du hade öppnat dem. Dina ändringar har inte sparats. Läs in igen för att se de nya ändringarna och gör sedan om dina ändringar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
</context>
<context>
    <name>fremdrift::StaffPasswordDialog</name>
    <message>
        <location filename="../ui/users/usersdialog.cpp" line="-65" />
        <source>Set password</source>
        <translation>Ange lösenord</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new password for %1 (%2). Tell it to them in person; they can change it themselves later.</source>
        <translation>Ett nytt lösenord för %1 (%2). Lämna det personligen till användaren, som själv kan byta det senare.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Ett lösenord måste ha minst %n tecken.</numerusform>
            <numerusform>Ett lösenord måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>De två lösenorden är olika. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::StaffingDialog</name>
    <message>
        <location filename="../ui/plans/staffingdialog.cpp" line="+21" />
        <source>Once for the whole plan, when all its decisions exist: the department leader reviews staffing plans and rotas with the assistant unit leader and the union representatives.</source>
        <translation>En gång för hela planen, när alla dess beslut finns: verksamhetschefen går igenom bemanningsplaner och scheman tillsammans med biträdande enhetschef och de fackliga företrädarna.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>What was changed in the rotas</source>
        <translation>Vad som ändrades i schemana</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Done on:</source>
        <translation>&amp;Klart den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Write what was reviewed: it is kept with the plan.</source>
        <translation>Skriv vad som gicks igenom. Det sparas med planen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::StepForms</name>
    <message>
        <location filename="../core/workflow/stepforms.cpp" line="+25" />
        <source>Health and well-being</source>
        <translation>Hälsa och välbefinnande</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Daily living and practical tasks</source>
        <translation>Vardag och praktiska sysslor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work, school or day activity</source>
        <translation>Arbete, skola eller daglig verksamhet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social life and leisure</source>
        <translation>Socialt liv och fritid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Family and network</source>
        <translation>Familj och nätverk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Economy</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Consent competence</source>
        <translation>Beslutsförmåga</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Consent competence assessed by</source>
        <translation>Beslutsförmåga bedömd av</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User participation</source>
        <translation>Den enskildes delaktighet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relatives' participation</source>
        <translation>Anhörigas delaktighet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The person's own needs, wishes and goals</source>
        <translation>Den enskildes egna behov, önskemål och mål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GP</source>
        <translation>Fast läkarkontakt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nearest relative</source>
        <translation>Närmast anhörig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs on all life areas</source>
        <translation>Behov inom alla livsområden</translation>
    </message>
</context>
<context>
    <name>fremdrift::StepPage</name>
    <message>
        <location filename="../ui/reviews/steppage.cpp" line="+27" />
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Set by hand, the due date no longer follows the plan's dates.</source>
        <translation>Tidsfristen är ändrad för hand och följer inte längre planens datum.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Due:</source>
        <translation>Klart &amp;senast:</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Done %1 by %2.</source>
        <translation>Klart %1 av %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late: not done yet.</source>
        <translation>Försenat: inte klart ännu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not done yet.</source>
        <translation>Inte klart ännu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsible: %1. %2</source>
        <translation>Ansvarig: %1. %2</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>Senast</translation>
    </message>
</context>
<context>
    <name>fremdrift::SupplierStatusForm</name>
    <message>
        <location filename="../ui/reviews/stepforms/supplierstatusform.cpp" line="+24" />
        <source>Status &amp;received on:</source>
        <translation>Lägesrapport &amp;mottagen den:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Summary:</source>
        <translation>&amp;Sammanfattning:</translation>
    </message>
</context>
<context>
    <name>fremdrift::TableSummaryModel</name>
    <message>
        <location filename="../ui/tablesummarymodel.cpp" line="+14" />
        <source>Clients</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relatives, guardians and contacts</source>
        <translation>Anhöriga, gode män/förvaltare och kontakter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress plans</source>
        <translation>Framdriftsplaner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter templates</source>
        <translation>Brevmallar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letters issued</source>
        <translation>Expedierade brev</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units and homes</source>
        <translation>Enheter och boenden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Kind of record</source>
        <translation>Typ</translation>
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
        <translation>Mallens källtext</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Bold</source>
        <translation>Fetstil</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bold text: &lt;b&gt;…&lt;/b&gt;</source>
        <translation>Fet text: &lt;b&gt;…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Italic text: &lt;i&gt;…&lt;/i&gt;</source>
        <translation>Kursiv text: &lt;i&gt;…&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A heading: &lt;h2&gt;…&lt;/h2&gt;</source>
        <translation>En rubrik: &lt;h2&gt;…&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subheading</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A smaller heading: &lt;h3&gt;…&lt;/h3&gt;</source>
        <translation>En mindre rubrik: &lt;h3&gt;…&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paragraph</source>
        <translation>Stycke</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A paragraph: &lt;p&gt;…&lt;/p&gt;</source>
        <translation>Ett stycke: &lt;p&gt;…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A bulleted list, one item per selected line: &lt;ul&gt;&lt;li&gt;…&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>En punktlista, en punkt per markerad rad: &lt;ul&gt;&lt;li&gt;…&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Problems in the template</source>
        <translation>Problem i mallen</translation>
    </message>
    <message>
        <location line="+20" />
        <source>What changed, and why (kept with the version)</source>
        <translation>Vad som har ändrats och varför (sparas med versionen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save as new version</source>
        <translation>S&amp;para som ny version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the template as its next version; letters issued from now on use it.</source>
        <translation>Sparar mallen som nästa version. Brev som expedieras från och med nu använder den.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;vert</source>
        <translation>&amp;Ångra ändringarna</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the template as it was saved.</source>
        <translation>Tillbaka till mallen som den sparades.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Note on this change:</source>
        <translation>&amp;Kommentar till ändringen:</translation>
    </message>
    <message>
        <location line="+115" />
        <source>Click to show where it is.</source>
        <translation>Klicka för att visa var det är.</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n error(s) in the template: it cannot be saved until they are put right.</source>
        <translation>
            <numerusform>%n fel i mallen: den kan inte sparas förrän felet är rättat.</numerusform>
            <numerusform>%n fel i mallen: den kan inte sparas förrän felen är rättade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n problem(s) in the sample letter: letters would be stopped until they are put right.</source>
        <translation>
            <numerusform>%n problem i exempelbrevet: brev skulle stoppas tills problemet är åtgärdat.</numerusform>
            <numerusform>%n problem i exempelbrevet: brev skulle stoppas tills problemen är åtgärdade.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>No problems in the template or the sample letter.</source>
        <translation>Inga problem i mallen eller exempelbrevet.</translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplateParser</name>
    <message>
        <location filename="../core/letters/templatelanguage.cpp" line="-670" />
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <location line="+137" />
        <source>The template is too large (over %1 million characters): check that the right file was chosen.</source>
        <translation>Mallen är för stor (över %1 miljoner tecken). Kontrollera att rätt fil har valts.</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>%n more error(s) not listed: fix the ones above and check again.</source>
        <translation>
            <numerusform>Ytterligare %n fel visas inte. Rätta felen ovan och kontrollera igen.</numerusform>
            <numerusform>Ytterligare %n fel visas inte. Rätta felen ovan och kontrollera igen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>The tag %1 is never closed: add }} at its end (a tag fits on one line), or write a brace meant as text as &amp;#123;.</source>
        <translation>Taggen %1 avslutas aldrig: lägg till }} i slutet (en tagg får plats på en rad), eller skriv en klammerparentes som ska stå som text som &amp;#123;.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The comment %1 is never closed: add }} where it should end.</source>
        <translation>Kommentaren %1 avslutas aldrig: lägg till }} där den ska sluta.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The tag %1 is empty: write a field name between the braces, or remove it.</source>
        <translation>Taggen %1 är tom: skriv ett fältnamn mellan klammerparenteserna, eller ta bort taggen.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The tag %1 starts an unknown kind of section: use {{#if …}}, {{#unless …}} or {{#part …}}.</source>
        <translation>Taggen %1 inleder en okänd typ av avsnitt: använd {{#if …}}, {{#unless …}} eller {{#part …}}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The tag %1 needs a part id, such as {{#part complaint_right}}.</source>
        <translation>Taggen %1 behöver ett id för en del, till exempel {{#part complaint_right}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 needs a field name, such as {{#%2 guardian.name}}.</source>
        <translation>Taggen %1 behöver ett fältnamn, till exempel {{#%2 guardian.name}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 holds more than one name: keep one, such as {{#%2 guardian.name}}.</source>
        <translation>Taggen %1 innehåller mer än ett namn: behåll ett, till exempel {{#%2 guardian.name}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>«%1» in %2 is not a valid name: use letters, digits and _, starting with a letter, and single dots between parts, such as guardian.name.</source>
        <translation>«%1» i %2 är inte ett giltigt namn: använd bokstäver, siffror och _, börja med en bokstav och skilj delarna åt med en enda punkt, till exempel guardian.name.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The part %1 is inside the part %2 (%3): parts cannot nest; close the first with {{/part}} before starting the next.</source>
        <translation>Delen %1 ligger inuti delen %2 (%3): delar kan inte ligga i varandra. Avsluta den första med {{/part}} innan nästa börjar.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The section %1 is nested more than %2 sections deep: close some sections before it.</source>
        <translation>Avsnittet %1 ligger mer än %2 avsnitt djupt: avsluta några avsnitt före det.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The tag %1 closes an unknown kind of section: use {{/if}}, {{/unless}} or {{/part}}.</source>
        <translation>Taggen %1 avslutar en okänd typ av avsnitt: använd {{/if}}, {{/unless}} eller {{/part}}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The tag %1 takes no name: write just %2.</source>
        <translation>Taggen %1 ska inte ha något namn: skriv bara %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 closes nothing: remove it, or add {{#%2 …}} where the section should start.</source>
        <translation>Taggen %1 avslutar ingenting: ta bort den, eller lägg till {{#%2 …}} där avsnittet ska börja.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The tag %1 cannot close %2, which is still open from %3: add %4 before %1.</source>
        <translation>Taggen %1 kan inte avsluta %2, som öppnades på %3 och fortfarande är öppet: lägg till %4 före %1.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The tag %1 takes no name: write just {{else}}.</source>
        <translation>Taggen %1 ska inte ha något namn: skriv bara {{else}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tag %1 is not directly inside an {{#if …}} or {{#unless …}} section: remove it, or put the section around it.</source>
        <translation>Taggen %1 ligger inte direkt inuti ett {{#if …}}- eller {{#unless …}}-avsnitt: ta bort den, eller lägg avsnittet runt den.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The section %1 already has an {{else}} at %2: remove one of them.</source>
        <translation>Avsnittet %1 har redan en {{else}} på %2: ta bort en av dem.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The tag %1 holds more than one word: write one field name, such as {{client.name}}.</source>
        <translation>Taggen %1 innehåller mer än ett ord: skriv ett enda fältnamn, till exempel {{client.name}}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>«%1» in %2 is not a valid name: use letters, digits and _, starting with a letter, and single dots between parts, such as client.name.</source>
        <translation>«%1» i %2 är inte ett giltigt namn: använd bokstäver, siffror och _, börja med en bokstav och skilj delarna åt med en enda punkt, till exempel client.name.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The section %1 is never closed: add %2 where it should end.</source>
        <translation>Avsnittet %1 avslutas aldrig: lägg till %2 där det ska sluta.</translation>
    </message>
    <message>
        <location line="+172" />
        <source>Line %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplateRepository</name>
    <message>
        <location filename="../core/letters/templaterepository.cpp" line="+56" />
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Fremdrift has no template «%1» in the language «%2».</source>
        <translation>Fremdrift har ingen mall «%1» på språket «%2».</translation>
    </message>
    <message>
        <location line="+50" />
        <source>There is no template «%1» in the language «%2», nor in «%3».</source>
        <translation>Det finns ingen mall «%1» på språket «%2», och inte heller på «%3».</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+70" />
        <source>There is no template with id %1.</source>
        <translation>Det finns ingen mall med id %1.</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Templates are written in %1; «%2» is not one of them.</source>
        <translation>Mallar skrivs på språken %1. «%2» är inte ett av dem.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The template is empty: write the letter.</source>
        <translation>Mallen är tom: skriv brevet.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>%1 saved a new version of the template «%2» while this letter was being prepared. Prepare the letter again to use it.</source>
        <translation>%1 sparade en ny version av mallen «%2» medan brevet förbereddes. Förbered brevet igen för att använda den nya versionen.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The template you edited was version %1, but the newest version is %2. Reload the template and make your changes again.</source>
        <translation>Mallen du redigerade var version %1, men den senaste versionen är %2. Läs in mallen igen och gör om dina ändringar.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 saved version %2 of this template at %3, after you opened version %4. Your changes were not saved: reload to see theirs, then make yours again.</source>
        <translation>%1 sparade version %2 av den här mallen den %3, efter att du öppnade version %4. Dina ändringar sparades inte. Läs in mallen igen för att se den nya versionen och gör sedan om dina ändringar.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>As shipped with Fremdrift</source>
        <translation>Så som den levererades med Fremdrift</translation>
    </message>
</context>
<context>
    <name>fremdrift::TemplatesPage</name>
    <message>
        <location filename="../ui/templates/templatespage.cpp" line="+51" />
        <source>&amp;Reload</source>
        <translation>Läs in ige&amp;n</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read the template as it is saved now; your edits are dropped.</source>
        <translation>Läs in mallen så som den är sparad nu. Dina ändringar försvinner.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Preview on sample data</source>
        <translation>Förhandsgranskning med exempeldata</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Saved versions</source>
        <translation>Sparade versioner</translation>
    </message>
    <message>
        <location line="+3" />
        <source>V&amp;iew</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shows the chosen version in the editor, read-only.</source>
        <translation>Visar den valda versionen i redigeraren, skrivskyddad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Res&amp;tore as new version</source>
        <translation>Åt&amp;erställ som ny version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saves the chosen version again as the newest one.</source>
        <translation>Sparar den valda versionen på nytt som den senaste.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Restore as new version</source>
        <translation>Återställ som ny version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the current version</source>
        <translation>Tillbaka till den aktuella versionen</translation>
    </message>
    <message>
        <location line="+118" />
        <source>None saved yet: letters use the shipped default.</source>
        <translation>Ingen version har sparats ännu: breven använder standardmallen.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The database is read-only, so templates cannot be changed: %1</source>
        <translation>Databasen är skrivskyddad, så mallarna kan inte ändras: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only administrators can change templates. You are working as %1 (%2): you can read them and try the preview.</source>
        <translation>Bara administratörer kan ändra mallar. Du är inloggad som %1 (%2): du kan läsa mallarna och prova förhandsgranskningen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None in %1 yet: this is the %2 template to start from (%3).</source>
        <translation>Det finns ingen mall för %1 ännu. Det här är mallen för %2 att utgå från (%3).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 · unsaved changes</source>
        <translation>%1 · osparade ändringar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You are viewing an earlier version: %1. It cannot be edited here; restore it to make it the current version again.</source>
        <translation>Du tittar på en tidigare version: %1. Den kan inte redigeras här. Återställ den för att göra den till aktuell version igen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Shipped default</source>
        <translation>Standardmall</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1 by %2, %3</source>
        <translation>Version %1 av %2, %3</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+8" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="-7" />
        <source>The template «%1» has unsaved changes. Save them as a new version?</source>
        <translation>Mallen «%1» har osparade ändringar. Vill du spara dem som en ny version?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The template «%1» has unsaved changes that cannot be saved as they are (see the problems under the editor). Discard them?</source>
        <translation>Mallen «%1» har osparade ändringar som inte kan sparas som de är (se problemen under redigeraren). Vill du förkasta dem?</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Saved as version %1. Letters issued from now on use it.</source>
        <translation>Sparad som version %1. Brev som expedieras från och med nu använder den.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 saved version %2 of this template while you were editing. Your changes cannot be saved over it; Reload shows their version.</source>
        <translation>%1 sparade version %2 av mallen medan du redigerade. Dina ändringar kan inte sparas över den. Med Läs in igen ser du den versionen.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The template has errors, so the preview shows it as it was before them.</source>
        <translation>Mallen innehåller fel, så förhandsgranskningen visar den som den var före felen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No sample letter could be made from the template; see the problems under the editor.</source>
        <translation>Det gick inte att skapa något exempelbrev från mallen. Se problemen under redigeraren.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Restored version %1</source>
        <translation>Återställd från version %1</translation>
    </message>
</context>
<context>
    <name>fremdrift::UpcomingMeetingModel</name>
    <message>
        <location filename="../ui/overview/upcomingmeetingmodel.cpp" line="+86" />
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where</source>
        <translation>Var</translation>
    </message>
</context>
<context>
    <name>fremdrift::UsersDialog</name>
    <message>
        <location filename="../ui/users/usersdialog.cpp" line="-393" />
        <source>&amp;Add user…</source>
        <translation>&amp;Lägg till användare…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set &amp;password…</source>
        <translation>Ange &amp;lösenord…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change &amp;role…</source>
        <translation>Ändra &amp;roll…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Deactivate…</source>
        <translation>&amp;Inaktivera…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Staff users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Has password</source>
        <translation>Har lösenord</translation>
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
        <translation>Nej, inaktiverad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Deactivated users keep their history but can no longer log in or act. A new role applies on other PCs when the user next starts Fremdrift.</source>
        <translation>Inaktiverade användare behåller sin historik men kan inte längre logga in eller göra något. En ny roll gäller på andra datorer först när användaren startar Fremdrift nästa gång.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only an administrator may add users, set their passwords, change their roles or deactivate them.</source>
        <translation>Bara en administratör får lägga till användare, ange deras lösenord, ändra deras roller eller inaktivera dem.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1 is added as %2.</source>
        <translation>%1 har lagts till som %2.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The password of %1 is set.</source>
        <translation>Lösenordet för %1 har angetts.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 is now %2.</source>
        <translation>%1 har nu rollen %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Deactivate user</source>
        <translation>Inaktivera användare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deactivate %1? They can no longer log in or act. Nothing they did is deleted, and their history stays.</source>
        <translation>Vill du inaktivera %1? Personen kan då inte längre logga in eller göra något. Inget som personen har gjort tas bort, och historiken finns kvar.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is deactivated.</source>
        <translation>%1 har inaktiverats.</translation>
    </message>
</context>
<context>
    <name>fremdrift::WorkloadModel</name>
    <message>
        <location filename="../ui/overview/workloadmodel.cpp" line="+61" />
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open reviews</source>
        <translation>Pågående uppföljningar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due this week</source>
        <translation>Senast denna vecka</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late steps</source>
        <translation>Försenade steg</translation>
    </message>
</context>
<context>
    <name>fremdrift::cli::Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+83" />
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <location line="-56" />
        <source>The country whose rules the database follows: no, se or dk.</source>
        <translation>Landet vars regler databasen följer: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A new database needs --jurisdiction no, se or dk.</source>
        <translation>För en ny databas måste du ange --jurisdiction no, se eller dk.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Unknown jurisdiction "%1": use no, se or dk.</source>
        <translation>Okänt land "%1": använd no, se eller dk.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>"%1" needs a subcommand: %2.</source>
        <translation>"%1" behöver ett underkommando: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown subcommand "%1 %2": use %3.</source>
        <translation>Okänt underkommando "%1 %2": använd %3.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Give the record's id, a whole number, e.g. 12.</source>
        <translation>Ange postens id, ett heltal, till exempel 12.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--%1 takes a date as YYYY-MM-DD, not "%2".</source>
        <translation>--%1 ska vara ett datum i formen YYYY-MM-DD, inte "%2".</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 ska vara ett heltal från %2 till %3.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This command needs --%1.</source>
        <translation>Kommandot kräver --%1.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Mark the database as a test database (accepts test ID numbers).</source>
        <translation>Markera databasen som testdatabas (godtar testpersonnummer).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The office's name, for letterheads.</source>
        <translation>Verksamhetens namn, för brevhuvuden.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>How many invented clients (default 36).</source>
        <translation>Antal påhittade brukare (standard 36).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--clients takes a whole number from 1 to 1000000.</source>
        <translation>--clients ska vara ett heltal från 1 till 1000000.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 already exists. Demo data only goes into a new database: give another --db.</source>
        <translation>%1 finns redan. Demouppgifter kan bara läggas in i en ny databas: ange en annan --db.</translation>
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
        <translation>Kommandon (datum anges som YYYY-MM-DD):
  init --jurisdiction no|se|dk [--test-data] [--office-name NAME]
                  skapa en ny databas
  demo --jurisdiction no|se|dk [--clients N]
                  skapa en ny testdatabas med påhittade demouppgifter
  info            beskriv databasen
  check           kontrollera integritet och schema; slutstatus 0 bara om felfri
  backup [--folder DIR] [--keep N]
                  gör en verifierad säkerhetskopia (standard: lokal mapp per databas)
  backup list [--folder DIR]
  restore FILE [--yes]
                  ersätt databasen med en säkerhetskopia; nekas om andra använder den
  user list       användarna
  user add --username U --name NAME --role caseworker|leader|administrator|readonly
                  [--title T]   (administratörer; lösenord:
                                FREMDRIFT_PASSWORD_NEW eller inskrivet)
  user passwd [USERNAME]
                  byt ditt lösenord, eller (administratörer) någon annans
  user deactivate USERNAME
                  (administratörer) användaren behåller historiken men kan inte logga in
  user role USERNAME caseworker|leader|administrator|readonly   (administratörer)
  client add --name NAME | --given-name G --family-name F
             [--national-id ID] [--unit NAME]
  client list [--search TEXT] [--limit N]
  client show ID  brukaren med kontakter och beslut
  decision add --json FILE
                  ett nytt utkast i samma form som decision show (- läser stdin)
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
                  mötet som kalenderinbjudan (till stdout utan --out)
  plan create --title T --deadline D [--start D] [--goal G] [--unit NAME]...
              [--status S] [--caseworker USERNAME]... [--kind review|task]
  plan add-review PLAN --decision ID... | --unit NAME... | --evaluation-before D
                  lägg till uppföljningar av dessa beslut, eller av dem som matchar
  plan show PLAN  planen med uppföljningar, steg, tidsfrister och vad som är försenat
  plan list [--all]
                  öppna planer och hur långt de har kommit (--all: även avslutade)
  plan report PLAN --out FILE.pdf
  plan task PLAN --title T [--deadline D] [--responsible R]
  review show ID  uppföljningens steg och formulär, och vad öppna steg saknar
  review complete-step ID STEP [--date D] [--form-json FILE|-] [--notes N]
                  för in JSON-uppgifterna i stegets formulär och slutför steget
  letter render --kind K --decision|--review|--meeting ID --out FILE.pdf
                [--language L] [--method post|digital|hand] [--date D] [--issue]
                  alla mottagares brev i en PDF; --issue arkiverar breven och
                  slutför steget (underrättelse) eller skickar beslutet
  letters batch --plan ID --kind pre_notice --out DIR [--combined FILE.pdf]
                  expediera planens underrättelser om uppföljning, en PDF per brev
  letter show ID [--pdf FILE]
                  ett expedierat brev: till vem, när, mallversion, kontrollerad SHA-256
  letter list [--client ID] [--decision ID] [--review ID] [--kind K]
  template check FILE --kind K
                  mallens fel med rad och kolumn; slutstatus 0 om inga fel finns
  import clients|decisions FILE [--dry-run]
                  läs in ärenden från CSV; slutstatus 0 bara om alla rader är korrekta
  audit log [--staff USERNAME] [--client ID] [--from D] [--to D] [--limit N]
                  (administratörer) granskningsloggen, nyaste först
  audit access-report CLIENT_ID [--pdf FILE]
                  (administratörer) vem som har öppnat eller ändrat brukarens uppgifter
  rules deadline --jurisdiction no|se|dk --received D
                  överklagandetiden (ingen databas behövs)
  rules national-id --jurisdiction no|se|dk NUMBER [--test-data]
                  kontrollera ett personnummer; slutstatus 0 bara om det är giltigt
En databas med flera användare, där några har lösenord, kräver --user NAME och
användarens lösenord: FREMDRIFT_PASSWORD, eller inskrivet när det efterfrågas i en
terminal. Utdata är JSON på stdout; fel skrivs till stderr. Slutstatus: 0 klart,
1 kommandot misslyckades, 2 felaktigt anrop.
</translation>
    </message>
    <message>
        <location line="+150" />
        <source>Fremdrift's command-line tool.</source>
        <translation>Fremdrifts kommandoradsverktyg.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file (default: $FREMDRIFT_DB, else the user's default database).</source>
        <translation>Databasfilen (standard: $FREMDRIFT_DB, annars användarens standarddatabas).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of messages: en, nb, sv or da.</source>
        <translation>Språk för meddelanden: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Act as this staff user (username); default: the one matching the computer login, else the first administrator.</source>
        <translation>Arbeta som den här användaren (användarnamn). Standard: den användare som motsvarar inloggningen på datorn, annars den första administratören.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The command to run.</source>
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No command given.</source>
        <translation>Inget kommando angavs.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown command "%1".</source>
        <translation>Okänt kommando "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="+30" />
        <source>Give the client's name: --name "Given Family", or --given-name and --family-name.</source>
        <translation>Ange brukarens namn: --name "Förnamn Efternamn", eller --given-name och --family-name.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The unit or home; a new name adds the unit.</source>
        <translation>Enhet eller boende. Ett nytt namn lägger till enheten.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client's full name; the last word is the family name.</source>
        <translation>Brukarens fullständiga namn. Det sista ordet blir efternamn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The client's given name.</source>
        <translation>Brukarens förnamn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's family name.</source>
        <translation>Brukarens efternamn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's national ID number.</source>
        <translation>Brukarens personnummer.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Only clients whose name, national ID or unit contain every word.</source>
        <translation>Bara brukare vars namn, personnummer eller enhet innehåller alla orden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most this many clients (default 500).</source>
        <translation>Högst så här många brukare (standard 500).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="+81" />
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 does not hold a JSON object: %2</source>
        <translation>%1 innehåller inget JSON-objekt: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it holds something else</source>
        <translation>filen innehåller något annat</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommands.cpp" line="+24" />
        <source>The decision in the shape "decision show" prints; - reads standard input.</source>
        <translation>Beslutet i samma form som "decision show" skriver ut. Ange - för att läsa från stdin.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Why: recorded with the decision.</source>
        <translation>Motivering, som sparas tillsammans med beslutet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>send: the date sent; end: the date it ends (YYYY-MM-DD).</source>
        <translation>send: datum då beslutet skickades; end: datum då beslutet upphör (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How it was sent: post, digital or hand.</source>
        <translation>Hur beslutet skickades: post (med post), digital (digitalt) eller hand (personligen).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When the client received it, if known; else it is assumed from the jurisdiction's rules (YYYY-MM-DD).</source>
        <translation>När brukaren tog emot beslutet, om det är känt. Annars beräknas datumet enligt landets regler (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+41" />
        <source>--method takes post, digital or hand, not "%1".</source>
        <translation>--method ska vara post, digital eller hand, inte "%1".</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Only decisions in this state: %1.</source>
        <translation>Bara beslut med den här statusen: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the decisions of the client with this id.</source>
        <translation>Bara beslut för brukaren med det här id:t.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the decisions of clients in this unit.</source>
        <translation>Bara beslut för brukare på den här enheten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the decisions of this caseworker (username).</source>
        <translation>Bara den här handläggarens beslut (användarnamn).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only decisions due for evaluation within this many weeks, or overdue.</source>
        <translation>Bara beslut som ska följas upp inom så här många veckor, eller som redan skulle ha följts upp.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unknown status "%1".</source>
        <translation>Okänd status "%1".</translation>
    </message>
    <message>
        <location line="+33" />
        <location filename="../app/cli/plancommands.cpp" line="+52" />
        <source>There is no unit called "%1".</source>
        <translation>Det finns ingen enhet som heter "%1".</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../app/cli/plancommands.cpp" line="+21" />
        <source>There is no staff user with the username "%1".</source>
        <translation>Det finns ingen användare med användarnamnet "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+33" />
        <source>Check every line and report the problems; write nothing.</source>
        <translation>Kontrollera alla rader och rapportera problemen, men spara ingenting.</translation>
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
        <translation>Användning: import clients|decisions FILE [--dry-run]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown import "%1": use clients or decisions.</source>
        <translation>Okänd import "%1": använd clients eller decisions.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was imported: correct the lines above and import the file again.</source>
        <translation>Inget har importerats. Rätta raderna ovan och importera filen igen.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulecommands.cpp" line="+14" />
        <source>The country whose rules apply: no, se or dk.</source>
        <translation>Landet vars regler gäller: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The date the decision reached the client.</source>
        <translation>Datum då beslutet nådde brukaren.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Check as a test database does: accept synthetic test numbers.</source>
        <translation>Kontrollera på samma sätt som i en testdatabas, dvs. godta syntetiska testnummer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The national ID number.</source>
        <translation>Personnumret.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the national ID number to check.</source>
        <translation>Ange personnumret som ska kontrolleras.</translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="+22" />
        <source>The backup folder (default: a folder for this database in the user's local data folder).</source>
        <translation>Mappen för säkerhetskopior (standard: en mapp för den här databasen i användarens lokala datamapp).</translation>
    </message>
    <message>
        <location line="+45" />
        <source>How many backups to keep (default %1).</source>
        <translation>Hur många säkerhetskopior som ska sparas (standard %1).</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Replace the database without asking.</source>
        <translation>Ersätt databasen utan att fråga.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The backup to restore.</source>
        <translation>Säkerhetskopian som ska återställas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Which backup? Give its file (see "backup list").</source>
        <translation>Vilken säkerhetskopia? Ange filen (se "backup list").</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This replaces %1 (last changed %2) with the backup %3; the current file is kept as %1.before-restore.</source>
        <translation>Detta ersätter %1 (senast ändrad %2) med säkerhetskopian %3. Den nuvarande filen sparas som %1.before-restore.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This puts the backup %1 in place as %2.</source>
        <translation>Detta lägger in säkerhetskopian %1 som %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was changed: run again with --yes to do it.</source>
        <translation>Inget har ändrats. Kör kommandot igen med --yes för att genomföra det.</translation>
    </message>
    <message>
        <location filename="../app/cli/usercommands.cpp" line="+71" />
        <source>Give the new password in FREMDRIFT_PASSWORD_NEW, or run this on a terminal to type it.</source>
        <translation>Ange det nya lösenordet i FREMDRIFT_PASSWORD_NEW, eller kör kommandot i en terminal för att skriva det.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New password for %1: </source>
        <translation>Nytt lösenord för %1: </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The same password again: </source>
        <translation>Samma lösenord igen: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>De två lösenorden är olika. Inget har ändrats.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+212" />
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <location line="-204" />
        <source>The new user's login name.</source>
        <translation>Användarnamnet som den nya användaren loggar in med.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Full name.</source>
        <translation>Fullständigt namn.</translation>
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
        <translation>Befattning.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+118" />
        <source>Unknown role "%1": use caseworker, leader, administrator or readonly.</source>
        <translation>Okänd roll "%1": använd caseworker, leader, administrator eller readonly.</translation>
    </message>
    <message>
        <location line="-81" />
        <source>Whose password (administrators); default: your own.</source>
        <translation>Vems lösenord (administratörer). Standard: ditt eget.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Who to deactivate.</source>
        <translation>Användaren som ska inaktiveras.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the user name of the user to deactivate.</source>
        <translation>Ange användarnamnet för den användare som ska inaktiveras.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Whose role to change.</source>
        <translation>Användaren vars roll ska ändras.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the user name and the new role, e.g. user role kari leader.</source>
        <translation>Ange användarnamnet och den nya rollen, till exempel user role anna leader.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>A password is needed: set FREMDRIFT_PASSWORD, or run this on a terminal to type it.</source>
        <translation>Ett lösenord krävs: ange FREMDRIFT_PASSWORD, eller kör kommandot i en terminal för att skriva det.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>This database has several users and needs a login: give --user NAME, and the password in FREMDRIFT_PASSWORD or typed when asked.</source>
        <translation>Den här databasen har flera användare och kräver inloggning: ange --user NAME och lösenordet i FREMDRIFT_PASSWORD, eller skriv det när du blir tillfrågad.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="+71" />
        <source>Only what this staff user did (username).</source>
        <translation>Bara det som den här användaren har gjort (användarnamn).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only rows about this client (id).</source>
        <translation>Bara rader som gäller den här brukaren (id).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From this day.</source>
        <translation>Från och med den här dagen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>To this day, inclusive.</source>
        <translation>Till och med den här dagen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most this many rows, newest first.</source>
        <translation>Högst så här många rader, nyaste först.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--client needs a client's id, a whole number.</source>
        <translation>--client ska vara en brukares id, ett heltal.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>There is no staff user called "%1".</source>
        <translation>Det finns ingen användare som heter "%1".</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Also write the report as an A4 PDF file.</source>
        <translation>Skriv också rapporten till en PDF-fil i A4-format.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="+30" />
        <source>The kind of meeting: %1.</source>
        <translation>Typ av möte: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The id of the client the meeting is about.</source>
        <translation>Id för brukaren som mötet gäller.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The id of the review whose evaluation meeting this is.</source>
        <translation>Id för den uppföljning som mötet är uppföljningsmöte för.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When it starts, local time: YYYY-MM-DDTHH:MM.</source>
        <translation>När mötet börjar, lokal tid: YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How long it lasts in minutes (default 60).</source>
        <translation>Hur länge mötet pågår, i minuter (standard 60).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where it is.</source>
        <translation>Var mötet hålls.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The video meeting's link.</source>
        <translation>Länken till videomötet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A title for calendars.</source>
        <translation>En rubrik för kalendrar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A participant as "Name|role|email" (role and e-mail may be left out); repeat for each. Roles: %1.</source>
        <translation>En deltagare som "Namn|roll|e-post" (roll och e-post kan utelämnas). Upprepa för varje deltagare. Roller: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start the agenda from the jurisdiction's or Fremdrift's agenda for the kind of meeting.</source>
        <translation>Utgå från landets eller Fremdrifts dagordning för mötestypen.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>--kind takes %1, not "%2".</source>
        <translation>--kind ska vara %1, inte "%2".</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--start takes a local time as YYYY-MM-DDTHH:MM, not "%1".</source>
        <translation>--start ska vara en lokal tid i formen YYYY-MM-DDTHH:MM, inte "%1".</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Only meetings on or after this day (YYYY-MM-DD).</source>
        <translation>Bara möten den här dagen eller senare (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only meetings on or before this day (YYYY-MM-DD).</source>
        <translation>Bara möten den här dagen eller tidigare (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the meetings about the client with this id.</source>
        <translation>Bara möten som gäller brukaren med det här id:t.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Write the invitation to this .ics file rather than standard output.</source>
        <translation>Skriv inbjudan till den här .ics-filen i stället för till stdout.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="+17" />
        <source>Give the %1's id, a whole number, e.g. 12.</source>
        <translation>Ange id för %1, ett heltal, till exempel 12.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The plan's title.</source>
        <translation>Planens rubrik.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the plan is to achieve.</source>
        <translation>Vad planen ska uppnå.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A unit the plan covers; repeat for more.</source>
        <translation>En enhet som planen omfattar. Upprepa för fler.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When the plan starts (YYYY-MM-DD).</source>
        <translation>När planen börjar (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When everything must be done (YYYY-MM-DD).</source>
        <translation>När allt ska vara klart (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A note on where the plan stands.</source>
        <translation>En kommentar om hur långt planen har kommit.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A responsible caseworker (username); repeat for more.</source>
        <translation>En ansvarig handläggare (användarnamn). Upprepa för fler.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>review (reviews of decisions, the default) or task (plain tasks).</source>
        <translation>review (uppföljning av beslut, standard) eller task (enbart aktiviteter).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>--kind takes review or task, not "%1".</source>
        <translation>--kind ska vara review eller task, inte "%1".</translation>
    </message>
    <message>
        <location line="+51" />
        <source>A decision to review (its id); repeat for more.</source>
        <translation>Ett beslut som ska följas upp (beslutets id). Upprepa för fler.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review the decisions of the clients in this unit; repeat for more.</source>
        <translation>Följ upp besluten för brukarna på den här enheten. Upprepa för fler.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Review the decisions due for evaluation before this date (YYYY-MM-DD).</source>
        <translation>Följ upp de beslut som ska följas upp före det här datumet (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--decision takes a decision's id, a whole number, not "%1".</source>
        <translation>--decision ska vara ett besluts id, ett heltal, inte "%1".</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No decision matches: none that applies and is not already under review.</source>
        <translation>Inget beslut matchar. Det finns inget gällande beslut som inte redan följs upp.</translation>
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
        <translation>Ange antingen --decision, eller --unit och/eller --evaluation-before.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Closed plans too, not only open ones.</source>
        <translation>Även avslutade planer, inte bara öppna.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>What is to be done.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>By when (YYYY-MM-DD).</source>
        <translation>Senast när (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who is responsible.</source>
        <translation>Vem som är ansvarig.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The PDF file to write.</source>
        <translation>PDF-filen som ska skapas.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The day the step was done (YYYY-MM-DD); default today.</source>
        <translation>Dagen då steget blev klart (YYYY-MM-DD). Standard: i dag.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>JSON to merge into the step's form before completing it; - reads standard input.</source>
        <translation>JSON som ska föras in i stegets formulär innan steget slutförs. Ange - för att läsa från stdin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes kept with the step.</source>
        <translation>Anteckningar som sparas med steget.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Review %1 has no step "%2"; its steps are: %3.</source>
        <translation>Uppföljning %1 har inget steg "%2". Uppföljningens steg är: %3.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>review</source>
        <translation>uppföljningen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name the step to complete, e.g. pre_notice.</source>
        <translation>Ange steget som ska slutföras, till exempel pre_notice.</translation>
    </message>
    <message>
        <location filename="../app/cli/lettercommands.cpp" line="+32" />
        <source>Unknown kind of letter "%1": use %2.</source>
        <translation>Okänd brevtyp "%1": använd %2.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unknown way of sending "%1": use post, digital or hand.</source>
        <translation>Okänt sätt att skicka "%1": använd post, digital eller hand.</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+321" />
        <source>The kind of letter: %1.</source>
        <translation>Brevtyp: %1.</translation>
    </message>
    <message>
        <location line="-318" />
        <source>The decision (decision letters).</source>
        <translation>Beslutet (beslutsbrev).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The review (pre-notices).</source>
        <translation>Uppföljningen (underrättelser om uppföljning).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The meeting (invitations, minutes).</source>
        <translation>Mötet (kallelser, minnesanteckningar).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The letter's language (default: the country's).</source>
        <translation>Brevets språk (standard: landets språk).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How it is sent: post (default), digital or hand.</source>
        <translation>Hur brevet skickas: post (standard), digital eller hand.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The letter's date (default today).</source>
        <translation>Brevets datum (standard: i dag).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The PDF file to write: every recipient's letter in one file.</source>
        <translation>PDF-filen som ska skapas: alla mottagares brev i en fil.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Issue the letters: keep them in the archive and move the review or decision on, as the application does.</source>
        <translation>Expediera breven: spara dem i arkivet och för uppföljningen eller beslutet vidare, precis som i programmet.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Give exactly one of --decision ID, --review ID or --meeting ID.</source>
        <translation>Ange exakt ett av --decision ID, --review ID eller --meeting ID.</translation>
    </message>
    <message>
        <location line="+118" />
        <source>The progress plan.</source>
        <translation>Framdriftsplanen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The kind of letter; pre_notice is issued in batches.</source>
        <translation>Brevtyp. pre_notice expedieras för en hel plan i taget.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder for one PDF per letter.</source>
        <translation>Mappen för en PDF-fil per brev.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also write every letter into this one PDF, to print in one go.</source>
        <translation>Skriv också alla brev till den här PDF-filen, för att skriva ut dem på en gång.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How they are sent: post (default), digital or hand.</source>
        <translation>Hur breven skickas: post (standard), digital eller hand.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Only pre-notices (pre_notice) are issued for a whole plan.</source>
        <translation>Bara underrättelser om uppföljning (pre_notice) kan expedieras för en hel plan.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The plan's id must be a number.</source>
        <translation>Planens id måste vara ett tal.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Could not create the folder %1.</source>
        <translation>Det gick inte att skapa mappen %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 of %2 reviews</source>
        <translation>%1 av %2 uppföljningar</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Also write the PDF exactly as it was issued.</source>
        <translation>Skriv också PDF-filen exakt som den expedierades.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Only this client's.</source>
        <translation>Bara brev som gäller den här brukaren.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this decision's.</source>
        <translation>Bara brev som gäller det här beslutet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this review's.</source>
        <translation>Bara brev som gäller den här uppföljningen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this kind: %1.</source>
        <translation>Bara den här brevtypen: %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Give the template file to check.</source>
        <translation>Ange mallfilen som ska kontrolleras.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Could not read %1: %2</source>
        <translation>Det gick inte att läsa %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94" />
        <source>Progress plans and reviews of care decisions.</source>
        <translation>Framdriftsplaner och uppföljning av beslut om insatser.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open this database file.</source>
        <translation>Öppna den här databasfilen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Interface language: en, nb, sv or da.</source>
        <translation>Programmets språk: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save a picture of the window as PNG and exit.</source>
        <translation>Spara en bild av fönstret som PNG och avsluta.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The page to show: overview, plans, clients, decisions, meetings, templates, reports or settings.</source>
        <translation>Sidan som ska visas: overview, plans, clients, decisions, meetings, templates, reports eller settings.</translation>
    </message>
</context>
</TS>
