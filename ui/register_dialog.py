"""The register form: journal, date, subject and the registration card (``docflow_protocol.CARD_FIELDS``:
correspondent, their number and date, pages, sheets, attachments, channel, the case of the file plan).

For an appeals journal it carries the applicant's card and how the appeal was made; opened with no
document (Document ▸ Register an oral appeal…) it registers an appeal made at a reception or by
telephone: no letter, what was said is the content.

The fields a journal requires (:data:`desktop_app.services.registration_form.REQUIRED_FIELDS`) are
marked with an asterisk and Register stays disabled until they are filled: an incoming letter
is never registered without its sender.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from desktop_app.locale import today as local_today
from desktop_app import labels
from desktop_app.services.registration_form import CHANNELS, required_fields, validate_registration
from desktop_app.services.types import AppealInput, CaseInfo, DocumentDetail, JournalInfo, RegisterInput
from docflow_protocol import (
    APPEAL_FORMS, APPEAL_JOURNAL_KIND, APPEAL_TYPES, APPLICANT_CONTACT, ORAL_APPEAL_FORMS, RECEIVED_BY, APPLICANT_NAME, ATTACHMENTS_COUNT, ATTACHMENTS_DESCRIPTION, CASE_ID,
    CHANNEL, CORR_NUMBER, CORRESPONDENT, PAGES, SHEETS, Channel, DocumentKind, is_anonymous, journal_takes,
)
from ui.i18n import DATE_FORMAT


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def date_edit(d: dt.date) -> QDateEdit:
    """A date field in the office's pattern (27.11.2026) with a calendar in the person's language."""
    edit = QDateEdit(_qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


class RegisterDialog(QDialog):
    """Collects a :class:`RegisterInput`; OK stays disabled while the form has a problem."""

    def __init__(self, detail: DocumentDetail | None, journals: list[JournalInfo], correspondents: list[str],
                 parent: QWidget | None = None, cases: list[CaseInfo] | None = None, official: str = ""):
        """``detail`` None: an appeal made orally (at a reception or by telephone) -- no document,
        no letter: only the appeals journals, the oral forms, and what was said as its content;
        ``official`` is who received it (the person at the desk, to be corrected)."""
        super().__init__(parent)
        self.oral = detail is None
        self._cases = list(cases or [])  # the open cases of the file plan (of the years the date may name)
        kind = DocumentKind.INCOMING.value if detail is None else detail.kind
        incoming, outgoing = kind == DocumentKind.INCOMING.value, kind == DocumentKind.OUTGOING.value
        self.setWindowTitle(self.tr("Register an oral appeal") if self.oral else self.tr("Register incoming document") if incoming
                            else self.tr("Register outgoing letter") if outgoing else self.tr("Register internal document"))
        self._kinds: dict[str, str] = {}
        self.journal = QComboBox()
        self.journal.setObjectName("journal")
        for j in sorted(journals, key=lambda j: j.kind != kind):  # the document's own kind first, appeals after
            if journal_takes(j.kind, kind) and (not self.oral or j.kind == APPEAL_JOURNAL_KIND):
                self.journal.addItem(f"{j.code} — {labels.journal_name(j.code, j.name, j.kind)}", j.code)
                self._kinds[j.code] = j.kind
        today = local_today()
        self.reg_date = date_edit(today)
        self.reg_date.setObjectName("regDate")
        self.correspondent = QLineEdit(detail.correspondent if detail else "")
        self.correspondent.setObjectName("correspondent")
        self.correspondent.setMaxLength(CORRESPONDENT.max_chars)
        completer = QCompleter(correspondents, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.correspondent.setCompleter(completer)
        self.corr_number = QLineEdit(detail.corr_number if detail else "")  # written down earlier (Edit card)
        self.corr_number.setObjectName("corrNumber")
        self.corr_number.setMaxLength(CORR_NUMBER.max_chars)
        # An outgoing letter may answer one: its number and date are the letter it replies to.
        self.has_corr_date = QCheckBox(self.tr("In reply to a letter &dated") if outgoing else self.tr("Their letter is &dated"))
        self.has_corr_date.setObjectName("hasCorrDate")
        self.corr_date = date_edit(today)
        self.corr_date.setObjectName("corrDate")
        self.corr_date.setAccessibleName(self.has_corr_date.text().replace("&", ""))
        self.corr_date.setEnabled(False)
        self.has_corr_date.toggled.connect(self.corr_date.setEnabled)
        if detail is not None and detail.corr_date is not None:
            self.corr_date.setDate(_qdate(detail.corr_date))
            self.has_corr_date.setChecked(True)
        self.subject = QLineEdit(detail.subject if detail else "")
        self.subject.setObjectName("subject")
        self.pages = QSpinBox()
        self.pages.setObjectName("pages")
        self.pages.setRange(0, PAGES.maximum)
        self.pages.setValue(detail.page_count if detail else 0)
        self.sheets = QSpinBox()
        self.sheets.setObjectName("sheets")
        self.sheets.setRange(0, SHEETS.maximum)
        self.sheets.setValue(min(detail.page_count if detail else 0, SHEETS.maximum))  # one side a sheet until the clerk says otherwise
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
        self.case = QComboBox()
        self.case.setObjectName("case")
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, tuple[QLabel, str]] = {}
        self._row("journal", self.tr("&Journal"), self.journal)
        self._row("reg_date", self.tr("Registration &date"), self.reg_date)
        corr_title = self.tr("&Sender") if incoming else self.tr("&Addressee") if outgoing else self.tr("&Correspondent")
        self._row(CORRESPONDENT.name, corr_title, self.correspondent)
        self._row(CORR_NUMBER.name, self.tr("In reply to their &number") if outgoing else self.tr("Their &number"), self.corr_number)
        self.form.addRow(self.has_corr_date, self.corr_date)
        self._row("subject", self.tr("S&ubject"), self.subject)
        self._row(PAGES.name, self.tr("&Pages"), self.pages)
        self._row(SHEETS.name, self.tr("Sh&eets"), self.sheets)
        self._row(ATTACHMENTS_COUNT.name, self.tr("A&ttachments"), self.attachments_count)
        self._row(ATTACHMENTS_DESCRIPTION.name, self.tr("&What is attached"), self.attachments_description)
        self._row(CHANNEL.name, self.tr("How it is &sent") if outgoing else self.tr("C&hannel"), self.channel)
        if kind == DocumentKind.INTERNAL.value:  # a memo has no sender's number or date and is not delivered
            for field in (self.corr_number, self.corr_date, self.channel):
                self.form.setRowVisible(field, False)
        if outgoing:  # a letter leaves by Dispatch, through the circulation system; a paper one is picked by hand
            self.channel.setCurrentIndex(max(0, self.channel.findData(Channel.EDMS.value)))
        self._appeal_box(official)
        self._row(CASE_ID.name, self.tr("Ca&se (file plan)"), self.case)
        self._fill_cases()
        self.reg_date.dateChanged.connect(self._fill_cases)
        self.case.currentIndexChanged.connect(self._validate)
        self.required_note = QLabel(self.tr("* required"))
        self.required_note.setObjectName("requiredNote")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Register"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.appeal_box)
        lay.addWidget(self.required_note)
        lay.addWidget(self.problems)
        lay.addWidget(self.buttons)
        for w in (self.reg_date, self.corr_date):
            w.dateChanged.connect(self._validate)
        for w in (self.subject, self.corr_number, self.correspondent, self.attachments_description,
                  self.applicant_name, self.applicant_address, self.received_by, self.said):
            w.textChanged.connect(self._validate)
        self.received_on.dateChanged.connect(self._validate)
        self.appeal_form.currentIndexChanged.connect(self._validate)
        if self.oral:  # no letter: nothing of a letter's card is asked (the applicant is the sender)
            for key in (CORRESPONDENT.name, CORR_NUMBER.name, PAGES.name, SHEETS.name, ATTACHMENTS_COUNT.name, ATTACHMENTS_DESCRIPTION.name, CHANNEL.name):
                self.form.setRowVisible(self._labels[key][0], False)
            self.form.setRowVisible(self.has_corr_date, False)
            self.channel.setCurrentIndex(max(0, self.channel.findData(Channel.HAND.value)))
            self.subject.setPlaceholderText(self.tr("The first line of what was said, if left empty"))
        self.has_corr_date.toggled.connect(self._validate)
        self.journal.currentIndexChanged.connect(self._validate)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 70))
        if detail is not None and detail.sender is not None:
            self.prefill_from_sender(detail)
        self._validate()

    def prefill_from_sender(self, detail: DocumentDetail) -> None:
        """A letter that arrived by dispatch: the sender's card fills the form (the clerk checks it, not retypes it)."""
        o = detail.sender
        self.correspondent.setText(detail.correspondent or o.institution_name)
        self.corr_number.setText(o.number)
        if o.reg_date is not None:
            self.has_corr_date.setChecked(True)
            self.corr_date.setDate(_qdate(o.reg_date))
        if o.pages and not self.pages.value():
            self.pages.setValue(o.pages)
        self.sheets.setValue(o.sheets)
        self.attachments_count.setValue(o.attachments_count)
        self.attachments_description.setText(o.attachments_description)
        self.channel.setCurrentIndex(max(0, self.channel.findData(Channel.EDMS.value)))
        self.sender_note = QLabel(self.tr("Filled in from the sender's data ({sender}).").replace("{sender}", o.institution_name))
        self.sender_note.setObjectName("senderNote")
        self.sender_note.setWordWrap(True)
        self.layout().insertWidget(0, self.sender_note)

    def _appeal_box(self, official: str) -> None:
        """The applicant's card of a citizen's appeal (shown for an appeals journal; issue 17): who,
        the type, how it was made -- an oral one with the day, the official and what was said."""
        self.appeal_box = QGroupBox(self.tr("Citizen's appeal"))
        self.appeal_box.setObjectName("appealBox")
        self.applicant_name = QLineEdit()
        self.applicant_name.setObjectName("applicantName")
        self.applicant_name.setMaxLength(APPLICANT_NAME.max_chars)
        self.applicant_address = QLineEdit()
        self.applicant_address.setObjectName("applicantAddress")
        self.applicant_address.setMaxLength(1000)
        self.applicant_contact = QLineEdit()
        self.applicant_contact.setObjectName("applicantContact")
        self.applicant_contact.setMaxLength(APPLICANT_CONTACT.max_chars)
        self.appeal_type = QComboBox()
        self.appeal_type.setObjectName("appealType")
        for t in APPEAL_TYPES:
            self.appeal_type.addItem(labels.appeal_type(t), t)
        self.appeal_form = QComboBox()
        self.appeal_form.setObjectName("appealForm")
        for f in APPEAL_FORMS:
            if not self.oral or f in ORAL_APPEAL_FORMS:
                self.appeal_form.addItem(labels.appeal_form(f), f)
        self.received_on = date_edit(local_today())
        self.received_on.setObjectName("receivedOn")
        self.received_by = QLineEdit(official)
        self.received_by.setObjectName("receivedBy")
        self.received_by.setMaxLength(RECEIVED_BY.max_chars)
        self.said = QPlainTextEdit()
        self.said.setObjectName("said")
        self.said.setTabChangesFocus(True)
        self.said.setPlaceholderText(self.tr("What the citizen asked for, proposed or complained of"))
        self.said.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.needs_checking = QCheckBox(self.tr("Needs extra checking (30 working days instead of 15)"))
        self.needs_checking.setObjectName("needsChecking")
        self.appeal_form_layout = form = QFormLayout(self.appeal_box)
        for text, field in ((self.tr("Applicant's &name *"), self.applicant_name),
                            (self.tr("Applicant's add&ress *"), self.applicant_address),
                            (self.tr("Con&tact (phone, e-mail)"), self.applicant_contact),
                            (self.tr("Appeal t&ype"), self.appeal_type),
                            (self.tr("&Made"), self.appeal_form),
                            (self.tr("Recei&ved on *"), self.received_on),
                            (self.tr("Received &by (official) *"), self.received_by),
                            (self.tr("What was sa&id *"), self.said)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(" *"))
            form.addRow(label, field)
        form.addRow(self.needs_checking)
        form.setRowVisible(self.said, self.oral)

    def _row(self, key: str, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self._labels[key] = (label, text)
        self.form.addRow(label, field)

    def _fill_cases(self) -> None:
        """The open cases of the registration date's year; "not filed" only when that year has no file plan."""
        year = self.reg_date.date().year()
        chosen = self.case.currentData()
        self.case.blockSignals(True)
        self.case.clear()
        mine = [c for c in self._cases if c.year == year]
        self.case.addItem(self.tr("— choose the case —") if mine else self.tr("— no file plan for this year —"), None)
        for c in mine:
            self.case.addItem(f"{c.index} — {c.title}", c.id)
        at = self.case.findData(chosen)
        self.case.setCurrentIndex(max(at, 0))
        self.case.blockSignals(False)

    def journal_kind(self) -> str | None:
        return self._kinds.get(self.journal.currentData() or "")

    def value(self) -> RegisterInput:
        return RegisterInput(
            journal_code=self.journal.currentData() or "",
            reg_date=self.reg_date.date().toPython(),
            correspondent=self.correspondent.text().strip(),
            corr_number=self.corr_number.text().strip(),
            corr_date=self.corr_date.date().toPython() if self.has_corr_date.isChecked() else None,
            # an oral appeal's subject may be left empty: the first line of what was said is taken
            subject=None if self.oral and not self.subject.text().strip() else self.subject.text(),
            pages=self.pages.value(),
            channel=self.channel.currentData(),
            sheets=self.sheets.value(),
            attachments_count=self.attachments_count.value(),
            attachments_description=self.attachments_description.text().strip(),
            appeal=AppealInput(self.applicant_name.text().strip(), self.applicant_address.text().strip(),
                               self.appeal_type.currentData(), self.applicant_contact.text().strip(),
                               self.needs_checking.isChecked(), self.appeal_form.currentData(),
                               self.received_on.date().toPython() if self._is_oral() else None,
                               self.received_by.text().strip() if self._is_oral() else "")
            if self.journal_kind() == APPEAL_JOURNAL_KIND else None,
            case_id=self.case.currentData(),
        )

    def _is_oral(self) -> bool:
        return self.appeal_form.currentData() in ORAL_APPEAL_FORMS

    def summary(self) -> str:
        """What was said (an oral appeal's content)."""
        return self.said.toPlainText().strip()

    def _validate(self) -> None:
        kind = self.journal_kind()
        needed = set(required_fields(kind)) - ({"subject"} if self.oral else set())
        for key, (label, text) in self._labels.items():
            label.setText(text + (" *" if key in needed else ""))
        problems = validate_registration(self.value(), kind or DocumentKind.INTERNAL.value)
        self.appeal_box.setVisible(kind == APPEAL_JOURNAL_KIND)
        if kind == APPEAL_JOURNAL_KIND and is_anonymous({"applicant_name": self.applicant_name.text(),
                                                         "applicant_address": self.applicant_address.text()}):
            problems.append(self.tr("An appeal needs the applicant's name and address: an anonymous appeal is not registered as an appeal."))
        oral = self._is_oral()
        for field in (self.received_on, self.received_by):
            self.appeal_form_layout.setRowVisible(field, oral)
        if kind == APPEAL_JOURNAL_KIND and oral:
            if not self.received_by.text().strip():
                problems.append(self.tr("Write who received the oral appeal."))
            if self.received_on.date() > self.reg_date.date():
                problems.append(self.tr("An oral appeal is registered on or after the day it was received."))
        if self.oral and not self.summary():
            problems.append(self.tr("Write down what the citizen said: an oral appeal has no letter."))
        if self.oral and self.journal.count() == 0:
            problems.append(self.tr("There is no citizens' appeals journal."))
        if self.case.count() > 1 and self.case.currentData() is None:
            problems.append(self.tr("Choose the case of the file plan the document is filed to."))
        self.problems.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.problems.setVisible(bool(problems))
