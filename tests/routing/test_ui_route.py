"""pytest-qt: a full route driven through the real main window and the routing widgets.

register → resolution → executor drafts a reply → endorse → decline → re-endorse → sign →
dispatch. One profile, the people take turns at the same workstation (``switch_user``).
The sign step signs the PDF for real with the signing service and a certificate of the
test PKI (certomancer, no network needed for PAdES B-B), then approves the step.
"""
import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import OutboxOp
from desktop_app.routing import steps as K
from tests import helpers
from tests.routing.conftest import as_user

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(office):
    """The main window (tests/conftest.py ``window``) opens on the routing office's profile."""
    return office


def _idle(qtbot, w):
    qtbot.waitUntil(lambda: not w.ui.tasks.busy(), timeout=60000)  # generous: a loaded 2-core CI machine
    qtbot.wait(10)  # let queued change notifications reach the widgets


def _switch(w, qtbot, username):
    w.ctx.switch_user(username)
    w.routing.refresh()
    _idle(qtbot, w)


def _select_doc(w, qtbot, doc_id, queue="all"):
    for i in range(w.queues.count()):
        if w.queues.item(i).data(Qt.ItemDataRole.UserRole) == queue:
            w.queues.setCurrentRow(i)
    _idle(qtbot, w)
    w.refresh(keep=doc_id)
    qtbot.waitUntil(lambda: w.current_id() == doc_id, timeout=30000)
    w.routing.follow(force=True)
    _idle(qtbot, w)  # the route and the document are read off the GUI thread


def _trigger(w, qtbot, action):
    tl = w.routing.route_panel.timeline
    assert action.isEnabled(), (f"{action.objectName()} is disabled for {w.ctx.user.username} on "
                                f"{tl and (tl.subject, [(x.kind, x.assignee_user_id, x.state) for x in tl.steps])}; "
                                f"last error: {w.routing.last_error}")
    action.trigger()
    _idle(qtbot, w)
    errors = [m for m in w.ui.dialogs.messages if m[0] == "error"]
    assert not errors, errors


def _ops(office, doc_id):
    with office.db.read() as s:
        return [(o.op_type, dict(o.payload)) for o in
                s.execute(select(OutboxOp).where(OutboxOp.document_id == doc_id).order_by(OutboxOp.seq)).scalars()]


def _my_step(w, kind):
    return next(s for s in w.routing.route_panel.timeline.steps if s.kind == kind and w.routing._mine(s))


