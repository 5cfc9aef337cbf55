"""Compact PDF assembly (G4 / JPEG) and the invisible OCR layer (real Tesseract, real poppler)."""
import io
import re
import subprocess

import pikepdf
import pytest
from pypdf import PdfReader, PdfWriter

from desktop_app.intake import ocr
from desktop_app.intake.pages import Compression, IntakeError, PageImage
from desktop_app.intake.pdf import PdfOptions, build_pdf, to_bilevel
from desktop_app.intake.samples import TEXTS, render_page

A5 = (148.0, 210.0)


def _images(pdf: bytes):
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        out = []
        for page in doc.pages:
            (img,) = [page.Resources.XObject[k] for k in page.Resources.XObject.keys()]
            filt = img.Filter
            filt = str(filt[0]) if isinstance(filt, pikepdf.Array) else str(filt)
            out.append((filt, int(img.Width), int(img.Height), [float(x) for x in page.MediaBox]))
        return out


def test_text_pages_are_ccitt_g4_and_picture_pages_jpeg():
    grey = render_page(TEXTS["az"], 300, size_mm=A5, noise=6)
    bw = grey.with_image(to_bilevel(grey.image))
    pdf = build_pdf([bw, PageImage(grey.image, 300, Compression.JPEG), grey], PdfOptions(jpeg_quality=40, max_jpeg_dpi=150))
    (f1, w1, h1, box1), (f2, w2, h2, box2), (f3, _, _, _) = _images(pdf)
    assert f1 == "/CCITTFaxDecode" and (w1, h1) == bw.image.size
    assert f2 == "/DCTDecode" and (w2, h2) == (round(grey.image.width / 2), round(grey.image.height / 2))  # 300 -> 150 dpi
    assert f3 == "/CCITTFaxDecode"  # a grey scan of a text page is stored bilevel automatically
    # Page boxes are the paper size whatever the pixel count: A5 in points.
    for box in (box1, box2):
        assert box[2] == pytest.approx(148 / 25.4 * 72, abs=1) and box[3] == pytest.approx(210 / 25.4 * 72, abs=1)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        g4 = doc.pages[0].Resources.XObject[list(doc.pages[0].Resources.XObject.keys())[0]]
        parms = g4.DecodeParms[0] if isinstance(g4.DecodeParms, pikepdf.Array) else g4.DecodeParms
        assert int(parms.K) == -1  # K < 0 is Group 4
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3


def test_document_wide_compression_and_quality():
    grey = render_page(TEXTS["ru"], 150, size_mm=A5, noise=6)
    as_g4 = build_pdf([grey], PdfOptions(compression=Compression.G4))
    low = build_pdf([grey], PdfOptions(compression=Compression.JPEG, jpeg_quality=20))
    high = build_pdf([grey], PdfOptions(compression=Compression.JPEG, jpeg_quality=80))
    assert _images(as_g4)[0][0] == "/CCITTFaxDecode"
    assert len(low) < len(high)
    assert _images(build_pdf([grey], PdfOptions(compression=Compression.JPEG)))[0][0] == "/DCTDecode"
    with pytest.raises(IntakeError, match="no pages"):
        build_pdf([])
    with pytest.raises(IntakeError, match="JPEG quality"):
        PdfOptions(jpeg_quality=100)
    from desktop_app.intake.pdf import compact_pdf

    with pytest.raises(IntakeError, match="could not be written compactly"):
        compact_pdf(b"%PDF-1.4\n truncated")


def test_ocr_layer_is_invisible_searchable_and_small(tmp_path):
    page = render_page(TEXTS["az"], 200, size_mm=A5, noise=6)
    bw = page.with_image(to_bilevel(page.image))
    image_pdf = build_pdf([bw])
    result = ocr.ocr_pdf(image_pdf, ["aze", "eng"], images=[bw])
    words = {w.lower() for w in re.findall(r"\w+", result.text_per_page[0])}
    assert {"hörmətli", "bələdiyyəyə", "müraciətə", "şöbə"} <= words
    # Searchable: an independent extractor (poppler) finds the words in the saved PDF.
    out = tmp_path / "ocr.pdf"
    out.write_bytes(result.pdf)
    extracted = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Bələdiyyəyə" in extracted
    # The image is untouched (still the same G4 stream) and the text layer costs little.
    assert _images(result.pdf)[0][:3] == _images(image_pdf)[0][:3]
    assert len(result.pdf) - len(image_pdf) < 15_000
    # Invisible: the text is drawn in render mode 3.
    content = PdfReader(io.BytesIO(result.pdf)).pages[0].get_contents().get_data()
    assert b"3 Tr" in content
    # Compact: every stream compressed (Tesseract leaves its font program and ToUnicode map raw),
    # small objects packed into an object stream; the G4 image is the only non-Flate stream.
    with pikepdf.open(io.BytesIO(result.pdf)) as doc:
        streams = [o for o in doc.objects if isinstance(o, pikepdf.Stream)]
        assert any(o.get("/Type") == "/ObjStm" for o in streams)
        not_flate = [str(o.get("/Filter")) for o in streams if o.get("/Filter") != "/FlateDecode"]
    assert len(not_flate) == 1 and "CCITTFaxDecode" in not_flate[0]


