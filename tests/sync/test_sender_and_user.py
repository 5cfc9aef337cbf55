"""Issue 14 items 9 and 10 on a real server process (two demo institutions behind TLS, the link emulator):
the recipient sees who sent a letter and registers it from the sender's data, the sender sees the
recipient by name in its receipts; and who acts at a shared desk is always on screen and switched explicitly."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app import history
from desktop_app.db.models import AuditEvent, DocumentOrigin
from desktop_app.errors import RequestRefused
from desktop_app.services.types import RegisterInput
from desktop_app.signing.identities import Pkcs12Identity
from tests.qt_helpers import ScriptedDialogs
from tests.sync.conftest import url_via
from tests.sync.desks import Desk, settle
from tests.tools.linkemu import LinkEmulator
from tests.tools.testca import make_signer_p12

pytestmark = pytest.mark.gui


@pytest.fixture
def link(fresh_server):
    """This module's link goes to a server of its own: its dispatch must not arrive at later tests' desks."""
    with LinkEmulator(("127.0.0.1", fresh_server.port)) as emu:
        yield emu


def _window(qtbot, desk: Desk, dialogs):
    from ui.context import UiContext
    from ui.main_window import MainWindow

    desk.ctx.__dict__["sync"] = desk.engine  # the desk's engine (its keyring is the test Secret Service)
    ui = UiContext.create(desk.ctx, dialogs)
    w = MainWindow(ui)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not ui.tasks.busy(), timeout=20000)
    return w, ui


def _idle(qtbot, ui, timeout=30000):
    qtbot.waitUntil(lambda: not ui.tasks.busy(), timeout=timeout)


def test_the_recipient_sees_the_sender_and_the_sender_sees_the_recipient_by_name(qtbot, tmp_path, link, test_ca,
                                                                                  keyring_backend):
    a = Desk(tmp_path / "a1", url_via(link), test_ca.ca_pem, "ws-a-1", "admin", keyring_backend)
    b = Desk(tmp_path / "b1", url_via(link), test_ca.ca_pem, "ws-b-1", "admin", keyring_backend)
    try:
        settle(a, b)
        # A writes an outgoing letter from the template, registers it with its card, signs and sends it.
        out = a.ctx.templates.create_draft("letter", {
            "subject": "Məktəbin damının təmiri haqqında", "addressee": "Nümunə Rayon Məktəbi B",
            "body": "Damın təmiri üçün xəritə əlavə olunur."}).id
        a_number = a.ctx.documents.register(out, RegisterInput(
            "OUT", local_today(), correspondent="Nümunə Rayon Məktəbi B", pages=1, sheets=2, attachments_count=1,
            attachments_description="a map of the roof")).number
        a.ctx.signing.sign_document(out, Pkcs12Identity.from_bytes(make_signer_p12(), "signer-pass", label="test signer"))
        a.ctx.routing.dispatch(out, ["AZ-0002"], note="Please answer by Friday")
        settle(a, b)
        settle(b)
        a_number = a.number(out)  # the server's final number
        with b.ctx.db.read() as s:
            origin = s.execute(select(DocumentOrigin)).scalar_one()
            incoming = origin.document_id
        d = b.ctx.documents.get_document(incoming)
        assert d.sender is not None and d.sender.institution_name == "Nümunə Bələdiyyəsi A"
        assert (d.sender.number, d.sender.reg_date, d.sender.note) == (a_number, local_today(), "Please answer by Friday")
        assert (d.sender.pages, d.sender.sheets, d.sender.attachments_count, d.sender.attachments_description) == (
            1, 2, 1, "a map of the roof")
        assert d.correspondent == "Nümunə Bələdiyyəsi A" and d.page_count == 1 and d.status == "draft"

        # B's clerk sees it through the window: "Received", the sender by name, and a register form filled in.
        dialogs = ScriptedDialogs()
        w, ui = _window(qtbot, b, dialogs)
        try:
            b.engine.stop()  # driven by hand from here
            w.reveal(incoming)
            qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.id == incoming, timeout=10000)
            row = w.model.find_row(incoming)
            col = w.model.COLUMNS.index
            status = w.model.index(row, col("status"))
            assert status.data() == "Received"  # and the signed mark before the subject, its words in the tooltip
            assert w.model.index(row, col("subject")).data(Qt.ItemDataRole.DecorationRole) is not None
            assert status.data(Qt.ItemDataRole.ToolTipRole) == status.data(Qt.ItemDataRole.AccessibleTextRole) == "Received · signed"
            assert w.model.index(row, col("correspondent")).data() == "Nümunə Bələdiyyəsi A"
            assert w.model.index(row, col("pages")).data() == 1
            header = w.detail.header.text()
            assert "From Nümunə Bələdiyyəsi A, their No. " + a_number in header
            assert "Please answer by Friday" in w.detail.info.toHtml()

            def check_and_register(dlg):
                assert dlg.windowTitle() == "Register incoming document" and dlg.journal.currentData() == "IN"
                assert dlg.correspondent.text() == "Nümunə Bələdiyyəsi A" and dlg.corr_number.text() == a_number
                assert dlg.has_corr_date.isChecked() and dlg.corr_date.date().toPython() == local_today()
                assert (dlg.pages.value(), dlg.sheets.value(), dlg.attachments_count.value()) == (1, 2, 1)
                assert dlg.attachments_description.text() == "a map of the roof" and dlg.channel.currentData() == "edms"
                assert "Nümunə Bələdiyyəsi A" in dlg.sender_note.text()
                return dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()  # nothing retyped

            dialogs.form_actions.append(check_and_register)
            w.act_register.trigger()
            _idle(qtbot, ui)
            qtbot.waitUntil(lambda: w.detail.detail.registration is not None, timeout=10000)
            reg = w.detail.detail.registration
            assert (reg.correspondent, reg.corr_number, reg.corr_date, reg.sheets) == ("Nümunə Bələdiyyəsi A", a_number,
                                                                                      local_today(), 2)
            # registering it told A our number (the receipt goes with the registration): nothing left to confirm
            qtbot.waitUntil(lambda: w.routing._following == incoming and not w.ui.tasks.busy(), timeout=10000)
            assert not w.routing.act_confirm.isEnabled()
            assert not [m for m in dialogs.messages if m[0] == "error"], dialogs.messages
        finally:
            ui.close()
        settle(b, a)
        settle(a)
        b_number = b.number(incoming)
        # A's history and route timeline name the school, never its registry code.
        lines = [history.line(e).text for e in a.ctx.documents.get_document(out).audit]
        assert "Delivered to Nümunə Rayon Məktəbi B" in lines
        assert f"Registered by Nümunə Rayon Məktəbi B as {b_number}" in lines
        assert not [ln for ln in lines if "AZ-0002" in ln]
        who = {e.who for e in a.ctx.routing.timeline(out).events if e.who}
        assert who == {"Nümunə Rayon Məktəbi B"}
    finally:
        a.close()
        b.close()


@pytest.fixture
def clerks_desk(qtbot, tmp_path, link, test_ca, keyring_backend):
    """The clerk's desk in its window, its engine driven by hand: (desk, window, ui, dialogs)."""
    desk = Desk(tmp_path / "a1", url_via(link), test_ca.ca_pem, "ws-a-1", "clerk", keyring_backend)
    dialogs = ScriptedDialogs()
    w, ui = _window(qtbot, desk, dialogs)
    try:
        desk.engine.stop()
        yield desk, w, ui, dialogs
    finally:
        ui.close()
        desk.close()


