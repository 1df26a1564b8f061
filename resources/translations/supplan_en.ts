<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>The database was upgraded; the old version was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>New client</source>
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
        <source>Enter the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid date. Type day-month-year, e.g. 01-06-1954.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
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
        <source>A medicine name is too long (over 200 characters) or has control characters.</source>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supplan — client register</source>
        <extracomment>The language setting changed; the application rebuilds the window in that language.</extracomment>
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
        <source>&amp;About Supplan</source>
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
    <name>RegisterView</name>
    <message>
        <source>Search by name, client number or birth date</source>
        <extracomment>Emitted after the table was (re)filled from the database.</extracomment>
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
        <source>An AGB code has 8 digits.</source>
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
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The file was not changed:
%1</source>
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
        <source>The database file cannot be read: it may be damaged, or you may not have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Supplan database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Supplan database. Choose another file with --database, or move this one away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
