"""GET /v1/changes: the paged, long-polling change feed (docs/protocol.md §6)."""
from __future__ import annotations

import asyncio
import time

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import Text, cast, select
from starlette.concurrency import run_in_threadpool

from circulation_server.deps import Caller, current_caller, get_services
from circulation_server.domain import record_receipt
from circulation_server.models import Change, Dispatch, utcnow
from circulation_server.schemas import ERROR_RESPONSES, ChangesPage
from docflow_protocol import LIMITS, MAX_INT64, ChangeKind, DispatchStatus, ReceiptStatus

router = APIRouter(prefix="/v1", tags=["changes"], responses=ERROR_RESPONSES)

# Re-check the database at least this often while waiting (covers writers in other processes).
_POLL_SLICE = 1.0


def _read_page(db, institution_id: str, cursor: int, limit: int) -> dict:
    """One page as raw JSON text per change (stored bodies are spliced, not re-parsed)."""
    with db.read() as s:
        rows = s.execute(select(Change.seq, Change.kind, Change.doc_id, cast(Change.body, Text))
                         .where(Change.institution_id == institution_id, Change.seq > cursor)
                         .order_by(Change.seq).limit(limit + 1)).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    return {"rows": rows, "next_cursor": rows[-1][0] if rows else cursor, "has_more": has_more}


def _page_json(page: dict) -> bytes:
    parts = ",".join('{"seq": %d, %s' % (seq, raw.lstrip()[1:]) for seq, _, _, raw in page["rows"])
    return ('{"changes": [%s], "next_cursor": %d, "has_more": %s}'
            % (parts, page["next_cursor"], "true" if page["has_more"] else "false")).encode("utf-8")


def _mark_delivered(db, institution_id: str, page: dict) -> None:
    """First sight of an incoming dispatched document by the recipient -> 'delivered' receipt."""
    doc_ids = [doc_id for _, kind, doc_id, _ in page["rows"] if kind == ChangeKind.DOCUMENT.value]
    if not doc_ids:
        return
    with db.read() as s:
        pending = s.scalars(select(Dispatch.incoming_doc_id).where(
            Dispatch.incoming_doc_id.in_(doc_ids), Dispatch.recipient_institution_id == institution_id,
            Dispatch.status == DispatchStatus.SENT.value)).all()
    if not pending:
        return
    with db.write() as s:
        for doc_id in pending:
            dispatch = s.get(Dispatch, doc_id)
            if dispatch is not None and dispatch.status == DispatchStatus.SENT.value:
                record_receipt(s, dispatch, ReceiptStatus.DELIVERED.value, utcnow())


@router.get("/changes", response_model=ChangesPage)
async def changes(
    cursor: int = Query(0, ge=0, le=MAX_INT64, description="next_cursor of the previous page; 0 to start"),
    limit: int = Query(LIMITS.default_changes_page, ge=1, le=LIMITS.max_changes_page),
    wait: int = Query(0, ge=0, le=LIMITS.max_wait_seconds, description="long-poll seconds when nothing is new"),
    caller: Caller = Depends(current_caller),
    services=Depends(get_services),
):
    """Everything the caller's institution may see after ``cursor``, in sequence order."""
    db = services.db
    deadline = time.monotonic() + wait
    while True:
        event = services.notifier.current()
        page = await run_in_threadpool(_read_page, db, caller.institution_id, cursor, limit)
        remaining = deadline - time.monotonic()
        if page["rows"] or remaining <= 0:
            break
        try:
            await asyncio.wait_for(event.wait(), timeout=min(remaining, _POLL_SLICE))
        except asyncio.TimeoutError:
            pass
    if page["rows"]:
        await run_in_threadpool(_mark_delivered, db, caller.institution_id, page)
    # Built from stored, already-validated bodies: no response-model re-validation, no re-parsing.
    return Response(content=_page_json(page), media_type="application/json")
