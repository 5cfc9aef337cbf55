"""tus 1.0.0 resumable uploads: core, creation, checksum (sha256), termination, expiration (§7)."""
from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import os
import logging
import secrets
import time
from contextlib import asynccontextmanager
from email.utils import format_datetime
from types import SimpleNamespace
from typing import AsyncIterator, Optional

from fastapi import APIRouter, Depends, Header, Request, Response
from sqlalchemy import bindparam, delete, or_, select, update
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from circulation_server import whole_upload
from circulation_server.db import insert_ignore
from circulation_server.deps import Caller, current_caller, get_services
from circulation_server.domain import grant_blob
from circulation_server.errors import ApiError, not_found
from circulation_server.models import Blob, BlobAccess, Upload, utcnow
from circulation_server.schemas import ERROR_RESPONSES, ErrorResponse
from circulation_server.security import UPLOAD_ID_RE, new_upload_id
from circulation_server.tus_headers import (
    Creation, is_whole, parse_checksum, parse_creation, require_offset_stream, require_tus,
)
from docflow_protocol import TUS_CHECKSUM_ALGORITHMS, TUS_EXTENSIONS, TUS_VERSION, ErrorCode, parse_decimal

_TUS_ERRORS = {
    409: {"model": ErrorResponse, "description": "Upload-Offset is not the upload's offset (offset_mismatch); "
                                                 "a delta's base is not held here (base_missing)"},
    412: {"model": ErrorResponse, "description": "Tus-Resumable missing or not 1.0.0"},
    423: {"model": ErrorResponse, "description": "Another request is writing this upload (upload_locked)"},
    460: {"model": ErrorResponse, "description": "Checksum of the chunk or of the whole file differs"},
}
log = logging.getLogger("circulation_server")
router = APIRouter(prefix="/v1", tags=["uploads (tus)"], responses={**ERROR_RESPONSES, **_TUS_ERRORS})

EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_UPLOAD_ID_RE = UPLOAD_ID_RE
#: How long a DELETE waits for a PATCH of the same upload to finish before answering 423.
DELETE_LOCK_WAIT = 5.0
TUS_HEADERS = {"Tus-Resumable": TUS_VERSION}
#: An upload's lock is a lease in its database row, so it holds across server processes: taken
#: for this long, renewed every third of it while the request runs, and over by itself when the
#: process holding it dies.
LOCK_LEASE_SECONDS = 30.0
_LOCK_POLL = 0.1


def _take_lock(services, caller: Caller, upload_id: str, owner: str) -> Optional[SimpleNamespace]:
    """Take the upload's lock if it is free; returns the upload as it is now (one statement)."""
    now = utcnow()
    _, rows = services.db.execute_alone(
        update(Upload).where(Upload.id == upload_id, Upload.institution_id == caller.institution_id,
                             or_(Upload.lock_owner.is_(None), Upload.lock_owner == owner, Upload.lock_expires_at < now))
        .values(lock_owner=owner, lock_expires_at=now + dt.timedelta(seconds=LOCK_LEASE_SECONDS))
        .returning(*Upload.__table__.c))
    return SimpleNamespace(**rows[0]._mapping) if rows else None


def _renew_lock(services, upload_id: str, owner: str) -> bool:
    count, _ = services.db.execute_alone(
        update(Upload).where(Upload.id == upload_id, Upload.lock_owner == owner)
        .values(lock_expires_at=utcnow() + dt.timedelta(seconds=LOCK_LEASE_SECONDS)))
    return count == 1


def _unlocked(**values) -> dict:
    """Column values that also let go of the lock (written with the upload's last change)."""
    return {**values, "lock_owner": None, "lock_expires_at": None}


class HeldLock:
    """An upload's lock while a request holds it: ``upload`` as it was when taken; ``released``
    once a write of the request let go of it (then nothing is left to do on exit)."""

    def __init__(self, owner: str, upload: SimpleNamespace):
        self.owner, self.upload, self.released = owner, upload, False


