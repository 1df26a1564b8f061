<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Application</name>
    <message>
        <source>The database was upgraded; the old version was kept as %1</source>
        <translation>De database is bijgewerkt; de oude versie is bewaard als %1</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Cliënt %1</translation>
    </message>
    <message>
        <source>e.g. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>One medicine per line, e.g. Fosamax 70 mg</source>
        <translation>Eén geneesmiddel per regel, bijv. Fosamax 70 mg</translation>
    </message>
    <message>
        <source>mg/day from food</source>
        <translation>mg/dag uit voeding</translation>
    </message>
    <message>
        <source>Given name(s) *</source>
        <translation>Voornaam/voornamen *</translation>
    </message>
    <message>
        <source>Prefix and family name *</source>
        <translation>Tussenvoegsel en achternaam *</translation>
    </message>
    <message>
        <source>Birth date *</source>
        <translation>Geboortedatum *</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>Geslacht *</translation>
    </message>
    <message>
        <source>Menopausal status</source>
        <translation>Menopauzale status</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Voedingspatroon</translation>
    </message>
    <message>
        <source>Calcium from food</source>
        <translation>Calcium uit voeding</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Huidige geneesmiddelen</translation>
    </message>
    <message>
        <source>Allergies / intolerances</source>
        <translation>Allergieën / intoleranties</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <source>Does not apply to a male client.</source>
        <translation>Niet van toepassing bij een mannelijke cliënt.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
        <translation>Vul de geboortedatum in.</translation>
    </message>
    <message>
        <source>Not a valid date. Type day-month-year, e.g. 01-06-1954.</source>
        <translation>Geen geldige datum. Typ dag-maand-jaar, bijv. 01-06-1954.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The birth date is more than 125 years ago.</source>
        <translation>De geboortedatum ligt meer dan 125 jaar terug.</translation>
    </message>
    <message>
        <source>Choose the sex; the rules depend on it.</source>
        <translation>Kies het geslacht; de regels hangen ervan af.</translation>
    </message>
    <message>
        <source>Enter a whole number of milligrams, or leave it empty.</source>
        <translation>Vul een geheel aantal milligram in, of laat het leeg.</translation>
    </message>
    <message>
        <source>Enter an amount between 0 and 10,000 mg per day.</source>
        <translation>Vul een hoeveelheid in tussen 0 en 10.000 mg per dag.</translation>
    </message>
    <message>
        <source>A medicine name is too long (over 200 characters) or has control characters.</source>
        <translation>Een geneesmiddelnaam is te lang (meer dan 200 tekens) of bevat stuurtekens.</translation>
    </message>
    <message>
        <source>Not a valid email address, e.g. name@example.nl.</source>
        <translation>Geen geldig e-mailadres, bijv. naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Not a valid phone number, e.g. 06 12345678.</source>
        <translation>Geen geldig telefoonnummer, bijv. 06 12345678.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <source>This text contains invisible control characters.</source>
        <translation>Deze tekst bevat onzichtbare stuurtekens.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Deze waarde wordt niet geaccepteerd.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>This client has changes that are not saved. Discard them?</source>
        <translation>Deze cliënt heeft wijzigingen die niet zijn opgeslagen. Wijzigingen verwerpen?</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Client no.</source>
        <translation>Cliëntnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Menopausal status</source>
        <translation>Menopauzale status</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>female</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <source>male</source>
        <translation>man</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>premenopausal</source>
        <translation>premenopauzaal</translation>
    </message>
    <message>
        <source>perimenopausal</source>
        <translation>perimenopauzaal</translation>
    </message>
    <message>
        <source>postmenopausal</source>
        <translation>postmenopauzaal</translation>
    </message>
    <message>
        <source>omnivore</source>
        <translation>omnivoor</translation>
    </message>
    <message>
        <source>little meat</source>
        <translation>weinig vlees</translation>
    </message>
    <message>
        <source>vegetarian</source>
        <translation>vegetarisch</translation>
    </message>
    <message>
        <source>vegan</source>
        <translation>veganistisch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supplan — client register</source>
        <extracomment>The language setting changed; the application rebuilds the window in that language.</extracomment>
        <translation>Supplan — cliëntenregister</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Supplan</source>
        <translation>&amp;Over Supplan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Cliënten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>About Supplan</source>
        <translation>Over Supplan</translation>
    </message>
    <message>
        <source>Supplan %1

