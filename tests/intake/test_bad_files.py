"""Files that are not files, on every path in: the command line, the window's import (menu and
drag and drop share it) and the watched folder. Each is refused quickly with a sentence naming it and
the reason, nothing is left half-written, and the rest of the batch goes on.

FIFOs, sockets and device nodes are real ones made here (a FIFO blocked ``docflow import`` forever and
a link to /dev/zero made it grow to 4 GB before)."""
import os
import socket
import subprocess
import sys
import time

import pytest

from desktop_app.intake import validate
from desktop_app.intake.samples import TEXTS, render_page
from desktop_app.intake.watch import FAILED
from tests.helpers import make_pdf, write

REASONS = {
    "pipe.pdf": "pipe (FIFO)",
    "zero.pdf": "link to a device",
    "null.png": "link to a device",
    "sock.pdf": "socket",
    "folder.pdf": "folder, not a file",
    "dangling.pdf": "does not exist",
    "loop.pdf": "circle",
    "huge.pdf": "too large",
}


@pytest.fixture
def bad_files(tmp_path):
    """Every kind of non-file next to one good PDF; yields (dir, paths, socket)."""
    d = tmp_path / "in"
    d.mkdir()
    os.mkfifo(d / "pipe.pdf")
    os.symlink("/dev/zero", d / "zero.pdf")
    os.symlink("/dev/null", d / "null.png")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "sock.pdf"))
    (d / "folder.pdf").mkdir()
    os.symlink(d / "missing.pdf", d / "dangling.pdf")
    os.symlink(d / "loop.pdf", d / "loop.pdf")
    with open(d / "huge.pdf", "wb") as f:  # sparse: the size comes from stat, nothing is read
        f.truncate(validate.MAX_FILE_BYTES + 1)
    write(d / "good.pdf", make_pdf("Good letter"))
    yield d, sorted(d.iterdir()), sock
    sock.close()


def _check(failures, names=REASONS):
    got = {f.name: f.reason for f in failures}
    assert set(got) == set(names)
    for name, reason in names.items():
        assert got[name].startswith(f"{name}: ") and reason in got[name], got[name]


def test_service_refuses_each_and_imports_the_rest(ctx, bad_files):
    d, paths, _ = bad_files
    t0 = time.monotonic()
    res = ctx.intake.import_files(paths)
    assert time.monotonic() - t0 < 20  # nothing waited on a pipe or read a device
    _check(res.failures)
    assert [r.subject for r in res.imported] == ["good"]
    assert list(ctx.blobs.tmp.iterdir()) == []  # no staged copy left behind
    # The document store's own as-is import refuses them the same way.
    res = ctx.documents.import_files([d / "pipe.pdf", d / "zero.pdf", d / "huge.pdf"])
    assert {f.name for f in res.failures} == {"pipe.pdf", "zero.pdf", "huge.pdf"} and res.imported == ()


