"""The Linux bundle: built by installer/linux/build.sh from installer/docflow.spec, then run for real.

The slow tests share one build (tests/installer/conftest.py: build.sh, which also smoke-tests the
bundle and packs the tarball, the .deb and the AppImage) and drive the bundled programs
themselves: every library still resolves after the pruning; the CLI imports, lists and searches
a PDF; the window opens offscreen (and imports a file named on its command line); the self-test
passes with a real keyring and names the missing one without it; the tarball's install.sh
installs into a temporary HOME and uninstalls again. The fast tests check what the spec is fed
(data files, excludes, pruning lists) without building.
"""
from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests import helpers
from tests.installer.conftest import clean_env, project_version, run

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
VERSION_TAR = "Docflow-{version}-linux-{arch}.tar.gz"


def _bundle_data():
    spec = importlib.util.spec_from_file_location("bundle_data", INSTALLER / "bundle_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- fast: what the spec is fed

def test_spec_datas_cover_every_translation_and_the_migrations():
    from desktop_app import i18n
    from desktop_app.db import engine

    datas = dict(_bundle_data().project_datas(ROOT))
    translations = sorted(i18n._TRANSLATIONS_DIR.glob("docflow_*.*"))
    assert {p.suffix for p in translations} >= {".qm", ".ts"}
    # The core reads the .ts files, the UI the .qm files; both from resources/translations.
    for path in translations:
        if path.suffix in (".qm", ".ts"):
            assert datas.get(str(path)) == "resources/translations", path
    migrations = [p for p in engine.MIGRATIONS_DIR.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix in (".py", ".mako")]
    assert any(p.name == "env.py" for p in migrations)
    assert len([p for p in migrations if p.parent.name == "versions" and p.name[0].isdigit()]) >= 1
    for path in migrations:
        assert datas.get(str(path)) == str(path.parent.relative_to(ROOT)), path
    # Every destination is where the frozen code looks: relative to the module, as from source.
    assert engine.MIGRATIONS_DIR.relative_to(ROOT).as_posix() == "desktop_app/db/migrations"
    assert i18n._TRANSLATIONS_DIR.relative_to(ROOT).as_posix() == "resources/translations"
    spec_text = (INSTALLER / "docflow.spec").read_text()
    assert "bundle_data.project_datas(ROOT)" in spec_text


def test_spec_excludes_nothing_the_client_imports():
    excluded = set(_bundle_data().EXCLUDES)
    imported: set[str] = set()
    for pkg in ("desktop_app", "ui", "docflow_protocol"):
        for path in (ROOT / pkg).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    imported.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    imported.add(node.module)
    clash = {name for name in imported if name in excluded or name.split(".")[0] in excluded}
    assert not clash, f"the bundle excludes modules the client imports: {sorted(clash)}"
    assert "circulation_server" in excluded and "fastapi" in excluded and "pytest" in excluded


def test_linux_binary_pruning_keeps_qt_core_parts():
    bd = _bundle_data()
    assert not bd.keep_binary("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "linux")
    assert not bd.keep_binary("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux")
    assert not bd.keep_binary("PySide6/Qt/plugins/tls/libqopensslbackend.so", "linux")
    assert not bd.keep_binary("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "linux")
    assert not bd.keep_binary("libgtk-3.so.0", "linux")
    assert not bd.keep_binary("libglib-2.0.so.0", "linux")  # the desktop's own copy is used
    for needed in ("PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "libssl.so.3",
                   "PySide6/Qt/lib/libQt6Network.so.6",  # QtPdf links it
                   "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                   "PySide6/Qt/plugins/platforms/libqwayland.so",
                   "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so"):
        assert bd.keep_binary(needed, "linux"), needed
    assert bd.keep_binary("libgtk-3.so.0", "win32")  # the Linux lists do not apply on Windows
    assert bd.keep_data("PySide6/Qt/translations/qtbase_ru.qm", "linux")
    assert not bd.keep_data("PySide6/Qt/translations/qtbase_de.qm", "linux")
    assert bd.keep_data("resources/translations/docflow_az.qm", "linux")


def test_windows_pruning_keeps_the_windows_platform_and_drops_software_opengl():
    bd = _bundle_data()
    for kept in ("PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms/qoffscreen.dll",
                 "PySide6/plugins/styles/qmodernwindowsstyle.dll", "PySide6/plugins/imageformats/qjpeg.dll",
                 "PySide6/Qt6Core.dll", "PySide6/Qt6Pdf.dll"):
        assert bd.keep_binary(kept, "win32"), kept
    for dropped in ("PySide6/opengl32sw.dll", "PySide6/plugins/platforms/qdirect2d.dll",
                    "PySide6/plugins/tls/qschannelbackend.dll", "PySide6/plugins/imageformats/qwebp.dll",
                    "PySide6/plugins/generic/qtuiotouchplugin.dll"):
        assert not bd.keep_binary(dropped, "win32"), dropped
    assert bd.keep_data("PySide6/translations/qtbase_az.qm", "win32")
    assert not bd.keep_data("PySide6/translations/qtbase_ja.qm", "win32")


def test_icu_filter_keeps_the_three_languages_and_what_qt_needs():
    spec = importlib.util.spec_from_file_location("icu_data", INSTALLER / "icu_data.py")
    icu = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icu)
    for kept in ("coll/az.res", "coll/ru.res", "coll/root.res", "coll/ucadata.icu", "az_Latn_AZ.res", "ru_RU.res",
                 "en_US_POSIX.res", "root.res", "pool.res", "res_index.res", "curr/res_index.res", "zoneinfo64.res",
                 "metaZones.res", "brkitr/word.brk", "brkitr/root.res", "nfkc.nrm", "uts46.nrm", "cnvalias.icu",
                 "ibm-5347_P100-1998.cnv", "supplementalData.res", "likelySubtags.res"):
        assert icu.keep_item(kept), kept
    for dropped in ("coll/de.res", "coll/de_.res", "zh_Hant_TW.res", "curr/fr.res", "brkitr/cjdict.dict",
                    "translit/root.res", "unames.icu", "gb18030.cnv", "ibm-1390_P110-2003.cnv"):
        assert not icu.keep_item(dropped), dropped


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils, in scripts/apt-packages.txt) is not installed")
def test_desktop_entry_is_valid():
    out = subprocess.run(["desktop-file-validate", str(INSTALLER / "linux" / "docflow.desktop")],
                         capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


# ---------------------------------------------------------------- slow: build and run the bundle

@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_build_script_builds_smoke_tests_and_packs(bundle_ok):
    out = bundle_ok
    smoke = json.loads((out / "smoke.json").read_text())
    assert smoke["imported_id"] and smoke["listed_ids"] == [smoke["imported_id"]]
    assert (smoke["verify_rc"], smoke["verify_verdict"], smoke["verify_intact"]) == (3, "indeterminate", [True])
    assert smoke["gui_rc"] == 0
    bundle = out / "Docflow"
    internal = bundle / "_internal"
    # One executable; the command line is a link to it (launch.py picks the program by name).
    assert os.access(bundle / "docflow-app", os.X_OK) and (bundle / "docflow").is_symlink()
    assert os.readlink(bundle / "docflow") == "docflow-app"
    for name in ("docflow_az.qm", "docflow_ru.qm", "docflow_en.qm", "docflow_az.ts"):
        assert (internal / "resources" / "translations" / name).is_file(), name
    assert (internal / "resources" / "selftest" / "letter.png").is_file()
    assert (internal / "desktop_app" / "db" / "migrations" / "env.py").is_file()
    # What the client does not need stayed out.
    for absent in ("circulation_server", "fastapi", "uvicorn", "pytest", "certomancer", "tests", "pygments"):
        assert not (internal / absent).exists(), absent
    bd = _bundle_data()
    plugins = {p.relative_to(internal / bd.QT_PLUGINS_DIR).as_posix()
               for p in (internal / bd.QT_PLUGINS_DIR).rglob("*.so")}
    assert plugins == set(bd.LINUX_QT_PLUGINS)
    qt_translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert "qtbase_ru.qm" in qt_translations and qt_translations <= bd.QT_TRANSLATIONS_KEPT
    assert (internal / "PySide6" / "Qt" / "lib" / "libicudata.so.73").stat().st_size < 8_000_000
    assert not [p for p in internal.glob("*.so*") if p.name in bd.LINUX_DROP_BINARIES]
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]  # no dangling links


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_every_bundled_library_finds_what_it_links(bundle_ok):
    """After the pruning, every ELF file in the bundle still resolves all its libraries (ldd), from
    the bundle or -- for the ones left to the desktop -- from the system."""
    internal = bundle_ok / "Docflow" / "_internal"
    broken = {}
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                             env=dict(os.environ, LD_LIBRARY_PATH=str(internal))).stdout
        missing = [ln.split()[0] for ln in out.splitlines() if "not found" in ln]
        if missing:
            broken[str(path.relative_to(internal))] = missing
    assert not broken


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_bundled_programs_import_list_search_and_open_the_window(bundle_ok, tmp_path):
    bundle, env = bundle_ok / "Docflow", clean_env(tmp_path)
    profile = tmp_path / "profile"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(helpers.make_pdf("Quarterly report from Shaki"))

    imported = run([bundle / "docflow", "--profile", profile, "--json", "import", pdf], env)
    assert imported.returncode == 0, imported.stderr
    doc_id = json.loads(imported.stdout)["imported"][0]["id"]
    listed = run([bundle / "docflow", "--profile", profile, "--json", "list"], env)
    assert listed.returncode == 0, listed.stderr
    assert [r["id"] for r in json.loads(listed.stdout)["rows"]] == [doc_id]
    found = run([bundle / "docflow", "--profile", profile, "--json", "search", "Shaki"], env)
    assert found.returncode == 0, found.stderr
    assert [hit["row"]["id"] for hit in json.loads(found.stdout)] == [doc_id]
    # Bad input gets a sentence and a non-zero status from the frozen program too.
    missing = run([bundle / "docflow", "--profile", profile, "import", tmp_path / "nope.pdf"], env)
    assert missing.returncode != 0 and "nope.pdf" in missing.stderr and "Traceback" not in missing.stderr

    # "Open with Docflow": a file named on the command line becomes a document.
    letter = tmp_path / "opened.pdf"
    letter.write_bytes(helpers.make_pdf("Opened from the file manager"))
    gui = run([bundle / "docflow-app", "--profile", profile, "--lang", "az", "--quit-after", "10", letter],
              dict(env, QT_QPA_PLATFORM="offscreen"))
    assert gui.returncode == 0, gui.stderr[-3000:]
    assert "Traceback" not in gui.stderr
    listed = run([bundle / "docflow", "--profile", profile, "--json", "list"], env)
    assert len(json.loads(listed.stdout)["rows"]) == 2
    # Without a screen (and no QT_QPA_PLATFORM) the GUI says so and exits 2 instead of crashing.
    headless = {k: v for k, v in env.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    no_screen = run([bundle / "docflow-app", "--profile", profile], headless)
    assert no_screen.returncode == 2 and "no display" in no_screen.stderr


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_bundled_self_test_passes_with_a_keyring_and_names_the_missing_one(bundle_ok, tmp_path, keyring_env):
    bundle = bundle_ok / "Docflow"
    env = clean_env(tmp_path, **keyring_env)
    cli = run([bundle / "docflow", "self-test", "--json"], env)
    report = json.loads(cli.stdout)
    assert cli.returncode == 0, json.dumps(report, indent=1, ensure_ascii=False)
    assert {c["key"]: c["status"] for c in report["checks"]} == {
        "profile": "ok", "import": "ok", "tesseract": "ok", "ocr": "ok", "signature": "ok", "keyring": "ok",
        "scanners": "ok"}
    # The window's self-test adds Qt drawing the sample page; with no screen it runs offscreen.
    headless = {k: v for k, v in env.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    app = run([bundle / "docflow-app", "--self-test", "--lang", "ru", "--report", tmp_path / "report.txt"], headless)
    assert app.returncode == 0, app.stdout + app.stderr
    text = (tmp_path / "report.txt").read_text()
    assert "Qt 6" in text and "offscreen" in text
    # No keyring reachable: exit 1, the keyring line says what to do, the rest still passes.
    no_keyring = clean_env(tmp_path, DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path}/no-bus")
    failed = run([bundle / "docflow", "self-test", "--json"], no_keyring)
    assert failed.returncode == 1
    statuses = {c["key"]: c for c in json.loads(failed.stdout)["checks"]}
    assert statuses["keyring"]["status"] == "failed" and "gnome-keyring" in statuses["keyring"]["detail"]
    assert [k for k, c in statuses.items() if c["status"] == "failed"] == ["keyring"]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_tarball_install_sh_installs_into_home_and_uninstalls(bundle_ok, tmp_path):
    import platform

    tarball = bundle_ok / VERSION_TAR.format(version=project_version(), arch=platform.machine())
    assert tarball.is_file()
    with tarfile.open(tarball) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    top = tmp_path / "unpacked" / tarball.name.removesuffix(".tar.gz")
    for name in ("install.sh", "docflow.desktop", "docflow.png", "README.txt", "Docflow/docflow-app"):
        assert (top / name).exists(), name

    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in clean_env(tmp_path).items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    inst = run(["sh", top / "install.sh"], env)
    assert inst.returncode == 0, inst.stdout + inst.stderr
    dest = home / ".local" / "opt" / "Docflow"
    entry = home / ".local" / "share" / "applications" / "docflow.desktop"
    assert (dest / "docflow-app").is_file() and (dest / "_internal").is_dir()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "docflow.png").is_file()
    lines = entry.read_text().splitlines()
    assert f'Exec="{dest}/docflow-app" %F' in lines and f'Exec="{dest}/docflow-app" --self-test --show' in lines
    if shutil.which("desktop-file-validate"):
        check = run(["desktop-file-validate", entry], env)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    # The installed copy runs on its own (the unpacked bundle gone), also through the ~/.local/bin link.
    shutil.rmtree(top / "Docflow")
    helped = run([home / ".local" / "bin" / "docflow", "--help"], env)
    assert helped.returncode == 0 and "usage: docflow" in helped.stdout, helped.stderr
    init = run([home / ".local" / "bin" / "docflow", "--profile", tmp_path / "p", "--json", "init"], env)
    assert init.returncode == 0 and json.loads(init.stdout)["profile"] == str(tmp_path / "p"), init.stderr

    # The installed folder carries install.sh, so it uninstalls without the tarball; data is kept.
    removed = run(["sh", dest / "install.sh", "--uninstall"], env)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not dest.exists() and not entry.exists()
    assert not (home / ".local" / "bin" / "docflow").exists() and not (home / ".local" / "bin" / "docflow-app").exists()
    assert (tmp_path / "p" / "docflow.sqlite3").is_file()
