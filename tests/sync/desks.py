"""Workstations ("desks") for the sync tests: a real profile (SQLite + blob store) and its engine."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import Document, OutboxOp, Registration
from desktop_app.services.context import AppContext
from desktop_app.services.types import RegisterInput
from desktop_app.sync.client import SyncError
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.engine import SyncEngine
from tests import helpers


class Desk:
    """One workstation: ``ctx`` (the app's context) and ``engine`` talking to ``server_url``."""

    def __init__(self, root: Path, server_url: str, ca_pem: Path, workstation: str, username: str, keyring_backend,
                 login: bool = True):
        self.root = root
        self.username = username
        self.ctx = AppContext.open(root, username=username)
        # as the app makes it: without a keyring the login is kept in this process's memory
        self.engine = SyncEngine(self.ctx, CredentialStore(keyring_backend, session=self.ctx.session_secrets))
        self.engine.configure(server_url, workstation, ca_bundle=str(ca_pem))
        if login:
            self.engine.login(username, f"demo-{username}")

    @classmethod
    def fresh(cls, root: Path, keyring_backend) -> "Desk":
        """A new profile made as the app makes it (its local user is this computer's user) and an engine
        that knows no server yet: the first-run wizard sets the server and logs in."""
        desk = cls.__new__(cls)
        desk.root = root
        desk.ctx = AppContext.open(root)
        desk.username = desk.ctx.user.username
        desk.engine = SyncEngine(desk.ctx, CredentialStore(keyring_backend, session=desk.ctx.session_secrets))
        return desk

    def close(self) -> None:
        self.engine.stop()
        self.ctx.close()

    # --- work done at the desk (through the same services the UI calls)
    def import_pdf(self, text: str, kind: str = "incoming", pages: int = 1, subject: str | None = None) -> str:
        row = self.ctx.documents.create_document(helpers.make_pdf(text, pages), f"{text[:20]}.pdf", kind=kind,
                                                 subject=subject or text)
        return row.id

    def register(self, doc_id: str, journal: str = "IN", correspondent: str = "Ministry") -> str:
        # A desk of an institution with a file plan (another test may have made one on the shared
        # server) files every registration to a case of the year.
        cases = self.ctx.fileplan.cases(local_today().year, open_only=True)
        info = self.ctx.documents.register(doc_id, RegisterInput(journal, local_today(), correspondent=correspondent,
                                                                 case_id=cases[0].id if cases else None))
        return info.number

    # --- what the store holds
    def doc(self, doc_id: str) -> Document | None:
        with self.ctx.db.read() as s:
            d = s.get(Document, doc_id)
            if d is not None:
                s.expunge(d)
            return d

    def number(self, doc_id: str) -> str | None:
        with self.ctx.db.read() as s:
            return s.execute(select(Registration.number).where(Registration.document_id == doc_id)).scalar()

    def pending_ops(self) -> int:
        with self.ctx.db.read() as s:
            return len(list(s.execute(select(OutboxOp.seq).where(OutboxOp.state == "pending")).scalars()))

    def snapshot(self) -> dict:
        """{doc_id: (kind, subject, number, sorted file hashes)} for convergence checks."""
        from desktop_app.db.models import FileVersion

        out = {}
        with self.ctx.db.read() as s:
            for d in s.execute(select(Document)).scalars():
                files = sorted(set(s.execute(select(FileVersion.sha256).where(FileVersion.document_id == d.id)).scalars()))
                out[d.id] = (d.kind, d.subject, self.number(d.id), tuple(files))
        return out


def settle(*desks: Desk, rounds: int = 40) -> int:
    """Sync every desk until none has anything waiting (retrying over cuts); returns failed attempts."""
    failures = 0
    for _ in range(rounds):
        busy = False
        for d in desks:
            try:
                d.engine.sync_now()
            except SyncError:
                failures += 1
                busy = True
                continue
            st = d.engine.status()
            busy |= st.ops_waiting > 0 or st.bytes_waiting > 0
        if not busy:
            return failures
    raise AssertionError("the desks did not settle: " + repr([d.engine.status() for d in desks]))
