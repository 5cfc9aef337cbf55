"""One file on its way in: copied safely, inspected, and (when it is a scan) read page by page.

* :func:`stage` streams the file into a private temporary file while hashing it, after
  :func:`validate.open_regular` has made sure it is a regular file within the size limit; the
  rest of the pipeline reads only that private copy, so a file changing or vanishing on a
  network share cannot change what is imported half-way.
* :func:`inspect` decides what the file is: a PDF with text or a signature is kept
  byte-for-byte; an image-only PDF or an image (PNG, JPEG, TIFF, multi-page TIFF) is a scan.
* :func:`iter_pages` yields a scan's pages one at a time (one decoded page in memory), each
  bounded in pixels; PDF pages are rendered by poppler's ``pdftoppm`` in a child process with a
  time limit, so a hostile PDF cannot take the application with it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence

from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from desktop_app.intake.images import MAX_PAGES_PER_IMAGE, dpi_of
from desktop_app.intake.pages import PageImage, normalise_mode
from desktop_app.intake.validate import (
    MAX_FILE_BYTES, MAX_IMAGE_PIXELS, PDF_MIME, check_image_size, open_regular, read_limited, reading_image, sniff,
)

MAX_PDF_PAGES = 2000          # a scan longer than this is refused (a feeder batch is far shorter)
RENDER_DPI = 300
RENDER_TIMEOUT_S = 120
TEXT_PAGES_CHECKED = 5        # a PDF with text on its first pages is born-digital
MIN_TEXT_CHARS = 40           # fewer letters than this on those pages: an image-only PDF (a scan)


@dataclass(frozen=True)
class StagedFile:
    """A private, hashed copy of the file being imported."""

    name: str
    path: Path
    sha256: str
    size: int

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Inspection:
    """What a staged file is."""

    mime: str
    pages: int
    signed: bool = False
    text: str = ""          # text found in a PDF (what the search index gets for a kept PDF)
    images: bool = False    # the PDF's first page shows an image

    @property
    def is_scan(self) -> bool:
        """An image, or an image-only PDF (pictures of pages, no text, no signature): it goes through
        the scan pipeline. Any other PDF is kept byte-for-byte."""
        if self.mime != PDF_MIME:
            return True
        return not self.signed and self.images and len("".join(self.text.split())) < MIN_TEXT_CHARS


def stage(path: os.PathLike[str] | str, directory: Path, limit: int = MAX_FILE_BYTES) -> StagedFile:
    """Copy ``path`` into ``directory`` (a private temporary folder) while hashing it, in 1 MB
    chunks; nothing is left behind if anything fails.

    Raises:
        InvalidInput: not a regular file, too large, empty, or unreadable (naming the file).
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix="in-")
    try:
        with os.fdopen(fd, "wb") as sink, open_regular(path, limit) as (f, _size):
            sha, size, _ = read_limited(f, path, limit, sink)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if size == 0:
        Path(tmp).unlink(missing_ok=True)
        raise InvalidInput(translate("Import", "{name}: the file is empty (0 bytes).").format(name=path.name))
    return StagedFile(path.name, Path(tmp), sha, size)


def inspect(staged: StagedFile) -> Inspection:
    """Type by content and a first validation; a PDF's text and signature are read here.

    Raises:
        InvalidInput: not a PDF or an image, damaged, truncated, encrypted, too many pages or pixels.
    """
    name = staged.name
    with open(staged.path, "rb") as f:
        head = f.read(1024)
        f.seek(max(0, staged.size - 2048))
        tail = f.read()
    mime = sniff(head)
    if mime is None:
        raise InvalidInput(translate("Import", "{name}: not a PDF or an image (PNG, JPEG, TIFF); its content is of another kind.").format(name=name))
    if mime == PDF_MIME:
        if b"%%EOF" not in tail:
            raise InvalidInput(translate("Import", "{name}: the PDF is truncated (its end is missing); ask for the file again.").format(name=name))
        return _inspect_pdf(staged)
    with reading_image(name), Image.open(staged.path) as img:
        check_image_size(name, *img.size)
        frames = getattr(img, "n_frames", 1)
        if frames > MAX_PAGES_PER_IMAGE:
            raise InvalidInput(translate("Import", "{name}: the image has more than {n} pages.").format(name=name, n=MAX_PAGES_PER_IMAGE))
        img.verify()
    return Inspection(mime, frames)


