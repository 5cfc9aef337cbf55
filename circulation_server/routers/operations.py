"""Endpoints for the people running the server (not protocol; not in the OpenAPI document):
``GET /metrics`` (Prometheus text format) and ``GET /ready`` (readiness: the database answers and,
on PostgreSQL, this process listens for other processes' change notifications). ``/v1/health``
stays the liveness probe (no database). docs/deploy.md says how to keep these two from the
public side of the reverse proxy."""
from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from circulation_server.deps import get_services
from circulation_server.errors import error_response
from docflow_protocol import ErrorCode

router = APIRouter(include_in_schema=False)
log = logging.getLogger("circulation_server")


@router.get("/metrics")
def metrics(services=Depends(get_services)):
    body, content_type = services.metrics.render()
    return Response(content=body, media_type=content_type)


@router.get("/ready")
async def ready(services=Depends(get_services)):
    try:
        await run_in_threadpool(services.db.ping)
    except SQLAlchemyError as exc:
        log.warning("readiness: the database does not answer (%s)", type(exc).__name__)
        return error_response(503, ErrorCode.UNAVAILABLE, "The database does not answer.",
                              headers={"Retry-After": "5"})
    bridge = services.notifier.bridge
    if bridge is not None and not bridge.listening.is_set():
        return error_response(503, ErrorCode.UNAVAILABLE, "Not listening for change notifications yet.",
                              headers={"Retry-After": "1"})
    return {"status": "ready", "database": "sqlite" if services.db.is_sqlite else "postgresql",
            "notifications": "local" if bridge is None else "listening"}
