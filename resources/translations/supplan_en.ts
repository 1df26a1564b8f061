<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>Supplan is already open</source>
        <extracomment>Every window&apos;s writes are announced here (it outlives a rebuilt main window). perf_counter() when the register was first shown filled (before SQLAlchemy). Answers the damaged- or lost-database question: (situation, copies, note) -&gt; (&quot;restore&quot;, path) | (&quot;new&quot;, None) | (&quot;quit&quot;, None). None without a screen: the file is then left exactly as it is and the reason printed. The dietician asked for a new empty database (so a missing file is not &quot;lost&quot;). The register shows rows read by the quick preview (before the full opening). Ask a new database for the practice details (not without a screen: tests, --smoke).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; the old version was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made. Your data itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once that is solved, make one with File → Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored; the previous database was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedPlainTextEdit</name>
    <message>
        <source>%1 characters did not fit and were not pasted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <source>Product catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to own products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed products are read-only; copy one to make your own version. Changing a product never changes plans that already use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>New client</source>
        <extracomment>The limit each text field&apos;s &quot;too long&quot; message names (app.domain.limits). Fields checked on leaving them: their message follows the typing from then on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. van der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One medicine per line, e.g. Fosamax 70 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/day from food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name(s) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix and family name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menopausal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcium from food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies / intolerances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in another window to “%1”. Saving keeps what you typed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply to a male client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client was changed in another window while you were editing, so nothing was saved. The form now shows those changes; fields you edited keep what you typed. Check them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid date. Type day-month-year, e.g. %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the year in full, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future. Type day-month-year, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is more than 125 years ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sex; the rules depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of milligrams, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount between 0 and 10,000 mg per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medicine name has invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 medicines, each at most %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid email address, e.g. name@example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid phone number, e.g. 06 12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Client no.</source>
        <extracomment>Fetches the register rows of the given client ids. The database order behind each column (age sorts as birth date, reversed). Called with (column key, descending) when the user sorts; the view re-queries.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menopausal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextPanel</name>
    <message>
        <source>Client context used by the rules</source>
        <extracomment>The client fields behind each of the panel&apos;s inputs: an edit writes only its own field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One medicine per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age at plan date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menopausal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcium from food (mg/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Birth date: type a real date as dd-mm-yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcium from food: a whole number from 0 to 10,000 mg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataLocationsDialog</name>
    <message>
        <source>Where is my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Supplan knows is in the database file. A copy of it is made in the backups folder each day at start-up. The log file holds no client data; send it along when you report a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The client was deleted, but the database file could not be compacted (the disk may be full). Until it is, remnants of her data can still be read from the file with special tools.

Free some disk space: Supplan tries again at every start and tells you until the erasure is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>Where the details are written, shown in the dialog (None when logging failed). Given the error, True when it handled it (damage: the recovery dialog).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplan ran into an unexpected problem. Your saved work is safe; the last action may not have been completed. Try it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it happens again, send the log file to whoever supports your Supplan. It is here:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>The PDF could not be laid out: a text in the plan or in the practice details is too long to fit on one page. Shorten the longest product name, note or address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional explanation for the client, printed on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save the professional summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text from the dietician</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This plan has %n critical finding(s) without an override.</source>
        <translation>
            <numerusform>This plan has %n critical finding without an override.</numerusform>
            <numerusform>This plan has %n critical findings without an override.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has a critical finding without an override:
%1

Make the handout anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout was saved as %1. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplement-plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Folder not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened. It is:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>Selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole units only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 20 at one moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Product</source>
        <extracomment>Room around a cell&apos;s text (the style&apos;s margins and focus frame), in pixels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premenopausal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perimenopausal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postmenopausal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omnivore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>little meat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supplan — client register</source>
        <extracomment>The language setting changed; the application rebuilds the window in that language. The dietician chose a backup to restore; the application swaps the database. SQLite found the database damaged (e.g. before a backup); the application recovers. The one change notifier every window of this database listens to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport client file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Supplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where is my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplan database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite found damage in the database, so no backup was written: a copy of a damaged database would hide the healthy backups. Supplan now offers to restore one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not pass its check after writing, so it was removed. Check that the disk or USB stick is still connected, then try again or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup of %1 with %n client(s)? The current database is backed up first and then replaced.</source>
        <translation>
            <numerusform>Restore the backup of %1 with %n client? The current database is backed up first and then replaced.</numerusform>
            <numerusform>Restore the backup of %1 with %n clients? The current database is backed up first and then replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export client file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client file written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Supplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplan %1

Supplement plans for dieticians, checked against clinical rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Supplan may not write to %1. Choose another folder, for example your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Make room or choose another disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 does not exist (any more). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written. Check that the disk or USB stick is still connected, then try again or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the database is full, so this change could not be saved. Make room on that disk (empty the trash, move large files elsewhere), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is on a disk or share that can only be read now, so this change could not be saved. Make the disk writable again (a USB stick&apos;s lock switch, a network share), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write to the database&apos;s folder, so this change could not be saved. Ask whoever manages this computer for write access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save this change. Check that the disk or network share that holds it is still connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database was kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; what you entered is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the database is full, so Supplan cannot start safely: it could not save anything you do. Your data is unchanged. Make room on that disk (empty the trash, move large files elsewhere), then start Supplan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database on a read-only disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is on a disk or share that can only be read, so Supplan could not save anything there. Your data is unchanged. Make the disk writable (a USB stick&apos;s lock switch, a share opened read-only), or copy the database to a folder you can write to and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write in the folder that holds the database, so Supplan could not save anything there. Your data is unchanged. Ask whoever manages this computer for write access to that folder, or copy the database to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplan could not write its lock file next to the database%1. Check that the disk or network share is still connected, then start Supplan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not create folders there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplan keeps its clients in the folder %1, but that folder cannot be created: %2. Nothing was written. Ask whoever manages this computer to create the folder with write access for you, then start Supplan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideWords</name>
    <message>
        <source>Override with reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override with reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden with reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge with reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge with reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged with reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acknowledgement needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Title of the plan, e.g. Bone health</source>
        <extracomment>The editor closed (after writing everything). The units field being typed in, while its keystroke is applied (see _units_typed). Per units field: the plan&apos;s value when the current edit of that field began.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;custom product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import products from a plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout (export or print)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily totals from supplements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2 · plan date %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only; make a new version to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the plan meets every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see why, what to do and the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override each critical finding with a reason first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice</source>
        <translation>
            <numerusform>%n advice</numerusform>
            <numerusform>%n advice</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s folder is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1. Your changes are kept and saving is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save; your changes are kept and saving is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how it is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change client context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field was changed in another window after your edit, so it was not undone or redone. This window shows the value as it is saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s details were changed in another window in the meantime, so your change was not saved. This window now shows her details as they are saved; make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this plan right for this client despite “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters, please shorten the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not made final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplan plan (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products from a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest changes could not be saved. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a valid plan; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansWindow</name>
    <message>
        <source>Plans — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans yet. Start one with New plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this plan? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplan plan (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per unit (tablet, capsule, dose):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add to the practice&apos;s catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, e.g. 500 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 100 g per unit is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IU is only defined for vitamins A, D and E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a nutrient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one nutrient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, e.g. zink, mk-7, calc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches. Add a custom product instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Ctrl+Return records the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy, checked when made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Supplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Supplan database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Database missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is missing or empty, but this folder holds copies of earlier data. Supplan does not start an empty register without asking: restore a copy below, or start a new empty database if that is what you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: it may have been cut off by a crash or a full disk. Restore a copy below. The damaged file will be kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no copies of the database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Search by name, client number or birth date</source>
        <extracomment>Emitted after the table was (re)filled from the database. A client was double-clicked: the window opens her plans. Where rows are read from: the repository, or a read-only preview at start-up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>No client matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search looks at names, client numbers and birth dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet. Add the first one with New client (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her open plans are saved and their windows closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and all of this client&apos;s data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This erases the client file for good and cannot be undone. To keep the file but hide it, archive the client instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her open plans are saved and their windows closed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client no longer exists; she may have been deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Supplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGB code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
A copy each day at start-up: the last %2 days, and one per month for %3 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! The handout a client takes home carries your practice&apos;s details. Fill them in now, or skip this: you can do it later under File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AGB code has 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image of at most 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified, clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. One is made at each start (Supplan says so when it cannot be written); make one now with File → Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The file was not changed:
%1</source>
        <extracomment>Why recovery is offered (the same words as app.ui.recovery, which loads only when needed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database from a newer Supplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Supplan. Install that version (or a later one) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be read: it may be damaged, or you may not have permission to open it. Start Supplan again and choose to restore the latest backup, or ask whoever manages this computer to check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplan keeps its clients in this file, but the file holds something else. Move it to another folder (or rename it) and start Supplan again: it then starts a new, empty database here. If your clients should be in it, restore a backup with File → Restore from backup once Supplan has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is missing or empty, but there are copies of earlier data next to it. Supplan did not start an empty register. Start Supplan on a screen to restore a copy, or put the database file back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is missing: it was moved, renamed or deleted. Choose the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: it is damaged, or you may not open it. Choose another backup, for example the one of the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Supplan. Install that version (or a later one) to restore it, or choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Supplan backup. Choose a backup made by Supplan: a file ending in .sqlite3 in the backup folder shown under File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the computer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(process %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open in Supplan %1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open in Supplan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to that Supplan window and work there; two Supplan windows writing one database could lose work. If Supplan was closed there, wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Supplan database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Nutrient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Supplan — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
