# Build Docflow for Windows: the one-folder bundle (dist\Docflow) and the per-user installer.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-Python C:\Python311\python.exe]
#                                        [-OutDir dist] [-SkipInstaller]
#
# Needs: 64-bit Python 3.10+ (default: the "py -3" launcher), and for the installer Inno Setup 6.3+
# (ISCC.exe on PATH or in its default folder). Makes a private venv build\venv-bundle, installs
# Docflow with its [bundle] extra (PyInstaller) into it, builds installer\docflow.spec, checks
# that the bundled programs start, then compiles installer\windows\docflow.iss.
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

# Smoke test: the command line initialises a profile, imports a PDF and lists it; the window opens and closes.
$Smoke = Join-Path ([System.IO.Path]::GetTempPath()) ("docflow-smoke-" + [guid]::NewGuid())
$SmokeProfile = Join-Path $Smoke "profile"
Invoke-Native "making the smoke-test PDFs" { & $Py installer\smoke_files.py $Smoke }
Invoke-Native "docflow --help" { & "$Bundle\docflow.exe" --help | Out-Null }
Invoke-Native "docflow init" { & "$Bundle\docflow.exe" --profile $SmokeProfile init | Out-Null }
$Imported = & "$Bundle\docflow.exe" --profile $SmokeProfile --json import (Join-Path $Smoke "letter.pdf")
if ($LASTEXITCODE -ne 0) { throw "build.ps1: docflow import failed" }
$DocId = (($Imported | Out-String) | ConvertFrom-Json).imported[0].id
$Listed = & "$Bundle\docflow.exe" --profile $SmokeProfile --json list
if ($LASTEXITCODE -ne 0) { throw "build.ps1: docflow list failed" }
$Ids = @((($Listed | Out-String) | ConvertFrom-Json).rows | ForEach-Object { $_.id })
if ($Ids.Count -ne 1 -or $Ids[0] -ne $DocId) { throw "build.ps1: docflow list shows [$Ids], expected [$DocId]" }
# docflow-app is a windowed program: wait for it explicitly.
$Gui = Start-Process -FilePath "$Bundle\docflow-app.exe" -ArgumentList @("--profile", "`"$SmokeProfile`"", "--quit-after", "3") -Wait -PassThru
if ($Gui.ExitCode -ne 0) { throw "build.ps1: docflow-app exited with $($Gui.ExitCode)" }
Remove-Item -Recurse -Force $Smoke
Write-Host "smoke test passed: import, list, window opened and closed"

$BundleMB = [math]::Round(((Get-ChildItem -Recurse -File $Bundle | Measure-Object -Property Length -Sum).Sum / 1MB), 1)
Write-Host "bundle: $Bundle  $BundleMB MB"

if (-not $SkipInstaller) {
    $Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
    if (-not $Iscc) {
        $Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                  "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
    }
    if (-not $Iscc) { throw "build.ps1: Inno Setup 6 (ISCC.exe) not found; install it or pass -SkipInstaller" }
    Invoke-Native "Inno Setup" { & $Iscc "/DAppVersion=$Version" "/DBundleDir=$Bundle" "/O$OutDir" installer\windows\docflow.iss }
    Write-Host "installer: $(Join-Path $OutDir "Docflow-$Version-windows-x64-setup.exe")"
}
Write-Host ("time: {0:N0} s" -f ((Get-Date) - $Start).TotalSeconds)