def test_the_current_user_is_always_shown_and_switching_is_explicit(qtbot, link, clerks_desk):
    desk, w, ui, dialogs = clerks_desk
    s = w.session
    assert s.indicator.text() == "Aynur Məmmədova (Secretary)" and "Aynur Məmmədova" in w.windowTitle()
    assert s.act_switch in w.menu_file.actions() and s.act_switch.shortcut().toString() == "Ctrl+Alt+W"
    w.queues.setCurrentRow(3)  # My assignments: a route step for the head shows up only for the head
    doc = desk.import_pdf("Letter for the head")
    desk.ctx.routing.set_route(doc, _head_review())
    desk.engine.sync_now()
    _idle(qtbot, ui)
    assert w.model.rowCount() == 0

    # A wrong password changes nothing and says why.
    def as_head(password):
        def fill(dlg):
            assert "Aynur Məmmədova" in dlg.intro.text()
            dlg.username.setCurrentIndex(dlg.username.findData("head"))
            dlg.password.setText(password)
            return True
        return fill

    dialogs.form_actions.append(as_head("wrong"))
    s.act_switch.trigger()
    _idle(qtbot, ui)
    assert dialogs.messages[-1][:2] == ("error", "User not switched") and desk.ctx.user.username == "clerk"

    dialogs.form_actions.append(as_head("demo-head"))
    s.act_switch.trigger()
    _idle(qtbot, ui)
    qtbot.waitUntil(lambda: s.indicator.text() == "Rəşad Əliyev (Head)", timeout=10000)
    assert "Rəşad Əliyev" in w.windowTitle() and desk.ctx.user.username == "head"
    # The switch is a login: an engine that was not running (a lapsed token at start) runs now and
    # the head's work goes without a separate Sync ▸ Log in.
    qtbot.waitUntil(lambda: desk.engine._thread is not None and desk.engine._thread.is_alive(), timeout=10000)
    desk.engine.stop()  # driven by hand again
    qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=10000)  # the head's assignment, in the same window
    assert w.routing.panel.table.model().rowCount() == 1
    with desk.ctx.db.read() as db:
        ev = db.execute(select(AuditEvent).where(AuditEvent.action == "session.switch")).scalar_one()
        assert ev.actor == "head" and '"before":"clerk"' in ev.details.replace(" ", "")

    # The head's work made offline stays the head's: no switch while it cannot be sent under their name.
    link.set_online(False)
    desk.import_pdf("Head's own note")
    dialogs.form_actions.append(lambda dlg: (dlg.username.setEditText("clerk"), dlg.password.setText("demo-clerk"), True)[2])
    s.act_switch.trigger()
    _idle(qtbot, ui, timeout=60000)
    assert dialogs.messages[-1][:2] == ("error", "User not switched")
    assert "made by Rəşad Əliyev could not be sent" in dialogs.messages[-1][2]
    assert desk.ctx.user.username == "head" and s.indicator.text() == "Rəşad Əliyev (Head)"
    link.set_online(True)


