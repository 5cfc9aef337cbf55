<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="20"/>
        <source>profile folder (default: the user&apos;s data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="21"/>
        <source>interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="25"/>
        <source>docflow-app: no display found (DISPLAY/WAYLAND_DISPLAY are not set); to run without a screen use: QT_QPA_PLATFORM=offscreen make run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../desktop_app/audit.py" line="70"/>
        <source>event {seq} does not follow the event before it (an event was removed or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/audit.py" line="72"/>
        <source>event {seq} was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <location filename="../../desktop_app/blobs.py" line="57"/>
        <source>Not a valid SHA-256 content hash: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/blobs.py" line="97"/>
        <location filename="../../desktop_app/blobs.py" line="117"/>
        <source>Could not write to the file store: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="41"/>
        <source>Not a date (use YYYY-MM-DD): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="96"/>
        <source>Audit journal is broken at event {seq}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="105"/>
        <source>The store has problems: {n} missing files; integrity: {integrity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="135"/>
        <source>No single document matches the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="140"/>
        <source>Docflow command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="141"/>
        <source>profile folder (default: the user&apos;s data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="142"/>
        <location filename="../../desktop_app/cli.py" line="178"/>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="143"/>
        <source>act as this user of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="145"/>
        <source>create or open the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="146"/>
        <source>import PDF or image files as documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="149"/>
        <source>list documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="154"/>
        <source>show one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="156"/>
        <source>register a document in a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="166"/>
        <source>copy a document&apos;s files to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="169"/>
        <source>full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="172"/>
        <source>verify the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="174"/>
        <source>check the store (integrity, orphan and missing files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="175"/>
        <source>check every signature in a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="177"/>
        <source>fetch revocation data (OCSP/CRL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="179"/>
        <source>complete waiting signatures (timestamp, validation data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="181"/>
        <source>ignore the retry schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="190"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="33"/>
        <source>User entry {n} from the server has no usable id or username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="35"/>
        <source>The server&apos;s staff list repeats the user {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="40"/>
        <source>The server gives {name} unknown roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="48"/>
        <source>Institution entry {n} from the server has no registry code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="50"/>
        <source>The server&apos;s directory repeats the registry code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="428"/>
        <source>Choose at least one recipient institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="430"/>
        <source>A recipient is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="432"/>
        <source>At most {n} recipients per dispatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="434"/>
        <source>The note is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="439"/>
        <source>Only outgoing documents are dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="441"/>
        <source>Register the document before dispatching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="446"/>
        <source>The document is not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="448"/>
        <source>A {status} document cannot be dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="454"/>
        <source>The document&apos;s route is not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="461"/>
        <source>{code} is not another institution in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="463"/>
        <source>The document was already sent to {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="495"/>
        <location filename="../../desktop_app/services/routing.py" line="525"/>
        <source>Unknown receipt status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="501"/>
        <source>There is no dispatch {id} to {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="527"/>
        <source>Write the reason for refusing the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="531"/>
        <source>Only a received (incoming) document can be acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDetailPane</name>
    <message>
        <location filename="../../ui/detail.py" line="39"/>
        <source>Select a document to see its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="46"/>
        <location filename="../../ui/detail.py" line="73"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="47"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="48"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="66"/>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="68"/>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="71"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="72"/>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="72"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="73"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="76"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="76"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="76"/>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="77"/>
        <source>Their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="77"/>
        <source>Their date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="78"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="80"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80"/>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="104"/>
        <source>Provisional number: the server replaces it on the next sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="36"/>
        <location filename="../../desktop_app/services/documents.py" line="105"/>
        <location filename="../../desktop_app/services/routing.py" line="228"/>
        <source>Unknown document kind: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="67"/>
        <location filename="../../desktop_app/services/routing.py" line="68"/>
        <location filename="../../desktop_app/services/signing.py" line="153"/>
        <source>There is no document with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="129"/>
        <source>{name}: the database could not save the document ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="151"/>
        <source>Unknown file role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="255"/>
        <source>The subject cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="261"/>
        <source>Unknown confidentiality level: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="297"/>
        <source>Only a draft that was never synchronised can be deleted; archive it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="48"/>
        <source>{name}: the file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="50"/>
        <location filename="../../desktop_app/intake/validate.py" line="65"/>
        <source>{name}: the file is too large ({size} MB; the limit is {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="54"/>
        <source>{name}: not a PDF or an image (PNG, JPEG, TIFF); its content is of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="69"/>
        <source>{name}: the file is no longer there (it was moved or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="71"/>
        <source>{name}: this is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="73"/>
        <source>{name}: permission to read the file was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="75"/>
        <source>{name}: the file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="84"/>
        <source>{name}: the PDF is truncated (its end is missing); ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="90"/>
        <source>{name}: the PDF is password-protected; ask the sender for an unprotected copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="93"/>
        <source>{name}: the PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="100"/>
        <source>{name}: the PDF is damaged and cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="121"/>
        <source>{name}: the image is too large ({w} × {h} pixels); scan at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="131"/>
        <source>{name}: the image would expand to an unsafe size (a decompression bomb); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="133"/>
        <source>{name}: the image is damaged or truncated and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="113"/>
        <source>{name}: this file was already imported (document {id}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="32"/>
        <source>Docflow — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Search subject, number, correspondent, text… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>&amp;Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>&amp;Verify audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>To register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>To sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>My assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>{ok} imported, {bad} refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>{n} document(s) imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Registered as {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>The audit journal is intact ({n} events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>The audit journal is broken: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Verifying audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Store check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>The local store has problems: {n} file(s) are missing; database check: {integrity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Checking the local store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="57"/>
        <location filename="../../desktop_app/services/signing.py" line="141"/>
        <source>{user} may not {action}: the role &apos;{role}&apos; is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="188"/>
        <source>register documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="54"/>
        <source>{user} may not {action}: {need}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="59"/>
        <source>the role &apos;{role}&apos; is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="223"/>
        <source>edit route templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="223"/>
        <source>an office role is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="266"/>
        <source>route this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="267"/>
        <source>only an office role or the document&apos;s author may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="324"/>
        <source>act on this {kind} step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="325"/>
        <source>only its assignee may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="327"/>
        <source>sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="327"/>
        <source>the role &apos;head&apos; is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="343"/>
        <source>write resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="410"/>
        <source>remove control from this resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="411"/>
        <source>only the resolution&apos;s author may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="425"/>
        <source>dispatch documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="523"/>
        <source>acknowledge received documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="196"/>
        <source>The document is already registered as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="199"/>
        <source>There is no journal with code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="201"/>
        <source>Journal {code} is for {jkind} documents; this document is {dkind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="404"/>
        <source>Choose a journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="406"/>
        <source>The registration date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="408"/>
        <source>The correspondent&apos;s date cannot be after the registration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="410"/>
        <source>The page count must be between 0 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="412"/>
        <source>Unknown delivery channel: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="414"/>
        <source>The correspondent&apos;s number is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="416"/>
        <source>The subject is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="535"/>
        <source>Register the document first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register_dialog.py" line="30"/>
        <source>Register document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="41"/>
        <source>Their letter is dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51"/>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="52"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="52"/>
        <source>Electronic circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="60"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="61"/>
        <source>Registration &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="62"/>
        <source>&amp;Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="63"/>
        <source>Their &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="65"/>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="66"/>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="67"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="69"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="99"/>
        <source>Enter the subject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../desktop_app/registry.py" line="26"/>
        <location filename="../../desktop_app/registry.py" line="36"/>
        <source>The number format {fmt!r} is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/registry.py" line="29"/>
        <source>The number format {fmt!r} uses unknown fields: {fields}. Allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/registry.py" line="32"/>
        <source>The number format {fmt!r} must contain {{seq}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/registry.py" line="75"/>
        <source>The number block {start}–{end} is empty or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="34"/>
        <source>A journal code must be 1–32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="40"/>
        <source>A journal with code {code} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="36"/>
        <source>The holiday &apos;{entry}&apos; is not a date: write YYYY-MM-DD or MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="63"/>
        <source>The calendar has no working day within ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="71"/>
        <source>A deadline must be 0 to {max} working days away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="85"/>
        <source>The dates are too far apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="47"/>
        <source>Review</source>
        <extracomment>Which actions each kind of step accepts. Where each action takes an active step. The protocol&apos;s ``route.step_act`` action for each local action (docs/protocol.md §5.1).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="48"/>
        <source>Endorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="49"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="50"/>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="51"/>
        <location filename="../../desktop_app/routing/steps.py" line="72"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="57"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="58"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="59"/>
        <location filename="../../desktop_app/routing/steps.py" line="71"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="60"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="61"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="62"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="68"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="69"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="70"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="78"/>
        <source>Unknown step kind: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="84"/>
        <source>Unknown step action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="86"/>
        <source>This {kind} step is {state}; only an active step can be acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="89"/>
        <source>A {kind} step cannot be given &apos;{action}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="92"/>
        <source>Write the reason for &apos;{action}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="64"/>
        <source>A route template needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="68"/>
        <source>Stage {n} of the template has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="76"/>
        <source>Stage {n}: &apos;{assignee}&apos; is not an assignee (use author, role:&lt;role&gt; or user:&lt;name&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="80"/>
        <source>Stage {n}: the allowance must be 0 to 365 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="111"/>
        <source>The template gives a step to the document&apos;s author, but the document has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="122"/>
        <source>The template names {user}, who is not on the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="102"/>
        <source>The {what} is not on the institution&apos;s staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="115"/>
        <source>Nobody on the staff list can take the {kind} step; choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="156"/>
        <source>Returned by the executor: write a new resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="163"/>
        <source>Rework after &apos;{action}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="226"/>
        <source>A template needs a name of 1–200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="244"/>
        <source>There is no route template named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="259"/>
        <source>A route needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="261"/>
        <source>A route can have at most {n} steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="269"/>
        <source>A {status} document cannot be routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="290"/>
        <source>assignee of a {kind} step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="293"/>
        <source>Every {kind} step needs a person or a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="295"/>
        <source>The deadline {date} of a {kind} step has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="298"/>
        <source>A step&apos;s allowance must be 0 to 365 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="311"/>
        <source>There is no route step with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="346"/>
        <source>Write the resolution&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="348"/>
        <source>The resolution&apos;s text is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="351"/>
        <source>The main executor cannot also be a co-executor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="359"/>
        <source>The deadline {date} has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="362"/>
        <source>A resolution under control needs a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="366"/>
        <source>A {status} document cannot get a resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="369"/>
        <source>Register the letter before writing a resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="370"/>
        <source>executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="372"/>
        <source>co-executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="375"/>
        <source>The earlier resolution is not on this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="380"/>
        <source>Resolution written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="386"/>
        <source>Execute the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="387"/>
        <source>Co-execute the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="408"/>
        <source>There is no resolution with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="413"/>
        <source>This resolution is not under control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="465"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="561"/>
        <source>Resolution: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="564"/>
        <source>{action} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="569"/>
        <source>Sent to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="571"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="574"/>
        <source>Registered as {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="668"/>
        <source>any {role}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="63"/>
        <source>Unknown page size: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="65"/>
        <source>The resolution must be between 50 and 1200 dpi (not {dpi}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="68"/>
        <source>The page limit must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="101"/>
        <source>A saved scan profile is not valid ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="106"/>
        <source>Letters B/W 300 dpi duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="108"/>
        <source>Letters B/W 300 dpi feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="109"/>
        <source>Grey 200 dpi flatbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="110"/>
        <source>Colour 200 dpi flatbed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="13"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="15"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="22"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="23"/>
        <source>A new language applies the next time Docflow starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message numerus="yes">
        <location filename="../../ui/signing/sign_dialog.py" line="68"/>
        <source>Sign %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="71"/>
        <source>Key file (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="72"/>
        <source>Smart card / token (PKCS#11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="80"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="87"/>
        <source>Remember the passphrase in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="90"/>
        <location filename="../../ui/signing/sign_dialog.py" line="168"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="91"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="98"/>
        <source>Find tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="109"/>
        <source>PKCS#11 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="110"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="111"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="112"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="124"/>
        <source>Visible stamp (signer, date, registration number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="131"/>
        <source>1 = first page, -1 = last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="134"/>
        <source>Bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="134"/>
        <source>Bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="135"/>
        <source>Top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="135"/>
        <source>Top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="135"/>
        <source>Bottom centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="141"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="142"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="150"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="151"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="154"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="168"/>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="186"/>
        <source>No token found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="204"/>
        <source>Enter the PIN on the reader&apos;s keypad when asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../ui/signing/panel.py" line="31"/>
        <source>Check signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="33"/>
        <source>Complete now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="34"/>
        <source>Add the timestamp and validation data now (needs a connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="55"/>
        <source>No document selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="72"/>
        <source>Signed here: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="79"/>
        <source>Checking signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="83"/>
        <source>Checking signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="104"/>
        <source>Signatures not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="105"/>
        <source>Completing signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="71"/>
        <source>The trust-root bundle is not a valid PEM/DER certificate file: {reason}</source>
        <extracomment>Key usages that allow a certificate to make signatures on documents.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="98"/>
        <source>The certificate of {name} may not be used for signing: its key usage ({usages}) has neither digital signature nor non-repudiation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="107"/>
        <source>The certificate of {name} is not valid yet: it becomes valid on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="114"/>
        <source>The certificate of {name} expired on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="58"/>
        <source>The PIN is locked (no tries left); the card must be unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="60"/>
        <source>Only one try is left before the PIN locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="62"/>
        <source>The token reports that few tries are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="63"/>
        <source>The token does not report a lowered try counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="43"/>
        <source>The identity has no signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="95"/>
        <source>Cannot open the key file {label}: the passphrase is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="102"/>
        <source>The key file {label} holds no private key with its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="128"/>
        <source>Cannot read the key file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="194"/>
        <source>The PKCS#11 module {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="201"/>
        <source>Cannot load the PKCS#11 module {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="281"/>
        <source>No token {label} is present in {module}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="302"/>
        <location filename="../../desktop_app/signing/identities.py" line="347"/>
        <source>The PIN of token {label} is locked. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="310"/>
        <source>Token {label}: only one PIN try is left before the card locks. Confirm to try this PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="320"/>
        <source>Token {label} needs its PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="333"/>
        <source>The PIN has an invalid length or format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="335"/>
        <source>The PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="338"/>
        <source>Token {label}: {reason} {hint} Docflow does not retry the PIN by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="355"/>
        <source>Token {label} is already in use by another signing operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="362"/>
        <source>Token {label} refused the login: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="458"/>
        <source>Token {label} has no signing key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="465"/>
        <source>Token {label} has several keys; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="169"/>
        <source>The file is not a PDF document.</source>
        <extracomment>Named stamp positions (the UI offers these and shows a preview).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="176"/>
        <source>The PDF document cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="181"/>
        <source>The PDF document is encrypted; Docflow signs only unencrypted documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="206"/>
        <source>Unknown stamp position {position}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="226"/>
        <source>Page {page} does not exist; the document has {count} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="245"/>
        <source>Digitally signed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="246"/>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="249"/>
        <source>Reg. No.: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="298"/>
        <source>Signing failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="69"/>
        <source>complete ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="95"/>
        <source>{ok} signed, {bad} failed.</source>
        <extracomment>Signature rows in these states are picked up by the upgrade job (&quot;waiting&quot; = model default).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="142"/>
        <source>sign documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="176"/>
        <source>The trust bundle {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="197"/>
        <source>Unknown identity kind {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="209"/>
        <source>Document {subject} has no PDF file to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="230"/>
        <source>Document {subject} changed while it was being signed; sign it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="243"/>
        <location filename="../../desktop_app/signing/upgrade.py" line="70"/>
        <source>signed offline · waiting for timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="273"/>
        <source>Signing {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="275"/>
        <source>Cancelled before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="287"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="310"/>
        <source>The document has no PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="337"/>
        <source>Completing signatures {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="348"/>
        <source>The document has no signed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="354"/>
        <source>No trust bundle is configured (settings: trust_bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="381"/>
        <source>The document changed meanwhile; will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="71"/>
        <source>timestamped ({level}) · waiting for validation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="74"/>
        <source>SIGNER CERTIFICATE REVOKED · not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="75"/>
        <source>cannot be completed · see the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="175"/>
        <location filename="../../desktop_app/signing/validate.py" line="140"/>
        <source>The document has no signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="182"/>
        <source>Signature {field} is broken; the document is not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="187"/>
        <source>All signatures are complete (B-LT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="213"/>
        <source>The certificate of {name} (signature {field}) is REVOKED since {date}. The signature is not valid and was not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="226"/>
        <source>The revocation service (OCSP/CRL) for {name} is not reachable; will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="236"/>
        <source>The certificate of signature {field} does not chain to a trusted root: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="252"/>
        <source>No timestamp service is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="264"/>
        <source>The timestamp service is not reachable ({reason}); will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="273"/>
        <source>The timestamp service gave no usable answer ({reason}); will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="288"/>
        <source>Validation data could not be fetched ({reason}); will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="297"/>
        <source>Completed to PAdES B-LT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="302"/>
        <source>Reached {level}; validation data are still incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="138"/>
        <source>The document cannot be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="143"/>
        <source>#{n} document timestamp ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="145"/>
        <source>#{n} signature by {name} ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="149"/>
        <source>Verdict: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="153"/>
        <source>Integrity: intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="155"/>
        <source>Integrity: BROKEN (the signed bytes were changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="159"/>
        <source>Changes after signing: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="163"/>
        <source>Changes after signing: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="168"/>
        <source>Chain: trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="170"/>
        <source>Chain: not trusted ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="173"/>
        <source>Revocation: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="177"/>
        <source>Timestamp: {time} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="182"/>
        <source>PAdES level: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="190"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="191"/>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="192"/>
        <source>indeterminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="276"/>
        <source>the document is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="281"/>
        <source>not a readable PDF ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="326"/>
        <source>not checked: the signature itself is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="329"/>
        <source>no path to a trust root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="331"/>
        <source>The signed bytes do not match the signed digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="333"/>
        <source>The cryptographic signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="335"/>
        <source>The document was changed after signing in a way that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="348"/>
        <source>The signer&apos;s certificate is revoked (since {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="442"/>
        <source>The signature cannot be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/states.py" line="24"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="25"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="26"/>
        <source>In route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="27"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="28"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="29"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="36"/>
        <source>Unknown document status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="39"/>
        <source>A document that is {current} cannot become {new}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="55"/>
        <source>Unknown roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="58"/>
        <source>A user named {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
