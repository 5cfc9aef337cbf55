"""A tus creation whose body is the whole file (the desk's usual 100 KB scan): one read, one hash,
one file write, one transaction.

The general path (``routers/uploads.py``) creates the upload's row, takes its lock, appends the
body to a partial file, hashes that file again, promotes it and records the blob -- four write
transactions and two fsyncs of the file, 9 ms of server CPU for 100 KB (bench/server_cpu.py), the
largest single cost of the day's mix. When ``Content-Length`` equals ``Upload-Length`` and the file
is small, the body is read into memory first and hashed as it comes; if every byte came and they
hash to the declared SHA-256 (and to ``Upload-Checksum``, if sent), the blob is written durably
(``BlobStorage.store``: fsync, rename, fsync of its directory) and one transaction records the
blob, the institution's access to it and the (complete) upload: on PostgreSQL one statement in
autocommit mode (one round trip: no BEGIN and COMMIT of their own), on SQLite three prepared Core
inserts.

Anything else -- a body cut short, a checksum or hash that differs -- goes the general way with the
bytes already read (``replay``), so what is kept, refused or handed back is exactly what the
general path keeps, refuses or hands back. Durability is unchanged: the blob is on disk before the
transaction that names it commits.
"""
from __future__ import annotations

import hashlib
from typing import AsyncIterator, Optional

from sqlalchemy import bindparam, insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from starlette.requests import ClientDisconnect, Request

from circulation_server.models import Blob, BlobAccess, Upload, utcnow
from circulation_server.security import new_upload_id

#: Largest file taken whole into memory (larger ones stream to a partial file as before): what a
#: PATCH buffers before a write anyway (``uploads._WRITE_BUFFER``), so memory per request is as
#: bounded as it was. The desk's creation body is at most 256 KiB.
WHOLE_IN_MEMORY = 1024 * 1024

_STATEMENTS: dict[str, tuple] = {}


def _statements(dialect: str) -> tuple:
    """The three inserts, built once per dialect (bound parameters: no statement building and no
    cache-key work per request)."""
    found = _STATEMENTS.get(dialect)
    if found is None:
        ins = pg_insert if dialect == "postgresql" else sqlite_insert
        found = _STATEMENTS[dialect] = (
            ins(Blob.__table__).values(sha256=bindparam("sha"), size=bindparam("size"), created_at=bindparam("now"))
            .on_conflict_do_nothing(),
            ins(BlobAccess.__table__).values(sha256=bindparam("sha"), institution_id=bindparam("institution_id"))
            .on_conflict_do_nothing(),
            insert(Upload.__table__))
    return found


async def read_whole(request: Request, length: int) -> tuple[bytes, bool, "hashlib._Hash"]:
    """The request's body (``length`` bytes declared), the client gone before its end, and its hash."""
    chunks: list[bytes] = []
    hasher = hashlib.sha256()
    try:
        async for chunk in request.stream():
            if chunk:
                hasher.update(chunk)
                chunks.append(chunk)
    except ClientDisconnect:
        return b"".join(chunks), True, hasher
    body = b"".join(chunks)
    return body, len(body) != length, hasher


async def replay(body: bytes, disconnected: bool) -> AsyncIterator[bytes]:
    """The bytes ``read_whole`` took, as ``request.stream()`` would give them (then the cut, if any)."""
    if body:
        yield body
    if disconnected:
        raise ClientDisconnect()


#: PostgreSQL: the blob, the institution's access to it and the (complete) upload in one statement,
#: a transaction by itself (``Database.write_alone``). The blob's key is checked at the statement's
#: end, when the sibling insert has made its row.
_PG_STORE = """\
WITH blob AS (
  INSERT INTO blobs (sha256, size, created_at) VALUES (%(sha)s, %(size)s, %(now)s) ON CONFLICT DO NOTHING
), access AS (
  INSERT INTO blob_access (sha256, institution_id) VALUES (%(sha)s, %(institution_id)s) ON CONFLICT DO NOTHING
)
INSERT INTO uploads (id, institution_id, workstation_id, sha256, length, "offset", filename, media_type, completed,
                     created_at, updated_at, lock_owner, lock_expires_at)
VALUES (%(id)s, %(institution_id)s, %(workstation_id)s, %(sha)s, %(size)s, %(size)s, %(filename)s, %(media_type)s,
        true, %(now)s, %(now)s, NULL, NULL)"""


def store_whole(services, caller, sha: str, length: int, filename: Optional[str], media_type: Optional[str],
                body: bytes) -> str:
    """Store a complete, verified file and its (complete) upload; returns the upload's id."""
    services.storage.store(sha, body)
    upload_id = new_upload_id()
    now = utcnow()
    if not services.db.is_sqlite:
        services.db.write_alone(_PG_STORE, {"sha": sha, "size": length, "now": now, "id": upload_id,
                                            "institution_id": caller.institution_id,
                                            "workstation_id": caller.workstation_id, "filename": filename,
                                            "media_type": media_type or None})
        services.metrics.upload_bytes.inc(length)
        return upload_id
    blob, access, upload = _statements(services.db.engine.dialect.name)
    with services.db.write() as s:
        conn = s.connection()
        conn.execute(blob, {"sha": sha, "size": length, "now": now})
        conn.execute(access, {"sha": sha, "institution_id": caller.institution_id})
        conn.execute(upload, {"id": upload_id, "institution_id": caller.institution_id,
                              "workstation_id": caller.workstation_id, "sha256": sha, "length": length,
                              "offset": length, "filename": filename, "media_type": media_type or None,
                              "completed": True, "created_at": now, "updated_at": now,
                              "lock_owner": None, "lock_expires_at": None})
    services.metrics.upload_bytes.inc(length)
    return upload_id
