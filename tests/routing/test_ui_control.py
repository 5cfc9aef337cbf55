"""pytest-qt: citizens' appeals and control through the real main window (issue 17).

The clerk registers an appeal on the register form (the applicant's card), the list shows its clock;
the executor asks for more time and the head approves it through the Control menu; the clerk extends
the appeal's term; the head opens the monthly control report.
"""

import pytest
from PySide6.QtCore import Qt

from desktop_app.locale import today as local_today
from desktop_app.services.types import ResolutionInput
from tests import helpers
from tests.routing.conftest import as_user
from tests.routing.test_ui_route import _idle, _select_doc, _switch

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(office):
    return office


def _trigger(w, qtbot, action):
    assert action.isEnabled(), f"{action.objectName()} is disabled for {w.ctx.user.username}"
    action.trigger()
    _idle(qtbot, w)
    errors = [m for m in w.ui.dialogs.messages if m[0] == "error"]
    assert not errors, errors


def _follow(w, qtbot):
    w.control.follow(w.detail.detail)
    _idle(qtbot, w)


def test_appeal_and_control_through_the_window(window, qtbot, office, dialogs):
    w = window
    cal = office.routing.calendar()
    today = local_today()
    as_user(office, "clerk")
    doc = office.documents.create_document(helpers.make_pdf("Street light broken"), "appeal.pdf", "incoming",
                                           subject="Street lighting").id
    _select_doc(w, qtbot, doc, "to_register")

    def fill_appeal(dlg):
        dlg.journal.setCurrentIndex(dlg.journal.findData("APL"))
        assert dlg.appeal_box.isVisibleTo(dlg) and not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
        dlg.applicant_name.setText("Əli Məmmədov")
        dlg.applicant_address.setText("Bakı, Nizami küç. 5")
        dlg.appeal_type.setCurrentIndex(dlg.appeal_type.findData("complaint"))
        assert dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
        return True

    dialogs.form_actions.append(fill_appeal)
    w.act_register.trigger()
    _idle(qtbot, w)
    appeal = office.appeals.get(doc)
    assert appeal.applicant_name == "Əli Məmmədov" and appeal.deadline == cal.add_working_days(today, 15)
    _select_doc(w, qtbot, doc)
    row = w.model.find_row(doc)
    col = w.model.COLUMNS.index("due")
    assert w.model.data(w.model.index(row, col)) == "15"
    assert "15" in w.model.data(w.model.index(row, col), Qt.ItemDataRole.ToolTipRole)

    # the head puts a resolution on control; the executor asks for more time; the head approves
    _switch(w, qtbot, "head")
    res = office.routing.create_resolution(doc, ResolutionInput("Repair and answer", "u-exec", days=5))
    _switch(w, qtbot, "exec")
    _select_doc(w, qtbot, doc)
    _follow(w, qtbot)
    dialogs.form_actions.append(lambda dlg: (dlg.reason.setPlainText("Waiting for the utility's survey"), True)[1])
    _trigger(w, qtbot, w.control.act_request)
    (req,) = office.control.extensions(doc)
    assert req.state == "pending" and req.new_deadline > res.deadline
    _switch(w, qtbot, "head")
    _select_doc(w, qtbot, doc)
    _follow(w, qtbot)
    dialogs.form_actions.append(lambda dlg: dlg.approve.isChecked())
    _trigger(w, qtbot, w.control.act_decide)
    assert office.routing.timeline(doc).resolutions[0].deadline == req.new_deadline

    # the clerk extends the appeal's term (the citizen told today)
    _switch(w, qtbot, "clerk")
    _select_doc(w, qtbot, doc)
    dialogs.form_actions.append(lambda dlg: (dlg.days.setValue(10), dlg.reason.setPlainText("Survey requested"), True)[2])
    _trigger(w, qtbot, w.control.act_extend)
    assert office.appeals.get(doc).extension_days == 10

    # the head's monthly report as a table
    _switch(w, qtbot, "head")
    seen = {}

    def read_report(dlg):
        qtbot.waitUntil(lambda: dlg.table.rowCount() == 2, timeout=30000)
        seen.update({dlg.table.item(r, 0).text(): dlg.table.item(r, 1).text() for r in range(2)})
        dlg.paper_button.click()  # the same month on paper: preview, print, PDF, XLSX
        return True

    def read_paper(dlg):
        seen["paper"] = dlg.windowTitle()
        return False

    # one action, one shortcut, in both menus (it was two actions: Ctrl+Alt+K here, Ctrl+Alt+N under Reports)
    assert w.reports.act_control is w.control.act_report and w.control.act_report.shortcut().toString() == "Ctrl+Alt+N"
    assert w.control.act_report in w.control.menu.actions() and w.control.act_report in w.reports.menu.actions()
    dialogs.form_actions += [read_report, read_paper]
    w.control.act_report.trigger()
    qtbot.waitUntil(lambda: "paper" in seen, timeout=30000)
    assert seen == {"Elvin Executor": "1", "Total": "1", "paper": "Control report"}

    # the executor's reply names the appeal by a word of its subject, not by a number typed from memory
    _switch(w, qtbot, "exec")
    reply = office.documents.create_document(helpers.make_pdf("The light is repaired"), "reply.pdf", "outgoing",
                                             subject="Answer on the street light").id
    _select_doc(w, qtbot, reply)
    number = office.appeals.get(doc).number

    def pick(dlg):
        assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
        dlg.number.setCurrentIndex(dlg.number.findText("Street lighting", Qt.MatchFlag.MatchContains))
        assert dlg.number.currentText() == f"{number} — Street lighting" and dlg.value() == number
        return True

    dialogs.form_actions.append(pick)
    _trigger(w, qtbot, w.control.act_reply)
    assert [r[1] for r in office.control.replies(doc)] == [""] and office.control.replies(doc)[0][0] == reply

