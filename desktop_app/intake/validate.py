"""Checks a file before it may become a document: type by content, readability, limits.

Every refusal is an :class:`~desktop_app.errors.InvalidInput` whose message names the file
and the reason in words a secretary understands.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate

MAX_FILE_BYTES = 512 * 1024 * 1024
CHUNK = 1 << 20
MAX_IMAGE_PIXELS = 200_000_000  # ~ A0 at 600 dpi; larger is refused as a likely decompression bomb

PDF_MIME = "application/pdf"
IMAGE_MIMES = {"PNG": "image/png", "JPEG": "image/jpeg", "TIFF": "image/tiff"}


@dataclass(frozen=True)
class CheckedFile:
    """What the checks learned about an acceptable file."""

    mime: str
    pages: int
    signed: bool = False


def sniff(data: bytes) -> str | None:
    """Return the MIME type by content (not by extension), or None."""
    if data.startswith(b"%PDF-") or (b"%PDF-" in data[:1024]):
        return PDF_MIME
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    return None


def check_bytes(name: str, data: bytes) -> CheckedFile:
    """Validate ``data`` (the content of file ``name``)."""
    if not data:
        raise InvalidInput(translate("Import", "{name}: the file is empty (0 bytes).").format(name=name))
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(translate("Import", "{name}: the file is too large ({size} MB; the limit is {limit} MB).").format(
            name=name, size=len(data) // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)))
    mime = sniff(data)
    if mime is None:
        raise InvalidInput(translate("Import", "{name}: not a PDF or an image (PNG, JPEG, TIFF); its content is of another kind.").format(name=name))
    if mime == PDF_MIME:
        return _check_pdf(name, data)
    return _check_image(name, data, mime)


def _refuse(path: Path, reason: str) -> InvalidInput:
    return InvalidInput(reason.format(name=path.name))


def kind_refusal(path: Path, mode: int, linked: bool) -> InvalidInput | None:
    """Why ``path`` (its target's ``st_mode``) is not a file we read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _refuse(path, translate("Import", "{name}: this is a folder, not a file."))
    if stat.S_ISFIFO(mode):
        what = translate("Import", "a pipe (FIFO)")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = translate("Import", "a device")
    elif stat.S_ISSOCK(mode):
        what = translate("Import", "a socket")
    else:
        what = translate("Import", "a special file")
    if linked:
        return InvalidInput(translate("Import", "{name}: this is a link to {what}, not to a file; only regular files can be imported.").format(
            name=path.name, what=what))
    return InvalidInput(translate("Import", "{name}: this is {what}, not a file; only regular files can be imported.").format(name=path.name, what=what))


def _too_large(path: Path, size: int, limit: int) -> InvalidInput:
    return InvalidInput(translate("Import", "{name}: the file is too large ({size} MB; the limit is {limit} MB).").format(
        name=path.name, size=size // (1024 * 1024), limit=limit // (1024 * 1024)))


def _os_refusal(path: Path, exc: OSError) -> InvalidInput:
    if isinstance(exc, FileNotFoundError):
        if os.path.lexists(path):
            return _refuse(path, translate("Import", "{name}: the link points to a file that does not exist."))
        return _refuse(path, translate("Import", "{name}: the file is no longer there (it was moved or deleted)."))
    if isinstance(exc, IsADirectoryError):
        return _refuse(path, translate("Import", "{name}: this is a folder, not a file."))
    if isinstance(exc, PermissionError):
        return _refuse(path, translate("Import", "{name}: permission to read the file was denied."))
    if exc.errno == errno.ELOOP:
        return _refuse(path, translate("Import", "{name}: the link leads in a circle and points to no file."))
    if exc.errno == errno.ENXIO:  # opening a socket or an unconnected device
        return _refuse(path, translate("Import", "{name}: this is not a regular file; only regular files can be imported."))
    return InvalidInput(translate("Import", "{name}: the file could not be read ({reason}).").format(name=path.name, reason=exc.strerror or exc))


@contextlib.contextmanager
def open_regular(path: os.PathLike[str] | str, limit: int = MAX_FILE_BYTES) -> Iterator[tuple[BinaryIO, int]]:
    """Open ``path`` for reading only if, after following links, it is a regular file of at most
    ``limit`` bytes (by ``stat``, before a byte is read); yields (binary file, size).

    Opening never blocks: a FIFO, device or socket is refused from its ``stat`` first, and the
    file is opened non-blocking, then checked again on the open descriptor (the same file, still
    regular), so a name swapped for a FIFO in between cannot hang the caller either.

    Raises:
        InvalidInput: naming the file and the reason (missing, a folder, a pipe, a device,
            a socket, a dangling or looping link, too large, unreadable).
    """
    path = Path(path)
    linked = path.is_symlink()
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _os_refusal(path, exc) from exc
    refusal = kind_refusal(path, st.st_mode, linked)
    if refusal is not None:
        raise refusal
    if st.st_size > limit:
        raise _too_large(path, st.st_size, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_refusal(path, exc) from exc
    try:
        fst = os.fstat(fd)
        refusal = kind_refusal(path, fst.st_mode, linked)
        if refusal is None and (fst.st_dev, fst.st_ino) != (st.st_dev, st.st_ino):
            refusal = _refuse(path, translate("Import", "{name}: the file was replaced while it was being opened; try again."))
        if refusal is None and fst.st_size > limit:
            refusal = _too_large(path, fst.st_size, limit)
        if refusal is not None:
            raise refusal
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        f = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with f:
        yield f, fst.st_size


def read_limited(f: BinaryIO, path: Path, limit: int = MAX_FILE_BYTES, sink: BinaryIO | None = None) -> tuple[str, int, bytes | None]:
    """Stream ``f`` (opened by :func:`open_regular`) in 1 MB chunks: SHA-256 and size, plus the
    bytes (when ``sink`` is None) or a copy written to ``sink``. A file growing past ``limit``
    while it is read is refused."""
    digest, size = hashlib.sha256(), 0
    chunks: list[bytes] = []
    try:
        while chunk := f.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise _too_large(path, size, limit)
            digest.update(chunk)
            if sink is None:
                chunks.append(chunk)
            else:
                sink.write(chunk)
    except OSError as exc:
        raise _os_refusal(path, exc) from exc
    return digest.hexdigest(), size, (b"".join(chunks) if sink is None else None)


def check_file(path: Path) -> tuple[bytes, CheckedFile]:
    """Read and validate the file at ``path``: a regular file (links followed) within the size
    limit, read once with a bound; a vanished, special or unreadable file is a clear error."""
    path = Path(path)
    with open_regular(path) as (f, _size):
        _sha, _n, data = read_limited(f, path)
    assert data is not None
    return data, check_bytes(path.name, data)


def _check_pdf(name: str, data: bytes) -> CheckedFile:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if b"%%EOF" not in data[-2048:]:
        raise InvalidInput(translate("Import", "{name}: the PDF is truncated (its end is missing); ask for the file again.").format(name=name))
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise InvalidInput(translate("Import", "{name}: the PDF is password-protected; ask the sender for an unprotected copy.").format(name=name))
        pages = len(reader.pages)
        if pages == 0:
            raise InvalidInput(translate("Import", "{name}: the PDF has no pages.").format(name=name))
        for page in reader.pages[:3]:
            page.mediabox  # noqa: B018 - touching the page proves the object tree is readable
        signed = has_signature(reader)
    except InvalidInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as exc:
        raise InvalidInput(translate("Import", "{name}: the PDF is damaged and cannot be read ({reason}).").format(name=name, reason=type(exc).__name__)) from exc
    return CheckedFile(PDF_MIME, pages, signed)


def pdf_is_signed(data: bytes) -> bool:
    """Whether the PDF carries a signature (False for anything unreadable)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        return has_signature(PdfReader(io.BytesIO(data), strict=False))
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError):
        return False


def has_signature(reader) -> bool:  # noqa: ANN001 - a pypdf PdfReader
    """Whether the PDF read by ``reader`` has a filled signature field."""
    try:
        fields = reader.get_fields() or {}
    except Exception:  # noqa: BLE001 - a broken AcroForm only means "no readable signature"
        return False
    return any(f.get("/FT") == "/Sig" and f.get("/V") is not None for f in fields.values())


@contextlib.contextmanager
def reading_image(name: str) -> Iterator[None]:
    """Around any Pillow reading of file ``name``: a decompression bomb is refused, and a damaged or
    truncated image becomes an :class:`InvalidInput` naming the file (shared with ``intake.images``)."""
    from PIL import Image, UnidentifiedImageError

    # Pillow's own limit is ours: an option of the library, not a warnings filter (swapped at run time it changes the
    # process-wide filters under every other thread). Past it Pillow only warns -- the size check after each
    # open (check_image_size) refuses the image by name -- and past twice it refuses before decoding.
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        yield
    except InvalidInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InvalidInput(translate("Import", "{name}: the image would expand to an unsafe size (a decompression bomb); it was not opened.").format(name=name)) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise InvalidInput(translate("Import", "{name}: the image is damaged or truncated and cannot be read.").format(name=name)) from exc


def check_image_size(name: str, w: int, h: int) -> None:
    if w * h > MAX_IMAGE_PIXELS:
        raise InvalidInput(translate("Import", "{name}: the image is too large ({w} × {h} pixels); scan at a lower resolution.").format(name=name, w=w, h=h))


def _check_image(name: str, data: bytes, mime: str) -> CheckedFile:
    from PIL import Image

    with reading_image(name):
        with Image.open(io.BytesIO(data)) as img:
            check_image_size(name, *img.size)
            frames = getattr(img, "n_frames", 1)
            img.verify()
        with Image.open(io.BytesIO(data)) as img:
            for i in range(frames):
                img.seek(i)
                check_image_size(name, *img.size)  # each frame: a small first page may hide a huge second
                img.load()
    return CheckedFile(mime, frames)
