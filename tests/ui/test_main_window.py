"""Import, register and find a document through the real widgets."""
import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.helpers import make_pdf, make_png, write

pytestmark = pytest.mark.gui


def _wait_idle(qtbot, w):
    qtbot.waitUntil(lambda: not w.ui.tasks.busy(), timeout=15000)


def test_import_register_and_find_through_widgets(qtbot, window, dialogs, tmp_path):
    w = window
    dialogs.files = [str(write(tmp_path / "letter.pdf", make_pdf("Budget request"))), str(write(tmp_path / "bad.pdf", b""))]
    with qtbot.waitSignal(w.ui.bridge.changed, timeout=10000):
        w.act_import.trigger()
    _wait_idle(qtbot, w)
    assert w.model.rowCount() == 1
    assert dialogs.messages[-1][0] == "error" and "bad.pdf" in dialogs.messages[-1][2]
    assert w.detail.detail.subject == "letter" and w.act_register.isEnabled()
    assert w.detail.preview.currentWidget() is w.detail.pdf_view

    def fill(dlg):
        # An incoming letter is never registered without its sender: the journal requires it.
        assert dlg.problems.isVisible() and "sender" in dlg.problems.text()
        assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
        dlg.subject.setText("")
        assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()  # validation blocks OK
        dlg.subject.setText("Büdcə sorğusu")
        dlg.correspondent.setText("Maliyyə Nazirliyi")
        dlg.corr_number.setText("MN-12")
        return dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()

    dialogs.form_actions.append(fill)
    with qtbot.waitSignal(w.ui.bridge.changed, timeout=10000):
        w.act_register.trigger()
    _wait_idle(qtbot, w)
    d = w.detail.detail
    assert d.registration.number.startswith("IN-0001/") and d.subject == "Büdcə sorğusu"
    assert "IN-0001" in w.detail.header.text()

    w.queues.setCurrentRow(1)  # To register: now empty
    assert w.model.rowCount() == 0
    w.queues.setCurrentRow(0)
    w.search.setText("BÜDCƏ")  # QTest.keyClicks only types ASCII
    qtbot.waitUntil(lambda: w.model.query.text == "BÜDCƏ", timeout=3000)
    assert w.model.rowCount() == 1
    w.search.clear()
    qtbot.keyClicks(w.search, "nomatchatall")
    qtbot.waitUntil(lambda: w.model.rowCount() == 0, timeout=3000)


def test_drag_and_drop_imports(qtbot, window, tmp_path):
    w = window
    paths = [write(tmp_path / "a.png", make_png()), write(tmp_path / "b.pdf", make_pdf("b"))]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    ev = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    # the picture's page work starts the intake process on first use (a fork server with its modules)
    with qtbot.waitSignal(w.ui.bridge.changed, timeout=30000):
        w.dropEvent(ev)
    _wait_idle(qtbot, w)
    assert w.model.rowCount() == 2


def test_table_pages_through_many_documents(qtbot, ctx, dialogs, tmp_path):
    """The model knows the total but loads only the pages that are looked at, in the background."""
    from ui.context import UiContext
    from ui.main_window import MainWindow
    from ui.models import PAGE
    from tests.helpers import bulk_documents

    bulk_documents(ctx, 1000)
    ui = UiContext.create(ctx, dialogs)
    w = MainWindow(ui)
    qtbot.addWidget(w)
    w.queues.setCurrentRow([k for k, _label in w.queue_labels()].index("all"))
    assert w.model.rowCount() == 1000 and len(w.model._pages) == 1
    last = w.model.index(999, 2)
    w.table.scrollTo(last)
    # A page past the first is read off the GUI thread: "Loading…" until it comes.
    assert w.model.data(last) == "Loading…"
    qtbot.waitUntil(lambda: w.model.data(last).startswith("bulk"), timeout=10000)
    assert len(w.model._pages) == 2 and max(w.model._pages) == 999 // PAGE
    ui.close()


