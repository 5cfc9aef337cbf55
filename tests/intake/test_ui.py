"""The scan dialog and the intake actions in the real main window, scanning from the SANE test device."""
import pytest

from desktop_app.intake.sane import SaneBackend
from desktop_app.intake.pages import Compression
from desktop_app.intake.scanner import ScanMode, ScanSource

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(ctx):
    """The suite's profile, OCR in English only (the main window opens on it: tests/conftest.py)."""
    ctx.settings.set("ocr_languages", ["eng"])
    return ctx


def _prepare(qtbot, dlg, source=ScanSource.ADF):
    qtbot.waitUntil(lambda: dlg.device.count() > 0, timeout=15000)
    dlg.device.setCurrentIndex(dlg.device.findData("test:0"))
    dlg.mode.setCurrentIndex(dlg.mode.findData(ScanMode.BW))
    dlg.resolution.setValue(75)
    dlg.source.setCurrentIndex(dlg.source.findData(source))
    dlg.page_size.setCurrentIndex(dlg.page_size.findData("max"))


def test_scan_edit_pages_save_and_ocr(qtbot, window, dialogs):
    window.ctx.intake._backends = [SaneBackend({"test-picture": "Grid"})]
    seen = {}

    def action(dlg):
        _prepare(qtbot, dlg)
        assert not dlg.buttons.button(dlg.buttons.StandardButton.Save).isEnabled()  # nothing to save yet
        dlg.btn_scan.click()
        qtbot.waitUntil(lambda: not dlg.scanning(), timeout=30000)
        assert dlg.strip.count() == 10 and "10 page(s) ready" in dlg.status.text()
        pages = dlg.pages()
        # delete pages 4..10
        for row in range(9, 2, -1):
            dlg.strip.item(row).setSelected(True)
        dlg.delete_selected()
        assert dlg.strip.count() == 3
        # rotate page 1 to the right: a 200 x 200 mm grid stays square but the pixels turn
        dlg.strip.clearSelection()
        dlg.strip.item(0).setSelected(True)
        before = dlg.pages()[0].image
        dlg.btn_right.click()
        from PIL import Image

        after = dlg.pages()[0].image
        assert after.tobytes() == before.transpose(Image.Transpose.ROTATE_270).tobytes() != before.tobytes()
        # move the third page to the front
        item = dlg.strip.takeItem(2)
        dlg.strip.insertItem(0, item)
        assert dlg.pages()[0] is pages[2]
        # re-scan the second page: it is replaced in place, the count stays
        dlg.strip.clearSelection()
        dlg.strip.item(1).setSelected(True)
        dlg.btn_rescan.click()
        qtbot.waitUntil(lambda: not dlg.scanning(), timeout=30000)
        assert dlg.strip.count() == 3 and dlg.pages()[1] is not pages[0]
        # the first page is stored as a picture, whatever the automatic plan says
        dlg.strip.clearSelection()
        dlg.strip.item(0).setSelected(True)
        dlg.set_kind_selected(Compression.JPEG)
        assert dlg.pages()[0].compression == Compression.JPEG and dlg.pages()[1].compression == Compression.AUTO
        dlg.subject_edit.setText("Grid letter")
        seen["pages"] = dlg.strip.count()
        return True

    dialogs.form_actions.append(action)
    window.intake.act_scan.trigger()
    qtbot.waitUntil(lambda: window.intake.last_scan is not None, timeout=60000)
    made = window.intake.last_scan
    assert made.pages == seen["pages"] == 3
    qtbot.waitUntil(lambda: window.current_id() == made.document.id, timeout=10000)  # shown, to be registered
    qtbot.waitUntil(lambda: bool(window.intake.last_ocr), timeout=60000)
    detail = window.ctx.documents.get_document(made.document.id)
    assert detail.subject == "Grid letter" and detail.page_count == 3
    # Recognised in the background: the one compact PDF got its text layer and is queued for upload.
    assert [(f.role, f.upload) for f in detail.files] == [("original", "queued")]
    assert window.ctx.intake.pending_ocr() == []
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(window.ctx.blobs.read(detail.files[0].sha256))) as pdf:
        filters = [str(next(iter(p.Resources.XObject.values())).Filter) for p in pdf.pages]
    assert "DCTDecode" in filters[0] and all("CCITTFaxDecode" in f for f in filters[1:])


