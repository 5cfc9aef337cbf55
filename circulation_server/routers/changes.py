"""GET /v1/changes: the paged, long-polling change feed (docs/protocol.md §6)."""
from __future__ import annotations

import asyncio
import time

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from circulation_server.deps import Caller, current_caller, get_services
from circulation_server.domain import record_receipt
from circulation_server.models import Change, Dispatch, utcnow
from circulation_server.schemas import ERROR_RESPONSES, ChangesPage
from docflow_protocol import LIMITS, OpType, ReceiptStatus

router = APIRouter(prefix="/v1", tags=["changes"], responses=ERROR_RESPONSES)

# Re-check the database at least this often while waiting (covers writers in other processes).
_POLL_SLICE = 1.0


def _read_page(db, institution_id: str, cursor: int, limit: int) -> dict:
    with db.read() as s:
        rows = s.execute(select(Change.seq, Change.body).where(Change.institution_id == institution_id,
                                                               Change.seq > cursor)
                         .order_by(Change.seq).limit(limit + 1)).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    changes = [dict(body, seq=seq) for seq, body in rows]
    return {"changes": changes, "next_cursor": rows[-1][0] if rows else cursor, "has_more": has_more}


def _mark_delivered(db, institution_id: str, page: dict) -> None:
    """First sight of an incoming dispatched document by the recipient -> 'delivered' receipt."""
    incoming = [c["doc_id"] for c in page["changes"]
                if c.get("op_type") == OpType.DOCUMENT_DISPATCH.value and c.get("actor") is None]
    if not incoming:
        return
    with db.read() as s:
        pending = s.scalars(select(Dispatch.incoming_doc_id).where(
            Dispatch.incoming_doc_id.in_(incoming), Dispatch.recipient_institution_id == institution_id,
            Dispatch.status == "sent")).all()
    if not pending:
        return
    with db.write() as s:
        for doc_id in pending:
            dispatch = s.get(Dispatch, doc_id)
            if dispatch is not None and dispatch.status == "sent":
                record_receipt(s, dispatch, ReceiptStatus.DELIVERED.value, utcnow())


@router.get("/changes", response_model=ChangesPage)
async def changes(
    cursor: int = Query(0, ge=0, description="next_cursor of the previous page; 0 to start"),
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
        if page["changes"] or remaining <= 0:
            break
        try:
            await asyncio.wait_for(event.wait(), timeout=min(remaining, _POLL_SLICE))
        except asyncio.TimeoutError:
            pass
    if page["changes"]:
        await run_in_threadpool(_mark_delivered, db, caller.institution_id, page)
    # The page is built from stored, already-validated bodies: skip response-model re-validation.
    return JSONResponse(page)
