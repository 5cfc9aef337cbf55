"""Routing in the main window: the "My assignments" dock with the deadline summary, the Route tab
on the document, and keyboard-first actions (resolution, route, approve, decline, return, done,
batch acknowledge, dispatch, remove control). ``install(window)`` is called once by
``MainWindow.__init__``. Everything that writes runs through ``ui.tasks`` on the writer thread.

Shortcuts: F9 assignments · Ctrl+Shift+R resolution · Ctrl+Shift+B route builder ·
Ctrl+Shift+A approve/endorse · Ctrl+Shift+X decline · Ctrl+Shift+T return · Ctrl+Shift+E done ·
Ctrl+Shift+K acknowledge selected · Ctrl+Shift+D dispatch · Ctrl+Shift+L remove control ·
Ctrl+Shift+H holidays · Ctrl+Shift+G confirm registration to the sender.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from desktop_app.errors import DocflowError
from desktop_app.events import USER
from desktop_app.routing import steps as K
from desktop_app.services.types import RouteTimeline, StepInfo
from docflow_protocol import NOTE_MAX_CHARS, DocumentKind, Role
from ui.widgets import menu_action
from ui.routing.dialogs import DispatchDialog, HolidaysDialog, ReasonDialog, ResolutionDialog, RouteBuilderDialog
from ui.routing.widgets import AssignmentsPanel, RoutePanel

log = logging.getLogger(__name__)

REMINDER_INTERVAL_MS = 30 * 60 * 1000
PAGE = 200


class RoutingFeature:
    """Owns the routing actions, the assignments dock and the route tab of one main window."""

    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui
        self.ctx = window.ctx
        self.panel = AssignmentsPanel()
        self.panel.setObjectName("assignmentsPanel")
        self.dock = QDockWidget(QCoreApplication.translate("Routing", "My assignments"), window)
        self.dock.setObjectName("assignmentsDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.route_panel = RoutePanel()
        self.route_panel.setObjectName("routePanel")
        window.detail.tabs.addTab(self.route_panel, QCoreApplication.translate("Routing", "Route"))

        self.menu = window.menuBar().addMenu(QCoreApplication.translate("Routing", "R&outing"))
        mk = self._action
        self.act_assignments = mk("actAssignments", QCoreApplication.translate("Routing", "My &assignments"), "F9", self.focus_assignments)
        self.act_resolution = mk("actResolution", QCoreApplication.translate("Routing", "&Resolution…"), "Ctrl+Shift+R", self.write_resolution, toolbar=True)
        self.act_route = mk("actRoute", QCoreApplication.translate("Routing", "Route &builder…"), "Ctrl+Shift+B", self.build_route, toolbar=True)
        self.menu.addSeparator()
        self.act_approve = mk("actApprove", QCoreApplication.translate("Routing", "A&pprove / endorse"), "Ctrl+Shift+A", lambda: self.act_simple(K.APPROVE), step=True)
        self.act_decline = mk("actDecline", QCoreApplication.translate("Routing", "&Decline…"), "Ctrl+Shift+X", lambda: self.act_with_reason(K.DECLINE), step=True)
        self.act_return = mk("actReturn", QCoreApplication.translate("Routing", "Re&turn…"), "Ctrl+Shift+T", lambda: self.act_with_reason(K.RETURN), step=True)
        self.act_done = mk("actDone", QCoreApplication.translate("Routing", "Mark &done"), "Ctrl+Shift+E", self.mark_done, step=True)
        self.act_ack = mk("actAcknowledge", QCoreApplication.translate("Routing", "Ac&knowledge selected"), "Ctrl+Shift+K", lambda: self.act_simple(K.ACK), step=True)
        self.menu.addSeparator()
        self.act_dispatch = mk("actDispatch", QCoreApplication.translate("Routing", "D&ispatch…"), "Ctrl+Shift+D", self.dispatch, toolbar=True)
        self.act_remove_control = mk("actRemoveControl", QCoreApplication.translate("Routing", "Remove &control"), "Ctrl+Shift+L", self.remove_control)
        self.act_confirm = mk("actConfirmReceipt", QCoreApplication.translate("Routing", "Confirm re&gistration to the sender"), "Ctrl+Shift+G",
                              self.confirm_to_sender)
        self.menu.addSeparator()
        self.act_holidays = mk("actHolidays", QCoreApplication.translate("Routing", "&Holidays…"), "Ctrl+Shift+H", self.edit_holidays)
        for a in (self.act_approve, self.act_decline, self.act_return, self.act_done, self.act_ack):
            self.panel.toolbar.addAction(a)
            self.route_panel.toolbar.addAction(a)
        self.route_panel.toolbar.addAction(self.act_remove_control)  # beside the executor's report, for its controller
        self.panel.table.addActions([self.act_approve, self.act_decline, self.act_return, self.act_done, self.act_ack])
        self.panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.panel.open_document.connect(self.open_document)
        self.panel.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        window.table.selectionModel().currentRowChanged.connect(lambda *_a: self.follow())
        window.changes_settled.connect(self.on_change)  # once per burst of changes
        self.reminder_timer = QTimer(window, interval=REMINDER_INTERVAL_MS)
        self.reminder_timer.timeout.connect(self.remind)
        self.reminder_timer.start()
        self.last_error: str = ""
        self._sender: dict | None = None
        self._refresh_gen = self._follow_gen = 0
        self._following: str | None = None
        window.document_shown.connect(lambda _d: self.update_actions())  # the document's kind decides Dispatch
        self.refresh()
        QTimer.singleShot(0, self.remind)

    def _action(self, name: str, text: str, keys: str, slot: Callable[[], None], *, toolbar: bool = False,
                step: bool = False) -> QAction:
        act = menu_action(self.window, self.menu, name, text, keys, slot)
        if toolbar:
            self.window.toolbar.addAction(act)
        return act

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        """Reload the assignments, the summary and the current document's route -- read off the GUI
        thread (the window stays free while a batch of changes lands), shown when it arrives."""
        self._refresh_gen += 1
        gen, routing = self._refresh_gen, self.ctx.routing

        def read(_task):  # noqa: ANN001, ANN202
            return routing.my_assignments(limit=PAGE), routing.deadline_summary()

        def show(result) -> None:  # noqa: ANN001
            if gen != self._refresh_gen:
                return
            page, summary = result
            self.panel.show_page(list(page.rows), page.total)
            self.panel.summary.show_summary(summary)
            self.dock.setWindowTitle(QCoreApplication.translate("Routing", "My assignments ({n})").replace("{n}", str(page.total)))

        def failed(exc: BaseException) -> None:
            self.last_error = str(exc)
            log.warning("assignments not read: %s", exc)

        self.ui.tasks.run(read, on_success=show, on_failure=failed, label="")
        self.follow(force=True)

    def follow(self, force: bool = False) -> None:
        """Show the route of the window's current document (read off the GUI thread)."""
        doc_id = self.window.current_id()
        if not force and doc_id == self._following:
            self.update_actions()
            return
        self._following = doc_id
        self._follow_gen += 1
        self.update_actions()  # the route shown is the previous document's until this one's is read
        gen, routing = self._follow_gen, self.ctx.routing
        if doc_id is None:
            self.route_panel.show_timeline(None)
            self._sender = None
            self.update_actions()
            return

        def read(_task):  # noqa: ANN001, ANN202
            return routing.timeline(doc_id), routing.owed_receipt(doc_id)  # Confirm… while the sender waits for word

        def show(result) -> None:  # noqa: ANN001
            if gen != self._follow_gen:
                return
            self.route_panel.show_timeline(result[0])
            self._sender = result[1]
            self.update_actions()

        def failed(exc: BaseException) -> None:
            if gen != self._follow_gen:
                return
            log.info("route of %s not read: %s", doc_id, exc)
            self.route_panel.show_timeline(None)
            self._sender = None
            self.update_actions()

        self.ui.tasks.run(read, on_success=show, on_failure=failed, label="")

    def on_change(self, change) -> None:  # noqa: ANN001 - Change
        self.refresh()
        if USER in change.aspects:  # a shared desk changed hands: the newcomer hears of their deadlines now
            self.remind()

    def _timeline(self) -> RouteTimeline | None:
        """The route shown, if it is the current document's: right after a selection moves it is still
        the previous document's until the new one is read, and nothing may act on that one."""
        tl = self.route_panel.timeline
        return tl if tl is not None and tl.document_id == self.window.current_id() else None

    def _mine(self, s: StepInfo) -> bool:
        u = self.ctx.user
        return s.state == K.ACTIVE and (s.assignee_user_id == u.id or (s.assignee_user_id is None and s.assignee_role in u.roles))

    def target_steps(self) -> list[tuple[str, str]]:
        """(step id, kind) to act on: the selected assignments when the list has focus or a
        selection and the document has none of mine; else my active steps on the current document."""
        selected = self.panel.selected()
        tl = self._timeline()
        on_doc = [(s.id, s.kind) for s in (tl.steps if tl else ()) if self._mine(s)]
        if selected and (self.panel.table.hasFocus() or not on_doc):
            return [(a.step_id, a.kind) for a in selected]
        return on_doc

    def update_actions(self) -> None:
        u = self.ctx.user
        doc = self._timeline()
        kinds = {k for _sid, k in self.target_steps()}
        allowed = {a for k in kinds for a in K.ALLOWED_ACTIONS.get(k, ())}
        self.act_approve.setEnabled(K.APPROVE in allowed)
        self.act_decline.setEnabled(K.DECLINE in allowed)
        self.act_return.setEnabled(K.RETURN in allowed)
        self.act_done.setEnabled(K.COMPLETE in allowed)
        self.act_ack.setEnabled(K.ACK in allowed)
        self.act_resolution.setEnabled(doc is not None and u.has_role(Role.HEAD.value))
        self.act_route.setEnabled(doc is not None)
        detail = self.window.detail.detail
        self.act_dispatch.setEnabled(doc is not None and u.has_role(Role.CLERK.value) and bool(detail and detail.kind == DocumentKind.OUTGOING.value))
        self.act_confirm.setEnabled(bool(doc and u.has_role(Role.CLERK.value) and detail and detail.kind == DocumentKind.INCOMING.value
                                         and detail.registration is not None and self._sender))
        self.act_remove_control.setEnabled(bool(doc and any(r.control and r.author_id == u.id for r in doc.resolutions)))

    # ---------------------------------------------------------------- helpers
    def _run(self, fn: Callable[[], object], label: str, done_text: str | None = None,
             on_success: Callable[[object], None] | None = None) -> None:
        def ok(result: object) -> None:
            if done_text:
                self.window.notify.show_in_status_bar(done_text, 6000)
            if on_success:
                on_success(result)

        self.ui.tasks.run(lambda task: fn(), on_success=ok, on_failure=lambda exc: self._failed(label, exc),
                          label=label, writer=True)

    def _failed(self, label: str, exc: BaseException) -> None:
        self.last_error = str(exc) if isinstance(exc, DocflowError) else f"{type(exc).__name__}: {exc}"
        self.ui.dialogs.error(self.window, label, self.last_error)

    def focus_assignments(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.table.setFocus()
        if self.panel.model.rowCount() and not self.panel.selected():
            self.panel.table.selectRow(0)

    def open_document(self, doc_id: str) -> None:
        """Show ``doc_id`` in the main table (switching to the "My assignments" queue if needed)."""
        self.window.reveal(doc_id, "my_assignments")
        self.follow(force=True)

    # ---------------------------------------------------------------- actions
    def act_simple(self, action: str) -> None:
        chosen = self.target_steps()
        sign = [sid for sid, kind in chosen if kind == K.SIGN] if action == K.APPROVE else []
        if not sign:
            self._act_simple(action, chosen, set())
            return
        # which signing steps still want their signature is a query: read off the GUI thread
        routing = self.ctx.routing
        self.ui.tasks.run(lambda _t: routing.unsigned_steps(sign),
                          on_success=lambda unsigned: self._act_simple(action, chosen, unsigned),
                          on_failure=lambda exc: self._failed(K.action_label(action), exc), label="")

    def mark_done(self) -> None:
        """Mark the chosen steps done. An assignment that executes a resolution asks first what was
        done: the report goes with the step (its comment) to the resolution's author, who reads it in
        the route's history before taking the resolution off control. It may be left empty."""
        chosen = self.target_steps()
        tl = self._timeline()
        of_resolution = {s.id for s in (tl.steps if tl else ()) if s.resolution_id} | \
            {a.step_id for a in self.panel.selected() if a.resolution_id}
        ids = {sid for sid, _kind in chosen}
        if not of_resolution & ids:
            self.act_simple(K.COMPLETE)
            return
        # which letter it is for: marked done from the assignments list, the document may not be the one shown
        subjects = [a.subject for a in self.panel.selected() if a.step_id in ids] or ([tl.subject] if tl else [])
        dlg = ReasonDialog(K.action_label(K.COMPLETE), "«" + "», «".join(subjects[:3]) + "»\n" + QCoreApplication.translate(
            "Routing", "What was done? The report goes to whoever gave the assignment and stays in the route's "
                       "history (it may be left empty)."), self.window, required=False)
        dlg.setObjectName("reportDialog")
        if self.ui.dialogs.run(dlg):
            self._act_simple(K.COMPLETE, chosen, set(), dlg.value())

    def _act_simple(self, action: str, chosen: list[tuple[str, str]], unsigned: set[str], comment: str = "") -> None:
        """:meth:`act_simple` once the signing steps still unsigned are known."""
        if unsigned:
            # a signing step is approved by signing: the Sign dialog (one PIN), which completes the step;
            # approved bare, the letter was "signed" with no signature in it
            self.window.signing.sign_selected(self._documents_of([sid for sid, _kind in chosen if sid in unsigned]))
            chosen = [(sid, kind) for sid, kind in chosen if sid not in unsigned]
        targets = [sid for sid, kind in chosen if action in K.ALLOWED_ACTIONS.get(kind, ())]
        if not targets:
            return
        routing = self.ctx.routing
        if action == K.ACK:
            def work():  # noqa: ANN202
                return routing.acknowledge_many(targets)

            def done(result) -> None:  # noqa: ANN001 - BatchResult
                if result.failures:
                    self._failed(QCoreApplication.translate("Routing", "Acknowledge"), DocflowError("\n".join(r for _s, r in result.failures)))
                else:
                    self.window.notify.show_in_status_bar(QCoreApplication.translate("Routing", "{n} acknowledged").replace("{n}", str(len(result.done))), 6000)

            self._run(work, QCoreApplication.translate("Routing", "Acknowledging"), on_success=done)
            return

        def work_many():  # noqa: ANN202
            return [routing.act(sid, action, comment) for sid in targets]

        self._run(work_many, K.action_label(action), QCoreApplication.translate("Routing", "{action}: {n} step(s)").replace("{action}", K.action_label(action))
                  .replace("{n}", str(len(targets))))

    def _documents_of(self, step_ids: list[str]) -> list[str]:
        """The documents of steps chosen in the assignments list or on the route shown."""
        tl = self._timeline()
        docs = {a.step_id: a.document_id for a in self.panel.selected()}
        docs.update({s.id: tl.document_id for s in (tl.steps if tl else ())})
        return list(dict.fromkeys(docs[sid] for sid in step_ids if sid in docs))

    def act_with_reason(self, action: str) -> None:
        targets = [sid for sid, kind in self.target_steps() if action in K.ALLOWED_ACTIONS.get(kind, ())]
        if not targets:
            return
        prompt = QCoreApplication.translate("Routing", "Why is it declined? The draft goes back to its author.") if action == K.DECLINE else \
            QCoreApplication.translate("Routing", "Why is it returned? It goes back to its author for rework.")
        dlg = ReasonDialog(K.action_label(action), prompt, self.window)
        if not self.ui.dialogs.run(dlg):
            return
        reason, routing, sid = dlg.value(), self.ctx.routing, targets[0]
        self._run(lambda: routing.act(sid, action, reason), K.action_label(action), QCoreApplication.translate("Routing", "Sent back to the author"))

    def write_resolution(self) -> None:
        tl = self._timeline()
        if tl is None:
            return
        routing = self.ctx.routing
        dlg = ResolutionDialog(tl.subject, routing.staff(), routing.calendar(), self.window)
        if not self.ui.dialogs.run(dlg):
            return
        value, doc_id = dlg.value(), tl.document_id
        self._run(lambda: routing.create_resolution(doc_id, value), QCoreApplication.translate("Routing", "Saving the resolution"), QCoreApplication.translate("Routing", "Resolution saved"))

    def build_route(self) -> None:
        tl = self._timeline()
        detail = self.window.detail.detail
        if tl is None:
            return
        routing = self.ctx.routing
        doc_id = tl.document_id
        kind = detail.kind if detail else None
        dlg = RouteBuilderDialog(tl.subject, routing.templates(kind) or routing.templates(), routing.staff(),
                                 lambda name: routing.expand_template(doc_id, name), self.window)
        live = [s for s in tl.steps if s.state in K.LIVE_STATES and not s.resolution_id]
        if live:
            from desktop_app.routing.templates import StepSpec

            by_stage: dict[int, list[StepSpec]] = {}
            for s in live:
                by_stage.setdefault(s.stage, []).append(StepSpec(s.kind, s.assignee_user_id, s.assignee_role,
                                                                 s.deadline, None, s.label))
            dlg.load_plan([by_stage[k] for k in sorted(by_stage)])
        else:
            dlg.apply_template()
        if not self.ui.dialogs.run(dlg):
            return
        plan = dlg.plan()
        self._run(lambda: routing.set_route(doc_id, plan), QCoreApplication.translate("Routing", "Route"), QCoreApplication.translate("Routing", "Route started"))

    def dispatch(self) -> None:
        tl = self._timeline()
        if tl is None:
            return
        routing, doc_id, label = self.ctx.routing, tl.document_id, QCoreApplication.translate("Routing", "Dispatch")
        shown = self.window.detail.detail
        addressee = shown.correspondent if shown is not None and shown.id == doc_id else ""

        def choose(found: tuple[str | None, list]) -> None:
            refusal, institutions = found
            if refusal:  # said before the recipients are chosen and a note is written
                self.ui.dialogs.error(self.window, label, refusal)
                return
            dlg = DispatchDialog(tl.subject, institutions, self.window, addressee=addressee or "")
            if not self.ui.dialogs.run(dlg):
                return
            codes, note = dlg.value()
            self._run(lambda: routing.dispatch(doc_id, codes, note), label,
                      QCoreApplication.translate("Routing", "Sent to {n} institution(s)").replace("{n}", str(len(codes))))

        self.ui.tasks.run(lambda _t: (routing.dispatch_refusal(doc_id), routing.institutions()), on_success=choose,
                          on_failure=lambda exc: self._failed(label, exc), label="")

    def remove_control(self) -> None:
        tl = self._timeline()
        u = self.ctx.user
        mine = [r for r in (tl.resolutions if tl else ()) if r.control and r.author_id == u.id]
        if not mine:
            return
        # "executed" means the question is resolved and the sender has an answer (PRODUCT.md): the note says how
        dlg = ReasonDialog(QCoreApplication.translate("Routing", "Remove control"), QCoreApplication.translate(
            "Routing", "Take the resolution off deadline control? You may note how the question was resolved, "
                       "for example the number of the answer (it may be left empty)."), self.window, required=False,
                           max_chars=NOTE_MAX_CHARS)
        dlg.setObjectName("removeControlDialog")
        if not self.ui.dialogs.run(dlg):
            return
        routing, rid, reason = self.ctx.routing, mine[-1].id, dlg.value()
        self._run(lambda: routing.remove_control(rid, reason), QCoreApplication.translate("Routing", "Remove control"),
                  QCoreApplication.translate("Routing", "Control removed"))

    def confirm_to_sender(self) -> None:
        """Tell the sending institution our registration number (its dispatch becomes "registered")."""
        tl, sender = self._timeline(), self._sender
        if tl is None or sender is None:
            return
        name = sender.get("institution_name") or sender.get("registry_code") or ""
        if not self.ui.dialogs.confirm(self.window, QCoreApplication.translate("Routing", "Confirm registration"),
                                       QCoreApplication.translate("Routing", "Send our registration number to {sender}?").replace("{sender}", name)):
            return
        routing, doc_id = self.ctx.routing, tl.document_id
        self._run(lambda: routing.acknowledge_received(doc_id, "registered"), QCoreApplication.translate("Routing", "Confirm registration"),
                  QCoreApplication.translate("Routing", "The sender will be told the registration number"))

    def edit_holidays(self) -> None:
        dlg = HolidaysDialog(self.ctx.settings.get("holidays") or [], self.window,
                             preset=self.ctx.settings.get("holiday_preset", "AZ") or "")
        if not self.ui.dialogs.run(dlg):
            return
        try:
            self.ctx.routing.set_holidays(dlg.entries())
        except DocflowError as exc:
            self._failed(QCoreApplication.translate("Routing", "Holidays"), exc)
            return
        self.ctx.settings.set("holiday_preset", dlg.preset())
        self.refresh()

    def remind(self) -> None:
        """What is due soon or overdue: a line in the status bar and, for today and overdue, a
        desktop notification -- once a day per assignment. Read off the GUI thread."""
        routing = self.ctx.routing

        def show(due) -> None:  # noqa: ANN001 - list[Assignment]
            if not due:
                return
            overdue = sum(1 for a in due if a.deadline_state == "overdue")
            self.window.notify.show_in_status_bar(
                QCoreApplication.translate("Routing", "Reminder: {n} assignment(s) due soon, {o} overdue (F9)").replace("{n}", str(len(due) - overdue))
                .replace("{o}", str(overdue)), 15000)
            notify = getattr(self.window, "notify", None)
            if notify is not None:
                notify.announce_due(due)
            ids = [a.step_id for a in due]
            self.ui.tasks.run(lambda task: routing.mark_reminded(ids), writer=True,
                              on_failure=lambda exc: log.warning("reminders not marked: %s", exc),
                              label=QCoreApplication.translate("Routing", "Reminders"))

        self.ui.tasks.run(lambda task: routing.due_reminders(), on_success=show,
                          on_failure=lambda exc: log.warning("reminders not read: %s", exc), label="")


def install(window) -> RoutingFeature:  # noqa: ANN001 - MainWindow
    feature = RoutingFeature(window)
    window.routing = feature
    return feature