def test_full_route_through_the_widgets(window, qtbot, office, dialogs, tmp_path, monkeypatch):
    w = window
    r = office.routing
    # ---- clerk: a letter arrives and is registered through the register form
    as_user(office, "clerk")
    letter = office.documents.create_document(helpers.make_pdf("Water pipe broken"), "letter.pdf", "incoming",
                                              subject="Water supply").id
    _select_doc(w, qtbot, letter, "to_register")
    dialogs.form_actions.append(lambda dlg: True)  # the register form's defaults: journal IN, today
    w.act_register.trigger()
    _idle(qtbot, w)
    assert office.documents.get_document(letter).registration is not None

    # ---- head: resolution with the executor picked from the cached staff list
    _switch(w, qtbot, "head")
    _select_doc(w, qtbot, letter)

    def fill_resolution(dlg):
        assert dlg.choose_executor("u-exec")
        dlg.choose_co_executors(["u-exec2"])
        dlg.days.setValue(3)
        dlg.text.setPlainText("Prepare a reply to the ministry")
        return True

    dialogs.form_actions.append(fill_resolution)
    _trigger(w, qtbot, w.routing.act_resolution)
    tl = r.timeline(letter)
    assert tl.resolutions[0].deadline == r.due_date(3) and tl.resolutions[0].control

    # ---- executor: sees the assignment with its due date, drafts a reply and routes it by template
    _switch(w, qtbot, "exec")
    rows = w.routing.panel.model.rows
    assert [a.document_id for a in rows] == [letter] and rows[0].deadline == r.due_date(3)
    assert w.routing.panel.summary.summary.this_week + w.routing.panel.summary.summary.later == 1
    reply = office.documents.create_document(helpers.make_pdf("Reply draft v1"), "reply.pdf", "outgoing",
                                             subject="Reply on water supply").id
    _select_doc(w, qtbot, reply, "outgoing")

    def route_from_template(dlg):
        assert dlg.choose_template("Outgoing letter")
        dlg.apply_template()
        plan = dlg.plan()
        # registered before it is signed: a template letter's number is written into it at registration
        assert [[s.kind for s in st] for st in plan] == [["execute"], ["endorse"], ["execute"], ["sign"], ["execute"]]
        assert dlg.set_assignee(1, 0, "u-head")  # the head endorses (two people hold the role here)
        assert dlg.set_assignee(3, 0, "u-head")
        return True

    dialogs.form_actions.append(route_from_template)
    _trigger(w, qtbot, w.routing.act_route)
    assert r.timeline(reply).status == "in_route"
    _select_doc(w, qtbot, reply, "all")
    _trigger(w, qtbot, w.routing.act_done)  # "Draft the letter" done
    # the letter's own assignment: done from the assignments list. It executes the head's resolution, so
    # the executor is asked what was done (the walk found no way to say it): the report goes with the step
    _select_doc(w, qtbot, letter, "all")
    asked = []
    dialogs.form_actions.append(lambda dlg: (asked.append((dlg.objectName(), dlg.prompt.text())),
                                             dlg.text.setPlainText("Answered by phone; reply drafted"), True)[2])
    _trigger(w, qtbot, w.routing.act_done)
    assert [name for name, _prompt in asked] == ["reportDialog"]
    assert asked[0][1].startswith("«Water supply»")  # which letter: the one shown may be another
    done = [s for s in r.timeline(letter).steps if s.assignee_user_id == "u-exec"]
    assert [(s.state, s.comment) for s in done] == [("done", "Answered by phone; reply drafted")]
    assert any("Answered by phone; reply drafted" in e.what for e in r.timeline(letter).events)
    with office.db.read() as s:  # and it leaves for the server with the step's action
        ops = [o.payload for o in s.scalars(select(OutboxOp).where(OutboxOp.op_type == "route.step_act"))]
    assert any(p.get("step_id") == done[0].id and p.get("comment") == "Answered by phone; reply drafted" for p in ops)

    # ---- head: finds the letter under "On control", reads the report at the top of the route's history (newest
    # first: at the end it was below the fold in the walk) and takes the resolution off control from the route tab
    _switch(w, qtbot, "head")
    _select_doc(w, qtbot, letter, "on_control")
    panel, remove = w.routing.route_panel, w.routing.act_remove_control
    ev = panel.events
    assert "Answered by phone; reply drafted" in ev.item(0).text()  # newest first
    assert ev.visualItemRect(ev.item(0)).intersects(ev.viewport().rect())
    assert remove in panel.toolbar.actions() and remove.isEnabled()
    dialogs.form_actions.append(lambda dlg: (dlg.text.setPlainText("Answered by OUT-0003/2026"), True)[1])
    _trigger(w, qtbot, remove)
    assert not r.timeline(letter).resolutions[0].control
    from desktop_app import history
    assert "Resolution taken off deadline control: Answered by OUT-0003/2026" in [
        history.describe(e.action, e.details) for e in office.documents.get_document(letter).audit]
    assert office.documents.queue_counts()["on_control"] == 0
    _switch(w, qtbot, "exec")

    # ---- head: declines the endorsement with a reason
    _switch(w, qtbot, "head")
    _select_doc(w, qtbot, reply)
    assert _my_step(w, "endorse")
    dialogs.form_actions.append(lambda dlg: (dlg.text.setPlainText("Cite the ministry's letter number"), True)[1])
    _trigger(w, qtbot, w.routing.act_decline)
    tl = r.timeline(reply)
    assert tl.status == "draft" and [s.assignee_user_id for s in tl.active_steps] == ["u-exec"]

    # ---- executor: reworks the draft (new version) and sends it back into the route
    _switch(w, qtbot, "exec")
    office.documents.add_file_version(reply, helpers.make_pdf("Reply draft v2 with IN number"), "attachment", "reply-v2.pdf")
    _select_doc(w, qtbot, reply)
    _trigger(w, qtbot, w.routing.act_done)
    assert r.timeline(reply).status == "in_route"

    # ---- head: endorses again, then signs
    _switch(w, qtbot, "head")
    _select_doc(w, qtbot, reply)
    _trigger(w, qtbot, w.routing.act_approve)

    # ---- clerk: registers the reply before the head signs it; the registration is her route step's work
    _switch(w, qtbot, "clerk")
    _select_doc(w, qtbot, reply)
    dialogs.form_actions.append(lambda dlg: True)
    w.act_register.trigger()
    _idle(qtbot, w)
    tl = r.timeline(reply)
    assert [s.state for s in tl.steps if s.label == "Register the letter" and s.state != "cancelled"] == ["done"]
    assert [s.kind for s in tl.active_steps] == ["sign"]

    _switch(w, qtbot, "head")
    _select_doc(w, qtbot, reply)
    sign = _my_step(w, "sign")
    # approving the signing step is signing: the Sign dialog (test PKI key file), whose signature completes
    # the step (approved bare, the letter was "signed" with no signature in it; signed alone, the route
    # stood still at "Sign")
    from tests.signing.testpki import TestPKI

    key = tmp_path / "head.p12"
    key.write_bytes(TestPKI().pkcs12("signer-ec", b"pw"))

    def sign_it(dlg):
        dlg.use_file.setChecked(True)
        dlg.p12_path.setText(str(key))
        dlg.passphrase.setText("pw")
        return True

    dialogs.form_actions.append(sign_it)
    _select_doc(w, qtbot, reply)
    readers = []  # which thread asks whether the signing step still wants its signature (a query)
    unsigned_steps = office.routing.unsigned_steps
    monkeypatch.setattr(office.routing, "unsigned_steps",
                        lambda ids: (readers.append(threading.current_thread()), unsigned_steps(ids))[1])
    _trigger(w, qtbot, w.routing.act_approve)
    assert readers and threading.main_thread() not in readers, "the signing steps were read on the GUI thread"
    qtbot.waitUntil(lambda: r.timeline(reply).status == "signed", timeout=60000)
    assert [(s.state, s.action) for s in r.timeline(reply).steps if s.id == sign.id] == [("done", "approve")]
    assert [g.signer_name for g in office.signing.signatures(reply)] == ["Rəşad Əliyev"]
    (add,) = [payload for op_type, payload in _ops(office, reply) if op_type == "signature.add"]
    assert add["step_id"] == sign.id  # the signature says which step it was made for

    # ---- clerk: dispatches it from the directory cached offline
    _switch(w, qtbot, "clerk")
    _select_doc(w, qtbot, reply)

    def choose_recipient(dlg):
        assert {dlg.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dlg.list.count())} == {"AZ-0002", "AZ-0003"}
        dlg.filter.setText("school")
        dlg.choose(["AZ-0002"])
        dlg.note.setPlainText("Our reply")
        return True

    dialogs.form_actions.append(choose_recipient)
    _trigger(w, qtbot, w.routing.act_dispatch)
    tl = r.timeline(reply)
    assert tl.status == "dispatched" and tl.route_state == "completed"
    assert [(d.recipient_code, d.state) for d in tl.dispatches] == [("AZ-0002", "sent")]
    assert w.routing.route_panel.events.count() >= 6

    with office.db.read() as s:
        kinds = [o.op_type for o in s.execute(select(OutboxOp).where(OutboxOp.document_id == reply).order_by(OutboxOp.seq)).scalars()]
    # draft done, decline, rework done, endorse, the registration step, sign, the clerk's dispatch step: each its own op
    assert kinds.count("route.step_act") == 7
    assert kinds[-1] == "document.dispatch"
    assert "signature.add" in kinds
    assert dialogs.form_actions == []


