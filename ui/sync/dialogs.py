"""Sync dialogs: server login, sync details, and the side-by-side Conflicts resolver."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop_app import labels
from desktop_app import locale as loc
from desktop_app.messages import code_sentence, describe_op_error
from desktop_app.errors import SyncError
from desktop_app.services.types import ConflictInfo, SyncStatus, WaitingItem
from desktop_app.sync.address import check_server_url, is_test_server
from docflow_protocol import ErrorCode
from ui.widgets import DetailsExpander, plain_headers, wrapping_list


class LoginDialog(QDialog):
    """Server address, workstation, TLS settings and the user's credentials. The password is
    handed straight to the engine, which keeps only the token, in the OS keyring."""

    def __init__(self, settings: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to the circulation server"))
        self.server = QLineEdit(settings.get("server_url") or "https://")
        self.workstation = QLineEdit(settings.get("server_workstation_id") or "")
        self.ca_bundle = QLineEdit(settings.get("server_ca_bundle") or "")
        self.ca_bundle.setPlaceholderText(self.tr("Institution CA bundle (PEM), optional"))
        self.pin = QLineEdit(settings.get("server_cert_sha256") or "")
        self.pin.setPlaceholderText(self.tr("Server certificate SHA-256, optional"))
        self.username = QLineEdit(settings.get("server_username") or "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for name, w in (("server", self.server), ("workstation", self.workstation), ("caBundle", self.ca_bundle),
                        ("pin", self.pin), ("username", self.username), ("password", self.password)):
            w.setObjectName(name)
        self.setObjectName("loginDialog")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Server &address"), self.server)
        form.addRow(self.tr("&Workstation id"), self.workstation)
        form.addRow(self.tr("&CA bundle"), self.ca_bundle)
        form.addRow(self.tr("P&inned certificate"), self.pin)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        for w in (self.server, self.workstation, self.ca_bundle, self.pin, self.username, self.password):
            w.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 44))
        self.test_note = QLabel(self.tr("Test server on this computer: the connection is not encrypted. "
                                        "Use it only to try Docflow out."))
        self.test_note.setObjectName("testServerNote")
        self.test_note.setWordWrap(True)
        self.test_note.setStyleSheet("color: #8a5300")
        self.server.textChanged.connect(self._show_test_note)
        self._show_test_note()
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.test_note)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        # Logging in again (a restart without a keyring, an expired token): only the password is missing.
        first_empty = next((w for w in (self.server, self.workstation, self.username) if not w.text().strip()
                            or w.text().strip() == "https://"), self.password)
        first_empty.setFocus()

    def _show_test_note(self) -> None:
        self.test_note.setVisible(is_test_server(self.server.text()))

    def problems(self) -> list[str]:
        out = []
        try:
            check_server_url(self.server.text())
        except SyncError as exc:
            out.append(str(exc))
        if not self.workstation.text().strip():
            out.append(self.tr("Enter this workstation's id (your administrator has it)."))
        if not self.username.text().strip() or not self.password.text():
            out.append(self.tr("Enter your user name and password."))
        return out

    def _check(self) -> None:
        problems = self.problems()
        self.error.setText("\n".join(problems))
        if not problems:
            self.accept()

    def take_password(self) -> str:
        """The password, once: the field is cleared so it does not linger in the widget."""
        pw = self.password.text()
        self.password.clear()
        return pw


def status_lines(st: SyncStatus) -> list[str]:
    from ui import sync_state

    lines = [QCoreApplication.translate("Sync", "State: {state}").format(state=sync_state.state_phrase(st)),
             QCoreApplication.translate("Sync", "Operations waiting: {n}").format(n=st.ops_waiting),
             QCoreApplication.translate("Sync", "Bytes waiting: {n}").format(n=loc.format_size(st.bytes_waiting)),
             QCoreApplication.translate("Sync", "Conflicts to settle: {n}").format(n=st.conflicts)]
    if st.ops_others:  # a shared desk's: said only when there are some
        lines.insert(2, QCoreApplication.translate("Sync", "Changes of other people of this desk, waiting for their login: {n}")
                     .format(n=st.ops_others))
    if st.current is not None:
        lines.append(QCoreApplication.translate("Sync", "Now: {dir} {name} ({done} of {total})").format(
            dir=QCoreApplication.translate("Sync", "sending") if st.current.direction == "up" else QCoreApplication.translate("Sync", "receiving"), name=st.current.name,
            done=loc.format_size(st.current.done), total=loc.format_size(st.current.total)))
    if st.next_try is not None:
        lines.append(QCoreApplication.translate("Sync", "Next try: {when}").format(when=loc.format_datetime(st.next_try, seconds=True)))
    lines.append(QCoreApplication.translate("Sync", "Last success: {when}").format(when=loc.format_datetime(st.last_success) if st.last_success else "—"))
    if st.last_error:
        # the engine keeps it as one translated sentence (desktop_app.messages.describe_error); the raw text is in the log
        lines.append(QCoreApplication.translate("Sync", "Last problem: {text}").format(text=st.last_error))
    return lines


class SyncDetailsDialog(QDialog):
    """What is waiting, and the last errors in words."""

    def __init__(self, status: SyncStatus, waiting: list[WaitingItem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncDetailsDialog")
        self.setWindowTitle(self.tr("Synchronisation"))
        self.summary = QLabel("\n".join(status_lines(status)))
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        self.table = plain_headers(QTableWidget(len(waiting), 4))
        self.table.setObjectName("syncWaiting")
        self.table.setAccessibleName(self.tr("Changes waiting for the server"))
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Change"), self.tr("Attempts"), self.tr("Problem")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for r, w in enumerate(waiting):
            problem = describe_op_error(w.last_error)
            state = labels.op_state(w.state)
            texts = (w.subject or self.tr("(no subject)"), f"{labels.op_type(w.op_type)} — {state}", str(w.attempts),
                     problem.text)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, problem.details)  # the server's own words, for support
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.resizeRowsToContents()
        self.details = DetailsExpander()
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show_details(row))
        if not waiting:
            self.table.setVisible(False)
            self.details.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.details)
        lay.addWidget(buttons)
        self.resize(820, 480 if waiting else 220)

    def _show_details(self, row: int) -> None:
        item = self.table.item(row, 3) if row >= 0 else None
        self.details.set_details(str(item.data(Qt.ItemDataRole.UserRole) or "") if item is not None else "")


_FIELDS = (("subject", "Subject"), ("summary", "Summary"), ("confidentiality", "Confidentiality"))


class ConflictsDialog(QDialog):
    """The Conflicts queue: pick a conflict, see this desk's version beside the server's, choose."""

    def __init__(self, conflicts: list[ConflictInfo], parent: QWidget | None = None, document_id: str | None = None):
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.conflicts = conflicts
        self.choice: tuple[str, str, dict | None] | None = None  # (conflict id, choice, merged fields)
        self.list = wrapping_list(QListWidget())
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Conflicts"))
        no_subject = self.tr("(no subject)")
        for c in conflicts:
            subject = (c.local.get("fields") or {}).get("subject") or no_subject
            item = QListWidgetItem(f"{subject} — {labels.op_type(c.op_type)}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        self.mine = QPlainTextEdit()
        self.mine.setObjectName("mineText")
        self.mine.setReadOnly(True)
        self.theirs = QPlainTextEdit()
        self.theirs.setObjectName("theirsText")
        self.theirs.setReadOnly(True)
        self.reason = QLabel()
        self.reason.setObjectName("conflictReason")
        self.reason.setWordWrap(True)
        self.merge_subject = QLineEdit()
        self.merge_subject.setObjectName("mergeSubject")
        self.merge_summary = QPlainTextEdit()  # a summary has lines, as in the card dialog
        self.merge_summary.setObjectName("mergeSummary")
        self.merge_summary.setTabChangesFocus(True)
        self.merge_summary.setFixedHeight(self.merge_summary.fontMetrics().lineSpacing() * 4 + 12)
        self.btn_mine = QPushButton(self.tr("Keep mine"))
        self.btn_mine.setObjectName("keepMine")
        self.btn_theirs = QPushButton(self.tr("Take the server's"))
        self.btn_theirs.setObjectName("takeTheirs")
        self.btn_merge = QPushButton(self.tr("Save the merge"))
        self.btn_merge.setObjectName("saveMerge")
        self.btn_mine.clicked.connect(lambda: self._choose("mine"))
        self.btn_theirs.clicked.connect(lambda: self._choose("theirs"))
        self.btn_merge.clicked.connect(lambda: self._choose("merge"))

        sides = QGridLayout()
        mine_box, theirs_box = QGroupBox(self.tr("This workstation")), QGroupBox(self.tr("Server"))
        QVBoxLayout(mine_box).addWidget(self.mine)
        QVBoxLayout(theirs_box).addWidget(self.theirs)
        sides.addWidget(mine_box, 0, 0)
        sides.addWidget(theirs_box, 0, 1)
        merge = QFormLayout()
        merge.addRow(self.tr("Merged subject"), self.merge_subject)
        merge.addRow(self.tr("Merged summary"), self.merge_summary)
        row = QHBoxLayout()
        for b in (self.btn_mine, self.btn_theirs, self.btn_merge):
            row.addWidget(b)
        self.details = DetailsExpander()
        right = QVBoxLayout()
        right.addWidget(self.reason)
        right.addWidget(self.details)
        right.addLayout(sides)
        right.addLayout(merge)
        right.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)  # decide later: nothing is lost
        self.buttons.rejected.connect(self.reject)
        right.addWidget(self.buttons)
        lay = QHBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(right, 3)
        self.list.currentRowChanged.connect(self._show)
        if conflicts:  # the given document's conflict first shown, else the first one
            self.list.setCurrentRow(next((i for i, c in enumerate(conflicts) if c.document_id == document_id), 0))

    def current(self) -> ConflictInfo | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, _row: int) -> None:
        c = self.current()
        if c is None:
            return
        self.mine.setPlainText(_describe(c.local.get("fields") or {}, (c.local.get("registration") or {}).get("number"),
                                         c.local.get("payload") or {}))
        reg = c.remote.get("registration") or {}
        self.theirs.setPlainText(_describe(c.remote.get("fields") or {}, reg.get("number"), {}))
        if c.error_code == ErrorCode.VERSION_CONFLICT.value:  # the general sentence sends the person here
            why = self.tr("Someone else changed this document at the same time. Compare the two versions: keep yours, "
                          "take the server's, or save a merge of both.")
        else:
            why = code_sentence(c.error_code) or self.tr("it was changed differently there.")
        self.reason.setText(self.tr("The server did not take this workstation's change: {reason}").format(reason=why))
        self.details.set_details(c.message)  # the server's own words, for support
        mine_fields = (c.local.get("payload") or {}).get("fields") or c.local.get("fields") or {}
        self.merge_subject.setText(str(mine_fields.get("subject") or (c.remote.get("fields") or {}).get("subject") or ""))
        self.merge_summary.setPlainText(str(mine_fields.get("summary") or (c.remote.get("fields") or {}).get("summary") or ""))
        self.btn_mine.setEnabled("mine" in c.choices)
        self.btn_merge.setEnabled("merge" in c.choices)
        self.merge_subject.setEnabled("merge" in c.choices)
        self.merge_summary.setEnabled("merge" in c.choices)

    def _choose(self, choice: str) -> None:
        c = self.current()
        if c is None:
            return
        merged = None
        if choice == "merge":
            merged = {"subject": self.merge_subject.text().strip(), "summary": self.merge_summary.toPlainText()}
        self.choice = (c.id, choice, merged)
        self.accept()


def _describe(fields: dict, number, payload: dict) -> str:  # noqa: ANN001
    names = {"subject": QCoreApplication.translate("Sync", "Subject"), "summary": QCoreApplication.translate("Sync", "Summary"), "confidentiality": QCoreApplication.translate("Sync", "Confidentiality")}
    shown = {"confidentiality": labels.confidentiality}  # a value a person reads, not the stored code
    lines = [f"{names[key]}: {shown.get(key, str)(fields.get(key, ''))}" for key, _label in _FIELDS if key in fields]
    if number:
        lines.append(QCoreApplication.translate("Sync", "Registration number: {n}").format(n=number))
    if payload.get("action"):
        lines.append(QCoreApplication.translate("Sync", "Action on the route step: {a}").format(a=_step_action(payload["action"])))
    if payload.get("comment"):
        lines.append(QCoreApplication.translate("Sync", "Comment: {c}").format(c=payload["comment"]))
    return "\n".join(lines)


def _step_action(value: str) -> str:
    """The protocol's route.step_act action, as the routing words say it."""
    from desktop_app.routing import steps as K

    return K.action_label(K.FROM_PROTOCOL_ACTION.get(value, value))
