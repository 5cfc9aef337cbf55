"""Signing in the main window: the Sign action (one or many documents, one PIN), the
signature tab on the document, and "Complete signatures now" in Tools.

``install(window)`` is called once by ``MainWindow.__init__``.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from docflow_protocol import SIGNING_ROLES
from ui.signing.panel import SignaturePanel

log = logging.getLogger(__name__)


class SigningFeature:
    """Holds the actions and the panel; everything long runs through ``ui.tasks``."""

    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui
        self.ctx = window.ctx
        self.panel = SignaturePanel(self.ui)
        window.detail.tabs.addTab(self.panel, QCoreApplication.translate("Signing", "Signatures"))
        self.act_sign = QAction(QCoreApplication.translate("Signing", "&Sign…"), window)
        self.act_sign.setObjectName("actSign")
        self.act_sign.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.act_sign.triggered.connect(self.sign_selected)
        window.toolbar.addAction(self.act_sign)
        window.menu_document.addAction(self.act_sign)
        self.act_upgrade = QAction(QCoreApplication.translate("Signing", "Complete &waiting signatures now"), window)
        self.act_upgrade.setObjectName("actUpgradeSignatures")
        self.act_upgrade.triggered.connect(self.upgrade_all)
        window.menu_tools.addAction(self.act_upgrade)
        window.table.selectionModel().currentRowChanged.connect(lambda *_a: self._follow())
        window.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_enabled())
        window.changes_settled.connect(self._on_change)  # once per burst of changes
        self.last_result = None
        self.dialog = None  # the last sign dialog (tests look at it)
        self._follow()

    def _follow(self) -> None:
        doc_id = self.window.current_id()
        if doc_id != self.panel.doc_id:
            self.panel.show_document(doc_id)
        self._update_enabled()

    def _update_enabled(self) -> None:
        """Sign needs a document (the selection, or the current row) and a person whose role signs: the
        server refuses anyone else's signature, so a clerk is not led through the key and its PIN first."""
        table = self.window.table  # cheap checks: a select-all over 100,000 rows must not load them
        signer = any(self.ctx.user.has_role(r) for r in SIGNING_ROLES)
        self.act_sign.setEnabled(signer and (table.selectionModel().hasSelection() or table.currentIndex().isValid()))

    def _on_change(self, change) -> None:  # noqa: ANN001 - Change
        doc_id = self.window.current_id()
        if doc_id is not None and (doc_id in change.documents or "signatures" in change.aspects):
            self.panel.show_document(doc_id)
        else:
            self._follow()

    # ------------------------------------------------------------------ actions
    def sign_selected(self, ids: list[str] | None = None) -> None:
        """The Sign dialog for ``ids`` (default: the selected documents, or the one shown)."""
        ids = ids or self.window.selected_ids() or ([self.window.current_id()] if self.window.current_id() else [])
        if not ids:
            return
        if len(ids) > 1:  # a batch: each document not ready is refused by the signing, with its reason
            self._open_dialog(ids)
            return
        templates = self.ctx.templates

        def checked(why: str | None) -> None:  # a letter not yet numbered is said before the PIN
            if why:
                self.ui.dialogs.error(self.window, QCoreApplication.translate("Signing", "Not signed"), why)
            else:
                self._open_dialog(ids)

        self.ui.tasks.run(lambda _t: templates.not_ready_to_sign(ids[0]), on_success=checked, label="",  # a read: a worker's
                          on_failure=self._sign_failed)

    def _open_dialog(self, ids: list[str]) -> None:
        """The Sign dialog for ``ids``: the identity and PIN, then the signing."""
        def pick_key_file() -> str:
            files = self.ui.dialogs.open_files(self.window, QCoreApplication.translate("Signing", "Key file"), QCoreApplication.translate("Signing", "Key files (*.p12 *.pfx);;All files (*)"))
            return files[0] if files else ""

        from ui.signing.sign_dialog import LAST_IDENTITY, SignDialog  # pyHanko loads on first use, not at start-up

        ctx, settings = self.ctx, self.ctx.settings

        def opener(spec, secret, remember, confirm_final_try):  # noqa: ANN001, ANN202 - runs on a worker
            # ctx.signing is touched on the worker only: its first use imports pyHanko (a second or so).
            return ctx.signing.open_identity(spec, secret, remember=remember, confirm_final_try=confirm_final_try)

        def confirm(text: str) -> bool:
            return self.ui.dialogs.confirm(self.window, QCoreApplication.translate("Signing", "Last PIN try"), text)

        def scanner(module: str) -> list:  # runs on a worker: the tokens are read in the signing process
            return ctx.signing.scan_tokens(module)

        dlg = SignDialog(len(ids), settings.get("pkcs11_module", "") or "", self.window, pick_file=pick_key_file,
                         tasks=self.ui.tasks, opener=opener, confirm=confirm, last=settings.get(LAST_IDENTITY) or {},
                         scanner=scanner)

        def opened(identity) -> None:  # noqa: ANN001
            spec = dlg.identity_spec()
            if spec.kind == "pkcs11" and spec.module and spec.module != settings.get("pkcs11_module", ""):
                settings.set("pkcs11_module", spec.module)  # a path, never a secret
            settings.set(LAST_IDENTITY, dlg.remembered_identity())
            self._run_signing(ids, identity, dlg.sign_options())

        dlg.identity_ready.connect(opened)
        self.dialog = dlg
        self.ui.dialogs.run(dlg)

    def _run_signing(self, ids, identity, options) -> None:  # noqa: ANN001
        """Sign ``ids`` with the opened identity (closed afterwards), one progress bar for all; the
        service completes the route's signing step of each signed document (as ``docflow sign``)."""
        ctx = self.ctx

        def work(task):  # noqa: ANN001, ANN202
            try:
                result = ctx.signing.sign_documents(ids, identity, options, progress=task.progress, cancelled=task.cancelled)
            finally:
                identity.close()
            ctx.signing.background().start()  # the new signatures complete themselves when online
            return result

        self.ui.tasks.run(work, on_success=self._signed, on_failure=self._sign_failed,
                          label=QCoreApplication.translate("Signing", "Signing"))

    def _signed(self, result) -> None:  # noqa: ANN001 - BatchSignResult
        self.last_result = result
        if result.failed:
            self.ui.dialogs.error(self.window, QCoreApplication.translate("Signing", "Some documents were not signed"), result.summary)
        else:
            self.window.notify.show_in_status_bar(QCoreApplication.translate("Signing", "{n} document(s) signed").replace("{n}", str(len(result.signed))), 8000)

    def _sign_failed(self, exc: BaseException) -> None:
        self.last_result = exc
        self.window.show_error(QCoreApplication.translate("Signing", "Not signed"), exc)

    def upgrade_all(self) -> None:
        ctx = self.ctx
        self.ui.tasks.run(lambda task: ctx.signing.upgrade_due(force=True, progress=task.progress),
                          on_success=self._upgraded,
                          on_failure=lambda exc: self.window.show_error(QCoreApplication.translate("Signing", "Signatures not completed"), exc),
                          label=QCoreApplication.translate("Signing", "Completing signatures"))

    def _upgraded(self, run) -> None:  # noqa: ANN001 - UpgradeRun
        self.last_result = run
        lines = [f"{r.label}: {r.message}" for r in run.results] or [QCoreApplication.translate("Signing", "No signature is waiting.")]
        if any(r.revoked for r in run.results):
            self.ui.dialogs.error(self.window, QCoreApplication.translate("Signing", "Revoked certificate"), "\n".join(lines))
        else:
            self.window.notify.show_in_status_bar(" · ".join(lines)[:300], 10000)


def install(window) -> SigningFeature:  # noqa: ANN001 - MainWindow
    feature = SigningFeature(window)
    window.signing = feature
    return feature
