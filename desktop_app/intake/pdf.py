"""Assemble page images into a compact PDF.

Bilevel pages are stored as CCITT Group 4 (Pillow writes a G4 TIFF; img2pdf copies the G4 stream
into the PDF unchanged as a /CCITTFaxDecode image), grey and colour pages as JPEG at the chosen
quality (img2pdf embeds the JPEG as /DCTDecode without re-encoding), optionally downsampled.
Everything happens in memory: the caller gets bytes or an error, never half a file.
"""
from __future__ import annotations

import io
import struct
from collections.abc import Callable
from dataclasses import dataclass

import img2pdf
import numpy as np
import pikepdf
from PIL import Image

from desktop_app.i18n import translate
from desktop_app.intake import raster
from desktop_app.intake.analyse import PagePlan, plan_page, text_grey
from desktop_app.intake.cleanup import smooth_ink
from desktop_app.intake.pages import Compression, IntakeError, PageImage


@dataclass(frozen=True)
class PdfOptions:
    """Document-wide compression choices (a page's own ``compression`` overrides ``compression``)."""

    compression: Compression = Compression.AUTO
    jpeg_quality: int = 25        # text stays clean at 25 on a 200 dpi grey page
    max_jpeg_dpi: int | None = 200   # grey/colour pages above this are downsampled; None keeps them
    despeckle_g4: bool = True        # blur + despeckle/smooth (cleanup.smooth_ink) when thresholding to G4
    keep_colour: bool = True         # text pages keep colour/picture regions (stamps, signatures) as patches
    patch_dpi: int = 150             # resolution of those patches
    patch_quality: int = 45          # and their JPEG quality

    def __post_init__(self) -> None:
        object.__setattr__(self, "compression", Compression(self.compression))
        for q in (self.jpeg_quality, self.patch_quality):
            if not 5 <= q <= 95:
                raise IntakeError(translate("PDF", "The JPEG quality must be between 5 and 95 (not {q}).").format(q=q))

    def to_dict(self) -> dict:
        return {"compression": self.compression.value, "jpeg_quality": self.jpeg_quality,
                "max_jpeg_dpi": self.max_jpeg_dpi, "despeckle_g4": self.despeckle_g4, "keep_colour": self.keep_colour,
                "patch_dpi": self.patch_dpi, "patch_quality": self.patch_quality}

    @classmethod
    def from_dict(cls, d: dict) -> "PdfOptions":
        return cls(**{k: v for k, v in (d or {}).items() if k in cls.__dataclass_fields__})


def bilevel_ink(image: Image.Image, despeckle: bool = True, dpi: int = 300) -> np.ndarray:
    """The ink of a grey/colour image as a uint8 array (1 = ink): Otsu, optionally after a light blur
    and followed by :func:`cleanup.smooth_ink`. Made with as few page-sized copies as possible."""
    src = image if image.mode == "L" else image.convert("L")
    if despeckle:
        # A light blur before Otsu drops single-pixel dust and smooths glyph edges, which
        # both reads better and gives G4 fewer run changes to code (measured: 5-13% smaller).
        src = src.filter(raster.gaussian_kernel_3x3(0.8))
    grey = np.asarray(src)
    ink = np.less_equal(grey, raster.otsu_level(grey)).view(np.uint8)
    del grey, src
    return smooth_ink(ink, dpi) if despeckle else ink


def to_bilevel(image: Image.Image, despeckle: bool = True, dpi: int = 300) -> Image.Image:
    """Threshold a grey/colour image to 1 bit (Otsu), optionally smoothed and despeckled."""
    if image.mode == "1":
        return image
    return Image.fromarray(bilevel_ink(image, despeckle, dpi) == 0)


PHOTOMETRIC_TAG = 262   # TIFF PhotometricInterpretation; 0 = WhiteIsZero (MinIsWhite)


def g4_tiff(image: Image.Image, dpi: int) -> bytes:
    """A bilevel image as a single-strip CCITT Group 4 TIFF coded the way fax coding expects.

    G4 codes every row as alternating "white" and "black" runs with different code tables:
    short codes for long white runs (paper) and for short black runs (strokes). Pillow stores a
    mode-1 image as BlackIsZero, so libtiff would code the paper as "black" runs and the ink as
    "white" ones: the same picture, 3-4 % more bytes on a dense text page. Here the ink is stored
    as 1 bits and the TIFF says WhiteIsZero (img2pdf then writes ``/BlackIs1 false``, the PDF
    default). Pillow can write WhiteIsZero itself, but it inverts the pixels in a Python loop
    (seconds per A4 page), so the inverted bits are written through numpy and the one tag is
    set in the IFD afterwards.

    One strip, because PDF takes a G4 image as one stream: img2pdf copies a single-strip G4
    TIFF unchanged, but decodes and re-encodes one split into strips (Pillow's default).
    """
    return g4_tiff_from_ink(np.logical_not(np.asarray(image.convert("1"))), dpi)


