"""Conflicts: the server refused or outdated one of this desk's changes; a person decides.

A push result ``conflict`` (stale ``base_version``) or ``rejected`` (e.g. a route step someone else
already acted on) opens a :class:`~desktop_app.db.models.Conflict` holding **both versions** --
this desk's (the op, its payload, the local fields and number) and the server's current document
-- marks the document ``has_conflict`` (it shows in the Conflicts queue) and holds back that
document's later ops. Nothing is merged or overwritten silently; :func:`resolve` applies a
person's choice.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app import audit, card, outbox, search
from desktop_app.db.models import Conflict, Document, OutboxOp, Resolution, RouteStep, SyncRemote, utcnow
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.i18n import translate
from desktop_app.routing import steps as K
from desktop_app.services.types import ConflictInfo
from desktop_app.services.types.sync import CONFLICT_CHOICES, MERGE, MINE, THEIRS
from desktop_app.sync import apply as applying
from docflow_protocol import DOCUMENT_FIELDS, OpStatus, OpType


def kind_of(op_type: str, status: str) -> str:
    """What sort of conflict a refused op of ``op_type`` makes (it decides the choices offered)."""
    if op_type == OpType.DOCUMENT_UPDATE.value:
        kind = Conflict.FIELD
    elif op_type == OpType.REGISTRATION_REGISTER.value:
        kind = Conflict.REGISTRATION
    elif op_type.startswith("route.") or op_type == OpType.RESOLUTION_CREATE.value:
        kind = Conflict.ROUTE
    else:
        kind = Conflict.OPERATION
    if status == OpStatus.REJECTED.value and kind in (Conflict.FIELD, Conflict.OPERATION):
        kind = Conflict.REJECTED
    return kind


def choices_for(kind: str) -> tuple[str, ...]:
    if kind == Conflict.FIELD:
        return CONFLICT_CHOICES
    if kind == Conflict.REGISTRATION:
        return (THEIRS,)  # a document is registered once: the server's number stands
    return (THEIRS, MINE)  # mine = send this desk's action again on top of theirs


def open_conflict(s: Session, row: OutboxOp, doc_id: str, status: str, err: dict, remote: dict, actor: str) -> None:
    """Inside the push's write transaction: record a refused op with both versions."""
    doc = s.get(Document, doc_id)
    local: dict[str, Any] = {"op_id": row.id, "op_type": row.op_type, "payload": row.payload}
    if doc is not None:
        local["fields"] = {k: getattr(doc, k) for k in DOCUMENT_FIELDS}
        local["status"] = doc.status
        local["version"] = doc.version
        if doc.registration is not None:
            local["registration"] = {"number": doc.registration.number, "provisional": doc.registration.provisional}
        doc.has_conflict = True
    s.add(Conflict(document_id=doc_id, op_id=row.id, kind=kind_of(row.op_type, status),
                   local=local, remote={"state": remote, "error": {"code": err.get("code", ""),
                                                                    "message": str(err.get("message", ""))[:500]}}))
    if remote.get("id") == doc_id and isinstance(remote.get("version"), int):
        applying.remember_remote(s, remote, applied=False)
    audit.append(s, actor, "sync.conflict", doc_id, op_type=row.op_type, code=err.get("code", ""))


def open_conflicts(db) -> list[ConflictInfo]:  # noqa: ANN001 - Database
    """Open conflicts, oldest first (the Conflicts queue)."""
    with db.read() as s:
        rows = list(s.execute(select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.created_at)).scalars())
        out = []
        for c in rows:
            err = (c.remote or {}).get("error") or {}
            out.append(ConflictInfo(c.id, c.document_id, c.kind, (c.local or {}).get("op_type", ""),
                                    err.get("code", ""), err.get("message", ""), c.local or {},
                                    (c.remote or {}).get("state") or {}, c.created_at, choices_for(c.kind)))
        return out


def resolve(connection, conflict_id: str, choice: str, merged: dict | None = None) -> str:  # noqa: ANN001 - Connection
    """Settle a conflict: ``theirs`` takes the server's version, ``mine`` sends this desk's change
    again on top of it, ``merge`` sends ``merged`` fields. Nothing is lost: the losing version
    stays in the conflict record and the audit journal. Returns the document's id."""
    ctx = connection.ctx
    info = next((c for c in open_conflicts(ctx.db) if c.id == conflict_id), None)
    if info is None:
        raise NotFound(translate("Sync", "There is no open conflict {id}.").format(id=conflict_id))
    if choice not in info.choices:
        raise InvalidInput(translate("Sync", "This conflict cannot be settled with '{choice}'; choose one of: {choices}.").format(
            choice=choice, choices=", ".join(info.choices)))
    fields: dict[str, Any] = {}
    if choice == MINE and info.kind == Conflict.FIELD:
        fields = dict((info.local.get("payload") or {}).get("fields") or {})
    elif choice == MERGE:
        fields = {k: v for k, v in (merged or {}).items() if k in DOCUMENT_FIELDS}
        if not fields:
            raise InvalidInput(translate("Sync", "A merge needs at least one of the fields: subject, summary, confidentiality."))
        subject = DOCUMENT_FIELDS[0]  # a merged subject is refused whole when too long, not cut
        if subject in fields:
            fields[subject] = card.check_subject(fields[subject])
    with ctx.db.write() as s:
        c = s.get(Conflict, conflict_id)
        remote_row = s.get(SyncRemote, info.document_id)
        remote = remote_row.state if remote_row is not None and remote_row.version >= info.remote.get("version", 0) else info.remote
        doc = s.get(Document, info.document_id)
        c.resolved_at, c.resolution = utcnow(), choice
        others = s.execute(select(func.count()).select_from(Conflict).where(
            Conflict.document_id == info.document_id, Conflict.resolved_at.is_(None), Conflict.id != conflict_id)).scalar_one()
        if doc is not None and not others:
            doc.has_conflict = False
        if remote and remote.get("id") == info.document_id and doc is not None:
            _take_theirs(connection, s, c, doc, remote, choice, info)
            doc.has_conflict = bool(others)
        if choice == MINE and info.kind != Conflict.FIELD:
            outbox.enqueue(s, info.op_type, info.document_id, dict(info.local.get("payload") or {}),
                           base_version=doc.version if doc is not None else None)
        if fields and doc is not None:
            for k, v in fields.items():
                setattr(doc, k, v)
            doc.updated_at = utcnow()
            outbox.enqueue(s, OpType.DOCUMENT_UPDATE.value, doc.id, {"fields": fields}, base_version=doc.version)
            search.reindex(s, doc)
        audit.append(s, ctx.user.username, "conflict.resolved", info.document_id, conflict=conflict_id,
                     choice=choice, kind=info.kind, fields=sorted(fields))
    return info.document_id


