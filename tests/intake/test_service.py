"""Intake service on a real profile: scan (SANE test device) -> document, OCR version -> search, watched folder."""
import io
import re
import threading

import pytest
from PIL import Image

from desktop_app.intake.sane import SaneBackend
from desktop_app.intake.samples import TEXTS, render_page
from desktop_app.intake.scanner import ScanMode, ScanOptions, ScanSource
from desktop_app.intake.watch import FAILED
from desktop_app.services.types import DocumentQuery

A5 = (148.0, 210.0)


def _hits(ctx, q):
    return [h.row.id for h in ctx.documents.search(q)]


def test_scan_from_feeder_to_document(ctx):
    svc = ctx.intake
    svc._backends = [SaneBackend({"test-picture": "Grid"})]
    devices, problems = svc.devices()
    assert "test:0" in [d.id for d in devices] and problems == []
    seen = []
    result = svc.scan("test:0", ScanOptions(ScanMode.BW, 100, ScanSource.ADF, "max", max_pages=3),
                      progress=lambda p: seen.append(p.pages_done))
    assert result.ok and seen == [1, 2, 3]
    made = svc.create_from_pages(result.pages, subject="Feeder batch")
    assert made.pages == 3 and made.removed_blank == 0
    detail = ctx.documents.get_document(made.document.id)
    assert detail.subject == "Feeder batch" and detail.page_count == 3
    assert [f.role for f in detail.files] == ["original"] and detail.files[0].mime == "application/pdf"
    assert ctx.blobs.read(detail.files[0].sha256)[:5] == b"%PDF-"


def test_blank_pages_are_dropped_and_all_blank_is_refused(ctx):
    from desktop_app.intake.pages import IntakeError

    text = render_page(TEXTS["en"], 100, size_mm=A5)
    blank = render_page("", 100, size_mm=A5, noise=8)
    made = ctx.intake.create_from_pages([text, blank, text])
    assert made.pages == 2 and made.removed_blank == 1
    # no subject given: the list shows "Scan of 28.11.2026 15:25", not the file's "scan-20261128-152530"
    assert re.fullmatch(r"Scan of \d\d\.\d\d\.\d{4} \d\d:\d\d", made.document.subject), made.document.subject
    before = ctx.documents.list_documents(DocumentQuery()).total
    with pytest.raises(IntakeError, match="no pages"):
        ctx.intake.create_from_pages([blank])
    after = ctx.documents.list_documents(DocumentQuery()).total
    assert before == after  # nothing half-written


def _file_ops(ctx, doc_id):
    from sqlalchemy import select

    from desktop_app.db.models import OutboxOp

    with ctx.db.read() as s:
        return [op.payload["sha256"] for op in s.execute(select(OutboxOp).where(
            OutboxOp.document_id == doc_id, OutboxOp.op_type == "file.attach")).scalars()]


def test_scan_waits_for_its_text_layer_then_one_searchable_pdf_is_queued(ctx):
    page = render_page(TEXTS["az"], 200, size_mm=A5)
    made = ctx.intake.create_from_pages([page], subject="Məktub")
    doc_id = made.document.id
    assert _hits(ctx, "bələdiyyə") == []  # an image-only PDF has no text yet
    waiting = ctx.documents.get_document(doc_id).files[0]
    assert (waiting.role, waiting.upload) == ("original", "ocr") and _file_ops(ctx, doc_id) == []
    assert ctx.intake.pending_ocr() == [doc_id]
    ctx.settings.set("ocr_languages", ["aze"])
    steps = []
    outcome = ctx.intake.ocr_document(doc_id, progress=lambda d, t, s: steps.append((d, t)))
    assert outcome.file is not None and outcome.file.role == "original" and steps[-1] == (1, 1)
    detail = ctx.documents.get_document(doc_id)
    # The same version now carries the text layer and is the one file queued for the server.
    assert [(f.revision, f.role, f.upload) for f in detail.files] == [(1, "original", "queued")]
    assert detail.files[0].sha256 != waiting.sha256 and not ctx.blobs.has(waiting.sha256)
    assert _file_ops(ctx, doc_id) == [detail.files[0].sha256] and detail.wire_bytes == detail.files[0].size
    assert ctx.intake.pending_ocr() == []
    assert "file.text_layer" in [e.action for e in detail.audit]
    # Azerbaijani folding and prefixes over OCR text.
    assert _hits(ctx, "BƏLƏDİYYƏ") == [doc_id]
    assert _hits(ctx, "muraci") == [doc_id]  # typed without ü (no Azerbaijani keyboard): found as well (issue 15)
    assert _hits(ctx, "müraci") == [doc_id]
    assert _hits(ctx, "ŞÖBƏ müdiri") == [doc_id]
    snippet = ctx.documents.search("Bələdiyyəyə")[0].snippet
    assert "[Bələdiyyəyə]" in snippet
    # A second run adds nothing.
    again = ctx.intake.ocr_document(doc_id)
    assert again.file is None and "already" in again.message