def test_long_work_does_not_block_the_event_loop(qtbot, window):
    """A slow task runs on the worker; the GUI thread keeps processing events meanwhile."""
    import threading
    import time

    release = threading.Event()
    results = []
    window.ui.tasks.run(lambda t: (release.wait(5), "done")[1], on_success=results.append, label="slow")
    ticks = []
    from PySide6.QtCore import QTimer
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.wait(200)
    assert len(ticks) >= 5 and window.progress.isVisible()
    release.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    timer.stop()
    assert not window.progress.isVisible()


def test_no_display_gives_one_clear_line(monkeypatch, capsys):
    from ui import app

    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    assert app.main(["--profile", "/nonexistent/never-created"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "QT_QPA_PLATFORM=offscreen" in err


def test_the_registration_card_of_the_form_reaches_the_store_and_the_detail(qtbot, window, dialogs, tmp_path):
    """The card's newer fields (sheets, attachments) are filled on the form, stored, queued for the server,
    and shown on the document."""
    from sqlalchemy import select

    from desktop_app.db.models import OutboxOp

    w = window
    dialogs.files = [str(write(tmp_path / "map.pdf", make_pdf("Land plot map", pages=2)))]
    with qtbot.waitSignal(w.ui.bridge.changed, timeout=10000):
        w.act_import.trigger()
    _wait_idle(qtbot, w)

    def fill(dlg):
        assert dlg.pages.value() == 2 and dlg.sheets.value() == 2  # a sheet a page until told otherwise
        dlg.correspondent.setText("Torpaq İdarəsi")
        dlg.sheets.setValue(1)
        dlg.attachments_count.setValue(2)
        dlg.attachments_description.setText("Xəritə və akt")
        dlg.channel.setCurrentIndex(dlg.channel.findData("courier"))
        value = dlg.value()
        assert (value.sheets, value.attachments_count, value.attachments_description) == (1, 2, "Xəritə və akt")
        assert dlg.channel.currentText() == "Courier"  # the channel in words, not its code
        return dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()

    dialogs.form_actions.append(fill)
    with qtbot.waitSignal(w.ui.bridge.changed, timeout=10000):
        w.act_register.trigger()
    _wait_idle(qtbot, w)
    reg = w.detail.detail.registration
    assert (reg.sheets, reg.attachments_count, reg.attachments_description, reg.channel) == (1, 2, "Xəritə və akt", "courier")
    text = w.detail.info.toPlainText()
    assert "Sheets" in text and "2 — Xəritə və akt" in text and "Courier" in text
    assert "IN — Incoming journal" in text  # the journal by name, not its bare code
    # The route tab keeps the previous document's route until the new one is read: nothing acts on it.
    rt = w.routing
    qtbot.waitUntil(lambda: rt.route_panel.timeline is not None and rt.route_panel.timeline.document_id == w.current_id(),
                    timeout=10000)
    assert rt._timeline() is rt.route_panel.timeline and rt.act_route.isEnabled()
    rt.route_panel.show_timeline(dataclasses.replace(rt.route_panel.timeline, document_id="the-document-shown-before"))
    rt.update_actions()
    assert rt._timeline() is None and not rt.act_route.isEnabled()
    with w.ctx.db.read() as s:
        payload = s.execute(select(OutboxOp.payload).where(OutboxOp.op_type == "registration.register")).scalar_one()
    assert (payload["sheets"], payload["attachments_count"], payload["attachments_description"]) == (1, 2, "Xəritə və akt")


def test_settings_dialog_refuses_an_unreadable_trust_bundle_by_name_and_saves_nothing(qtbot, window, tmp_path):
    """The window's Settings checks the same way as `docflow settings set` (one set of checks)."""
    from ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(window.ctx.settings, window)
    qtbot.addWidget(dlg)
    dlg.trust_bundle.setText(str(tmp_path / "missing.pem"))
    dlg.tsa.setText("https://tsa.example")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted and "missing.pem" in dlg.error.text()
    assert not window.ctx.settings.get("trust_bundle") and not window.ctx.settings.get("tsa_url")
    dlg.trust_bundle.setText("")
    dlg.tsa.setText("ftp://tsa.example")
    dlg.accept()
    assert "http" in dlg.error.text() and not window.ctx.settings.get("tsa_url")


def test_settings_dialog_takes_the_sync_bandwidth_cap_through_the_settings_check(qtbot, window):
    """Settings ▸ Sync bandwidth cap: checked as `docflow settings set` checks it; a bad value is
    refused by name and leaves the cap as it was, a good one is saved as a number."""
    from desktop_app.config import BANDWIDTH_CAP
    from ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(window.ctx.settings, window)
    qtbot.addWidget(dlg)
    for bad in ("3", "fast"):
        dlg.bandwidth_cap.setText(bad)
        dlg.accept()
        # named as the form labels it, not by its settings key (the walk saw "sync_bandwidth_cap_kbit")
        said = dlg.error.text()
        assert dlg.result() != dlg.DialogCode.Accepted and "«Sync bandwidth cap (kbit/s)»" in said and BANDWIDTH_CAP not in said
        assert window.ctx.settings.get(BANDWIDTH_CAP) == 0
    dlg.bandwidth_cap.setText(" 64 ")
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted and window.ctx.settings.get(BANDWIDTH_CAP) == 64
    again = SettingsDialog(window.ctx.settings, window)
    qtbot.addWidget(again)
    assert again.bandwidth_cap.text() == "64"
    window.ctx.settings.set(BANDWIDTH_CAP, 0)


def test_settings_names_the_time_zone_by_its_city_and_keeps_its_identifier(qtbot, window):
    """The walk saw "Asia/Baku" in the Settings: the zone is shown as "Bakı (UTC+04:00)", stored as the
    identifier; a typed identifier is checked as `docflow settings set` checks it."""
    from desktop_app import locale as loc
    from ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(window.ctx.settings, window)
    qtbot.addWidget(dlg)
    shown = [dlg.time_zone.itemText(i) for i in range(dlg.time_zone.count())]
    assert "Asia/Baku" not in shown and dlg.time_zone.currentText() == shown[0] and "(UTC+04:00)" in shown[0]
    dlg.time_zone.setCurrentIndex(dlg.time_zone.findData("Asia/Tbilisi"))
    dlg.accept()
    assert window.ctx.settings.get("time_zone") == "Asia/Tbilisi"
    try:
        again = SettingsDialog(window.ctx.settings, window)
        qtbot.addWidget(again)
        again.time_zone.setEditText("Mars/Olympus")
        again.accept()
        assert again.result() != again.DialogCode.Accepted and "Mars/Olympus" in again.error.text()
        assert window.ctx.settings.get("time_zone") == "Asia/Tbilisi"
        again.time_zone.setEditText("Asia/Almaty")  # a zone not listed, typed by its identifier
        again.accept()
        assert window.ctx.settings.get("time_zone") == "Asia/Almaty"
    finally:
        loc.set_time_zone("Asia/Baku")


def test_preview_page_sizes_read_with_pikepdf_are_the_ones_pdfium_reports(qapp, tmp_path):
    """The preview reads page sizes with pikepdf (a QPdfDocument call per page holds the GIL while it
    waits for PDFium's lock): the crop box, turned by /Rotate, exactly as QtPdf reports them."""
    import pikepdf
    from PySide6.QtPdf import QPdfDocument

    from ui.preview import page_sizes, pdf_page_sizes

    pdf = pikepdf.new()
    for box, rotate, crop in [((0, 0, 595, 842), 0, None), ((0, 0, 612, 792), 90, None),
                              ((10, 20, 300, 400), 270, (20, 30, 200, 300)), ((0, 0, 842, 595), 180, None)]:
        pdf.add_blank_page(page_size=(box[2], box[3]))
        page = pdf.pages[-1].obj
        page.MediaBox = pikepdf.Array(box)
        if rotate:
            page.Rotate = rotate
        if crop:
            page.CropBox = pikepdf.Array(crop)
    path = tmp_path / "boxes.pdf"
    pdf.save(path)
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    assert pdf_page_sizes(str(path)) == page_sizes(doc) == [(595, 842), (792, 612), (270, 180), (842, 595)]
    doc.close()
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    assert pdf_page_sizes(str(tmp_path / "broken.pdf")) is None  # Qt is asked instead


def test_edit_card_corrects_the_card_through_the_outbox_and_keeps_the_registration(qtbot, window, dialogs, tmp_path):
    """Document ▸ Edit card…: the subject, summary, confidentiality and (unregistered) correspondent are
    corrected, checked by name, queued as a document.update for the server; after registration the
    registration card is shown read-only with the reason and the correspondent is no longer offered."""
    from sqlalchemy import select

    from desktop_app.db.models import OutboxOp

    w = window
    dialogs.files = [str(write(tmp_path / "plan.pdf", make_pdf("Road plan")))]
    with qtbot.waitSignal(w.ui.bridge.changed, timeout=10000):
        w.act_import.trigger()
    _wait_idle(qtbot, w)
    assert w.act_edit_card.isEnabled() and w.act_edit_card.shortcut().toString() == "F2"
    assert w.act_edit_card in w.menu_document.actions()

    def fill(dlg):
        save = dlg.buttons.button(dlg.buttons.StandardButton.Save)
        dlg.subject.setText("   ")
        assert not save.isEnabled() and "subject" in dlg.problems.text()
        dlg.subject.setText("Yol planı 2027")
        dlg.correspondent.setCurrentText("x" * 600)
        assert not save.isEnabled() and "correspondent" in dlg.problems.text()
        dlg.correspondent.setCurrentText("Nəqliyyat  Nazirliyi")
        dlg.corr_number.setText("NN-7")
        dlg.has_corr_date.setChecked(True)
        dlg.corr_date.setDate(dlg.corr_date.date().addDays(3))
        assert not save.isEnabled() and "date" in dlg.problems.text()  # a sender's date in the future
        dlg.corr_date.setDate(dlg.corr_date.date().addDays(-5))
        dlg.summary.setPlainText("Düzəliş edilmiş xülasə")
        dlg.confidentiality.setCurrentIndex(dlg.confidentiality.findData("confidential"))
        assert dlg.confidentiality.currentText() == "Confidential"  # in words, not the code
        return save.isEnabled()

    dialogs.form_actions.append(fill)
    with qtbot.waitSignal(w.ui.bridge.changed, timeout=10000):
        w.act_edit_card.trigger()
    _wait_idle(qtbot, w)
    d = w.detail.detail
    assert (d.subject, d.summary, d.confidentiality, d.correspondent, d.corr_number) == (
        "Yol planı 2027", "Düzəliş edilmiş xülasə", "confidential", "Nəqliyyat Nazirliyi", "NN-7")
    assert d.corr_date == w.ctx.today() - dt.timedelta(days=2)
    with w.ctx.db.read() as s:
        ops = s.execute(select(OutboxOp.payload, OutboxOp.base_version).where(OutboxOp.op_type == "document.update")).all()
    assert [op.payload for op in ops] == [{"fields": {"subject": "Yol planı 2027", "summary": "Düzəliş edilmiş xülasə",
                                                      "confidentiality": "confidential"}}]

    def register(dlg):
        # the corrected correspondent and the sender's number and date are offered, not retyped
        assert (dlg.correspondent.text(), dlg.corr_number.text()) == ("Nəqliyyat Nazirliyi", "NN-7")
        assert dlg.has_corr_date.isChecked() and dlg.corr_date.date().toPython() == d.corr_date
        return dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()

    dialogs.form_actions.append(register)
    with qtbot.waitSignal(w.ui.bridge.changed, timeout=10000):
        w.act_register.trigger()
    _wait_idle(qtbot, w)
    assert w.detail.detail.registration is not None

    def frozen(dlg):
        assert dlg.correspondent is None and dlg.frozen.isVisible() and "registered" in dlg.frozen.text()
        texts = [lbl.text() for lbl in dlg.findChildren(type(dlg.frozen))]
        assert w.detail.detail.registration.number in texts and "NN-7" in texts
        dlg.subject.setText("Yol planı 2027 (dəqiqləşdirilib)")
        return True

    dialogs.form_actions.append(frozen)
    with qtbot.waitSignal(w.ui.bridge.changed, timeout=10000):
        w.act_edit_card.trigger()
    _wait_idle(qtbot, w)
    assert w.detail.detail.subject == "Yol planı 2027 (dəqiqləşdirilib)"
    assert (w.detail.detail.registration.corr_number, w.detail.detail.registration.corr_date) == ("NN-7", d.corr_date)
    from desktop_app.errors import InvalidInput

    with pytest.raises(InvalidInput, match="correspondent"):
        w.ctx.documents.update_document(w.detail.detail.id, correspondent="Başqa")
    with pytest.raises(InvalidInput, match="number and date"):
        w.ctx.documents.update_document(w.detail.detail.id, corr_number="NN-8")


def test_an_internal_memo_has_no_senders_number_date_or_channel(qtbot, window, dialogs):
    """An internal memo is neither sent to us nor delivered: its card (the pane, the register form, the
    printed card) shows no sender's number, sender's date or delivery channel ("Post")."""
    from desktop_app.services.types import RegisterInput
    from tests.helpers import make_pdf as pdf
    from tests.ui.screens import select_document

    w, ctx = window, window.ctx
    memo = ctx.documents.create_document(pdf("Daxili xidməti məktub"), "memo.pdf", "internal", subject="Xidməti məktub").id
    letter = ctx.documents.create_document(pdf("Letter"), "letter.pdf", "incoming", subject="Letter").id

    def form(dlg):
        hidden = [f for f in (dlg.corr_number, dlg.corr_date, dlg.channel) if not dlg.form.isRowVisible(f)]
        seen.append(len(hidden))
        return False

    seen: list[int] = []
    select_document(w, memo)  # the "all" queue lists both
    for doc in (memo, letter):
        _wait_idle(qtbot, w)
        w.show_document(doc)
        qtbot.waitUntil(lambda doc=doc: w.detail.detail is not None and w.detail.detail.id == doc and w.act_register.isEnabled(),
                        timeout=10000)
        dialogs.form_actions.append(form)
        w.act_register.trigger()
    assert seen == [3, 0]
    ctx.documents.register(memo, RegisterInput(next(j.code for j in ctx.documents.journals() if j.kind == "internal"),
                                               correspondent="Maliyyə şöbəsi"))
    _wait_idle(qtbot, w)
    w.show_document(memo)  # read the registered memo again (it may be the row already shown)
    qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.id == memo and w.detail.detail.registration is not None,
                    timeout=10000)
    _wait_idle(qtbot, w)
    text = w.detail.info.toPlainText()
    assert "Registered on" in text
    assert "Their number" not in text and "Their date" not in text and "Channel" not in text and "Post" not in text
    card = dict(ctx.reports.card(memo).fields)
    assert "Delivery channel" not in card and "Sender's number and date" not in card


def test_the_pane_shows_the_row_chosen_again_and_a_read_of_it_though_asked_again(qtbot, window, tmp_path, monkeypatch):
    """Under load the pane must still come to the chosen document: a click on the row that is already
    current shows it again when the pane lost it (Qt reports no row change), and a read of the wanted
    document is shown when it comes though the list asked again meanwhile (each sync burst does)."""
    import threading

    w = window
    a, b = (w.ctx.documents.create_document(make_pdf(t), f"{t}.pdf", subject=t).id for t in ("Alpha", "Beta"))
    w.refresh(keep=a)
    _wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.id == w.current_id(), timeout=10000)
    current = w.current_id()
    w.detail.show_detail(None, None)  # as after a read that failed under load
    rect = w.table.visualRect(w.table.currentIndex())
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.id == current, timeout=10000)
    _wait_idle(qtbot, w)

    # A slow second read of the same document (the list refreshed while the first was on its way): the
    # first one, when it comes, is shown at once rather than dropped.
    other = b if current == a else a
    gate, calls, real = threading.Event(), [], w.ctx.documents.get_document

    def slow_second(doc_id):
        calls.append(doc_id)
        if len(calls) == 2:
            gate.wait(20)
        return real(doc_id)

    monkeypatch.setattr(w.ctx.documents, "get_document", slow_second)
    try:
        w.show_document(other)
        w.show_document(other)
        qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.id == other, timeout=10000)
    finally:
        gate.set()
    _wait_idle(qtbot, w)
    assert w.detail.detail.id == other
