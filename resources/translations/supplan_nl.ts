<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Application</name>
    <message>
        <source>Supplan is already open</source>
        <extracomment>Every window&apos;s writes are announced here (it outlives a rebuilt main window). perf_counter() when the register was first shown filled (before SQLAlchemy). Answers the damaged- or lost-database question: (situation, copies, note) -&gt; (&quot;restore&quot;, path) | (&quot;new&quot;, None) | (&quot;quit&quot;, None). None without a screen: the file is then left exactly as it is and the reason printed. The dietician asked for a new empty database (so a missing file is not &quot;lost&quot;). The register shows rows read by the quick preview (before the full opening). Ask a new database for the practice details (not without a screen: tests, --smoke).</extracomment>
        <translation>Supplan is al geopend</translation>
    </message>
    <message>
        <source>The database was upgraded; the old version was kept as %1</source>
        <translation>De database is bijgewerkt; de oude versie is bewaard als %1</translation>
    </message>
    <message>
        <source>No backup today</source>
        <translation>Vandaag geen back-up</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made. Your data itself is unchanged.</source>
        <translation>De back-up van vandaag kon niet worden gemaakt. Uw gegevens zelf zijn niet veranderd.</translation>
    </message>
    <message>
        <source>Once that is solved, make one with File → Back up now.</source>
        <translation>Maak er een met Bestand → Nu een back-up maken zodra dat is opgelost.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>Backup restored; the previous database was kept as %1</source>
        <translation>Back-up teruggezet; de vorige database is bewaard als %1</translation>
    </message>
</context>
<context>
    <name>BoundedPlainTextEdit</name>
    <message>
        <source>%1 characters did not fit and were not pasted.</source>
        <translation>%1 tekens pasten niet en zijn niet geplakt.</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <source>Product catalogue</source>
        <translation>Productcatalogus</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Zoek producten</translation>
    </message>
    <message>
        <source>Show archived products</source>
        <translation>Toon gearchiveerde producten</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Product toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Copy to own products</source>
        <translation>Kopiëren naar eigen producten</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Seed products are read-only; copy one to make your own version. Changing a product never changes plans that already use it.</source>
        <translation>Standaardproducten zijn alleen-lezen; kopieer er een om uw eigen versie te maken. Een product wijzigen verandert nooit plannen die het al gebruiken.</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Uit archief halen</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(kopie)</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>New client</source>
        <extracomment>The limit each text field&apos;s &quot;too long&quot; message names (app.domain.limits). Fields checked on leaving them: their message follows the typing from then on.</extracomment>
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
        <source>Changed in another window to “%1”. Saving keeps what you typed here.</source>
        <translation>In een ander venster gewijzigd in “%1”. Bij opslaan blijft wat u hier hebt getypt.</translation>
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
        <source>Changed in another window</source>
        <translation>Gewijzigd in een ander venster</translation>
    </message>
    <message>
        <source>This client was changed in another window while you were editing, so nothing was saved. The form now shows those changes; fields you edited keep what you typed. Check them and save again.</source>
        <translation>Deze cliënt is in een ander venster gewijzigd terwijl u aan het bewerken was, daarom is er niets opgeslagen. Het formulier toont nu die wijzigingen; velden die u hebt bewerkt houden wat u typte. Controleer ze en sla opnieuw op.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
        <translation>Vul de geboortedatum in.</translation>
    </message>
    <message>
        <source>Not a valid date. Type day-month-year, e.g. %1 or %2.</source>
        <translation>Geen geldige datum. Typ dag-maand-jaar, bijvoorbeeld %1 of %2.</translation>
    </message>
    <message>
        <source>Type the year in full, e.g. %1.</source>
        <translation>Typ het jaar voluit, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>The birth date is in the future. Type day-month-year, e.g. %1.</source>
        <translation>De geboortedatum ligt in de toekomst. Typ dag-maand-jaar, bijvoorbeeld %1.</translation>
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
        <source>A medicine name has invisible control characters.</source>
        <translation>Een medicijnnaam bevat onzichtbare stuurtekens.</translation>
    </message>
    <message>
        <source>At most %1 medicines, each at most %2 characters long.</source>
        <translation>Hoogstens %1 medicijnen, elk hoogstens %2 tekens lang.</translation>
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
        <source>This text is too long (at most %1 characters).</source>
        <translation>Deze tekst is te lang (hoogstens %1 tekens).</translation>
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
        <extracomment>Fetches the register rows of the given client ids. The database order behind each column (age sorts as birth date, reversed). Called with (column key, descending) when the user sorts; the view re-queries.</extracomment>
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
    <name>ContextPanel</name>
    <message>
        <source>Client context used by the rules</source>
        <extracomment>The client fields behind each of the panel&apos;s inputs: an edit writes only its own field.</extracomment>
        <translation>Cliëntgegevens die de regels gebruiken</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>One medicine per line</source>
        <translation>Eén geneesmiddel per regel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Age at plan date</source>
        <translation>Leeftijd op plandatum</translation>
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
        <source>Diet</source>
        <translation>Voedingspatroon</translation>
    </message>
    <message>
        <source>Calcium from food (mg/day)</source>
        <translation>Calcium uit voeding (mg/dag)</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Huidige geneesmiddelen</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Birth date: type a real date as dd-mm-yyyy.</source>
        <translation>Geboortedatum: typ een bestaande datum als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>Calcium from food: a whole number from 0 to 10,000 mg.</source>
        <translation>Calcium uit voeding: een geheel getal van 0 tot 10.000 mg.</translation>
    </message>
