"""Turn an image file (PNG, JPEG, TIFF incl. multipage, PNM) into pages, refusing bad input clearly.

The file is first checked by :mod:`desktop_app.intake.validate` (type by content, size limits,
decompression bombs, truncation); only then are its frames decoded. Nothing is written.
"""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence

from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from desktop_app.intake.pages import PageImage, normalise_mode
from desktop_app.intake.validate import PDF_MIME, check_bytes, check_image_size, reading_image

DEFAULT_DPI = 300
MAX_PAGES_PER_IMAGE = 1000


def dpi_of(img: Image.Image) -> int:
    """The image's resolution (dots per inch) as its file states it, or DEFAULT_DPI when absent or implausible."""
    dpi = img.info.get("dpi")
    try:
        value = round(float(dpi[0])) if dpi else 0
    except (TypeError, ValueError, IndexError):
        value = 0
    return value if 50 <= value <= 1200 else DEFAULT_DPI


def pages_from_image_bytes(name: str, data: bytes) -> list[PageImage]:
    """Every frame of the image ``data`` (file ``name``) as a page.

    Raises:
        InvalidInput: not an image, a PDF, damaged/truncated, too large, or a decompression bomb.
    """
    checked = check_bytes(name, data)
    if checked.mime == PDF_MIME:
        raise InvalidInput(translate("Import", "{name}: this is a PDF, not an image.").format(name=name))
    pages: list[PageImage] = []
    with reading_image(name), Image.open(io.BytesIO(data)) as img:
        for i, frame in enumerate(ImageSequence.Iterator(img)):
            if i >= MAX_PAGES_PER_IMAGE:
                raise InvalidInput(translate("Import", "{name}: the image has more than {n} pages.").format(name=name, n=MAX_PAGES_PER_IMAGE))
            check_image_size(name, frame.width, frame.height)
            frame.load()
            upright = ImageOps.exif_transpose(frame.copy())
            pages.append(PageImage(normalise_mode(upright), dpi_of(frame)))
    return pages


def pages_from_image_file(path: Path) -> list[PageImage]:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInput(translate("Import", "{name}: the file is no longer there (it was moved or deleted).").format(name=Path(path).name)) from exc
    except OSError as exc:
        raise InvalidInput(translate("Import", "{name}: the file could not be read ({reason}).").format(name=Path(path).name, reason=exc.strerror or exc)) from exc
    return pages_from_image_bytes(Path(path).name, data)
