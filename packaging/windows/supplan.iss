; Inno Setup script: builds Supplan-Setup-<version>.exe from dist\Supplan (after make package).
;   iscc /DAppVersion=<version> packaging\windows\supplan.iss
; The version is pyproject.toml's (the only place it is written); release.yml passes it.
; The uninstaller removes the program; the data folder (%LOCALAPPDATA%\Supplan) with the
; client database and backups stays unless the user ticks the box to remove it too.
#ifndef AppVersion
  #error Give the version from pyproject.toml: iscc /DAppVersion=<version> supplan.iss
#endif

[Setup]
AppId={{6F1B2C4E-8E0B-4B7C-9D55-2A7B9C1F5E21}
AppName=Supplan
AppVersion={#AppVersion}
AppPublisher=Supplan
DefaultDirName={autopf}\Supplan
DefaultGroupName=Supplan
OutputDir=..\..\dist
OutputBaseFilename=Supplan-Setup-{#AppVersion}
SetupIconFile=..\supplan.ico
UninstallDisplayIcon={app}\Supplan.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\Supplan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Supplan"; Filename: "{app}\Supplan.exe"
Name: "{group}\{cm:UninstallProgram,Supplan}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Supplan"; Filename: "{app}\Supplan.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\Supplan.exe"; Description: "{cm:LaunchProgram,Supplan}"; Flags: nowait postinstall skipifsilent

[Code]
var
  RemoveData: Boolean;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    RemoveData := MsgBox('Also delete the Supplan data folder with all client files and backups?'
      + #13#10 + ExpandConstant('{localappdata}\Supplan') + #13#10#13#10
      + 'This cannot be undone. Choose No to keep the data.',
      mbConfirmation, MB_YESNO or MB_DEFAULTBUTTON2) = IDYES;
  if (CurUninstallStep = usPostUninstall) and RemoveData then
    DelTree(ExpandConstant('{localappdata}\Supplan'), True, True, True);
end;