def test_cli_refuses_each_with_its_reason_and_exits_nonzero_only_if_nothing_came_in(tmp_path, bad_files):
    d, paths, _ = bad_files
    profile = tmp_path / "profile"
    cmd = [sys.executable, "-m", "desktop_app.cli", "--profile", str(profile), "import", "--no-ocr"]
    env = dict(os.environ)
    proc = subprocess.run(cmd + [str(p) for p in paths], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    for name, reason in REASONS.items():
        assert any(name in line and reason in line for line in proc.stderr.splitlines()), (name, proc.stderr)
    proc = subprocess.run(cmd + [str(d / "pipe.pdf"), str(d / "zero.pdf")], capture_output=True, text=True,
                          timeout=60, env=env)
    assert proc.returncode == 2 and "pipe.pdf" in proc.stderr and "zero.pdf" in proc.stderr


def test_watched_folder_moves_them_aside_and_keeps_watching(ctx, bad_files):
    d, _paths, _ = bad_files
    clock = [0.0]
    watcher = ctx.intake.watcher(d, settle_seconds=1, clock=lambda: clock[0])
    first = {o.name: o for o in watcher.poll_once()}
    clock[0] += 2
    second = {o.name: o for o in watcher.poll_once()}
    outcomes = {**first, **second}
    assert outcomes["good.pdf"].status == "imported"
    special = {n: r for n, r in REASONS.items() if n not in ("folder.pdf", "huge.pdf")}
    for name, reason in special.items():
        assert outcomes[name].status == "failed" and reason in outcomes[name].reason
        assert os.path.lexists(d / FAILED / name) and reason in (d / FAILED / f"{name}.reason.txt").read_text()
    assert outcomes["huge.pdf"].status == "failed" and "too large" in outcomes["huge.pdf"].reason
    assert (d / "folder.pdf").is_dir()  # a sub-folder is left alone
    # Still watching: a new file is taken as usual.
    buf = d / "late.png"
    render_page(TEXTS["en"], 80, size_mm=(100, 60), repeat_to_fill=False).image.save(buf)
    watcher.poll_once()
    clock[0] += 2
    assert [o.status for o in watcher.poll_once()] == ["imported"]


def test_watched_folder_never_overwrites_a_name(ctx, tmp_path):
    folder = tmp_path / "scans"
    (folder / "done").mkdir(parents=True)
    (folder / "done" / "a.pdf").write_bytes(b"an earlier file that must survive")
    write(folder / "a.pdf", make_pdf("new a"))
    clock = [0.0]
    watcher = ctx.intake.watcher(folder, settle_seconds=1, clock=lambda: clock[0])
    watcher.poll_once()
    clock[0] += 2
    assert [o.status for o in watcher.poll_once()] == ["imported"]
    assert (folder / "done" / "a.pdf").read_bytes() == b"an earlier file that must survive"
    assert (folder / "done" / "a (2).pdf").read_bytes() == make_pdf("new a")


def test_a_slowly_written_file_is_not_taken_half_written(ctx, tmp_path):
    """A real writer appends every 0.2 s for 1.5 s; the watcher (real clock, settle 0.6 s) polls all
    the while and takes the file only once it is complete."""
    import threading

    folder = tmp_path / "slow"
    folder.mkdir()
    data = make_pdf("Slowly written", 3)
    chunks = [data[i:i + len(data) // 8 + 1] for i in range(0, len(data), len(data) // 8 + 1)]
    target = folder / "slow.pdf"

    def writer():
        with open(target, "wb") as f:
            for c in chunks:
                f.write(c)
                f.flush()
                time.sleep(0.2)

    watcher = ctx.intake.watcher(folder, settle_seconds=0.6)
    t = threading.Thread(target=writer)
    t.start()
    outcomes = []
    deadline = time.monotonic() + 15
    while not outcomes and time.monotonic() < deadline:
        outcomes = watcher.poll_once()
        time.sleep(0.1)
    t.join()
    assert [o.status for o in outcomes] == ["imported"]
    (row,) = outcomes[0].result
    assert ctx.blobs.read(ctx.documents.get_document(row.id).files[0].sha256) == data


@pytest.mark.gui
def test_window_import_and_drop_refuse_each_and_import_the_rest(qtbot, window, dialogs, bad_files):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    d, paths, _ = bad_files
    dialogs.files = [str(p) for p in paths]
    window.act_import.trigger()
    qtbot.waitUntil(lambda: any(m[0] == "error" for m in dialogs.messages), timeout=30000)
    (kind, title, text), = [m for m in dialogs.messages if m[0] == "error"]
    for name, reason in REASONS.items():
        assert f"{name}: " in text and reason in text
    assert "1 imported, 8 refused" in text
    # Drag and drop takes the same path (a FIFO dropped from a file manager is refused, not opened).
    dialogs.messages.clear()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(d / "pipe.pdf")), QUrl.fromLocalFile(str(d / "zero.pdf"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: any(m[0] == "error" for m in dialogs.messages), timeout=30000)
    text = [m for m in dialogs.messages if m[0] == "error"][0][2]
    assert "pipe.pdf: " in text and "zero.pdf: " in text and "0 imported, 2 refused" in text
