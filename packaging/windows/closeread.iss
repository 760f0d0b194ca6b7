; Inno Setup 6 script: a Windows installer for the PyInstaller build of CloseRead.
;
; NOT BUILT OR TESTED: written and reviewed on Linux, where neither Windows nor Inno
; Setup is available. packaging/README.md lists the exact commands and what to check.
;
; Build the app first (dist\CloseRead\CloseRead.exe, see packaging/README.md), then:
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\closeread.iss
; which writes dist\CloseRead-VERSION-windows-x64-setup.exe.
;
; - Installs for the current user without administrator rights (into
;   %LOCALAPPDATA%\Programs\CloseRead); an administrator may choose "all users" in the
;   first dialog, or run the installer with /ALLUSERS.
; - Start menu entry, optional desktop icon, and .crpack lesson packs open in CloseRead.
; - Uninstalling leaves students' work alone (it is in %LOCALAPPDATA%\CloseRead, or in a
;   closeread-data folder of a portable copy).
; - The version is read from the built CloseRead.exe, whose version resource the
;   PyInstaller spec writes from pyproject.toml; /DAppVersion=X.Y.Z overrides it.

#define AppName "CloseRead"
#define AppExeName "CloseRead.exe"
#define BuildDir "..\..\dist\CloseRead"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + BuildDir + "\" + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version found in dist\CloseRead\CloseRead.exe: build the app with PyInstaller first."
#endif
#define PackExt ".crpack"
#define PackProgId "CloseRead.Pack"

[Setup]
; The AppId identifies CloseRead to Windows across versions: never change it.
AppId={{749DE0B4-9ECE-4C00-BDEE-A731C7B88BD2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The CloseRead developers
AppComments=Critical-reading exercises for the classroom, offline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default: no administrator rights needed on a school computer.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
; Close a running CloseRead before replacing its files (its work is already saved).
CloseApplications=yes
SetupIconFile=closeread.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=CloseRead-{#AppVersion}-windows-x64-setup
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: CloseRead.exe, closeread-cli.exe and _internal\.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An older version's _internal may hold files this one no longer has.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Critical-reading exercises"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; .crpack lesson packs (zip archives of a pack folder) open in CloseRead. HKA is
; HKCU\Software\Classes for a per-user install, HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\{#PackExt}"; ValueType: string; ValueName: ""; ValueData: "{#PackProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#PackExt}"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.closeread.pack+zip"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#PackExt}\OpenWithProgids"; ValueType: string; ValueName: "{#PackProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#PackProgId}"; ValueType: string; ValueName: ""; ValueData: "CloseRead lesson pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#PackProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\{#PackProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#PackExt}"; ValueData: ""; Flags: uninsdeletekeyifempty

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
