"""The register form: journal, date, subject and the registration card (``docflow_protocol.CARD_FIELDS``:
correspondent, their number and date, pages, sheets, attachments, channel).

The fields a journal requires (:data:`desktop_app.services.documents.REQUIRED_FIELDS`) are
marked with an asterisk and Register stays disabled until they are filled: an incoming letter
is never registered without its sender.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from desktop_app import labels
from desktop_app.services.documents import CHANNELS, required_fields, validate_registration
from desktop_app.services.types import DocumentDetail, JournalInfo, RegisterInput
from docflow_protocol import (
    ATTACHMENTS_COUNT, ATTACHMENTS_DESCRIPTION, CHANNEL, CORR_NUMBER, CORRESPONDENT, PAGES, SHEETS, DocumentKind,
)
from ui.i18n import DATE_FORMAT


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def date_edit(d: dt.date) -> QDateEdit:
    """A date field in the office's pattern (27.11.2026) with a calendar in the person's language."""
    edit = QDateEdit(_qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


class RegisterDialog(QDialog):
    """Collects a :class:`RegisterInput`; OK stays disabled while the form has a problem."""

    def __init__(self, detail: DocumentDetail, journals: list[JournalInfo], correspondents: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register document"))
        self._kinds: dict[str, str] = {}
        self.journal = QComboBox()
        self.journal.setObjectName("journal")
        for j in journals:
            if j.kind == detail.kind:
                self.journal.addItem(f"{j.code} — {labels.journal_name(j.code, j.name, j.kind)}", j.code)
                self._kinds[j.code] = j.kind
        today = dt.date.today()
        self.reg_date = date_edit(today)
        self.reg_date.setObjectName("regDate")
        self.correspondent = QLineEdit(detail.correspondent)
        self.correspondent.setObjectName("correspondent")
        self.correspondent.setMaxLength(CORRESPONDENT.max_chars)
        completer = QCompleter(correspondents, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.correspondent.setCompleter(completer)
        self.corr_number = QLineEdit()
        self.corr_number.setObjectName("corrNumber")
        self.corr_number.setMaxLength(CORR_NUMBER.max_chars)
        self.has_corr_date = QCheckBox(self.tr("Their letter is &dated"))
        self.has_corr_date.setObjectName("hasCorrDate")
        self.corr_date = date_edit(today)
        self.corr_date.setObjectName("corrDate")
        self.corr_date.setEnabled(False)
        self.has_corr_date.toggled.connect(self.corr_date.setEnabled)
        self.subject = QLineEdit(detail.subject)
        self.subject.setObjectName("subject")
        self.pages = QSpinBox()
        self.pages.setObjectName("pages")
        self.pages.setRange(0, PAGES.maximum)
        self.pages.setValue(detail.page_count)
        self.sheets = QSpinBox()
        self.sheets.setObjectName("sheets")
        self.sheets.setRange(0, SHEETS.maximum)
        self.attachments_count = QSpinBox()
        self.attachments_count.setObjectName("attachmentsCount")
        self.attachments_count.setRange(0, ATTACHMENTS_COUNT.maximum)
        self.attachments_description = QLineEdit()
        self.attachments_description.setObjectName("attachmentsDescription")
        self.attachments_description.setMaxLength(ATTACHMENTS_DESCRIPTION.max_chars)
        self.attachments_description.setPlaceholderText(self.tr("What is attached (e.g. a map, 2 sheets)"))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in CHANNELS:
            self.channel.addItem(labels.channel(c), c)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, tuple[QLabel, str]] = {}
        self._row("journal", self.tr("&Journal"), self.journal)
        self._row("reg_date", self.tr("Registration &date"), self.reg_date)
        corr_title = self.tr("&Sender") if detail.kind == DocumentKind.INCOMING.value \
            else self.tr("&Addressee") if detail.kind == DocumentKind.OUTGOING.value else self.tr("&Correspondent")
        self._row(CORRESPONDENT.name, corr_title, self.correspondent)
        self._row(CORR_NUMBER.name, self.tr("Their &number"), self.corr_number)
        self.form.addRow(self.has_corr_date, self.corr_date)
        self._row("subject", self.tr("S&ubject"), self.subject)
        self._row(PAGES.name, self.tr("&Pages"), self.pages)
        self._row(SHEETS.name, self.tr("Sh&eets"), self.sheets)
        self._row(ATTACHMENTS_COUNT.name, self.tr("A&ttachments"), self.attachments_count)
        self._row(ATTACHMENTS_DESCRIPTION.name, self.tr("&What is attached"), self.attachments_description)
        self._row(CHANNEL.name, self.tr("C&hannel"), self.channel)
        self.required_note = QLabel(self.tr("* required"))
        self.required_note.setObjectName("requiredNote")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Register"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.required_note)
        lay.addWidget(self.problems)
        lay.addWidget(self.buttons)
        for w in (self.reg_date, self.corr_date):
            w.dateChanged.connect(self._validate)
        for w in (self.subject, self.corr_number, self.correspondent, self.attachments_description):
            w.textChanged.connect(self._validate)
        self.has_corr_date.toggled.connect(self._validate)
        self.journal.currentIndexChanged.connect(self._validate)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 70))
        self._validate()

    def _row(self, key: str, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self._labels[key] = (label, text)
        self.form.addRow(label, field)

    def journal_kind(self) -> str | None:
        return self._kinds.get(self.journal.currentData() or "")

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
            sheets=self.sheets.value(),
            attachments_count=self.attachments_count.value(),
            attachments_description=self.attachments_description.text().strip(),
        )

    def _validate(self) -> None:
        kind = self.journal_kind()
        needed = set(required_fields(kind))
        for key, (label, text) in self._labels.items():
            label.setText(text + (" *" if key in needed else ""))
        problems = validate_registration(self.value(), kind or DocumentKind.INTERNAL.value)
        self.problems.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.problems.setVisible(bool(problems))
