"""GET /v1/changes: the paged, long-polling change feed (docs/protocol.md §6)."""
from __future__ import annotations

import asyncio
import json
import time
from typing import Awaitable, Callable, Optional

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import Integer, Text, bindparam, cast, select

from circulation_server.deps import Caller, current_caller, get_services
from circulation_server.dispatching import record_receipt
from circulation_server.domain import write_changes
from circulation_server.models import Change, Dispatch, Document, Institution, utcnow
from circulation_server.schemas import ERROR_RESPONSES, ChangesPage
from docflow_protocol import (
    ECHO_FREE_OP_TYPES, FEED_OWN_FROM, FEED_OWN_TO, LIMITS, MAX_INT64, ChangeKind, DispatchStatus, ReceiptStatus,
)

router = APIRouter(prefix="/v1", tags=["changes"], responses=ERROR_RESPONSES)


_change, _sent = Change.__table__.c, Dispatch.__table__.c
#: One page of an institution's feed, built once (Core, bound parameters): per request it costs
#: neither building the statement and its cache key nor the ORM's row machinery.
_PAGE = (select(_change.seq, _change.kind, _change.doc_id, cast(_change.body, Text), _sent.sender_institution_id)
         .select_from(Change.__table__)
         .outerjoin(Dispatch.__table__, (_sent.incoming_doc_id == _change.doc_id)
                    & (_change.kind == ChangeKind.DOCUMENT.value)
                    & (_sent.recipient_institution_id == bindparam("institution_id"))
                    & (_sent.status == DispatchStatus.SENT.value))
         .where(_change.institution_id == bindparam("institution_id"), _change.seq > bindparam("cursor"))
         .order_by(_change.seq).limit(bindparam("rows", type_=Integer)))


def _read_page(db, institution_id: str, cursor: int, limit: int) -> dict:
    """One page as raw JSON text per change (stored bodies are spliced, not re-parsed).

    The same query finds the incoming documents of the page that this institution has not been
    seen to receive yet (a dispatch still ``sent``), with their senders: ``pending``.
    """
    rows = db.rows(_PAGE, {"institution_id": institution_id, "cursor": cursor, "rows": limit + 1})
    has_more = len(rows) > limit
    rows = rows[:limit]
    pending = {doc_id: sender for _, _, doc_id, _, sender in rows if sender is not None}
    return {"rows": rows, "next_cursor": rows[-1][0] if rows else cursor, "has_more": has_more, "pending": pending}


#: The changes of some documents up to a sequence number, oldest first (``_without_own_echo``).
_HISTORY = (select(_change.seq, _change.doc_id, _change.kind, cast(_change.body, Text))
            .where(_change.institution_id == bindparam("institution_id"),
                   _change.doc_id.in_(bindparam("doc_ids", expanding=True)), _change.seq <= bindparam("upto"))
            .order_by(_change.seq))


def _without_own_echo(db, institution_id: str, workstation: str, own: tuple[int, int], page: dict) -> dict:
    """``page`` without the asking desk's own echo (docs/protocol.md §6): the changes numbered in
    ``own`` (the desk holds its answers to those pushes) that ``workstation`` made with an op type
    of ``ECHO_FREE_OP_TYPES``, of documents whose every change up to then is such a change. A
    document another desk or the server has touched keeps every later change in the page: its
    state there holds something the desk's answers did not give. ``next_cursor`` and ``has_more``
    stay the page's (the desk moves past what was left out). The shared page is not changed."""
    low, high = own

    def echo(seq: int, kind: str, raw: str) -> bool:
        if not low <= seq <= high or kind != ChangeKind.DOCUMENT.value:
            return False
        body = json.loads(raw)
        return body.get("op_type") in ECHO_FREE_OP_TYPES and (body.get("actor") or {}).get("workstation_id") == workstation

    candidates = {doc_id: seq for seq, kind, doc_id, raw, _ in page["rows"] if echo(seq, kind, raw)}
    if not candidates:
        return page
    history = db.rows(_HISTORY, {"institution_id": institution_id, "doc_ids": sorted(candidates),
                                 "upto": max(candidates.values())})
    omitted, broken = set(), set()
    for seq, doc_id, kind, raw in history:
        if doc_id in broken:
            continue
        if echo(seq, kind, raw):
            omitted.add(seq)
        else:
            broken.add(doc_id)
    return {**page, "rows": [row for row in page["rows"] if row[0] not in omitted]}


def _may_hold_echo(page: dict, own: tuple[int, int]) -> bool:
    """Whether ``_without_own_echo`` could leave anything out of ``page``: a document change
    numbered in ``own``. When none is, the answer is the page as read, without a trip to a worker
    thread (a desk woken by another desk's change past its own pushes)."""
    low, high = own
    document = ChangeKind.DOCUMENT.value
    return any(low <= seq <= high and kind == document for seq, kind, *_ in page["rows"])


