"""File import through the intake pipeline (real profile, real Tesseract, real poppler, zxing-cpp):
copier PDFs and images become one compact searchable PDF, the copier's file stays local, born-digital
and signed PDFs are kept byte-for-byte, separator sheets split a stack, codes fill a field."""
import datetime as dt
import io

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
from sqlalchemy import select

from desktop_app.db.models import FileVersion, OutboxOp, utcnow
from desktop_app.intake import codes
from desktop_app.intake.samples import TEXTS, copier_pdf, render_letter, render_page
from tests.helpers import make_pdf, write

A5 = (148.0, 210.0)


@pytest.fixture
def ctx(ctx):
    ctx.settings.set("ocr_languages", ["aze", "rus"])
    return ctx


def _ops(ctx, doc_id):
    with ctx.db.read() as s:
        return [(op.op_type, op.payload.get("role")) for op in s.execute(
            select(OutboxOp).where(OutboxOp.document_id == doc_id).order_by(OutboxOp.seq)).scalars()]


def _letter_pdf(tmp_path, dpi=150, parts=("last",)):
    pages = [render_letter("az", dpi, seed=i + 1, part=part, skew_degrees=0.8)[0] for i, part in enumerate(parts)]
    return write(tmp_path / "copier.pdf", copier_pdf(pages))


def test_copier_pdf_becomes_one_compact_searchable_pdf_and_the_original_stays_here(ctx, tmp_path):
    src = _letter_pdf(tmp_path)
    (row,) = ctx.intake.import_files([src]).imported
    detail = ctx.documents.get_document(row.id)
    scan, compact = detail.files
    assert (scan.role, scan.upload, scan.filename, scan.size) == ("scan", "local", "copier.pdf", src.stat().st_size)
    assert scan.keep_until is not None and abs((scan.keep_until - utcnow()) - dt.timedelta(days=30)) < dt.timedelta(minutes=5)
    assert (compact.role, compact.upload) == ("original", "ocr") and detail.page_count == 1
    assert _ops(ctx, row.id) == [("document.create", None)]  # nothing travels before the text layer
    outcome = ctx.intake.ocr_document(row.id)
    assert outcome.file is not None and outcome.characters > 300
    detail = ctx.documents.get_document(row.id)
    assert _ops(ctx, row.id) == [("document.create", None), ("file.attach", "original")]
    assert detail.wire_bytes == detail.files[1].size < src.stat().st_size / 4
    assert detail.local_bytes == src.stat().st_size
    assert [h.row.id for h in ctx.documents.search("Zurnabad")] == [row.id]
    imported = next(e for e in detail.audit if e.action == "document.import")
    assert scan.sha256 in imported.details and '"upload":"local"' in imported.details
    # The same copier file again is refused as already imported.
    again = ctx.intake.import_files([write(tmp_path / "again.pdf", src.read_bytes())])
    assert again.imported == () and "already imported" in again.failures[0].reason


def test_original_uploaded_on_request_and_by_the_institutions_rule(ctx, tmp_path):
    from dataclasses import replace

    page = render_page(TEXTS["az"], 100, size_mm=A5)
    buf = io.BytesIO()
    page.image.save(buf, "JPEG", quality=80)
    (row,) = ctx.intake.import_files([write(tmp_path / "photo.jpg", buf.getvalue())], ocr="off").imported
    scan = ctx.documents.get_document(row.id).files[0]
    assert scan.upload == "local" and ("file.attach", "scan") not in _ops(ctx, row.id)
    (info,) = ctx.intake.upload_original(row.id)
    assert info.upload == "queued" and info.keep_until is None
    assert ("file.attach", "scan") in _ops(ctx, row.id)
    assert "file.upload_original" in [e.action for e in ctx.documents.get_document(row.id).audit]
    with pytest.raises(Exception, match="no original kept"):
        ctx.intake.upload_original(row.id)
    ctx.intake.save_settings(replace(ctx.intake.settings(), upload_originals=True))
    page.image.rotate(180).save(buf := io.BytesIO(), "PNG")
    (row2,) = ctx.intake.import_files([write(tmp_path / "other.png", buf.getvalue())], ocr="off").imported
    assert ctx.documents.get_document(row2.id).files[0].upload == "queued"


