"""Small raster operations for page clean-up, on Pillow and NumPy only.

These replace the few OpenCV calls intake used (resize, median, rotation, Gaussian blur, Otsu,
neighbour counts, connected components): OpenCV was ~150 MB of the installer for them.
``tests/intake/test_raster.py`` checks each against a plain reference (breadth-first search,
brute-force Otsu, the Gaussian formula); ``bench/intake.py`` gives the same PDF sizes and OCR
accuracy as the OpenCV version did (docs/intake.md). Compared with OpenCV on a dense letter page:
identical components, identical Otsu level, blur within one grey level.

Connected components are found on *runs* (horizontal stretches of ink), not pixels: a dense
A4 page at 300 dpi has ~9 M pixels but only ~200 k runs, so labelling them with vectorised
NumPy (overlapping runs of neighbouring rows are joined, labels settle by min-propagation
with pointer jumping) takes a fraction of a second.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter


def resize_area(grey: np.ndarray, scale: float) -> np.ndarray:
    """Downscale a uint8 image by ``scale`` (< 1) averaging the covered area (OpenCV's INTER_AREA)."""
    if scale >= 1:
        return grey
    h, w = grey.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return np.asarray(Image.fromarray(grey).resize(size, Image.Resampling.BOX))


# Devillard's 19 compare-exchanges that leave the median of nine values in the middle one.
_MEDIAN9 = ((1, 2), (4, 5), (7, 8), (0, 1), (3, 4), (6, 7), (1, 2), (4, 5), (7, 8), (0, 3), (5, 8), (4, 7),
            (3, 6), (1, 4), (2, 5), (4, 7), (4, 2), (6, 4), (4, 2))


def median3(grey: np.ndarray) -> np.ndarray:
    """3x3 median filter of a uint8 image (edges replicated), equal to Pillow's ``MedianFilter(3)``.

    A sorting network of NumPy minima and maxima over the nine shifted images: NumPy lets go of
    the GIL in each, where Pillow's rank filter held it for the whole page (the stall watchdog's
    ``gil`` verdict during a 50-page import, 251 ms)."""
    h, w = grey.shape
    padded = np.pad(grey, 1, mode="edge")
    v = [padded[dy:dy + h, dx:dx + w] for dy in range(3) for dx in range(3)]
    for a, b in _MEDIAN9:
        v[a], v[b] = np.minimum(v[a], v[b]), np.maximum(v[a], v[b])
    return np.ascontiguousarray(v[4])


def rotate_image(image: Image.Image, degrees: float) -> Image.Image:
    """``image`` (mode L or RGB) turned ``degrees`` counter-clockwise about its centre, bilinear,
    white where the turn uncovers the corners; same size."""
    white = 255 if image.mode == "L" else (255,) * len(image.getbands())
    return image.rotate(degrees, Image.Resampling.BILINEAR, fillcolor=white)


def gaussian_kernel_3x3(sigma: float) -> ImageFilter.Kernel:
    """The 3x3 Gaussian kernel OpenCV's ``GaussianBlur(img, (3, 3), sigma)`` uses."""
    g = np.exp(-np.array([1.0, 0.0, 1.0]) / (2 * sigma * sigma))
    g /= g.sum()
    k = np.outer(g, g)
    return ImageFilter.Kernel((3, 3), [float(v) for v in k.ravel()], scale=1.0)


def blur3(grey: np.ndarray, sigma: float = 0.8) -> np.ndarray:
    """3x3 Gaussian blur of a uint8 image."""
    return np.asarray(Image.fromarray(grey).filter(gaussian_kernel_3x3(sigma)))


def histogram(grey: np.ndarray) -> np.ndarray:
    """Counts of each grey level of a uint8 image (``bincount`` widens its input to 64 bits: done
    ``ROW_BLOCK`` rows at a time, that is 2 MB of temporaries instead of 70 for an A4 page)."""
    flat = grey.reshape(grey.shape[0], -1) if grey.ndim > 1 else grey.reshape(1, -1)
    hist = np.zeros(256, np.int64)
    for top in range(0, flat.shape[0], ROW_BLOCK):
        hist += np.bincount(flat[top:top + ROW_BLOCK].ravel(), minlength=256)[:256]
    return hist


def otsu_level(grey: np.ndarray) -> int:
    """Otsu's threshold: the grey level t maximising the between-class variance of <= t and > t
    (pixels above t are paper), as OpenCV's THRESH_OTSU computes it."""
    return otsu_from_histogram(histogram(grey))


def otsu_from_histogram(counts: np.ndarray) -> int:
    """:func:`otsu_level` of a histogram of grey levels (index = level)."""
    hist = np.zeros(256, np.float64)
    hist[:len(counts)] = counts
    total = hist.sum()
    if total == 0:
        return 127
    levels = np.arange(256, dtype=np.float64)
    w0 = np.cumsum(hist) / total
    mu_t = (levels * hist).sum() / total
    mu = np.cumsum(levels * hist) / total
    w1 = 1.0 - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mu_t * w0 - mu) ** 2 / (w0 * w1)
    between[(w0 < 1e-12) | (w1 < 1e-12)] = -1.0
    return int(np.argmax(between))


