"""OCR with Tesseract: an invisible text layer under each page image, plus the text per page.

The approach is OCRmyPDF's: Tesseract renders a *text-only* PDF page (``-c textonly_pdf=1``:
glyph-less font, text render mode 3 = invisible) for each page image, and pikepdf draws that
page under the image page of the compact PDF, scaled to the same box. The image stays exactly
as compressed; the text layer costs a few kilobytes. Pages run in parallel (one single-threaded
Tesseract per CPU core), which is how Tesseract is fastest on a small machine.
"""
from __future__ import annotations

import contextlib
import io
import logging
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from desktop_app.i18n import translate
from desktop_app.errors import DocflowError, IntakeError, OcrCancelled, OcrLanguageMissing  # noqa: F401 - re-exported
from desktop_app.intake.pages import PageImage
from desktop_app.intake.pdf import save_compact

log = logging.getLogger(__name__)

TESSERACT = "tesseract"
DEFAULT_LANGUAGES = ("aze", "aze_cyrl", "rus", "eng")
PAGE_TIMEOUT_S = 180
MAX_OCR_DPI = 300
OCR_FONT = "/DfOcrFont"   # the text layer's font in a page's resources
# Debian/Ubuntu package per traineddata, for the "missing language" message.
PACKAGES = {"aze": "tesseract-ocr-aze", "aze_cyrl": "tesseract-ocr-aze-cyrl", "rus": "tesseract-ocr-rus",
            "eng": "tesseract-ocr-eng", "osd": "tesseract-ocr-osd"}


@dataclass(frozen=True)
class OcrResult:
    pdf: bytes
    text_per_page: list[str]

    @property
    def text(self) -> str:
        return "\n\f".join(self.text_per_page)


