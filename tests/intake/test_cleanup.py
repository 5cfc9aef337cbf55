"""Page clean-up on rendered pages (real OpenCV, real Tesseract OSD)."""
import pytest

from desktop_app.intake.cleanup import (
    CleanupOptions, clean_page, clean_pages, crop_to_content, detect_orientation, detect_skew, ink_fraction, is_blank,
)
from desktop_app.intake.pages import PageImage
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
