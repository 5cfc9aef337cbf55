"""Pillow/NumPy raster steps that replaced OpenCV: components, Otsu, blur, neighbour counts."""
from collections import deque

import numpy as np
import pytest

from desktop_app.intake import raster


def bfs_components(mask):
    """Reference: 8-connected components by breadth-first search, as sorted lists of areas and boxes."""
    h, w = mask.shape
    seen = np.zeros_like(mask, bool)
    areas, boxes = [], []
    for y in range(h):
        for x in range(w):
            if mask[y, x] and not seen[y, x]:
                queue, seen[y, x] = deque([(y, x)]), True
                pts = []
                while queue:
                    cy, cx = queue.popleft()
                    pts.append((cy, cx))
                    for dy in (-1, 0, 1):
                        for dx in (-1, 0, 1):
                            ny, nx = cy + dy, cx + dx
                            if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                                seen[ny, nx] = True
                                queue.append((ny, nx))
                ys, xs = zip(*pts)
                areas.append(len(pts))
                boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return sorted(areas), sorted(boxes)


@pytest.mark.parametrize("density", [0.05, 0.3, 0.55])
def test_labelling_matches_a_plain_search(density):
    rng = np.random.default_rng(int(density * 100))
    mask = (rng.random((60, 80)) < density).astype(np.uint8)
    mask[10:50, 40] = 1          # a long vertical stroke joining many rows
    mask[30, 5:75] = 1           # and a horizontal one crossing it
    runs = raster.label_runs(mask)
    areas, boxes = bfs_components(mask)
    assert runs.count == len(areas)
    assert sorted(runs.areas().tolist()) == areas
    assert sorted(map(tuple, runs.boxes().tolist())) == boxes


def test_diagonal_neighbours_join_and_gaps_separate():
    mask = np.zeros((6, 9), np.uint8)
    mask[0, 0] = mask[1, 1] = mask[2, 2] = 1  # a diagonal: one component
    mask[0, 5] = mask[2, 5] = 1               # one blank row apart: two
    mask[4, 0:3] = 1
    mask[5, 3:6] = 1                          # runs meeting at a corner: one
    assert raster.label_runs(mask).count == 4


def test_small_components_removed_exactly():
    mask = np.zeros((20, 20), np.uint8)
    mask[1, 1] = 1                      # 1 px
    mask[5:7, 5:7] = 1                  # 4 px
    mask[10, 2:7] = 1                   # 5 px: stays
    mask[15:18, 15] = 1
    mask[17, 16:18] = 1                 # an L of 5 px: stays
    out = raster.remove_small_components(mask, 4)
    assert out.sum() == 10 and out[10, 2:7].all() and not out[5:7, 5:7].any() and out[1, 1] == 0


def test_otsu_is_the_best_split():
    rng = np.random.default_rng(3)
    grey = np.concatenate([rng.normal(40, 10, 3000), rng.normal(200, 20, 7000)]).clip(0, 255).astype(np.uint8)
    level = raster.otsu_level(grey)
    hist = np.bincount(grey, minlength=256).astype(float)

    def between(t):
        w0, w1 = hist[:t + 1].sum(), hist[t + 1:].sum()
        if not w0 or not w1:
            return -1
        m0 = (np.arange(t + 1) * hist[:t + 1]).sum() / w0
        m1 = (np.arange(t + 1, 256) * hist[t + 1:]).sum() / w1
        return w0 * w1 * (m0 - m1) ** 2

    assert between(level) == max(between(t) for t in range(256))
    assert 60 < level < 170


def test_blur_is_the_3x3_gaussian():
    img = np.zeros((9, 9), np.uint8)
    img[4, 4] = 255
    out = raster.blur3(img, 0.8).astype(float)
    g = np.exp(-np.array([1.0, 0.0, 1.0]) / (2 * 0.64))
    g /= g.sum()
    assert np.abs(out[3:6, 3:6] - 255 * np.outer(g, g)).max() <= 1
    assert out.sum() == pytest.approx(255, abs=5) and out[0:2].sum() == 0


def test_neighbour_counts_treat_the_outside_as_paper():
    ink = np.ones((3, 3), np.uint8)
    counts = raster.shifted_sum(ink, raster.EIGHT)
    assert counts.tolist() == [[3, 5, 3], [5, 8, 5], [3, 5, 3]]


def _grey_letter(stamp: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Paper (~235, noisy) with black strokes (anti-aliased: a 1-pixel grey edge each side), and
    optionally a mid-grey stamp ring crossing them, as a grey scan shows a blue stamp."""
    rng = np.random.default_rng(3)
    page = np.full((200, 300), 235.0)
    strokes = np.zeros(page.shape, bool)
    for x in range(20, 280, 12):
        strokes[30:170, x:x + 3] = True
        page[30:170, x - 1] = page[30:170, x + 3] = 120.0
    page[strokes] = 15.0
    ring = np.zeros(page.shape, bool)
    if stamp:
        yy, xx = np.mgrid[:200, :300]
        ring = np.abs(np.hypot(yy - 100, xx - 150) - 70) < 4
        page[ring & ~strokes] = np.minimum(page[ring & ~strokes], 95.0)
    page += rng.normal(0, 4, page.shape)
    return np.clip(page, 0, 255).astype(np.uint8), strokes, ring & ~strokes


@pytest.mark.parametrize("stamp", [True, False])
def test_print_level_keeps_the_print_and_drops_a_lighter_stamp(stamp):
    grey, strokes, ring = _grey_letter(stamp)
    level = raster.print_level(grey)
    ink = grey <= level
    assert ink[strokes].all()                    # every stroke pixel stays ink
    assert not ink[ring].any()                   # the stamp's mid-grey does not
    if stamp:
        assert (grey <= raster.otsu_level(grey))[ring].mean() > 0.9   # where Otsu keeps it


@pytest.mark.parametrize("shape", [(1, 1), (2, 3), (3, 7), (120, 85)])
def test_median3_equals_pillows_median_filter(shape):
    """The NumPy sorting network (it lets go of the GIL) gives Pillow's MedianFilter(3), edges included."""
    from PIL import Image, ImageFilter

    grey = np.random.default_rng(sum(shape)).integers(0, 256, shape, dtype=np.uint8)
    want = np.asarray(Image.fromarray(grey).filter(ImageFilter.MedianFilter(3)))
    assert np.array_equal(raster.median3(grey), want)
