; Inno Setup script: peerdesk's Windows installer (written, not yet built or tried).
;
; Build the bundle on Windows first (the same spec as on Linux):
;     .venv\Scripts\pip install -e ".[package]"
;     .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\peerdesk.spec
; then compile this script with Inno Setup 6.3 or newer:
;     iscc /DAppVersion=0.1.0 packaging\windows\peerdesk.iss
; which writes dist\peerdesk-0.1.0-windows-x64-setup.exe.
;
; Installs for the current user only, without administrator rights (into
; %LOCALAPPDATA%\Programs\peerdesk), with a Start-menu entry and an uninstaller; whoever has
; administrator rights may choose "for all users" instead. The uninstaller removes the program
; only: the group's database in %LOCALAPPDATA%\peerdesk and its backups are never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "peerdesk"
#define AppExe "peerdesk.exe"

[Setup]
; Never change AppId: it is how Windows knows a newer installer upgrades this program.
AppId={{E6EBEA35-63F2-4516-8726-E630BD1A0EA7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The peerdesk contributors
AppComments=Sessions, registers, consent, facilitator rota and printed session packs for peer support groups, offline.
VersionInfoVersion={#AppVersion}
; Per-user by default, no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=peerdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running peerdesk holds the database open: ask to close it before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: peerdesk.exe (the window), peerdesk-cli.exe (the same program
; with a console, for the sub-commands: a windowed .exe has no standard output on Windows)
; and _internal\.
Source: "..\..\dist\peerdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships (a newer Qt, other libraries).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Peer support group sessions, registers, consent and packs"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
