; Recipe (not built on the Debian CI machine): a Windows installer with NSIS.
; 1. Build with MSVC and Qt 6 (vcpkg: yaml-cpp simdjson openssl qtkeychain):
;      cmake -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DFEDCONSOLE_TESTS=OFF && cmake --build build
;      cmake --install build --prefix stage
; 2. Collect Qt's DLLs and plugins next to the executables:
;      windeployqt --release --no-translations --svg stage\bin\fedconsole.exe
;    and copy the OpenSSL, yaml-cpp, simdjson and qtkeychain DLLs into stage\bin.
; 3. makensis installers\windows\fedconsole.nsi   → FedConsole-0.1.0-setup.exe
Unicode true
!define APPNAME "FedConsole"
!define VERSION "0.1.0"
Name "${APPNAME} ${VERSION}"
OutFile "FedConsole-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\${APPNAME}"
RequestExecutionLevel admin
Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "..\..\stage\*.*"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\bin\fedconsole.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "UninstallString" "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "DisplayVersion" "${VERSION}"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"
SectionEnd
