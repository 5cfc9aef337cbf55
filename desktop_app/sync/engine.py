"""The sync engine: pushes the outbox, pulls the changes feed, moves files, surfaces conflicts.

One cycle (:meth:`SyncEngine.sync_now`) does, in this order:

1. directory and journals from the server; number blocks leased while online;
2. **push, metadata first**: each document's operations in outbox order, in batches, with
   ``base_version`` = the server version the desk last integrated plus its own earlier ops
   in flight; file-bearing ops (commutative: ``file.attach``, ``signature.add``) wait for
   their file, and files go up small before large (tus, resumable, progress in SQLite);
3. **pull** the changes feed from the saved cursor; each page is applied through
   :mod:`desktop_app.sync.apply` in one write transaction together with the new cursor;
   missing files are downloaded afterwards (Range-resumable), small before large.

The SQLite writer is only taken for short transactions between network calls, never
during one. The engine runs on its own thread (:meth:`start`), retries with exponential
backoff and jitter while the link is down, long-polls the feed while idle, and wakes at
once on :meth:`trigger` ("Sync now") or on a local change. Its state is plain data
(:meth:`status`); changes of it are published on ``ctx.events`` as :class:`SyncStatusChanged`.

The bearer token lives in the OS keyring only (:class:`~desktop_app.sync.credentials.CredentialStore`).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import queue
import random
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop_app import audit, outbox, registry
from desktop_app.db.models import (
    Conflict, Document, FileVersion, Journal, NumberBlock, OutboxOp, SyncRemote, SyncState, SyncTransfer, utcnow,
)
from desktop_app.errors import DocflowError, InvalidInput, NotFound
from desktop_app.events import Change
from desktop_app.i18n import translate
from desktop_app.sync import apply as applying
from desktop_app.sync.client import (
    AuthError, BadResponse, RequestRefused, SyncClient, SyncError, TransientError, UploadState,
)
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.mapping import Lookup, server_instant, translate_op
from desktop_app.worker import BackgroundWorker
from docflow_protocol import LIMITS

log = logging.getLogger(__name__)

BLOCK_SIZE = 50          # numbers leased per block
BLOCK_LOW_WATER = 10     # lease another block when fewer numbers than this remain
PARALLEL_TRANSFERS = 2   # download streams: two hide the per-request round trip on a slow link
UPLOAD_STREAMS = 1       # one stream of file bytes up; uploads are created ahead on the cycle's connection
#: Bytes per tus PATCH: progress is saved after each; on 100 kbit/s one takes ~20 s, so the
#: round trip between PATCHes costs ~2 %, and a crash forgets at most this much locally
#: (the server's offset, asked with HEAD on restart, still has everything that arrived).
UPLOAD_CHUNK = 256 * 1024
IDLE_WAIT = 25           # seconds of long-poll while idle (one request per IDLE_WAIT)
TRANSFER_RETRIES = 4     # in-place resumptions of one transfer before the cycle gives up
BACKOFF_BASE = 2.0
BACKOFF_MAX = 300.0
CONFLICT_CHOICES = ("mine", "theirs", "merge")
#: Ops that must not overtake file ops of their document held back for an upload.
BARRIER_TYPES = frozenset({"document.dispatch", "document.archive"})


# ------------------------------------------------------------------------------- plain data
@dataclass(frozen=True)
class TransferProgress:
    direction: str  # up | down
    sha256: str
    name: str
    done: int
    total: int


@dataclass(frozen=True)
class SyncStatus:
    """Everything the sync indicator shows; plain values only."""

    configured: bool
    logged_in: bool
    online: bool
    running: bool
    ops_waiting: int
    bytes_waiting: int
    conflicts: int
    current: TransferProgress | None
    last_success: dt.datetime | None
    last_error: str


@dataclass(frozen=True)
class SyncStatusChanged:
    """Published on ``ctx.events`` whenever the status changes (the Qt bridge re-emits it)."""

    status: SyncStatus


@dataclass
class SyncReport:
    """What one cycle did."""

    pushed: int = 0
    conflicts: int = 0
    deferred: int = 0
    pulled: int = 0
    uploaded_files: int = 0
    downloaded_files: int = 0
    blocks_leased: int = 0
    documents: set = field(default_factory=set)


@dataclass(frozen=True)
class WaitingItem:
    """One operation waiting for the server, for the sync details view."""

    op_id: str
    document_id: str | None
    subject: str
    op_type: str
    state: str  # pending | failed | rejected | conflict
    attempts: int
    last_error: str
    created_at: dt.datetime


@dataclass(frozen=True)
class ConflictInfo:
    """One conflict for the Conflicts queue: both versions, side by side."""

    id: str
    document_id: str
    kind: str  # field | registration | route | rejected
    op_type: str
    error_code: str
    message: str
    local: dict
    remote: dict
    created_at: dt.datetime
    choices: tuple[str, ...]


# --------------------------------------------------------------------------------- engine
class SyncEngine(BackgroundWorker):
    """Synchronises one profile with its circulation server.

    Args:
        ctx: the :class:`~desktop_app.services.context.AppContext`.
        credentials: where the token lives (default: the OS keyring).
        client_factory: builds a :class:`SyncClient` (tests may route it through a link emulator).
    """

    def __init__(self, ctx, credentials: CredentialStore | None = None,  # noqa: ANN001 - AppContext
                 client_factory: Callable[..., SyncClient] | None = None):
        super().__init__(ctx.events)
        self.ctx = ctx
        self.credentials = credentials or CredentialStore()
        self._client_factory = client_factory or SyncClient
        self._lock = threading.Lock()          # one cycle at a time
        self._state_lock = threading.Lock()
        self._online = False
        self._current: TransferProgress | None = None
        self._last_error = self._get_state("last_error") or ""
        self._last_publish = 0.0

    # ------------------------------------------------------------------ settings
    @property
    def server_url(self) -> str:
        return (self.ctx.settings.get("server_url") or "").rstrip("/")

    @property
    def workstation_id(self) -> str:
        return self.ctx.settings.get("server_workstation_id") or ""

    def configure(self, server_url: str, workstation_id: str, *, ca_bundle: str = "", pinned_sha256: str = "") -> None:
        """Save the server address, this desk's workstation id and the TLS settings (no secrets)."""
        SyncClient(server_url, workstation_id, ca_bundle=ca_bundle or None, pinned_sha256=pinned_sha256 or None).close()
        s = self.ctx.settings
        s.set("server_url", server_url.strip().rstrip("/"))
        s.set("server_workstation_id", workstation_id.strip())
        s.set("server_ca_bundle", ca_bundle)
        s.set("server_cert_sha256", pinned_sha256)

    def _make_client(self, token: str | None = None) -> SyncClient:
        if not self.server_url or not self.workstation_id:
            raise SyncError(translate("Sync", "No server is configured for this workstation."))
        client = self._client_factory(self.server_url, self.workstation_id, token=token,
                                      ca_bundle=self.ctx.settings.get("server_ca_bundle") or None,
                                      pinned_sha256=self.ctx.settings.get("server_cert_sha256") or None,
                                      chunk_size=UPLOAD_CHUNK)
        client.on_answer = lambda: self._set_online(True)  # online once the server answers, not before
        return client

    def _workers(self, n: int) -> list[SyncClient]:
        """Transfer clients kept for the whole cycle: their connections (and TLS sessions) are
        reused from file to file instead of paying two round trips per file on a slow link."""
        pool = self.__dict__.setdefault("_pool", [])
        while len(pool) < n:
            pool.append(self._make_client(self._token()))
        return pool[:n]

    def _close_workers(self) -> None:
        for c in self.__dict__.pop("_pool", []):
            c.close()

    def _token(self) -> str:
        token = self.credentials.get_token(self.server_url, self.workstation_id)
        if not token:
            raise AuthError(translate("Sync", "Not logged in to the server: log in to synchronise."), code="unauthenticated")
        return token

    # -------------------------------------------------------------------- login
    def login(self, username: str, password: str) -> dict:
        """Log in; the token goes to the OS keyring, the staff list and directory are refreshed."""
        client = self._make_client()
        try:
            result = client.login(username, password)
            self.credentials.save_token(self.server_url, self.workstation_id, result.token)
            self.ctx.settings.set("server_username", username)
            self._set_online(True)
            self._refresh_directory(client, result.institution)
        finally:
            client.close()
        self._set_error("")
        return {"user": result.user, "institution": result.institution, "expires_at": result.expires_at}

    def logout(self) -> None:
        token = None
        try:
            token = self._token()
        except AuthError:
            pass
        if token:
            client = self._make_client(token)
            try:
                client.logout()
            except SyncError:
                pass  # offline: forgetting the token here is what matters
            finally:
                client.close()
        self.credentials.delete_token(self.server_url, self.workstation_id)
        self._publish_status(force=True)

    def _refresh_directory(self, client: SyncClient, institution: dict | None = None) -> None:
        users, institutions = client.users(), client.institutions()
        journals = client.journals()
        if institution is None:
            institution = client.me().get("institution") or {}
        own = institution.get("registry_code")
        self.ctx.routing.replace_directory(users, institutions, own_registry_code=own,
                                           own_name=institution.get("name"))
        user = self.ctx.settings.get("server_username")
        if user and user != self.ctx.user.username:
            try:
                self.ctx.switch_user(user)
            except Exception:  # noqa: BLE001 - the staff list may not name this login (admin tools)
                pass
        self._set_state("journals", json.dumps({j["id"]: j for j in journals}))
        with self.ctx.db.write() as s:
            for j in journals:
                applying.local_journal(s, j)

    def _journals(self) -> dict[str, dict]:
        raw = self._get_state("journals")
        return json.loads(raw) if raw else {}

    # ---------------------------------------------------------------- sync state
    def _get_state(self, key: str) -> str | None:
        with self.ctx.db.read() as s:
            row = s.get(SyncState, key)
            return row.value if row else None

    def _set_state(self, key: str, value: str | None) -> None:
        with self.ctx.db.write() as s:
            row = s.get(SyncState, key)
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(SyncState(key=key, value=value))
            else:
                row.value = value

    def _set_online(self, online: bool) -> None:
        with self._state_lock:
            changed = self._online != online
            self._online = online
        if changed:
            self._publish_status(force=True)

    def _set_error(self, text: str) -> None:
        self._last_error = text
        self._set_state("last_error", text)
        self._publish_status(force=True)

    # -------------------------------------------------------------------- status
    def status(self) -> SyncStatus:
        with self.ctx.db.read() as s:
            ops = s.execute(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")).scalar_one()
            conflicts = s.execute(select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))).scalar_one()
            up = self._bytes_to_upload(s)
            down = s.execute(select(func.coalesce(func.sum(SyncTransfer.size - SyncTransfer.done_bytes), 0)).where(
                SyncTransfer.direction == "down", SyncTransfer.state == "pending")).scalar_one()
            last_row = s.get(SyncState, "last_success")
            last = last_row.value if last_row is not None else ""
        logged_in = False
        if self.server_url and self.workstation_id:
            try:
                logged_in = bool(self.credentials.get_token(self.server_url, self.workstation_id))
            except DocflowError:
                logged_in = False
        return SyncStatus(
            configured=bool(self.server_url and self.workstation_id), logged_in=logged_in, online=self._online,
            running=self._lock.locked(), ops_waiting=ops, bytes_waiting=int(up + down), conflicts=conflicts,
            current=self._current,
            last_success=dt.datetime.fromisoformat(last) if last else None,
            last_error=self._last_error)

    def _bytes_to_upload(self, s) -> int:  # noqa: ANN001
        hashes: set[str] = set()
        for blobs in s.execute(select(OutboxOp.blob_hashes).where(OutboxOp.state == "pending")).scalars():
            hashes.update(blobs or [])
        if not hashes:
            return 0
        done = dict(s.execute(select(SyncTransfer.sha256, SyncTransfer.done_bytes).where(
            SyncTransfer.direction == "up", SyncTransfer.sha256.in_(hashes))).all())
        sizes = dict(s.execute(select(FileVersion.sha256, FileVersion.size).where(FileVersion.sha256.in_(hashes))).all())
        return sum(max(0, sizes.get(h, 0) - done.get(h, 0)) for h in hashes)

    def _publish_status(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_publish < 0.25:
            return
        self._last_publish = now
        try:
            self.ctx.events.publish(SyncStatusChanged(self.status()))
        except Exception:  # noqa: BLE001 - a listener's failure must not stop the sync
            log.exception("sync status listener failed")

    def _progress(self, direction: str, sha: str, name: str, done: int, total: int) -> None:
        self._current = TransferProgress(direction, sha, name, done, total)
        self._publish_status()

    # --------------------------------------------------------------------- cycle
    def sync_now(self) -> SyncReport:
        """Run one full cycle now (blocking). Raises SyncError subclasses on failure."""
        with self._lock:
            report = SyncReport()
            try:
                token = self._token()
                client = self._make_client(token)
                try:
                    if not self._journals():
                        self._refresh_directory(client)
                    report.blocks_leased = self._lease_blocks(client)
                    self._push(client, report)
                    self._pull(client, report)
                    self._download(report)
                    self._lease_blocks(client)
                finally:
                    client.close()
                    self._close_workers()
            except TransientError as exc:
                self._set_online(False)
                self._set_error(str(exc))
                raise
            except AuthError as exc:
                if exc.status == 401:
                    # The server no longer takes this token: forget it (a person logs in again).
                    self.credentials.delete_token(self.server_url, self.workstation_id)
                self._set_error(str(exc))
                raise
            except SyncError as exc:
                self._set_error(str(exc))
                raise
            finally:
                self._current = None
            self._set_state("last_success", utcnow().isoformat())
            self._set_error("")
        if report.documents:
            self.ctx.events.publish(Change(frozenset(report.documents), frozenset({"document", "sync"}), self))
        return report

    # ------------------------------------------------------------ number blocks
    def _lease_blocks(self, client: SyncClient) -> int:
        leased = 0
        year = dt.date.today().year
        for server_journal in self._journals().values():
            with self.ctx.db.read() as s:
                journal = s.execute(select(Journal).where(Journal.code == server_journal["code"])).scalar_one_or_none()
                if journal is None or journal.authority != "server":
                    continue
                left = registry.remaining(s, journal, year)
            if left >= BLOCK_LOW_WATER:
                continue
            key = f"lease:{server_journal['id']}"
            request_id = self._get_state(key)
            if not request_id:
                request_id = str(uuid.uuid4())
                self._set_state(key, request_id)  # before asking: a repeat gets the same block
            try:
                block = client.lease_block(server_journal["id"], BLOCK_SIZE, request_id)
            except RequestRefused as exc:
                if exc.status == 403:
                    return leased  # this user may not lease numbers (not an office role)
                raise
            with self.ctx.db.write() as s:
                journal = s.execute(select(Journal).where(Journal.code == server_journal["code"])).scalar_one()
                known = s.execute(select(NumberBlock.id).where(NumberBlock.server_block_id == block["block_id"])).scalar()
                if known is None:
                    registry.add_block(s, journal, year, block["start"], block["end"], block["block_id"])
                    audit.append(s, self._actor(), "numbers.leased", None, journal=journal.code, start=block["start"],
                                 end=block["end"], block=block["block_id"])
                row = s.get(SyncState, key)
                if row is not None:
                    s.delete(row)
            leased += 1
        return leased

    def _actor(self) -> str:
        return f"sync:{self.ctx.settings.get('server_username') or self.ctx.user.username}"

    # ---------------------------------------------------------------------- push
    def _lookup(self) -> Lookup:
        journals = {j["code"]: j["id"] for j in self._journals().values()}

        def block_for(code: str, seq: Any) -> str | None:
            if not isinstance(seq, int):
                return None
            with self.ctx.db.read() as s:
                return s.execute(select(NumberBlock.server_block_id).join(Journal, Journal.id == NumberBlock.journal_id).where(
                    Journal.code == code, NumberBlock.start <= seq, NumberBlock.end >= seq,
                    NumberBlock.server_block_id.is_not(None))).scalar()

        return Lookup(journals, block_for)

    def _pending(self) -> list[OutboxOp]:
        with self.ctx.db.read() as s:
            blocked = set(s.execute(select(Document.id).where(Document.has_conflict.is_(True))).scalars())
            ops = list(s.execute(select(OutboxOp).where(OutboxOp.state == "pending").order_by(OutboxOp.seq)).scalars())
            versions = dict(s.execute(select(Document.id, Document.version).where(
                Document.id.in_({o.document_id for o in ops if o.document_id}))).all())
            for o in ops:
                s.expunge(o)
        self._versions = versions
        return [o for o in ops if o.document_id not in blocked]

    def _uploaded(self, hashes: set[str]) -> set[str]:
        if not hashes:
            return set()
        with self.ctx.db.read() as s:
            return set(s.execute(select(SyncTransfer.sha256).where(
                SyncTransfer.direction == "up", SyncTransfer.state == "done", SyncTransfer.sha256.in_(hashes))).scalars())

    def _push(self, client: SyncClient, report: SyncReport) -> None:
        """Metadata first; then files (small before large, one stream, no pause between files),
        pushing each file's operations as soon as its upload completes."""
        lookup = self._lookup()
        stalled = 0
        while True:
            progressed, missing = self._push_round(client, lookup, report)
            if missing:
                progressed |= self._upload_all(missing, report, lambda: self._push_round(client, lookup, report),
                                               control=client)
            if not self._pending():
                return
            if not progressed:
                stalled += 1
                if stalled >= 2:
                    return  # everything left is deferred by the server; try next cycle
            else:
                stalled = 0

    def _push_round(self, client: SyncClient, lookup: Lookup, report: SyncReport) -> tuple[bool, list[str]]:
        """Push every op that is ready now; return (anything decided, files still missing)."""
        ops = self._pending()
        if not ops:
            return False, []
        needed = {h for o in ops for h in (o.blob_hashes or [])}
        have = self._uploaded(needed)
        batch, local_only, waiting_files = self._build_batch(ops, have, lookup)
        if local_only:
            self._mark_local_only(local_only)
        progressed = bool(local_only)
        for i in range(0, len(batch), LIMITS.max_ops_per_batch):
            progressed |= self._push_part(client, batch[i:i + LIMITS.max_ops_per_batch], report)
        return progressed, sorted((needed - have) & waiting_files)

    def _build_batch(self, ops: list[OutboxOp], have: set[str], lookup: Lookup):
        """Ready protocol ops (metadata first), local-only ops, and the files that block the rest."""
        batch: list[tuple[OutboxOp, dict]] = []
        local_only: list[tuple[OutboxOp, str]] = []
        waiting_files: set[str] = set()
        next_version: dict[str, int] = {}
        stopped: set[str] = set()
        postponed: set[str] = set()
        for o in ops:
            doc = o.document_id or ""
            if doc in stopped:
                continue
            tr = translate_op(o.id, doc, o.op_type, o.payload, list(o.blob_hashes or []), o.created_at, lookup)
            if tr.op is None:
                local_only.append((o, tr.reason))
                continue
            missing = [h for h in tr.op["blobs"] if h not in have]
            if missing:
                waiting_files.update(missing)
                if tr.commutative:
                    postponed.add(doc)
                    continue  # sent after its file, with base_version null: it commutes
                stopped.add(doc)  # keep the document's order
                continue
            if doc in postponed and tr.op["type"] in BARRIER_TYPES:
                stopped.add(doc)  # a dispatch carries the files attached before it: wait for them
                continue
            if tr.op["type"] == "document.create":
                tr.op["base_version"] = 0
                next_version[doc] = 1
            elif tr.commutative:
                tr.op["base_version"] = None  # applies on any version, and moves it on by one
                next_version[doc] = next_version.get(doc, self._versions.get(doc, 0)) + 1
            else:
                base = next_version.get(doc, self._versions.get(doc, 0))
                tr.op["base_version"] = base
                next_version[doc] = base + 1
            batch.append((o, tr.op))
        return batch, local_only, waiting_files

    def _push_part(self, client: SyncClient, part: list[tuple[OutboxOp, dict]], report: SyncReport) -> bool:
        try:
            results = client.push_ops([p for _, p in part])
        except RequestRefused as exc:
            if exc.status not in (413, 422) and exc.code != "invalid_payload":
                raise
            if len(part) == 1:
                # This op can never be sent as it is: keep it, marked failed, with the reason in words.
                self._mark_local_only([(part[0][0], str(exc))], state="failed")
                report.conflicts += 1
                return True
            # One bad op must not block the others: find it by sending them one by one.
            return any([self._push_part(client, [item], report) for item in part])
        return self._record_results(client, part, results, report)

    def _mark_local_only(self, items: list[tuple[OutboxOp, str]], state: str = "local") -> None:
        with self.ctx.db.write() as s:
            for o, reason in items:
                row = s.get(OutboxOp, o.seq)
                if row is not None and row.state == "pending":
                    row.state, row.last_error = state, reason[:1000]

    def _record_results(self, client: SyncClient, part: list[tuple[OutboxOp, dict]], results: list[dict],
                        report: SyncReport) -> bool:
        """Store the server's verdicts (one transaction); conflicts get both versions kept."""
        progressed = False
        remote_now: dict[str, dict] = {}
        for (o, op), r in zip(part, results):
            if r["status"] == "rejected" and op["doc_id"] not in remote_now:
                try:
                    remote_now[op["doc_id"]] = client.document(op["doc_id"])
                except (RequestRefused, BadResponse):
                    remote_now[op["doc_id"]] = {}
        with self.ctx.db.write() as s:
            for (o, op), r in zip(part, results):
                row = s.get(OutboxOp, o.seq)
                if row is None or row.state != "pending":
                    continue
                status = r["status"]
                row.attempts += 1
                if status == "applied":
                    progressed = True
                    report.pushed += 1
                    row.state, row.result, row.last_error = "done", r.get("result") or {}, ""
                    doc = s.get(Document, op["doc_id"])
                    if doc is not None and isinstance(r.get("version"), int):
                        doc.version = max(doc.version, r["version"])
                    if op["type"] == "registration.register":
                        applying.replace_number(s, op["doc_id"], r.get("result") or {}, self._actor())
                        report.documents.add(op["doc_id"])
                elif status == "deferred":
                    report.deferred += 1
                    row.last_error = (r.get("error") or {}).get("code", "deferred")
                else:
                    progressed = True
                    report.conflicts += 1
                    err = r.get("error") or {}
                    row.state = "conflict" if status == "conflict" else "rejected"
                    row.last_error = f"{err.get('code', '')}: {str(err.get('message', ''))[:300]}"
                    remote = err.get("current") if status == "conflict" else remote_now.get(op["doc_id"], {})
                    self._open_conflict(s, row, op, status, err, remote or {})
                    report.documents.add(op["doc_id"])
        return progressed

    def _open_conflict(self, s, row: OutboxOp, op: dict, status: str, err: dict, remote: dict) -> None:  # noqa: ANN001
        doc = s.get(Document, op["doc_id"])
        local: dict[str, Any] = {"op_id": row.id, "op_type": row.op_type, "payload": row.payload}
        if doc is not None:
            local["fields"] = {"subject": doc.subject, "summary": doc.summary, "confidentiality": doc.confidentiality}
            local["status"] = doc.status
            local["version"] = doc.version
            if doc.registration is not None:
                local["registration"] = {"number": doc.registration.number, "provisional": doc.registration.provisional}
            doc.has_conflict = True
        if row.op_type == "document.update":
            kind = "field"
        elif row.op_type == "registration.register":
            kind = "registration"
        elif row.op_type.startswith("route.") or row.op_type == "resolution.create":
            kind = "route"
        else:
            kind = "operation"
        if status == "rejected" and kind in ("field", "operation"):
            kind = "rejected"
        s.add(Conflict(document_id=op["doc_id"], op_id=row.id, kind=kind,
                       local=local, remote={"state": remote, "error": {"code": err.get("code", ""),
                                                                        "message": str(err.get("message", ""))[:500]}}))
        if remote.get("id") == op["doc_id"] and isinstance(remote.get("version"), int):
            applying.remember_remote(s, remote, applied=False)
        audit.append(s, self._actor(), "sync.conflict", op["doc_id"], op_type=row.op_type, code=err.get("code", ""))

    # ------------------------------------------------------------------- uploads
    def _upload_all(self, hashes: list[str], report: SyncReport, after_each: Callable[[], Any],
                    control: SyncClient | None = None) -> bool:
        """Upload ``hashes`` smallest first on ONE stream of file bytes, with no pause between files.

        The cycle's own connection (``control``) creates the uploads ahead (tus POST, one round
        trip each, while the stream sends the earlier files) and, after each file, pushes the
        operations it unlocked (``after_each``). So the stream only waits one round trip per file
        (the PATCH's answer), and when the link drops only one connection was carrying file
        bytes: a second stream would lose the bytes it had in flight, half a TLS record and a
        reconnection at every cut (measured: ~5 KB a cut, see bench/sync_link.py --breakdown).
        """
        with self.ctx.db.read() as s:
            info = {}
            for fv in s.execute(select(FileVersion).where(FileVersion.sha256.in_(hashes))).scalars():
                info.setdefault(fv.sha256, (fv.size, fv.filename, fv.mime))
        order = sorted((h for h in hashes if h in info), key=lambda h: info[h][0])
        if not order:
            return False
        stream = self._workers(UPLOAD_STREAMS)[0]
        ready = {sha: threading.Event() for sha in order}
        finished: queue.Queue = queue.Queue()
        stop = threading.Event()

        def run() -> None:
            try:
                for sha in order:
                    ready[sha].wait()  # created ahead by the control connection (or left to us)
                    if stop.is_set():
                        return
                    try:
                        finished.put((sha, self._upload_one(stream, sha, *info[sha]), None))
                    except BaseException as exc:  # noqa: BLE001 - handed to the cycle's thread
                        finished.put((sha, False, exc))
                        return
            finally:
                finished.put(None)

        errors: list[BaseException] = []
        done_any = False

        def handle(item: tuple) -> None:
            nonlocal done_any
            _sha, ok, exc = item
            if exc is not None:
                errors.append(exc)
                stop.set()
            elif ok:
                done_any = True
                report.uploaded_files += 1
                if not errors:
                    try:
                        after_each()
                    except TransientError:
                        pass  # its ops stay pending: the next push (after the next file, or the round's) sends them

        worker = threading.Thread(target=run, name="sync-up", daemon=True)
        worker.start()
        ended = False
        try:
            for sha in order:
                if stop.is_set():
                    break
                if control is not None:
                    self._create_ahead(control, sha, *info[sha])
                ready[sha].set()
                while not ended:
                    try:
                        item = finished.get_nowait()
                    except queue.Empty:
                        break
                    if item is None:
                        ended = True
                    else:
                        handle(item)
            while not ended:
                item = finished.get()
                if item is None:
                    ended = True
                else:
                    handle(item)
        finally:
            stop.set()
            for ev in ready.values():
                ev.set()
            worker.join()
        if errors:
            raise errors[0]
        return done_any

    def _create_ahead(self, client: SyncClient, sha: str, size: int, name: str, mime: str) -> None:
        """Create the tus upload of a file before the stream reaches it (saved like any progress).
        A failure is left to the stream, which creates the upload itself when it gets there."""
        with self.ctx.db.read() as s:
            row = s.execute(select(SyncTransfer).where(SyncTransfer.direction == "up",
                                                       SyncTransfer.sha256 == sha)).scalars().first()
            if row is not None and (row.state == "done" or row.upload_url):
                return
        try:
            state = client.create_upload(sha, size, name, mime)
        except SyncError:
            return  # the stream's own creation meets the same answer and reports it as before
        with self.ctx.db.write() as s:
            row = self._transfer_row(s, sha, size, name, mime)
            if not row.upload_url and row.state != "done":
                row.upload_url, row.done_bytes, row.updated_at = state.url, state.offset, utcnow()

    def _transfer_row(self, s, sha: str, size: int, name: str, mime: str) -> SyncTransfer:  # noqa: ANN001
        row = s.execute(select(SyncTransfer).where(SyncTransfer.direction == "up", SyncTransfer.sha256 == sha)).scalars().first()
        if row is None:
            row = SyncTransfer(direction="up", sha256=sha, size=size, filename=name, mime=mime, state="pending",
                               done_bytes=0, attempts=0, last_error="", role="", updated_at=utcnow())
            s.add(row)
            s.flush()
        return row

    def _upload_one(self, client: SyncClient, sha: str, size: int, name: str, mime: str) -> bool:
        """Upload one file, resuming in place after a broken connection (a few times) rather
        than abandoning the whole cycle: the other stream goes on meanwhile."""
        fails = 0
        while True:
            try:
                return self._upload_attempt(client, sha, size, name, mime)
            except TransientError:
                fails += 1
                if fails > TRANSFER_RETRIES or self._stop.is_set():
                    raise
                time.sleep(_retry_delay(fails))

    def _upload_attempt(self, client: SyncClient, sha: str, size: int, name: str, mime: str) -> bool:
        with self.ctx.db.write() as s:
            row = self._transfer_row(s, sha, size, name, mime)
            if row.state == "done":
                return True
            url, known, resumed = row.upload_url, row.done_bytes, row.attempts > 0 or row.done_bytes > 0
            row.attempts += 1
        state = None
        if url:
            # No HEAD round trip: the first PATCH is a small probe at the offset saved here; if
            # the server holds more (bytes of a cut chunk), its 409 names the offset to go on from.
            state = UploadState(url, known, size)
        if state is None:
            state = client.create_upload(sha, size, name, mime)
            with self.ctx.db.write() as s:
                row = self._transfer_row(s, sha, size, name, mime)
                row.upload_url, row.done_bytes, row.updated_at = state.url, state.offset, utcnow()

        def progress(done: int, total: int) -> None:
            with self.ctx.db.write() as s:
                r = self._transfer_row(s, sha, size, name, mime)
                r.done_bytes, r.updated_at = done, utcnow()
            self._progress("up", sha, name, done, total)

        if state.offset < size:
            self._progress("up", sha, name, state.offset, size)
            try:
                with open(self.ctx.blobs.path(sha), "rb") as f:
                    state = client.upload(f, state, progress=progress, resumed=resumed)
            except RequestRefused as exc:
                if exc.status not in (404, 410):
                    raise
                with self.ctx.db.write() as s:  # the server dropped the partial upload: start a new one
                    r = self._transfer_row(s, sha, size, name, mime)
                    r.upload_url, r.done_bytes = None, 0
                raise TransientError(translate("Sync", "The server forgot a partial upload; starting it again.")) from None
        with self.ctx.db.write() as s:
            row = self._transfer_row(s, sha, size, name, mime)
            row.state, row.done_bytes, row.last_error, row.updated_at = "done", size, "", utcnow()
        return True

    # ---------------------------------------------------------------------- pull
    def _pull(self, client: SyncClient, report: SyncReport, wait: int = 0) -> int:
        """Apply the feed from the saved cursor; returns the number of changes applied."""
        journals = self._journals()
        total = 0
        while True:
            cursor = int(self._get_state("cursor") or 0)
            page = client.changes(cursor, limit=200, wait=wait)
            wait = 0
            # Receipts go through the routing service (its own idempotent transaction) first.
            for ch in page.changes:
                if ch["kind"] == "receipt" and isinstance(ch.get("receipt"), dict):
                    self._apply_receipt(ch)
            if any(ch.get("document") and ch["document"].get("registration") and
                   ch["document"]["registration"].get("journal_id") not in journals for ch in page.changes):
                self._refresh_directory(client)
                journals = self._journals()
            with self.ctx.db.write() as s:
                for ch in page.changes:
                    snap = ch.get("document")
                    if ch["kind"] not in ("document", "receipt") or not snap:
                        continue
                    actor = ch.get("actor") or {}
                    who = f"server:{actor.get('username')}@{actor.get('workstation_id')}" if actor else "server"
                    applying.apply_snapshot(self.ctx, s, snap, journals, who)
                    report.documents.add(snap["id"])
                row = s.get(SyncState, "cursor")
                if row is None:
                    s.add(SyncState(key="cursor", value=str(page.next_cursor)))
                else:
                    row.value = str(page.next_cursor)
            total += len(page.changes)
            report.pulled += len(page.changes)
            if not page.has_more:
                return total

    def _apply_receipt(self, ch: dict) -> None:
        r = ch["receipt"]
        at = server_instant(r.get("at"))
        try:
            self.ctx.routing.record_receipt(str(r.get("dispatch_id", "")), str(r.get("to", "")),
                                            str(r.get("status", "")), registration_number=str(r.get("registration_number") or ""),
                                            reason=str(r.get("reason") or ""), at=at,
                                            incoming_doc_id=r.get("incoming_doc_id"), initiator=self)
        except (NotFound, InvalidInput):
            pass  # a dispatch made before this desk's profile existed; the document snapshot carries it

    # ------------------------------------------------------------------ downloads
    def _partial_dir(self) -> Path:
        return self.ctx.profile.root / "sync" / "partial"

    def _download(self, report: SyncReport) -> None:
        while True:
            with self.ctx.db.read() as s:
                rows = s.execute(select(SyncTransfer.sha256, SyncTransfer.size, SyncTransfer.filename).where(
                    SyncTransfer.direction == "down", SyncTransfer.state == "pending").order_by(SyncTransfer.size)).all()
            seen: dict[str, tuple[int, str]] = {}
            for sha, size, name in rows:
                seen.setdefault(sha, (size, name))
            if not seen:
                return
            wave = list(seen.items())[:PARALLEL_TRANSFERS]
            errors: list[BaseException] = []

            def one(job) -> bool:  # noqa: ANN001
                (sha, (size, name)), client = job
                try:
                    self._download_one(client, sha, size, name)
                    return True
                except BaseException as exc:  # noqa: BLE001
                    errors.append(exc)
                    return False

            with ThreadPoolExecutor(max_workers=len(wave), thread_name_prefix="sync-down") as pool:
                done = list(pool.map(one, zip(wave, self._workers(len(wave)))))
            report.downloaded_files += sum(done)
            if errors:
                raise errors[0]

    def _download_one(self, client: SyncClient, sha: str, size: int, name: str) -> None:
        fails = 0
        while True:
            try:
                return self._download_attempt(client, sha, size, name)
            except TransientError:
                fails += 1
                if fails > TRANSFER_RETRIES or self._stop.is_set():
                    raise
                time.sleep(_retry_delay(fails))

    def _download_attempt(self, client: SyncClient, sha: str, size: int, name: str) -> None:
        part = self._partial_dir() / f"{sha}.part"  # named by the hash (validated hex), never by the server's name
        if not self.ctx.blobs.has(sha):
            try:
                client.download(sha, part, size, progress=lambda d, t: self._progress("down", sha, name, d, t))
            except BadResponse as exc:
                with self.ctx.db.write() as s:
                    for row in s.execute(select(SyncTransfer).where(SyncTransfer.direction == "down",
                                                                    SyncTransfer.sha256 == sha)).scalars():
                        row.attempts += 1
                        row.last_error = str(exc)
                        if row.attempts >= 5:
                            row.state = "failed"
                raise
            self.ctx.blobs.put_file(part)  # durable in the blob store before the rows that name it
            part.unlink(missing_ok=True)
        with self.ctx.db.write() as s:
            docs = []
            for row in s.execute(select(SyncTransfer).where(SyncTransfer.direction == "down", SyncTransfer.sha256 == sha,
                                                            SyncTransfer.state == "pending")).scalars():
                applying.add_file_row(s, applying.MissingFile(row.document_id or "", sha, row.size, row.role,
                                                              row.filename, row.mime))
                row.state, row.done_bytes, row.updated_at = "done", row.size, utcnow()
                docs.append(row.document_id)
            for d in docs:
                doc = s.get(Document, d)
                if doc is not None:
                    applying.record_signatures(s, d, self._actor())  # the signed file a signature names is here now
                    self.ctx.documents._reindex(s, doc)

    def waiting(self, limit: int = 500) -> list[WaitingItem]:
        """What is waiting (pending ops) and what needs a person (failed), oldest first."""
        with self.ctx.db.read() as s:
            rows = s.execute(select(OutboxOp, Document.subject).outerjoin(Document, Document.id == OutboxOp.document_id)
                             .where(OutboxOp.state.in_(("pending", "failed"))).order_by(OutboxOp.seq).limit(limit)).all()
            return [WaitingItem(o.id, o.document_id, subject or "", o.op_type, o.state, o.attempts, o.last_error or "",
                                o.created_at) for o, subject in rows]

    # ----------------------------------------------------------------- conflicts
    def conflicts(self) -> list[ConflictInfo]:
        """Open conflicts, oldest first (the Conflicts queue)."""
        with self.ctx.db.read() as s:
            rows = list(s.execute(select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.created_at)).scalars())
            out = []
            for c in rows:
                err = (c.remote or {}).get("error") or {}
                if c.kind == "field":
                    choices = CONFLICT_CHOICES
                elif c.kind == "registration":
                    choices = ("theirs",)  # a document is registered once: the server's number stands
                else:
                    choices = ("theirs", "mine")  # mine = send this desk's action again on top of theirs
                out.append(ConflictInfo(c.id, c.document_id, c.kind, (c.local or {}).get("op_type", ""),
                                        err.get("code", ""), err.get("message", ""), c.local or {},
                                        (c.remote or {}).get("state") or {}, c.created_at, choices))
            return out

    def resolve_conflict(self, conflict_id: str, choice: str, merged: dict | None = None) -> None:
        """Settle a conflict: ``theirs`` takes the server's version, ``mine`` sends this desk's
        change again on top of it, ``merge`` sends ``merged`` fields. Nothing is lost: the
        losing version stays in the conflict record and the audit journal."""
        info = next((c for c in self.conflicts() if c.id == conflict_id), None)
        if info is None:
            raise NotFound(translate("Sync", "There is no open conflict {id}.").format(id=conflict_id))
        if choice not in info.choices:
            raise InvalidInput(translate("Sync", "This conflict cannot be settled with '{choice}'; choose one of: {choices}.").format(
                choice=choice, choices=", ".join(info.choices)))
        fields: dict[str, Any] = {}
        if choice == "mine" and info.kind == "field":
            fields = dict((info.local.get("payload") or {}).get("fields") or {})
        elif choice == "merge":
            allowed = ("subject", "summary", "confidentiality")
            fields = {k: v for k, v in (merged or {}).items() if k in allowed}
            if not fields:
                raise InvalidInput(translate("Sync", "A merge needs at least one of the fields: subject, summary, confidentiality."))
        with self.ctx.db.write() as s:
            c = s.get(Conflict, conflict_id)
            remote_row = s.get(SyncRemote, info.document_id)
            remote = remote_row.state if remote_row is not None and remote_row.version >= info.remote.get("version", 0) else info.remote
            doc = s.get(Document, info.document_id)
            c.resolved_at, c.resolution = utcnow(), choice
            others = s.execute(select(func.count()).select_from(Conflict).where(
                Conflict.document_id == info.document_id, Conflict.resolved_at.is_(None), Conflict.id != conflict_id)).scalar_one()
            if doc is not None and not others:
                doc.has_conflict = False
            if remote and remote.get("id") == info.document_id and doc is not None:
                # Take the server's version first; our own held-back ops stay queued behind it.
                doc.has_conflict = False
                held = list(s.execute(select(OutboxOp).where(OutboxOp.document_id == info.document_id,
                                                             OutboxOp.state == "pending")).scalars())
                lost = s.execute(select(OutboxOp.seq).where(OutboxOp.id == c.op_id)).scalar()
                if choice == "theirs" and lost is not None:
                    # What this desk did after the losing change was built on it: keep it on record only.
                    for h in [h for h in held if h.seq > lost]:
                        h.state, h.last_error = "superseded", translate("Sync", "Replaced by the server's version (conflict settled).")
                    held = [h for h in held if h.state == "pending"]
                for h in held:
                    h.state = "held"
                applying.apply_snapshot(self.ctx, s, remote, self._journals(), self._actor())
                if choice == "theirs":
                    applying.force_route(s, doc, (remote.get("route") or {}).get("steps") or [])
                for h in held:
                    h.state = "pending"
                doc.has_conflict = bool(others)
            if choice == "mine" and info.kind != "field":
                outbox.enqueue(s, info.op_type, info.document_id, dict(info.local.get("payload") or {}),
                               base_version=doc.version if doc is not None else None)
            if fields and doc is not None:
                for k, v in fields.items():
                    setattr(doc, k, v)
                doc.updated_at = utcnow()
                outbox.enqueue(s, "document.update", doc.id, {"fields": fields}, base_version=doc.version)
                self.ctx.documents._reindex(s, doc)
            audit.append(s, self.ctx.user.username, "conflict.resolved", info.document_id, conflict=conflict_id,
                         choice=choice, kind=info.kind, fields=sorted(fields))
        self.ctx.events.publish(Change(frozenset({info.document_id}), frozenset({"document", "sync"}), self))
        self._publish_status(force=True)

    # -------------------------------------------------------------------- thread
    # start() / stop() / trigger() ("Sync now") come from BackgroundWorker: the thread runs at once,
    # on trigger, on local changes, and when the link returns.
    thread_name = "docflow-sync"

    def _on_event(self, event: Any) -> None:
        if isinstance(event, Change) and event.initiator is not self and "sync" not in event.aspects:
            self._wake.set()

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                self.sync_now()
                failures = 0
                delay = None
            except TransientError:
                failures += 1
                delay = backoff_delay(failures)
            except AuthError:
                delay = 3600.0  # wait for a login (which triggers) or a person's "Sync now"
            except DocflowError:
                failures += 1
                delay = backoff_delay(failures)
            except Exception:  # noqa: BLE001 - the thread must survive a bug in one cycle
                log.exception("sync cycle failed")
                failures += 1
                delay = backoff_delay(failures)
            if self._stop.is_set():
                return
            if delay is None:
                self._idle()
            else:
                self._wake.wait(delay)
            self._wake.clear()

    def _idle(self) -> None:
        """Long-poll the feed until something arrives or a local change wakes us."""
        if self._wake.is_set():
            return
        try:
            client = self._make_client(self._token())
        except DocflowError:
            self._wake.wait(60)
            return
        try:
            with self._lock:
                report = SyncReport()
                try:
                    self._pull(client, report, wait=IDLE_WAIT)
                    self._download(report)
                finally:
                    self._close_workers()
            if report.documents:
                self.ctx.events.publish(Change(frozenset(report.documents), frozenset({"document", "sync"}), self))
        except TransientError as exc:
            self._set_online(False)
            self._set_error(str(exc))
        except DocflowError as exc:
            self._set_error(str(exc))
        finally:
            client.close()


def _retry_delay(fails: int) -> float:
    """Pause before resuming a transfer in place: none after the first break (a dropped mobile
    connection is simply reconnected; waiting would idle the link), then 0.25 s, 0.5 s, ... (≤ 4 s)."""
    if fails <= 1:
        return 0.0
    return min(4.0, 0.25 * 2 ** (fails - 1)) * random.uniform(0.5, 1.0)


def backoff_delay(failures: int, base: float = BACKOFF_BASE, cap: float = BACKOFF_MAX) -> float:
    """Exponential backoff with jitter: uniform in [½·d, d] where d = min(cap, base·2^(n-1))."""
    d = min(cap, base * (2 ** max(0, failures - 1)))
    return random.uniform(d / 2, d)
