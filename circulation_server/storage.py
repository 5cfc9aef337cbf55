"""File storage behind a small interface: content-addressed blobs plus partial uploads on disk."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import BinaryIO, Protocol


class BlobStorage(Protocol):
    """What the server needs from a file store (disk here; object storage could implement it)."""

    def has(self, sha256: str) -> bool: ...
    def path(self, sha256: str) -> Path: ...
    def partial_size(self, upload_id: str) -> int: ...
    def open_partial(self, upload_id: str, offset: int) -> BinaryIO: ...
    def truncate_partial(self, upload_id: str, size: int) -> None: ...
    def partial_sha256(self, upload_id: str) -> str: ...
    def promote(self, upload_id: str, sha256: str) -> None: ...
    def discard(self, upload_id: str) -> None: ...


class DiskBlobStorage:
    """Blobs at ``root/blobs/ab/cd/<sha256>``; partial uploads at ``root/uploads/<id>.part``.

    Promotion is an atomic rename after fsync, so a blob path either holds the complete verified
    bytes or does not exist.
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

    def discard(self, upload_id: str) -> None:
        p = self._partial(upload_id)
        if p.exists():
            p.unlink()
