<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../ui/clients/clienteditor.ui" line="+9"/>
        <source>Client</source>
        <translation>Brukare</translation>
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
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Birth date:</source>
        <translation>F&amp;ödelsedatum:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posta&amp;l code, city:</source>
        <translation>Postnummer och o&amp;rt:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;E-mail:</source>
        <translation>E-po&amp;st:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Care</source>
        <translation>Omsorg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unit or home:</source>
        <translation>Enhet eller &amp;boende:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case&amp;worker:</source>
        <translation>Bistånds&amp;handläggare:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>GP</source>
        <translation>Fast läkarkontakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GP na&amp;me:</source>
        <translation>&amp;Läkarens namn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GP p&amp;ractice:</source>
        <translation>Vård&amp;central:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>G&amp;P phone:</source>
        <translation>Läkarens telefo&amp;n:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consent competence</source>
        <translation>Beslutsförmåga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Competence:</source>
        <translation>Bedö&amp;mning:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessed &amp;on:</source>
        <translation>Bedömd &amp;den:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessed b&amp;y:</source>
        <translation>Bedömd a&amp;v:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indi&amp;vidual plan:</source>
        <translation>&amp;Individuell plan:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coor&amp;dinator:</source>
        <translation>Sam&amp;ordnare:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No&amp;tes:</source>
        <translation>Antec&amp;kningar:</translation>
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
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posta&amp;l code, city:</source>
        <translation>Postnummer och or&amp;t:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nearest rela&amp;tive</source>
        <translation>Närmast an&amp;hörig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recei&amp;ves letters</source>
        <translation>Får &amp;brev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the responsibility &amp;group</source>
        <translation>Med i samordnings&amp;gruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group coor&amp;dinator</source>
        <translation>Gruppens sa&amp;mordnare</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.ui" line="+9"/>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../ui/newdatabasedialog.ui" line="+9"/>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A database holds an office&apos;s clients, decisions, progress plans and letters. The country&apos;s rules it follows cannot be changed later.</source>
        <translation>En databas innehåller en verksamhets brukare, beslut, framdriftsplaner och brev. Vilket lands regler databasen följer går inte att ändra i efterhand.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country&apos;s rules:</source>
        <translation>&amp;Landets regler:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Office name:</source>
        <translation>&amp;Verksamhetens namn:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill it with invented &amp;demo data to try Fremdrift out</source>
        <translation>Fyll databasen med påhittade &amp;demouppgifter för att prova Fremdrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a &amp;test database (accepts test ID numbers)</source>
        <translation>Det här är en &amp;testdatabas (godtar testpersonnummer)</translation>
    </message>
</context>
<context>
    <name>NewDecisionDialog</name>
    <message>
        <location filename="../ui/decisions/newdecisiondialog.ui" line="+9"/>
        <source>New decision</source>
        <translation>Nytt beslut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Client:</source>
        <translation>&amp;Brukare:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a name, national ID or unit</source>
        <translation>Skriv namn, personnummer eller enhet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Replaces:</source>
        <translation>&amp;Ersätter:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qtstrings.cpp" line="+31"/>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Filtyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljvy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan.
Vill du ersätta den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen hittades inte.
Kontrollera att du har angett rätt filnamn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Vill du verkligen ta bort &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-40"/>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Nej till a&amp;lla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+42"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../ui/decisions/senddialog.ui" line="+9"/>
        <source>Register as sent</source>
        <translation>Registrera som skickat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sent on:</source>
        <translation>&amp;Skickat den:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received:</source>
        <translation>Mottaget:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assume from the rules</source>
        <translation>&amp;Utgå från reglerna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Mottaget den:</translation>
    </message>
</context>
<context>
    <name>fremdrift::AccessLog</name>
    <message>
        <location filename="../core/workflow/accesslog.cpp" line="+57"/>
        <source>%1 (%2) may not see the audit log: only an administrator may.</source>
        <translation>%1 (%2) får inte se granskningsloggen: det får bara en administratör.</translation>
    </message>
