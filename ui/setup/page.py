"""The setup wizard's page base: a status line, work run in the background (``ui.tasks``), and the
page ids (``P_*``) the pages' ``nextId`` and the tests name."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizardPage

from desktop_app.messages import describe_error

log = logging.getLogger(__name__)

P_LANGUAGE, P_SERVER, P_CARRY, P_OFFICE, P_SCANNER, P_SIGNING, P_DONE = range(7)


def note(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SetupPage(QWizardPage):
    """A page with a status line, work in the background and a way to be skipped."""

    def __init__(self, wizard: "SetupWizard"):
        super().__init__()
        self.wiz = wizard
        self.ui = wizard.ui
        self.status = note("pageStatus")
        self.busy = False

    def retranslate(self) -> None:  # each page sets its texts here (the language may change on page one)
        raise NotImplementedError

    def run(self, fn, done, label: str) -> None:  # noqa: ANN001 - work off the GUI thread, then ``done(result)``
        self.busy = True
        self.status.setStyleSheet("")
        self.status.setText(label + "…")

        def ok(result) -> None:  # noqa: ANN001
            self.busy = False
            done(result)

        def failed(exc: BaseException) -> None:
            self.busy = False
            log.info("setup step failed: %s", exc, exc_info=exc)
            msg = describe_error(exc)
            self.status.setStyleSheet("color: #b00020")
            self.status.setText(msg.text)

        self.ui.tasks.run(lambda _t: fn(), on_success=ok, on_failure=failed, label=label)

    def show_ok(self, text: str) -> None:
        self.status.setStyleSheet("color: #1b5e20")
        self.status.setText(text)
