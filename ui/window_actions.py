"""The main window's own actions (the features under ``ui/`` bring theirs): Document ▸ Register…,
Edit card… and Archive with when they are enabled, Tools ▸ Settings… and Verify audit journal, and the check
of the local store once the window is up. Each runs its work through ``ui/tasks.py``.

``MainWindow`` makes one :class:`WindowActions` (``window.window_actions``) and connects its
``act_register`` / ``act_archive`` / ``act_settings`` / ``act_verify`` to it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop_app.errors import DocflowError
from docflow_protocol import Role
from ui.register_dialog import RegisterDialog


class WindowActions:
    """What the shell's own actions do."""

    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui
        self.ctx = window.ctx

    def update(self) -> None:
        """Register… for a clerk, on a document without a number that may get one (another role met the
        register form and then a refusal), and Register an oral appeal… for a clerk; Archive for one not archived."""
        w, d = self.window, self.window.detail.detail
        clerk = self.ctx.user.has_role(Role.CLERK.value)
        w.act_register.setEnabled(bool(d and d.registration is None and d.status in ("draft", "signed", "in_route") and clerk))
        w.act_oral_appeal.setEnabled(clerk)  # the whole form typed, then refused, was the executor's lot
        w.act_archive.setEnabled(bool(d and d.status != "archived"))
        w.act_edit_card.setEnabled(bool(d and d.status != "archived"))

    def edit_card(self) -> None:
        """Document ▸ Edit card…: correct the shown document's subject, summary, confidentiality (and,
        before registration, its correspondent); saved through the outbox on the writer thread."""
        from ui.card_dialog import CardDialog

        w, d = self.window, self.window.detail.detail
        if d is None:
            return
        dlg = CardDialog(d, self.ctx.documents.correspondents(limit=500), w)
        if not self.ui.dialogs.run(dlg) or not (changes := dlg.changes()):
            return
        doc_id, docs = d.id, self.ctx.documents
        self.ui.tasks.run(lambda task: docs.update_document(doc_id, **changes),
                          on_success=lambda row: w.notify.show_in_status_bar(
                              QCoreApplication.translate("MainWindow", "The card is saved"), 8000),
                          on_failure=lambda e: w.show_error(QCoreApplication.translate("MainWindow", "The card is not saved"), e),
                          label=QCoreApplication.translate("MainWindow", "Saving the card"), writer=True)

    def register_selected(self) -> None:
        """Register the shown document: the register form, then the registration on the writer thread."""
        w, d = self.window, self.window.detail.detail
        if d is None:
            return
        year = self.ctx.today().year
        cases = [c for y in (year - 1, year) for c in self.ctx.fileplan.cases(y, open_only=True)]
        dlg = RegisterDialog(d, self.ctx.documents.journals(), self.ctx.documents.correspondents(limit=500), w, cases)
        dlg.setObjectName("registerDialog")
        if not self.ui.dialogs.run(dlg):
            return
        value, doc_id, docs = dlg.value(), d.id, self.ctx.documents
        self.ui.tasks.run(lambda task: docs.register(doc_id, value),
                          on_success=lambda info: w.notify.show_in_status_bar(
                              QCoreApplication.translate("MainWindow", "Registered as {n}").replace("{n}", info.number), 8000),
                          on_failure=lambda e: w.show_error(QCoreApplication.translate("MainWindow", "Not registered"), e),
                          label=QCoreApplication.translate("MainWindow", "Registering"), writer=True)

    def register_oral_appeal(self) -> None:
        """Document ▸ Register an oral appeal…: an appeal made at a reception or by telephone has no
        letter; the form makes its document (what was said is its content) and registers it."""
        w = self.window
        year = self.ctx.today().year
        cases = [c for y in (year - 1, year) for c in self.ctx.fileplan.cases(y, open_only=True)]
        dlg = RegisterDialog(None, self.ctx.documents.journals(), self.ctx.documents.correspondents(limit=500), w, cases,
                             official=self.ctx.user.display_name)
        dlg.setObjectName("oralAppealDialog")
        if not self.ui.dialogs.run(dlg):
            return
        value, summary, appeals = dlg.value(), dlg.summary(), self.ctx.appeals

        def done(info) -> None:  # noqa: ANN001 - AppealInfo
            # the new appeal is the one shown (the list stayed on the document selected before the form)
            w.reveal(info.document_id)
            w.notify.show_in_status_bar(QCoreApplication.translate("MainWindow", "Registered as {n}").replace("{n}", info.number), 8000)

        self.ui.tasks.run(lambda task: appeals.register_oral(value, summary), on_success=done,
                          on_failure=lambda e: w.show_error(QCoreApplication.translate("MainWindow", "Not registered"), e),
                          label=QCoreApplication.translate("MainWindow", "Registering"), writer=True)

    def archive_selected(self) -> None:
        """Archive the selected documents, each on its own; the ones refused are listed with the reason."""
        w = self.window
        ids, docs = w.selected_ids(), self.ctx.documents

        def work(task):  # noqa: ANN001, ANN202
            errors = []
            for i, doc_id in enumerate(ids):
                task.progress(i, len(ids))
                try:
                    docs.set_status(doc_id, "archived")
                except DocflowError as exc:
                    errors.append(str(exc))
            return errors

        self.ui.tasks.run(work, on_success=lambda errs: errs and self.ui.dialogs.error(
                              w, QCoreApplication.translate("MainWindow", "Not archived"), "\n".join(errs)),
                          on_failure=lambda e: w.show_error(QCoreApplication.translate("MainWindow", "Not archived"), e),
                          label=QCoreApplication.translate("MainWindow", "Archiving"), writer=True)

    def verify_audit(self) -> None:
        """Tools ▸ Verify audit journal: check the hash chain and say whether it is intact."""
        w, admin = self.window, self.ctx.admin

        def done(rep) -> None:  # noqa: ANN001
            if rep.ok:
                self.ui.dialogs.info(w, QCoreApplication.translate("MainWindow", "Audit journal"),
                                     QCoreApplication.translate("MainWindow", "The audit journal is intact ({n} events).")
                                     .replace("{n}", str(rep.events)))
            else:
                self.ui.dialogs.error(w, QCoreApplication.translate("MainWindow", "Audit journal"),
                                      QCoreApplication.translate("MainWindow", "The audit journal is broken: {reason}")
                                      .replace("{reason}", rep.reason))

        self.ui.tasks.run(lambda task: admin.verify_audit(), on_success=done,
                          on_failure=lambda e: w.show_error(QCoreApplication.translate("MainWindow", "Audit journal"), e),
                          label=QCoreApplication.translate("MainWindow", "Verifying audit journal"))

    def open_settings(self) -> None:
        """Tools ▸ Settings…; the theme follows a changed high-contrast choice at once."""
        from ui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ctx.settings, self.window)
        if self.ui.dialogs.run(dlg):
            from ui import theme

            theme.apply(QApplication.instance(), self.ctx.settings.get("high_contrast", False))

    def startup_check(self) -> None:
        """Check the local store once the window is up; tell the person only when something is wrong."""
        w, admin = self.window, self.ctx.admin

        def done(rep) -> None:  # noqa: ANN001
            if rep.missing or rep.integrity != "ok":
                self.ui.dialogs.error(w, QCoreApplication.translate("MainWindow", "Store check"), QCoreApplication.translate(
                    "MainWindow", "The local store has problems: {n} file(s) are missing; database check: {integrity}.")
                    .replace("{n}", str(len(rep.missing))).replace("{integrity}", rep.integrity))

        self.ui.tasks.run(lambda task: admin.check_store(), on_success=done,
                          on_failure=lambda e: w.show_error(QCoreApplication.translate("MainWindow", "Store check"), e),
                          label=QCoreApplication.translate("MainWindow", "Checking the local store"))
