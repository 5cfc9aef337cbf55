"""Dialogs of control and citizens' appeals (issue 17): an executor's request for more time, the
controlling official's decision, the reply's link, an appeal's extension / passing on / repeat, and
the monthly control report as a table. Each collects values; the feature module calls the services."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop_app.locale import today as local_today
from desktop_app import locale as loc
from desktop_app.services.types import AppealInfo, ControlReport, ExtensionInfo
from docflow_protocol import APPEAL_EXTENSION_MAX_DAYS
from ui.register_dialog import date_edit
from ui.widgets import plain_headers


class _Form(QDialog):
    """A small form: labelled rows, a note on top, OK enabled while ``ready()`` holds."""

    def __init__(self, name: str, title: str, note: str, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addLayout(self.form)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 60))

    def row(self, text: str, field: QWidget, name: str) -> QWidget:
        field.setObjectName(name)
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", ""))
        self.form.addRow(label, field)
        if isinstance(field, (QLineEdit, QPlainTextEdit)):
            field.textChanged.connect(self.update_ok)
        return field

    def text_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        return box

    def ready(self) -> bool:
        return True

    def update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.ready())


def _text(w: QLineEdit | QPlainTextEdit) -> str:
    return (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip()  # the service refuses a note too long, by name; nothing is cut here


class ExtensionRequestDialog(_Form):
    """The executor's reasoned written request for a later controlled deadline."""

    def __init__(self, subject: str, deadline: dt.date | None, parent: QWidget | None = None):
        super().__init__("extensionRequestDialog", self.tr("Ask for more time"),
                         self.tr("{subject}: due {date}. The official who put it on control decides.").replace(
                             "{subject}", subject.rstrip(" .:;")).replace("{date}", loc.format_date(deadline) if deadline else "—"), parent)
        start = (deadline or local_today()) + dt.timedelta(days=7)
        self.deadline = self.row(self.tr("&New deadline"), date_edit(start), "newDeadline")
        self.reason = self.row(self.tr("&Reason"), self.text_box(), "reason")
        self.update_ok()

    def ready(self) -> bool:
        return bool(_text(self.reason))

    def value(self) -> tuple[dt.date, str]:
        return self.deadline.date().toPython(), _text(self.reason)


class ExtensionDecisionDialog(_Form):
    """The controlling official approves a request (the deadline moves) or refuses it with a reason."""

    def __init__(self, req: ExtensionInfo, parent: QWidget | None = None):
        super().__init__("extensionDecisionDialog", self.tr("Decide on more time"),
                         self.tr("{who} asks to move the deadline from {old} to {new}: {reason}").replace("{who}", req.requested_by)
                         .replace("{old}", loc.format_date(req.old_deadline) if req.old_deadline else "—")
                         .replace("{new}", loc.format_date(req.new_deadline)).replace("{reason}", req.reason), parent)
        self.approve = QRadioButton(self.tr("&Approve"))
        self.approve.setObjectName("approve")
        self.refuse = QRadioButton(self.tr("Re&fuse"))
        self.refuse.setObjectName("refuse")
        self.approve.setChecked(True)
        choice = QWidget()
        box = QHBoxLayout(choice)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.approve)
        box.addWidget(self.refuse)
        box.addStretch(1)
        self.form.addRow(choice)
        self.comment = self.row(self.tr("&Comment (a refusal gives its reason)"), self.text_box(), "comment")
        self.refuse.toggled.connect(self.update_ok)
        self.update_ok()

    def ready(self) -> bool:
        return self.approve.isChecked() or bool(_text(self.comment))

    def value(self) -> tuple[bool, str]:
        return self.approve.isChecked(), _text(self.comment)


class LinkReplyDialog(_Form):
    """Which incoming document this outgoing one answers: picked from the registered incoming letters
    (``candidates``: number, subject, correspondent; newest first) by any part of them, or its number typed."""

    def __init__(self, subject: str, candidates: list[tuple[str, str, str]] = (), parent: QWidget | None = None):
        super().__init__("linkReplyDialog", self.tr("Answer to…"),
                         self.tr("{subject} answers the incoming document registered as:").replace("{subject}", subject), parent)
        self.number = QComboBox()
        self.number.setEditable(True)
        self.number.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for number, subj, correspondent in candidates:
            self.number.addItem(" — ".join(p for p in (number, subj, correspondent) if p), number)
        self.number.setCurrentIndex(-1)
        self.number.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.number.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.row(self.tr("Registration &number"), self.number, "replyToNumber")
        self.number.editTextChanged.connect(self.update_ok)
        self.update_ok()

    def ready(self) -> bool:
        return bool(self.value())

    def value(self) -> str:
        typed = self.number.currentText().strip()
        found = self.number.findText(typed)
        return self.number.itemData(found) if found >= 0 else typed


