"""Page clean-up on rendered pages (Pillow/NumPy, real Tesseract OSD)."""
import pytest

from desktop_app.intake.cleanup import (
    CleanupOptions, clean_page, clean_pages, crop_to_content, detect_orientation, detect_skew, ink_fraction, is_blank,
)
from desktop_app.intake.pages import PageImage
from desktop_app.intake.raster import label_runs
from desktop_app.intake.samples import TEXTS, render_page

A5 = (148.0, 210.0)


@pytest.mark.parametrize("skew", [-3.0, 1.2, 4.5])
def test_skew_is_measured_and_removed(skew):
    page = render_page(TEXTS["en"], 150, size_mm=A5, skew_degrees=skew, noise=8)
    assert detect_skew(page) == pytest.approx(-skew, abs=0.25)
    cleaned, report = clean_page(page, CleanupOptions(auto_rotate=False))
    assert report.skew_degrees == pytest.approx(-skew, abs=0.25)
    assert abs(detect_skew(cleaned)) <= 0.25


def test_straight_page_is_left_alone():
    page = render_page(TEXTS["az"], 150, size_mm=A5)
    cleaned, report = clean_page(page, CleanupOptions(auto_rotate=False, despeckle=False))
    assert report.skew_degrees == 0.0 and cleaned.image is page.image


@pytest.mark.parametrize("quarters", [1, 2])
def test_osd_turns_pages_upright(quarters):
    page = render_page(TEXTS["en"], 200, size_mm=A5, rotate_quarter=quarters)
    rotation = detect_orientation(page)
    assert (rotation + 90 * quarters) % 360 == 0
    cleaned, report = clean_page(page, CleanupOptions(deskew=False))
    assert report.rotation == rotation
    assert cleaned.image.size == render_page(TEXTS["en"], 200, size_mm=A5).image.size


def test_osd_leaves_a_page_without_text_alone():
    assert detect_orientation(render_page("", 150, size_mm=A5, noise=5)) == 0


def test_blank_pages_are_detected_and_dropped():
    text = render_page(TEXTS["ru"], 100, size_mm=A5, noise=10)
    blank_noisy = render_page("", 100, size_mm=A5, noise=10, seed=3)  # scanner noise and dust only
    sparse = render_page("Подпись", 100, size_mm=A5, repeat_to_fill=False)  # one word is not blank
    assert is_blank(blank_noisy) and not is_blank(text) and not is_blank(sparse)
    assert ink_fraction(blank_noisy) < CleanupOptions().blank_threshold < ink_fraction(sparse)
    kept, reports = clean_pages([text, blank_noisy, sparse], CleanupOptions(auto_rotate=False, deskew=False))
    assert len(kept) == 2 and [r.blank for r in reports] == [False, True, False]
    # The threshold is a setting: raised above a one-word page's ink, that page counts as blank too.
    kept, _ = clean_pages([sparse], CleanupOptions(auto_rotate=False, blank_threshold=0.5))
    assert kept == []
    kept, _ = clean_pages([blank_noisy], CleanupOptions(auto_rotate=False, remove_blank=False))
    assert len(kept) == 1


def test_crop_to_content():
    page = render_page("Short note", 100, size_mm=A5, repeat_to_fill=False)
    cropped, did = crop_to_content(page, margin_mm=5)
    assert did and cropped.image.width < page.image.width / 2 and cropped.image.height < page.image.height / 4
    assert cropped.dpi == page.dpi
    full = render_page(TEXTS["en"], 100, size_mm=A5, point_size=30)
    assert crop_to_content(full)[1] in (True, False)  # never fails on a full page
    blank = PageImage(render_page("", 100, size_mm=A5).image, 100)
    assert crop_to_content(blank) == (blank, False)


