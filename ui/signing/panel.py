"""Signature panel on the document: ONE verdict for the document, then the details.

The headline is the validation of the document's newest PDF (computed off the GUI thread):
valid / cannot be confirmed / invalid, with the PAdES level actually reached. The state this
workstation recorded while completing its own signatures ("waiting for timestamp") is shown as
what is still to be done, never as a second verdict -- a received document once said "complete
(B-LT)" in its header while the report below said indeterminate at B-T."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop_app import locale as loc
from desktop_app.errors import DocflowError
from desktop_app.signing.states import STATE_REMOTE, WAITING_STATES, state_label

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
        self._recorded: tuple = ()
        self._generation = 0
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("signatureState")
        self.text = QTextBrowser()
        self.text.setObjectName("signatureReport")
        self.text.setAccessibleName(self.tr("Signature report"))
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.check_btn = QPushButton(self.tr("&Check signatures online"))
        self.check_btn.setObjectName("checkSignatures")
        self.check_btn.clicked.connect(lambda: self.verify(allow_fetching=True))
        self.upgrade_btn = QPushButton(self.tr("Complete &now"))
        self.upgrade_btn.setObjectName("completeSignatures")
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
        self._recorded = ()
        self._generation += 1
        self.text.clear()
        self.state.clear()
        enabled = doc_id is not None
        self.check_btn.setEnabled(enabled)
        self.upgrade_btn.setEnabled(False)
        if doc_id is None:
            self.state.setText(self.tr("No document selected"))
            return
        gen, ctx = self._generation, self.ui.ctx

        def read(_task):  # noqa: ANN001, ANN202 - off the GUI thread: the store and the file
            detail = ctx.documents.get_document(doc_id)
            current = detail.current_file
            carries = current is not None and _carries_signature(ctx.documents.file_path(current.sha256))
            return detail, carries

        def show(result) -> None:  # noqa: ANN001
            if gen != self._generation:
                return  # another document was chosen meanwhile
            detail, carries = result
            sigs = detail.signatures
            self._recorded = sigs
            if sigs:
                self.state.setText(self._recorded_html(None))
                self.upgrade_btn.setEnabled(any(g.upgrade_state.startswith("waiting") for g in sigs))
            else:
                self.state.setText(self.tr("Signed here: none"))
            if sigs or carries:
                self.verify(allow_fetching=False)  # validating loads pyHanko: only for documents that carry a signature

        def failed(exc: BaseException) -> None:
            if gen == self._generation:
                self.state.setText(html.escape(str(exc)))

        self.ui.tasks.run(read, on_success=show, on_failure=failed, label="")

    def _recorded_html(self, rep: "ValidationReport | None") -> str:
        """The headline: the report's one verdict (or "checking…"), then who signed when, then what
        this workstation still has to do for its own signatures."""
        lines = []
        if rep is None:
            checking = html.escape(self.tr("Checking signatures…"))
            lines.append(f"<i>{checking}</i>")
        else:
            colour = {"valid": "#1b6e2a", "invalid": "#b00020"}.get(rep.verdict, "#8a5300")
            lines.append(f"<b style='color:{colour}'>{html.escape(rep.headline())}</b>")
        for g in self._recorded:
            line = f"{html.escape(g.signer_name)} · {html.escape(loc.format_datetime(g.signed_at))}"
            if g.revoked:
                line = f"<span style='color:#b00020;font-weight:bold'>{line} · {html.escape(state_label(g.upgrade_state, g.level))}</span>"
            elif g.upgrade_state in WAITING_STATES:
                line += " · " + html.escape(state_label(g.upgrade_state, g.level))
            elif g.upgrade_state not in (STATE_REMOTE, "complete") and rep is None:
                line += " · " + html.escape(state_label(g.upgrade_state, g.level))
            lines.append(line)
        return "<br>".join(lines)

    def verify(self, allow_fetching: bool = False) -> None:
        doc_id, gen, ctx = self.doc_id, self._generation, self.ui.ctx
        if doc_id is None:
            return
        self.text.setPlainText(self.tr("Checking signatures…"))
        self.ui.tasks.run(lambda task: ctx.signing.verify_document(doc_id, allow_fetching=allow_fetching),
                          on_success=lambda rep: self._show_report(gen, rep),
                          on_failure=lambda exc: self._show_error(gen, exc),
                          label=self.tr("Checking signatures"))

    def _show_report(self, gen: int, rep: ValidationReport) -> None:
        if gen != self._generation:
            return  # another document was selected meanwhile
        self.report = rep
        if self._recorded:
            self.state.setText(self._recorded_html(rep))
        else:
            self.state.setText(f"<b>{html.escape(rep.headline())}</b>")
        self.text.setPlainText(rep.to_text(with_verdict=False))
        self.report_ready.emit(rep)

    def _show_error(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        from desktop_app.messages import describe_error

        self.text.setPlainText(describe_error(exc).text)
        self.report_ready.emit(None)

    def upgrade_now(self) -> None:
        doc_id, ctx = self.doc_id, self.ui.ctx
        if doc_id is None:
            return
        self.ui.tasks.run(lambda task: ctx.signing.upgrade_document(doc_id),
                          on_success=lambda res: self.show_document(doc_id),
                          on_failure=lambda exc: self.ui.dialogs.failure(self, self.tr("Signatures not completed"), exc),
                          label=self.tr("Completing signatures"))


def _carries_signature(path) -> bool:  # noqa: ANN001 - Path
    """Cheap test for a PDF signature (its /ByteRange), so unsigned documents skip validation."""
    import mmap

    try:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            return m.find(b"/ByteRange") != -1
    except (OSError, ValueError):
        return False
