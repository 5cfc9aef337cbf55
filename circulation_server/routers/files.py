"""Content-addressed downloads: HEAD/GET /v1/files/{sha256} with single-range support and deltas
of incremental PDFs (§7), and a feed page's lead file (§6.1)."""
from __future__ import annotations

import asyncio
import json
import re
from typing import Optional

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy import bindparam, select
from starlette.concurrency import run_in_threadpool

from circulation_server.deps import Caller, current_caller, get_services
from circulation_server.errors import ApiError, not_found
from circulation_server.models import Blob, BlobAccess
from circulation_server.routers.changes import _read_page
from circulation_server.schemas import ERROR_RESPONSES
from circulation_server.storage import starts_with
from docflow_protocol import (BRIEF_PARAM, DELTA_BASE_PARAM, HEADER_DELTA_BASE, HEADER_LEAD_FILE, HEADER_RECORD_PLAN,
                              HEADER_RECORD_SIZE, LEAD_FILE_PATH, LIMITS, MAX_DELTA_BASES, MAX_INT64, MAX_RECORD_PLAN,
                              RECORD_SIZE_LIMITS, ChangeKind, ErrorCode, is_sha256_hex, lead_file, parse_record_plan)

router = APIRouter(prefix="/v1", tags=["files"], responses=ERROR_RESPONSES)

# ASCII digits only (``\d`` would take other scripts' digits), at most 19 of them (int64); a longer
# number can only name bytes far past any file: 416.
_RANGE_RE = re.compile(r"^bytes=([0-9]*)-([0-9]*)$")
_MAX_DIGITS = 19
_CHUNK = 256 * 1024
_PIECE = 4096


_BLOB, _ACCESS = Blob.__table__.c, BlobAccess.__table__.c
#: A file the institution can see: (sha256, size), one statement, built once.
_VISIBLE = (select(_BLOB.sha256, _BLOB.size).join(BlobAccess.__table__, _ACCESS.sha256 == _BLOB.sha256)
            .where(_BLOB.sha256 == bindparam("sha"), _ACCESS.institution_id == bindparam("institution_id")))


def visible_blob(services, institution_id: str, sha256: str):
    """The file (``sha256``, ``size``) if the institution can see it and the store holds it, else None."""
    if not is_sha256_hex(sha256):
        return None
    found = services.db.rows(_VISIBLE, {"sha": sha256, "institution_id": institution_id})
    return found[0] if found and services.storage.has(sha256) else None


def head_headers(blob) -> dict[str, str]:
    """The headers answering ``HEAD /v1/files/{sha256}`` (also served by ``fastpath.HeadFastPath``)."""
    return {"Content-Length": str(blob.size), "ETag": f'"{blob.sha256}"', "Accept-Ranges": "bytes"}


def _visible_blob(services, caller: Caller, sha256: str):
    blob = visible_blob(services, caller.institution_id, sha256)
    if blob is None:
        raise not_found("File")
    return blob


def _parse_range(value: str, size: int) -> Optional[tuple[int, int]]:
    """Return (start, end inclusive) for one 'bytes=' range, None to ignore the header."""
    m = _RANGE_RE.match(value.strip())
    if not m or (not m.group(1) and not m.group(2)):
        return None
    if len(m.group(1)) > _MAX_DIGITS or len(m.group(2)) > _MAX_DIGITS:
        raise ApiError(416, ErrorCode.RANGE_NOT_SATISFIABLE,
                       f"Range {value[:60]!r}... names bytes far outside the file of {size} bytes.",
                       headers={"Content-Range": f"bytes */{size}"})
    if not m.group(1):  # suffix range: last N bytes
        n = int(m.group(2))
        if n == 0:
            raise ApiError(416, ErrorCode.RANGE_NOT_SATISFIABLE, "An empty suffix range selects nothing.",
                           headers={"Content-Range": f"bytes */{size}"})
        return max(0, size - n), size - 1
    start = int(m.group(1))
    end = int(m.group(2)) if m.group(2) else size - 1
    if start >= size or end < start:
        raise ApiError(416, ErrorCode.RANGE_NOT_SATISFIABLE,
                       f"Range {value[:80]!r} is outside the file of {size} bytes.",
                       headers={"Content-Range": f"bytes */{size}"})
    return start, min(end, size - 1)


