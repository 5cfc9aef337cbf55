"""POST /v1/ops: push a batch of operations (docs/protocol.md §5)."""
from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Response

from circulation_server.deps import Caller, current_caller, get_services
from circulation_server.errors import ApiError
from circulation_server.ops_engine import apply_batch
from circulation_server.schemas import ERROR_RESPONSES, OpsRequest, OpsResponse
from docflow_protocol import ErrorCode, validate_operation

router = APIRouter(prefix="/v1", tags=["ops"], responses=ERROR_RESPONSES)


@router.post("/ops", response_model=OpsResponse)
def push_ops(body: OpsRequest, caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Apply each op exactly once; results come back in request order."""
    # The results are built by the server from validated input: written out as they are, without
    # a second validation against the response model (which the OpenAPI document still shows).
    return Response(answer(services, caller, checked_ops(body)), media_type="application/json")


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


def answer(services, caller: Caller, raw: list[dict]) -> bytes:
    """Apply checked ops (``checked_ops``) and the JSON body answering them (also served by
    ``fastpath.OpsFastPath``)."""
    results = apply_batch(services.db, caller, raw, services.storage, services.settings.today())
    for op, res in zip(raw, results):
        if not res.get("replayed"):
            services.metrics.ops.labels(op["type"], res["status"]).inc()
    return json.dumps({"results": [_shaped(r) for r in results]}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def _shaped(res: dict) -> dict:
    """A result in exactly the shape of ``OpResultOut`` (every field present, in its order)."""
    err = res.get("error")
    return {"op_id": res["op_id"], "doc_id": res["doc_id"], "status": res["status"], "version": res.get("version"),
            "seq": res.get("seq"), "result": res.get("result") or {},
            "error": None if err is None else {"code": err["code"], "message": err["message"],
                                               "current": err.get("current")},
            "replayed": bool(res.get("replayed", False))}
