;Language: Azerbaijani, Latin script (1068)
;For the Docflow installer (NSIS ships no Azerbaijani translation); by the Docflow developers.

!insertmacro LANGFILE "Azerbaijani" "Azerbaijani" "Azərbaycan dili" "Azerbaycan dili"

!ifdef MUI_WELCOMEPAGE
  ${LangFileString} MUI_TEXT_WELCOME_INFO_TITLE "$(^NameDA) quraşdırma proqramına xoş gəlmisiniz"
  ${LangFileString} MUI_TEXT_WELCOME_INFO_TEXT "Bu proqram $(^NameDA) quraşdırılmasında sizə bələdçilik edəcək.$\r$\n$\r$\nQuraşdırmaya başlamazdan əvvəl digər proqramları bağlamaq tövsiyə olunur. Bu, kompüteri yenidən başlatmadan lazımi sistem fayllarını yeniləməyə imkan verir.$\r$\n$\r$\n$_CLICK"
!endif

!ifdef MUI_UNWELCOMEPAGE
  ${LangFileString} MUI_UNTEXT_WELCOME_INFO_TITLE "$(^NameDA) silmə proqramına xoş gəlmisiniz"
  ${LangFileString} MUI_UNTEXT_WELCOME_INFO_TEXT "Bu proqram $(^NameDA) silinməsində sizə bələdçilik edəcək.$\r$\n$\r$\nSilməyə başlamazdan əvvəl $(^NameDA) proqramının işləmədiyinə əmin olun.$\r$\n$\r$\n$_CLICK"
!endif

!ifdef MUI_LICENSEPAGE
  ${LangFileString} MUI_TEXT_LICENSE_TITLE "Lisenziya müqaviləsi"
  ${LangFileString} MUI_TEXT_LICENSE_SUBTITLE "$(^NameDA) quraşdırılmazdan əvvəl lisenziya şərtlərini oxuyun."
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM "Müqavilənin şərtlərini qəbul edirsinizsə, davam etmək üçün $\"Razıyam$\" düyməsini basın. $(^NameDA) quraşdırmaq üçün müqaviləni qəbul etməlisiniz."
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM_CHECKBOX "Müqavilənin şərtlərini qəbul edirsinizsə, aşağıdakı xananı işarələyin. $(^NameDA) quraşdırmaq üçün müqaviləni qəbul etməlisiniz. $_CLICK"
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM_RADIOBUTTONS "Müqavilənin şərtlərini qəbul edirsinizsə, aşağıda birinci seçimi seçin. $(^NameDA) quraşdırmaq üçün müqaviləni qəbul etməlisiniz. $_CLICK"
!endif

!ifdef MUI_UNLICENSEPAGE
  ${LangFileString} MUI_UNTEXT_LICENSE_TITLE "Lisenziya müqaviləsi"
  ${LangFileString} MUI_UNTEXT_LICENSE_SUBTITLE "$(^NameDA) silinməzdən əvvəl lisenziya şərtlərini oxuyun."
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM "Müqavilənin şərtlərini qəbul edirsinizsə, davam etmək üçün $\"Razıyam$\" düyməsini basın. $(^NameDA) silmək üçün müqaviləni qəbul etməlisiniz."
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM_CHECKBOX "Müqavilənin şərtlərini qəbul edirsinizsə, aşağıdakı xananı işarələyin. $(^NameDA) silmək üçün müqaviləni qəbul etməlisiniz. $_CLICK"
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM_RADIOBUTTONS "Müqavilənin şərtlərini qəbul edirsinizsə, aşağıda birinci seçimi seçin. $(^NameDA) silmək üçün müqaviləni qəbul etməlisiniz. $_CLICK"
!endif

!ifdef MUI_LICENSEPAGE | MUI_UNLICENSEPAGE
  ${LangFileString} MUI_INNERTEXT_LICENSE_TOP "Müqavilənin qalan hissəsini görmək üçün Page Down düyməsini basın."
!endif

!ifdef MUI_COMPONENTSPAGE
  ${LangFileString} MUI_TEXT_COMPONENTS_TITLE "Komponentləri seçin"
  ${LangFileString} MUI_TEXT_COMPONENTS_SUBTITLE "$(^NameDA) proqramının quraşdırmaq istədiyiniz imkanlarını seçin."
!endif

!ifdef MUI_UNCOMPONENTSPAGE
  ${LangFileString} MUI_UNTEXT_COMPONENTS_TITLE "Komponentləri seçin"
  ${LangFileString} MUI_UNTEXT_COMPONENTS_SUBTITLE "$(^NameDA) proqramının silmək istədiyiniz imkanlarını seçin."
!endif

!ifdef MUI_COMPONENTSPAGE | MUI_UNCOMPONENTSPAGE
  ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_TITLE "Təsvir"
  !ifndef NSIS_CONFIG_COMPONENTPAGE_ALTERNATIVE
    ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_INFO "Təsvirini görmək üçün siçanı komponentin üzərinə gətirin."
  !else
    ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_INFO "Təsvirini görmək üçün komponenti seçin."
  !endif
!endif

!ifdef MUI_DIRECTORYPAGE
  ${LangFileString} MUI_TEXT_DIRECTORY_TITLE "Quraşdırma yerini seçin"
  ${LangFileString} MUI_TEXT_DIRECTORY_SUBTITLE "$(^NameDA) proqramının quraşdırılacağı qovluğu seçin."
!endif

!ifdef MUI_UNDIRECTORYPAGE
  ${LangFileString} MUI_UNTEXT_DIRECTORY_TITLE "Silinəcək yeri seçin"
  ${LangFileString} MUI_UNTEXT_DIRECTORY_SUBTITLE "$(^NameDA) proqramının silinəcəyi qovluğu seçin."