def test_ocr_of_a_pdf_without_page_images_renders_it(tmp_path):
    first = render_page("Москва Гянджа Баку документ", 150, size_mm=(120, 70), point_size=20, repeat_to_fill=False)
    second = render_page("Второй лист письма", 150, size_mm=(120, 70), point_size=20, repeat_to_fill=False)
    pdf = build_pdf([first, second])
    done = []
    result = ocr.ocr_pdf(pdf, ["rus"], progress=lambda d, t: done.append((d, t)))
    assert "Гянджа" in result.text_per_page[0] and "Второй" in result.text_per_page[1]
    assert sorted(done) == [(1, 2), (2, 2)]
    assert len(PdfReader(io.BytesIO(result.pdf)).pages) == 2


def test_missing_language_pack_is_a_clear_message():
    with pytest.raises(ocr.OcrLanguageMissing) as info:
        ocr.ocr_pdf(build_pdf([render_page("x", 100, size_mm=A5)]), ["aze", "kaz"])
    assert "kaz" in str(info.value) and "tesseract-ocr-kaz" in str(info.value) and "kept" in str(info.value)
    with pytest.raises(ocr.OcrLanguageMissing, match="not installed"):
        ocr.check_languages(["eng"], executable="tesseract-missing")


def test_encrypted_and_damaged_pdfs_are_refused():
    pdf = build_pdf([render_page("x", 100, size_mm=A5)])
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    w.encrypt("secret")
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(IntakeError, match="password-protected"):
        ocr.ocr_pdf(buf.getvalue(), ["eng"])
    with pytest.raises(IntakeError, match="damaged"):
        ocr.ocr_pdf(b"%PDF-1.4\n garbage", ["eng"])


def test_cancel_before_start_produces_nothing():
    import threading

    ev = threading.Event()
    ev.set()
    page = render_page("x", 100, size_mm=A5)
    with pytest.raises(ocr.OcrCancelled):
        ocr.ocr_pdf(build_pdf([page]), ["eng"], images=[page], cancel=ev)


def test_g4_page_is_lossless_single_strip_and_coded_with_paper_as_white(tmp_path):
    import numpy as np
    from PIL import Image

    from desktop_app.intake.pdf import g4_tiff

    page = render_page(TEXTS["ru"], 300, size_mm=A5, noise=8)
    bw = to_bilevel(page.image)
    tiff = g4_tiff(bw, 300)
    with Image.open(io.BytesIO(tiff)) as t:
        assert t.info["compression"] == "group4" and t.tag_v2[262] == 0  # WhiteIsZero
        assert len(t.tag_v2[273]) == 1  # one strip: img2pdf copies it instead of re-encoding
        assert np.array_equal(np.asarray(t.convert("1")), np.asarray(bw))  # lossless, right way round
    # Pillow's own BlackIsZero coding codes the paper as "black" runs: the same picture, more bytes.
    plain = io.BytesIO()
    bw.save(plain, "TIFF", compression="group4", strip_size=10**8)
    assert len(tiff) < 0.98 * len(plain.getvalue())
    pdf = build_pdf([page.with_image(bw)])
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        (img,) = doc.pages[0].Resources.XObject.values()
        parms = img.DecodeParms[0] if isinstance(img.DecodeParms, pikepdf.Array) else img.DecodeParms
        assert not bool(parms.get("/BlackIs1", False))
        assert len(img.read_raw_bytes()) < len(tiff)  # the G4 stream itself, copied as is
    # An independent decoder (poppler) gets the same pixels back, and draws black text on white paper.
    src = tmp_path / "g4.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdfimages", "-png", str(src), str(tmp_path / "img")], check=True)
    with Image.open(tmp_path / "img-000.png") as extracted:
        assert np.array_equal(np.asarray(extracted.convert("1")), np.asarray(bw))
    subprocess.run(["pdftoppm", "-r", "300", "-mono", "-singlefile", str(src), str(tmp_path / "r")], check=True)
    with Image.open(tmp_path / "r.pbm") as rendered:
        ink = 1 - np.asarray(rendered.convert("1")).mean()
    assert ink == pytest.approx(1 - np.asarray(bw).mean(), abs=0.01) and ink < 0.2
