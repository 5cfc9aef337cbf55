"""The file plan with the server (docs/protocol.md §8.1), before the ops are pushed (a registration
names its case, which the server must know): cases changed here go up (``PUT``, with the version last
seen), then every case of the institution comes down -- unless the plan is unchanged since the last
cycle (the server's ETag; a 304 costs a few hundred bytes).

A case changed meanwhile on another desk (409 ``version_conflict``) takes the server's version; the
change made here is kept in the audit journal (``fileplan.conflict``) for a person to redo.
"""
from __future__ import annotations

import logging

from sqlalchemy import select

from desktop_app import audit
from desktop_app.db.models import FileCase, utcnow
from desktop_app.errors import RequestRefused
from desktop_app.sync.client import SyncClient
from docflow_protocol import ErrorCode

log = logging.getLogger(__name__)


def sync_file_plan(connection, client: SyncClient) -> int:  # noqa: ANN001 - Connection
    """Send the cases changed here, then take the server's file plan; returns the cases sent."""
    ctx = connection.ctx
    with ctx.db.read() as s:
        dirty = [(c.id, _body(c)) for c in s.execute(select(FileCase).where(FileCase.dirty.is_(True))).scalars()]
    sent = 0
    for case_id, body in dirty:
        try:
            answer = client.put_case(case_id, body)
        except RequestRefused as exc:
            details = ((exc.body or {}).get("error") or {}).get("details") if isinstance(exc.body, dict) else None
            if exc.code == ErrorCode.VERSION_CONFLICT.value and isinstance(details, dict) and isinstance(details.get("case"), dict):
                with ctx.db.write() as s:
                    audit.append(s, connection.actor(), "fileplan.conflict", None, mine=body, theirs=details["case"])
                    _store(s, details["case"], force=True)
                continue
            log.warning("the server refused case %s of the file plan: %s", body.get("index"), exc)
            continue
        with ctx.db.write() as s:
            _store(s, answer, force=True)
        sent += 1
    key = (connection.server_url, connection.workstation_id)
    seen = connection.file_plan_seen
    cases, etag = client.file_plan_since(seen[1] if seen and seen[0] == key and not sent else None)
    if cases is not None:  # None: unchanged since the last cycle (304)
        with ctx.db.write() as s:
            for c in cases:
                _store(s, c, force=False)
    connection.file_plan_seen = (key, etag) if etag else None
    return sent


def _body(c: FileCase) -> dict:
    return {"year": c.year, "index": c.case_index, "title": c.title, "retention_years": c.retention_years,
            "article": c.article, "closed": c.closed, "base_version": c.version}


def _store(s, data: dict, force: bool) -> None:  # noqa: ANN001 - Session
    """The server's case into the local file plan (a case changed here and not yet sent stays as it is)."""
    case = s.get(FileCase, data["id"])
    if case is None:
        clash = s.execute(select(FileCase).where(FileCase.year == data["year"], FileCase.case_index == data["index"])).scalar()
        if clash is not None:
            log.warning("case %s of %s exists here under another id; the server's is not taken", data["index"], data["year"])
            return
        case = FileCase(id=data["id"])
        s.add(case)
    elif case.dirty and not force:
        return
    elif case.version >= data["version"] and not force:
        return
    case.year, case.case_index, case.title = data["year"], data["index"], data["title"]
    case.retention_years, case.article, case.closed = data.get("retention_years"), data.get("article") or "", data["closed"]
    case.version, case.dirty, case.updated_at = data["version"], False, utcnow()
    s.flush()