@asynccontextmanager
async def upload_lock(services, caller: Caller, upload_id: str, wait: float) -> AsyncIterator[HeldLock]:
    """Hold the upload's lock (its database lease) while the block runs.

    ``404`` for an upload the caller cannot see (or expired); waits up to ``wait`` seconds for
    another request (in any server process) to let go, then answers ``423 upload_locked``.
    """
    if not _UPLOAD_ID_RE.match(upload_id):
        raise not_found("Upload")
    owner = secrets.token_hex(16)
    deadline = time.monotonic() + wait
    while (up := await run_in_threadpool(_take_lock, services, caller, upload_id, owner)) is None:
        await run_in_threadpool(_load_upload, services, caller, upload_id)  # 404 unless merely locked
        if time.monotonic() >= deadline:
            raise ApiError(423, ErrorCode.UPLOAD_LOCKED, "The upload is being written by another request; "
                           "try again when it has finished.", headers={**TUS_HEADERS, "Retry-After": "5"})
        await asyncio.sleep(_LOCK_POLL)
    held = HeldLock(owner, up)

    async def keep() -> None:
        while True:
            await asyncio.sleep(LOCK_LEASE_SECONDS / 3)
            if not await run_in_threadpool(_renew_lock, services, upload_id, owner):
                log.warning("upload %s: its lock could not be renewed", upload_id)
                return

    keeper = asyncio.create_task(keep())
    try:
        if _expired(services, up):
            raise not_found("Upload")
        yield held
    finally:
        keeper.cancel()
        if not held.released:
            await run_in_threadpool(services.db.execute_alone, update(Upload).where(
                Upload.id == upload_id, Upload.lock_owner == owner).values(**_unlocked()))


def _load_upload(services, caller: Caller, upload_id: str) -> Upload:
    if not _UPLOAD_ID_RE.match(upload_id):
        raise not_found("Upload")
    with services.db.read() as s:
        up = s.get(Upload, upload_id)
    if up is None or up.institution_id != caller.institution_id or _expired(services, up):
        raise not_found("Upload")
    return up


def _expires_at(services, up: Upload) -> dt.datetime:
    return up.updated_at + dt.timedelta(seconds=services.settings.upload_expiry_seconds)


def _expired(services, up: Upload) -> bool:
    return not up.completed and _expires_at(services, up) <= utcnow()


def _expiry_header(services, up: Upload) -> dict[str, str]:
    """tus expiration: ``Upload-Expires`` (RFC 7231 date) while the upload is incomplete."""
    if up.completed or up.offset == up.length:
        return {}
    return {"Upload-Expires": format_datetime(_expires_at(services, up).replace(tzinfo=dt.timezone.utc), usegmt=True)}


def expire_uploads(services) -> int:
    """Remove incomplete uploads idle longer than the expiry (rows and partial bytes); returns how many.

    An upload with a PATCH in progress (its lock held) is left alone. Run by the server's hourly sweep (until then an
    expired upload already answers 404); a client that comes back to it creates a new one.
    """
    cutoff = utcnow() - dt.timedelta(seconds=services.settings.upload_expiry_seconds)
    with services.db.read() as s:
        ids = list(s.execute(select(Upload.id).where(Upload.completed.is_(False), Upload.updated_at <= cutoff)
                             .limit(1000)).scalars())
    removed = 0
    for upload_id in ids:
        with services.db.write() as s:
            gone = s.execute(delete(Upload).where(
                Upload.id == upload_id, Upload.completed.is_(False), Upload.updated_at <= cutoff,
                or_(Upload.lock_owner.is_(None), Upload.lock_expires_at < utcnow()))).rowcount
        if gone:
            services.storage.discard(upload_id)
            removed += 1
    return removed


def _finalize(services, caller: Caller, up, lock: Optional[HeldLock] = None) -> None:
    """Verify the whole file's SHA-256, store it as a blob and make it visible to the institution
    (and let go of the upload's lock in the same transaction)."""
    actual = services.storage.partial_sha256(up.id)
    if actual != up.sha256:
        services.storage.discard(up.id)
        with services.db.write() as s:
            row = s.get(Upload, up.id)
            if row is not None:
                s.delete(row)
        raise ApiError(460, ErrorCode.SHA256_MISMATCH,
                       f"The uploaded bytes hash to {actual}, not the declared {up.sha256}; upload discarded.",
                       headers=TUS_HEADERS)
    services.storage.promote(up.id, up.sha256)
    with services.db.write() as s:
        insert_ignore(s, Blob, sha256=up.sha256, size=up.length, created_at=utcnow())
        grant_blob(s, caller.institution_id, up.sha256)
        values = {"offset": up.length, "completed": True, "updated_at": utcnow()}
        if lock is not None:
            values = _unlocked(**values)
            lock.released = True
        s.execute(update(Upload).where(Upload.id == up.id).values(**values))