def g4_tiff_from_ink(ink: np.ndarray, dpi: int) -> bytes:
    """:func:`g4_tiff` of an ink array (non-zero = ink) without making a bilevel image first."""
    ink_as_ones = Image.fromarray(ink.view(bool) if ink.dtype == np.uint8 else ink.astype(bool))  # mode 1, ink = 1 bits
    height, width = ink.shape
    buf = io.BytesIO()
    strip = (width + 7) // 8 * height
    ink_as_ones.save(buf, "TIFF", compression="group4", dpi=(dpi, dpi), strip_size=max(strip, 1))
    data = bytearray(buf.getvalue())
    order = {b"II": "<", b"MM": ">"}[bytes(data[:2])]
    (ifd,) = struct.unpack_from(order + "I", data, 4)
    (entries,) = struct.unpack_from(order + "H", data, ifd)
    for i in range(entries):
        at = ifd + 2 + 12 * i
        tag, kind, count = struct.unpack_from(order + "HHI", data, at)
        if tag == PHOTOMETRIC_TAG:
            if kind != 3 or count != 1:  # SHORT, one value, stored in the entry itself
                raise ValueError(f"unexpected TIFF photometric entry (type {kind}, count {count})")
            struct.pack_into(order + "H", data, at + 8, 0)
            return bytes(data)
    raise ValueError("the TIFF writer left out the photometric tag")


def page_plan(page: PageImage, options: PdfOptions) -> PagePlan:
    """How ``page`` is stored: its own override, else the document's, else :func:`analyse.plan_page`."""
    choice = page.compression if page.compression != Compression.AUTO else options.compression
    auto = plan_page(page, options.keep_colour)
    if choice == Compression.AUTO or choice == auto.compression:
        return auto
    if choice == Compression.G4:
        return PagePlan(Compression.G4, reason="chosen: black and white")
    colour = page.image.mode == "RGB" and (auto.colour or any(p.colour for p in auto.patches) or not options.keep_colour)
    return PagePlan(Compression.JPEG, colour, reason="chosen: picture")


def effective_compression(page: PageImage, options: PdfOptions) -> Compression:
    return page_plan(page, options).compression


def paper_to_white(img: Image.Image) -> Image.Image:
    """The crop with its paper made white (each channel divided by the paper's colour, the light
    end of the crop), so a patch sits on the white of the bilevel page without a tinted box."""
    arr = np.asarray(img, dtype=np.float32)
    flat = arr.reshape(-1, arr.shape[2]) if arr.ndim == 3 else arr.reshape(-1, 1)
    paper = np.maximum(np.percentile(flat, 90, axis=0), 64.0)
    out = np.clip(arr / (paper if arr.ndim == 3 else paper[0]) * 255 * 1.04, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def _jpeg(img: Image.Image, dpi: int, max_dpi: int | None, quality: int) -> tuple[bytes, int]:
    if max_dpi and dpi > max_dpi:
        f = max_dpi / dpi
        img = img.resize((max(1, round(img.width * f)), max(1, round(img.height * f))), Image.Resampling.LANCZOS)
        dpi = max_dpi
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True, progressive=True)
    return buf.getvalue(), dpi


@dataclass(frozen=True)
class EncodedPatch:
    """A patch ready for the PDF: a JPEG, or a G4 stencil painted in ``fill`` (0-1 RGB)."""

    data: bytes
    width: int
    height: int
    box_pt: tuple[float, float, float, float]    # x, y (from the bottom), w, h in points
    colour: bool = True
    fill: tuple[float, float, float] | None = None   # a stencil's ink colour; None for a JPEG


@dataclass(frozen=True)
class EncodedPage:
    """A page ready for the PDF: its base image (G4 TIFF or JPEG) and the patches drawn over it."""

    base: bytes
    plan: PagePlan
    width_pt: float
    height_pt: float
    patches: tuple[EncodedPatch, ...] = ()

    @property
    def size(self) -> int:
        return len(self.base) + sum(len(p.data) for p in self.patches)


