"""Told what is happening, and where it hurt: the window's title, Quit, Help, About, icon, tray state,
notifications, empty-queue guidance, progress words, failures with Details, the page preview
(stamps drawn, first page first, images fit to width) and the remembered layout."""
from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from tests.helpers import make_pdf, make_png, write

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def _idle(qtbot, w):
    qtbot.waitUntil(lambda: not w.ui.tasks.busy(), timeout=20000)


def test_title_follows_the_user_and_the_window_has_its_icon_quit_help_and_about(qtbot, window, ctx, dialogs):
    w = window
    assert ctx.user.display_name in w.windowTitle() and not w.windowIcon().isNull()
    ctx.admin.add_user("aynur", "Aynur Həsənova", ["clerk"])
    ctx.switch_user("aynur")
    w.refresh()
    assert "Aynur Həsənova" in w.windowTitle() and "Secretary" in w.windowTitle()
    assert w.act_quit.shortcut().toString() == "Ctrl+Q" and w.act_quit in w.menu_file.actions()
    seen = []
    dialogs.form_actions.append(lambda dlg: seen.append(dlg) or False)
    w.help.about()
    about = seen[-1]
    names = [about.licences.item(r, 0).text() for r in range(about.licences.rowCount())]
    assert "PySide6" in names and "pyHanko" in names
    licence = about.licences.item(names.index("PySide6"), 2).text()
    assert "LGPL" in licence or "GPL" in licence
    dialogs.form_actions.append(lambda dlg: seen.append(dlg) or False)
    w.help.open_guide()
    guide = seen[-1]
    assert guide.objectName() == "guideDialog" and "Docflow" in guide.browser.toPlainText()
    assert guide.browser.source().toLocalFile().endswith("/en/index.md")
    # Its screenshots (a whole 1366-pixel screen each) fit the pane: no reading sideways.
    assert "![" in Path(guide.browser.source().toLocalFile()).read_text("utf-8")
    assert guide.browser.document().size().width() <= guide.browser.viewport().width() + 1


def test_tray_shows_one_sync_state(window):
    from desktop_app.services.types import SyncStatus, TransferProgress
    from ui import sync_state

    def st(**kw):
        base = dict(configured=True, logged_in=True, online=True, running=False, ops_waiting=0, bytes_waiting=0,
                    conflicts=0, current=None, last_success=None, last_error="")
        base.update(kw)
        return SyncStatus(**base)

    cases = {
        sync_state.NOT_CONFIGURED: st(configured=False), sync_state.NEEDS_ATTENTION: st(logged_in=False),
        sync_state.OFFLINE: st(online=False), sync_state.CONNECTING: st(online=False, running=True),
        sync_state.SENDING: st(current=TransferProgress("up", "a" * 64, "x.pdf", 1, 2)),
        sync_state.RECEIVING: st(current=TransferProgress("down", "a" * 64, "x.pdf", 1, 2)),
        sync_state.UP_TO_DATE: st(running=True),  # a long poll for news is not "receiving"
        sync_state.SENDING + "+": st(running=True, ops_waiting=2),
    }
    for expected, status in cases.items():
        expected = expected.rstrip("+")
        assert sync_state.state_of(status) == expected
        window.notify.show_status(status)
        assert window.notify.state == expected
    window.notify.show_status(st(ops_waiting=3, conflicts=1))
    assert window.notify.state == sync_state.NEEDS_ATTENTION
    tip = window.notify.tray.toolTip()
    assert "3" in tip and "1" in tip and "needs attention" in tip


