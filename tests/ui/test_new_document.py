"""Issue 14 item 8: an outgoing (or internal) document from the window -- template, scan or file --
and the outgoing register form's own words and journal."""
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.db.models import AuditEvent, OutboxOp
from tests.helpers import make_pdf, write

pytestmark = pytest.mark.gui


def _wait_idle(qtbot, w):
    qtbot.waitUntil(lambda: not w.ui.tasks.busy(), timeout=20000)


def _ok(dlg):
    return dlg.buttons.button(dlg.buttons.StandardButton.Ok)


def _write_letter(dlg):
    dlg.addressee.setText("Demo District School B")
    dlg.body.setPlainText("Məktəbin damının təmiri üçün vəsait ayrılmasını xahiş edirik.")


def test_outgoing_letter_from_a_template_registers_in_the_outgoing_journal(qtbot, window, dialogs):
    w = window
    act = w.compose.act_new
    assert act in w.menu_file.actions() and act in w.toolbar.actions() and act.shortcut().toString() == "Ctrl+N"

    def choose(dlg):
        assert dlg.chosen_kind() == "outgoing" and dlg.source() == "template"
        assert [dlg.template.itemData(i) for i in range(dlg.template.count())] == ["letter", "reply", "cover"]
        dlg.subject.setText("S" * 600)  # pasted too long: refused by name, not cut at the limit
        assert not _ok(dlg).isEnabled() and "501 characters; it may have at most 500" in dlg.problem.text()
        dlg.subject.setText("Kənd məktəbinin damı haqqında")
        assert not _ok(dlg).isEnabled() and "addressee" in dlg.problem.text()  # the letter's own rules, told
        _write_letter(dlg)
        return _ok(dlg).isEnabled()

    dialogs.form_actions.append(choose)
    act.trigger()
    _wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.subject == "Kənd məktəbinin damı haqqında", timeout=10000)
    d = w.detail.detail
    assert d.kind == "outgoing" and d.status == "draft" and d.page_count == 1
    pdf = PdfReader(w.ctx.documents.file_path(d.current_file.sha256))
    assert len(pdf.pages) == 1 and pdf.metadata.title == "Kənd məktəbinin damı haqqında"
    assert "Demo District School B" in pdf.pages[0].extract_text()  # a text letter, searchable, not a picture
    with w.ctx.db.read() as s:
        assert s.execute(select(AuditEvent.action).where(AuditEvent.document_id == d.id)).scalars().all() == ["document.template"]
        assert {o.op_type for o in s.execute(select(OutboxOp).where(OutboxOp.document_id == d.id)).scalars()} == {
            "document.create", "file.attach", "document.update"}  # the update: the letter's fields, for every desk
    assert w.act_register.isEnabled()

    def register(dlg):
        # The outgoing form: its own title and words, only the outgoing journal, the addressee required.
        assert dlg.windowTitle() == "Register outgoing letter"
        assert [dlg.journal.itemData(i) for i in range(dlg.journal.count())] == ["OUT"]
        words = {k: lbl.text() for k, (lbl, _t) in dlg._labels.items()}
        assert words["correspondent"].startswith("&Addressee") and words["corr_number"].startswith("In reply to")
        # The addressee typed on the letter comes with it: nothing retyped, Register ready at once.
        assert dlg.correspondent.text() == "Demo District School B" and _ok(dlg).isEnabled()
        assert dlg.channel.currentData() == "edms"  # it leaves by Dispatch, not by post
        dlg.correspondent.clear()
        assert "addressee" in dlg.problems.text() and not _ok(dlg).isEnabled()  # still required
        dlg.correspondent.setText("Demo District School B")
        return _ok(dlg).isEnabled()

    dialogs.form_actions.append(register)
    with qtbot.waitSignal(w.ui.bridge.changed, timeout=10000):
        w.act_register.trigger()
    _wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.detail.detail.registration is not None, timeout=10000)
    assert w.detail.detail.registration.number.startswith("OUT-0001/")
    # Two letters from one template are two documents (never "already imported").
    dialogs.form_actions.append(lambda dlg: (dlg.subject.setText("Kənd məktəbinin damı haqqında"), _write_letter(dlg), True)[2])
    act.trigger()
    _wait_idle(qtbot, w)
    assert not [m for m in dialogs.messages if m[0] == "error"]
    assert w.ctx.documents.queue_counts()["outgoing"] == 2


def test_internal_document_from_a_file_and_an_outgoing_one_from_a_scan(qtbot, window, dialogs, tmp_path):
    w = window
    dialogs.files = [str(write(tmp_path / "memo.pdf", make_pdf("Staff meeting on Monday")))]

    def internal_from_file(dlg):
        dlg.kind.setCurrentIndex(dlg.kind.findData("internal"))
        assert dlg.template.itemData(0) == "memo"
        dlg.from_file.setChecked(True)
        assert not dlg.template.isEnabled()
        dlg.subject.setText("İclas haqqında")
        return True

    dialogs.form_actions.append(internal_from_file)
    w.compose.act_new.trigger()
    _wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.subject == "İclas haqqında", timeout=10000)
    assert w.detail.detail.kind == "internal"

    def register(dlg):
        assert dlg.windowTitle() == "Register internal document"
        assert [dlg.journal.itemData(i) for i in range(dlg.journal.count())] == ["INT"]
        return _ok(dlg).isEnabled()  # an internal memo needs no correspondent

    dialogs.form_actions.append(register)
    w.act_register.trigger()
    _wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.detail.detail.registration is not None, timeout=10000)
    assert w.detail.detail.registration.number.startswith("INT-0001/")

    # From a scan: the scan dialog opens after the choice; cancelling it creates nothing.
    before = w.ctx.documents.queue_counts()["all"]

    def outgoing_from_scan(dlg):
        dlg.from_scan.setChecked(True)
        return True

    seen = []
    dialogs.form_actions += [outgoing_from_scan, lambda dlg: (seen.append(dlg.objectName()), False)[1]]
    w.compose.act_new.trigger()
    _wait_idle(qtbot, w)
    assert seen == ["scanDialog"] and w.ctx.documents.queue_counts()["all"] == before


def test_a_new_document_while_a_letter_is_shown_starts_as_its_reply(qtbot, window, dialogs):
    """The walk: the executor, the ministry's letter on the screen, retyped its sender, number and date
    into the reply form."""
    import datetime as dt

    from desktop_app.locale import format_date
    from desktop_app.services.types import RegisterInput

    w = window
    row = w.ctx.documents.create_document(make_pdf("Su"), "su.pdf", "incoming", subject="Su təchizatı")
    day = dt.date(2026, 11, 20)
    w.ctx.documents.register(row.id, RegisterInput("IN", correspondent="Səhiyyə Nazirliyi", corr_number="SN-12/4411",
                                                   corr_date=day))
    w.refresh(keep=row.id)
    qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.id == row.id, timeout=10000)
    seen = {}

    def look(dlg):
        seen.update(template=dlg.template_key(), addressee=dlg.addressee.text(), number=dlg.reply_to_number.text(),
                    date=dlg.reply_to_date.text())
        return False

    dialogs.form_actions.append(look)
    w.compose.act_new.trigger()
    assert seen == {"template": "reply", "addressee": "Səhiyyə Nazirliyi", "number": "SN-12/4411", "date": format_date(day)}
