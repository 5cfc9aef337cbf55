"""Watched "scan-to-folder" directory that network scanners and copiers write into.

Polling, not inotify: scan folders are very often SMB/NFS shares (where change notifications
are unreliable or absent) and may vanish and come back with the network; a poll every few
seconds is cheap and behaves the same everywhere.

Life of a file:
  1. seen in the folder; taken only after its size and mtime stayed the same for
     ``settle_seconds`` (the scanner has finished writing it: a slowly written large file keeps
     changing and is left alone);
  2. moved into ``.docflow-processing/`` -- never over an existing name (a hard link then the
     old name removed, where the share allows it; a numbered name when the name is taken);
  3. hashed (SHA-256, streamed) and looked up in the ledger -- content already imported is never
     imported again, it is moved to ``done/`` as a duplicate;
  4. recorded as "importing", handed to ``import_fn``, then recorded "done" and moved to
     ``done/``; if ``import_fn`` raises, it is moved to ``failed/`` with ``<name>.reason.txt``.

Anything that is not a regular file after following links -- a FIFO, a device node, a socket, a
link to one of those or a dangling link -- is moved to ``failed/`` at once with its reason (it
is never opened for reading, so it cannot hang or flood the watcher); sub-folders are left
alone. No file, good or bad, stops the watcher. After a crash, files left in
``.docflow-processing/`` are finished on the next poll. The ledger is the profile database's
``watched_file`` table (:class:`DatabaseLedger`).
"""
from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop_app.errors import DocflowError
from desktop_app.i18n import translate
from desktop_app.intake.validate import kind_refusal, open_regular, read_limited

log = logging.getLogger(__name__)

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
    result: object = None  # what import_fn returned (e.g. the new documents)


class Ledger(Protocol):
    def state(self, sha: str) -> str | None: ...
    def mark(self, sha: str, name: str, state: str, result: object = None) -> None: ...
    def forget(self, sha: str) -> None: ...
    def close(self) -> None: ...


class DatabaseLedger:
    """The ledger in the profile database (table ``watched_file``): SHA-256 of every file taken
    from a watched folder, with its state (importing/done) and the documents it became."""

    def __init__(self, db, folder: str = ""):  # noqa: ANN001 - desktop_app.db.engine.Database
        self.db = db
        self.folder = folder

    def state(self, sha: str) -> str | None:
        from desktop_app.db.models import WatchedFile

        with self.db.read() as s:
            row = s.get(WatchedFile, sha)
            return row.state if row else None

    def mark(self, sha: str, name: str, state: str, result: object = None) -> None:
        from desktop_app.db.models import WatchedFile, utcnow

        ids = [getattr(r, "id", None) for r in (result if isinstance(result, (list, tuple)) else [result])]
        with self.db.write() as s:
            row = s.get(WatchedFile, sha)
            if row is None:
                row = WatchedFile(sha256=sha, folder=self.folder, name=name[:300], state=state, document_ids=[])
                s.add(row)
            row.name, row.state, row.folder, row.at = name[:300], state, self.folder, utcnow()
            if any(ids):
                row.document_ids = [i for i in ids if i]

    def forget(self, sha: str) -> None:
        from desktop_app.db.models import WatchedFile

        with self.db.write() as s:
            row = s.get(WatchedFile, sha)
            if row is not None and row.state != "done":
                s.delete(row)

    def close(self) -> None:
        """Nothing to close: the profile database belongs to the application."""

    def adopt_legacy(self, path: Path) -> int:
        """Copy the hashes of the separate ledger file older versions kept (``watch-ledger.sqlite``)
        into the table, then rename that file ``*.imported``; returns how many were copied."""
        from desktop_app.db.models import WatchedFile

        if not path.exists():
            return 0
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                rows = con.execute("SELECT sha256, name FROM files WHERE state = 'done'").fetchall()
            finally:
                con.close()
        except sqlite3.Error as exc:
            log.warning("the old watch ledger %s could not be read (%s); it is left as it is", path, exc)
            return 0
        with self.db.write() as s:
            have = set(s.scalars(__import__("sqlalchemy").select(WatchedFile.sha256)))
            new = [WatchedFile(sha256=sha, folder=self.folder, name=str(name)[:300], state="done", document_ids=[])
                   for sha, name in rows if sha not in have]
            s.add_all(new)
        os.replace(path, path.with_name(path.name + ".imported"))
        for extra in ("-wal", "-shm"):
            Path(str(path) + extra).unlink(missing_ok=True)
        log.info("moved %d hashes from %s into the profile database", len(new), path)
        return len(new)


