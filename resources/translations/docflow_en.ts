<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>New assignment</source>
        <extracomment>Settings key: the last audit event already turned into news (never repeated after a restart).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assignments ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: {report}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed, under your control: take it off control when the question is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed, under your control ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: {n} assignment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today: {n} assignment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incoming documents ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens&apos; appeals overdue: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens&apos; appeals to answer soon: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incoming document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>profile folder (default: the user&apos;s data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF or image files to import (&quot;Open with Docflow&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log everything (DEBUG) to the profile&apos;s logs/docflow.log and to the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation in a temporary profile, print a report and exit (0 ok, 1 a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --self-test: show the report in a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --self-test: also write the report to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docflow-app: no display found (DISPLAY/WAYLAND_DISPLAY are not set); to run without a screen use: QT_QPA_PLATFORM=offscreen make run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealExtendDialog</name>
    <message>
        <source>Extend the appeal&apos;s term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {date}. The law allows up to {max} more working days in all ({left} left) when more information is requested; the citizen must be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What information was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen was &amp;told on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealForwardDialog</name>
    <message>
        <source>Pass the appeal on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal that belongs to another body is passed on by {date} (3 working days) and the citizen is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen was &amp;told on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealRepeatedDialog</name>
    <message>
        <source>Mark as a repeated appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the earlier appeal was answered on the merits and this one brings nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of the earlier appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appeals</name>
    <message>
        <source>An appeals journal needs the applicant&apos;s card: name, address and the appeal&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal without the applicant&apos;s name and address is anonymous: the law does not let it be registered as a citizen&apos;s appeal. Register it as an ordinary incoming letter if it must be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the appeal&apos;s type: application, proposal or complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the appeal was made: in writing, electronically, at a reception or by telephone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An oral appeal needs the day it was received and the official who received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An oral appeal received on {received} cannot be registered on {date}, before it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}…&apos; is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is not a registered citizen&apos;s appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend an appeal&apos;s term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason (what information was requested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day the citizen was told of the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appeal was passed on or marked repeated: its term no longer runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal&apos;s term can be extended by at most {max} working days in all; {used} already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass an appeal on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body the appeal is passed on to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day it was passed on and the day the citizen was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appeal was already passed on to {to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark an appeal as repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of the earlier appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appeal is already marked repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no earlier appeal numbered {number} within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal {number} has not been answered on the merits yet: the new one is not a repeated appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s appeals were answered on the merits {n} time(s) within a year; the law leaves a repeated appeal unconsidered only after {need}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an appeal made at a reception or by telephone is registered without a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the citizen said: an oral appeal has no letter, the summary is its content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <source>My assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} assignment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {n} assignment(s), soonest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>event {seq} does not follow the event before it (an event was removed or reordered)</source>
        <extracomment>The actor named for what the server did by itself (another desk&apos;s changes name ``server:&lt;user&gt;@&lt;desk&gt;``, :func:`server_actor`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {seq} was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Not a valid SHA-256 content hash: {value!r}</source>
        <extracomment>A temporary file or an unnamed blob younger than this is work in hand (an import staged its file, or put its blob before the row that names it commits), not a crash&apos;s leftover: the store check leaves it (the window checks the store at start-up while a file opened with the app is imported).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the file store: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Edit the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrespondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their letter is &amp;dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration card (number, date, correspondent and the sender&apos;s number and date) is kept as it was registered: the journal&apos;s entry cannot be rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At registration (Ctrl+R) these become the registration card, which is then kept as registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correspondent&apos;s date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is empty: write what the document is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is longer than {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryOverPage</name>
    <message>
        <source>Work done before the first login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was done on this computer before the server knew you. Say once whose it is; it is then sent under that account, and the history records the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;It was my work, as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {docs} documents, {ops} changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the local work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documents carried over; they are sent with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying the work over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case of the file plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 01-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article of the model list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Not a date (use YYYY-MM-DD): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the secret: pass it on standard input with --password-stdin or --pin-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is empty: nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user {name} on the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {doc} was sent to {to}: {state}, their number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {doc} was sent to {to}: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the document whose original should be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit journal is broken at event {seq}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has problems: {n} missing files; integrity: {integrity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature waits to be completed (nothing was tried).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documents tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single document matches the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docflow command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile folder (default: the user&apos;s data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown arguments: {args} (their values are not repeated here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docflow: wrong use of the command line: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act as this user of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log everything (DEBUG) to the profile&apos;s logs/docflow.log and to the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: see docs/cli.md (the same with or without --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or open the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import PDF or image files as documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not recognise the text of scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the printable separator sheet (PDF) to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan originals kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register a document in a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a document&apos;s files to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is now not set (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is back to its default, {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is now {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the store (integrity, orphan and missing files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check every signature in a PDF file (opens no profile unless --profile is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch revocation data (OCSP/CRL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust the certificates in this PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete waiting signatures (timestamp, validation data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore the retry schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation in a temporary profile (exit 0 ok, 1 a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read or change this profile&apos;s settings (trust bundle, timestamping, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show every setting, or one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and save one setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put one setting back to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {user} at {server}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring (such as GNOME Keyring or KWallet) to keep the login in, so the command line cannot stay logged in: the login was given back to the server. The window can still log in for one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to {server} as {name} ({user}) of {institution}, workstation {ws}; the login is valid until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of {server}: the login is forgotten on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done before the first login waits: say whose it is with docflow setup carry-over (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised, but {conflicts} conflict(s) and the refused changes wait for a person: see docflow conflicts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first (docflow login): the server&apos;s staff list says whose the work can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to carry over: no work waits from before the first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose the work is: --map LOCAL=SERVER for each local user (docflow setup carry-over --list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; add --despite-missing-roles to carry the work over anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the work over anyway? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work of {local} is now {server}&apos;s: {docs} documents, {ops} changes waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is sent with the next synchronisation (docflow sync --once); the audit journal records the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done on this computer before the first login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {docs} documents, {ops} changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server accounts it can be carried over to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry it over with: docflow setup carry-over {maps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map {pair}: write it as LOCAL=SERVER (two user names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: {name} is not a local user with work waiting (see --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: {name} is not on the server&apos;s staff list (see --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose was the work of {name}? (number or user name{default}): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} is not on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (the answer to a question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk works with {server} as {user} (workstation {ws}); synchronisation is “{state}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no server yet (docflow login); it works offline as {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ops} changes wait to be sent, and {conflicts} conflicts wait for a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits to be sent, and there is no conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes made here by other people wait for their own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last problem: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single open conflict matches the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed differently there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict {id} on document {doc} ({what}): the server did not take this desk&apos;s change: {reason} Settle it with: docflow conflicts resolve {id} --take {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect this desk to a circulation server and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk&apos;s workstation id on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust the server&apos;s certificate from this PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept only the server certificate with this SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log out and forget the token on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronise with the server (until interrupted, or --once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one cycle, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first-run setup from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whose the work done before the first login was; it is then sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only show the local work and the server&apos;s accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry the work of the local user LOCAL over to the server account SERVER (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry over even when the account lacks roles the work needs (the server refuses those changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync state, what is waiting, and the newest dispatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many dispatches to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or settle conflicts with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open conflicts, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle one conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merged subject (with --take merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merged summary (with --take merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --deadline or --days, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is written KIND:WHO or KIND:WHO:DAYS (e.g. sign:head, review:@clerk:3), not {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of the step {text} are not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role {role}; roles: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} has {n} active steps on the document {id}: give the step&apos;s id (docflow route show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its route is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its route is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its route was stopped (declined or returned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {doc} “{subject}” is “{status}”; {route}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution by {author} for {who}{due}: “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {stage}: {kind} by {who} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({action} by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; step {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the route&apos;s stages (--stage, one per stage) or --template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one signing identity: --pkcs12 FILE, or a token key (--token-label, --key-id, --pkcs11-module).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of {file}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN of the token {label}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head&apos;s resolution on a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a resolution: executor, text, deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name of the executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name of a co-executor (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline in working days from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not put the document on control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document&apos;s route: set it, act on a step, show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the route (replaces the steps not yet acted on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one stage, its parallel steps separated by commas; WHO is a user name or @role (repeatable, in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use this route template instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act on your active step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document (your one active step on it) or a step&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolutions, steps and dispatches of a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign a document&apos;s newest PDF (PAdES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PKCS#12 (.p12/.pfx) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s PKCS#11 library (default: the setting pkcs11_module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s id on the token (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the PIN or passphrase from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a registered, signed outgoing document to other institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry code of a recipient (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tell the sender a received document was refused (registering it tells them its number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse it, with this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --year or --from/--to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a year: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period: --year YYYY or --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a month (use YYYY-MM): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s paper as PDF or XLSX: card, registers, control and appeals reports, the stamped copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf or xlsx (default: from the file&apos;s suffix, else pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration-control card of a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal&apos;s register for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal&apos;s code (e.g. IN, OUT, INT, APL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly control report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month (default: this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the citizens&apos; appeals report for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this appeals journal (default: all of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory of a year&apos;s cases for transfer to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year of the cases (default: this year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy of the document&apos;s PDF with the registration stamp (the stored files are not changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <source>&amp;New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new outgoing letter or internal document from a template, a scan or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} document created. Register it when it is ready (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} document created. When it is ready, send it for endorsement and signature: Route ▸ Route builder (Ctrl+Shift+B).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this document at the same time. Compare the two versions: keep yours, take the server&apos;s, or save a merge of both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take this workstation&apos;s change: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed differently there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>Overdue by {n} working day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} working day(s) left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the {what}: a request and a refusal must give their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an executor of the resolution may ask for more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolution on control and not yet executed has a deadline to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new deadline must be later than {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for this resolution is already waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for refusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no extension request with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the official who put the document on control may decide on its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply is an outgoing or internal document answering an incoming one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reply&apos;s author or the office may link it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incoming document registered as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s appeal must be answered by {date}: the resolution&apos;s deadline cannot be later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the official who put the document on control may remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;trol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for &amp;more time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide on more time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend the appeal&apos;s term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass the appeal on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as re&amp;peated appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request went to the official who put it on control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is linked to {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the appeal&apos;s term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal&apos;s term is extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the appeal on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is recorded as passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as repeated appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is marked repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlReportDialog</name>
    <message>
        <source>Control report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print or save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsExpander</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>User entry {n} from the server has no usable id or username.</source>
        <extracomment>Outbox states whose payload has not reached the server yet (a re-attribution rewrites them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s staff list repeats the user {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gives {name} unknown roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution entry {n} from the server has no registry code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s directory repeats the registry code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>Choose at least one recipient institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} recipients per dispatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only outgoing documents are dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the document before dispatching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is not signed yet, and only a signed letter leaves. Send it to the head for signature with the route builder (Ctrl+Shift+B, the “{template}” route), or sign it (Ctrl+Shift+S) if you hold a signing card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {status} document cannot be dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s route is not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not another institution in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was already sent to {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown receipt status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dispatch {id} to {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for refusing the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a document another institution sent can be acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender was already told about this document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch — {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or registry code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution directory is empty: synchronise once to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} recipient(s) chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDetailPane</name>
    <message>
        <source>Select a document to see its pages.</source>
        <extracomment>The header&apos;s &quot;Settle…&quot; link on a document in conflict: the document&apos;s id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case (file plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {date} by {official}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {n} working day(s): {reason}; the citizen told on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {body} on {date}; the citizen told on {told}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {number}, already answered on the merits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An oral appeal has no letter: what the citizen said is on the Card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be shown here; export the document to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server too: this desk&apos;s change waits until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {sender}, their No. {number} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covering note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments as sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left until the term (a minus: overdue by so many); the date is in each row&apos;s tooltip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional number: the server replaces it on the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server and this workstation changed it differently: settle it in Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Unknown document kind: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the database could not save the document ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown confidentiality level: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correspondent&apos;s date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correspondent and the sender&apos;s number and date cannot be changed: they are on the registration card, which is kept as registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft that was never synchronised can be deleted; archive it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not found: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject has {count} characters; it may have at most {max}. Shorten it: nothing is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step can be done again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools ▸ First-run setup: this wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools ▸ Settings: language, time zone, signature settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync ▸ Log in to the server: connect or change the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing was left out: your roles do not sign documents. Should that change, signing can be set up later: the signature settings in Tools ▸ Settings, the token or key file in this wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server could not read what this workstation sent. Try again; if it repeats, send the log to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as incomplete. Update Docflow or send the log to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this kind of change. Docflow or the server needs an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change because a field is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent is too large for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot read how the data was packed. Docflow or the server needs an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this type of data. Docflow or the server needs an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong, or this workstation is not registered for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in to the server. Log in (Sync → Log in) to synchronise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login to the server has expired. Log in again (Sync → Log in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login was withdrawn on the server. Log in again (Sync → Log in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login belongs to another workstation. Log in again on this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has been disabled on the server. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this action. Ask the head or the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not have this record (it may belong to another institution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this request. Docflow or the server needs an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has a different change under the same key. Send the log to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this way of uploading files. Docflow or the server needs an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file upload got out of step with the server; it starts again from where the server is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece of a file was damaged on the way; it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot check files the way this workstation sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not have the earlier version this file was sent against; the whole file is sent instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file arrived at the server damaged; it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the file&apos;s name. Rename the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the file&apos;s description. Send the log to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file download got out of step with the server; it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block of registration numbers is no longer valid; a new one is taken on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this document at the same time. Choose which version to keep in Conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not have the document yet; the change waits and is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier change to the document must reach the server first; this one waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file this change needs has not reached the server yet; it waits for the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier change to the same document was refused, so this one waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has another document with this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is in a state where this action is not possible any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is already registered on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration number is already used; the server gives another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration number is outside this workstation&apos;s block of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this journal. Synchronise to get the institution&apos;s journals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution has a file plan for this year: choose the case the document is filed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not in the institution&apos;s file plan for the year of registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of the file plan is closed: nothing more is filed to it. Choose an open case of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know one of the recipient institutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know one of the people named in the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this route step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This route step is not active any more (someone may have acted on it already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This route step is assigned to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins: the server asks to wait before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was too slow to finish sending; it is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is still receiving this file from an earlier try; it continues shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person (and workstation) who signed can change this signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new signed file does not keep the earlier signed version unchanged; the server refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found no intact signature in the file that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the official who put the document on control may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A controlled deadline moves only on the executor&apos;s request approved by the controlling official.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this request for more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal without the applicant&apos;s name and address is anonymous and is not registered as an appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal&apos;s term can be extended by at most 30 working days in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is not a repeated one: the applicant&apos;s earlier appeals were not answered on the merits three times within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not past its retention period in the server&apos;s file plan, so it cannot be disposed of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem. It is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy or under maintenance. It is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be confirmed (its certificate is not trusted). Nothing was sent. Check the server address and the institution&apos;s CA settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is having trouble. Docflow keeps the changes and tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached (no connection). Docflow keeps the changes and sends them when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Docflow does not understand. Docflow tries again later; if it repeats, send the log to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts your login. Log in again (Sync → Log in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take this change yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docflow was not allowed to read or write a file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file Docflow needs was not found: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk refused the operation (it may be full or disconnected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Docflow. The work done so far is kept; the details are in the log for support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionDecisionDialog</name>
    <message>
        <source>Decide on more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} asks to move the deadline from {old} to {new}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (a refusal gives its reason)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionRequestDialog</name>
    <message>
        <source>Ask for more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: due {date}. The official who put it on control decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePlan</name>
    <message>
        <source>Laws, decrees and orders of higher bodies received for guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of the head on the main activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of meetings with the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomenclature of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventories of cases and acts on disposal of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence with higher bodies on the main activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence with other institutions and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens&apos; appeals and the documents on their consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration journals of incoming, outgoing and internal documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents on the control of execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders on personnel (hiring, transfer, dismissal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal files of employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders on leave and business trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual financial statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary accounting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case of the file plan the document is filed to: every registered document of {year} belongs to a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen case is not in the file plan of {year}, the year of registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {index} of {year} is closed: no documents are filed to it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} may not {action}: this is for {roles}.</source>
        <extracomment>Cases kept longer than this many years (or permanently) go to the archive with an inventory. What a change to the file plan publishes (``Change.aspects``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the file plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index {index} is already used in the file plan of {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {index} of {year} is closed and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {index} already holds documents of {year}; its year cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file plan of {year} already has cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the year&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file plan of {year} has no cases to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose documents for disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the chosen documents are not past their retention period (or are already in an act).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is past its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve the disposal of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposal act no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This disposal act was already decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case needs an index (e.g. 01-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case {index} is not valid: the index is at most 32 characters, the title at most 500, the retention 1 to 100 years (or permanent), the year 2000 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanently</source>
        <extracomment>What a change must name for the open dialog to redraw; changes of the next moment are redrawn once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePlanDialog</name>
    <message>
        <source>File plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from the &amp;model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be disposed of from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose for disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of closed cases whose retention period has run out. Nothing is disposed of until the head or an administrator approves an act; approved documents stay listed in the act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the file plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every case of {year}? No document can be filed to them afterwards; the file plan of {next} is made from this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing for disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding on disposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Docflow user guide</source>
        <extracomment>Where the guide may be: a copy beside the code (bundles), then the source tree&apos;s docs/. Libraries whose licences About lists (what a bundle ships besides Python and Qt).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>About Docflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document circulation for offices that are offline most of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: MIT. Qt {qt} (LGPL v3), Python {py}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
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
        <source>Show the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Docflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Docflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is in {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Circulation server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter&apos;s addressee and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed for disposal (from the circulation server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved the step “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined the step “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned the step “{kind}” for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked the step “{kind}” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on the step “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the file {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written down from an oral appeal (no letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered with provisional number {number} (the server gives the final one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed from “{old}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched to {n} institution(s): {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file version {rev}: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution taken off deadline control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route started: {steps} step(s) in {stages} stage(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature completed ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was found revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature received ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from {sender} through the circulation server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received through the circulation server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from the circulation server: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution received from the circulation server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution withdrawn: the circulation server did not take it, and the server&apos;s version was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route received from the circulation server ({steps} step(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take a change made here: it waits in Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict settled: this workstation&apos;s version kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict settled: the server&apos;s version taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict settled: the two versions merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave the final number {new} (was {old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our registration number {number} sent to the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused and the sender told why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt confirmed to the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by {to} as {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block of registration numbers received for journal {journal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal {code} created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal {code}: number format “{before}” changed to “{after}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user changed at this desk: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out at this desk; {n} change(s) wait for the next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {name} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and institution directory updated from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route template “{name}” saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as the answer to {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as an answer to an incoming document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by “{subject}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer to it was linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for more time, until {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More time approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More time refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on control until {date} (from the circulation server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control changed on the circulation server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal&apos;s term extended by {days} working day(s), to {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal passed on to {to} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a repeated appeal (already answered as {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal&apos;s term from the circulation server: due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File plan case {index} saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file plan case was changed here and on the server: the server&apos;s version kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File plan for {year} made ({cases} cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year {year} closed: {closed} case(s) closed, {created} made for the next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed for disposal ({documents} document(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognised ({characters} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent without waiting for text recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned original queued for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned original removed from this computer after its keeping time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done before the first login as {local} handed to {server} ({documents} document(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made before the first login as {local}; now {server}&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Official holidays and transferred working days of Azerbaijan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official days off this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution&apos;s own days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official days off in {year}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution&apos;s own &amp;days off besides these, one per line: 20.03.2027 (that day) or 01.01 (every year).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name}: the file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the file is too large ({size} MB; the limit is {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not a PDF or an image (PNG, JPEG, TIFF); its content is of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the file is no longer there (it was moved or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this is a link to {what}, not to a file; only regular files can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this is {what}, not a file; only regular files can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the link points to a file that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: permission to read the file was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the PDF is truncated (its end is missing); ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the PDF is password-protected; ask the sender for an unprotected copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the PDF has {n} pages; the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the PDF is damaged and cannot be read ({reason}).</source>
        <extracomment>What pypdf raises on a damaged file besides its own PdfReadError.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: page {n} took too long to read ({s} seconds); the PDF was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: page {n} of the PDF cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this is a PDF, not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image has more than {n} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image is too large ({w} × {h} pixels); scan at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image would expand to an unsafe size (a decompression bomb); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the link leads in a circle and points to no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this is not a regular file; only regular files can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the file was replaced while it was being opened; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image is damaged or truncated and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: every page is blank; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages could not be processed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is closing; nothing more is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import process stopped unexpectedly; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this file was already imported, as {document}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>The scan folder {folder} is not reachable ({reason}); waiting for it to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the same content was already imported; it was not imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the import failed unexpectedly ({reason}); see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning page {i} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code on the first page: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of this document is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no original kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no scanned PDF whose pages could be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is signed; changing its pages would break the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page {n} in this document (it has {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan folder is set in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recognise text (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch scan folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning and &amp;OCR settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert scanned pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place a page with a new scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;separator sheet to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing expired scan originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original will be uploaded ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the separator sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separator-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator sheet not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator sheet was saved as {path}. Print it and put a copy in front of each document of a stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned document saved ({n} page(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} blank page(s) removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognised in {n} document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the scanner writes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching the scan folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docflow separator sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this sheet in front of each document of a stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned together, each document becomes its own; this sheet is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copier or camera original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searchable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleaned copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on this computer until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent once its text is recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the copier&apos;s or camera&apos;s file too (it is large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the wire: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only on this computer: {size}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeSettingsDialog</name>
    <message>
        <source>Scanning and OCR settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the text of scans and imported files (in the background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lang} (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straighten skewed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn pages upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove blank pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop to the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page is blank below this much ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the scan resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG quality for grey and colour pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce grey and colour pages to (dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep stamps, signatures and pictures in colour on text pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new document at each separator sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new document at each blank page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code or barcode on the first page goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copier and camera originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the originals too (the institution&apos;s rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them on this computer for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan folder to watch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalsPage</name>
    <message>
        <source>Code</source>
        <extracomment>The fields a number format may use, as the page explains them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} (or {seq}) running number, restarting each year ({n:04d} pads it to four digits), {year} or {yy} the year, {mm} and {dd} the month and day, {index} the case of the file plan, {code} the journal&apos;s code. Example: {index}/{n}, {n}-{year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers already given keep their text; the next ones follow the new format. A journal the server numbers is changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes the number formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the number format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No system keyring is available on this computer (such as GNOME Keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not be read; unlock it and try again.</source>
        <extracomment>True once a secret had to be kept in memory because there is no keyring.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keyring; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be removed from the system keyring; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens&apos; appeals journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orally, at a personal reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orally, by telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <extracomment>Journal names the demo server and older profiles used, shown as the kind&apos;s name instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With recognised text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For internal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered by the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet (no revocation data; checked when online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only validation data and timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later signatures and form filling (allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other changes (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp of the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not lead to a trusted authority (add the institution&apos;s trust list in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is missing from the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain of certificates could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate in the chain is not allowed for signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not meet the signing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature uses an algorithm that is no longer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate had expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate authority in the chain is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was not valid at the signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revocation data are too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamps are in the wrong order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no proof of when it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation data are not available yet; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature policy could not be processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature policy is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed data were not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moscow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istanbul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tbilisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Docflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few steps to set up this computer. Skip any of them: each one is also in the menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Official letter</source>
        <extracomment>The fields a template fills (all optional except the addressee and the text): ``LETTER_FIELDS``, the protocol&apos;s (a letter&apos;s fields travel with its document to every desk). Longest text of one field (the body may be long; it flows onto further pages).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to your letter No. {reply_to_number} of {reply_to_date}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covering letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We send you the following: {attachments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter template {kind!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter template does not know the fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of the letter is longer than {max} characters: {start}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter needs an addressee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply names the number of the letter it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template} to {addressee}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkReplyDialog</name>
    <message>
        <source>Answer to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} answers the incoming document registered as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locale</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the circulation server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution CA bundle (PEM), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate SHA-256, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;inned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test server on this computer: the connection is not encrypted. Use it only to try Docflow out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this workstation&apos;s id (your administrator has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search subject, number, correspondent, text… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an &amp;oral appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <extracomment>Committed changes arriving within this time are shown with one refresh (a batch of 20 signatures is 20 changes: one redraw, not twenty, and the GUI thread stays free for the person).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;document list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docflow — {user}</source>
        <extracomment>Keys for actions the feature modules leave without one (every action has a shortcut).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docflow — {user} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling or type fewer words; letters like ə, ç, ş can be typed as e, c, s. To look everywhere, choose “All documents”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the morning post (Ctrl+Shift+N), import files (Ctrl+O) or drop them here. Letters from other institutions arrive here when Docflow synchronises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incoming letters and signed outgoing letters appear here until they get a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for your signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents whose route reaches a signing step for you appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions and route steps given to you appear here with their deadlines (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is under your control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents whose resolution you put on control stay here until you take them off control (Routing → Remove control), once the executor has reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outgoing letters in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or scan a draft, choose the “Outgoing letter” route (Ctrl+Shift+B), sign it and dispatch it (Ctrl+Shift+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been dispatched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched letters appear here with their delivery receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished documents are moved here with Document → Archive (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server and this workstation changed the same document, it appears here to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no documents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan (Ctrl+Shift+N) or import (Ctrl+O) the first letter, or log in to the server to receive documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ok} imported, {bad} refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} document(s) imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit journal is intact ({n} events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit journal is broken: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store has problems: {n} file(s) are missing; database check: {integrity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the local store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <extracomment>Where a new document starts. The kinds a person writes here (an incoming letter arrives: Import, Scan, or from the server).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the document is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressee</source>
        <extracomment>The letter&apos;s own rows, shown for a template (the reply and covering rows for those templates).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to &amp;No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of (&amp;date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Docflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My assignments &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OCR</name>
    <message>
        <source>Tesseract is not installed, so pages cannot be turned upright automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OCR language is chosen in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract OCR is not installed, so the text of the pages cannot be recognised. The document is kept without text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR language pack for {langs} is not installed (install {packages}). The document is kept without a text layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition of a page took longer than {s} seconds and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract could not read a page: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading PDF pages for OCR needs poppler&apos;s pdftoppm (package poppler-utils), which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF pages could not be rendered for OCR ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is password-protected, so it cannot be given a text layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be given a text layer ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has {n} pages but {m} page images were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document already has a text layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF already contains text; no OCR is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising text: page {i} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s file was removed while its text was being recognised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server told this computer. An administrator changes it on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: {name} — {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on the staff list: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: the people, roles and journals come with the first login. Until then everything is done as a local user and carried over then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature trust roots: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp service: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the office&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <source>The JPEG quality must be between 5 and 95 (not {q}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pages to put into the PDF (all pages were blank or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} could not be compressed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be assembled ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written compactly ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSpin</name>
    <message>
        <source>last</source>
        <extracomment>Settings key of the last identity used (kind, path or module/token/key -- no secret).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} from the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>{user} may not {action}: the role &apos;{role}&apos; is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} may not {action}: {need}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit route templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office role is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an office role or the document&apos;s author may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act on this {kind} step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only its assignee may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &apos;head&apos; is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge received documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>{n} characters too many: it may be at most {max} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>The document is already registered as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal with code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal {code} is for {jkind} documents; this document is {dkind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a journal.</source>
        <extracomment>What a journal of each kind requires on the registration card (decree 935: the sender of an incoming letter and the addressee of an outgoing one are part of the card; an internal memo has neither). Where each field of the register form (:class:`RegisterInput`) travels to the server and the other desks -- nothing a person typed may be dropped (issue 14): the journal, the date and the card go in ``registration.register``; the document&apos;s own fields (the subject) in a ``document.update``. ``tests/sync/test_typed_fields.py`` fails if a field of RegisterInput is missing here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender (correspondent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the addressee (correspondent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correspondent&apos;s date cannot be after the registration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correspondent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correspondent&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correspondent&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description of the attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case of the file plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} must be between 0 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} is longer than {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Their letter is &amp;dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to a letter &amp;dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is attached (e.g. a map, 2 sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to their &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;eets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;se (file plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of what was said, if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the sender&apos;s data ({sender}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen asked for, proposed or complained of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs extra checking (30 working days instead of 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s add&amp;ress *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact (phone, e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;by (official) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sa&amp;id *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the case —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no file plan for this year —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal needs the applicant&apos;s name and address: an anonymous appeal is not registered as an appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write who received the oral appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An oral appeal is registered on or after the day it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the citizen said: an oral appeal has no letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no citizens&apos; appeals journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case of the file plan the document is filed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register incoming document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an oral appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register outgoing letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register internal document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The number format {fmt!r} is not valid. Allowed fields: {allowed}; it must contain {{n}} or {{seq}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number format {fmt!r} cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its numbers can be up to {n} characters long (with a case index of {index} characters and a running number of {digits} digits), but a registration number has at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal {code} would give the number “{number}”, {n} characters long, but a registration number has at most {max}: an administrator must shorten its number format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty or longer than {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses {unknown}, which a number does not have (it may use {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no running number: put {n} (or {seq}) in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid pattern (check the braces: each field is written like {n} or {seq:05d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number block {start}–{end} is empty or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal code must be 1–32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <extracomment>The case index an example number shows when the year has no file plan yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal with code {code} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal {code}: the number format “{fmt}” cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a journal&apos;s number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal {code} is numbered by the server, which has not listed it yet: synchronise once, then change its format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal {code}: the server did not take the new number format: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Made by Docflow on {when}</source>
        <extracomment>What a report is written as. What a report is (``docflow report KIND``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is written as PDF or XLSX, not {format!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: name the file to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reg. No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s PDF is password-protected: it cannot be stamped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s file is not a readable PDF: it cannot be stamped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s PDF has no pages to stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form}, {date}, {official}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated (of {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on to {body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s number and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, received on {date} by {official}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages and sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} pages, {sheets} sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case of the file plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course of execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration-control card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal {code}; the journals are: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents on control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens&apos; appeals report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal {code} is not an appeals journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reg. date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{days} working days: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory of cases for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registered document gets the registration stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no PDF to stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed (reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with the registration &amp;stamp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registers for a period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appeals report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &amp;inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with the registration stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All appeals journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive inventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>Resolution — {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under deadline &amp;control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction for the executor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;o-executors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working days to do it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or pick the &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the executor from the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the instruction for the executor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteBuilderDialog</name>
    <message>
        <source>Route — {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;parallel step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {k} in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step needs an assignee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · under control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>The holiday &apos;{entry}&apos; is not a date: write 20.03.2027 (one day) or 01.01 (every year).</source>
        <extracomment>Years of the preset loaded around today (deadlines beyond them fall back to weekends only).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has no working day within ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline must be 0 to {max} working days away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are too far apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>Which actions each kind of step accepts. Where each action takes an active step. The protocol&apos;s ``route.step_act`` action for each local action (docs/protocol.md §5.1): a decline is the protocol&apos;s ``reject``, a return its ``return`` (other desks show each as what it was). A protocol action in local words. A final protocol step state in local words (``pending`` is active or waiting: see ``routing/remote.py``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing letter</source>
        <extracomment>The names of the built-in route templates and of their steps, as the core writes them (English source). A route made from a template stores these words; they are shown in the reader&apos;s language (see :func:`builtin_text`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorse the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step kind: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {kind} step is {state}; only an active step can be acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} step cannot be given &apos;{action}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for &apos;{action}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route template needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n} of the template has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n}: &apos;{assignee}&apos; is not an assignee (use author, role:&lt;role&gt; or user:&lt;name&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n}: the allowance must be 0 to 365 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template gives a step to the document&apos;s author, but the document has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template names {user}, who is not on the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is not on the institution&apos;s staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the staff list can take the {kind} step; choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the executor: write a new resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework after &apos;{action}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name of 1–200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no route template named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route can have at most {n} steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {status} document cannot be routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee of a {kind} step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {kind} step needs a person or a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline {date} of a {kind} step has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step&apos;s allowance must be 0 to 365 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no route step with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the resolution&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution&apos;s text is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main executor cannot also be a co-executor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline {date} has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolution under control needs a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {status} document cannot get a resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the letter before writing a resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co-executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier resolution is not on this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-execute the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on with a resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resolution with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resolution is not under control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with the role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;outing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &amp;builder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove / endorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm re&amp;gistration to the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My assignments ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done? The report goes to whoever gave the assignment and stays in the route&apos;s history (it may be left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {n} step(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it declined? The draft goes back to its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it returned? It goes back to its author for rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {n} institution(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the resolution off deadline control? You may note how the question was resolved, for example the number of the answer (it may be left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send our registration number to {sender}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender will be told the registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: {n} assignment(s) due soon, {o} overdue (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>Unknown page size: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be between 50 and 1200 dpi (not {dpi}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page limit must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved scan profile is not valid ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters B/W 300 dpi duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters B/W 300 dpi feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey 200 dpi flatbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour 200 dpi flatbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner {device} cannot scan in black and white or grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner {device} cannot scan in grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner {device} cannot scan in colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner {device} has no duplex feeder; choose the simplex feeder or the flatbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner {device} has no document feeder; choose the flatbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANE scanning needs the &apos;scanimage&apos; program (Debian/Ubuntu package sane-utils), which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners took longer than {s} seconds; check the network scanners and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner {device} did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not connected or is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner {device} cannot be opened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner {device} stopped responding for {s} seconds; the scan was stopped. The pages scanned so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanned page could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document feeder is jammed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document feeder is out of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the scanner failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the scanner was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner does not support this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner refused a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner driver ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner lamp is warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document feeder of {device} is empty: put the pages in the feeder and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner stopped responding or was disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning on {device} stopped after {n} page(s): {reason}. The pages scanned so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning on {device} failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TWAIN and WIA scanners can only be used on Windows; on this system scanning goes through SANE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper is jammed in the document feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document feeder is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner is offline or was disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner cover is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error 0x{code:08X} from the scanner driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIA scanning needs the Python package comtypes, which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner {device} is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TWAIN scanning needs the Python package pytwain, which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner backend is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole scan area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scan page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store as text (black and white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is connected and switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the scanner&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scanner has no “{wanted}”; it will scan from “{chosen}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page(s) scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning stopped; {n} page(s) kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page(s) ready. Check them, then save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the scanner answers: a test scan keeps nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the scanner on, then look for it. No scanner? Skip this step; files can always be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} scanners found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner works: {n} page, {w} × {h} pixels at {dpi} dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning a test page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docflow {version} self-test on {system}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {n} of {total} checks FAILED; see the lines above for what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: Docflow works; {n} warning(s) above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of a sample PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract and its languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition of a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of a signed sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keyring (where the server login is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the temporary profile could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created and migrated a database in a temporary folder; your own profile was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample PDF was not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported sample is not listed as the only document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported a one-page PDF and found it in the document list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Tesseract OCR for Windows (64-bit, the UB Mannheim build) and tick Azerbaijani, Azerbaijani (Cyrillic) and Russian under &quot;Additional language data&quot;; or copy {files} into Tesseract&apos;s tessdata folder. Tesseract&apos;s folder must be on PATH. Then run this self-test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install them with: sudo apt install {packages} (Debian, Ubuntu; other systems: the Tesseract packages of the same languages). Then run this self-test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract OCR is not installed, so scanned pages get no searchable text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract lacks the language data for {langs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract is installed with Azerbaijani (Latin and Cyrillic), Russian and English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the sample PDF was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: Tesseract or its languages are missing (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install poppler for Windows and put its bin folder on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of imported PDFs cannot be read for recognition: poppler&apos;s pdftoppm is missing ({hint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text was recognised: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was read, but the words in {langs} were not recognised (recognised: &quot;{text}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised the sample page&apos;s Azerbaijani, Russian and English lines ({n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correctly signed sample was not judged valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed copy of the signed sample was still judged valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed sample was verified as valid and a changed copy was caught.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager must be available to this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to a desktop session with a keyring (GNOME Keyring or KWallet; package gnome-keyring) and unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not answer within {s} seconds (is it locked?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring was found, so the server login cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused a test entry ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring gave back something else than was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored, read back and removed a test entry ({backend}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {n} scanner(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning is not possible on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is switched on and connected; a network scanner can also save into Docflow&apos;s watched folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not open the sample PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt drew the sample page wrongly ({p:.1%} dark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {version} on the &quot;{platform}&quot; platform drew the sample page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window toolkit (Qt) and PDF preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Copy this report for support if they ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <source>Docflow self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this installation; this takes up to a minute...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The circulation server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your institution, its people, journals, roles and signature settings come from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline for now (connect later: Sync ▸ Log in to the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution CA bundle (PEM), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (your administrator has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test server on this computer: the connection is not encrypted. Use it only to try Docflow out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workstation id, your user name and password (your administrator has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter the user name and password of the person who takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the user needs the circulation server: log in to the server first (Sync ▸ Log in to the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} change(s) made by {user} could not be sent to the server yet. Send them first (Sync now), then switch the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not logged in to a circulation server: there is no session to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in</source>
        <extracomment>What stays usable at a desk nobody is logged in at: logging in, the sync state, help, quitting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working at this desk. Click to switch the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in at this desk. Click to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is working now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User not switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} logged out. {n} change(s) of theirs wait for their next login at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in at this desk: log in first (Sync ▸ Log in to the server), so that the work is yours and leaves under your name.</source>
        <extracomment>The key of a write session&apos;s ``info`` that names the person at the desk (:attr:`Database.author`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The setting {key} cannot take this value: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file {path} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address starting with http:// or https:// is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SHA-256 fingerprint is 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no folder {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose az, ru, en (or nothing for the system&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} is not a time zone (e.g. Asia/Baku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cap is between {low} and {high} kbit/s (0 for no cap)</source>
        <extracomment>The bandwidth cap&apos;s bounds (kbit/s): below this sync would hardly move; the top is a 1 Gbit/s line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma-separated list or a JSON list is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting {key} is kept by the program itself (docflow login sets the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting {key}; known settings: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Time zones offered (the institution&apos;s; others can be typed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast (black on white, strong frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Docflow starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution&apos;s &amp;time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for the time on signature stamps, in the history and for deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync band&amp;width cap (kbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most sync may use of the link, each way, so the link keeps room for other use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the institution&apos;s, from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: they come from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: it comes from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the institution says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch OCSP and CRL data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not fetch (offline desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rust roots (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;mestamp service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vocation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the institution&apos;s settings, which come from the server with the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust roots (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>{account} ({username}) does not have the role {roles} that the work done as {local} needs: {changes}. The server will refuse these changes. Choose an account with that role, or ask the administrator to give it to {username} first.</source>
        <extracomment>Settings keys (no secrets).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local user to carry over no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account from the server&apos;s staff list for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet (log in to the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent no page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First-run setup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>First-run setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message numerus="yes">
        <source>Sign %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart &amp;card / token (PKCS#11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find tokens again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visible stamp (signer, date, registration number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = first page, -1 = last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the stamp goes on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path of the token&apos;s PKCS#11 module (your administrator has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token module could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token found. Insert the card and press “Find tokens again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the token and the key to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN on the reader&apos;s keypad when asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Signature report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check signatures online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the timestamp and validation data now (needs a connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed here: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The trust-root bundle is not a valid PEM/DER certificate file: {reason}</source>
        <extracomment>Key usages that allow a certificate to make signatures on documents.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {name} may not be used for signing: its key usage ({usages}) has neither digital signature nor non-repudiation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {name} is not valid yet: it becomes valid on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {name} expired on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is locked (no tries left); the card must be unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one try is left before the PIN locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token reports that few tries are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not report a lowered try counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity has no signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the key file {label}: the passphrase is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {label} holds no private key with its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 module {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the PKCS#11 module {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token {label} is present in {module}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of token {label} is locked. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {label}: only one PIN try is left before the card locks. Confirm to try this PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {label} needs its PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN has an invalid length or format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {label}: {reason} {hint} Docflow does not retry the PIN by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {label} is already in use by another signing operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {label} refused the login: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {label} has no signing key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {label} has several keys; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF document cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF document is encrypted; Docflow signs only unencrypted documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stamp position {position}.</source>
        <extracomment>Named stamp positions (the UI offers these and shows a preview).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} does not exist; the document has {count} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitally signed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reg. No.: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete ({level})</source>
        <extracomment>States of a signature the completion job still works on (&quot;waiting&quot;: an older word for waiting_timestamp).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ok} signed, {bad} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust bundle {path} cannot be read: {reason}</source>
        <extracomment>Settings keys: the local override, and what the server delivered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown identity kind {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {subject} has no PDF file to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {subject} changed while it was being signed; sign it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed offline · waiting for timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing signatures {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no signed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust roots are configured yet: they come from the server with the institution&apos;s settings, or set them in Settings ▸ Signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document changed meanwhile; will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed: another signature on this document is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamped ({level}) · waiting for validation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNER CERTIFICATE REVOKED · not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be completed · see the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed · waiting for the signature settings (trust roots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} · signed on another workstation, completed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature {field} is broken; the document is not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All signatures are complete (B-LT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {name} (signature {field}) is REVOKED since {date}. The signature is not valid and was not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation service (OCSP/CRL) for {name} is not reachable; will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of signature {field} does not chain to a trusted root: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timestamp service is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp service is not reachable ({reason}); will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp service gave no usable answer ({reason}); will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation data could not be fetched ({reason}); will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed to PAdES B-LT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached {level}; validation data are still incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatures cannot be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: {n} signature(s), level {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be confirmed: {reason}. Level {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{n} document timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{n} signature by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: BROKEN (the signed bytes were changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes after signing: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes after signing: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: not trusted ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp: {time} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAdES level: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable PDF ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the signature itself is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path to a trust root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes do not match the signed digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptographic signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after signing in a way that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked (since {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete &amp;waiting signatures now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last PIN try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some documents were not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} document(s) signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing identity is closed; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is closing; nothing more is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing process stopped unexpectedly; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” is not registered yet: its number and date are written into the letter when it is registered, and a signed letter is never changed. Register it first, then sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” has only the provisional number {number}, which the server will replace: a signed letter is never changed, so sign it after the next sync brings its final number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <source>Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the smart card, token or key file and its PIN. Nothing is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart card or &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;driver (PKCS#11 module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the &amp;PIN (nothing is signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the only token present is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: needed when the token holds several keys (e.g. 02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is right. Certificate of {subject}, issued by {issuer}, valid {start} – {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has EXPIRED: ask for a new one before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Received</source>
        <extracomment>The outbox op of a local status change (only archiving has a protocol form: ``document.archive``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document that is {current} cannot become {new}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <source>Overdue: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My controlled resolutions overdue: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working: {user}. The person who takes over logs in with their own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{n} s</source>
        <extracomment>Largest JSON response we accept (after gunzip): a full changes page is far smaller. An op push of at most this many ops has an answer under the 500 bytes the server gzips from (~140 bytes a brief result, more only for a conflict, which carries the document): it asks no gzip. A Retry-After longer than this is not believed (a day). Sends a request elsewhere than the client&apos;s own connection and returns its answer, body read: ``(method, path, headers, body) -&gt; Response`` (the transfer pipe&apos;s ``pipeline.Calls.call``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned server certificate fingerprint must be a SHA-256 (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent another file than asked; asking again.</source>
        <extracomment>A download refused this many times as malformed is given up (``failed``) instead of retried. Seconds a failed cycle waits for its downloads to stop (a connect timeout, 15 s, or a backoff ends first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an invalid answer: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address {url} is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (got {url!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to a test server on this computer; the server {host} needs an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle {path} does not exist.</source>
        <extracomment>Called whenever the server answered (any status): the link is up. The engine&apos;s &quot;online&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to the server: log in to synchronise.</source>
        <extracomment>True after a login whose token could only be kept in memory (no OS keyring). ((server_url, workstation_id), token kept?) as this connection last read or wrote the keyring. ((server_url, workstation_id), ETag) of the file plan as last taken from the server. time.monotonic() of the last staff list / journals / signing settings read (None: not this run). The link as this desk&apos;s transfers measured it; chunk and records follow it. Held by a log-out (the leaving person&apos;s last sync and the end of their session) and by a login: the next person&apos;s login waits until the last one&apos;s session has ended, so the token it keeps is never the one the log-out forgets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server named an address outside itself; not following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint; not connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection broke ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large ({size} bytes; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large (over {limit} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while reading the answer ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins; the server asks to wait {wait} before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins; wait a little before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy; it asks to wait {wait} before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is having trouble ({detail}); will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password (or this workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has been disabled on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this login ({detail}); log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docflow server answers at {url}; check the address (as the server prints it, it ends in /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} operations fit in one batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation {op} is not valid: {path} {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced a file of {size} bytes; refusing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer agrees on the size of file {sha}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more bytes than file {sha} has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke during a download ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of file {sha} stopped at {have} of {size} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not take a file as the bytes added to an earlier one.</source>
        <extracomment>Bytes sent per tus PATCH. Large, because every PATCH costs a round trip on a slow link; a cut loses nothing (the server keeps what reached it, HEAD says where to go on). Most bytes sent with an upload&apos;s creation (tus creation-with-upload; never more than the plan&apos;s chunk): every scan of an ordinary letter fits, so it goes up in that one request; the rest of a larger file follows in PATCHes of the plan&apos;s chunk. First PATCH after a resume (see SyncClient.upload): empty. It waits for the server&apos;s lock on the upload (so a broken request still settling there is finished first) and answers with the true offset (204, or 409 naming it) -- a HEAD that cannot be stale, at no byte of file data. The TLS record size of a download&apos;s body when the desk asks for none (docs/protocol.md §7). Most bytes taken from the socket per read of a download. tus requests: their answers have no body, so no Accept-Encoding at all (urllib3 would otherwise add &quot;Accept-Encoding: identity&quot;; every header line of every request counts on a 2G link).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file does not match its SHA-256 {sha}; discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a SHA-256 file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured for this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict cannot be settled with &apos;{choice}&apos;; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge needs at least one of the fields: subject, summary, confidentiality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by the server&apos;s version (conflict settled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: {state} · {n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} wait for another person&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring (such as GNOME Keyring or KWallet), so the login is kept in memory only: you stay logged in until Docflow closes and will be asked to log in again next time. Nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in until Docflow closes: this computer has no system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations waiting: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of other people of this desk, waiting for their login: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes waiting: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to settle: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {dir} {name} ({done} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action on the route step: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done before the first login waits: say which server account it belongs to (Tools ▸ First-run setup).</source>
        <extracomment>Seconds of long-poll while idle (one request per IDLE_WAIT). News the idle long-poll brought are applied and the desk long-polls again; a whole cycle (the file plan, number blocks, a pull) runs for them only if the last one is older than this. The staff list, journals and the institution&apos;s signing settings are read again by a cycle at least this often (and on the first cycle of each run): the administrator&apos;s changes reach logged-in desks. The aspects of the Change this engine publishes for the documents a cycle touched.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <extracomment>Most bytes of an answer&apos;s body read (tus answers have none; an error&apos;s JSON is small). A job cut behind an unanswered body this large is told ``unreached()`` if it can (the cut came inside it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>offline</source>
        <extracomment>States that say a cycle is under way: not shown while the server has not answered since it was unreachable. Progress events closer together than this are folded into the next one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docflow: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in to a circulation server to exchange documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in again (Sync → Log in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} change(s) waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} change(s) of another person waiting for their login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} conflict(s) to settle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateNotifier</name>
    <message>
        <source>Check for &amp;updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of Docflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docflow {new} is available (you have {current}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is new:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get it from: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docflow does not install updates by itself: install the new version (or ask your administrator to). Your documents are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docflow {current} is the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No circulation server is configured, so there is nobody to ask about new versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be asked about new versions: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>The server&apos;s release notice is invalid ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Unknown roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
