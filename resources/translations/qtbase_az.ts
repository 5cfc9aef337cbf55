<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
  <context>
    <name>CloseButton</name>
    <message>
      <source>Close Tab</source>
      <translation>Vərəqi bağla</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>%1 File</source>
      <translation>%1 faylı</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Qısayol</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fayl</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Fayl qovluğu</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Qovluq</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Qısayol</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Naməlum</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Hamısını seç</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Artır</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>A&amp;zalt</translation>
    </message>
  </context>
  <context>
    <name>QAccessibleActionInterface</name>
    <message>
      <source>Decrease</source>
      <translation>Azalt</translation>
    </message>
    <message>
      <source>Decrease the value</source>
      <translation>Dəyəri azaldır</translation>
    </message>
    <message>
      <source>Goes back a page</source>
      <translation>Əvvəlki səhifəyə keçir</translation>
    </message>
    <message>
      <source>Goes to the next page</source>
      <translation>Növbəti səhifəyə keçir</translation>
    </message>
    <message>
      <source>Increase</source>
      <translation>Artır</translation>
    </message>
    <message>
      <source>Increase the value</source>
      <translation>Dəyəri artırır</translation>
    </message>
    <message>
      <source>Next Page</source>
      <translation>Növbəti səhifə</translation>
    </message>
    <message>
      <source>Press</source>
      <translation>Bas</translation>
    </message>
    <message>
      <source>Previous Page</source>
      <translation>Əvvəlki səhifə</translation>
    </message>
    <message>
      <source>Scroll Down</source>
      <translation>Aşağı sürüşdür</translation>
    </message>
    <message>
      <source>Scroll Left</source>
      <translation>Sola sürüşdür</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Sağa sürüşdür</translation>
    </message>
    <message>
      <source>Scroll Up</source>
      <translation>Yuxarı sürüşdür</translation>
    </message>
    <message>
      <source>Scrolls down</source>
      <translation>Aşağı sürüşdürür</translation>
    </message>
    <message>
      <source>Scrolls to the left</source>
      <translation>Sola sürüşdürür</translation>
    </message>
    <message>
      <source>Scrolls to the right</source>
      <translation>Sağa sürüşdürür</translation>
    </message>
    <message>
      <source>Scrolls up</source>
      <translation>Yuxarı sürüşdürür</translation>
    </message>
    <message>
      <source>SetFocus</source>
      <translation>Fokusla</translation>
    </message>
    <message>
      <source>Sets the focus</source>
      <translation>Fokusu bura gətirir</translation>
    </message>
    <message>
      <source>ShowMenu</source>
      <translation>Menyunu göstər</translation>
    </message>
    <message>
      <source>Shows the menu</source>
      <translation>Menyunu göstərir</translation>
    </message>
    <message>
      <source>Toggle</source>
      <translation>Dəyiş</translation>
    </message>
    <message>
      <source>Toggles the state</source>
      <translation>Vəziyyəti dəyişir</translation>
    </message>
    <message>
      <source>Triggers the action</source>
      <translation>Əməliyyatı icra edir</translation>
    </message>
  </context>
  <context>
    <name>QComboBox</name>
    <message>
      <source>False</source>
      <translation>Xeyr</translation>
    </message>
    <message>
      <source>Open the combo box selection popup</source>
      <translation>Seçim siyahısını aç</translation>
    </message>
    <message>
      <source>True</source>
      <translation>Bəli</translation>
    </message>
  </context>
  <context>
    <name>QDBusTrayIcon</name>
    <message>
      <source>OK</source>
      <translation>Oldu</translation>
    </message>
  </context>
  <context>
    <name>QDialog</name>
    <message>
      <source>What's This?</source>
      <translation>Bu nədir?</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>Oldu</translation>
    </message>
  </context>
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <source>Closes the dock widget</source>
      <translation>Paneli bağlayır</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>Ayır</translation>
    </message>
    <message>
      <source>Undocks and re-attaches the dock widget</source>
      <translation>Paneli pəncərədən ayırır və geri qaytarır</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;Bağla</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>Bu mesajı &amp;yenə göstər</translation>
    </message>
    <message>
      <source>Critical Error:</source>
      <translation>Ciddi xəta:</translation>
    </message>
    <message>
      <source>Debug Message:</source>
      <translation>Sazlama mesajı:</translation>
    </message>
    <message>
      <source>Fatal Error:</source>
      <translation>Düzəldilməz xəta:</translation>
    </message>
    <message>
      <source>Information:</source>
      <translation>Məlumat:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Xəbərdarlıq:</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Qovluq tapılmadı.