</context>
<context>
    <name>DataLocationsDialog</name>
    <message>
        <source>Where is my data</source>
        <translation>Waar staan mijn gegevens</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Logbestand</translation>
    </message>
    <message>
        <source>Everything Supplan knows is in the database file. A copy of it is made in the backups folder each day at start-up. The log file holds no client data; send it along when you report a problem.</source>
        <translation>Alles wat Supplan weet, staat in het databasebestand. Elke dag bij het starten komt er een kopie van in de map met back-ups. Het logbestand bevat geen cliëntgegevens; stuur het mee als u een probleem meldt.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Open the folder of: %1</source>
        <translation>De map openen van: %1</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The client was deleted, but the database file could not be compacted (the disk may be full). Until it is, remnants of her data can still be read from the file with special tools.

Free some disk space: Supplan tries again at every start and tells you until the erasure is complete.</source>
        <translation>De cliënt is verwijderd, maar het databasebestand kon niet worden gecomprimeerd (de schijf is misschien vol). Tot dat lukt, zijn resten van haar gegevens met speciale programma’s nog uit het bestand te lezen.

Maak schijfruimte vrij: Supplan probeert het bij elke start opnieuw en meldt het tot het wissen voltooid is.</translation>
    </message>
    <message>
        <source>Erasure not complete</source>
        <translation>Wissen niet voltooid</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>Where the details are written, shown in the dialog (None when logging failed). Given the error, True when it handled it (damage: the recovery dialog).</extracomment>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Supplan ran into an unexpected problem. Your saved work is safe; the last action may not have been completed. Try it once more.</source>
        <translation>Supplan liep tegen een onverwacht probleem aan. Uw opgeslagen werk is veilig; de laatste handeling is misschien niet afgemaakt. Probeer het nog een keer.</translation>
    </message>
    <message>
        <source>If it happens again, send the log file to whoever supports your Supplan. It is here:
%1</source>
        <translation>Gebeurt het opnieuw, stuur dan het logbestand naar wie uw Supplan ondersteunt. Het staat hier:
%1</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Map met het logbestand openen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Gebruikershandleiding</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>The PDF could not be laid out: a text in the plan or in the practice details is too long to fit on one page. Shorten the longest product name, note or address and try again.</source>
        <translation>De pdf kon niet worden opgemaakt: een tekst in het plan of in de praktijkgegevens is te lang voor één pagina. Maak de langste productnaam, notitie of het adres korter en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Taal van het programma</translation>
    </message>
    <message>
        <source>Optional explanation for the client, printed on the handout</source>
        <translation>Eventuele toelichting voor de cliënt, komt op de handout</translation>
    </message>
    <message>
        <source>Also save the professional summary (PDF)</source>
        <translation>Ook het professionele overzicht opslaan (pdf)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Pdf exporteren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Text from the dietician</source>
        <translation>Tekst van de diëtist</translation>
    </message>
    <message numerus="yes">
        <source>This plan has %n critical finding(s) without an override.</source>
        <translation>
            <numerusform>Dit plan heeft %n kritieke bevinding waarvan nog niet met reden is afgeweken.</numerusform>
            <numerusform>Dit plan heeft %n kritieke bevindingen waarvan nog niet met reden is afgeweken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical finding</source>
        <translation>Kritieke bevinding</translation>
    </message>
    <message>
        <source>This plan has a critical finding without an override:
%1

Make the handout anyway?</source>
        <translation>Dit plan heeft een kritieke bevinding waarvan nog niet met reden is afgeweken:
%1

