; Docflow per-user installer for Windows (Inno Setup 6.3 or newer).
;
; Installs the one-folder bundle (dist\Docflow, made by installer\docflow.spec) into
; %LOCALAPPDATA%\Programs\Docflow without administrator rights, with a Start-menu shortcut and
; an uninstaller. Normally run by installer\windows\build.ps1; by hand, from the repository root:
;
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=C:\path\to\dist\Docflow /Odist installer\windows\docflow.iss
;
; Installer languages: English and Russian ship with Inno Setup. Inno Setup has no official
; Azerbaijani translation; if a translation file is placed in the compiler's folder as
; Languages\Azerbaijani.isl it is used, otherwise Azerbaijani systems get the English installer.
; (The program itself is in Azerbaijani, Russian and English either way.)

#define AppName "Docflow"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\Docflow"
#endif

[Setup]
AppId={{217729B3-B483-4A9D-86CB-012EA2087B1E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\docflow.ico
UninstallDisplayIcon={app}\docflow-app.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Azerbaijani.isl")
Name: "az"; MessagesFile: "compiler:Languages\Azerbaijani.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A newer bundle must not run with files left over from the older one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\docflow-app.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\docflow-app.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\docflow-app.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
