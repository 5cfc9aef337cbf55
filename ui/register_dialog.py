"""The register form: journal, dates, correspondent, their number, subject, pages, channel."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from desktop_app.services.documents import CHANNELS, validate_registration
from desktop_app.services.types import DocumentDetail, JournalInfo, RegisterInput


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class RegisterDialog(QDialog):
    """Collects a :class:`RegisterInput`; OK stays disabled while the form has a problem."""

    def __init__(self, detail: DocumentDetail, journals: list[JournalInfo], correspondents: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register document"))
        self.journal = QComboBox()
        for j in journals:
            if j.kind == detail.kind:
                self.journal.addItem(f"{j.code} — {j.name}", j.code)
        today = dt.date.today()
        self.reg_date = QDateEdit(_qdate(today))
        self.reg_date.setCalendarPopup(True)
        self.correspondent = QLineEdit(detail.correspondent)
        self.correspondent.setCompleter(QCompleter(correspondents, self))
        self.corr_number = QLineEdit()
        self.has_corr_date = QCheckBox(self.tr("Their letter is dated"))
        self.corr_date = QDateEdit(_qdate(today))
        self.corr_date.setCalendarPopup(True)
        self.corr_date.setEnabled(False)
        self.has_corr_date.toggled.connect(self.corr_date.setEnabled)
        self.subject = QLineEdit(detail.subject)
        self.pages = QSpinBox()
        self.pages.setRange(0, 100000)
        self.pages.setValue(detail.page_count)
        self.channel = QComboBox()
        labels = {"post": self.tr("Post"), "courier": self.tr("Courier"), "email": self.tr("E-mail"), "fax": self.tr("Fax"),
                  "hand": self.tr("By hand"), "edms": self.tr("Electronic circulation")}
        for c in CHANNELS:
            self.channel.addItem(labels.get(c, c), c)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Journal"), self.journal)
        form.addRow(self.tr("Registration &date"), self.reg_date)
        form.addRow(self.tr("&Correspondent"), self.correspondent)
        form.addRow(self.tr("Their &number"), self.corr_number)
        form.addRow(self.has_corr_date, self.corr_date)
        form.addRow(self.tr("&Subject"), self.subject)
        form.addRow(self.tr("&Pages"), self.pages)
        form.addRow(self.tr("C&hannel"), self.channel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problems)
        lay.addWidget(self.buttons)
        for w in (self.reg_date, self.corr_date):
            w.dateChanged.connect(self._validate)
        for w in (self.subject, self.corr_number, self.correspondent):
            w.textChanged.connect(self._validate)
        self.has_corr_date.toggled.connect(self._validate)
        self.journal.currentIndexChanged.connect(self._validate)
        self._validate()

    def value(self) -> RegisterInput:
        return RegisterInput(
            journal_code=self.journal.currentData() or "",
            reg_date=_pydate(self.reg_date.date()),
            correspondent=self.correspondent.text().strip(),
            corr_number=self.corr_number.text().strip(),
            corr_date=_pydate(self.corr_date.date()) if self.has_corr_date.isChecked() else None,
            subject=self.subject.text(),
            pages=self.pages.value(),
            channel=self.channel.currentData(),
        )

    def _validate(self) -> None:
        problems = validate_registration(self.value())
        if not self.subject.text().strip():
            problems.append(self.tr("Enter the subject."))
        self.problems.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.problems.setVisible(bool(problems))


