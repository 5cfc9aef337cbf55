"""The .deb (installer/linux/make_deb.sh): what it holds, and a real install into a fresh root.

The fresh root is an empty folder with its own dpkg database: ``dpkg --root`` installs the
package there (its dependencies are this machine's libraries, so --force-depends), and the
installed program runs from its installed path -- /opt/docflow inside that root is bind-mounted
on /opt in a private mount namespace (``unshare``), so /usr/bin/docflow -> /opt/docflow/docflow
resolves exactly as on a user's system -- with no virtualenv on PATH. Then the package is
removed and purged: every file it brought is gone, the user's profile stays.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import helpers
from tests.installer.conftest import clean_env, run, skip_without_mount_namespace

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def _deb(out: Path) -> Path:
    debs = sorted(out.glob("docflow_*.deb"))
    assert len(debs) == 1, debs
    return debs[0]


def _field(control: str, name: str) -> str:
    lines, keep = [], False
    for line in control.splitlines():
        if line.startswith(name + ":"):
            keep = True
            lines.append(line.split(":", 1)[1])
        elif keep and line.startswith(" "):
            lines.append(line)
        else:
            keep = False
    return " ".join(lines)


def test_deb_holds_the_bundle_menu_entry_icon_and_pdf_association(bundle_ok, tmp_path):
    deb = _deb(bundle_ok)
    control = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True).stdout
    assert _field(control, "Package").strip() == "docflow"
    depends = _field(control, "Depends")
    for lib in ("libc6 (>= 2.36)", "libglib2.0-0", "libx11-6", "libdbus-1-3", "libfontconfig1", "libxcb-cursor0"):
        assert lib in depends, lib
    recommends = _field(control, "Recommends")
    for pkg in ("tesseract-ocr-aze", "tesseract-ocr-aze-cyrl", "tesseract-ocr-rus", "tesseract-ocr-eng",
                "poppler-utils", "sane-utils"):
        assert pkg in recommends, pkg
    scripts = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True).stdout
    listing = subprocess.run(["tar", "-t"], input=scripts, capture_output=True, check=True).stdout.decode()
    assert not {"./postinst", "./prerm", "./postrm", "./preinst"} & set(listing.split()), listing  # triggers do it

    files = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/docflow/docflow-app", "./opt/docflow/_internal/", "./usr/bin/docflow -> /opt/docflow/docflow",
                 "./usr/bin/docflow-app -> /opt/docflow/docflow-app", "./usr/share/applications/docflow.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/docflow.png", "./usr/share/doc/docflow/copyright"):
        assert path in files, path
    assert all(line.split()[1] == "root/root" for line in files.splitlines())

    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path / "x")], check=True)
    entry = tmp_path / "x" / "usr" / "share" / "applications" / "docflow.desktop"
    lines = entry.read_text().splitlines()
    assert "Exec=docflow-app %F" in lines and "MimeType=application/pdf;image/tiff;image/jpeg;image/png;" in lines
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    # "Open with Docflow": the menu database built from the entry offers Docflow for PDFs.
    if shutil.which("update-desktop-database"):
        subprocess.run(["update-desktop-database", str(entry.parent)], check=True)
        cache = (entry.parent / "mimeinfo.cache").read_text()
        assert any(ln.startswith("application/pdf=") and "docflow.desktop" in ln for ln in cache.splitlines())


def _fresh_root(path: Path) -> Path:
    (path / "var" / "lib" / "dpkg" / "info").mkdir(parents=True)
    (path / "var" / "lib" / "dpkg" / "updates").mkdir()
    (path / "var" / "lib" / "dpkg" / "status").touch()
    (path / "var" / "lib" / "dpkg" / "available").touch()
    return path


def _dpkg(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["dpkg", f"--root={root}", "--force-depends", "--force-not-root", *args],
                          capture_output=True, text=True, timeout=300)


def _in_root(root: Path, cmd: list, env: dict, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``cmd`` with the root's /opt mounted on /opt (private mount namespace), as installed."""
    script = 'mount --bind "$1/opt" /opt && shift && exec "$@"'
    return run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", root, *cmd], env,
               timeout=timeout)


def test_deb_installs_into_a_fresh_root_runs_without_a_venv_and_removes_cleanly(bundle_ok, tmp_path, keyring_env):
    skip_without_mount_namespace()
    root = _fresh_root(tmp_path / "root")
    installed = _dpkg(root, "-i", str(_deb(bundle_ok)))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    status = subprocess.run(["dpkg-query", f"--admindir={root}/var/lib/dpkg", "-W", "-f=${Status} ${Version}", "docflow"],
                            capture_output=True, text=True)
    assert status.stdout.startswith("install ok installed"), status.stdout + status.stderr
    owned = _dpkg(root, "-L", "docflow").stdout.split()
    assert "/opt/docflow/docflow-app" in owned and "/usr/share/applications/docflow.desktop" in owned

    # The installed programs, by their installed names, with no virtualenv on PATH.
    env = clean_env(tmp_path, HOME=str(tmp_path / "home"), **keyring_env)
    env["PATH"] = f"{root}/usr/bin:" + env["PATH"]
    assert ".venv" not in env["PATH"] and "VIRTUAL_ENV" not in env
    selftest = _in_root(root, ["docflow", "self-test", "--json"], env)
    assert selftest.returncode == 0, selftest.stdout[-3000:] + selftest.stderr[-3000:]
    assert all(c["status"] != "failed" for c in json.loads(selftest.stdout)["checks"])
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(helpers.make_pdf("Letter opened with Docflow"))
    opened = _in_root(root, ["docflow-app", "--quit-after", "10", pdf], dict(env, QT_QPA_PLATFORM="offscreen"))
    assert opened.returncode == 0, opened.stderr[-3000:]
    listed = _in_root(root, ["docflow", "--json", "list"], env)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)["rows"]) == 1, listed.stderr
    profile = Path(env["XDG_DATA_HOME"]) / "Docflow" / "default"
    assert (profile / "docflow.sqlite3").is_file()

    # Removal takes every file of the package and nothing of the user's.
    removed = _dpkg(root, "--remove", "docflow")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not (root / "opt" / "docflow").exists()
    for gone in ("usr/bin/docflow", "usr/bin/docflow-app", "usr/share/applications/docflow.desktop",
                 "usr/share/icons/hicolor/256x256/apps/docflow.png"):
        assert not os.path.lexists(root / gone), gone
    purged = _dpkg(root, "--purge", "docflow")
    assert purged.returncode == 0, purged.stdout + purged.stderr
    assert (profile / "docflow.sqlite3").is_file()
    after = subprocess.run(["dpkg-query", f"--admindir={root}/var/lib/dpkg", "-W", "docflow"], capture_output=True, text=True)
    assert after.returncode != 0  # no trace of the package in the database either
