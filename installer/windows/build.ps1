# Build Docflow for Windows: the one-folder bundle (dist\Docflow) and the per-user installer.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-Python C:\Python311\python.exe]
#                                        [-OutDir dist] [-SkipInstaller]
#
# Needs: 64-bit Python 3.10+ (default: the "py -3" launcher), and for the installer NSIS 3
# (makensis.exe on PATH or in its default folder). Makes a private venv build\venv-bundle, installs
# Docflow with its [bundle] extra (PyInstaller) into it, builds installer\docflow.spec, checks
# that the bundled programs start, then compiles installer\windows\docflow.nsi.
# The CI workflow .github/workflows/windows.yml runs this and then the self-test and a real
# install/uninstall of the setup program.
param(
    [string]$Python = "",
    [string]$OutDir = "dist",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"

function Invoke-Native([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "build.ps1: $What failed (exit code $LASTEXITCODE)" }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Start = Get-Date
$Version = (Select-String -Path pyproject.toml -Pattern '^version\s*=\s*"([^"]+)"' | Select-Object -First 1).Matches[0].Groups[1].Value

$Venv = Join-Path $Root "build\venv-bundle"  # build\ is git-ignored
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) {
    if ($Python) { Invoke-Native "creating the venv" { & $Python -m venv $Venv } }
    else { Invoke-Native "creating the venv (py -3)" { & py -3 -m venv $Venv } }
}
Invoke-Native "pip upgrade" { & $Py -m pip install --quiet --upgrade pip }
Invoke-Native "pip install .[bundle]" { & $Py -m pip install --quiet ".[bundle]" }

New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$OutDir = (Resolve-Path $OutDir).Path
Invoke-Native "PyInstaller" {
    & $Py -m PyInstaller --noconfirm --log-level WARN --distpath $OutDir --workpath (Join-Path $OutDir ".pyinstaller-work") installer\docflow.spec
}
$Bundle = Join-Path $OutDir "Docflow"

# Smoke test (installer\smoke.py, the same as on Linux): --help, init, import, list, verify, the window offscreen.
Invoke-Native "smoke test (results in $OutDir\smoke.json)" { & $Py installer\smoke.py $Bundle (Join-Path $OutDir "smoke.json") }
Write-Host "smoke test passed: import, list, verify (pyHanko), window opened and closed"

$BundleMB = [math]::Round(((Get-ChildItem -Recurse -File $Bundle | Measure-Object -Property Length -Sum).Sum / 1MB), 1)
Write-Host "bundle: $Bundle  $BundleMB MB"

if (-not $SkipInstaller) {
    $Makensis = (Get-Command makensis.exe -ErrorAction SilentlyContinue).Source
    if (-not $Makensis) {
        $Makensis = @("${env:ProgramFiles(x86)}\NSIS\makensis.exe", "$env:ProgramFiles\NSIS\makensis.exe") |
            Where-Object { Test-Path $_ } | Select-Object -First 1
    }
    if (-not $Makensis) { throw "build.ps1: NSIS 3 (makensis.exe) not found; install it or pass -SkipInstaller" }
    $Setup = Join-Path $OutDir "Docflow-$Version-windows-x64-setup.exe"
    Invoke-Native "makensis" { & $Makensis /WX "/DAPP_VERSION=$Version" "/DBUNDLE_DIR=$Bundle" "/DOUT_FILE=$Setup" installer\windows\docflow.nsi }
    Write-Host "installer: $Setup"
}
Write-Host ("time: {0:N0} s" -f ((Get-Date) - $Start).TotalSeconds)
