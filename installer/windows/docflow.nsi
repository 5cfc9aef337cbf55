; Docflow per-user installer for Windows (NSIS 3, Unicode). No administrator rights needed.
;
; Installs the one-folder bundle (dist\Docflow, made by installer\docflow.spec) into
; %LOCALAPPDATA%\Programs\Docflow, adds Start-menu entries (Docflow, Docflow self-test,
; Uninstall), offers Docflow in Explorer's "Open with" for PDF files (without taking over the
; default PDF program), and registers an uninstaller in "Apps & features". The uninstaller
; removes exactly that; each user's documents and settings (%LOCALAPPDATA%\Docflow) stay.
;
; Normally run by installer\windows\build.ps1 or the CI workflow; by hand, from this folder:
;
;   makensis /DAPP_VERSION=0.1.0 /DBUNDLE_DIR=C:\path\to\dist\Docflow /DOUT_FILE=C:\out\setup.exe docflow.nsi
;
; Installer languages: Azerbaijani (our own translation, nsis\Azerbaijani.nlf/.nsh -- NSIS has
; none), Russian and English; Windows' display language picks one.

Unicode true
!include "MUI2.nsh"

!ifndef APP_VERSION
  !define APP_VERSION "0.1.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\Docflow"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "..\..\dist\Docflow-${APP_VERSION}-windows-x64-setup.exe"
!endif
!define APP_NAME "Docflow"
!define APP_EXE "docflow-app.exe"
!define REG_APP "Software\Docflow"
!define REG_UNINSTALL "Software\Microsoft\Windows\CurrentVersion\Uninstall\Docflow"
!define PROGID "Docflow.PDF"

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${REG_APP}" "InstallDir"
SetCompressor /SOLID lzma
SetCompressorDictSize 64
ManifestDPIAware true
ShowInstDetails show
ShowUninstDetails show
VIProductVersion "${APP_VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${APP_VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "Docflow developers, MIT licence"

!define MUI_ICON "..\icons\docflow.ico"
!define MUI_UNICON "..\icons\docflow.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}\nsis" "Azerbaijani"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"

LangString SelfTestName ${LANG_AZERBAIJANI} "Docflow özünüyoxlama"
LangString SelfTestName ${LANG_RUSSIAN} "Самопроверка Docflow"
LangString SelfTestName ${LANG_ENGLISH} "Docflow self-test"
LangString UninstallName ${LANG_AZERBAIJANI} "Docflow-u silmək"
LangString UninstallName ${LANG_RUSSIAN} "Удалить Docflow"
LangString UninstallName ${LANG_ENGLISH} "Uninstall Docflow"
LangString PdfTypeName ${LANG_AZERBAIJANI} "PDF sənədi (Docflow)"
LangString PdfTypeName ${LANG_RUSSIAN} "Документ PDF (Docflow)"
LangString PdfTypeName ${LANG_ENGLISH} "PDF document (Docflow)"
LangString KeptData ${LANG_AZERBAIJANI} "Sənədləriniz və ayarlarınız saxlanılır: $LOCALAPPDATA\Docflow"
LangString KeptData ${LANG_RUSSIAN} "Ваши документы и настройки сохранены: $LOCALAPPDATA\Docflow"
LangString KeptData ${LANG_ENGLISH} "Your documents and settings are kept: $LOCALAPPDATA\Docflow"

Section "Docflow" SecMain
  SectionIn RO
  SetShellVarContext current
  ; A newer bundle must not run with libraries left over from the older one.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start menu (this user's).
  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\$(SelfTestName).lnk" "$INSTDIR\${APP_EXE}" "--self-test --show" "$INSTDIR\${APP_EXE}" 0
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\$(UninstallName).lnk" "$INSTDIR\uninstall.exe"

  ; "Open with Docflow" for PDF files, for this user; the default PDF program is left alone.
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(PdfTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\.pdf\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".pdf" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED

  ; "Apps & features".
  WriteRegStr HKCU "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "Publisher" "Docflow"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${REG_UNINSTALL}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${REG_UNINSTALL}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${REG_UNINSTALL}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "NoModify" 1
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only the program folder goes; the profiles live in $LOCALAPPDATA\Docflow, outside it.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\docflow-app.exe"
  Delete "$INSTDIR\docflow.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"  ; our own folder; its shortcut names depend on the language
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.pdf\OpenWithProgids" "${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${APP_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${REG_UNINSTALL}"
  DeleteRegKey HKCU "${REG_APP}"
  DetailPrint "$(KeptData)"
SectionEnd