def _take_theirs(connection, s: Session, c: Conflict, doc: Document, remote: dict, choice: str,  # noqa: ANN001
                 info: ConflictInfo) -> None:
    """Take the server's version first; this desk's other ops on the document stay queued behind it.

    Settling one conflict never throws away unrelated work (issue 14): with ``theirs`` only what
    the losing op decided is given up -- the fields it set are dropped from this desk's later edits
    of the same fields (an edit left with nothing is kept on record as ``superseded``); every other
    op (a resolution, a route, another field) stays pending and is sent on top of the server's
    version. If the server then refuses one, that is a conflict of its own, shown to the person.
    """
    doc.has_conflict = False
    held = list(s.execute(select(OutboxOp).where(OutboxOp.document_id == info.document_id,
                                                 OutboxOp.state == OutboxOp.PENDING).order_by(OutboxOp.seq)).scalars())
    lost_fields = set(((info.local.get("payload") or {}).get("fields") or {})) if info.kind == Conflict.FIELD else set()
    if choice == THEIRS and lost_fields:
        for h in held:
            if h.op_type != OpType.DOCUMENT_UPDATE.value:
                continue
            fields = dict((h.payload or {}).get("fields") or {})
            kept = {k: v for k, v in fields.items() if k not in lost_fields}
            if kept == fields:
                continue
            if kept:
                h.payload = {**(h.payload or {}), "fields": kept}
            else:
                h.state, h.last_error = OutboxOp.SUPERSEDED, translate("Sync", "Replaced by the server's version (conflict settled).")
        held = [h for h in held if h.state == OutboxOp.PENDING]
    if choice == THEIRS and info.op_type == OpType.RESOLUTION_CREATE.value:
        held = _without_routes_of_lost_resolution(s, held, info)
    for h in held:
        h.state = OutboxOp.HELD
    applying.apply_snapshot(connection.ctx, s, remote, connection.journals(), connection.actor())
    if choice == THEIRS and info.kind != Conflict.FIELD:
        applying.force_route(s, doc, (remote.get("route") or {}).get("steps") or [])
        if info.op_type == OpType.RESOLUTION_CREATE.value:
            _drop_lost_resolution(s, doc, remote, info, connection.actor())
    for h in held:
        h.state = OutboxOp.PENDING
        fields = (h.payload or {}).get("fields") if h.op_type == OpType.DOCUMENT_UPDATE.value else None
        for k, v in (fields or {}).items():
            if k in DOCUMENT_FIELDS:
                setattr(doc, k, v)  # still this desk's word until the server takes it: shown as typed
    search.reindex(s, doc)


def _without_routes_of_lost_resolution(s: Session, held: list[OutboxOp], info: ConflictInfo) -> list[OutboxOp]:
    """A refused resolution's route (the ``route.set`` that carried its execute steps) goes with it."""
    res_id = (info.local.get("payload") or {}).get("resolution_id")
    steps = set(s.execute(select(RouteStep.id).where(RouteStep.resolution_id == res_id)).scalars()) if res_id else set()
    for h in held:
        if h.op_type == OpType.ROUTE_SET.value and steps & {st.get("step_id") for st in (h.payload or {}).get("steps") or []
                                                           if isinstance(st, dict)}:
            h.state, h.last_error = OutboxOp.SUPERSEDED, translate("Sync", "Replaced by the server's version (conflict settled).")
    return [h for h in held if h.state == OutboxOp.PENDING]


def _drop_lost_resolution(s: Session, doc: Document, remote: dict, info: ConflictInfo, actor: str) -> None:
    """The server refused a resolution and the person took the server's version: the desk shows what
    the server has (the text stays in the conflict record and the audit journal)."""
    res_id = (info.local.get("payload") or {}).get("resolution_id")
    if not res_id or any(r.get("resolution_id") == res_id for r in remote.get("resolutions") or []):
        return
    for st in s.execute(select(RouteStep).where(RouteStep.resolution_id == res_id)).scalars():
        if st.state in K.LIVE_STATES:
            st.state, st.finished_at = K.CANCELLED, utcnow()
    res = s.get(Resolution, res_id)
    if res is not None:
        audit.append(s, actor, "resolution.withdrawn", doc.id, resolution_id=res_id, text=res.text[:500])
        s.delete(res)
    s.flush()
