"""Watched scan-to-folder: settle, done/failed, no loss, no double import, folder coming and going
(the ledger is the real profile database)."""
import os
import shutil
import threading

import pytest

from desktop_app.errors import InvalidInput
from desktop_app.intake.watch import DONE, FAILED, PROCESSING, DatabaseLedger, FolderWatcher


class Clock:
    """Time the test moves by hand (the watcher's only notion of 'stopped growing')."""

    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


@pytest.fixture
def setup(tmp_path, ctx):
    folder = tmp_path / "scans"
    folder.mkdir()
    imported = []

    def import_fn(path):
        data = path.read_bytes()
        if data.startswith(b"BAD"):
            raise InvalidInput(f"{path.name}: not a PDF or an image")
        imported.append((path.name, data))

    clock = Clock()
    watcher = FolderWatcher(folder, import_fn, DatabaseLedger(ctx.db, str(folder)), settle_seconds=3, clock=clock)
    yield folder, watcher, clock, imported
    watcher.close()


def test_file_is_taken_only_after_it_stopped_growing(setup):
    folder, watcher, clock, imported = setup
    f = folder / "scan1.pdf"
    f.write_bytes(b"%PDF-1 part one")
    assert watcher.poll_once() == []
    clock.t += 2
    with open(f, "ab") as fh:
        fh.write(b" part two")  # still being written by the scanner
    assert watcher.poll_once() == []
    clock.t += 2.9
    assert watcher.poll_once() == [] and imported == []
    clock.t += 0.2
    (outcome,) = watcher.poll_once()
    assert outcome.status == "imported" and outcome.name == "scan1.pdf"
    assert imported == [("scan1.pdf", b"%PDF-1 part one part two")]
    assert (folder / DONE / "scan1.pdf").exists() and not f.exists()


def test_failed_file_goes_to_failed_with_reason(setup):
    folder, watcher, clock, imported = setup
    (folder / "junk.jpg").write_bytes(b"BAD not an image")
    (folder / "good.pdf").write_bytes(b"%PDF good")
    watcher.poll_once()
    clock.t += 5
    outcomes = {o.name: o for o in watcher.poll_once()}
    assert outcomes["junk.jpg"].status == "failed" and outcomes["good.pdf"].status == "imported"
    assert (folder / FAILED / "junk.jpg").read_bytes() == b"BAD not an image"  # never lost
    reason = (folder / FAILED / "junk.jpg.reason.txt").read_text(encoding="utf-8")
    assert "junk.jpg: not a PDF or an image" in reason
    assert [n for n, _ in imported] == ["good.pdf"]


def test_same_content_is_never_imported_twice(setup):
    folder, watcher, clock, imported = setup
    (folder / "a.pdf").write_bytes(b"%PDF same")
    watcher.poll_once()
    clock.t += 5
    watcher.poll_once()
    (folder / "a.pdf").write_bytes(b"%PDF same")  # the scanner sent it again, same name
    (folder / "copy.pdf").write_bytes(b"%PDF same")  # and under another name
    watcher.poll_once()
    clock.t += 5
    outcomes = watcher.poll_once()
    assert sorted(o.status for o in outcomes) == ["duplicate", "duplicate"]
    assert len(imported) == 1
    assert sorted(os.listdir(folder / DONE)) == ["a (2).pdf", "a.pdf", "copy.pdf"]  # kept, not lost


def test_ledger_survives_restart(setup, tmp_path, ctx):
    folder, watcher, clock, imported = setup
    (folder / "a.pdf").write_bytes(b"%PDF once")
    watcher.poll_once()
    clock.t += 5
    watcher.poll_once()
    watcher.close()
    ctx.close()
    from tests.helpers import make_ctx

    reopened = make_ctx(tmp_path / "profile")
    again = FolderWatcher(folder, lambda p: imported.append(p.name), DatabaseLedger(reopened.db, str(folder)),
                          settle_seconds=3, clock=clock)
    (folder / "b.pdf").write_bytes(b"%PDF once")
    again.poll_once()
    clock.t += 5
    assert [o.status for o in again.poll_once()] == ["duplicate"]
    assert len(imported) == 1
    again.close()
    reopened.close()


def test_folder_disappearing_and_coming_back(setup):
    folder, watcher, clock, imported = setup
    (folder / "x.pdf").write_bytes(b"%PDF before")
    watcher.poll_once()
    shutil.rmtree(folder)  # the network share went away
    clock.t += 5
    assert watcher.poll_once() == []
    assert not watcher.available and "not reachable" in watcher.status_message
    folder.mkdir()
    (folder / "y.pdf").write_bytes(b"%PDF after")
    assert watcher.poll_once() == [] and watcher.available
    clock.t += 5
    assert [o.name for o in watcher.poll_once()] == ["y.pdf"]


def test_file_left_in_processing_after_a_crash_is_finished(setup):
    folder, watcher, clock, imported = setup
    (folder / PROCESSING).mkdir()
    (folder / PROCESSING / "half.pdf").write_bytes(b"%PDF crash")
    (outcome,) = watcher.poll_once()
    assert outcome.status == "imported" and (folder / DONE / "half.pdf").exists()


def test_temporary_and_hidden_files_are_ignored(setup):
    folder, watcher, clock, imported = setup
    (folder / "scan.pdf.part").write_bytes(b"partial")
    (folder / ".hidden").write_bytes(b"x")
    (folder / "sub").mkdir()
    watcher.poll_once()
    clock.t += 5
    assert watcher.poll_once() == [] and imported == []


def test_run_loop_stops_on_event(tmp_path, ctx):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF")
    got = []
    stop = threading.Event()
    w = FolderWatcher(folder, lambda p: None, DatabaseLedger(ctx.db), settle_seconds=0)

    def on_outcome(o):
        got.append(o)
        stop.set()

    t = threading.Thread(target=w.run, args=(stop, 0.05, on_outcome))
    t.start()
    t.join(timeout=10)
    w.close()
    assert not t.is_alive() and [o.status for o in got] == ["imported"]
