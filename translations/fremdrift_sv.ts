<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
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
        <source>This is a &amp;test database (accepts synthetic national ID numbers)</source>
        <translation>Det här är en &amp;testdatabas (godtar testpersonnummer)</translation>
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
    <name>fremdrift::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+41"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The folder %1 does not exist. Choose an existing folder or create it first.</source>
        <translation>Mappen %1 finns inte. Välj en befintlig mapp eller skapa mappen först.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This database was made by a newer version of Fremdrift (schema %1; this version knows up to %2). It is open read-only: update Fremdrift to make changes.</source>
        <translation>Databasen har skapats av en nyare version av Fremdrift (schema %1; den här versionen klarar upp till %2). Den är därför öppnad skrivskyddad. Uppdatera Fremdrift om du behöver göra ändringar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is read-only, so it is open read-only: nothing can be changed.</source>
        <translation>Filen är skrivskyddad, så databasen är öppnad skrivskyddad. Inget kan ändras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is read-only, so the database is open read-only: nothing can be changed.</source>
        <translation>Mappen %1 är skrivskyddad, så databasen är öppnad skrivskyddad. Inget kan ändras.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The database %1 cannot be opened. %2</source>
        <translation>Databasen %1 kan inte öppnas. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>No database file was given.</source>
        <translation>Ingen databasfil angavs.</translation>
    </message>
    <message>
        <location line="-52"/>
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
        <location line="+32"/>
        <source>There is already a file at %1. Open it, or choose another name for the new database.</source>
        <translation>Det finns redan en fil med sökvägen %1. Öppna den, eller välj ett annat namn för den nya databasen.</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location line="+18"/>
        <source>The database is open read-only.</source>
        <translation>Databasen är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+3"/>
        <source>The database does not say which country&apos;s rules it follows.</source>
        <translation>Det framgår inte av databasen vilket lands regler den följer.</translation>
    </message>
</context>
<context>
    <name>fremdrift::EmptyPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/emptypage.cpp" line="+38"/>
        <source>This database holds %n record(s) of this kind.</source>
        <translation>
            <numerusform>Databasen innehåller %n post av det här slaget.</numerusform>
            <numerusform>Databasen innehåller %n poster av det här slaget.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working with these records on this page comes in a later version of Fremdrift.</source>
        <translation>I en senare version av Fremdrift kommer du att kunna arbeta med de här posterna på den här sidan.</translation>
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
    <name>fremdrift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+37"/>
        <source>Fremdrift databases (*.sqlite *.fremdrift *.db);;All files (*)</source>
        <translation>Fremdrift-databaser (*.sqlite *.fremdrift *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location line="+65"/>
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
        <location line="+3"/>
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
        <source>&amp;About Fremdrift</source>
        <translation>&amp;Om Fremdrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The database was created, but the demo data could not be added: %1</source>
        <translation>Databasen har skapats, men demouppgifterna kunde inte läggas till: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Fremdrift</source>
        <translation>Välkommen till Fremdrift</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>new-database</source>
        <translation>ny-databas</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+30"/>
        <source>No database is open</source>
        <translation>Ingen databas är öppen</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Read and write</source>
        <translation>Läsa och skriva</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Fremdrift</source>
        <translation>Om Fremdrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Progress plans and reviews of care decisions for municipal care offices in Norway, Sweden and Denmark.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Framdriftsplaner och uppföljning av beslut om insatser för kommunernas socialtjänst i Norge, Sverige och Danmark.&lt;/p&gt;&lt;p&gt;Byggt med Qt %2 och SQLite.&lt;/p&gt;</translation>
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
        <source>What is due, what is late, and what the database holds.</source>
        <translation>Vad som snart ska göras, vad som är försenat och vad databasen innehåller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress plans: the reviews of decisions, step by step, with deadlines and the caseworkers responsible.</source>
        <translation>Framdriftsplaner: uppföljningen av beslut steg för steg, med tidsfrister och ansvariga biståndshandläggare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The people whose services you decide, and the people around them.</source>
        <translation>Brukarna som du beslutar om insatser för, och personerna runt dem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions, their services and hours, and where each is in its life: draft, approved, sent, in force.</source>
        <translation>Beslut med insatser och timmar, och var varje beslut befinner sig: utkast, godkänt, skickat, gällande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation meetings, follow-up meetings and responsibility groups.</source>
        <translation>Uppföljningsmöten, avstämningsmöten och samordningsgrupper (SIP-möten).</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+55"/>
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
    <name>fremdrift::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="+55"/>
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
    <name>fremdrift::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="+36"/>
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
        <location line="+38"/>
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
        <source>Read and write</source>
        <translation>Läsa och skriva</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office name is saved.</source>
        <translation>Verksamhetens namn har sparats.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is sound: every page was read and every rule holds.</source>
        <translation>Databasen är felfri: alla sidor gick att läsa och alla regler är uppfyllda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database has problems:</source>
        <translation>Databasen har problem:</translation>
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
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
</context>
<context>
    <name>fremdrift::cli::Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+30"/>
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The country whose rules the database follows: no, se or dk.</source>
        <translation>Landet vars regler databasen följer: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new database needs --jurisdiction no, se or dk.</source>
        <translation>För en ny databas måste du ange --jurisdiction no, se eller dk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown jurisdiction &quot;%1&quot;: use no, se or dk.</source>
        <translation>Okänt land &quot;%1&quot;: använd no, se eller dk.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Mark the database as a test database (accepts synthetic national IDs).</source>
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
        <location filename="../app/cli/main.cpp" line="+33"/>
        <source>Commands:
  init --jurisdiction no|se|dk [--test-data] [--office-name NAME]
                  create a new database
  demo --jurisdiction no|se|dk [--clients N]
                  create a new test database with invented demo data
  info            describe the database (JSON)
  check           check integrity and schema; exit 0 only when sound
</source>
        <translation>Kommandon:
  init --jurisdiction no|se|dk [--test-data] [--office-name NAMN]
                  skapa en ny databas
  demo --jurisdiction no|se|dk [--clients N]
                  skapa en ny testdatabas med påhittade demouppgifter
  info            beskriv databasen (JSON)
  check           kontrollera integritet och schema; slutkod 0 bara om databasen är felfri
</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <source>The command to run.</source>
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No command given.</source>
        <translation>Inget kommando angavs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>fremdrift::sql</name>
    <message>
        <location filename="../core/storage/sql.cpp" line="+36"/>
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