def test_new_incoming_document_is_notified_and_listed_in_the_activity_view(qtbot, window, ctx):
    from desktop_app import audit
    from desktop_app.events import Change

    w = window
    qtbot.waitUntil(lambda: isinstance(ctx.settings.get("activity_seen_seq"), int), timeout=10000)
    row = ctx.documents.create_document(make_pdf("from B"), "b.pdf", "incoming", subject="Məktəbdən məktub")
    with ctx.db.write() as s:
        audit.append(s, "server", "sync.received", row.id, origin="AZ-0002")
    ctx.events.publish(Change(frozenset({row.id}), frozenset({"document", "sync"})))
    qtbot.waitUntil(lambda: any(n.kind == "new_document" for n in w.notify.shown), timeout=10000)
    notice = next(n for n in w.notify.shown if n.kind == "new_document")
    assert notice.text == "Məktəbdən məktub" and notice.document_id == row.id
    w.notify.dock.show()
    w.notify.refresh_view()
    _idle(qtbot, w)
    texts = [w.notify.view.tree.topLevelItem(i).text(2) for i in range(w.notify.view.tree.topLevelItemCount())]
    assert any("AZ-0002" in t for t in texts)
    # Due today / overdue assignments become notifications too.
    from desktop_app.services.activity import ActivityService

    class A:  # an Assignment's fields the notice reads
        def __init__(self, state):
            self.deadline_state, self.subject, self.document_id = state, "Cavab", row.id

    notices = ActivityService.due_notices([A("overdue"), A("due_today"), A("due_soon")])
    assert [n.kind for n in notices] == ["due", "due"] and "1" in notices[0].title


def test_empty_queues_and_searches_say_what_to_do(qtbot, window):
    w = window
    for i in range(w.queues.count()):
        if w.queues.item(i).data(0x0100) == "archive":
            w.queues.setCurrentRow(i)
    assert w.list_stack.currentWidget() is w.empty_hint
    assert "archive" in w.empty_hint.text().lower() and "Ctrl+E" in w.empty_hint.text()
    w.search.setText("sehiyye")
    qtbot.waitUntil(lambda: "sehiyye" in w.empty_hint.text(), timeout=3000)
    assert "All documents" in w.empty_hint.text()


def test_progress_words_are_not_doubled():
    from ui.task_status import progress_text

    assert progress_text("Recognising text", "Recognising text: page 2 of 10") == "Recognising text: page 2 of 10"
    assert progress_text("Importing", "letter.pdf") == "Importing: letter.pdf"
    assert progress_text("", "x") == "x" and progress_text("Signing", "") == "Signing"


def test_a_failure_shows_a_sentence_and_keeps_the_raw_detail_behind_details(window, dialogs, tmp_path):
    from desktop_app.sync.client import TransientError

    raw = "HTTPSConnectionPool(host='10.0.0.1', port=443): Max retries exceeded"
    window.show_error("Synchronisation", TransientError(f"No connection to the server ({raw})."))
    kind, title, text = dialogs.messages[-1]
    assert kind == "error" and "HTTPSConnectionPool" not in text and raw in dialogs.details[-1]
    log = (Path(window.ctx.profile.logs_dir) / "docflow.log")
    # The window's own tests do not set up the file log; the failure still went through logging.
    assert not log.exists() or "Synchronisation" in log.read_text("utf-8")