!endif

!ifdef MUI_INSTFILESPAGE
  ${LangFileString} MUI_TEXT_INSTALLING_TITLE "Quraşdırılır"
  ${LangFileString} MUI_TEXT_INSTALLING_SUBTITLE "$(^NameDA) quraşdırılana qədər gözləyin."
  ${LangFileString} MUI_TEXT_FINISH_TITLE "Quraşdırma tamamlandı"
  ${LangFileString} MUI_TEXT_FINISH_SUBTITLE "Quraşdırma uğurla başa çatdı."
  ${LangFileString} MUI_TEXT_ABORT_TITLE "Quraşdırma dayandırıldı"
  ${LangFileString} MUI_TEXT_ABORT_SUBTITLE "Quraşdırma başa çatmadı."
!endif

!ifdef MUI_UNINSTFILESPAGE
  ${LangFileString} MUI_UNTEXT_UNINSTALLING_TITLE "Silinir"
  ${LangFileString} MUI_UNTEXT_UNINSTALLING_SUBTITLE "$(^NameDA) silinənə qədər gözləyin."
  ${LangFileString} MUI_UNTEXT_FINISH_TITLE "Silinmə tamamlandı"
  ${LangFileString} MUI_UNTEXT_FINISH_SUBTITLE "Silinmə uğurla başa çatdı."
  ${LangFileString} MUI_UNTEXT_ABORT_TITLE "Silinmə dayandırıldı"
  ${LangFileString} MUI_UNTEXT_ABORT_SUBTITLE "Silinmə başa çatmadı."
!endif

!ifdef MUI_FINISHPAGE
  ${LangFileString} MUI_TEXT_FINISH_INFO_TITLE "$(^NameDA) quraşdırılması başa çatır"
  ${LangFileString} MUI_TEXT_FINISH_INFO_TEXT "$(^NameDA) kompüterinizə quraşdırıldı.$\r$\n$\r$\nQuraşdırma proqramını bağlamaq üçün $\"Hazır$\" düyməsini basın."
  ${LangFileString} MUI_TEXT_FINISH_INFO_REBOOT "$(^NameDA) quraşdırılmasını tamamlamaq üçün kompüter yenidən başladılmalıdır. İndi yenidən başladılsın?"
!endif

!ifdef MUI_UNFINISHPAGE
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_TITLE "$(^NameDA) silinməsi başa çatır"
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_TEXT "$(^NameDA) kompüterinizdən silindi.$\r$\n$\r$\nProqramı bağlamaq üçün $\"Hazır$\" düyməsini basın."
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_REBOOT "$(^NameDA) silinməsini tamamlamaq üçün kompüter yenidən başladılmalıdır. İndi yenidən başladılsın?"
!endif

!ifdef MUI_FINISHPAGE | MUI_UNFINISHPAGE
  ${LangFileString} MUI_TEXT_FINISH_REBOOTNOW "İndi yenidən başlat"
  ${LangFileString} MUI_TEXT_FINISH_REBOOTLATER "Sonra özüm yenidən başladacağam"
  ${LangFileString} MUI_TEXT_FINISH_RUN "$(^NameDA) proqramını &başlat"
  ${LangFileString} MUI_TEXT_FINISH_SHOWREADME "&Oxu məni faylını göstər"
  ${LangFileString} MUI_BUTTONTEXT_FINISH "&Hazır"
!endif

!ifdef MUI_STARTMENUPAGE
  ${LangFileString} MUI_TEXT_STARTMENU_TITLE "Başlat menyusu qovluğunu seçin"
  ${LangFileString} MUI_TEXT_STARTMENU_SUBTITLE "$(^NameDA) qısayolları üçün Başlat menyusu qovluğunu seçin."
  ${LangFileString} MUI_INNERTEXT_STARTMENU_TOP "Proqramın qısayollarının yaradılacağı Başlat menyusu qovluğunu seçin. Yeni qovluq yaratmaq üçün ad da yaza bilərsiniz."
  ${LangFileString} MUI_INNERTEXT_STARTMENU_CHECKBOX "Qısayollar yaradılmasın"
!endif

!ifdef MUI_UNCONFIRMPAGE
  ${LangFileString} MUI_UNTEXT_CONFIRM_TITLE "$(^NameDA) proqramını sil"
  ${LangFileString} MUI_UNTEXT_CONFIRM_SUBTITLE "$(^NameDA) proqramını kompüterinizdən silin."
!endif

!ifdef MUI_ABORTWARNING
  ${LangFileString} MUI_TEXT_ABORTWARNING "$(^Name) quraşdırmasından çıxmaq istədiyinizə əminsiniz?"
!endif

!ifdef MUI_UNABORTWARNING
  ${LangFileString} MUI_UNTEXT_ABORTWARNING "$(^Name) silinməsindən çıxmaq istədiyinizə əminsiniz?"
!endif

!ifdef MULTIUSER_INSTALLMODEPAGE
  ${LangFileString} MULTIUSER_TEXT_INSTALLMODE_TITLE "İstifadəçiləri seçin"
  ${LangFileString} MULTIUSER_TEXT_INSTALLMODE_SUBTITLE "$(^NameDA) proqramını hansı istifadəçilər üçün quraşdırmaq istədiyinizi seçin."
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_TOP "$(^NameDA) proqramını yalnız özünüz üçün, yoxsa bu kompüterin bütün istifadəçiləri üçün quraşdırmaq istədiyinizi seçin. $(^ClickNext)"
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_ALLUSERS "Bu kompüterin bütün istifadəçiləri üçün quraşdır"
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_CURRENTUSER "Yalnız mənim üçün quraşdır"
!endif