def test_assignments_dock_highlights_and_batch_acknowledge(window, qtbot, office):
    w = window
    as_user(office, "clerk")
    docs = []
    for i in range(3):
        d = office.documents.create_document(helpers.make_pdf(f"Circular {i}"), f"c{i}.pdf", "internal", subject=f"Circular {i}").id
        docs.append(d)
    overdue = office.documents.create_document(helpers.make_pdf("Late"), "late.pdf", "internal", subject="Late").id
    from desktop_app.routing.templates import StepSpec

    for d in docs:
        office.routing.set_route(d, [[StepSpec("acknowledge", "u-exec", duration_days=2)]])
    office.routing.set_route(overdue, [[StepSpec("execute", "u-exec")]])
    with office.db.write() as s:  # an assignment whose deadline passed yesterday
        from desktop_app.db.models import RouteStep
        st = s.execute(select(RouteStep).where(RouteStep.document_id == overdue)).scalar_one()
        st.deadline = local_today() - dt.timedelta(days=1)
    _idle(qtbot, w)
    assert not [n for n in w.notify.shown if n.kind == "due"]  # the clerk has nothing due
    _switch(w, qtbot, "exec")
    # The executor takes over the shared desk: told of the overdue assignment now, not in half an hour.
    qtbot.waitUntil(lambda: [n.document_id for n in w.notify.shown if n.kind == "due"] == [overdue], timeout=30000)
    panel = w.routing.panel
    assert panel.model.rowCount() == 4
    first = panel.model.index(0, 0)
    assert panel.model.rows[0].document_id == overdue and panel.model.rows[0].deadline_state == "overdue"
    assert panel.model.data(first, Qt.ItemDataRole.BackgroundRole) is not None
    assert panel.model.data(first, Qt.ItemDataRole.FontRole).bold()
    assert "1" in panel.summary.overdue.text()
    # keyboard: F9 focuses the list, select the three circulars, Ctrl+Shift+K acknowledges them
    w.routing.act_assignments.trigger()
    sel = panel.table.selectionModel()
    sel.clearSelection()
    for row in (1, 2, 3):
        sel.select(panel.model.index(row, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    panel.table.setFocus()
    w.routing.update_actions()
    assert w.routing.act_ack.shortcut().toString() == "Ctrl+Shift+K"
    _trigger(w, qtbot, w.routing.act_ack)
    assert [a.document_id for a in panel.model.rows] == [overdue]
    assert all(office.routing.timeline(d).route_state == "completed" for d in docs)
    with office.db.read() as s:
        acks = s.execute(select(OutboxOp.id).where(OutboxOp.op_type == "route.step_act")).scalars().all()
    assert len(acks) == 3 and len(set(acks)) == 3


def test_every_routing_action_has_a_shortcut(window):
    acts = [a for a in vars(window.routing).values() if hasattr(a, "shortcut") and hasattr(a, "objectName")]
    assert len(acts) >= 10
    keys = [a.shortcut().toString() for a in acts]
    assert all(keys) and len(set(keys)) == len(keys)
    others = {a.shortcut().toString() for a in window.findChildren(type(acts[0])) if a not in acts and a.shortcut().toString()}
    assert not others & set(keys), others & set(keys)


def test_forbidden_action_shows_the_reason(window, qtbot, office, dialogs):
    w = window
    doc = office.documents.create_document(helpers.make_pdf("x"), "x.pdf", "outgoing", subject="X").id
    _switch(w, qtbot, "clerk")
    _select_doc(w, qtbot, doc)
    dialogs.form_actions.append(lambda dlg: (dlg.choose(["AZ-0003"]), True)[1])
    w.routing.act_dispatch.trigger()
    _idle(qtbot, w)
    assert dialogs.messages and dialogs.messages[-1][0] == "error" and "Register" in dialogs.messages[-1][2]
    # said before the recipients are chosen and a note written: the dispatch dialog never opened
    assert len(dialogs.form_actions) == 1
    assert K.ACTIVE  # module used


def test_holidays_dialog_checks_each_line(window, qtbot, office, dialogs):
    w = window

    def edit(dlg):
        dlg.text.setPlainText("2026-12-31\n31.13.2026")
        dlg.accept()
        assert "31.13.2026" in dlg.error.text() and dlg.isVisible()  # refused, the dialog stays open
        dlg.text.setPlainText("31.12.2026\n01.01\n")  # written the way the office writes dates
        return True

    dialogs.form_actions.append(edit)
    _trigger(w, qtbot, w.routing.act_holidays)
    assert office.settings.get("holidays") == ["2026-12-31", "01-01"]
    # 31.12 (ours, and Azerbaijan's Solidarity Day), 1-2.01 (New Year) and 4.01.2027 (the day off the
    # New Year's Saturday moves to, from the official preset) are not working days.
    assert office.routing.due_date(1, dt.date(2026, 12, 30)) == dt.date(2027, 1, 5)


def test_deputy_resolution_follows_the_heads(window, qtbot, office, dialogs):
    from tests.routing.conftest import registered_letter

    w = window
    letter = registered_letter(office)
    _switch(w, qtbot, "head")
    _select_doc(w, qtbot, letter)
    dialogs.form_actions.append(lambda dlg: (dlg.choose_executor("u-admin"), dlg.text.setPlainText("Deputy: organise"), True)[2])
    _trigger(w, qtbot, w.routing.act_resolution)
    _switch(w, qtbot, "admin")  # the deputy (a head too) passes it on with their own resolution
    _select_doc(w, qtbot, letter)
    dialogs.form_actions.append(lambda dlg: (dlg.choose_executor("u-exec"), dlg.text.setPlainText("Elvin: draft it"), True)[2])
    _trigger(w, qtbot, w.routing.act_resolution)
    first, second = office.routing.timeline(letter).resolutions
    assert second.parent_id == first.id and second.executor_id == "u-exec"
    assert "u-exec" in {s.assignee_user_id for s in office.routing.timeline(letter).active_steps}


def test_dialogs_keyboard_and_validation(qtbot, office):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.routing.calendar import WorkCalendar
    from ui.routing.dialogs import DispatchDialog, ResolutionDialog, RouteBuilderDialog

    r = office.routing
    cal = WorkCalendar.from_settings(["01-01"])
    dlg = ResolutionDialog("Letter", r.staff(), cal)
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no executor, no text yet -- and the dialog says why
    assert dlg.missing.text() == "Choose the executor from the staff list. Write the instruction for the executor."
    dlg.choose_executor("u-exec")
    qtbot.keyClicks(dlg.text, "Answer by Friday")
    assert ok.isEnabled() and dlg.missing.text() == ""
    dlg.executor.setEditText("Nigar")  # typed over the chosen name, nobody picked: not the one chosen before
    assert not ok.isEnabled() and dlg.missing.text() == "Choose the executor from the staff list."
    dlg.choose_executor("u-exec")
    assert ok.isEnabled()
    dlg.days.setValue(10)
    assert dlg.deadline() == cal.add_working_days(local_today(), 10) and cal.is_working_day(dlg.deadline())
    dlg.choose_co_executors(["u-exec", "u-exec2"])
    assert dlg.value().co_executor_ids == ("u-exec2",)  # the main executor is not also a co-executor

    builder = RouteBuilderDialog("Reply", r.templates("outgoing"), r.staff(), lambda name: [])
    qtbot.addWidget(builder)
    stage = builder.add_stage()
    builder.add_step(stage, "endorse", "u-deputy", 2)
    builder.add_step(None, "endorse", "role:head", None)  # the selected stage: parallel
    assert builder.tree.topLevelItem(0).text(0).endswith("3 in parallel")
    builder.tree.setCurrentItem(builder.step_item(0, 0))
    builder.remove_selected()  # the blank default step
    plan = builder.plan()
    assert [(s.kind, s.assignee_user_id, s.assignee_role, s.duration_days) for s in plan[0]] == [
        ("endorse", "u-deputy", None, 2), ("endorse", None, "head", None)]
    name = builder.tree.itemWidget(builder.step_item(0, 0), builder.COL_LABEL)
    qtbot.keyClicks(name, "x" * 250)  # the name travels to every desk whole: the field takes no more than can go
    assert len(name.text()) == 200 and builder.plan()[0][0].label == "x" * 200
    builder.add_stage()  # a stage whose step has no assignee: refused with a message
    builder.accept()
    assert builder.error.text() and builder.result() == 0

    disp = DispatchDialog("Reply", r.institutions())
    qtbot.addWidget(disp)
    send = disp.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not send.isEnabled()
    qtbot.keyClicks(disp.filter, "clinic")
    visible = [disp.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(disp.list.count()) if not disp.list.item(i).isHidden()]
    assert visible == ["AZ-0003"]
    disp.choose(["AZ-0003"])
    assert send.isEnabled() and disp.value() == (["AZ-0003"], "")
    # The letter's addressee (its correspondent) comes ticked when the directory knows it by that name.
    to_clinic = DispatchDialog("Reply", r.institutions(), addressee="village clinic c ")
    qtbot.addWidget(to_clinic)
    assert to_clinic.codes() == ["AZ-0003"] and to_clinic.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert DispatchDialog("Reply", r.institutions(), addressee="Kürdəmir").codes() == []


def test_route_tab_names_each_step_once_and_never_clips_it(qtbot):
    """An unnamed sign step reads "Sign", not "Sign (Sign)"; on a narrow pane the columns share the
    width (the walk saw the step column squeezed to "İ…" and "D…" beside the others at full width),
    without sideways scrolling; a dispatch's history line has no empty "who"."""
    from desktop_app.services.types import DispatchInfo, RouteTimeline, StepInfo, TimelineEvent
    from ui.routing.widgets import RoutePanel, step_title

    assert step_title("", K.SIGN) == K.kind_label(K.SIGN)
    assert step_title("Write a resolution", K.EXECUTE) != K.kind_label(K.EXECUTE)
    assert step_title("Write a resolution", K.EXECUTE).endswith(f"({K.kind_label(K.EXECUTE)})")
    now = dt.datetime(2026, 11, 28, 1, 0)
    step = StepInfo("s1", "d1", 1, 1, K.SIGN, "", "u-a-head", None, "Demo Head", None, K.DONE, None, "", "Demo Head",
                    now, now, None, None)
    sent = DispatchInfo("x1", "x1", "d1", "AZ-0002", "Demo District School B", "registered", now, now, now,
                        "IN-00001/2026", "", "")
    panel = RoutePanel()
    qtbot.addWidget(panel)
    panel.resize(420, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_timeline(RouteTimeline("d1", "x", "dispatched", "completed", (), (step,), (sent,),
                                      (TimelineEvent(now, "", "Sent to Demo District School B"),)))
    tree = panel.tree
    stage = tree.topLevelItem(0)
    assert stage.child(0).text(0) == K.kind_label(K.SIGN)
    header, room = tree.header(), tree.viewport().width()
    sizes = [header.sectionSize(c) for c in range(4)]
    assert sum(sizes) <= room  # all four columns in view
    assert sizes[0] >= min(tree.sizeHintForColumn(0), room * 2 // 5)  # the step column the largest share
    assert sizes[0] >= max(sizes[1], sizes[3])
    panel.resize(900, 500)  # a wide pane: every column whole
    qtbot.waitUntil(lambda: header.sectionSize(0) >= tree.sizeHintForColumn(0))
    assert all(header.sectionSize(c) >= tree.sizeHintForColumn(c) for c in range(4))
    assert panel.events.item(0).text().count("  ") == 1  # when, then what: no gap for a missing who


def test_a_new_drafts_hint_follows_who_made_it(window, qtbot, office):
    """The walk: the executor's new reply said 'Register it when it is ready (Ctrl+R)' -- which only a clerk
    may do; the executor's next step is the route to endorsement and signature."""
    w = window
    for user, key in (("exec", "Ctrl+Shift+B"), ("clerk", "Ctrl+R")):
        _switch(w, qtbot, user)
        row = office.documents.create_document(helpers.make_pdf(f"Reply {user}"), f"r-{user}.pdf", "outgoing",
                                               subject=f"Reply {user}")
        w.compose._created([row])
        bar = w.statusBar()  # the whole line: the bar's tooltip when it is cut to the room it has
        said = bar.toolTip() if bar.currentMessage().endswith("…") else bar.currentMessage()
        assert f"({key})" in said, (user, said)


def test_a_report_longer_than_the_protocol_carries_is_refused_not_cut(qtbot):
    """A step's comment is cut to the protocol's limit where it is stored: the dialog refuses more,
    saying by how much, so nothing typed is dropped unseen."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.routing.dialogs import ReasonDialog

    dlg = ReasonDialog("Mark done", "What was done?", required=False, max_chars=50)
    qtbot.addWidget(dlg)
    dlg.show()
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and not dlg.too_long.isVisible()  # a report may be left empty
    dlg.text.setPlainText("x" * 55)
    assert not ok.isEnabled() and dlg.too_long.isVisible() and dlg.too_long.text().startswith("5 characters too many")
    dlg.text.setPlainText("x" * 50)
    assert ok.isEnabled() and not dlg.too_long.isVisible() and dlg.value() == "x" * 50
