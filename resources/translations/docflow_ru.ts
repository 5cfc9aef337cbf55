<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="21" />
        <source>profile folder (default: the user's data folder)</source>
        <translation>папка профиля (по умолчанию: папка данных пользователя)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="22" />
        <source>interface language</source>
        <translation>язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="24" />
        <source>PDF or image files to import ("Open with Docflow")</source>
        <translation>Файлы PDF или изображения для импорта («Открыть в Docflow»)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="28" />
        <source>check this installation in a temporary profile, print a report and exit (0 ok, 1 a problem)</source>
        <translation>проверить эту установку во временном профиле, вывести отчёт и выйти (0 — в порядке, 1 — есть проблема)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="31" />
        <source>with --self-test: show the report in a window</source>
        <translation>с --self-test: показать отчёт в окне</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="32" />
        <source>with --self-test: also write the report to FILE</source>
        <translation>с --self-test: записать отчёт также в ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="37" />
        <source>docflow-app: no display found (DISPLAY/WAYLAND_DISPLAY are not set); to run without a screen use: QT_QPA_PLATFORM=offscreen make run</source>
        <translation>docflow-app: дисплей не найден (DISPLAY/WAYLAND_DISPLAY не заданы); для запуска без экрана используйте: QT_QPA_PLATFORM=offscreen make run</translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <location filename="../../ui/routing/widgets.py" line="37" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="37" />
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="37" />
        <source>Subject</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="37" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="37" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="56" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="56" />
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="56" />
        <source>Due soon</source>
        <translation>Срок скоро</translation>
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
        <translation>Поручений: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="158" />
        <source>{shown} of {n} assignment(s), soonest first</source>
        <translation>{shown} из {n} поручений, сначала ближайшие по сроку</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../desktop_app/audit.py" line="70" />
        <source>event {seq} does not follow the event before it (an event was removed or reordered)</source>
        <translation>событие {seq} не следует за предыдущим (событие удалено или порядок изменён)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/audit.py" line="72" />
        <source>event {seq} was changed after it was written</source>
        <translation>событие {seq} изменено после записи</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <location filename="../../desktop_app/blobs.py" line="58" />
        <source>Not a valid SHA-256 content hash: {value!r}</source>
        <translation>Недопустимый хеш содержимого SHA-256: {value!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/blobs.py" line="98" />
        <source>Could not write to the file store: {reason}</source>
        <translation>Не удалось записать в хранилище файлов: {reason}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="42" />
        <source>Not a date (use YYYY-MM-DD): {value}</source>
        <translation>Это не дата (используйте формат YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="58" />
        <source>failed: {reason}</source>
        <translation>не удалось: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="80" />
        <source>Name the document whose original should be uploaded.</source>
        <translation>Укажите документ, оригинал которого нужно отправить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="119" />
        <source>Audit journal is broken at event {seq}: {reason}</source>
        <translation>Журнал аудита нарушен на событии {seq}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="128" />
        <source>The store has problems: {n} missing files; integrity: {integrity}</source>
        <translation>В хранилище есть проблемы: отсутствует файлов: {n}; целостность: {integrity}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="159" />
        <source>checking: {what}</source>
        <translation>проверка: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="182" />
        <source>No single document matches the id {id}.</source>
        <translation>Идентификатору {id} не соответствует ровно один документ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="187" />
        <source>Docflow command line</source>
        <translation>Командная строка Docflow</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="188" />
        <source>profile folder (default: the user's data folder)</source>
        <translation>папка профиля (по умолчанию: папка данных пользователя)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="189" />
        <location filename="../../desktop_app/cli.py" line="231" />
        <location filename="../../desktop_app/cli.py" line="237" />
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="190" />
        <source>act as this user of the profile</source>
        <translation>действовать от имени этого пользователя профиля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="192" />
        <source>create or open the profile</source>
        <translation>создать или открыть профиль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="193" />
        <source>import PDF or image files as documents</source>
        <translation>импортировать PDF-файлы или изображения как документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="196" />
        <source>do not recognise the text of scans</source>
        <translation>не распознавать текст сканов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="197" />
        <source>write the printable separator sheet (PDF) to a file</source>
        <translation>записать разделительный лист для печати (PDF) в файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="199" />
        <source>scan originals kept on this computer</source>
        <translation>оригиналы сканов на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="202" />
        <source>list documents</source>
        <translation>список документов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="207" />
        <source>show one document</source>
        <translation>показать документ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="209" />
        <source>register a document in a journal</source>
        <translation>зарегистрировать документ в журнале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="219" />
        <source>copy a document's files to a folder</source>
        <translation>скопировать файлы документа в папку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="222" />
        <source>full-text search</source>
        <translation>полнотекстовый поиск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="225" />
        <source>verify the audit journal</source>
        <translation>проверить журнал аудита</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="227" />
        <source>check the store (integrity, orphan and missing files)</source>
        <translation>проверить хранилище (целостность, лишние и отсутствующие файлы)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="228" />
        <source>check every signature in a PDF file</source>
        <translation>проверить все подписи в PDF-файле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="230" />
        <source>fetch revocation data (OCSP/CRL)</source>
        <translation>получить данные об отзыве (OCSP/CRL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="232" />
        <source>complete waiting signatures (timestamp, validation data)</source>
        <translation>завершить ожидающие подписи (метка времени, данные проверки)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="234" />
        <source>ignore the retry schedule</source>
        <translation>игнорировать расписание повторных попыток</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="235" />
        <source>check this installation in a temporary profile (exit 0 ok, 1 a problem)</source>
        <translation>проверить эту установку во временном профиле (код выхода 0 — в порядке, 1 — есть проблема)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="236" />
        <source>language of the report</source>
        <translation>язык отчёта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="246" />
        <source>{n} of {total}</source>
        <translation>{n} из {total}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="127" />
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="149" />
        <source>Keep mine</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="151" />
        <source>Take the server's</source>
        <translation>Принять версию сервера</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="153" />
        <source>Save the merge</source>
        <translation>Сохранить объединённую версию</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="160" />
        <source>This workstation</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="160" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="166" />
        <source>Merged subject</source>
        <translation>Объединённое краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="167" />
        <source>Merged summary</source>
        <translation>Объединённая аннотация</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="195" />
        <source>The server did not take this workstation's change ({code}): {message}</source>
        <translation>Сервер не принял изменение с этого рабочего места ({code}): {message}</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="33" />
        <source>User entry {n} from the server has no usable id or username.</source>
        <translation>В записи пользователя {n}, полученной с сервера, нет пригодного идентификатора или имени пользователя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="35" />
        <source>The server's staff list repeats the user {name}.</source>
        <translation>В списке сотрудников на сервере пользователь {name} повторяется.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="40" />
        <source>The server gives {name} unknown roles: {roles}</source>
        <translation>Сервер назначает пользователю {name} неизвестные роли: {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="48" />
        <source>Institution entry {n} from the server has no registry code.</source>
        <translation>В записи учреждения {n}, полученной с сервера, нет кода в реестре.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/directory.py" line="50" />
        <source>The server's directory repeats the registry code {code}.</source>
        <translation>В справочнике сервера повторяется код в реестре {code}.</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="470" />
        <source>Choose at least one recipient institution.</source>
        <translation>Выберите хотя бы одно учреждение-получателя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="472" />
        <source>A recipient is chosen twice.</source>
        <translation>Получатель выбран дважды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="474" />
        <source>At most {n} recipients per dispatch.</source>
        <translation>В одной отправке не более {n} получателей.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="476" />
        <source>The note is longer than {n} characters.</source>
        <translation>Примечание длиннее {n} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="481" />
        <source>Only outgoing documents are dispatched.</source>
        <translation>Отправляются только исходящие документы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="483" />
        <source>Register the document before dispatching it.</source>
        <translation>Зарегистрируйте документ перед отправкой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="488" />
        <source>The document is not signed yet.</source>
        <translation>Документ ещё не подписан.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="490" />
        <source>A {status} document cannot be dispatched.</source>
        <translation>Документ в состоянии «{status}» нельзя отправить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="496" />
        <source>The document's route is not finished yet.</source>
        <translation>Маршрут документа ещё не завершён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="503" />
        <source>{code} is not another institution in the directory.</source>
        <translation>{code} не является другим учреждением из справочника.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="505" />
        <source>The document was already sent to {code}.</source>
        <translation>Документ уже отправлен в {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="537" />
        <location filename="../../desktop_app/services/routing.py" line="554" />
        <source>Unknown receipt status: {status}</source>
        <translation>Неизвестный статус уведомления: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="542" />
        <source>There is no dispatch {id} to {code}.</source>
        <translation>Отправки {id} в {code} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="556" />
        <source>Write the reason for refusing the document.</source>
        <translation>Укажите причину отказа в приёме документа.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="560" />
        <source>Only a document another institution sent can be acknowledged.</source>
        <translation>Подтвердить получение можно только для документа, отправленного другим учреждением.</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="321" />
        <source>Dispatch — {subject}</source>
        <translation>Отправка — {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="324" />
        <source>Filter by name or registry code…</source>
        <translation>Фильтр по названию или коду в реестре…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="339" />
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="346" />
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="352" />
        <source>The institution directory is empty: synchronise once to load it.</source>
        <translation>Справочник учреждений пуст: выполните синхронизацию, чтобы загрузить его.</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="364" />
        <source>{n} recipient(s) chosen</source>
        <translation>Выбрано получателей: {n}</translation>
    </message>
</context>
<context>
    <name>DocumentDetailPane</name>
    <message>
        <location filename="../../ui/detail.py" line="39" />
        <source>Select a document to see its pages.</source>
        <translation>Выберите документ, чтобы просмотреть его страницы.</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="46" />
        <location filename="../../ui/detail.py" line="74" />
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="47" />
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="48" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="60" />
        <source>No document selected</source>
        <translation>Документ не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="67" />
        <source>not registered</source>
        <translation>не зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="69" />
        <source>provisional</source>
        <translation>временный</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="72" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="72" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="73" />
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="73" />
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="74" />
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="77" />
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="77" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="77" />
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="78" />
        <source>Their number</source>
        <translation>Исх. номер корреспондента</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="78" />
        <source>Their date</source>
        <translation>Исх. дата корреспондента</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="79" />
        <source>Channel</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="83" />
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Subject</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="104" />
        <source>Provisional number: the server replaces it on the next sync</source>
        <translation>Временный номер: сервер заменит его при следующей синхронизации</translation>
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
        <translation>Неизвестный вид документа: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="52" />
        <location filename="../../desktop_app/services/intake.py" line="391" />
        <source>There is no document with id {id}.</source>
        <translation>Документа с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="129" />
        <source>{name}: the database could not save the document ({reason}).</source>
        <translation>{name}: базе данных не удалось сохранить документ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="202" />
        <source>Unknown file role: {role}</source>
        <translation>Неизвестная роль файла: {role}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="308" />
        <source>The subject cannot be empty.</source>
        <translation>Краткое содержание не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="314" />
        <source>Unknown confidentiality level: {level}</source>
        <translation>Неизвестный уровень конфиденциальности: {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="350" />
        <source>Only a draft that was never synchronised can be deleted; archive it instead.</source>
        <translation>Удалить можно только проект, который ни разу не синхронизировался; вместо этого переместите его в архив.</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="412" />
        <source>Holidays</source>
        <translation>Праздничные дни</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="421" />
        <source>Days off besides weekends, one per line: 2027-03-20 (that day) or 01-01 (every year).</source>
        <translation>Нерабочие дни помимо выходных, по одному в строке: 2027-03-20 (этот день) или 01-01 (каждый год).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="90" />
        <location filename="../../desktop_app/intake/validate.py" line="56" />
        <source>{name}: the file is empty (0 bytes).</source>
        <translation>{name}: файл пуст (0 байт).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="58" />
        <location filename="../../desktop_app/intake/validate.py" line="93" />
        <source>{name}: the file is too large ({size} MB; the limit is {limit} MB).</source>
        <translation>{name}: файл слишком большой ({size} МБ; предел — {limit} МБ).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="107" />
        <location filename="../../desktop_app/intake/validate.py" line="62" />
        <source>{name}: not a PDF or an image (PNG, JPEG, TIFF); its content is of another kind.</source>
        <translation>{name}: это не PDF и не изображение (PNG, JPEG, TIFF); содержимое другого типа.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/images.py" line="56" />
        <location filename="../../desktop_app/intake/validate.py" line="101" />
        <source>{name}: the file is no longer there (it was moved or deleted).</source>
        <translation>{name}: файла больше нет (он перемещён или удалён).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="77" />
        <location filename="../../desktop_app/intake/validate.py" line="103" />
        <source>{name}: this is a folder, not a file.</source>
        <translation>{name}: это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="79" />
        <source>a pipe (FIFO)</source>
        <translation>канал (FIFO)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="81" />
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="83" />
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="85" />
        <source>a special file</source>
        <translation>специальный файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="87" />
        <source>{name}: this is a link to {what}, not to a file; only regular files can be imported.</source>
        <translation>{name}: это ссылка на {what}, а не на файл; импортировать можно только обычные файлы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="89" />
        <source>{name}: this is {what}, not a file; only regular files can be imported.</source>
        <translation>{name}: это {what}, а не файл; импортировать можно только обычные файлы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="100" />
        <location filename="../../desktop_app/intake/watch.py" line="249" />
        <source>{name}: the link points to a file that does not exist.</source>
        <translation>{name}: ссылка ведёт к несуществующему файлу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="105" />
        <source>{name}: permission to read the file was denied.</source>
        <translation>{name}: нет разрешения на чтение файла.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/images.py" line="58" />
        <location filename="../../desktop_app/intake/validate.py" line="110" />
        <source>{name}: the file could not be read ({reason}).</source>
        <translation>{name}: не удалось прочитать файл ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="110" />
        <location filename="../../desktop_app/intake/validate.py" line="197" />
        <source>{name}: the PDF is truncated (its end is missing); ask for the file again.</source>
        <translation>{name}: PDF обрезан (отсутствует конец); запросите файл повторно.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="133" />
        <location filename="../../desktop_app/intake/validate.py" line="203" />
        <source>{name}: the PDF is password-protected; ask the sender for an unprotected copy.</source>
        <translation>{name}: PDF защищён паролем; запросите у отправителя незащищённую копию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="136" />
        <location filename="../../desktop_app/intake/validate.py" line="206" />
        <source>{name}: the PDF has no pages.</source>
        <translation>{name}: в PDF нет страниц.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="138" />
        <source>{name}: the PDF has {n} pages; the limit is {limit}.</source>
        <translation>{name}: в PDF {n} страниц; предел — {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="147" />
        <location filename="../../desktop_app/intake/validate.py" line="213" />
        <source>{name}: the PDF is damaged and cannot be read ({reason}).</source>
        <translation>{name}: PDF повреждён и не может быть прочитан ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="198" />
        <source>{name}: page {n} took too long to read ({s} seconds); the PDF was not imported.</source>
        <translation>{name}: чтение страницы {n} заняло слишком много времени ({s} с); PDF не импортирован.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="203" />
        <source>{name}: page {n} of the PDF cannot be read.</source>
        <translation>{name}: страницу {n} PDF невозможно прочитать.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/images.py" line="39" />
        <source>{name}: this is a PDF, not an image.</source>
        <translation>{name}: это PDF, а не изображение.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="116" />
        <location filename="../../desktop_app/intake/images.py" line="44" />
        <source>{name}: the image has more than {n} pages.</source>
        <translation>{name}: в изображении больше {n} страниц.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="258" />
        <source>{name}: the image is too large ({w} × {h} pixels); scan at a lower resolution.</source>
        <translation>{name}: изображение слишком большое ({w} × {h} пикселей); сканируйте с меньшим разрешением.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="251" />
        <source>{name}: the image would expand to an unsafe size (a decompression bomb); it was not opened.</source>
        <translation>{name}: при распаковке изображение достигло бы опасного размера (бомба декомпрессии); оно не открыто.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="107" />
        <location filename="../../desktop_app/intake/watch.py" line="252" />
        <source>{name}: the link leads in a circle and points to no file.</source>
        <translation>{name}: ссылка зациклена и не ведёт ни к какому файлу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="109" />
        <source>{name}: this is not a regular file; only regular files can be imported.</source>
        <translation>{name}: это не обычный файл; импортировать можно только обычные файлы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="146" />
        <source>{name}: the file was replaced while it was being opened; try again.</source>
        <translation>{name}: файл был заменён во время открытия; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/validate.py" line="253" />
        <source>{name}: the image is damaged or truncated and cannot be read.</source>
        <translation>{name}: изображение повреждено или обрезано и не может быть прочитано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="113" />
        <location filename="../../desktop_app/services/documents.py" line="154" />
        <location filename="../../desktop_app/services/intake.py" line="318" />
        <source>{name}: this file was already imported (document {id}).</source>
        <translation>{name}: этот файл уже импортирован (документ {id}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="298" />
        <source>{name}: every page is blank; nothing was imported.</source>
        <translation>{name}: все страницы пустые; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop_app/intake/watch.py" line="215" />
        <source>The scan folder {folder} is not reachable ({reason}); waiting for it to come back.</source>
        <translation>Папка сканирования {folder} недоступна ({reason}); ожидание её восстановления.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/watch.py" line="316" />
        <source>{name}: the same content was already imported; it was not imported again.</source>
        <translation>{name}: такое же содержимое уже импортировано; повторно не импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/watch.py" line="327" />
        <source>{name}: the import failed unexpectedly ({reason}); see the log.</source>
        <translation>{name}: импорт неожиданно не удался ({reason}); см. журнал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="197" />
        <source>Cleaning page {i} of {n}</source>
        <translation>Очистка страницы {i} из {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="204" />
        <source>Saving the document</source>
        <translation>Сохранение документа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="237" />
        <source>Code on the first page: {code}</source>
        <translation>Код на первой странице: {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="482" />
        <source>The original of this document is no longer on this computer.</source>
        <translation>Оригинала этого документа больше нет на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="489" />
        <source>This document has no original kept on this computer.</source>
        <translation>У этого документа нет оригинала, хранящегося на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="540" />
        <source>This document has no scanned PDF whose pages could be changed.</source>
        <translation>У этого документа нет скана PDF, страницы которого можно изменить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="543" />
        <location filename="../../desktop_app/services/intake.py" line="546" />
        <source>The document is signed; changing its pages would break the signature.</source>
        <translation>Документ подписан; изменение страниц нарушило бы подпись.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="562" />
        <source>There is no page {n} in this document (it has {count}).</source>
        <translation>В этом документе нет страницы {n} (всего страниц: {count}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="618" />
        <source>No scan folder is set in the settings.</source>
        <translation>В настройках не задана папка сканирования.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="42" />
        <source>S&amp;can…</source>
        <translation>&amp;Сканировать…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="48" />
        <source>&amp;Recognise text (OCR)</source>
        <translation>&amp;Распознать текст (OCR)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="52" />
        <source>&amp;Watch scan folder…</source>
        <translation>&amp;Следить за папкой сканирования…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="57" />
        <source>Scanning and &amp;OCR settings…</source>
        <translation>Параметры сканирования и &amp;OCR…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="61" />
        <source>&amp;Upload the original</source>
        <translation>&amp;Отправить оригинал</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="64" />
        <source>&amp;Insert scanned pages…</source>
        <translation>&amp;Вставить отсканированные страницы…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="67" />
        <source>Re&amp;place a page with a new scan…</source>
        <translation>&amp;Заменить страницу новым сканом…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="71" />
        <source>Save a &amp;separator sheet to print…</source>
        <translation>Сохранить &amp;разделительный лист для печати…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="77" />
        <source>Transfer</source>
        <translation>Передача</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="98" />
        <source>Removing expired scan originals</source>
        <translation>Удаляются оригиналы сканов с истёкшим сроком</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="129" />
        <source>The original will be uploaded ({size}).</source>
        <translation>Оригинал будет отправлен ({size}).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="131" />
        <source>Original not uploaded</source>
        <translation>Оригинал не отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="132" />
        <source>Queueing the original</source>
        <translation>Оригинал ставится в очередь на отправку</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="159" />
        <source>Pages not changed</source>
        <translation>Страницы не изменены</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="160" />
        <source>Changing the pages</source>
        <translation>Страницы изменяются</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="164" />
        <source>The pages were changed.</source>
        <translation>Страницы изменены.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="170" />
        <source>Folder for the separator sheet</source>
        <translation>Папка для разделительного листа</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="181" />
        <source>separator-sheet</source>
        <translation>razdelitelnyj-list</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="184" />
        <source>Separator sheet not saved</source>
        <translation>Разделительный лист не сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="188" />
        <source>Separator sheet</source>
        <translation>Разделительный лист</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="189" />
        <source>The separator sheet was saved as {path}. Print it and put a copy in front of each document of a stack.</source>
        <translation>Разделительный лист сохранён как {path}. Распечатайте его и положите копию перед каждым документом пачки.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="209" />
        <source>Scan not saved</source>
        <translation>Скан не сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="210" />
        <source>Saving the scan</source>
        <translation>Сохранение скана</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="214" />
        <source>Scanned document saved ({n} page(s))</source>
        <translation>Отсканированный документ сохранён (страниц: {n})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="216" />
        <source>{n} blank page(s) removed.</source>
        <translation>Удалено пустых страниц: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="247" />
        <location filename="../../ui/intake/__init__.py" line="265" />
        <source>Text not recognised</source>
        <translation>Текст не распознан</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="235" />
        <location filename="../../ui/intake/__init__.py" line="266" />
        <source>Recognising text</source>
        <translation>Распознавание текста</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="23" />
        <source>Insert pages</source>
        <translation>Вставить страницы</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="24" />
        <source>Replace a page</source>
        <translation>Заменить страницу</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="29" />
        <source>Before page</source>
        <translation>Перед страницей</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="30" />
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="272" />
        <source>Text recognised in {n} document(s)</source>
        <translation>Текст распознан в документах: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="274" />
        <source>Text recognition</source>
        <translation>Распознавание текста</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="298" />
        <source>Folder the scanner writes into</source>
        <translation>Папка, в которую пишет сканер</translation>
    </message>
    <message>
        <location filename="../../ui/intake/__init__.py" line="320" />
        <source>Watching the scan folder</source>
        <translation>Отслеживание папки сканирования</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/codes.py" line="73" />
        <source>Docflow separator sheet</source>
        <translation>Разделительный лист Docflow</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/codes.py" line="74" />
        <source>Put this sheet in front of each document of a stack.</source>
        <translation>Положите этот лист перед каждым документом пачки.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/codes.py" line="75" />
        <source>Scanned together, each document becomes its own; this sheet is left out.</source>
        <translation>При совместном сканировании каждый документ становится отдельным; этот лист пропускается.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="15" />
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="16" />
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="21" />
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="22" />
        <source>copier or camera original</source>
        <translation>оригинал с копира или камеры</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="23" />
        <source>searchable copy</source>
        <translation>копия с поиском по тексту</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="24" />
        <source>signed</source>
        <translation>подписанный</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="25" />
        <source>cleaned copy</source>
        <translation>очищенная копия</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="26" />
        <source>attachment</source>
        <translation>приложение</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="34" />
        <source>kept on this computer</source>
        <translation>хранится на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="35" />
        <source>kept on this computer until {date}</source>
        <translation>хранится на этом компьютере до {date}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="37" />
        <source>sent once its text is recognised</source>
        <translation>будет отправлен после распознавания текста</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="38" />
        <source>sent to the server</source>
        <translation>отправляется на сервер</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="48" />
        <source>Upload the original</source>
        <translation>Отправить оригинал</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="49" />
        <source>Send the copier's or camera's file too (it is large)</source>
        <translation>Отправить также файл копира или камеры (он большой)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="66" />
        <source>On the wire: {size}</source>
        <translation>Передаётся по сети: {size}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panel.py" line="69" />
        <source>Kept only on this computer: {size}</source>
        <translation>Хранится только на этом компьютере: {size}</translation>
    </message>
</context>
<context>
    <name>IntakeSettingsDialog</name>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="20" />
        <source>Scanning and OCR settings</source>
        <translation>Параметры сканирования и OCR</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="24" />
        <source>Text recognition (OCR)</source>
        <translation>Распознавание текста (OCR)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="26" />
        <source>Recognise the text of scans and imported files (in the background)</source>
        <translation>Распознавать текст сканов и импортированных файлов (в фоне)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="32" />
        <source>{lang} (not installed)</source>
        <translation>{lang} (не установлен)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="40" />
        <source>Page clean-up</source>
        <translation>Очистка страниц</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="42" />
        <source>Straighten skewed pages</source>
        <translation>Выравнивать перекошенные страницы</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="44" />
        <source>Turn pages upright</source>
        <translation>Поворачивать страницы в правильное положение</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="46" />
        <source>Remove blank pages</source>
        <translation>Удалять пустые страницы</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="54" />
        <source>Crop to the content</source>
        <translation>Обрезать по содержимому</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="59" />
        <source>A page is blank below this much ink</source>
        <translation>Страница считается пустой, если заполнения меньше этого порога</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="63" />
        <source>Compression</source>
        <translation>Сжатие</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="71" />
        <source>keep the scan resolution</source>
        <translation>сохранить разрешение сканирования</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="73" />
        <source>JPEG quality for grey and colour pages</source>
        <translation>Качество JPEG для серых и цветных страниц</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="74" />
        <source>Reduce grey and colour pages to (dpi)</source>
        <translation>Уменьшать разрешение серых и цветных страниц до (dpi)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="75" />
        <source>Keep stamps, signatures and pictures in colour on text pages</source>
        <translation>Сохранять печати, подписи и изображения в цвете на текстовых страницах</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="80" />
        <source>Batches</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="82" />
        <source>Start a new document at each separator sheet</source>
        <translation>Начинать новый документ на каждом разделительном листе</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="84" />
        <source>Start a new document at each blank page</source>
        <translation>Начинать новый документ на каждой пустой странице</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="87" />
        <source>the summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="87" />
        <source>the subject</source>
        <translation>тему</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="87" />
        <source>nowhere</source>
        <translation>никуда</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="92" />
        <source>A QR code or barcode on the first page goes into</source>
        <translation>QR-код или штрихкод с первой страницы записывать в</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="94" />
        <source>Copier and camera originals</source>
        <translation>Оригиналы с копира и камеры</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="98" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="100" />
        <source>Upload the originals too (the institution's rule)</source>
        <translation>Отправлять и оригиналы (правило учреждения)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="102" />
        <source>Keep them on this computer for</source>
        <translation>Хранить на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/intake/settings_dialog.py" line="107" />
        <source>Scan folder to watch</source>
        <translation>Отслеживаемая папка сканирования</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="19" />
        <source>Log in to the circulation server</source>
        <translation>Вход на сервер документооборота</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="23" />
        <source>Institution CA bundle (PEM), optional</source>
        <translation>Набор сертификатов УЦ учреждения (PEM), необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="25" />
        <source>Server certificate SHA-256, optional</source>
        <translation>Отпечаток SHA-256 сертификата сервера, необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="33" />
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="34" />
        <source>Workstation id</source>
        <translation>Идентификатор рабочего места</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="35" />
        <source>CA bundle</source>
        <translation>Набор сертификатов УЦ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="36" />
        <source>Pinned certificate</source>
        <translation>Закреплённый сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="37" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="38" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="53" />
        <source>The server address must start with https://.</source>
        <translation>Адрес сервера должен начинаться с https://.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="55" />
        <source>Enter this workstation's id (your administrator has it).</source>
        <translation>Введите идентификатор этого рабочего места (его знает ваш администратор).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="57" />
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
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
        <translation>Поиск по содержанию, номеру, корреспонденту, тексту… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>&amp;Register…</source>
        <translation>&amp;Зарегистрировать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>&amp;Archive</source>
        <translation>&amp;В архив</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>&amp;Document</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>&amp;Verify audit journal</source>
        <translation>&amp;Проверить журнал аудита</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>To register</source>
        <translation>На регистрацию</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>To sign</source>
        <translation>На подпись</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>My assignments</source>
        <translation>Мои поручения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Import failed</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>Some files were not imported</source>
        <translation>Некоторые файлы не импортированы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>{ok} imported, {bad} refused:</source>
        <translation>Импортировано: {ok}, отклонено: {bad}:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <source>{n} document(s) imported</source>
        <translation>Импортировано документов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>Registered as {n}</source>
        <translation>Зарегистрирован под номером {n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Not registered</source>
        <translation>Не зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>Registering</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>Not archived</source>
        <translation>Не перемещён в архив</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>Archiving</source>
        <translation>Перемещение в архив</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <location filename="../../ui/main_window.py" line="272" />
        <source>Audit journal</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <source>The audit journal is intact ({n} events).</source>
        <translation>Журнал аудита цел (событий: {n}).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>The audit journal is broken: {reason}</source>
        <translation>Журнал аудита нарушен: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>Verifying audit journal</source>
        <translation>Проверка журнала аудита</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>Store check</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>The local store has problems: {n} file(s) are missing; database check: {integrity}.</source>
        <translation>В локальном хранилище есть проблемы: отсутствует файлов: {n}; проверка базы данных: {integrity}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290" />
        <source>Checking the local store</source>
        <translation>Проверка локального хранилища</translation>
    </message>
</context>
<context>
    <name>OCR</name>
    <message>
        <location filename="../../desktop_app/intake/cleanup.py" line="151" />
        <source>Tesseract is not installed, so pages cannot be turned upright automatically.</source>
        <translation>Tesseract не установлен, поэтому страницы нельзя автоматически повернуть в правильное положение.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="72" />
        <source>No OCR language is chosen in the settings.</source>
        <translation>В настройках не выбран язык OCR.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="74" />
        <source>Tesseract OCR is not installed, so the text of the pages cannot be recognised. The document is kept without text.</source>
        <translation>Tesseract OCR не установлен, поэтому текст страниц нельзя распознать. Документ сохранён без текста.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="78" />
        <source>The OCR language pack for {langs} is not installed (install {packages}). The document is kept without a text layer.</source>
        <translation>Языковой пакет OCR для {langs} не установлен (установите {packages}). Документ сохранён без текстового слоя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="111" />
        <source>Text recognition of a page took longer than {s} seconds and was stopped.</source>
        <translation>Распознавание текста страницы заняло больше {s} с и было остановлено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="115" />
        <source>Tesseract could not read a page: {reason}</source>
        <translation>Tesseract не смог прочитать страницу: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/files.py" line="183" />
        <location filename="../../desktop_app/intake/ocr.py" line="129" />
        <source>Reading PDF pages for OCR needs poppler's pdftoppm (package poppler-utils), which is not installed.</source>
        <translation>Для чтения страниц PDF при OCR нужна программа pdftoppm из poppler (пакет poppler-utils), но она не установлена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="136" />
        <source>The PDF pages could not be rendered for OCR ({reason}).</source>
        <translation>Не удалось отрисовать страницы PDF для OCR ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="147" />
        <source>The PDF is password-protected, so it cannot be given a text layer.</source>
        <translation>PDF защищён паролем, поэтому к нему нельзя добавить текстовый слой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="153" />
        <source>The PDF is damaged and cannot be given a text layer ({reason}).</source>
        <translation>PDF повреждён, и к нему нельзя добавить текстовый слой ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="231" />
        <source>The PDF has {n} pages but {m} page images were given.</source>
        <translation>В PDF {n} стр., но передано изображений страниц: {m}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/ocr.py" line="242" />
        <source>Text recognition was cancelled.</source>
        <translation>Распознавание текста отменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="395" />
        <source>The document already has a text layer.</source>
        <translation>У документа уже есть текстовый слой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="397" />
        <source>The PDF already contains text; no OCR is needed.</source>
        <translation>PDF уже содержит текст; OCR не требуется.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="403" />
        <source>Recognising text: page {i} of {n}</source>
        <translation>Распознавание текста: страница {i} из {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="462" />
        <source>The document's file was removed while its text was being recognised.</source>
        <translation>Файл документа был удалён во время распознавания текста.</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <location filename="../../desktop_app/intake/pdf.py" line="43" />
        <source>The JPEG quality must be between 5 and 95 (not {q}).</source>
        <translation>Качество JPEG должно быть от 5 до 95 (а не {q}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/pdf.py" line="252" />
        <location filename="../../desktop_app/intake/pdf.py" line="272" />
        <location filename="../../desktop_app/services/intake.py" line="202" />
        <location filename="../../desktop_app/services/intake.py" line="415" />
        <location filename="../../desktop_app/services/intake.py" line="550" />
        <source>There are no pages to put into the PDF (all pages were blank or deleted).</source>
        <translation>Нет страниц для PDF (все страницы пустые или удалены).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/pdf.py" line="265" />
        <source>Page {n} could not be compressed ({reason}).</source>
        <translation>Не удалось сжать страницу {n} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/pdf.py" line="276" />
        <source>The PDF could not be assembled ({reason}).</source>
        <translation>Не удалось собрать PDF ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/pdf.py" line="335" />
        <source>The PDF could not be written compactly ({reason}).</source>
        <translation>Не удалось компактно записать PDF ({reason}).</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="68" />
        <location filename="../../desktop_app/services/signing.py" line="158" />
        <source>{user} may not {action}: the role '{role}' is needed.</source>
        <translation>{user} не может {action}: нужна роль '{role}'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="241" />
        <source>register documents</source>
        <translation>регистрировать документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="83" />
        <source>{user} may not {action}: {need}</source>
        <translation>{user} не может {action}: {need}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="88" />
        <source>the role '{role}' is needed.</source>
        <translation>нужна роль '{role}'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="251" />
        <source>edit route templates</source>
        <translation>редактировать шаблоны маршрутов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="251" />
        <source>an office role is needed.</source>
        <translation>нужна роль делопроизводителя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="294" />
        <source>route this document</source>
        <translation>направить этот документ по маршруту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="295" />
        <source>only an office role or the document's author may.</source>
        <translation>это может только делопроизводитель или автор документа.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="352" />
        <source>act on this {kind} step</source>
        <translation>выполнять действие по шагу «{kind}»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="353" />
        <source>only its assignee may.</source>
        <translation>это может только назначенный исполнитель шага.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="355" />
        <source>sign</source>
        <translation>подписывать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="355" />
        <source>the role 'head' is needed.</source>
        <translation>нужна роль 'head' (руководитель).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="371" />
        <source>write resolutions</source>
        <translation>накладывать резолюции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="452" />
        <source>remove control from this resolution</source>
        <translation>снимать эту резолюцию с контроля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="453" />
        <source>only the resolution's author may.</source>
        <translation>это может только автор резолюции.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="467" />
        <source>dispatch documents</source>
        <translation>отправлять документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="552" />
        <source>acknowledge received documents</source>
        <translation>подтверждать получение документов</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="249" />
        <source>The document is already registered as {number}.</source>
        <translation>Документ уже зарегистрирован под номером {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="252" />
        <source>There is no journal with code {code}.</source>
        <translation>Журнала с кодом {code} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="254" />
        <source>Journal {code} is for {jkind} documents; this document is {dkind}.</source>
        <translation>Журнал {code} предназначен для документов вида «{jkind}»; этот документ — «{dkind}».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="479" />
        <source>Choose a journal.</source>
        <translation>Выберите журнал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="481" />
        <source>The registration date cannot be in the future.</source>
        <translation>Дата регистрации не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="483" />
        <source>The correspondent's date cannot be after the registration date.</source>
        <translation>Дата корреспондента не может быть позже даты регистрации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="485" />
        <source>The page count must be between 0 and 100000.</source>
        <translation>Количество листов должно быть от 0 до 100000.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="487" />
        <source>Unknown delivery channel: {channel}</source>
        <translation>Неизвестный способ доставки: {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="489" />
        <source>The correspondent's number is longer than 64 characters.</source>
        <translation>Номер корреспондента длиннее 64 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/documents.py" line="491" />
        <source>The subject is longer than 500 characters.</source>
        <translation>Краткое содержание длиннее 500 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="564" />
        <source>Register the document first.</source>
        <translation>Сначала зарегистрируйте документ.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register_dialog.py" line="30" />
        <source>Register document</source>
        <translation>Регистрация документа</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="41" />
        <source>Their letter is dated</source>
        <translation>Дата письма корреспондента</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51" />
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51" />
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51" />
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="51" />
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="52" />
        <source>By hand</source>
        <translation>Нарочным</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="52" />
        <source>Electronic circulation</source>
        <translation>Электронный документооборот</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="60" />
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="61" />
        <source>Registration &amp;date</source>
        <translation>&amp;Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="62" />
        <source>&amp;Correspondent</source>
        <translation>Ко&amp;рреспондент</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="63" />
        <source>Their &amp;number</source>
        <translation>Исх. &amp;номер корреспондента</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="65" />
        <source>&amp;Subject</source>
        <translation>&amp;Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="66" />
        <source>&amp;Pages</source>
        <translation>Количество &amp;листов</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="67" />
        <source>C&amp;hannel</source>
        <translation>Спос&amp;об доставки</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="69" />
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="99" />
        <source>Enter the subject.</source>
        <translation>Введите краткое содержание.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../desktop_app/registry.py" line="26" />
        <location filename="../../desktop_app/registry.py" line="36" />
        <source>The number format {fmt!r} is not valid: {reason}</source>
        <translation>Формат номера {fmt!r} недопустим: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/registry.py" line="29" />
        <source>The number format {fmt!r} uses unknown fields: {fields}. Allowed: {allowed}.</source>
        <translation>Формат номера {fmt!r} использует неизвестные поля: {fields}. Допустимые: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/registry.py" line="32" />
        <source>The number format {fmt!r} must contain {{seq}}.</source>
        <translation>Формат номера {fmt!r} должен содержать {{seq}}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/registry.py" line="75" />
        <source>The number block {start}–{end} is empty or invalid.</source>
        <translation>Блок номеров {start}–{end} пуст или недопустим.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="34" />
        <source>A journal code must be 1–32 letters, digits, '-' or '_'.</source>
        <translation>Код журнала должен состоять из 1–32 букв, цифр, '-' или '_'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="40" />
        <source>A journal with code {code} already exists.</source>
        <translation>Журнал с кодом {code} уже существует.</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="59" />
        <source>Resolution — {subject}</source>
        <translation>Резолюция — {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="75" />
        <source> working days</source>
        <translation> рабочих дн.</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="82" />
        <source>Under deadline &amp;control</source>
        <translation>На к&amp;онтроле</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="87" />
        <source>Instruction for the executor…</source>
        <translation>Поручение исполнителю…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="89" />
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="90" />
        <source>C&amp;o-executors:</source>
        <translation>&amp;Соисполнители:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="91" />
        <source>Deadline in:</source>
        <translation>Срок через:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="92" />
        <source>&amp;Deadline:</source>
        <translation>Сро&amp;к:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="95" />
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="125" />
        <source>Due {date}</source>
        <translation>Срок: {date}</translation>
    </message>
</context>
<context>
    <name>RouteBuilderDialog</name>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="159" />
        <source>Route — {subject}</source>
        <translation>Маршрут — {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="167" />
        <source>Use &amp;template</source>
        <translation>Использовать &amp;шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="171" />
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="176" />
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="176" />
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="176" />
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="176" />
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="181" />
        <source>Add &amp;stage</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="182" />
        <source>Add &amp;parallel step</source>
        <translation>Добавить &amp;параллельный шаг</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="183" />
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="250" />
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="279" />
        <source>Stage {n}</source>
        <translation>Этап {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="280" />
        <source> — {k} in parallel</source>
        <translation> — параллельно: {k}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="310" />
        <source>Every step needs an assignee.</source>
        <translation>У каждого шага должен быть исполнитель.</translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <location filename="../../ui/routing/widgets.py" line="178" />
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="178" />
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="178" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="178" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="178" />
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="186" />
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="199" />
        <source>No route</source>
        <translation>Нет маршрута</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="199" />
        <source>In route</source>
        <translation>На маршруте</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="199" />
        <source>Route completed</source>
        <translation>Маршрут завершён</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="200" />
        <source>Returned to the author</source>
        <translation>Возвращён автору</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="203" />
        <source>Resolutions</source>
        <translation>Резолюции</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="206" />
        <source> · under control</source>
        <translation> · на контроле</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="207" />
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="207" />
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="207" />
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="216" />
        <source>Stage {n}</source>
        <translation>Этап {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="232" />
        <source>Dispatch</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="234" />
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="234" />
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="234" />
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="235" />
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="36" />
        <source>The holiday '{entry}' is not a date: write YYYY-MM-DD or MM-DD.</source>
        <translation>Праздничный день '{entry}' не является датой: укажите YYYY-MM-DD или MM-DD.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="63" />
        <source>The calendar has no working day within ten years.</source>
        <translation>В календаре нет рабочего дня в пределах десяти лет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="71" />
        <source>A deadline must be 0 to {max} working days away.</source>
        <translation>Срок должен быть от 0 до {max} рабочих дней.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/calendar.py" line="85" />
        <source>The dates are too far apart.</source>
        <translation>Даты слишком далеко друг от друга.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="47" />
        <source>Review</source>
        <extracomment>Which actions each kind of step accepts. Where each action takes an active step. The protocol's ``route.step_act`` action for each local action (docs/protocol.md §5.1).</extracomment>
        <translation>Рассмотреть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="48" />
        <source>Endorse</source>
        <translation>Завизировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="49" />
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="50" />
        <source>Execute</source>
        <translation>Исполнить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="51" />
        <location filename="../../desktop_app/routing/steps.py" line="72" />
        <location filename="../../ui/routing/__init__.py" line="197" />
        <source>Acknowledge</source>
        <translation>Ознакомиться</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="57" />
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="58" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="59" />
        <location filename="../../desktop_app/routing/steps.py" line="71" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="60" />
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="61" />
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="62" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="68" />
        <source>Approve</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="69" />
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="70" />
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="78" />
        <source>Unknown step kind: {kind}</source>
        <translation>Неизвестный вид шага: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="84" />
        <source>Unknown step action: {action}</source>
        <translation>Неизвестное действие шага: {action}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="86" />
        <source>This {kind} step is {state}; only an active step can be acted on.</source>
        <translation>Шаг «{kind}» в состоянии «{state}»; действовать можно только по активному шагу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="89" />
        <source>A {kind} step cannot be given '{action}'.</source>
        <translation>К шагу «{kind}» нельзя применить действие '{action}'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/steps.py" line="92" />
        <source>Write the reason for '{action}'.</source>
        <translation>Укажите причину для действия '{action}'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="64" />
        <source>A route template needs at least one stage.</source>
        <translation>В шаблоне маршрута должен быть хотя бы один этап.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="68" />
        <source>Stage {n} of the template has no steps.</source>
        <translation>В этапе {n} шаблона нет шагов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="76" />
        <source>Stage {n}: '{assignee}' is not an assignee (use author, role:&lt;role&gt; or user:&lt;name&gt;).</source>
        <translation>Этап {n}: '{assignee}' не является исполнителем (используйте author, role:&lt;role&gt; или user:&lt;name&gt;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="80" />
        <source>Stage {n}: the allowance must be 0 to 365 working days.</source>
        <translation>Этап {n}: отводимый срок должен быть от 0 до 365 рабочих дней.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="111" />
        <source>The template gives a step to the document's author, but the document has none.</source>
        <translation>Шаблон назначает шаг автору документа, но у документа нет автора.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/routing/templates.py" line="122" />
        <source>The template names {user}, who is not on the staff list.</source>
        <translation>В шаблоне указан {user}, которого нет в списке сотрудников.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="126" />
        <source>The {what} is not on the institution's staff list.</source>
        <translation>Указанное лицо ({what}) отсутствует в списке сотрудников учреждения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="139" />
        <source>Nobody on the staff list can take the {kind} step; choose a person.</source>
        <translation>Никто из списка сотрудников не может выполнить шаг «{kind}»; выберите сотрудника.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="183" />
        <source>Returned by the executor: write a new resolution</source>
        <translation>Возвращено исполнителем: наложите новую резолюцию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="187" />
        <source>Rework after '{action}': {reason}</source>
        <translation>Доработка после '{action}': {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="254" />
        <source>A template needs a name of 1–200 characters.</source>
        <translation>Название шаблона должно содержать от 1 до 200 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="272" />
        <source>There is no route template named {name}.</source>
        <translation>Шаблона маршрута с названием {name} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="287" />
        <source>A route needs at least one step.</source>
        <translation>В маршруте должен быть хотя бы один шаг.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="289" />
        <source>A route can have at most {n} steps.</source>
        <translation>В маршруте может быть не более {n} шагов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="297" />
        <source>A {status} document cannot be routed.</source>
        <translation>Документ в состоянии «{status}» нельзя направить по маршруту.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="318" />
        <source>assignee of a {kind} step</source>
        <translation>исполнитель шага «{kind}»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="321" />
        <source>Every {kind} step needs a person or a role.</source>
        <translation>Для каждого шага «{kind}» нужно указать сотрудника или роль.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="323" />
        <source>The deadline {date} of a {kind} step has already passed.</source>
        <translation>Срок {date} шага «{kind}» уже прошёл.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="326" />
        <source>A step's allowance must be 0 to 365 working days.</source>
        <translation>Отводимый на шаг срок должен быть от 0 до 365 рабочих дней.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="339" />
        <source>There is no route step with id {id}.</source>
        <translation>Шага маршрута с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="374" />
        <source>Write the resolution's text.</source>
        <translation>Введите текст резолюции.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="376" />
        <source>The resolution's text is longer than {n} characters.</source>
        <translation>Текст резолюции длиннее {n} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="379" />
        <source>The main executor cannot also be a co-executor.</source>
        <translation>Ответственный исполнитель не может быть одновременно соисполнителем.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="387" />
        <source>The deadline {date} has already passed.</source>
        <translation>Срок {date} уже прошёл.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="390" />
        <source>A resolution under control needs a deadline.</source>
        <translation>Для резолюции на контроле нужен срок исполнения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="394" />
        <source>A {status} document cannot get a resolution.</source>
        <translation>На документ в состоянии «{status}» нельзя наложить резолюцию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="397" />
        <source>Register the letter before writing a resolution.</source>
        <translation>Зарегистрируйте письмо перед наложением резолюции.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="398" />
        <source>executor</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="400" />
        <source>co-executor</source>
        <translation>соисполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="408" />
        <source>The earlier resolution is not on this document.</source>
        <translation>Предыдущая резолюция не относится к этому документу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="412" />
        <source>Resolution written</source>
        <translation>Резолюция наложена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="418" />
        <source>Execute the resolution</source>
        <translation>Исполнить резолюцию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="419" />
        <source>Co-execute the resolution</source>
        <translation>Участвовать в исполнении резолюции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="428" />
        <source>Passed on with a resolution</source>
        <translation>Передано с резолюцией</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="450" />
        <source>There is no resolution with id {id}.</source>
        <translation>Резолюции с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="455" />
        <source>This resolution is not under control.</source>
        <translation>Эта резолюция не на контроле.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="507" />
        <source>Dispatched</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="604" />
        <source>Resolution: {text}</source>
        <translation>Резолюция: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="607" />
        <source>{action} ({kind})</source>
        <translation>{action} ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="612" />
        <source>Sent to {name}</source>
        <translation>Отправлено: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="614" />
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="617" />
        <source>Registered as {number}</source>
        <translation>Зарегистрирован под номером {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/routing.py" line="712" />
        <source>any {role}</source>
        <translation>любой {role}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/dialogs.py" line="38" />
        <source>Anyone with the role: {role}</source>
        <translation>Любой сотрудник с ролью: {role}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="38" />
        <source>My assignments</source>
        <translation>Мои поручения</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="44" />
        <location filename="../../ui/routing/__init__.py" line="257" />
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="46" />
        <source>R&amp;outing</source>
        <translation>&amp;Маршрут</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="48" />
        <source>My &amp;assignments</source>
        <translation>&amp;Мои поручения</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="49" />
        <source>&amp;Resolution…</source>
        <translation>&amp;Резолюция…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="50" />
        <source>Route &amp;builder…</source>
        <translation>&amp;Конструктор маршрута…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="52" />
        <source>A&amp;pprove / endorse</source>
        <translation>&amp;Согласовать / завизировать</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="53" />
        <source>&amp;Decline…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="54" />
        <source>Re&amp;turn…</source>
        <translation>&amp;Вернуть…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="55" />
        <source>Mark &amp;done</source>
        <translation>Отметить &amp;исполненным</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="56" />
        <source>Ac&amp;knowledge selected</source>
        <translation>О&amp;знакомиться с выбранными</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="58" />
        <source>D&amp;ispatch…</source>
        <translation>О&amp;тправить…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="59" />
        <source>Remove &amp;control</source>
        <translation>Сн&amp;ять с контроля</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="60" />
        <source>Confirm re&amp;gistration to the sender</source>
        <translation>Подтвердить ре&amp;гистрацию отправителю</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="63" />
        <source>&amp;Holidays…</source>
        <translation>&amp;Праздничные дни…</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="100" />
        <source>My assignments ({n})</source>
        <translation>Мои поручения ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="199" />
        <source>{n} acknowledged</source>
        <translation>Ознакомлено: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="201" />
        <source>Acknowledging</source>
        <translation>Ознакомление</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="207" />
        <source>{action}: {n} step(s)</source>
        <translation>{action}: шагов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="214" />
        <source>Why is it declined? The draft goes back to its author.</source>
        <translation>Почему отклонено? Проект возвращается автору.</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="215" />
        <source>Why is it returned? It goes back to its author for rework.</source>
        <translation>Почему возвращено? Документ возвращается автору на доработку.</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="220" />
        <source>Sent back to the author</source>
        <translation>Возвращено автору</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="231" />
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="231" />
        <source>Resolution saved</source>
        <translation>Резолюция сохранена</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="257" />
        <source>Route started</source>
        <translation>Маршрут запущен</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="268" />
        <source>Dispatch</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="269" />
        <source>Sent to {n} institution(s)</source>
        <translation>Отправлено в учреждения: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="275" />
        <location filename="../../ui/routing/__init__.py" line="279" />
        <source>Remove control</source>
        <translation>Снять с контроля</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="276" />
        <source>Take the resolution off deadline control?</source>
        <translation>Снять резолюцию с контроля исполнения?</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="279" />
        <source>Control removed</source>
        <translation>Снято с контроля</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="287" />
        <location filename="../../ui/routing/__init__.py" line="291" />
        <source>Confirm registration</source>
        <translation>Подтвердить регистрацию</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="288" />
        <source>Send our registration number to {sender}?</source>
        <translation>Отправить наш регистрационный номер в {sender}?</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="292" />
        <source>The sender will be told the registration number</source>
        <translation>Отправителю будет сообщён регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="301" />
        <source>Holidays</source>
        <translation>Праздничные дни</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="315" />
        <source>Reminder: {n} assignment(s) due soon, {o} overdue (F9)</source>
        <translation>Напоминание: поручений с близким сроком: {n}, просрочено: {o} (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/routing/__init__.py" line="318" />
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="63" />
        <source>Unknown page size: {size}</source>
        <translation>Неизвестный размер страницы: {size}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="65" />
        <source>The resolution must be between 50 and 1200 dpi (not {dpi}).</source>
        <translation>Разрешение должно быть от 50 до 1200 dpi (а не {dpi}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="68" />
        <source>The page limit must be at least 1.</source>
        <translation>Ограничение числа страниц должно быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="101" />
        <source>A saved scan profile is not valid ({reason}).</source>
        <translation>Сохранённый профиль сканирования недопустим ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="106" />
        <source>Letters B/W 300 dpi duplex</source>
        <translation>Письма, ч/б, 300 dpi, двусторонне</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="108" />
        <source>Letters B/W 300 dpi feeder</source>
        <translation>Письма, ч/б, 300 dpi, автоподатчик</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="109" />
        <source>Grey 200 dpi flatbed</source>
        <translation>Оттенки серого, 200 dpi, планшет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/scanner.py" line="110" />
        <source>Colour 200 dpi flatbed</source>
        <translation>Цветное, 200 dpi, планшет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="113" />
        <source>The scanner {device} cannot scan in black and white or grey.</source>
        <translation>Сканер {device} не умеет сканировать в чёрно-белом режиме или в оттенках серого.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="116" />
        <source>The scanner {device} cannot scan in grey.</source>
        <translation>Сканер {device} не умеет сканировать в оттенках серого.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="120" />
        <source>The scanner {device} cannot scan in colour.</source>
        <translation>Сканер {device} не умеет сканировать в цвете.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="140" />
        <location filename="../../desktop_app/intake/windows.py" line="262" />
        <source>The scanner {device} has no duplex feeder; choose the simplex feeder or the flatbed.</source>
        <translation>У сканера {device} нет двустороннего автоподатчика; выберите односторонний автоподатчик или планшет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="144" />
        <source>The scanner {device} has no document feeder; choose the flatbed.</source>
        <translation>У сканера {device} нет автоподатчика документов; выберите планшет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="195" />
        <source>SANE scanning needs the 'scanimage' program (Debian/Ubuntu package sane-utils), which is not installed.</source>
        <translation>Для сканирования через SANE нужна программа 'scanimage' (пакет Debian/Ubuntu sane-utils), но она не установлена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="204" />
        <source>Looking for scanners took longer than {s} seconds; check the network scanners and try again.</source>
        <translation>Поиск сканеров занял больше {s} с; проверьте сетевые сканеры и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="224" />
        <source>The scanner {device} did not answer.</source>
        <translation>Сканер {device} не ответил.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="226" />
        <source>it is not connected or is switched off</source>
        <translation>он не подключён или выключен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="227" />
        <source>The scanner {device} cannot be opened: {reason}.</source>
        <translation>Не удаётся открыть сканер {device}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="265" />
        <location filename="../../desktop_app/intake/windows.py" line="183" />
        <location filename="../../desktop_app/intake/windows.py" line="277" />
        <source>Page {n} scanned</source>
        <translation>Страница {n} отсканирована</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="299" />
        <source>A scanned page could not be read ({reason}).</source>
        <translation>Не удалось прочитать отсканированную страницу ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="324" />
        <location filename="../../desktop_app/intake/windows.py" line="176" />
        <source>The document feeder of {device} is empty: put the pages in the feeder and scan again.</source>
        <translation>Автоподатчик сканера {device} пуст: положите страницы в автоподатчик и повторите сканирование.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="329" />
        <source>the scanner stopped responding or was disconnected</source>
        <translation>сканер перестал отвечать или был отключён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="333" />
        <location filename="../../desktop_app/intake/windows.py" line="293" />
        <source>Scanning on {device} stopped after {n} page(s): {reason}. The pages scanned so far are kept.</source>
        <translation>Сканирование на {device} остановилось после {n} стр.: {reason}. Уже отсканированные страницы сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/sane.py" line="335" />
        <location filename="../../desktop_app/intake/windows.py" line="295" />
        <source>Scanning on {device} failed: {reason}.</source>
        <translation>Сканирование на {device} не удалось: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="66" />
        <source>TWAIN and WIA scanners can only be used on Windows; on this system scanning goes through SANE.</source>
        <translation>Сканеры TWAIN и WIA доступны только в Windows; в этой системе сканирование идёт через SANE.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="104" />
        <source>paper is jammed in the document feeder</source>
        <translation>в автоподатчике замялась бумага</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="105" />
        <source>the document feeder is empty</source>
        <translation>автоподатчик пуст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="106" />
        <source>the scanner is offline or was disconnected</source>
        <translation>сканер не в сети или был отключён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="107" />
        <source>the scanner is busy</source>
        <translation>сканер занят</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="108" />
        <source>the scanner cover is open</source>
        <translation>крышка сканера открыта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="110" />
        <source>error 0x{code:08X} from the scanner driver</source>
        <translation>ошибка драйвера сканера 0x{code:08X}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="132" />
        <source>WIA scanning needs the Python package comtypes, which is not installed.</source>
        <translation>Для сканирования через WIA нужен пакет Python comtypes, но он не установлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="159" />
        <source>The scanner {device} is not connected.</source>
        <translation>Сканер {device} не подключён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/windows.py" line="238" />
        <source>TWAIN scanning needs the Python package pytwain, which is not installed.</source>
        <translation>Для сканирования через TWAIN нужен пакет Python pytwain, но он не установлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake.py" line="173" />
        <source>No scanner backend is available.</source>
        <translation>Нет доступной подсистемы сканирования.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="40" />
        <location filename="../../ui/intake/scan_dialog.py" line="93" />
        <source>Scan</source>
        <translation>Сканировать</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="52" />
        <source>Black and white</source>
        <translation>Чёрно-белый</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="52" />
        <source>Grey</source>
        <translation>Оттенки серого</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="53" />
        <source>Colour</source>
        <translation>Цветной</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="60" />
        <source>Flatbed</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="60" />
        <source>Feeder</source>
        <translation>Автоподатчик</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="61" />
        <source>Feeder, both sides</source>
        <translation>Автоподатчик, с двух сторон</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="65" />
        <source>Whole scan area</source>
        <translation>Вся область сканирования</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="68" />
        <source>Name for these settings</source>
        <translation>Название для этих настроек</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="69" />
        <source>Save as profile</source>
        <translation>Сохранить как профиль</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="76" />
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="77" />
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="78" />
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="79" />
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="80" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="81" />
        <source>Page size</source>
        <translation>Размер страницы</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="82" />
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="83" />
        <source>Subject</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="94" />
        <source>Stop scanning</source>
        <translation>Остановить сканирование</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="95" />
        <source>Rotate left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="96" />
        <source>Rotate right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="97" />
        <source>Delete page</source>
        <translation>Удалить страницу</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="98" />
        <source>Re-scan page</source>
        <translation>Пересканировать страницу</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="102" />
        <source>Store: automatic</source>
        <translation>Хранить: автоматически</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="102" />
        <source>Store as text (black and white)</source>
        <translation>Хранить как текст (чёрно-белый)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="103" />
        <source>Store as a picture</source>
        <translation>Хранить как изображение</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="146" />
        <source>Looking for scanners…</source>
        <translation>Поиск сканеров…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="148" />
        <source>Looking for scanners</source>
        <translation>Поиск сканеров</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="158" />
        <source>No scanner was found. Check that it is connected and switched on.</source>
        <translation>Сканер не найден. Проверьте, что он подключён и включён.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="187" />
        <source>Profile saved.</source>
        <translation>Профиль сохранён.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="207" />
        <source>Scanning…</source>
        <translation>Сканирование…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="219" />
        <source>Scanning</source>
        <translation>Сканирование</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="235" />
        <source>{n} page(s) scanned</source>
        <translation>Отсканировано страниц: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="254" />
        <source>Scanning stopped; {n} page(s) kept.</source>
        <translation>Сканирование остановлено; сохранено страниц: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_dialog.py" line="256" />
        <source>{n} page(s) ready. Check them, then save.</source>
        <translation>Готово страниц: {n}. Проверьте их и сохраните.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../desktop_app/selftest.py" line="71" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="71" />
        <source>WARNING</source>
        <translation>ВНИМАНИЕ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="72" />
        <source>FAILED</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="74" />
        <source>Docflow {version} self-test on {system}</source>
        <translation>Самопроверка Docflow {version}: {system}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="83" />
        <source>Result: {n} of {total} checks FAILED; see the lines above for what to do.</source>
        <translation>Итог: {n} из {total} проверок не пройдены; что делать — в строках выше.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="86" />
        <source>Result: Docflow works; {n} warning(s) above.</source>
        <translation>Итог: Docflow работает; предупреждений выше: {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="88" />
        <source>Result: every check passed.</source>
        <translation>Итог: все проверки пройдены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="177" />
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="186" />
        <source>Temporary profile</source>
        <translation>Временный профиль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="187" />
        <source>Import of a sample PDF</source>
        <translation>Импорт образца PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="188" />
        <source>Tesseract and its languages</source>
        <translation>Tesseract и его языки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="189" />
        <source>Text recognition of a page</source>
        <translation>Распознавание текста страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="190" />
        <source>Verification of a signed sample</source>
        <translation>Проверка подписанного образца</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="191" />
        <source>System keyring (where the server login is kept)</source>
        <translation>Системное хранилище ключей (там хранится вход на сервер)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="192" />
        <source>Scanners</source>
        <translation>Сканеры</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="199" />
        <source>Not run: the temporary profile could not be opened.</source>
        <translation>Не выполнено: не удалось открыть временный профиль.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="209" />
        <source>Created and migrated a database in a temporary folder; your own profile was not opened.</source>
        <translation>База данных создана и обновлена во временной папке; ваш собственный профиль не открывался.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="226" />
        <source>The sample PDF was not imported: {reason}</source>
        <translation>Образец PDF не импортирован: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="232" />
        <source>The imported sample is not listed as the only document.</source>
        <translation>Импортированный образец не виден в списке как единственный документ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="234" />
        <source>Imported a one-page PDF and found it in the document list.</source>
        <translation>Одностраничный PDF импортирован и найден в списке документов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="242" />
        <source>Install Tesseract OCR for Windows (64-bit, the UB Mannheim build) and tick Azerbaijani, Azerbaijani (Cyrillic) and Russian under "Additional language data"; or copy {files} into Tesseract's tessdata folder. Tesseract's folder must be on PATH. Then run this self-test again.</source>
        <translation>Установите Tesseract OCR для Windows (64-бит, сборка UB Mannheim) и отметьте Azerbaijani, Azerbaijani (Cyrillic) и Russian в разделе «Additional language data»; или скопируйте {files} в папку tessdata Tesseract. Папка Tesseract должна быть в PATH. Затем запустите самопроверку снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="249" />
        <source>Install them with: sudo apt install {packages} (Debian, Ubuntu; other systems: the Tesseract packages of the same languages). Then run this self-test again.</source>
        <translation>Установите их командой: sudo apt install {packages} (Debian, Ubuntu; в других системах — пакеты Tesseract тех же языков). Затем запустите самопроверку снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="258" />
        <source>Tesseract OCR is not installed, so scanned pages get no searchable text.</source>
        <translation>Tesseract OCR не установлен, поэтому в отсканированных страницах не будет текста для поиска.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="263" />
        <source>Tesseract lacks the language data for {langs}.</source>
        <translation>У Tesseract нет языковых данных для {langs}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="266" />
        <source>Tesseract is installed with Azerbaijani (Latin and Cyrillic), Russian and English.</source>
        <translation>Tesseract установлен с азербайджанским (латиница и кириллица), русским и английским языками.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="276" />
        <source>Not run: the sample PDF was not imported.</source>
        <translation>Не выполнено: образец PDF не импортирован.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="278" />
        <source>Not run: Tesseract or its languages are missing (see above).</source>
        <translation>Не выполнено: нет Tesseract или его языков (см. выше).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="280" />
        <source>install poppler for Windows and put its bin folder on PATH</source>
        <translation>установите poppler для Windows и добавьте его папку bin в PATH</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="282" />
        <source>Pages of imported PDFs cannot be read for recognition: poppler's pdftoppm is missing ({hint}).</source>
        <translation>Страницы импортированных PDF нельзя прочитать для распознавания: нет программы pdftoppm из poppler ({hint}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="286" />
        <source>No text was recognised: {reason}</source>
        <translation>Текст не распознан: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="290" />
        <source>The page was read, but the words in {langs} were not recognised (recognised: "{text}").</source>
        <translation>Страница прочитана, но слова на языках {langs} не распознаны (распознано: «{text}»).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="292" />
        <source>Recognised the sample page's Azerbaijani, Russian and English lines ({n} characters).</source>
        <translation>Распознаны азербайджанская, русская и английская строки образца ({n} символов).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="359" />
        <source>A correctly signed sample was not judged valid.</source>
        <translation>Правильно подписанный образец не признан действительным.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="369" />
        <source>A signed sample was verified as valid and a changed copy was caught.</source>
        <translation>Подписанный образец признан действительным, а изменённая копия обнаружена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="368" />
        <source>A changed copy of the signed sample was still judged valid.</source>
        <translation>Изменённая копия подписанного образца всё равно признана действительной.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="397" />
        <source>Windows Credential Manager must be available to this user.</source>
        <translation>Диспетчер учётных данных Windows должен быть доступен этому пользователю.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="399" />
        <source>Log in to a desktop session with a keyring (GNOME Keyring or KWallet; package gnome-keyring) and unlock it.</source>
        <translation>Войдите в сеанс рабочего стола с хранилищем ключей (GNOME Keyring или KWallet; пакет gnome-keyring) и разблокируйте его.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="402" />
        <source>The system keyring did not answer within {s} seconds (is it locked?).</source>
        <translation>Системное хранилище ключей не ответило за {s} секунд (возможно, оно заблокировано?).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="405" />
        <source>No system keyring was found, so the server login cannot be kept.</source>
        <translation>Системное хранилище ключей не найдено, поэтому вход на сервер сохранить нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="407" />
        <source>The system keyring refused a test entry ({error}).</source>
        <translation>Системное хранилище ключей отказалось принять тестовую запись ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="410" />
        <source>The system keyring gave back something else than was stored.</source>
        <translation>Системное хранилище ключей вернуло не то, что было сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="411" />
        <source>Stored, read back and removed a test entry ({backend}).</source>
        <translation>Тестовая запись сохранена, прочитана и удалена ({backend}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="425" />
        <source>Found {n} scanner(s):</source>
        <translation>Найдено сканеров: {n}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="430" />
        <source>Scanning is not possible on this computer:</source>
        <translation>Сканирование на этом компьютере невозможно:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/selftest.py" line="431" />
        <source>No scanner was found. Check that it is switched on and connected; a network scanner can also save into Docflow's watched folder.</source>
        <translation>Сканер не найден. Проверьте, что он включён и подключён; сетевой сканер может также сохранять в отслеживаемую папку Docflow.</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="34" />
        <source>Qt could not open the sample PDF.</source>
        <translation>Qt не смог открыть образец PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="40" />
        <source>Qt drew the sample page wrongly ({p:.1%} dark).</source>
        <translation>Qt неверно отрисовал образец страницы (тёмного {p:.1%}).</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="41" />
        <source>Qt {version} on the "{platform}" platform drew the sample page.</source>
        <translation>Qt {version} на платформе «{platform}» отрисовал образец страницы.</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="53" />
        <source>Window toolkit (Qt) and PDF preview</source>
        <translation>Оконная система (Qt) и просмотр PDF</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="67" />
        <location filename="../../ui/selftest.py" line="111" />
        <source>checking: {what}</source>
        <translation>проверка: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="118" />
        <source>Done. Copy this report for support if they ask for it.</source>
        <translation>Готово. Скопируйте этот отчёт для службы поддержки, если она попросит.</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../ui/selftest.py" line="83" />
        <source>Docflow self-test</source>
        <translation>Самопроверка Docflow</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="85" />
        <source>Checking this installation; this takes up to a minute...</source>
        <translation>Проверка этой установки; это займёт до минуты...</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="89" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="14" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="16" />
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="23" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="24" />
        <source>A new language applies the next time Docflow starts.</source>
        <translation>Новый язык будет применён при следующем запуске Docflow.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message numerus="yes">
        <location filename="../../ui/signing/sign_dialog.py" line="70" />
        <source>Sign %n document(s)</source>
        <translation>
            <numerusform>Подписать %n документ</numerusform>
            <numerusform>Подписать %n документа</numerusform>
            <numerusform>Подписать %n документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="73" />
        <source>Key file (PKCS#12)</source>
        <translation>Файл ключа (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="74" />
        <source>Smart card / token (PKCS#11)</source>
        <translation>Смарт-карта / токен (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="82" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="89" />
        <source>Remember the passphrase in the system keyring</source>
        <translation>Запомнить парольную фразу в системном хранилище ключей</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="92" />
        <location filename="../../ui/signing/sign_dialog.py" line="173" />
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="93" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="100" />
        <source>Find tokens</source>
        <translation>Найти токены</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="111" />
        <source>PKCS#11 module</source>
        <translation>Модуль PKCS#11</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="112" />
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="113" />
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="114" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="126" />
        <source>Visible stamp (signer, date, registration number)</source>
        <translation>Видимый штамп (подписант, дата, регистрационный номер)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="133" />
        <source>1 = first page, -1 = last page</source>
        <translation>1 = первая страница, -1 = последняя страница</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="136" />
        <source>Bottom right</source>
        <translation>Внизу справа</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="136" />
        <source>Bottom left</source>
        <translation>Внизу слева</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="137" />
        <source>Top right</source>
        <translation>Вверху справа</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="137" />
        <source>Top left</source>
        <translation>Вверху слева</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="137" />
        <source>Bottom centre</source>
        <translation>Внизу по центру</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="143" />
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="144" />
        <source>Position</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="152" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="153" />
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="156" />
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="174" />
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="192" />
        <source>No token found.</source>
        <translation>Токен не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/sign_dialog.py" line="210" />
        <source>Enter the PIN on the reader's keypad when asked.</source>
        <translation>Когда появится запрос, введите PIN на клавиатуре считывателя.</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../ui/signing/panel.py" line="35" />
        <source>Check signatures</source>
        <translation>Проверить подписи</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="37" />
        <source>Complete now</source>
        <translation>Завершить сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="38" />
        <source>Add the timestamp and validation data now (needs a connection)</source>
        <translation>Добавить метку времени и данные проверки сейчас (нужно подключение)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="59" />
        <source>No document selected</source>
        <translation>Документ не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="78" />
        <source>Signed here: none</source>
        <translation>Подписано здесь: нет</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="87" />
        <source>Checking signatures…</source>
        <translation>Проверка подписей…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="91" />
        <source>Checking signatures</source>
        <translation>Проверка подписей</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="112" />
        <source>Signatures not completed</source>
        <translation>Подписи не завершены</translation>
    </message>
    <message>
        <location filename="../../ui/signing/panel.py" line="113" />
        <source>Completing signatures</source>
        <translation>Завершение подписей</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="71" />
        <source>The trust-root bundle is not a valid PEM/DER certificate file: {reason}</source>
        <extracomment>Key usages that allow a certificate to make signatures on documents.</extracomment>
        <translation>Набор доверенных корневых сертификатов не является допустимым файлом сертификатов PEM/DER: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="98" />
        <source>The certificate of {name} may not be used for signing: its key usage ({usages}) has neither digital signature nor non-repudiation.</source>
        <translation>Сертификат {name} нельзя использовать для подписи: в его назначении ключа ({usages}) нет ни цифровой подписи, ни неотрекаемости.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="107" />
        <source>The certificate of {name} is not valid yet: it becomes valid on {date}.</source>
        <translation>Сертификат {name} ещё не действует: он станет действительным {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/certs.py" line="114" />
        <source>The certificate of {name} expired on {date}.</source>
        <translation>Срок действия сертификата {name} истёк {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="58" />
        <source>The PIN is locked (no tries left); the card must be unblocked.</source>
        <translation>PIN заблокирован (попыток не осталось); карту нужно разблокировать.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="60" />
        <source>Only one try is left before the PIN locks.</source>
        <translation>До блокировки PIN осталась одна попытка.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="62" />
        <source>The token reports that few tries are left.</source>
        <translation>Токен сообщает, что осталось мало попыток.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/errors.py" line="63" />
        <source>The token does not report a lowered try counter.</source>
        <translation>Токен не сообщает об уменьшении счётчика попыток.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="43" />
        <source>The identity has no signing certificate.</source>
        <translation>У этого средства подписи нет сертификата подписи.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="95" />
        <source>Cannot open the key file {label}: the passphrase is wrong or the file is damaged.</source>
        <translation>Не удаётся открыть файл ключа {label}: неверная парольная фраза или файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="102" />
        <source>The key file {label} holds no private key with its certificate.</source>
        <translation>В файле ключа {label} нет закрытого ключа с сертификатом.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="128" />
        <source>Cannot read the key file {path}: {reason}</source>
        <translation>Не удаётся прочитать файл ключа {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="194" />
        <source>The PKCS#11 module {path} does not exist.</source>
        <translation>Модуль PKCS#11 {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="201" />
        <source>Cannot load the PKCS#11 module {path}: {reason}</source>
        <translation>Не удаётся загрузить модуль PKCS#11 {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="291" />
        <source>No token {label} is present in {module}.</source>
        <translation>В {module} нет токена {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="312" />
        <location filename="../../desktop_app/signing/identities.py" line="357" />
        <source>The PIN of token {label} is locked. {hint}</source>
        <translation>PIN токена {label} заблокирован. {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="320" />
        <source>Token {label}: only one PIN try is left before the card locks. Confirm to try this PIN.</source>
        <translation>Токен {label}: до блокировки карты осталась одна попытка ввода PIN. Подтвердите, чтобы попробовать этот PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="330" />
        <source>Token {label} needs its PIN.</source>
        <translation>Для токена {label} нужен PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="343" />
        <source>The PIN has an invalid length or format.</source>
        <translation>Недопустимая длина или формат PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="345" />
        <source>The PIN is wrong.</source>
        <translation>Неверный PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="348" />
        <source>Token {label}: {reason} {hint} Docflow does not retry the PIN by itself.</source>
        <translation>Токен {label}: {reason} {hint} Docflow не повторяет ввод PIN самостоятельно.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="365" />
        <source>Token {label} is already in use by another signing operation.</source>
        <translation>Токен {label} уже используется другой операцией подписания.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="372" />
        <source>Token {label} refused the login: {reason}</source>
        <translation>Токен {label} отклонил вход: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="467" />
        <source>Token {label} has no signing key {key}.</source>
        <translation>На токене {label} нет ключа подписи {key}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/identities.py" line="474" />
        <source>Token {label} has several keys; choose one.</source>
        <translation>На токене {label} несколько ключей; выберите один.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="170" />
        <source>The file is not a PDF document.</source>
        <extracomment>Named stamp positions (the UI offers these and shows a preview).</extracomment>
        <translation>Файл не является документом PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="177" />
        <source>The PDF document cannot be read: {reason}</source>
        <translation>Не удаётся прочитать документ PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="182" />
        <source>The PDF document is encrypted; Docflow signs only unencrypted documents.</source>
        <translation>Документ PDF зашифрован; Docflow подписывает только незашифрованные документы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="207" />
        <source>Unknown stamp position {position}.</source>
        <translation>Неизвестное положение штампа: {position}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="227" />
        <source>Page {page} does not exist; the document has {count} pages.</source>
        <translation>Страницы {page} нет; в документе страниц: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="246" />
        <source>Digitally signed by {name}</source>
        <translation>Подписано электронной подписью: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="247" />
        <source>Date: {date}</source>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="250" />
        <source>Reg. No.: {number}</source>
        <translation>Рег. №: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/sign.py" line="323" />
        <source>Signing failed: {reason}</source>
        <translation>Подписание не удалось: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/states.py" line="19" />
        <source>complete ({level})</source>
        <translation>завершена ({level})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="112" />
        <source>{ok} signed, {bad} failed.</source>
        <extracomment>Signature rows in these states are picked up by the upgrade job ("waiting" = model default).</extracomment>
        <translation>Подписано: {ok}, с ошибкой: {bad}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="159" />
        <source>sign documents</source>
        <translation>подписывать документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="188" />
        <source>The trust bundle {path} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать набор доверенных сертификатов {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="209" />
        <source>Unknown identity kind {kind}.</source>
        <translation>Неизвестный вид средства подписи: {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="228" />
        <source>Document {subject} has no PDF file to sign.</source>
        <translation>У документа {subject} нет PDF-файла для подписания.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="253" />
        <source>Document {subject} changed while it was being signed; sign it again.</source>
        <translation>Документ {subject} изменился во время подписания; подпишите его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="266" />
        <location filename="../../desktop_app/signing/states.py" line="20" />
        <source>signed offline · waiting for timestamp</source>
        <translation>подписан офлайн · ожидает метку времени</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="312" />
        <source>Signing {n} of {total}</source>
        <translation>Подписание {n} из {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="314" />
        <source>Cancelled before signing.</source>
        <translation>Отменено до подписания.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="338" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="361" />
        <source>The document has no PDF file.</source>
        <translation>У документа нет PDF-файла.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="394" />
        <source>Completing signatures {n} of {total}</source>
        <translation>Завершение подписей {n} из {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="409" />
        <source>The document has no signed file.</source>
        <translation>У документа нет подписанного файла.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="416" />
        <source>No trust bundle is configured (settings: trust_bundle).</source>
        <translation>Набор доверенных сертификатов не настроен (параметр: trust_bundle).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="444" />
        <source>The document changed meanwhile; will try again.</source>
        <translation>Документ тем временем изменился; будет повторная попытка.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/signing.py" line="470" />
        <source>Not completed: another signature on this document is revoked.</source>
        <translation>Не завершено: сертификат другой подписи на этом документе отозван.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/states.py" line="21" />
        <source>timestamped ({level}) · waiting for validation data</source>
        <translation>метка времени добавлена ({level}) · ожидает данные проверки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/states.py" line="24" />
        <source>SIGNER CERTIFICATE REVOKED · not completed</source>
        <translation>СЕРТИФИКАТ ПОДПИСАНТА ОТОЗВАН · не завершено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/states.py" line="25" />
        <source>cannot be completed · see the report</source>
        <translation>не может быть завершена · см. отчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/states.py" line="26" />
        <source>{level} · signed on another workstation, completed there</source>
        <translation>{level} · подписано на другом рабочем месте, завершается там</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="163" />
        <location filename="../../desktop_app/signing/validate.py" line="140" />
        <source>The document has no signatures.</source>
        <translation>В документе нет подписей.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="170" />
        <source>Signature {field} is broken; the document is not completed.</source>
        <translation>Подпись {field} нарушена; документ не завершён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="175" />
        <source>All signatures are complete (B-LT).</source>
        <translation>Все подписи завершены (B-LT).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="214" />
        <source>The certificate of {name} (signature {field}) is REVOKED since {date}. The signature is not valid and was not completed.</source>
        <translation>Сертификат {name} (подпись {field}) ОТОЗВАН с {date}. Подпись недействительна и не завершена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="228" />
        <source>The revocation service (OCSP/CRL) for {name} is not reachable; will try again.</source>
        <translation>Служба проверки отзыва (OCSP/CRL) для {name} недоступна; будет повторная попытка.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="238" />
        <source>The certificate of signature {field} does not chain to a trusted root: {reason}</source>
        <translation>Сертификат подписи {field} не выстраивается в цепочку до доверенного корня: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="254" />
        <source>No timestamp service is configured.</source>
        <translation>Служба меток времени не настроена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="266" />
        <source>The timestamp service is not reachable ({reason}); will try again.</source>
        <translation>Служба меток времени недоступна ({reason}); будет повторная попытка.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="275" />
        <source>The timestamp service gave no usable answer ({reason}); will try again.</source>
        <translation>Служба меток времени не дала пригодного ответа ({reason}); будет повторная попытка.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="290" />
        <source>Validation data could not be fetched ({reason}); will try again.</source>
        <translation>Не удалось получить данные проверки ({reason}); будет повторная попытка.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="299" />
        <source>Completed to PAdES B-LT.</source>
        <translation>Дополнено до уровня PAdES B-LT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/upgrade.py" line="304" />
        <source>Reached {level}; validation data are still incomplete.</source>
        <translation>Достигнут уровень {level}; данные проверки ещё неполные.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="138" />
        <source>The document cannot be checked: {reason}</source>
        <translation>Не удаётся проверить документ: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="143" />
        <source>#{n} document timestamp ({field})</source>
        <translation>#{n} метка времени документа ({field})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="145" />
        <source>#{n} signature by {name} ({field})</source>
        <translation>#{n} подпись: {name} ({field})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="149" />
        <source>Verdict: {verdict}</source>
        <translation>Заключение: {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="153" />
        <source>Integrity: intact</source>
        <translation>Целостность: не нарушена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="155" />
        <source>Integrity: BROKEN (the signed bytes were changed)</source>
        <translation>Целостность: НАРУШЕНА (подписанные байты изменены)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="159" />
        <source>Changes after signing: none</source>
        <translation>Изменения после подписания: нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="163" />
        <source>Changes after signing: {level}</source>
        <translation>Изменения после подписания: {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="168" />
        <source>Chain: trusted</source>
        <translation>Цепочка: доверенная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="170" />
        <source>Chain: not trusted ({reason})</source>
        <translation>Цепочка: не доверенная ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="173" />
        <source>Revocation: {status}</source>
        <translation>Отзыв: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="177" />
        <source>Timestamp: {time} ({kind})</source>
        <translation>Метка времени: {time} ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="182" />
        <source>PAdES level: {level}</source>
        <translation>Уровень PAdES: {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="190" />
        <source>valid</source>
        <translation>действительна</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="191" />
        <source>INVALID</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="192" />
        <source>indeterminate</source>
        <translation>не определено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="297" />
        <source>the document is encrypted</source>
        <translation>документ зашифрован</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="302" />
        <source>not a readable PDF ({reason})</source>
        <translation>не читаемый PDF ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="356" />
        <source>not checked: the signature itself is broken</source>
        <translation>не проверено: сама подпись нарушена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="359" />
        <source>no path to a trust root</source>
        <translation>нет пути к доверенному корню</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="361" />
        <source>The signed bytes do not match the signed digest.</source>
        <translation>Подписанные байты не соответствуют подписанному хешу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="363" />
        <source>The cryptographic signature is not valid.</source>
        <translation>Криптографическая подпись недействительна.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="365" />
        <source>The document was changed after signing in a way that is not allowed.</source>
        <translation>Документ после подписания изменён недопустимым образом.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="428" />
        <source>The signer's certificate is revoked (since {date}).</source>
        <translation>Сертификат подписанта отозван (с {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/signing/validate.py" line="476" />
        <source>The signature cannot be checked: {reason}</source>
        <translation>Не удаётся проверить подпись: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="24" />
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="25" />
        <source>&amp;Sign…</source>
        <translation>&amp;Подписать…</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="31" />
        <source>Complete &amp;waiting signatures now</source>
        <translation>&amp;Завершить ожидающие подписи сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="66" />
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="66" />
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="94" />
        <source>Last PIN try</source>
        <translation>Последняя попытка ввода PIN</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="101" />
        <source>Signing</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="106" />
        <source>Some documents were not signed</source>
        <translation>Некоторые документы не подписаны</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="108" />
        <source>{n} document(s) signed</source>
        <translation>Подписано документов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="113" />
        <source>Not signed</source>
        <translation>Не подписан</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="119" />
        <source>Signatures not completed</source>
        <translation>Подписи не завершены</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="120" />
        <source>Completing signatures</source>
        <translation>Завершение подписей</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="124" />
        <source>No signature is waiting.</source>
        <translation>Ожидающих подписей нет.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/__init__.py" line="126" />
        <source>Revoked certificate</source>
        <translation>Отозванный сертификат</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/states.py" line="24" />
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="25" />
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="26" />
        <source>In route</source>
        <translation>На маршруте</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="27" />
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="28" />
        <source>Dispatched</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="29" />
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="36" />
        <source>Unknown document status: {status}</source>
        <translation>Неизвестное состояние документа: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/states.py" line="39" />
        <source>A document that is {current} cannot become {new}.</source>
        <translation>Документ в состоянии «{current}» не может перейти в состояние «{new}».</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../../ui/routing/widgets.py" line="109" />
        <source>Overdue: {n}</source>
        <translation>Просрочено: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="111" />
        <source>Due today: {n}</source>
        <translation>Срок сегодня: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="112" />
        <source>This week: {n}</source>
        <translation>На этой неделе: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/routing/widgets.py" line="113" />
        <source>My controlled resolutions overdue: {n}</source>
        <translation>Просроченных резолюций на моём контроле: {n}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="101" />
        <source>{n} s</source>
        <extracomment>Largest JSON response we accept (after gunzip): a full changes page is far smaller. Bytes sent per tus PATCH. Large, because every PATCH costs a round trip on a slow link; a cut loses nothing (the server keeps what reached it, HEAD says where to go on). First PATCH after a resume (see SyncClient.upload): empty. It waits for the server's lock on the upload (so a broken request still settling there is finished first) and answers with the true offset (204, or 409 naming it) -- a HEAD that cannot be stale, at no byte of file data. tus requests: their answers have no body, so no Accept-Encoding at all (urllib3 would otherwise add "Accept-Encoding: identity"; every header line of every request counts on a 2G link). A Retry-After longer than this is not believed (a day).</extracomment>
        <translation>{n} с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="102" />
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="203" />
        <source>The pinned server certificate fingerprint must be a SHA-256 (64 hex digits).</source>
        <translation>Отпечаток закреплённого сертификата сервера должен быть SHA-256 (64 шестнадцатеричные цифры).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="238" />
        <source>The server sent an invalid answer: {what}.</source>
        <translation>Сервер прислал недопустимый ответ: {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="308" />
        <source>The server address must start with https:// (got {url!r}).</source>
        <translation>Адрес сервера должен начинаться с https:// (получено {url!r}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="326" />
        <source>The CA bundle {path} does not exist.</source>
        <extracomment>Called whenever the server answered (any status): the link is up. The engine's "online".</extracomment>
        <translation>Набор сертификатов УЦ {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="349" />
        <location filename="../../desktop_app/sync/engine.py" line="218" />
        <source>Not logged in to the server: log in to synchronise.</source>
        <translation>Вход на сервер не выполнен: войдите, чтобы синхронизироваться.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="373" />
        <source>The server's certificate does not match the pinned fingerprint; not connecting.</source>
        <translation>Сертификат сервера не совпадает с закреплённым отпечатком; подключение не выполняется.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="376" />
        <source>The server's certificate is not trusted ({reason}).</source>
        <translation>Сертификат сервера не является доверенным ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="379" />
        <source>The secure connection broke ({reason}).</source>
        <translation>Защищённое соединение прервано ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="382" />
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="384" />
        <source>No connection to the server ({reason}).</source>
        <translation>Нет соединения с сервером ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="387" />
        <source>The request failed ({reason}).</source>
        <translation>Запрос не выполнен ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="393" />
        <source>The server's answer is too large ({size} bytes; at most {limit}).</source>
        <translation>Ответ сервера слишком большой ({size} байт; не более {limit}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="401" />
        <source>The server's answer is too large (over {limit} bytes).</source>
        <translation>Ответ сервера слишком большой (более {limit} байт).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="404" />
        <source>The connection broke while reading the answer ({reason}).</source>
        <translation>Соединение прервалось при чтении ответа ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="413" />
        <source>The server sent an answer that is not valid JSON.</source>
        <translation>Сервер прислал ответ, который не является допустимым JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="434" />
        <source>Too many failed logins; the server asks to wait {wait} before the next try.</source>
        <translation>Слишком много неудачных попыток входа; сервер просит подождать {wait} перед следующей попыткой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="437" />
        <source>Too many failed logins; wait a little before the next try.</source>
        <translation>Слишком много неудачных попыток входа; подождите немного перед следующей попыткой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="440" />
        <source>The server is having trouble ({detail}); will retry.</source>
        <translation>На сервере неполадки ({detail}); будет повторная попытка.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="445" />
        <source>The server refused the user name or password (or this workstation).</source>
        <translation>Сервер отклонил имя пользователя или пароль (или это рабочее место).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="447" />
        <source>This workstation has been disabled on the server.</source>
        <translation>Это рабочее место отключено на сервере.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="449" />
        <source>The server no longer accepts this login ({detail}); log in again.</source>
        <translation>Сервер больше не принимает этот вход ({detail}); войдите снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="451" />
        <source>The server refused the request: {detail}</source>
        <translation>Сервер отклонил запрос: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="541" />
        <source>At most {n} operations fit in one batch.</source>
        <translation>В один пакет помещается не более {n} операций.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="546" />
        <source>Operation {op} is not valid: {path} {reason}.</source>
        <translation>Операция {op} недопустима: {path} {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="687" />
        <source>The server announced a file of {size} bytes; refusing it.</source>
        <translation>Сервер объявил файл размером {size} байт; он отклонён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="699" />
        <source>The server no longer agrees on the size of file {sha}.</source>
        <translation>Сервер больше не подтверждает размер файла {sha}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="717" />
        <source>The server sent more bytes than file {sha} has.</source>
        <translation>Сервер прислал больше байт, чем содержит файл {sha}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="726" />
        <source>The connection broke during a download ({reason}).</source>
        <translation>Соединение прервалось во время загрузки ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="733" />
        <source>The download of file {sha} stopped at {have} of {size} bytes.</source>
        <translation>Загрузка файла {sha} остановилась на {have} из {size} байт.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="741" />
        <source>The downloaded file does not match its SHA-256 {sha}; discarded.</source>
        <translation>Загруженный файл не соответствует своему SHA-256 {sha}; он отброшен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="748" />
        <source>{value!r} is not a SHA-256 file name.</source>
        <translation>{value!r} не является именем файла SHA-256.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/client.py" line="757" />
        <source>{value!r} is not a valid identifier.</source>
        <translation>{value!r} не является допустимым идентификатором.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/credentials.py" line="46" />
        <source>The token could not be saved in the system keyring ({kind}).</source>
        <translation>Не удалось сохранить токен в системном хранилище ключей ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/credentials.py" line="53" />
        <source>The system keyring could not be read ({kind}).</source>
        <translation>Не удалось прочитать системное хранилище ключей ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/credentials.py" line="62" />
        <source>The token could not be removed from the system keyring ({kind}).</source>
        <translation>Не удалось удалить токен из системного хранилища ключей ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="195" />
        <source>No server is configured for this workstation.</source>
        <extracomment>Bytes per tus PATCH: progress is saved after each; on 100 kbit/s one takes ~20 s, so the round trip between PATCHes costs ~2 %, and a crash forgets at most this much locally (the server's offset, asked with HEAD on restart, still has everything that arrived). Ops that must not overtake file ops of their document held back for an upload.</extracomment>
        <translation>Для этого рабочего места не настроен сервер.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="793" />
        <source>The server forgot a partial upload; starting it again.</source>
        <translation>Сервер не сохранил частичную загрузку; начинаем заново.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="952" />
        <source>There is no open conflict {id}.</source>
        <translation>Открытого конфликта {id} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="954" />
        <source>This conflict cannot be settled with '{choice}'; choose one of: {choices}.</source>
        <translation>Этот конфликт нельзя разрешить вариантом '{choice}'; выберите один из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="963" />
        <source>A merge needs at least one of the fields: subject, summary, confidentiality.</source>
        <translation>Для объединения нужно хотя бы одно из полей: краткое содержание, аннотация, конфиденциальность.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sync/engine.py" line="983" />
        <source>Replaced by the server's version (conflict settled).</source>
        <translation>Заменено версией сервера (конфликт разрешён).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="20" />
        <source>Sync: no server</source>
        <translation>Синхронизация: нет сервера</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="22" />
        <source>Sync: log in</source>
        <translation>Синхронизация: выполните вход</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="23" />
        <source>syncing</source>
        <translation>синхронизация</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="23" />
        <location filename="../../ui/sync/dialogs.py" line="74" />
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="23" />
        <location filename="../../ui/sync/dialogs.py" line="74" />
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="24" />
        <source>Sync: {state} · {n} waiting</source>
        <translation>Синхронизация: {state} · в очереди: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="28" />
        <source>{n} conflicts</source>
        <translation>конфликтов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="49" />
        <source>S&amp;ync</source>
        <translation>С&amp;инхронизация</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="50" />
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="51" />
        <source>&amp;Log in to the server…</source>
        <translation>&amp;Войти на сервер…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="52" />
        <source>Sync &amp;details…</source>
        <translation>&amp;Подробности синхронизации…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="53" />
        <location filename="../../ui/sync/__init__.py" line="86" />
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="86" />
        <source>&amp;Conflicts ({n})…</source>
        <translation>&amp;Конфликты ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="96" />
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="99" />
        <source>Synchronising with the server</source>
        <translation>Синхронизация с сервером</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="120" />
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="122" />
        <source>Logging in</source>
        <translation>Выполняется вход</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="134" />
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="138" />
        <source>Settling a conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="74" />
        <source>Server: {state}</source>
        <translation>Сервер: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="75" />
        <source>Operations waiting: {n}</source>
        <translation>Операций в очереди: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="76" />
        <source>Bytes waiting: {n}</source>
        <translation>Объём в очереди: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="77" />
        <source>Conflicts to settle: {n}</source>
        <translation>Конфликтов к разрешению: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="79" />
        <source>Now: {dir} {name} ({done} of {total})</source>
        <translation>Сейчас: {dir} {name} ({done} из {total})</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="80" />
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="80" />
        <source>receiving</source>
        <translation>принимается</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="82" />
        <source>Last success: {when}</source>
        <translation>Последняя успешная синхронизация: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="84" />
        <source>Last error: {text}</source>
        <translation>Последняя ошибка: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="217" />
        <source>Subject</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="217" />
        <source>Summary</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="217" />
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="220" />
        <source>Registration number: {n}</source>
        <translation>Регистрационный номер: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="222" />
        <source>Action on the route step: {a}</source>
        <translation>Действие по шагу маршрута: {a}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="224" />
        <source>Comment: {c}</source>
        <translation>Комментарий: {c}</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="101" />
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="107" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="107" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="107" />
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../ui/sync/dialogs.py" line="107" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>UpdateNotifier</name>
    <message>
        <location filename="../../ui/updates.py" line="25" />
        <source>Check for &amp;updates...</source>
        <translation>Проверить &amp;обновления...</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="40" />
        <location filename="../../ui/updates.py" line="50" />
        <source>Check for updates</source>
        <translation>Проверить обновления</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="41" />
        <source>Checking for updates</source>
        <translation>Проверка обновлений</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="48" />
        <source>A new version of Docflow</source>
        <translation>Новая версия Docflow</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="54" />
        <source>Docflow {new} is available (you have {current}).</source>
        <translation>Доступна версия Docflow {new} (у вас {current}).</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="57" />
        <source>What is new:</source>
        <translation>Что нового:</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="59" />
        <source>Get it from: {url}</source>
        <translation>Где взять: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="60" />
        <source>Docflow does not install updates by itself: install the new version (or ask your administrator to). Your documents are kept.</source>
        <translation>Docflow не устанавливает обновления сам: установите новую версию (или попросите администратора). Ваши документы сохранятся.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="63" />
        <source>Docflow {current} is the newest version.</source>
        <translation>Docflow {current} — самая новая версия.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="65" />
        <source>No circulation server is configured, so there is nobody to ask about new versions.</source>
        <translation>Сервер документооборота не настроен, поэтому узнать о новых версиях не у кого.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="66" />
        <source>The server could not be asked about new versions: {reason}</source>
        <translation>Не удалось узнать у сервера о новых версиях: {reason}</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../../desktop_app/services/updates.py" line="97" />
        <source>The server's release notice is invalid ({problem}).</source>
        <translation>Сведения сервера о выпуске неверны ({problem}).</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="55" />
        <source>Unknown roles: {roles}</source>
        <translation>Неизвестные роли: {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="58" />
        <source>A user named {name} already exists.</source>
        <translation>Пользователь с именем {name} уже существует.</translation>
    </message>
</context>
</TS>