Qovluğun adının düzgün yazıldığını yoxlayın.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Fayl tapılmadı.
Faylın adının düzgün yazıldığını yoxlayın.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 faylı</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 artıq var.
Onu əvəz etmək istəyirsiniz?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Seç</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Sil</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Harada:</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Yeni qovluq</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Aç</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Adını dəyiş</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Saxla</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» yazılmaqdan qorunur.
Yenə də silmək istəyirsiniz?</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Qısayol</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Bütün fayllar (*)</translation>
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
      <translation>«%1» silinsin?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Geri</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Ətraflı görünüşə keç</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Siyahı görünüşünə keç</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Qovluğu silmək mümkün olmadı.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Ətraflı görünüş</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Qovluqlar</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Qovluq:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fayl</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Faylın &amp;adı:</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Fayl qovluğu</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Fayllar</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Faylın &amp;növü:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Faylın növü:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Qovluğu tap</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Qovluq</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>İrəli</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Geri qayıt</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>İrəli get</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Yuxarı qovluğa keç</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Siyahı görünüşü</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Yerlər və əlfəcinlər</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Harada:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompüterim</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Yeni qovluq</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Yuxarı qovluq</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Son yerlər</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Fərqli saxla</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Qısayol</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Göstər </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;Gizli faylları göstər</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Yan panel</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Naməlum</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;«%1» adından istifadə etmək olmaz.&lt;/b&gt;&lt;p&gt;Daha qısa və ya durğu işarələri olmayan başqa ad yazın.</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Kompüter</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Dəyişmə tarixi</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Yanlış fayl adı</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompüterim</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ölçü</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Növ</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;İmtina</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Bağla</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;Oldu</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Saxla</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Saxlamadan bağla</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Dəyəri yazın:</translation>
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
      <translation>Düymələr birləşməsini basın</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Köçür</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Qt haqqında&lt;/h3&gt;&lt;p&gt;Bu proqram Qt-nin %1 versiyasından istifadə edir.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt haqqında</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Təfərrüatı gizlət...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Təfərrüatı göstər...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Xeyr</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Bəli</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Dayandır</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Tətbiq et</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>İmtina</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Kömək</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Nəzərə alma</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Hamısına x&amp;eyr</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Oldu</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Sıfırla</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Standart dəyərlər</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Yenidən cəhd et</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Saxla</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Hamısını saxla</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Hamısına &amp;bəli</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>İmtina</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>Ən aşağı</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Sol kənar</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Səhifə aşağı</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Səhifə sola</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Səhifə sağa</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Səhifə yuxarı</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Sağ kənar</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Aşağı sürüşdür</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Bura sürüşdür</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Sola sürüşdür</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Sağa sürüşdür</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Yuxarı sürüşdür</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Ən yuxarı</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Sola sürüşdür</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Sağa sürüşdür</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI Birinci güclü izolyasiya</translation>
    </message>
    <message>
      <source>Insert Unicode control character</source>
      <translation>Unicode idarəetmə simvolu əlavə et</translation>
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation>LRE Soldan sağa daxiletmənin başlanğıcı</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI Soldan sağa izolyasiya</translation>
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation>LRM Soldan sağa nişanı</translation>
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation>LRO Soldan sağa məcburi yazının başlanğıcı</translation>
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation>PDF İstiqamət formatının sonu</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI İstiqamət izolyasiyasının sonu</translation>
    </message>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation>RLE Sağdan sola daxiletmənin başlanğıcı</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI Sağdan sola izolyasiya</translation>
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation>RLM Sağdan sola nişanı</translation>
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation>RLO Sağdan sola məcburi yazının başlanğıcı</translation>
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation>ZWJ Sıfır enli birləşdirici</translation>
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation>ZWNJ Sıfır enli ayırıcı</translation>
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation>ZWSP Sıfır enli boşluq</translation>
    </message>
  </context>
  <context>
    <name>QWhatsThisAction</name>
    <message>
      <source>What's This?</source>
      <translation>Bu nədir?</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Köçür</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>&amp;Keçid ünvanını köçür</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
  </context>
</TS>