def print_level(grey: np.ndarray) -> int:
    """A threshold that keeps the print and drops lighter ink over it, for a grey scan.

    In a grey scan a blue or red stamp is mid-grey, so Otsu's level (paper against everything
    darker) makes it ink, and the lines under a stamp are lost to OCR. Here a second Otsu split
    within the dark class finds the print's own level, and the threshold is a third of the way
    from it up to the page's Otsu level: the print's anti-aliased edges stay, the mid-grey
    stamp goes. (Tuned on ``bench/intake.py``'s grey letters: at the print level itself strokes
    thin and letters are confused, at Otsu's the stamp stays.)
    """
    hist = histogram(grey)
    page = otsu_from_histogram(hist)
    dark = otsu_from_histogram(hist[:page + 1])
    return (page + 2 * dark) // 3


def shifted_sum(ink: np.ndarray, offsets: tuple[tuple[int, int], ...]) -> np.ndarray:
    """For each pixel, how many of the given neighbours (dy, dx) are ink (0 outside the image)."""
    h, w = ink.shape
    padded = np.zeros((h + 2, w + 2), np.uint8)
    padded[1:-1, 1:-1] = ink
    out = np.zeros((h, w), np.uint8)
    for dy, dx in offsets:
        out += padded[1 + dy:h + 1 + dy, 1 + dx:w + 1 + dx]
    return out


FOUR = ((-1, 0), (1, 0), (0, -1), (0, 1))
EIGHT = FOUR + ((-1, -1), (-1, 1), (1, -1), (1, 1))
LEFT_RIGHT = ((0, -1), (0, 1))


@dataclass(frozen=True)
class Runs:
    """Horizontal ink runs of a mask and the 8-connected component each belongs to."""

    row: np.ndarray      # row of each run
    start: np.ndarray    # first column
    end: np.ndarray      # last column (inclusive)
    label: np.ndarray    # component id (0..count-1)
    count: int

    def areas(self) -> np.ndarray:
        """Pixels per component."""
        return np.bincount(self.label, weights=self.end - self.start + 1, minlength=self.count).astype(np.int64)

    def boxes(self) -> np.ndarray:
        """(count, 4) array of left, top, right, bottom (inclusive) per component."""
        boxes = np.empty((self.count, 4), np.int64)
        boxes[:, 0] = np.iinfo(np.int64).max
        boxes[:, 1] = np.iinfo(np.int64).max
        boxes[:, 2] = -1
        boxes[:, 3] = -1
        np.minimum.at(boxes[:, 0], self.label, self.start)
        np.minimum.at(boxes[:, 1], self.label, self.row)
        np.maximum.at(boxes[:, 2], self.label, self.end)
        np.maximum.at(boxes[:, 3], self.label, self.row)
        return boxes