def test_despeckle_drops_specks_pinholes_and_bumps_but_keeps_text_and_thin_rules():
    import numpy as np
    from PIL import Image

    from desktop_app.intake.cleanup import despeckle, smooth_ink
    from desktop_app.intake.pdf import to_bilevel

    page = render_page("Hörmətli cənab müdir! Şöbə, i.j; Ünvan: Gəncə.", 300, size_mm=(150, 80), point_size=8,
                       repeat_to_fill=False)
    text = np.logical_not(np.asarray(to_bilevel(page.image, despeckle=False))).astype(np.uint8)
    ink = text.copy()
    ink[450:, :] = 0
    ink[620, 100:700] = 1                       # 1-px horizontal rule
    ink[650:750, 600] = 1                       # 1-px vertical rule
    for i in range(100):                        # 1-px diagonal rule (8-connected staircase)
        ink[650 + i, 700 + i] = 1
    ink[680:690, 900:940] = 1                   # a bar with a 1-px pinhole, a notch and a bump
    ink[684, 920] = 0
    ink[680, 910] = 0
    ink[679, 930] = 1
    specks = [(720, 100), (720, 200), (740, 300)]
    for y, x in specks:
        ink[y, x] = 1                           # lone dust pixels
    ink[730:732, 700:702] = 1                   # a 2x2 speck
    out = smooth_ink(ink)
    assert all(out[y, x] == 0 for y, x in specks) and not out[730:732, 700:702].any()
    assert out[620, 101:699].all() and out[651:749, 600].all()
    assert all(out[650 + i, 700 + i] for i in range(1, 99))
    assert out[684, 920] == 1 and out[680, 910] == 1 and out[679, 930] == 0
    # The text (8 pt, dots of i and j, full stops, diacritics) is untouched but for a few edge pixels.
    changed = np.logical_xor(out[:450], text[:450]).sum()
    assert changed < 0.02 * text[:450].sum()
    n_before = label_runs(text[:450]).count
    assert label_runs(out[:450]).count == n_before  # no dot or accent lost
    # The page-level call does the same to a bilevel page and leaves grey pages alone.
    bw = page.with_image(Image.fromarray(ink == 0))
    assert np.array_equal(np.logical_not(np.asarray(despeckle(bw).image)), out.astype(bool))
    assert despeckle(page) is page


def test_smoothing_makes_g4_smaller_and_keeps_ocr_accuracy(tmp_path):
    import re

    from desktop_app.intake import ocr
    from desktop_app.intake.pdf import g4_tiff, to_bilevel

    page = render_page(TEXTS["az"], 300, size_mm=A5, noise=10, seed=4)
    plain = to_bilevel(page.image, despeckle=False)
    smooth = to_bilevel(page.image)
    assert len(g4_tiff(smooth, 300)) < 0.95 * len(g4_tiff(plain, 300))
    _, text = ocr.ocr_page(page.with_image(smooth), ["aze"], tmp_path)
    words = set(re.findall(r"\w+", text.lower()))
    expected = set(re.findall(r"\w+", TEXTS["az"].lower()))
    assert len(words & expected) >= 0.95 * len(expected)


def test_bilevel_scan_is_despeckled_after_the_deskew():
    import numpy as np

    from desktop_app.intake.cleanup import despeckle
    from desktop_app.intake.pdf import g4_tiff, to_bilevel

    grey = render_page(TEXTS["ru"], 300, size_mm=A5, skew_degrees=2.0, noise=8, seed=2)
    scan = grey.with_image(to_bilevel(grey.image, despeckle=False))  # what a B/W scanner delivers
    rough, report = clean_page(scan, CleanupOptions(auto_rotate=False, despeckle=False))
    smooth, _ = clean_page(scan, CleanupOptions(auto_rotate=False))
    assert report.skew_degrees == pytest.approx(-2.0, abs=0.25) and smooth.image.mode == "1"
    # The deskewed page is what gets smoothed (the rotation's re-sampled edges included).
    assert np.array_equal(np.asarray(smooth.image), np.asarray(despeckle(rough).image))
    assert not np.array_equal(np.asarray(rough.image), np.asarray(smooth.image))
    assert len(g4_tiff(smooth.image, 300)) < 0.95 * len(g4_tiff(rough.image, 300))


def _pillow_skew(page, max_degrees=8.0):
    """The search as it was up to a008b62: Pillow turns the whole mask for each candidate angle
    (it held the GIL for each turn); the reference the coordinate search must agree with."""
    import numpy as np
    from PIL import Image

    from desktop_app.intake.cleanup import grey_array, ink_mask

    mask, _ = ink_mask(grey_array(page.image), 800)

    def score(a):
        rows = np.asarray(Image.fromarray(mask).rotate(a, Image.Resampling.NEAREST, fillcolor=0)).sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    coarse = np.arange(-max_degrees, max_degrees + 0.001, 0.5)
    best = max(coarse, key=lambda a: (score(a), -abs(a)))
    fine = np.round(np.arange(best - 0.5, best + 0.501, 0.1), 2)
    return round(float(max(fine, key=lambda a: (score(a), -abs(a)))), 2)


@pytest.mark.parametrize("skew,dpi,lang", [(-6.5, 150, "ru"), (-0.7, 200, "az"), (2.3, 150, "en"), (7.2, 200, "ru")])
def test_skew_search_on_ink_coordinates_agrees_with_turning_the_mask(skew, dpi, lang):
    page = render_page(TEXTS[lang], dpi, size_mm=A5, skew_degrees=skew, noise=8, seed=3)
    assert detect_skew(page) == pytest.approx(_pillow_skew(page), abs=0.2)
    assert detect_skew(page) == pytest.approx(-skew, abs=0.25)
