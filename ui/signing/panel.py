"""Signature panel on the document: recorded signatures with their upgrade state, and the
validation report of the document's newest PDF (computed off the GUI thread)."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.errors import DocflowError
from desktop_app.signing.states import state_label

if TYPE_CHECKING:
    from desktop_app.signing.validate import ValidationReport


class SignaturePanel(QWidget):
    """Shown as a tab of the detail pane. ``report_ready`` fires when a report is displayed."""

    report_ready = Signal(object)

    def __init__(self, ui, parent: QWidget | None = None):  # noqa: ANN001 - UiContext
        super().__init__(parent)
        self.setObjectName("signaturePanel")
        self.ui = ui
        self.doc_id: str | None = None
        self.report: ValidationReport | None = None
        self._generation = 0
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("signatureState")
        self.text = QTextBrowser()
        self.text.setObjectName("signatureReport")
        self.check_btn = QPushButton(self.tr("Check signatures"))
        self.check_btn.clicked.connect(lambda: self.verify(allow_fetching=True))
        self.upgrade_btn = QPushButton(self.tr("Complete now"))
        self.upgrade_btn.setToolTip(self.tr("Add the timestamp and validation data now (needs a connection)"))
        self.upgrade_btn.clicked.connect(self.upgrade_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_btn)
        buttons.addWidget(self.upgrade_btn)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.state)
        lay.addWidget(self.text, 1)
        lay.addLayout(buttons)
        self.show_document(None)

    def show_document(self, doc_id: str | None) -> None:
        self.doc_id = doc_id
        self.report = None
        self._generation += 1
        self.text.clear()
        enabled = doc_id is not None
        self.check_btn.setEnabled(enabled)
        self.upgrade_btn.setEnabled(False)
        if doc_id is None:
            self.state.setText(self.tr("No document selected"))
            return
        try:
            # Recorded signatures come from the store (no pyHanko needed to list them).
            detail = self.ui.ctx.documents.get_document(doc_id)
        except DocflowError as exc:
            self.state.setText(html.escape(str(exc)))
            return
        sigs = detail.signatures
        if sigs:
            lines = []
            for g in sigs:
                label = state_label(g.upgrade_state, g.level)
                style = " style='color:#b00020;font-weight:bold'" if g.revoked else ""
                lines.append(f"<span{style}>{html.escape(g.signer_name)} · {g.signed_at:%Y-%m-%d %H:%M} · "
                             f"{html.escape(g.level)} · {html.escape(label)}</span>")
            self.state.setText("<br>".join(lines))
            self.upgrade_btn.setEnabled(any(g.upgrade_state.startswith("waiting") for g in sigs))
        else:
            self.state.setText(self.tr("Signed here: none"))
        current = detail.current_file
        if sigs or (current is not None and _carries_signature(self.ui.ctx.documents.file_path(current.sha256))):
            self.verify(allow_fetching=False)  # validating loads pyHanko: only for documents that carry a signature

    def verify(self, allow_fetching: bool = False) -> None:
        doc_id, gen, signing = self.doc_id, self._generation, self.ui.ctx.signing
        if doc_id is None:
            return
        self.text.setPlainText(self.tr("Checking signatures…"))
        self.ui.tasks.run(lambda task: signing.verify_document(doc_id, allow_fetching=allow_fetching),
                          on_success=lambda rep: self._show_report(gen, rep),
                          on_failure=lambda exc: self._show_error(gen, exc),
                          label=self.tr("Checking signatures"))

    def _show_report(self, gen: int, rep: ValidationReport) -> None:
        if gen != self._generation:
            return  # another document was selected meanwhile
        self.report = rep
        self.text.setPlainText(rep.to_text())
        self.report_ready.emit(rep)

    def _show_error(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self.text.setPlainText(str(exc))
        self.report_ready.emit(None)

    def upgrade_now(self) -> None:
        doc_id, signing = self.doc_id, self.ui.ctx.signing
        if doc_id is None:
            return
        self.ui.tasks.run(lambda task: signing.upgrade_document(doc_id),
                          on_success=lambda res: self.state.setText(html.escape(res.label + " — " + res.message)),
                          on_failure=lambda exc: self.ui.dialogs.error(self, self.tr("Signatures not completed"), str(exc)),
                          label=self.tr("Completing signatures"))


def _carries_signature(path) -> bool:  # noqa: ANN001 - Path
    """Cheap test for a PDF signature (its /ByteRange), so unsigned documents skip validation."""
    import mmap

    try:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            return m.find(b"/ByteRange") != -1
    except (OSError, ValueError):
        return False
