<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
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
        <translation>En database inneholder brukerne, vedtakene, fremdriftsplanene og brevene til ett kontor. Hvilket lands regler databasen følger, kan ikke endres senere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country&apos;s rules:</source>
        <translation>&amp;Lovverk:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Office name:</source>
        <translation>&amp;Kontornavn:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill it with invented &amp;demo data to try Fremdrift out</source>
        <translation>Legg inn oppdiktede &amp;demodata for å prøve ut Fremdrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a &amp;test database (accepts synthetic national ID numbers)</source>
        <translation>Dette er en &amp;testdatabase (godtar syntetiske fødselsnumre)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qtstrings.cpp" line="+31"/>
        <source>Look in:</source>
        <translation>Søk i:</translation>
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
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Vis skjulte filer</translation>
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
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
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
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at du har oppgitt riktig filnavn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
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
        <translation>Endret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-40"/>
        <source>Show Details...</source>
        <translation>Vis detaljer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer...</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
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
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+42"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier l&amp;enkeadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>fremdrift::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+41"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The folder %1 does not exist. Choose an existing folder or create it first.</source>
        <translation>Mappen %1 finnes ikke. Velg en mappe som finnes, eller opprett mappen først.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This database was made by a newer version of Fremdrift (schema %1; this version knows up to %2). It is open read-only: update Fremdrift to make changes.</source>
        <translation>Databasen er laget av en nyere versjon av Fremdrift (skjema %1, mens denne versjonen bare kjenner skjema til og med %2). Den er derfor bare åpnet for lesing. Oppdater Fremdrift for å kunne gjøre endringer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is read-only, so it is open read-only: nothing can be changed.</source>
        <translation>Filen er skrivebeskyttet, så databasen er bare åpnet for lesing. Ingenting kan endres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is read-only, so the database is open read-only: nothing can be changed.</source>
        <translation>Mappen %1 er skrivebeskyttet, så databasen er bare åpnet for lesing. Ingenting kan endres.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The database %1 cannot be opened. %2</source>
        <translation>Databasen %1 kan ikke åpnes. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>No database file was given.</source>
        <translation>Ingen databasefil er oppgitt.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>There is no file %1. Check the name, or create a new database.</source>
        <translation>Filen %1 finnes ikke. Sjekk navnet, eller opprett en ny database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder, not a Fremdrift database.</source>
        <translation>%1 er en mappe, ikke en Fremdrift-database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Fremdrift database: it is not an SQLite database file at all. Nothing was changed.</source>
        <translation>%1 er ikke en Fremdrift-database, og heller ikke en SQLite-databasefil. Ingenting er endret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an SQLite database, but not one made by Fremdrift. Nothing was changed.</source>
        <translation>%1 er en SQLite-database, men den er ikke laget av Fremdrift. Ingenting er endret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is open read-only, as asked.</source>
        <translation>Databasen er åpnet skrivebeskyttet, slik du ba om.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is already a file at %1. Open it, or choose another name for the new database.</source>
        <translation>Filen %1 finnes allerede. Åpne den, eller velg et annet navn på den nye databasen.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The database %1 could not be created. %2</source>
        <translation>Databasen %1 kunne ikke opprettes. %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database %1 is damaged and cannot be opened. Nothing was changed. Restore it from a backup.</source>
        <translation>Databasen %1 er skadet og kan ikke åpnes. Ingenting er endret. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database setting %1 could not be set (it is %2, expected %3).</source>
        <translation>Databaseinnstillingen %1 kunne ikke settes (den er %2, men skulle vært %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database %1 must be upgraded to this version of Fremdrift, but it is read-only. Open it where it can be written, or with the version of Fremdrift that made it.</source>
        <translation>Databasen %1 må oppgraderes til denne versjonen av Fremdrift, men den er skrivebeskyttet. Åpne den fra et sted der den kan endres, eller med den versjonen av Fremdrift som laget den.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database could not be upgraded to schema %1; it was left as it was. %2</source>
        <translation>Databasen kunne ikke oppgraderes til skjema %1, og er ikke endret. %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database does not say which country&apos;s rules it follows (found &quot;%1&quot;; expected NO, SE or DK).</source>
        <translation>Databasen oppgir ikke hvilket lands regler den følger (fant «%1», men skulle vært NO, SE eller DK).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database is open read-only.</source>
        <translation>Databasen er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The setting %1 is not in the database.</source>
        <translation>Innstillingen %1 finnes ikke i databasen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file is not marked as a Fremdrift database.</source>
        <translation>Filen er ikke merket som en Fremdrift-database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema version is %1; this version of Fremdrift expects %2.</source>
        <translation>Skjemaversjonen er %1, men denne versjonen av Fremdrift forventer %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A row in %1 (row %2) points to a missing row in %3.</source>
        <translation>En rad i %1 (rad %2) viser til en rad i %3 som ikke finnes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table %1 is missing.</source>
        <translation>Tabellen %1 mangler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is in WAL mode, which is unsafe on network drives.</source>
        <translation>Filen er i WAL-modus, som ikke er trygt på nettverksstasjoner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database does not say which country&apos;s rules it follows.</source>
        <translation>Databasen oppgir ikke hvilket lands regler den følger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::EmptyPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/emptypage.cpp" line="+38"/>
        <source>This database holds %n record(s) of this kind.</source>
        <translation>
            <numerusform>Databasen inneholder %n post av denne typen.</numerusform>
            <numerusform>Databasen inneholder %n poster av denne typen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working with these records on this page comes in a later version of Fremdrift.</source>
        <translation>I en senere versjon av Fremdrift kan du arbeide med disse postene her.</translation>
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
        <translation>Feltet &quot;%1&quot; i lovverksprofilen er tomt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile is %2, but must be from %3 to %4.</source>
        <translation>Feltet &quot;%1&quot; i lovverksprofilen er %2, men må være fra %3 til %4.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile has the unknown value &quot;%2&quot;; use one of %3.</source>
        <translation>Feltet &quot;%1&quot; i lovverksprofilen har den ukjente verdien &quot;%2&quot;. Bruk en av disse: %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a day written MM-DD, such as 12-25, not &quot;%2&quot;.</source>
        <translation>Feltet &quot;%1&quot; i lovverksprofilen må være en dag skrevet MM-DD, for eksempel 12-25, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The list &quot;%1&quot; in the jurisdiction profile repeats the id &quot;%2&quot;.</source>
        <translation>Listen &quot;%1&quot; i lovverksprofilen har id-en &quot;%2&quot; mer enn én gang.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the jurisdiction profile, &quot;%1&quot; must not be greater than &quot;%2&quot;.</source>
        <translation>I lovverksprofilen kan ikke &quot;%1&quot; være større enn &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The jurisdiction profile lacks the field &quot;%1&quot;.</source>
        <translation>Lovverksprofilen mangler feltet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be an object, {...}.</source>
        <translation>Feltet &quot;%1&quot; i lovverksprofilen må være et objekt, {...}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a list, [...].</source>
        <translation>Feltet &quot;%1&quot; i lovverksprofilen må være en liste, [...].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a text in quotes.</source>
        <translation>Feltet &quot;%1&quot; i lovverksprofilen må være en tekst i anførselstegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be a whole number.</source>
        <translation>Feltet &quot;%1&quot; i lovverksprofilen må være et heltall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile must be true or false.</source>
        <translation>Feltet &quot;%1&quot; i lovverksprofilen må være true eller false.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The jurisdiction profile has format version %1, but this version of Fremdrift reads version %2.</source>
        <translation>Lovverksprofilen har formatversjon %1, men denne versjonen av Fremdrift leser versjon %2.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The day rule &quot;%1&quot; in the jurisdiction profile must span one to seven days within one year, from &quot;from&quot; to &quot;to&quot;.</source>
        <translation>Dagregelen &quot;%1&quot; i lovverksprofilen må gjelde fra én til sju dager innenfor samme år, fra &quot;from&quot; til &quot;to&quot;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile names the legal basis &quot;%2&quot;, which the profile does not define in &quot;legalBases&quot;.</source>
        <translation>Feltet &quot;%1&quot; i lovverksprofilen viser til hjemmelen &quot;%2&quot;, men den er ikke definert under &quot;legalBases&quot;.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The list &quot;%1&quot; in the jurisdiction profile lacks the step &quot;%2&quot;.</source>
        <translation>Listen &quot;%1&quot; i lovverksprofilen mangler trinnet &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The entry &quot;%1&quot; in the jurisdiction profile needs exactly one of &quot;everyMonths&quot; and &quot;asNeeded&quot;: true.</source>
        <translation>Oppføringen &quot;%1&quot; i lovverksprofilen må ha enten &quot;everyMonths&quot; eller &quot;asNeeded&quot;: true, men ikke begge.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The field &quot;%1&quot; in the jurisdiction profile is %2, which is neither on the scale nor its &quot;not relevant&quot; value.</source>
        <translation>Feltet &quot;%1&quot; i lovverksprofilen er %2. Det er verken en verdi på skalaen eller skalaens verdi for «ikke relevant».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The jurisdiction profile &quot;%1&quot; does not exist.</source>
        <translation>Lovverksprofilen &quot;%1&quot; finnes ikke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file &quot;%1&quot; is too large to be a jurisdiction profile.</source>
        <translation>Filen &quot;%1&quot; er for stor til å være en lovverksprofil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the jurisdiction profile &quot;%1&quot;.</source>
        <translation>Kunne ikke lese lovverksprofilen &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The built-in profile %1 describes %2 instead of %3.</source>
        <translation>Den innebygde profilen %1 beskriver %2 i stedet for %3.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The jurisdiction profile is not valid JSON: %1 at character %2.</source>
        <translation>Lovverksprofilen er ikke gyldig JSON: %1 ved tegn %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The jurisdiction profile must be a JSON object, {...}.</source>
        <translation>Lovverksprofilen må være et JSON-objekt, {...}.</translation>
    </message>
</context>
<context>
    <name>fremdrift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+37"/>
        <source>Fremdrift databases (*.sqlite *.fremdrift *.db);;All files (*)</source>
        <translation>Fremdrift-databaser (*.sqlite *.fremdrift *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Åpne database…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Nylig &amp;brukte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
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
        <translation>Databasen er opprettet, men demodataene kunne ikke legges inn: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Fremdrift</source>
        <translation>Velkommen til Fremdrift</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>new-database</source>
        <translation>ny-database</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No recent databases</source>
        <translation>Ingen nylig brukte databaser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the list</source>
        <translation>Tøm listen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No database is open</source>
        <translation>Ingen database er åpen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – Fremdrift</source>
        <translation>%1 – Fremdrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules: %1</source>
        <translation>Lovverk: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read and write</source>
        <translation>Lese og skrive</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Fremdrift</source>
        <translation>Om Fremdrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Progress plans and reviews of care decisions for municipal care offices in Norway, Sweden and Denmark.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Fremdriftsplaner og gjennomgang av vedtak om helse- og omsorgstjenester for kommunale tildelingskontorer i Norge, Sverige og Danmark.&lt;/p&gt;&lt;p&gt;Laget med Qt %2 og SQLite.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fremdrift::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+22"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Lukk meldingen</translation>
    </message>
</context>
<context>
    <name>fremdrift::NavigationModel</name>
    <message>
        <location filename="../ui/navigationmodel.cpp" line="+86"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress plans</source>
        <translation>Fremdriftsplaner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is due, what is late, and what the database holds.</source>
        <translation>Hva som snart har frist, hva som er forsinket, og hva databasen inneholder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress plans: the reviews of decisions, step by step, with deadlines and the caseworkers responsible.</source>
        <translation>Fremdriftsplaner: gjennomgangen av vedtak trinn for trinn, med frister og ansvarlig saksbehandler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The people whose services you decide, and the people around them.</source>
        <translation>Brukerne du fatter vedtak om tjenester for, og menneskene rundt dem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions, their services and hours, and where each is in its life: draft, approved, sent, in force.</source>
        <translation>Vedtak med tjenester og timer, og hvor langt hvert vedtak har kommet: utkast, godkjent, sendt, iverksatt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation meetings, follow-up meetings and responsibility groups.</source>
        <translation>Evalueringsmøter, oppfølgingsmøter og ansvarsgrupper.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter templates: pre-notice, meeting invitation, minutes and decision letter.</source>
        <translation>Brevmalene: forhåndsvarsel, møteinnkalling, referat og vedtaksbrev.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters issued, and the share of decisions followed up.</source>
        <translation>Brev som er sendt ut, og hvor stor andel av vedtakene som er fulgt opp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, the office and the database.</source>
        <translation>Språk, kontoret og databasen.</translation>
    </message>
</context>
<context>
    <name>fremdrift::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/newdatabasedialog.cpp" line="+21"/>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose a file for the new database.</source>
        <translation>Velg en fil for den nye databasen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a file with this name. Choose another name, or open the file from the File menu.</source>
        <translation>Det finnes allerede en fil med dette navnet. Velg et annet navn, eller åpne filen fra Fil-menyen.</translation>
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
    <name>fremdrift::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="+55"/>
        <source>No database is open</source>
        <translation>Ingen database er åpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new database or open an existing one from the File menu.</source>
        <translation>Opprett en ny database, eller åpne en eksisterende fra Fil-menyen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fremdrift</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the rules of %1. Database: %2</source>
        <translation>Følger lovverket i %1. Database: %2</translation>
    </message>
</context>
<context>
    <name>fremdrift::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="+36"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the database</source>
        <translation>Kontroller databasen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language:</source>
        <translation>Språk i programmet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of menus and messages. The country&apos;s rules and legal terms follow the database.</source>
        <translation>Språket i menyer og meldinger. Lovverket og de juridiske begrepene følger databasen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Nordby municipality, care services office</source>
        <translation>f.eks. Nordby kommune, tildelingskontoret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office name:</source>
        <translation>Kontornavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country&apos;s rules:</source>
        <translation>Lovverk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Skjemaversjon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access:</source>
        <translation>Tilgang:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No database is open</source>
        <translation>Ingen database er åpen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read-only: %1</source>
        <translation>Skrivebeskyttet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and write</source>
        <translation>Lese og skrive</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office name is saved.</source>
        <translation>Kontornavnet er lagret.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is sound: every page was read and every rule holds.</source>
        <translation>Databasen er i orden: alle delene av filen kunne leses, og alle reglene er oppfylt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database has problems:</source>
        <translation>Det er feil i databasen:</translation>
    </message>
</context>
<context>
    <name>fremdrift::TableSummaryModel</name>
    <message>
        <location filename="../ui/tablesummarymodel.cpp" line="+14"/>
        <source>Clients</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatives, guardians and contacts</source>
        <translation>Pårørende, verger og kontaktpersoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress plans</source>
        <translation>Fremdriftsplaner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Evalueringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter templates</source>
        <translation>Brevmaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters issued</source>
        <translation>Sendte brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units and homes</source>
        <translation>Enheter og boliger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff users</source>
        <translation>Ansatte med tilgang</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Records</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Antall</translation>
    </message>
</context>
<context>
    <name>fremdrift::cli::Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+30"/>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The country whose rules the database follows: no, se or dk.</source>
        <translation>Hvilket lands regler databasen følger: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new database needs --jurisdiction no, se or dk.</source>
        <translation>En ny database krever --jurisdiction no, se eller dk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown jurisdiction &quot;%1&quot;: use no, se or dk.</source>
        <translation>Ukjent lovverk &quot;%1&quot;. Bruk no, se eller dk.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Mark the database as a test database (accepts synthetic national IDs).</source>
        <translation>Merk databasen som testdatabase (godtar syntetiske fødselsnumre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office&apos;s name, for letterheads.</source>
        <translation>Kontorets navn, brukes i brevhodet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>How many invented clients (default 36).</source>
        <translation>Antall oppdiktede brukere (standard 36).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--clients takes a whole number from 1 to 1000000.</source>
        <translation>--clients må være et heltall fra 1 til 1000000.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists. Demo data only goes into a new database: give another --db.</source>
        <translation>%1 finnes allerede. Demodata kan bare legges inn i en ny database. Oppgi en annen --db.</translation>
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
        <translation>Kommandoer:
  init --jurisdiction no|se|dk [--test-data] [--office-name NAVN]
                  opprett en ny database
  demo --jurisdiction no|se|dk [--clients N]
                  opprett en ny testdatabase med oppdiktede demodata
  info            beskriv databasen (JSON)
  check           kontroller integritet og skjema; avslutter med 0 bare når alt er i orden
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fremdrift&apos;s command-line tool.</source>
        <translation>Kommandolinjeverktøyet for Fremdrift.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file (default: $FREMDRIFT_DB, else the user&apos;s default database).</source>
        <translation>Databasefilen (standard: $FREMDRIFT_DB, ellers standarddatabasen din).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of messages: en, nb, sv or da.</source>
        <translation>Språk i meldingene: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command to run.</source>
        <translation>Kommandoen som skal kjøres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No command given.</source>
        <translation>Ingen kommando er oppgitt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Ukjent kommando &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>fremdrift::sql</name>
    <message>
        <location filename="../core/storage/sql.cpp" line="+36"/>
        <location line="+32"/>
        <source>The database reported an error.</source>
        <translation>Databasen meldte om en feil.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The database is busy: another user is saving. Try again in a moment.</source>
        <translation>Databasen er opptatt fordi noen andre lagrer akkurat nå. Prøv igjen om litt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is open read-only, so nothing can be saved.</source>
        <translation>Databasen er åpnet skrivebeskyttet, så ingenting kan lagres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken er full, og ingenting ble lagret. Frigjør litt plass, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file could not be read or written. Check that the drive is connected and try again.</source>
        <translation>Databasefilen kunne ikke leses eller skrives til. Sjekk at stasjonen er tilkoblet, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Databasefilen er skadet. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>Endringen bryter en regel i databasen og ble ikke lagret.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94"/>
        <source>Progress plans and reviews of care decisions.</source>
        <translation>Fremdriftsplaner og gjennomgang av vedtak om helse- og omsorgstjenester.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this database file.</source>
        <translation>Åpne denne databasefilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: en, nb, sv or da.</source>
        <translation>Språk i programmet: en, nb, sv eller da.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window as PNG and exit.</source>
        <translation>Lagre et bilde av vinduet som PNG, og avslutt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page to show: overview, plans, clients, decisions, meetings, templates, reports or settings.</source>
        <translation>Siden som skal vises: overview, plans, clients, decisions, meetings, templates, reports eller settings.</translation>
    </message>
</context>
</TS>