Supplement plans for dieticians, checked against clinical rules.</source>
        <translation>Supplan %1

Suppletieplannen voor diëtisten, getoetst aan klinische regels.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Search by name, client number or birth date</source>
        <extracomment>Emitted after the table was (re)filled from the database.</extracomment>
        <translation>Zoek op naam, cliëntnummer of geboortedatum</translation>
    </message>
    <message>
        <source>Show archived clients</source>
        <translation>Toon gearchiveerde cliënten</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nieuwe cliënt…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>Cliënt &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>&amp;Delete client…</source>
        <translation>Cliënt &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Cliënt &amp;zoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliënt</numerusform>
            <numerusform>%n cliënten</numerusform>
        </translation>
    </message>
    <message>
        <source>No client matches &quot;%1&quot;.</source>
        <translation>Geen cliënt gevonden voor „%1”.</translation>
    </message>
    <message>
        <source>Search looks at names, client numbers and birth dates.</source>
        <translation>Er wordt gezocht op naam, cliëntnummer en geboortedatum.</translation>
    </message>
    <message>
        <source>No clients yet. Add the first one with New client (Ctrl+N).</source>
        <translation>Nog geen cliënten. Voeg de eerste toe met Nieuwe cliënt (Ctrl+N).</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Uit &amp;archief halen</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Cliënt verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 and all of this client&apos;s data?</source>
        <translation>%1 en alle gegevens van deze cliënt verwijderen?</translation>
    </message>
    <message>
        <source>This erases the client file for good and cannot be undone. To keep the file but hide it, archive the client instead.</source>
        <translation>Dit wist het cliëntdossier definitief en kan niet ongedaan worden gemaakt. Wilt u het dossier bewaren maar verbergen, archiveer de cliënt dan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Cliënt niet gevonden</translation>
    </message>
    <message>
        <source>This client no longer exists; she may have been deleted in another window.</source>
        <translation>Deze cliënt bestaat niet meer; mogelijk is zij in een ander venster verwijderd.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>Dietician</source>
        <translation>Diëtist</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>AGB code</source>
        <translation>AGB-code</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>An AGB code has 8 digits.</source>
        <translation>Een AGB-code heeft 8 cijfers.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logo niet gebruikt</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image of at most 2 MB.</source>
        <translation>Kies een PNG- of JPEG-afbeelding van hoogstens 2 MB.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The file was not changed:
%1</source>
        <translation>Het bestand is niet gewijzigd:
%1</translation>
    </message>
    <message>
        <source>Database from a newer Supplan</source>
        <translation>Database van een nieuwere Supplan</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Supplan. Install that version (or a later one) to open it.</source>
        <translation>Deze database is geschreven door een nieuwere versie van Supplan. Installeer die versie (of een latere) om hem te openen.</translation>
    </message>
    <message>
        <source>Database cannot be read</source>
        <translation>Database kan niet worden gelezen</translation>
    </message>
    <message>
        <source>The database file cannot be read: it may be damaged, or you may not have permission to open it.</source>
        <translation>Het databasebestand kan niet worden gelezen: het is mogelijk beschadigd, of u hebt geen toestemming om het te openen.</translation>
    </message>
    <message>
        <source>Not a Supplan database</source>
        <translation>Geen Supplan-database</translation>
    </message>
    <message>
        <source>This file is not a Supplan database. Choose another file with --database, or move this one away.</source>
        <translation>Dit bestand is geen Supplan-database. Kies een ander bestand met --database, of verplaats dit bestand.</translation>
    </message>
</context>
</TS>