def _inspect_pdf(staged: StagedFile) -> Inspection:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from desktop_app.intake.validate import has_signature

    name = staged.name
    try:
        with open(staged.path, "rb") as f:  # pypdf logs what it mends; it warns of nothing
            reader = PdfReader(f, strict=False)
            if reader.is_encrypted:
                raise InvalidInput(translate("Import", "{name}: the PDF is password-protected; ask the sender for an unprotected copy.").format(name=name))
            pages = len(reader.pages)
            if pages == 0:
                raise InvalidInput(translate("Import", "{name}: the PDF has no pages.").format(name=name))
            if pages > MAX_PDF_PAGES:
                raise InvalidInput(translate("Import", "{name}: the PDF has {n} pages; the limit is {limit}.").format(name=name, n=pages, limit=MAX_PDF_PAGES))
            for page in reader.pages[:3]:
                page.mediabox  # noqa: B018 - touching the page proves the object tree is readable
            signed = has_signature(reader)
            text = "\n".join((p.extract_text() or "") for p in reader.pages[:TEXT_PAGES_CHECKED])
            images = _shows_images(reader.pages[0])
    except InvalidInput:
        raise
    except (PdfReadError, *_PDF_DAMAGE) as exc:
        raise _damaged(name, exc) from exc
    return Inspection(PDF_MIME, pages, signed, text, images)


#: What pypdf raises on a damaged file besides its own PdfReadError.
_PDF_DAMAGE = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError)


def _damaged(name: str, exc: BaseException) -> InvalidInput:
    return InvalidInput(translate("Import", "{name}: the PDF is damaged and cannot be read ({reason}).").format(name=name, reason=type(exc).__name__))


def _shows_images(page) -> bool:  # noqa: ANN001 - a pypdf page
    """Whether the page's resources hold an image (without decoding it)."""
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return False
    return any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.get_object().values())


def iter_pages(staged: StagedFile, inspection: Inspection, workdir: Path) -> Iterator[PageImage]:
    """The scan's pages, one decoded page at a time.

    Raises:
        InvalidInput: a page that cannot be decoded or would be too large.
    """
    if inspection.mime == PDF_MIME:
        for number, size in enumerate(_pdf_page_sizes(staged), start=1):
            yield _render_pdf_page(staged, number, size, workdir)
        return
    with reading_image(staged.name), Image.open(staged.path) as img:
        for i, frame in enumerate(ImageSequence.Iterator(img)):
            if i >= MAX_PAGES_PER_IMAGE:
                break
            check_image_size(staged.name, frame.width, frame.height)
            frame.load()
            upright = ImageOps.exif_transpose(frame.copy())
            yield PageImage(normalise_mode(upright), dpi_of(frame))


def _pdf_page_sizes(staged: StagedFile) -> list[tuple[float, float]]:
    """Every page's width and height in inches, read in one pass (the file was inspected already).

    Raises:
        InvalidInput: a page's object cannot be read.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with open(staged.path, "rb") as f:  # pypdf logs what it mends; it warns of nothing
            boxes = [page.mediabox for page in PdfReader(f, strict=False).pages]
            return [(abs(float(box.width)) / 72, abs(float(box.height)) / 72) for box in boxes]
    except (PdfReadError, *_PDF_DAMAGE) as exc:
        raise _damaged(staged.name, exc) from exc


def _render_pdf_page(staged: StagedFile, number: int, size: tuple[float, float], workdir: Path) -> PageImage:
    """Page ``number`` (``size`` inches) of the PDF in colour at up to 300 dpi (less for a huge page: pixels bounded)."""
    if shutil.which("pdftoppm") is None:
        raise InvalidInput(translate("OCR", "Reading PDF pages for OCR needs poppler's pdftoppm (package poppler-utils), which is not installed."))
    w_in, h_in = size
    dpi = RENDER_DPI
    if w_in * h_in * dpi * dpi > MAX_IMAGE_PIXELS:
        dpi = max(50, int((MAX_IMAGE_PIXELS / max(w_in * h_in, 1e-6)) ** 0.5))
    out = workdir / f"page{number:05d}"
    try:
        proc = subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(number), "-l", str(number),
                               str(staged.path), str(out)], capture_output=True, text=True, timeout=RENDER_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise InvalidInput(translate("Import", "{name}: page {n} took too long to read ({s} seconds); the PDF was not imported.").format(
            name=staged.name, n=number, s=RENDER_TIMEOUT_S)) from exc
    png = out.with_suffix(".png")
    if proc.returncode != 0 or not png.exists():
        png.unlink(missing_ok=True)
        raise InvalidInput(translate("Import", "{name}: page {n} of the PDF cannot be read.").format(name=staged.name, n=number))
    try:
        with reading_image(staged.name), Image.open(png) as img:
            check_image_size(staged.name, img.width, img.height)
            img.load()
            page = PageImage(normalise_mode(img.copy()), dpi)
    finally:
        png.unlink(missing_ok=True)
    return page


def read_bytes(staged: StagedFile) -> bytes:
    """The staged copy's bytes (for files kept byte-for-byte)."""
    return staged.path.read_bytes()