def test_expired_originals_are_removed_and_audited(ctx, tmp_path):
    rows = []
    for i in range(2):
        buf = io.BytesIO()
        render_page(TEXTS["ru"], 100, size_mm=A5, seed=i, noise=3).image.save(buf, "PNG")
        rows += ctx.intake.import_files([write(tmp_path / f"p{i}.png", buf.getvalue())], ocr="off").imported
    with ctx.db.write() as s:
        old = s.execute(select(FileVersion).where(FileVersion.document_id == rows[0].id, FileVersion.role == "scan")).scalar_one()
        old.keep_until = utcnow() - dt.timedelta(days=1)
        old_sha = old.sha256
    assert ctx.intake.sweep_originals() == 1
    assert not ctx.blobs.has(old_sha)
    first = ctx.documents.get_document(rows[0].id)
    assert [f.role for f in first.files] == ["original"] and "file.original_removed" in [e.action for e in first.audit]
    assert [f.role for f in ctx.documents.get_document(rows[1].id).files] == ["scan", "original"]
    assert ctx.admin.check_store().missing == ()
    assert ctx.intake.sweep_originals() == 0


def _signed_image_pdf() -> bytes:
    """An image-only PDF with a filled signature field: the structure Docflow detects as signed (a
    cryptographically real signature is exercised in tests/signing; here only "kept as is" counts)."""
    page = render_page(TEXTS["en"], 100, size_mm=A5)
    buf = io.BytesIO()
    page.image.save(buf, "PDF", resolution=100)
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    sig = DictionaryObject({NameObject("/Type"): NameObject("/Sig"), NameObject("/Contents"): TextStringObject("0")})
    field = DictionaryObject({NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject("Signature1"),
                              NameObject("/V"): w._add_object(sig)})
    w._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject([w._add_object(field)])})
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_born_digital_and_signed_pdfs_are_kept_byte_for_byte(ctx, tmp_path):
    text_pdf = make_pdf("A born-digital letter with a real text layer", 2)
    signed = _signed_image_pdf()
    res = ctx.intake.import_files([write(tmp_path / "letter.pdf", text_pdf), write(tmp_path / "signed.pdf", signed)])
    assert res.failures == ()
    for row, data in zip(res.imported, (text_pdf, signed)):
        (f,) = ctx.documents.get_document(row.id).files
        assert (f.role, f.upload) == ("original", "queued") and ctx.blobs.read(f.sha256) == data
    # The signed scan's searchable copy stays on this computer: the signed file is what travels.
    outcome = ctx.intake.ocr_document(res.imported[1].id)
    assert outcome.file is not None and (outcome.file.role, outcome.file.upload) == ("ocr", "local")
    assert ctx.blobs.read(ctx.documents.get_document(res.imported[1].id).files[0].sha256) == signed


def _stack(tmp_path, dpi, *pages):
    frames = [p.image.convert("L") for p in pages]
    path = tmp_path / f"stack{dpi}.tiff"
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(dpi, dpi), compression="tiff_deflate")
    return path


def _with_code(page, text, fmt="QRCode", at=(0.62, 0.04), angle=0.0):
    import zxingcpp

    code = zxingcpp.create_barcode(text, getattr(zxingcpp.BarcodeFormat, fmt))
    module = max(2, round(page.dpi / 100)) if fmt == "QRCode" else max(2, round(page.dpi / 110))
    img = Image.fromarray(__import__("numpy").asarray(code.to_image(scale=module)))
    canvas = page.image.convert("L").copy()
    canvas.paste(img, (round(canvas.width * at[0]), round(canvas.height * at[1])))
    if angle:
        canvas = canvas.rotate(angle, fillcolor=255, resample=Image.Resampling.BILINEAR)
    return page.with_image(canvas)


@pytest.mark.parametrize("dpi", [200, 300])
def test_codes_read_at_200_and_300_dpi_skewed(dpi):
    page = render_page(TEXTS["en"], dpi, size_mm=A5, noise=4)
    for fmt, text, angle in (("QRCode", "AZ-2025/0352", 4.0), ("Code128", "1-14/352", -3.0), ("DataMatrix", "GNC-77", 6.0)):
        found = codes.read_codes(_with_code(page, text, fmt, angle=angle))
        assert text in [c.text for c in found], (fmt, dpi)
    sheet = codes.separator_sheet_page(dpi)
    skewed = sheet.with_image(sheet.image.convert("L").rotate(5, fillcolor=255))
    assert any(codes.is_separator(c) for c in codes.read_codes(skewed))