STENCIL_CHROMA = 40   # at full resolution: a pixel of the stencil is this colourful at least


def _stencil(crop: Image.Image, dpi: int) -> tuple[bytes, tuple[float, float, float]] | None:
    """The coloured ink of ``crop`` (RGB, paper already white) as a single-strip G4 stream of its
    shape, and its median colour; None when nothing coloured is left."""
    arr = np.asarray(crop, dtype=np.int16)
    chroma = arr.max(axis=2) - arr.min(axis=2)
    ink = ((chroma > STENCIL_CHROMA) & (arr.min(axis=2) < 215)).astype(np.uint8)
    ink = smooth_ink(ink, dpi)
    if not ink.any():
        return None
    fill = tuple(float(v) / 255 for v in np.median(arr[ink == 1], axis=0))
    return g4_strip(Image.fromarray(ink == 0), dpi), fill


def g4_strip(image: Image.Image, dpi: int) -> bytes:
    """The raw CCITT G4 stream of a bilevel image (ink coded as black runs; PDF ``BlackIs1 false``)."""
    data = g4_tiff(image, dpi)
    order = {b"II": "<", b"MM": ">"}[data[:2]]
    (ifd,) = struct.unpack_from(order + "I", data, 4)
    (entries,) = struct.unpack_from(order + "H", data, ifd)
    tags = {}
    for i in range(entries):
        tag, kind, count, value = struct.unpack_from(order + "HHI4s", data, ifd + 2 + 12 * i)
        fmt = order + ("H" if kind == 3 else "I")
        tags[tag] = struct.unpack_from(fmt, value)[0]
    offset, length = tags[273], tags[279]
    return data[offset:offset + length]


def encode_page(page: PageImage, options: PdfOptions, plan: PagePlan | None = None) -> EncodedPage:
    """The page's base image and patches, ready for :func:`assemble` (no re-encoding there)."""
    plan = plan or page_plan(page, options)
    dpi = page.dpi
    w_pt, h_pt = page.image.width * 72 / dpi, page.image.height * 72 / dpi
    if plan.compression == Compression.G4:
        if page.image.mode == "1":
            base = g4_tiff(page.image, dpi)
        else:
            base = g4_tiff_from_ink(bilevel_ink(text_grey(page.image), options.despeckle_g4, dpi), dpi)
        patches = []
        for patch in plan.patches:
            left, top, right, bottom = patch.box
            box_pt = (left * 72 / dpi, (page.image.height - bottom) * 72 / dpi, (right - left) * 72 / dpi, (bottom - top) * 72 / dpi)
            crop = paper_to_white(page.image.crop(patch.box).convert("RGB" if patch.colour else "L"))
            if patch.ink and patch.colour:
                stencil = _stencil(crop, dpi)
                if stencil is not None:
                    patches.append(EncodedPatch(stencil[0], crop.width, crop.height, box_pt, True, stencil[1]))
                continue
            data, _ = _jpeg(crop, dpi, options.patch_dpi, options.patch_quality)
            with Image.open(io.BytesIO(data)) as im:
                size = im.size
            patches.append(EncodedPatch(data, size[0], size[1], box_pt, patch.colour))
        return EncodedPage(base, plan, w_pt, h_pt, tuple(patches))
    img = page.image.convert("RGB" if plan.colour else "L")
    data, _ = _jpeg(img, dpi, options.max_jpeg_dpi, options.jpeg_quality)
    return EncodedPage(data, plan, w_pt, h_pt)


def build_pdf(pages: list[PageImage], options: PdfOptions | None = None,
              progress: Callable[[int, int], None] | None = None) -> bytes:
    """One PDF page per image, each page exactly the size of its image at its resolution.

    Raises:
        IntakeError: no pages, or an image could not be encoded.
    """
    options = options or PdfOptions()
    if not pages:
        raise IntakeError(translate("PDF", "There are no pages to put into the PDF (all pages were blank or deleted)."))
    encoded = []
    for i, page in enumerate(pages):
        encoded.append(encode_or_explain(page, options, i))
        if progress:
            progress(i + 1, len(pages))
    return assemble(encoded)


def encode_or_explain(page: PageImage, options: PdfOptions, index: int) -> EncodedPage:
    try:
        return encode_page(page, options)
    except (OSError, ValueError) as exc:
        raise IntakeError(translate("PDF", "Page {n} could not be compressed ({reason}).").format(n=index + 1, reason=exc)) from exc


