<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="21" />
        <source>profile folder (default: the user's data folder)</source>
        <translation>profil qovluğu (susmaya görə: istifadəçinin məlumat qovluğu)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="22" />
        <source>interface language</source>
        <translation>interfeys dili</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="24" />
        <source>PDF or image files to import ("Open with Docflow")</source>
        <translation>İdxal ediləcək PDF və ya şəkil faylları ("Docflow ilə aç")</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="28" />
        <source>check this installation in a temporary profile, print a report and exit (0 ok, 1 a problem)</source>
        <translation>bu quraşdırmanı müvəqqəti profildə yoxla, hesabat çap et və çıx (0 qaydasındadır, 1 problem var)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="31" />
        <source>with --self-test: show the report in a window</source>
        <translation>--self-test ilə: hesabatı pəncərədə göstər</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="32" />
        <source>with --self-test: also write the report to FILE</source>
        <translation>--self-test ilə: hesabatı FAYL-a da yaz</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="37" />
        <source>docflow-app: no display found (DISPLAY/WAYLAND_DISPLAY are not set); to run without a screen use: QT_QPA_PLATFORM=offscreen make run</source>
        <translation>docflow-app: ekran tapılmadı (DISPLAY/WAYLAND_DISPLAY təyin edilməyib); ekransız işə salmaq üçün: QT_QPA_PLATFORM=offscreen make run</translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <location filename="../../ui/routing/widgets.py" line="37" />
        <source>Due</source>
        <translation>İcra müddəti</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="37" />
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="37" />
        <source>Subject</source>
        <translation>Qısa məzmun</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="37" />
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="37" />
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="56" />
        <source>Overdue</source>
        <translation>Müddəti keçib</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="56" />
        <source>Due today</source>
        <translation>Bu gün bitir</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="56" />
        <source>Due soon</source>
        <translation>Müddəti yaxınlaşır</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="66" />
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <location filename="../../ui/routing/widgets.py" line="157" />
        <source>{n} assignment(s)</source>
        <translation>{n} tapşırıq</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="158" />
        <source>{shown} of {n} assignment(s), soonest first</source>
        <translation>{n} tapşırıqdan {shown}, ən yaxın müddətlilər əvvəldə</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../desktop_app/audit.py" line="70" />
        <source>event {seq} does not follow the event before it (an event was removed or reordered)</source>
        <translation>{seq} hadisəsi özündən əvvəlki hadisənin ardınca gəlmir (hadisə silinib və ya ardıcıllıq dəyişdirilib)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/audit.py" line="72" />
        <source>event {seq} was changed after it was written</source>
        <translation>{seq} hadisəsi yazıldıqdan sonra dəyişdirilib</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <location filename="../../desktop_app/blobs.py" line="58" />
        <source>Not a valid SHA-256 content hash: {value!r}</source>
        <translation>Etibarlı SHA-256 məzmun heşi deyil: {value!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/blobs.py" line="98" />
        <source>Could not write to the file store: {reason}</source>
        <translation>Fayl anbarına yazmaq mümkün olmadı: {reason}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="42" />
        <source>Not a date (use YYYY-MM-DD): {value}</source>
        <translation>Tarix deyil (YYYY-MM-DD formatından istifadə edin): {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="58" />
        <source>failed: {reason}</source>
        <translation>alınmadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="80" />
        <source>Name the document whose original should be uploaded.</source>
        <translation>Orijinalı göndəriləcək sənədi göstərin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="119" />
        <source>Audit journal is broken at event {seq}: {reason}</source>
        <translation>Audit jurnalı {seq} hadisəsində pozulub: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="128" />
        <source>The store has problems: {n} missing files; integrity: {integrity}</source>
        <translation>Anbarda problemlər var: çatışmayan fayllar: {n}; bütövlük: {integrity}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="159" />
        <source>checking: {what}</source>
        <translation>yoxlanılır: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="182" />
        <source>No single document matches the id {id}.</source>
        <translation>{id} identifikatoruna uyğun yeganə sənəd yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="187" />
        <source>Docflow command line</source>
        <translation>Docflow əmr sətri</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="188" />
        <source>profile folder (default: the user's data folder)</source>
        <translation>profil qovluğu (susmaya görə: istifadəçinin məlumat qovluğu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="189" />
        <location filename="../../desktop_app/cli.py" line="231" />
        <location filename="../../desktop_app/cli.py" line="237" />
        <source>print JSON</source>
        <translation>JSON formatında çap et</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="190" />
        <source>act as this user of the profile</source>
        <translation>profilin bu istifadəçisi kimi işlə</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="192" />
        <source>create or open the profile</source>
        <translation>profili yarat və ya aç</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="193" />
        <source>import PDF or image files as documents</source>
        <translation>PDF və ya şəkil fayllarını sənəd kimi idxal et</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="196" />
        <source>do not recognise the text of scans</source>
        <translation>skanların mətnini tanıma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="197" />
        <source>write the printable separator sheet (PDF) to a file</source>
        <translation>çap üçün ayırıcı vərəqi (PDF) fayla yaz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="199" />
        <source>scan originals kept on this computer</source>
        <translation>bu kompüterdə saxlanılan skan orijinalları</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="202" />
        <source>list documents</source>
        <translation>sənədlərin siyahısı</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="207" />
        <source>show one document</source>
        <translation>bir sənədi göstər</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="209" />
        <source>register a document in a journal</source>
        <translation>sənədi jurnalda qeydiyyata al</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="219" />
        <source>copy a document's files to a folder</source>
        <translation>sənədin fayllarını qovluğa köçür</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="222" />
        <source>full-text search</source>
        <translation>tam mətnli axtarış</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="225" />
        <source>verify the audit journal</source>
        <translation>audit jurnalını yoxla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="227" />
        <source>check the store (integrity, orphan and missing files)</source>
        <translation>anbarı yoxla (bütövlük, sahibsiz və çatışmayan fayllar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="228" />
        <source>check every signature in a PDF file</source>
        <translation>PDF faylındakı bütün imzaları yoxla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="230" />
        <source>fetch revocation data (OCSP/CRL)</source>
        <translation>ləğvetmə məlumatlarını al (OCSP/CRL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="232" />
        <source>complete waiting signatures (timestamp, validation data)</source>
        <translation>gözləyən imzaları tamamla (vaxt möhürü, yoxlama məlumatları)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="234" />
        <source>ignore the retry schedule</source>
        <translation>təkrar cəhd cədvəlinə məhəl qoyma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="235" />
        <source>check this installation in a temporary profile (exit 0 ok, 1 a problem)</source>
        <translation>bu quraşdırmanı müvəqqəti profildə yoxla (çıxış kodu 0 qaydasındadır, 1 problem var)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="236" />
        <source>language of the report</source>
        <translation>hesabatın dili</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="246" />
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="127" />
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="149" />
        <source>Keep mine</source>
        <translation>Öz versiyamı saxla</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="151" />
        <source>Take the server's</source>
        <translation>Serverin versiyasını qəbul et</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="153" />
        <source>Save the merge</source>
        <translation>Birləşdirilmiş variantı saxla</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="160" />
        <source>This workstation</source>
        <translation>Bu iş stansiyası</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="160" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="166" />
        <source>Merged subject</source>
        <translation>Birləşdirilmiş qısa məzmun</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="167" />
        <source>Merged summary</source>
        <translation>Birləşdirilmiş xülasə</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="195" />
        <source>The server did not take this workstation's change ({code}): {message}</source>
        <translation>Server bu iş stansiyasının dəyişikliyini qəbul etmədi ({code}): {message}</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="33" />
        <source>User entry {n} from the server has no usable id or username.</source>
        <translation>Serverdən gələn {n} nömrəli istifadəçi qeydində yararlı identifikator və ya istifadəçi adı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="35" />
        <source>The server's staff list repeats the user {name}.</source>
        <translation>Serverin əməkdaşlar siyahısında {name} istifadəçisi təkrarlanır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="40" />
        <source>The server gives {name} unknown roles: {roles}</source>
        <translation>Server {name} istifadəçisinə naməlum rollar verir: {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="48" />
        <source>Institution entry {n} from the server has no registry code.</source>
        <translation>Serverdən gələn {n} nömrəli qurum qeydində reyestr kodu yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="50" />
        <source>The server's directory repeats the registry code {code}.</source>
        <translation>Serverin məlumat kitabçasında {code} reyestr kodu təkrarlanır.</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="470" />
        <source>Choose at least one recipient institution.</source>
        <translation>Ən azı bir alıcı qurum seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="472" />
        <source>A recipient is chosen twice.</source>
        <translation>Alıcı iki dəfə seçilib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="474" />
        <source>At most {n} recipients per dispatch.</source>
        <translation>Bir göndərmədə ən çoxu {n} alıcı ola bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="476" />
        <source>The note is longer than {n} characters.</source>
        <translation>Qeyd {n} simvoldan uzundur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="481" />
        <source>Only outgoing documents are dispatched.</source>
        <translation>Yalnız çıxan sənədlər göndərilir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="483" />
        <source>Register the document before dispatching it.</source>
        <translation>Göndərməzdən əvvəl sənədi qeydiyyata alın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="488" />
        <source>The document is not signed yet.</source>
        <translation>Sənəd hələ imzalanmayıb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="490" />
        <source>A {status} document cannot be dispatched.</source>
        <translation>«{status}» vəziyyətində olan sənəd göndərilə bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="496" />
        <source>The document's route is not finished yet.</source>
        <translation>Sənədin marşrutu hələ başa çatmayıb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="503" />
        <source>{code} is not another institution in the directory.</source>
        <translation>{code} məlumat kitabçasında başqa qurum deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="505" />
        <source>The document was already sent to {code}.</source>
        <translation>Sənəd artıq {code} qurumuna göndərilib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="537" />
        <location filename="../../desktop_app/services/routing.py" line="554" />
        <source>Unknown receipt status: {status}</source>
        <translation>Naməlum bildiriş statusu: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="542" />
        <source>There is no dispatch {id} to {code}.</source>
        <translation>{code} qurumuna {id} göndərməsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="556" />
        <source>Write the reason for refusing the document.</source>
        <translation>Sənədin qəbulundan imtinanın səbəbini yazın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="560" />
        <source>Only a document another institution sent can be acknowledged.</source>
        <translation>Yalnız başqa qurumun göndərdiyi sənədin alınması təsdiq edilə bilər.</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="321" />
        <source>Dispatch — {subject}</source>
        <translation>Göndərmə — {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="324" />
        <source>Filter by name or registry code…</source>
        <translation>Ad və ya reyestr kodu üzrə süzgəc…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="339" />
        <source>&amp;Send</source>
        <translation>&amp;Göndər</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="346" />
        <source>Note:</source>
        <translation>Qeyd:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="352" />
        <source>The institution directory is empty: synchronise once to load it.</source>
        <translation>Qurumlar kitabçası boşdur: onu yükləmək üçün bir dəfə sinxronlaşdırın.</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="364" />
        <source>{n} recipient(s) chosen</source>
        <translation>{n} alıcı seçilib</translation>
    </message>
</context>
<context>
    <name>DocumentDetailPane</name>
    <message>
        <location filename="../../ui/detail.py" line="39" />
        <source>Select a document to see its pages.</source>
        <translation>Səhifələrinə baxmaq üçün sənəd seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="46" />
        <location filename="../../ui/detail.py" line="74" />
        <source>Pages</source>
        <translation>Səhifələr</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="47" />
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="48" />
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="60" />
        <source>No document selected</source>
        <translation>Sənəd seçilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="67" />
        <source>not registered</source>
        <translation>qeydiyyata alınmayıb</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="69" />
        <source>provisional</source>
        <translation>müvəqqəti</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="72" />
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="72" />
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="73" />
        <source>Correspondent</source>
        <translation>Korrespondent</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="73" />
        <source>Confidentiality</source>
        <translation>Məxfilik</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="74" />
        <source>Created</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="77" />
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="77" />
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="77" />
        <source>Registered on</source>
        <translation>Qeydiyyat tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="78" />
        <source>Their number</source>
        <translation>Göndərənin nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="78" />
        <source>Their date</source>
        <translation>Göndərənin tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="79" />
        <source>Channel</source>
        <translation>Daxilolma yolu</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="83" />
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Subject</source>
        <translation>Qısa məzmun</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Correspondent</source>
        <translation>Korrespondent</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Pages</source>
        <translation>Səhifələr</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="104" />
        <source>Provisional number: the server replaces it on the next sync</source>
        <translation>Müvəqqəti nömrə: növbəti sinxronizasiyada server onu əvəz edəcək</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="36" />
        <location filename="../../desktop_app/services/documents.py" line="104" />
        <location filename="../../desktop_app/services/documents.py" line="147" />
        <location filename="../../desktop_app/services/routing.py" line="256" />
        <source>Unknown document kind: {kind}</source>
        <translation>Naməlum sənəd növü: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="52" />
        <location filename="../../desktop_app/services/intake.py" line="391" />
        <source>There is no document with id {id}.</source>
        <translation>{id} identifikatorlu sənəd yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="129" />
        <source>{name}: the database could not save the document ({reason}).</source>
        <translation>{name}: verilənlər bazası sənədi saxlaya bilmədi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="202" />
        <source>Unknown file role: {role}</source>
        <translation>Naməlum fayl rolu: {role}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="308" />
        <source>The subject cannot be empty.</source>
        <translation>Qısa məzmun boş ola bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="314" />
        <source>Unknown confidentiality level: {level}</source>
        <translation>Naməlum məxfilik səviyyəsi: {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="350" />
        <source>Only a draft that was never synchronised can be deleted; archive it instead.</source>
        <translation>Yalnız heç vaxt sinxronlaşdırılmamış layihə silinə bilər; əvəzində onu arxivə köçürün.</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="412" />
        <source>Holidays</source>
        <translation>Bayram və istirahət günləri</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="421" />
        <source>Days off besides weekends, one per line: 2027-03-20 (that day) or 01-01 (every year).</source>
        <translation>Həftəsonlarından əlavə qeyri-iş günləri, hər sətirdə biri: 2027-03-20 (həmin gün) və ya 01-01 (hər il).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="90" />
        <location filename="../../desktop_app/intake/validate.py" line="56" />
        <source>{name}: the file is empty (0 bytes).</source>
        <translation>{name}: fayl boşdur (0 bayt).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="58" />
        <location filename="../../desktop_app/intake/validate.py" line="93" />
        <source>{name}: the file is too large ({size} MB; the limit is {limit} MB).</source>
        <translation>{name}: fayl çox böyükdür ({size} MB; hədd {limit} MB-dır).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="107" />
        <location filename="../../desktop_app/intake/validate.py" line="62" />
        <source>{name}: not a PDF or an image (PNG, JPEG, TIFF); its content is of another kind.</source>
        <translation>{name}: PDF və ya şəkil (PNG, JPEG, TIFF) deyil; məzmunu başqa növdəndir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/images.py" line="56" />
        <location filename="../../desktop_app/intake/validate.py" line="101" />
        <source>{name}: the file is no longer there (it was moved or deleted).</source>
        <translation>{name}: fayl artıq yoxdur (köçürülüb və ya silinib).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="77" />
        <location filename="../../desktop_app/intake/validate.py" line="103" />
        <source>{name}: this is a folder, not a file.</source>
        <translation>{name}: bu, fayl deyil, qovluqdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="79" />
        <source>a pipe (FIFO)</source>
        <translation>kanal (FIFO)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="81" />
        <source>a device</source>
        <translation>qurğu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="83" />
        <source>a socket</source>
        <translation>soket</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="85" />
        <source>a special file</source>
        <translation>xüsusi fayl</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="87" />
        <source>{name}: this is a link to {what}, not to a file; only regular files can be imported.</source>
        <translation>{name}: bu, fayla deyil, başqa obyektə ({what}) keçiddir; yalnız adi fayllar idxal edilə bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="89" />
        <source>{name}: this is {what}, not a file; only regular files can be imported.</source>
        <translation>{name}: bu, fayl deyil ({what}); yalnız adi fayllar idxal edilə bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="100" />
        <location filename="../../desktop_app/intake/watch.py" line="249" />
        <source>{name}: the link points to a file that does not exist.</source>
        <translation>{name}: keçid mövcud olmayan fayla aparır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="105" />
        <source>{name}: permission to read the file was denied.</source>
        <translation>{name}: faylı oxumağa icazə verilmədi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/images.py" line="58" />
        <location filename="../../desktop_app/intake/validate.py" line="110" />
        <source>{name}: the file could not be read ({reason}).</source>
        <translation>{name}: faylı oxumaq mümkün olmadı ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="110" />
        <location filename="../../desktop_app/intake/validate.py" line="197" />
        <source>{name}: the PDF is truncated (its end is missing); ask for the file again.</source>
        <translation>{name}: PDF natamamdır (sonu çatışmır); faylı yenidən istəyin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="133" />
        <location filename="../../desktop_app/intake/validate.py" line="203" />
        <source>{name}: the PDF is password-protected; ask the sender for an unprotected copy.</source>
        <translation>{name}: PDF parolla qorunur; göndərəndən qorunmayan nüsxə istəyin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="136" />
        <location filename="../../desktop_app/intake/validate.py" line="206" />
        <source>{name}: the PDF has no pages.</source>
        <translation>{name}: PDF-də səhifə yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="138" />
        <source>{name}: the PDF has {n} pages; the limit is {limit}.</source>
        <translation>{name}: PDF-də {n} səhifə var; hədd {limit} səhifədir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="147" />
        <location filename="../../desktop_app/intake/validate.py" line="213" />
        <source>{name}: the PDF is damaged and cannot be read ({reason}).</source>
        <translation>{name}: PDF zədələnib və oxuna bilmir ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="198" />
        <source>{name}: page {n} took too long to read ({s} seconds); the PDF was not imported.</source>
        <translation>{name}: {n} nömrəli səhifənin oxunması çox uzun çəkdi ({s} saniyə); PDF idxal edilmədi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="203" />
        <source>{name}: page {n} of the PDF cannot be read.</source>
        <translation>{name}: PDF-in {n} nömrəli səhifəsi oxuna bilmir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/images.py" line="39" />
        <source>{name}: this is a PDF, not an image.</source>
        <translation>{name}: bu, şəkil deyil, PDF-dir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="116" />
        <location filename="../../desktop_app/intake/images.py" line="44" />
        <source>{name}: the image has more than {n} pages.</source>
        <translation>{name}: şəkildə {n} səhifədən çox var.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="258" />
        <source>{name}: the image is too large ({w} × {h} pixels); scan at a lower resolution.</source>
        <translation>{name}: şəkil çox böyükdür ({w} × {h} piksel); daha aşağı ayırdetmə ilə skan edin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="251" />
        <source>{name}: the image would expand to an unsafe size (a decompression bomb); it was not opened.</source>
        <translation>{name}: şəkil açıldıqda təhlükəli ölçüyə çatardı (dekompressiya bombası); o açılmadı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="107" />
        <location filename="../../desktop_app/intake/watch.py" line="252" />
        <source>{name}: the link leads in a circle and points to no file.</source>
        <translation>{name}: keçid dairəvidir və heç bir fayla aparmır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="109" />
        <source>{name}: this is not a regular file; only regular files can be imported.</source>
        <translation>{name}: bu adi fayl deyil; yalnız adi fayllar idxal edilə bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="146" />
        <source>{name}: the file was replaced while it was being opened; try again.</source>
        <translation>{name}: fayl açılarkən dəyişdirildi; yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="253" />
        <source>{name}: the image is damaged or truncated and cannot be read.</source>
        <translation>{name}: şəkil zədələnib və ya natamamdır, oxuna bilmir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="113" />
        <location filename="../../desktop_app/services/documents.py" line="154" />
        <location filename="../../desktop_app/services/intake.py" line="318" />
        <source>{name}: this file was already imported (document {id}).</source>
        <translation>{name}: bu fayl artıq idxal edilib ({id} sənədi).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="298" />
        <source>{name}: every page is blank; nothing was imported.</source>
        <translation>{name}: bütün səhifələr boşdur; heç nə idxal edilmədi.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop_app/intake/watch.py" line="215" />
        <source>The scan folder {folder} is not reachable ({reason}); waiting for it to come back.</source>
        <translation>{folder} skan qovluğu əlçatan deyil ({reason}); onun bərpası gözlənilir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/watch.py" line="316" />
        <source>{name}: the same content was already imported; it was not imported again.</source>
        <translation>{name}: eyni məzmun artıq idxal edilib; təkrar idxal edilmədi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/watch.py" line="327" />
        <source>{name}: the import failed unexpectedly ({reason}); see the log.</source>
        <translation>{name}: idxal gözlənilmədən uğursuz oldu ({reason}); jurnala baxın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="197" />
        <source>Cleaning page {i} of {n}</source>
        <translation>Səhifə təmizlənir: {i} / {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="204" />
        <source>Saving the document</source>
        <translation>Sənəd saxlanılır</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="237" />
        <source>Code on the first page: {code}</source>
        <translation>Birinci səhifədəki kod: {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="482" />
        <source>The original of this document is no longer on this computer.</source>
        <translation>Bu sənədin orijinalı artıq bu kompüterdə deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="489" />
        <source>This document has no original kept on this computer.</source>
        <translation>Bu sənədin bu kompüterdə saxlanılan orijinalı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="540" />
        <source>This document has no scanned PDF whose pages could be changed.</source>
        <translation>Bu sənədin səhifələri dəyişdirilə bilən skan PDF-i yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="543" />
        <location filename="../../desktop_app/services/intake.py" line="546" />
        <source>The document is signed; changing its pages would break the signature.</source>
        <translation>Sənəd imzalanıb; səhifələrini dəyişmək imzanı pozardı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="562" />
        <source>There is no page {n} in this document (it has {count}).</source>
        <translation>Bu sənəddə {n} nömrəli səhifə yoxdur (səhifə sayı: {count}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="618" />
        <source>No scan folder is set in the settings.</source>
        <translation>Parametrlərdə skan qovluğu təyin edilməyib.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="42" />
        <source>S&amp;can…</source>
        <translation>&amp;Skan et…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="48" />
        <source>&amp;Recognise text (OCR)</source>
        <translation>&amp;Mətni tanı (OCR)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="52" />
        <source>&amp;Watch scan folder…</source>
        <translation>Skan &amp;qovluğunu izlə…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="57" />
        <source>Scanning and &amp;OCR settings…</source>
        <translation>Skan və &amp;OCR parametrləri…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="61" />
        <source>&amp;Upload the original</source>
        <translation>Orijinalı &amp;göndər</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="64" />
        <source>&amp;Insert scanned pages…</source>
        <translation>Skan edilmiş səhifələri &amp;əlavə et…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="67" />
        <source>Re&amp;place a page with a new scan…</source>
        <translation>Səhifəni yeni skanla &amp;əvəz et…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="71" />
        <source>Save a &amp;separator sheet to print…</source>
        <translation>Çap üçün &amp;ayırıcı vərəqi saxla…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="77" />
        <source>Transfer</source>
        <translation>Ötürmə</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="98" />
        <source>Removing expired scan originals</source>
        <translation>Müddəti bitmiş skan orijinalları silinir</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="129" />
        <source>The original will be uploaded ({size}).</source>
        <translation>Orijinal göndəriləcək ({size}).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="131" />
        <source>Original not uploaded</source>
        <translation>Orijinal göndərilmədi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="132" />
        <source>Queueing the original</source>
        <translation>Orijinal göndərilmə növbəsinə qoyulur</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="159" />
        <source>Pages not changed</source>
        <translation>Səhifələr dəyişdirilmədi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="160" />
        <source>Changing the pages</source>
        <translation>Səhifələr dəyişdirilir</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="164" />
        <source>The pages were changed.</source>
        <translation>Səhifələr dəyişdirildi.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="170" />
        <source>Folder for the separator sheet</source>
        <translation>Ayırıcı vərəq üçün qovluq</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="181" />
        <source>separator-sheet</source>
        <translation>ayirici-vereq</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="184" />
        <source>Separator sheet not saved</source>
        <translation>Ayırıcı vərəq saxlanılmadı</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="188" />
        <source>Separator sheet</source>
        <translation>Ayırıcı vərəq</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="189" />
        <source>The separator sheet was saved as {path}. Print it and put a copy in front of each document of a stack.</source>
        <translation>Ayırıcı vərəq {path} kimi saxlanıldı. Onu çap edin və dəstdəki hər sənədin önünə bir nüsxə qoyun.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="209" />
        <source>Scan not saved</source>
        <translation>Skan saxlanılmadı</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="210" />
        <source>Saving the scan</source>
        <translation>Skan saxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="214" />
        <source>Scanned document saved ({n} page(s))</source>
        <translation>Skan edilmiş sənəd saxlanıldı ({n} səhifə)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="216" />
        <source>{n} blank page(s) removed.</source>
        <translation>{n} boş səhifə silindi.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="247" />
        <location filename="../../ui/intake/__init__.py" line="265" />
        <source>Text not recognised</source>
        <translation>Mətn tanınmadı</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="235" />
        <location filename="../../ui/intake/__init__.py" line="266" />
        <source>Recognising text</source>
        <translation>Mətn tanınır</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="23" />
        <source>Insert pages</source>
        <translation>Səhifələri əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="24" />
        <source>Replace a page</source>
        <translation>Səhifəni əvəz et</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="29" />
        <source>Before page</source>
        <translation>Bu səhifədən əvvəl</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="30" />
        <source>Page</source>
        <translation>Səhifə</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="272" />
        <source>Text recognised in {n} document(s)</source>
        <translation>{n} sənəddə mətn tanındı</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="274" />
        <source>Text recognition</source>
        <translation>Mətnin tanınması</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="298" />
        <source>Folder the scanner writes into</source>
        <translation>Skanerin yazdığı qovluq</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="320" />
        <source>Watching the scan folder</source>
        <translation>Skan qovluğu izlənilir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/codes.py" line="73" />
        <source>Docflow separator sheet</source>
        <translation>Docflow ayırıcı vərəqi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/codes.py" line="74" />
        <source>Put this sheet in front of each document of a stack.</source>
        <translation>Bu vərəqi dəstdəki hər sənədin önünə qoyun.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/codes.py" line="75" />
        <source>Scanned together, each document becomes its own; this sheet is left out.</source>
        <translation>Birlikdə skan edildikdə hər sənəd ayrıca olur; bu vərəq nəzərə alınmır.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="15" />
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="16" />
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="21" />
        <source>document</source>
        <translation>sənəd</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="22" />
        <source>copier or camera original</source>
        <translation>surətçıxaran və ya kamera orijinalı</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="23" />
        <source>searchable copy</source>
        <translation>axtarıla bilən nüsxə</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="24" />
        <source>signed</source>
        <translation>imzalanmış</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="25" />
        <source>cleaned copy</source>
        <translation>təmizlənmiş nüsxə</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="26" />
        <source>attachment</source>
        <translation>əlavə</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="34" />
        <source>kept on this computer</source>
        <translation>bu kompüterdə saxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="35" />
        <source>kept on this computer until {date}</source>
        <translation>{date} tarixinədək bu kompüterdə saxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="37" />
        <source>sent once its text is recognised</source>
        <translation>mətni tanındıqdan sonra göndəriləcək</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="38" />
        <source>sent to the server</source>
        <translation>serverə göndərilir</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="48" />
        <source>Upload the original</source>
        <translation>Orijinalı göndər</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="49" />
        <source>Send the copier's or camera's file too (it is large)</source>
        <translation>Surətçıxaranın və ya kameranın faylını da göndər (həcmi böyükdür)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="66" />
        <source>On the wire: {size}</source>
        <translation>Şəbəkə ilə ötürülür: {size}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="69" />
        <source>Kept only on this computer: {size}</source>
        <translation>Yalnız bu kompüterdə saxlanılır: {size}</translation>
    </message>
</context>
<context>
    <name>IntakeSettingsDialog</name>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="20" />
        <source>Scanning and OCR settings</source>
        <translation>Skan və OCR parametrləri</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="24" />
        <source>Text recognition (OCR)</source>
        <translation>Mətnin tanınması (OCR)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="26" />
        <source>Recognise the text of scans and imported files (in the background)</source>
        <translation>Skanların və idxal edilmiş faylların mətnini tanı (arxa planda)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="32" />
        <source>{lang} (not installed)</source>
        <translation>{lang} (quraşdırılmayıb)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="40" />
        <source>Page clean-up</source>
        <translation>Səhifələrin təmizlənməsi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="42" />
        <source>Straighten skewed pages</source>
        <translation>Əyri səhifələri düzəlt</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="44" />
        <source>Turn pages upright</source>
        <translation>Səhifələri düz vəziyyətə çevir</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="46" />
        <source>Remove blank pages</source>
        <translation>Boş səhifələri sil</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="54" />
        <source>Crop to the content</source>
        <translation>Məzmuna görə kəs</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="59" />
        <source>A page is blank below this much ink</source>
        <translation>Bu həddən az mürəkkəb olan səhifə boş sayılır</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="63" />
        <source>Compression</source>
        <translation>Sıxılma</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="71" />
        <source>keep the scan resolution</source>
        <translation>skan ayırdetməsini saxla</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="73" />
        <source>JPEG quality for grey and colour pages</source>
        <translation>Boz və rəngli səhifələr üçün JPEG keyfiyyəti</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="74" />
        <source>Reduce grey and colour pages to (dpi)</source>
        <translation>Boz və rəngli səhifələrin ayırdetməsini azalt (dpi)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="75" />
        <source>Keep stamps, signatures and pictures in colour on text pages</source>
        <translation>Mətn səhifələrində möhürləri, imzaları və şəkilləri rəngli saxla</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="80" />
        <source>Batches</source>
        <translation>Paketlər</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="82" />
        <source>Start a new document at each separator sheet</source>
        <translation>Hər ayırıcı vərəqdə yeni sənəd başlat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="84" />
        <source>Start a new document at each blank page</source>
        <translation>Hər boş səhifədə yeni sənəd başlat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="87" />
        <source>the summary</source>
        <translation>xülasəyə</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="87" />
        <source>the subject</source>
        <translation>mövzuya</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="87" />
        <source>nowhere</source>
        <translation>heç yerə</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="92" />
        <source>A QR code or barcode on the first page goes into</source>
        <translation>Birinci səhifədəki QR kod və ya ştrix-kod yazılsın</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="94" />
        <source>Copier and camera originals</source>
        <translation>Surətçıxaran və kamera orijinalları</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="98" />
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="100" />
        <source>Upload the originals too (the institution's rule)</source>
        <translation>Orijinalları da göndər (müəssisənin qaydası)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="102" />
        <source>Keep them on this computer for</source>
        <translation>Bu kompüterdə saxlama müddəti</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="107" />
        <source>Scan folder to watch</source>
        <translation>İzlənilən skan qovluğu</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="19" />
        <source>Log in to the circulation server</source>
        <translation>Dövriyyə serverinə daxil olun</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="23" />
        <source>Institution CA bundle (PEM), optional</source>
        <translation>Qurumun CA sertifikatları dəsti (PEM), istəyə görə</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="25" />
        <source>Server certificate SHA-256, optional</source>
        <translation>Server sertifikatının SHA-256 izi, istəyə görə</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="33" />
        <source>Server address</source>
        <translation>Server ünvanı</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="34" />
        <source>Workstation id</source>
        <translation>İş stansiyasının identifikatoru</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="35" />
        <source>CA bundle</source>
        <translation>CA dəsti</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="36" />
        <source>Pinned certificate</source>
        <translation>Bərkidilmiş sertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="37" />
        <source>User name</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="38" />
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="53" />
        <source>The server address must start with https://.</source>
        <translation>Server ünvanı https:// ilə başlamalıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="55" />
        <source>Enter this workstation's id (your administrator has it).</source>
        <translation>Bu iş stansiyasının identifikatorunu daxil edin (o, administratorunuzdadır).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="57" />
        <source>Enter your user name and password.</source>
        <translation>İstifadəçi adınızı və parolunuzu daxil edin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="33" />
        <source>Docflow — {user}</source>
        <translation>Docflow — {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71" />
        <source>Search subject, number, correspondent, text… (Ctrl+F)</source>
        <translation>Qısa məzmun, nömrə, korrespondent, mətn üzrə axtarış… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>Actions</source>
        <translation>Əməliyyatlar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>&amp;Import…</source>
        <translation>&amp;İdxal et…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>&amp;Register…</source>
        <translation>&amp;Qeydiyyata al…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>&amp;Archive</source>
        <translation>&amp;Arxivə köçür</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>Find</source>
        <translation>Axtar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>&amp;Document</source>
        <translation>&amp;Sənəd</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>&amp;Tools</source>
        <translation>&amp;Alətlər</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>&amp;Settings…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>&amp;Verify audit journal</source>
        <translation>Audit jurnalını &amp;yoxla</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>Unexpected error</source>
        <translation>Gözlənilməz xəta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>Inbox</source>
        <translation>Daxil olanlar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>To register</source>
        <translation>Qeydiyyat üçün</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>To sign</source>
        <translation>İmza üçün</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>My assignments</source>
        <translation>Tapşırıqlarım</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Outgoing</source>
        <translation>Çıxanlar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Sent</source>
        <translation>Göndərilənlər</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Archive</source>
        <translation>Arxiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>All documents</source>
        <translation>Bütün sənədlər</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Import documents</source>
        <translation>Sənədləri idxal et</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Import failed</source>
        <translation>İdxal alınmadı</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>Importing</source>
        <translation>İdxal edilir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>Some files were not imported</source>
        <translation>Bəzi fayllar idxal edilmədi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>{ok} imported, {bad} refused:</source>
        <translation>İdxal edildi: {ok}, rədd edildi: {bad}:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <source>{n} document(s) imported</source>
        <translation>{n} sənəd idxal edildi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>Registered as {n}</source>
        <translation>{n} nömrəsi ilə qeydiyyata alındı</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Not registered</source>
        <translation>Qeydiyyata alınmadı</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>Registering</source>
        <translation>Qeydiyyata alınır</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>Not archived</source>
        <translation>Arxivə köçürülmədi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>Archiving</source>
        <translation>Arxivə köçürülür</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <location filename="../../ui/main_window.py" line="272" />
        <source>Audit journal</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <source>The audit journal is intact ({n} events).</source>
        <translation>Audit jurnalı bütövdür ({n} hadisə).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>The audit journal is broken: {reason}</source>
        <translation>Audit jurnalı pozulub: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>Verifying audit journal</source>
        <translation>Audit jurnalı yoxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>Store check</source>
        <translation>Anbarın yoxlanılması</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>The local store has problems: {n} file(s) are missing; database check: {integrity}.</source>
        <translation>Yerli anbarda problemlər var: {n} fayl çatışmır; verilənlər bazasının yoxlanılması: {integrity}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290" />
        <source>Checking the local store</source>
        <translation>Yerli anbar yoxlanılır</translation>
    </message>
</context>
<context>
    <name>OCR</name>
    <message>
        <location filename="../../desktop_app/intake/cleanup.py" line="151" />
        <source>Tesseract is not installed, so pages cannot be turned upright automatically.</source>
        <translation>Tesseract quraşdırılmayıb, buna görə səhifələr avtomatik olaraq düz vəziyyətə çevrilə bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="72" />
        <source>No OCR language is chosen in the settings.</source>
        <translation>Parametrlərdə OCR dili seçilməyib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="74" />
        <source>Tesseract OCR is not installed, so the text of the pages cannot be recognised. The document is kept without text.</source>
        <translation>Tesseract OCR quraşdırılmayıb, buna görə səhifələrin mətni tanına bilməz. Sənəd mətnsiz saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="78" />
        <source>The OCR language pack for {langs} is not installed (install {packages}). The document is kept without a text layer.</source>
        <translation>{langs} üçün OCR dil paketi quraşdırılmayıb ({packages} quraşdırın). Sənəd mətn qatı olmadan saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="111" />
        <source>Text recognition of a page took longer than {s} seconds and was stopped.</source>
        <translation>Səhifənin mətninin tanınması {s} saniyədən çox çəkdi və dayandırıldı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="115" />
        <source>Tesseract could not read a page: {reason}</source>
        <translation>Tesseract səhifəni oxuya bilmədi: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="183" />
        <location filename="../../desktop_app/intake/ocr.py" line="129" />
        <source>Reading PDF pages for OCR needs poppler's pdftoppm (package poppler-utils), which is not installed.</source>
        <translation>OCR üçün PDF səhifələrini oxumaq poppler-in pdftoppm proqramını (poppler-utils paketi) tələb edir, o isə quraşdırılmayıb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="136" />
        <source>The PDF pages could not be rendered for OCR ({reason}).</source>
        <translation>OCR üçün PDF səhifələrini təsvirə çevirmək mümkün olmadı ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="147" />
        <source>The PDF is password-protected, so it cannot be given a text layer.</source>
        <translation>PDF parolla qorunur, buna görə ona mətn qatı əlavə edilə bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="153" />
        <source>The PDF is damaged and cannot be given a text layer ({reason}).</source>
        <translation>PDF zədələnib və ona mətn qatı əlavə edilə bilməz ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="231" />
        <source>The PDF has {n} pages but {m} page images were given.</source>
        <translation>PDF-də {n} səhifə var, lakin {m} səhifə təsviri verilib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="242" />
        <source>Text recognition was cancelled.</source>
        <translation>Mətnin tanınması ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="395" />
        <source>The document already has a text layer.</source>
        <translation>Sənədin artıq mətn qatı var.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="397" />
        <source>The PDF already contains text; no OCR is needed.</source>
        <translation>PDF artıq mətn ehtiva edir; OCR tələb olunmur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="403" />
        <source>Recognising text: page {i} of {n}</source>
        <translation>Mətn tanınır: səhifə {i} / {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="462" />
        <source>The document's file was removed while its text was being recognised.</source>
        <translation>Mətn tanınarkən sənədin faylı silindi.</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <location filename="../../desktop_app/intake/pdf.py" line="43" />
        <source>The JPEG quality must be between 5 and 95 (not {q}).</source>
        <translation>JPEG keyfiyyəti 5 ilə 95 arasında olmalıdır ({q} deyil).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/pdf.py" line="252" />
        <location filename="../../desktop_app/intake/pdf.py" line="272" />
        <location filename="../../desktop_app/services/intake.py" line="202" />
        <location filename="../../desktop_app/services/intake.py" line="415" />
        <location filename="../../desktop_app/services/intake.py" line="550" />
        <source>There are no pages to put into the PDF (all pages were blank or deleted).</source>
        <translation>PDF-ə daxil ediləcək səhifə yoxdur (bütün səhifələr boş idi və ya silinib).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/pdf.py" line="265" />
        <source>Page {n} could not be compressed ({reason}).</source>
        <translation>{n} nömrəli səhifəni sıxmaq mümkün olmadı ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/pdf.py" line="276" />
        <source>The PDF could not be assembled ({reason}).</source>
        <translation>PDF-i yığmaq mümkün olmadı ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/pdf.py" line="335" />
        <source>The PDF could not be written compactly ({reason}).</source>
        <translation>PDF yığcam şəkildə yazıla bilmədi ({reason}).</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="68" />
        <location filename="../../desktop_app/services/signing.py" line="158" />
        <source>{user} may not {action}: the role '{role}' is needed.</source>
        <translation>{user} {action} hüququna malik deyil: '{role}' rolu tələb olunur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="241" />
        <source>register documents</source>
        <translation>sənədləri qeydiyyata almaq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="83" />
        <source>{user} may not {action}: {need}</source>
        <translation>{user} {action} hüququna malik deyil: {need}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="88" />
        <source>the role '{role}' is needed.</source>
        <translation>'{role}' rolu tələb olunur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="251" />
        <source>edit route templates</source>
        <translation>marşrut şablonlarını redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="251" />
        <source>an office role is needed.</source>
        <translation>kargüzarlıq rolu tələb olunur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="294" />
        <source>route this document</source>
        <translation>bu sənədi marşruta göndərmək</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="295" />
        <source>only an office role or the document's author may.</source>
        <translation>yalnız kargüzarlıq rolu olan şəxs və ya sənədin müəllifi bunu edə bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="352" />
        <source>act on this {kind} step</source>
        <translation>bu «{kind}» addımı üzrə əməliyyat aparmaq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="353" />
        <source>only its assignee may.</source>
        <translation>yalnız onun icraçısı bunu edə bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="355" />
        <source>sign</source>
        <translation>imzalamaq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="355" />
        <source>the role 'head' is needed.</source>
        <translation>'head' (rəhbər) rolu tələb olunur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="371" />
        <source>write resolutions</source>
        <translation>dərkənar yazmaq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="452" />
        <source>remove control from this resolution</source>
        <translation>bu dərkənarı nəzarətdən çıxarmaq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="453" />
        <source>only the resolution's author may.</source>
        <translation>yalnız dərkənarın müəllifi bunu edə bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="467" />
        <source>dispatch documents</source>
        <translation>sənədləri göndərmək</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="552" />
        <source>acknowledge received documents</source>
        <translation>alınmış sənədlərin qəbulunu təsdiq etmək</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="249" />
        <source>The document is already registered as {number}.</source>
        <translation>Sənəd artıq {number} nömrəsi ilə qeydiyyata alınıb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="252" />
        <source>There is no journal with code {code}.</source>
        <translation>{code} kodlu jurnal yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="254" />
        <source>Journal {code} is for {jkind} documents; this document is {dkind}.</source>
        <translation>{code} jurnalı «{jkind}» sənədlər üçündür; bu sənəd isə «{dkind}» növündədir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="479" />
        <source>Choose a journal.</source>
        <translation>Jurnal seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="481" />
        <source>The registration date cannot be in the future.</source>
        <translation>Qeydiyyat tarixi gələcək tarix ola bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="483" />
        <source>The correspondent's date cannot be after the registration date.</source>
        <translation>Korrespondentin tarixi qeydiyyat tarixindən sonra ola bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="485" />
        <source>The page count must be between 0 and 100000.</source>
        <translation>Vərəq sayı 0 ilə 100000 arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="487" />
        <source>Unknown delivery channel: {channel}</source>
        <translation>Naməlum daxilolma yolu: {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="489" />
        <source>The correspondent's number is longer than 64 characters.</source>
        <translation>Korrespondentin nömrəsi 64 simvoldan uzundur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="491" />
        <source>The subject is longer than 500 characters.</source>
        <translation>Qısa məzmun 500 simvoldan uzundur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="564" />
        <source>Register the document first.</source>
        <translation>Əvvəlcə sənədi qeydiyyata alın.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register_dialog.py" line="30" />
        <source>Register document</source>
        <translation>Sənədi qeydiyyata al</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="41" />
        <source>Their letter is dated</source>
        <translation>Göndərənin məktubunun tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51" />
        <source>Post</source>
        <translation>Poçt</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51" />
        <source>Courier</source>
        <translation>Kuryer</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51" />
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51" />
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="52" />
        <source>By hand</source>
        <translation>Şəxsən</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="52" />
        <source>Electronic circulation</source>
        <translation>Elektron sənəd dövriyyəsi</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="60" />
        <source>&amp;Journal</source>
        <translation>&amp;Jurnal</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="61" />
        <source>Registration &amp;date</source>
        <translation>Qeydiyyat &amp;tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="62" />
        <source>&amp;Correspondent</source>
        <translation>K&amp;orrespondent</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="63" />
        <source>Their &amp;number</source>
        <translation>Göndərənin &amp;nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="65" />
        <source>&amp;Subject</source>
        <translation>&amp;Qısa məzmun</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="66" />
        <source>&amp;Pages</source>
        <translation>&amp;Vərəq sayı</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="67" />
        <source>C&amp;hannel</source>
        <translation>Daxilolma &amp;yolu</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="69" />
        <source>Register</source>
        <translation>Qeydiyyata al</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="99" />
        <source>Enter the subject.</source>
        <translation>Qısa məzmunu daxil edin.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../desktop_app/registry.py" line="26" />
        <location filename="../../desktop_app/registry.py" line="36" />
        <source>The number format {fmt!r} is not valid: {reason}</source>
        <translation>{fmt!r} nömrə formatı etibarlı deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/registry.py" line="29" />
        <source>The number format {fmt!r} uses unknown fields: {fields}. Allowed: {allowed}.</source>
        <translation>{fmt!r} nömrə formatında naməlum sahələr var: {fields}. İcazə verilənlər: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/registry.py" line="32" />
        <source>The number format {fmt!r} must contain {{seq}}.</source>
        <translation>{fmt!r} nömrə formatında {{seq}} olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/registry.py" line="75" />
        <source>The number block {start}–{end} is empty or invalid.</source>
        <translation>{start}–{end} nömrə bloku boşdur və ya etibarsızdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="34" />
        <source>A journal code must be 1–32 letters, digits, '-' or '_'.</source>
        <translation>Jurnal kodu 1–32 hərf, rəqəm, '-' və ya '_' simvolundan ibarət olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="40" />
        <source>A journal with code {code} already exists.</source>
        <translation>{code} kodlu jurnal artıq mövcuddur.</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="59" />
        <source>Resolution — {subject}</source>
        <translation>Dərkənar — {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="75" />
        <source> working days</source>
        <translation> iş günü</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="82" />
        <source>Under deadline &amp;control</source>
        <translation>&amp;Nəzarətdə</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="87" />
        <source>Instruction for the executor…</source>
        <translation>İcraçı üçün göstəriş…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="89" />
        <source>&amp;Executor:</source>
        <translation>&amp;İcraçı:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="90" />
        <source>C&amp;o-executors:</source>
        <translation>&amp;Həmicraçılar:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="91" />
        <source>Deadline in:</source>
        <translation>İcra müddəti:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="92" />
        <source>&amp;Deadline:</source>
        <translation>İcra &amp;müddəti:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="95" />
        <source>&amp;Text:</source>
        <translation>Mə&amp;tn:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="125" />
        <source>Due {date}</source>
        <translation>İcra müddəti: {date}</translation>
    </message>
</context>
<context>
    <name>RouteBuilderDialog</name>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="159" />
        <source>Route — {subject}</source>
        <translation>Marşrut — {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="167" />
        <source>Use &amp;template</source>
        <translation>&amp;Şablondan istifadə et</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="171" />
        <source>Template:</source>
        <translation>Şablon:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="176" />
        <source>Step</source>
        <translation>Addım</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="176" />
        <source>Assignee</source>
        <translation>İcraçı</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="176" />
        <source>Working days</source>
        <translation>İş günləri</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="176" />
        <source>Label</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="181" />
        <source>Add &amp;stage</source>
        <translation>&amp;Mərhələ əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="182" />
        <source>Add &amp;parallel step</source>
        <translation>&amp;Paralel addım əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="183" />
        <source>&amp;Remove</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="250" />
        <source>no deadline</source>
        <translation>müddətsiz</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="279" />
        <source>Stage {n}</source>
        <translation>Mərhələ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="280" />
        <source> — {k} in parallel</source>
        <translation> — {k} paralel</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="310" />
        <source>Every step needs an assignee.</source>
        <translation>Hər addımın icraçısı olmalıdır.</translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <location filename="../../ui/routing/widgets.py" line="178" />
        <source>Step</source>
        <translation>Addım</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="178" />
        <source>Assignee</source>
        <translation>İcraçı</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="178" />
        <source>Due</source>
        <translation>İcra müddəti</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="178" />
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="178" />
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="186" />
        <source>History:</source>
        <translation>Tarixçə:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="199" />
        <source>No route</source>
        <translation>Marşrut yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="199" />
        <source>In route</source>
        <translation>Marşrutdadır</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="199" />
        <source>Route completed</source>
        <translation>Marşrut başa çatıb</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="200" />
        <source>Returned to the author</source>
        <translation>Müəllifə qaytarılıb</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="203" />
        <source>Resolutions</source>
        <translation>Dərkənarlar</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="206" />
        <source> · under control</source>
        <translation> · nəzarətdədir</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="207" />
        <source>In work</source>
        <translation>İcradadır</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="207" />
        <source>Executed</source>
        <translation>İcra olunub</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="207" />
        <source>Returned</source>
        <translation>Qaytarılıb</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="216" />
        <source>Stage {n}</source>
        <translation>Mərhələ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="232" />
        <source>Dispatch</source>
        <translation>Göndərmə</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="234" />
        <source>Sent</source>
        <translation>Göndərilənlər</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="234" />
        <source>Delivered</source>
        <translation>Çatdırılıb</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="234" />
        <source>Registered</source>
        <translation>Qeydiyyata alınıb</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="235" />
        <source>Refused</source>
        <translation>Rədd edilib</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="36" />
        <source>The holiday '{entry}' is not a date: write YYYY-MM-DD or MM-DD.</source>
        <translation>'{entry}' bayram günü tarix deyil: YYYY-MM-DD və ya MM-DD formatında yazın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="63" />
        <source>The calendar has no working day within ten years.</source>
        <translation>Təqvimdə on il ərzində iş günü yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="71" />
        <source>A deadline must be 0 to {max} working days away.</source>
        <translation>İcra müddəti 0 ilə {max} iş günü arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="85" />
        <source>The dates are too far apart.</source>
        <translation>Tarixlər bir-birindən çox uzaqdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="47" />
        <source>Review</source>
        <extracomment>Which actions each kind of step accepts. Where each action takes an active step. The protocol's ``route.step_act`` action for each local action (docs/protocol.md §5.1).</extracomment>
        <translation>Nəzərdən keçir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="48" />
        <source>Endorse</source>
        <translation>Vizala</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="49" />
        <source>Sign</source>
        <translation>İmzala</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="50" />
        <source>Execute</source>
        <translation>İcra et</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="51" />
        <location filename="../../desktop_app/routing/steps.py" line="72" />
        <location filename="../../ui/routing/__init__.py" line="197" />
        <source>Acknowledge</source>
        <translation>Tanış ol</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="57" />
        <source>Waiting</source>
        <translation>Gözləmədədir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="58" />
        <source>Active</source>
        <translation>Aktivdir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="59" />
        <location filename="../../desktop_app/routing/steps.py" line="71" />
        <source>Done</source>
        <translation>Yerinə yetirilib</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="60" />
        <source>Declined</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="61" />
        <source>Returned</source>
        <translation>Qaytarılıb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="62" />
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="68" />
        <source>Approve</source>
        <translation>Razılaşdır</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="69" />
        <source>Decline</source>
        <translation>İmtina et</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="70" />
        <source>Return</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="78" />
        <source>Unknown step kind: {kind}</source>
        <translation>Naməlum addım növü: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="84" />
        <source>Unknown step action: {action}</source>
        <translation>Naməlum addım əməliyyatı: {action}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="86" />
        <source>This {kind} step is {state}; only an active step can be acted on.</source>
        <translation>Bu «{kind}» addımının vəziyyəti: «{state}»; yalnız aktiv addım üzrə əməliyyat aparıla bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="89" />
        <source>A {kind} step cannot be given '{action}'.</source>
        <translation>«{kind}» addımına '{action}' əməliyyatı tətbiq edilə bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="92" />
        <source>Write the reason for '{action}'.</source>
        <translation>'{action}' əməliyyatının səbəbini yazın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="64" />
        <source>A route template needs at least one stage.</source>
        <translation>Marşrut şablonunda ən azı bir mərhələ olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="68" />
        <source>Stage {n} of the template has no steps.</source>
        <translation>Şablonun {n} nömrəli mərhələsində addım yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="76" />
        <source>Stage {n}: '{assignee}' is not an assignee (use author, role:&lt;role&gt; or user:&lt;name&gt;).</source>
        <translation>Mərhələ {n}: '{assignee}' icraçı deyil (author, role:&lt;role&gt; və ya user:&lt;name&gt; istifadə edin).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="80" />
        <source>Stage {n}: the allowance must be 0 to 365 working days.</source>
        <translation>Mərhələ {n}: ayrılan müddət 0 ilə 365 iş günü arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="111" />
        <source>The template gives a step to the document's author, but the document has none.</source>
        <translation>Şablon addımı sənədin müəllifinə tapşırır, lakin sənədin müəllifi yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="122" />
        <source>The template names {user}, who is not on the staff list.</source>
        <translation>Şablonda əməkdaşlar siyahısında olmayan {user} göstərilib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="126" />
        <source>The {what} is not on the institution's staff list.</source>
        <translation>Göstərilən şəxs ({what}) qurumun əməkdaşlar siyahısında yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="139" />
        <source>Nobody on the staff list can take the {kind} step; choose a person.</source>
        <translation>Əməkdaşlar siyahısında «{kind}» addımını icra edə biləcək heç kim yoxdur; şəxs seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="183" />
        <source>Returned by the executor: write a new resolution</source>
        <translation>İcraçı tərəfindən qaytarılıb: yeni dərkənar yazın</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="187" />
        <source>Rework after '{action}': {reason}</source>
        <translation>'{action}' sonrası yenidən işlənməli: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="254" />
        <source>A template needs a name of 1–200 characters.</source>
        <translation>Şablonun adı 1–200 simvoldan ibarət olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="272" />
        <source>There is no route template named {name}.</source>
        <translation>{name} adlı marşrut şablonu yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="287" />
        <source>A route needs at least one step.</source>
        <translation>Marşrutda ən azı bir addım olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="289" />
        <source>A route can have at most {n} steps.</source>
        <translation>Marşrutda ən çoxu {n} addım ola bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="297" />
        <source>A {status} document cannot be routed.</source>
        <translation>«{status}» vəziyyətində olan sənəd marşruta göndərilə bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="318" />
        <source>assignee of a {kind} step</source>
        <translation>«{kind}» addımının icraçısı</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="321" />
        <source>Every {kind} step needs a person or a role.</source>
        <translation>Hər «{kind}» addımı üçün şəxs və ya rol göstərilməlidir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="323" />
        <source>The deadline {date} of a {kind} step has already passed.</source>
        <translation>«{kind}» addımının {date} icra müddəti artıq keçib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="326" />
        <source>A step's allowance must be 0 to 365 working days.</source>
        <translation>Addım üçün ayrılan müddət 0 ilə 365 iş günü arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="339" />
        <source>There is no route step with id {id}.</source>
        <translation>{id} identifikatorlu marşrut addımı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="374" />
        <source>Write the resolution's text.</source>
        <translation>Dərkənarın mətnini yazın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="376" />
        <source>The resolution's text is longer than {n} characters.</source>
        <translation>Dərkənarın mətni {n} simvoldan uzundur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="379" />
        <source>The main executor cannot also be a co-executor.</source>
        <translation>Əsas icraçı eyni zamanda həmicraçı ola bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="387" />
        <source>The deadline {date} has already passed.</source>
        <translation>{date} icra müddəti artıq keçib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="390" />
        <source>A resolution under control needs a deadline.</source>
        <translation>Nəzarətdə olan dərkənarın icra müddəti olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="394" />
        <source>A {status} document cannot get a resolution.</source>
        <translation>«{status}» vəziyyətində olan sənədə dərkənar yazıla bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="397" />
        <source>Register the letter before writing a resolution.</source>
        <translation>Dərkənar yazmazdan əvvəl məktubu qeydiyyata alın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="398" />
        <source>executor</source>
        <translation>icraçı</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="400" />
        <source>co-executor</source>
        <translation>həmicraçı</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="408" />
        <source>The earlier resolution is not on this document.</source>
        <translation>Əvvəlki dərkənar bu sənədə aid deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="412" />
        <source>Resolution written</source>
        <translation>Dərkənar yazıldı</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="418" />
        <source>Execute the resolution</source>
        <translation>Dərkənarı icra et</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="419" />
        <source>Co-execute the resolution</source>
        <translation>Dərkənarın icrasında iştirak et</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="428" />
        <source>Passed on with a resolution</source>
        <translation>Dərkənarla ötürülüb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="450" />
        <source>There is no resolution with id {id}.</source>
        <translation>{id} identifikatorlu dərkənar yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="455" />
        <source>This resolution is not under control.</source>
        <translation>Bu dərkənar nəzarətdə deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="507" />
        <source>Dispatched</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="604" />
        <source>Resolution: {text}</source>
        <translation>Dərkənar: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="607" />
        <source>{action} ({kind})</source>
        <translation>{action} ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="612" />
        <source>Sent to {name}</source>
        <translation>{name} ünvanına göndərilib</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="614" />
        <source>Delivered</source>
        <translation>Çatdırılıb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="617" />
        <source>Registered as {number}</source>
        <translation>{number} nömrəsi ilə qeydiyyata alınıb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="712" />
        <source>any {role}</source>
        <translation>istənilən {role}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="38" />
        <source>Anyone with the role: {role}</source>
        <translation>Bu rolu olan istənilən şəxs: {role}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="38" />
        <source>My assignments</source>
        <translation>Tapşırıqlarım</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="44" />
        <location filename="../../ui/routing/__init__.py" line="257" />
        <source>Route</source>
        <translation>Marşrut</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="46" />
        <source>R&amp;outing</source>
        <translation>&amp;Marşrut</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="48" />
        <source>My &amp;assignments</source>
        <translation>&amp;Tapşırıqlarım</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="49" />
        <source>&amp;Resolution…</source>
        <translation>&amp;Dərkənar…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="50" />
        <source>Route &amp;builder…</source>
        <translation>&amp;Marşrut konstruktoru…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="52" />
        <source>A&amp;pprove / endorse</source>
        <translation>Razılaşdır / &amp;vizala</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="53" />
        <source>&amp;Decline…</source>
        <translation>&amp;İmtina et…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="54" />
        <source>Re&amp;turn…</source>
        <translation>Ge&amp;ri qaytar…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="55" />
        <source>Mark &amp;done</source>
        <translation>İcra edildi kimi &amp;qeyd et</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="56" />
        <source>Ac&amp;knowledge selected</source>
        <translation>Seçilənlərlə tanış o&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="58" />
        <source>D&amp;ispatch…</source>
        <translation>&amp;Göndər…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="59" />
        <source>Remove &amp;control</source>
        <translation>&amp;Nəzarətdən çıxar</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="60" />
        <source>Confirm re&amp;gistration to the sender</source>
        <translation>Göndərənə qeydiyyatı t&amp;əsdiq et</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="63" />
        <source>&amp;Holidays…</source>
        <translation>&amp;Bayram və istirahət günləri…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="100" />
        <source>My assignments ({n})</source>
        <translation>Tapşırıqlarım ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="199" />
        <source>{n} acknowledged</source>
        <translation>Tanış olundu: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="201" />
        <source>Acknowledging</source>
        <translation>Tanış olunur</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="207" />
        <source>{action}: {n} step(s)</source>
        <translation>{action}: {n} addım</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="214" />
        <source>Why is it declined? The draft goes back to its author.</source>
        <translation>Niyə imtina edilir? Layihə müəllifinə qaytarılır.</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="215" />
        <source>Why is it returned? It goes back to its author for rework.</source>
        <translation>Niyə qaytarılır? Sənəd yenidən işlənmək üçün müəllifinə qaytarılır.</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="220" />
        <source>Sent back to the author</source>
        <translation>Müəllifə geri göndərildi</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="231" />
        <source>Resolution</source>
        <translation>Ayırdetmə</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="231" />
        <source>Resolution saved</source>
        <translation>Dərkənar saxlanıldı</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="257" />
        <source>Route started</source>
        <translation>Marşrut başladıldı</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="268" />
        <source>Dispatch</source>
        <translation>Göndərmə</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="269" />
        <source>Sent to {n} institution(s)</source>
        <translation>{n} quruma göndərildi</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="275" />
        <location filename="../../ui/routing/__init__.py" line="279" />
        <source>Remove control</source>
        <translation>Nəzarətdən çıxar</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="276" />
        <source>Take the resolution off deadline control?</source>
        <translation>Dərkənar nəzarətdən çıxarılsın?</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="279" />
        <source>Control removed</source>
        <translation>Nəzarətdən çıxarıldı</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="287" />
        <location filename="../../ui/routing/__init__.py" line="291" />
        <source>Confirm registration</source>
        <translation>Qeydiyyatı təsdiq et</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="288" />
        <source>Send our registration number to {sender}?</source>
        <translation>Qeydiyyat nömrəmiz {sender} qurumuna göndərilsin?</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="292" />
        <source>The sender will be told the registration number</source>
        <translation>Göndərənə qeydiyyat nömrəsi bildiriləcək</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="301" />
        <source>Holidays</source>
        <translation>Bayram və istirahət günləri</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="315" />
        <source>Reminder: {n} assignment(s) due soon, {o} overdue (F9)</source>
        <translation>Xatırlatma: müddəti yaxınlaşan tapşırıqlar: {n}, müddəti keçmiş: {o} (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="318" />
        <source>Reminders</source>
        <translation>Xatırlatmalar</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="63" />
        <source>Unknown page size: {size}</source>
        <translation>Naməlum səhifə ölçüsü: {size}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="65" />
        <source>The resolution must be between 50 and 1200 dpi (not {dpi}).</source>
        <translation>Ayırdetmə 50 ilə 1200 dpi arasında olmalıdır ({dpi} deyil).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="68" />
        <source>The page limit must be at least 1.</source>
        <translation>Səhifə həddi ən azı 1 olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="101" />
        <source>A saved scan profile is not valid ({reason}).</source>
        <translation>Saxlanılmış skan profili etibarsızdır ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="106" />
        <source>Letters B/W 300 dpi duplex</source>
        <translation>Məktublar, ağ-qara, 300 dpi, ikitərəfli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="108" />
        <source>Letters B/W 300 dpi feeder</source>
        <translation>Məktublar, ağ-qara, 300 dpi, qidalandırıcı</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="109" />
        <source>Grey 200 dpi flatbed</source>
        <translation>Boz, 200 dpi, planşet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="110" />
        <source>Colour 200 dpi flatbed</source>
        <translation>Rəngli, 200 dpi, planşet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="113" />
        <source>The scanner {device} cannot scan in black and white or grey.</source>
        <translation>{device} skaneri ağ-qara və ya boz rejimdə skan edə bilmir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="116" />
        <source>The scanner {device} cannot scan in grey.</source>
        <translation>{device} skaneri boz rejimdə skan edə bilmir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="120" />
        <source>The scanner {device} cannot scan in colour.</source>
        <translation>{device} skaneri rəngli rejimdə skan edə bilmir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="140" />
        <location filename="../../desktop_app/intake/windows.py" line="262" />
        <source>The scanner {device} has no duplex feeder; choose the simplex feeder or the flatbed.</source>
        <translation>{device} skanerinin ikitərəfli qidalandırıcısı yoxdur; birtərəfli qidalandırıcını və ya planşeti seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="144" />
        <source>The scanner {device} has no document feeder; choose the flatbed.</source>
        <translation>{device} skanerinin sənəd qidalandırıcısı yoxdur; planşeti seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="195" />
        <source>SANE scanning needs the 'scanimage' program (Debian/Ubuntu package sane-utils), which is not installed.</source>
        <translation>SANE ilə skan etmək üçün 'scanimage' proqramı (Debian/Ubuntu paketi sane-utils) lazımdır, o isə quraşdırılmayıb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="204" />
        <source>Looking for scanners took longer than {s} seconds; check the network scanners and try again.</source>
        <translation>Skanerlərin axtarışı {s} saniyədən çox çəkdi; şəbəkə skanerlərini yoxlayın və yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="224" />
        <source>The scanner {device} did not answer.</source>
        <translation>{device} skaneri cavab vermədi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="226" />
        <source>it is not connected or is switched off</source>
        <translation>o qoşulmayıb və ya söndürülüb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="227" />
        <source>The scanner {device} cannot be opened: {reason}.</source>
        <translation>{device} skanerini açmaq mümkün deyil: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="265" />
        <location filename="../../desktop_app/intake/windows.py" line="183" />
        <location filename="../../desktop_app/intake/windows.py" line="277" />
        <source>Page {n} scanned</source>
        <translation>{n} nömrəli səhifə skan edildi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="299" />
        <source>A scanned page could not be read ({reason}).</source>
        <translation>Skan edilmiş səhifəni oxumaq mümkün olmadı ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="324" />
        <location filename="../../desktop_app/intake/windows.py" line="176" />
        <source>The document feeder of {device} is empty: put the pages in the feeder and scan again.</source>
        <translation>{device} skanerinin sənəd qidalandırıcısı boşdur: səhifələri qidalandırıcıya qoyun və yenidən skan edin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="329" />
        <source>the scanner stopped responding or was disconnected</source>
        <translation>skaner cavab verməyi dayandırdı və ya ayrıldı</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="333" />
        <location filename="../../desktop_app/intake/windows.py" line="293" />
        <source>Scanning on {device} stopped after {n} page(s): {reason}. The pages scanned so far are kept.</source>
        <translation>{device} skanerində skan {n} səhifədən sonra dayandı: {reason}. İndiyədək skan edilmiş səhifələr saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="335" />
        <location filename="../../desktop_app/intake/windows.py" line="295" />
        <source>Scanning on {device} failed: {reason}.</source>
        <translation>{device} skanerində skan alınmadı: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="66" />
        <source>TWAIN and WIA scanners can only be used on Windows; on this system scanning goes through SANE.</source>
        <translation>TWAIN və WIA skanerlərindən yalnız Windows-da istifadə etmək olar; bu sistemdə skan SANE vasitəsilə aparılır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="104" />
        <source>paper is jammed in the document feeder</source>
        <translation>kağız sənəd qidalandırıcısında ilişib</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="105" />
        <source>the document feeder is empty</source>
        <translation>sənəd qidalandırıcısı boşdur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="106" />
        <source>the scanner is offline or was disconnected</source>
        <translation>skaner oflayndır və ya ayrılıb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="107" />
        <source>the scanner is busy</source>
        <translation>skaner məşğuldur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="108" />
        <source>the scanner cover is open</source>
        <translation>skanerin qapağı açıqdır</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="110" />
        <source>error 0x{code:08X} from the scanner driver</source>
        <translation>skaner drayverindən 0x{code:08X} xətası</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="132" />
        <source>WIA scanning needs the Python package comtypes, which is not installed.</source>
        <translation>WIA ilə skan etmək üçün comtypes Python paketi lazımdır, o isə quraşdırılmayıb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="159" />
        <source>The scanner {device} is not connected.</source>
        <translation>{device} skaneri qoşulmayıb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="238" />
        <source>TWAIN scanning needs the Python package pytwain, which is not installed.</source>
        <translation>TWAIN ilə skan etmək üçün pytwain Python paketi lazımdır, o isə quraşdırılmayıb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="173" />
        <source>No scanner backend is available.</source>
        <translation>Heç bir skaner drayver sistemi (backend) mövcud deyil.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="40" />
        <location filename="../../ui/intake/scan_dialog.py" line="93" />
        <source>Scan</source>
        <translation>Skan et</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="52" />
        <source>Black and white</source>
        <translation>Ağ-qara</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="52" />
        <source>Grey</source>
        <translation>Boz</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="53" />
        <source>Colour</source>
        <translation>Rəngli</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="60" />
        <source>Flatbed</source>
        <translation>Planşet</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="60" />
        <source>Feeder</source>
        <translation>Qidalandırıcı</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="61" />
        <source>Feeder, both sides</source>
        <translation>Qidalandırıcı, hər iki tərəf</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="65" />
        <source>Whole scan area</source>
        <translation>Bütün skan sahəsi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="68" />
        <source>Name for these settings</source>
        <translation>Bu parametrlər üçün ad</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="69" />
        <source>Save as profile</source>
        <translation>Profil kimi saxla</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="76" />
        <source>Scanner</source>
        <translation>Skaner</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="77" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="78" />
        <source>Mode</source>
        <translation>Rejim</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="79" />
        <source>Resolution</source>
        <translation>Ayırdetmə</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="80" />
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="81" />
        <source>Page size</source>
        <translation>Səhifə ölçüsü</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="82" />
        <source>New profile</source>
        <translation>Yeni profil</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="83" />
        <source>Subject</source>
        <translation>Qısa məzmun</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="94" />
        <source>Stop scanning</source>
        <translation>Skanı dayandır</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="95" />
        <source>Rotate left</source>
        <translation>Sola döndər</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="96" />
        <source>Rotate right</source>
        <translation>Sağa döndər</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="97" />
        <source>Delete page</source>
        <translation>Səhifəni sil</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="98" />
        <source>Re-scan page</source>
        <translation>Səhifəni yenidən skan et</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="102" />
        <source>Store: automatic</source>
        <translation>Saxla: avtomatik</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="102" />
        <source>Store as text (black and white)</source>
        <translation>Mətn kimi saxla (ağ-qara)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="103" />
        <source>Store as a picture</source>
        <translation>Şəkil kimi saxla</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="146" />
        <source>Looking for scanners…</source>
        <translation>Skanerlər axtarılır…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="148" />
        <source>Looking for scanners</source>
        <translation>Skanerlər axtarılır</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="158" />
        <source>No scanner was found. Check that it is connected and switched on.</source>
        <translation>Skaner tapılmadı. Onun qoşulu və açıq olduğunu yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="187" />
        <source>Profile saved.</source>
        <translation>Profil saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="207" />
        <source>Scanning…</source>
        <translation>Skan edilir…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="219" />
        <source>Scanning</source>
        <translation>Skan edilir</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="235" />
        <source>{n} page(s) scanned</source>
        <translation>{n} səhifə skan edildi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="254" />
        <source>Scanning stopped; {n} page(s) kept.</source>
        <translation>Skan dayandırıldı; {n} səhifə saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="256" />
        <source>{n} page(s) ready. Check them, then save.</source>
        <translation>{n} səhifə hazırdır. Onları yoxlayın, sonra saxlayın.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../desktop_app/selftest.py" line="71" />
        <source>OK</source>
        <translation>QAYDASINDA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="71" />
        <source>WARNING</source>
        <translation>XƏBƏRDARLIQ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="72" />
        <source>FAILED</source>
        <translation>XƏTA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="74" />
        <source>Docflow {version} self-test on {system}</source>
        <translation>Docflow {version} özünüyoxlaması: {system}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="83" />
        <source>Result: {n} of {total} checks FAILED; see the lines above for what to do.</source>
        <translation>Nəticə: {total} yoxlamadan {n} uğursuz oldu; nə etmək lazım olduğu yuxarıdakı sətirlərdədir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="86" />
        <source>Result: Docflow works; {n} warning(s) above.</source>
        <translation>Nəticə: Docflow işləyir; yuxarıda {n} xəbərdarlıq var.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="88" />
        <source>Result: every check passed.</source>
        <translation>Nəticə: bütün yoxlamalar uğurlu oldu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="177" />
        <source>Unexpected error: {error}</source>
        <translation>Gözlənilməz xəta: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="186" />
        <source>Temporary profile</source>
        <translation>Müvəqqəti profil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="187" />
        <source>Import of a sample PDF</source>
        <translation>Nümunə PDF-in idxalı</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="188" />
        <source>Tesseract and its languages</source>
        <translation>Tesseract və onun dilləri</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="189" />
        <source>Text recognition of a page</source>
        <translation>Səhifədə mətnin tanınması</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="190" />
        <source>Verification of a signed sample</source>
        <translation>İmzalanmış nümunənin yoxlanılması</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="191" />
        <source>System keyring (where the server login is kept)</source>
        <translation>Sistemin açar anbarı (server girişi burada saxlanılır)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="192" />
        <source>Scanners</source>
        <translation>Skanerlər</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="199" />
        <source>Not run: the temporary profile could not be opened.</source>
        <translation>İcra olunmadı: müvəqqəti profil açıla bilmədi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="209" />
        <source>Created and migrated a database in a temporary folder; your own profile was not opened.</source>
        <translation>Müvəqqəti qovluqda verilənlər bazası yaradıldı və yeniləndi; sizin öz profiliniz açılmadı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="226" />
        <source>The sample PDF was not imported: {reason}</source>
        <translation>Nümunə PDF idxal edilmədi: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="232" />
        <source>The imported sample is not listed as the only document.</source>
        <translation>İdxal edilmiş nümunə siyahıda yeganə sənəd kimi görünmür.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="234" />
        <source>Imported a one-page PDF and found it in the document list.</source>
        <translation>Birsəhifəli PDF idxal edildi və sənədlər siyahısında tapıldı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="242" />
        <source>Install Tesseract OCR for Windows (64-bit, the UB Mannheim build) and tick Azerbaijani, Azerbaijani (Cyrillic) and Russian under "Additional language data"; or copy {files} into Tesseract's tessdata folder. Tesseract's folder must be on PATH. Then run this self-test again.</source>
        <translation>Windows üçün Tesseract OCR quraşdırın (64 bit, UB Mannheim buraxılışı) və "Additional language data" bölməsində Azerbaijani, Azerbaijani (Cyrillic) və Russian dillərini işarələyin; və ya {files} fayllarını Tesseract-ın tessdata qovluğuna köçürün. Tesseract-ın qovluğu PATH-da olmalıdır. Sonra bu özünüyoxlamanı yenidən işə salın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="249" />
        <source>Install them with: sudo apt install {packages} (Debian, Ubuntu; other systems: the Tesseract packages of the same languages). Then run this self-test again.</source>
        <translation>Bu əmrlə quraşdırın: sudo apt install {packages} (Debian, Ubuntu; digər sistemlərdə eyni dillərin Tesseract paketləri). Sonra bu özünüyoxlamanı yenidən işə salın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="258" />
        <source>Tesseract OCR is not installed, so scanned pages get no searchable text.</source>
        <translation>Tesseract OCR quraşdırılmayıb, buna görə skan edilmiş səhifələrdə axtarıla bilən mətn olmayacaq.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="263" />
        <source>Tesseract lacks the language data for {langs}.</source>
        <translation>Tesseract-da {langs} üçün dil məlumatları yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="266" />
        <source>Tesseract is installed with Azerbaijani (Latin and Cyrillic), Russian and English.</source>
        <translation>Tesseract Azərbaycan (latın və kiril), rus və ingilis dilləri ilə quraşdırılıb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="276" />
        <source>Not run: the sample PDF was not imported.</source>
        <translation>İcra olunmadı: nümunə PDF idxal edilmədi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="278" />
        <source>Not run: Tesseract or its languages are missing (see above).</source>
        <translation>İcra olunmadı: Tesseract və ya onun dilləri yoxdur (yuxarıya baxın).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="280" />
        <source>install poppler for Windows and put its bin folder on PATH</source>
        <translation>Windows üçün poppler quraşdırın və onun bin qovluğunu PATH-a əlavə edin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="282" />
        <source>Pages of imported PDFs cannot be read for recognition: poppler's pdftoppm is missing ({hint}).</source>
        <translation>İdxal edilmiş PDF-lərin səhifələri tanınma üçün oxuna bilmir: poppler-in pdftoppm proqramı yoxdur ({hint}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="286" />
        <source>No text was recognised: {reason}</source>
        <translation>Heç bir mətn tanınmadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="290" />
        <source>The page was read, but the words in {langs} were not recognised (recognised: "{text}").</source>
        <translation>Səhifə oxundu, lakin {langs} dilindəki sözlər tanınmadı (tanınan: "{text}").</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="292" />
        <source>Recognised the sample page's Azerbaijani, Russian and English lines ({n} characters).</source>
        <translation>Nümunə səhifənin Azərbaycan, rus və ingilis dilində olan sətirləri tanındı ({n} simvol).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="359" />
        <source>A correctly signed sample was not judged valid.</source>
        <translation>Düzgün imzalanmış nümunə etibarlı sayılmadı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="369" />
        <source>A signed sample was verified as valid and a changed copy was caught.</source>
        <translation>İmzalanmış nümunə etibarlı kimi təsdiqləndi, dəyişdirilmiş surəti isə aşkarlandı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="368" />
        <source>A changed copy of the signed sample was still judged valid.</source>
        <translation>İmzalanmış nümunənin dəyişdirilmiş surəti yenə də etibarlı sayıldı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="397" />
        <source>Windows Credential Manager must be available to this user.</source>
        <translation>Windows Credential Manager bu istifadəçi üçün əlçatan olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="399" />
        <source>Log in to a desktop session with a keyring (GNOME Keyring or KWallet; package gnome-keyring) and unlock it.</source>
        <translation>Açar anbarı olan iş masası sessiyasına daxil olun (GNOME Keyring və ya KWallet; gnome-keyring paketi) və onun kilidini açın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="402" />
        <source>The system keyring did not answer within {s} seconds (is it locked?).</source>
        <translation>Sistemin açar anbarı {s} saniyə ərzində cavab vermədi (kilidli deyil ki?).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="405" />
        <source>No system keyring was found, so the server login cannot be kept.</source>
        <translation>Sistemin açar anbarı tapılmadı, buna görə server girişi saxlanıla bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="407" />
        <source>The system keyring refused a test entry ({error}).</source>
        <translation>Sistemin açar anbarı sınaq qeydini qəbul etmədi ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="410" />
        <source>The system keyring gave back something else than was stored.</source>
        <translation>Sistemin açar anbarı saxlanılandan fərqli bir şey qaytardı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="411" />
        <source>Stored, read back and removed a test entry ({backend}).</source>
        <translation>Sınaq qeydi saxlanıldı, geri oxundu və silindi ({backend}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="425" />
        <source>Found {n} scanner(s):</source>
        <translation>Tapılan skanerlər ({n}):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="430" />
        <source>Scanning is not possible on this computer:</source>
        <translation>Bu kompüterdə skan etmək mümkün deyil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="431" />
        <source>No scanner was found. Check that it is switched on and connected; a network scanner can also save into Docflow's watched folder.</source>
        <translation>Heç bir skaner tapılmadı. Onun yandırıldığını və qoşulduğunu yoxlayın; şəbəkə skaneri Docflow-un izlənilən qovluğuna da saxlaya bilər.</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="34" />
        <source>Qt could not open the sample PDF.</source>
        <translation>Qt nümunə PDF-i aça bilmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="40" />
        <source>Qt drew the sample page wrongly ({p:.1%} dark).</source>
        <translation>Qt nümunə səhifəni səhv çəkdi ({p:.1%} qaranlıq).</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="41" />
        <source>Qt {version} on the "{platform}" platform drew the sample page.</source>
        <translation>Qt {version} "{platform}" platformasında nümunə səhifəni çəkdi.</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="53" />
        <source>Window toolkit (Qt) and PDF preview</source>
        <translation>Pəncərə sistemi (Qt) və PDF-ə baxış</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="67" />
        <location filename="../../ui/selftest.py" line="111" />
        <source>checking: {what}</source>
        <translation>yoxlanılır: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="118" />
        <source>Done. Copy this report for support if they ask for it.</source>
        <translation>Hazırdır. Dəstək xidməti istəsə, bu hesabatı köçürüb göndərin.</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../ui/selftest.py" line="83" />
        <source>Docflow self-test</source>
        <translation>Docflow özünüyoxlama</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="85" />
        <source>Checking this installation; this takes up to a minute...</source>
        <translation>Bu quraşdırma yoxlanılır; bu bir dəqiqəyə qədər çəkir...</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="89" />
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="14" />
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="16" />
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="23" />
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="24" />
        <source>A new language applies the next time Docflow starts.</source>
        <translation>Yeni dil Docflow növbəti dəfə işə salındıqda tətbiq olunacaq.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message numerus="yes">
        <location filename="../../ui/signing/sign_dialog.py" line="70" />
        <source>Sign %n document(s)</source>
        <translation>
            <numerusform>%n sənədi imzala</numerusform>
            <numerusform>%n sənədi imzala</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="73" />
        <source>Key file (PKCS#12)</source>
        <translation>Açar faylı (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="74" />
        <source>Smart card / token (PKCS#11)</source>
        <translation>Smart-kart / token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="82" />
        <source>Browse…</source>
        <translation>Gözdən keçir…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="89" />
        <source>Remember the passphrase in the system keyring</source>
        <translation>Parol ifadəsini sistemin açar anbarında yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="92" />
        <location filename="../../ui/signing/sign_dialog.py" line="173" />
        <source>Key file</source>
        <translation>Açar faylı</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="93" />
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="100" />
        <source>Find tokens</source>
        <translation>Tokenləri tap</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="111" />
        <source>PKCS#11 module</source>
        <translation>PKCS#11 modulu</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="112" />
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="113" />
        <source>Key</source>
        <translation>Açar</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="114" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="126" />
        <source>Visible stamp (signer, date, registration number)</source>
        <translation>Görünən ştamp (imzalayan, tarix, qeydiyyat nömrəsi)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="133" />
        <source>1 = first page, -1 = last page</source>
        <translation>1 = birinci səhifə, -1 = sonuncu səhifə</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="136" />
        <source>Bottom right</source>
        <translation>Aşağıda sağda</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="136" />
        <source>Bottom left</source>
        <translation>Aşağıda solda</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="137" />
        <source>Top right</source>
        <translation>Yuxarıda sağda</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="137" />
        <source>Top left</source>
        <translation>Yuxarıda solda</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="137" />
        <source>Bottom centre</source>
        <translation>Aşağıda mərkəzdə</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="143" />
        <source>Page</source>
        <translation>Səhifə</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="144" />
        <source>Position</source>
        <translation>Mövqe</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="152" />
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="153" />
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="156" />
        <source>Sign</source>
        <translation>İmzala</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="174" />
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Açar faylları (*.p12 *.pfx);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="192" />
        <source>No token found.</source>
        <translation>Token tapılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="210" />
        <source>Enter the PIN on the reader's keypad when asked.</source>
        <translation>Tələb olunduqda PIN-i oxuyucunun klaviaturasında daxil edin.</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../ui/signing/panel.py" line="35" />
        <source>Check signatures</source>
        <translation>İmzaları yoxla</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="37" />
        <source>Complete now</source>
        <translation>İndi tamamla</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="38" />
        <source>Add the timestamp and validation data now (needs a connection)</source>
        <translation>Vaxt möhürünü və yoxlama məlumatlarını indi əlavə et (bağlantı tələb olunur)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="59" />
        <source>No document selected</source>
        <translation>Sənəd seçilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="78" />
        <source>Signed here: none</source>
        <translation>Burada imzalanıb: yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="87" />
        <source>Checking signatures…</source>
        <translation>İmzalar yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="91" />
        <source>Checking signatures</source>
        <translation>İmzalar yoxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="112" />
        <source>Signatures not completed</source>
        <translation>İmzalar tamamlanmadı</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="113" />
        <source>Completing signatures</source>
        <translation>İmzalar tamamlanır</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="71" />
        <source>The trust-root bundle is not a valid PEM/DER certificate file: {reason}</source>
        <extracomment>Key usages that allow a certificate to make signatures on documents.</extracomment>
        <translation>Etibarlı kök sertifikatlar dəsti düzgün PEM/DER sertifikat faylı deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="98" />
        <source>The certificate of {name} may not be used for signing: its key usage ({usages}) has neither digital signature nor non-repudiation.</source>
        <translation>{name} sertifikatı imzalamaq üçün istifadə edilə bilməz: onun açar istifadəsində ({usages}) nə rəqəmsal imza, nə də imtinasızlıq var.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="107" />
        <source>The certificate of {name} is not valid yet: it becomes valid on {date}.</source>
        <translation>{name} sertifikatı hələ qüvvədə deyil: {date} tarixindən qüvvəyə minir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="114" />
        <source>The certificate of {name} expired on {date}.</source>
        <translation>{name} sertifikatının müddəti {date} tarixində bitib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="58" />
        <source>The PIN is locked (no tries left); the card must be unblocked.</source>
        <translation>PIN bloklanıb (cəhd qalmayıb); kartın blokdan çıxarılması lazımdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="60" />
        <source>Only one try is left before the PIN locks.</source>
        <translation>PIN bloklanana qədər yalnız bir cəhd qalıb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="62" />
        <source>The token reports that few tries are left.</source>
        <translation>Token az cəhd qaldığını bildirir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="63" />
        <source>The token does not report a lowered try counter.</source>
        <translation>Token cəhd sayğacının azaldığını bildirmir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="43" />
        <source>The identity has no signing certificate.</source>
        <translation>Bu identifikasiya vasitəsində imza sertifikatı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="95" />
        <source>Cannot open the key file {label}: the passphrase is wrong or the file is damaged.</source>
        <translation>{label} açar faylını açmaq mümkün deyil: parol ifadəsi yanlışdır və ya fayl zədələnib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="102" />
        <source>The key file {label} holds no private key with its certificate.</source>
        <translation>{label} açar faylında sertifikatı ilə birlikdə şəxsi açar yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="128" />
        <source>Cannot read the key file {path}: {reason}</source>
        <translation>{path} açar faylını oxumaq mümkün deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="194" />
        <source>The PKCS#11 module {path} does not exist.</source>
        <translation>{path} PKCS#11 modulu mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="201" />
        <source>Cannot load the PKCS#11 module {path}: {reason}</source>
        <translation>{path} PKCS#11 modulunu yükləmək mümkün deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="291" />
        <source>No token {label} is present in {module}.</source>
        <translation>{module} modulunda {label} tokeni yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="312" />
        <location filename="../../desktop_app/signing/identities.py" line="357" />
        <source>The PIN of token {label} is locked. {hint}</source>
        <translation>{label} tokeninin PIN-i bloklanıb. {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="320" />
        <source>Token {label}: only one PIN try is left before the card locks. Confirm to try this PIN.</source>
        <translation>{label} tokeni: kart bloklanana qədər yalnız bir PIN cəhdi qalıb. Bu PIN-i sınamaq üçün təsdiq edin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="330" />
        <source>Token {label} needs its PIN.</source>
        <translation>{label} tokeni üçün PIN tələb olunur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="343" />
        <source>The PIN has an invalid length or format.</source>
        <translation>PIN-in uzunluğu və ya formatı yanlışdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="345" />
        <source>The PIN is wrong.</source>
        <translation>PIN yanlışdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="348" />
        <source>Token {label}: {reason} {hint} Docflow does not retry the PIN by itself.</source>
        <translation>{label} tokeni: {reason} {hint} Docflow PIN-i özü təkrar sınamır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="365" />
        <source>Token {label} is already in use by another signing operation.</source>
        <translation>{label} tokeni artıq başqa imzalama əməliyyatı tərəfindən istifadə olunur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="372" />
        <source>Token {label} refused the login: {reason}</source>
        <translation>{label} tokeni girişi rədd etdi: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="467" />
        <source>Token {label} has no signing key {key}.</source>
        <translation>{label} tokenində {key} imza açarı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="474" />
        <source>Token {label} has several keys; choose one.</source>
        <translation>{label} tokenində bir neçə açar var; birini seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="170" />
        <source>The file is not a PDF document.</source>
        <extracomment>Named stamp positions (the UI offers these and shows a preview).</extracomment>
        <translation>Fayl PDF sənədi deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="177" />
        <source>The PDF document cannot be read: {reason}</source>
        <translation>PDF sənədini oxumaq mümkün deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="182" />
        <source>The PDF document is encrypted; Docflow signs only unencrypted documents.</source>
        <translation>PDF sənədi şifrələnib; Docflow yalnız şifrələnməmiş sənədləri imzalayır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="207" />
        <source>Unknown stamp position {position}.</source>
        <translation>Naməlum ştamp mövqeyi: {position}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="227" />
        <source>Page {page} does not exist; the document has {count} pages.</source>
        <translation>{page} nömrəli səhifə mövcud deyil; sənəddə {count} səhifə var.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="246" />
        <source>Digitally signed by {name}</source>
        <translation>Elektron imza ilə imzalanıb: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="247" />
        <source>Date: {date}</source>
        <translation>Tarix: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="250" />
        <source>Reg. No.: {number}</source>
        <translation>Qeydiyyat №: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="323" />
        <source>Signing failed: {reason}</source>
        <translation>İmzalama alınmadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/states.py" line="19" />
        <source>complete ({level})</source>
        <translation>tamamlanıb ({level})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="112" />
        <source>{ok} signed, {bad} failed.</source>
        <extracomment>Signature rows in these states are picked up by the upgrade job ("waiting" = model default).</extracomment>
        <translation>İmzalandı: {ok}, alınmadı: {bad}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="159" />
        <source>sign documents</source>
        <translation>sənədləri imzalamaq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="188" />
        <source>The trust bundle {path} cannot be read: {reason}</source>
        <translation>{path} etibarlı sertifikatlar dəstini oxumaq mümkün deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="209" />
        <source>Unknown identity kind {kind}.</source>
        <translation>Naməlum identifikasiya vasitəsi növü: {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="228" />
        <source>Document {subject} has no PDF file to sign.</source>
        <translation>{subject} sənədinin imzalanacaq PDF faylı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="253" />
        <source>Document {subject} changed while it was being signed; sign it again.</source>
        <translation>{subject} sənədi imzalanarkən dəyişdirilib; onu yenidən imzalayın.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="266" />
        <location filename="../../desktop_app/signing/states.py" line="20" />
        <source>signed offline · waiting for timestamp</source>
        <translation>oflayn imzalanıb · vaxt möhürü gözlənilir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="312" />
        <source>Signing {n} of {total}</source>
        <translation>İmzalanır: {n} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="314" />
        <source>Cancelled before signing.</source>
        <translation>İmzalanmadan əvvəl ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="338" />
        <source>Done</source>
        <translation>Yerinə yetirilib</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="361" />
        <source>The document has no PDF file.</source>
        <translation>Sənədin PDF faylı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="394" />
        <source>Completing signatures {n} of {total}</source>
        <translation>İmzalar tamamlanır: {n} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="409" />
        <source>The document has no signed file.</source>
        <translation>Sənədin imzalanmış faylı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="416" />
        <source>No trust bundle is configured (settings: trust_bundle).</source>
        <translation>Etibarlı sertifikatlar dəsti təyin edilməyib (parametr: trust_bundle).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="444" />
        <source>The document changed meanwhile; will try again.</source>
        <translation>Sənəd bu arada dəyişdirilib; yenidən cəhd ediləcək.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="470" />
        <source>Not completed: another signature on this document is revoked.</source>
        <translation>Tamamlanmadı: bu sənəddəki başqa imzanın sertifikatı ləğv edilib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/states.py" line="21" />
        <source>timestamped ({level}) · waiting for validation data</source>
        <translation>vaxt möhürü vurulub ({level}) · yoxlama məlumatları gözlənilir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/states.py" line="24" />
        <source>SIGNER CERTIFICATE REVOKED · not completed</source>
        <translation>İMZALAYANIN SERTİFİKATI LƏĞV EDİLİB · tamamlanmadı</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/states.py" line="25" />
        <source>cannot be completed · see the report</source>
        <translation>tamamlana bilməz · hesabata baxın</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/states.py" line="26" />
        <source>{level} · signed on another workstation, completed there</source>
        <translation>{level} · başqa iş yerində imzalanıb, orada tamamlanır</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="163" />
        <location filename="../../desktop_app/signing/validate.py" line="140" />
        <source>The document has no signatures.</source>
        <translation>Sənəddə imza yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="170" />
        <source>Signature {field} is broken; the document is not completed.</source>
        <translation>{field} imzası pozulub; sənəd tamamlanmadı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="175" />
        <source>All signatures are complete (B-LT).</source>
        <translation>Bütün imzalar tamamlanıb (B-LT).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="214" />
        <source>The certificate of {name} (signature {field}) is REVOKED since {date}. The signature is not valid and was not completed.</source>
        <translation>{name} sertifikatı ({field} imzası) {date} tarixindən LƏĞV EDİLİB. İmza etibarsızdır və tamamlanmadı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="228" />
        <source>The revocation service (OCSP/CRL) for {name} is not reachable; will try again.</source>
        <translation>{name} üçün ləğvetmə xidməti (OCSP/CRL) əlçatan deyil; yenidən cəhd ediləcək.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="238" />
        <source>The certificate of signature {field} does not chain to a trusted root: {reason}</source>
        <translation>{field} imzasının sertifikatı etibarlı kök sertifikata qədər zəncir qurmur: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="254" />
        <source>No timestamp service is configured.</source>
        <translation>Vaxt möhürü xidməti təyin edilməyib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="266" />
        <source>The timestamp service is not reachable ({reason}); will try again.</source>
        <translation>Vaxt möhürü xidməti əlçatan deyil ({reason}); yenidən cəhd ediləcək.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="275" />
        <source>The timestamp service gave no usable answer ({reason}); will try again.</source>
        <translation>Vaxt möhürü xidməti yararlı cavab vermədi ({reason}); yenidən cəhd ediləcək.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="290" />
        <source>Validation data could not be fetched ({reason}); will try again.</source>
        <translation>Yoxlama məlumatlarını almaq mümkün olmadı ({reason}); yenidən cəhd ediləcək.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="299" />
        <source>Completed to PAdES B-LT.</source>
        <translation>PAdES B-LT səviyyəsinə qədər tamamlandı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="304" />
        <source>Reached {level}; validation data are still incomplete.</source>
        <translation>{level} səviyyəsinə çatıldı; yoxlama məlumatları hələ natamamdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="138" />
        <source>The document cannot be checked: {reason}</source>
        <translation>Sənədi yoxlamaq mümkün deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="143" />
        <source>#{n} document timestamp ({field})</source>
        <translation>#{n} sənədin vaxt möhürü ({field})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="145" />
        <source>#{n} signature by {name} ({field})</source>
        <translation>#{n} imza: {name} ({field})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="149" />
        <source>Verdict: {verdict}</source>
        <translation>Nəticə: {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="153" />
        <source>Integrity: intact</source>
        <translation>Bütövlük: pozulmayıb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="155" />
        <source>Integrity: BROKEN (the signed bytes were changed)</source>
        <translation>Bütövlük: POZULUB (imzalanmış baytlar dəyişdirilib)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="159" />
        <source>Changes after signing: none</source>
        <translation>İmzalandıqdan sonra dəyişikliklər: yoxdur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="163" />
        <source>Changes after signing: {level}</source>
        <translation>İmzalandıqdan sonra dəyişikliklər: {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="168" />
        <source>Chain: trusted</source>
        <translation>Zəncir: etibarlıdır</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="170" />
        <source>Chain: not trusted ({reason})</source>
        <translation>Zəncir: etibarlı deyil ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="173" />
        <source>Revocation: {status}</source>
        <translation>Ləğvetmə: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="177" />
        <source>Timestamp: {time} ({kind})</source>
        <translation>Vaxt möhürü: {time} ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="182" />
        <source>PAdES level: {level}</source>
        <translation>PAdES səviyyəsi: {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="190" />
        <source>valid</source>
        <translation>etibarlıdır</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="191" />
        <source>INVALID</source>
        <translation>ETİBARSIZDIR</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="192" />
        <source>indeterminate</source>
        <translation>qeyri-müəyyəndir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="297" />
        <source>the document is encrypted</source>
        <translation>sənəd şifrələnib</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="302" />
        <source>not a readable PDF ({reason})</source>
        <translation>oxuna bilən PDF deyil ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="356" />
        <source>not checked: the signature itself is broken</source>
        <translation>yoxlanılmadı: imzanın özü pozulub</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="359" />
        <source>no path to a trust root</source>
        <translation>etibarlı kök sertifikata yol yoxdur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="361" />
        <source>The signed bytes do not match the signed digest.</source>
        <translation>İmzalanmış baytlar imzalanmış heşə uyğun gəlmir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="363" />
        <source>The cryptographic signature is not valid.</source>
        <translation>Kriptoqrafik imza etibarsızdır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="365" />
        <source>The document was changed after signing in a way that is not allowed.</source>
        <translation>Sənəd imzalandıqdan sonra icazə verilməyən şəkildə dəyişdirilib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="428" />
        <source>The signer's certificate is revoked (since {date}).</source>
        <translation>İmzalayanın sertifikatı ləğv edilib ({date} tarixindən).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="476" />
        <source>The signature cannot be checked: {reason}</source>
        <translation>İmzanı yoxlamaq mümkün deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="24" />
        <source>Signatures</source>
        <translation>İmzalar</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="25" />
        <source>&amp;Sign…</source>
        <translation>&amp;İmzala…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="31" />
        <source>Complete &amp;waiting signatures now</source>
        <translation>&amp;Gözləyən imzaları indi tamamla</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="66" />
        <source>Key file</source>
        <translation>Açar faylı</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="66" />
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Açar faylları (*.p12 *.pfx);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="94" />
        <source>Last PIN try</source>
        <translation>Son PIN cəhdi</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="101" />
        <source>Signing</source>
        <translation>İmzalama</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="106" />
        <source>Some documents were not signed</source>
        <translation>Bəzi sənədlər imzalanmadı</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="108" />
        <source>{n} document(s) signed</source>
        <translation>{n} sənəd imzalandı</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="113" />
        <source>Not signed</source>
        <translation>İmzalanmadı</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="119" />
        <source>Signatures not completed</source>
        <translation>İmzalar tamamlanmadı</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="120" />
        <source>Completing signatures</source>
        <translation>İmzalar tamamlanır</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="124" />
        <source>No signature is waiting.</source>
        <translation>Gözləyən imza yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="126" />
        <source>Revoked certificate</source>
        <translation>Ləğv edilmiş sertifikat</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/states.py" line="24" />
        <source>Draft</source>
        <translation>Layihə</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="25" />
        <source>Registered</source>
        <translation>Qeydiyyata alınıb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="26" />
        <source>In route</source>
        <translation>Marşrutdadır</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="27" />
        <source>Signed</source>
        <translation>İmzalanıb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="28" />
        <source>Dispatched</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="29" />
        <source>Archived</source>
        <translation>Arxivdədir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="36" />
        <source>Unknown document status: {status}</source>
        <translation>Naməlum sənəd vəziyyəti: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="39" />
        <source>A document that is {current} cannot become {new}.</source>
        <translation>«{current}» vəziyyətində olan sənəd «{new}» vəziyyətinə keçə bilməz.</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../../ui/routing/widgets.py" line="109" />
        <source>Overdue: {n}</source>
        <translation>Müddəti keçib: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="111" />
        <source>Due today: {n}</source>
        <translation>Bu gün bitir: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="112" />
        <source>This week: {n}</source>
        <translation>Bu həftə: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="113" />
        <source>My controlled resolutions overdue: {n}</source>
        <translation>Nəzarətimdə olan müddəti keçmiş dərkənarlar: {n}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="101" />
        <source>{n} s</source>
        <extracomment>Largest JSON response we accept (after gunzip): a full changes page is far smaller. Bytes sent per tus PATCH. Large, because every PATCH costs a round trip on a slow link; a cut loses nothing (the server keeps what reached it, HEAD says where to go on). First PATCH after a resume (see SyncClient.upload): empty. It waits for the server's lock on the upload (so a broken request still settling there is finished first) and answers with the true offset (204, or 409 naming it) -- a HEAD that cannot be stale, at no byte of file data. tus requests: their answers have no body, so no Accept-Encoding at all (urllib3 would otherwise add "Accept-Encoding: identity"; every header line of every request counts on a 2G link). A Retry-After longer than this is not believed (a day).</extracomment>
        <translation>{n} san</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="102" />
        <source>{n} min</source>
        <translation>{n} dəq</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="203" />
        <source>The pinned server certificate fingerprint must be a SHA-256 (64 hex digits).</source>
        <translation>Bərkidilmiş server sertifikatının izi SHA-256 olmalıdır (64 onaltılıq rəqəm).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="238" />
        <source>The server sent an invalid answer: {what}.</source>
        <translation>Server etibarsız cavab göndərdi: {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="308" />
        <source>The server address must start with https:// (got {url!r}).</source>
        <translation>Server ünvanı https:// ilə başlamalıdır (alınan: {url!r}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="326" />
        <source>The CA bundle {path} does not exist.</source>
        <extracomment>Called whenever the server answered (any status): the link is up. The engine's "online".</extracomment>
        <translation>{path} CA dəsti mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="349" />
        <location filename="../../desktop_app/sync/engine.py" line="218" />
        <source>Not logged in to the server: log in to synchronise.</source>
        <translation>Serverə daxil olunmayıb: sinxronlaşdırmaq üçün daxil olun.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="373" />
        <source>The server's certificate does not match the pinned fingerprint; not connecting.</source>
        <translation>Server sertifikatı bərkidilmiş izə uyğun gəlmir; qoşulma edilmir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="376" />
        <source>The server's certificate is not trusted ({reason}).</source>
        <translation>Server sertifikatı etibarlı deyil ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="379" />
        <source>The secure connection broke ({reason}).</source>
        <translation>Təhlükəsiz bağlantı kəsildi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="382" />
        <source>The server did not answer in time.</source>
        <translation>Server vaxtında cavab vermədi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="384" />
        <source>No connection to the server ({reason}).</source>
        <translation>Serverlə bağlantı yoxdur ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="387" />
        <source>The request failed ({reason}).</source>
        <translation>Sorğu alınmadı ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="393" />
        <source>The server's answer is too large ({size} bytes; at most {limit}).</source>
        <translation>Serverin cavabı çox böyükdür ({size} bayt; ən çoxu {limit}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="401" />
        <source>The server's answer is too large (over {limit} bytes).</source>
        <translation>Serverin cavabı çox böyükdür ({limit} baytdan artıq).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="404" />
        <source>The connection broke while reading the answer ({reason}).</source>
        <translation>Cavab oxunarkən bağlantı kəsildi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="413" />
        <source>The server sent an answer that is not valid JSON.</source>
        <translation>Server düzgün JSON olmayan cavab göndərdi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="434" />
        <source>Too many failed logins; the server asks to wait {wait} before the next try.</source>
        <translation>Uğursuz giriş cəhdləri çox oldu; server növbəti cəhddən əvvəl {wait} gözləməyi xahiş edir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="437" />
        <source>Too many failed logins; wait a little before the next try.</source>
        <translation>Uğursuz giriş cəhdləri çox oldu; növbəti cəhddən əvvəl bir az gözləyin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="440" />
        <source>The server is having trouble ({detail}); will retry.</source>
        <translation>Serverdə problem var ({detail}); yenidən cəhd ediləcək.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="445" />
        <source>The server refused the user name or password (or this workstation).</source>
        <translation>Server istifadəçi adını və ya parolu (yaxud bu iş stansiyasını) rədd etdi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="447" />
        <source>This workstation has been disabled on the server.</source>
        <translation>Bu iş stansiyası serverdə söndürülüb.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="449" />
        <source>The server no longer accepts this login ({detail}); log in again.</source>
        <translation>Server bu girişi artıq qəbul etmir ({detail}); yenidən daxil olun.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="451" />
        <source>The server refused the request: {detail}</source>
        <translation>Server sorğunu rədd etdi: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="541" />
        <source>At most {n} operations fit in one batch.</source>
        <translation>Bir paketə ən çoxu {n} əməliyyat sığır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="546" />
        <source>Operation {op} is not valid: {path} {reason}.</source>
        <translation>{op} əməliyyatı etibarsızdır: {path} {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="687" />
        <source>The server announced a file of {size} bytes; refusing it.</source>
        <translation>Server {size} baytlıq fayl bildirdi; o rədd edilir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="699" />
        <source>The server no longer agrees on the size of file {sha}.</source>
        <translation>Server {sha} faylının ölçüsü ilə artıq razılaşmır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="717" />
        <source>The server sent more bytes than file {sha} has.</source>
        <translation>Server {sha} faylında olduğundan çox bayt göndərdi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="726" />
        <source>The connection broke during a download ({reason}).</source>
        <translation>Yükləmə zamanı bağlantı kəsildi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="733" />
        <source>The download of file {sha} stopped at {have} of {size} bytes.</source>
        <translation>{sha} faylının yüklənməsi {size} baytdan {have} baytda dayandı.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="741" />
        <source>The downloaded file does not match its SHA-256 {sha}; discarded.</source>
        <translation>Yüklənmiş fayl özünün SHA-256 {sha} heşinə uyğun gəlmir; ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="748" />
        <source>{value!r} is not a SHA-256 file name.</source>
        <translation>{value!r} SHA-256 fayl adı deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="757" />
        <source>{value!r} is not a valid identifier.</source>
        <translation>{value!r} etibarlı identifikator deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/credentials.py" line="46" />
        <source>The token could not be saved in the system keyring ({kind}).</source>
        <translation>Tokeni sistemin açar anbarında saxlamaq mümkün olmadı ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/credentials.py" line="53" />
        <source>The system keyring could not be read ({kind}).</source>
        <translation>Sistemin açar anbarını oxumaq mümkün olmadı ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/credentials.py" line="62" />
        <source>The token could not be removed from the system keyring ({kind}).</source>
        <translation>Tokeni sistemin açar anbarından silmək mümkün olmadı ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="195" />
        <source>No server is configured for this workstation.</source>
        <extracomment>Bytes per tus PATCH: progress is saved after each; on 100 kbit/s one takes ~20 s, so the round trip between PATCHes costs ~2 %, and a crash forgets at most this much locally (the server's offset, asked with HEAD on restart, still has everything that arrived). Ops that must not overtake file ops of their document held back for an upload.</extracomment>
        <translation>Bu iş stansiyası üçün server təyin edilməyib.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="793" />
        <source>The server forgot a partial upload; starting it again.</source>
        <translation>Server yarımçıq yükləməni saxlamayıb; yenidən başlanılır.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="952" />
        <source>There is no open conflict {id}.</source>
        <translation>{id} açıq ziddiyyəti yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="954" />
        <source>This conflict cannot be settled with '{choice}'; choose one of: {choices}.</source>
        <translation>Bu ziddiyyət '{choice}' ilə həll edilə bilməz; bunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="963" />
        <source>A merge needs at least one of the fields: subject, summary, confidentiality.</source>
        <translation>Birləşdirmə üçün sahələrdən ən azı biri lazımdır: qısa məzmun, xülasə, məxfilik.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="983" />
        <source>Replaced by the server's version (conflict settled).</source>
        <translation>Serverdəki versiya ilə əvəz edildi (ziddiyyət həll edildi).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="20" />
        <source>Sync: no server</source>
        <translation>Sinxronizasiya: server yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="22" />
        <source>Sync: log in</source>
        <translation>Sinxronizasiya: daxil olun</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="23" />
        <source>syncing</source>
        <translation>sinxronlaşdırılır</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="23" />
        <location filename="../../ui/sync/dialogs.py" line="74" />
        <source>online</source>
        <translation>onlayn</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="23" />
        <location filename="../../ui/sync/dialogs.py" line="74" />
        <source>offline</source>
        <translation>oflayn</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="24" />
        <source>Sync: {state} · {n} waiting</source>
        <translation>Sinxronizasiya: {state} · gözləyir: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="28" />
        <source>{n} conflicts</source>
        <translation>ziddiyyətlər: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="49" />
        <source>S&amp;ync</source>
        <translation>Sin&amp;xronizasiya</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="50" />
        <source>&amp;Sync now</source>
        <translation>&amp;İndi sinxronlaşdır</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="51" />
        <source>&amp;Log in to the server…</source>
        <translation>Serverə &amp;daxil ol…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="52" />
        <source>Sync &amp;details…</source>
        <translation>Sinxronizasiya &amp;təfərrüatları…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="53" />
        <location filename="../../ui/sync/__init__.py" line="86" />
        <source>&amp;Conflicts…</source>
        <translation>&amp;Ziddiyyətlər…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="86" />
        <source>&amp;Conflicts ({n})…</source>
        <translation>&amp;Ziddiyyətlər ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="96" />
        <source>Synchronisation</source>
        <translation>Sinxronizasiya</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="99" />
        <source>Synchronising with the server</source>
        <translation>Serverlə sinxronlaşdırılır</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="120" />
        <source>Log in</source>
        <translation>Daxil ol</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="122" />
        <source>Logging in</source>
        <translation>Daxil olunur</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="134" />
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="138" />
        <source>Settling a conflict</source>
        <translation>Ziddiyyət həll edilir</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="74" />
        <source>Server: {state}</source>
        <translation>Server: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="75" />
        <source>Operations waiting: {n}</source>
        <translation>Gözləyən əməliyyatlar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="76" />
        <source>Bytes waiting: {n}</source>
        <translation>Göndərilməyi gözləyən həcm: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="77" />
        <source>Conflicts to settle: {n}</source>
        <translation>Həll edilməli ziddiyyətlər: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="79" />
        <source>Now: {dir} {name} ({done} of {total})</source>
        <translation>İndi: {dir} {name} ({done} / {total})</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="80" />
        <source>sending</source>
        <translation>göndərilir</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="80" />
        <source>receiving</source>
        <translation>qəbul edilir</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="82" />
        <source>Last success: {when}</source>
        <translation>Son uğurlu sinxronizasiya: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="84" />
        <source>Last error: {text}</source>
        <translation>Son xəta: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="217" />
        <source>Subject</source>
        <translation>Qısa məzmun</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="217" />
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="217" />
        <source>Confidentiality</source>
        <translation>Məxfilik</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="220" />
        <source>Registration number: {n}</source>
        <translation>Qeydiyyat nömrəsi: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="222" />
        <source>Action on the route step: {a}</source>
        <translation>Marşrut addımı üzrə əməliyyat: {a}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="224" />
        <source>Comment: {c}</source>
        <translation>Şərh: {c}</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="101" />
        <source>Synchronisation</source>
        <translation>Sinxronizasiya</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="107" />
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="107" />
        <source>Change</source>
        <translation>Dəyişiklik</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="107" />
        <source>Attempts</source>
        <translation>Cəhdlər</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="107" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>UpdateNotifier</name>
    <message>
        <location filename="../../ui/updates.py" line="25" />
        <source>Check for &amp;updates...</source>
        <translation>&amp;Yenilikləri yoxla...</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="40" />
        <location filename="../../ui/updates.py" line="50" />
        <source>Check for updates</source>
        <translation>Yenilikləri yoxla</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="41" />
        <source>Checking for updates</source>
        <translation>Yeniliklər yoxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="48" />
        <source>A new version of Docflow</source>
        <translation>Docflow-un yeni versiyası</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="54" />
        <source>Docflow {new} is available (you have {current}).</source>
        <translation>Docflow {new} buraxılıb (sizdəki: {current}).</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="57" />
        <source>What is new:</source>
        <translation>Yeniliklər:</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="59" />
        <source>Get it from: {url}</source>
        <translation>Buradan əldə edin: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="60" />
        <source>Docflow does not install updates by itself: install the new version (or ask your administrator to). Your documents are kept.</source>
        <translation>Docflow yenilikləri özü quraşdırmır: yeni versiyanı quraşdırın (və ya administratorunuzdan xahiş edin). Sənədləriniz saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="63" />
        <source>Docflow {current} is the newest version.</source>
        <translation>Docflow {current} ən yeni versiyadır.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="65" />
        <source>No circulation server is configured, so there is nobody to ask about new versions.</source>
        <translation>Dövriyyə serveri ayarlanmayıb, buna görə yeni versiyalar barədə soruşmağa yer yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="66" />
        <source>The server could not be asked about new versions: {reason}</source>
        <translation>Yeni versiyalar barədə serverdən soruşmaq mümkün olmadı: {reason}</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../../desktop_app/services/updates.py" line="97" />
        <source>The server's release notice is invalid ({problem}).</source>
        <translation>Serverin buraxılış bildirişi yanlışdır ({problem}).</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="55" />
        <source>Unknown roles: {roles}</source>
        <translation>Naməlum rollar: {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="58" />
        <source>A user named {name} already exists.</source>
        <translation>{name} adlı istifadəçi artıq mövcuddur.</translation>
    </message>
</context>
</TS>