def installed_languages(executable: str = TESSERACT) -> set[str]:
    """Traineddata names Tesseract can load (empty if Tesseract is missing)."""
    if shutil.which(executable) is None:
        return set()
    out = subprocess.run([executable, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    return {ln.strip() for ln in out.stdout.splitlines()[1:] if ln.strip()}


def check_languages(languages: Sequence[str], executable: str = TESSERACT) -> None:
    """Raise :class:`OcrLanguageMissing` naming every chosen language that is not installed."""
    if not languages:
        raise OcrLanguageMissing(translate("OCR", "No OCR language is chosen in the settings."))
    if shutil.which(executable) is None:
        raise OcrLanguageMissing(translate("OCR", "Tesseract OCR is not installed, so the text of the pages cannot be recognised. The document is kept without text."))
    have = installed_languages(executable)
    missing = [lang for lang in languages if lang not in have]
    if missing:
        packages = ", ".join(PACKAGES.get(m, f"tesseract-ocr-{m.replace('_', '-')}") for m in missing)
        raise OcrLanguageMissing(translate("OCR", "The OCR language pack for {langs} is not installed (install {packages}). The document is kept without a text layer.").format(
            langs=", ".join(missing), packages=packages))


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"  # we run one Tesseract per core ourselves
    return env


def ocr_page(page: PageImage, languages: Sequence[str], workdir: Path, name: str = "page",
             executable: str = TESSERACT) -> tuple[bytes, str]:
    """(text-only PDF page, recognised text) for one page image."""
    img, dpi = page.image, page.dpi
    if dpi > MAX_OCR_DPI:
        f = MAX_OCR_DPI / dpi
        img = img.convert("L").resize((round(img.width * f), round(img.height * f)), Image.Resampling.LANCZOS)
        dpi = MAX_OCR_DPI
    if img.mode not in ("1", "L"):
        img = img.convert("L")
    src = workdir / f"{name}.{'pbm' if img.mode == '1' else 'pgm'}"
    img.save(src)  # uncompressed (PNG's compression cost more CPU than a quarter of the OCR)
    return ocr_image_file(src, dpi, languages, workdir / name, executable)


def ocr_image_file(src: Path, dpi: int, languages: Sequence[str], base: Path,
                   executable: str = TESSERACT) -> tuple[bytes, str]:
    """Run Tesseract on the image file ``src``: (text-only PDF page, text)."""
    try:
        proc = subprocess.run([executable, str(src), str(base), "-l", "+".join(languages), "--dpi", str(dpi),
                               # no second pass looking for white-on-black lines: letters rarely have
                               # them and the pass costs up to a third of the time
                               "-c", "tessedit_do_invert=0", "-c", "textonly_pdf=1", "pdf", "txt"],
                              capture_output=True, text=True, timeout=PAGE_TIMEOUT_S, env=_env(), check=False)
    except subprocess.TimeoutExpired as exc:
        raise IntakeError(translate("OCR", "Text recognition of a page took longer than {s} seconds and was stopped.").format(s=PAGE_TIMEOUT_S)) from exc
    pdf_path, txt_path = base.with_suffix(".pdf"), base.with_suffix(".txt")
    if proc.returncode != 0 or not pdf_path.exists():
        reason = (proc.stderr.strip().splitlines() or ["exit code %d" % proc.returncode])[-1]
        raise IntakeError(translate("OCR", "Tesseract could not read a page: {reason}").format(reason=reason))
    text = txt_path.read_text(encoding="utf-8", errors="replace") if txt_path.exists() else ""
    data = pdf_path.read_bytes()
    for leftover in (pdf_path, txt_path, src):
        leftover.unlink(missing_ok=True)  # a long document must not fill the temp folder
    return data, text


def render_pdf_page(pdf_path: Path, number: int, workdir: Path, dpi: int = 300) -> Path:
    """Page ``number`` (1-based) of the PDF as a grey PGM through poppler's ``pdftoppm``.

    One page at a time, so a long imported PDF never sits in memory as images.
    """
    if shutil.which("pdftoppm") is None:
        raise IntakeError(translate("OCR", "Reading PDF pages for OCR needs poppler's pdftoppm (package poppler-utils), which is not installed."))
    out = workdir / f"r{number:05d}"
    proc = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", "-f", str(number),
                           "-l", str(number), str(pdf_path), str(out)],
                          capture_output=True, text=True, timeout=PAGE_TIMEOUT_S, check=False)
    png = out.with_suffix(".pgm")  # uncompressed: no PNG compression just for Tesseract to undo
    if proc.returncode != 0 or not png.exists():
        raise IntakeError(translate("OCR", "The PDF pages could not be rendered for OCR ({reason}).").format(
            reason=(proc.stderr.strip().splitlines() or ["?"])[-1]))
    return png


def _open_pdf(pdf_bytes: bytes) -> PdfReader:
    return read_pdf(pdf_bytes, translate("OCR", "The PDF is password-protected, so it cannot be given a text layer."),
                    lambda reason: translate("OCR", "The PDF is damaged and cannot be given a text layer ({reason}).").format(reason=reason))


def read_pdf(pdf_bytes: bytes, encrypted: str, damaged: Callable[[str], str], error: type[DocflowError] = IntakeError) -> PdfReader:
    """``pdf_bytes`` opened leniently (pypdf logs what it mends), or ``error`` with the sentence for
    an encrypted file or, given the failure's name, a damaged one."""
    try:
        reader = PdfReader(io.BytesIO(pdf_bytes), strict=False)
        if reader.is_encrypted:
            raise error(encrypted)
        len(reader.pages)
        return reader
    except error:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise error(damaged(type(exc).__name__)) from exc


