"""POST /v1/ops: push a batch of operations (docs/protocol.md §5)."""
from __future__ import annotations

from fastapi import APIRouter, Depends

from circulation_server.deps import Caller, current_caller, get_services
from circulation_server.errors import ApiError
from circulation_server.ops_engine import apply_batch
from circulation_server.schemas import ERROR_RESPONSES, OpsRequest, OpsResponse
from docflow_protocol import ErrorCode, validate_operation

router = APIRouter(prefix="/v1", tags=["ops"], responses=ERROR_RESPONSES)


@router.post("/ops", response_model=OpsResponse)
def push_ops(body: OpsRequest, caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Apply each op exactly once; results come back in request order."""
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
    results = apply_batch(services.db, caller, raw, services.storage)
    for op, res in zip(raw, results):
        if not res.get("replayed"):
            services.metrics.ops.labels(op["type"], res["status"]).inc()
    return {"results": results}
