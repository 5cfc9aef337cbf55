"""Read-side SQL for listing documents by queue and filter, fast at 100,000 rows; one document's
detail and the text a search hit's snippet is cut from."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import and_, exists, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from desktop_app import search, states
from desktop_app.db.models import (
    AuditEvent, Correspondent, Document, DocumentOrigin, FileCase, FileVersion, Journal, Registration, Resolution, RouteStep,
    Signature,
)
from desktop_app.routing import chancellery
from desktop_app.routing import steps as K
from desktop_app.routing.calendar import WorkCalendar
from desktop_app.services.registration_form import registration_info
from desktop_app.services.types import (
    AuditEntry, CurrentUser, DocumentDetail, DocumentPage, DocumentQuery, DocumentRow, FileInfo, SenderInfo, SignatureInfo,
)
from docflow_protocol import DocumentKind

QUEUES = ("inbox", "to_register", "to_sign", "my_assignments", "on_control", "outgoing", "sent", "archive", "conflicts", "all")

_ROW_COLUMNS = (
    Document.id, Document.kind, Document.status, Document.subject, Correspondent.name,
    Registration.number, Registration.reg_date, Registration.provisional, Document.created_at,
    Document.page_count, Document.has_conflict,
    exists().where(Signature.document_id == Document.id).correlate(Document),
    exists().where(DocumentOrigin.document_id == Document.id).correlate(Document),
)


def _active_step_for(user: CurrentUser, kind: str | None = None):  # noqa: ANN202
    cond = [RouteStep.document_id == Document.id, RouteStep.state == K.ACTIVE,
            or_(RouteStep.assignee_user_id == user.id, RouteStep.assignee_role.in_(sorted(user.roles)))]
    if kind:
        cond.append(RouteStep.kind == kind)
    return exists().where(and_(*cond))


def _unindexed(col):  # noqa: ANN001, ANN202
    """``+document.col``: SQLite's documented way to keep a term from choosing the index.

    A page of a queue is read in ``created_at`` order; letting SQLite pick the (kind, status)
    index instead would sort tens of thousands of rows for each page.
    """
    return literal_column(f"+{col.table.name}.{col.name}", type_=col.type)


def queue_condition(queue: str, user: CurrentUser, for_page: bool = False):  # noqa: ANN201
    """The WHERE clause of one navigation queue (``for_page``: shaped for created_at-ordered paging)."""
    kind = _unindexed(Document.kind) if for_page else Document.kind
    status = _unindexed(Document.status) if for_page else Document.status
    return _queue_condition(queue, user, kind, status)


def _queue_condition(queue: str, user: CurrentUser, kind, status):  # noqa: ANN001, ANN202
    if queue == "inbox":
        return and_(kind == DocumentKind.INCOMING.value, status.in_(
            [states.DRAFT, states.REGISTERED, states.IN_ROUTE, states.SIGNED]))
    if queue == "to_register":
        # an outgoing letter is registered before it is signed (its number is written into it), so a
        # signed one waits here only when it came signed from elsewhere and has no number yet
        return or_(and_(kind == DocumentKind.INCOMING.value, status == states.DRAFT),
                   and_(kind == DocumentKind.OUTGOING.value, status == states.SIGNED,
                        ~exists().where(Registration.document_id == Document.id)))
    if queue == "to_sign":
        return _active_step_for(user, K.SIGN)
    if queue == "my_assignments":
        return _active_step_for(user)
    if queue == "on_control":  # resolutions this person put on control: only they take them off it
        return exists().where(Resolution.document_id == Document.id, Resolution.author_id == user.id,
                              Resolution.control.is_(True))
    if queue == "outgoing":
        return and_(kind == DocumentKind.OUTGOING.value, status.in_(
            [states.DRAFT, states.IN_ROUTE, states.SIGNED, states.REGISTERED]))
    if queue == "sent":
        return status == states.DISPATCHED
    if queue == "archive":
        return status == states.ARCHIVED
    if queue == "conflicts":
        return Document.has_conflict.is_(True)
    return None


def _conditions(q: DocumentQuery, user: CurrentUser, for_page: bool = False) -> list:
    conds = []
    qc = queue_condition(q.queue, user, for_page)
    if qc is not None:
        conds.append(qc)
    if q.kind:
        conds.append((_unindexed(Document.kind) if for_page else Document.kind) == q.kind)
    if q.status:
        conds.append((_unindexed(Document.status) if for_page else Document.status) == q.status)
    if q.date_from:
        conds.append(Document.created_at >= dt.datetime.combine(q.date_from, dt.time.min))
    if q.date_to:
        conds.append(Document.created_at < dt.datetime.combine(q.date_to + dt.timedelta(days=1), dt.time.min))
    return conds


def list_page(session: Session, q: DocumentQuery, user: CurrentUser) -> DocumentPage:
    """One page of documents, newest first, and the total.

    The page's rowids are chosen on the document table alone (walking the created_at index),
    then only those rows are joined with registration and correspondent.
    """
    if q.text.strip() and search.match_query(q.text) is None:
        return DocumentPage((), 0, q.offset)
    page_conds = _conditions(q, user, for_page=True)
    count_conds = _conditions(q, user)
    fts = search.match_query(q.text) if q.text.strip() else None
    if fts is not None:
        hit_ids = text(search.matching_ids_sql()).bindparams(fts_query=fts).columns(Document.id)
        page_conds.append(Document.id.in_(hit_ids))
        count_conds.append(Document.id.in_(hit_ids))
    rowid = literal_column("document.rowid")
    page_ids = select(rowid).select_from(Document)
    count = select(func.count()).select_from(Document)
    if page_conds:
        page_ids = page_ids.where(and_(*page_conds))
    if count_conds:
        count = count.where(and_(*count_conds))
    page_ids = page_ids.order_by(Document.created_at.desc()).offset(q.offset).limit(q.limit)
    stmt = (select(*_ROW_COLUMNS).select_from(Document)
            .outerjoin(Registration, Registration.document_id == Document.id)
            .outerjoin(Correspondent, Correspondent.id == Document.correspondent_id)
            .where(rowid.in_(page_ids.scalar_subquery()))
            .order_by(Document.created_at.desc()))
    rows = tuple(_row(r) for r in session.execute(stmt))
    total = session.execute(count).scalar_one()
    return DocumentPage(rows, total, q.offset)


def _row(r) -> DocumentRow:  # noqa: ANN001
    return DocumentRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6], bool(r[7]), r[8], r[9], bool(r[10]), bool(r[11]), bool(r[12]))


def rows_by_ids(session: Session, ids: list[str]) -> dict[str, DocumentRow]:
    if not ids:
        return {}
    stmt = (select(*_ROW_COLUMNS).select_from(Document)
            .outerjoin(Registration, Registration.document_id == Document.id)
            .outerjoin(Correspondent, Correspondent.id == Document.correspondent_id)
            .where(Document.id.in_(ids)))
    return {r[0]: _row(r) for r in session.execute(stmt)}


def queue_counts(session: Session, user: CurrentUser) -> dict[str, int]:
    out = {}
    for name in QUEUES:
        cond = queue_condition(name, user)
        stmt = select(func.count()).select_from(Document)
        if cond is not None:
            stmt = stmt.where(cond)
        out[name] = session.execute(stmt).scalar_one()
    return out


def document_detail(s: Session, doc: Document, calendar: Callable[[], WorkCalendar]) -> DocumentDetail:
    """Everything the card of ``doc`` shows: registration, files, signatures, history, sender, appeal and clock."""
    doc_id = doc.id
    reg = doc.registration
    reg_info = None
    if reg is not None:
        journal = s.get(Journal, reg.journal_id)
        corr = doc.correspondent.name if doc.correspondent else ""
        case = s.get(FileCase, reg.case_id) if reg.case_id else None
        reg_info = registration_info(reg, journal, corr, case.case_index if case else "")
    sigs = tuple(SignatureInfo.of(g) for g in s.execute(select(Signature).where(Signature.document_id == doc_id).order_by(Signature.signed_at)).scalars())
    events = tuple(AuditEntry(e.seq, e.at, e.actor, e.action, e.details) for e in s.execute(
        select(AuditEvent).where(AuditEvent.document_id == doc_id).order_by(AuditEvent.seq)).scalars())
    appeal, due_text, reply_to = chancellery.document_chancellery(s, doc, rows_by_ids(s, [doc.id])[doc.id], calendar)
    o = s.get(DocumentOrigin, doc_id)
    sender = None if o is None else SenderInfo(
        o.registry_code, o.institution_name, o.number, o.reg_date, o.note, o.pages, o.sheets, o.attachments_count,
        o.attachments_description)
    return DocumentDetail(
        doc.id, doc.kind, doc.status, doc.subject, doc.summary, doc.confidentiality,
        doc.correspondent.name if doc.correspondent else "", doc.created_at, doc.updated_at, doc.version,
        doc.has_conflict, doc.page_count, tuple(FileInfo.of(f) for f in doc.files), reg_info, sigs, events, sender,
        appeal, due_text, reply_to, doc.corr_number or "", doc.corr_date)


def snippet_sources(s: Session, rows: dict[str, DocumentRow]) -> dict[str, str]:
    """The text each search hit's snippet is cut from: subject, number, correspondent and the
    newest file's text -- for all hits in one query."""
    newest = (select(FileVersion.document_id, FileVersion.text,
                     func.row_number().over(partition_by=FileVersion.document_id,
                                            order_by=FileVersion.revision.desc()).label("n"))
              .where(FileVersion.document_id.in_(list(rows)), FileVersion.text != "").subquery())
    bodies = dict(s.execute(select(newest.c.document_id, newest.c.text).where(newest.c.n == 1)).all())
    return {doc_id: " · ".join(x for x in (row.subject, row.reg_number, row.correspondent, bodies.get(doc_id, "")) if x)
            for doc_id, row in rows.items()}