def _piece(value: Optional[str]) -> int:
    """The record size a desk asked for (``HEADER_RECORD_SIZE``), kept within the limits; 4 KiB
    when it asked for none (or for something that is not a number)."""
    if not value or not value.strip().isdigit() or len(value.strip()) > 6:
        return _PIECE
    low, high = RECORD_SIZE_LIMITS
    return min(high, max(low, int(value)))


def _pieces(request: Request) -> list[tuple[int, int]]:
    """``[(offset, size), ...]``: the record sizes along the body the desk asked for -- a plan
    (``HEADER_RECORD_PLAN``), else one size (``HEADER_RECORD_SIZE``), else 4 KiB."""
    plan = parse_record_plan(request.headers.get(HEADER_RECORD_PLAN), RECORD_SIZE_LIMITS, MAX_RECORD_PLAN)
    return plan or [(0, _piece(request.headers.get(HEADER_RECORD_SIZE)))]


async def _iter_file(storage, sha256: str, start: int, length: int, pieces: int | list[tuple[int, int]] = _PIECE):
    """The bytes, read from the store in 256 KiB blocks (off the event loop) and handed on in
    pieces of the size the desk asked for (``pieces``; or sizes along the body, (offset, size)
    from each offset on; 4 KiB when it asked for none): each becomes its own TLS record, so when the link
    drops the desk keeps all but the one record cut in half (a 16 KiB record lost whole is ~16 KiB
    sent again per cut), and a desk whose link is not cut asks for 16 KiB records (less framing)."""
    f = await run_in_threadpool(storage.open_read, sha256)
    try:
        await run_in_threadpool(f.seek, start)
        left, sent, held, i = length, 0, b"", 0
        plan = [(0, pieces)] if isinstance(pieces, int) else list(pieces)
        while True:
            if left > 0 and len(held) - i < RECORD_SIZE_LIMITS[1]:  # a whole piece in hand: no short record at a block's end
                block = await run_in_threadpool(f.read, min(_CHUNK, left))
                left = left - len(block) if block else 0
                held, i = held[i:] + block, 0
                continue
            if i >= len(held):
                break
            while len(plan) > 1 and plan[1][0] <= sent:
                plan.pop(0)
            size = plan[0][1] if len(plan) == 1 else min(plan[0][1], plan[1][0] - sent)  # the next size starts where asked
            piece = held[i:i + size]
            i += len(piece)
            sent += len(piece)
            yield piece
            # a turn of the event loop between pieces: serving.JoinedWrites joins the writes of one turn
            # into one send, which TLS cut into 16 KiB records whatever the desk asked for
            await asyncio.sleep(0)
    finally:
        await run_in_threadpool(f.close)


def _delta_base(services, caller: Caller, blob: Blob, bases: list[str]) -> Optional[Blob]:
    """The longest of ``bases`` the caller's institution can see that is the beginning of ``blob``."""
    if len(bases) > MAX_DELTA_BASES or not all(is_sha256_hex(b) for b in bases):
        raise ApiError(400, ErrorCode.INVALID_REQUEST,
                       f"'{DELTA_BASE_PARAM}' takes at most {MAX_DELTA_BASES} hex SHA-256 file names.")
    with services.db.read() as s:
        seen = [s.get(Blob, b) for b in dict.fromkeys(bases) if s.get(BlobAccess, (b, caller.institution_id))]
    for candidate in sorted((b for b in seen if b is not None and 0 < b.size < blob.size),
                            key=lambda b: b.size, reverse=True):
        if starts_with(services.storage, blob.sha256, candidate.sha256, candidate.size):
            return candidate
    return None