</context>
<context>
    <name>fremdrift::AccessReportDocument</name>
    <message>
        <location filename="../core/documents/accessreport.cpp" line="+34"/>
        <location line="+64"/>
        <source>Who has accessed this client&apos;s record</source>
        <translation>Vem som har tagit del av brukarens uppgifter</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Client:</source>
        <translation>Brukare:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No access is logged.</source>
        <translation>Ingen åtkomst har loggats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Produced:</source>
        <translation>Upprättad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff member</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Computer(s)</source>
        <translation>Dator(er)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First access</source>
        <translation>Första åtkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last access</source>
        <translation>Senaste åtkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Openings</source>
        <translation>Öppnanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From the audit log of the record: every opening and every change, with who, when and from which computer.</source>
        <translation>Ur granskningsloggen för uppgifterna: varje gång de har öppnats eller ändrats, av vem, när och från vilken dator.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not write the PDF file %1.</source>
        <translation>Det gick inte att skriva PDF-filen %1.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Accounts</name>
    <message>
        <location filename="../core/security/accounts.cpp" line="+80"/>
        <source>The user name or the password is wrong.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Too many wrong passwords. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>För många felaktiga lösenord. Vänta %n minut och försök igen.</numerusform>
            <numerusform>För många felaktiga lösenord. Vänta %n minuter och försök igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong passwords. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>För många felaktiga lösenord. Vänta %n sekund och försök igen.</numerusform>
            <numerusform>För många felaktiga lösenord. Vänta %n sekunder och försök igen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A user name needs 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, and no spaces.</source>
        <translation>Ett användarnamn måste ha 1 till 64 tecken och får bara innehålla bokstäver, siffror, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; eller &apos;@&apos;, utan mellanslag.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 has no password yet. Ask an administrator to set one (fremdrift-cli user passwd %2).</source>
        <translation>%1 har inget lösenord ännu. Be en administratör att ange ett (fremdrift-cli user passwd %2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is deactivated and cannot log in.</source>
        <translation>%1 är inaktiverad och kan inte logga in.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set a password of your own first (fremdrift-cli user passwd), so that you can still log in once the database has more users.</source>
        <translation>Ange först ett eget lösenord (fremdrift-cli user passwd), så att du fortfarande kan logga in när databasen får fler användare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the user&apos;s full name.</source>
        <translation>Ange användarens fullständiga namn.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is already a staff user called &quot;%1&quot;. Choose another user name.</source>
        <translation>Det finns redan en användare som heter &quot;%1&quot;. Välj ett annat användarnamn.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+42"/>
        <source>There is no staff user called &quot;%1&quot;.</source>
        <translation>Det finns ingen användare som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The current password is wrong. The password is unchanged.</source>
        <translation>Det nuvarande lösenordet är fel. Lösenordet har inte ändrats.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is already deactivated.</source>
        <translation>%1 är redan inaktiverad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the last active administrator. Make another user an administrator first.</source>
        <translation>%1 är den sista aktiva administratören. Gör först en annan användare till administratör.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Backups</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+174"/>
        <source>Some rows point to rows that are missing.</source>
        <translation>Vissa rader hänvisar till rader som saknas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup %1 cannot be used. %2</source>
        <translation>Säkerhetskopian %1 kan inte användas. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 was made by a newer version of Fremdrift (schema %2). Update Fremdrift to use it.</source>
        <translation>Säkerhetskopian %1 har skapats av en nyare version av Fremdrift (schema %2). Uppdatera Fremdrift för att kunna använda den.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup %1 failed its check: %2</source>
        <translation>Säkerhetskopian %1 klarade inte kontrollen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At least one backup must be kept.</source>
        <translation>Minst en säkerhetskopia måste sparas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen för säkerhetskopior (%1) kan inte skapas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup could not be made. %1</source>
        <translation>Säkerhetskopian kunde inte skapas. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup was made but failed its check, so it was discarded. %1</source>
        <translation>Säkerhetskopian skapades men klarade inte kontrollen, så den har tagits bort. %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup could not be given its name in %1.</source>
        <translation>Säkerhetskopian kunde inte få sitt slutliga namn i %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>There is no backup %1.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup and the database are the same file.</source>
        <translation>Säkerhetskopian och databasen är samma fil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is in use: %1. Ask them to close Fremdrift, then restore again. Nothing was replaced.</source>
        <translation>Databasen används: %1. Be dem att stänga Fremdrift och försök sedan återställa igen. Inget har ersatts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Fremdrift database, so it was not replaced.</source>
        <translation>%1 är ingen Fremdrift-databas, så den har inte ersatts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup could not be copied to %1. Nothing was replaced.</source>
        <translation>Säkerhetskopian kunde inte kopieras till %1. Inget har ersatts.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The current database could not be kept as %1, so it was not replaced.</source>
        <translation>Den nuvarande databasen kunde inte sparas undan som %1, så den har inte ersatts.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database %1 could not be replaced: %2. It was left as it was.</source>
        <translation>Databasen %1 kunde inte ersättas: %2. Den har lämnats som den var.</translation>
    </message>
</context>
<context>
    <name>fremdrift::CaseloadImport</name>
    <message>
        <location filename="../core/importing/columnmap.cpp" line="+114"/>
        <source>Column %1 has no name in the header, but this line has &quot;%2&quot; in it.</source>
        <translation>Kolumn %1 saknar namn i rubrikraden, men på den här raden står det &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both mean %3: keep one.</source>
        <translation>Kolumnerna &quot;%1&quot; och &quot;%2&quot; betyder båda %3. Behåll bara den ena.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Unknown column %1: check the spelling, or remove the column. The columns this file may have are: %2.</source>
        <translation>Okänd kolumn %1. Kontrollera stavningen eller ta bort kolumnen. Filen kan ha de här kolumnerna: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Required column missing: %1.</source>
        <translation>En obligatorisk kolumn saknas: %1.</translation>
    </message>
    <message>
        <location filename="../core/importing/importvalues.cpp" line="+66"/>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&quot;%1&quot; är inget datum. Skriv det som YYYY-MM-DD eller DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../core/importing/stafflookup.cpp" line="+28"/>
        <source>There is no staff user with the username &quot;%1&quot;.</source>
        <translation>Det finns ingen användare med användarnamnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is deactivated.</source>
        <translation>%1 (%2) är inaktiverad.</translation>
    </message>
    <message>
        <location filename="../core/importing/csvimport.cpp" line="+67"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Filen är tom. Första raden måste innehålla kolumnernas namn.</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionimport.cpp" line="+58"/>
        <source>Required column missing: client_national_id or client_id.</source>
        <translation>En obligatorisk kolumn saknas: client_national_id eller client_id.</translation>
    </message>
    <message>
        <location filename="../core/importing/csvimport.cpp" line="+19"/>
        <source>Line %1 could not be written, so nothing was imported: %2</source>
        <translation>Rad %1 kunde inte sparas, så inget har importerats: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import could not be written, so nothing was imported: %1</source>
        <translation>Importen kunde inte sparas, så inget har importerats: %1</translation>
    </message>
    <message>
        <location filename="../core/importing/clientimport.cpp" line="+119"/>
        <source>&quot;%1&quot; is not one of full, partial, none or not_assessed.</source>
        <translation>&quot;%1&quot; är inte något av full, partial, none eller not_assessed.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not one of yes, no or needed.</source>
        <translation>&quot;%1&quot; är inte något av yes, no eller needed.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is also on line %2: each client only once.</source>
        <translation>%1 finns också på rad %2. Varje brukare får bara finnas med en gång.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is already in the database: %2 (client %3).</source>
        <translation>%1 finns redan i databasen: %2 (brukare %3).</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionlines.cpp" line="+84"/>
        <source>Every line needs the reference of the decision it belongs to.</source>
        <translation>Varje rad måste ha referensen för det beslut som raden hör till.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; here, but &quot;%2&quot; on line %3: the lines of decision %4 must agree (or leave it empty).</source>
        <translation>Här står det &quot;%1&quot;, men på rad %3 står det &quot;%2&quot;. Raderna för beslut %4 måste stämma överens (eller lämna fältet tomt).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the service: each line is one service of the decision.</source>
        <translation>Ange insatsen. Varje rad är en insats i beslutet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a number of hours a week, e.g. 7,5.</source>
        <translation>&quot;%1&quot; är inte ett antal timmar per vecka, till exempel 7,5.</translation>
    </message>
    <message>
        <location filename="../core/importing/decisionimport.cpp" line="+45"/>
        <source>Decision %1 does not say whose it is: give client_national_id or client_id.</source>
        <translation>Det framgår inte vems beslut %1 är. Ange client_national_id eller client_id.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is no client with the national ID %1: import the clients first.</source>
        <translation>Det finns ingen brukare med personnummer %1. Importera brukarna först.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a client id (a whole number).</source>
        <translation>&quot;%1&quot; är inget brukar-id (ett heltal).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client %1 is not the client with the national ID given.</source>
        <translation>Brukare %1 har inte det personnummer som anges.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no client with id %1.</source>
        <translation>Det finns ingen brukare med id %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Give the legal basis of decision %1.</source>
        <translation>Ange lagrum för beslut %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a status an import can give: use in_force (the default) or draft.</source>
        <translation>&quot;%1&quot; är inte en status som kan anges vid import. Använd in_force (standard) eller draft.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decision %1 is in force: give the date it is valid from.</source>
        <translation>Beslut %1 ska importeras som gällande. Ange från vilket datum det gäller.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision %1 is in force: give the date it will be evaluated.</source>
        <translation>Beslut %1 ska importeras som gällande. Ange när det ska följas upp.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Decision %1 is already in the database.</source>
        <translation>Beslut %1 finns redan i databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientContactsView</name>
    <message>
        <location filename="../ui/clients/clientcontactsview.cpp" line="+21"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People around the client</source>
        <translation>Brukarens nätverk</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 (%2) from the people around this client?</source>
        <translation>Vill du ta bort %1 (%2) från brukarens nätverk?</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDecisionsModel</name>
    <message>
        <location filename="../ui/clients/clientdecisionsmodel.cpp" line="+65"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation</source>
        <translation>Uppföljning</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDetailPanel</name>
    <message>
        <location filename="../ui/clients/clientdetailpanel.cpp" line="+35"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a client in the list to see their details, the people around them, their decisions and the history of their record.</source>
        <translation>Välj en brukare i listan för att se personuppgifter, nätverk, beslut och historik.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Personal details</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People around</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The client&apos;s decisions</source>
        <translation>Brukarens beslut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a decision to open it.</source>
        <translation>Dubbelklicka på ett beslut för att öppna det.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of the client&apos;s record</source>
        <translation>Historik för brukarens uppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change to this record: when, by whom and from which computer. The person has a right to see this.</source>
        <translation>Alla ändringar av uppgifterna: när, av vem och från vilken dator. Den enskilde har rätt att ta del av detta.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 was saved, but check: %2</source>
        <translation>%1 har sparats, men kontrollera: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was saved.</source>
        <translation>%1 har sparats.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientDetailsView</name>
    <message>
        <location filename="../ui/clients/clientdetailsview.cpp" line="+41"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
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
        <translation>Född:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Care</source>
        <translation>Omsorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit or home:</source>
        <translation>Enhet eller boende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker:</source>
        <translation>Biståndshandläggare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact:</source>
        <translation>Kontaktman:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP:</source>
        <translation>Fast läkarkontakt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (phone %2)</source>
        <translation>%1 (tfn %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guardian and relatives</source>
        <translation>God man/förvaltare och anhöriga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian:</source>
        <translation>God man/förvaltare:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearest relative:</source>
        <translation>Närmast anhörig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters also to:</source>
        <translation>Brev även till:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibility group:</source>
        <translation>Samordningsgrupp:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group coordinator:</source>
        <translation>Gruppens samordnare:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent competence and plan</source>
        <translation>Beslutsförmåga och individuell plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, assessed %2</source>
        <translation>%1, bedömd %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, assessed %2 by %3</source>
        <translation>%1, bedömd %2 av %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent competence:</source>
        <translation>Beslutsförmåga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual plan:</source>
        <translation>Individuell plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan coordinator:</source>
        <translation>Planens samordnare:</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientEditor</name>
    <message>
        <location filename="../ui/clients/clienteditor.cpp" line="+26"/>
        <source>&amp;Take over</source>
        <translation>Ta ö&amp;ver</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose or type a new unit</source>
        <translation>Välj en enhet eller skriv in en ny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(nobody yet)</source>
        <translation>(ingen ännu)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 They are no longer editing it: you can take over.</source>
        <translation>%1 Personen redigerar inte längre: du kan ta över.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>You can read this record but not change it.</source>
        <translation>Du kan läsa uppgifterna men inte ändra dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New client</source>
        <translation>Ny brukare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client: %1</source>
        <translation>Brukare: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Optional. Without it, enter the birth date.</source>
        <translation>Frivilligt. Fyll i födelsedatum om personnummer saknas.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The client was not saved:</source>
        <translation>Brukaren sparades inte:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is the client as now saved. Make your changes again and save.</source>
        <translation>Så här ser uppgifterna ut som de är sparade nu. Gör dina ändringar igen och spara.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientHistoryModel</name>
    <message>
        <location filename="../ui/clients/clienthistorymodel.cpp" line="+65"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client record created</source>
        <translation>Brukaren registrerades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved without changes</source>
        <translation>Sparat utan ändringar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated: %1</source>
        <translation>Ändrat: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact added: %1</source>
        <translation>Kontakt tillagd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact removed: %1</source>
        <translation>Kontakt borttagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact changed: %1</source>
        <translation>Kontakt ändrad: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision drafted</source>
        <translation>Beslutsutkast skapat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision draft saved</source>
        <translation>Beslutsutkast sparat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision draft changed: %1</source>
        <translation>Beslutsutkast ändrat: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Decision: %1</source>
        <translation>Beslut: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>given name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national ID</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caseworker</source>
        <translation>biståndshandläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP</source>
        <translation>fast läkarkontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP practice</source>
        <translation>vårdcentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP phone</source>
        <translation>läkarens telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent competence</source>
        <translation>beslutsförmåga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent assessed on</source>
        <translation>beslutsförmåga bedömd den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent assessed by</source>
        <translation>beslutsförmåga bedömd av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>individual plan</source>
        <translation>individuell plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan coordinator</source>
        <translation>planens samordnare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal basis</source>
        <translation>lagrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid from</source>
        <translation>gäller från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid to</source>
        <translation>gäller till och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation date</source>
        <translation>uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>insatser</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientListModel</name>
    <message>
        <location filename="../ui/clients/clientlistmodel.cpp" line="+95"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National ID</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientRepository</name>
    <message>
        <location filename="../core/repository/clientrepository.cpp" line="+147"/>
        <source>There is no client with id %1.</source>
        <translation>Det finns ingen brukare med id %1.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The contact was saved but could not be read back.</source>
        <translation>Kontakten sparades men kunde inte läsas in igen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The unit needs a name.</source>
        <translation>Enheten måste ha ett namn.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientRules</name>
    <message>
        <location filename="../core/workflow/clientrules.cpp" line="+42"/>
        <source>Enter the client&apos;s given name.</source>
        <translation>Fyll i brukarens förnamn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the client&apos;s family name.</source>
        <translation>Fyll i brukarens efternamn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The birth date is in the future.</source>
        <translation>Födelsedatumet ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date consent competence was assessed is in the future.</source>
        <translation>Datumet då beslutsförmågan bedömdes ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date consent competence was assessed.</source>
        <translation>Ange datum då beslutsförmågan bedömdes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>The e-mail address is not complete, e.g. name@example.no.</source>
        <translation>E-postadressen är inte fullständig. Skriv den till exempel som namn@exempel.se.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Enter the contact&apos;s name.</source>
        <translation>Fyll i kontaktens namn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letters need a postal address: enter one, or untick &quot;receives letters&quot;.</source>
        <translation>Brev kräver en postadress. Fyll i en adress eller avmarkera &quot;Får brev&quot;.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientTerms</name>
    <message>
        <location filename="../core/domain/client.cpp" line="+116"/>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has consent competence</source>
        <translation>Har beslutsförmåga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial consent competence</source>
        <translation>Har delvis beslutsförmåga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lacks consent competence</source>
        <translation>Saknar beslutsförmåga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No individual plan</source>
        <translation>Ingen individuell plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has an individual plan</source>
        <translation>Har individuell plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual plan needed</source>
        <translation>Behöver individuell plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guardian</source>
        <translation>God man/förvaltare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>Kontaktman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GP</source>
        <translation>Fast läkarkontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialist</source>
        <translation>Specialistvård</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>fremdrift::ClientsPage</name>
    <message>
        <location filename="../ui/clients/clientspage.cpp" line="+37"/>
        <source>&amp;New client…</source>
        <translation>&amp;Ny brukare…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search by name, national ID or unit</source>
        <translation>Sök på namn, personnummer eller enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search clients</source>
        <translation>Sök brukare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search (%1)</source>
        <translation>Sök (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clients</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No database is open</source>
        <translation>Ingen databas är öppen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The first %n clients; type more to narrow the list.</source>
        <translation>
            <numerusform>Visar %n brukare. Skriv mer för att begränsa listan.</numerusform>
            <numerusform>Visar de %n första brukarna. Skriv mer för att begränsa listan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location filename="../ui/decisions/commentdialog.cpp" line="+50"/>
        <source>Write a comment: it is recorded with the decision.</source>
        <translation>Skriv en kommentar. Den sparas tillsammans med beslutet.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ContactDialog</name>
    <message>
        <location filename="../ui/clients/contactdialog.cpp" line="+19"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies of letters to the client go to this person too.</source>
        <translation>Kopior av brev till brukaren skickas även till den här personen.</translation>
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
        <translation>Kontakten sparades inte:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is the contact as now saved. Make your changes again and save.</source>
        <translation>Så här ser kontakten ut som den är sparad nu. Gör dina ändringar igen och spara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone has removed this contact in the meantime.</source>
        <translation>Någon annan har tagit bort kontakten under tiden.</translation>
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
        <translation>%1 (gruppens samordnare)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nearest relative</source>
        <translation>Närmast anhörig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receives copies of letters</source>
        <translation>Får kopior av brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member of the responsibility group</source>
        <translation>Med i samordningsgruppen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearest</source>
        <translation>Närmast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
</context>
<context>
    <name>fremdrift::CsvReader</name>
    <message>
        <location filename="../core/importing/csvreader.cpp" line="+209"/>
        <source>A quotation mark that opens a field on this line is never closed, so the rest of the file cannot be read.</source>
        <translation>Ett citattecken som inleder ett fält på den här raden avslutas aldrig, så resten av filen kan inte läsas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The line has %1 fields, but the header has %2 columns. A field holding &quot;%3&quot; or a line break must be in double quotes.</source>
        <translation>Raden har %1 fält, men rubrikraden har %2 kolumner. Ett fält som innehåller &quot;%3&quot; eller en radbrytning måste stå inom dubbla citattecken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+44"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The folder %1 does not exist. Choose an existing folder or create it first.</source>
        <translation>Mappen %1 finns inte. Välj en befintlig mapp eller skapa mappen först.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This database was made by a newer version of Fremdrift (schema %1; this version knows up to %2). It is open read-only: update Fremdrift to make changes.</source>
        <translation>Databasen har skapats av en nyare version av Fremdrift (schema %1; den här versionen klarar upp till %2). Den är därför öppnad skrivskyddad. Uppdatera Fremdrift om du behöver göra ändringar.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The database %1 cannot be opened. %2</source>
        <translation>Databasen %1 kan inte öppnas. %2</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>No database file was given.</source>
        <translation>Ingen databasfil angavs.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>There is no file %1. Check the name, or create a new database.</source>
        <translation>Filen %1 finns inte. Kontrollera namnet eller skapa en ny databas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder, not a Fremdrift database.</source>
        <translation>%1 är en mapp, inte en Fremdrift-databas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Fremdrift database: it is not an SQLite database file at all. Nothing was changed.</source>
        <translation>%1 är ingen Fremdrift-databas, och inte heller någon SQLite-databasfil. Inget har ändrats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an SQLite database, but not one made by Fremdrift. Nothing was changed.</source>
        <translation>%1 är en SQLite-databas, men den är inte skapad av Fremdrift. Inget har ändrats.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is open read-only, as asked.</source>
        <translation>Databasen är öppnad skrivskyddad, som du begärde.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>The file is read-only, so the database was opened for reading only.</source>
        <translation>Filen är skrivskyddad, så databasen har öppnats skrivskyddad.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 is in a cloud-sync folder (%2). Fremdrift does not use a database there: the sync program copies the file while it is being written, so changes are lost and the file can be damaged. Nothing was changed. Move the database to a folder on this computer or to the office&apos;s network drive.</source>
        <translation>%1 ligger i en molnsynkroniserad mapp (%2). Fremdrift använder inte databaser som ligger där: synkroniseringsprogrammet kopierar filen medan den skrivs, så ändringar går förlorade och filen kan skadas. Inget har ändrats. Flytta databasen till en mapp på den här datorn eller till verksamhetens nätverksenhet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The folder %1 is read-only, so the database was opened for reading only.</source>
        <translation>Mappen %1 är skrivskyddad, så databasen har öppnats skrivskyddad.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The database %1 cannot be opened: the SQLite driver did not give access to its connection.</source>
        <translation>Databasen %1 kan inte öppnas: SQLite-drivrutinen gav inte tillgång till anslutningen.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The file %1 already exists. Open it, or choose another name for the new database.</source>
        <translation>Filen %1 finns redan. Öppna den eller välj ett annat namn för den nya databasen.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The database %1 could not be created. %2</source>
        <translation>Databasen %1 kunde inte skapas. %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database %1 is damaged and cannot be opened. Nothing was changed. Restore it from a backup.</source>
        <translation>Databasen %1 är skadad och kan inte öppnas. Inget har ändrats. Återställ databasen från en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database setting %1 could not be set (it is %2, expected %3).</source>
        <translation>Databasinställningen %1 gick inte att ställa in (värdet är %2, förväntat värde är %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database %1 must be upgraded to this version of Fremdrift, but it is read-only. Open it where it can be written, or with the version of Fremdrift that made it.</source>
        <translation>Databasen %1 måste uppgraderas till den här versionen av Fremdrift, men den är skrivskyddad. Öppna den från en plats där den går att skriva till, eller med den version av Fremdrift som skapade den.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database could not be upgraded to schema %1; it was left as it was. %2</source>
        <translation>Databasen kunde inte uppgraderas till schema %1 och har lämnats som den var. %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database does not say which country&apos;s rules it follows (found &quot;%1&quot;; expected NO, SE or DK).</source>
        <translation>Det framgår inte av databasen vilket lands regler den följer (hittade &quot;%1&quot;, förväntade NO, SE eller DK).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database is open read-only.</source>
        <translation>Databasen är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The setting %1 is not in the database.</source>
        <translation>Inställningen %1 finns inte i databasen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file is not marked as a Fremdrift database.</source>
        <translation>Filen är inte märkt som en Fremdrift-databas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema version is %1; this version of Fremdrift expects %2.</source>
        <translation>Schemaversionen är %1, men den här versionen av Fremdrift förväntar sig %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity: %1</source>
        <translation>Integritetskontroll: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A row in %1 (row %2) points to a missing row in %3.</source>
        <translation>En rad i %1 (rad %2) hänvisar till en rad i %3 som saknas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table %1 is missing.</source>
        <translation>Tabellen %1 saknas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is in WAL mode, which is unsafe on network drives.</source>
        <translation>Filen använder WAL-läge, vilket inte är säkert på nätverksenheter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The protection %1 has been removed from the database.</source>
        <translation>Skyddet %1 har tagits bort från databasen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit log has been tampered with: row %1 was changed, or a row before it was removed.</source>
        <translation>Granskningsloggen har manipulerats: rad %1 har ändrats, eller så har en rad före den tagits bort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database does not say which country&apos;s rules it follows.</source>
        <translation>Det framgår inte av databasen vilket lands regler den följer.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionEditor</name>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+46"/>
        <source>Basis, dates and services</source>
        <translation>Lagrum, datum och insatser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text sections</source>
        <translation>Textavsnitt</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionheader.cpp" line="+66"/>
        <source>&amp;Reload</source>
        <translation>Läs in ige&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the decision as it is saved now; your changes here are dropped.</source>
        <translation>Läs in beslutet som det är sparat nu. Dina ändringar här försvinner.</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisiondatesform.cpp" line="+68"/>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No end date</source>
        <translation>&amp;Inget slutdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions on long-term services usually have no fixed end date; they are evaluated instead.</source>
        <translation>Beslut om långvariga insatser har oftast inget fast slutdatum. De följs upp i stället.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required: the letter must say when the decision will be evaluated.</source>
        <translation>Obligatoriskt: av beslutsbrevet måste det framgå när beslutet ska följas upp.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Legal basis:</source>
        <translation>La&amp;grum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid &amp;from:</source>
        <translation>Gäller &amp;från:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Until:</source>
        <translation>Till &amp;och med:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Choose the legal basis…</source>
        <translation>Välj lagrum…</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionservicespanel.cpp" line="+41"/>
        <source>Services</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add service</source>
        <translation>&amp;Lägg till insats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+41"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Spara utkast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Take over</source>
        <translation>Ta ö&amp;ver</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionheader.cpp" line="+84"/>
        <source>Submitted for approval %1.</source>
        <translation>Skickat för godkännande %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by %1, %2.</source>
        <translation>Godkänt av %1, %2.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Sent %1 (%2).</source>
        <translation>Skickat %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumed received %1.</source>
        <translation>Antas mottaget %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received %1.</source>
        <translation>Mottaget %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force from %1.</source>
        <translation>Gäller från och med %1.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Ended %1.</source>
        <translation>Avslutat %1.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1, not saved yet</source>
        <translation>%1, inte sparat ännu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Refused by the leader:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Enhetschefen har avslagit utkastet:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisionservicespanel.cpp" line="+66"/>
        <source>Previous allocation (%1) → new</source>
        <translation>Tidigare beviljat (%1) → nytt</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Own time %1 h, shared time %2 h a week</source>
        <translation>Enskild tid %1 h, gemensam tid %2 h per vecka</translation>
    </message>
    <message>
        <location filename="../ui/decisions/decisioneditor.cpp" line="+102"/>
        <source>%1 They are no longer editing it: you can take over.</source>
        <translation>%1 Personen redigerar inte längre: du kan ta över.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why is it refused? The caseworker sees your comment above the draft.</source>
        <translation>Varför avslås utkastet? Biståndshandläggaren ser din kommentar ovanför utkastet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why does it go back to draft? The reason is recorded.</source>
        <translation>Varför går beslutet tillbaka till utkast? Skälet sparas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>End the decision today, %1?</source>
        <translation>Vill du avsluta beslutet i dag, %1?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Before it can go for approval:</source>
        <translation>Innan beslutet kan skickas för godkännande:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the decision is now &quot;%2&quot;.</source>
        <translation>%1: beslutet har nu status &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved:</source>
        <translation>Inte sparat:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this draft?</source>
        <translation>Vill du spara ändringarna i utkastet?</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionListModel</name>
    <message>
        <location filename="../ui/decisions/decisionlistmodel.cpp" line="+108"/>
        <source>The evaluation date has passed.</source>
        <translation>Uppföljningsdatumet har passerat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Own time, hours a week</source>
        <translation>Enskild tid, timmar per vecka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time shared with others, hours a week</source>
        <translation>Gemensam tid (tillsammans med andra), timmar per vecka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own h</source>
        <translation>Enskild h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared h</source>
        <translation>Gemensam h</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionRepository</name>
    <message>
        <location filename="../core/repository/decisionrepository.cpp" line="+145"/>
        <source>There is no decision with id %1.</source>
        <translation>Det finns inget beslut med id %1.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The decision is &quot;%1&quot; and cannot be changed. Take it back to draft first; that is recorded.</source>
        <translation>Beslutet har status &quot;%1&quot; och kan inte ändras. Flytta först tillbaka beslutet till utkast. Det registreras i historiken.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionRules</name>
    <message>
        <location filename="../core/workflow/decisionworkflow.cpp" line="+64"/>
        <source>Service %1: &quot;%2&quot; is not in the catalogue of services.</source>
        <translation>Insats %1: &quot;%2&quot; finns inte i insatskatalogen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service %1 (%2) cannot be granted under the legal basis chosen.</source>
        <translation>Insats %1 (%2) kan inte beviljas enligt det valda lagrummet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service %1: own time must be between 0 and 168 hours a week.</source>
        <translation>Insats %1: enskild tid måste vara mellan 0 och 168 timmar per vecka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service %1: shared time must be between 0 and 168 hours a week.</source>
        <translation>Insats %1: gemensam tid måste vara mellan 0 och 168 timmar per vecka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service %1: own and shared time together come to %2 hours, more than the 168 hours in a week.</source>
        <translation>Insats %1: enskild och gemensam tid blir tillsammans %2 timmar, vilket är mer än veckans 168 timmar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Submit for approval</source>
        <translation>Skicka för godkännande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to draft</source>
        <translation>Tillbaka till utkast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register as sent</source>
        <translation>Registrera som skickat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put in force</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the client.</source>
        <translation>Välj brukare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a legal basis in this country&apos;s catalogue.</source>
        <translation>&quot;%1&quot; är inte ett lagrum i landets katalog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date comes before the date the decision is valid from.</source>
        <translation>Slutdatumet ligger före datumet då beslutet börjar gälla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The evaluation date must come after the date the decision is valid from.</source>
        <translation>Uppföljningsdatumet måste ligga efter datumet då beslutet börjar gälla.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the legal basis.</source>
        <translation>Välj lagrum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date the decision is valid from.</source>
        <translation>Ange från vilket datum beslutet gäller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date the decision will be evaluated: the letter must say when.</source>
        <translation>Ange när beslutet ska följas upp. Det måste framgå av beslutsbrevet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one service, with its hours.</source>
        <translation>Lägg till minst en insats med antal timmar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the section &quot;%1&quot;.</source>
        <translation>Fyll i avsnittet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not possible while the decision is &quot;%2&quot;.</source>
        <translation>Det går inte att välja &quot;%1&quot; när beslutet har status &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why the decision is refused, so the caseworker knows what to change.</source>
        <translation>Skriv varför utkastet avslås, så att biståndshandläggaren vet vad som behöver ändras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the decision goes back to draft: it is recorded.</source>
        <translation>Skriv varför beslutet går tillbaka till utkast. Skälet sparas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the date it was sent.</source>
        <translation>Ange datum då beslutet skickades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date sent cannot be in the future.</source>
        <translation>Datumet då beslutet skickades kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say how it was sent: by post, digitally or by hand.</source>
        <translation>Ange hur beslutet skickades: med post, digitalt eller personligen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot have been received before it was sent.</source>
        <translation>Beslutet kan inte ha tagits emot innan det skickades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The complaint deadline runs until %1: the decision can be put in force from %2.</source>
        <translation>Överklagandetiden löper till och med %1. Beslutet kan verkställas från och med %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the date it ends.</source>
        <translation>Ange datum då beslutet upphör.</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionServicesModel</name>
    <message>
        <location filename="../ui/decisions/decisionservicesmodel.cpp" line="+208"/>
        <source>Service</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own h/week</source>
        <translation>Enskild h/vecka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared h/week</source>
        <translation>Gemensam h/vecka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionTerms</name>
    <message>
        <location filename="../core/domain/decision.cpp" line="+52"/>
        <source>Relevant health information</source>
        <translation>Relevanta uppgifter om hälsa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Functioning and assessed needs</source>
        <translation>Funktionsförmåga och bedömda behov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs in all areas of life</source>
        <translation>Behov inom alla livsområden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s own needs, wishes and goals</source>
        <translation>Den enskildes egna behov, önskemål och mål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User participation</source>
        <translation>Den enskildes delaktighet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relatives&apos; participation</source>
        <translation>Anhörigas delaktighet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The municipality&apos;s assessment</source>
        <translation>Kommunens bedömning</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Avslutat</translation>
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
        <translation>Personligen</translation>
    </message>
</context>
<context>
    <name>fremdrift::DecisionsPage</name>
    <message>
        <location filename="../ui/decisions/decisionspage.cpp" line="+127"/>
        <source>Evaluation due within</source>
        <translation>Uppföljning inom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions that still apply whose evaluation date falls within this many weeks, or has passed.</source>
        <translation>Beslut som fortfarande gäller och vars uppföljningsdatum infaller inom så här många veckor eller redan har passerat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;aseworker:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;New decision…</source>
        <translation>&amp;Nytt beslut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n beslut</numerusform>
            <numerusform>%n beslut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fremdrift::EmptyPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/emptypage.cpp" line="+40"/>
        <source>This database holds %n record(s) of this kind.</source>
        <translation>
            <numerusform>Databasen innehåller %n post av det här slaget.</numerusform>
            <numerusform>Databasen innehåller %n poster av det här slaget.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You will be able to work with these records here in a later version of Fremdrift.</source>
        <translation>I en kommande version av Fremdrift kan du arbeta med dessa uppgifter här.</translation>
    </message>
</context>
<context>
    <name>fremdrift::FormMessagePanel</name>
    <message>
        <location filename="../ui/clients/formmessagepanel.cpp" line="+12"/>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the record as now saved; your changes here are lost.</source>
        <translation>Visa uppgifterna som de är sparade nu. Dina ändringar här går förlorade.</translation>
    </message>
</context>
<context>
    <name>fremdrift::JsonReading</name>
    <message>
        <location filename="../core/domain/json.cpp" line="+175"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; måste vara text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; måste vara ett datum i formen YYYY-MM-DD, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;client_id&quot; must be the id of a client.</source>
        <translation>&quot;client_id&quot; måste vara id för en brukare.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;services&quot; must be a list.</source>
        <translation>&quot;services&quot; måste vara en lista.</translation>
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
        <translation>Fältet &quot;%1&quot; i regelprofilen är tomt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile is %2, but must be from %3 to %4.</source>
        <translation>Fältet &quot;%1&quot; i regelprofilen är %2, men måste vara mellan %3 och %4.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile has the unknown value &quot;%2&quot;; use one of %3.</source>
        <translation>Fältet &quot;%1&quot; i regelprofilen har det okända värdet &quot;%2&quot;. Använd något av %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a day written MM-DD, such as 12-25, not &quot;%2&quot;.</source>
        <translation>Fältet &quot;%1&quot; i regelprofilen måste vara en dag skriven MM-DD, till exempel 12-25, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The list &quot;%1&quot; in the jurisdiction profile repeats the id &quot;%2&quot;.</source>
        <translation>Listan &quot;%1&quot; i regelprofilen innehåller id:t &quot;%2&quot; mer än en gång.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the jurisdiction profile, &quot;%1&quot; must not be greater than &quot;%2&quot;.</source>
        <translation>I regelprofilen får &quot;%1&quot; inte vara större än &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The jurisdiction profile lacks the field &quot;%1&quot;.</source>
        <translation>Fältet &quot;%1&quot; saknas i regelprofilen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be an object, {...}.</source>
        <translation>Fältet &quot;%1&quot; i regelprofilen måste vara ett objekt, {...}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a list, [...].</source>
        <translation>Fältet &quot;%1&quot; i regelprofilen måste vara en lista, [...].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a text in quotes.</source>
        <translation>Fältet &quot;%1&quot; i regelprofilen måste vara en text inom citattecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a whole number.</source>
        <translation>Fältet &quot;%1&quot; i regelprofilen måste vara ett heltal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be true or false.</source>
        <translation>Fältet &quot;%1&quot; i regelprofilen måste vara true eller false.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The jurisdiction profile has format version %1, but this version of Fremdrift reads version %2.</source>
        <translation>Regelprofilen har formatversion %1, men den här versionen av Fremdrift läser version %2.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The day rule &quot;%1&quot; in the jurisdiction profile must span one to seven days within one year, from &quot;from&quot; to &quot;to&quot;.</source>
        <translation>Dagregeln &quot;%1&quot; i regelprofilen måste omfatta en till sju dagar inom samma år, från &quot;from&quot; till &quot;to&quot;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile names the legal basis &quot;%2&quot;, which the profile does not define in &quot;legalBases&quot;.</source>
        <translation>Fältet &quot;%1&quot; i regelprofilen anger lagrummet &quot;%2&quot;, men det lagrummet finns inte i profilens &quot;legalBases&quot;.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The list &quot;%1&quot; in the jurisdiction profile lacks the step &quot;%2&quot;.</source>
        <translation>Listan &quot;%1&quot; i regelprofilen saknar steget &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The entry &quot;%1&quot; in the jurisdiction profile needs exactly one of &quot;everyMonths&quot; and &quot;asNeeded&quot;: true.</source>
        <translation>Posten &quot;%1&quot; i regelprofilen ska ha exakt ett av &quot;everyMonths&quot; och &quot;asNeeded&quot;: true.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile is %2, which is neither on the scale nor its &quot;not relevant&quot; value.</source>
        <translation>Fältet &quot;%1&quot; i regelprofilen är %2. Det värdet finns varken på skalan eller är skalans värde för &quot;inte relevant&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The jurisdiction profile &quot;%1&quot; does not exist.</source>
        <translation>Regelprofilen &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file &quot;%1&quot; is too large to be a jurisdiction profile.</source>
        <translation>Filen &quot;%1&quot; är för stor för att vara en regelprofil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the jurisdiction profile &quot;%1&quot;.</source>
        <translation>Det gick inte att läsa regelprofilen &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The built-in profile %1 describes %2 instead of %3.</source>
        <translation>Den inbyggda profilen %1 beskriver %2 i stället för %3.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The jurisdiction profile is not valid JSON: %1 at character %2.</source>
        <translation>Regelprofilen är inte giltig JSON: %1 vid tecken %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The jurisdiction profile must be a JSON object, {...}.</source>
        <translation>Regelprofilen måste vara ett JSON-objekt, {...}.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Leases</name>
    <message>
        <location filename="../core/storage/leases.cpp" line="+163"/>
        <source>Someone</source>
        <translation>Någon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is editing this on %2 since %3.</source>
        <translation>%1 redigerar uppgifterna på %2 sedan %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The lease on this record has been given up.</source>
        <translation>Redigeringslåset för uppgifterna har släppts.</translation>
    </message>
</context>
<context>
    <name>fremdrift::LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.cpp" line="+18"/>
        <source>Several people work in %1. Log in with your user name and password.</source>
        <translation>Flera personer arbetar i %1. Logga in med ditt användarnamn och lösenord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Password for %1</source>
        <translation>Lösenord för %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type your user name.</source>
        <translation>Skriv ditt användarnamn.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+47"/>
        <source>Fremdrift databases (*.sqlite *.fremdrift *.db);;All files (*)</source>
        <translation>Fremdrift-databaser (*.sqlite *.fremdrift *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;backup…</source>
        <translation>Återställ från säkerhets&amp;kopia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;password…</source>
        <translation>Byt &amp;lösenord…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shared databases…</source>
        <translation>&amp;Delade databaser…</translation>
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
        <translation>Du är inte inloggad, så %1 har inte öppnats.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a database first.</source>
        <translation>Öppna en databas först.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your password has been changed.</source>
        <translation>Ditt lösenord har ändrats.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database was created, but the demo data could not be added: %1</source>
        <translation>Databasen har skapats, men demouppgifterna kunde inte läggas till: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Fremdrift</source>
        <translation>Välkommen till Fremdrift</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>new-database</source>
        <translation>ny-databas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No recent databases</source>
        <translation>Inga nyligen öppnade databaser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the list</source>
        <translation>Rensa listan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database is busy: another PC is saving. Retrying…</source>
        <translation>Databasen är upptagen eftersom en annan dator sparar just nu. Försöker igen…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Today&apos;s backup could not be made. You can keep working. %1</source>
        <translation>Dagens säkerhetskopia kunde inte skapas. Du kan fortsätta arbeta. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup made</source>
        <translation>Säkerhetskopia skapad</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database was restored from the backup. The replaced file was kept as %1.</source>
        <translation>Databasen har återställts från säkerhetskopian. Den ersatta filen har sparats som %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No database is open</source>
        <translation>Ingen databas är öppen</translation>
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
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Editable</source>
        <translation>Redigerbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network drive</source>
        <translation>Nätverksenhet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safe with Fremdrift&apos;s rollback journal; see Help &gt; Shared databases</source>
        <translation>Säkert tack vare Fremdrifts rollback-journal. Se Hjälp &gt; Delade databaser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is not using the rollback journal (journal mode: %1); see Help &gt; Shared databases</source>
        <translation>Databasen använder inte rollback-journalen (journalläge: %1). Se Hjälp &gt; Delade databaser</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About Fremdrift</source>
        <translation>Om Fremdrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Progress plans and reviews of care decisions for municipal care offices in Norway, Sweden and Denmark.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Framdriftsplaner och uppföljning av beslut om insatser för kommunernas socialtjänst i Norge, Sverige och Danmark.&lt;/p&gt;&lt;p&gt;Byggt med Qt %2 och SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;The open database is on a network drive, with the rollback journal (journal mode: %1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den öppna databasen ligger på en nätverksenhet och använder rollback-journalen (journalläge: %1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;The open database is on this computer&apos;s own disk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den öppna databasen ligger på den här datorns egen disk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared databases</source>
        <translation>Delade databaser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;One database file for the office&lt;/h3&gt;&lt;p&gt;One Fremdrift file on a network drive works well when 2–8 people in one office share it over a reliable wired network, with daily backups. Fremdrift uses SQLite&apos;s rollback journal there (never WAL), waits its turn when another PC is saving, and refreshes open lists when someone else saves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Avoid&lt;/b&gt; cloud-sync folders (Dropbox, OneDrive, Google Drive and the like: Fremdrift refuses them, because they copy the file while it is being written and lose changes), Wi-Fi between the PCs and the file server, and VPN connections over slow links.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Move to a database server&lt;/b&gt; when more than about 8 people work at the same time, when the office has several locations, when &quot;busy&quot; messages come often, or when the network drive&apos;s file locking is unreliable. PostgreSQL is the planned server engine for Fremdrift.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;En databasfil för hela verksamheten&lt;/h3&gt;&lt;p&gt;En Fremdrift-fil på en nätverksenhet fungerar bra när 2–8 personer på samma kontor delar den via ett stabilt trådbundet nätverk och databasen säkerhetskopieras varje dag. Fremdrift använder då SQLites rollback-journal (aldrig WAL), väntar på sin tur när en annan dator sparar och uppdaterar öppna listor när någon annan sparar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Undvik&lt;/b&gt; molnsynkroniserade mappar (Dropbox, OneDrive, Google Drive och liknande – Fremdrift tillåter dem inte, eftersom de kopierar filen medan den skrivs så att ändringar går förlorade), trådlöst nätverk (wifi) mellan datorerna och filservern samt VPN-anslutningar över långsamma förbindelser.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gå över till en databasserver&lt;/b&gt; när fler än ungefär 8 personer arbetar samtidigt, när verksamheten finns på flera platser, när meddelanden om att databasen är upptagen kommer ofta eller när nätverksenhetens fillåsning inte är tillförlitlig. PostgreSQL är den databasserver som planeras för Fremdrift.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fremdrift::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+22"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>fremdrift::NationalId</name>
    <message>
        <location filename="../core/domain/nationalid.cpp" line="+66"/>
        <source>The number contains the letter &quot;%1&quot;, but a national ID number has only digits.</source>
        <translation>Numret innehåller bokstaven &quot;%1&quot;, men ett personnummer består bara av siffror.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number contains &quot;%1&quot;, which does not belong in a national ID number.</source>
        <translation>Numret innehåller &quot;%1&quot;, som inte hör hemma i ett personnummer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The date in the number does not exist (%1).</source>
        <translation>Datumet i numret finns inte (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date in the number (%1) lies in the future.</source>
        <translation>Födelsedatumet i numret (%1) ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The control digits do not match: the number has a typing error.</source>
        <translation>Kontrollsiffrorna stämmer inte. Det finns ett skrivfel i numret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synthetic test numbers are accepted only in a test database.</source>
        <translation>Syntetiska testnummer godtas bara i en testdatabas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A valid national identity number.</source>
        <translation>Ett giltigt fødselsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid D number.</source>
        <translation>Ett giltigt D-nummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid H number.</source>
        <translation>Ett giltigt H-nummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid synthetic test number.</source>
        <translation>Ett giltigt syntetiskt testnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid personal identity number.</source>
        <translation>Ett giltigt personnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid coordination number.</source>
        <translation>Ett giltigt samordningsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A valid CPR number.</source>
        <translation>Ett giltigt CPR-nummer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A Norwegian national ID number has 11 digits; this one has %1.</source>
        <translation>Ett norskt fødselsnummer har 11 siffror, men det här har %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Norwegian national ID number has no &quot;-&quot; or &quot;+&quot;: enter the 11 digits, with a space after the date if you like.</source>
        <translation>Ett norskt fødselsnummer har inget &quot;-&quot; eller &quot;+&quot;. Skriv de 11 siffrorna, gärna med ett mellanslag efter datumet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No national ID number begins with the digits %1: their first control digit would be 10. The number has a typing error.</source>
        <translation>Inget fødselsnummer börjar med siffrorna %1, eftersom den första kontrollsiffran då skulle bli 10. Det finns ett skrivfel i numret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No national ID number begins with the digits %1: their second control digit would be 10. The number has a typing error.</source>
        <translation>Inget fødselsnummer börjar med siffrorna %1, eftersom den andra kontrollsiffran då skulle bli 10. Det finns ett skrivfel i numret.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The number cannot be both a D number (day + 40) and an H number (month + 40).</source>
        <translation>Numret kan inte vara både ett D-nummer (dag + 40) och ett H-nummer (månad + 40).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The individual number %1 (digits 7–9) is not given to people born in a year ending in %2, so the number cannot exist.</source>
        <translation>Individnumret %1 (siffra 7–9) ges inte till personer födda ett år som slutar på %2, så numret kan inte finnas.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A Swedish personal identity number has 10 or 12 digits; this one has %1.</source>
        <translation>Ett svenskt personnummer har 10 eller 12 siffror, men det här har %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In a Swedish personal identity number the &quot;-&quot; or &quot;+&quot; comes right after the birth date: YYMMDD-NNNC or YYYYMMDD-NNNC.</source>
        <translation>I ett svenskt personnummer står &quot;-&quot; eller &quot;+&quot; direkt efter födelsedatumet: ÅÅMMDD-NNNK eller ÅÅÅÅMMDD-NNNK.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check digit does not match: the number has a typing error.</source>
        <translation>Kontrollsiffran stämmer inte. Det finns ett skrivfel i numret.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A valid test number from Skatteverket&apos;s test series.</source>
        <translation>Ett giltigt testpersonnummer från Skatteverkets testserie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A Danish CPR number has 10 digits; this one has %1.</source>
        <translation>Ett danskt CPR-nummer har 10 siffror, men det här har %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CPR number is written DDMMYY-SSSS: the only mark in it is a &quot;-&quot; right after the birth date.</source>
        <translation>Ett CPR-nummer skrivs DDMMÅÅ-SSSS. Det enda tecknet utöver siffrorna är ett &quot;-&quot; direkt efter födelsedatumet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The number fails the old modulus 11 check. Numbers issued since 2007 may do so; check it against the CPR register.</source>
        <translation>Numret klarar inte den gamla modulus 11-kontrollen. Det kan gälla nummer som har tilldelats sedan 2007. Kontrollera numret mot CPR-registret.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No national ID number was entered.</source>
        <translation>Inget personnummer har angetts.</translation>
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
        <translation>Syntetiskt testnummer</translation>
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
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress plans</source>
        <translation>Framdriftsplaner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is due soon, what is late, and what the database holds.</source>
        <translation>Vad som ska göras snart, vad som är försenat och vad databasen innehåller.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The people you decide services for, and the people around them.</source>
        <translation>De personer du fattar beslut om insatser för, och deras nätverk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation meetings in reviews, and responsibility group meetings.</source>
        <translation>Uppföljningsmöten och möten i samordningsgrupper (SIP-möten).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Progress plans: the reviews of decisions, step by step, with deadlines and the caseworkers responsible.</source>
        <translation>Framdriftsplaner: uppföljningen av beslut steg för steg, med tidsfrister och ansvariga biståndshandläggare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions, their services and hours, and where each is in its life: draft, approved, sent, in force.</source>
        <translation>Beslut med insatser och timmar, och var varje beslut befinner sig: utkast, godkänt, skickat, gällande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter templates: pre-notice, meeting invitation, minutes and decision letter.</source>
        <translation>Brevmallarna: underrättelse om uppföljning, kallelse till möte, minnesanteckningar och beslutsbrev.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters issued, and the share of decisions followed up.</source>
        <translation>Utskrivna brev och andelen beslut som har följts upp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, the office and the database.</source>
        <translation>Språk, verksamheten och databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/newdatabasedialog.cpp" line="+21"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose a file for the new database.</source>
        <translation>Välj en fil för den nya databasen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a file with this name. Choose another name, or open the file from the File menu.</source>
        <translation>Det finns redan en fil med det här namnet. Välj ett annat namn, eller öppna filen från menyn Arkiv.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New database</source>
        <translation>Ny databas</translation>
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
        <translation>Skapa utkast</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No client matches.</source>
        <translation>Ingen brukare matchar sökningen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For %1.</source>
        <translation>För %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the client from the list that appears as you type.</source>
        <translation>Välj brukaren i listan som visas medan du skriver.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing: a first decision</source>
        <translation>Inget – första beslutet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, från %3)</translation>
    </message>
</context>
<context>
    <name>fremdrift::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/optionaldateedit.cpp" line="+16"/>
        <source>Press Delete to leave the date empty.</source>
        <translation>Tryck på Delete för att lämna datumet tomt.</translation>
    </message>
</context>
<context>
    <name>fremdrift::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="+57"/>
        <source>No database is open</source>
        <translation>Ingen databas är öppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new database or open an existing one from the File menu.</source>
        <translation>Skapa en ny databas eller öppna en befintlig från menyn Arkiv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fremdrift</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the rules of %1. Database: %2</source>
        <translation>Följer reglerna i %1. Databas: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::PasswordDialog</name>
    <message>
        <location filename="../ui/login/passworddialog.cpp" line="+23"/>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A new password for %1. It needs at least %n characters.</source>
        <translation>
            <numerusform>Ett nytt lösenord för %1. Det måste ha minst %n tecken.</numerusform>
            <numerusform>Ett nytt lösenord för %1. Det måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Current password:</source>
        <translation>Nu&amp;varande lösenord:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two new passwords differ. Type the same one twice.</source>
        <translation>De två nya lösenorden är olika. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Passwords</name>
    <message numerus="yes">
        <location filename="../core/security/passwords.cpp" line="+45"/>
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Ett lösenord måste ha minst %n tecken.</numerusform>
            <numerusform>Ett lösenord måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A password may have at most %n characters.</source>
        <translation>
            <numerusform>Ett lösenord får ha högst %n tecken.</numerusform>
            <numerusform>Ett lösenord får ha högst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password cannot be only spaces.</source>
        <translation>Ett lösenord kan inte bestå av bara mellanslag.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password library could not start.</source>
        <translation>Lösenordsbiblioteket kunde inte startas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is not enough memory to protect the password. Close other programs and try again.</source>
        <translation>Det finns inte tillräckligt med minne för att skydda lösenordet. Stäng andra program och försök igen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Permissions</name>
    <message>
        <location filename="../core/workflow/permissions.cpp" line="+18"/>
        <source>Reading cases needs an active user.</source>
        <translation>För att läsa ärenden krävs en aktiv användare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing cases needs a caseworker, leader or administrator.</source>
        <translation>För att ändra i ärenden krävs rollen biståndshandläggare, enhetschef eller administratör.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a leader may approve or refuse a decision.</source>
        <translation>Bara en enhetschef får godkänna eller avslå ett beslut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may manage users.</source>
        <translation>Bara en administratör får hantera användare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may change letter templates.</source>
        <translation>Bara en administratör får ändra brevmallar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may change the office&apos;s settings.</source>
        <translation>Bara en administratör får ändra verksamhetens inställningar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2) may not do this. %3</source>
        <translation>%1 (%2) har inte behörighet till detta. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is deactivated and may not do this.</source>
        <translation>%1 är inaktiverad och har inte behörighet till detta.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Presence</name>
    <message>
        <location filename="../core/storage/presence.cpp" line="+46"/>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (since %3)</source>
        <translation>%1 på %2 (sedan %3)</translation>
    </message>
</context>
<context>
    <name>fremdrift::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/restoredialog.cpp" line="+36"/>
        <location line="+92"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Backups of %1 in %2, newest first. Restoring replaces the database with the backup you choose; the current file is kept beside it, ending in “.before-restore”.</source>
        <translation>Säkerhetskopior av %1 i %2, nyaste först. Vid återställning ersätts databasen med den säkerhetskopia du väljer. Den nuvarande filen sparas bredvid, med ändelsen ”.before-restore”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no backups of this database yet.</source>
        <translation>Det finns inga säkerhetskopior av den här databasen än.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The database cannot be restored while others use it: %1. Ask them to close Fremdrift, then try again.</source>
        <translation>Databasen kan inte återställas medan andra använder den: %1. Be dem att stänga Fremdrift och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace %1 with the backup made %2?

Everything saved since then is no longer in the database. The current file is kept as %3.</source>
        <translation>Vill du ersätta %1 med säkerhetskopian från %2?

Allt som har sparats sedan dess försvinner från databasen. Den nuvarande filen sparas som %3.</translation>
    </message>
</context>
<context>
    <name>fremdrift::Role</name>
    <message>
        <location filename="../core/domain/staffuser.cpp" line="+33"/>
        <source>Caseworker</source>
        <translation>Biståndshandläggare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader (approves decisions)</source>
        <translation>Enhetschef (godkänner beslut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
</context>
<context>
    <name>fremdrift::SendDialog</name>
    <message>
        <location filename="../ui/decisions/senddialog.cpp" line="+93"/>
        <source>The date sent cannot be in the future.</source>
        <translation>Datumet då beslutet skickades kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It cannot have been received before it was sent.</source>
        <translation>Beslutet kan inte ha tagits emot innan det skickades.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received on %1.</source>
        <translation>Mottaget %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed received on %1.</source>
        <translation>Antas mottaget %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (%3). In force from %4.</source>
        <translation>%1: %2 (%3). Gäller från och med %4.</translation>
    </message>
</context>
<context>
    <name>fremdrift::ServiceComparisonModel</name>
    <message>
        <location filename="../ui/decisions/servicecomparisonmodel.cpp" line="+38"/>
        <source>New: %1 h</source>
        <translation>Ny: %1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: %1 h</source>
        <translation>Borttagen: %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h (own %2, shared %3)</source>
        <translation>%1 h (enskild %2, gemensam %3)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Service</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous own</source>
        <translation>Tidigare enskild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous shared</source>
        <translation>Tidigare gemensam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New own</source>
        <translation>Ny enskild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New shared</source>
        <translation>Ny gemensam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change a week</source>
        <translation>Förändring per vecka</translation>
    </message>
</context>
<context>
    <name>fremdrift::Session</name>
    <message>
        <location filename="../core/workflow/session.cpp" line="+64"/>
        <source>The database has no active staff user. An administrator must add one with fremdrift-cli user add.</source>
        <translation>Databasen har ingen aktiv användare. En administratör måste lägga till en med fremdrift-cli user add.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no staff user called &quot;%1&quot;.</source>
        <translation>Det finns ingen användare som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is deactivated and cannot work in this database.</source>
        <translation>%1 är inaktiverad och kan inte arbeta i den här databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="+40"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the database</source>
        <translation>Kontrollera databasen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language:</source>
        <translation>Programmets språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of menus and messages. The country&apos;s rules and legal terms follow the database.</source>
        <translation>Språket i menyer och meddelanden. Landets regler och juridiska termer bestäms av databasen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Nordby municipality, care services office</source>
        <translation>t.ex. Nordby kommun, biståndsenheten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office name:</source>
        <translation>Verksamhetens namn:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working as:</source>
        <translation>Inloggad som:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country&apos;s rules:</source>
        <translation>Landets regler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access:</source>
        <translation>Åtkomst:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No database is open</source>
        <translation>Ingen databas är öppen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read-only: %1</source>
        <translation>Skrivskyddad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be changed</source>
        <translation>Kan ändras</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database is sound: the whole file was read and every rule holds.</source>
        <translation>Databasen är felfri: hela filen har lästs och alla regler är uppfyllda.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The office name is saved.</source>
        <translation>Verksamhetens namn har sparats.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database has problems:</source>
        <translation>Databasen har problem:</translation>
    </message>
</context>
<context>
    <name>fremdrift::SqlErrors</name>
    <message>
        <location filename="../core/storage/sql.cpp" line="+38"/>
        <location line="+32"/>
        <source>The database reported an error.</source>
        <translation>Databasen rapporterade ett fel.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The database is busy: another user is saving. Try again in a moment.</source>
        <translation>Databasen är upptagen eftersom en annan användare sparar just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is open read-only, so nothing can be saved.</source>
        <translation>Databasen är öppnad skrivskyddad, så inget kan sparas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken är full. Inget sparades. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file could not be read or written. Check that the drive is connected and try again.</source>
        <translation>Databasfilen gick inte att läsa eller skriva till. Kontrollera att enheten är ansluten och försök igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Databasfilen är skadad. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>Ändringen bryter mot en regel i databasen och sparades inte.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Someone else deleted this record while you were working on it. Your changes were not saved.</source>
        <translation>Någon annan tog bort uppgifterna medan du arbetade med dem. Dina ändringar har inte sparats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 saved this record at %2, after you opened it. Your changes were not saved: reload to see theirs, then make yours again.</source>
        <translation>%1 sparade uppgifterna %2, efter att du hade öppnat dem. Dina ändringar har inte sparats. Läs in igen för att se de nya ändringarna och gör sedan om dina ändringar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
</context>
<context>
    <name>fremdrift::TableSummaryModel</name>
    <message>
        <location filename="../ui/tablesummarymodel.cpp" line="+14"/>
        <source>Clients</source>
        <translation>Brukare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatives, guardians and contacts</source>
        <translation>Anhöriga, gode män/förvaltare och kontakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress plans</source>
        <translation>Framdriftsplaner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter templates</source>
        <translation>Brevmallar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters issued</source>
        <translation>Utskrivna brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units and homes</source>
        <translation>Enheter och boenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Kind of record</source>
        <translation>Typ</translation>
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
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The country whose rules the database follows: no, se or dk.</source>
        <translation>Landet vars regler databasen följer: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new database needs --jurisdiction no, se or dk.</source>
        <translation>För en ny databas måste du ange --jurisdiction no, se eller dk.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unknown jurisdiction &quot;%1&quot;: use no, se or dk.</source>
        <translation>Okänt land &quot;%1&quot;: använd no, se eller dk.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; behöver ett underkommando: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown subcommand &quot;%1 %2&quot;: use %3.</source>
        <translation>Okänt underkommando &quot;%1 %2&quot;: använd %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the record&apos;s id, a whole number, e.g. 12.</source>
        <translation>Ange postens id, ett heltal, till exempel 12.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 ska vara ett datum i formen YYYY-MM-DD, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 ska vara ett heltal från %2 till %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This command needs --%1.</source>
        <translation>Kommandot kräver --%1.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Mark the database as a test database (accepts test ID numbers).</source>
        <translation>Markera databasen som testdatabas (godtar testpersonnummer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office&apos;s name, for letterheads.</source>
        <translation>Verksamhetens namn, för brevhuvuden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>How many invented clients (default 36).</source>
        <translation>Antal påhittade brukare (standard 36).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--clients takes a whole number from 1 to 1000000.</source>
        <translation>--clients ska vara ett heltal från 1 till 1000000.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists. Demo data only goes into a new database: give another --db.</source>
        <translation>%1 finns redan. Demouppgifter kan bara läggas in i en ny databas: ange en annan --db.</translation>
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
        <translation>Kommandon (datum skrivs YYYY-MM-DD):
  init --jurisdiction no|se|dk [--test-data] [--office-name NAME]
                  skapa en ny databas
  demo --jurisdiction no|se|dk [--clients N]
                  skapa en ny testdatabas med påhittade demouppgifter
  info            beskriv databasen
  check           kontrollera integritet och schema; slutkod 0 bara om allt är i ordning
  backup [--folder DIR] [--keep N]
                  gör en kontrollerad säkerhetskopia (standardmapp: lokal, per databas)
  backup list [--folder DIR]
  restore FILE [--yes]
                  ersätt databasen med en säkerhetskopia; nekas medan andra använder den
  user list       användarna
  user add --username U --name NAME --role caseworker|leader|administrator|readonly
                  [--title T]   (administratörer; lösenord: FREMDRIFT_PASSWORD_NEW eller skrivs in)
  user passwd [USERNAME]
                  byt ditt lösenord, eller (administratörer) någon annans
  user deactivate USERNAME
                  (administratörer) användaren behåller sin historik men kan inte logga in
  client add --name NAME | --given-name G --family-name F
             [--national-id ID] [--unit NAME]
  client list [--search TEXT] [--limit N]
  client show ID  brukaren med kontakter och beslut
  decision add --json FILE
                  ett nytt utkast, i samma format som decision show skriver ut (- läser stdin)
  decision show ID
  decision list [--status S] [--client ID] [--unit NAME]
                [--caseworker USERNAME] [--due-within-weeks N]
  decision submit|approve|put-in-force ID
  decision refuse|return-to-draft ID --comment TEXT
  decision send ID --date D --method post|digital|hand [--received D]
  decision end ID --date D
  import clients|decisions FILE [--dry-run]
                  läs in ärenden från CSV; slutkod 0 bara om varje rad är korrekt
  audit log [--staff USERNAME] [--client ID] [--from D] [--to D] [--limit N]
                  (administratörer) granskningsloggen, nyaste först
  audit access-report CLIENT_ID [--pdf FILE]
                  (administratörer) vem som har öppnat eller ändrat brukarens uppgifter
  rules deadline --jurisdiction no|se|dk --received D
                  överklagandetiden (ingen databas behövs)
  rules national-id --jurisdiction no|se|dk NUMBER [--test-data]
                  kontrollera ett personnummer; slutkod 0 bara om det är giltigt
En databas med flera användare, varav några har lösenord, kräver --user NAME och
användarens lösenord: FREMDRIFT_PASSWORD, eller skrivet när du blir tillfrågad i en terminal.
Utdata är JSON på stdout; fel skrivs till stderr. Slutkoder: 0 klart, 1 kommandot
misslyckades, 2 felaktigt anrop.
</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Fremdrift&apos;s command-line tool.</source>
        <translation>Fremdrifts kommandoradsverktyg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file (default: $FREMDRIFT_DB, else the user&apos;s default database).</source>
        <translation>Databasfilen (standard: $FREMDRIFT_DB, annars användarens standarddatabas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of messages: en, nb, sv or da.</source>
        <translation>Språk för meddelanden: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act as this staff user (username); default: the one matching the computer login, else the first administrator.</source>
        <translation>Arbeta som den här användaren (användarnamn). Standard: den användare som motsvarar inloggningen på datorn, annars den första administratören.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run.</source>
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No command given.</source>
        <translation>Inget kommando angavs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="+31"/>
        <source>Give the client&apos;s name: --name &quot;Given Family&quot;, or --given-name and --family-name.</source>
        <translation>Ange brukarens namn: --name &quot;Förnamn Efternamn&quot;, eller --given-name och --family-name.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The unit or home; a new name adds the unit.</source>
        <translation>Enhet eller boende. Ett nytt namn lägger till enheten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client&apos;s full name; the last word is the family name.</source>
        <translation>Brukarens fullständiga namn. Det sista ordet blir efternamn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s given name.</source>
        <translation>Brukarens förnamn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s family name.</source>
        <translation>Brukarens efternamn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s national ID number.</source>
        <translation>Brukarens personnummer.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only clients whose name, national ID or unit contain every word.</source>
        <translation>Bara brukare vars namn, personnummer eller enhet innehåller alla orden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this many clients (default 500).</source>
        <translation>Högst så här många brukare (standard 500).</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommands.cpp" line="+25"/>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not hold a JSON object: %2</source>
        <translation>%1 innehåller inget JSON-objekt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds something else</source>
        <translation>filen innehåller något annat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The decision in the shape &quot;decision show&quot; prints; - reads standard input.</source>
        <translation>Beslutet i samma form som &quot;decision show&quot; skriver ut. Ange - för att läsa från stdin.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Why: recorded with the decision.</source>
        <translation>Motivering, som sparas tillsammans med beslutet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send: the date sent; end: the date it ends (YYYY-MM-DD).</source>
        <translation>send: datum då beslutet skickades; end: datum då beslutet upphör (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was sent: post, digital or hand.</source>
        <translation>Hur beslutet skickades: post (med post), digital (digitalt) eller hand (personligen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the client received it, if known; else it is assumed from the jurisdiction&apos;s rules (YYYY-MM-DD).</source>
        <translation>När brukaren tog emot beslutet, om det är känt. Annars beräknas datumet enligt landets regler (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--method takes post, digital or hand, not &quot;%1&quot;.</source>
        <translation>--method ska vara post, digital eller hand, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Only decisions in this state: %1.</source>
        <translation>Bara beslut med den här statusen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the decisions of the client with this id.</source>
        <translation>Bara beslut för brukaren med det här id:t.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the decisions of clients in this unit.</source>
        <translation>Bara beslut för brukare på den här enheten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the decisions of this caseworker (username).</source>
        <translation>Bara den här handläggarens beslut (användarnamn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only decisions due for evaluation within this many weeks, or overdue.</source>
        <translation>Bara beslut som ska följas upp inom så här många veckor, eller som redan skulle ha följts upp.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Okänd status &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no unit called &quot;%1&quot;.</source>
        <translation>Det finns ingen enhet som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no staff user with the username &quot;%1&quot;.</source>
        <translation>Det finns ingen användare med användarnamnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+33"/>
        <source>Check every line and report the problems; write nothing.</source>
        <translation>Kontrollera alla rader och rapportera problemen, men spara ingenting.</translation>
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
        <translation>Användning: import clients|decisions FILE [--dry-run]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown import &quot;%1&quot;: use clients or decisions.</source>
        <translation>Okänd import &quot;%1&quot;: använd clients eller decisions.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: correct the lines above and import the file again.</source>
        <translation>Inget har importerats. Rätta raderna ovan och importera filen igen.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulecommands.cpp" line="+14"/>
        <source>The country whose rules apply: no, se or dk.</source>
        <translation>Landet vars regler gäller: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The date the decision reached the client.</source>
        <translation>Datum då beslutet nådde brukaren.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Check as a test database does: accept synthetic test numbers.</source>
        <translation>Kontrollera på samma sätt som i en testdatabas, dvs. godta syntetiska testnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The national ID number.</source>
        <translation>Personnumret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the national ID number to check.</source>
        <translation>Ange personnumret som ska kontrolleras.</translation>
    </message>
    <message>
        <location filename="../app/cli/backupcommands.cpp" line="+21"/>
        <source>The backup folder (default: a folder for this database in the user&apos;s local data folder).</source>
        <translation>Mappen för säkerhetskopior (standard: en mapp för den här databasen i användarens lokala datamapp).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>How many backups to keep (default %1).</source>
        <translation>Hur många säkerhetskopior som ska sparas (standard %1).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the database without asking.</source>
        <translation>Ersätt databasen utan att fråga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup to restore.</source>
        <translation>Säkerhetskopian som ska återställas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which backup? Give its file (see &quot;backup list&quot;).</source>
        <translation>Vilken säkerhetskopia? Ange filen (se &quot;backup list&quot;).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This replaces %1 (last changed %2) with the backup %3; the current file is kept as %1.before-restore.</source>
        <translation>Detta ersätter %1 (senast ändrad %2) med säkerhetskopian %3. Den nuvarande filen sparas som %1.before-restore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This puts the backup %1 in place as %2.</source>
        <translation>Detta lägger in säkerhetskopian %1 som %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed: run again with --yes to do it.</source>
        <translation>Inget har ändrats. Kör kommandot igen med --yes för att genomföra det.</translation>
    </message>
    <message>
        <location filename="../app/cli/usercommands.cpp" line="+71"/>
        <source>Give the new password in FREMDRIFT_PASSWORD_NEW, or run this on a terminal to type it.</source>
        <translation>Ange det nya lösenordet i FREMDRIFT_PASSWORD_NEW, eller kör kommandot i en terminal för att skriva det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password for %1: </source>
        <translation>Nytt lösenord för %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same password again: </source>
        <translation>Samma lösenord igen: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>De två lösenorden är olika. Inget har ändrats.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+179"/>
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <location line="-171"/>
        <source>The new user&apos;s login name.</source>
        <translation>Användarnamnet som den nya användaren loggar in med.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name.</source>
        <translation>Fullständigt namn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>caseworker, leader, administrator or readonly.</source>
        <translation>caseworker, leader, administrator eller readonly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title.</source>
        <translation>Befattning.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown role &quot;%1&quot;: use caseworker, leader, administrator or readonly.</source>
        <translation>Okänd roll &quot;%1&quot;: använd caseworker, leader, administrator eller readonly.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Whose password (administrators); default: your own.</source>
        <translation>Vems lösenord (administratörer). Standard: ditt eget.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Who to deactivate.</source>
        <translation>Användaren som ska inaktiveras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the user name of the user to deactivate.</source>
        <translation>Ange användarnamnet för den användare som ska inaktiveras.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A password is needed: set FREMDRIFT_PASSWORD, or run this on a terminal to type it.</source>
        <translation>Ett lösenord krävs: ange FREMDRIFT_PASSWORD, eller kör kommandot i en terminal för att skriva det.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database has several users and needs a login: give --user NAME, and the password in FREMDRIFT_PASSWORD or typed when asked.</source>
        <translation>Den här databasen har flera användare och kräver inloggning: ange --user NAME och lösenordet i FREMDRIFT_PASSWORD, eller skriv det när du blir tillfrågad.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="+71"/>
        <source>Only what this staff user did (username).</source>
        <translation>Bara det som den här användaren har gjort (användarnamn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only rows about this client (id).</source>
        <translation>Bara rader som gäller den här brukaren (id).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From this day.</source>
        <translation>Från och med den här dagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To this day, inclusive.</source>
        <translation>Till och med den här dagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this many rows, newest first.</source>
        <translation>Högst så här många rader, nyaste först.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--client needs a client&apos;s id, a whole number.</source>
        <translation>--client ska vara en brukares id, ett heltal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no staff user called &quot;%1&quot;.</source>
        <translation>Det finns ingen användare som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Also write the report as an A4 PDF file.</source>
        <translation>Skriv också rapporten till en PDF-fil i A4-format.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94"/>
        <source>Progress plans and reviews of care decisions.</source>
        <translation>Framdriftsplaner och uppföljning av beslut om insatser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this database file.</source>
        <translation>Öppna den här databasfilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: en, nb, sv or da.</source>
        <translation>Programmets språk: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window as PNG and exit.</source>
        <translation>Spara en bild av fönstret som PNG och avsluta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page to show: overview, plans, clients, decisions, meetings, templates, reports or settings.</source>
        <translation>Sidan som ska visas: overview, plans, clients, decisions, meetings, templates, reports eller settings.</translation>
    </message>
</context>
</TS>
