"""File storage behind one interface: content-addressed blobs plus partial (tus) uploads.

The server never opens a blob by path itself: it asks its ``BlobStorage``. ``DiskBlobStorage``
(the default) keeps everything under one directory, which may be shared storage (NFS, CephFS ...)
mounted by every server host; an object store (S3-compatible) can implement the same methods --
docs/deploy.md ("File storage") describes that design.
"""
from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import time
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator, Protocol


#: Suffix of ``DiskBlobStorage.store``'s temporary files (swept by ``sweep_strays`` when left).
_WHOLE = ".whole"


class BlobStorage(Protocol):
    """What the server needs from a file store.

    Blobs are immutable and named by their SHA-256; ``promote`` makes a finished upload a blob
    atomically (a reader sees all of it or nothing). Partial uploads are appended to in order by
    one request at a time (the upload's lock in the database sees to that).
    """

    def has(self, sha256: str) -> bool: ...
    def open_read(self, sha256: str) -> BinaryIO: ...
    def local_path(self, sha256: str) -> AbstractContextManager[Path]: ...
    def partial_size(self, upload_id: str) -> int: ...
    def open_partial(self, upload_id: str, offset: int) -> BinaryIO: ...
    def seed_partial(self, upload_id: str, base_sha256: str) -> int: ...
    def truncate_partial(self, upload_id: str, size: int) -> None: ...
    def partial_sha256(self, upload_id: str) -> str: ...
    def promote(self, upload_id: str, sha256: str) -> None: ...
    def store(self, sha256: str, data: bytes) -> None: ...
    def discard(self, upload_id: str) -> None: ...
    def sweep_strays(self, older_than_seconds: float) -> int: ...


class DiskBlobStorage:
    """Blobs at ``root/blobs/ab/cd/<sha256>``; partial uploads at ``root/uploads/<id>.part``.

    Promotion is an atomic rename after fsync, so a blob path either holds the complete verified
    bytes or does not exist. Two processes promoting the same blob at once both rename complete,
    identical files: the last rename wins and nothing is ever half-written.
    """

    def __init__(self, root: Path):
        self.root = Path(root)
        self.blob_dir = self.root / "blobs"
        self.upload_dir = self.root / "uploads"
        self.blob_dir.mkdir(parents=True, exist_ok=True)
        self.upload_dir.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        return self.blob_dir / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def open_read(self, sha256: str) -> BinaryIO:
        return open(self.path(sha256), "rb")

    @contextmanager
    def local_path(self, sha256: str) -> Iterator[Path]:
        """A local file holding the blob, for libraries that want a path (PDF signature checks)."""
        yield self.path(sha256)

    def _partial(self, upload_id: str) -> Path:
        if not upload_id.isalnum():
            raise ValueError("upload id must be alphanumeric")
        return self.upload_dir / f"{upload_id}.part"

    def partial_size(self, upload_id: str) -> int:
        p = self._partial(upload_id)
        return p.stat().st_size if p.exists() else 0

    def open_partial(self, upload_id: str, offset: int) -> BinaryIO:
        """Open for appending at ``offset`` (bytes past it, e.g. from a crash, are cut off)."""
        p = self._partial(upload_id)
        f = open(p, "r+b" if p.exists() else "w+b")
        f.truncate(offset)
        f.seek(offset)
        return f

    def seed_partial(self, upload_id: str, base_sha256: str) -> int:
        """Start a partial upload with the bytes of blob ``base_sha256`` (a delta's base, durable
        before the upload that counts on them exists); returns how many."""
        p = self._partial(upload_id)
        with self.open_read(base_sha256) as src, open(p, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
            return dst.tell()

    def truncate_partial(self, upload_id: str, size: int) -> None:
        p = self._partial(upload_id)
        if p.exists():
            with open(p, "r+b") as f:
                f.truncate(size)
                f.flush()
                os.fsync(f.fileno())

    def partial_sha256(self, upload_id: str) -> str:
        h = hashlib.sha256()
        p = self._partial(upload_id)
        if p.exists():
            with open(p, "rb") as f:
                for chunk in iter(lambda: f.read(1024 * 1024), b""):
                    h.update(chunk)
        return h.hexdigest()

    def promote(self, upload_id: str, sha256: str) -> None:
        src = self._partial(upload_id)
        if not src.exists():
            src.touch()
        dst = self.path(sha256)
        if dst.exists():
            src.unlink()
            return
        dst.parent.mkdir(parents=True, exist_ok=True)
        with open(src, "rb") as f:
            os.fsync(f.fileno())
        os.replace(src, dst)
        dir_fd = os.open(dst.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def store(self, sha256: str, data: bytes) -> None:
        """Make ``data`` (already verified to hash to ``sha256``) the blob ``sha256``, durably: written
        beside the uploads, fsynced, renamed into place, its directory fsynced -- as ``promote``
        does, without a partial file first (a whole file that came in one request)."""
        dst = self.path(sha256)
        if dst.exists():
            return
        tmp = self.upload_dir / f"{secrets.token_hex(16)}{_WHOLE}"
        try:
            with open(tmp, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            try:
                os.replace(tmp, dst)
            except FileNotFoundError:  # the blob's directory is new
                dst.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, dst)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        dir_fd = os.open(dst.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def discard(self, upload_id: str) -> None:
        p = self._partial(upload_id)
        if p.exists():
            p.unlink()

    def sweep_strays(self, older_than_seconds: float) -> int:
        """Remove the temporary files of ``store`` (``*.whole``) last written more than
        ``older_than_seconds`` ago: a process killed while it wrote one left it behind (a live
        write takes milliseconds, then renames it). Returns how many were removed."""
        cutoff = time.time() - older_than_seconds
        removed = 0
        for stray in self.upload_dir.glob(f"*{_WHOLE}"):
            try:
                if stray.stat().st_mtime < cutoff:
                    stray.unlink()
                    removed += 1
            except FileNotFoundError:  # renamed into place, or swept by another process, meanwhile
                continue
        return removed


def starts_with(storage: BlobStorage, sha256: str, base_sha256: str, base_length: int) -> bool:
    """True when the first ``base_length`` bytes of blob ``sha256`` are blob ``base_sha256``
    (by hashing them: the base itself is never read)."""
    h = hashlib.sha256()
    left = base_length
    with storage.open_read(sha256) as f:
        while left > 0:
            chunk = f.read(min(1024 * 1024, left))
            if not chunk:
                return False
            h.update(chunk)
            left -= len(chunk)
    return h.hexdigest() == base_sha256
