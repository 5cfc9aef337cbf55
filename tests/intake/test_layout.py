"""Per-page storage plan: text pages bilevel with a stamp kept as a colour stencil, picture pages JPEG
(rendered back by an independent reader, poppler)."""
import io
import subprocess

import numpy as np
import pikepdf
from PIL import Image

from desktop_app.intake.analyse import plan_page, text_grey
from desktop_app.intake.pages import Compression, PageImage
from desktop_app.intake.pdf import PdfOptions, build_pdf
from desktop_app.intake.samples import STAMP_INK, render_letter, render_page


def _render(pdf: bytes, tmp_path, dpi=100) -> np.ndarray:
    src = tmp_path / "p.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(src), str(tmp_path / "r")], check=True)
    return np.asarray(Image.open(tmp_path / "r.png").convert("RGB"))


def test_a_stamp_over_text_stays_a_blue_stamp_and_the_text_stays_bilevel(tmp_path):
    page, _ = render_letter("az", 150, seed=2, part="last", skew_degrees=0.0)
    plan = plan_page(page)
    assert plan.compression == Compression.G4 and len(plan.patches) == 1
    (patch,) = plan.patches
    assert patch.colour and patch.ink  # coloured ink: a stencil, not a picture
    pdf = build_pdf([page])
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        xobjects = doc.pages[0].Resources.XObject
        stencil = [x for k, x in xobjects.items() if str(k).startswith("/DfPatch")][0]
        assert bool(stencil.ImageMask) and str(stencil.Filter) == "/CCITTFaxDecode"
        base = [x for k, x in xobjects.items() if not str(k).startswith("/DfPatch")][0]
        assert "/CCITTFaxDecode" in str(base.Filter)
    rgb = _render(pdf, tmp_path).astype(int)
    left, top, right, bottom = (round(v * 100 / 150) for v in patch.box)
    region = rgb[top:bottom, left:right]
    blue = (region[..., 2] - region[..., 0] > 60) & (region[..., 2] > 120)
    assert blue.mean() > 0.02  # the stamp is there, in blue
    ink = np.array(STAMP_INK)
    assert np.abs(np.median(region[blue], axis=0) - ink).max() < 70
    outside = rgb[: top - 5]
    assert ((outside[..., 2] - outside[..., 0]) > 60).mean() < 0.0005  # the rest of the page is black on white
    assert len(pdf) < 40_000


def test_text_layer_source_drops_coloured_ink():
    page, _ = render_letter("ru", 100, seed=1, part="last")
    grey = np.asarray(text_grey(page.image))
    rgb = np.asarray(page.image).astype(int)
    stamp = (rgb[..., 2] - rgb[..., 0] > 60)
    assert grey[stamp].mean() > 140  # blue ink turns light in the brightest channel: OCR reads the black print
    assert np.array_equal(grey, rgb.max(axis=2))  # exactly the brightest channel of every pixel


def test_photo_page_is_jpeg_and_a_colour_brochure_page_too():
    rng = np.random.default_rng(1)
    h, w = 600, 420
    yy, xx = np.mgrid[0:h, 0:w]
    photo = (128 + 60 * np.sin(xx / 23.0) * np.cos(yy / 17.0) + rng.normal(0, 12, (h, w))).clip(0, 255).astype(np.uint8)
    grey_plan = plan_page(PageImage(Image.fromarray(photo), 72))
    assert grey_plan.compression == Compression.JPEG and not grey_plan.colour
    colour = np.stack([photo, np.roll(photo, 40, axis=1), 255 - photo], axis=2)
    colour_plan = plan_page(PageImage(Image.fromarray(colour.astype(np.uint8)), 72))
    assert colour_plan.compression == Compression.JPEG and colour_plan.colour
    text = render_page("Plain text page " * 40, 100, size_mm=(148, 210))
    assert plan_page(text).compression == Compression.G4 and plan_page(text).patches == ()
    # A page's own choice wins: a text page asked to be a picture.
    forced = build_pdf([PageImage(text.image, 100, Compression.JPEG)], PdfOptions())
    with pikepdf.open(io.BytesIO(forced)) as doc:
        (img,) = doc.pages[0].Resources.XObject.values()
        assert str(img.Filter) in ("/DCTDecode", "[ /DCTDecode ]")
