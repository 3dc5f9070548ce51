<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
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
        <source>This is a &amp;test database (accepts synthetic national ID numbers)</source>
        <translation>Dette er en &amp;testdatabase (godtager fiktive personnumre)</translation>
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
    <name>fremdrift::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+41"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan ikke læses: %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The folder %1 does not exist. Choose an existing folder or create it first.</source>
        <translation>Mappen %1 findes ikke. Vælg en mappe, der findes, eller opret mappen først.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This database was made by a newer version of Fremdrift (schema %1; this version knows up to %2). It is open read-only: update Fremdrift to make changes.</source>
        <translation>Databasen er lavet med en nyere version af Fremdrift (skema %1; denne version kender op til %2). Den er åbnet skrivebeskyttet: opdatér Fremdrift for at kunne ændre i den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is read-only, so it is open read-only: nothing can be changed.</source>
        <translation>Filen er skrivebeskyttet og er derfor kun åbnet til læsning: der kan ikke ændres noget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is read-only, so the database is open read-only: nothing can be changed.</source>
        <translation>Mappen %1 er skrivebeskyttet, så databasen er kun åbnet til læsning: der kan ikke ændres noget.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The database %1 cannot be opened. %2</source>
        <translation>Databasen %1 kan ikke åbnes. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>No database file was given.</source>
        <translation>Der er ikke angivet nogen databasefil.</translation>
    </message>
    <message>
        <location line="-52"/>
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
        <location line="+32"/>
        <source>There is already a file at %1. Open it, or choose another name for the new database.</source>
        <translation>Filen %1 findes allerede. Åbn den, eller vælg et andet navn til den nye database.</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location line="+18"/>
        <source>The database is open read-only.</source>
        <translation>Databasen er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+3"/>
        <source>The database does not say which country&apos;s rules it follows.</source>
        <translation>Det fremgår ikke af databasen, hvilket lands regler den følger.</translation>
    </message>
</context>
<context>
    <name>fremdrift::EmptyPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/emptypage.cpp" line="+38"/>
        <source>This database holds %n record(s) of this kind.</source>
        <translation>
            <numerusform>Databasen indeholder %n post af denne type.</numerusform>
            <numerusform>Databasen indeholder %n poster af denne type.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working with these records on this page comes in a later version of Fremdrift.</source>
        <translation>Muligheden for at arbejde med disse poster her kommer i en senere version af Fremdrift.</translation>
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
        <location line="+3"/>
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
        <translation>Databasen er oprettet, men demodata kunne ikke lægges ind: %1</translation>
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
        <location line="+30"/>
        <source>No database is open</source>
        <translation>Ingen database er åben</translation>
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
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read and write</source>
        <translation>Læse- og skriveadgang</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Fremdrift</source>
        <translation>Om Fremdrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Progress plans and reviews of care decisions for municipal care offices in Norway, Sweden and Denmark.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fremdrift %1&lt;/h3&gt;&lt;p&gt;Fremdriftsplaner og opfølgning på afgørelser om hjælp og støtte – til kommunernes social- og handicapafdelinger i Norge, Sverige og Danmark.&lt;/p&gt;&lt;p&gt;Lavet med Qt %2 og SQLite.&lt;/p&gt;</translation>
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
        <source>What is due, what is late, and what the database holds.</source>
        <translation>Hvad der snart skal gøres, hvad der er over fristen, og hvad databasen indeholder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress plans: the reviews of decisions, step by step, with deadlines and the caseworkers responsible.</source>
        <translation>Fremdriftsplaner: opfølgningen på afgørelser trin for trin, med frister og ansvarlige sagsbehandlere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The people whose services you decide, and the people around them.</source>
        <translation>De borgere, du træffer afgørelse om hjælp til, og deres netværk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions, their services and hours, and where each is in its life: draft, approved, sent, in force.</source>
        <translation>Afgørelser med ydelser og timer, og hvor langt hver afgørelse er: kladde, godkendt, sendt, gældende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation meetings, follow-up meetings and responsibility groups.</source>
        <translation>Opfølgningsmøder og netværksmøder.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+55"/>
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
    <name>fremdrift::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="+55"/>
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
    <name>fremdrift::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="+36"/>
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
        <location line="+38"/>
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
        <source>Read and write</source>
        <translation>Læse- og skriveadgang</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office name is saved.</source>
        <translation>Afdelingens navn er gemt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is sound: every page was read and every rule holds.</source>
        <translation>Databasen er i orden: alle sider kunne læses, og alle regler er overholdt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database has problems:</source>
        <translation>Der er problemer med databasen:</translation>
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
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The country whose rules the database follows: no, se or dk.</source>
        <translation>Det land, hvis regler databasen følger: no, se eller dk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new database needs --jurisdiction no, se or dk.</source>
        <translation>En ny database kræver --jurisdiction no, se eller dk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown jurisdiction &quot;%1&quot;: use no, se or dk.</source>
        <translation>Ukendt land &quot;%1&quot;: brug no, se eller dk.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Mark the database as a test database (accepts synthetic national IDs).</source>
        <translation>Markér databasen som testdatabase (godtager fiktive personnumre).</translation>
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
  init --jurisdiction no|se|dk [--test-data] [--office-name NAME]
                  opret en ny database
  demo --jurisdiction no|se|dk [--clients N]
                  opret en ny testdatabase med opdigtede demodata
  info            beskriv databasen (JSON)
  check           kontrollér integritet og skema; afslutter kun med 0, når alt er i orden
</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <source>The command to run.</source>
        <translation>Den kommando, der skal køres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No command given.</source>
        <translation>Der er ikke angivet nogen kommando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Ukendt kommando &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>fremdrift::sql</name>
    <message>
        <location filename="../core/storage/sql.cpp" line="+36"/>
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
