"""Control and citizens' appeals in the main window (issue 17): a "Control" menu with the executor's
request for more time, the controlling official's decision, the reply's link, an appeal's extension,
passing on and repeat, the monthly control report (a table), and reminders of appeals due soon.
``install(window)`` is called once by ``MainWindow.__init__``; every write runs on the writer thread.

Shortcuts: Ctrl+Alt+M ask for more time · Ctrl+Alt+Y decide · Ctrl+Alt+A answer to… ·
Ctrl+Alt+X extend an appeal · Ctrl+Alt+O pass an appeal on · Ctrl+Alt+Q repeated appeal ·
Ctrl+Alt+N control report (the one action, also in the Reports menu: the table, and its paper from there).
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction

from desktop_app.events import USER
from desktop_app.services.types import ExtensionInfo
from docflow_protocol import OFFICE_ROLES, DocumentKind
from ui.widgets import menu_action
from ui.control.dialogs import (
    AppealExtendDialog, AppealForwardDialog, AppealRepeatedDialog, ControlReportDialog, ExtensionDecisionDialog,
    ExtensionRequestDialog, LinkReplyDialog,
)

log = logging.getLogger(__name__)

REMINDER_INTERVAL_MS = 30 * 60 * 1000


class ControlFeature:
    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window, self.ui, self.ctx = window, window.ui, window.ctx
        self.menu = window.menuBar().addMenu(QCoreApplication.translate("Control", "Con&trol"))
        mk = self._action
        self.act_request = mk("actRequestExtension", QCoreApplication.translate("Control", "Ask for &more time…"), "Ctrl+Alt+M", self.request_extension)
        self.act_decide = mk("actDecideExtension", QCoreApplication.translate("Control", "&Decide on more time…"), "Ctrl+Alt+Y", self.decide_extension)
        self.act_reply = mk("actLinkReply", QCoreApplication.translate("Control", "&Answer to…"), "Ctrl+Alt+A", self.link_reply)
        self.menu.addSeparator()
        self.act_extend = mk("actAppealExtend", QCoreApplication.translate("Control", "&Extend the appeal's term…"), "Ctrl+Alt+X", self.appeal_extend)
        self.act_forward = mk("actAppealForward", QCoreApplication.translate("Control", "&Pass the appeal on…"), "Ctrl+Alt+O", self.appeal_forward)
        self.act_repeated = mk("actAppealRepeated", QCoreApplication.translate("Control", "Mark as re&peated appeal…"), "Ctrl+Alt+Q", self.appeal_repeated)
        self.menu.addSeparator()
        self.act_report = mk("actControlReport", QCoreApplication.translate("Control", "Control &report…"), "Ctrl+Alt+N", self.show_report)
        self._extensions: list[ExtensionInfo] = []
        self._gen = 0
        window.document_shown.connect(self.follow)
        window.changes_settled.connect(self.on_change)
        self.timer = QTimer(window, interval=REMINDER_INTERVAL_MS)
        self.timer.timeout.connect(self.remind)
        self.timer.start()
        QTimer.singleShot(0, self.remind)
        self.update_actions()

    def _action(self, name: str, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        return menu_action(self.window, self.menu, name, text, keys, slot)

    def on_change(self, change) -> None:  # noqa: ANN001 - Change
        self.follow(self.window.detail.detail)
        if USER in change.aspects:  # a shared desk changed hands: the newcomer hears of their appeals now
            self.remind()

    # ------------------------------------------------------------------ state
    def _timeline(self):  # noqa: ANN202 - RouteTimeline | None
        routing = getattr(self.window, "routing", None)
        return routing._timeline() if routing is not None else None

    def follow(self, detail) -> None:  # noqa: ANN001 - DocumentDetail | None
        """Read the shown document's extension requests (off the GUI thread), then enable the actions."""
        self._gen += 1
        gen, control = self._gen, self.ctx.control
        if detail is None:
            self._extensions = []
            self.update_actions()
            return

        def show(rows) -> None:  # noqa: ANN001
            if gen == self._gen:
                self._extensions = rows
                self.update_actions()

        self.ui.tasks.run(lambda _t: control.extensions(detail.id), on_success=show,
                          on_failure=lambda exc: log.info("extensions not read: %s", exc), label="")

    def _my_controlled(self, as_executor: bool):  # noqa: ANN202 - list[ResolutionInfo]
        tl, uid = self._timeline(), self.ctx.user.id
        return [r for r in (tl.resolutions if tl else ()) if r.control and r.state == "active" and (
            uid in (r.executor_id, *r.co_executor_ids) if as_executor else r.author_id == uid)]

    def _pending_for_me(self) -> list[ExtensionInfo]:
        mine = {r.id for r in self._my_controlled(as_executor=False)}
        return [x for x in self._extensions if x.state == "pending" and x.resolution_id in mine]

    def update_actions(self) -> None:
        detail, u = self.window.detail.detail, self.ctx.user
        office = any(u.has_role(r) for r in OFFICE_ROLES)
        appeal = detail.appeal if detail is not None else None
        open_appeal = appeal is not None and appeal.clock is not None
        self.act_request.setEnabled(bool(self._my_controlled(as_executor=True)))
        self.act_decide.setEnabled(bool(self._pending_for_me()))
        self.act_reply.setEnabled(bool(detail and detail.kind != DocumentKind.INCOMING.value))
        self.act_extend.setEnabled(office and open_appeal)
        self.act_forward.setEnabled(office and appeal is not None and appeal.forwarded_on is None)
        self.act_repeated.setEnabled(office and appeal is not None and not appeal.repeated_of)

    # ------------------------------------------------------------------ helpers
    def _run(self, fn: Callable[[], object], label: str, done: str) -> None:
        self.ui.tasks.run(lambda _t: fn(), writer=True, label=label,
                          on_success=lambda _r: self.window.notify.show_in_status_bar(done, 6000),
                          on_failure=lambda exc: self.ui.dialogs.failure(self.window, label, exc))

    # ------------------------------------------------------------------ actions
    def request_extension(self) -> None:
        mine = self._my_controlled(as_executor=True)
        tl = self._timeline()
        if not mine or tl is None:
            return
        res = mine[-1]
        dlg = ExtensionRequestDialog(tl.subject, res.deadline, self.window)
        if not self.ui.dialogs.run(dlg):
            return
        (deadline, reason), control = dlg.value(), self.ctx.control
        self._run(lambda: control.request_extension(res.id, deadline, reason), QCoreApplication.translate("Control", "Ask for more time"),
                  QCoreApplication.translate("Control", "The request went to the official who put it on control"))

    def decide_extension(self) -> None:
        pending = self._pending_for_me()
        if not pending:
            return
        req = pending[0]
        dlg = ExtensionDecisionDialog(req, self.window)
        if not self.ui.dialogs.run(dlg):
            return
        (approved, comment), control = dlg.value(), self.ctx.control
        self._run(lambda: control.decide_extension(req.id, approved, comment), QCoreApplication.translate("Control", "Decide on more time"),
                  QCoreApplication.translate("Control", "Decision recorded"))

    def link_reply(self) -> None:
        detail = self.window.detail.detail
        if detail is None:
            return
        dlg = LinkReplyDialog(detail.subject, self.ctx.control.reply_candidates(), self.window)
        if not self.ui.dialogs.run(dlg):
            return
        number, control, doc_id = dlg.value(), self.ctx.control, detail.id
        self._run(lambda: control.link_reply_to_number(doc_id, number), QCoreApplication.translate("Control", "Answer to…"),
                  QCoreApplication.translate("Control", "The reply is linked to {number}").replace("{number}", number))

    def _appeal(self):  # noqa: ANN202 - (doc id, AppealInfo) | None
        detail = self.window.detail.detail
        return (detail.id, detail.appeal) if detail is not None and detail.appeal is not None else None

    def appeal_extend(self) -> None:
        found = self._appeal()
        if found is None:
            return
        dlg = AppealExtendDialog(found[1], self.window)
        if not self.ui.dialogs.run(dlg):
            return
        (days, reason, told), appeals, doc_id = dlg.value(), self.ctx.appeals, found[0]
        self._run(lambda: appeals.extend(doc_id, days, reason, told), QCoreApplication.translate("Control", "Extend the appeal's term"),
                  QCoreApplication.translate("Control", "The appeal's term is extended"))

    def appeal_forward(self) -> None:
        found = self._appeal()
        if found is None:
            return
        dlg = AppealForwardDialog(found[1], self.window)
        if not self.ui.dialogs.run(dlg):
            return
        (to, on, told), appeals, doc_id = dlg.value(), self.ctx.appeals, found[0]
        self._run(lambda: appeals.forward(doc_id, to, on, told), QCoreApplication.translate("Control", "Pass the appeal on"),
                  QCoreApplication.translate("Control", "The appeal is recorded as passed on"))

    def appeal_repeated(self) -> None:
        found = self._appeal()
        if found is None:
            return
        dlg = AppealRepeatedDialog(self.window)
        if not self.ui.dialogs.run(dlg):
            return
        (number, note), appeals, doc_id = dlg.value(), self.ctx.appeals, found[0]
        self._run(lambda: appeals.mark_repeated(doc_id, number, note), QCoreApplication.translate("Control", "Mark as repeated appeal"),
                  QCoreApplication.translate("Control", "The appeal is marked repeated"))

    def show_report(self) -> None:
        control = self.ctx.control
        dlg: ControlReportDialog | None = None

        def load(month) -> None:  # noqa: ANN001 - datetime.date
            self.ui.tasks.run(lambda _t: control.monthly_report(month), on_success=lambda r: dlg.show_report(r),
                              on_failure=lambda exc: self.ui.dialogs.failure(self.window, QCoreApplication.translate("Control", "Control report"), exc),
                              label=QCoreApplication.translate("Control", "Control report"))

        def paper(month) -> None:  # noqa: ANN001 - datetime.date: the same month on paper (Reports: preview, print, save)
            dlg.accept()
            self.window.reports.control_paper(month)

        dlg = ControlReportDialog(load, self.window, paper=paper if hasattr(self.window, "reports") else None)
        dlg.reload()
        self.ui.dialogs.run(dlg)

    def remind(self) -> None:
        """Citizens' appeals due soon or overdue: a notification, once a day per appeal."""
        appeals = self.ctx.appeals

        def show(due) -> None:  # noqa: ANN001 - list[AppealInfo]
            if not due:
                return
            notify = getattr(self.window, "notify", None)
            if notify is not None:
                notify.announce_appeals(due)
            ids = [a.document_id for a in due]
            self.ui.tasks.run(lambda _t: appeals.mark_reminded(ids), writer=True, label="",
                              on_failure=lambda exc: log.warning("appeal reminders not marked: %s", exc))

        self.ui.tasks.run(lambda _t: appeals.due_reminders(), on_success=show,
                          on_failure=lambda exc: log.warning("appeal reminders not read: %s", exc), label="")


def install(window) -> ControlFeature:  # noqa: ANN001 - MainWindow
    feature = ControlFeature(window)
    window.control = feature
    return feature
