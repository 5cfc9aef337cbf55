"""The file plan with the server (docs/protocol.md §8.1), before the ops are pushed (a registration
names its case, which the server must know): cases changed here go up (``PUT``, with the version last
seen), then every case of the institution comes down -- unless the plan is unchanged since the last
cycle (the server's ETag; a 304 costs a few hundred bytes). When no case changed here, nothing has to
reach the server before the ops: the plan is asked after them (:class:`PlanAhead`: on the transfer
pipe with the feed's first page when files went up), before the feed is applied.

A case closed here goes up only once the registrations that name it have gone (the server refuses to
file to a closed case, ``case_closed``): a year closed offline after letters were filed to it is sent
after the push that carries them (the engine calls :func:`sync_file_plan` again then); a case made and
closed here before it was ever sent goes up open first, so those registrations find it.

What comes down (or goes up) is published as a :class:`~desktop_app.events.Change` of the file plan
(``FILE_PLAN`` and ``SYNC``: the engine does not take it for a local change), so open views follow it.

A case changed meanwhile on another desk (409 ``version_conflict``) takes the server's version; the
change made here is kept in the audit journal (``fileplan.conflict``) for a person to redo.

Disposal acts travel as ops of their documents (``disposal.propose`` / ``disposal.decide``, sent by the
push like every op); :func:`apply_disposal` brings a document's act from the server's snapshot into
the local act (made on first sight), so the head on another desk sees it and decides it.
"""
from __future__ import annotations

import logging

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from desktop_app import audit
from desktop_app.db.models import DisposalAct, Document, FileCase, OutboxOp, User, utcnow
from desktop_app.errors import RequestRefused, TransientError
from desktop_app.events import FILE_PLAN, SYNC, Change
from desktop_app.sync.client import SyncClient
from docflow_protocol import CASE_ID, DisposalState, ErrorCode, OpType, is_uuid, parse_instant

log = logging.getLogger(__name__)


def changed_here(ctx) -> bool:  # noqa: ANN001 - AppContext
    """True when cases changed here wait to go up (then the file plan is synced before the ops)."""
    with ctx.db.read() as s:
        return s.execute(select(FileCase.id).where(FileCase.dirty.is_(True)).limit(1)).scalar() is not None


class PlanAhead:
    """The file plan asked on the transfer pipe at the cycle's end, with the feed's first page
    (``pull.FeedAhead``), when no case changed here has to go up before the ops: the start of the
    cycle does not wait a round trip for it, and the end does not open the cycle's own connection
    again for it. :func:`sync_file_plan` takes its answer (``ahead``), or asks itself if the pipe lost it."""

    def __init__(self, connection, client: SyncClient):  # noqa: ANN001 - Connection
        self.connection, self.client = connection, client
        self._asked: tuple[str | None, Any] | None = None

    def ask(self, submit: Callable[..., Any]) -> None:
        etag = _seen_etag(self.connection, sent=0)
        self._asked = etag, submit(*self.client.file_plan_request(etag))

    @property
    def pending(self) -> bool:
        """The plan is still to be asked: it was not, or the pipe lost it (a cut)."""
        return self._asked is None or self._asked[1].error is not None

    def answer(self) -> tuple[list[dict] | None, str | None] | None:
        """(cases or None, ETag) as ``SyncClient.file_plan_since`` gives them, or None when not asked or lost."""
        if self._asked is None:
            return None
        etag, call = self._asked
        self._asked = None
        try:
            return self.client.file_plan_since(etag, answer=call.result())
        except TransientError as exc:
            log.info("the file plan asked on the transfer pipe did not come (%s); asking again", exc)
            return None


def _seen_etag(connection, sent: int) -> str | None:  # noqa: ANN001 - Connection
    seen = connection.file_plan_seen
    return seen[1] if seen and seen[0] == (connection.server_url, connection.workstation_id) and not sent else None