def test_stop_keeps_pages_and_errors_are_shown(qtbot, window, dialogs):
    window.ctx.intake._backends = [SaneBackend({"read-delay": "yes", "read-delay-duration": "20000"})]

    def stop_action(dlg):
        _prepare(qtbot, dlg)
        dlg.btn_scan.click()
        qtbot.waitUntil(lambda: dlg.strip.count() >= 1, timeout=30000)
        assert dlg.btn_cancel.isEnabled() and not dlg.btn_scan.isEnabled()
        dlg.btn_cancel.click()
        qtbot.waitUntil(lambda: not dlg.scanning(), timeout=30000)
        assert 1 <= dlg.strip.count() < 10 and "stopped" in dlg.status.text()
        return False  # the user closes the dialog without saving

    dialogs.form_actions.append(stop_action)
    window.intake.act_scan.trigger()
    assert window.intake.last_scan is None

    window.ctx.intake._backends = [SaneBackend({"read-return-value": "SANE_STATUS_JAMMED"})]

    def jam_action(dlg):
        _prepare(qtbot, dlg)
        dlg.btn_scan.click()
        qtbot.waitUntil(lambda: not dlg.scanning(), timeout=30000)
        assert "jammed" in dlg.status.text()
        return False

    dialogs.form_actions.append(jam_action)
    window.intake.act_scan.trigger()


def test_missing_ocr_language_is_reported(qtbot, window, dialogs):
    from desktop_app.intake.samples import render_page

    made = window.ctx.intake.create_from_pages([render_page("Hello world", 100, size_mm=(148, 210))])
    window.ctx.settings.set("ocr_languages", ["kaz"])
    window.intake.run_ocr([made.document.id])
    qtbot.waitUntil(lambda: bool(window.intake.last_ocr), timeout=30000)
    assert any("tesseract-ocr-kaz" in text for kind, _t, text in dialogs.messages if kind == "info")


def test_watch_folder_toggle_imports_and_stops(qtbot, window, dialogs, tmp_path):
    from desktop_app.intake.samples import render_page
    from desktop_app.services.types import DocumentQuery

    folder = tmp_path / "inbox"
    folder.mkdir()
    dialogs.choose_dir = lambda parent, title: str(folder)
    window.intake.act_watch.setChecked(True)
    assert window.ctx.intake.settings().watch_folder == str(folder)
    render_page("Watched folder letter", 100, size_mm=(148, 210)).image.save(folder / "a.png")
    qtbot.waitUntil(lambda: (folder / "done" / "a.png").exists(), timeout=20000)
    assert window.ctx.documents.list_documents(DocumentQuery()).total == 1
    doc_id = window.ctx.documents.list_documents(DocumentQuery()).rows[0].id
    # The watcher also makes the scan searchable (in the background), then its one PDF is queued;
    # the copier's file stays on this computer.
    qtbot.waitUntil(lambda: [f.upload for f in window.ctx.documents.get_document(doc_id).files] == ["local", "queued"],
                    timeout=30000)
    assert [h.row.id for h in window.ctx.documents.search("watched")] == [doc_id]
    window.intake.act_watch.setChecked(False)
    qtbot.waitUntil(lambda: not window.ui.tasks.busy(), timeout=10000)
    assert window.ctx.intake.settings().watch_folder == ""


def test_settings_dialog_saves_intake_settings(qtbot, window, dialogs):
    def action(dlg):
        assert dlg.languages["aze"].isChecked() is False  # the fixture chose English only
        assert "not installed" not in dlg.languages["aze_cyrl"].text()
        dlg.languages["aze"].setChecked(True)
        dlg.blank_threshold.setValue(0.05)
        dlg.crop.setChecked(True)
        dlg.jpeg_quality.setValue(45)
        dlg.max_dpi.setValue(0)
        return True

    dialogs.form_actions.append(action)
    window.intake.act_settings.trigger()
    # The form opens once Tesseract has listed its languages, asked off the GUI thread.
    assert dialogs.form_actions
    qtbot.waitUntil(lambda: not dialogs.form_actions, timeout=10000)
    conf = window.ctx.intake.settings()
    assert conf.ocr_languages == ("aze", "eng")
    assert conf.cleanup.blank_threshold == pytest.approx(0.0005) and conf.cleanup.crop
    assert conf.pdf.jpeg_quality == 45 and conf.pdf.max_jpeg_dpi is None


