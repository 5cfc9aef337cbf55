"""The Windows installer script (installer/windows/docflow.nsi), compiled here with Debian's makensis.

No Windows here, so the installer is compiled against a stand-in bundle folder (a few small files
shaped like the real one) and judged by what makensis reports it will do -- every file it
installs, every shortcut, registry value and deletion -- and by the compiled .exe's manifest. The
CI workflow (.github/workflows/windows.yml) builds and compiles the real one on Windows.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "installer" / "windows"
LANG_DIR = Path("/usr/share/nsis/Contrib/Language files")

pytestmark = pytest.mark.skipif(shutil.which("makensis") is None,
                                reason="makensis (Debian package nsis, in scripts/apt-packages.txt) is not installed")

STAND_IN = ("docflow-app.exe", "docflow.exe", "_internal/python311.dll", "_internal/base_library.zip",
            "_internal/PySide6/Qt6Core.dll", "_internal/PySide6/plugins/platforms/qwindows.dll",
            "_internal/resources/translations/docflow_az.qm")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """(makensis log, installer path, stand-in files) for one compile with warnings as errors."""
    tmp = tmp_path_factory.mktemp("nsis")
    bundle = tmp / "Docflow"
    for rel in STAND_IN:
        (bundle / rel).parent.mkdir(parents=True, exist_ok=True)
        (bundle / rel).write_bytes(rel.encode() * 50)
    out = tmp / "Docflow-9.8.7-windows-x64-setup.exe"
    proc = subprocess.run(["makensis", "-WX", "-V4", "-DAPP_VERSION=9.8.7", f"-DBUNDLE_DIR={bundle}",
                           f"-DOUT_FILE={out}", "docflow.nsi"], cwd=WINDOWS, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    return proc.stdout, out, bundle


def _installed_files(log: str, bundle: Path) -> set[str]:
    """The bundle files makensis packed, relative to the bundle (its "File:" lines)."""
    files, here = set(), bundle
    for line in log.splitlines():
        m = re.match(r'File: Descending to: "(.*)"', line)
        if m:
            here = Path(m.group(1).rstrip("/"))
            continue
        if re.match(r'File: Returning to: "(.*)"', line):
            here = Path(re.match(r'File: Returning to: "(.*)"', line).group(1).rstrip("/"))
            continue
        m = re.match(r'File: "([^"]+)" \S+ bytes', line)
        if m and "$PLUGINSDIR" not in line and here.is_relative_to(bundle):
            files.add((here / m.group(1)).relative_to(bundle).as_posix())
    return files


def test_installer_builds_per_user_and_installs_exactly_the_bundle(compiled):
    log, out, bundle = compiled
    data = out.read_bytes()
    assert data[:2] == b"MZ" and out.stat().st_size > 50_000
    # Per-user: the manifest asks for no elevation; everything goes to the user's own places.
    assert b'level="asInvoker"' in data
    assert 'InstallDir: "$LOCALAPPDATA\\Programs\\Docflow"' in log
    assert _installed_files(log, bundle) == set(STAND_IN)
    registry = re.findall(r"^(?:WriteRegStr|WriteRegDWORD|DeleteRegKey|DeleteRegValue): (\S+?)\\", log, re.M)
    assert registry and set(registry) == {"HKCU"}  # nothing machine-wide


def test_installer_adds_start_menu_entries_and_open_with_for_pdfs(compiled):
    log = compiled[0]
    shortcuts = re.findall(r'^CreateShortcut: "([^"]+)"->"([^"]+)" ?(.*?) icon:', log, re.M)
    assert ("$SMPROGRAMS\\Docflow\\Docflow.lnk", "$INSTDIR\\docflow-app.exe", "") in shortcuts
    assert ("$SMPROGRAMS\\Docflow\\$(SelfTestName).lnk", "$INSTDIR\\docflow-app.exe", "--self-test --show") in shortcuts
    assert any(target == "$INSTDIR\\uninstall.exe" for _, target, _ in shortcuts)
    for line in ('WriteRegStr: HKCU\\Software\\Classes\\.pdf\\OpenWithProgids\\Docflow.PDF=',
                 'WriteRegStr: HKCU\\Software\\Classes\\Docflow.PDF\\shell\\open\\command\\="$INSTDIR\\docflow-app.exe" "%1"',
                 'WriteRegStr: HKCU\\Software\\Classes\\Applications\\docflow-app.exe\\SupportedTypes\\.pdf='):
        assert line in log.splitlines(), line
    # The default PDF program is not taken over.
    assert not re.search(r"WriteRegStr: HKCU\\Software\\Classes\\\.pdf\\=", log)


def test_uninstaller_removes_the_program_and_keeps_the_documents(compiled):
    log = compiled[0]
    uninstall = log[log.index('Section: "Uninstall"'):]
    removed = re.findall(r'^(?:Delete|RMDir): (?:/r )?"([^"]+)"', uninstall, re.M)
    assert removed
    for target in removed:
        assert target.startswith(("$INSTDIR", "$SMPROGRAMS\\Docflow")), target
    # The profiles (%LOCALAPPDATA%\Docflow) are outside the program folder and never named.
    assert not any("$LOCALAPPDATA" in t for t in removed)
    for key in ("DeleteRegKey: HKCU\\Software\\Classes\\Docflow.PDF",
                "DeleteRegValue: HKCU\\Software\\Classes\\.pdf\\OpenWithProgids\\Docflow.PDF",
                "DeleteRegKey: HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Docflow"):
        assert key in uninstall, key


def test_installer_speaks_azerbaijani_from_our_own_language_files(compiled):
    log = compiled[0]
    assert re.search(r'LangString: "SelfTestName" 1068 "Docflow özünüyoxlama"', log)
    ours = WINDOWS / "nsis"
    # Our files carry every string of NSIS's English ones (same .nlf entries, same MUI strings).
    def nlf_keys(path: Path) -> list[str]:
        return [ln.strip() for ln in path.read_text(encoding="utf-8-sig").splitlines() if ln.startswith("# ^")]

    def mui_keys(path: Path) -> set[str]:
        return set(re.findall(r"\$\{LangFileString\} (\w+)", path.read_text(encoding="utf-8-sig")))

    assert nlf_keys(ours / "Azerbaijani.nlf") == nlf_keys(LANG_DIR / "English.nlf")
    assert mui_keys(ours / "Azerbaijani.nsh") == mui_keys(LANG_DIR / "English.nsh")
    assert "1068" in (ours / "Azerbaijani.nlf").read_text(encoding="utf-8-sig").split("# Language ID")[1][:10]