def sync_file_plan(connection, client: SyncClient, ahead: PlanAhead | None = None) -> int:  # noqa: ANN001 - Connection
    """Send the cases changed here, then take the server's file plan (``ahead``: as the transfer
    pipe brought it, if it did); returns how many closed cases wait for the registrations that name
    them to be pushed (the engine calls again after the push)."""
    ctx = connection.ctx
    with ctx.db.read() as s:
        dirty = [(c.id, _body(c)) for c in s.execute(select(FileCase).where(FileCase.dirty.is_(True))).scalars()]
        waiting = _named_by_pending_registrations(s) if any(body["closed"] for _, body in dirty) else set()
    sent = held = 0
    for case_id, body in dirty:
        closing = body["closed"] and case_id in waiting
        if closing:
            held += 1
            if body["base_version"]:
                continue  # the server has it open: closed after the push
            body = {**body, "closed": False}  # never sent: goes up open now, closed after the push
        try:
            answer = client.put_case(case_id, body)
        except RequestRefused as exc:
            details = ((exc.body or {}).get("error") or {}).get("details") if isinstance(exc.body, dict) else None
            if exc.code == ErrorCode.VERSION_CONFLICT.value and isinstance(details, dict) and isinstance(details.get("case"), dict):
                with ctx.db.write() as s:
                    audit.append(s, connection.actor(), "fileplan.conflict", None, mine=body, theirs=details["case"])
                    _store(s, details["case"], force=True)
                continue
            log.warning("the server refused case %s of the file plan: %s", body.get("index"), exc)
            continue
        with ctx.db.write() as s:
            case = _store(s, answer, force=True)
            if closing and case is not None:
                case.closed, case.dirty = True, True  # still closed here; the closure goes after the push
        sent += 1
    key = (connection.server_url, connection.workstation_id)
    got = ahead.answer() if ahead is not None and not sent else None
    cases, etag = got if got is not None else client.file_plan_since(_seen_etag(connection, sent))
    if cases is not None:  # None: unchanged since the last cycle (304)
        with ctx.db.write() as s:
            for c in cases:
                _store(s, c, force=False)
    connection.file_plan_seen = (key, etag) if etag else None
    if sent or cases is not None:  # the File plan dialog follows (an unchanged plan publishes nothing)
        ctx.events.publish(Change(frozenset(), frozenset({FILE_PLAN, SYNC}), None))
    return held


def _named_by_pending_registrations(s) -> set[str]:  # noqa: ANN001 - Session
    """The cases that registrations waiting in the outbox are filed to."""
    payloads = s.execute(select(OutboxOp.payload).where(OutboxOp.op_type == OpType.REGISTRATION_REGISTER.value,
                                                        OutboxOp.state.in_((OutboxOp.PENDING, OutboxOp.HELD)))).scalars()
    return {p[CASE_ID.name] for p in payloads if isinstance(p, dict) and isinstance(p.get(CASE_ID.name), str)}


def _body(c: FileCase) -> dict:
    return {"year": c.year, "index": c.case_index, "title": c.title, "retention_years": c.retention_years,
            "article": c.article, "closed": c.closed, "base_version": c.version}


def _store(s, data: dict, force: bool) -> FileCase | None:  # noqa: ANN001 - Session
    """The server's case into the local file plan (a case changed here and not yet sent stays as it is);
    returns the local case, None where the server's was not taken."""
    case = s.get(FileCase, data["id"])
    if case is None:
        clash = s.execute(select(FileCase).where(FileCase.year == data["year"], FileCase.case_index == data["index"])).scalar()
        if clash is not None:
            log.warning("case %s of %s exists here under another id; the server's is not taken", data["index"], data["year"])
            return None
        case = FileCase(id=data["id"])
        s.add(case)
    elif case.dirty and not force:
        return case
    elif case.version >= data["version"] and not force:
        return case
    case.year, case.case_index, case.title = data["year"], data["index"], data["title"]
    case.retention_years, case.article, case.closed = data.get("retention_years"), data.get("article") or "", data["closed"]
    case.version, case.dirty, case.updated_at = data["version"], False, utcnow()
    s.flush()
    return case


def _username(s, user_id: Any) -> str:  # noqa: ANN001 - Session
    user = s.get(User, user_id) if isinstance(user_id, str) else None
    return user.username if user is not None else str(user_id or "")[:128]


def apply_disposal(s, doc: Document, snap: dict, actor: str) -> bool:  # noqa: ANN001 - Session
    """The document's disposal act as the server has it (``snap["disposal"]``); True if anything changed.
    The server's word wins: an approval it refused leaves the act proposed here too."""
    d = snap.get("disposal")
    states = {x.value for x in DisposalState}
    if not isinstance(d, dict) or not is_uuid(d.get("act_id")) or d.get("state") not in states:
        return False
    act = s.get(DisposalAct, d["act_id"])
    changed = False
    if act is None:
        act = DisposalAct(id=d["act_id"], state=DisposalState.PROPOSED.value, proposed_by=_username(s, d.get("proposed_by")),
                          proposed_at=parse_instant(d.get("proposed_at")) or utcnow(), document_ids=[])
        s.add(act)
        changed = True
    if doc.id not in (act.document_ids or []):
        act.document_ids = [*(act.document_ids or []), doc.id]
        changed = True
    if act.state != d["state"]:
        act.state = d["state"]
        decided = d["state"] != DisposalState.PROPOSED.value
        act.decided_by = _username(s, d.get("decided_by")) if decided else None
        act.decided_at = (parse_instant(d.get("decided_at")) or utcnow()) if decided else None
        changed = True
    disposed = act.id if d["state"] == DisposalState.APPROVED.value else None
    if doc.disposal_act_id != disposed:
        doc.disposal_act_id = disposed
        changed = True
    if changed:
        s.flush()
        audit.append(s, actor, "sync.disposal", doc.id, act=act.id, state=d["state"])
    return changed