def test_profile_saved_from_the_scan_dialog(qtbot, window, dialogs):
    window.ctx.intake._backends = [SaneBackend()]

    def action(dlg):
        _prepare(qtbot, dlg, ScanSource.FLATBED)
        dlg.resolution.setValue(150)
        dlg.profile_name.setText("Receipts 150")
        dlg.btn_save_profile.click()
        assert dlg.profile.currentText() == "Receipts 150"
        dlg.profile.setCurrentIndex(0)  # another profile changes the options...
        assert dlg.resolution.value() != 150
        dlg.profile.setCurrentIndex(dlg.profile.findText("Receipts 150"))  # ...and back
        assert dlg.resolution.value() == 150 and dlg.mode.currentData() == ScanMode.BW
        return False

    dialogs.form_actions.append(action)
    window.intake.act_scan.trigger()
    saved = {p.name: p for p in window.ctx.intake.profiles()}["Receipts 150"]
    assert saved.options.resolution == 150 and saved.options.source == ScanSource.FLATBED
    assert saved.device_id == "test:0"


def test_the_dialog_offers_only_the_scanners_own_paper_sources(qtbot, window, dialogs):
    """The first profile asks for a duplex feeder; the SANE test device has a flatbed and a simplex
    feeder, so the dialog greys duplex out and moves to the feeder, saying so (no failed first scan)."""
    window.ctx.intake._backends = [SaneBackend()]

    def action(dlg):
        assert dlg.source.currentData() == ScanSource.ADF_DUPLEX  # the default profile, before any scanner
        qtbot.waitUntil(lambda: dlg.device.count() > 0, timeout=15000)
        dlg.device.setCurrentIndex(dlg.device.findData("test:0"))
        duplex = dlg.source.model().item(dlg.source.findData(ScanSource.ADF_DUPLEX))
        qtbot.waitUntil(lambda: not duplex.isEnabled(), timeout=15000)
        assert dlg.source.currentData() == ScanSource.ADF
        assert "Feeder, both sides" in dlg.status.text() and "Feeder" in dlg.status.text()
        dlg.profile.setCurrentIndex(1)  # the simplex feeder profile fits as it is
        dlg.profile.setCurrentIndex(0)  # back to duplex: moved again, not left on a source it lacks
        assert dlg.source.currentData() == ScanSource.ADF
        return False

    dialogs.form_actions.append(action)
    window.intake.act_scan.trigger()


def test_transfer_tab_upload_original_and_separator_sheet(qtbot, window, dialogs, tmp_path):
    import io

    from desktop_app.intake.samples import TEXTS, render_page

    buf = io.BytesIO()
    render_page(TEXTS["en"], 100, size_mm=(148, 210)).image.save(buf, "JPEG", quality=85)
    photo = tmp_path / "phone-photo.jpg"
    photo.write_bytes(buf.getvalue())
    window.import_paths([str(photo)])
    qtbot.waitUntil(lambda: window.current_id() is not None and window.intake.panel.detail is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.ctx.intake.pending_ocr() == [], timeout=60000)  # recognised in the background
    panel = window.intake.panel
    qtbot.waitUntil(lambda: "kept on this computer until" in panel.text.toPlainText(), timeout=10000)
    assert "On the wire:" in panel.text.toPlainText() and panel.btn_upload.isEnabled()
    panel.btn_upload.click()
    qtbot.waitUntil(lambda: not panel.btn_upload.isEnabled(), timeout=10000)
    files = window.ctx.documents.get_document(window.current_id()).files
    assert [f.upload for f in files] == ["queued", "queued"]
    # The separator sheet, saved where the person chooses, never over an existing file.
    dialogs.choose_dir = lambda parent, title: str(tmp_path)
    window.intake.act_separator.trigger()
    qtbot.waitUntil(lambda: getattr(window.intake, "last_separator", None) is not None, timeout=10000)
    assert window.intake.last_separator.read_bytes().startswith(b"%PDF")


def test_settings_dialog_batches_and_originals(qtbot, window, dialogs):
    def action(dlg):
        dlg.split_blank.setChecked(True)
        dlg.code_field.setCurrentIndex(dlg.code_field.findData("subject"))
        dlg.keep_days.setValue(7)
        dlg.upload_originals.setChecked(True)
        dlg.keep_colour.setChecked(False)
        return True

    dialogs.form_actions.append(action)
    window.intake.act_settings.trigger()
    qtbot.waitUntil(lambda: not dialogs.form_actions, timeout=10000)
    conf = window.ctx.intake.settings()
    assert conf.split.blank_pages and conf.split.separator_sheets and conf.code_field == "subject"
    assert conf.keep_originals_days == 7 and conf.upload_originals and not conf.pdf.keep_colour