def assemble(encoded: list[EncodedPage]) -> bytes:
    """The compact PDF of already encoded pages: base images embedded as they are (img2pdf), each
    page's patches drawn over its base image at their place (pikepdf), then :func:`compact_pdf`."""
    if not encoded:
        raise IntakeError(translate("PDF", "There are no pages to put into the PDF (all pages were blank or deleted)."))
    try:
        pdf = img2pdf.convert([e.base for e in encoded], rotation=img2pdf.Rotation.ifvalid)
    except (img2pdf.ImageOpenError, img2pdf.PdfTooLargeError, ValueError) as exc:
        raise IntakeError(translate("PDF", "The PDF could not be assembled ({reason}).").format(reason=exc)) from exc
    if any(e.patches for e in encoded):
        pdf = _add_patches(pdf, encoded)
    return compact_pdf(pdf)


def _add_patches(pdf_bytes: bytes, encoded: list[EncodedPage]) -> bytes:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page, enc in zip(pdf.pages, encoded):
            if not enc.patches:
                continue
            if "/Resources" not in page.obj:
                page.obj.Resources = pikepdf.Dictionary()
            if "/XObject" not in page.obj.Resources:
                page.obj.Resources.XObject = pikepdf.Dictionary()
            xobjects = page.obj.Resources.XObject
            ops = []
            for n, patch in enumerate(enc.patches):
                image = pikepdf.Stream(pdf, patch.data)
                image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
                image.Width, image.Height = patch.width, patch.height
                x, y, w, h = patch.box_pt
                name = f"/DfPatch{n}"
                if patch.fill is not None:  # a stencil: 1-bit G4 mask painted in the ink's colour
                    image.ImageMask = True
                    image.Filter = pikepdf.Name.CCITTFaxDecode
                    image.DecodeParms = pikepdf.Dictionary(K=-1, Columns=patch.width, Rows=patch.height, BlackIs1=False)
                    r, g, b = patch.fill
                    ops.append(f"q {r:.3f} {g:.3f} {b:.3f} rg {w:.3f} 0 0 {h:.3f} {x:.3f} {y:.3f} cm {name} Do Q")
                else:
                    image.BitsPerComponent = 8
                    image.ColorSpace = pikepdf.Name.DeviceRGB if patch.colour else pikepdf.Name.DeviceGray
                    image.Filter = pikepdf.Name.DCTDecode
                    ops.append(f"q {w:.3f} 0 0 {h:.3f} {x:.3f} {y:.3f} cm {name} Do Q")
                xobjects[name] = image
            page.contents_add(pikepdf.Stream(pdf, "\n".join(ops).encode("ascii")), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def compact_pdf(pdf_bytes: bytes) -> bytes:
    """The same PDF written compactly by qpdf (through pikepdf): every stream Flate-compressed
    (Tesseract leaves its font program and ToUnicode map uncompressed), the small objects packed
    into a compressed object stream with a cross-reference stream (PDF 1.5). Image streams
    (G4, JPEG) are copied unchanged; about 0.5-0.9 KB less per single-page document
    (img2pdf's linearised layout included).

    Raises:
        IntakeError: qpdf could not read or write the PDF.
    """
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            return save_compact(pdf)
    except pikepdf.PdfError as exc:
        raise IntakeError(translate("PDF", "The PDF could not be written compactly ({reason}).").format(reason=exc)) from exc


def save_compact(pdf: pikepdf.Pdf) -> bytes:
    """An open PDF written the way :func:`compact_pdf` writes it.

    Raises:
        IntakeError: qpdf could not write the PDF.
    """
    out = io.BytesIO()
    try:
        pdf.save(out, compress_streams=True, recompress_flate=True,
                 stream_decode_level=pikepdf.StreamDecodeLevel.generalized,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
    except pikepdf.PdfError as exc:
        raise IntakeError(translate("PDF", "The PDF could not be written compactly ({reason}).").format(reason=exc)) from exc
    return out.getvalue()


def baseline_png_pdf(pages: list[PageImage]) -> bytes:
    """Lossless comparison: every page as PNG through img2pdf (what a naive converter produces)."""
    blobs = []
    for page in pages:
        buf = io.BytesIO()
        page.image.save(buf, "PNG", dpi=(page.dpi, page.dpi))
        blobs.append(buf.getvalue())
    return img2pdf.convert(blobs)
