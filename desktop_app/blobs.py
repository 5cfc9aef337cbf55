"""Content-addressed blob store (SHA-256) beside the database.

A blob is written to a temporary file, fsynced, renamed into place and its directory
fsynced *before* the database row that names it commits; so a crash can leave an orphan
blob (removed by :meth:`BlobStore.check`) but never a row without its bytes.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from desktop_app.errors import InvalidInput, StorageError
from desktop_app.i18n import translate

_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1 << 20
#: A temporary file or an unnamed blob younger than this is work in hand (an import staged its file,
#: or put its blob before the row that names it commits), not a crash's leftover: the store check
#: leaves it (the window checks the store at start-up while a file opened with the app is imported).
IN_HAND_SECONDS = 3600


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` so that a crash leaves the old file or the new one, never half of it
    (a ``.part`` file beside it, fsynced, then renamed over ``dest``)."""
    tmp = dest.with_name(dest.name + ".part")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class BlobCheckReport:
    """Result of the start-up consistency check."""

    orphans_removed: tuple[str, ...] = ()
    temp_files_removed: int = 0
    missing: tuple[str, ...] = field(default_factory=tuple)


class BlobStore:
    """Stores immutable byte strings under their SHA-256."""

    def __init__(self, root: Path):
        self.root = root
        self.tmp = root / "tmp"
        self.root.mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(exist_ok=True)

    @staticmethod
    def validate_hash(sha256: str) -> str:
        """Return ``sha256`` if it is 64 lowercase hex digits; refuse anything path-like."""
        if not isinstance(sha256, str) or not _SHA_RE.match(sha256):
            raise InvalidInput(translate("BlobStore", "Not a valid SHA-256 content hash: {value!r}").format(value=str(sha256)[:80]))
        return sha256

    def path(self, sha256: str) -> Path:
        sha256 = self.validate_hash(sha256)
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def open(self, sha256: str) -> BinaryIO:
        return self.path(sha256).open("rb")

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def put_bytes(self, data: bytes) -> str:
        """Store ``data`` durably; return its SHA-256."""
        sha = hashlib.sha256(data).hexdigest()
        if self.has(sha):
            return sha
        return self.put_stream(io.BytesIO(data))[0]

    def put_stream(self, stream: BinaryIO) -> tuple[str, int]:
        """Store everything read from ``stream``; return (sha256, size)."""
        fd, tmp = tempfile.mkstemp(dir=self.tmp, prefix="in-")
        digest, size = hashlib.sha256(), 0
        try:
            with os.fdopen(fd, "wb") as f:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    f.write(chunk)
                f.flush()
                os.fsync(f.fileno())
            sha = digest.hexdigest()
            self._place(Path(tmp), sha)
            return sha, size
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise StorageError(translate("BlobStore", "Could not write to the file store: {reason}").format(reason=exc.strerror or exc)) from exc
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def put_file(self, path: Path) -> tuple[str, int]:
        with open(path, "rb") as f:
            return self.put_stream(f)

    def _place(self, tmp: Path, sha: str) -> None:
        final = self.path(sha)
        final.parent.mkdir(exist_ok=True)
        if final.exists():
            tmp.unlink(missing_ok=True)
            return
        os.replace(tmp, final)
        _fsync_dir(final.parent)

    def iter_hashes(self) -> Iterable[str]:
        for sub in self.root.iterdir():
            if sub.is_dir() and len(sub.name) == 2:
                for f in sub.iterdir():
                    if _SHA_RE.match(f.name):
                        yield f.name

    def delete(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)

    def drop_if_unused(self, sha256: str, in_use: Callable[[str], bool]) -> bool:
        """Delete the blob unless ``in_use(sha256)`` says a row still names it; True if it was deleted.

        For a blob written before a transaction that then failed (blobs go in first, rows second)."""
        if in_use(sha256):
            return False
        self.delete(sha256)
        return True

    def check(self, referenced: set[str], remove_orphans: bool = True) -> BlobCheckReport:
        """Remove temp files and blobs no row names (older than :data:`IN_HAND_SECONDS`: younger ones
        are work in hand); report named blobs that are missing."""
        temps = 0
        for t in self.tmp.iterdir():
            if not _in_hand(t):
                t.unlink(missing_ok=True)
                temps += 1
        present = set(self.iter_hashes())
        orphans = sorted(sha for sha in present - referenced if not _in_hand(self.path(sha)))
        if remove_orphans:
            for sha in orphans:
                self.delete(sha)
        missing = tuple(sorted(referenced - present))
        return BlobCheckReport(tuple(orphans), temps, missing)


def _in_hand(path: Path) -> bool:
    """Written within :data:`IN_HAND_SECONDS` (or gone meanwhile: nothing to remove)."""
    try:
        return time.time() - path.stat().st_mtime < IN_HAND_SECONDS
    except FileNotFoundError:
        return True