def _page_json(page: dict) -> bytes:
    parts = ",".join('{"seq": %d, %s' % (seq, raw.lstrip()[1:]) for seq, _, _, raw, _ in page["rows"])
    return ('{"changes": [%s], "next_cursor": %d, "has_more": %s}'
            % (parts, page["next_cursor"], "true" if page["has_more"] else "false")).encode("utf-8")


def _mark_delivered(db, institution_id: str, page: dict) -> None:
    """First sight of an incoming dispatched document by the recipient -> 'delivered' receipt.

    A fixed number of statements whatever the page holds: the page's query found them
    (``pending``); the dispatches, their senders' documents and the recipient are read in one
    query each, and the receipts written in one flush. The transaction locks the senders' feeds,
    which the receipts go to.
    """
    pending = list(page["pending"].items())
    if not pending:
        return
    with db.write(lock={sender for _, sender in pending}) as s:
        dispatches = s.scalars(select(Dispatch).where(Dispatch.incoming_doc_id.in_([d for d, _ in pending]),
                                                      Dispatch.status == DispatchStatus.SENT.value)).all()
        if not dispatches:
            return  # another desk of the institution was first
        # Held here so they stay in the session's (weak) identity map for record_receipt's lookups.
        senders = s.scalars(select(Document).where(Document.id.in_({d.sender_doc_id for d in dispatches}))).all()
        recipient = s.get(Institution, institution_id)
        now = utcnow()
        for dispatch in dispatches:
            record_receipt(s, dispatch, ReceiptStatus.DELIVERED.value, now, flush=False)
        s.flush()
        write_changes(s)
        del senders, recipient


async def _shared_read(services, institution_id: str, cursor: int, limit: int, event: asyncio.Event) -> dict:
    """``_read_page``, read once for all the requests of this process that want the same page at once.

    When one change wakes the five desks of an institution, they ask for the same page together:
    one query answers them all. A request joins a read in flight only if that read began after
    the same wake-up event was current (``event`` is the one it waits on next): whatever was
    committed before the request took its event had fired an older event already, so the read
    it joins sees it, and whatever comes later sets ``event``. No page is kept once read.
    """
    key = (institution_id, cursor, limit)
    inflight = services.feed_reads.get(key)
    if inflight is not None and inflight[0] is event:
        return await asyncio.shield(inflight[1])
    read = services.workers.run(_read_page, services.db, institution_id, cursor, limit)
    read.add_done_callback(lambda f: f.cancelled() or f.exception())  # a failure is raised to each waiter
    services.feed_reads[key] = (event, read)
    try:
        return await asyncio.shield(read)
    finally:
        if services.feed_reads.get(key, (None, None))[1] is read:
            del services.feed_reads[key]


@router.get("/changes", response_model=ChangesPage)
async def changes(
    cursor: int = Query(0, ge=0, le=MAX_INT64, description="next_cursor of the previous page; 0 to start"),
    limit: int = Query(LIMITS.default_changes_page, ge=1, le=LIMITS.max_changes_page),
    wait: int = Query(0, ge=0, le=LIMITS.max_wait_seconds, description="long-poll seconds when nothing is new"),
    own_from: Optional[int] = Query(None, alias=FEED_OWN_FROM, ge=0, le=MAX_INT64,
                                    description="with own_to: the seqs of the caller's own pushes it holds the answers "
                                                "of; their echo is left out (docs/protocol.md §6)"),
    own_to: Optional[int] = Query(None, alias=FEED_OWN_TO, ge=0, le=MAX_INT64),
    caller: Caller = Depends(current_caller),
    services=Depends(get_services),
):
    """Everything the caller's institution may see after ``cursor``, in sequence order."""
    # Built from stored, already-validated bodies: no response-model re-validation, no re-parsing.
    return Response(content=await feed_answer(services, caller.institution_id, cursor, limit, wait,
                                                caller.workstation_id, own_window(own_from, own_to)),
                    media_type="application/json")


def own_window(low: Optional[int], high: Optional[int]) -> Optional[tuple[int, int]]:
    """The own-echo window of a feed request: both ends given, in order; else None (everything comes)."""
    return (low, high) if low is not None and high is not None and low <= high else None


class ClientGone(Exception):
    """The client of a waiting long-poll went away (``feed_answer``'s ``gone``): nothing to answer."""