def test_with_ocr_off_the_scan_is_queued_at_once(ctx):
    from dataclasses import replace

    ctx.intake.save_settings(replace(ctx.intake.settings(), ocr_enabled=False))
    made = ctx.intake.create_from_pages([render_page(TEXTS["en"], 100, size_mm=A5)])
    f = ctx.documents.get_document(made.document.id).files[0]
    assert f.upload == "queued" and _file_ops(ctx, made.document.id) == [f.sha256]
    assert ctx.intake.pending_ocr() == []


def test_ocr_of_an_imported_cyrillic_image(ctx, tmp_path):
    page = render_page("Уведомление о поставке оборудования школе", 200, size_mm=(150, 70), point_size=16,
                       repeat_to_fill=False)
    path = tmp_path / "notice.png"
    page.image.save(path, dpi=(200, 200))
    row = ctx.documents.import_files([path]).imported[0]  # the document store's as-is import (no pipeline)
    ctx.settings.set("ocr_languages", ["rus"])
    outcome = ctx.intake.ocr_document(row.id)
    assert outcome.file is not None and outcome.file.mime == "application/pdf"
    assert _hits(ctx, "УВЕДОМЛЕНИЕ") == [row.id] and _hits(ctx, "оборуд") == [row.id]
    ctx.documents.delete_draft(row.id)
    assert _hits(ctx, "оборуд") == []


def test_missing_language_keeps_document_without_text(ctx):
    made = ctx.intake.create_from_pages([render_page(TEXTS["en"], 100, size_mm=A5)])
    ctx.settings.set("ocr_languages", ["eng", "kaz"])
    outcome = ctx.intake.ocr_document(made.document.id)
    assert outcome.file is None and "kaz" in outcome.message and "tesseract-ocr-kaz" in outcome.message
    # Kept without text, and no longer held back: sync is never blocked by OCR.
    assert [(f.role, f.upload) for f in ctx.documents.get_document(made.document.id).files] == [("original", "queued")]


def test_cancelled_ocr_adds_nothing(ctx):
    made = ctx.intake.create_from_pages([render_page(TEXTS["en"], 100, size_mm=A5)])
    ev = threading.Event()
    ev.set()
    outcome = ctx.intake.ocr_document(made.document.id, cancel=ev)
    assert outcome.file is None and "cancelled" in outcome.message
    assert ctx.intake.pending_ocr() == [made.document.id]  # still waiting: it runs again later


def test_watched_folder_imports_through_document_service(ctx, tmp_path):
    folder = tmp_path / "scan-inbox"
    folder.mkdir()
    clock = [0.0]
    watcher = ctx.intake.watcher(folder, settle_seconds=2, clock=lambda: clock[0])
    good = io.BytesIO()
    render_page(TEXTS["ru"], 100, size_mm=A5).image.save(good, "PNG")
    (folder / "letter.png").write_bytes(good.getvalue())
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated jpeg")
    watcher.poll_once()
    clock[0] += 3
    outcomes = {o.name: o for o in watcher.poll_once()}
    assert outcomes["letter.png"].status == "imported"
    (row,) = outcomes["letter.png"].result
    files = ctx.documents.get_document(row.id).files
    assert [(f.role, f.filename, f.upload) for f in files] == [("scan", "letter.png", "local"), ("original", "letter.pdf", "ocr")]
    assert outcomes["broken.jpg"].status == "failed" and "broken.jpg" in outcomes["broken.jpg"].reason
    assert "damaged or truncated" in (folder / FAILED / "broken.jpg.reason.txt").read_text(encoding="utf-8")
    # The scanner sends the same page again: it is not imported twice.
    (folder / "letter-again.png").write_bytes(good.getvalue())
    watcher.poll_once()
    clock[0] += 3
    assert [o.status for o in watcher.poll_once()] == ["duplicate"]
    assert ctx.documents.list_documents(DocumentQuery()).total == 1
    watcher.close()


def test_settings_round_trip(ctx):
    from dataclasses import replace

    from desktop_app.intake.cleanup import CleanupOptions
    from desktop_app.intake.pdf import PdfOptions

    svc = ctx.intake
    new = replace(svc.settings(), cleanup=CleanupOptions(crop=True, blank_threshold=0.001),
                  pdf=PdfOptions(jpeg_quality=45), ocr_languages=("aze", "eng"), watch_folder="/tmp/x")
    svc.save_settings(new)
    assert svc.settings() == new
    profiles = svc.profiles()
    assert profiles and svc.save_profiles(profiles[:1]) is None and svc.profiles() == profiles[:1]
