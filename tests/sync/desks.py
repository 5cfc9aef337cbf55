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


def push_and_pull_recorded(a1: Desk, a2: Desk, keyring_backend, monkeypatch) -> tuple[str, str, list, list]:
    """One cycle of ``a1`` with a change of its own to push and one of ``a2``'s to pull, every request
    recorded, the client's and the transfer pipe's (``(method, path after /v1/)``), and the feed page
    each push brought back (None: the server brought none). Checks what every server must give --
    one push, asking the page (``feed_cursor``), both changes in -- and returns
    ``(theirs, mine, sent, pages)``: the two documents, the requests, the pages."""
    import functools

    from desktop_app.sync import pipeline
    from desktop_app.sync.client import SyncClient

    sent: list[tuple[str, str]] = []
    pages: list = []

    class Recording(SyncClient):
        def _send(self, method, path, **kw):  # noqa: ANN001, ANN201
            sent.append((method, path.split("/v1/", 1)[-1]))
            return super()._send(method, path, **kw)

        def push_ops_feed(self, *a, **kw):  # noqa: ANN002, ANN003, ANN201
            results, page = super().push_ops_feed(*a, **kw)
            pages.append(page)
            return results, page

    piped = pipeline.Pipe.send  # the cycle's end on one connection (the file plan and the feed together)

    def recorded(pipe, method, target, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        sent.append((method, target.split("/v1/", 1)[-1]))
        return piped(pipe, method, target, *a, **kw)

    monkeypatch.setattr(pipeline.Pipe, "send", recorded)
    a1.engine.stop()
    a1.engine = SyncEngine(a1.ctx, CredentialStore(keyring_backend), client_factory=functools.partial(Recording))
    theirs, mine = a1.import_pdf("Changed on the other desk"), a1.import_pdf("Changed here")
    a1.engine.sync_now()
    a2.engine.sync_now()
    a2.ctx.documents.update_document(theirs, subject="Renamed on the second desk")
    a2.engine.sync_now()
    a1.ctx.documents.update_document(mine, summary="Noted here")
    sent.clear()
    pages.clear()
    report = a1.engine.sync_now()
    assert report.pushed == 1 and report.pulled == 1, report
    assert a1.doc(theirs).subject == "Renamed on the second desk" and a1.doc(mine).summary == "Noted here"
    pushes = [p for m, p in sent if p.startswith("ops")]
    assert len(pushes) == 1 and "feed_cursor=" in pushes[0], sent
    return theirs, mine, sent, pages
