"""Sync dialogs: server login, sync details, and the side-by-side Conflicts resolver."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop_app.sync.engine import ConflictInfo, SyncStatus, WaitingItem


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
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Workstation id"), self.workstation)
        form.addRow(self.tr("CA bundle"), self.ca_bundle)
        form.addRow(self.tr("Pinned certificate"), self.pin)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def problems(self) -> list[str]:
        out = []
        if not self.server.text().strip().startswith("https://"):
            out.append(self.tr("The server address must start with https://."))
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
    lines = [QCoreApplication.translate("Sync", "Server: {state}").format(state=QCoreApplication.translate("Sync", "online") if st.online else QCoreApplication.translate("Sync", "offline")),
             QCoreApplication.translate("Sync", "Operations waiting: {n}").format(n=st.ops_waiting),
             QCoreApplication.translate("Sync", "Bytes waiting: {n}").format(n=human_bytes(st.bytes_waiting)),
             QCoreApplication.translate("Sync", "Conflicts to settle: {n}").format(n=st.conflicts)]
    if st.current is not None:
        lines.append(QCoreApplication.translate("Sync", "Now: {dir} {name} ({done} of {total})").format(
            dir=QCoreApplication.translate("Sync", "sending") if st.current.direction == "up" else QCoreApplication.translate("Sync", "receiving"), name=st.current.name,
            done=human_bytes(st.current.done), total=human_bytes(st.current.total)))
    lines.append(QCoreApplication.translate("Sync", "Last success: {when}").format(when=st.last_success.strftime("%Y-%m-%d %H:%M") if st.last_success else "—"))
    if st.last_error:
        lines.append(QCoreApplication.translate("Sync", "Last error: {text}").format(text=st.last_error))
    return lines


def human_bytes(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


class SyncDetailsDialog(QDialog):
    """What is waiting, and the last errors in words."""

    def __init__(self, status: SyncStatus, waiting: list[WaitingItem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Synchronisation"))
        self.summary = QLabel("\n".join(status_lines(status)))
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(waiting), 4)
        self.table.setObjectName("syncWaiting")
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Change"), self.tr("Attempts"), self.tr("Problem")])
        for r, w in enumerate(waiting):
            for c, text in enumerate((w.subject or (w.document_id or "")[:8], w.op_type, str(w.attempts), w.last_error)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table)
        lay.addWidget(buttons)


_FIELDS = (("subject", "Subject"), ("summary", "Summary"), ("confidentiality", "Confidentiality"))


class ConflictsDialog(QDialog):
    """The Conflicts queue: pick a conflict, see this desk's version beside the server's, choose."""

    def __init__(self, conflicts: list[ConflictInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts"))
        self.conflicts = conflicts
        self.choice: tuple[str, str, dict | None] | None = None  # (conflict id, choice, merged fields)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        for c in conflicts:
            item = QListWidgetItem(f"{(c.local.get('fields') or {}).get('subject') or c.document_id[:8]} — {c.op_type}")
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
        self.merge_summary = QLineEdit()
        self.merge_summary.setObjectName("mergeSummary")
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
        right = QVBoxLayout()
        right.addWidget(self.reason)
        right.addLayout(sides)
        right.addLayout(merge)
        right.addLayout(row)
        lay = QHBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(right, 3)
        self.list.currentRowChanged.connect(self._show)
        if conflicts:
            self.list.setCurrentRow(0)

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
        self.reason.setText(self.tr("The server did not take this workstation's change ({code}): {message}").format(
            code=c.error_code, message=c.message))
        mine_fields = (c.local.get("payload") or {}).get("fields") or c.local.get("fields") or {}
        self.merge_subject.setText(str(mine_fields.get("subject") or (c.remote.get("fields") or {}).get("subject") or ""))
        self.merge_summary.setText(str(mine_fields.get("summary") or (c.remote.get("fields") or {}).get("summary") or ""))
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
            merged = {"subject": self.merge_subject.text().strip(), "summary": self.merge_summary.text()}
        self.choice = (c.id, choice, merged)
        self.accept()


def _describe(fields: dict, number, payload: dict) -> str:  # noqa: ANN001
    labels = {"subject": QCoreApplication.translate("Sync", "Subject"), "summary": QCoreApplication.translate("Sync", "Summary"), "confidentiality": QCoreApplication.translate("Sync", "Confidentiality")}
    lines = [f"{labels[key]}: {fields.get(key, '')}" for key, _label in _FIELDS if key in fields]
    if number:
        lines.append(QCoreApplication.translate("Sync", "Registration number: {n}").format(n=number))
    if payload.get("action"):
        lines.append(QCoreApplication.translate("Sync", "Action on the route step: {a}").format(a=payload["action"]))
    if payload.get("comment"):
        lines.append(QCoreApplication.translate("Sync", "Comment: {c}").format(c=payload["comment"]))
    return "\n".join(lines)
