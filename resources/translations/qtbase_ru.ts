<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>CloseButton</name>
    <message>
      <source>Close Tab</source>
      <translation>Закрыть вкладку</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>%1 File</source>
      <translation>Файл %1</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Псевдоним</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Папка с файлами</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Ярлык</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Неизвестный</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Выделить всё</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>Шаг вн&amp;из</translation>
    </message>
  </context>
  <context>
    <name>QAccessibleActionInterface</name>
    <message>
      <source>Decrease</source>
      <translation>Уменьшить</translation>
    </message>
    <message>
      <source>Decrease the value</source>
      <translation>Уменьшить значение</translation>
    </message>
    <message>
      <source>Goes back a page</source>
      <translation>Переход на предыдущую страницу</translation>
    </message>
    <message>
      <source>Goes to the next page</source>
      <translation>Переход на следующую страницу</translation>
    </message>
    <message>
      <source>Increase</source>
      <translation>Увеличить</translation>
    </message>
    <message>
      <source>Increase the value</source>
      <translation>Увеличить значение</translation>
    </message>
    <message>
      <source>Next Page</source>
      <translation>Следующая страница</translation>
    </message>
    <message>
      <source>Press</source>
      <translation>Нажать</translation>
    </message>
    <message>
      <source>Previous Page</source>
      <translation>Предыдущая страница</translation>
    </message>
    <message>
      <source>Scroll Down</source>
      <translation>Прокрутить вниз</translation>
    </message>
    <message>
      <source>Scroll Left</source>
      <translation>Прокрутить влево</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Прокрутить вправо</translation>
    </message>
    <message>
      <source>Scroll Up</source>
      <translation>Прокрутить вверх</translation>
    </message>
    <message>
      <source>Scrolls down</source>
      <translation>Прокрутка вниз</translation>
    </message>
    <message>
      <source>Scrolls to the left</source>
      <translation>Прокрутка влево</translation>
    </message>
    <message>
      <source>Scrolls to the right</source>
      <translation>Прокрутка вправо</translation>
    </message>
    <message>
      <source>Scrolls up</source>
      <translation>Прокрутка вверх</translation>
    </message>
    <message>
      <source>SetFocus</source>
      <translation>УстановитьФокус</translation>
    </message>
    <message>
      <source>Sets the focus</source>
      <translation>Установить фокус</translation>
    </message>
    <message>
      <source>ShowMenu</source>
      <translation>ПоказатьМеню</translation>
    </message>
    <message>
      <source>Shows the menu</source>
      <translation>Показать меню</translation>
    </message>
    <message>
      <source>Toggle</source>
      <translation>Сменить</translation>
    </message>
    <message>
      <source>Toggles the state</source>
      <translation>Сменить состояние</translation>
    </message>
    <message>
      <source>Triggers the action</source>
      <translation>Выполнить действие</translation>
    </message>
  </context>
  <context>
    <name>QComboBox</name>
    <message>
      <source>False</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Open the combo box selection popup</source>
      <translation>Открыть раскрывающийся список</translation>
    </message>
    <message>
      <source>True</source>
      <translation>Да</translation>
    </message>
  </context>
  <context>
    <name>QDBusTrayIcon</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QDialog</name>
    <message>
      <source>What's This?</source>
      <translation>Что это?</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Closes the dock widget</source>
      <translation>Закрывает виджет</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>Плавающее</translation>
    </message>
    <message>
      <source>Undocks and re-attaches the dock widget</source>
      <translation>Отсоединяет и перегруппирует виджет</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>&amp;Показывать это сообщение в дальнейшем</translation>
    </message>
    <message>
      <source>Critical Error:</source>
      <translation>Критическая ошибка:</translation>
    </message>
    <message>
      <source>Debug Message:</source>
      <translation>Отладочное сообщение:</translation>
    </message>
    <message>
      <source>Fatal Error:</source>
      <translation>Неустранимая ошибка:</translation>
    </message>
    <message>
      <source>Information:</source>
      <translation>Информация:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Предупреждение:</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>Файл %1</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Выбрать</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Перейти к:</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Новая папка</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Переименовать</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» защищён от записи.
Действительно удалить?</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Псевдоним</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Переключить в подробный режим</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Переключить в режим списка</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Не удалось удалить каталог.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Создать папку</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Создать новую папку</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Подробный вид</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Каталоги</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Каталог:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Имя файла:</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Папка с файлами</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Файлы</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Типы файлов:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Найти каталог</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Список</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Места и закладки</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Перейти к:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Мой компьютер</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Новая папка</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Родительский каталог</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Недавние документы</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Сохранить как</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Ярлык</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Показать </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Боковая панель</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Неизвестный</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Имя «%1» не может быть использовано.&lt;/b&gt;&lt;p&gt;Попробуйте использовать имя меньшей длины и/или без символов пунктуации.</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Дата изменения</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Некорректное имя файла</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Мой компьютер</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;Cancel</source>
      <translation>От&amp;мена</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Закрыть без сохранения</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Укажите значение:</translation>
    </message>
  </context>
  <context>
    <name>QKeySequenceEdit</name>
    <message>
      <source>%1, ...</source>
      <translation>%1, ...</translation>
    </message>
    <message>
      <source>Press shortcut</source>
      <translation>Нажмите комбинацию клавиш</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>В&amp;ставить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить действие</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить действие</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;О Qt&lt;/h3&gt;&lt;p&gt;Данная программа использует Qt версии %1.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>О Qt</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Скрыть подробности...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Показать подробности...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Нет</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Прервать</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Отклонить</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Справка</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Пропустить</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Сбросить</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>По умолчанию</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Сохранить все</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Да для &amp;всех</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отменить</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>Вниз</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>К левой границе</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>На страницу вниз</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>На страницу влево</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>На страницу вправо</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>На страницу вверх</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>К правой границе</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Прокрутить вниз</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Прокрутить сюда</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Прокрутить влево</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Прокрутить вправо</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Прокрутить вверх</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Вверх</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Прокрутить влево</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Прокрутить вправо</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI Первая жёсткая изоляция</translation>
    </message>
    <message>
      <source>Insert Unicode control character</source>
      <translation>Вставить управляющий символ Unicode</translation>
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation>LRE Начало встраивания написания слева направо</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI Начало изоляции написания слева направо</translation>
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation>LRM Признак написания слева направо</translation>
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation>LRO Начало замены написания слева направо</translation>
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation>PDF Признак окончания написания с другим направлением</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI Восстановление изоляции направления</translation>
    </message>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation>LRE Начало встраивания написания справа налево</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI Начало изоляции написания справа налево</translation>
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation>RLM Признак написания справа налево</translation>
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation>RLO Начало замены написания справа налево</translation>
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation>ZWJ Объединяющий символ нулевой ширины</translation>
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation>ZWNJ Необъединяющий символ нулевой ширины</translation>
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation>ZWSP Пробел нулевой ширины</translation>
    </message>
  </context>
  <context>
    <name>QWhatsThisAction</name>
    <message>
      <source>What's This?</source>
      <translation>Что это?</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>В&amp;ставить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить действие</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить действие</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
  </context>
</TS>