def _sha256(path: Path) -> str:
    with open_regular(path) as (f, _size):
        sha, _n, _ = read_limited(f, path, sink=_NullSink())
    return sha


class _NullSink:
    def write(self, chunk: bytes) -> int:
        return len(chunk)


_NO_HARD_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, getattr(errno, "ENOTSUP", -1),
                  getattr(errno, "EOPNOTSUPP", -1), errno.EACCES}


def move_no_replace(src: Path, directory: Path, name: str | None = None) -> Path:
    """Move ``src`` into ``directory`` under ``name`` (default: its own), or ``name (2)``, ``name
    (3)`` ... when taken: an existing file is never overwritten. Returns the new path.

    A hard link to the new name (which fails if the name exists) and then removing the old name
    is atomic against another writer; on shares without hard links it falls back to a rename
    after checking the name is free (Windows' rename refuses an existing name by itself)."""
    name = name or src.name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    while True:
        target = directory / (name if n == 1 else f"{stem} ({n}){suffix}")
        n += 1
        try:
            os.link(src, target, follow_symlinks=False)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS and not isinstance(exc, NotImplementedError):
                raise
            if os.path.lexists(target):
                continue
            try:
                os.rename(src, target)
            except FileExistsError:
                continue
            return target
        else:
            os.unlink(src)
            return target