@router.options("/uploads", status_code=204, response_class=Response)
def tus_options(services=Depends(get_services)):
    """tus capabilities."""
    return Response(status_code=204, headers={
        **TUS_HEADERS, "Tus-Version": TUS_VERSION, "Tus-Extension": ",".join(TUS_EXTENSIONS),
        "Tus-Max-Size": str(services.settings.max_file_size), "Tus-Checksum-Algorithm": ",".join(TUS_CHECKSUM_ALGORITHMS)})


@router.post("/uploads", status_code=201, response_class=Response,
             responses={201: {"description": "Created; Location names the upload, Upload-Offset the bytes held"}},
             openapi_extra={"requestBody": {"required": False, "content": {
                 "application/offset+octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
async def create_upload(
    request: Request,
    tus_resumable: Optional[str] = Header(None, alias="Tus-Resumable"),
    upload_length: Optional[str] = Header(None, alias="Upload-Length"),
    upload_metadata: Optional[str] = Header(None, alias="Upload-Metadata"),
    upload_defer_length: Optional[str] = Header(None, alias="Upload-Defer-Length"),
    upload_checksum: Optional[str] = Header(None, alias="Upload-Checksum"),
    content_type: Optional[str] = Header(None, alias="Content-Type"),
    caller: Caller = Depends(current_caller),
    services=Depends(get_services),
):
    """tus creation (and creation-with-upload): declare length and sha256; returns the upload URL.

    A body (``Content-Type: application/offset+octet-stream``) is the upload's first bytes, stored
    as a PATCH at offset 0 would store them. Without a body, an incomplete upload of the same file
    that this workstation created and that no request is writing is handed back (its
    ``Upload-Offset``), so the bytes of a creation cut mid-way are not sent twice.

    A delta (``base`` and ``base_length`` in the metadata: the file extends one the institution
    holds) starts with the base's bytes: ``Upload-Offset`` is ``base_length`` and the body, if
    any, follows them; the whole file's SHA-256 is checked at the end as for any upload.
    """
    require_tus(tus_resumable)
    declared = parse_decimal(request.headers.get("content-length"))
    with_body = bool(declared) or "chunked" in request.headers.get("transfer-encoding", "").lower()
    if with_body:
        require_offset_stream(content_type, "A creation with upload")
    expected_digest = parse_checksum(upload_checksum) if with_body else None
    spec = parse_creation(services, upload_length, upload_metadata, upload_defer_length)
    body = request.stream()
    if with_body and is_whole(spec, declared):
        data, cut, hasher = await whole_upload.read_whole(request, spec.length)
        if not cut and hasher.hexdigest() == spec.sha and expected_digest in (None, hasher.digest()):
            upload_id = await run_in_threadpool(whole_upload.store_whole, services, caller, spec.sha, spec.length,
                                                spec.filename, spec.media_type, data)
            return Response(status_code=201, headers={**TUS_HEADERS, "Location": f"/v1/uploads/{upload_id}",
                                                      "Upload-Offset": str(spec.length)})
        body = whole_upload.replay(data, cut)  # the general way, with the bytes already read
    up, done, reused = await run_in_threadpool(_create_row, services, caller, spec, not with_body)
    offset = up.offset
    if with_body and not done:
        if declared is not None and up.offset + declared > up.length:
            raise ApiError(413, ErrorCode.FILE_TOO_LARGE,
                           f"Content-Length {declared} goes past Upload-Length {up.length}; nothing stored.",
                           headers={**TUS_HEADERS, "Location": f"/v1/uploads/{up.id}", "Upload-Offset": str(up.offset)})
        async with upload_lock(services, caller, up.id, wait=services.settings.body_timeout_seconds) as lock:
            offset, disconnected = await _append_body(services, caller, body, lock, expected_digest)
            up = lock.upload
        if disconnected:  # the bytes that came are kept: a creation without body hands this upload back
            return _cut_off(request, "The upload's first bytes stopped arriving; the bytes received are kept.",
                            {"Location": f"/v1/uploads/{up.id}", "Upload-Offset": str(offset)})
        done = offset == up.length
    elif not done and up.length == 0:
        await run_in_threadpool(_finalize, services, caller, up)
        done = True
    if done:
        offset = up.length
    if reused:
        log.info("upload %s handed back to its creator at offset %d", up.id, offset)
    return Response(status_code=201, headers={**TUS_HEADERS, "Location": f"/v1/uploads/{up.id}",
                                              "Upload-Offset": str(offset), **_expiry_header(services, up)})


def _create_row(services, caller: Caller, spec: Creation, may_reuse: bool):
    """Create a creation's row (or find the one to hand back). Returns ``(upload, complete, reused)``."""
    sha, length, base = spec.sha, spec.length, spec.base
    upload_id = new_upload_id()
    seeded = _seed_from_base(services, caller, upload_id, sha, base) if base else 0
    try:
        return _insert_row(services, caller, upload_id, sha, length, spec.filename, spec.media_type, may_reuse,
                           seeded)
    except BaseException:
        if seeded:
            services.storage.discard(upload_id)
        raise


def _seed_from_base(services, caller: Caller, upload_id: str, sha: str, base: tuple[str, int]) -> int:
    """Start the partial upload with the base's bytes; 409 ``base_missing`` unless the caller's
    institution can see that file, of that length. Returns the bytes seeded (0 when the file
    itself is already known: nothing to start)."""
    base_sha, base_length = base
    with services.db.read() as s:
        if s.get(BlobAccess, (sha, caller.institution_id)) is not None:
            return 0  # the whole file is here already: the creation answers complete
        blob = s.get(Blob, base_sha) if s.get(BlobAccess, (base_sha, caller.institution_id)) is not None else None
    if blob is None or blob.size != base_length or not services.storage.has(base_sha):
        raise ApiError(409, ErrorCode.BASE_MISSING,
                       f"The server holds no file {base_sha} of {base_length} bytes for this institution to "
                       "extend; send the whole file.", headers=TUS_HEADERS)
    return services.storage.seed_partial(upload_id, base_sha)


def _insert_row(services, caller: Caller, upload_id: str, sha: str, length: int, filename, media_type,
                may_reuse: bool, seeded: int):
    """The creation's row (or the upload to hand back); ``seeded`` bytes of a delta's base are in
    the partial file already. Returns ``(upload, complete, reused)``."""
    with services.db.write() as s:
        known = s.get(Blob, sha) if s.get(BlobAccess, (sha, caller.institution_id)) is not None else None
        if known is not None and known.size != length:
            raise ApiError(400, ErrorCode.INVALID_UPLOAD_METADATA,
                           f"File {sha} is known with {known.size} bytes, not {length}.")
        done = known is not None
        if done and seeded:
            services.storage.discard(upload_id)
            seeded = 0
        if not done and may_reuse and caller.workstation_id:
            now = utcnow()
            cutoff = now - dt.timedelta(seconds=services.settings.upload_expiry_seconds)
            earlier = s.execute(select(Upload).where(
                Upload.institution_id == caller.institution_id, Upload.workstation_id == caller.workstation_id,
                Upload.sha256 == sha, Upload.length == length, Upload.completed.is_(False),
                Upload.updated_at > cutoff, or_(Upload.lock_owner.is_(None), Upload.lock_expires_at < now))
                .order_by(Upload.offset.desc(), Upload.updated_at.desc()).limit(1)).scalars().first()
            if earlier is not None:
                s.expunge(earlier)
                if seeded:
                    services.storage.discard(upload_id)
                return earlier, False, True
        up = Upload(id=upload_id, institution_id=caller.institution_id, workstation_id=caller.workstation_id,
                    sha256=sha, length=length, offset=length if done else seeded, filename=filename,
                    media_type=media_type or None, completed=done,
                    created_at=utcnow(), updated_at=utcnow())
        s.add(up)
        s.flush()
        s.expunge(up)
    return up, done, False


@router.head("/uploads/{upload_id}", response_class=Response)
def head_upload(upload_id: str, tus_resumable: Optional[str] = Header(None, alias="Tus-Resumable"),
                caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Current offset of an upload (resume point)."""
    require_tus(tus_resumable)
    headers = head_headers(services, caller.institution_id, upload_id)
    if headers is None:
        raise not_found("Upload")
    return Response(status_code=200, headers=headers)


_UP = Upload.__table__.c
#: What HEAD of an upload answers with: one statement, built once.
_HEAD = select(_UP.offset, _UP.length, _UP.completed, _UP.updated_at).where(
    _UP.id == bindparam("id"), _UP.institution_id == bindparam("institution_id"))


def head_headers(services, institution_id: str, upload_id: str) -> Optional[dict[str, str]]:
    """The headers answering ``HEAD /v1/uploads/{upload_id}`` (also served by ``fastpath.HeadFastPath``),
    or None when the institution has no such upload (or it expired): 404."""
    if not _UPLOAD_ID_RE.match(upload_id):
        return None
    found = services.db.rows(_HEAD, {"id": upload_id, "institution_id": institution_id})
    if not found or _expired(services, found[0]):
        return None
    up = found[0]
    return {**TUS_HEADERS, "Upload-Offset": str(up.offset), "Upload-Length": str(up.length),
            "Cache-Control": "no-store", **_expiry_header(services, up)}


def _cut_off(request: Request, message: str, headers: dict[str, str]) -> Response:
    """The answer to a request whose body stopped: 408 when the body timeout cut it, else 400 (the
    client went away and reads no answer)."""
    if request.scope.get("docflow.body_timeout"):
        raise ApiError(408, ErrorCode.REQUEST_TIMEOUT, message, headers={**TUS_HEADERS, **headers, "Connection": "close"})
    return Response(status_code=400)


@router.patch("/uploads/{upload_id}", status_code=204, response_class=Response,
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/offset+octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
async def patch_upload(
    upload_id: str,
    request: Request,
    tus_resumable: Optional[str] = Header(None, alias="Tus-Resumable"),
    upload_offset: Optional[str] = Header(None, alias="Upload-Offset"),
    upload_checksum: Optional[str] = Header(None, alias="Upload-Checksum"),
    content_type: Optional[str] = Header(None, alias="Content-Type"),
    caller: Caller = Depends(current_caller),
    services=Depends(get_services),
):
    """Append bytes at ``Upload-Offset``; the last byte triggers whole-file SHA-256 verification."""
    require_tus(tus_resumable)
    require_offset_stream(content_type, "PATCH")
    offset = parse_decimal(upload_offset)
    if offset is None:
        raise ApiError(400, ErrorCode.INVALID_REQUEST,
                       "Upload-Offset must be a non-negative integer in ASCII digits (at most 19).")
    expected_digest = parse_checksum(upload_checksum)
    declared = parse_decimal(request.headers.get("content-length"))
    async with upload_lock(services, caller, upload_id, wait=services.settings.body_timeout_seconds) as lock:
        up = lock.upload
        if up.completed:
            # Already complete (e.g. content the institution had): report the end, ignore the bytes,
            # so a plain tus client that always starts at offset 0 finishes at once.
            return Response(status_code=204, headers={**TUS_HEADERS, "Upload-Offset": str(up.length)})
        if offset != up.offset:
            raise ApiError(409, ErrorCode.OFFSET_MISMATCH,
                           f"Upload-Offset {offset} does not match the upload's offset {up.offset}.",
                           headers={**TUS_HEADERS, "Upload-Offset": str(up.offset)})
        if declared is not None and up.offset + declared > up.length:
            raise ApiError(413, ErrorCode.FILE_TOO_LARGE,
                           f"Content-Length {declared} goes past Upload-Length {up.length}; nothing stored.",
                           headers={**TUS_HEADERS, "Upload-Offset": str(up.offset)})
        new_offset, disconnected = await _append_body(services, caller, request.stream(), lock, expected_digest)
        up = lock.upload
    if disconnected:
        return _cut_off(request, "The chunk stopped arriving; the bytes received are kept (HEAD gives the offset).",
                        {"Upload-Offset": str(new_offset)})
    return Response(status_code=204, headers={**TUS_HEADERS, "Upload-Offset": str(new_offset),
                                              **_expiry_header(services, up)})


async def _append_body(services, caller: Caller, body: AsyncIterator[bytes], lock: HeldLock, expected_digest):
    """Append the request's ``body`` at the upload's offset (its lock held); the last byte finalizes
    the upload. Returns ``(new offset, the client went away)``; a chunk that goes past the length
    or fails its checksum is discarded (413 / 460)."""
    up = lock.upload
    storage = services.storage
    f = await run_in_threadpool(storage.open_partial, up.id, up.offset)
    written = 0
    hasher = hashlib.sha256()
    too_long = False
    disconnected = False
    pending: list[bytes] = []   # gathered to ~1 MiB per write: one thread hop, not one per chunk
    buffered = 0
    try:
        try:
            async for chunk in body:
                if not chunk:
                    continue
                if up.offset + written + len(chunk) > up.length:
                    too_long = True
                    break
                hasher.update(chunk)
                pending.append(chunk)
                written += len(chunk)
                buffered += len(chunk)
                if buffered >= _WRITE_BUFFER:
                    await run_in_threadpool(f.write, b"".join(pending))
                    pending, buffered = [], 0
        except ClientDisconnect:
            disconnected = True
        await run_in_threadpool(_write_and_sync, f, b"".join(pending))
    finally:
        f.close()
    if too_long:
        await run_in_threadpool(storage.truncate_partial, up.id, up.offset)
        raise ApiError(413, ErrorCode.FILE_TOO_LARGE,
                       f"The bytes go past Upload-Length {up.length}; chunk discarded.",
                       headers={**TUS_HEADERS, "Location": f"/v1/uploads/{up.id}", "Upload-Offset": str(up.offset)})
    if expected_digest is not None and (disconnected or hasher.digest() != expected_digest):
        await run_in_threadpool(storage.truncate_partial, up.id, up.offset)
        raise ApiError(460, ErrorCode.CHECKSUM_MISMATCH,
                       "The chunk's sha256 differs from Upload-Checksum; chunk discarded.",
                       headers={**TUS_HEADERS, "Location": f"/v1/uploads/{up.id}", "Upload-Offset": str(up.offset)})
    new_offset = up.offset + written
    services.metrics.upload_bytes.inc(written)
    if new_offset != up.length:
        up.updated_at = await run_in_threadpool(_save_offset, services, lock, new_offset)
    up.offset = new_offset
    if new_offset == up.length:  # every byte is here (even if the link dropped after the last one)
        await run_in_threadpool(_finalize, services, caller, up, lock)
    return new_offset, disconnected


#: Bytes of a PATCH gathered before they are written to the partial file.
_WRITE_BUFFER = 1024 * 1024


def _write_and_sync(f, data: bytes) -> None:
    if data:
        f.write(data)
    f.flush()
    os.fsync(f.fileno())


def _save_offset(services, lock: HeldLock, offset: int) -> dt.datetime:
    """Record the new offset and let go of the lock (one statement); returns the new idle start."""
    now = utcnow()
    services.db.execute_alone(update(Upload).where(Upload.id == lock.upload.id, Upload.lock_owner == lock.owner)
                              .values(**_unlocked(offset=offset, updated_at=now)))
    lock.released = True
    return now


@router.delete("/uploads/{upload_id}", status_code=204, response_class=Response)
async def delete_upload(upload_id: str, tus_resumable: Optional[str] = Header(None, alias="Tus-Resumable"),
                        caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """tus termination: forget the upload and its partial bytes.

    Takes the upload's lock, as a PATCH does: a DELETE while a PATCH streams waits a few seconds
    for it and otherwise answers ``423 upload_locked`` (the PATCH is never cut under its feet).
    """
    require_tus(tus_resumable)
    async with upload_lock(services, caller, upload_id, wait=DELETE_LOCK_WAIT) as lock:
        up = lock.upload
        await run_in_threadpool(_delete_upload_row, services, up)
        lock.released = True
        if not up.completed:
            await run_in_threadpool(services.storage.discard, up.id)
    return Response(status_code=204, headers=TUS_HEADERS)


def _delete_upload_row(services, up) -> None:
    services.db.execute_alone(delete(Upload).where(Upload.id == up.id))