def test_oral_appeal_through_the_window(window, qtbot, office, dialogs):
    """Document ▸ Register an oral appeal…: no letter; only appeals journals and the oral forms; the day,
    the official (the person at the desk by default) and what was said; Register waits for all of them."""
    w = window
    today = local_today()
    _switch(w, qtbot, "clerk")
    seen = {}

    def fill(dlg):
        ok = dlg.buttons.button(dlg.buttons.StandardButton.Ok)
        assert {dlg.journal.itemData(i) for i in range(dlg.journal.count())} == {"APL"}
        assert [dlg.appeal_form.itemData(i) for i in range(dlg.appeal_form.count())] == ["reception", "telephone"]
        assert dlg.appeal_box.isVisibleTo(dlg) and dlg.said.isVisibleTo(dlg) and dlg.received_by.isVisibleTo(dlg)
        assert not dlg.pages.isVisibleTo(dlg) and not dlg.corr_number.isVisibleTo(dlg)
        seen["official"] = dlg.received_by.text()
        dlg.applicant_name.setText("Leyla Həsənova")
        dlg.applicant_address.setText("Sumqayıt, 5-ci mkr.")
        dlg.appeal_form.setCurrentIndex(dlg.appeal_form.findData("telephone"))
        assert not ok.isEnabled() and "what the citizen said" in dlg.problems.text()
        dlg.said.setPlainText("Parkda oturacaqlar qoyulsun")
        dlg.received_by.clear()
        assert not ok.isEnabled()
        dlg.received_by.setText("Aynur Katib")
        assert ok.isEnabled(), dlg.problems.text()
        return True

    dialogs.form_actions.append(fill)
    _trigger(w, qtbot, w.act_oral_appeal)
    (info,) = [a for a in office.appeals.list(today, today) if a.applicant_name == "Leyla Həsənova"]
    assert seen["official"] == office.user.display_name
    assert (info.appeal_form, info.received_on, info.received_by, info.subject) == ("telephone", today, "Aynur Katib",
                                                                                    "Parkda oturacaqlar qoyulsun")
    assert not office.documents.get_document(info.document_id).files
    # the new appeal is the document shown, not the one selected before the form
    qtbot.waitUntil(lambda: w.current_id() == info.document_id, timeout=10000)
    model = w.table.model()
    title = model.headerData(model.COLUMNS.index("due"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Working days left" in title  # the Term column's bare number says what it counts


def test_asking_for_more_time_names_a_subject_ending_in_a_full_stop_without_doubling_it(qtbot):
    """The walk (ru): "…протекает в кабинете 12.: срок 04.12.2026" -- the subject's own full stop before ": due"."""
    import datetime as dt

    from ui.control.dialogs import ExtensionRequestDialog

    dlg = ExtensionRequestDialog("The roof leaks in room 12.", dt.date(2026, 12, 4))
    qtbot.addWidget(dlg)
    assert dlg.note.text().startswith("The roof leaks in room 12: due 04.12.2026.") and ".:" not in dlg.note.text()