def _created_by(conn, doc):  # noqa: ANN001, ANN202 - the server's author of a document, None if it has none
    client = conn.client(conn.token())
    try:
        return client.document(doc)["created_by"]
    except RequestRefused as exc:
        assert exc.status == 404, exc
        return None
    finally:
        client.close()


def test_log_out_leaves_a_desk_of_nobody_and_the_queue_waits_for_its_author(qtbot, link, clerks_desk):
    """File ▸ Log out (Ctrl+Shift+Q) at a shared desk: the desk is nobody's at once (no name in the title
    or the status bar, nothing to record work with -- the core refuses it too), the login form opens at
    once without the last person's name; the session ends on the server and the token is gone; what could
    not be sent stays queued as the clerk's (and says so) and leaves with the clerk's next login."""
    from sqlalchemy import func

    from desktop_app.db.models import OutboxOp
    from desktop_app.errors import ForbiddenTransition

    desk, w, ui, dialogs = clerks_desk
    s = w.session
    assert s.act_logout in w.menu_file.actions() and s.act_logout.shortcut().toString() == "Ctrl+Shift+Q"
    conn = desk.engine.connection
    old_token = conn.token()
    link.set_online(False)
    doc = desk.import_pdf("Written before logging out")
    seen = []
    # the login form comes at once (cancelled here): the desk shows nobody already, not the clerk
    dialogs.form_actions.append(lambda dlg: (seen.append((dlg.username.text(), w.windowTitle(), s.indicator.text(),
                                                          w.act_import.isEnabled())), False)[1])
    said = []  # the status bar's messages (a notice of news may follow the log-out's own)
    w.statusBar().messageChanged.connect(said.append)
    s.act_logout.trigger()
    assert len(seen) == 1, "the login form did not open at once"
    [(offered, title, shown, can_import)] = seen
    assert offered == "" and "Aynur" not in title + shown and "Nobody is logged in" in shown and not can_import
    _idle(qtbot, ui, timeout=60000)
    assert desk.ctx.user.nobody and not conn.has_token() and desk.engine.status().ops_waiting > 0
    assert "Nobody is logged in" in w.windowTitle() and "Aynur" not in w.windowTitle() + s.indicator.text()
    assert any("Aynur Məmmədova logged out" in m and "wait" in m for m in said), said
    # nothing records work meanwhile: the actions stay disabled whatever refreshes them, and the core refuses
    w.refresh()
    _idle(qtbot, ui)
    assert not w.act_import.isEnabled() and not s.act_switch.isEnabled() and w.sync_feature.act_login.isEnabled()
    with pytest.raises(ForbiddenTransition, match="Nobody is logged in"):
        desk.import_pdf("Typed while nobody is logged in")
    with desk.ctx.db.read() as db:
        rows = db.execute(select(OutboxOp.author_id).where(OutboxOp.document_id == doc)).scalars().all()
        assert rows and set(rows) == {"u-a-clerk"}  # the queue keeps whose work it is
        assert db.execute(select(func.count()).select_from(OutboxOp).where(OutboxOp.author_id.is_(None))).scalar_one() == 0
        assert db.execute(select(AuditEvent).where(AuditEvent.action == "session.logout")).scalar_one().actor == "clerk"
    link.set_online(True)
    desk.engine.login("clerk", "demo-clerk")
    assert desk.ctx.user.username == "clerk"
    desk.engine.sync_now()
    assert desk.engine.status().ops_waiting == 0 and conn.token() != old_token
    assert _created_by(conn, doc) == "u-a-clerk"  # the queue left with its author's next login


