"""Checks a file before it may become a document: type by content, readability, limits.

Every refusal is an :class:`~desktop_app.errors.InvalidInput` whose message names the file
and the reason in words a secretary understands.
"""
from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate

MAX_FILE_BYTES = 512 * 1024 * 1024
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


def check_file(path: Path) -> tuple[bytes, CheckedFile]:
    """Read and validate the file at ``path``; a vanished or unreadable file is a clear error."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(translate("Import", "{name}: the file is too large ({size} MB; the limit is {limit} MB).").format(
                name=path.name, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInput(translate("Import", "{name}: the file is no longer there (it was moved or deleted).").format(name=path.name)) from exc
    except IsADirectoryError as exc:
        raise InvalidInput(translate("Import", "{name}: this is a folder, not a file.").format(name=path.name)) from exc
    except PermissionError as exc:
        raise InvalidInput(translate("Import", "{name}: permission to read the file was denied.").format(name=path.name)) from exc
    except OSError as exc:
        raise InvalidInput(translate("Import", "{name}: the file could not be read ({reason}).").format(name=path.name, reason=exc.strerror or exc)) from exc
    return data, check_bytes(path.name, data)


def _check_pdf(name: str, data: bytes) -> CheckedFile:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if b"%%EOF" not in data[-2048:]:
        raise InvalidInput(translate("Import", "{name}: the PDF is truncated (its end is missing); ask for the file again.").format(name=name))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise InvalidInput(translate("Import", "{name}: the PDF is password-protected; ask the sender for an unprotected copy.").format(name=name))
            pages = len(reader.pages)
            if pages == 0:
                raise InvalidInput(translate("Import", "{name}: the PDF has no pages.").format(name=name))
            for page in reader.pages[:3]:
                page.mediabox  # noqa: B018 - touching the page proves the object tree is readable
            signed = _has_signature(reader)
    except InvalidInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as exc:
        raise InvalidInput(translate("Import", "{name}: the PDF is damaged and cannot be read ({reason}).").format(name=name, reason=type(exc).__name__)) from exc
    return CheckedFile(PDF_MIME, pages, signed)


def _has_signature(reader) -> bool:  # noqa: ANN001
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

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
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
                img.load()
    return CheckedFile(mime, frames)
