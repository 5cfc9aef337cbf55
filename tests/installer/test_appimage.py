"""The AppImage (installer/linux/make_appimage.sh) and our own runtime (installer/linux/appimage/runtime.c).

The slow tests take the AppImage of the one per-session build (conftest.py) and run it as a person
would: its type-2 layout checked with our own reading of the ELF header and with Debian's
unsquashfs; the self-test through the AppImage (unpacked into a fresh cache on the first start,
the cache reused on the second), a link named ``docflow`` giving the command line,
``--appimage-extract`` giving exactly the bundle, and damaged, incomplete and no-room cases
giving a sentence and leaving nothing half-unpacked.

The fast tests build an AppImage around a stand-in bundle (a shell script in place of
docflow-app that reports what it was started with) with the same make_appimage.sh, to check the
runtime's own behaviour quickly: options, languages, pruning of other versions, that a running
program's folder is never pruned, concurrent first starts.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import struct
import subprocess
import time
from pathlib import Path

import pytest

from tests.installer.conftest import INSTALLER, clean_env, project_version, run, skip_without_mount_namespace

MAKE_APPIMAGE = INSTALLER / "linux" / "make_appimage.sh"


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    """clean_env without a display: the runtime's error dialogs must not pop up on a developer's screen."""
    env = {k: v for k, v in clean_env(tmp).items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(extra)
    return env


def _appimage(out: Path) -> Path:
    found = sorted(out.glob("Docflow-*.AppImage"))
    assert len(found) == 1, found
    return found[0]


def _elf_end(path: Path) -> int:
    """Where a type-2 AppImage's image starts: the end of the ELF's section header table."""
    with path.open("rb") as f:
        head = f.read(64)
    shoff, = struct.unpack_from("<Q", head, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", head, 0x3A)
    return shoff + shnum * shentsize


def _cache(env: dict) -> Path:
    return Path(env["XDG_CACHE_HOME"]) / "docflow" / "appimage"


def _entries(root: Path) -> dict[str, tuple]:
    """Relative path -> (kind, size or link target, executable?) of every entry under ``root``."""
    found = {}
    for path in root.rglob("*"):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[rel] = ("link", os.readlink(path), None)
        elif path.is_dir():
            found[rel] = ("dir", None, None)
        else:
            found[rel] = ("file", path.stat().st_size, os.access(path, os.X_OK))
    return found


# ---------------------------------------------------------------- slow: the real AppImage

@pytest.mark.slow
@pytest.mark.timeout(600)
def test_appimage_has_the_type2_layout(bundle_ok):
    appimage = _appimage(bundle_ok)
    assert appimage.name == f"Docflow-{project_version()}-x86_64.AppImage" and os.access(appimage, os.X_OK)
    with appimage.open("rb") as f:
        head = f.read(16)
        offset = _elf_end(appimage)
        f.seek(offset)
        assert f.read(4) == b"hsqs"  # SquashFS right after the ELF, as the type-2 format asks
    assert head[:4] == b"\x7fELF" and head[8:11] == b"AI\x02"
    env = _env(bundle_ok)
    assert run([appimage, "--appimage-offset"], env).stdout.strip() == str(offset)
    # The SHA-256 the runtime checks before it unpacks is the image's.
    version = run([appimage, "--appimage-version"], env).stdout
    digest = hashlib.sha256()
    with appimage.open("rb") as f:
        f.seek(offset)
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    assert f"Docflow {project_version()}" in version and digest.hexdigest() in version
    # Debian's own unsquashfs reads the image at that offset: the AppDir.
    listing = subprocess.run(["unsquashfs", "-lls", "-o", str(offset), str(appimage)], capture_output=True,
                             text=True, check=True).stdout
    for line in ("squashfs-root/AppRun -> Docflow/docflow-app", "squashfs-root/.DirIcon -> docflow.png",
                 "squashfs-root/Docflow/docflow -> docflow-app"):
        assert line in listing, line
    for name in ("squashfs-root/docflow.desktop", "squashfs-root/docflow.png", "squashfs-root/Docflow/docflow-app",
                 "squashfs-root/Docflow/_internal/resources/translations/docflow_az.qm"):
        assert f" {name}\n" in listing, name
    # The runtime needs only the C library (libsquashfuse and the decompressors are inside it).
    runtime = appimage.parent / "runtime-only"
    runtime.write_bytes(appimage.read_bytes()[:offset])
    needed = subprocess.run(["readelf", "-d", str(runtime)], capture_output=True, text=True, check=True).stdout
    assert [ln.split("[")[1].rstrip("]") for ln in needed.splitlines() if "(NEEDED)" in ln] == ["libc.so.6"]
    runtime.unlink()


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_appimage_runs_the_self_test_then_the_command_line_from_its_cache(bundle_ok, tmp_path, keyring_env):
    appimage = _appimage(bundle_ok)
    env = _env(tmp_path, **keyring_env)
    cache = _cache(env)
    # What an earlier version and an interrupted start left behind (a read-only folder among it).
    old = cache / "0.0.1-0123456789abcdef" / "Docflow" / "_internal"
    old.mkdir(parents=True)
    (old / "lib.so").write_bytes(b"old")
    old.chmod(0o555)
    (cache / f".tmp-{project_version()}-x-abc123" / "Docflow").mkdir(parents=True)

    # First start: the window program's self-test (no screen: offscreen) -- unpacks first.
    headless = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"}
    started = time.monotonic()
    first = run([appimage, "--self-test", "--report", tmp_path / "report.txt"], headless, timeout=600)
    first_seconds = time.monotonic() - started
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    assert "Qt 6" in (tmp_path / "report.txt").read_text()
    folders = sorted(p.name for p in cache.iterdir())
    digest = run([appimage, "--appimage-version"], env).stdout.split("SHA-256 ")[1][:16]
    assert folders == [".lock", f"{project_version()}-{digest}"], folders  # the old version and the left-over are gone
    appdir = cache / folders[1]
    assert os.readlink(appdir / "AppRun") == "Docflow/docflow-app"
    unpacked = _entries(appdir / "Docflow")
    assert unpacked == _entries(bundle_ok / "Docflow")
    inode = appdir.stat().st_ino

    # Second start, through a link named "docflow": the command line, from the same folder.
    link = tmp_path / "bin" / "docflow"
    link.parent.mkdir()
    link.symlink_to(appimage)
    started = time.monotonic()
    proc = subprocess.Popen([str(link), "self-test", "--json"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    # While it runs, its folder is held: the pruning of another version's start would pass it by.
    held = False
    while proc.poll() is None and not held:
        fd = os.open(appdir, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(fd, fcntl.LOCK_UN)
            time.sleep(0.05)
        except BlockingIOError:
            held = True
        finally:
            os.close(fd)
    stdout, stderr = proc.communicate(timeout=600)
    second_seconds = time.monotonic() - started
    assert proc.returncode == 0, stdout[-3000:] + stderr[-3000:]
    assert held, "the running Docflow did not hold its unpacked folder"
    report = json.loads(stdout)
    assert {c["key"]: c["status"] for c in report["checks"]} == {
        "profile": "ok", "import": "ok", "tesseract": "ok", "ocr": "ok", "signature": "ok", "keyring": "ok",
        "scanners": "ok"}
    assert appdir.stat().st_ino == inode and sorted(p.name for p in cache.iterdir()) == folders  # reused as it was
    fd = os.open(appdir, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # and let go when it ended
    os.close(fd)
    print(f"AppImage self-test: first start (unpack) {first_seconds:.1f} s, second {second_seconds:.1f} s")


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_appimage_extract_gives_the_appdir(bundle_ok, tmp_path):
    appimage, env = _appimage(bundle_ok), _env(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    extracted = run([appimage, "--appimage-extract"], env, cwd=work)
    assert extracted.returncode == 0, extracted.stderr
    root = work / "squashfs-root"
    assert str(root) in extracted.stdout
    assert _entries(root / "Docflow") == _entries(bundle_ok / "Docflow")
    assert os.readlink(root / "AppRun") == "Docflow/docflow-app" and os.readlink(root / ".DirIcon") == "docflow.png"
    assert (root / "docflow.desktop").read_text() == (INSTALLER / "linux" / "docflow.desktop").read_text()
    assert (root / "docflow.png").read_bytes() == (INSTALLER / "icons" / "docflow.png").read_bytes()
    assert sorted(p.name for p in work.iterdir()) == ["squashfs-root"]  # no temporary folder left
    assert not _cache(env).exists()  # extracting does not touch the cache
    helped = run([root / "Docflow" / "docflow", "--help"], env)
    assert helped.returncode == 0 and "usage" in helped.stdout.lower(), helped.stderr
    again = run([appimage, "--appimage-extract"], env, cwd=work)
    assert again.returncode == 1 and "already exists" in again.stderr


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_damaged_incomplete_or_roomless_appimage_says_so_and_leaves_nothing(bundle_ok, tmp_path):
    appimage = _appimage(bundle_ok)
    offset, size = _elf_end(appimage), appimage.stat().st_size
    env = _env(tmp_path)

    incomplete = tmp_path / "incomplete.AppImage"
    with appimage.open("rb") as src, incomplete.open("wb") as dst:
        dst.write(src.read(offset + (size - offset) // 2))  # a download that stopped half-way
    incomplete.chmod(0o755)
    out = run([incomplete, "--self-test"], env)
    assert out.returncode == 127 and "is incomplete" in out.stderr and "download it again" in out.stderr, out.stderr

    damaged = tmp_path / "damaged.AppImage"
    shutil.copyfile(appimage, damaged)
    damaged.chmod(0o755)
    with damaged.open("r+b") as f:
        f.seek(offset + (size - offset) // 2)
        block = f.read(64)
        f.seek(-64, os.SEEK_CUR)
        f.write(bytes(b ^ 0xFF for b in block))
    out = run([damaged, "--self-test"], dict(env, LANG="az_AZ.UTF-8"))
    assert out.returncode == 127 and "zədələnib" in out.stderr and "yenidən endirin" in out.stderr, out.stderr
    out = run([damaged, "--appimage-extract"], env, cwd=tmp_path)
    assert out.returncode == 127 and "is damaged" in out.stderr
    assert not (tmp_path / "squashfs-root").exists()
    assert [p.name for p in _cache(env).iterdir()] == [".lock"]  # nothing unpacked, nothing half-done

    # No room: a 20 MB disk for the cache (tmpfs in a private mount namespace).
    skip_without_mount_namespace()
    small = tmp_path / "small"
    small.mkdir()
    script = 'mount -t tmpfs -o size=20m tmpfs "$1" && shift && "$@"; echo "rc=$?"; ls -A "$XDG_CACHE_HOME/docflow/appimage"'
    out = run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", small, appimage, "--help"],
              dict(env, XDG_CACHE_HOME=str(small)))
    assert "rc=127" in out.stdout and "not enough disk space" in out.stderr and str(small) in out.stderr, out.stderr
    assert out.stdout.split("rc=127")[1].split() == [".lock"]


# ---------------------------------------------------------------- fast: the runtime around a stand-in bundle

STAND_IN = """#!/bin/sh
# Stands in for Docflow/docflow-app: says what it was started with, then sleeps if asked to.
printf '{"argv0": "%s", "appdir": "%s", "appimage": "%s", "owd": "%s", "self": "%s", "args": "%s"}\\n' \\
  "$ARGV0" "$APPDIR" "$APPIMAGE" "$OWD" "$0" "$*"
