<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>New assignment</source>
        <extracomment>Settings key: the last audit event already turned into news (never repeated after a restart).</extracomment>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <source>New assignments ({n})</source>
        <translation>Новые поручения ({n})</translation>
    </message>
    <message>
        <source>report: {report}</source>
        <translation>отчёт: {report}</translation>
    </message>
    <message>
        <source>Executed, under your control: take it off control when the question is resolved</source>
        <translation>Исполнено, на вашем контроле: снимите с контроля, когда вопрос решён</translation>
    </message>
    <message>
        <source>Executed, under your control ({n})</source>
        <translation>Исполнено, на вашем контроле ({n})</translation>
    </message>
    <message>
        <source>Overdue: {n} assignment(s)</source>
        <translation>Просрочено: {n} поруч.</translation>
    </message>
    <message>
        <source>Due today: {n} assignment(s)</source>
        <translation>Срок сегодня: {n} поруч.</translation>
    </message>
    <message>
        <source>New incoming documents ({n})</source>
        <translation>Новые входящие документы ({n})</translation>
    </message>
    <message>
        <source>Citizens' appeals overdue: {n}</source>
        <translation>Просроченные обращения граждан: {n}</translation>
    </message>
    <message>
        <source>Citizens' appeals to answer soon: {n}</source>
        <translation>Обращения граждан, на которые скоро отвечать: {n}</translation>
    </message>
    <message>
        <source>New incoming document</source>
        <translation>Новый входящий документ</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Signature completed</source>
        <translation>Подпись завершена</translation>
    </message>
    <message>
        <source>Dispatch delivered</source>
        <translation>Отправление доставлено</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>profile folder (default: the user's data folder)</source>
        <translation>папка профиля (по умолчанию: папка данных пользователя)</translation>
    </message>
    <message>
        <source>interface language</source>
        <translation>язык интерфейса</translation>
    </message>
    <message>
        <source>PDF or image files to import ("Open with Docflow")</source>
        <translation>Файлы PDF или изображения для импорта («Открыть в Docflow»)</translation>
    </message>
    <message>
        <source>log everything (DEBUG) to the profile's logs/docflow.log and to the terminal</source>
        <translation>подробно (DEBUG) записывать всё в logs/docflow.log профиля и в терминал</translation>
    </message>
    <message>
        <source>check this installation in a temporary profile, print a report and exit (0 ok, 1 a problem)</source>
        <translation>проверить эту установку во временном профиле, вывести отчёт и выйти (0 — в порядке, 1 — есть проблема)</translation>
    </message>
    <message>
        <source>with --self-test: show the report in a window</source>
        <translation>с --self-test: показать отчёт в окне</translation>
    </message>
    <message>
        <source>with --self-test: also write the report to FILE</source>
        <translation>с --self-test: записать отчёт также в ФАЙЛ</translation>
    </message>
    <message>
        <source>docflow-app: no display found (DISPLAY/WAYLAND_DISPLAY are not set); to run without a screen use: QT_QPA_PLATFORM=offscreen make run</source>
        <translation>docflow-app: дисплей не найден (DISPLAY/WAYLAND_DISPLAY не заданы); для запуска без экрана используйте: QT_QPA_PLATFORM=offscreen make run</translation>
    </message>
</context>
<context>
    <name>AppealExtendDialog</name>
    <message>
        <source>Extend the appeal's term</source>
        <translation>Продлить срок обращения</translation>
    </message>
    <message>
        <source>Due {date}. The law allows up to {max} more working days in all ({left} left) when more information is requested; the citizen must be told.</source>
        <translation>Срок: {date}. При запросе дополнительных сведений закон позволяет продлить всего до {max} рабочих дней (осталось {left}); гражданину нужно сообщить.</translation>
    </message>
    <message>
        <source>&amp;Working days</source>
        <translation>&amp;Рабочие дни</translation>
    </message>
    <message>
        <source>&amp;What information was requested</source>
        <translation>&amp;Какие сведения запрошены</translation>
    </message>
    <message>
        <source>The citizen was &amp;told on</source>
        <translation>Гражданину &amp;сообщено</translation>
    </message>
</context>
<context>
    <name>AppealForwardDialog</name>
    <message>
        <source>Pass the appeal on</source>
        <translation>Передать обращение по принадлежности</translation>
    </message>
    <message>
        <source>An appeal that belongs to another body is passed on by {date} (3 working days) and the citizen is told.</source>
        <translation>Обращение, относящееся к другому органу, передаётся до {date} (3 рабочих дня), и гражданину сообщается.</translation>
    </message>
    <message>
        <source>&amp;Body it belongs to</source>
        <translation>&amp;Орган по принадлежности</translation>
    </message>
    <message>
        <source>Passed on &amp;on</source>
        <translation>&amp;Передано</translation>
    </message>
    <message>
        <source>The citizen was &amp;told on</source>
        <translation>Гражданину &amp;сообщено</translation>
    </message>
</context>
<context>
    <name>AppealRepeatedDialog</name>
    <message>
        <source>Mark as a repeated appeal</source>
        <translation>Отметить как повторное обращение</translation>
    </message>
    <message>
        <source>Only when the earlier appeal was answered on the merits and this one brings nothing new.</source>
        <translation>Только если на прежнее обращение дан ответ по существу и это не содержит ничего нового.</translation>
    </message>
    <message>
        <source>&amp;Number of the earlier appeal</source>
        <translation>&amp;Номер более раннего обращения</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
</context>
<context>
    <name>Appeals</name>
    <message>
        <source>An appeals journal needs the applicant's card: name, address and the appeal's type.</source>
        <translation>Журналу обращений нужна карточка заявителя: имя, адрес и вид обращения.</translation>
    </message>
    <message>
        <source>An appeal without the applicant's name and address is anonymous: the law does not let it be registered as a citizen's appeal. Register it as an ordinary incoming letter if it must be kept.</source>
        <translation>Обращение без имени и адреса заявителя анонимно: закон не позволяет регистрировать его как обращение гражданина. Если его нужно сохранить, зарегистрируйте его как обычное входящее письмо.</translation>
    </message>
    <message>
        <source>Choose the appeal's type: application, proposal or complaint.</source>
        <translation>Выберите вид обращения: заявление, предложение или жалоба.</translation>
    </message>
    <message>
        <source>Choose how the appeal was made: in writing, electronically, at a reception or by telephone.</source>
        <translation>Выберите, как подано обращение: письменно, в электронной форме, на приёме или по телефону.</translation>
    </message>
    <message>
        <source>An oral appeal needs the day it was received and the official who received it.</source>
        <translation>Для устного обращения нужны день приёма и должностное лицо, которое его приняло.</translation>
    </message>
    <message>
        <source>An oral appeal received on {received} cannot be registered on {date}, before it was made.</source>
        <translation>Устное обращение, принятое {received}, нельзя зарегистрировать {date}, раньше, чем оно сделано.</translation>
    </message>
    <message>
        <source>'{text}…' is longer than {n} characters.</source>
        <translation>«{text}…» длиннее {n} символов.</translation>
    </message>
    <message>
        <source>Write the {what}.</source>
        <translation>Укажите: {what}.</translation>
    </message>
    <message>
        <source>This document is not a registered citizen's appeal.</source>
        <translation>Этот документ не является зарегистрированным обращением гражданина.</translation>
    </message>
    <message>
        <source>extend an appeal's term</source>
        <translation>продлевать срок обращения</translation>
    </message>
    <message>
        <source>reason (what information was requested)</source>
        <translation>причина (какие сведения запрошены)</translation>
    </message>
    <message>
        <source>Record the day the citizen was told of the extension.</source>
        <translation>Укажите день, когда гражданину сообщили о продлении.</translation>
    </message>
    <message>
        <source>This appeal was passed on or marked repeated: its term no longer runs.</source>
        <translation>Это обращение передано или отмечено как повторное: его срок больше не идёт.</translation>
    </message>
    <message>
        <source>An appeal's term can be extended by at most {max} working days in all; {used} already used.</source>
        <translation>Срок обращения можно продлить всего не более чем на {max} рабочих дней; уже использовано {used}.</translation>
    </message>
    <message>
        <source>pass an appeal on</source>
        <translation>передавать обращение по принадлежности</translation>
    </message>
    <message>
        <source>body the appeal is passed on to</source>
        <translation>орган, которому передано обращение</translation>
    </message>
    <message>
        <source>Record the day it was passed on and the day the citizen was told.</source>
        <translation>Укажите день передачи и день, когда гражданину сообщили.</translation>
    </message>
    <message>
        <source>This appeal was already passed on to {to}.</source>
        <translation>Это обращение уже передано: {to}.</translation>
    </message>
    <message>
        <source>mark an appeal as repeated</source>
        <translation>отмечать обращение как повторное</translation>
    </message>
    <message>
        <source>number of the earlier appeal</source>
        <translation>номер более раннего обращения</translation>
    </message>
    <message>
        <source>This appeal is already marked repeated.</source>
        <translation>Это обращение уже отмечено как повторное.</translation>
    </message>
    <message>
        <source>{name} has no earlier appeal numbered {number} within a year.</source>
        <translation>У заявителя {name} нет более раннего обращения с номером {number} за год.</translation>
    </message>
    <message>
        <source>Appeal {number} has not been answered on the merits yet: the new one is not a repeated appeal.</source>
        <translation>На обращение {number} ещё не дан ответ по существу: новое не является повторным.</translation>
    </message>
    <message>
        <source>{name}'s appeals were answered on the merits {n} time(s) within a year; the law leaves a repeated appeal unconsidered only after {need}.</source>
        <translation>На обращения заявителя {name} за год {n} раз(а) дан ответ по существу; закон оставляет повторное обращение без рассмотрения только после {need}.</translation>
    </message>
    <message>
        <source>Only an appeal made at a reception or by telephone is registered without a letter.</source>
        <translation>Без письма регистрируется только обращение, сделанное на приёме или по телефону.</translation>
    </message>
    <message>
        <source>Write down what the citizen said: an oral appeal has no letter, the summary is its content.</source>
        <translation>Запишите, что сказал гражданин: у устного обращения нет письма, его содержание — это краткое изложение.</translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Срок скоро</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <source>My assignments</source>
        <translation>Мои поручения</translation>
    </message>
    <message>
        <source>{n} assignment(s)</source>
        <translation>Поручений: {n}</translation>
    </message>
    <message>
        <source>{shown} of {n} assignment(s), soonest first</source>
        <translation>{shown} из {n} поручений, сначала ближайшие по сроку</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>event {seq} does not follow the event before it (an event was removed or reordered)</source>
        <extracomment>The actor named for what the server did by itself (another desk's changes name ``server:&lt;user&gt;@&lt;desk&gt;``, :func:`server_actor`).</extracomment>
        <translation>событие {seq} не следует за предыдущим (событие удалено или порядок изменён)</translation>
    </message>
    <message>
        <source>event {seq} was changed after it was written</source>
        <translation>событие {seq} изменено после записи</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Not a valid SHA-256 content hash: {value!r}</source>
        <extracomment>A temporary file or an unnamed blob younger than this is work in hand (an import staged its file, or put its blob before the row that names it commits), not a crash's leftover: the store check leaves it (the window checks the store at start-up while a file opened with the app is imported).</extracomment>
        <translation>Недопустимый хеш содержимого SHA-256: {value!r}</translation>
    </message>
    <message>
        <source>Could not write to the file store: {reason}</source>
        <translation>Не удалось записать в хранилище файлов: {reason}</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Edit the card</source>
        <translation>Правка карточки</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Краткое содержание</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Аннотация</translation>
    </message>
    <message>
        <source>&amp;Confidentiality</source>
        <translation>Конфи&amp;денциальность</translation>
    </message>
    <message>
        <source>C&amp;orrespondent</source>
        <translation>Ко&amp;рреспондент</translation>
    </message>
    <message>
        <source>Their &amp;number</source>
        <translation>Исх. &amp;номер корреспондента</translation>
    </message>
    <message>
        <source>Their letter is &amp;dated</source>
        <translation>У письма есть &amp;дата</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <source>Their number</source>
        <translation>Исх. номер корреспондента</translation>
    </message>
    <message>
        <source>Their date</source>
        <translation>Исх. дата корреспондента</translation>
    </message>
    <message>
        <source>The registration card (number, date, correspondent and the sender's number and date) is kept as it was registered: the journal's entry cannot be rewritten.</source>
        <translation>Регистрационная карточка (номер, дата, корреспондент, исходящие номер и дата корреспондента) хранится такой, какой была при регистрации: запись журнала не переписывается.</translation>
    </message>
    <message>
        <source>At registration (Ctrl+R) these become the registration card, which is then kept as registered.</source>
        <translation>При регистрации (Ctrl+R) эти данные попадают в регистрационную карточку, которая затем хранится такой, какой была при регистрации.</translation>
    </message>
    <message>
        <source>The correspondent's date cannot be in the future.</source>
        <translation>Дата корреспондента не может быть в будущем.</translation>
    </message>
    <message>
        <source>The subject is empty: write what the document is about.</source>
        <translation>Краткое содержание пусто: напишите, о чём документ.</translation>
    </message>
    <message>
        <source>The subject is longer than {max} characters.</source>
        <translation>Краткое содержание длиннее {max} символов.</translation>
    </message>
</context>
<context>
    <name>CarryOverPage</name>
    <message>
        <source>Work done before the first login</source>
        <translation>Работа, сделанная до первого входа</translation>
    </message>
    <message>
        <source>It was done on this computer before the server knew you. Say once whose it is; it is then sent under that account, and the history records the change.</source>
        <translation>Эта работа сделана на этом компьютере до того, как сервер узнал вас. Укажите один раз, чья она: она будет отправлена от этой учётной записи, а изменение запишется в историю.</translation>
    </message>
    <message>
        <source>Local work:</source>
        <translation>Локальная работа:</translation>
    </message>
    <message>
        <source>&amp;It was my work, as</source>
        <translation>&amp;Это моя работа, учётная запись:</translation>
    </message>
    <message>
        <source>Local work</source>
        <translation>Локальная работа</translation>
    </message>
    <message>
        <source>Server account</source>
        <translation>Учётная запись на сервере</translation>
    </message>
    <message>
        <source>{name}: {docs} documents, {ops} changes waiting to be sent</source>
        <translation>{name}: документов — {docs}, изменений к отправке — {ops}</translation>
    </message>
    <message>
        <source>Reading the local work</source>
        <translation>Чтение локальной работы</translation>
    </message>
    <message>
        <source>{n} documents carried over; they are sent with the next synchronisation.</source>
        <translation>Перенесено документов: {n}; они будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Carrying the work over</source>
        <translation>Работа переносится</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case of the file plan</source>
        <translation>Дело номенклатуры</translation>
    </message>
    <message>
        <source>e.g. 01-05</source>
        <translation>напр. 01-05</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>постоянно</translation>
    </message>
    <message>
        <source> years</source>
        <translation> лет</translation>
    </message>
    <message>
        <source>&amp;Index</source>
        <translation>&amp;Индекс</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Срок хранения</translation>
    </message>
    <message>
        <source>&amp;Article of the model list</source>
        <translation>&amp;Статья типового перечня</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Not a date (use YYYY-MM-DD): {value}</source>
        <translation>Это не дата (используйте формат YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <source>No terminal to ask for the secret: pass it on standard input with --password-stdin or --pin-stdin.</source>
        <translation>Нет терминала, чтобы запросить секрет: передайте его через стандартный ввод с --password-stdin или --pin-stdin.</translation>
    </message>
    <message>
        <source>The secret is empty: nothing was read.</source>
        <translation>Секрет пуст: ничего не прочитано.</translation>
    </message>
    <message>
        <source>There is no user {name} on the staff list.</source>
        <translation>В списке сотрудников нет пользователя {name}.</translation>
    </message>
    <message>
        <source>Document {doc} was sent to {to}: {state}, their number {number}.</source>
        <translation>Документ {doc} отправлен в {to}: {state}, их номер {number}.</translation>
    </message>
    <message>
        <source>Document {doc} was sent to {to}: {state}.</source>
        <translation>Документ {doc} отправлен в {to}: {state}.</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>не удалось: {reason}</translation>
    </message>
    <message>
        <source>Name the document whose original should be uploaded.</source>
        <translation>Укажите документ, оригинал которого нужно отправить.</translation>
    </message>
    <message>
        <source>Audit journal is broken at event {seq}: {reason}</source>
        <translation>Журнал аудита нарушен на событии {seq}: {reason}</translation>
    </message>
    <message>
        <source>The store has problems: {n} missing files; integrity: {integrity}</source>
        <translation>В хранилище есть проблемы: отсутствует файлов: {n}; целостность: {integrity}</translation>
    </message>
    <message>
        <source>No signature waits to be completed (nothing was tried).</source>
        <translation>Нет подписей, ожидающих завершения (ничего не выполнялось).</translation>
    </message>
    <message>
        <source>{n} documents tried.</source>
        <translation>Обработано документов: {n}.</translation>
    </message>
    <message>
        <source>checking: {what}</source>
        <translation>проверка: {what}</translation>
    </message>
    <message>
        <source>No single document matches the id {id}.</source>
        <translation>Идентификатору {id} не соответствует ровно один документ.</translation>
    </message>
    <message>
        <source>Docflow command line</source>
        <translation>Командная строка Docflow</translation>
    </message>
    <message>
        <source>profile folder (default: the user's data folder)</source>
        <translation>папка профиля (по умолчанию: папка данных пользователя)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>требуются следующие аргументы: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый выбор: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидался один аргумент</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>unknown arguments: {args} (their values are not repeated here)</source>
        <translation>неизвестные аргументы: {args} (их значения здесь не повторяются)</translation>
    </message>
    <message>
        <source>docflow: wrong use of the command line: {reason}</source>
        <translation>docflow: неверное использование командной строки: {reason}</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <source>act as this user of the profile</source>
        <translation>действовать от имени этого пользователя профиля</translation>
    </message>
    <message>
        <source>log everything (DEBUG) to the profile's logs/docflow.log and to the terminal</source>
        <translation>подробно (DEBUG) записывать всё в logs/docflow.log профиля и в терминал</translation>
    </message>
    <message>
        <source>Exit codes: see docs/cli.md (the same with or without --json).</source>
        <translation>Коды выхода: см. docs/cli.md (одинаковы с --json и без него).</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <source>create or open the profile</source>
        <translation>создать или открыть профиль</translation>
    </message>
    <message>
        <source>import PDF or image files as documents</source>
        <translation>импортировать PDF-файлы или изображения как документы</translation>
    </message>
    <message>
        <source>do not recognise the text of scans</source>
        <translation>не распознавать текст сканов</translation>
    </message>
    <message>
        <source>write the printable separator sheet (PDF) to a file</source>
        <translation>записать разделительный лист для печати (PDF) в файл</translation>
    </message>
    <message>
        <source>scan originals kept on this computer</source>
        <translation>оригиналы сканов на этом компьютере</translation>
    </message>
    <message>
        <source>list documents</source>
        <translation>список документов</translation>
    </message>
    <message>
        <source>show one document</source>
        <translation>показать документ</translation>
    </message>
    <message>
        <source>register a document in a journal</source>
        <translation>зарегистрировать документ в журнале</translation>
    </message>
    <message>
        <source>copy a document's files to a folder</source>
        <translation>скопировать файлы документа в папку</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>полнотекстовый поиск</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>{key} is not set.</source>
        <translation>{key} не задан.</translation>
    </message>
    <message>
        <source>{key} is now not set (the default).</source>
        <translation>{key} теперь не задан (по умолчанию).</translation>
    </message>
    <message>
        <source>{key} is {value}.</source>
        <translation>Параметр {key} имеет значение {value}.</translation>
    </message>
    <message>
        <source>{key} is back to its default, {value}.</source>
        <translation>{key} возвращён к значению по умолчанию: {value}.</translation>
    </message>
    <message>
        <source>{key} is now {value}.</source>
        <translation>{key} теперь: {value}.</translation>
    </message>
    <message>
        <source>verify the audit journal</source>
        <translation>проверить журнал аудита</translation>
    </message>
    <message>
        <source>check the store (integrity, orphan and missing files)</source>
        <translation>проверить хранилище (целостность, лишние и отсутствующие файлы)</translation>
    </message>
    <message>
        <source>check every signature in a PDF file (opens no profile unless --profile is given)</source>
        <translation>проверить каждую подпись в PDF-файле (профиль не открывается, если не указан --profile)</translation>
    </message>
    <message>
        <source>fetch revocation data (OCSP/CRL)</source>
        <translation>получить данные об отзыве (OCSP/CRL)</translation>
    </message>
    <message>
        <source>trust the certificates in this PEM file</source>
        <translation>доверять сертификатам из этого PEM-файла</translation>
    </message>
    <message>
        <source>complete waiting signatures (timestamp, validation data)</source>
        <translation>завершить ожидающие подписи (метка времени, данные проверки)</translation>
    </message>
    <message>
        <source>ignore the retry schedule</source>
        <translation>игнорировать расписание повторных попыток</translation>
    </message>
    <message>
        <source>check this installation in a temporary profile (exit 0 ok, 1 a problem)</source>
        <translation>проверить эту установку во временном профиле (код выхода 0 — в порядке, 1 — есть проблема)</translation>
    </message>
    <message>
        <source>language of the report</source>
        <translation>язык отчёта</translation>
    </message>
    <message>
        <source>read or change this profile's settings (trust bundle, timestamping, ...)</source>
        <translation>прочитать или изменить параметры профиля (доверенные сертификаты, метка времени, ...)</translation>
    </message>
    <message>
        <source>show every setting, or one</source>
        <translation>показать все параметры или один</translation>
    </message>
    <message>
        <source>check and save one setting</source>
        <translation>проверить и сохранить один параметр</translation>
    </message>
    <message>
        <source>put one setting back to its default</source>
        <translation>вернуть параметру значение по умолчанию</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} из {total}</translation>
    </message>
    <message>
        <source>Password for {user} at {server}: </source>
        <translation>Пароль {user} на сервере {server}: </translation>
    </message>
    <message>
        <source>This computer has no system keyring (such as GNOME Keyring or KWallet) to keep the login in, so the command line cannot stay logged in: the login was given back to the server. The window can still log in for one session.</source>
        <translation>На этом компьютере нет системного хранилища ключей (например, GNOME Keyring или KWallet) для входа, поэтому командная строка не может оставаться в системе: вход возвращён серверу. Окно всё же может войти на один сеанс.</translation>
    </message>
    <message>
        <source>Logged in to {server} as {name} ({user}) of {institution}, workstation {ws}; the login is valid until {until}.</source>
        <translation>Выполнен вход на {server} как {name} ({user}) из {institution}, рабочая станция {ws}; вход действителен до {until}.</translation>
    </message>
    <message>
        <source>Logged out of {server}: the login is forgotten on this desk.</source>
        <translation>Выполнен выход из {server}: вход на этом рабочем месте забыт.</translation>
    </message>
    <message>
        <source>Work done before the first login waits: say whose it is with docflow setup carry-over (nothing was sent).</source>
        <translation>Работа, сделанная до первого входа, ждёт: укажите, чья она, командой docflow setup carry-over (ничего не отправлено).</translation>
    </message>
    <message>
        <source>Synchronised, but {conflicts} conflict(s) and the refused changes wait for a person: see docflow conflicts list.</source>
        <translation>Синхронизировано, но конфликтов: {conflicts}, и отклонённые изменения ждут решения человека: см. docflow conflicts list.</translation>
    </message>
    <message>
        <source>Log in first (docflow login): the server's staff list says whose the work can be.</source>
        <translation>Сначала войдите (docflow login): чьей может быть работа, знает список сотрудников на сервере.</translation>
    </message>
    <message>
        <source>Nothing to carry over: no work waits from before the first login.</source>
        <translation>Переносить нечего: работы, сделанной до первого входа, нет.</translation>
    </message>
    <message>
        <source>Say whose the work is: --map LOCAL=SERVER for each local user (docflow setup carry-over --list shows them).</source>
        <translation>Укажите, чья это работа: --map LOCAL=SERVER для каждого локального пользователя (их показывает docflow setup carry-over --list).</translation>
    </message>
    <message>
        <source>Nothing was changed; add --despite-missing-roles to carry the work over anyway.</source>
        <translation>Ничего не изменено; чтобы всё равно перенести работу, добавьте --despite-missing-roles.</translation>
    </message>
    <message>
        <source>Carry the work over anyway? [y/N] </source>
        <translation>Всё равно перенести работу? [д/Н] </translation>
    </message>
    <message>
        <source>Nothing was carried over.</source>
        <translation>Ничего не перенесено.</translation>
    </message>
    <message>
        <source>The work of {local} is now {server}'s: {docs} documents, {ops} changes waiting to be sent.</source>
        <translation>Работа {local} теперь принадлежит {server}: документов — {docs}, изменений к отправке — {ops}.</translation>
    </message>
    <message>
        <source>It is sent with the next synchronisation (docflow sync --once); the audit journal records the change.</source>
        <translation>Она будет отправлена при следующей синхронизации (docflow sync --once); журнал аудита записывает это изменение.</translation>
    </message>
    <message>
        <source>Work done on this computer before the first login:</source>
        <translation>Работа, сделанная на этом компьютере до первого входа:</translation>
    </message>
    <message>
        <source>{name}: {docs} documents, {ops} changes waiting to be sent</source>
        <translation>{name}: документов — {docs}, изменений к отправке — {ops}</translation>
    </message>
    <message>
        <source>Server accounts it can be carried over to:</source>
        <translation>Учётные записи на сервере, на которые её можно перенести:</translation>
    </message>
    <message>
        <source>Carry it over with: docflow setup carry-over {maps}</source>
        <translation>Перенести: docflow setup carry-over {maps}</translation>
    </message>
    <message>
        <source>--map {pair}: write it as LOCAL=SERVER (two user names).</source>
        <translation>--map {pair}: запишите как LOCAL=SERVER (два имени пользователя).</translation>
    </message>
    <message>
        <source>--map: {name} is not a local user with work waiting (see --list).</source>
        <translation>--map: {name} — не локальный пользователь с ожидающей работой (см. --list).</translation>
    </message>
    <message>
        <source>--map: {name} is not on the server's staff list (see --list).</source>
        <translation>--map: {name} нет в списке сотрудников на сервере (см. --list).</translation>
    </message>
    <message>
        <source>Whose was the work of {name}? (number or user name{default}): </source>
        <translation>Чьей была работа {name}? (номер или имя пользователя{default}): </translation>
    </message>
    <message>
        <source>Enter: {user}</source>
        <translation>Enter: {user}</translation>
    </message>
    <message>
        <source>{answer} is not on the list.</source>
        <translation>{answer} нет в списке.</translation>
    </message>
    <message>
        <source>yes (the answer to a question)</source>
        <translation>да</translation>
    </message>
    <message>
        <source>This desk works with {server} as {user} (workstation {ws}); synchronisation is “{state}”.</source>
        <translation>Это рабочее место работает с {server} как {user} (рабочая станция {ws}); состояние синхронизации: «{state}».</translation>
    </message>
    <message>
        <source>This desk has no server yet (docflow login); it works offline as {user}.</source>
        <translation>У этого рабочего места ещё нет сервера (docflow login); оно работает автономно как {user}.</translation>
    </message>
    <message>
        <source>{ops} changes wait to be sent, and {conflicts} conflicts wait for a person.</source>
        <translation>Изменений к отправке — {ops}, конфликтов, ждущих решения человека, — {conflicts}.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent, and there is no conflict.</source>
        <translation>Ничего не ждёт отправки, конфликтов нет.</translation>
    </message>
    <message>
        <source>{n} changes made here by other people wait for their own login.</source>
        <translation>Изменения других сотрудников, сделанные здесь ({n}), ждут их собственного входа.</translation>
    </message>
    <message>
        <source>The last problem: {error}</source>
        <translation>Последняя проблема: {error}</translation>
    </message>
    <message>
        <source>There is no conflict with the server.</source>
        <translation>Конфликтов с сервером нет.</translation>
    </message>
    <message>
        <source>No single open conflict matches the id {id}.</source>
        <translation>Ни один открытый конфликт не соответствует однозначно идентификатору {id}.</translation>
    </message>
    <message>
        <source>it was changed differently there.</source>
        <translation>там документ изменили иначе.</translation>
    </message>
    <message>
        <source>Conflict {id} on document {doc} ({what}): the server did not take this desk's change: {reason} Settle it with: docflow conflicts resolve {id} --take {choices}</source>
        <translation>Конфликт {id} по документу {doc} ({what}): сервер не принял изменение этого рабочего места: {reason} Решить: docflow conflicts resolve {id} --take {choices}</translation>
    </message>
    <message>
        <source>connect this desk to a circulation server and log in</source>
        <translation>подключить это рабочее место к серверу документооборота и войти</translation>
    </message>
    <message>
        <source>this desk's workstation id on the server</source>
        <translation>идентификатор этого рабочего места на сервере</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>прочитать пароль из стандартного ввода</translation>
    </message>
    <message>
        <source>trust the server's certificate from this PEM file</source>
        <translation>доверять сертификату сервера из этого PEM-файла</translation>
    </message>
    <message>
        <source>accept only the server certificate with this SHA-256 fingerprint</source>
        <translation>принимать только сертификат сервера с этим отпечатком SHA-256</translation>
    </message>
    <message>
        <source>log out and forget the token on this desk</source>
        <translation>выйти и забыть токен на этом рабочем месте</translation>
    </message>
    <message>
        <source>synchronise with the server (until interrupted, or --once)</source>
        <translation>синхронизировать с сервером (до прерывания или --once)</translation>
    </message>
    <message>
        <source>one cycle, then exit</source>
        <translation>один цикл, затем выход</translation>
    </message>
    <message>
        <source>first-run setup from the command line</source>
        <translation>первоначальная настройка из командной строки</translation>
    </message>
    <message>
        <source>say whose the work done before the first login was; it is then sent</source>
        <translation>укажите, чьей была работа, сделанная до первого входа; затем она отправляется</translation>
    </message>
    <message>
        <source>only show the local work and the server's accounts</source>
        <translation>только показать локальную работу и учётные записи на сервере</translation>
    </message>
    <message>
        <source>carry the work of the local user LOCAL over to the server account SERVER (repeatable)</source>
        <translation>перенести работу локального пользователя LOCAL на учётную запись SERVER (можно повторять)</translation>
    </message>
    <message>
        <source>carry over even when the account lacks roles the work needs (the server refuses those changes)</source>
        <translation>перенести, даже если у учётной записи нет ролей, нужных для работы (сервер откажет в этих изменениях)</translation>
    </message>
    <message>
        <source>the sync state, what is waiting, and the newest dispatches</source>
        <translation>состояние синхронизации, что ожидает, и последние отправки</translation>
    </message>
    <message>
        <source>how many dispatches to show</source>
        <translation>сколько отправок показать</translation>
    </message>
    <message>
        <source>list or settle conflicts with the server</source>
        <translation>показать или разрешить конфликты с сервером</translation>
    </message>
    <message>
        <source>open conflicts, oldest first</source>
        <translation>открытые конфликты, сначала самые старые</translation>
    </message>
    <message>
        <source>settle one conflict</source>
        <translation>разрешить один конфликт</translation>
    </message>
    <message>
        <source>the merged subject (with --take merge)</source>
        <translation>объединённая тема (с --take merge)</translation>
    </message>
    <message>
        <source>the merged summary (with --take merge)</source>
        <translation>объединённое краткое содержание (с --take merge)</translation>
    </message>
    <message>
        <source>Give either --deadline or --days, not both.</source>
        <translation>Укажите либо --deadline, либо --days, но не оба.</translation>
    </message>
    <message>
        <source>A step is written KIND:WHO or KIND:WHO:DAYS (e.g. sign:head, review:@clerk:3), not {text}.</source>
        <translation>Шаг записывается как KIND:WHO или KIND:WHO:DAYS (напр. sign:head, review:@clerk:3), а не {text}.</translation>
    </message>
    <message>
        <source>The days of the step {text} are not a whole number.</source>
        <translation>Дни шага {text} — не целое число.</translation>
    </message>
    <message>
        <source>There is no role {role}; roles: {roles}.</source>
        <translation>Роли {role} нет; роли: {roles}.</translation>
    </message>
    <message>
        <source>{user} has {n} active steps on the document {id}: give the step's id (docflow route show).</source>
        <translation>У {user} активных шагов в документе {id}: {n}; укажите идентификатор шага (docflow route show).</translation>
    </message>
    <message>
        <source>it has no route</source>
        <translation>у него нет маршрута</translation>
    </message>
    <message>
        <source>its route is under way</source>
        <translation>его маршрут идёт</translation>
    </message>
    <message>
        <source>its route is complete</source>
        <translation>его маршрут завершён</translation>
    </message>
    <message>
        <source>its route was stopped (declined or returned)</source>
        <translation>его маршрут остановлен (отклонён или возвращён)</translation>
    </message>
    <message>
        <source>Document {doc} “{subject}” is “{status}”; {route}.</source>
        <translation>Документ {doc} «{subject}» в состоянии «{status}»; {route}.</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, срок {date}</translation>
    </message>
    <message>
        <source>Resolution by {author} for {who}{due}: “{text}”.</source>
        <translation>Резолюция {author} для {who}{due}: «{text}».</translation>
    </message>
    <message>
        <source>Stage {stage}: {kind} by {who} — {state}</source>
        <translation>Этап {stage}: {kind}, исполнитель {who} — {state}</translation>
    </message>
    <message>
        <source> ({action} by {name})</source>
        <translation> ({action}, {name})</translation>
    </message>
    <message>
        <source>; step {id}.</source>
        <translation>; шаг {id}.</translation>
    </message>
    <message>
        <source>Give the route's stages (--stage, one per stage) or --template.</source>
        <translation>Укажите этапы маршрута (--stage, по одному на этап) или --template.</translation>
    </message>
    <message>
        <source>Name one signing identity: --pkcs12 FILE, or a token key (--token-label, --key-id, --pkcs11-module).</source>
        <translation>Укажите одно средство подписи: --pkcs12 ФАЙЛ или ключ на токене (--token-label, --key-id, --pkcs11-module).</translation>
    </message>
    <message>
        <source>Passphrase of {file}: </source>
        <translation>Пароль файла {file}: </translation>
    </message>
    <message>
        <source>PIN of the token {label}: </source>
        <translation>PIN-код токена {label}: </translation>
    </message>
    <message>
        <source>the head's resolution on a document</source>
        <translation>резолюция руководителя по документу</translation>
    </message>
    <message>
        <source>write a resolution: executor, text, deadline</source>
        <translation>написать резолюцию: исполнитель, текст, срок</translation>
    </message>
    <message>
        <source>user name of the executor</source>
        <translation>имя пользователя исполнителя</translation>
    </message>
    <message>
        <source>user name of a co-executor (repeatable)</source>
        <translation>имя пользователя соисполнителя (можно повторять)</translation>
    </message>
    <message>
        <source>deadline in working days from today</source>
        <translation>срок в рабочих днях от сегодня</translation>
    </message>
    <message>
        <source>do not put the document on control</source>
        <translation>не ставить документ на контроль</translation>
    </message>
    <message>
        <source>a document's route: set it, act on a step, show it</source>
        <translation>маршрут документа: задать, действовать по шагу, показать</translation>
    </message>
    <message>
        <source>set the route (replaces the steps not yet acted on)</source>
        <translation>задать маршрут (заменяет ещё не выполненные шаги)</translation>
    </message>
    <message>
        <source>one stage, its parallel steps separated by commas; WHO is a user name or @role (repeatable, in order)</source>
        <translation>один этап, его параллельные шаги через запятую; WHO — имя пользователя или @роль (можно повторять, по порядку)</translation>
    </message>
    <message>
        <source>use this route template instead</source>
        <translation>использовать вместо этого шаблон маршрута</translation>
    </message>
    <message>
        <source>act on your active step</source>
        <translation>действие по вашему активному шагу</translation>
    </message>
    <message>
        <source>the document (your one active step on it) or a step's id</source>
        <translation>документ (ваш единственный активный шаг в нём) или идентификатор шага</translation>
    </message>
    <message>
        <source>resolutions, steps and dispatches of a document</source>
        <translation>резолюции, шаги и отправки документа</translation>
    </message>
    <message>
        <source>sign a document's newest PDF (PAdES)</source>
        <translation>подписать самый новый PDF документа (PAdES)</translation>
    </message>
    <message>
        <source>a PKCS#12 (.p12/.pfx) file</source>
        <translation>файл PKCS#12 (.p12/.pfx)</translation>
    </message>
    <message>
        <source>the token's PKCS#11 library (default: the setting pkcs11_module)</source>
        <translation>библиотека PKCS#11 токена (по умолчанию: параметр pkcs11_module)</translation>
    </message>
    <message>
        <source>the key's id on the token (hex)</source>
        <translation>идентификатор ключа на токене (шестнадцатеричный)</translation>
    </message>
    <message>
        <source>read the PIN or passphrase from standard input</source>
        <translation>прочитать PIN-код или пароль из стандартного ввода</translation>
    </message>
    <message>
        <source>send a registered, signed outgoing document to other institutions</source>
        <translation>отправить зарегистрированный подписанный исходящий документ в другие учреждения</translation>
    </message>
    <message>
        <source>registry code of a recipient (repeatable)</source>
        <translation>регистрационный код получателя (можно повторять)</translation>
    </message>
    <message>
        <source>tell the sender a received document was refused (registering it tells them its number)</source>
        <translation>сообщить отправителю, что полученный документ отклонён (регистрация сама сообщает его номер)</translation>
    </message>
    <message>
        <source>refuse it, with this reason</source>
        <translation>отказать с этой причиной</translation>
    </message>
    <message>
        <source>Give either --year or --from/--to, not both.</source>
        <translation>Укажите либо --year, либо --from/--to, но не оба.</translation>
    </message>
    <message>
        <source>Not a year: {value}</source>
        <translation>Это не год: {value}</translation>
    </message>
    <message>
        <source>Give the period: --year YYYY or --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Укажите период: --year YYYY или --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Not a month (use YYYY-MM): {value}</source>
        <translation>Это не месяц (используйте YYYY-MM): {value}</translation>
    </message>
    <message>
        <source>the office's paper as PDF or XLSX: card, registers, control and appeals reports, the stamped copy</source>
        <translation>документы канцелярии в PDF или XLSX: карточка, журналы, отчёты по контролю и обращениям, копия со штампом</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>файл для записи</translation>
    </message>
    <message>
        <source>pdf or xlsx (default: from the file's suffix, else pdf)</source>
        <translation>pdf или xlsx (по умолчанию: по расширению файла, иначе pdf)</translation>
    </message>
    <message>
        <source>the whole calendar year</source>
        <translation>весь календарный год</translation>
    </message>
    <message>
        <source>first day of the period</source>
        <translation>первый день периода</translation>
    </message>
    <message>
        <source>last day of the period</source>
        <translation>последний день периода</translation>
    </message>
    <message>
        <source>the registration-control card of a document</source>
        <translation>регистрационно-контрольная карточка документа</translation>
    </message>
    <message>
        <source>a journal's register for a period</source>
        <translation>журнал регистрации за период</translation>
    </message>
    <message>
        <source>the journal's code (e.g. IN, OUT, INT, APL)</source>
        <translation>код журнала (напр. IN, OUT, INT, APL)</translation>
    </message>
    <message>
        <source>the monthly control report</source>
        <translation>ежемесячный отчёт по контролю</translation>
    </message>
    <message>
        <source>the month (default: this month)</source>
        <translation>месяц (по умолчанию: текущий)</translation>
    </message>
    <message>
        <source>the citizens' appeals report for a period</source>
        <translation>отчёт по обращениям граждан за период</translation>
    </message>
    <message>
        <source>only this appeals journal (default: all of them)</source>
        <translation>только этот журнал обращений (по умолчанию — все)</translation>
    </message>
    <message>
        <source>the inventory of a year's cases for transfer to the archive</source>
        <translation>опись дел года для передачи в архив</translation>
    </message>
    <message>
        <source>the year of the cases (default: this year)</source>
        <translation>год дел (по умолчанию: текущий)</translation>
    </message>
    <message>
        <source>a copy of the document's PDF with the registration stamp (the stored files are not changed)</source>
        <translation>копия PDF документа с регистрационным штампом (хранимые файлы не меняются)</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Новый документ…</translation>
    </message>
    <message>
        <source>A new outgoing letter or internal document from a template, a scan or a file</source>
        <translation>Новое исходящее письмо или внутренний документ из шаблона, скана или файла</translation>
    </message>
    <message>
        <source>Creating the document</source>
        <translation>Создание документа</translation>
    </message>
    <message>
        <source>Saving the scan</source>
        <translation>Сохранение скана</translation>
    </message>
    <message>
        <source>New document from a file</source>
        <translation>Новый документ из файла</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Document not created</source>
        <translation>Документ не создан</translation>
    </message>
    <message>
        <source>{kind} document created. Register it when it is ready (Ctrl+R).</source>
        <translation>Документ создан ({kind}). Зарегистрируйте его, когда он будет готов (Ctrl+R).</translation>
    </message>
    <message>
        <source>{kind} document created. When it is ready, send it for endorsement and signature: Route ▸ Route builder (Ctrl+Shift+B).</source>
        <translation>Документ создан ({kind}). Когда он будет готов, отправьте его на визирование и подпись: Маршрут ▸ Конструктор маршрута (Ctrl+Shift+B).</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Take the server's</source>
        <translation>Принять версию сервера</translation>
    </message>
    <message>
        <source>Save the merge</source>
        <translation>Сохранить объединённую версию</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Merged subject</source>
        <translation>Объединённое краткое содержание</translation>
    </message>
    <message>
        <source>Merged summary</source>
        <translation>Объединённая аннотация</translation>
    </message>
    <message>
        <source>Someone else changed this document at the same time. Compare the two versions: keep yours, take the server's, or save a merge of both.</source>
        <translation>Этот документ одновременно изменил кто-то другой. Сравните обе версии: оставьте свою, примите версию сервера или сохраните объединённую.</translation>
    </message>
    <message>
        <source>The server did not take this workstation's change: {reason}</source>
        <translation>Сервер не принял изменение с этого рабочего места: {reason}</translation>
    </message>
    <message>
        <source>it was changed differently there.</source>
        <translation>там документ изменили иначе.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>Overdue by {n} working day(s)</source>
        <translation>Просрочено на {n} раб. дн.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>{n} working day(s) left</source>
        <translation>Осталось {n} раб. дн.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>The reason is longer than {n} characters.</source>
        <translation>Причина длиннее {n} символов.</translation>
    </message>
    <message>
        <source>Write the {what}: a request and a refusal must give their reasons.</source>
        <translation>Укажите: {what} — и запрос, и отказ должны быть обоснованы.</translation>
    </message>
    <message>
        <source>reason for more time</source>
        <translation>причина продления</translation>
    </message>
    <message>
        <source>Only an executor of the resolution may ask for more time.</source>
        <translation>Просить больше времени может только исполнитель резолюции.</translation>
    </message>
    <message>
        <source>Only a resolution on control and not yet executed has a deadline to extend.</source>
        <translation>Продлить можно только срок резолюции на контроле, ещё не исполненной.</translation>
    </message>
    <message>
        <source>The new deadline must be later than {date}.</source>
        <translation>Новый срок должен быть позже {date}.</translation>
    </message>
    <message>
        <source>A request for this resolution is already waiting for a decision.</source>
        <translation>Запрос по этой резолюции уже ждёт решения.</translation>
    </message>
    <message>
        <source>reason for refusing</source>
        <translation>причина отказа</translation>
    </message>
    <message>
        <source>There is no extension request with id {id}.</source>
        <translation>Нет запроса о продлении с идентификатором {id}.</translation>
    </message>
    <message>
        <source>Only the official who put the document on control may decide on its deadline.</source>
        <translation>Решать о сроке может только должностное лицо, поставившее документ на контроль.</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>По этому запросу уже принято решение.</translation>
    </message>
    <message>
        <source>A reply is an outgoing or internal document answering an incoming one.</source>
        <translation>Ответ — это исходящий или внутренний документ, отвечающий на входящий.</translation>
    </message>
    <message>
        <source>Only the reply's author or the office may link it.</source>
        <translation>Связать ответ может только его автор или канцелярия.</translation>
    </message>
    <message>
        <source>There is no incoming document registered as {number}.</source>
        <translation>Нет входящего документа, зарегистрированного под номером {number}.</translation>
    </message>
    <message>
        <source>The citizen's appeal must be answered by {date}: the resolution's deadline cannot be later.</source>
        <translation>На обращение гражданина нужно ответить до {date}: срок резолюции не может быть позже.</translation>
    </message>
    <message>
        <source>Only the official who put the document on control may remove it.</source>
        <translation>Снять документ с контроля может только должностное лицо, поставившее его на контроль.</translation>
    </message>
    <message>
        <source>Con&amp;trol</source>
        <translation>&amp;Контроль</translation>
    </message>
    <message>
        <source>Ask for &amp;more time…</source>
        <translation>&amp;Запросить продление…</translation>
    </message>
    <message>
        <source>&amp;Decide on more time…</source>
        <translation>&amp;Решение о продлении…</translation>
    </message>
    <message>
        <source>&amp;Answer to…</source>
        <translation>&amp;Ответ на…</translation>
    </message>
    <message>
        <source>&amp;Extend the appeal's term…</source>
        <translation>Продлить &amp;срок обращения…</translation>
    </message>
    <message>
        <source>&amp;Pass the appeal on…</source>
        <translation>&amp;Передать обращение по принадлежности…</translation>
    </message>
    <message>
        <source>Mark as re&amp;peated appeal…</source>
        <translation>Отм&amp;етить как повторное обращение…</translation>
    </message>
    <message>
        <source>Control &amp;report…</source>
        <translation>Отчёт о &amp;контроле…</translation>
    </message>
    <message>
        <source>Ask for more time</source>
        <translation>Запросить продление</translation>
    </message>
    <message>
        <source>The request went to the official who put it on control</source>
        <translation>Запрос направлен должностному лицу, поставившему документ на контроль</translation>
    </message>
    <message>
        <source>Decide on more time</source>
        <translation>Решение о продлении</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Решение записано</translation>
    </message>
    <message>
        <source>Answer to…</source>
        <translation>Ответ на…</translation>
    </message>
    <message>
        <source>The reply is linked to {number}</source>
        <translation>Ответ связан с {number}</translation>
    </message>
    <message>
        <source>Extend the appeal's term</source>
        <translation>Продлить срок обращения</translation>
    </message>
    <message>
        <source>The appeal's term is extended</source>
        <translation>Срок обращения продлён</translation>
    </message>
    <message>
        <source>Pass the appeal on</source>
        <translation>Передать обращение по принадлежности</translation>
    </message>
    <message>
        <source>The appeal is recorded as passed on</source>
        <translation>Передача обращения записана</translation>
    </message>
    <message>
        <source>Mark as repeated appeal</source>
        <translation>Отметить как повторное обращение</translation>
    </message>
    <message>
        <source>The appeal is marked repeated</source>
        <translation>Обращение отмечено как повторное</translation>
    </message>
    <message>
        <source>Control report</source>
        <translation>Отчёт о контроле</translation>
    </message>
</context>
<context>
    <name>ControlReportDialog</name>
    <message>
        <source>Control report</source>
        <translation>Отчёт о контроле</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месяц</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <source>Executed on time</source>
        <translation>Исполнено в срок</translation>
    </message>
    <message>
        <source>Executed late</source>
        <translation>Исполнено с опозданием</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>&amp;Print or save…</source>
        <translation>&amp;Печать или сохранение…</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>на {date}</translation>
    </message>
</context>
<context>
    <name>DetailsExpander</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>User entry {n} from the server has no usable id or username.</source>
        <extracomment>Outbox states whose payload has not reached the server yet (a re-attribution rewrites them).</extracomment>
        <translation>В записи пользователя {n}, полученной с сервера, нет пригодного идентификатора или имени пользователя.</translation>
    </message>
    <message>
        <source>The server's staff list repeats the user {name}.</source>
        <translation>В списке сотрудников на сервере пользователь {name} повторяется.</translation>
    </message>
    <message>
        <source>The server gives {name} unknown roles: {roles}</source>
        <translation>Сервер назначает пользователю {name} неизвестные роли: {roles}</translation>
    </message>
    <message>
        <source>Institution entry {n} from the server has no registry code.</source>
        <translation>В записи учреждения {n}, полученной с сервера, нет кода в реестре.</translation>
    </message>
    <message>
        <source>The server's directory repeats the registry code {code}.</source>
        <translation>В справочнике сервера повторяется код в реестре {code}.</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>Choose at least one recipient institution.</source>
        <translation>Выберите хотя бы одно учреждение-получателя.</translation>
    </message>
    <message>
        <source>A recipient is chosen twice.</source>
        <translation>Получатель выбран дважды.</translation>
    </message>
    <message>
        <source>At most {n} recipients per dispatch.</source>
        <translation>В одной отправке не более {n} получателей.</translation>
    </message>
    <message>
        <source>The note is longer than {n} characters.</source>
        <translation>Примечание длиннее {n} символов.</translation>
    </message>
    <message>
        <source>Only outgoing documents are dispatched.</source>
        <translation>Отправляются только исходящие документы.</translation>
    </message>
    <message>
        <source>Register the document before dispatching it.</source>
        <translation>Зарегистрируйте документ перед отправкой.</translation>
    </message>
    <message>
        <source>The letter is not signed yet, and only a signed letter leaves. Send it to the head for signature with the route builder (Ctrl+Shift+B, the “{template}” route), or sign it (Ctrl+Shift+S) if you hold a signing card.</source>
        <translation>Письмо ещё не подписано, а отправляется только подписанное. Передайте его руководителю на подпись через конструктор маршрута (Ctrl+Shift+B, маршрут «{template}») или подпишите сами (Ctrl+Shift+S), если у вас есть карта для подписи.</translation>
    </message>
    <message>
        <source>A {status} document cannot be dispatched.</source>
        <translation>Документ в состоянии «{status}» нельзя отправить.</translation>
    </message>
    <message>
        <source>The document's route is not finished yet.</source>
        <translation>Маршрут документа ещё не завершён.</translation>
    </message>
    <message>
        <source>{code} is not another institution in the directory.</source>
        <translation>{code} не является другим учреждением из справочника.</translation>
    </message>
    <message>
        <source>The document was already sent to {code}.</source>
        <translation>Документ уже отправлен в {code}.</translation>
    </message>
    <message>
        <source>Unknown receipt status: {status}</source>
        <translation>Неизвестный статус уведомления: {status}</translation>
    </message>
    <message>
        <source>There is no dispatch {id} to {code}.</source>
        <translation>Отправки {id} в {code} нет.</translation>
    </message>
    <message>
        <source>Write the reason for refusing the document.</source>
        <translation>Укажите причину отказа в приёме документа.</translation>
    </message>
    <message>
        <source>Only a document another institution sent can be acknowledged.</source>
        <translation>Подтвердить получение можно только для документа, отправленного другим учреждением.</translation>
    </message>
    <message>
        <source>The sender was already told about this document.</source>
        <translation>Отправителю уже сообщено об этом документе.</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch — {subject}</source>
        <translation>Отправка — {subject}</translation>
    </message>
    <message>
        <source>Filter by name or registry code…</source>
        <translation>Фильтр по названию или коду в реестре…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>The institution directory is empty: synchronise once to load it.</source>
        <translation>Справочник учреждений пуст: выполните синхронизацию, чтобы загрузить его.</translation>
    </message>
    <message>
        <source>{n} recipient(s) chosen</source>
        <translation>Выбрано получателей: {n}</translation>
    </message>
</context>
<context>
    <name>DocumentDetailPane</name>
    <message>
        <source>Select a document to see its pages.</source>
        <extracomment>The header's "Settle…" link on a document in conflict: the document's id.</extracomment>
        <translation>Выберите документ, чтобы просмотреть его страницы.</translation>
    </message>
    <message>
        <source>Registration card</source>
        <translation>Регистрационная карточка</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>Документ не выбран</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>Ещё не зарегистрирован</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>временный</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Their number</source>
        <translation>Исх. номер корреспондента</translation>
    </message>
    <message>
        <source>Their date</source>
        <translation>Исх. дата корреспондента</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Листов</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Case (file plan)</source>
        <translation>Дело (номенклатура)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Applicant's address</source>
        <translation>Адрес заявителя</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Appeal type</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Форма обращения</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <source>on {date} by {official}</source>
        <translation>{date}, принял(а): {official}</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Продлено</translation>
    </message>
    <message>
        <source>by {n} working day(s): {reason}; the citizen told on {date}</source>
        <translation>на {n} раб. дн.: {reason}; гражданину сообщено {date}</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>to {body} on {date}; the citizen told on {told}</source>
        <translation>в {body} {date}; гражданину сообщено {told}</translation>
    </message>
    <message>
        <source>Repeated appeal</source>
        <translation>Повторное обращение</translation>
    </message>
    <message>
        <source>of {number}, already answered on the merits</source>
        <translation>к {number}, на которое уже дан ответ по существу</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Ответ дан</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Отвечает на</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <source>An oral appeal has no letter: what the citizen said is on the Card.</source>
        <translation>У устного обращения нет письма: сказанное гражданином — в Карточке.</translation>
    </message>
    <message>
        <source>This document has no file yet.</source>
        <translation>У этого документа пока нет файла.</translation>
    </message>
    <message>
        <source>The file cannot be shown here; export the document to open it.</source>
        <translation>Файл нельзя показать здесь; выгрузите документ, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Changed on the server too: this desk's change waits until you choose.</source>
        <translation>Изменён и на сервере: изменение этого рабочего места ждёт вашего выбора.</translation>
    </message>
    <message>
        <source>Settle the conflict…</source>
        <translation>Решить конфликт…</translation>
    </message>
    <message>
        <source>From {sender}, their No. {number} of {date}</source>
        <translation>От: {sender}, их № {number} от {date}</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Sender's number</source>
        <translation>Номер отправителя</translation>
    </message>
    <message>
        <source>Sender's date</source>
        <translation>Дата отправителя</translation>
    </message>
    <message>
        <source>Covering note</source>
        <translation>Сопроводительная записка</translation>
    </message>
    <message>
        <source>Pages as sent</source>
        <translation>Страниц отправлено</translation>
    </message>
    <message>
        <source>Sheets as sent</source>
        <translation>Листов отправлено</translation>
    </message>
    <message>
        <source>Attachments as sent</source>
        <translation>Приложения отправителя</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <source>Working days left until the term (a minus: overdue by so many); the date is in each row's tooltip.</source>
        <translation>Рабочих дней до срока (с минусом — на столько просрочено); дата — во всплывающей подсказке строки.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Стр.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Срок: {date}</translation>
    </message>
    <message>
        <source>Provisional number: the server replaces it on the next sync</source>
        <translation>Временный номер: сервер заменит его при следующей синхронизации</translation>
    </message>
    <message>
        <source>The server and this workstation changed it differently: settle it in Conflicts</source>
        <translation>Сервер и это рабочее место изменили документ по-разному: решите это в разделе «Конфликты»</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Unknown document kind: {kind}</source>
        <translation>Неизвестный вид документа: {kind}</translation>
    </message>
    <message>
        <source>There is no document with id {id}.</source>
        <translation>Документа с идентификатором {id} нет.</translation>
    </message>
    <message>
        <source>{name}: the database could not save the document ({reason}).</source>
        <translation>{name}: базе данных не удалось сохранить документ ({reason}).</translation>
    </message>
    <message>
        <source>Unknown file role: {role}</source>
        <translation>Неизвестная роль файла: {role}</translation>
    </message>
    <message>
        <source>The subject cannot be empty.</source>
        <translation>Краткое содержание не может быть пустым.</translation>
    </message>
    <message>
        <source>Unknown confidentiality level: {level}</source>
        <translation>Неизвестный уровень конфиденциальности: {level}</translation>
    </message>
    <message>
        <source>The correspondent's date cannot be in the future.</source>
        <translation>Дата корреспондента не может быть в будущем.</translation>
    </message>
    <message>
        <source>The correspondent and the sender's number and date cannot be changed: they are on the registration card, which is kept as registered.</source>
        <translation>Корреспондента, исходящие номер и дату корреспондента изменить нельзя: они записаны в регистрационной карточке, которая хранится такой, какой была при регистрации.</translation>
    </message>
    <message>
        <source>Only a draft that was never synchronised can be deleted; archive it instead.</source>
        <translation>Удалить можно только проект, который ни разу не синхронизировался; вместо этого переместите его в архив.</translation>
    </message>
    <message>
        <source>Document not found: {id}</source>
        <translation>Документ не найден: {id}</translation>
    </message>
    <message>
        <source>The subject has {count} characters; it may have at most {max}. Shorten it: nothing is cut off.</source>
        <translation>В кратком содержании {count} символов; допускается не более {max}. Сократите его: ничего не обрезается.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Every step can be done again later.</source>
        <translation>Любой шаг можно повторить позже.</translation>
    </message>
    <message>
        <source>Tools ▸ First-run setup: this wizard again.</source>
        <translation>Сервис ▸ Первоначальная настройка: этот мастер снова.</translation>
    </message>
    <message>
        <source>Tools ▸ Settings: language, time zone, signature settings.</source>
        <translation>Сервис ▸ Настройки: язык, часовой пояс, параметры подписи.</translation>
    </message>
    <message>
        <source>Sync ▸ Log in to the server: connect or change the account.</source>
        <translation>Синхронизация ▸ Войти на сервер: подключиться или сменить учётную запись.</translation>
    </message>
    <message>
        <source>Signing was left out: your roles do not sign documents. Should that change, signing can be set up later: the signature settings in Tools ▸ Settings, the token or key file in this wizard.</source>
        <translation>Шаг подписи пропущен: ваши роли не подписывают документы. Если это изменится, подпись можно настроить позже: параметры подписи — в меню Сервис ▸ Настройки, токен или файл ключа — в этом мастере.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server could not read what this workstation sent. Try again; if it repeats, send the log to support.</source>
        <translation>Сервер не смог прочитать то, что отправило это рабочее место. Повторите попытку; если не поможет, отправьте журнал в поддержку.</translation>
    </message>
    <message>
        <source>The server refused the request as incomplete. Update Docflow or send the log to support.</source>
        <translation>Сервер отклонил запрос как неполный. Обновите Docflow или отправьте журнал в поддержку.</translation>
    </message>
    <message>
        <source>The server does not know this kind of change. Docflow or the server needs an update.</source>
        <translation>Сервер не знает такого вида изменений. Нужно обновить Docflow или сервер.</translation>
    </message>
    <message>
        <source>The server refused the change because a field is missing or wrong.</source>
        <translation>Сервер отклонил изменение: одно из полей не заполнено или заполнено неверно.</translation>
    </message>
    <message>
        <source>What was sent is too large for the server.</source>
        <translation>Отправленные данные слишком велики для сервера.</translation>
    </message>
    <message>
        <source>The server cannot read how the data was packed. Docflow or the server needs an update.</source>
        <translation>Сервер не может прочитать способ упаковки данных. Нужно обновить Docflow или сервер.</translation>
    </message>
    <message>
        <source>The server does not accept this type of data. Docflow or the server needs an update.</source>
        <translation>Сервер не принимает такой тип данных. Нужно обновить Docflow или сервер.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or this workstation is not registered for you.</source>
        <translation>Неверное имя пользователя или пароль, либо это рабочее место не зарегистрировано для вас.</translation>
    </message>
    <message>
        <source>You are not logged in to the server. Log in (Sync → Log in) to synchronise.</source>
        <translation>Вы не вошли на сервер. Чтобы синхронизировать, войдите (Синхронизация → Войти на сервер).</translation>
    </message>
    <message>
        <source>Your login to the server has expired. Log in again (Sync → Log in).</source>
        <translation>Срок вашего входа на сервер истёк. Войдите снова (Синхронизация → Войти на сервер).</translation>
    </message>
    <message>
        <source>Your login was withdrawn on the server. Log in again (Sync → Log in).</source>
        <translation>Ваш вход отозван на сервере. Войдите снова (Синхронизация → Войти на сервер).</translation>
    </message>
    <message>
        <source>The login belongs to another workstation. Log in again on this one.</source>
        <translation>Этот вход относится к другому рабочему месту. Войдите заново на этом.</translation>
    </message>
    <message>
        <source>This workstation has been disabled on the server. Ask your administrator.</source>
        <translation>Это рабочее место отключено на сервере. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Ask the head or the administrator.</source>
        <translation>Ваша роль не позволяет это действие. Обратитесь к руководителю или администратору.</translation>
    </message>
    <message>
        <source>The server does not have this record (it may belong to another institution).</source>
        <translation>На сервере нет этой записи (возможно, она принадлежит другой организации).</translation>
    </message>
    <message>
        <source>The server does not allow this request. Docflow or the server needs an update.</source>
        <translation>Сервер не допускает такой запрос. Нужно обновить Docflow или сервер.</translation>
    </message>
    <message>
        <source>The server already has a different change under the same key. Send the log to support.</source>
        <translation>На сервере уже есть другое изменение с тем же ключом. Отправьте журнал в поддержку.</translation>
    </message>
    <message>
        <source>The server does not accept this way of uploading files. Docflow or the server needs an update.</source>
        <translation>Сервер не принимает такой способ загрузки файлов. Нужно обновить Docflow или сервер.</translation>
    </message>
    <message>
        <source>A file upload got out of step with the server; it starts again from where the server is.</source>
        <translation>Загрузка файла разошлась с сервером; она продолжится с того места, где остановился сервер.</translation>
    </message>
    <message>
        <source>A piece of a file was damaged on the way; it is sent again.</source>
        <translation>Часть файла повредилась в пути; она отправляется снова.</translation>
    </message>
    <message>
        <source>The server cannot check files the way this workstation sends them.</source>
        <translation>Сервер не может проверить файлы в том виде, в каком их отправляет это рабочее место.</translation>
    </message>
    <message>
        <source>The server does not have the earlier version this file was sent against; the whole file is sent instead.</source>
        <translation>На сервере нет предыдущей версии, относительно которой отправлялся этот файл; вместо этого отправляется весь файл.</translation>
    </message>
    <message>
        <source>A file arrived at the server damaged; it is sent again.</source>
        <translation>Файл пришёл на сервер повреждённым; он отправляется снова.</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation>Файл больше, чем принимает сервер.</translation>
    </message>
    <message>
        <source>The server refused the file's name. Rename the file and try again.</source>
        <translation>Сервер отклонил имя файла. Переименуйте файл и повторите попытку.</translation>
    </message>
    <message>
        <source>The server refused the file's description. Send the log to support.</source>
        <translation>Сервер отклонил описание файла. Отправьте журнал в поддержку.</translation>
    </message>
    <message>
        <source>A file download got out of step with the server; it starts again.</source>
        <translation>Скачивание файла разошлось с сервером; оно начинается заново.</translation>
    </message>
    <message>
        <source>The block of registration numbers is no longer valid; a new one is taken on the next sync.</source>
        <translation>Блок регистрационных номеров больше не действует; новый будет получен при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Someone else changed this document at the same time. Choose which version to keep in Conflicts.</source>
        <translation>Этот документ одновременно изменил кто-то другой. Выберите, какую версию оставить, в разделе «Конфликты».</translation>
    </message>
    <message>
        <source>The server does not have the document yet; the change waits and is sent again.</source>
        <translation>На сервере ещё нет документа; изменение ждёт и будет отправлено снова.</translation>
    </message>
    <message>
        <source>An earlier change to the document must reach the server first; this one waits.</source>
        <translation>Сначала на сервер должно попасть предыдущее изменение документа; это ждёт.</translation>
    </message>
    <message>
        <source>The file this change needs has not reached the server yet; it waits for the upload.</source>
        <translation>Нужный для изменения файл ещё не дошёл до сервера; изменение ждёт загрузки.</translation>
    </message>
    <message>
        <source>An earlier change to the same document was refused, so this one waits.</source>
        <translation>Предыдущее изменение того же документа отклонено, поэтому это ждёт.</translation>
    </message>
    <message>
        <source>The server already has another document with this identity.</source>
        <translation>На сервере уже есть другой документ с этим идентификатором.</translation>
    </message>
    <message>
        <source>The document is in a state where this action is not possible any more.</source>
        <translation>Документ уже в состоянии, в котором это действие невозможно.</translation>
    </message>
    <message>
        <source>The document is already registered on the server.</source>
        <translation>Документ уже зарегистрирован на сервере.</translation>
    </message>
    <message>
        <source>This registration number is already used; the server gives another one.</source>
        <translation>Этот регистрационный номер уже занят; сервер выдаст другой.</translation>
    </message>
    <message>
        <source>The registration number is outside this workstation's block of numbers.</source>
        <translation>Регистрационный номер вне блока номеров этого рабочего места.</translation>
    </message>
    <message>
        <source>The server does not know this journal. Synchronise to get the institution's journals.</source>
        <translation>Сервер не знает этот журнал. Синхронизируйте, чтобы получить журналы организации.</translation>
    </message>
    <message>
        <source>The institution has a file plan for this year: choose the case the document is filed to.</source>
        <translation>У организации есть номенклатура дел на этот год: выберите дело, в которое подшивается документ.</translation>
    </message>
    <message>
        <source>The case is not in the institution's file plan for the year of registration.</source>
        <translation>Этого дела нет в номенклатуре года регистрации.</translation>
    </message>
    <message>
        <source>The case of the file plan is closed: nothing more is filed to it. Choose an open case of the year.</source>
        <translation>Это дело номенклатуры закрыто: в него больше не подшиваются документы. Выберите открытое дело года.</translation>
    </message>
    <message>
        <source>The server does not know one of the recipient institutions.</source>
        <translation>Сервер не знает одну из организаций-получателей.</translation>
    </message>
    <message>
        <source>The server does not know one of the people named in the change.</source>
        <translation>Сервер не знает одного из людей, указанных в изменении.</translation>
    </message>
    <message>
        <source>The server does not know this route step.</source>
        <translation>Сервер не знает этот шаг маршрута.</translation>
    </message>
    <message>
        <source>The server does not know this resolution.</source>
        <translation>Сервер не знает эту резолюцию.</translation>
    </message>
    <message>
        <source>The server does not know this signature.</source>
        <translation>Сервер не знает эту подпись.</translation>
    </message>
    <message>
        <source>This route step is not active any more (someone may have acted on it already).</source>
        <translation>Этот шаг маршрута уже не активен (возможно, его уже кто-то выполнил).</translation>
    </message>
    <message>
        <source>This route step is assigned to someone else.</source>
        <translation>Этот шаг маршрута назначен другому сотруднику.</translation>
    </message>
    <message>
        <source>Too many failed logins: the server asks to wait before the next try.</source>
        <translation>Слишком много неудачных попыток входа: сервер просит подождать перед следующей попыткой.</translation>
    </message>
    <message>
        <source>The connection was too slow to finish sending; it is tried again.</source>
        <translation>Связь была слишком медленной, чтобы завершить отправку; попытка повторяется.</translation>
    </message>
    <message>
        <source>The server is still receiving this file from an earlier try; it continues shortly.</source>
        <translation>Сервер ещё принимает этот файл от предыдущей попытки; продолжение вскоре.</translation>
    </message>
    <message>
        <source>Only the person (and workstation) who signed can change this signature.</source>
        <translation>Изменить эту подпись может только подписавший (и его рабочее место).</translation>
    </message>
    <message>
        <source>The new signed file does not keep the earlier signed version unchanged; the server refused it.</source>
        <translation>Новый подписанный файл не сохраняет прежнюю подписанную версию без изменений; сервер его отклонил.</translation>
    </message>
    <message>
        <source>The server found no intact signature in the file that was sent.</source>
        <translation>Сервер не нашёл в отправленном файле неповреждённой подписи.</translation>
    </message>
    <message>
        <source>Only the official who put the document on control may do this.</source>
        <translation>Это может сделать только должностное лицо, поставившее документ на контроль.</translation>
    </message>
    <message>
        <source>A controlled deadline moves only on the executor's request approved by the controlling official.</source>
        <translation>Контрольный срок переносится только по запросу исполнителя, одобренному контролирующим должностным лицом.</translation>
    </message>
    <message>
        <source>The server does not know this request for more time.</source>
        <translation>Сервер не знает этого запроса о продлении.</translation>
    </message>
    <message>
        <source>An appeal without the applicant's name and address is anonymous and is not registered as an appeal.</source>
        <translation>Обращение без имени и адреса заявителя анонимно и не регистрируется как обращение.</translation>
    </message>
    <message>
        <source>An appeal's term can be extended by at most 30 working days in all.</source>
        <translation>Срок обращения можно продлить всего не более чем на 30 рабочих дней.</translation>
    </message>
    <message>
        <source>The appeal is not a repeated one: the applicant's earlier appeals were not answered on the merits three times within a year.</source>
        <translation>Обращение не является повторным: на прежние обращения заявителя в течение года не было трёх ответов по существу.</translation>
    </message>
    <message>
        <source>The document is not past its retention period in the server's file plan, so it cannot be disposed of.</source>
        <translation>По номенклатуре дел на сервере срок хранения документа не истёк, поэтому его нельзя уничтожить.</translation>
    </message>
    <message>
        <source>The server had an internal problem. It is tried again later.</source>
        <translation>На сервере произошла внутренняя ошибка. Попытка будет повторена позже.</translation>
    </message>
    <message>
        <source>The server is busy or under maintenance. It is tried again later.</source>
        <translation>Сервер занят или на обслуживании. Попытка будет повторена позже.</translation>
    </message>
    <message>
        <source>The server's identity could not be confirmed (its certificate is not trusted). Nothing was sent. Check the server address and the institution's CA settings.</source>
        <translation>Не удалось подтвердить подлинность сервера (его сертификату нет доверия). Ничего не отправлено. Проверьте адрес сервера и настройки УЦ организации.</translation>
    </message>
    <message>
        <source>The server is having trouble. Docflow keeps the changes and tries again later.</source>
        <translation>У сервера неполадки. Docflow сохраняет изменения и повторит попытку позже.</translation>
    </message>
    <message>
        <source>The server cannot be reached (no connection). Docflow keeps the changes and sends them when the connection is back.</source>
        <translation>Сервер недоступен (нет связи). Docflow сохраняет изменения и отправит их, когда связь восстановится.</translation>
    </message>
    <message>
        <source>The server sent an answer Docflow does not understand. Docflow tries again later; if it repeats, send the log to support.</source>
        <translation>Сервер прислал ответ, который Docflow не понимает. Docflow повторит попытку позже; если это повторится, отправьте журнал в поддержку.</translation>
    </message>
    <message>
        <source>The server no longer accepts your login. Log in again (Sync → Log in).</source>
        <translation>Сервер больше не принимает ваш вход. Войдите снова (Синхронизация → Войти на сервер).</translation>
    </message>
    <message>
        <source>The server did not take this change yet.</source>
        <translation>Сервер ещё не принял это изменение.</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Код: {code}</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>Компьютеру не хватило памяти. Закройте другие программы и повторите попытку.</translation>
    </message>
    <message>
        <source>Docflow was not allowed to read or write a file: {name}</source>
        <translation>Docflow не получил доступа к файлу на чтение или запись: {name}</translation>
    </message>
    <message>
        <source>A file Docflow needs was not found: {name}</source>
        <translation>Не найден файл, нужный Docflow: {name}</translation>
    </message>
    <message>
        <source>The disk refused the operation (it may be full or disconnected).</source>
        <translation>Диск не выполнил операцию (возможно, он заполнен или отключён).</translation>
    </message>
    <message>
        <source>Something went wrong inside Docflow. The work done so far is kept; the details are in the log for support.</source>
        <translation>Внутри Docflow произошла ошибка. Сделанная работа сохранена; подробности для поддержки записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>ExtensionDecisionDialog</name>
    <message>
        <source>Decide on more time</source>
        <translation>Решение о продлении</translation>
    </message>
    <message>
        <source>{who} asks to move the deadline from {old} to {new}: {reason}</source>
        <translation>{who} просит перенести срок с {old} на {new}: {reason}</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>О&amp;тказать</translation>
    </message>
    <message>
        <source>&amp;Comment (a refusal gives its reason)</source>
        <translation>&amp;Комментарий (отказ указывает причину)</translation>
    </message>
</context>
<context>
    <name>ExtensionRequestDialog</name>
    <message>
        <source>Ask for more time</source>
        <translation>Запросить продление</translation>
    </message>
    <message>
        <source>{subject}: due {date}. The official who put it on control decides.</source>
        <translation>{subject}: срок {date}. Решает должностное лицо, поставившее документ на контроль.</translation>
    </message>
    <message>
        <source>&amp;New deadline</source>
        <translation>&amp;Новый срок</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
</context>
<context>
    <name>FilePlan</name>
    <message>
        <source>Laws, decrees and orders of higher bodies received for guidance</source>
        <translation>Законы, указы и распоряжения вышестоящих органов, присланные для руководства</translation>
    </message>
    <message>
        <source>Orders of the head on the main activity</source>
        <translation>Приказы руководителя по основной деятельности</translation>
    </message>
    <message>
        <source>Minutes of meetings with the head</source>
        <translation>Протоколы совещаний у руководителя</translation>
    </message>
    <message>
        <source>Nomenclature of cases</source>
        <translation>Номенклатура дел</translation>
    </message>
    <message>
        <source>Inventories of cases and acts on disposal of documents</source>
        <translation>Описи дел и акты о выделении документов к уничтожению</translation>
    </message>
    <message>
        <source>Correspondence with higher bodies on the main activity</source>
        <translation>Переписка с вышестоящими органами по основной деятельности</translation>
    </message>
    <message>
        <source>Correspondence with other institutions and organisations</source>
        <translation>Переписка с другими учреждениями и организациями</translation>
    </message>
    <message>
        <source>Citizens' appeals and the documents on their consideration</source>
        <translation>Обращения граждан и документы по их рассмотрению</translation>
    </message>
    <message>
        <source>Registration journals of incoming, outgoing and internal documents</source>
        <translation>Журналы регистрации входящих, исходящих и внутренних документов</translation>
    </message>
    <message>
        <source>Documents on the control of execution</source>
        <translation>Документы о контроле исполнения</translation>
    </message>
    <message>
        <source>Orders on personnel (hiring, transfer, dismissal)</source>
        <translation>Приказы по личному составу (приём, перевод, увольнение)</translation>
    </message>
    <message>
        <source>Personal files of employees</source>
        <translation>Личные дела работников</translation>
    </message>
    <message>
        <source>Orders on leave and business trips</source>
        <translation>Приказы об отпусках и командировках</translation>
    </message>
    <message>
        <source>Annual financial statements</source>
        <translation>Годовая финансовая отчётность</translation>
    </message>
    <message>
        <source>Primary accounting documents</source>
        <translation>Первичные учётные документы</translation>
    </message>
    <message>
        <source>Contracts and agreements</source>
        <translation>Договоры и соглашения</translation>
    </message>
    <message>
        <source>Choose the case of the file plan the document is filed to: every registered document of {year} belongs to a case.</source>
        <translation>Выберите дело номенклатуры, в которое подшивается документ: каждый зарегистрированный документ {year} года относится к делу.</translation>
    </message>
    <message>
        <source>The chosen case is not in the file plan of {year}, the year of registration.</source>
        <translation>Выбранного дела нет в номенклатуре {year} года — года регистрации.</translation>
    </message>
    <message>
        <source>Case {index} of {year} is closed: no documents are filed to it any more.</source>
        <translation>Дело {index} за {year} год закрыто: в него больше не подшиваются документы.</translation>
    </message>
    <message>
        <source>{user} may not {action}: this is for {roles}.</source>
        <extracomment>Cases kept longer than this many years (or permanently) go to the archive with an inventory. What a change to the file plan publishes (``Change.aspects``).</extracomment>
        <translation>{user} не может {action}: это право ролей: {roles}.</translation>
    </message>
    <message>
        <source>edit the file plan</source>
        <translation>изменять номенклатуру дел</translation>
    </message>
    <message>
        <source>Index {index} is already used in the file plan of {year}.</source>
        <translation>Индекс {index} уже есть в номенклатуре {year} года.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <source>Case {index} of {year} is closed and cannot be changed.</source>
        <translation>Дело {index} за {year} год закрыто и не может быть изменено.</translation>
    </message>
    <message>
        <source>Case {index} already holds documents of {year}; its year cannot change.</source>
        <translation>В деле {index} уже есть документы {year} года; его год изменить нельзя.</translation>
    </message>
    <message>
        <source>The file plan of {year} already has cases.</source>
        <translation>В номенклатуре {year} года уже есть дела.</translation>
    </message>
    <message>
        <source>close the year's cases</source>
        <translation>закрывать дела года</translation>
    </message>
    <message>
        <source>The file plan of {year} has no cases to close.</source>
        <translation>В номенклатуре {year} года нет дел для закрытия.</translation>
    </message>
    <message>
        <source>propose documents for disposal</source>
        <translation>представлять документы к уничтожению</translation>
    </message>
    <message>
        <source>{count} of the chosen documents are not past their retention period (or are already in an act).</source>
        <translation>У {count} из выбранных документов срок хранения не истёк (или они уже в акте).</translation>
    </message>
    <message>
        <source>No document is past its retention period.</source>
        <translation>Нет документов с истёкшим сроком хранения.</translation>
    </message>
    <message>
        <source>approve the disposal of documents</source>
        <translation>утверждать уничтожение документов</translation>
    </message>
    <message>
        <source>The disposal act no longer exists.</source>
        <translation>Этого акта об уничтожении больше нет.</translation>
    </message>
    <message>
        <source>This disposal act was already decided.</source>
        <translation>По этому акту об уничтожении решение уже принято.</translation>
    </message>
    <message>
        <source>The case needs an index (e.g. 01-05).</source>
        <translation>У дела должен быть индекс (напр. 01-05).</translation>
    </message>
    <message>
        <source>The case needs a title.</source>
        <translation>У дела должен быть заголовок.</translation>
    </message>
    <message>
        <source>The case {index} is not valid: the index is at most 32 characters, the title at most 500, the retention 1 to 100 years (or permanent), the year 2000 to 9999.</source>
        <translation>Дело {index} заполнено неверно: индекс не длиннее 32 символов, заголовок не длиннее 500, срок хранения от 1 до 100 лет (или постоянно), год от 2000 до 9999.</translation>
    </message>
    <message>
        <source>permanently</source>
        <extracomment>What a change must name for the open dialog to redraw; changes of the next moment are redrawn once.</extracomment>
        <translation>постоянно</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} лет</translation>
    </message>
    <message>
        <source>&amp;File plan…</source>
        <translation>&amp;Номенклатура дел…</translation>
    </message>
</context>
<context>
    <name>FilePlanDialog</name>
    <message>
        <source>File plan</source>
        <translation>Номенклатура дел</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>&amp;Add case…</source>
        <translation>&amp;Добавить дело…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Fill from the &amp;model list</source>
        <translation>Заполнить из &amp;типового перечня</translation>
    </message>
    <message>
        <source>&amp;Close the year…</source>
        <translation>&amp;Закрыть год…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>May be disposed of from</source>
        <translation>Можно уничтожить с</translation>
    </message>
    <message>
        <source>Documents past retention</source>
        <translation>Документы с истёкшим сроком хранения</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Disposal acts</source>
        <translation>Акты об уничтожении</translation>
    </message>
    <message>
        <source>&amp;Propose for disposal</source>
        <translation>&amp;Представить к уничтожению</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Documents of closed cases whose retention period has run out. Nothing is disposed of until the head or an administrator approves an act; approved documents stay listed in the act.</source>
        <translation>Документы закрытых дел с истёкшим сроком хранения. Ничего не уничтожается, пока руководитель или администратор не утвердит акт; утверждённые документы остаются перечисленными в акте.</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Уничтожение</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>Сохранение дела</translation>
    </message>
    <message>
        <source>Filling the file plan</source>
        <translation>Заполнение номенклатуры</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>Закрыть год</translation>
    </message>
    <message>
        <source>Close every case of {year}? No document can be filed to them afterwards; the file plan of {next} is made from this one.</source>
        <translation>Закрыть все дела {year} года? После этого в них нельзя подшивать документы; номенклатура {next} года будет создана на основе этой.</translation>
    </message>
    <message>
        <source>Closing the year</source>
        <translation>Закрытие года</translation>
    </message>
    <message>
        <source>Proposing for disposal</source>
        <translation>Представление к уничтожению</translation>
    </message>
    <message>
        <source>Deciding on disposal</source>
        <translation>Решение об уничтожении</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Docflow user guide</source>
        <extracomment>Where the guide may be: a copy beside the code (bundles), then the source tree's docs/. Libraries whose licences About lists (what a bundle ships besides Python and Qt).</extracomment>
        <translation>Руководство пользователя Docflow</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>About Docflow</source>
        <translation>О программе Docflow</translation>
    </message>
    <message>
        <source>Document circulation for offices that are offline most of the time.</source>
        <translation>Документооборот для учреждений, которые бо́льшую часть времени работают без связи.</translation>
    </message>
    <message>
        <source>Licence: MIT. Qt {qt} (LGPL v3), Python {py}.</source>
        <translation>Лицензия: MIT. Qt {qt} (LGPL v3), Python {py}.</translation>
    </message>
    <message>
        <source>Profile folder: {path}</source>
        <translation>Папка профиля: {path}</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Компоненты и их лицензии</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>see the package</source>
        <translation>см. пакет</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Показать папку &amp;журнала</translation>
    </message>
    <message>
        <source>&amp;About Docflow</source>
        <translation>&amp;О программе Docflow</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Docflow.</source>
        <translation>С этой копией Docflow руководство пользователя не установлено.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>The log is in {path}</source>
        <translation>Журнал находится здесь: {path}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Circulation server</source>
        <translation>Сервер документооборота</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>конфиденциальность</translation>
    </message>
    <message>
        <source>status</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>регистрация</translation>
    </message>
    <message>
        <source>files</source>
        <translation>файлы</translation>
    </message>
    <message>
        <source>signatures</source>
        <translation>подписи</translation>
    </message>
    <message>
        <source>route</source>
        <translation>маршрут</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>the letter's addressee and text</source>
        <translation>адресат и текст письма</translation>
    </message>
    <message>
        <source>other details</source>
        <translation>другие сведения</translation>
    </message>
    <message>
        <source>Disposal approved</source>
        <translation>Уничтожение утверждено</translation>
    </message>
    <message>
        <source>Disposal refused</source>
        <translation>В уничтожении отказано</translation>
    </message>
    <message>
        <source>Proposed for disposal (from the circulation server)</source>
        <translation>Предложено к уничтожению (с сервера документооборота)</translation>
    </message>
    <message>
        <source>Approved the step “{kind}”</source>
        <translation>Одобрил шаг «{kind}»</translation>
    </message>
    <message>
        <source>Declined the step “{kind}”</source>
        <translation>Отклонил шаг «{kind}»</translation>
    </message>
    <message>
        <source>Returned the step “{kind}” for rework</source>
        <translation>Вернул шаг «{kind}» на доработку</translation>
    </message>
    <message>
        <source>Marked the step “{kind}” done</source>
        <translation>Отметил шаг «{kind}» выполненным</translation>
    </message>
    <message>
        <source>Acknowledged the document</source>
        <translation>Ознакомился с документом</translation>
    </message>
    <message>
        <source>Acted on the step “{kind}”</source>
        <translation>Выполнил действие по шагу «{kind}»</translation>
    </message>
    <message>
        <source>Created from a template</source>
        <translation>Создан из шаблона</translation>
    </message>
    <message>
        <source>Imported from the file {name}</source>
        <translation>Импортирован из файла {name}</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Отсканирован</translation>
    </message>
    <message>
        <source>Written down from an oral appeal (no letter)</source>
        <translation>Записано с устного обращения (письма нет)</translation>
    </message>
    <message>
        <source>Document created</source>
        <translation>Документ создан</translation>
    </message>
    <message>
        <source>Registered with provisional number {number} (the server gives the final one)</source>
        <translation>Зарегистрирован с временным номером {number} (окончательный выдаст сервер)</translation>
    </message>
    <message>
        <source>Registered as {number}</source>
        <translation>Зарегистрирован под номером {number}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Изменено: {fields}</translation>
    </message>
    <message>
        <source>details</source>
        <translation>сведения</translation>
    </message>
    <message>
        <source>Status changed from “{old}” to “{new}”</source>
        <translation>Состояние изменено с «{old}» на «{new}»</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>Проект удалён</translation>
    </message>
    <message>
        <source>Dispatched to {n} institution(s): {to}</source>
        <translation>Отправлен в организации ({n}): {to}</translation>
    </message>
    <message>
        <source>Moved to the archive</source>
        <translation>Перемещён в архив</translation>
    </message>
    <message>
        <source>New file version {rev}: {role}</source>
        <translation>Новая версия файла {rev}: {role}</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Файл приложен</translation>
    </message>
    <message>
        <source>Resolution written</source>
        <translation>Резолюция наложена</translation>
    </message>
    <message>
        <source>Resolution changed</source>
        <translation>Резолюция изменена</translation>
    </message>
    <message>
        <source>Resolution taken off deadline control</source>
        <translation>Резолюция снята с контроля</translation>
    </message>
    <message>
        <source>Route started: {steps} step(s) in {stages} stage(s)</source>
        <translation>Маршрут запущен: шагов — {steps}, этапов — {stages}</translation>
    </message>
    <message>
        <source>Signed ({level})</source>
        <translation>Подписан ({level})</translation>
    </message>
    <message>
        <source>Signature completed ({level})</source>
        <translation>Подпись завершена ({level})</translation>
    </message>
    <message>
        <source>Signature: {state}</source>
        <translation>Подпись: {state}</translation>
    </message>
    <message>
        <source>The signer's certificate was found revoked</source>
        <translation>Обнаружено, что сертификат подписавшего отозван</translation>
    </message>
    <message>
        <source>Signature received ({level})</source>
        <translation>Получена подпись ({level})</translation>
    </message>
    <message>
        <source>Received from {sender} through the circulation server</source>
        <translation>Получен от {sender} через сервер документооборота</translation>
    </message>
    <message>
        <source>Received through the circulation server</source>
        <translation>Получен через сервер документооборота</translation>
    </message>
    <message>
        <source>Updated from the circulation server: {fields}</source>
        <translation>Обновлён с сервера документооборота: {fields}</translation>
    </message>
    <message>
        <source>Resolution received from the circulation server</source>
        <translation>Резолюция получена с сервера документооборота</translation>
    </message>
    <message>
        <source>Resolution withdrawn: the circulation server did not take it, and the server's version was chosen</source>
        <translation>Резолюция отозвана: сервер документооборота её не принял, выбрана версия сервера</translation>
    </message>
    <message>
        <source>Route received from the circulation server ({steps} step(s))</source>
        <translation>Маршрут получен с сервера документооборота (шагов: {steps})</translation>
    </message>
    <message>
        <source>The server did not take a change made here: it waits in Conflicts</source>
        <translation>Сервер не принял сделанное здесь изменение: оно ждёт в разделе «Конфликты»</translation>
    </message>
    <message>
        <source>Conflict settled: this workstation's version kept</source>
        <translation>Конфликт решён: оставлена версия этого рабочего места</translation>
    </message>
    <message>
        <source>Conflict settled: the server's version taken</source>
        <translation>Конфликт решён: принята версия сервера</translation>
    </message>
    <message>
        <source>Conflict settled: the two versions merged</source>
        <translation>Конфликт решён: две версии объединены</translation>
    </message>
    <message>
        <source>Conflict settled</source>
        <translation>Конфликт решён</translation>
    </message>
    <message>
        <source>The server gave the final number {new} (was {old})</source>
        <translation>Сервер присвоил окончательный номер {new} (был {old})</translation>
    </message>
    <message>
        <source>Our registration number {number} sent to the sender</source>
        <translation>Наш регистрационный номер {number} сообщён отправителю</translation>
    </message>
    <message>
        <source>Refused and the sender told why</source>
        <translation>Отклонён, отправителю сообщена причина</translation>
    </message>
    <message>
        <source>Receipt confirmed to the sender</source>
        <translation>Получение подтверждено отправителю</translation>
    </message>
    <message>
        <source>Delivered to {to}</source>
        <translation>Доставлен: {to}</translation>
    </message>
    <message>
        <source>Registered by {to} as {number}</source>
        <translation>Зарегистрирован в {to} под номером {number}</translation>
    </message>
    <message>
        <source>Registered by {to}</source>
        <translation>Зарегистрирован в {to}</translation>
    </message>
    <message>
        <source>Refused by {to}</source>
        <translation>Отклонён в {to}</translation>
    </message>
    <message>
        <source>A block of registration numbers received for journal {journal}</source>
        <translation>Получен блок регистрационных номеров для журнала {journal}</translation>
    </message>
    <message>
        <source>Journal {code} created</source>
        <translation>Создан журнал {code}</translation>
    </message>
    <message>
        <source>Journal {code}: number format “{before}” changed to “{after}”</source>
        <translation>Журнал {code}: формат номера «{before}» изменён на «{after}»</translation>
    </message>
    <message>
        <source>The user changed at this desk: {before} → {after}</source>
        <translation>На этом рабочем месте сменился пользователь: {before} → {after}</translation>
    </message>
    <message>
        <source>Logged out at this desk; {n} change(s) wait for the next login</source>
        <translation>Сеанс на этом рабочем месте завершён; изменений ждут следующего входа: {n}</translation>
    </message>
    <message>
        <source>Logged out at this desk</source>
        <translation>Сеанс на этом рабочем месте завершён</translation>
    </message>
    <message>
        <source>User {name} added</source>
        <translation>Добавлен пользователь {name}</translation>
    </message>
    <message>
        <source>Staff and institution directory updated from the server</source>
        <translation>Список сотрудников и организаций обновлён с сервера</translation>
    </message>
    <message>
        <source>Route template “{name}” saved</source>
        <translation>Шаблон маршрута «{name}» сохранён</translation>
    </message>
    <message>
        <source>Marked as the answer to {number}</source>
        <translation>Отмечен как ответ на {number}</translation>
    </message>
    <message>
        <source>Marked as an answer to an incoming document</source>
        <translation>Отмечен как ответ на входящий документ</translation>
    </message>
    <message>
        <source>Answered by “{subject}”</source>
        <translation>Ответ: «{subject}»</translation>
    </message>
    <message>
        <source>An answer to it was linked</source>
        <translation>Связан ответ на него</translation>
    </message>
    <message>
        <source>Asked for more time, until {date}: {reason}</source>
        <translation>Запрошено продление до {date}: {reason}</translation>
    </message>
    <message>
        <source>More time approved</source>
        <translation>Продление одобрено</translation>
    </message>
    <message>
        <source>More time refused</source>
        <translation>В продлении отказано</translation>
    </message>
    <message>
        <source>Put on control until {date} (from the circulation server)</source>
        <translation>Поставлен на контроль до {date} (с сервера документооборота)</translation>
    </message>
    <message>
        <source>Control changed on the circulation server</source>
        <translation>Контроль изменён на сервере документооборота</translation>
    </message>
    <message>
        <source>Appeal's term extended by {days} working day(s), to {date}: {reason}</source>
        <translation>Срок обращения продлён на {days} раб. дн., до {date}: {reason}</translation>
    </message>
    <message>
        <source>Appeal passed on to {to} on {date}</source>
        <translation>Обращение передано в {to} {date}</translation>
    </message>
    <message>
        <source>Marked as a repeated appeal (already answered as {number})</source>
        <translation>Отмечено как повторное обращение (ответ уже дан: {number})</translation>
    </message>
    <message>
        <source>Appeal's term from the circulation server: due {date}</source>
        <translation>Срок обращения с сервера документооборота: {date}</translation>
    </message>
    <message>
        <source>File plan case {index} saved</source>
        <translation>Дело номенклатуры {index} сохранено</translation>
    </message>
    <message>
        <source>A file plan case was changed here and on the server: the server's version kept</source>
        <translation>Дело номенклатуры изменено и здесь, и на сервере: оставлена версия сервера</translation>
    </message>
    <message>
        <source>File plan for {year} made ({cases} cases)</source>
        <translation>Номенклатура дел на {year} год составлена (дел: {cases})</translation>
    </message>
    <message>
        <source>Year {year} closed: {closed} case(s) closed, {created} made for the next year</source>
        <translation>{year} год закрыт: закрыто дел — {closed}, на следующий год заведено — {created}</translation>
    </message>
    <message>
        <source>Proposed for disposal ({documents} document(s))</source>
        <translation>Предложено к уничтожению (документов: {documents})</translation>
    </message>
    <message>
        <source>Text recognised ({characters} characters)</source>
        <translation>Текст распознан (символов: {characters})</translation>
    </message>
    <message>
        <source>Sent without waiting for text recognition</source>
        <translation>Отправлен, не дожидаясь распознавания текста</translation>
    </message>
    <message>
        <source>The scanned original queued for the server</source>
        <translation>Отсканированный оригинал поставлен в очередь на сервер</translation>
    </message>
    <message>
        <source>The scanned original removed from this computer after its keeping time</source>
        <translation>Отсканированный оригинал удалён с этого компьютера по истечении срока хранения</translation>
    </message>
    <message>
        <source>Work done before the first login as {local} handed to {server} ({documents} document(s))</source>
        <translation>Работа до первого входа под именем {local} передана пользователю {server} (документов: {documents})</translation>
    </message>
    <message>
        <source>Made before the first login as {local}; now {server}'s</source>
        <translation>Создан до первого входа под именем {local}; теперь принадлежит {server}</translation>
    </message>
    <message>
        <source>Recorded change</source>
        <translation>Записанное изменение</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation>Праздничные дни</translation>
    </message>
    <message>
        <source>&amp;Official holidays and transferred working days of Azerbaijan</source>
        <translation>&amp;Официальные праздники и перенесённые рабочие дни Азербайджана</translation>
    </message>
    <message>
        <source>Official days off this year</source>
        <translation>Официальные выходные дни этого года</translation>
    </message>
    <message>
        <source>The institution's own days off</source>
        <translation>Собственные выходные дни организации</translation>
    </message>
    <message>
        <source>Official days off in {year}:</source>
        <translation>Официальные выходные дни в {year} году:</translation>
    </message>
    <message>
        <source>The institution's own &amp;days off besides these, one per line: 20.03.2027 (that day) or 01.01 (every year).</source>
        <translation>Собственные выходные &amp;дни организации сверх этих, по одному в строке: 20.03.2027 (этот день) или 01.01 (каждый год).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name}: the file is empty (0 bytes).</source>
        <translation>{name}: файл пуст (0 байт).</translation>
    </message>
    <message>
        <source>{name}: the file is too large ({size} MB; the limit is {limit} MB).</source>
        <translation>{name}: файл слишком большой ({size} МБ; предел — {limit} МБ).</translation>
    </message>
    <message>
        <source>{name}: not a PDF or an image (PNG, JPEG, TIFF); its content is of another kind.</source>
        <translation>{name}: это не PDF и не изображение (PNG, JPEG, TIFF); содержимое другого типа.</translation>
    </message>
    <message>
        <source>{name}: the file is no longer there (it was moved or deleted).</source>
        <translation>{name}: файла больше нет (он перемещён или удалён).</translation>
    </message>
    <message>
        <source>{name}: this is a folder, not a file.</source>
        <translation>{name}: это папка, а не файл.</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>канал (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>специальный файл</translation>
    </message>
    <message>
        <source>{name}: this is a link to {what}, not to a file; only regular files can be imported.</source>
        <translation>{name}: это ссылка на {what}, а не на файл; импортировать можно только обычные файлы.</translation>
    </message>
    <message>
        <source>{name}: this is {what}, not a file; only regular files can be imported.</source>
        <translation>{name}: это {what}, а не файл; импортировать можно только обычные файлы.</translation>
    </message>
    <message>
        <source>{name}: the link points to a file that does not exist.</source>
        <translation>{name}: ссылка ведёт к несуществующему файлу.</translation>
    </message>
    <message>
        <source>{name}: permission to read the file was denied.</source>
        <translation>{name}: нет разрешения на чтение файла.</translation>
    </message>
    <message>
        <source>{name}: the file could not be read ({reason}).</source>
        <translation>{name}: не удалось прочитать файл ({reason}).</translation>
    </message>
    <message>
        <source>{name}: the PDF is truncated (its end is missing); ask for the file again.</source>
        <translation>{name}: PDF обрезан (отсутствует конец); запросите файл повторно.</translation>
    </message>
    <message>
        <source>{name}: the PDF is password-protected; ask the sender for an unprotected copy.</source>
        <translation>{name}: PDF защищён паролем; запросите у отправителя незащищённую копию.</translation>
    </message>
    <message>
        <source>{name}: the PDF has no pages.</source>
        <translation>{name}: в PDF нет страниц.</translation>
    </message>
    <message>
        <source>{name}: the PDF has {n} pages; the limit is {limit}.</source>
        <translation>{name}: в PDF {n} страниц; предел — {limit}.</translation>
    </message>
    <message>
        <source>{name}: the PDF is damaged and cannot be read ({reason}).</source>
        <extracomment>What pypdf raises on a damaged file besides its own PdfReadError.</extracomment>
        <translation>{name}: PDF повреждён и не может быть прочитан ({reason}).</translation>
    </message>
    <message>
        <source>{name}: page {n} took too long to read ({s} seconds); the PDF was not imported.</source>
        <translation>{name}: чтение страницы {n} заняло слишком много времени ({s} с); PDF не импортирован.</translation>
    </message>
    <message>
        <source>{name}: page {n} of the PDF cannot be read.</source>
        <translation>{name}: страницу {n} PDF невозможно прочитать.</translation>
    </message>
    <message>
        <source>{name}: this is a PDF, not an image.</source>
        <translation>{name}: это PDF, а не изображение.</translation>
    </message>
    <message>
        <source>{name}: the image has more than {n} pages.</source>
        <translation>{name}: в изображении больше {n} страниц.</translation>
    </message>
    <message>
        <source>{name}: the image is too large ({w} × {h} pixels); scan at a lower resolution.</source>
        <translation>{name}: изображение слишком большое ({w} × {h} пикселей); сканируйте с меньшим разрешением.</translation>
    </message>
    <message>
        <source>{name}: the image would expand to an unsafe size (a decompression bomb); it was not opened.</source>
        <translation>{name}: при распаковке изображение достигло бы опасного размера (бомба декомпрессии); оно не открыто.</translation>
    </message>
    <message>
        <source>{name}: the link leads in a circle and points to no file.</source>
        <translation>{name}: ссылка зациклена и не ведёт ни к какому файлу.</translation>
    </message>
    <message>
        <source>{name}: this is not a regular file; only regular files can be imported.</source>
        <translation>{name}: это не обычный файл; импортировать можно только обычные файлы.</translation>
    </message>
    <message>
        <source>{name}: the file was replaced while it was being opened; try again.</source>
        <translation>{name}: файл был заменён во время открытия; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{name}: the image is damaged or truncated and cannot be read.</source>
        <translation>{name}: изображение повреждено или обрезано и не может быть прочитано.</translation>
    </message>
    <message>
        <source>{name}: every page is blank; nothing was imported.</source>
        <translation>{name}: все страницы пустые; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The pages could not be processed: {reason}</source>
        <translation>Не удалось обработать страницы: {reason}</translation>
    </message>
    <message>
        <source>The application is closing; nothing more is imported.</source>
        <translation>Приложение закрывается; больше ничего не импортируется.</translation>
    </message>
    <message>
        <source>The import process stopped unexpectedly; try again.</source>
        <translation>Процесс импорта неожиданно остановился; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{name}: this file was already imported, as {document}.</source>
        <translation>{name}: этот файл уже импортирован: {document}.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>The scan folder {folder} is not reachable ({reason}); waiting for it to come back.</source>
        <translation>Папка сканирования {folder} недоступна ({reason}); ожидание её восстановления.</translation>
    </message>
    <message>
        <source>{name}: the same content was already imported; it was not imported again.</source>
        <translation>{name}: такое же содержимое уже импортировано; повторно не импортировано.</translation>
    </message>
    <message>
        <source>{name}: the import failed unexpectedly ({reason}); see the log.</source>
        <translation>{name}: импорт неожиданно не удался ({reason}); см. журнал.</translation>
    </message>
    <message>
        <source>Cleaning page {i} of {n}</source>
        <translation>Очистка страницы {i} из {n}</translation>
    </message>
    <message>
        <source>Saving the document</source>
        <translation>Сохранение документа</translation>
    </message>
    <message>
        <source>Scan of {when}</source>
        <translation>Скан от {when}</translation>
    </message>
    <message>
        <source>Code on the first page: {code}</source>
        <translation>Код на первой странице: {code}</translation>
    </message>
    <message>
        <source>The original of this document is no longer on this computer.</source>
        <translation>Оригинала этого документа больше нет на этом компьютере.</translation>
    </message>
    <message>
        <source>This document has no original kept on this computer.</source>
        <translation>У этого документа нет оригинала, хранящегося на этом компьютере.</translation>
    </message>
    <message>
        <source>This document has no scanned PDF whose pages could be changed.</source>
        <translation>У этого документа нет скана PDF, страницы которого можно изменить.</translation>
    </message>
    <message>
        <source>The document is signed; changing its pages would break the signature.</source>
        <translation>Документ подписан; изменение страниц нарушило бы подпись.</translation>
    </message>
    <message>
        <source>There is no page {n} in this document (it has {count}).</source>
        <translation>В этом документе нет страницы {n} (всего страниц: {count}).</translation>
    </message>
    <message>
        <source>No scan folder is set in the settings.</source>
        <translation>В настройках не задана папка сканирования.</translation>
    </message>
    <message>
        <source>S&amp;can…</source>
        <translation>&amp;Сканировать…</translation>
    </message>
    <message>
        <source>&amp;Recognise text (OCR)</source>
        <translation>&amp;Распознать текст (OCR)</translation>
    </message>
    <message>
        <source>&amp;Watch scan folder…</source>
        <translation>&amp;Следить за папкой сканирования…</translation>
    </message>
    <message>
        <source>Scanning and &amp;OCR settings…</source>
        <translation>Параметры сканирования и &amp;OCR…</translation>
    </message>
    <message>
        <source>&amp;Upload the original</source>
        <translation>&amp;Отправить оригинал</translation>
    </message>
    <message>
        <source>&amp;Insert scanned pages…</source>
        <translation>&amp;Вставить отсканированные страницы…</translation>
    </message>
    <message>
        <source>Re&amp;place a page with a new scan…</source>
        <translation>&amp;Заменить страницу новым сканом…</translation>
    </message>
    <message>
        <source>Save a &amp;separator sheet to print…</source>
        <translation>Сохранить &amp;разделительный лист для печати…</translation>
    </message>
    <message>
        <source>Removing expired scan originals</source>
        <translation>Удаляются оригиналы сканов с истёкшим сроком</translation>
    </message>
    <message>
        <source>The original will be uploaded ({size}).</source>
        <translation>Оригинал будет отправлен ({size}).</translation>
    </message>
    <message>
        <source>Original not uploaded</source>
        <translation>Оригинал не отправлен</translation>
    </message>
    <message>
        <source>Queueing the original</source>
        <translation>Оригинал ставится в очередь на отправку</translation>
    </message>
    <message>
        <source>Pages not changed</source>
        <translation>Страницы не изменены</translation>
    </message>
    <message>
        <source>Changing the pages</source>
        <translation>Страницы изменяются</translation>
    </message>
    <message>
        <source>The pages were changed.</source>
        <translation>Страницы изменены.</translation>
    </message>
    <message>
        <source>Folder for the separator sheet</source>
        <translation>Папка для разделительного листа</translation>
    </message>
    <message>
        <source>separator-sheet</source>
        <translation>razdelitelnyj-list</translation>
    </message>
    <message>
        <source>Separator sheet not saved</source>
        <translation>Разделительный лист не сохранён</translation>
    </message>
    <message>
        <source>Separator sheet</source>
        <translation>Разделительный лист</translation>
    </message>
    <message>
        <source>The separator sheet was saved as {path}. Print it and put a copy in front of each document of a stack.</source>
        <translation>Разделительный лист сохранён как {path}. Распечатайте его и положите копию перед каждым документом пачки.</translation>
    </message>
    <message>
        <source>Scan not saved</source>
        <translation>Скан не сохранён</translation>
    </message>
    <message>
        <source>Saving the scan</source>
        <translation>Сохранение скана</translation>
    </message>
    <message>
        <source>Scanned document saved ({n} page(s))</source>
        <translation>Отсканированный документ сохранён (страниц: {n})</translation>
    </message>
    <message>
        <source>{n} blank page(s) removed.</source>
        <translation>Удалено пустых страниц: {n}.</translation>
    </message>
    <message>
        <source>Text not recognised</source>
        <translation>Текст не распознан</translation>
    </message>
    <message>
        <source>Recognising text</source>
        <translation>Распознавание текста</translation>
    </message>
    <message>
        <source>Insert pages</source>
        <translation>Вставить страницы</translation>
    </message>
    <message>
        <source>Replace a page</source>
        <translation>Заменить страницу</translation>
    </message>
    <message>
        <source>Before page</source>
        <translation>Перед страницей</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Text recognised in {n} document(s)</source>
        <translation>Текст распознан в документах: {n}</translation>
    </message>
    <message>
        <source>Text recognition</source>
        <translation>Распознавание текста</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <source>Folder the scanner writes into</source>
        <translation>Папка, в которую пишет сканер</translation>
    </message>
    <message>
        <source>Watching the scan folder</source>
        <translation>Отслеживание папки сканирования</translation>
    </message>
    <message>
        <source>Docflow separator sheet</source>
        <translation>Разделительный лист Docflow</translation>
    </message>
    <message>
        <source>Put this sheet in front of each document of a stack.</source>
        <translation>Положите этот лист перед каждым документом пачки.</translation>
    </message>
    <message>
        <source>Scanned together, each document becomes its own; this sheet is left out.</source>
        <translation>При совместном сканировании каждый документ становится отдельным; этот лист пропускается.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>copier or camera original</source>
        <translation>оригинал с копира или камеры</translation>
    </message>
    <message>
        <source>searchable copy</source>
        <translation>копия с поиском по тексту</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <source>cleaned copy</source>
        <translation>очищенная копия</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>приложение</translation>
    </message>
    <message>
        <source>kept on this computer</source>
        <translation>хранится на этом компьютере</translation>
    </message>
    <message>
        <source>kept on this computer until {date}</source>
        <translation>хранится на этом компьютере до {date}</translation>
    </message>
    <message>
        <source>sent once its text is recognised</source>
        <translation>будет отправлен после распознавания текста</translation>
    </message>
    <message>
        <source>sent to the server</source>
        <translation>отправляется на сервер</translation>
    </message>
    <message>
        <source>Upload the original</source>
        <translation>Отправить оригинал</translation>
    </message>
    <message>
        <source>Send the copier's or camera's file too (it is large)</source>
        <translation>Отправить также файл копира или камеры (он большой)</translation>
    </message>
    <message>
        <source>On the wire: {size}</source>
        <translation>Передаётся по сети: {size}</translation>
    </message>
    <message>
        <source>Kept only on this computer: {size}</source>
        <translation>Хранится только на этом компьютере: {size}</translation>
    </message>
</context>
<context>
    <name>IntakeSettingsDialog</name>
    <message>
        <source>Scanning and OCR settings</source>
        <translation>Параметры сканирования и OCR</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Распознавание текста (OCR)</translation>
    </message>
    <message>
        <source>Recognise the text of scans and imported files (in the background)</source>
        <translation>Распознавать текст сканов и импортированных файлов (в фоне)</translation>
    </message>
    <message>
        <source>{lang} (not installed)</source>
        <translation>{lang} (не установлен)</translation>
    </message>
    <message>
        <source>Page clean-up</source>
        <translation>Очистка страниц</translation>
    </message>
    <message>
        <source>Straighten skewed pages</source>
        <translation>Выравнивать перекошенные страницы</translation>
    </message>
    <message>
        <source>Turn pages upright</source>
        <translation>Поворачивать страницы в правильное положение</translation>
    </message>
    <message>
        <source>Remove blank pages</source>
        <translation>Удалять пустые страницы</translation>
    </message>
    <message>
        <source>Crop to the content</source>
        <translation>Обрезать по содержимому</translation>
    </message>
    <message>
        <source>A page is blank below this much ink</source>
        <translation>Страница считается пустой, если заполнения меньше этого порога</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Сжатие</translation>
    </message>
    <message>
        <source>keep the scan resolution</source>
        <translation>сохранить разрешение сканирования</translation>
    </message>
    <message>
        <source>JPEG quality for grey and colour pages</source>
        <translation>Качество JPEG для серых и цветных страниц</translation>
    </message>
    <message>
        <source>Reduce grey and colour pages to (dpi)</source>
        <translation>Уменьшать разрешение серых и цветных страниц до (dpi)</translation>
    </message>
    <message>
        <source>Keep stamps, signatures and pictures in colour on text pages</source>
        <translation>Сохранять печати, подписи и изображения в цвете на текстовых страницах</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Start a new document at each separator sheet</source>
        <translation>Начинать новый документ на каждом разделительном листе</translation>
    </message>
    <message>
        <source>Start a new document at each blank page</source>
        <translation>Начинать новый документ на каждой пустой странице</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>тему</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>никуда</translation>
    </message>
    <message>
        <source>A QR code or barcode on the first page goes into</source>
        <translation>QR-код или штрихкод с первой страницы записывать в</translation>
    </message>
    <message>
        <source>Copier and camera originals</source>
        <translation>Оригиналы с копира и камеры</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Upload the originals too (the institution's rule)</source>
        <translation>Отправлять и оригиналы (правило учреждения)</translation>
    </message>
    <message>
        <source>Keep them on this computer for</source>
        <translation>Хранить на этом компьютере</translation>
    </message>
    <message>
        <source>Scan folder to watch</source>
        <translation>Отслеживаемая папка сканирования</translation>
    </message>
</context>
<context>
    <name>JournalsPage</name>
    <message>
        <source>Code</source>
        <extracomment>The fields a number format may use, as the page explains them.</extracomment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Формат номера</translation>
    </message>
    <message>
        <source>Numbered by</source>
        <translation>Кто нумерует</translation>
    </message>
    <message>
        <source>Registration journals</source>
        <translation>Журналы регистрации</translation>
    </message>
    <message>
        <source>&amp;Save the format</source>
        <translation>&amp;Сохранить формат</translation>
    </message>
    <message>
        <source>Number &amp;format</source>
        <translation>&amp;Формат номера</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Следующий номер</translation>
    </message>
    <message>
        <source>{n} (or {seq}) running number, restarting each year ({n:04d} pads it to four digits), {year} or {yy} the year, {mm} and {dd} the month and day, {index} the case of the file plan, {code} the journal's code. Example: {index}/{n}, {n}-{year}.</source>
        <translation>{n} (или {seq}) — порядковый номер, с начала каждого года ({n:04d} дополняет его нулями до четырёх цифр), {year} или {yy} — год, {mm} и {dd} — месяц и день, {index} — индекс дела по номенклатуре, {code} — код журнала. Пример: {index}/{n}, {n}-{year}.</translation>
    </message>
    <message>
        <source>Numbers already given keep their text; the next ones follow the new format. A journal the server numbers is changed on the server.</source>
        <translation>Уже выданные номера не меняются; следующие получат новый формат. Журнал, который нумерует сервер, меняется на сервере.</translation>
    </message>
    <message>
        <source>Only an administrator changes the number formats.</source>
        <translation>Форматы номеров меняет только администратор.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>это рабочее место</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Saving the number format</source>
        <translation>Сохранение формата номера</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No system keyring is available on this computer (such as GNOME Keyring or KWallet).</source>
        <translation>На этом компьютере нет системного хранилища ключей (например, GNOME Keyring или KWallet).</translation>
    </message>
    <message>
        <source>The system keyring could not be read; unlock it and try again.</source>
        <extracomment>True once a secret had to be kept in memory because there is no keyring.</extracomment>
        <translation>Не удалось прочитать системное хранилище ключей; разблокируйте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keyring; unlock it and try again.</source>
        <translation>Секрет не удалось сохранить в системном хранилище ключей; разблокируйте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The secret could not be removed from the system keyring; unlock it and try again.</source>
        <translation>Секрет не удалось удалить из системного хранилища ключей; разблокируйте его и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутренний</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Incoming journal</source>
        <translation>Журнал входящих</translation>
    </message>
    <message>
        <source>Outgoing journal</source>
        <translation>Журнал исходящих</translation>
    </message>
    <message>
        <source>Internal journal</source>
        <translation>Журнал внутренних</translation>
    </message>
    <message>
        <source>Citizens' appeals journal</source>
        <translation>Журнал обращений граждан</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Письменно</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>В электронной форме</translation>
    </message>
    <message>
        <source>Orally, at a personal reception</source>
        <translation>Устно, на личном приёме</translation>
    </message>
    <message>
        <source>Orally, by telephone</source>
        <translation>Устно, по телефону</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Ждёт решения</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Post</source>
        <extracomment>Journal names the demo server and older profiles used, shown as the kind's name instead.</extracomment>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Лично / нарочным</translation>
    </message>
    <message>
        <source>Electronic circulation</source>
        <translation>Электронный документооборот</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Другой способ</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>представлен</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканировать</translation>
    </message>
    <message>
        <source>Cleaned scan</source>
        <translation>Очищенный скан</translation>
    </message>
    <message>
        <source>Numbered copy</source>
        <translation>Экземпляр с номером</translation>
    </message>
    <message>
        <source>With recognised text</source>
        <translation>С распознанным текстом</translation>
    </message>
    <message>
        <source>Derived copy</source>
        <translation>Производная копия</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Другая роль</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Открытый</translation>
    </message>
    <message>
        <source>For internal use</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлен</translation>
    </message>
    <message>
        <source>registered by the recipient</source>
        <translation>зарегистрирован получателем</translation>
    </message>
    <message>
        <source>refused by the recipient</source>
        <translation>отклонён получателем</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ответа пока нет</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>не отозван</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>ОТОЗВАН</translation>
    </message>
    <message>
        <source>not checked yet (no revocation data; checked when online)</source>
        <translation>ещё не проверен (нет данных об отзыве; проверяется при наличии связи)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>only validation data and timestamps</source>
        <translation>только данные проверки и метки времени</translation>
    </message>
    <message>
        <source>later signatures and form filling (allowed)</source>
        <translation>последующие подписи и заполнение форм (допустимо)</translation>
    </message>
    <message>
        <source>comments and annotations</source>
        <translation>комментарии и пометки</translation>
    </message>
    <message>
        <source>other changes (not allowed)</source>
        <translation>другие изменения (недопустимо)</translation>
    </message>
    <message>
        <source>could not be determined</source>
        <translation>определить не удалось</translation>
    </message>
    <message>
        <source>timestamp of the signature</source>
        <translation>метка времени подписи</translation>
    </message>
    <message>
        <source>document timestamp</source>
        <translation>метка времени документа</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>метка времени</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действительна</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА</translation>
    </message>
    <message>
        <source>cannot be confirmed</source>
        <translation>не может быть подтверждена</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписан</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>the signer's certificate does not lead to a trusted authority (add the institution's trust list in Settings)</source>
        <translation>сертификат подписавшего не ведёт к доверенному удостоверяющему центру (добавьте список доверенных УЦ организации в настройках)</translation>
    </message>
    <message>
        <source>the signer's certificate is missing from the signature</source>
        <translation>в подписи нет сертификата подписавшего</translation>
    </message>
    <message>
        <source>the chain of certificates could not be checked</source>
        <translation>цепочку сертификатов проверить не удалось</translation>
    </message>
    <message>
        <source>a certificate in the chain is not allowed for signing</source>
        <translation>один из сертификатов цепочки не разрешён для подписи</translation>
    </message>
    <message>
        <source>the signature does not meet the signing rules</source>
        <translation>подпись не соответствует правилам подписания</translation>
    </message>
    <message>
        <source>the signature uses an algorithm that is no longer accepted</source>
        <translation>подпись использует алгоритм, который больше не принимается</translation>
    </message>
    <message>
        <source>the signer's certificate had expired</source>
        <translation>срок действия сертификата подписавшего истёк</translation>
    </message>
    <message>
        <source>the signer's certificate was not yet valid</source>
        <translation>сертификат подписавшего ещё не действовал</translation>
    </message>
    <message>
        <source>the signer's certificate is revoked</source>
        <translation>сертификат подписавшего отозван</translation>
    </message>
    <message>
        <source>a certificate authority in the chain is revoked</source>
        <translation>один из удостоверяющих центров цепочки отозван</translation>
    </message>
    <message>
        <source>the certificate was not valid at the signing time</source>
        <translation>на момент подписания сертификат не действовал</translation>
    </message>
    <message>
        <source>the revocation data are too old</source>
        <translation>данные об отзыве слишком старые</translation>
    </message>
    <message>
        <source>the timestamps are in the wrong order</source>
        <translation>метки времени идут в неверном порядке</translation>
    </message>
    <message>
        <source>there is no proof of when it was signed</source>
        <translation>нет доказательства времени подписания</translation>
    </message>
    <message>
        <source>revocation data are not available yet; try again later</source>
        <translation>данные об отзыве пока недоступны; повторите позже</translation>
    </message>
    <message>
        <source>the signature policy could not be processed</source>
        <translation>политику подписи обработать не удалось</translation>
    </message>
    <message>
        <source>the signature policy is not available</source>
        <translation>политика подписи недоступна</translation>
    </message>
    <message>
        <source>the signed data were not found</source>
        <translation>подписанные данные не найдены</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Срок скоро</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Baku</source>
        <translation>Баку</translation>
    </message>
    <message>
        <source>Moscow</source>
        <translation>Москва</translation>
    </message>
    <message>
        <source>Istanbul</source>
        <translation>Стамбул</translation>
    </message>
    <message>
        <source>Tbilisi</source>
        <translation>Тбилиси</translation>
    </message>
    <message>
        <source>This institution</source>
        <translation>Эта организация</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <source>Changed details</source>
        <translation>Изменение сведений</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Resolution change</source>
        <translation>Изменение резолюции</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Route step done</source>
        <translation>Шаг маршрута выполнен</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Signature completion</source>
        <translation>Завершение подписи</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Receipt confirmation</source>
        <translation>Подтверждение получения</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Перемещение в архив</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Другое изменение</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>failed, retried</source>
        <translation>не удалось, повторяется</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>в конфликте</translation>
    </message>
    <message>
        <source>kept on this workstation</source>
        <translation>оставлено на этом рабочем месте</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>заменено</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Docflow</source>
        <translation>Добро пожаловать в Docflow</translation>
    </message>
    <message>
        <source>A few steps to set up this computer. Skip any of them: each one is also in the menus.</source>
        <translation>Несколько шагов, чтобы настроить этот компьютер. Любой можно пропустить: каждый есть и в меню.</translation>
    </message>
    <message>
        <source>Choose the language of the program.</source>
        <translation>Выберите язык программы.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Official letter</source>
        <extracomment>The fields a template fills (all optional except the addressee and the text): ``LETTER_FIELDS``, the protocol's (a letter's fields travel with its document to every desk). Longest text of one field (the body may be long; it flows onto further pages).</extracomment>
        <translation>Официальное письмо</translation>
    </message>
    <message>
        <source>Reply to a letter</source>
        <translation>Ответное письмо</translation>
    </message>
    <message>
        <source>In reply to your letter No. {reply_to_number} of {reply_to_date}:</source>
        <translation>В ответ на ваше письмо № {reply_to_number} от {reply_to_date}:</translation>
    </message>
    <message>
        <source>Covering letter</source>
        <translation>Сопроводительное письмо</translation>
    </message>
    <message>
        <source>We send you the following: {attachments}.</source>
        <translation>Направляем вам следующее: {attachments}.</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Служебная записка</translation>
    </message>
    <message>
        <source>There is no letter template {kind!r}.</source>
        <translation>Шаблона письма {kind!r} нет.</translation>
    </message>
    <message>
        <source>The letter template does not know the fields: {fields}.</source>
        <translation>Шаблон письма не знает полей: {fields}.</translation>
    </message>
    <message>
        <source>A field of the letter is longer than {max} characters: {start}…</source>
        <translation>Поле письма длиннее {max} символов: {start}…</translation>
    </message>
    <message>
        <source>The letter needs an addressee.</source>
        <translation>У письма должен быть адресат.</translation>
    </message>
    <message>
        <source>The letter needs its text.</source>
        <translation>У письма должен быть текст.</translation>
    </message>
    <message>
        <source>A reply names the number of the letter it answers.</source>
        <translation>В ответе указывается номер письма, на которое он отвечает.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <source>Re: {subject}</source>
        <translation>Тема: {subject}</translation>
    </message>
    <message>
        <source>{template} to {addressee}</source>
        <translation>{template}: {addressee}</translation>
    </message>
</context>
<context>
    <name>LinkReplyDialog</name>
    <message>
        <source>Answer to…</source>
        <translation>Ответ на…</translation>
    </message>
    <message>
        <source>{subject} answers the incoming document registered as:</source>
        <translation>«{subject}» отвечает на входящий документ, зарегистрированный под номером:</translation>
    </message>
    <message>
        <source>Registration &amp;number</source>
        <translation>Регистрационный &amp;номер</translation>
    </message>
</context>
<context>
    <name>Locale</name>
    <message>
        <source>Mon</source>
        <translation>пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>вс</translation>
    </message>
    <message>
        <source>{n} B</source>
        <translation>{n} Б</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the circulation server</source>
        <translation>Вход на сервер документооборота</translation>
    </message>
    <message>
        <source>Institution CA bundle (PEM), optional</source>
        <translation>Набор сертификатов УЦ учреждения (PEM), необязательно</translation>
    </message>
    <message>
        <source>Server certificate SHA-256, optional</source>
        <translation>Отпечаток SHA-256 сертификата сервера, необязательно</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>&amp;Workstation id</source>
        <translation>&amp;Идентификатор рабочего места</translation>
    </message>
    <message>
        <source>&amp;CA bundle</source>
        <translation>Файл &amp;УЦ</translation>
    </message>
    <message>
        <source>P&amp;inned certificate</source>
        <translation>&amp;Закреплённый сертификат</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Имя &amp;пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <source>Test server on this computer: the connection is not encrypted. Use it only to try Docflow out.</source>
        <translation>Тестовый сервер на этом компьютере: соединение не шифруется. Используйте его только чтобы попробовать Docflow.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Enter this workstation's id (your administrator has it).</source>
        <translation>Введите идентификатор этого рабочего места (его знает ваш администратор).</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search subject, number, correspondent, text… (Ctrl+F)</source>
        <translation>Поиск по содержанию, номеру, корреспонденту, тексту… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Зарегистрировать…</translation>
    </message>
    <message>
        <source>Register an &amp;oral appeal…</source>
        <translation>Зарегистрировать &amp;устное обращение…</translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation>&amp;Править карточку…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;В архив</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Verify audit journal</source>
        <translation>&amp;Проверить журнал аудита</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <source>Queues</source>
        <extracomment>Committed changes arriving within this time are shown with one refresh (a batch of 20 signatures is 20 changes: one redraw, not twenty, and the GUI thread stays free for the person).</extracomment>
        <translation>Очереди</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Go to the &amp;queues</source>
        <translation>Перейти к &amp;очередям</translation>
    </message>
    <message>
        <source>Go to the &amp;document list</source>
        <translation>Перейти к &amp;списку документов</translation>
    </message>
    <message>
        <source>Go to the &amp;pages</source>
        <translation>Перейти к &amp;страницам</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>To register</source>
        <translation>На регистрацию</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>На подпись</translation>
    </message>
    <message>
        <source>My assignments</source>
        <translation>Мои поручения</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Docflow — {user}</source>
        <extracomment>Keys for actions the feature modules leave without one (every action has a shortcut).</extracomment>
        <translation>Docflow — {user}</translation>
    </message>
    <message>
        <source>Docflow — {user} ({roles})</source>
        <translation>Docflow — {user} ({roles})</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>По запросу «{text}» ничего не найдено.</translation>
    </message>
    <message>
        <source>Check the spelling or type fewer words; letters like ə, ç, ş can be typed as e, c, s. To look everywhere, choose “All documents”.</source>
        <translation>Проверьте написание или введите меньше слов; буквы ə, ç, ş можно вводить как e, c, s. Чтобы искать везде, выберите «Все документы».</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>Входящих нет.</translation>
    </message>
    <message>
        <source>Scan the morning post (Ctrl+Shift+N), import files (Ctrl+O) or drop them here. Letters from other institutions arrive here when Docflow synchronises.</source>
        <translation>Отсканируйте утреннюю почту (Ctrl+Shift+N), импортируйте файлы (Ctrl+O) или перетащите их сюда. Письма других организаций приходят сюда при синхронизации Docflow.</translation>
    </message>
    <message>
        <source>Nothing waits for registration.</source>
        <translation>Нет документов, ожидающих регистрации.</translation>
    </message>
    <message>
        <source>New incoming letters and signed outgoing letters appear here until they get a number.</source>
        <translation>Новые входящие и подписанные исходящие письма видны здесь, пока не получат номер.</translation>
    </message>
    <message>
        <source>Nothing waits for your signature.</source>
        <translation>Нет документов, ожидающих вашей подписи.</translation>
    </message>
    <message>
        <source>Documents whose route reaches a signing step for you appear here.</source>
        <translation>Здесь появляются документы, маршрут которых дошёл до вашего шага подписания.</translation>
    </message>
    <message>
        <source>You have no assignments.</source>
        <translation>У вас нет поручений.</translation>
    </message>
    <message>
        <source>Resolutions and route steps given to you appear here with their deadlines (F9).</source>
        <translation>Здесь появляются адресованные вам резолюции и шаги маршрута со сроками (F9).</translation>
    </message>
    <message>
        <source>Nothing is under your control.</source>
        <translation>На вашем контроле ничего нет.</translation>
    </message>
    <message>
        <source>Documents whose resolution you put on control stay here until you take them off control (Routing → Remove control), once the executor has reported.</source>
        <translation>Документы, резолюцию по которым вы поставили на контроль, остаются здесь, пока вы не снимете их с контроля после отчёта исполнителя (Маршрут → Снять с контроля).</translation>
    </message>
    <message>
        <source>No outgoing letters in progress.</source>
        <translation>Нет исходящих писем в работе.</translation>
    </message>
    <message>
        <source>Import or scan a draft, choose the “Outgoing letter” route (Ctrl+Shift+B), sign it and dispatch it (Ctrl+Shift+D).</source>
        <translation>Импортируйте или отсканируйте проект, выберите маршрут «Исходящее письмо» (Ctrl+Shift+B), подпишите и отправьте (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Nothing has been dispatched yet.</source>
        <translation>Пока ничего не отправлено.</translation>
    </message>
    <message>
        <source>Dispatched letters appear here with their delivery receipts.</source>
        <translation>Здесь видны отправленные письма и уведомления о доставке.</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>Архив пуст.</translation>
    </message>
    <message>
        <source>Finished documents are moved here with Document → Archive (Ctrl+E).</source>
        <translation>Завершённые документы переносятся сюда командой Документ → В архив (Ctrl+E).</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>When the server and this workstation changed the same document, it appears here to settle.</source>
        <translation>Если сервер и это рабочее место изменили один документ, он появится здесь для решения.</translation>
    </message>
    <message>
        <source>There are no documents yet.</source>
        <translation>Документов пока нет.</translation>
    </message>
    <message>
        <source>Scan (Ctrl+Shift+N) or import (Ctrl+O) the first letter, or log in to the server to receive documents.</source>
        <translation>Отсканируйте (Ctrl+Shift+N) или импортируйте (Ctrl+O) первое письмо либо войдите на сервер, чтобы получать документы.</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Документы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Некоторые файлы не импортированы</translation>
    </message>
    <message>
        <source>{ok} imported, {bad} refused:</source>
        <translation>Импортировано: {ok}, отклонено: {bad}:</translation>
    </message>
    <message>
        <source>{n} document(s) imported</source>
        <translation>Импортировано документов: {n}</translation>
    </message>
    <message>
        <source>The card is saved</source>
        <translation>Карточка сохранена</translation>
    </message>
    <message>
        <source>The card is not saved</source>
        <translation>Карточка не сохранена</translation>
    </message>
    <message>
        <source>Saving the card</source>
        <translation>Карточка сохраняется</translation>
    </message>
    <message>
        <source>Registered as {n}</source>
        <translation>Зарегистрирован под номером {n}</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Не зарегистрирован</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Не перемещён в архив</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Перемещение в архив</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>The audit journal is intact ({n} events).</source>
        <translation>Журнал аудита цел (событий: {n}).</translation>
    </message>
    <message>
        <source>The audit journal is broken: {reason}</source>
        <translation>Журнал аудита нарушен: {reason}</translation>
    </message>
    <message>
        <source>Verifying audit journal</source>
        <translation>Проверка журнала аудита</translation>
    </message>
    <message>
        <source>Store check</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <source>The local store has problems: {n} file(s) are missing; database check: {integrity}.</source>
        <translation>В локальном хранилище есть проблемы: отсутствует файлов: {n}; проверка базы данных: {integrity}.</translation>
    </message>
    <message>
        <source>Checking the local store</source>
        <translation>Проверка локального хранилища</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <extracomment>Where a new document starts. The kinds a person writes here (an incoming letter arrives: Import, Scan, or from the server).</extracomment>
        <translation>Новый документ</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>From a &amp;template</source>
        <translation>Из &amp;шаблона</translation>
    </message>
    <message>
        <source>From a &amp;scan</source>
        <translation>Из ска&amp;на</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>Из &amp;файла…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>What the document is about</source>
        <translation>О чём документ</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Основа</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Addressee</source>
        <extracomment>The letter's own rows, shown for a template (the reply and covering rows for those templates).</extracomment>
        <translation>&amp;Адресат</translation>
    </message>
    <message>
        <source>In reply to &amp;No.</source>
        <translation>В ответ на &amp;№</translation>
    </message>
    <message>
        <source>Of (&amp;date)</source>
        <translation>От (&amp;дата)</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>&amp;Приложения</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>&amp;Open Docflow</source>
        <translation>&amp;Открыть Docflow</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Активность</translation>
    </message>
    <message>
        <source>My assignments &amp;panel</source>
        <translation>&amp;Панель «Мои поручения»</translation>
    </message>
</context>
<context>
    <name>OCR</name>
    <message>
        <source>Tesseract is not installed, so pages cannot be turned upright automatically.</source>
        <translation>Tesseract не установлен, поэтому страницы нельзя автоматически повернуть в правильное положение.</translation>
    </message>
    <message>
        <source>No OCR language is chosen in the settings.</source>
        <translation>В настройках не выбран язык OCR.</translation>
    </message>
    <message>
        <source>Tesseract OCR is not installed, so the text of the pages cannot be recognised. The document is kept without text.</source>
        <translation>Tesseract OCR не установлен, поэтому текст страниц нельзя распознать. Документ сохранён без текста.</translation>
    </message>
    <message>
        <source>The OCR language pack for {langs} is not installed (install {packages}). The document is kept without a text layer.</source>
        <translation>Языковой пакет OCR для {langs} не установлен (установите {packages}). Документ сохранён без текстового слоя.</translation>
    </message>
    <message>
        <source>Text recognition of a page took longer than {s} seconds and was stopped.</source>
        <translation>Распознавание текста страницы заняло больше {s} с и было остановлено.</translation>
    </message>
    <message>
        <source>Tesseract could not read a page: {reason}</source>
        <translation>Tesseract не смог прочитать страницу: {reason}</translation>
    </message>
    <message>
        <source>Reading PDF pages for OCR needs poppler's pdftoppm (package poppler-utils), which is not installed.</source>
        <translation>Для чтения страниц PDF при OCR нужна программа pdftoppm из poppler (пакет poppler-utils), но она не установлена.</translation>
    </message>
    <message>
        <source>The PDF pages could not be rendered for OCR ({reason}).</source>
        <translation>Не удалось отрисовать страницы PDF для OCR ({reason}).</translation>
    </message>
    <message>
        <source>The PDF is password-protected, so it cannot be given a text layer.</source>
        <translation>PDF защищён паролем, поэтому к нему нельзя добавить текстовый слой.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be given a text layer ({reason}).</source>
        <translation>PDF повреждён, и к нему нельзя добавить текстовый слой ({reason}).</translation>
    </message>
    <message>
        <source>The PDF has {n} pages but {m} page images were given.</source>
        <translation>В PDF {n} стр., но передано изображений страниц: {m}.</translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation>Распознавание текста отменено.</translation>
    </message>
    <message>
        <source>The document already has a text layer.</source>
        <translation>У документа уже есть текстовый слой.</translation>
    </message>
    <message>
        <source>The PDF already contains text; no OCR is needed.</source>
        <translation>PDF уже содержит текст; OCR не требуется.</translation>
    </message>
    <message>
        <source>Recognising text: page {i} of {n}</source>
        <translation>Распознавание текста: страница {i} из {n}</translation>
    </message>
    <message>
        <source>The document's file was removed while its text was being recognised.</source>
        <translation>Файл документа был удалён во время распознавания текста.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Ваше учреждение</translation>
    </message>
    <message>
        <source>What the server told this computer. An administrator changes it on the server.</source>
        <translation>Что сервер сообщил этому компьютеру. Администратор меняет это на сервере.</translation>
    </message>
    <message>
        <source>Institution: {name}</source>
        <translation>Учреждение: {name}</translation>
    </message>
    <message>
        <source>You: {name} — {roles}</source>
        <translation>Вы: {name} — {roles}</translation>
    </message>
    <message>
        <source>People on the staff list: {n}</source>
        <translation>Сотрудников в списке: {n}</translation>
    </message>
    <message>
        <source>Working offline: the people, roles and journals come with the first login. Until then everything is done as a local user and carried over then.</source>
        <translation>Работа без сети: сотрудники, роли и журналы придут с первым входом. До тех пор всё делается от имени локального пользователя и затем переносится.</translation>
    </message>
    <message>
        <source>Journals: {list}</source>
        <translation>Журналы: {list}</translation>
    </message>
    <message>
        <source>Signature trust roots: {state}</source>
        <translation>Доверенные корневые сертификаты для подписей: {state}</translation>
    </message>
    <message>
        <source>set</source>
        <translation>заданы</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>ещё не заданы</translation>
    </message>
    <message>
        <source>Timestamp service: {url}</source>
        <translation>Служба штампов времени: {url}</translation>
    </message>
    <message>
        <source>Reading the office's settings</source>
        <translation>Чтение настроек учреждения</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <source>The JPEG quality must be between 5 and 95 (not {q}).</source>
        <translation>Качество JPEG должно быть от 5 до 95 (а не {q}).</translation>
    </message>
    <message>
        <source>There are no pages to put into the PDF (all pages were blank or deleted).</source>
        <translation>Нет страниц для PDF (все страницы пустые или удалены).</translation>
    </message>
    <message>
        <source>Page {n} could not be compressed ({reason}).</source>
        <translation>Не удалось сжать страницу {n} ({reason}).</translation>
    </message>
    <message>
        <source>The PDF could not be assembled ({reason}).</source>
        <translation>Не удалось собрать PDF ({reason}).</translation>
    </message>
    <message>
        <source>The PDF could not be written compactly ({reason}).</source>
        <translation>Не удалось записать PDF компактно ({reason}).</translation>
    </message>
</context>
<context>
    <name>PageSpin</name>
    <message>
        <source>last</source>
        <extracomment>Settings key of the last identity used (kind, path or module/token/key -- no secret).</extracomment>
        <translation>последняя</translation>
    </message>
    <message>
        <source>{n} from the end</source>
        <translation>{n}-я с конца</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page preview</source>
        <translation>Просмотр страниц</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Страница {n}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>{user} may not {action}: the role '{role}' is needed.</source>
        <translation>{user} не может {action}: нужна роль '{role}'.</translation>
    </message>
    <message>
        <source>register documents</source>
        <translation>регистрировать документы</translation>
    </message>
    <message>
        <source>{user} may not {action}: {need}</source>
        <translation>{user} не может {action}: {need}</translation>
    </message>
    <message>
        <source>the role '{role}' is needed.</source>
        <translation>нужна роль '{role}'.</translation>
    </message>
    <message>
        <source>edit route templates</source>
        <translation>редактировать шаблоны маршрутов</translation>
    </message>
    <message>
        <source>an office role is needed.</source>
        <translation>нужна роль делопроизводителя.</translation>
    </message>
    <message>
        <source>route this document</source>
        <translation>направить этот документ по маршруту</translation>
    </message>
    <message>
        <source>only an office role or the document's author may.</source>
        <translation>это может только делопроизводитель или автор документа.</translation>
    </message>
    <message>
        <source>act on this {kind} step</source>
        <translation>выполнять действие по шагу «{kind}»</translation>
    </message>
    <message>
        <source>only its assignee may.</source>
        <translation>это может только назначенный исполнитель шага.</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>подписывать</translation>
    </message>
    <message>
        <source>the role 'head' is needed.</source>
        <translation>нужна роль 'head' (руководитель).</translation>
    </message>
    <message>
        <source>write resolutions</source>
        <translation>накладывать резолюции</translation>
    </message>
    <message>
        <source>dispatch documents</source>
        <translation>отправлять документы</translation>
    </message>
    <message>
        <source>acknowledge received documents</source>
        <translation>подтверждать получение документов</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>{n} characters too many: it may be at most {max} characters long.</source>
        <translation>Лишних символов: {n}; допускается не более {max}.</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>The document is already registered as {number}.</source>
        <translation>Документ уже зарегистрирован под номером {number}.</translation>
    </message>
    <message>
        <source>There is no journal with code {code}.</source>
        <translation>Журнала с кодом {code} нет.</translation>
    </message>
    <message>
        <source>Journal {code} is for {jkind} documents; this document is {dkind}.</source>
        <translation>Журнал {code} предназначен для документов вида «{jkind}»; этот документ — «{dkind}».</translation>
    </message>
    <message>
        <source>Choose a journal.</source>
        <extracomment>What a journal of each kind requires on the registration card (decree 935: the sender of an incoming letter and the addressee of an outgoing one are part of the card; an internal memo has neither). Where each field of the register form (:class:`RegisterInput`) travels to the server and the other desks -- nothing a person typed may be dropped (issue 14): the journal, the date and the card go in ``registration.register``; the document's own fields (the subject) in a ``document.update``. ``tests/sync/test_typed_fields.py`` fails if a field of RegisterInput is missing here.</extracomment>
        <translation>Выберите журнал.</translation>
    </message>
    <message>
        <source>Enter the sender (correspondent).</source>
        <translation>Укажите отправителя (корреспондента).</translation>
    </message>
    <message>
        <source>Enter the addressee (correspondent).</source>
        <translation>Укажите адресата (корреспондента).</translation>
    </message>
    <message>
        <source>Enter the subject.</source>
        <translation>Введите краткое содержание.</translation>
    </message>
    <message>
        <source>The registration date cannot be in the future.</source>
        <translation>Дата регистрации не может быть в будущем.</translation>
    </message>
    <message>
        <source>The correspondent's date cannot be after the registration date.</source>
        <translation>Дата корреспондента не может быть позже даты регистрации.</translation>
    </message>
    <message>
        <source>The subject is longer than 500 characters.</source>
        <translation>Краткое содержание длиннее 500 символов.</translation>
    </message>
    <message>
        <source>Register the document first.</source>
        <translation>Сначала зарегистрируйте документ.</translation>
    </message>
    <message>
        <source>correspondent's name</source>
        <translation>имя корреспондента</translation>
    </message>
    <message>
        <source>correspondent's number</source>
        <translation>номер корреспондента</translation>
    </message>
    <message>
        <source>correspondent's date</source>
        <translation>дата корреспондента</translation>
    </message>
    <message>
        <source>page count</source>
        <translation>число страниц</translation>
    </message>
    <message>
        <source>sheet count</source>
        <translation>число листов</translation>
    </message>
    <message>
        <source>number of attachments</source>
        <translation>число приложений</translation>
    </message>
    <message>
        <source>description of the attachments</source>
        <translation>описание приложений</translation>
    </message>
    <message>
        <source>delivery channel</source>
        <translation>способ доставки</translation>
    </message>
    <message>
        <source>case of the file plan</source>
        <translation>дело номенклатуры</translation>
    </message>
    <message>
        <source>The {field} must be between 0 and {max}.</source>
        <translation>Поле «{field}» должно быть от 0 до {max}.</translation>
    </message>
    <message>
        <source>The {field} is longer than {max} characters.</source>
        <translation>Поле «{field}» длиннее {max} символов.</translation>
    </message>
    <message>
        <source>Unknown {field}: {value}</source>
        <translation>Неизвестное значение поля «{field}»: {value}</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Their letter is &amp;dated</source>
        <translation>У письма есть &amp;дата</translation>
    </message>
    <message>
        <source>In reply to a letter &amp;dated</source>
        <translation>В ответ на письмо от &amp;даты</translation>
    </message>
    <message>
        <source>What is attached (e.g. a map, 2 sheets)</source>
        <translation>Что приложено (например, карта, 2 листа)</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>Registration &amp;date</source>
        <translation>&amp;Дата регистрации</translation>
    </message>
    <message>
        <source>&amp;Sender</source>
        <translation>&amp;Отправитель</translation>
    </message>
    <message>
        <source>&amp;Addressee</source>
        <translation>&amp;Адресат</translation>
    </message>
    <message>
        <source>&amp;Correspondent</source>
        <translation>Ко&amp;рреспондент</translation>
    </message>
    <message>
        <source>Their &amp;number</source>
        <translation>Исх. &amp;номер корреспондента</translation>
    </message>
    <message>
        <source>In reply to their &amp;number</source>
        <translation>В ответ на их &amp;номер</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Sh&amp;eets</source>
        <translation>Количество &amp;листов</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>При&amp;ложения</translation>
    </message>
    <message>
        <source>&amp;What is attached</source>
        <translation>&amp;Что приложено</translation>
    </message>
    <message>
        <source>How it is &amp;sent</source>
        <translation>Спос&amp;об отправки</translation>
    </message>
    <message>
        <source>Ca&amp;se (file plan)</source>
        <translation>&amp;Дело (номенклатура)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>The first line of what was said, if left empty</source>
        <translation>Если пусто — первая строка сказанного</translation>
    </message>
    <message>
        <source>Filled in from the sender's data ({sender}).</source>
        <translation>Заполнено по данным отправителя ({sender}).</translation>
    </message>
    <message>
        <source>Citizen's appeal</source>
        <translation>Обращение гражданина</translation>
    </message>
    <message>
        <source>What the citizen asked for, proposed or complained of</source>
        <translation>О чём гражданин просил, что предложил или на что жаловался</translation>
    </message>
    <message>
        <source>Needs extra checking (30 working days instead of 15)</source>
        <translation>Требует дополнительной проверки (30 рабочих дней вместо 15)</translation>
    </message>
    <message>
        <source>Applicant's &amp;name *</source>
        <translation>&amp;Имя заявителя *</translation>
    </message>
    <message>
        <source>Applicant's add&amp;ress *</source>
        <translation>А&amp;дрес заявителя *</translation>
    </message>
    <message>
        <source>Con&amp;tact (phone, e-mail)</source>
        <translation>&amp;Контакт (телефон, эл. почта)</translation>
    </message>
    <message>
        <source>Appeal t&amp;ype</source>
        <translation>&amp;Вид обращения</translation>
    </message>
    <message>
        <source>&amp;Made</source>
        <translation>&amp;Форма</translation>
    </message>
    <message>
        <source>Recei&amp;ved on *</source>
        <translation>Дата &amp;приёма *</translation>
    </message>
    <message>
        <source>Received &amp;by (official) *</source>
        <translation>П&amp;ринял (должностное лицо) *</translation>
    </message>
    <message>
        <source>What was sa&amp;id *</source>
        <translation>&amp;Суть обращения *</translation>
    </message>
    <message>
        <source>— choose the case —</source>
        <translation>— выберите дело —</translation>
    </message>
    <message>
        <source>— no file plan for this year —</source>
        <translation>— нет номенклатуры на этот год —</translation>
    </message>
    <message>
        <source>An appeal needs the applicant's name and address: an anonymous appeal is not registered as an appeal.</source>
        <translation>В обращении нужны имя и адрес заявителя: анонимное обращение не регистрируется как обращение.</translation>
    </message>
    <message>
        <source>Write who received the oral appeal.</source>
        <translation>Укажите, кто принял устное обращение.</translation>
    </message>
    <message>
        <source>An oral appeal is registered on or after the day it was received.</source>
        <translation>Устное обращение регистрируется в день приёма или позже.</translation>
    </message>
    <message>
        <source>Write down what the citizen said: an oral appeal has no letter.</source>
        <translation>Запишите, что сказал гражданин: у устного обращения нет письма.</translation>
    </message>
    <message>
        <source>There is no citizens' appeals journal.</source>
        <translation>Нет журнала обращений граждан.</translation>
    </message>
    <message>
        <source>Choose the case of the file plan the document is filed to.</source>
        <translation>Выберите дело номенклатуры, в которое подшивается документ.</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>Количество &amp;страниц</translation>
    </message>
    <message>
        <source>Register incoming document</source>
        <translation>Регистрация входящего документа</translation>
    </message>
    <message>
        <source>Register an oral appeal</source>
        <translation>Регистрация устного обращения</translation>
    </message>
    <message>
        <source>Register outgoing letter</source>
        <translation>Регистрация исходящего письма</translation>
    </message>
    <message>
        <source>Register internal document</source>
        <translation>Регистрация внутреннего документа</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Спос&amp;об доставки</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The number format {fmt!r} is not valid. Allowed fields: {allowed}; it must contain {{n}} or {{seq}}.</source>
        <translation>Формат номера {fmt!r} неверен. Допустимые поля: {allowed}; формат должен содержать {{n}} или {{seq}}.</translation>
    </message>
    <message>
        <source>The number format {fmt!r} cannot be used: {reason}.</source>
        <translation>Формат номера {fmt!r} нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <source>its numbers can be up to {n} characters long (with a case index of {index} characters and a running number of {digits} digits), but a registration number has at most {max}</source>
        <translation>его номера могут быть длиной до {n} символов (с индексом дела из {index} символов и порядковым номером из {digits} цифр), а в регистрационном номере не более {max} символов</translation>
    </message>
    <message>
        <source>Journal {code} would give the number “{number}”, {n} characters long, but a registration number has at most {max}: an administrator must shorten its number format.</source>
        <translation>Журнал {code} выдал бы номер «{number}» длиной {n} символов, а в регистрационном номере не более {max} символов: администратор должен сократить формат номера журнала.</translation>
    </message>
    <message>
        <source>it is empty or longer than {max} characters</source>
        <translation>он пуст или длиннее {max} символов</translation>
    </message>
    <message>
        <source>it uses {unknown}, which a number does not have (it may use {fields})</source>
        <translation>в нём есть {unknown}, которого у номера нет (можно использовать {fields})</translation>
    </message>
    <message>
        <source>it has no running number: put {n} (or {seq}) in it</source>
        <translation>в нём нет порядкового номера: добавьте {n} (или {seq})</translation>
    </message>
    <message>
        <source>it is not a valid pattern (check the braces: each field is written like {n} or {seq:05d})</source>
        <translation>это неверный шаблон (проверьте фигурные скобки: каждое поле пишется как {n} или {seq:05d})</translation>
    </message>
    <message>
        <source>The number block {start}–{end} is empty or invalid.</source>
        <translation>Блок номеров {start}–{end} пуст или недопустим.</translation>
    </message>
    <message>
        <source>A journal code must be 1–32 letters, digits, '-' or '_'.</source>
        <extracomment>The case index an example number shows when the year has no file plan yet.</extracomment>
        <translation>Код журнала должен состоять из 1–32 букв, цифр, '-' или '_'.</translation>
    </message>
    <message>
        <source>A journal with code {code} already exists.</source>
        <translation>Журнал с кодом {code} уже существует.</translation>
    </message>
    <message>
        <source>Journal {code}: the number format “{fmt}” cannot be used: {reason}.</source>
        <translation>Журнал {code}: формат номера «{fmt}» нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <source>change a journal's number format</source>
        <translation>менять формат номера журнала</translation>
    </message>
    <message>
        <source>only an administrator may.</source>
        <translation>это может только администратор.</translation>
    </message>
    <message>
        <source>Journal {code} is numbered by the server, which has not listed it yet: synchronise once, then change its format.</source>
        <translation>Журнал {code} нумерует сервер, но ещё не прислал его: выполните синхронизацию, затем меняйте формат.</translation>
    </message>
    <message>
        <source>Journal {code}: the server did not take the new number format: {reason}</source>
        <translation>Журнал {code}: сервер не принял новый формат номера: {reason}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Made by Docflow on {when}</source>
        <extracomment>What a report is written as. What a report is (``docflow report KIND``).</extracomment>
        <translation>Сформировано в Docflow: {when}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>A report is written as PDF or XLSX, not {format!r}.</source>
        <translation>Отчёт записывается в PDF или XLSX, а не в {format!r}.</translation>
    </message>
    <message>
        <source>{path} is a folder: name the file to write the report to.</source>
        <translation>{path} — это папка: укажите файл, в который записать отчёт.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>стр. {n}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Registration stamp</source>
        <translation>Регистрационный штамп</translation>
    </message>
    <message>
        <source>Reg. No. {number}</source>
        <translation>Рег. № {number}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <source>The document's PDF is password-protected: it cannot be stamped.</source>
        <translation>PDF документа защищён паролем: на него нельзя поставить штамп.</translation>
    </message>
    <message>
        <source>The document's file is not a readable PDF: it cannot be stamped.</source>
        <translation>Файл документа не является читаемым PDF: на него нельзя поставить штамп.</translation>
    </message>
    <message>
        <source>The document's PDF has no pages to stamp.</source>
        <translation>В PDF документа нет страниц для штампа.</translation>
    </message>
    <message>
        <source>Executed on time</source>
        <translation>Исполнено в срок</translation>
    </message>
    <message>
        <source>Executed late</source>
        <translation>Исполнено с опозданием</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>На исполнении</translation>
    </message>
    <message>
        <source>{form}, {date}, {official}</source>
        <translation>{form}, {date}, {official}</translation>
    </message>
    <message>
        <source>being executed</source>
        <translation>на исполнении</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>исполнено</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>on control</source>
        <translation>на контроле</translation>
    </message>
    <message>
        <source>Repeated (of {number})</source>
        <translation>Повторное (к {number})</translation>
    </message>
    <message>
        <source>Passed on to {body}</source>
        <translation>Передано в {body}</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Отвечено в срок</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Отвечено с опозданием</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>не зарегистрирован</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Sender's number and date</source>
        <translation>Номер и дата отправителя</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Type of appeal</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <source>Form of appeal</source>
        <translation>Форма обращения</translation>
    </message>
    <message>
        <source>, received on {date} by {official}</source>
        <translation>, принято {date}, принял(а): {official}</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Pages and sheets</source>
        <translation>Страницы и листы</translation>
    </message>
    <message>
        <source>{pages} pages, {sheets} sheets</source>
        <translation>страниц: {pages}, листов: {sheets}</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Delivery channel</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <source>Case of the file plan</source>
        <translation>Дело номенклатуры</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Отвечает на</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Резолюции</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Course of execution</source>
        <translation>Ход исполнения</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reply number</source>
        <translation>Номер ответа</translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Registration-control card</source>
        <translation>Регистрационно-контрольная карточка</translation>
    </message>
    <message>
        <source>There is no journal {code}; the journals are: {codes}.</source>
        <translation>Журнала {code} нет; журналы: {codes}.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <source>By executor</source>
        <translation>По исполнителям</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Documents on control</source>
        <translation>Документы на контроле</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <source>Controlled by</source>
        <translation>Поставил на контроль</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>на {date}</translation>
    </message>
    <message>
        <source>Control report</source>
        <translation>Отчёт о контроле</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>Повторные</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>По видам</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Citizens' appeals report</source>
        <translation>Отчёт по обращениям граждан</translation>
    </message>
    <message>
        <source>Journal {code} is not an appeals journal.</source>
        <translation>Журнал {code} не является журналом обращений.</translation>
    </message>
    <message>
        <source>By form</source>
        <translation>По форме</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Reg. date</source>
        <translation>Дата рег.</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Адрес и контакт</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>+{days} working days: {reason}</source>
        <translation>+{days} раб. дн.: {reason}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Case index</source>
        <translation>Индекс дела</translation>
    </message>
    <message>
        <source>Title of the case</source>
        <translation>Заголовок дела</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Листов</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>постоянно</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} лет</translation>
    </message>
    <message>
        <source>Inventory of cases for the archive</source>
        <translation>Опись дел для передачи в архив</translation>
    </message>
    <message>
        <source>Cases of {year}</source>
        <translation>Дела {year} года</translation>
    </message>
    <message>
        <source>Only a registered document gets the registration stamp.</source>
        <translation>Регистрационный штамп ставится только на зарегистрированный документ.</translation>
    </message>
    <message>
        <source>The document has no PDF to stamp.</source>
        <translation>У документа нет PDF для штампа.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>срок {date}</translation>
    </message>
    <message>
        <source>Sender's No.</source>
        <translation>№ отправителя</translation>
    </message>
    <message>
        <source>Sender's date</source>
        <translation>Дата отправителя</translation>
    </message>
    <message>
        <source>Executed (reply)</source>
        <translation>Исполнено (ответ)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>В ответ на</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить как P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Сохранить как &amp;XLSX…</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить принтер.</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>О&amp;тчёты</translation>
    </message>
    <message>
        <source>&amp;Print the card…</source>
        <translation>&amp;Печать карточки…</translation>
    </message>
    <message>
        <source>E&amp;xport the card…</source>
        <translation>&amp;Экспорт карточки…</translation>
    </message>
    <message>
        <source>Copy with the registration &amp;stamp…</source>
        <translation>Копия с регистрационным &amp;штампом…</translation>
    </message>
    <message>
        <source>&amp;Registers for a period…</source>
        <translation>&amp;Журналы за период…</translation>
    </message>
    <message>
        <source>&amp;Appeals report…</source>
        <translation>Отчёт по &amp;обращениям…</translation>
    </message>
    <message>
        <source>Archive &amp;inventory…</source>
        <translation>Опись дел для &amp;архива…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Export the card</source>
        <translation>Экспорт карточки</translation>
    </message>
    <message>
        <source>Copy with the registration stamp</source>
        <translation>Копия с регистрационным штампом</translation>
    </message>
    <message>
        <source>Registers for a period</source>
        <translation>Журналы за период</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Appeals report</source>
        <translation>Отчёт по обращениям</translation>
    </message>
    <message>
        <source>All appeals journals</source>
        <translation>Все журналы обращений</translation>
    </message>
    <message>
        <source>Archive inventory</source>
        <translation>Опись дел для архива</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>Resolution — {subject}</source>
        <translation>Резолюция — {subject}</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> рабочих дн.</translation>
    </message>
    <message>
        <source>Under deadline &amp;control</source>
        <translation>На к&amp;онтроле</translation>
    </message>
    <message>
        <source>Instruction for the executor…</source>
        <translation>Поручение исполнителю…</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>C&amp;o-executors:</source>
        <translation>&amp;Соисполнители:</translation>
    </message>
    <message>
        <source>&amp;Working days to do it:</source>
        <translation>&amp;Рабочих дней на исполнение:</translation>
    </message>
    <message>
        <source>Or pick the &amp;date:</source>
        <translation>Или выберите &amp;дату:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Срок: {date}</translation>
    </message>
    <message>
        <source>Choose the executor from the staff list.</source>
        <translation>Выберите исполнителя из списка сотрудников.</translation>
    </message>
    <message>
        <source>Write the instruction for the executor.</source>
        <translation>Напишите указание исполнителю.</translation>
    </message>
</context>
<context>
    <name>RouteBuilderDialog</name>
    <message>
        <source>Route — {subject}</source>
        <translation>Маршрут — {subject}</translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation>Использовать &amp;шаблон</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Stages of the route</source>
        <translation>Этапы маршрута</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <source>Add &amp;parallel step</source>
        <translation>Добавить &amp;параллельный шаг</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>Stage {n}</source>
        <translation>Этап {n}</translation>
    </message>
    <message>
        <source> — {k} in parallel</source>
        <translation> — параллельно: {k}</translation>
    </message>
    <message>
        <source>Every step needs an assignee.</source>
        <translation>У каждого шага должен быть исполнитель.</translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>No route</source>
        <translation>Нет маршрута</translation>
    </message>
    <message>
        <source>In route</source>
        <translation>На маршруте</translation>
    </message>
    <message>
        <source>Route completed</source>
        <translation>Маршрут завершён</translation>
    </message>
    <message>
        <source>Returned to the author</source>
        <translation>Возвращён автору</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Резолюции</translation>
    </message>
    <message>
        <source> · under control</source>
        <translation> · на контроле</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Stage {n}</source>
        <translation>Этап {n}</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>The holiday '{entry}' is not a date: write 20.03.2027 (one day) or 01.01 (every year).</source>
        <extracomment>Years of the preset loaded around today (deadlines beyond them fall back to weekends only).</extracomment>
        <translation>Выходной «{entry}» — не дата: пишите 20.03.2027 (один день) или 01.01 (каждый год).</translation>
    </message>
    <message>
        <source>The calendar has no working day within ten years.</source>
        <translation>В календаре нет рабочего дня в пределах десяти лет.</translation>
    </message>
    <message>
        <source>A deadline must be 0 to {max} working days away.</source>
        <translation>Срок должен быть от 0 до {max} рабочих дней.</translation>
    </message>
    <message>
        <source>The dates are too far apart.</source>
        <translation>Даты слишком далеко друг от друга.</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>Which actions each kind of step accepts. Where each action takes an active step. The protocol's ``route.step_act`` action for each local action (docs/protocol.md §5.1): a decline is the protocol's ``reject``, a return its ``return`` (other desks show each as what it was). A protocol action in local words. A final protocol step state in local words (``pending`` is active or waiting: see ``routing/remote.py``).</extracomment>
        <translation>Рассмотреть</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Завизировать</translation>
    </message>
    <message>
        <source>Outgoing letter</source>
        <extracomment>The names of the built-in route templates and of their steps, as the core writes them (English source). A route made from a template stores these words; they are shown in the reader's language (see :func:`builtin_text`).</extracomment>
        <translation>Исходящее письмо</translation>
    </message>
    <message>
        <source>Incoming letter</source>
        <translation>Входящее письмо</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Служебная записка</translation>
    </message>
    <message>
        <source>Draft the reply</source>
        <translation>Подготовить проект ответа</translation>
    </message>
    <message>
        <source>Draft the letter</source>
        <translation>Подготовить проект письма</translation>
    </message>
    <message>
        <source>Endorse the draft</source>
        <translation>Завизировать проект</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Register and dispatch</source>
        <translation>Зарегистрировать и отправить</translation>
    </message>
    <message>
        <source>Register the letter</source>
        <translation>Зарегистрировать письмо</translation>
    </message>
    <message>
        <source>Dispatch the letter</source>
        <translation>Отправить письмо</translation>
    </message>
    <message>
        <source>Write a resolution</source>
        <translation>Наложить резолюцию</translation>
    </message>
    <message>
        <source>Read and acknowledge</source>
        <translation>Прочитать и ознакомиться</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Исполнить</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Ознакомиться</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Unknown step kind: {kind}</source>
        <translation>Неизвестный вид шага: {kind}</translation>
    </message>
    <message>
        <source>Unknown step action: {action}</source>
        <translation>Неизвестное действие шага: {action}</translation>
    </message>
    <message>
        <source>This {kind} step is {state}; only an active step can be acted on.</source>
        <translation>Шаг «{kind}» в состоянии «{state}»; действовать можно только по активному шагу.</translation>
    </message>
    <message>
        <source>A {kind} step cannot be given '{action}'.</source>
        <translation>К шагу «{kind}» нельзя применить действие '{action}'.</translation>
    </message>
    <message>
        <source>Write the reason for '{action}'.</source>
        <translation>Укажите причину для действия '{action}'.</translation>
    </message>
    <message>
        <source>A route template needs at least one stage.</source>
        <translation>В шаблоне маршрута должен быть хотя бы один этап.</translation>
    </message>
    <message>
        <source>Stage {n} of the template has no steps.</source>
        <translation>В этапе {n} шаблона нет шагов.</translation>
    </message>
    <message>
        <source>Stage {n}: '{assignee}' is not an assignee (use author, role:&lt;role&gt; or user:&lt;name&gt;).</source>
        <translation>Этап {n}: '{assignee}' не является исполнителем (используйте author, role:&lt;role&gt; или user:&lt;name&gt;).</translation>
    </message>
    <message>
        <source>Stage {n}: the allowance must be 0 to 365 working days.</source>
        <translation>Этап {n}: отводимый срок должен быть от 0 до 365 рабочих дней.</translation>
    </message>
    <message>
        <source>The template gives a step to the document's author, but the document has none.</source>
        <translation>Шаблон назначает шаг автору документа, но у документа нет автора.</translation>
    </message>
    <message>
        <source>The template names {user}, who is not on the staff list.</source>
        <translation>В шаблоне указан {user}, которого нет в списке сотрудников.</translation>
    </message>
    <message>
        <source>The {what} is not on the institution's staff list.</source>
        <translation>Указанное лицо ({what}) отсутствует в списке сотрудников учреждения.</translation>
    </message>
    <message>
        <source>Nobody on the staff list can take the {kind} step; choose a person.</source>
        <translation>Никто из списка сотрудников не может выполнить шаг «{kind}»; выберите сотрудника.</translation>
    </message>
    <message>
        <source>Returned by the executor: write a new resolution</source>
        <translation>Возвращено исполнителем: наложите новую резолюцию</translation>
    </message>
    <message>
        <source>Rework after '{action}': {reason}</source>
        <translation>Доработка после '{action}': {reason}</translation>
    </message>
    <message>
        <source>A template needs a name of 1–200 characters.</source>
        <translation>Название шаблона должно содержать от 1 до 200 символов.</translation>
    </message>
    <message>
        <source>There is no route template named {name}.</source>
        <translation>Шаблона маршрута с названием {name} нет.</translation>
    </message>
    <message>
        <source>A route needs at least one step.</source>
        <translation>В маршруте должен быть хотя бы один шаг.</translation>
    </message>
    <message>
        <source>A route can have at most {n} steps.</source>
        <translation>В маршруте может быть не более {n} шагов.</translation>
    </message>
    <message>
        <source>A {status} document cannot be routed.</source>
        <translation>Документ в состоянии «{status}» нельзя направить по маршруту.</translation>
    </message>
    <message>
        <source>assignee of a {kind} step</source>
        <translation>исполнитель шага «{kind}»</translation>
    </message>
    <message>
        <source>Every {kind} step needs a person or a role.</source>
        <translation>Для каждого шага «{kind}» нужно указать сотрудника или роль.</translation>
    </message>
    <message>
        <source>The deadline {date} of a {kind} step has already passed.</source>
        <translation>Срок {date} шага «{kind}» уже прошёл.</translation>
    </message>
    <message>
        <source>A step's allowance must be 0 to 365 working days.</source>
        <translation>Отводимый на шаг срок должен быть от 0 до 365 рабочих дней.</translation>
    </message>
    <message>
        <source>There is no route step with id {id}.</source>
        <translation>Шага маршрута с идентификатором {id} нет.</translation>
    </message>
    <message>
        <source>Write the resolution's text.</source>
        <translation>Введите текст резолюции.</translation>
    </message>
    <message>
        <source>The resolution's text is longer than {n} characters.</source>
        <translation>Текст резолюции длиннее {n} символов.</translation>
    </message>
    <message>
        <source>The main executor cannot also be a co-executor.</source>
        <translation>Ответственный исполнитель не может быть одновременно соисполнителем.</translation>
    </message>
    <message>
        <source>The deadline {date} has already passed.</source>
        <translation>Срок {date} уже прошёл.</translation>
    </message>
    <message>
        <source>A resolution under control needs a deadline.</source>
        <translation>Для резолюции на контроле нужен срок исполнения.</translation>
    </message>
    <message>
        <source>A {status} document cannot get a resolution.</source>
        <translation>На документ в состоянии «{status}» нельзя наложить резолюцию.</translation>
    </message>
    <message>
        <source>Register the letter before writing a resolution.</source>
        <translation>Зарегистрируйте письмо перед наложением резолюции.</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>co-executor</source>
        <translation>соисполнитель</translation>
    </message>
    <message>
        <source>The earlier resolution is not on this document.</source>
        <translation>Предыдущая резолюция не относится к этому документу.</translation>
    </message>
    <message>
        <source>Resolution written</source>
        <translation>Резолюция наложена</translation>
    </message>
    <message>
        <source>Execute the resolution</source>
        <translation>Исполнить резолюцию</translation>
    </message>
    <message>
        <source>Co-execute the resolution</source>
        <translation>Участвовать в исполнении резолюции</translation>
    </message>
    <message>
        <source>Passed on with a resolution</source>
        <translation>Передано с резолюцией</translation>
    </message>
    <message>
        <source>There is no resolution with id {id}.</source>
        <translation>Резолюции с идентификатором {id} нет.</translation>
    </message>
    <message>
        <source>This resolution is not under control.</source>
        <translation>Эта резолюция не на контроле.</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Resolution: {text}</source>
        <translation>Резолюция: {text}</translation>
    </message>
    <message>
        <source>{action} ({kind})</source>
        <translation>{action} ({kind})</translation>
    </message>
    <message>
        <source>Sent to {name}</source>
        <translation>Отправлено: {name}</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Registered as {number}</source>
        <translation>Зарегистрирован под номером {number}</translation>
    </message>
    <message>
        <source>any {role}</source>
        <translation>любой {role}</translation>
    </message>
    <message>
        <source>Anyone with the role: {role}</source>
        <translation>Любой сотрудник с ролью: {role}</translation>
    </message>
    <message>
        <source>My assignments</source>
        <translation>Мои поручения</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>R&amp;outing</source>
        <translation>&amp;Маршрут</translation>
    </message>
    <message>
        <source>My &amp;assignments</source>
        <translation>&amp;Мои поручения</translation>
    </message>
    <message>
        <source>&amp;Resolution…</source>
        <translation>&amp;Резолюция…</translation>
    </message>
    <message>
        <source>Route &amp;builder…</source>
        <translation>&amp;Конструктор маршрута…</translation>
    </message>
    <message>
        <source>A&amp;pprove / endorse</source>
        <translation>&amp;Согласовать / завизировать</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>&amp;Вернуть…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Отметить &amp;исполненным</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge selected</source>
        <translation>О&amp;знакомиться с выбранными</translation>
    </message>
    <message>
        <source>D&amp;ispatch…</source>
        <translation>О&amp;тправить…</translation>
    </message>
    <message>
        <source>Remove &amp;control</source>
        <translation>Сн&amp;ять с контроля</translation>
    </message>
    <message>
        <source>Confirm re&amp;gistration to the sender</source>
        <translation>Подтвердить ре&amp;гистрацию отправителю</translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation>&amp;Праздничные дни…</translation>
    </message>
    <message>
        <source>My assignments ({n})</source>
        <translation>Мои поручения ({n})</translation>
    </message>
    <message>
        <source>What was done? The report goes to whoever gave the assignment and stays in the route's history (it may be left empty).</source>
        <translation>Что сделано? Отчёт получит тот, кто дал поручение, и он останется в истории маршрута (можно оставить пустым).</translation>
    </message>
    <message>
        <source>{n} acknowledged</source>
        <translation>Ознакомлено: {n}</translation>
    </message>
    <message>
        <source>Acknowledging</source>
        <translation>Ознакомление</translation>
    </message>
    <message>
        <source>{action}: {n} step(s)</source>
        <translation>{action}: шагов: {n}</translation>
    </message>
    <message>
        <source>Why is it declined? The draft goes back to its author.</source>
        <translation>Почему отклонено? Проект возвращается автору.</translation>
    </message>
    <message>
        <source>Why is it returned? It goes back to its author for rework.</source>
        <translation>Почему возвращено? Документ возвращается автору на доработку.</translation>
    </message>
    <message>
        <source>Sent back to the author</source>
        <translation>Возвращено автору</translation>
    </message>
    <message>
        <source>Resolution saved</source>
        <translation>Резолюция сохранена</translation>
    </message>
    <message>
        <source>Saving the resolution</source>
        <translation>Сохранение резолюции</translation>
    </message>
    <message>
        <source>Route started</source>
        <translation>Маршрут запущен</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Sent to {n} institution(s)</source>
        <translation>Отправлено в учреждения: {n}</translation>
    </message>
    <message>
        <source>Remove control</source>
        <translation>Снять с контроля</translation>
    </message>
    <message>
        <source>Take the resolution off deadline control? You may note how the question was resolved, for example the number of the answer (it may be left empty).</source>
        <translation>Снять резолюцию с контроля исполнения? Можно отметить, как решён вопрос, например номер ответа (можно оставить пустым).</translation>
    </message>
    <message>
        <source>Control removed</source>
        <translation>Снято с контроля</translation>
    </message>
    <message>
        <source>Confirm registration</source>
        <translation>Подтвердить регистрацию</translation>
    </message>
    <message>
        <source>Send our registration number to {sender}?</source>
        <translation>Отправить наш регистрационный номер в {sender}?</translation>
    </message>
    <message>
        <source>The sender will be told the registration number</source>
        <translation>Отправителю будет сообщён регистрационный номер</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Праздничные дни</translation>
    </message>
    <message>
        <source>Reminder: {n} assignment(s) due soon, {o} overdue (F9)</source>
        <translation>Напоминание: поручений с близким сроком: {n}, просрочено: {o} (F9)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Registered as {n}</source>
        <translation>Зарегистрирован под номером {n}</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>Unknown page size: {size}</source>
        <translation>Неизвестный размер страницы: {size}</translation>
    </message>
    <message>
        <source>The resolution must be between 50 and 1200 dpi (not {dpi}).</source>
        <translation>Разрешение должно быть от 50 до 1200 dpi (а не {dpi}).</translation>
    </message>
    <message>
        <source>The page limit must be at least 1.</source>
        <translation>Ограничение числа страниц должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>A saved scan profile is not valid ({reason}).</source>
        <translation>Сохранённый профиль сканирования недопустим ({reason}).</translation>
    </message>
    <message>
        <source>Letters B/W 300 dpi duplex</source>
        <translation>Письма, ч/б, 300 dpi, двусторонне</translation>
    </message>
    <message>
        <source>Letters B/W 300 dpi feeder</source>
        <translation>Письма, ч/б, 300 dpi, автоподатчик</translation>
    </message>
    <message>
        <source>Grey 200 dpi flatbed</source>
        <translation>Оттенки серого, 200 dpi, планшет</translation>
    </message>
    <message>
        <source>Colour 200 dpi flatbed</source>
        <translation>Цветное, 200 dpi, планшет</translation>
    </message>
    <message>
        <source>The scanner {device} cannot scan in black and white or grey.</source>
        <translation>Сканер {device} не умеет сканировать в чёрно-белом режиме или в оттенках серого.</translation>
    </message>
    <message>
        <source>The scanner {device} cannot scan in grey.</source>
        <translation>Сканер {device} не умеет сканировать в оттенках серого.</translation>
    </message>
    <message>
        <source>The scanner {device} cannot scan in colour.</source>
        <translation>Сканер {device} не умеет сканировать в цвете.</translation>
    </message>
    <message>
        <source>The scanner {device} has no duplex feeder; choose the simplex feeder or the flatbed.</source>
        <translation>У сканера {device} нет двустороннего автоподатчика; выберите односторонний автоподатчик или планшет.</translation>
    </message>
    <message>
        <source>The scanner {device} has no document feeder; choose the flatbed.</source>
        <translation>У сканера {device} нет автоподатчика документов; выберите планшет.</translation>
    </message>
    <message>
        <source>SANE scanning needs the 'scanimage' program (Debian/Ubuntu package sane-utils), which is not installed.</source>
        <translation>Для сканирования через SANE нужна программа 'scanimage' (пакет Debian/Ubuntu sane-utils), но она не установлена.</translation>
    </message>
    <message>
        <source>Looking for scanners took longer than {s} seconds; check the network scanners and try again.</source>
        <translation>Поиск сканеров занял больше {s} с; проверьте сетевые сканеры и повторите попытку.</translation>
    </message>
    <message>
        <source>The scanner {device} did not answer.</source>
        <translation>Сканер {device} не ответил.</translation>
    </message>
    <message>
        <source>it is not connected or is switched off</source>
        <translation>он не подключён или выключен</translation>
    </message>
    <message>
        <source>The scanner {device} cannot be opened: {reason}.</source>
        <translation>Не удаётся открыть сканер {device}: {reason}.</translation>
    </message>
    <message>
        <source>The scanner {device} stopped responding for {s} seconds; the scan was stopped. The pages scanned so far are kept.</source>
        <translation>Сканер {device} не отвечал {s} с; сканирование остановлено. Уже отсканированные страницы сохранены.</translation>
    </message>
    <message>
        <source>Page {n} scanned</source>
        <translation>Страница {n} отсканирована</translation>
    </message>
    <message>
        <source>A scanned page could not be read ({reason}).</source>
        <translation>Не удалось прочитать отсканированную страницу ({reason}).</translation>
    </message>
    <message>
        <source>the document feeder is jammed</source>
        <translation>в автоподатчике застряла бумага</translation>
    </message>
    <message>
        <source>the document feeder is out of documents</source>
        <translation>в автоподатчике закончились листы</translation>
    </message>
    <message>
        <source>the connection to the scanner failed</source>
        <translation>связь со сканером прервалась</translation>
    </message>
    <message>
        <source>access to the scanner was denied</source>
        <translation>доступ к сканеру запрещён</translation>
    </message>
    <message>
        <source>the scanner does not support this operation</source>
        <translation>сканер не поддерживает эту операцию</translation>
    </message>
    <message>
        <source>the scanner refused a setting</source>
        <translation>сканер не принял одну из настроек</translation>
    </message>
    <message>
        <source>the scanner driver ran out of memory</source>
        <translation>драйверу сканера не хватило памяти</translation>
    </message>
    <message>
        <source>the scanner lamp is warming up</source>
        <translation>лампа сканера прогревается</translation>
    </message>
    <message>
        <source>The document feeder of {device} is empty: put the pages in the feeder and scan again.</source>
        <translation>Автоподатчик сканера {device} пуст: положите страницы в автоподатчик и повторите сканирование.</translation>
    </message>
    <message>
        <source>the scanner stopped responding or was disconnected</source>
        <translation>сканер перестал отвечать или был отключён</translation>
    </message>
    <message>
        <source>Scanning on {device} stopped after {n} page(s): {reason}. The pages scanned so far are kept.</source>
        <translation>Сканирование на {device} остановилось после {n} стр.: {reason}. Уже отсканированные страницы сохранены.</translation>
    </message>
    <message>
        <source>Scanning on {device} failed: {reason}.</source>
        <translation>Сканирование на {device} не удалось: {reason}.</translation>
    </message>
    <message>
        <source>TWAIN and WIA scanners can only be used on Windows; on this system scanning goes through SANE.</source>
        <translation>Сканеры TWAIN и WIA доступны только в Windows; в этой системе сканирование идёт через SANE.</translation>
    </message>
    <message>
        <source>paper is jammed in the document feeder</source>
        <translation>в автоподатчике замялась бумага</translation>
    </message>
    <message>
        <source>the document feeder is empty</source>
        <translation>автоподатчик пуст</translation>
    </message>
    <message>
        <source>the scanner is offline or was disconnected</source>
        <translation>сканер не в сети или был отключён</translation>
    </message>
    <message>
        <source>the scanner is busy</source>
        <translation>сканер занят</translation>
    </message>
    <message>
        <source>the scanner cover is open</source>
        <translation>открыта крышка сканера</translation>
    </message>
    <message>
        <source>error 0x{code:08X} from the scanner driver</source>
        <translation>ошибка драйвера сканера 0x{code:08X}</translation>
    </message>
    <message>
        <source>WIA scanning needs the Python package comtypes, which is not installed.</source>
        <translation>Для сканирования через WIA нужен пакет Python comtypes, но он не установлен.</translation>
    </message>
    <message>
        <source>The scanner {device} is not connected.</source>
        <translation>Сканер {device} не подключён.</translation>
    </message>
    <message>
        <source>TWAIN scanning needs the Python package pytwain, which is not installed.</source>
        <translation>Для сканирования через TWAIN нужен пакет Python pytwain, но он не установлен.</translation>
    </message>
    <message>
        <source>No scanner backend is available.</source>
        <translation>Нет доступной подсистемы сканирования.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan</source>
        <translation>Сканировать</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Чёрно-белый</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Оттенки серого</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цветной</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <source>Feeder</source>
        <translation>Автоподатчик</translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation>Автоподатчик, с двух сторон</translation>
    </message>
    <message>
        <source>Whole scan area</source>
        <translation>Вся область сканирования</translation>
    </message>
    <message>
        <source>Name for these settings</source>
        <translation>Название для этих настроек</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Сохранить как профиль</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Размер страницы</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>Отсканированные страницы</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Остановить сканирование</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Удалить страницу</translation>
    </message>
    <message>
        <source>Re-scan page</source>
        <translation>Пересканировать страницу</translation>
    </message>
    <message>
        <source>Store: automatic</source>
        <translation>Хранить: автоматически</translation>
    </message>
    <message>
        <source>Store as text (black and white)</source>
        <translation>Хранить как текст (чёрно-белый)</translation>
    </message>
    <message>
        <source>Store as a picture</source>
        <translation>Хранить как изображение</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Поиск сканеров…</translation>
    </message>
    <message>
        <source>Looking for scanners</source>
        <translation>Поиск сканеров</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is connected and switched on.</source>
        <translation>Сканер не найден. Проверьте, что он подключён и включён.</translation>
    </message>
    <message>
        <source>Reading the scanner's settings</source>
        <translation>Чтение параметров сканера</translation>
    </message>
    <message>
        <source>This scanner has no “{wanted}”; it will scan from “{chosen}”.</source>
        <translation>У этого сканера нет источника «{wanted}»; сканирование пойдёт из источника «{chosen}».</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Профиль сохранён.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканирование…</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Сканирование</translation>
    </message>
    <message>
        <source>{n} page(s) scanned</source>
        <translation>Отсканировано страниц: {n}</translation>
    </message>
    <message>
        <source>Scanning stopped; {n} page(s) kept.</source>
        <translation>Сканирование остановлено; сохранено страниц: {n}.</translation>
    </message>
    <message>
        <source>{n} page(s) ready. Check them, then save.</source>
        <translation>Готово страниц: {n}. Проверьте их и сохраните.</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Check that the scanner answers: a test scan keeps nothing.</source>
        <translation>Проверьте, что сканер отвечает: пробное сканирование ничего не сохраняет.</translation>
    </message>
    <message>
        <source>Turn the scanner on, then look for it. No scanner? Skip this step; files can always be imported.</source>
        <translation>Включите сканер и найдите его. Сканера нет? Пропустите шаг: файлы всегда можно импортировать.</translation>
    </message>
    <message>
        <source>&amp;Find scanners</source>
        <translation>&amp;Найти сканеры</translation>
    </message>
    <message>
        <source>&amp;Test scan</source>
        <translation>&amp;Пробное сканирование</translation>
    </message>
    <message>
        <source>{n} scanners found.</source>
        <translation>Найдено сканеров: {n}.</translation>
    </message>
    <message>
        <source>No scanner was found.</source>
        <translation>Сканеры не найдены.</translation>
    </message>
    <message>
        <source>Looking for scanners</source>
        <translation>Поиск сканеров</translation>
    </message>
    <message>
        <source>The scanner works: {n} page, {w} × {h} pixels at {dpi} dpi.</source>
        <translation>Сканер работает: страниц: {n}, {w} × {h} пикселей при {dpi} dpi.</translation>
    </message>
    <message>
        <source>Scanning a test page</source>
        <translation>Сканирование пробной страницы</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ВНИМАНИЕ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>Docflow {version} self-test on {system}</source>
        <translation>Самопроверка Docflow {version}: {system}</translation>
    </message>
    <message>
        <source>Result: {n} of {total} checks FAILED; see the lines above for what to do.</source>
        <translation>Итог: {n} из {total} проверок не пройдены; что делать — в строках выше.</translation>
    </message>
    <message>
        <source>Result: Docflow works; {n} warning(s) above.</source>
        <translation>Итог: Docflow работает; предупреждений выше: {n}.</translation>
    </message>
    <message>
        <source>Result: every check passed.</source>
        <translation>Итог: все проверки пройдены.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <source>Temporary profile</source>
        <translation>Временный профиль</translation>
    </message>
    <message>
        <source>Import of a sample PDF</source>
        <translation>Импорт образца PDF</translation>
    </message>
    <message>
        <source>Tesseract and its languages</source>
        <translation>Tesseract и его языки</translation>
    </message>
    <message>
        <source>Text recognition of a page</source>
        <translation>Распознавание текста страницы</translation>
    </message>
    <message>
        <source>Verification of a signed sample</source>
        <translation>Проверка подписанного образца</translation>
    </message>
    <message>
        <source>System keyring (where the server login is kept)</source>
        <translation>Системное хранилище ключей (там хранится вход на сервер)</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>Сканеры</translation>
    </message>
    <message>
        <source>Not run: the temporary profile could not be opened.</source>
        <translation>Не выполнено: не удалось открыть временный профиль.</translation>
    </message>
    <message>
        <source>Created and migrated a database in a temporary folder; your own profile was not opened.</source>
        <translation>База данных создана и обновлена во временной папке; ваш собственный профиль не открывался.</translation>
    </message>
    <message>
        <source>The sample PDF was not imported: {reason}</source>
        <translation>Образец PDF не импортирован: {reason}</translation>
    </message>
    <message>
        <source>The imported sample is not listed as the only document.</source>
        <translation>Импортированный образец не виден в списке как единственный документ.</translation>
    </message>
    <message>
        <source>Imported a one-page PDF and found it in the document list.</source>
        <translation>Одностраничный PDF импортирован и найден в списке документов.</translation>
    </message>
    <message>
        <source>Install Tesseract OCR for Windows (64-bit, the UB Mannheim build) and tick Azerbaijani, Azerbaijani (Cyrillic) and Russian under "Additional language data"; or copy {files} into Tesseract's tessdata folder. Tesseract's folder must be on PATH. Then run this self-test again.</source>
        <translation>Установите Tesseract OCR для Windows (64-бит, сборка UB Mannheim) и отметьте Azerbaijani, Azerbaijani (Cyrillic) и Russian в разделе «Additional language data»; или скопируйте {files} в папку tessdata Tesseract. Папка Tesseract должна быть в PATH. Затем запустите самопроверку снова.</translation>
    </message>
    <message>
        <source>Install them with: sudo apt install {packages} (Debian, Ubuntu; other systems: the Tesseract packages of the same languages). Then run this self-test again.</source>
        <translation>Установите их командой: sudo apt install {packages} (Debian, Ubuntu; в других системах — пакеты Tesseract тех же языков). Затем запустите самопроверку снова.</translation>
    </message>
    <message>
        <source>Tesseract OCR is not installed, so scanned pages get no searchable text.</source>
        <translation>Tesseract OCR не установлен, поэтому в отсканированных страницах не будет текста для поиска.</translation>
    </message>
    <message>
        <source>Tesseract lacks the language data for {langs}.</source>
        <translation>У Tesseract нет языковых данных для {langs}.</translation>
    </message>
    <message>
        <source>Tesseract is installed with Azerbaijani (Latin and Cyrillic), Russian and English.</source>
        <translation>Tesseract установлен с азербайджанским (латиница и кириллица), русским и английским языками.</translation>
    </message>
    <message>
        <source>Not run: the sample PDF was not imported.</source>
        <translation>Не выполнено: образец PDF не импортирован.</translation>
    </message>
    <message>
        <source>Not run: Tesseract or its languages are missing (see above).</source>
        <translation>Не выполнено: нет Tesseract или его языков (см. выше).</translation>
    </message>
    <message>
        <source>install poppler for Windows and put its bin folder on PATH</source>
        <translation>установите poppler для Windows и добавьте его папку bin в PATH</translation>
    </message>
    <message>
        <source>Pages of imported PDFs cannot be read for recognition: poppler's pdftoppm is missing ({hint}).</source>
        <translation>Страницы импортированных PDF нельзя прочитать для распознавания: нет программы pdftoppm из poppler ({hint}).</translation>
    </message>
    <message>
        <source>No text was recognised: {reason}</source>
        <translation>Текст не распознан: {reason}</translation>
    </message>
    <message>
        <source>The page was read, but the words in {langs} were not recognised (recognised: "{text}").</source>
        <translation>Страница прочитана, но слова на языках {langs} не распознаны (распознано: «{text}»).</translation>
    </message>
    <message>
        <source>Recognised the sample page's Azerbaijani, Russian and English lines ({n} characters).</source>
        <translation>Распознаны азербайджанская, русская и английская строки образца ({n} символов).</translation>
    </message>
    <message>
        <source>A correctly signed sample was not judged valid.</source>
        <translation>Правильно подписанный образец не признан действительным.</translation>
    </message>
    <message>
        <source>A changed copy of the signed sample was still judged valid.</source>
        <translation>Изменённая копия подписанного образца всё равно признана действительной.</translation>
    </message>
    <message>
        <source>A signed sample was verified as valid and a changed copy was caught.</source>
        <translation>Подписанный образец признан действительным, а изменённая копия обнаружена.</translation>
    </message>
    <message>
        <source>Windows Credential Manager must be available to this user.</source>
        <translation>Диспетчер учётных данных Windows должен быть доступен этому пользователю.</translation>
    </message>
    <message>
        <source>Log in to a desktop session with a keyring (GNOME Keyring or KWallet; package gnome-keyring) and unlock it.</source>
        <translation>Войдите в сеанс рабочего стола с хранилищем ключей (GNOME Keyring или KWallet; пакет gnome-keyring) и разблокируйте его.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {s} seconds (is it locked?).</source>
        <translation>Системное хранилище ключей не ответило за {s} секунд (возможно, оно заблокировано?).</translation>
    </message>
    <message>
        <source>No system keyring was found, so the server login cannot be kept.</source>
        <translation>Системное хранилище ключей не найдено, поэтому вход на сервер сохранить нельзя.</translation>
    </message>
    <message>
        <source>The system keyring refused a test entry ({error}).</source>
        <translation>Системное хранилище ключей отказалось принять тестовую запись ({error}).</translation>
    </message>
    <message>
        <source>The system keyring gave back something else than was stored.</source>
        <translation>Системное хранилище ключей вернуло не то, что было сохранено.</translation>
    </message>
    <message>
        <source>Stored, read back and removed a test entry ({backend}).</source>
        <translation>Тестовая запись сохранена, прочитана и удалена ({backend}).</translation>
    </message>
    <message>
        <source>Found {n} scanner(s):</source>
        <translation>Найдено сканеров: {n}:</translation>
    </message>
    <message>
        <source>Scanning is not possible on this computer:</source>
        <translation>Сканирование на этом компьютере невозможно:</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is switched on and connected; a network scanner can also save into Docflow's watched folder.</source>
        <translation>Сканер не найден. Проверьте, что он включён и подключён; сетевой сканер может также сохранять в отслеживаемую папку Docflow.</translation>
    </message>
    <message>
        <source>Qt could not open the sample PDF.</source>
        <translation>Qt не смог открыть образец PDF.</translation>
    </message>
    <message>
        <source>Qt drew the sample page wrongly ({p:.1%} dark).</source>
        <translation>Qt неверно отрисовал образец страницы (тёмного {p:.1%}).</translation>
    </message>
    <message>
        <source>Qt {version} on the "{platform}" platform drew the sample page.</source>
        <translation>Qt {version} на платформе «{platform}» отрисовал образец страницы.</translation>
    </message>
    <message>
        <source>Window toolkit (Qt) and PDF preview</source>
        <translation>Оконная система (Qt) и просмотр PDF</translation>
    </message>
    <message>
        <source>checking: {what}</source>
        <translation>проверка: {what}</translation>
    </message>
    <message>
        <source>Done. Copy this report for support if they ask for it.</source>
        <translation>Готово. Скопируйте этот отчёт для службы поддержки, если она попросит.</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <source>Docflow self-test</source>
        <translation>Самопроверка Docflow</translation>
    </message>
    <message>
        <source>Checking this installation; this takes up to a minute...</source>
        <translation>Проверка этой установки; это займёт до минуты...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The circulation server</source>
        <translation>Сервер документооборота</translation>
    </message>
    <message>
        <source>Your institution, its people, journals, roles and signature settings come from the server.</source>
        <translation>Ваше учреждение, его сотрудники, журналы, роли и параметры подписи приходят с сервера.</translation>
    </message>
    <message>
        <source>&amp;Connect to the server now</source>
        <translation>&amp;Подключиться к серверу сейчас</translation>
    </message>
    <message>
        <source>Work &amp;offline for now (connect later: Sync ▸ Log in to the server)</source>
        <translation>Пока работать &amp;без сети (подключиться позже: Синхронизация ▸ Войти на сервер)</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>&amp;Workstation id</source>
        <translation>&amp;Идентификатор рабочего места</translation>
    </message>
    <message>
        <source>&amp;CA bundle</source>
        <translation>Файл &amp;УЦ</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Имя &amp;пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <source>Institution CA bundle (PEM), optional</source>
        <translation>Набор сертификатов УЦ учреждения (PEM), необязательно</translation>
    </message>
    <message>
        <source>https://… (your administrator has it)</source>
        <translation>https://… (есть у администратора)</translation>
    </message>
    <message>
        <source>Test server on this computer: the connection is not encrypted. Use it only to try Docflow out.</source>
        <translation>Тестовый сервер на этом компьютере: соединение не шифруется. Используйте его только чтобы попробовать Docflow.</translation>
    </message>
    <message>
        <source>Enter the workstation id, your user name and password (your administrator has them).</source>
        <translation>Введите идентификатор рабочей станции, имя пользователя и пароль (они есть у администратора).</translation>
    </message>
    <message>
        <source>Logged in as {name}.</source>
        <translation>Вы вошли как {name}.</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Выполняется вход</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter the user name and password of the person who takes over.</source>
        <translation>Введите имя пользователя и пароль того, кто продолжает работу.</translation>
    </message>
    <message>
        <source>Switching the user needs the circulation server: log in to the server first (Sync ▸ Log in to the server).</source>
        <translation>Для смены пользователя нужен сервер документооборота: сначала войдите на сервер (Синхронизация ▸ Войти на сервер).</translation>
    </message>
    <message>
        <source>{n} change(s) made by {user} could not be sent to the server yet. Send them first (Sync now), then switch the user.</source>
        <translation>{n} изменени(й) пользователя {user} ещё не удалось отправить на сервер. Сначала отправьте их (Синхронизировать), затем смените пользователя.</translation>
    </message>
    <message>
        <source>Nobody is logged in at this desk.</source>
        <translation>На этом рабочем месте никто не вошёл.</translation>
    </message>
    <message>
        <source>This desk is not logged in to a circulation server: there is no session to end.</source>
        <translation>Это рабочее место не вошло на сервер документооборота: завершать нечего.</translation>
    </message>
    <message>
        <source>Nobody is logged in</source>
        <extracomment>What stays usable at a desk nobody is logged in at: logging in, the sync state, help, quitting.</extracomment>
        <translation>Никто не вошёл</translation>
    </message>
    <message>
        <source>{user} ({roles})</source>
        <translation>{user} ({roles})</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Текущий пользователь</translation>
    </message>
    <message>
        <source>Who is working at this desk. Click to switch the user.</source>
        <translation>Кто работает на этом рабочем месте. Щёлкните, чтобы сменить пользователя.</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Сменить &amp;пользователя…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Завершить &amp;сеанс</translation>
    </message>
    <message>
        <source>Nobody is logged in at this desk. Click to log in.</source>
        <translation>На этом рабочем месте никто не вошёл. Нажмите, чтобы войти.</translation>
    </message>
    <message>
        <source>{user} is working now.</source>
        <translation>Сейчас работает {user}.</translation>
    </message>
    <message>
        <source>User not switched</source>
        <translation>Пользователь не сменён</translation>
    </message>
    <message>
        <source>Switching the user</source>
        <translation>Смена пользователя</translation>
    </message>
    <message>
        <source>{user} logged out. {n} change(s) of theirs wait for their next login at this desk.</source>
        <translation>{user} завершил(а) сеанс. Его (её) изменений в очереди: {n}; они уйдут после его (её) следующего входа на этом рабочем месте.</translation>
    </message>
    <message>
        <source>{user} logged out.</source>
        <translation>{user} завершил(а) сеанс.</translation>
    </message>
    <message>
        <source>Not logged out</source>
        <translation>Сеанс не завершён</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>Завершение сеанса</translation>
    </message>
    <message>
        <source>Nobody is logged in at this desk: log in first (Sync ▸ Log in to the server), so that the work is yours and leaves under your name.</source>
        <extracomment>The key of a write session's ``info`` that names the person at the desk (:attr:`Database.author`).</extracomment>
        <translation>На этом рабочем месте никто не вошёл: сначала войдите (Синхронизация ▸ Войти на сервер), чтобы работа была записана на вас и ушла под вашим именем.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The setting {key} cannot take this value: {reason}</source>
        <translation>Параметр {key} не может принять это значение: {reason}</translation>
    </message>
    <message>
        <source>the file {path} cannot be read ({reason})</source>
        <translation>файл {path} не читается ({reason})</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>an address starting with http:// or https:// is needed</source>
        <translation>нужен адрес, начинающийся с http:// или https://</translation>
    </message>
    <message>
        <source>a SHA-256 fingerprint is 64 hexadecimal digits</source>
        <translation>отпечаток SHA-256 — это 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>файла {path} нет</translation>
    </message>
    <message>
        <source>there is no folder {path}</source>
        <translation>папки {path} нет</translation>
    </message>
    <message>
        <source>choose az, ru, en (or nothing for the system's language)</source>
        <translation>выберите az, ru, en (или ничего — язык системы)</translation>
    </message>
    <message>
        <source>{zone} is not a time zone (e.g. Asia/Baku)</source>
        <translation>{zone} — не часовой пояс (напр. Asia/Baku)</translation>
    </message>
    <message>
        <source>a cap is between {low} and {high} kbit/s (0 for no cap)</source>
        <extracomment>The bandwidth cap's bounds (kbit/s): below this sync would hardly move; the top is a 1 Gbit/s line.</extracomment>
        <translation>предел должен быть от {low} до {high} кбит/с (0 — без ограничения)</translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation>напишите true или false</translation>
    </message>
    <message>
        <source>a whole number is needed</source>
        <translation>нужно целое число</translation>
    </message>
    <message>
        <source>a comma-separated list or a JSON list is needed</source>
        <translation>нужен список через запятую или список JSON</translation>
    </message>
    <message>
        <source>The setting {key} is kept by the program itself (docflow login sets the server).</source>
        <translation>Параметр {key} ведёт сама программа (сервер задаёт docflow login).</translation>
    </message>
    <message>
        <source>There is no setting {key}; known settings: {keys}.</source>
        <translation>Параметра {key} нет; известные параметры: {keys}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Time zones offered (the institution's; others can be typed).</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;High contrast (black on white, strong frames)</source>
        <translation>&amp;Высокий контраст (чёрное на белом, чёткие рамки)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>A new language applies the next time Docflow starts.</source>
        <translation>Новый язык будет применён при следующем запуске Docflow.</translation>
    </message>
    <message>
        <source>Institution's &amp;time zone</source>
        <translation>&amp;Часовой пояс организации</translation>
    </message>
    <message>
        <source>Used for the time on signature stamps, in the history and for deadlines.</source>
        <translation>Используется для времени в штампах подписи, в истории и для сроков.</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Sync band&amp;width cap (kbit/s)</source>
        <translation>&amp;Предел скорости синхронизации (кбит/с)</translation>
    </message>
    <message>
        <source>The most sync may use of the link, each way, so the link keeps room for other use.</source>
        <translation>Наибольшая скорость, которую синхронизация занимает в каждом направлении, чтобы канал оставался свободным для другой работы.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>the institution's, from the server</source>
        <translation>учреждения, с сервера</translation>
    </message>
    <message>
        <source>none yet: they come from the server</source>
        <translation>пока нет: придут с сервера</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>none yet: it comes from the server</source>
        <translation>пока нет: придёт с сервера</translation>
    </message>
    <message>
        <source>As the institution says</source>
        <translation>Как задано учреждением</translation>
    </message>
    <message>
        <source>Fetch OCSP and CRL data</source>
        <translation>Загружать данные OCSP и CRL</translation>
    </message>
    <message>
        <source>Do not fetch (offline desk)</source>
        <translation>Не загружать (рабочее место без сети)</translation>
    </message>
    <message>
        <source>T&amp;rust roots (PEM)</source>
        <translation>&amp;Доверенные корневые сертификаты (PEM)</translation>
    </message>
    <message>
        <source>Ti&amp;mestamp service</source>
        <translation>Служба &amp;штампов времени</translation>
    </message>
    <message>
        <source>Re&amp;vocation data</source>
        <translation>Данные об &amp;отзыве</translation>
    </message>
    <message>
        <source>Leave empty to use the institution's settings, which come from the server with the login.</source>
        <translation>Оставьте пустым, чтобы использовать настройки учреждения, которые приходят с сервера при входе.</translation>
    </message>
    <message>
        <source>Trust roots (PEM)</source>
        <translation>Доверенные корневые сертификаты (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Сертификаты (*.pem *.crt *.cer)</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>{account} ({username}) does not have the role {roles} that the work done as {local} needs: {changes}. The server will refuse these changes. Choose an account with that role, or ask the administrator to give it to {username} first.</source>
        <extracomment>Settings keys (no secrets).</extracomment>
        <translation>У {account} ({username}) нет роли {roles}, которая нужна для работы, сделанной как {local}: {changes}. Сервер откажет в этих изменениях. Выберите учётную запись с этой ролью или сначала попросите администратора выдать её пользователю {username}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>The local user to carry over no longer exists.</source>
        <translation>Локального пользователя для переноса больше нет.</translation>
    </message>
    <message>
        <source>Choose an account from the server's staff list for {name}.</source>
        <translation>Выберите для {name} учётную запись из списка сотрудников сервера.</translation>
    </message>
    <message>
        <source>Not known yet (log in to the server)</source>
        <translation>Пока неизвестно (войдите на сервер)</translation>
    </message>
    <message>
        <source>The scanner sent no page.</source>
        <translation>Сканер не прислал ни одной страницы.</translation>
    </message>
    <message>
        <source>&amp;First-run setup…</source>
        <translation>&amp;Первоначальная настройка…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>First-run setup</source>
        <translation>Первоначальная настройка</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Пропустить шаг</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message numerus="yes">
        <source>Sign %n document(s)</source>
        <translation>
            <numerusform>Подписать %n документ</numerusform>
            <numerusform>Подписать %n документа</numerusform>
            <numerusform>Подписать %n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>Модуль PKCS#11</translation>
    </message>
    <message>
        <source>&amp;Key file (PKCS#12)</source>
        <translation>&amp;Файл ключа (PKCS#12)</translation>
    </message>
    <message>
        <source>Smart &amp;card / token (PKCS#11)</source>
        <translation>Смарт-&amp;карта / токен (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the system keyring</source>
        <translation>&amp;Запомнить пароль в системном хранилище ключей</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Find tokens again</source>
        <translation>&amp;Искать токены снова</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Токен</translation>
    </message>
    <message>
        <source>K&amp;ey</source>
        <translation>&amp;Ключ</translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <source>&amp;Visible stamp (signer, date, registration number)</source>
        <translation>&amp;Видимый штамп (подписавший, дата, регистрационный номер)</translation>
    </message>
    <message>
        <source>1 = first page, -1 = last page</source>
        <translation>1 = первая страница, -1 = последняя страница</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Внизу справа</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Внизу слева</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Вверху справа</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Вверху слева</translation>
    </message>
    <message>
        <source>Bottom centre</source>
        <translation>Внизу по центру</translation>
    </message>
    <message>
        <source>Where the stamp goes on the page</source>
        <translation>Где штамп будет на странице</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Стра&amp;ница</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>По&amp;ложение</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
    <message>
        <source>Enter the path of the token's PKCS#11 module (your administrator has it).</source>
        <translation>Укажите путь к модулю PKCS#11 токена (он есть у администратора).</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Поиск токенов…</translation>
    </message>
    <message>
        <source>Looking for tokens</source>
        <translation>Поиск токенов</translation>
    </message>
    <message>
        <source>The token module could not be used.</source>
        <translation>Не удалось использовать модуль токена.</translation>
    </message>
    <message>
        <source>No token found. Insert the card and press “Find tokens again”.</source>
        <translation>Токен не найден. Вставьте карту и нажмите «Искать токены снова».</translation>
    </message>
    <message>
        <source>Choose the token and the key to sign with.</source>
        <translation>Выберите токен и ключ для подписи.</translation>
    </message>
    <message>
        <source>Enter the PIN.</source>
        <translation>Введите PIN-код.</translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation>Выберите файл ключа.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>The key could not be opened.</source>
        <translation>Не удалось открыть ключ.</translation>
    </message>
    <message>
        <source>Opening the key</source>
        <translation>Открытие ключа</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader's keypad when asked.</source>
        <translation>Когда появится запрос, введите PIN на клавиатуре считывателя.</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Signature report</source>
        <translation>Отчёт о подписях</translation>
    </message>
    <message>
        <source>&amp;Check signatures online</source>
        <translation>&amp;Проверить подписи онлайн</translation>
    </message>
    <message>
        <source>Complete &amp;now</source>
        <translation>Завершить &amp;сейчас</translation>
    </message>
    <message>
        <source>Add the timestamp and validation data now (needs a connection)</source>
        <translation>Добавить метку времени и данные проверки сейчас (нужно подключение)</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>Документ не выбран</translation>
    </message>
    <message>
        <source>Signed here: none</source>
        <translation>Подписано здесь: нет</translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation>Проверка подписей…</translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <translation>Проверка подписей</translation>
    </message>
    <message>
        <source>Signatures not completed</source>
        <translation>Подписи не завершены</translation>
    </message>
    <message>
        <source>Completing signatures</source>
        <translation>Завершение подписей</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The trust-root bundle is not a valid PEM/DER certificate file: {reason}</source>
        <extracomment>Key usages that allow a certificate to make signatures on documents.</extracomment>
        <translation>Набор доверенных корневых сертификатов не является допустимым файлом сертификатов PEM/DER: {reason}</translation>
    </message>
    <message>
        <source>The certificate of {name} may not be used for signing: its key usage ({usages}) has neither digital signature nor non-repudiation.</source>
        <translation>Сертификат {name} нельзя использовать для подписи: в его назначении ключа ({usages}) нет ни цифровой подписи, ни неотрекаемости.</translation>
    </message>
    <message>
        <source>The certificate of {name} is not valid yet: it becomes valid on {date}.</source>
        <translation>Сертификат {name} ещё не действует: он станет действительным {date}.</translation>
    </message>
    <message>
        <source>The certificate of {name} expired on {date}.</source>
        <translation>Срок действия сертификата {name} истёк {date}.</translation>
    </message>
    <message>
        <source>The PIN is locked (no tries left); the card must be unblocked.</source>
        <translation>PIN заблокирован (попыток не осталось); карту нужно разблокировать.</translation>
    </message>
    <message>
        <source>Only one try is left before the PIN locks.</source>
        <translation>До блокировки PIN осталась одна попытка.</translation>
    </message>
    <message>
        <source>The token reports that few tries are left.</source>
        <translation>Токен сообщает, что осталось мало попыток.</translation>
    </message>
    <message>
        <source>The token does not report a lowered try counter.</source>
        <translation>Токен не сообщает об уменьшении счётчика попыток.</translation>
    </message>
    <message>
        <source>The identity has no signing certificate.</source>
        <translation>У этого средства подписи нет сертификата подписи.</translation>
    </message>
    <message>
        <source>Cannot open the key file {label}: the passphrase is wrong or the file is damaged.</source>
        <translation>Не удаётся открыть файл ключа {label}: неверная парольная фраза или файл повреждён.</translation>
    </message>
    <message>
        <source>The key file {label} holds no private key with its certificate.</source>
        <translation>В файле ключа {label} нет закрытого ключа с сертификатом.</translation>
    </message>
    <message>
        <source>Cannot read the key file {path}: {reason}</source>
        <translation>Не удаётся прочитать файл ключа {path}: {reason}</translation>
    </message>
    <message>
        <source>The PKCS#11 module {path} does not exist.</source>
        <translation>Модуль PKCS#11 {path} не существует.</translation>
    </message>
    <message>
        <source>Cannot load the PKCS#11 module {path}: {reason}</source>
        <translation>Не удаётся загрузить модуль PKCS#11 {path}: {reason}</translation>
    </message>
    <message>
        <source>No token {label} is present in {module}.</source>
        <translation>В {module} нет токена {label}.</translation>
    </message>
    <message>
        <source>The PIN of token {label} is locked. {hint}</source>
        <translation>PIN токена {label} заблокирован. {hint}</translation>
    </message>
    <message>
        <source>Token {label}: only one PIN try is left before the card locks. Confirm to try this PIN.</source>
        <translation>Токен {label}: до блокировки карты осталась одна попытка ввода PIN. Подтвердите, чтобы попробовать этот PIN.</translation>
    </message>
    <message>
        <source>Token {label} needs its PIN.</source>
        <translation>Для токена {label} нужен PIN.</translation>
    </message>
    <message>
        <source>The PIN has an invalid length or format.</source>
        <translation>Недопустимая длина или формат PIN.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>Неверный PIN.</translation>
    </message>
    <message>
        <source>Token {label}: {reason} {hint} Docflow does not retry the PIN by itself.</source>
        <translation>Токен {label}: {reason} {hint} Docflow не повторяет ввод PIN самостоятельно.</translation>
    </message>
    <message>
        <source>Token {label} is already in use by another signing operation.</source>
        <translation>Токен {label} уже используется другой операцией подписания.</translation>
    </message>
    <message>
        <source>Token {label} refused the login: {reason}</source>
        <translation>Токен {label} отклонил вход: {reason}</translation>
    </message>
    <message>
        <source>Token {label} has no signing key {key}.</source>
        <translation>На токене {label} нет ключа подписи {key}.</translation>
    </message>
    <message>
        <source>Token {label} has several keys; choose one.</source>
        <translation>На токене {label} несколько ключей; выберите один.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Файл не является документом PDF.</translation>
    </message>
    <message>
        <source>The PDF document cannot be read: {reason}</source>
        <translation>Не удаётся прочитать документ PDF: {reason}</translation>
    </message>
    <message>
        <source>The PDF document is encrypted; Docflow signs only unencrypted documents.</source>
        <translation>Документ PDF зашифрован; Docflow подписывает только незашифрованные документы.</translation>
    </message>
    <message>
        <source>Unknown stamp position {position}.</source>
        <extracomment>Named stamp positions (the UI offers these and shows a preview).</extracomment>
        <translation>Неизвестное положение штампа: {position}.</translation>
    </message>
    <message>
        <source>Page {page} does not exist; the document has {count} pages.</source>
        <translation>Страницы {page} нет; в документе страниц: {count}.</translation>
    </message>
    <message>
        <source>Digitally signed by {name}</source>
        <translation>Подписано электронной подписью: {name}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <source>Reg. No.: {number}</source>
        <translation>Рег. №: {number}</translation>
    </message>
    <message>
        <source>Signing failed: {reason}</source>
        <translation>Подписание не удалось: {reason}</translation>
    </message>
    <message>
        <source>complete ({level})</source>
        <extracomment>States of a signature the completion job still works on ("waiting": an older word for waiting_timestamp).</extracomment>
        <translation>завершена ({level})</translation>
    </message>
    <message>
        <source>{ok} signed, {bad} failed.</source>
        <translation>Подписано: {ok}, с ошибкой: {bad}.</translation>
    </message>
    <message>
        <source>sign documents</source>
        <translation>подписывать документы</translation>
    </message>
    <message>
        <source>The trust bundle {path} cannot be read: {reason}</source>
        <extracomment>Settings keys: the local override, and what the server delivered.</extracomment>
        <translation>Не удаётся прочитать набор доверенных сертификатов {path}: {reason}</translation>
    </message>
    <message>
        <source>Unknown identity kind {kind}.</source>
        <translation>Неизвестный вид средства подписи: {kind}.</translation>
    </message>
    <message>
        <source>Document {subject} has no PDF file to sign.</source>
        <translation>У документа {subject} нет PDF-файла для подписания.</translation>
    </message>
    <message>
        <source>Document {subject} changed while it was being signed; sign it again.</source>
        <translation>Документ {subject} изменился во время подписания; подпишите его снова.</translation>
    </message>
    <message>
        <source>signed offline · waiting for timestamp</source>
        <translation>подписан офлайн · ожидает метку времени</translation>
    </message>
    <message>
        <source>Signing {n} of {total}</source>
        <translation>Подписание {n} из {total}</translation>
    </message>
    <message>
        <source>Cancelled before signing.</source>
        <translation>Отменено до подписания.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>The document has no PDF file.</source>
        <translation>У документа нет PDF-файла.</translation>
    </message>
    <message>
        <source>Completing signatures {n} of {total}</source>
        <translation>Завершение подписей {n} из {total}</translation>
    </message>
    <message>
        <source>The document has no signed file.</source>
        <translation>У документа нет подписанного файла.</translation>
    </message>
    <message>
        <source>No trust roots are configured yet: they come from the server with the institution's settings, or set them in Settings ▸ Signatures.</source>
        <translation>Доверенные корневые сертификаты ещё не заданы: они приходят с сервера вместе с настройками учреждения, или задайте их в Параметры ▸ Подписи.</translation>
    </message>
    <message>
        <source>The document changed meanwhile; will try again.</source>
        <translation>Документ тем временем изменился; будет повторная попытка.</translation>
    </message>
    <message>
        <source>Not completed: another signature on this document is revoked.</source>
        <translation>Не завершено: сертификат другой подписи на этом документе отозван.</translation>
    </message>
    <message>
        <source>timestamped ({level}) · waiting for validation data</source>
        <translation>метка времени добавлена ({level}) · ожидает данные проверки</translation>
    </message>
    <message>
        <source>SIGNER CERTIFICATE REVOKED · not completed</source>
        <translation>СЕРТИФИКАТ ПОДПИСАНТА ОТОЗВАН · не завершено</translation>
    </message>
    <message>
        <source>cannot be completed · see the report</source>
        <translation>не может быть завершена · см. отчёт</translation>
    </message>
    <message>
        <source>signed · waiting for the signature settings (trust roots)</source>
        <translation>подписано · ожидаются параметры подписи (доверенные корневые сертификаты)</translation>
    </message>
    <message>
        <source>{level} · signed on another workstation, completed there</source>
        <translation>{level} · подписано на другом рабочем месте, завершается там</translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation>В документе нет подписей.</translation>
    </message>
    <message>
        <source>Signature {field} is broken; the document is not completed.</source>
        <translation>Подпись {field} нарушена; документ не завершён.</translation>
    </message>
    <message>
        <source>All signatures are complete (B-LT).</source>
        <translation>Все подписи завершены (B-LT).</translation>
    </message>
    <message>
        <source>The certificate of {name} (signature {field}) is REVOKED since {date}. The signature is not valid and was not completed.</source>
        <translation>Сертификат {name} (подпись {field}) ОТОЗВАН с {date}. Подпись недействительна и не завершена.</translation>
    </message>
    <message>
        <source>The revocation service (OCSP/CRL) for {name} is not reachable; will try again.</source>
        <translation>Служба проверки отзыва (OCSP/CRL) для {name} недоступна; будет повторная попытка.</translation>
    </message>
    <message>
        <source>The certificate of signature {field} does not chain to a trusted root: {reason}</source>
        <translation>Сертификат подписи {field} не выстраивается в цепочку до доверенного корня: {reason}</translation>
    </message>
    <message>
        <source>No timestamp service is configured.</source>
        <translation>Служба меток времени не настроена.</translation>
    </message>
    <message>
        <source>The timestamp service is not reachable ({reason}); will try again.</source>
        <translation>Служба меток времени недоступна ({reason}); будет повторная попытка.</translation>
    </message>
    <message>
        <source>The timestamp service gave no usable answer ({reason}); will try again.</source>
        <translation>Служба меток времени не дала пригодного ответа ({reason}); будет повторная попытка.</translation>
    </message>
    <message>
        <source>Validation data could not be fetched ({reason}); will try again.</source>
        <translation>Не удалось получить данные проверки ({reason}); будет повторная попытка.</translation>
    </message>
    <message>
        <source>Completed to PAdES B-LT.</source>
        <translation>Дополнено до уровня PAdES B-LT.</translation>
    </message>
    <message>
        <source>Reached {level}; validation data are still incomplete.</source>
        <translation>Достигнут уровень {level}; данные проверки ещё неполные.</translation>
    </message>
    <message>
        <source>The signatures cannot be checked: {reason}</source>
        <translation>Подписи невозможно проверить: {reason}</translation>
    </message>
    <message>
        <source>Valid: {n} signature(s), level {level}.</source>
        <translation>Действительна: подписей — {n}, уровень {level}.</translation>
    </message>
    <message>
        <source>INVALID: {reason}</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА: {reason}</translation>
    </message>
    <message>
        <source>the signer's certificate could not be checked</source>
        <translation>сертификат подписавшего проверить не удалось</translation>
    </message>
    <message>
        <source>Cannot be confirmed: {reason}. Level {level}.</source>
        <translation>Не подтверждена: {reason}. Уровень {level}.</translation>
    </message>
    <message>
        <source>The document cannot be checked: {reason}</source>
        <translation>Не удаётся проверить документ: {reason}</translation>
    </message>
    <message>
        <source>#{n} document timestamp</source>
        <translation>#{n} метка времени документа</translation>
    </message>
    <message>
        <source>#{n} signature by {name}</source>
        <translation>#{n} подпись: {name}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Заключение: {verdict}</translation>
    </message>
    <message>
        <source>Integrity: intact</source>
        <translation>Целостность: не нарушена</translation>
    </message>
    <message>
        <source>Integrity: BROKEN (the signed bytes were changed)</source>
        <translation>Целостность: НАРУШЕНА (подписанные байты изменены)</translation>
    </message>
    <message>
        <source>Changes after signing: none</source>
        <translation>Изменения после подписания: нет</translation>
    </message>
    <message>
        <source>Changes after signing: {level}</source>
        <translation>Изменения после подписания: {level}</translation>
    </message>
    <message>
        <source>Chain: trusted</source>
        <translation>Цепочка: доверенная</translation>
    </message>
    <message>
        <source>Chain: not trusted ({reason})</source>
        <translation>Цепочка: не доверенная ({reason})</translation>
    </message>
    <message>
        <source>Revocation: {status}</source>
        <translation>Отзыв: {status}</translation>
    </message>
    <message>
        <source>Timestamp: {time} ({kind})</source>
        <translation>Метка времени: {time} ({kind})</translation>
    </message>
    <message>
        <source>PAdES level: {level}</source>
        <translation>Уровень PAdES: {level}</translation>
    </message>
    <message>
        <source>the document is encrypted</source>
        <translation>документ зашифрован</translation>
    </message>
    <message>
        <source>not a readable PDF ({reason})</source>
        <translation>не читаемый PDF ({reason})</translation>
    </message>
    <message>
        <source>not checked: the signature itself is broken</source>
        <translation>не проверено: сама подпись нарушена</translation>
    </message>
    <message>
        <source>no path to a trust root</source>
        <translation>нет пути к доверенному корню</translation>
    </message>
    <message>
        <source>The signed bytes do not match the signed digest.</source>
        <translation>Подписанные байты не соответствуют подписанному хешу.</translation>
    </message>
    <message>
        <source>The cryptographic signature is not valid.</source>
        <translation>Криптографическая подпись недействительна.</translation>
    </message>
    <message>
        <source>The document was changed after signing in a way that is not allowed.</source>
        <translation>Документ после подписания изменён недопустимым образом.</translation>
    </message>
    <message>
        <source>The signer's certificate is revoked (since {date}).</source>
        <translation>Сертификат подписанта отозван (с {date}).</translation>
    </message>
    <message>
        <source>The signature cannot be checked: {reason}</source>
        <translation>Не удаётся проверить подпись: {reason}</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Подписать…</translation>
    </message>
    <message>
        <source>Complete &amp;waiting signatures now</source>
        <translation>&amp;Завершить ожидающие подписи сейчас</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Last PIN try</source>
        <translation>Последняя попытка ввода PIN</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <source>Some documents were not signed</source>
        <translation>Некоторые документы не подписаны</translation>
    </message>
    <message>
        <source>{n} document(s) signed</source>
        <translation>Подписано документов: {n}</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписан</translation>
    </message>
    <message>
        <source>Signatures not completed</source>
        <translation>Подписи не завершены</translation>
    </message>
    <message>
        <source>Completing signatures</source>
        <translation>Завершение подписей</translation>
    </message>
    <message>
        <source>No signature is waiting.</source>
        <translation>Ожидающих подписей нет.</translation>
    </message>
    <message>
        <source>Revoked certificate</source>
        <translation>Отозванный сертификат</translation>
    </message>
    <message>
        <source>The signing identity is closed; open it again.</source>
        <translation>Средство подписи закрыто; откройте его снова.</translation>
    </message>
    <message>
        <source>The application is closing; nothing more is signed.</source>
        <translation>Приложение закрывается; больше ничего не подписывается.</translation>
    </message>
    <message>
        <source>The signing process stopped unexpectedly; try again.</source>
        <translation>Процесс подписания неожиданно остановился; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>“{subject}” is not registered yet: its number and date are written into the letter when it is registered, and a signed letter is never changed. Register it first, then sign it.</source>
        <translation>«{subject}» ещё не зарегистрировано: номер и дата вписываются в письмо при регистрации, а подписанное письмо никогда не изменяется. Сначала зарегистрируйте его, затем подпишите.</translation>
    </message>
    <message>
        <source>“{subject}” has only the provisional number {number}, which the server will replace: a signed letter is never changed, so sign it after the next sync brings its final number.</source>
        <translation>У «{subject}» пока только временный номер {number}, который сервер заменит: подписанное письмо никогда не изменяется, поэтому подпишите его после того, как следующая синхронизация принесёт окончательный номер.</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <source>Signing identity</source>
        <translation>Средство подписи</translation>
    </message>
    <message>
        <source>Check the smart card, token or key file and its PIN. Nothing is signed.</source>
        <translation>Проверьте смарт-карту, токен или файл ключа и его PIN. Ничего не подписывается.</translation>
    </message>
    <message>
        <source>Smart card or &amp;token</source>
        <translation>Смарт-карта или &amp;токен</translation>
    </message>
    <message>
        <source>&amp;Key file (PKCS#12)</source>
        <translation>&amp;Файл ключа (PKCS#12)</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>&amp;Файл ключа</translation>
    </message>
    <message>
        <source>Token &amp;driver (PKCS#11 module)</source>
        <translation>&amp;Драйвер токена (модуль PKCS#11)</translation>
    </message>
    <message>
        <source>Token &amp;name</source>
        <translation>&amp;Имя токена</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase</source>
        <translation>&amp;PIN или пароль</translation>
    </message>
    <message>
        <source>&amp;Key id</source>
        <translation>&amp;Идентификатор ключа</translation>
    </message>
    <message>
        <source>Test the &amp;PIN (nothing is signed)</source>
        <translation>Проверить &amp;PIN (ничего не подписывается)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>optional: the only token present is used</source>
        <translation>необязательно: используется единственный подключённый токен</translation>
    </message>
    <message>
        <source>optional: needed when the token holds several keys (e.g. 02)</source>
        <translation>необязательно: нужно, если на токене несколько ключей (например, 02)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The PIN is right. Certificate of {subject}, issued by {issuer}, valid {start} – {end}.</source>
        <translation>PIN верный. Сертификат: {subject}, выдан: {issuer}, действует {start} – {end}.</translation>
    </message>
    <message>
        <source>It has EXPIRED: ask for a new one before signing.</source>
        <translation>Срок его действия ИСТЁК: запросите новый до подписания.</translation>
    </message>
    <message>
        <source>Checking the identity</source>
        <translation>Проверка средства подписи</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Received</source>
        <extracomment>The outbox op of a local status change (only archiving has a protocol form: ``document.archive``).</extracomment>
        <translation>Поступил</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>In route</source>
        <translation>На маршруте</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Unknown document status: {status}</source>
        <translation>Неизвестное состояние документа: {status}</translation>
    </message>
    <message>
        <source>A document that is {current} cannot become {new}.</source>
        <translation>Документ в состоянии «{current}» не может перейти в состояние «{new}».</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <source>Overdue: {n}</source>
        <translation>Просрочено: {n}</translation>
    </message>
    <message>
        <source>Due today: {n}</source>
        <translation>Срок сегодня: {n}</translation>
    </message>
    <message>
        <source>This week: {n}</source>
        <translation>На этой неделе: {n}</translation>
    </message>
    <message>
        <source>My controlled resolutions overdue: {n}</source>
        <translation>Просроченных резолюций на моём контроле: {n}</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Смена пользователя</translation>
    </message>
    <message>
        <source>Now working: {user}. The person who takes over logs in with their own account.</source>
        <translation>Сейчас работает: {user}. Тот, кто продолжает работу, входит под своей учётной записью.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Имя &amp;пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Сменить</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{n} s</source>
        <extracomment>Largest JSON response we accept (after gunzip): a full changes page is far smaller. An op push of at most this many ops has an answer under the 500 bytes the server gzips from (~140 bytes a brief result, more only for a conflict, which carries the document): it asks no gzip. A Retry-After longer than this is not believed (a day). Sends a request elsewhere than the client's own connection and returns its answer, body read: ``(method, path, headers, body) -&gt; Response`` (the transfer pipe's ``pipeline.Calls.call``).</extracomment>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>The pinned server certificate fingerprint must be a SHA-256 (64 hex digits).</source>
        <translation>Отпечаток закреплённого сертификата сервера должен быть SHA-256 (64 шестнадцатеричные цифры).</translation>
    </message>
    <message>
        <source>The server sent another file than asked; asking again.</source>
        <extracomment>A download refused this many times as malformed is given up (``failed``) instead of retried. Seconds a failed cycle waits for its downloads to stop (a connect timeout, 15 s, or a backoff ends first).</extracomment>
        <translation>Сервер прислал не тот файл, который был запрошен; запрашиваем снова.</translation>
    </message>
    <message>
        <source>The server sent an invalid answer: {what}.</source>
        <translation>Сервер прислал недопустимый ответ: {what}.</translation>
    </message>
    <message>
        <source>The server address {url} is not a valid address.</source>
        <translation>{url} — неверный адрес сервера.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (got {url!r}).</source>
        <translation>Адрес сервера должен начинаться с https:// (получено {url!r}).</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to a test server on this computer; the server {host} needs an https:// address.</source>
        <translation>Незашифрованный http:// разрешён только для тестового сервера на этом компьютере; для сервера {host} нужен адрес https://.</translation>
    </message>
    <message>
        <source>The CA bundle {path} does not exist.</source>
        <extracomment>Called whenever the server answered (any status): the link is up. The engine's "online".</extracomment>
        <translation>Набор сертификатов УЦ {path} не существует.</translation>
    </message>
    <message>
        <source>Not logged in to the server: log in to synchronise.</source>
        <extracomment>True after a login whose token could only be kept in memory (no OS keyring). ((server_url, workstation_id), token kept?) as this connection last read or wrote the keyring. ((server_url, workstation_id), ETag) of the file plan as last taken from the server. time.monotonic() of the last staff list / journals / signing settings read (None: not this run). The link as this desk's transfers measured it; chunk and records follow it. Held by a log-out (the leaving person's last sync and the end of their session) and by a login: the next person's login waits until the last one's session has ended, so the token it keeps is never the one the log-out forgets.</extracomment>
        <translation>Вход на сервер не выполнен: войдите, чтобы синхронизироваться.</translation>
    </message>
    <message>
        <source>The server named an address outside itself; not following it.</source>
        <translation>Сервер указал адрес за своими пределами; переход не выполняется.</translation>
    </message>
    <message>
        <source>The server's certificate does not match the pinned fingerprint; not connecting.</source>
        <translation>Сертификат сервера не совпадает с закреплённым отпечатком; подключение не выполняется.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted ({reason}).</source>
        <translation>Сертификат сервера не является доверенным ({reason}).</translation>
    </message>
    <message>
        <source>The secure connection broke ({reason}).</source>
        <translation>Защищённое соединение прервано ({reason}).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>No connection to the server ({reason}).</source>
        <translation>Нет соединения с сервером ({reason}).</translation>
    </message>
    <message>
        <source>The request failed ({reason}).</source>
        <translation>Запрос не выполнен ({reason}).</translation>
    </message>
    <message>
        <source>The server's answer is too large ({size} bytes; at most {limit}).</source>
        <translation>Ответ сервера слишком большой ({size} байт; не более {limit}).</translation>
    </message>
    <message>
        <source>The server's answer is too large (over {limit} bytes).</source>
        <translation>Ответ сервера слишком большой (более {limit} байт).</translation>
    </message>
    <message>
        <source>The connection broke while reading the answer ({reason}).</source>
        <translation>Соединение прервалось при чтении ответа ({reason}).</translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid JSON.</source>
        <translation>Сервер прислал ответ, который не является допустимым JSON.</translation>
    </message>
    <message>
        <source>Too many failed logins; the server asks to wait {wait} before the next try.</source>
        <translation>Слишком много неудачных попыток входа; сервер просит подождать {wait} перед следующей попыткой.</translation>
    </message>
    <message>
        <source>Too many failed logins; wait a little before the next try.</source>
        <translation>Слишком много неудачных попыток входа; подождите немного перед следующей попыткой.</translation>
    </message>
    <message>
        <source>The server is busy; it asks to wait {wait} before the next try.</source>
        <translation>Сервер занят; он просит подождать {wait} перед следующей попыткой.</translation>
    </message>
    <message>
        <source>The server is having trouble ({detail}); will retry.</source>
        <translation>На сервере неполадки ({detail}); будет повторная попытка.</translation>
    </message>
    <message>
        <source>The server refused the user name or password (or this workstation).</source>
        <translation>Сервер отклонил имя пользователя или пароль (или это рабочее место).</translation>
    </message>
    <message>
        <source>This workstation has been disabled on the server.</source>
        <translation>Это рабочее место отключено на сервере.</translation>
    </message>
    <message>
        <source>The server no longer accepts this login ({detail}); log in again.</source>
        <translation>Сервер больше не принимает этот вход ({detail}); войдите снова.</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>Сервер отклонил запрос: {detail}</translation>
    </message>
    <message>
        <source>No Docflow server answers at {url}; check the address (as the server prints it, it ends in /v1).</source>
        <translation>По адресу {url} не отвечает сервер Docflow; проверьте адрес (как его печатает сервер, он оканчивается на /v1).</translation>
    </message>
    <message>
        <source>At most {n} operations fit in one batch.</source>
        <translation>В один пакет помещается не более {n} операций.</translation>
    </message>
    <message>
        <source>Operation {op} is not valid: {path} {reason}.</source>
        <translation>Операция {op} недопустима: {path} {reason}.</translation>
    </message>
    <message>
        <source>The server announced a file of {size} bytes; refusing it.</source>
        <translation>Сервер объявил файл размером {size} байт; он отклонён.</translation>
    </message>
    <message>
        <source>The server no longer agrees on the size of file {sha}.</source>
        <translation>Сервер больше не подтверждает размер файла {sha}.</translation>
    </message>
    <message>
        <source>The server sent more bytes than file {sha} has.</source>
        <translation>Сервер прислал больше байт, чем содержит файл {sha}.</translation>
    </message>
    <message>
        <source>The connection broke during a download ({reason}).</source>
        <translation>Соединение прервалось во время загрузки ({reason}).</translation>
    </message>
    <message>
        <source>The download of file {sha} stopped at {have} of {size} bytes.</source>
        <translation>Загрузка файла {sha} остановилась на {have} из {size} байт.</translation>
    </message>
    <message>
        <source>The server does not take a file as the bytes added to an earlier one.</source>
        <extracomment>Bytes sent per tus PATCH. Large, because every PATCH costs a round trip on a slow link; a cut loses nothing (the server keeps what reached it, HEAD says where to go on). Most bytes sent with an upload's creation (tus creation-with-upload; never more than the plan's chunk): every scan of an ordinary letter fits, so it goes up in that one request; the rest of a larger file follows in PATCHes of the plan's chunk. First PATCH after a resume (see SyncClient.upload): empty. It waits for the server's lock on the upload (so a broken request still settling there is finished first) and answers with the true offset (204, or 409 naming it) -- a HEAD that cannot be stale, at no byte of file data. The TLS record size of a download's body when the desk asks for none (docs/protocol.md §7). Most bytes taken from the socket per read of a download. tus requests: their answers have no body, so no Accept-Encoding at all (urllib3 would otherwise add "Accept-Encoding: identity"; every header line of every request counts on a 2G link).</extracomment>
        <translation>Сервер не принимает файл в виде байтов, добавленных к более раннему файлу.</translation>
    </message>
    <message>
        <source>The downloaded file does not match its SHA-256 {sha}; discarded.</source>
        <translation>Загруженный файл не соответствует своему SHA-256 {sha}; он отброшен.</translation>
    </message>
    <message>
        <source>{value!r} is not a SHA-256 file name.</source>
        <translation>{value!r} не является именем файла SHA-256.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid identifier.</source>
        <translation>{value!r} не является допустимым идентификатором.</translation>
    </message>
    <message>
        <source>No server is configured for this workstation.</source>
        <translation>Для этого рабочего места не настроен сервер.</translation>
    </message>
    <message>
        <source>There is no open conflict {id}.</source>
        <translation>Открытого конфликта {id} нет.</translation>
    </message>
    <message>
        <source>This conflict cannot be settled with '{choice}'; choose one of: {choices}.</source>
        <translation>Этот конфликт нельзя разрешить вариантом '{choice}'; выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>A merge needs at least one of the fields: subject, summary, confidentiality.</source>
        <translation>Для объединения нужно хотя бы одно из полей: краткое содержание, аннотация, конфиденциальность.</translation>
    </message>
    <message>
        <source>Replaced by the server's version (conflict settled).</source>
        <translation>Заменено версией сервера (конфликт разрешён).</translation>
    </message>
    <message>
        <source>Sync: no server</source>
        <translation>Синхронизация: нет сервера</translation>
    </message>
    <message>
        <source>Sync: log in</source>
        <translation>Синхронизация: выполните вход</translation>
    </message>
    <message>
        <source>Sync: {state} · {n} waiting</source>
        <translation>Синхронизация: {state} · в очереди: {n}</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>конфликтов: {n}</translation>
    </message>
    <message>
        <source>{n} wait for another person's login</source>
        <translation>{n} ждут входа другого сотрудника</translation>
    </message>
    <message>
        <source>This computer has no system keyring (such as GNOME Keyring or KWallet), so the login is kept in memory only: you stay logged in until Docflow closes and will be asked to log in again next time. Nothing is written to disk.</source>
        <translation>На этом компьютере нет системного хранилища ключей (например, GNOME Keyring или KWallet), поэтому вход хранится только в памяти: вы остаётесь в системе, пока Docflow открыт, и в следующий раз нужно будет войти снова. На диск ничего не записывается.</translation>
    </message>
    <message>
        <source>Sync: checking…</source>
        <translation>Синхронизация: проверка…</translation>
    </message>
    <message>
        <source>Synchronisation state</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Ход передачи</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>С&amp;инхронизация</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>&amp;Log in to the server…</source>
        <translation>&amp;Войти на сервер…</translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation>&amp;Подробности синхронизации…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>test server</source>
        <translation>тестовый сервер</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({n})…</source>
        <translation>&amp;Конфликты ({n})…</translation>
    </message>
    <message>
        <source>Logged in until Docflow closes: this computer has no system keyring.</source>
        <translation>Вход действует до закрытия Docflow: на этом компьютере нет системного хранилища ключей.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Выполняется вход</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>Чтение состояния синхронизации</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Settling a conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>Чтение конфликтов</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Состояние: {state}</translation>
    </message>
    <message>
        <source>Operations waiting: {n}</source>
        <translation>Операций в очереди: {n}</translation>
    </message>
    <message>
        <source>Changes of other people of this desk, waiting for their login: {n}</source>
        <translation>Изменения других сотрудников этого места, ждущие их входа: {n}</translation>
    </message>
    <message>
        <source>Bytes waiting: {n}</source>
        <translation>Объём в очереди: {n}</translation>
    </message>
    <message>
        <source>Conflicts to settle: {n}</source>
        <translation>Конфликтов к разрешению: {n}</translation>
    </message>
    <message>
        <source>Now: {dir} {name} ({done} of {total})</source>
        <translation>Сейчас: {dir} {name} ({done} из {total})</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>принимается</translation>
    </message>
    <message>
        <source>Next try: {when}</source>
        <translation>Следующая попытка: {when}</translation>
    </message>
    <message>
        <source>Last success: {when}</source>
        <translation>Последняя успешная синхронизация: {when}</translation>
    </message>
    <message>
        <source>Last problem: {text}</source>
        <translation>Последняя проблема: {text}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Registration number: {n}</source>
        <translation>Регистрационный номер: {n}</translation>
    </message>
    <message>
        <source>Action on the route step: {a}</source>
        <translation>Действие по шагу маршрута: {a}</translation>
    </message>
    <message>
        <source>Comment: {c}</source>
        <translation>Комментарий: {c}</translation>
    </message>
    <message>
        <source>Work done before the first login waits: say which server account it belongs to (Tools ▸ First-run setup).</source>
        <extracomment>Seconds of long-poll while idle (one request per IDLE_WAIT). News the idle long-poll brought are applied and the desk long-polls again; a whole cycle (the file plan, number blocks, a pull) runs for them only if the last one is older than this. The staff list, journals and the institution's signing settings are read again by a cycle at least this often (and on the first cycle of each run): the administrator's changes reach logged-in desks. The aspects of the Change this engine publishes for the documents a cycle touched.</extracomment>
        <translation>Работа, сделанная до первого входа, ждёт: укажите, какой учётной записи на сервере она принадлежит (Инструменты ▸ Первоначальная настройка).</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <extracomment>Most bytes of an answer's body read (tus answers have none; an error's JSON is small). A job cut behind an unanswered body this large is told ``unreached()`` if it can (the cut came inside it).</extracomment>
        <translation>Сервер закрыл соединение.</translation>
    </message>
    <message>
        <source>The transfer connection is closed.</source>
        <translation>Соединение для передачи файлов закрыто.</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Changes waiting for the server</source>
        <translation>Изменения, ожидающие отправки на сервер</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>offline</source>
        <extracomment>States that say a cycle is under way: not shown while the server has not answered since it was unreachable. Progress events closer together than this are folded into the next one.</extracomment>
        <translation>не в сети</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>принимается</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>всё синхронизировано</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>требует внимания</translation>
    </message>
    <message>
        <source>no server set</source>
        <translation>сервер не задан</translation>
    </message>
    <message>
        <source>sending {done} of {total}</source>
        <translation>отправка: {done} из {total}</translation>
    </message>
    <message>
        <source>Docflow: {state}</source>
        <translation>Docflow: {state}</translation>
    </message>
    <message>
        <source>log in to a circulation server to exchange documents</source>
        <translation>войдите на сервер документооборота, чтобы обмениваться документами</translation>
    </message>
    <message>
        <source>log in again (Sync → Log in)</source>
        <translation>войдите снова (Синхронизация → Войти на сервер)</translation>
    </message>
    <message>
        <source>{n} change(s) waiting to be sent</source>
        <translation>изменений ожидают отправки: {n}</translation>
    </message>
    <message>
        <source>{n} change(s) of another person waiting for their login</source>
        <translation>изменений другого сотрудника ждут его входа: {n}</translation>
    </message>
    <message>
        <source>{n} conflict(s) to settle</source>
        <translation>конфликтов для решения: {n}</translation>
    </message>
</context>
<context>
    <name>UpdateNotifier</name>
    <message>
        <source>Check for &amp;updates…</source>
        <translation>Проверить &amp;обновления…</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Проверить обновления</translation>
    </message>
    <message>
        <source>Checking for updates</source>
        <translation>Проверка обновлений</translation>
    </message>
    <message>
        <source>A new version of Docflow</source>
        <translation>Новая версия Docflow</translation>
    </message>
    <message>
        <source>Docflow {new} is available (you have {current}).</source>
        <translation>Доступна версия Docflow {new} (у вас {current}).</translation>
    </message>
    <message>
        <source>What is new:</source>
        <translation>Что нового:</translation>
    </message>
    <message>
        <source>Get it from: {url}</source>
        <translation>Где взять: {url}</translation>
    </message>
    <message>
        <source>Docflow does not install updates by itself: install the new version (or ask your administrator to). Your documents are kept.</source>
        <translation>Docflow не устанавливает обновления сам: установите новую версию (или попросите администратора). Ваши документы сохранятся.</translation>
    </message>
    <message>
        <source>Docflow {current} is the newest version.</source>
        <translation>Docflow {current} — самая новая версия.</translation>
    </message>
    <message>
        <source>No circulation server is configured, so there is nobody to ask about new versions.</source>
        <translation>Сервер документооборота не настроен, поэтому узнать о новых версиях не у кого.</translation>
    </message>
    <message>
        <source>The server could not be asked about new versions: {reason}</source>
        <translation>Не удалось узнать у сервера о новых версиях: {reason}</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>The server's release notice is invalid ({problem}).</source>
        <translation>Сведения сервера о выпуске неверны ({problem}).</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Unknown roles: {roles}</source>
        <translation>Неизвестные роли: {roles}</translation>
    </message>
    <message>
        <source>A user named {name} already exists.</source>
        <translation>Пользователь с именем {name} уже существует.</translation>
    </message>
</context>
</TS>