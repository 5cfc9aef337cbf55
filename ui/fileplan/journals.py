"""Tools ▸ File plan… ▸ Journals: each registration journal with its number format, and for an
administrator the format's editor with a live example of the next number (issue 17).

The check and the example are ``ctx.admin.number_example``'s, the change ``ctx.admin.set_journal_format``'s
(a journal the server numbers is changed on the server first): this page only shows and calls them.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop_app import labels
from desktop_app.errors import DocflowError
from desktop_app.services.types import JournalInfo
from docflow_protocol import NUMBER_FORMAT_MAX_CHARS, Role

#: The fields a number format may use, as the page explains them.
FIELD_HELP = ("{n}", "{year}", "{yy}", "{mm}", "{dd}", "{index}", "{code}")


class JournalsPage(QWidget):
    """The journals' table and, for an administrator, the selected journal's format with its next number."""

    def __init__(self, ui: Any, table_factory: Any, fill: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("journalsPage")
        self.ui, self.admin, self._fill = ui, ui.ctx.admin, fill
        self.may_edit = ui.ctx.user.has_role(Role.ADMIN.value)
        self._journals: list[JournalInfo] = []
        self._read_gen = 0
        self.reads_shown = 0  # reads drawn so far (the first comes shortly after the page is made)
        self._example_gen = 0
        self.examples_shown = 0  # next-number examples shown so far (each is asked on a worker)
        self.table = table_factory([self.tr("Code"), self.tr("Journal"), self.tr("Number format"), self.tr("Numbered by")],
                                   "journalFormats")
        header = self.table.horizontalHeader()  # short codes and words: the headings set the width, with room
        header.setMinimumSectionSize(max(header.fontMetrics().horizontalAdvance(self.table.horizontalHeaderItem(c).text())
                                         for c in (0, 3)) + 24)
        self.table.setAccessibleName(self.tr("Registration journals"))
        self.table.itemSelectionChanged.connect(self._selected)
        self.format = QLineEdit()
        self.format.setObjectName("journalFormat")
        self.format.setMaxLength(NUMBER_FORMAT_MAX_CHARS)
        self.format.setAccessibleName(self.tr("Number format"))
        self.format.textChanged.connect(self._example)
        self.example = QLabel()
        self.example.setObjectName("journalExample")
        self.example.setWordWrap(True)
        self.save = QPushButton(self.tr("&Save the format"))
        self.save.setObjectName("journalFormatSave")
        self.save.clicked.connect(self.save_format)
        form = QFormLayout()
        label = QLabel(self.tr("Number &format"))
        label.setBuddy(self.format)
        form.addRow(label, self.format)
        form.addRow(self.tr("Next number"), self.example)
        fields = QLabel(self.tr("{n} (or {seq}) running number, restarting each year ({n:04d} pads it to four digits), "
                                "{year} or {yy} the year, {mm} and {dd} the month and day, {index} the case of the file plan, "
                                "{code} the journal's code. Example: {index}/{n}, {n}-{year}."))
        fields.setObjectName("journalFormatHelp")
        fields.setWordWrap(True)
        note = QLabel(self.tr("Numbers already given keep their text; the next ones follow the new format. "
                              "A journal the server numbers is changed on the server.") if self.may_edit
                      else self.tr("Only an administrator changes the number formats."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(form)
        lay.addWidget(fields)
        lay.addWidget(note)
        lay.addLayout(buttons)
        for w in (self.format, self.save):
            w.setEnabled(self.may_edit)
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        """The journals read on a worker (``ui.tasks``), then drawn, ``keep`` (or the selected one) selected."""
        keep = keep or self.code()
        self._read_gen += 1
        gen, docs = self._read_gen, self.ui.ctx.documents

        def show(journals: list[JournalInfo]) -> None:
            if isValid(self) and gen == self._read_gen:  # not after the dialog closed
                self._show(journals, keep)

        self.ui.tasks.run(lambda _t: docs.journals(), on_success=show, label="",
                          on_failure=lambda e: self.ui.dialogs.failure(self, self.tr("Journals"), e))

    def _show(self, journals: list[JournalInfo], keep: str | None) -> None:
        self._journals = journals
        self._fill(self.table, [[j.code, labels.journal_name(j.code, j.name, j.kind), j.number_format,
                                 self.tr("the server") if j.authority == "server" else self.tr("this desk")]
                                for j in self._journals])
        row = next((i for i, j in enumerate(self._journals) if j.code == keep), 0)
        if self._journals:
            self.table.selectRow(row)
        self._selected()
        self.reads_shown += 1

    def code(self) -> str | None:
        row = self.table.currentRow()
        return self._journals[row].code if 0 <= row < len(self._journals) else None

    def _selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._journals):
            self.format.setText(self._journals[row].number_format)
        self._example()

    def _example(self) -> None:
        """The next number in the typed format, or why it cannot be used (Save waits for a good one).
        Asked on a worker (it reads the journal's running number and the file plan); only the answer
        for the newest text is shown."""
        code, fmt = self.code(), self.format.text()
        self._example_gen += 1
        self.save.setEnabled(False)
        if code is None:
            self._show_example(self._example_gen, "—", False)
            return
        gen, admin = self._example_gen, self.admin

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DocflowError):
                self._show_example(gen, str(exc), False, error=True)
            elif isValid(self):
                self.ui.dialogs.failure(self, self.tr("Journals"), exc)

        self.ui.tasks.run(lambda _t: admin.number_example(code, fmt), label="",
                          on_success=lambda text: self._show_example(gen, text, True), on_failure=failed)

    def _show_example(self, gen: int, text: str, ok: bool, error: bool = False) -> None:
        if not isValid(self) or gen != self._example_gen:  # the dialog closed, or typed on since
            return
        self.example.setText(text)
        self.example.setStyleSheet("color: #b00020" if error else "")
        current = next((j.number_format for j in self._journals if j.code == self.code()), None)
        self.save.setEnabled(self.may_edit and ok and self.format.text().strip() != current)
        self.examples_shown += 1

    def save_format(self) -> None:
        code, fmt = self.code(), self.format.text()
        if code is None:
            return
        self.save.setEnabled(False)
        self.ui.tasks.run(lambda _t: self.admin.set_journal_format(code, fmt),  # may ask the server: the pool, not the writer
                          on_success=lambda info: self.refresh(info.code),
                          on_failure=lambda e: (self.ui.dialogs.failure(self, self.tr("Journals"), e), self._example()),
                          label=self.tr("Saving the number format"))
