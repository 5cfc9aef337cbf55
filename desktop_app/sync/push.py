"""Push: the outbox goes up, metadata first, in batches; the server's verdicts come back.

:func:`plan_batch` is the pure heart of it: given the pending ops (outbox order), the server
version each document is at here, the files already uploaded and what the server calls its
journals and blocks, it decides which ops go now and with which ``base_version``:

* a document's ops keep their outbox order; ``base_version`` is the version this desk last
  integrated plus its own earlier ops in the same batch (``document.create`` is always 0);
* an op whose file is not uploaded yet waits: a commutative one (``file.attach``,
  ``signature.add``...) is sent after its file with ``base_version: null`` while the document's
  later ops go on; any other op stops its document for this round;
* a file op never overtakes an earlier file op of its document held back for an upload (files land
  in any order on two streams; a ``signature.upgrade`` needs its ``signature.add`` first);
* a ``document.dispatch`` / ``document.archive`` / ``route.step_act`` never overtakes a file op of
  its document held back for an upload (a dispatch carries the files attached before it; a step's
  action hands the document on as it stands, its signature included);
* an op with no protocol form (a local status) is marked ``local``.

:class:`Pusher` runs rounds of that against the server, interleaved with the uploads
(:mod:`desktop_app.sync.transfers`; the files go while the metadata push is on its way). A batch
is saved as sent (``store.PUSH_IN_FLIGHT``) before it goes: one whose answer never came (a cut,
a 5xx, a crash) goes again exactly as it was before anything else, because the server knows an
op by its id and the same id with another ``base_version`` is ``idempotency_key_reused`` -- a
file that landed meanwhile would otherwise put its op ahead of the document's next ones and move
their base versions. It stores each verdict: ``applied`` (done; a registration's
final number replaces the local one), ``deferred`` (stays pending), ``conflict`` / ``rejected``
(a :mod:`~desktop_app.sync.conflicts` record with both versions).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop_app.db.models import Document, Journal, NumberBlock, OutboxOp, SyncTransfer
from desktop_app.errors import BadResponse, RequestRefused
from desktop_app.services.types import SyncReport, SyncState
from desktop_app.sync import apply as applying
from desktop_app.sync import conflicts, store
from desktop_app.sync.client import SyncClient, Via
from desktop_app.sync.mapping import Lookup, translate_op
from docflow_protocol import LIMITS, ErrorCode, OpStatus, OpType

if TYPE_CHECKING:
    from desktop_app.sync.pull import FeedAhead

log = logging.getLogger(__name__)

#: Ops that must not overtake file ops of their document held back for an upload: a dispatch carries
#: the files attached before it, and a step's action hands the document on as it stands (a head's
#: approval must not reach the next stage before the signature it follows).
BARRIER_TYPES = frozenset({OpType.DOCUMENT_DISPATCH.value, OpType.DOCUMENT_ARCHIVE.value, OpType.ROUTE_STEP_ACT.value})


@dataclass(frozen=True)
class PendingOp:
    """A pending outbox row, as plain values (the planner never touches the database)."""

    seq: int
    id: str
    document_id: str | None
    op_type: str
    payload: dict
    blob_hashes: tuple[str, ...]
    created_at: Any

    @classmethod
    def of(cls, row: OutboxOp) -> "PendingOp":
        return cls(row.seq, row.id, row.document_id, row.op_type, dict(row.payload or {}),
                   tuple(row.blob_hashes or ()), row.created_at)


@dataclass
class Plan:
    """What one round sends: protocol ops with their base versions, ops that stay local (with the
    reason), and the files whose upload holds ops back."""

    batch: list[tuple[PendingOp, dict]] = field(default_factory=list)
    local_only: list[tuple[PendingOp, str]] = field(default_factory=list)
    waiting_files: set[str] = field(default_factory=set)


def plan_batch(ops: Sequence[PendingOp], versions: Mapping[str, int], uploaded: set[str], lookup: Lookup) -> Plan:
    """Decide what goes to the server now (see the module's docstring). Pure."""
    plan = Plan()
    next_version: dict[str, int] = {}
    stopped: set[str] = set()
    postponed: set[str] = set()
    for o in ops:
        doc = o.document_id or ""
        if doc in stopped:
            continue
        tr = translate_op(o.id, doc, o.op_type, o.payload, list(o.blob_hashes), o.created_at, lookup)
        if tr.op is None:
            plan.local_only.append((o, tr.reason))
            continue
        missing = [h for h in tr.op["blobs"] if h not in uploaded]
        if missing or (doc in postponed and tr.op["blobs"]):
            # a file op never overtakes an earlier one of its document held back: files finish in any
            # order on two streams, and a signature.upgrade must not reach the server before its signature.add
            plan.waiting_files.update(missing)
            if tr.commutative:
                postponed.add(doc)
                continue  # sent after its file, with base_version null: it commutes
            stopped.add(doc)  # keep the document's order
            continue
        if doc in postponed and tr.op["type"] in BARRIER_TYPES:
            stopped.add(doc)  # a dispatch carries the files attached before it: wait for them
            continue
        if tr.op["type"] == OpType.DOCUMENT_CREATE.value:
            tr.op["base_version"] = 0
            next_version[doc] = 1
        elif tr.commutative:
            tr.op["base_version"] = None  # applies on any version, and moves it on by one
            next_version[doc] = next_version.get(doc, versions.get(doc, 0)) + 1
        else:
            base = next_version.get(doc, versions.get(doc, 0))
            tr.op["base_version"] = base
            next_version[doc] = base + 1
        plan.batch.append((o, tr.op))
    return plan


class Pusher:
    """Pushes one profile's outbox through a :class:`SyncClient`.

    Args:
        connection: the :class:`~desktop_app.sync.connection.Connection` (context, journals, actor).
        uploader: the :class:`~desktop_app.sync.transfers.Uploader` files go up with.
    """

    def __init__(self, connection, uploader, board=None):  # noqa: ANN001 - Connection, Uploader, StatusBoard
        self.connection = connection
        self.ctx = connection.ctx
        self.uploader = uploader
        self.board = board  # told "sending N of M" as the server answers
        self._sent = self._to_send = 0

    # ------------------------------------------------------------------- reads
    def pending(self) -> tuple[list[PendingOp], dict[str, int]]:
        """The pending ops of documents without an open conflict (outbox order) that are the work of
        the account logged in (or of nobody in particular), and the server version each of their
        documents is at here."""
        me = self.connection.account_id()
        with self.ctx.db.read() as s:
            blocked = set(s.execute(select(Document.id).where(Document.has_conflict.is_(True))).scalars())
            rows = list(s.execute(select(OutboxOp).where(OutboxOp.state == OutboxOp.PENDING).order_by(OutboxOp.seq)).scalars())
            ops = []
            for o in rows:
                if o.document_id in blocked:
                    continue
                if o.author_id and o.author_id != me:
                    # Another person's work (a shared desk): it leaves only under their own login, never
                    # under this one's token; the document's later changes wait behind it (its order).
                    blocked.add(o.document_id)
                    continue
                ops.append(PendingOp.of(o))
            versions = dict(s.execute(select(Document.id, Document.version).where(
                Document.id.in_({o.document_id for o in rows if o.document_id}))).all())
        return ops, versions

    def lookup(self) -> Lookup:
        """What translating ops needs to know about the server (its journal ids, leased blocks)."""
        journals = {j["code"]: j["id"] for j in self.connection.journals().values()}
        db = self.ctx.db

        def block_for(code: str, seq: Any, year: Any) -> str | None:
            if not isinstance(seq, int) or not isinstance(year, int):
                return None
            with db.read() as s:  # blocks belong to one year: the same seq of another year is another block's
                return s.execute(select(NumberBlock.server_block_id).join(Journal, Journal.id == NumberBlock.journal_id).where(
                    Journal.code == code, NumberBlock.year == year, NumberBlock.start <= seq, NumberBlock.end >= seq,
                    NumberBlock.server_block_id.is_not(None))).scalar()

        return Lookup(journals, block_for)

    def _uploaded(self, hashes: set[str]) -> set[str]:
        if not hashes:
            return set()
        with self.ctx.db.read() as s:
            return set(s.execute(select(SyncTransfer.sha256).where(
                SyncTransfer.direction == SyncTransfer.UP, SyncTransfer.state == SyncTransfer.DONE,
                SyncTransfer.sha256.in_(hashes))).scalars())

    def files_waiting(self) -> int:
        """How many files named by pending ops have not gone up yet (the cycle will upload them)."""
        needed = {h for o in self.pending()[0] for h in o.blob_hashes}
        return len(needed - self._uploaded(needed))

    # -------------------------------------------------------------------- push
    def push(self, client: SyncClient, report: SyncReport, last: Callable[[Callable[..., Any]], Any] | None = None,
             feed: FeedAhead | None = None) -> None:
        """Metadata first; then files (small before large, one pipelined connection), pushing each
        file's operations as soon as its upload completes. When files are waiting, the metadata
        and those operations go on the files' connection, ahead of the next file's request: the
        first file's bytes follow the metadata without waiting for its answer (the server stores
        a file whatever its document: nothing waits on that order), and no op push needs a
        connection of its own. ``last(submit)``: requests of the cycle's end that go on the files'
        connection behind the last file's ops (see :meth:`Uploader.upload_all`). ``feed``: when no
        file goes, the push on the cycle's own connection asks the feed page back with its answer
        (docs/protocol.md §5), and ``feed`` holds it for the cycle's pull: no request of its own."""
        lookup = self.lookup()
        self._sent, self._to_send = 0, len(self.pending()[0])
        self._progress()
        stalled = 0
        while True:
            missing = self._round(client, lookup, report, plan_only=True)[1]
            if missing:
                progressed = self.uploader.upload_all(
                    missing, report, lambda via, landing=frozenset(): self._round(client, lookup, report, via, landing=landing)[0],
                    last)
            else:
                progressed = self._round(client, lookup, report, feed=feed)[0]
            if not self.pending()[0]:
                return
            if not progressed:
                stalled += 1
                if stalled >= 2:
                    return  # everything left is deferred by the server; try next cycle
            else:
                stalled = 0

    def _round(self, client: SyncClient, lookup: Lookup, report: SyncReport, via: Via | None = None,
               plan_only: bool = False, landing: frozenset[str] = frozenset(),
               feed: FeedAhead | None = None) -> tuple[bool, list[str]]:
        """Push every op that is ready now (``via``: on the transfer pipe); return (anything
        decided, files still missing). ``plan_only``: decide nothing, send nothing (the files).
        ``landing``: files whose last bytes are on their way on ``via``'s connection, ahead of
        this push: their ops go as if they were up. ``feed``: each push asks the feed page back
        (the last one's is kept)."""
        ops, versions = self.pending()
        if not ops:
            return False, []
        again = [] if plan_only else self._in_flight(ops)
        if again:  # the batch whose answer never came, as it was sent, before anything else
            progressed = self._send(client, again + self._riding(again, ops, versions, lookup, landing), report, via, feed)
            ops, versions = self.pending()
            if not ops:
                return progressed, []
        needed = {h for o in ops for h in o.blob_hashes}
        have = self._uploaded(needed) | (landing & needed)
        plan = plan_batch(ops, versions, have, lookup)
        missing = sorted((needed - have) & plan.waiting_files)
        if plan_only:
            return False, missing
        if plan.local_only:
            self._mark(plan.local_only)
        progressed = bool(plan.local_only)
        step = LIMITS.max_ops_per_batch
        for i in range(0, len(plan.batch), step):
            progressed |= self._send(client, plan.batch[i:i + step], report, via, feed)
        return progressed, missing

    def _riding(self, again: list[tuple[PendingOp, dict]], ops: list[PendingOp], versions: dict[str, int],
                lookup: Lookup, landing: frozenset[str]) -> list[tuple[PendingOp, dict]]:
        """The ops ready now of the documents the batch sent ``again`` does not name: they go in its
        request, behind it (each op is idempotent by its id: the batch's own go as they were sent).
        Sent apart, they waited for its answer -- on the pipe, behind the file body it follows: a
        round trip at the end of a rural upload whose push a cut had lost (~1 s)."""
        held = {o.document_id for o, _ in again}
        sent = {o.id for o, _ in again}
        others = [o for o in ops if o.id not in sent and o.document_id not in held]
        needed = {h for o in others for h in o.blob_hashes}
        ride = plan_batch(others, versions, self._uploaded(needed) | (landing & needed), lookup).batch
        return ride if len(again) + len(ride) <= LIMITS.max_ops_per_batch else []

    def _in_flight(self, ops: list[PendingOp]) -> list[tuple[PendingOp, dict]]:
        """The ops of the batch sent last without a recorded answer that are still pending, as sent."""
        raw = store.get(self.ctx.db, store.PUSH_IN_FLIGHT)
        if not raw:
            return []
        by_id = {o.id: o for o in ops}
        sent = json.loads(raw)
        if any(op.get("op_id") not in by_id for op in sent):
            # Applied or not, its answer will not be recorded now: the feed must bring its echo.
            log.info("ops sent without an answer are not pending any more; the feed's own echo is asked again")
            store.put(self.ctx.db, store.OWN_ECHO, None)
        return [(by_id[op["op_id"]], op) for op in sent if op.get("op_id") in by_id]

    def _send(self, client: SyncClient, part: list[tuple[PendingOp, dict]], report: SyncReport,
              via: Via | None = None, feed: FeedAhead | None = None) -> bool:
        store.put(self.ctx.db, store.PUSH_IN_FLIGHT, json.dumps([p for _, p in part]))  # before any byte goes
        asks = feed.push_asks() if feed is not None else None
        try:
            results, page = client.push_ops_feed([p for _, p in part], via, asks)
        except RequestRefused as exc:
            store.put(self.ctx.db, store.PUSH_IN_FLIGHT, None)  # refused whole: none of it was applied
            if exc.status not in (413, 422) and exc.code != ErrorCode.INVALID_PAYLOAD.value:
                raise
            if len(part) == 1:
                # This op can never be sent as it is: keep it, marked failed, with the reason in words.
                self._mark([(part[0][0], str(exc))], state=OutboxOp.FAILED)
                report.conflicts += 1
                return True
            # One bad op must not block the others: find it by sending them one by one.
            return any([self._send(client, [item], report, via, feed) for item in part])
        decided, lost = self._record(client, part, results, report)
        if feed is not None:  # a page whose own-echo window counts an answer not recorded here is not taken
            feed.carried(asks[0], None if lost else page)
        self._sent += len(part)
        self._progress()
        return decided

    def _progress(self) -> None:
        if self.board is not None and self._to_send:
            self.board.set_state(SyncState.SENDING)
            self.board.sending(min(self._sent, self._to_send), self._to_send)

    def _mark(self, items: list[tuple[PendingOp, str]], state: str = OutboxOp.LOCAL) -> None:
        with self.ctx.db.write() as s:
            for o, reason in items:
                row = s.get(OutboxOp, o.seq)
                if row is not None and row.state == OutboxOp.PENDING:
                    row.state, row.last_error = state, reason[:1000]

    def _record(self, client: SyncClient, part: list[tuple[PendingOp, dict]], results: list[dict],
                report: SyncReport) -> tuple[bool, bool]:
        """Store the server's verdicts (one transaction); conflicts get both versions kept. Returns
        (anything decided, an applied op's answer was not recorded: this desk no longer held it)."""
        progressed = False
        remote_now: dict[str, dict] = {}
        for (_o, op), r in zip(part, results):
            if r["status"] == OpStatus.REJECTED.value and op["doc_id"] not in remote_now:
                try:
                    remote_now[op["doc_id"]] = client.document(op["doc_id"])
                except (RequestRefused, BadResponse):
                    remote_now[op["doc_id"]] = {}
        actor = self.connection.actor()
        own: list[int] = []  # feed numbers of the changes whose answers this transaction records
        lost = None  # the last one it does not record
        with self.ctx.db.write() as s:
            store.put_in(s, store.PUSH_IN_FLIGHT, None)  # answered: with the verdicts, in one transaction
            for (o, op), r in zip(part, results):
                row = s.get(OutboxOp, o.seq)
                seq = r.get("seq") if r["status"] == OpStatus.APPLIED.value and isinstance(r.get("seq"), int) else None
                if row is None or row.state != OutboxOp.PENDING:
                    if seq is not None and (row is None or row.state != OutboxOp.DONE):
                        lost = seq  # applied, but this desk keeps no answer of it
                    continue
                status = r["status"]
                row.attempts += 1
                if status == OpStatus.APPLIED.value:
                    if seq is not None:
                        own.append(seq)
                    progressed = True
                    report.pushed += 1
                    row.state, row.result, row.last_error = OutboxOp.DONE, r.get("result") or {}, ""
                    doc = s.get(Document, op["doc_id"])
                    if doc is not None and isinstance(r.get("version"), int):
                        doc.version = max(doc.version, r["version"])
                    if op["type"] == OpType.REGISTRATION_REGISTER.value:
                        applying.replace_number(s, op["doc_id"], r.get("result") or {}, actor)
                        report.documents.add(op["doc_id"])
                elif status == OpStatus.DEFERRED.value:
                    report.deferred += 1
                    row.last_error = (r.get("error") or {}).get("code", OpStatus.DEFERRED.value)
                else:
                    progressed = True
                    report.conflicts += 1
                    err = r.get("error") or {}
                    row.state = OutboxOp.CONFLICT if status == OpStatus.CONFLICT.value else OutboxOp.REJECTED
                    row.last_error = f"{err.get('code', '')}: {str(err.get('message', ''))[:300]}"
                    remote = err.get("current") if status == OpStatus.CONFLICT.value else remote_now.get(op["doc_id"], {})
                    conflicts.open_conflict(s, row, op["doc_id"], status, err, remote or {}, actor)
                    report.documents.add(op["doc_id"])
            store.widen_own_echo_in(s, own, lost)
        return progressed, lost is not None
