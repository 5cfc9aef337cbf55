"""Watched "scan-to-folder" directory that network scanners write into.

Polling, not inotify: scan folders are very often SMB/NFS shares (where change notifications
are unreliable or absent) and may vanish and come back with the network; a poll every few
seconds is cheap and behaves the same everywhere.

Life of a file:
  1. seen in the folder; taken only after its size and mtime stayed the same for
     ``settle_seconds`` (the scanner has finished writing it);
  2. renamed into ``.docflow-processing/`` (atomic on the same file system, so a half-moved file
     cannot exist; on Windows the rename also fails while the scanner still holds the file);
  3. hashed (SHA-256) and looked up in the ledger -- a content already imported is never
     imported again, it is moved to ``done/`` as a duplicate;
  4. recorded as "importing" in the ledger, handed to ``import_fn``, then recorded "done" and
     moved to ``done/``; if ``import_fn`` raises, it is moved to ``failed/`` with
     ``<name>.reason.txt`` saying why.
After a crash, files left in ``.docflow-processing/`` are finished on the next poll. The ledger
is a small SQLite file kept outside the watched folder (in the profile).
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.i18n import translate

PROCESSING = ".docflow-processing"
DONE = "done"
FAILED = "failed"
IGNORED_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".reason.txt")

ImportFn = Callable[[Path], object]


@dataclass(frozen=True)
class WatchOutcome:
    name: str
    status: str          # "imported" | "duplicate" | "failed"
    sha256: str = ""
    reason: str = ""
    result: object = None  # what import_fn returned (e.g. the new DocumentRow)


class Ledger:
    """SHA-256 of every file taken from the folder, with its state (importing/done)."""

    def __init__(self, path: os.PathLike[str] | str):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("CREATE TABLE IF NOT EXISTS files (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, "
                         "state TEXT NOT NULL, at REAL NOT NULL)")
        self._lock = threading.Lock()

    def state(self, sha: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT state FROM files WHERE sha256 = ?", (sha,)).fetchone()
        return row[0] if row else None

    def mark(self, sha: str, name: str, state: str) -> None:
        with self._lock:
            self._db.execute("INSERT INTO files(sha256, name, state, at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(sha256) DO UPDATE SET state = excluded.state, name = excluded.name, at = excluded.at",
                             (sha, name, state, time.time()))

    def forget(self, sha: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM files WHERE sha256 = ? AND state != 'done'", (sha,))

    def close(self) -> None:
        self._db.close()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _free_name(directory: Path, name: str) -> Path:
    target = directory / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while target.exists():
        target = directory / f"{stem} ({n}){suffix}"
        n += 1
    return target


class FolderWatcher:
    """Poll ``folder`` and import each finished file exactly once.

    Args:
        folder: the watched directory.
        import_fn: called with the path of one file; returns anything on success, raises
            (any Exception; its message becomes the reason) on failure.
        ledger_path: SQLite file remembering hashes (keep it in the profile, not in ``folder``).
        settle_seconds: how long size and mtime must stay unchanged before a file is taken.
        clock: monotonic time source (tests pass their own).
    """

    def __init__(self, folder: os.PathLike[str] | str, import_fn: ImportFn, ledger_path: os.PathLike[str] | str,
                 *, settle_seconds: float = 3.0, clock: Callable[[], float] = time.monotonic):
        self.folder = Path(folder)
        self.import_fn = import_fn
        self.ledger = Ledger(ledger_path)
        self.settle_seconds = settle_seconds
        self.clock = clock
        self._seen: dict[str, tuple[int, int, float]] = {}  # name -> (size, mtime_ns, since)
        self.available = True
        self.status_message = ""

    # ------------------------------------------------------------------ polling
    def poll_once(self) -> list[WatchOutcome]:
        """One look at the folder; returns what was imported, skipped as duplicate, or failed."""
        try:
            entries = list(os.scandir(self.folder))
        except OSError as exc:
            self._seen.clear()
            self.available = False
            self.status_message = translate("Intake", "The scan folder {folder} is not reachable ({reason}); waiting for it to come back.").format(
                folder=self.folder, reason=exc.strerror or type(exc).__name__)
            return []
        self.available, self.status_message = True, ""
        outcomes = self._recover()
        now = self.clock()
        present = set()
        for entry in entries:
            name = entry.name
            if name.startswith((".", "~")) or name.endswith(IGNORED_SUFFIXES):
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            present.add(name)
            sig = (st.st_size, st.st_mtime_ns)
            prev = self._seen.get(name)
            if prev is None or prev[:2] != sig:
                self._seen[name] = (*sig, now)
                continue
            if now - prev[2] < self.settle_seconds:
                continue
            outcome = self._take(Path(entry.path))
            if outcome is not None:
                self._seen.pop(name, None)
                outcomes.append(outcome)
        for gone in set(self._seen) - present:
            self._seen.pop(gone, None)
        return outcomes

    def run(self, stop: threading.Event, interval: float = 2.0,
            on_outcome: Callable[[WatchOutcome], None] | None = None) -> None:
        """Poll until ``stop`` is set (run it on a background thread)."""
        while not stop.is_set():
            for outcome in self.poll_once():
                if on_outcome:
                    on_outcome(outcome)
            stop.wait(interval)

    def close(self) -> None:
        self.ledger.close()

    # --------------------------------------------------------------- processing
    def _take(self, path: Path) -> WatchOutcome | None:
        work = self.folder / PROCESSING
        try:
            work.mkdir(exist_ok=True)
            claimed = _free_name(work, path.name)
            os.replace(path, claimed)  # fails while a writer still holds it on Windows: try next poll
        except OSError:
            return None
        return self._process(claimed)

    def _recover(self) -> list[WatchOutcome]:
        work = self.folder / PROCESSING
        try:
            leftovers = sorted(p for p in work.iterdir() if p.is_file())
        except OSError:
            return []
        return [o for o in (self._process(p) for p in leftovers) if o is not None]

    def _process(self, path: Path) -> WatchOutcome | None:
        try:
            sha = _sha256(path)
        except OSError:
            return None  # the share went away mid-read; the file stays claimed and is retried
        name = path.name
        if self.ledger.state(sha) == "done":
            return self._finish(path, DONE, WatchOutcome(name, "duplicate", sha, translate(
                "Intake", "{name}: the same content was already imported; it was not imported again.").format(name=name)))
        self.ledger.mark(sha, name, "importing")
        try:
            imported = self.import_fn(path)
        except Exception as exc:  # noqa: BLE001 - any failure of the import step means "failed/" with its reason
            self.ledger.forget(sha)
            reason = str(exc) or type(exc).__name__
            return self._finish(path, FAILED, WatchOutcome(name, "failed", sha, reason), reason)
        self.ledger.mark(sha, name, "done")
        return self._finish(path, DONE, WatchOutcome(name, "imported", sha, result=imported))

    def _finish(self, path: Path, where: str, outcome: WatchOutcome, reason: str | None = None) -> WatchOutcome | None:
        try:
            target_dir = self.folder / where
            target_dir.mkdir(exist_ok=True)
            target = _free_name(target_dir, path.name)
            if reason is not None:
                note = target.with_name(target.name + ".reason.txt")
                tmp = note.with_name(note.name + ".part")
                tmp.write_text(reason + "\n", encoding="utf-8")
                os.replace(tmp, note)
            os.replace(path, target)
        except OSError:
            return None  # folder vanished: the file stays in .docflow-processing and is finished later
        return outcome