def extract_page_images(pdf_bytes: bytes, workdir: Path) -> list[tuple[Path, int] | None]:
    """For each page of a PDF intake made, its base image written as it is stored (a G4 page as a
    TIFF, a JPEG page as a JPEG: no decoding here) with its resolution; None for a page that has
    no such image (it is rendered instead). The colour patches drawn over a page are left out, so
    OCR reads the black print under a stamp."""
    import pikepdf
    from pikepdf import PdfImage

    out: list[tuple[Path, int] | None] = []
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for n, page in enumerate(pdf.pages):
            found = None
            try:
                xobjects = page.Resources.XObject
                names = [k for k in xobjects.keys() if not str(k).startswith("/DfPatch")
                         and xobjects[k].get("/Subtype") == "/Image"]
                if len(names) == 1:
                    img = xobjects[names[0]]
                    width_in = float(page.MediaBox[2] - page.MediaBox[0]) / 72
                    dpi = round(int(img.Width) / width_in) if width_in > 0 else 0
                    filters = img.get("/Filter")
                    filters = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)]
                    if 50 <= dpi <= 1200 and filters == ["/CCITTFaxDecode"]:
                        path = PdfImage(img).extract_to(fileprefix=str(workdir / f"e{n:05d}"))
                        found = (Path(path), dpi)
                    elif 50 <= dpi <= 1200 and filters == ["/DCTDecode"]:
                        found = _picture_page_for_ocr(PdfImage(img).as_pil_image(), dpi, workdir / f"e{n:05d}")
            except (AttributeError, KeyError, ValueError, pikepdf.PdfError, NotImplementedError) as exc:
                log.info("page %d: base image not extracted (%s); it is rendered instead", n + 1, exc)
            out.append(found)
    return out


def _picture_page_for_ocr(img: Image.Image, dpi: int, base: Path) -> tuple[Path, int]:
    """A JPEG page as Tesseract reads it best, written uncompressed next to ``base``: brought up
    to 300 dpi (pages are stored at 200; read at 200 dpi a grey letter loses ~3 % of its words);
    a colour page as its brightest channel (coloured ink made light, as for the bilevel layer);
    a grey page thresholded at :func:`raster.print_level`, so a stamp's mid-grey ink does not
    hide the lines under it (Otsu, Tesseract's own choice, keeps it: grey letters 96.9 % of
    words -> 98.4 %; a bilevel page is also cheaper for Tesseract to read)."""
    import numpy as np

    from desktop_app.intake import raster
    from desktop_app.intake.analyse import text_grey

    grey_scan = img.mode == "L"
    grey = text_grey(img.convert("RGB") if img.mode not in ("L", "RGB") else img)
    if dpi < MAX_OCR_DPI:
        f = MAX_OCR_DPI / dpi
        grey = grey.resize((round(grey.width * f), round(grey.height * f)), Image.Resampling.LANCZOS)
        dpi = MAX_OCR_DPI
    if grey_scan:
        arr = np.asarray(grey)
        grey = Image.fromarray(arr > raster.print_level(arr))  # mode 1, ink = False (black)
    path = base.with_suffix(".pbm" if grey_scan else ".pgm")
    grey.save(path)  # uncompressed; the resolution goes to Tesseract as --dpi
    return path, dpi


def ocr_pdf(pdf_bytes: bytes, languages: Sequence[str] = DEFAULT_LANGUAGES, *,
            images: list[PageImage] | None = None, embedded: bool = False, workers: int | None = None,
            progress: Callable[[int, int], None] | None = None, cancel: threading.Event | None = None,
            executable: str = TESSERACT) -> OcrResult:
    """Add an invisible text layer to every page of ``pdf_bytes``.

    Args:
        images: the page images the PDF was built from (full resolution, best for OCR); when
            None each PDF page is rendered at 300 dpi just before its OCR (one page in memory).
        embedded: read each page's own base image (PDFs intake made: G4 or JPEG pages) instead
            of rendering it; pages without one are rendered.
        workers: parallel Tesseract processes (default: CPU count).

    Returns:
        The new PDF (original page content untouched, text under it) and the text per page.

    Raises:
        OcrLanguageMissing: a language pack is missing (nothing produced; keep the document as is).
        OcrCancelled: ``cancel`` was set.
        IntakeError: an unreadable/encrypted PDF or a Tesseract failure.
    """
    check_languages(languages, executable)
    reader = _open_pdf(pdf_bytes)
    with tempfile.TemporaryDirectory(prefix="docflow-ocr-") as tmp:
        workdir = Path(tmp)
        count = len(reader.pages)
        if images is not None and len(images) != count:
            raise IntakeError(translate("OCR", "The PDF has {n} pages but {m} page images were given.").format(n=count, m=len(images)))
        source = workdir / "input.pdf"
        extracted = extract_page_images(pdf_bytes, workdir) if images is None and embedded else [None] * count
        if images is None:
            source.write_bytes(pdf_bytes)
        done = 0
        lock = threading.Lock()

        def run(i: int) -> tuple[bytes, str]:
            nonlocal done
            if cancel is not None and cancel.is_set():
                raise OcrCancelled(translate("OCR", "Text recognition was cancelled."))
            if images is not None:
                out = ocr_page(images[i], languages, workdir, f"p{i:05d}", executable)
            elif extracted[i] is not None:
                path, dpi = extracted[i]
                out = ocr_image_file(path, dpi, languages, workdir / f"p{i:05d}", executable)
            else:
                png = render_pdf_page(source, i + 1, workdir, MAX_OCR_DPI)
                out = ocr_image_file(png, MAX_OCR_DPI, languages, workdir / f"p{i:05d}", executable)
            with lock:
                done += 1
                if progress:
                    progress(done, count)
            return out

        with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
            results = list(pool.map(run, range(count)))
    return OcrResult(_merge_text_layers(pdf_bytes, [text_pdf for text_pdf, _ in results]),
                     [text.strip() for _, text in results])