[ -z "$STAND_IN_SLEEP" ] || sleep "$STAND_IN_SLEEP"
exit 7
"""


@pytest.fixture(scope="module")
def stand_in(tmp_path_factory):
    """An AppImage made by make_appimage.sh around a stand-in bundle (and a second version of it)."""
    base = tmp_path_factory.mktemp("stand-in")
    made = []
    for version in ("1.0", "1.1"):
        bundle = base / version / "Docflow"
        (bundle / "_internal" / "data").mkdir(parents=True)
        (bundle / "docflow-app").write_text(STAND_IN)
        (bundle / "docflow-app").chmod(0o755)
        (bundle / "docflow").symlink_to("docflow-app")
        (bundle / "_internal" / "data" / "blob.bin").write_bytes(os.urandom(300_000) * 3)
        (bundle / "_internal" / "empty").write_bytes(b"")
        proc = subprocess.run(["bash", str(MAKE_APPIMAGE), str(bundle), str(base / version), version],
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        made.append(Path(proc.stdout.strip()))
    return made


def _started(proc: subprocess.CompletedProcess) -> dict:
    assert proc.returncode == 7, proc.stderr  # the stand-in's own exit status comes back
    return json.loads(proc.stdout)


def test_runtime_runs_apprun_with_the_appimage_environment(stand_in, tmp_path):
    appimage, env = stand_in[0], _env(tmp_path)
    link = tmp_path / "docflow"
    link.symlink_to(appimage)
    got = _started(run([link, "import", "a b.pdf"], env, cwd=tmp_path))
    appdir = _cache(env) / f"1.0-{run([appimage, '--appimage-version'], env).stdout.split('SHA-256 ')[1][:16]}"
    assert got == {"argv0": str(link), "appdir": str(appdir), "appimage": str(appimage), "owd": str(tmp_path),
                   "self": str(appdir / "AppRun"), "args": "import a b.pdf"}
    # --appimage-extract-and-run is what every start does; the option itself is not passed on.
    assert _started(run([appimage, "--appimage-extract-and-run", "x"], env))["args"] == "x"
    # HOME/.cache when XDG_CACHE_HOME is not set.
    home_env = {k: v for k, v in env.items() if k != "XDG_CACHE_HOME"} | {"HOME": str(tmp_path / "home")}
    assert _started(run([appimage], home_env))["appdir"].startswith(str(tmp_path / "home" / ".cache" / "docflow"))


def test_runtime_options_and_languages(stand_in, tmp_path):
    appimage, env = stand_in[0], _env(tmp_path)
    helped = run([appimage, "--appimage-help"], env)
    assert helped.returncode == 0 and "--appimage-extract" in helped.stdout and str(_cache(env)) in helped.stdout
    assert "qovluğa açılır" in run([appimage, "--appimage-help"], dict(env, LANG="az_AZ.UTF-8")).stdout
    assert "распаковывается" in run([appimage, "--appimage-help"], dict(env, LC_ALL="ru_RU.UTF-8")).stdout
    unknown = run([appimage, "--appimage-frobnicate"], env)
    assert unknown.returncode == 2 and "unknown option --appimage-frobnicate" in unknown.stderr
    mount = run([appimage, "--appimage-mount"], dict(env, LANGUAGE="ru"))
    assert mount.returncode == 2 and "не монтируется" in mount.stderr
    # Other options -- anywhere but first, or not --appimage-* -- are Docflow's.
    assert _started(run([appimage, "--help", "--appimage-offset"], env))["args"] == "--help --appimage-offset"
    # The runtime alone (no image after it) says so.
    bare = tmp_path / "bare"
    bare.write_bytes(appimage.read_bytes()[:_elf_end(appimage)])
    bare.chmod(0o755)
    out = run([bare], env)
    assert out.returncode == 127 and "holds no Docflow image" in out.stderr


def test_runtime_prunes_other_versions_but_never_a_running_one(stand_in, tmp_path):
    old, new = stand_in
    env = _env(tmp_path)
    first = _started(run([old], env))
    # A long-running 1.0 holds its folder while 1.1 starts: 1.1 leaves it alone.
    running = subprocess.Popen([str(old)], env=dict(env, STAND_IN_SLEEP="3"), stdout=subprocess.PIPE, text=True)
    assert json.loads(running.stdout.readline())["appdir"] == first["appdir"]
    second = _started(run([new], env))
    assert second["appdir"] != first["appdir"]
    assert {p.name for p in _cache(env).iterdir()} == {".lock", Path(first["appdir"]).name, Path(second["appdir"]).name}
    running.wait(timeout=30)
    running.stdout.close()
    # Once 1.0 has ended, the next start of 1.1 removes its folder.
    _started(run([new], env))
    assert {p.name for p in _cache(env).iterdir()} == {".lock", Path(second["appdir"]).name}


def test_runtime_concurrent_first_starts_unpack_once(stand_in, tmp_path):
    appimage, env = stand_in[1], _env(tmp_path)
    procs = [subprocess.Popen([str(appimage), str(i)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for i in range(4)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [7] * 4, [o[1] for o in outs]
    assert len({json.loads(o[0])["appdir"] for o in outs}) == 1
    entries = sorted(p.name for p in _cache(env).iterdir())
    assert len(entries) == 2 and entries[0] == ".lock"  # one folder, no temporary one left
    appdir = _cache(env) / entries[1]
    assert (appdir / "Docflow" / "_internal" / "data" / "blob.bin").stat().st_size == 900_000
    assert (appdir / "Docflow" / "_internal" / "empty").stat().st_size == 0
    # A folder emptied by a cache cleaner is unpacked afresh, not used broken.
    (appdir / "AppRun").unlink()
    assert _started(run([appimage], env))["appdir"] == str(appdir) and (appdir / "AppRun").is_symlink()


def test_runtime_disk_filling_up_while_unpacking_leaves_nothing(stand_in, tmp_path):
    """Room by the byte count but no room for the files (a tmpfs with 6 inodes): the disk fills up
    half-way through unpacking -- a sentence, exit 127, the half-written folder removed."""
    skip_without_mount_namespace()
    small = tmp_path / "small"
    small.mkdir()
    script = ('mount -t tmpfs -o size=50m,nr_inodes=6 tmpfs "$1" && shift && "$@"; echo "rc=$?"; '
              'ls -A "$XDG_CACHE_HOME/docflow/appimage"')
    out = run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", small, stand_in[0]],
              dict(_env(tmp_path), XDG_CACHE_HOME=str(small)))
    assert "rc=127" in out.stdout and "is full: Docflow could not be unpacked" in out.stderr, out.stdout + out.stderr
    assert out.stdout.split("rc=127")[1].split() == [".lock"]


def test_runtime_started_from_a_file_manager_tells_on_the_desktop(stand_in, tmp_path):
    """No terminal but a desktop: the first start's notice goes to a notification, an error to a dialog
    the runtime waits for. zenity and notify-send are stand-ins here (scripts that note how they were
    called): the real ones would need a person to close the dialog."""
    tools = tmp_path / "tools"
    tools.mkdir()
    for tool in ("zenity", "notify-send"):
        (tools / tool).write_text(f'#!/bin/sh\nprintf "%s|" "$@" >> "{tmp_path}/{tool}.log"\necho >> "{tmp_path}/{tool}.log"\n')
        (tools / tool).chmod(0o755)
    env = _env(tmp_path, DISPLAY="stand-in:0")
    env["PATH"] = f"{tools}:{env['PATH']}"
    _started(run([stand_in[0]], env))
    notice = tmp_path / "notify-send.log"
    for _ in range(100):
        if notice.exists() and notice.read_text().endswith("\n"):
            break
        time.sleep(0.05)
    assert notice.read_text().startswith("--urgency=normal|Docflow|Unpacking Docflow 1.0 into "), notice.read_text()
    assert not (tmp_path / "zenity.log").exists()

    incomplete = tmp_path / "incomplete.AppImage"
    incomplete.write_bytes(stand_in[0].read_bytes()[:-4096])
    incomplete.chmod(0o755)
    out = run([incomplete], dict(env, LANG="ru_RU.UTF-8"))
    assert out.returncode == 127
    dialog = (tmp_path / "zenity.log").read_text().split("|")
    assert dialog[:5] == ["--error", "--title=Docflow", "--no-markup", "--text", out.stderr.split(": ", 1)[1].strip()]
    assert "неполный" in dialog[4]