class FolderWatcher:
    """Poll ``folder`` and import each finished file exactly once.

    Args:
        folder: the watched directory.
        import_fn: called with the path of one file; returns anything on success, raises on
            failure (a DocflowError's sentence becomes the reason; anything else is logged and
            reported as an unexpected error).
        ledger: remembers hashes (:class:`DatabaseLedger` on the profile database).
        settle_seconds: how long size and mtime must stay unchanged before a file is taken.
        clock: monotonic time source (tests pass their own).
    """

    def __init__(self, folder: os.PathLike[str] | str, import_fn: ImportFn, ledger: Ledger,
                 *, settle_seconds: float = 3.0, clock: Callable[[], float] = time.monotonic):
        self.folder = Path(folder)
        self.import_fn = import_fn
        self.ledger = ledger
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
                outcome = self._look_at(entry, now, present)
            except OSError as exc:  # the share went away under us: try again next poll
                log.info("scan folder entry %s skipped this time: %s", name, exc)
                continue
            if outcome is not None:
                self._seen.pop(name, None)
                outcomes.append(outcome)
        for gone in set(self._seen) - present:
            self._seen.pop(gone, None)
        return outcomes

    def _look_at(self, entry: os.DirEntry, now: float, present: set[str]) -> WatchOutcome | None:
        name = entry.name
        linked = entry.is_symlink()
        if not linked and entry.is_dir(follow_symlinks=False):
            return None  # sub-folders (ours: done/, failed/; or the scanner's) are not files to import
        path = Path(entry.path)
        try:
            st = os.stat(path)  # follows links: what matters is what the name leads to
        except FileNotFoundError:
            if not linked:
                return None  # gone between listing and now
            return self._refuse(path, translate("Import", "{name}: the link points to a file that does not exist.").format(name=name))
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return self._refuse(path, translate("Import", "{name}: the link leads in a circle and points to no file.").format(name=name))
            raise
        if not stat.S_ISREG(st.st_mode):
            if stat.S_ISDIR(st.st_mode):
                return None  # a link to a folder: left alone like a folder
            refusal = kind_refusal(path, st.st_mode, linked)
            return self._refuse(path, str(refusal))
        present.add(name)
        sig = (st.st_size, st.st_mtime_ns)
        prev = self._seen.get(name)
        if prev is None or prev[:2] != sig:
            self._seen[name] = (*sig, now)
            return None
        if now - prev[2] < self.settle_seconds:
            return None
        return self._take(path)

    def run(self, stop: threading.Event, interval: float = 2.0,
            on_outcome: Callable[[WatchOutcome], None] | None = None) -> None:
        """Poll until ``stop`` is set (run it on a background thread); nothing a file does stops it."""
        while not stop.is_set():
            try:
                for outcome in self.poll_once():
                    if on_outcome:
                        on_outcome(outcome)
            except Exception:  # noqa: BLE001 - the watcher must keep going; the log says what happened
                log.exception("the scan folder watcher hit an unexpected error; it keeps watching")
            stop.wait(interval)

    def close(self) -> None:
        self.ledger.close()

    # --------------------------------------------------------------- processing
    def _refuse(self, path: Path, reason: str) -> WatchOutcome | None:
        """Move a file that cannot be imported to failed/ at once (never opened), with its reason."""
        log.info("scan folder: %s", reason)
        return self._finish(path, FAILED, WatchOutcome(path.name, "failed", "", reason), reason)

    def _take(self, path: Path) -> WatchOutcome | None:
        work = self.folder / PROCESSING
        try:
            work.mkdir(exist_ok=True)
            claimed = move_no_replace(path, work)  # fails while a writer still holds it on Windows: next poll
        except OSError:
            return None
        return self._process(claimed)

    def _recover(self) -> list[WatchOutcome]:
        work = self.folder / PROCESSING
        try:
            leftovers = sorted(p for p in work.iterdir() if not p.is_dir() or p.is_symlink())
        except OSError:
            return []
        return [o for o in (self._process(p) for p in leftovers) if o is not None]

    def _process(self, path: Path) -> WatchOutcome | None:
        name = path.name
        try:
            sha = _sha256(path)
        except DocflowError as exc:  # turned into something that is not a regular file, or too large
            return self._finish(path, FAILED, WatchOutcome(name, "failed", "", str(exc)), str(exc))
        except OSError:
            return None  # the share went away mid-read; the file stays claimed and is retried
        if self.ledger.state(sha) == "done":
            return self._finish(path, DONE, WatchOutcome(name, "duplicate", sha, translate(
                "Intake", "{name}: the same content was already imported; it was not imported again.").format(name=name)))
        self.ledger.mark(sha, name, "importing")
        try:
            imported = self.import_fn(path)
        except DocflowError as exc:
            self.ledger.forget(sha)
            return self._finish(path, FAILED, WatchOutcome(name, "failed", sha, str(exc)), str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug in one import must not stop the folder; it is logged
            log.exception("importing %s from the scan folder failed unexpectedly", path)
            self.ledger.forget(sha)
            reason = translate("Intake", "{name}: the import failed unexpectedly ({reason}); see the log.").format(
                name=name, reason=type(exc).__name__)
            return self._finish(path, FAILED, WatchOutcome(name, "failed", sha, reason), reason)
        self.ledger.mark(sha, name, "done", imported)
        return self._finish(path, DONE, WatchOutcome(name, "imported", sha, result=imported))

    def _finish(self, path: Path, where: str, outcome: WatchOutcome, reason: str | None = None) -> WatchOutcome | None:
        try:
            target_dir = self.folder / where
            target_dir.mkdir(exist_ok=True)
            target = move_no_replace(path, target_dir)
            if reason is not None:
                note = target.with_name(target.name + ".reason.txt")
                tmp = note.with_name(note.name + ".part")
                tmp.write_text(reason + "\n", encoding="utf-8")
                os.replace(tmp, note)
        except OSError:
            return None  # folder vanished: the file stays where it is and is finished later
        return outcome