ROW_BLOCK = 256   # rows handled at once where a whole-page temporary would cost 9 MB per array


def find_runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, start, end-inclusive) of every horizontal run of non-zero pixels, in reading order
    (worked out ``ROW_BLOCK`` rows at a time, so the temporaries stay small)."""
    h, w = mask.shape
    rows_out, starts_out, ends_out = [], [], []
    padded = np.zeros((min(ROW_BLOCK, h), w + 2), np.int8)
    for top in range(0, h, ROW_BLOCK):
        block = mask[top:top + ROW_BLOCK]
        pad = padded[:len(block)]
        pad[:, 1:-1] = block != 0
        edges = np.diff(pad, axis=1)
        r, st = np.nonzero(edges == 1)
        _, en = np.nonzero(edges == -1)
        rows_out.append(r.astype(np.int64) + top)
        starts_out.append(st.astype(np.int64))
        ends_out.append(en.astype(np.int64) - 1)
    if not rows_out:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    return np.concatenate(rows_out), np.concatenate(starts_out), np.concatenate(ends_out)


def label_runs(mask: np.ndarray) -> Runs:
    """8-connected components of ``mask``'s non-zero pixels (like OpenCV's connectedComponents)."""
    row, start, end = find_runs(mask)
    n = len(row)
    if n == 0:
        return Runs(row, start, end, np.zeros(0, np.int64), 0)
    # Runs of row r+1 touching run i of row r (8-connectivity: columns overlap or meet diagonally).
    # Sort keys are row * stride + column, so one searchsorted covers every row at once.
    stride = int(mask.shape[1]) + 4
    start_key = row * stride + start
    end_key = row * stride + end
    lo = np.searchsorted(end_key, (row + 1) * stride + start - 1, side="left")
    hi = np.searchsorted(start_key, (row + 1) * stride + end + 1, side="right")
    counts = np.clip(hi - lo, 0, None)
    a = np.repeat(np.arange(n), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    b = np.repeat(lo, counts) + offsets
    keep = row[b] == row[a] + 1  # the key ranges cannot spill into another row, but be exact
    a, b = a[keep], b[keep]
    label = np.arange(n)
    while True:  # min-label propagation with pointer jumping: a handful of rounds
        low = np.minimum(label[a], label[b])
        new = label.copy()
        np.minimum.at(new, a, low)
        np.minimum.at(new, b, low)
        new = new[new]
        while True:
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, label):
            break
        label = new
    roots, dense = np.unique(label, return_inverse=True)
    return Runs(row, start, end, dense.astype(np.int64), len(roots))


def paint_runs(shape: tuple[int, int], runs: Runs, which: np.ndarray) -> np.ndarray:
    """A uint8 mask with the runs whose component is selected by the boolean array ``which`` set to 1."""
    out = np.zeros(shape, np.uint8)
    sel = which[runs.label]
    flat = out.ravel()
    width = shape[1]
    starts = runs.row[sel] * width + runs.start[sel]
    lengths = runs.end[sel] - runs.start[sel] + 1
    if len(starts):
        idx = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
        flat[idx] = 1
    return out


def remove_small_components(ink: np.ndarray, max_area: int) -> np.ndarray:
    """``ink`` (uint8, 1 = ink) without the 8-connected components of at most ``max_area`` pixels."""
    runs = label_runs(ink)
    if runs.count == 0:
        return ink
    small = runs.areas() <= max_area
    if not small.any():
        return ink
    out = ink.copy()
    sel = small[runs.label]
    width = ink.shape[1]
    starts = runs.row[sel] * width + runs.start[sel]
    lengths = runs.end[sel] - runs.start[sel] + 1
    idx = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
    out.reshape(-1)[idx] = 0
    return out
