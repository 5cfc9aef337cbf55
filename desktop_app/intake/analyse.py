"""How each page is stored: bilevel G4 for text, JPEG for pictures, colour kept where it carries meaning.

The decision is made per page on a 100 dpi copy (milliseconds):

* **Colour ink** is a pixel whose channels differ by more than ``COLOUR_CHROMA`` (paper tint,
  yellowed paper and JPEG fringes around black text stay below it; a blue stamp, a signature in
  blue ink, a red resolution or a coloured logo are far above it).
* **Picture areas** are 10 mm blocks with little paper in them (under ``PICTURE_PAPER_SHARE``
  of their pixels are as light as the page's paper): photographs, halftone, dark fills. Text,
  tables and rules leave most of a block's pixels paper.
* A page whose picture areas cover more than ``PHOTO_PAGE_SHARE`` of it is a **picture page**:
  one JPEG (colour if it has colour ink, else grey).
* Any other page is a **text page**: a bilevel CCITT G4 image of the black print, plus each
  colour or picture region (grown by a margin, overlapping ones merged) as a **patch** drawn over
  it at its place. A region of coloured *ink* (a stamp, a signature, a coloured resolution) is
  stored as a **colour stencil**: the ink's shape as a full-resolution G4 mask painted in the
  ink's own colour (its median), a few kilobytes, sharp at any zoom; a picture region (a photo)
  is a small JPEG. So a blue stamp over a signature stays a legible blue stamp, while the black
  text under it is also in the bilevel layer, where OCR reads it (the bilevel layer is made from
  the brightest channel, in which coloured ink is light).
* If the patches would cover more than ``PATCH_PAGE_SHARE`` of the page, the whole page is a
  JPEG instead (a colour brochure page): patches would save nothing there.

A page's own ``compression`` (``G4`` or ``JPEG``) overrides the automatic choice; ``G4`` still
keeps colour patches unless ``PdfOptions.keep_colour`` is off.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from desktop_app.intake import raster
from desktop_app.intake.pages import Compression, PageImage

ANALYSIS_DPI = 100
COLOUR_CHROMA = 45          # max - min channel (0-255) above which a pixel is colour ink
MIN_COLOUR_PIXELS = 40      # at 100 dpi (~2.6 mm²): smaller coloured bits are fringes or dust
COLOUR_GROW_MM = 2.0        # colour ink this close together is one region (a stamp's letters)
PATCH_MARGIN_MM = 1.5
BLOCK_MM = 10.0
PICTURE_PAPER_SHARE = 0.30
PHOTO_PAGE_SHARE = 0.30
PATCH_PAGE_SHARE = 0.35

Box = tuple[int, int, int, int]   # left, top, right, bottom (exclusive) in page pixels


@dataclass(frozen=True)
class Patch:
    """A region of a text page kept over its bilevel image."""

    box: Box
    colour: bool          # has colour ink (else a grey picture)
    ink: bool             # coloured ink only (stamp, signature, coloured text): stored as a colour stencil


@dataclass(frozen=True)
class PagePlan:
    """How one page goes into the PDF."""

    compression: Compression          # G4 (text page) or JPEG (picture page)
    colour: bool = False              # JPEG page in colour (else grey)
    patches: tuple[Patch, ...] = ()   # drawn over a G4 page
    reason: str = ""                  # for the benchmark and the log: why this plan

    @property
    def label(self) -> str:
        if self.compression == Compression.JPEG:
            return "jpeg-colour" if self.colour else "jpeg-grey"
        return f"g4+{len(self.patches)}patch" if self.patches else "g4"


def _grow(mask: np.ndarray, pixels: int) -> np.ndarray:
    """``mask`` dilated by a square of ``pixels`` on each side (box sums over an integral image)."""
    if pixels < 1:
        return mask.astype(bool)
    h, w = mask.shape
    k = 2 * pixels + 1
    padded = np.zeros((h + k, w + k), np.int32)
    padded[pixels + 1:pixels + 1 + h, pixels + 1:pixels + 1 + w] = mask
    integral = padded.cumsum(0).cumsum(1)
    window = integral[k:, k:] - integral[:-k, k:] - integral[k:, :-k] + integral[:-k, :-k]
    return window[:h, :w] > 0


def _merge(boxes: list[Box]) -> list[Box]:
    """Merge overlapping boxes until none overlap."""
    boxes = list(boxes)
    merged = True
    while merged:
        merged = False
        out: list[Box] = []
        for b in boxes:
            for i, o in enumerate(out):
                if b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3]:
                    out[i] = (min(b[0], o[0]), min(b[1], o[1]), max(b[2], o[2]), max(b[3], o[3]))
                    merged = True
                    break
            else:
                out.append(b)
        boxes = out
    return boxes


def _regions(mask: np.ndarray, min_pixels: int, grow: int) -> list[tuple[int, int, int, int, int]]:
    """Boxes (l, t, r, b exclusive, pixel count) of the groups of ``mask`` pixels, at analysis size."""
    if not mask.any():
        return []
    runs = raster.label_runs(_grow(mask.astype(np.uint8), grow).astype(np.uint8))
    boxes = runs.boxes()
    out = []
    for left, top, right, bottom in boxes.tolist():
        count = int(mask[top:bottom + 1, left:right + 1].sum())
        if count >= min_pixels:
            out.append((left, top, right + 1, bottom + 1, count))
    return out


def plan_page(page: PageImage, keep_colour: bool = True) -> PagePlan:
    """The automatic storage plan for ``page`` (see the module docstring), before any override."""
    img = page.image
    if img.mode == "1":
        return PagePlan(Compression.G4, reason="bilevel scan")
    scale = min(1.0, ANALYSIS_DPI / page.dpi)
    small = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))), Image.Resampling.BOX) \
        if scale < 1 else img
    arr = np.asarray(small)
    if arr.ndim == 3:
        hi, lo = arr.max(axis=2), arr.min(axis=2)
        colour = (hi.astype(np.int16) - lo) > COLOUR_CHROMA
        grey = np.asarray(small.convert("L"))
    else:
        colour = np.zeros(arr.shape, bool)
        grey = arr
    h, w = grey.shape
    px_per_mm = page.dpi * scale / 25.4
    # Paper: the light end of the page (most of a letter is paper).
    paper = float(np.percentile(grey, 90))
    block = max(4, round(BLOCK_MM * px_per_mm))
    light = grey >= paper - 40
    by, bx = -(-h // block), -(-w // block)
    padded = np.ones((by * block, bx * block), bool)
    padded[:h, :w] = light
    paper_share = padded.reshape(by, block, bx, block).mean(axis=(1, 3))
    picture_blocks = paper_share < PICTURE_PAPER_SHARE
    picture_share = float(picture_blocks.mean())
    colour_share = float(colour.mean())
    if picture_share > PHOTO_PAGE_SHARE:
        return PagePlan(Compression.JPEG, colour_share > 0.001,
                        reason=f"picture areas cover {picture_share:.0%} of the page")
    regions: list[tuple[Box, bool, bool]] = []   # box, colour, ink
    if keep_colour:
        for left, top, right, bottom, _n in _regions(colour, MIN_COLOUR_PIXELS, round(COLOUR_GROW_MM * px_per_mm)):
            regions.append(((left, top, right, bottom), True, True))
        if picture_blocks.any():
            grid = _regions(picture_blocks, 1, 0)
            for left, top, right, bottom, _n in grid:
                box = (left * block, top * block, min(w, right * block), min(h, bottom * block))
                has_colour = bool(colour[box[1]:box[3], box[0]:box[2]].mean() > 0.001)
                regions.append((box, has_colour, False))
    if not regions:
        return PagePlan(Compression.G4, reason="text" + (" and rules" if picture_share else ""))
    margin = round(PATCH_MARGIN_MM * px_per_mm)
    grown = [((max(0, b[0] - margin), max(0, b[1] - margin), min(w, b[2] + margin), min(h, b[3] + margin)), c, k)
             for b, c, k in regions]
    boxes = _merge([b for b, _, _ in grown])
    covered = sum((b[2] - b[0]) * (b[3] - b[1]) for b in boxes) / float(w * h)
    if covered > PATCH_PAGE_SHARE:
        return PagePlan(Compression.JPEG, colour_share > 0.001,
                        reason=f"colour or picture regions cover {covered:.0%} of the page")
    inv = 1 / scale
    patches = []
    for b in boxes:
        inside = [(c, k) for g, c, k in grown if b[0] <= g[0] and b[1] <= g[1] and g[2] <= b[2] and g[3] <= b[3]]
        full = (int(b[0] * inv), int(b[1] * inv), min(img.width, int(np.ceil(b[2] * inv))),
                min(img.height, int(np.ceil(b[3] * inv))))
        patches.append(Patch(full, any(c for c, _ in inside), all(k for _, k in inside)))
    return PagePlan(Compression.G4, patches=tuple(patches),
                    reason=f"text with {len(patches)} colour/picture region(s), {covered:.1%} of the page")


def text_grey(image: Image.Image) -> Image.Image:
    """The page as grey for the bilevel layer and OCR: the brightest channel of a colour page,
    so coloured ink (stamps, blue signatures) turns light and the black print under it stays."""
    if image.mode == "RGB":
        # numpy, not ImageChops.lighter: PIL's channel operations hold the GIL for the whole page
        # (0.5 s of frozen window under load, tests/ui/test_stall.py); numpy lets it go. Two
        # element-wise maxima of the channels, not ``max(axis=2)``: that strided reduction took
        # 0.6 s of CPU per A4 page, these 15 ms (the stall watchdog found it in most 'contention' gaps).
        rgb = np.asarray(image)
        return Image.fromarray(np.maximum(np.maximum(rgb[..., 0], rgb[..., 1]), rgb[..., 2]))
    return image if image.mode in ("1", "L") else image.convert("L")