def test_the_next_persons_login_never_sends_the_last_persons_work(qtbot, link, clerks_desk):
    """File ▸ Log out, and the head logs in at the form: the window stays (no restart) and is the head's;
    what the clerk made while it could not be sent is still here, and does NOT leave under the head's
    token (the server would record it as the head's) -- it waits for the clerk, and leaves with the
    clerk's next login at this desk, as the clerk's."""
    desk, w, ui, dialogs = clerks_desk
    conn = desk.engine.connection
    link.set_online(False)
    doc = desk.import_pdf("Typed before logging out, sent after the clerk's next login")

    def next_person(dlg):  # noqa: ANN001, ANN202
        dlg.username.setText("head")
        dlg.password.setText("demo-head")
        return True

    dialogs.form_actions.append(lambda dlg: False)  # nobody logs in at once; the clerk's last sync fails (offline)
    w.session.act_logout.trigger()
    _idle(qtbot, ui, timeout=60000)
    assert desk.ctx.user.nobody and desk.engine.status().ops_waiting > 0
    link.set_online(True)  # the connection is back by the time the next person comes
    dialogs.form_actions.append(next_person)
    w.session.indicator.click()  # "Nobody is logged in": a click is the login form
    assert w.isVisible()  # the same window: the next person logs in without a restart
    qtbot.waitUntil(lambda: desk.ctx.user.username == "head" and "Rəşad Əliyev" in w.windowTitle(), timeout=30000)
    _idle(qtbot, ui, timeout=60000)
    assert w.act_import.isEnabled() and not [m for m in dialogs.messages if m[0] == "error"]
    desk.engine.stop()
    desk.engine.sync_now()  # a whole cycle under the head's token: the clerk's work stays here
    st = desk.engine.status()
    assert _created_by(conn, doc) is None
    # the head's indicator does not count the clerk's work as the head's own waiting changes: it says whose
    assert st.ops_waiting == 0 and st.ops_others > 0, st
    w.sync_feature.show_status(st)
    shown = w.sync_feature.button.text()
    assert shown.endswith(f"0 waiting · {st.ops_others} wait for another person's login"), shown  # nor their bytes
    assert f"waiting for their login: {st.ops_others}" in w.sync_feature.button.toolTip()
    own = desk.import_pdf("The head's own note")
    desk.engine.sync_now()
    assert _created_by(conn, own) == "u-a-head"  # the head's own work goes meanwhile
    # the clerk comes back: the work leaves under the clerk's own login
    desk.ctx.session.log_out()
    desk.engine.login("clerk", "demo-clerk")
    desk.engine.sync_now()
    assert desk.engine.status().ops_waiting == 0 and _created_by(conn, doc) == "u-a-clerk"


def _head_review():
    from desktop_app.services.types import StepSpec

    return [[StepSpec("review", "u-a-head")]]