async def _woken(event: asyncio.Event, watch: Optional[asyncio.Future], timeout: float) -> bool:
    """Wait for ``event`` at most ``timeout`` s: True when it fired, False when the time ran out;
    ``ClientGone`` when ``watch`` (the client's going) ends first."""
    if watch is None:
        try:
            await asyncio.wait_for(event.wait(), timeout=timeout)
            return True
        except asyncio.TimeoutError:
            return False
    if watch.done():
        raise ClientGone()
    waiter = asyncio.ensure_future(event.wait())
    try:
        await asyncio.wait((waiter, watch), timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
    if waiter.done() and not waiter.cancelled():
        return True
    if watch.done():
        raise ClientGone()
    return False


async def feed_answer(services, institution_id: str, cursor: int, limit: int, wait: int,
                      workstation: Optional[str] = None, echo: Optional[tuple[int, int]] = None,
                      gone: Optional[Callable[[], Awaitable[object]]] = None) -> bytes:
    """The body answering ``GET /v1/changes`` (also served by ``fastpath.FeedFastPath``).

    A long-poll (``wait`` > 0) whose cursor is at the feed's head as this process last read it,
    with no change heard of since that read began (``feed_heads``: the wake-up event current
    then is still the current one), waits at once without asking the database: whatever commits
    after that read fires the event, here or through ``NOTIFY``, as it would after a read now.
    Every re-check after ``recheck_seconds`` without a wake-up reads the database. An answer
    with ``wait=0`` always reads (a desk reading right after its push sees its own changes).

    A long-poll woken only by changes that ``workstation`` (the asking desk) pushed itself goes
    on waiting without a read (notifier.py): its desk has them from its push. It reads when
    another change wakes it, at its re-check and at its end, and answers them all then.

    ``echo`` (``own_window``): the answer leaves out the desk's own echo (``_without_own_echo``).

    ``gone``: returns when the client has gone (``fastpath.FeedFastPath``: the connection closed). A
    desk cuts its idle long-poll whenever it runs a sync cycle (desktop_app/sync/engine.py); while
    the request waits, ``ClientGone`` ends it then, and no read is made for it at the next change.
    """
    deadline = time.monotonic() + wait
    heads = services.feed_heads
    may_skip = wait > 0
    own = False  # since the last read, only the asking desk's own pushes changed the feed
    watch = None  # the task that ends when the client has gone (made at the first wait)
    try:
        while True:
            event = services.notifier.current(institution_id)
            known = heads.get(institution_id)
            if own and deadline > time.monotonic():
                page = {"rows": [], "next_cursor": cursor, "has_more": False, "pending": {}}
            elif may_skip and known is not None and known[0] is event and cursor >= known[1]:
                page = {"rows": [], "next_cursor": cursor, "has_more": False, "pending": {}}
                services.metrics.feed_reads_skipped.inc()
            else:
                # a long-poll within the feed's newest changes as their commits announced them (in
                # any process: feed_tail.py) is answered from them; another reads the database
                page = services.notifier.tails.page(institution_id, cursor, limit) if may_skip else None
                if page is None:
                    page = await _shared_read(services, institution_id, cursor, limit, event)
                else:
                    services.metrics.feed_tail_answers.inc()
                if not page["has_more"]:
                    heads[institution_id] = (event, page["next_cursor"])
            may_skip = True
            remaining = deadline - time.monotonic()
            if page["rows"] or remaining <= 0:
                break
            if gone is not None and watch is None:
                watch = asyncio.ensure_future(gone())
            services.metrics.long_polls.inc()
            try:
                woken = await _woken(event, watch, min(remaining, services.notifier.recheck_seconds))
            finally:
                services.metrics.long_polls.dec()
            if not woken:
                may_skip = own = False  # no wake-up for a while: ask the database (a notice may have been lost)
                continue
            own = event.only_by(workstation)
            if own:
                services.metrics.own_wakes.inc()
                continue
            gather = (services.feed_gather.seconds() if services.feed_gather is not None
                      else services.settings.feed_gather_seconds)
            if gather > 0:
                # Woken by a change: let the rest of its burst commit, then one page answers for all
                # of it (gather.py: longer when the process is busy). The institution's woken
                # long-polls sleep alike, so they read together (one shared read, above) and come
                # back together: until the same moment, the wake-up's own time plus the gather (each
                # sleeping from when it happened to run, on a loaded machine they woke apart and read
                # one after another).
                loop = asyncio.get_running_loop()
                until = (event.fired_at if event.fired_at is not None else loop.time()) + gather
                await asyncio.sleep(max(0.0, min(until - loop.time(), deadline - time.monotonic())))
                if watch is not None and watch.done():
                    raise ClientGone()
    finally:
        if watch is not None:
            watch.cancel()
    if page["pending"]:
        await services.workers.run(_mark_delivered, services.db, institution_id, page)
    if echo is not None and workstation and _may_hold_echo(page, echo):
        page = await services.workers.run(_without_own_echo, services.db, institution_id, workstation, echo, page)
    return _page_json(page)