class AppealExtendDialog(_Form):
    """More information was requested: the appeal's term grows; the citizen is told."""

    def __init__(self, appeal: AppealInfo, parent: QWidget | None = None):
        left = APPEAL_EXTENSION_MAX_DAYS - appeal.extension_days
        super().__init__("appealExtendDialog", self.tr("Extend the appeal's term"),
                         self.tr("Due {date}. The law allows up to {max} more working days in all ({left} left) when more "
                                 "information is requested; the citizen must be told.").replace("{date}", loc.format_date(appeal.deadline))
                         .replace("{max}", str(APPEAL_EXTENSION_MAX_DAYS)).replace("{left}", str(left)), parent)
        self.days = QSpinBox()
        self.days.setRange(1, max(1, left))
        self.days.setValue(max(1, left))
        self.row(self.tr("&Working days"), self.days, "extendDays")
        self.reason = self.row(self.tr("&What information was requested"), self.text_box(), "reason")
        self.told = self.row(self.tr("The citizen was &told on"), date_edit(local_today()), "citizenToldOn")
        self.update_ok()

    def ready(self) -> bool:
        return bool(_text(self.reason))

    def value(self) -> tuple[int, str, dt.date]:
        return self.days.value(), _text(self.reason), self.told.date().toPython()


class AppealForwardDialog(_Form):
    """The appeal belongs to another body: passed on within 3 working days, the citizen told."""

    def __init__(self, appeal: AppealInfo, parent: QWidget | None = None):
        super().__init__("appealForwardDialog", self.tr("Pass the appeal on"),
                         self.tr("An appeal that belongs to another body is passed on by {date} (3 working days) and the "
                                 "citizen is told.").replace("{date}", loc.format_date(appeal.forward_by)), parent)
        self.to = self.row(self.tr("&Body it belongs to"), QLineEdit(), "forwardTo")
        self.on = self.row(self.tr("Passed on &on"), date_edit(local_today()), "forwardedOn")
        self.told = self.row(self.tr("The citizen was &told on"), date_edit(local_today()), "citizenToldOn")
        self.update_ok()

    def ready(self) -> bool:
        return bool(_text(self.to))

    def value(self) -> tuple[str, dt.date, dt.date]:
        return _text(self.to), self.on.date().toPython(), self.told.date().toPython()


class AppealRepeatedDialog(_Form):
    """A repeated appeal on a question already answered on the merits, with nothing new."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("appealRepeatedDialog", self.tr("Mark as a repeated appeal"),
                         self.tr("Only when the earlier appeal was answered on the merits and this one brings nothing new."), parent)
        self.number = self.row(self.tr("&Number of the earlier appeal"), QLineEdit(), "repeatedOf")
        self.reason = self.row(self.tr("&Note"), self.text_box(), "note")
        self.update_ok()

    def ready(self) -> bool:
        return bool(_text(self.number))

    def value(self) -> tuple[str, str]:
        return _text(self.number), _text(self.reason)


class ControlReportDialog(QDialog):
    """The monthly control report as a table: per executor, on control / on time / late / overdue."""

    def __init__(self, load: Callable[[dt.date], None], parent: QWidget | None = None,
                 paper: Callable[[dt.date], None] | None = None):
        super().__init__(parent)
        self.setObjectName("controlReportDialog")
        self.setWindowTitle(self.tr("Control report"))
        self._load = load
        self.month = QDateEdit(QDate(local_today().replace(day=1)))
        self.month.setObjectName("reportMonth")
        self.month.setDisplayFormat("MM.yyyy")
        self.month.setAccessibleName(self.tr("Month"))
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("showReport")
        self.show_button.clicked.connect(self.reload)
        self.as_of = QLabel()
        self.as_of.setObjectName("reportAsOf")
        top = QHBoxLayout()
        label = QLabel(self.tr("&Month"))
        label.setBuddy(self.month)
        for w in (label, self.month, self.show_button, self.as_of):
            top.addWidget(w)
        top.addStretch(1)
        self.table = plain_headers(QTableWidget(0, 5))
        self.table.setObjectName("reportTable")
        self.table.setAccessibleName(self.tr("Control report"))
        self.table.setHorizontalHeaderLabels([self.tr("Executor"), self.tr("On control"), self.tr("Executed on time"),
                                              self.tr("Executed late"), self.tr("Overdue")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.paper_button = None
        if paper is not None:  # the same month as a paper: preview, print, PDF or XLSX
            self.paper_button = buttons.addButton(self.tr("&Print or save…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.paper_button.setObjectName("reportPaper")
            self.paper_button.clicked.connect(lambda: paper(self.month.date().toPython().replace(day=1)))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("x" * 90), self.fontMetrics().lineSpacing() * 20)

    def reload(self) -> None:
        self._load(self.month.date().toPython().replace(day=1))

    def show_report(self, report: ControlReport) -> None:
        self.as_of.setText(self.tr("as of {date}").replace("{date}", loc.format_date(report.as_of)))
        rows = [*report.rows, report.total]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (r.executor_name or "—", r.on_control, r.executed_on_time, r.executed_late, r.overdue)
            for col, v in enumerate(values):
                item = QTableWidgetItem(str(v) if col else v)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)


__all__ = ["ExtensionRequestDialog", "ExtensionDecisionDialog", "LinkReplyDialog", "AppealExtendDialog",
           "AppealForwardDialog", "AppealRepeatedDialog", "ControlReportDialog"]