def _merge_text_layers(pdf_bytes: bytes, text_pdfs: list[bytes]) -> bytes:
    """Each page's text-only PDF page drawn under it, scaled to the page's box: Tesseract's
    content stream copied as it is (wrapped in ``q cm ... Q``) in front of the page's own, its
    font added to the page's resources, one copy of that GlyphLessFont for the whole document.
    Nothing is parsed (pypdf's merge parsed every text operator of both pages, ~0.3 CPU s a
    page) and the page keeps its one image XObject."""
    import pikepdf

    try:
        with contextlib.ExitStack() as stack:
            pdf = stack.enter_context(pikepdf.open(io.BytesIO(pdf_bytes)))
            font = None
            for page, text_pdf in zip(pdf.pages, text_pdfs):
                text = stack.enter_context(pikepdf.open(io.BytesIO(text_pdf)))
                text_page = text.pages[0]
                fonts = text_page.Resources.get("/Font", pikepdf.Dictionary())
                content = b"\n".join(c.read_bytes() for c in text_page.obj.Contents) \
                    if isinstance(text_page.obj.Contents, pikepdf.Array) else text_page.obj.Contents.read_bytes()
                if len(fonts) > 1:
                    raise pikepdf.PdfError(f"unexpected text layer with {len(fonts)} fonts")
                for name in list(fonts.keys()):  # one GlyphLessFont, under a name of ours
                    if font is None:
                        font = pdf.copy_foreign(fonts[name])
                    content = content.replace(name.encode("ascii") + b" ", OCR_FONT.encode("ascii") + b" ")
                    if "/Resources" not in page.obj:
                        page.obj.Resources = pikepdf.Dictionary()
                    if "/Font" not in page.obj.Resources:
                        page.obj.Resources.Font = pikepdf.Dictionary()
                    page.obj.Resources.Font[OCR_FONT] = font
                box, tbox = [float(v) for v in page.mediabox], [float(v) for v in text_page.mediabox]
                sx, sy = (box[2] - box[0]) / (tbox[2] - tbox[0]), (box[3] - box[1]) / (tbox[3] - tbox[1])
                head = f"q {sx:.6f} 0 0 {sy:.6f} {box[0] - tbox[0] * sx:.4f} {box[1] - tbox[1] * sy:.4f} cm\n"
                page.contents_add(pikepdf.Stream(pdf, head.encode("ascii") + content + b"\nQ\n"), prepend=True)
            return save_compact(pdf)
    except (pikepdf.PdfError, ZeroDivisionError, AttributeError, KeyError) as exc:
        raise IntakeError(translate("OCR", "The PDF is damaged and cannot be given a text layer ({reason}).").format(reason=type(exc).__name__)) from exc
