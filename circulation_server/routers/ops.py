"""POST /v1/ops: push a batch of operations (docs/protocol.md §5)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from fastapi import APIRouter, Depends, Query, Response

from circulation_server.deps import Caller, current_caller, get_services
from circulation_server.errors import ApiError
from circulation_server.ops_engine import apply_batch
from circulation_server.routers.changes import feed_answer, own_window
from circulation_server.schemas import ERROR_RESPONSES, OpsRequest, OpsResponse
from docflow_protocol import (
    BRIEF_PARAM, IDS_PARAM, FEED_OWN_FROM, FEED_OWN_TO, LIMITS, MAX_INT64, PUSH_FEED_CURSOR, PUSH_FEED_LIMIT, ErrorCode, OpStatus,
    validate_operation,
)

router = APIRouter(prefix="/v1", tags=["ops"], responses=ERROR_RESPONSES)


@dataclass(frozen=True)
class FeedAsk:
    """A push's ask for the feed back (docs/protocol.md §5): the page after ``cursor`` of at most
    ``limit`` changes, without the echo of the desk's window ``own`` (or None) and of this push."""

    cursor: int
    limit: int = LIMITS.default_changes_page
    own: Optional[tuple[int, int]] = None


@router.post("/ops", response_model=OpsResponse)
async def push_ops(
    body: OpsRequest,
    feed_cursor: Optional[int] = Query(None, alias=PUSH_FEED_CURSOR, ge=0, le=MAX_INT64,
                                       description="the desk's feed cursor: the answer carries the feed page after it "
                                                   "(`feed`), read once the batch is in (docs/protocol.md §5)"),
    feed_limit: int = Query(LIMITS.default_changes_page, alias=PUSH_FEED_LIMIT, ge=1, le=LIMITS.max_changes_page),
    own_from: Optional[int] = Query(None, alias=FEED_OWN_FROM, ge=0, le=MAX_INT64,
                                    description="with own_to and feed_cursor: the desk's own-echo window (docs/protocol.md §6)"),
    own_to: Optional[int] = Query(None, alias=FEED_OWN_TO, ge=0, le=MAX_INT64),
    brief: bool = Query(False, alias=BRIEF_PARAM, description="1: each result without the fields at their default "
                                                               "(docs/protocol.md §5)"),
    ids: bool = Query(True, alias=IDS_PARAM, description="0: each result without op_id and doc_id: it answers the "
                                                         "op at its place in the batch (docs/protocol.md §5)"),
    caller: Caller = Depends(current_caller),
    services=Depends(get_services),
):
    """Apply each op exactly once; results come back in request order."""
    # The results are built by the server from validated input: written out as they are, without
    # a second validation against the response model (which the OpenAPI document still shows).
    raw = checked_ops(body)
    ask = None if feed_cursor is None else FeedAsk(feed_cursor, feed_limit, own_window(own_from, own_to))
    return Response(await pushed(services, caller, raw, ask, brief, ids), media_type="application/json")


async def pushed(services, caller: Caller, raw: list[dict], ask: Optional[FeedAsk], brief: bool = False,
                 ids: bool = True) -> bytes:
    """The answer to a push of checked ops (also served by ``fastpath.OpsFastPath``); with ``ask``,
    the feed page after the desk's cursor follows the results, read once the batch is in
    (``routers.changes.feed_answer``, as a ``wait=0`` read: one read of the database, shared with
    the institution's long-polls woken meanwhile). The desk's next long-poll from that page's
    ``next_cursor`` then waits without a read. Its own echo is left out: the desk's window widened
    by this push's applied changes, which the desk records with the results. ``brief``: the results
    without the fields at their default (``?brief=1``); not ``ids``: without ``op_id`` and ``doc_id``
    (``?ids=0``)."""
    if ask is None:
        return await services.workers.run(answer, services, caller, raw, brief, ids)
    results = await services.workers.run(applied, services, caller, raw)
    seqs = [r["seq"] for r in results if r["status"] == OpStatus.APPLIED.value and isinstance(r["seq"], int)]
    own = ask.own
    if seqs:
        own = (min(seqs), max(seqs)) if own is None else (own[0], max(own[1], *seqs))
    page = await feed_answer(services, caller.institution_id, ask.cursor, ask.limit, 0, caller.workstation_id, own)
    return _results_json(results, brief, ids)[:-1] + b',"feed":' + page + b"}"


def checked_ops(body: OpsRequest) -> list[dict]:
    """The batch's ops as dicts, each checked against the protocol (``ApiError`` 422 if any is not:
    nothing is applied)."""
    raw = [op.model_dump() for op in body.ops]
    problems = []
    for i, op in enumerate(raw):
        problems.extend(validate_operation(op, i))
    if problems:
        unknown = [p for p in problems if p[1].startswith("unknown op type")]
        code = ErrorCode.UNKNOWN_OP_TYPE if unknown else ErrorCode.INVALID_PAYLOAD
        first = (unknown or problems)[0]
        raise ApiError(422, code, f"Batch refused, nothing applied: {first[0]} {first[1]}.",
                       [{"path": p, "reason": r} for p, r in problems])
    seen = set()
    for i, op in enumerate(raw):
        if op["op_id"] in seen:
            raise ApiError(422, ErrorCode.INVALID_PAYLOAD,
                           f"Batch refused, nothing applied: ops[{i}].op_id repeats an earlier op in the batch.")
        seen.add(op["op_id"])
    return raw


def answer(services, caller: Caller, raw: list[dict], brief: bool = False, ids: bool = True) -> bytes:
    """Apply checked ops (``checked_ops``) and the JSON body answering them (``brief``, ``ids``: see ``pushed``)."""
    return _results_json(applied(services, caller, raw), brief, ids)


def applied(services, caller: Caller, raw: list[dict]) -> list[dict]:
    """Apply checked ops (``checked_ops``); their results, each in the shape of ``OpResultOut``."""
    results = apply_batch(services.db, caller, raw, services.storage, services.settings.today())
    for op, res in zip(raw, results):
        if not res.get("replayed"):
            services.metrics.ops.labels(op["type"], res["status"]).inc()
    return [_shaped(r) for r in results]


def _results_json(results: list[dict], brief: bool = False, ids: bool = True) -> bytes:
    if brief:
        results = [{k: v for k, v in r.items() if k not in _DEFAULTS or v != _DEFAULTS[k]} for r in results]
    if not ids:
        results = [{k: v for k, v in r.items() if k not in _IDS} for r in results]
    return json.dumps({"results": results}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


#: A result's fields that a brief answer leaves out at these values (``OpResultOut``'s defaults).
_DEFAULTS = {"version": None, "seq": None, "result": {}, "error": None, "replayed": False}
#: A result's fields that ``?ids=0`` leaves out (the op at its place in the batch names them).
_IDS = ("op_id", "doc_id")


def _shaped(res: dict) -> dict:
    """A result in exactly the shape of ``OpResultOut`` (every field present, in its order)."""
    err = res.get("error")
    return {"op_id": res["op_id"], "doc_id": res["doc_id"], "status": res["status"], "version": res.get("version"),
            "seq": res.get("seq"), "result": res.get("result") or {},
            "error": None if err is None else {"code": err["code"], "message": err["message"],
                                               "current": err.get("current")},
            "replayed": bool(res.get("replayed", False))}