@router.head("/files/{sha256}", response_class=Response)
def head_file(sha256: str, caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """200 if the server holds this file for the caller's institution, else 404."""
    return Response(status_code=200, headers=head_headers(_visible_blob(services, caller, sha256)))


@router.get("/files/{sha256}", response_class=StreamingResponse,
            responses={200: {"content": {"application/octet-stream": {}}},
                       206: {"description": "Partial content", "content": {"application/octet-stream": {}}},
                       416: ERROR_RESPONSES[413] | {"description": "Range not satisfiable"}})
def get_file(sha256: str, request: Request, range_: Optional[str] = Header(None, alias="Range"),
             base: list[str] = Query([], alias=DELTA_BASE_PARAM, description=(
                 "A file the caller holds that may be this file's beginning (a PDF before its latest "
                 f"incremental update; up to {MAX_DELTA_BASES}). When one is, the answer is 206 with the bytes "
                 f"after it, naming it in {HEADER_DELTA_BASE}; else the whole file. Ignored with a Range.")),
             brief: bool = Query(False, alias=BRIEF_PARAM, description=(
                 "1: no ETag (the sha256 asked for) nor Accept-Ranges in the answer (docs/protocol.md §7)")),
             caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Download the bytes; one ``Range: bytes=a-b`` resumes an interrupted download, ``base`` asks
    for a delta (only the bytes appended to a file the caller holds)."""
    blob = _visible_blob(services, caller, sha256)
    storage = services.storage
    size = blob.size  # the verified length the upload recorded, as HEAD answers it
    headers = {} if brief else {"ETag": f'"{sha256}"', "Accept-Ranges": "bytes"}
    rng = _parse_range(range_, size) if range_ and size > 0 else None
    if rng is None and base:
        found = _delta_base(services, caller, blob, base)
        if found is not None:
            headers[HEADER_DELTA_BASE] = found.sha256
            rng = (found.size, size - 1)
    piece = _pieces(request)
    if rng is None:
        headers["Content-Length"] = str(size)
        return StreamingResponse(_iter_file(storage, sha256, 0, size, piece), media_type="application/octet-stream",
                                 headers=headers)
    start, end = rng
    headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    headers["Content-Length"] = str(end - start + 1)
    return StreamingResponse(_iter_file(storage, sha256, start, end - start + 1, piece), status_code=206,
                             media_type="application/octet-stream", headers=headers)


@router.get(LEAD_FILE_PATH, response_class=StreamingResponse,
            responses={200: {"content": {"application/octet-stream": {}}},
                       204: {"description": "The page names no lead file"}})
def get_lead_file(request: Request,
                  cursor: int = Query(0, ge=0, le=MAX_INT64, description="the cursor of the feed page asked before"),
                  limit: int = Query(LIMITS.default_changes_page, ge=1, le=LIMITS.max_changes_page),
                  brief: bool = Query(False, alias=BRIEF_PARAM, description="1: no ETag nor Accept-Ranges"),
                  caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """The lead file of the feed page from ``cursor`` (docs/protocol.md §6.1, ``docflow_protocol.lead_file``),
    whole, named in ``X-Docflow-File``: asked right behind that page, its bytes follow the page's
    without the round trip of a ``GET`` the desk would ask once the page is read. 204: none."""
    page = _read_page(services.db, caller.institution_id, cursor, limit)
    document = ChangeKind.DOCUMENT.value
    pick = lead_file((json.loads(raw) for _, kind, _, raw, _ in page["rows"] if kind == document), caller.workstation_id)
    blob = visible_blob(services, caller.institution_id, pick[0]) if pick is not None else None
    if blob is None or blob.size != pick[1]:
        return Response(status_code=204)
    headers = {HEADER_LEAD_FILE: blob.sha256, "Content-Length": str(blob.size)}
    if not brief:
        headers.update({"ETag": f'"{blob.sha256}"', "Accept-Ranges": "bytes"})
    return StreamingResponse(_iter_file(services.storage, blob.sha256, 0, blob.size, _pieces(request)),
                             media_type="application/octet-stream", headers=headers)