Toch de handout maken?</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>overzicht</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handout exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>Handout exported</source>
        <translation>Handout geëxporteerd</translation>
    </message>
    <message>
        <source>The handout was saved as %1. Open it now?</source>
        <translation>De handout is opgeslagen als %1. Nu openen?</translation>
    </message>
    <message>
        <source>supplement-plan</source>
        <translation>suppletieplan</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Folder not opened</source>
        <translation>Map niet geopend</translation>
    </message>
    <message>
        <source>The folder could not be opened. It is:
%1</source>
        <translation>De map kon niet worden geopend. Het is:
%1</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>Selected product</source>
        <translation>Geselecteerd product</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Langdurig</translation>
    </message>
    <message>
        <source>Taken with</source>
        <translation>Innemen met</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Eenheden: %1</translation>
    </message>
    <message>
        <source>Note for the client</source>
        <translation>Opmerking voor de cliënt</translation>
    </message>
    <message>
        <source>Printed on the handout</source>
        <translation>Komt op de handout</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Whole units only.</source>
        <translation>Alleen hele eenheden.</translation>
    </message>
    <message>
        <source>At most 20 at one moment.</source>
        <translation>Hoogstens 20 op één moment.</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Product</source>
        <extracomment>Room around a cell&apos;s text (the style&apos;s margins and focus frame), in pixels.</extracomment>
        <translation>Product</translation>
    </message>
    <message>
        <source>Taken with</source>
        <translation>Innemen met</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Langdurig</translation>
    </message>
    <message>
        <source>Note for the client</source>
        <translation>Opmerking voor de cliënt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
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
    <message>
        <source>Morning</source>
        <translation>Ochtend</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Middag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Voor het slapen</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>milk</source>
        <translation>melk</translation>
    </message>
    <message>
        <source>meal</source>
        <translation>maaltijd</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitief</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supplan — client register</source>
        <extracomment>The language setting changed; the application rebuilds the window in that language. The dietician chose a backup to restore; the application swaps the database. SQLite found the database damaged (e.g. before a backup); the application recovers. The one change notifier every window of this database listens to.</extracomment>
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
        <source>&amp;Plans…</source>
        <translation>&amp;Plannen…</translation>
    </message>
    <message>
        <source>Product &amp;catalogue…</source>
        <translation>Product&amp;catalogus…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Nu een back-up maken…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>E&amp;xport client file…</source>
        <translation>Cliëntdossier e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;About Supplan</source>
        <translation>&amp;Over Supplan</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Where is my data</source>
        <translation>&amp;Waar staan mijn gegevens</translation>
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
        <source>Back up now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <source>Supplan database (*.sqlite3)</source>
        <translation>Supplan-database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>Geen back-up gemaakt</translation>
    </message>
    <message>
        <source>SQLite found damage in the database, so no backup was written: a copy of a damaged database would hide the healthy backups. Supplan now offers to restore one.</source>
        <translation>SQLite vond schade in de database, daarom is er geen back-up geschreven: een kopie van een beschadigde database zou de gezonde back-ups verdringen. Supplan biedt nu aan er een terug te zetten.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>The backup did not pass its check after writing, so it was removed. Check that the disk or USB stick is still connected, then try again or choose another folder.</source>
        <translation>De back-up doorstond na het schrijven de controle niet en is daarom verwijderd. Controleer of de schijf of USB-stick nog is aangesloten en probeer het opnieuw, of kies een andere map.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Back-up geschreven naar %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Not a usable backup</source>
        <translation>Geen bruikbare back-up</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup of %1 with %n client(s)? The current database is backed up first and then replaced.</source>
        <translation>
            <numerusform>De back-up van %1 met %n cliënt terugzetten? Van de huidige database wordt eerst een back-up gemaakt; daarna wordt hij vervangen.</numerusform>
            <numerusform>De back-up van %1 met %n cliënten terugzetten? Van de huidige database wordt eerst een back-up gemaakt; daarna wordt hij vervangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Export client file</source>
        <translation>Cliëntdossier exporteren</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-archief (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>Client file written to %1</source>
        <translation>Cliëntdossier geschreven naar %1</translation>
    </message>
    <message>
        <source>Client register</source>
        <translation>Cliëntenregister</translation>
    </message>
    <message>
        <source>Plan editor</source>
        <translation>Planeditor</translation>
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
    <name>Messages</name>
    <message>
        <source>Supplan may not write to %1. Choose another folder, for example your Documents folder.</source>
        <translation>Supplan mag niet schrijven naar %1. Kies een andere map, bijvoorbeeld uw map Documenten.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Make room or choose another disk, then try again.</source>
        <translation>De schijf is vol, dus %1 kon niet worden geschreven. Maak ruimte vrij of kies een andere schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist (any more). Choose another folder.</source>
        <translation>De map voor %1 bestaat niet (meer). Kies een andere map.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name in it.</source>
        <translation>%1 is een map. Kies een bestandsnaam in die map.</translation>
    </message>
    <message>
        <source>%1 could not be written. Check that the disk or USB stick is still connected, then try again or choose another folder.</source>
        <translation>%1 kon niet worden geschreven. Controleer of de schijf of USB-stick nog is aangesloten en probeer het opnieuw, of kies een andere map.</translation>
    </message>
    <message>
        <source>Nothing else was changed.</source>
        <translation>Verder is er niets gewijzigd.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full, so this change could not be saved. Make room on that disk (empty the trash, move large files elsewhere), then try again.</source>
        <translation>De schijf met de database is vol, dus deze wijziging kon niet worden opgeslagen. Maak ruimte op die schijf (leeg de prullenbak, zet grote bestanden ergens anders) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database is on a disk or share that can only be read now, so this change could not be saved. Make the disk writable again (a USB stick&apos;s lock switch, a network share), then try again.</source>
        <translation>De database staat op een schijf of netwerkmap die nu alleen gelezen kan worden, dus deze wijziging kon niet worden opgeslagen. Maak de schijf weer beschrijfbaar (het schuifje van een USB-stick, een netwerkmap) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>You may not write to the database&apos;s folder, so this change could not be saved. Ask whoever manages this computer for write access to it.</source>
        <translation>U mag niet schrijven in de map van de database, dus deze wijziging kon niet worden opgeslagen. Vraag de beheerder van deze computer om schrijfrechten op die map.</translation>
    </message>
    <message>
        <source>The database could not save this change. Check that the disk or network share that holds it is still connected, then try again.</source>
        <translation>De database kon deze wijziging niet opslaan. Controleer of de schijf of netwerkmap waarop hij staat nog verbonden is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The current database was kept as it was.</source>
        <translation>De huidige database is gebleven zoals hij was.</translation>
    </message>
    <message>
        <source>Nothing was changed; what you entered is still there.</source>
        <translation>Er is niets veranderd; wat u invoerde staat er nog.</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Schijf vol</translation>
    </message>
    <message>
        <source>The disk that holds the database is full, so Supplan cannot start safely: it could not save anything you do. Your data is unchanged. Make room on that disk (empty the trash, move large files elsewhere), then start Supplan again.</source>
        <translation>De schijf met de database is vol, dus Supplan kan niet veilig starten: het zou niets kunnen opslaan van wat u doet. Uw gegevens zijn ongewijzigd. Maak ruimte op die schijf (leeg de prullenbak, zet grote bestanden ergens anders) en start Supplan opnieuw.</translation>
    </message>
    <message>
        <source>Database on a read-only disk</source>
        <translation>Database op een alleen-lezen schijf</translation>
    </message>
    <message>
        <source>The database is on a disk or share that can only be read, so Supplan could not save anything there. Your data is unchanged. Make the disk writable (a USB stick&apos;s lock switch, a share opened read-only), or copy the database to a folder you can write to and open it from there.</source>
        <translation>De database staat op een schijf of netwerkmap die alleen gelezen kan worden, dus Supplan kan daar niets opslaan. Uw gegevens zijn ongewijzigd. Maak de schijf beschrijfbaar (het schuifje van een USB-stick, een netwerkmap die alleen-lezen is geopend), of kopieer de database naar een map waarin u mag schrijven en open hem daar.</translation>
    </message>
    <message>
        <source>No permission to write</source>
        <translation>Geen schrijfrechten</translation>
    </message>
    <message>
        <source>You may not write in the folder that holds the database, so Supplan could not save anything there. Your data is unchanged. Ask whoever manages this computer for write access to that folder, or copy the database to a folder of your own.</source>
        <translation>U mag niet schrijven in de map met de database, dus Supplan kan daar niets opslaan. Uw gegevens zijn ongewijzigd. Vraag de beheerder van deze computer om schrijfrechten op die map, of kopieer de database naar een eigen map.</translation>
    </message>
    <message>
        <source>Database cannot be opened</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
    <message>
        <source>Supplan could not write its lock file next to the database%1. Check that the disk or network share is still connected, then start Supplan again.</source>
        <translation>Supplan kon zijn vergrendelbestand naast de database niet schrijven%1. Controleer of de schijf of netwerkmap nog verbonden is en start Supplan opnieuw.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>de schijf kan alleen gelezen worden</translation>
    </message>
    <message>
        <source>you may not create folders there</source>
        <translation>u mag daar geen mappen maken</translation>
    </message>
    <message>
        <source>the disk refused it</source>
        <translation>de schijf weigerde dat</translation>
    </message>
    <message>
        <source>Data folder cannot be created</source>
        <translation>Gegevensmap kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>Supplan keeps its clients in the folder %1, but that folder cannot be created: %2. Nothing was written. Ask whoever manages this computer to create the folder with write access for you, then start Supplan again.</source>
        <translation>Supplan bewaart zijn cliënten in de map %1, maar die map kan niet worden gemaakt: %2. Er is niets geschreven. Vraag de beheerder van deze computer de map voor u te maken, met schrijfrechten, en start Supplan daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>OverrideWords</name>
    <message>
        <source>Override with reason…</source>
        <translation>Afwijken met reden…</translation>
    </message>
    <message>
        <source>Override with reason</source>
        <translation>Afwijken met reden</translation>
    </message>
    <message>
        <source>(overridden)</source>
        <translation>(afgeweken)</translation>
    </message>
    <message>
        <source>Overridden with reason:</source>
        <translation>Afgeweken met reden:</translation>
    </message>
    <message>
        <source>Withdraw override</source>
        <translation>Afwijking intrekken</translation>
    </message>
    <message>
        <source>An override needs a written reason.</source>
        <translation>Afwijken vraagt een geschreven reden.</translation>
    </message>
    <message>
        <source>Acknowledge with reason…</source>
        <translation>Bevestigen met reden…</translation>
    </message>
    <message>
        <source>Acknowledge with reason</source>
        <translation>Bevestigen met reden</translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation>(bevestigd)</translation>
    </message>
    <message>
        <source>Acknowledged with reason:</source>
        <translation>Bevestigd met reden:</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Bevestiging intrekken</translation>
    </message>
    <message>
        <source>An acknowledgement needs a written reason.</source>
        <translation>Bevestigen vraagt een geschreven reden.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Title of the plan, e.g. Bone health</source>
        <extracomment>The editor closed (after writing everything). The units field being typed in, while its keystroke is applied (see _units_typed). Per units field: the plan&apos;s value when the current edit of that field began.</extracomment>
        <translation>Titel van het plan, bijv. Botgezondheid</translation>
    </message>
    <message>
        <source>Make final</source>
        <translation>Definitief maken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;Add product…</source>
        <translation>Product &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add &amp;custom product…</source>
        <translation>&amp;Eigen product toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove product</source>
        <translation>Product &amp;verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>Plan &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import products from a plan file…</source>
        <translation>Producten &amp;importeren uit planbestand…</translation>
    </message>
    <message>
        <source>&amp;Handout (export or print)…</source>
        <translation>&amp;Handout (exporteren of afdrukken)…</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Handout &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Opslaan als &amp;sjabloon…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Daily totals from supplements</source>
        <translation>Dagtotalen uit supplementen</translation>
    </message>
    <message>
        <source>Plan — %1 — %2</source>
        <translation>Plan — %1 — %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>zonder titel</translation>
    </message>
    <message>
        <source>%1 · version %2 · plan date %3</source>
        <translation>%1 · versie %2 · plandatum %3</translation>
    </message>
    <message>
        <source>(read-only; make a new version to change it)</source>
        <translation>(alleen-lezen; maak een nieuwe versie om te wijzigen)</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>No findings: the plan meets every rule.</source>
        <translation>Geen bevindingen: het plan voldoet aan alle regels.</translation>
    </message>
    <message>
        <source>Select a finding to see why, what to do and the source.</source>
        <translation>Selecteer een bevinding om te zien waarom, wat te doen en de bron.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Wat te doen:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Override each critical finding with a reason first:</source>
        <translation>Wijk eerst met reden af van elke kritieke bevinding:</translation>
    </message>
    <message>
        <source>rules version %1</source>
        <translation>regelversie %1</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Titel van het plan</translation>
    </message>
    <message>
        <source>Products in the plan</source>
        <translation>Producten in het plan</translation>
    </message>
    <message>
        <source>The selected finding</source>
        <translation>De gekozen bevinding</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritiek</numerusform>
            <numerusform>%n kritiek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice</source>
        <translation>
            <numerusform>%n advies</numerusform>
            <numerusform>%n adviezen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>de schijf kan alleen worden gelezen</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>geen toestemming om daar te schrijven</translation>
    </message>
    <message>
        <source>the database&apos;s folder is gone</source>
        <translation>de map van de database is er niet meer</translation>
    </message>
    <message>
        <source>Could not save: %1. Your changes are kept and saving is retried.</source>
        <translation>Opslaan mislukt: %1. Uw wijzigingen blijven bewaard en opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Could not save; your changes are kept and saving is retried.</source>
        <translation>Opslaan mislukt; uw wijzigingen blijven bewaard en opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Change units</source>
        <translation>Aantal wijzigen</translation>
    </message>
    <message>
        <source>Change how it is taken</source>
        <translation>Inname wijzigen</translation>
    </message>
    <message>
        <source>Change long-term</source>
        <translation>Langdurig wijzigen</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Opmerking wijzigen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Product verwijderen</translation>
    </message>
    <message>
        <source>Move product</source>
        <translation>Product verplaatsen</translation>
    </message>
    <message>
        <source>Change client context</source>
        <translation>Cliëntgegevens wijzigen</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Deze waarde wordt niet geaccepteerd.</translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation>Gewijzigd in een ander venster</translation>
    </message>
    <message>
        <source>This field was changed in another window after your edit, so it was not undone or redone. This window shows the value as it is saved now.</source>
        <translation>Dit veld is na uw wijziging in een ander venster gewijzigd, daarom is het niet ongedaan gemaakt of opnieuw uitgevoerd. Dit venster toont de waarde zoals die nu is opgeslagen.</translation>
    </message>
    <message>
        <source>This client&apos;s details were changed in another window in the meantime, so your change was not saved. This window now shows her details as they are saved; make your change again if it is still needed.</source>
        <translation>De gegevens van deze cliënt zijn intussen in een ander venster gewijzigd, daarom is uw wijziging niet opgeslagen. Dit venster toont nu haar gegevens zoals ze zijn opgeslagen; breng uw wijziging opnieuw aan als die nog nodig is.</translation>
    </message>
    <message>
        <source>Why is this plan right for this client despite “%1”?</source>
        <translation>Waarom is dit plan juist voor deze cliënt ondanks „%1”?</translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation>Tekst te lang</translation>
    </message>
    <message>
        <source>At most %1 characters, please shorten the text.</source>
        <translation>Hoogstens %1 tekens; maak de tekst korter.</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Reden nodig</translation>
    </message>
    <message>
        <source>Plan not made final</source>
        <translation>Plan niet definitief gemaakt</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Producten importeren</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Plan exporteren</translation>
    </message>
    <message>
        <source>Supplan plan (*.json)</source>
        <translation>Supplan-plan (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>Import products from a plan file</source>
        <translation>Producten importeren uit planbestand</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Naam van het sjabloon:</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Sjabloon opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The latest changes could not be saved. Close anyway and lose them?</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen. Toch sluiten en ze kwijtraken?</translation>
    </message>
    <message>
        <source>File not imported</source>
        <translation>Bestand niet geïmporteerd</translation>
    </message>
    <message>
        <source>This file is not a valid plan; nothing was changed.</source>
        <translation>Dit bestand is geen geldig plan; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Open bevindingen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
</context>
<context>
    <name>PlansWindow</name>
    <message>
        <source>Plans — %1</source>
        <translation>Plannen — %1</translation>
    </message>
    <message>
        <source>No plans yet. Start one with New plan.</source>
        <translation>Nog geen plannen. Begin er een met Nieuw plan.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nieuw plan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open plan</source>
        <translation>Plan &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>Plan &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation>Leeg plan</translation>
    </message>
    <message>
        <source>From template: %1</source>
        <translation>Uit sjabloon: %1</translation>
    </message>
    <message>
        <source>Plan not created</source>
        <translation>Plan niet gemaakt</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Plan verwijderen</translation>
    </message>
    <message>
        <source>Delete this plan? This cannot be undone.</source>
        <translation>Dit plan verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan importeren</translation>
    </message>
    <message>
        <source>Supplan plan (*.json)</source>
        <translation>Supplan-plan (*.json)</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Per unit (tablet, capsule, dose):</source>
        <translation>Per eenheid (tablet, capsule, dosis):</translation>
    </message>
    <message>
        <source>Nutrient %1</source>
        <translation>Voedingsstof %1</translation>
    </message>
    <message>
        <source>Amount per unit %1</source>
        <translation>Hoeveelheid per eenheid %1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Eenheid %1</translation>
    </message>
    <message>
        <source>Also add to the practice&apos;s catalogue</source>
        <translation>Ook toevoegen aan de catalogus van de praktijk</translation>
    </message>
    <message>
        <source>Enter the amount per unit.</source>
        <translation>Vul de hoeveelheid per eenheid in.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 500 or 12.5.</source>
        <translation>Vul een getal in, bijv. 500 of 12,5.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Een hoeveelheid kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>More than 100 g per unit is not possible.</source>
        <translation>Meer dan 100 g per eenheid is niet mogelijk.</translation>
    </message>
    <message>
        <source>IU is only defined for vitamins A, D and E.</source>
        <translation>IE bestaat alleen voor de vitamines A, D en E.</translation>
    </message>
    <message>
        <source>Choose a nutrient.</source>
        <translation>Kies een voedingsstof.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>Add at least one nutrient.</source>
        <translation>Voeg minstens één voedingsstof toe.</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Add product</source>
        <translation>Product toevoegen</translation>
    </message>
    <message>
        <source>Type part of a name, e.g. zink, mk-7, calc</source>
        <translation>Typ een deel van de naam, bijv. zink, mk-7, calc</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Zoek producten</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>Gevonden producten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>No product matches. Add a custom product instead.</source>
        <translation>Geen product gevonden. Voeg een eigen product toe.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Ctrl+Return records the reason.</source>
        <translation>Ctrl+Enter legt de reden vast.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>dagelijkse back-up</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>back-up</translation>
    </message>
    <message>
        <source>healthy, checked when made</source>
        <translation>gezond, gecontroleerd bij het maken</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gezond</translation>
    </message>
    <message>
        <source>made by a newer Supplan</source>
        <translation>gemaakt door een nieuwere Supplan</translation>
    </message>
    <message>
        <source>not a Supplan database</source>
        <translation>geen Supplan-database</translation>
    </message>
    <message>
        <source>no longer there</source>
        <translation>niet meer aanwezig</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Database missing</source>
        <translation>Database ontbreekt</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Database beschadigd</translation>
    </message>
    <message>
        <source>The database %1 is missing or empty, but this folder holds copies of earlier data. Supplan does not start an empty register without asking: restore a copy below, or start a new empty database if that is what you want.</source>
        <translation>De database %1 ontbreekt of is leeg, maar deze map bevat kopieën van eerdere gegevens. Supplan begint niet zonder te vragen met een leeg register: zet hieronder een kopie terug, of begin een nieuwe, lege database als u dat wilt.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: it may have been cut off by a crash or a full disk. Restore a copy below. The damaged file will be kept aside, not deleted.</source>
        <translation>De database %1 is beschadigd: misschien is hij afgebroken door een crash of een volle schijf. Zet hieronder een kopie terug. Het beschadigde bestand wordt apart bewaard, niet verwijderd.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Copies of the database</source>
        <translation>Kopieën van de database</translation>
    </message>
    <message>
        <source>There are no copies of the database to restore.</source>
        <translation>Er zijn geen kopieën van de database om terug te zetten.</translation>
    </message>
    <message>
        <source>Restore the selected copy</source>
        <translation>De gekozen kopie terugzetten</translation>
    </message>
    <message>
        <source>Start a new empty database</source>
        <translation>Een nieuwe, lege database beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Search by name, client number or birth date</source>
        <extracomment>Emitted after the table was (re)filled from the database. A client was double-clicked: the window opens her plans. Where rows are read from: the repository, or a read-only preview at start-up.</extracomment>
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
        <source>Client not deleted</source>
        <translation>Cliënt niet verwijderd</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Cliënt archiveren</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>%1 archiveren?</translation>
    </message>
    <message>
        <source>Her open plans are saved and their windows closed.</source>
        <translation>Haar geopende plannen worden opgeslagen en hun vensters gesloten.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
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
        <source>Her open plans are saved and their windows closed first.</source>
        <translation>Haar geopende plannen worden eerst opgeslagen en hun vensters gesloten.</translation>
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
        <source>Welcome to Supplan</source>
        <translation>Welkom bij Supplan</translation>
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
        <source>%1
A copy each day at start-up: the last %2 days, and one per month for %3 months.</source>
        <translation>%1
Elke dag bij het starten een kopie: de laatste %2 dagen, en één per maand gedurende %3 maanden.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Welcome! The handout a client takes home carries your practice&apos;s details. Fill them in now, or skip this: you can do it later under File → Settings.</source>
        <translation>Welkom! Op de handout die een cliënt meeneemt, staan de gegevens van uw praktijk. Vul ze nu in, of sla dit over: u kunt het later doen onder Bestand → Instellingen.</translation>
    </message>
    <message>
        <source>An AGB code has 8 digits.</source>
        <translation>Een AGB-code heeft 8 cijfers.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Instellingen niet opgeslagen</translation>
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
    <message>
        <source>not verified</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>verified, clients: %1</source>
        <translation>gecontroleerd, cliënten: %1</translation>
    </message>
    <message>
        <source>No backups yet. One is made at each start (Supplan says so when it cannot be written); make one now with File → Back up now.</source>
        <translation>Nog geen back-ups. Bij elke start wordt er een gemaakt (Supplan meldt het als dat niet lukt); maak er nu een met Bestand → Nu een back-up maken.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The file was not changed:
%1</source>
        <extracomment>Why recovery is offered (the same words as app.ui.recovery, which loads only when needed).</extracomment>
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
        <source>The database file cannot be read: it may be damaged, or you may not have permission to open it. Start Supplan again and choose to restore the latest backup, or ask whoever manages this computer to check the file.</source>
        <translation>Het databasebestand kan niet worden gelezen: het is misschien beschadigd, of u hebt geen toestemming om het te openen. Start Supplan opnieuw en kies ervoor de laatste back-up terug te zetten, of vraag wie deze computer beheert het bestand na te kijken.</translation>
    </message>
    <message>
        <source>Supplan keeps its clients in this file, but the file holds something else. Move it to another folder (or rename it) and start Supplan again: it then starts a new, empty database here. If your clients should be in it, restore a backup with File → Restore from backup once Supplan has started.</source>
        <translation>Supplan bewaart zijn cliënten in dit bestand, maar er staat iets anders in. Verplaats het naar een andere map (of geef het een andere naam) en start Supplan opnieuw: Supplan begint dan hier een nieuwe, lege database. Horen uw cliënten erin te staan, zet dan na het starten een back-up terug met Bestand → Back-up terugzetten.</translation>
    </message>
    <message>
        <source>Database missing</source>
        <translation>Database ontbreekt</translation>
    </message>
    <message>
        <source>The database %1 is missing or empty, but there are copies of earlier data next to it. Supplan did not start an empty register. Start Supplan on a screen to restore a copy, or put the database file back.</source>
        <translation>De database %1 ontbreekt of is leeg, maar ernaast staan kopieën van eerdere gegevens. Supplan is niet met een leeg register begonnen. Start Supplan op een scherm om een kopie terug te zetten, of zet het databasebestand terug.</translation>
    </message>
    <message>
        <source>The file %1 is missing: it was moved, renamed or deleted. Choose the backup again.</source>
        <translation>Het bestand %1 ontbreekt: het is verplaatst, hernoemd of verwijderd. Kies de back-up opnieuw.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: it is damaged, or you may not open it. Choose another backup, for example the one of the day before.</source>
        <translation>Het bestand %1 kan niet worden gelezen: het is beschadigd, of u mag het niet openen. Kies een andere back-up, bijvoorbeeld die van de dag ervoor.</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Supplan. Install that version (or a later one) to restore it, or choose another backup.</source>
        <translation>Het bestand %1 is gemaakt door een nieuwere versie van Supplan. Installeer die versie (of een latere) om het terug te zetten, of kies een andere back-up.</translation>
    </message>
    <message>
        <source>The file %1 is not a Supplan backup. Choose a backup made by Supplan: a file ending in .sqlite3 in the backup folder shown under File → Settings.</source>
        <translation>Het bestand %1 is geen back-up van Supplan. Kies een back-up die Supplan heeft gemaakt: een bestand dat eindigt op .sqlite3, in de back-upmap die onder Bestand → Instellingen staat.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>op deze computer</translation>
    </message>
    <message>
        <source>on the computer “%1”</source>
        <translation>op de computer “%1”</translation>
    </message>
    <message>
        <source>(process %1)</source>
        <translation>(proces %1)</translation>
    </message>
    <message>
        <source>This database is open in Supplan %1 since %2.</source>
        <translation>Deze database is sinds %2 geopend in Supplan %1.</translation>
    </message>
    <message>
        <source>This database is open in Supplan %1.</source>
        <translation>Deze database is geopend in Supplan %1.</translation>
    </message>
    <message>
        <source>Go to that Supplan window and work there; two Supplan windows writing one database could lose work. If Supplan was closed there, wait a minute and try again.</source>
        <translation>Ga naar dat Supplan-venster en werk daar verder; twee Supplan-vensters die in één database schrijven kunnen werk kwijtraken. Is Supplan daar afgesloten, wacht dan een minuut en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Not a Supplan database</source>
        <translation>Geen Supplan-database</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Nutrient</source>
        <translation>Voedingsstof</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grens</translation>
    </message>
    <message>
        <source>Of limit</source>
        <translation>Van grens</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Supplan — %1</source>
        <translation>Supplan — %1</translation>
    </message>
</context>
</TS>