def _stamped_pdf(invisible: bool = False) -> bytes:
    """Two pages; the first carries a widget annotation whose appearance is a black box (like a
    visible signature stamp) -- drawn only when annotations are rendered -- and, if ``invisible``,
    the empty widget of a second, invisible signature."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(make_pdf("Stamped", pages=2)))
    ap = pikepdf.Stream(pdf, b"0 0 0 rg 0 0 200 80 re f")
    ap["/Type"], ap["/Subtype"], ap["/BBox"] = pikepdf.Name("/XObject"), pikepdf.Name("/Form"), [0, 0, 200, 80]
    annot = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name("/Annot"), Subtype=pikepdf.Name("/Widget"),
                                                 FT=pikepdf.Name("/Sig"), Rect=[50, 700, 250, 780], F=4,
                                                 AP=pikepdf.Dictionary(N=ap), T=pikepdf.String("Signature1")))
    annots = [annot]
    if invisible:
        annots.append(pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name("/Annot"), Subtype=pikepdf.Name("/Widget"), FT=pikepdf.Name("/Sig"), Rect=[0, 0, 0, 0],
            F=132, T=pikepdf.String("Signature2"))))
    pdf.pages[0].obj["/Annots"] = pikepdf.Array(annots)
    for a in annots:
        a["/P"] = pdf.pages[0].obj
    pdf.Root["/AcroForm"] = pikepdf.Dictionary(Fields=pikepdf.Array(annots), SigFlags=3)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_preview_draws_stamps_starts_at_the_first_page_and_fits_images(qtbot, tmp_path):
    from ui.preview import PageView

    view = PageView()
    qtbot.addWidget(view)
    view.resize(500, 700)
    view.show()
    stamped = write(tmp_path / "stamped.pdf", _stamped_pdf())
    assert view.show_pdf(str(stamped)) and view.page_count() == 2
    qtbot.waitUntil(lambda: 0 in view.rendered_pages(), timeout=5000)
    img = view.page_pixmap(0).toImage()
    w, h = img.width(), img.height()
    # The stamp's box (50..250 x 700..780 pt on an A4 page) is drawn dark.
    x, y = int(w * 150 / 595), int(h * (842 - 740) / 842)
    assert QColor(img.pixel(x, y)).lightness() < 60
    assert QColor(img.pixel(int(w * 0.8), int(h * 0.5))).lightness() > 200  # the rest is paper
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.verticalScrollBar().value() > 0
    other = write(tmp_path / "other.pdf", make_pdf("Other", pages=3))
    view.show_pdf(str(other))
    assert view.verticalScrollBar().value() == 0  # a new document starts at its first page
    png = write(tmp_path / "scan.png", make_png(2000, 1000))
    assert view.show_image(str(png))
    qtbot.waitUntil(lambda: 0 in view.rendered_pages(), timeout=5000)
    qtbot.wait(200)  # the layout follows the pane's width after a short pause
    qtbot.waitUntil(lambda: 0 in view.rendered_pages(), timeout=5000)
    page = view.page_pixmap(0)
    assert page.width() / page.devicePixelRatio() >= view.viewport().width() - 40  # fit to width


def test_the_previews_flattened_copy_keeps_no_widget_and_warns_of_nothing(tmp_path):
    """An invisible signature's widget has nothing to flatten: left on the page of the copy without its
    form, pikepdf warned on saving (silenced by swapping the process-wide warnings filters on a pool
    thread). The copy drops it; warnings are errors here."""
    import pikepdf

    from ui.preview import preview_file

    src = write(tmp_path / f"two-signatures-{os.getpid()}.pdf", _stamped_pdf(invisible=True))
    flat = preview_file(str(src))
    assert flat != str(src)
    try:
        with pikepdf.open(flat) as pdf:
            assert "/AcroForm" not in pdf.Root
            assert [a.get("/Subtype") for p in pdf.pages for a in (p.obj.get("/Annots") or [])] == []
            assert b"200 80 re f" in b"".join(x.read_bytes() for x in pdf.objects if isinstance(x, pikepdf.Stream))
    finally:
        Path(flat).unlink(missing_ok=True)


def test_window_remembers_its_layout_and_fits_a_small_screen(qtbot, ctx, dialogs):
    from tests.qt_helpers import open_window

    with open_window(qtbot, ctx, dialogs) as w:
        screen = w.screen().availableGeometry()
        assert w.frameGeometry().width() <= screen.width() and w.frameGeometry().height() <= screen.height()
        w.showNormal()
        w.resize(760, 580)
        w.splitter.setSizes([150, 400, 350])
        sizes = w.splitter.sizes()
        w.close()  # saves the layout into the profile's settings
    assert ctx.settings.get("window")["splitter"]
    with open_window(qtbot, ctx, dialogs) as w2:
        assert (w2.width(), w2.height()) == (760, 580)
        assert abs(w2.splitter.sizes()[0] - sizes[0]) <= 2  # the queues keep the width they were given


def test_the_app_gives_qt_the_persons_locale_before_it_starts(tmp_path):
    """Qt's own file dialog formats dates with the system locale: the app sets it from the language."""
    code = ("import os; from ui import i18n; i18n.prepare_process_locale('az');"
            "from PySide6.QtCore import QLocale, QDate; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "print(QLocale.system().name(), QLocale.system().toString(QDate(2026, 11, 27), QLocale.FormatType.ShortFormat))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("LC_ALL", None)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    name, date = out.stdout.split()
    assert name.startswith("az") and date.startswith("27.11.")


def test_the_stamp_prints_the_institutions_time():
    from desktop_app.signing.sign import stamp_text, stamp_time

    when = stamp_time(dt.datetime(2026, 12, 31, 21, 5, tzinfo=dt.timezone.utc), "Asia/Baku")
    assert when == "01.01.2027 01:05 (UTC+04:00)"
    assert "UTC+04:00" in stamp_text("Rəşad Əliyev", "OUT-0001/2026", when) and "%%" not in stamp_text("A", None, when)


def test_a_long_notice_without_a_tray_is_cut_with_an_ellipsis_and_whole_in_the_tooltip(window):
    """The walk: 'Новые поручения (3): Исполнить: …; Исполнить: Məktəb bina' was cut mid-word behind the
    status bar's own widgets (no tray under Xvfb, nor on some desktops)."""
    from PySide6.QtWidgets import QWidget

    from desktop_app.services.types import Notice

    w = window
    w.resize(1366, 728)
    text = "; ".join(f"İcra et: Məktəb binasının təmiri barədə sorğu {i}" for i in range(6))
    w.notify.notify(Notice("assigned", "Yeni tapşırıqlar (6)", text, None))
    shown, bar = w.statusBar().currentMessage(), w.statusBar()
    assert shown.endswith("…") and len(shown) < len(text)
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.width() - sum(
        c.width() for c in bar.findChildren(QWidget) if c.parent() is bar and c.isVisible())
    assert bar.toolTip() == f"Yeni tapşırıqlar (6): {text}"


def test_a_notice_shown_before_the_window_has_its_size_is_cut_again_to_the_room_it_gets(qtbot, window):
    """The walk (ru): the first notice came while the window was still small and stayed cut to 120 px
    ('Новое поручение: Расс…') in a status bar that had room for all of it."""
    from desktop_app.services.types import Notice

    w = window
    w.resize(500, 600)
    w.notify.notify(Notice("assigned", "Новое поручение", "Рассмотреть — Su təchizatı barədə məktub", None))
    assert w.statusBar().currentMessage().endswith("…")
    w.resize(1366, 728)
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "Новое поручение: Рассмотреть — Su təchizatı barədə məktub",
                    timeout=3000)
    w.statusBar().showMessage("Маршрут запущен")  # another message takes its place: a resize leaves it
    w.resize(1300, 728)
    qtbot.wait(50)
    assert w.statusBar().currentMessage() == "Маршрут запущен"


def test_a_notice_is_cut_again_when_the_status_bar_gives_its_widgets_more_room(qtbot, window):
    """The walk (ru): "Отсканированный документ сохранён (с" -- cut mid-word, no "…": the OCR's
    progress appeared in the status bar right after the notice was fitted to the room it had."""
    from PySide6.QtWidgets import QLabel

    w = window
    w.resize(1366, 728)
    bar = w.statusBar()
    text = "Отсканированный документ сохранён (10 стр.)"
    w.notify.show_in_status_bar(text)
    qtbot.waitUntil(lambda: bar.currentMessage() == text, timeout=3000)
    progress = QLabel("Распознавание текста: страница 1 из 10 " * 3)
    bar.addPermanentWidget(progress)  # shown in the room the notice had
    qtbot.waitUntil(lambda: bar.currentMessage().endswith("…"), timeout=3000)
    assert bar.toolTip() == text
