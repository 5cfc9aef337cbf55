"""Read-side SQL for listing documents by queue and filter, fast at 100,000 rows."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, exists, func, or_, select, text
from sqlalchemy.orm import Session

from desktop_app import search, states
from desktop_app.db.models import Correspondent, Document, Registration, RouteStep
from desktop_app.services.types import CurrentUser, DocumentPage, DocumentQuery, DocumentRow

QUEUES = ("inbox", "to_register", "to_sign", "my_assignments", "outgoing", "sent", "archive", "conflicts", "all")

_ROW_COLUMNS = (
    Document.id, Document.kind, Document.status, Document.subject, Correspondent.name,
    Registration.number, Registration.reg_date, Registration.provisional, Document.created_at,
    Document.page_count, Document.has_conflict,
)


def _active_step_for(user: CurrentUser, kind: str | None = None):  # noqa: ANN202
    cond = [RouteStep.document_id == Document.id, RouteStep.state == "active",
            or_(RouteStep.assignee_user_id == user.id, RouteStep.assignee_role.in_(sorted(user.roles)))]
    if kind:
        cond.append(RouteStep.kind == kind)
    return exists().where(and_(*cond))


def queue_condition(queue: str, user: CurrentUser):  # noqa: ANN201
    """The WHERE clause of one navigation queue."""
    if queue == "inbox":
        return and_(Document.kind == "incoming", Document.status.in_(
            [states.DRAFT, states.REGISTERED, states.IN_ROUTE, states.SIGNED]))
    if queue == "to_register":
        return or_(and_(Document.kind == "incoming", Document.status == states.DRAFT),
                   and_(Document.kind == "outgoing", Document.status == states.SIGNED))
    if queue == "to_sign":
        return _active_step_for(user, "sign")
    if queue == "my_assignments":
        return _active_step_for(user)
    if queue == "outgoing":
        return and_(Document.kind == "outgoing", Document.status.in_(
            [states.DRAFT, states.IN_ROUTE, states.SIGNED, states.REGISTERED]))
    if queue == "sent":
        return Document.status == states.DISPATCHED
    if queue == "archive":
        return Document.status == states.ARCHIVED
    if queue == "conflicts":
        return Document.has_conflict.is_(True)
    return None


def _conditions(q: DocumentQuery, user: CurrentUser) -> list:
    conds = []
    qc = queue_condition(q.queue, user)
    if qc is not None:
        conds.append(qc)
    if q.kind:
        conds.append(Document.kind == q.kind)
    if q.status:
        conds.append(Document.status == q.status)
    if q.date_from:
        conds.append(Document.created_at >= dt.datetime.combine(q.date_from, dt.time.min))
    if q.date_to:
        conds.append(Document.created_at < dt.datetime.combine(q.date_to + dt.timedelta(days=1), dt.time.min))
    return conds


def list_page(session: Session, q: DocumentQuery, user: CurrentUser) -> DocumentPage:
    """One page of documents (newest first, or best match first when searching) and the total."""
    conds = _conditions(q, user)
    fts = search.match_query(q.text) if q.text.strip() else None
    base = (select(*_ROW_COLUMNS).select_from(Document)
            .outerjoin(Registration, Registration.document_id == Document.id)
            .outerjoin(Correspondent, Correspondent.id == Document.correspondent_id))
    count = select(func.count()).select_from(Document)
    if fts is None and q.text.strip():
        return DocumentPage((), 0, q.offset)
    if fts is not None:
        hit_ids = text(search.matching_ids_sql()).bindparams(fts_query=fts).columns(Document.id)
        conds.append(Document.id.in_(hit_ids))
    where = and_(*conds) if conds else None
    if where is not None:
        base = base.where(where)
        count = count.where(where)
    base = base.order_by(Document.created_at.desc(), Document.id.desc()).offset(q.offset).limit(q.limit)
    rows = tuple(DocumentRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6], bool(r[7]), r[8], r[9], bool(r[10]))
                 for r in session.execute(base))
    total = session.execute(count).scalar_one()
    return DocumentPage(rows, total, q.offset)


def rows_by_ids(session: Session, ids: list[str]) -> dict[str, DocumentRow]:
    if not ids:
        return {}
    stmt = (select(*_ROW_COLUMNS).select_from(Document)
            .outerjoin(Registration, Registration.document_id == Document.id)
            .outerjoin(Correspondent, Correspondent.id == Document.correspondent_id)
            .where(Document.id.in_(ids)))
    return {r[0]: DocumentRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6], bool(r[7]), r[8], r[9], bool(r[10]))
            for r in session.execute(stmt)}


def queue_counts(session: Session, user: CurrentUser) -> dict[str, int]:
    out = {}
    for name in QUEUES:
        cond = queue_condition(name, user)
        stmt = select(func.count()).select_from(Document)
        if cond is not None:
            stmt = stmt.where(cond)
        out[name] = session.execute(stmt).scalar_one()
    return out