def test_separator_sheets_split_a_stack_and_a_code_fills_the_summary(ctx, tmp_path):
    dpi = 150
    first = _with_code(render_page(TEXTS["az"], dpi, size_mm=A5, seed=1), "AZ-2025/0352", angle=2.0)
    second = render_page(TEXTS["ru"], dpi, size_mm=A5, seed=2)
    sheet = codes.separator_sheet_page(dpi)
    sheet = sheet.with_image(sheet.image.convert("L").rotate(-3, fillcolor=255))
    path = _stack(tmp_path, dpi, first, sheet, second, second.with_image(second.image.rotate(180)))
    rows = ctx.intake.import_files([path], ocr="off").imported
    assert len(rows) == 2
    a, b = (ctx.documents.get_document(r.id) for r in rows)
    assert (a.page_count, b.page_count) == (1, 2)
    assert "AZ-2025/0352" in a.summary and b.summary == ""
    # Both keep the stack's file as their local original; only the compact PDFs are queued.
    assert a.files[0].sha256 == b.files[0].sha256 and a.files[0].upload == "local"
    # The sheet itself is printable from Docflow: one page, a few kilobytes.
    pdf = ctx.intake.separator_sheet_pdf()
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1 and len(pdf) < 30_000


def test_blank_pages_split_when_chosen(ctx, tmp_path):
    from dataclasses import replace

    from desktop_app.intake.batch import SplitOptions

    text = render_page(TEXTS["en"], 100, size_mm=A5)
    blank = render_page("", 100, size_mm=A5, noise=6, seed=3)
    path = _stack(tmp_path, 100, text, blank, text.with_image(text.image.rotate(1)))
    assert len(ctx.intake.import_files([path], ocr="off").imported) == 1  # default: the blank page is dropped
    ctx.intake.save_settings(replace(ctx.intake.settings(), split=SplitOptions(blank_pages=True)))
    path2 = _stack(tmp_path, 101, text, blank, text.with_image(text.image.rotate(2)))
    assert len(ctx.intake.import_files([path2], ocr="off").imported) == 2


def test_insert_and_replace_pages_of_a_scan(ctx):
    made = ctx.intake.create_from_pages([render_page(TEXTS["az"], 100, size_mm=A5, seed=i) for i in range(2)])
    doc_id = made.document.id
    ctx.intake.ocr_document(doc_id)
    before = ctx.documents.get_document(doc_id).files[-1]
    new = render_page(TEXTS["ru"], 100, size_mm=A5, seed=9)
    info = ctx.intake.insert_pages(doc_id, 2, [new])
    detail = ctx.documents.get_document(doc_id)
    assert detail.page_count == 3 and info.revision == before.revision + 1 and info.upload == "queued"
    assert [h.row.id for h in ctx.documents.search("Уважаемый")] == [doc_id]  # the new page was recognised
    reader = PdfReader(io.BytesIO(ctx.blobs.read(info.sha256)))
    assert len(reader.pages) == 3 and "Уважаемый" in reader.pages[1].extract_text()
    replaced = ctx.intake.replace_page(doc_id, 3, [render_page(TEXTS["en"], 100, size_mm=A5)])
    reader = PdfReader(io.BytesIO(ctx.blobs.read(replaced.sha256)))
    assert len(reader.pages) == 3 and "Director" in reader.pages[2].extract_text()
    assert ctx.documents.get_document(doc_id).page_count == 3
    with pytest.raises(Exception, match="no page 7"):
        ctx.intake.replace_page(doc_id, 7, [new])
    actions = [e.action for e in ctx.documents.get_document(doc_id).audit]
    assert "document.pages_inserted" in actions and "document.page_replaced" in actions


def test_the_page_work_runs_in_the_intake_process_and_a_dead_one_is_replaced(ctx, tmp_path):
    """A scan's pages are made in the intake process (desktop_app/intake/child.py), off the app's GIL."""
    import os
    import signal
    import sys

    from desktop_app.worker import background_nice

    assert not ctx.intake.process.running()  # started on first use
    assert ctx.intake.import_files([_letter_pdf(tmp_path, dpi=100, parts=("first",))]).imported
    child = ctx.intake.process.call(os.getpid)
    assert child != os.getpid()
    if sys.platform.startswith("linux"):  # it runs below the window's thread, as the app's background threads
        assert ctx.intake.process.call(os.getpriority, os.PRIO_PROCESS, 0) == background_nice()
    os.kill(child, signal.SIGKILL)
    refused = ctx.intake.import_files([_letter_pdf(tmp_path, dpi=100, parts=("middle",))])
    assert refused.imported == () and "stopped unexpectedly" in refused.failures[0].reason  # the work went there
    assert ctx.intake.process.call(os.getpid) not in (child, os.getpid())  # the next call has a new child
