"""Page clean-up: deskew, automatic rotation (Tesseract OSD), blank-page detection, crop, despeckle.

All measurements work on a downscaled "ink mask" (dark pixels after a 3x3 median, which drops
scanner dust), so they cost milliseconds per page; only the final rotation touches the full
image.
"""
from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from desktop_app.i18n import translate
from desktop_app.intake import raster
from desktop_app.intake.pages import IntakeError, PageImage

INK_LEVEL = 128          # grey value below which a pixel is ink
ANALYSIS_WIDTH = 1000    # pixels; measurements run on a copy this wide
MARGIN_FRACTION = 0.03   # scanner edge shadows are ignored when looking for ink


@dataclass(frozen=True)
class CleanupOptions:
    """What to do to each page (stored in settings as a dict)."""

    deskew: bool = True
    auto_rotate: bool = True
    remove_blank: bool = True
    blank_threshold: float = 0.0001  # share of ink pixels below which a page is blank (one word is ~0.0004)
    crop: bool = False
    despeckle: bool = True          # bilevel pages: smooth_ink after the deskew (dust, pinholes, edge bumps)
    max_skew_degrees: float = 8.0
    osd_min_confidence: float = 1.5

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: dict) -> "CleanupOptions":
        return cls(**{k: v for k, v in (d or {}).items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class CleanupReport:
    """What clean-up found and did to one page."""

    index: int
    blank: bool
    ink: float
    skew_degrees: float = 0.0
    rotation: int = 0          # clockwise degrees applied from OSD
    cropped: bool = False


def grey_array(image: Image.Image) -> np.ndarray:
    if image.mode == "L":
        return np.asarray(image)
    return np.asarray(image.convert("L"))


def ink_mask(grey: np.ndarray, width: int = ANALYSIS_WIDTH) -> tuple[np.ndarray, float]:
    """(mask of ink pixels at analysis size, scale factor from original to analysis size)."""
    scale = min(1.0, width / grey.shape[1])
    small = raster.median3(raster.resize_area(grey, scale))
    return (small < INK_LEVEL).astype(np.uint8), scale


def ink_fraction(page: PageImage) -> float:
    """Share of the page (without its outer margins) covered by ink."""
    mask, _ = ink_mask(grey_array(page.image))
    h, w = mask.shape
    my, mx = int(h * MARGIN_FRACTION), int(w * MARGIN_FRACTION)
    inner = mask[my:h - my, mx:w - mx]
    return float(inner.mean()) if inner.size else 0.0


def is_blank(page: PageImage, threshold: float = CleanupOptions.blank_threshold) -> bool:
    return ink_fraction(page) < threshold


class _InkPoints:
    """The ink pixels of a mask as coordinates about its centre, for turning them, not the mask.

    Turning only the ink (a few per cent of the pixels) by index arithmetic costs a fraction of a
    millisecond per call on small arrays, so no single C call holds the GIL for long; Pillow's
    ``rotate`` of the whole mask held it for the ~2.5 ms of each of the ~44 turns of a page (a
    396 ms stall of the window in the stall watchdog).
    """

    def __init__(self, mask: np.ndarray) -> None:
        self.h, self.w = mask.shape
        ys, xs = np.nonzero(mask)
        # Pixel centres relative to the image centre, as Pillow's rotate measures them.
        self.dx = xs.astype(np.float32) + np.float32(0.5 - self.w / 2)
        self.dy = ys.astype(np.float32) + np.float32(0.5 - self.h / 2)

    def row_profile(self, angle: float) -> np.ndarray:
        """Ink pixels per row after a counter-clockwise turn by ``angle`` degrees (nearest pixel,
        what falls outside the frame dropped, as ``Image.rotate`` would)."""
        t = np.deg2rad(angle)
        c, s = np.float32(np.cos(t)), np.float32(np.sin(t))
        y = np.floor(self.dy * c - self.dx * s + np.float32(self.h / 2)).astype(np.int32)
        x = np.floor(self.dx * c + self.dy * s + np.float32(self.w / 2)).astype(np.int32)
        inside = (y >= 0) & (y < self.h) & (x >= 0) & (x < self.w)
        return np.bincount(y[inside], minlength=self.h).astype(np.float64)


def _profile_score(points: _InkPoints, angle: float) -> float:
    return float(np.square(np.diff(points.row_profile(angle))).sum())


def detect_skew(page: PageImage, max_degrees: float = 8.0) -> float:
    """Skew in degrees (counter-clockwise positive, as ``Image.rotate``); 0.0 when unsure.

    Projection-profile search: text lines give sharp row-sum transitions when level.
    """
    mask, _ = ink_mask(grey_array(page.image), 800)
    if mask.mean() < 0.001:
        return 0.0
    # Equal scores mean the turn moved no row of the mask (under a pixel at analysis size): keep
    # the smallest angle then, so a straight page stays untouched.
    points = _InkPoints(mask)
    del mask
    coarse = np.arange(-max_degrees, max_degrees + 0.001, 0.5)
    best = max(coarse, key=lambda a: (_profile_score(points, a), -abs(a)))
    fine = np.round(np.arange(best - 0.5, best + 0.501, 0.1), 2)
    best = max(fine, key=lambda a: (_profile_score(points, a), -abs(a)))
    return round(float(best), 2)


def rotate_by(page: PageImage, angle: float) -> PageImage:
    """Rotate by ``angle`` degrees (counter-clockwise positive) about the centre, white fill."""
    if abs(angle) < 0.05:
        return page
    bilevel = page.image.mode == "1"
    img = raster.rotate_image(page.image.convert("L") if bilevel else page.image, angle)
    if bilevel:
        img = img.point(lambda v: 255 if v >= INK_LEVEL else 0).convert("1")
    return page.with_image(img)


def deskew(page: PageImage, max_degrees: float = 8.0) -> tuple[PageImage, float]:
    angle = detect_skew(page, max_degrees)
    # The profile search returns the rotation that levels the lines; apply it as is.
    return rotate_by(page, angle), angle


_OSD_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_OSD_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


def detect_orientation(page: PageImage, min_confidence: float = 1.5, timeout: float = 30) -> int:
    """Clockwise rotation (0/90/180/270) that makes the text upright, by Tesseract OSD; 0 when unsure."""
    with tempfile.TemporaryDirectory(prefix="docflow-osd-") as tmp:
        # An uncompressed grey PGM: written in milliseconds, where a PNG of a noisy colour scan
        # cost more CPU (~0.8 s) than the OSD itself.
        src = Path(tmp) / "page.pgm"
        img = page.image if page.image.mode == "L" else page.image.convert("L")
        # OSD reads glyph shapes; 150 dpi is enough and halves its time (an area average is as
        # good for it as Lanczos and several times cheaper).
        if page.dpi > 200:
            f = 150 / page.dpi
            img = img.resize((max(1, round(img.width * f)), max(1, round(img.height * f))), Image.Resampling.BOX)
            dpi = 150
        else:
            dpi = page.dpi
        img.save(src)
        try:
            # OSD stops once it has seen 20 characters (default 50): half the time, and the
            # orientation is still clear on a page of text (confidence checked below).
            out = subprocess.run(["tesseract", str(src), "stdout", "--psm", "0", "--dpi", str(dpi),
                                  "-c", "min_characters_to_try=20"],
                                 capture_output=True, text=True, timeout=timeout, check=False,
                                 env=_tess_env())
        except FileNotFoundError as exc:
            raise IntakeError(translate("OCR", "Tesseract is not installed, so pages cannot be turned upright automatically.")) from exc
        except subprocess.TimeoutExpired:
            return 0
    rot, conf = _OSD_ROTATE.search(out.stdout), _OSD_CONF.search(out.stdout)
    if not rot or not conf or float(conf.group(1)) < min_confidence:
        return 0  # too little text to tell (Tesseract says so on stderr); leave the page as it is
    return int(rot.group(1)) % 360


def _tess_env() -> dict:
    import os

    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")
    return env


SPECK_MAX_AREA_300DPI = 4   # ink blobs of at most this many pixels at 300 dpi (2x2, 0.17 mm) are dust


def smooth_ink(ink: np.ndarray, dpi: int = 300) -> np.ndarray:
    """Despeckle and smooth a bilevel ink mask (uint8, 1 = ink) the way G4 likes it.

    G4 codes each row by where its colour changes relative to the row above: an edge that
    continues straight costs 1 bit, one that wobbles by a pixel 3 bits, a blob or gap that starts
    from nothing 10-20 bits. Three small, standard clean-ups take out what costs most and carries
    no information:

    * specks: 8-connected ink blobs of at most 4 pixels at 300 dpi (scaled with the resolution;
      the dot of an i or a full stop in 8-pt print is several times bigger);
    * 1-pixel gaps inside a row (paper with ink left and right): pinholes and notches in strokes
      (letters 2 pixels apart stay apart);
    * 1-pixel bumps on an edge and lone pixels (an ink pixel with one or no 4-neighbour among at
      most three 8-neighbours).

    Nothing thin is erased: a one-pixel rule, horizontal, vertical or diagonal, keeps every pixel
    but possibly the one at each end. On the benchmark's dense 300 dpi text pages this makes the
    G4 image 1.5-2 % smaller (after the blur and Otsu) with the same OCR word accuracy.
    """
    ink = (ink > 0).view(np.uint8)  # a fresh array of ours
    max_area = max(1, round(SPECK_MAX_AREA_300DPI * (dpi / 300) ** 2))
    ink = raster.remove_small_components(ink, max_area)
    h = ink.shape[0]
    # A row at a time block (with one row of context above and below): whole-page temporaries of
    # this size cost ~9 MB each, and the steps only look at immediate neighbours.
    for top in range(0, h, raster.ROW_BLOCK):  # 1-pixel gaps within a row: left and right neighbours only
        block = ink[top:top + raster.ROW_BLOCK]
        sides = raster.shifted_sum(block, raster.LEFT_RIGHT)
        block[(block == 0) & (sides == 2)] = 1
    strays = []
    for top in range(0, h, raster.ROW_BLOCK):  # stray pixels, judged on the gap-filled page before any change
        lo, hi = max(0, top - 1), min(h, top + raster.ROW_BLOCK + 1)
        window = ink[lo:hi]
        four = raster.shifted_sum(window, raster.FOUR)
        eight = four + raster.shifted_sum(window, raster.EIGHT[4:])
        stray = (window == 1) & (((four == 1) & (eight <= 3)) | (eight == 0))
        ys, xs = np.nonzero(stray[top - lo:top - lo + min(raster.ROW_BLOCK, h - top)])
        strays.append((ys + top, xs))
    for ys, xs in strays:
        ink[ys, xs] = 0
    return ink


def despeckle(page: PageImage) -> PageImage:
    """Bilevel page without specks, pinholes and edge bumps (:func:`smooth_ink`)."""
    if page.image.mode != "1":
        return page
    ink = np.logical_not(np.asarray(page.image)).astype(np.uint8)
    return page.with_image(Image.fromarray(smooth_ink(ink, page.dpi) == 0))


def crop_to_content(page: PageImage, margin_mm: float = 5.0) -> tuple[PageImage, bool]:
    """Cut the page to the box around its ink plus ``margin_mm``; unchanged if nothing to cut."""
    mask, scale = ink_mask(grey_array(page.image))
    ys, xs = np.nonzero(mask)
    if len(xs) == 0:
        return page, False
    margin = margin_mm / 25.4 * page.dpi
    left = max(0, int(xs.min() / scale - margin))
    top = max(0, int(ys.min() / scale - margin))
    right = min(page.image.width, int((xs.max() + 1) / scale + margin))
    bottom = min(page.image.height, int((ys.max() + 1) / scale + margin))
    if (right - left) * (bottom - top) > 0.97 * page.image.width * page.image.height:
        return page, False
    return page.with_image(page.image.crop((left, top, right, bottom))), True


def clean_page(page: PageImage, options: CleanupOptions, index: int = 0) -> tuple[PageImage | None, CleanupReport]:
    """Clean one page; returns (None, report) for a blank page when blank removal is on."""
    ink = ink_fraction(page)
    blank = ink < options.blank_threshold
    if blank and options.remove_blank:
        return None, CleanupReport(index, True, ink)
    rotation = 0
    if options.auto_rotate and not blank:
        rotation = detect_orientation(page, options.osd_min_confidence)
        page = page.rotated(rotation)
    skew = 0.0
    if options.deskew and not blank:
        page, skew = deskew(page, options.max_skew_degrees)
    if options.despeckle:
        # after the deskew, so the edges its rotation re-sampled are smoothed too (a skewed B/W
        # scan's G4 image: 2-3 % smaller than despeckling first)
        page = despeckle(page)
    cropped = False
    if options.crop and not blank:
        page, cropped = crop_to_content(page)
    return page, CleanupReport(index, blank, ink, skew, rotation, cropped)


def clean_pages(pages: list[PageImage], options: CleanupOptions,
                progress: Callable[[int, int], None] | None = None) -> tuple[list[PageImage], list[CleanupReport]]:
    """Clean every page (one per core at a time); blank pages are dropped (if enabled) and reported."""
    import os
    import threading
    from concurrent.futures import ThreadPoolExecutor

    done = 0
    lock = threading.Lock()

    def one(i: int) -> tuple[PageImage | None, CleanupReport]:
        nonlocal done
        out = clean_page(pages[i], options, i)  # Pillow/NumPy and the OSD subprocess release the GIL
        with lock:
            done += 1
            if progress:
                progress(done, len(pages))
        return out

    with ThreadPoolExecutor(max_workers=max(1, min(len(pages), os.cpu_count() or 1))) as pool:
        results = list(pool.map(one, range(len(pages))))
    kept = [page for page, _ in results if page is not None]
    return kept, [report for _, report in results]
