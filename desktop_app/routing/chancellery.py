"""Citizens' appeals and control: the legal clock, "executed", the monthly report's data, and
applying another desk's appeal and control state (issue 17; rules in docs/chancellery.md).

Read helpers run inside the caller's transaction; nothing here opens one or checks permissions
(``desktop_app/services/appeals.py`` and ``desktop_app/services/control.py`` do).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.locale import to_local, today as local_today
from desktop_app import audit
from desktop_app.db.models import Appeal, ControlExtension, Document, Registration, Resolution, User, utcnow
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from desktop_app.routing.calendar import WorkCalendar
from desktop_app.services.types import (
    AppealInfo, ControlItem, ControlReport, ControlReportRow, DocumentRow, ExtensionInfo, TermClock,
)
from docflow_protocol import (
    APPEAL_FORM, APPEAL_FORWARD_DAYS, APPEAL_TERM_CHECKING_DAYS, RECEIVED_BY, RECEIVED_ON, AppealForm, APPEAL_TERM_DAYS, LIMITS, NOTE_MAX_CHARS, AppealAction, DocumentKind, ExtensionState,
    is_uuid, parse_date, parse_instant,
)


# ------------------------------------------------------------------------------ notes
def note(text: str | None, missing: str | None) -> str:
    """A reason or note a person wrote for an appeal or control act, trimmed; refused when longer
    than ``NOTE_MAX_CHARS``, or empty when ``missing`` (the sentence saying what to write) is given."""
    text = (text or "").strip()
    if missing is not None and not text:
        raise InvalidInput(missing)
    if len(text) > NOTE_MAX_CHARS:
        raise InvalidInput(translate("Control", "The reason is longer than {n} characters.").format(n=NOTE_MAX_CHARS))
    return text


# ------------------------------------------------------------------------------ the clock
def term_clock(deadline: dt.date, today: dt.date, cal: WorkCalendar) -> TermClock:
    """Working days left to ``deadline`` (negative when it has passed), with the sentence a person reads."""
    days = cal.working_days_between(today, deadline)
    if deadline < today:
        days = min(days, -1)  # a deadline that passed on a day off is still overdue
        text = translate("Control", "Overdue by {n} working day(s)").format(n=-days)
    elif deadline == today or days == 0:
        text = translate("Control", "Due today")
    else:
        text = translate("Control", "{n} working day(s) left").format(n=days)
    return TermClock(deadline, days, text)


def appeal_term(needs_checking: bool) -> int:
    return APPEAL_TERM_CHECKING_DAYS if needs_checking else APPEAL_TERM_DAYS


# ------------------------------------------------------------------------------ answers
def replies_registered(s: Session, doc_ids: Iterable[str]) -> dict[str, dt.date]:
    """For each of ``doc_ids``, the date its first registered reply was registered (the sender has an answer)."""
    ids = list(set(doc_ids))
    if not ids:
        return {}
    rows = s.execute(select(Document.reply_to_id, func.min(Registration.reg_date))
                     .join(Registration, Registration.document_id == Document.id)
                     .where(Document.reply_to_id.in_(ids))
                     .group_by(Document.reply_to_id)).all()
    return {r[0]: r[1] for r in rows}


def appeal_answered_on(appeal: Appeal, replied: dt.date | None) -> dt.date | None:
    """An appeal is answered by a registered reply or by passing it on (the citizen told)."""
    dates = [d for d in (replied, appeal.forward_told_on if appeal.forwarded_on else None) if d]
    return min(dates) if dates else None


def appeal_info(s: Session, a: Appeal, today: dt.date, cal: WorkCalendar, replied: dt.date | None = None,
                doc: Document | None = None) -> AppealInfo:
    doc = doc or s.get(Document, a.document_id)
    reg = doc.registration
    answered = appeal_answered_on(a, replied)
    open_ = answered is None and not a.repeated_of
    return AppealInfo(
        a.document_id, reg.number if reg else "", reg.reg_date if reg else a.base_deadline, doc.subject,
        a.applicant_name, a.applicant_address, a.applicant_contact, a.appeal_type, a.term_days, a.base_deadline,
        a.deadline, a.extension_days, a.extension_reason, a.extension_told_on, a.forwarded_to, a.forwarded_on,
        a.forward_told_on, cal.add_working_days(reg.reg_date if reg else today, APPEAL_FORWARD_DAYS), a.repeated_of,
        a.repeated_note, answered, term_clock(a.deadline, today, cal) if open_ else None, a.appeal_form, a.received_on,
        a.received_by)


def appeal_infos(s: Session, appeals: Iterable[Appeal], today: dt.date, cal: WorkCalendar) -> list[AppealInfo]:
    """:func:`appeal_info` of each of ``appeals`` in three queries, not two per appeal (a register's rows)."""
    appeals = list(appeals)
    ids = [a.document_id for a in appeals]
    docs = {d.id: d for d in s.execute(select(Document).options(selectinload(Document.registration))
                                       .where(Document.id.in_(ids))).scalars()} if ids else {}
    replied = replies_registered(s, ids)
    return [appeal_info(s, a, today, cal, replied.get(a.document_id), docs[a.document_id]) for a in appeals]


def open_appeal_deadlines(s: Session, doc_ids: Iterable[str]) -> dict[str, dt.date]:
    """Deadlines of the open appeals among ``doc_ids`` (not answered, passed on or marked repeated)."""
    ids = list(doc_ids)
    rows = s.execute(select(Appeal.document_id, Appeal.deadline).where(
        Appeal.document_id.in_(ids), Appeal.forwarded_on.is_(None), Appeal.repeated_of == "")).all()
    replied = replies_registered(s, [r[0] for r in rows])
    return {r[0]: r[1] for r in rows if r[0] not in replied}


def controlled_deadlines(s: Session, doc_ids: Iterable[str]) -> dict[str, dt.date]:
    """The nearest deadline of the active controlled resolutions of each of ``doc_ids``."""
    rows = s.execute(select(Resolution.document_id, func.min(Resolution.deadline)).where(
        Resolution.document_id.in_(list(doc_ids)), Resolution.control.is_(True), Resolution.state == Resolution.ACTIVE,
        Resolution.deadline.is_not(None)).group_by(Resolution.document_id)).all()
    return {r[0]: r[1] for r in rows}


def with_clock(s: Session, rows: Sequence[DocumentRow], calendar: Callable[[], WorkCalendar]) -> tuple[DocumentRow, ...]:
    """The rows of a list with their clock: an open appeal's answer, else the nearest controlled
    deadline (``calendar`` is asked only when one of them has a deadline)."""
    ids = [r.id for r in rows]
    due = controlled_deadlines(s, ids)
    due.update(open_appeal_deadlines(s, ids))
    if not due:
        return tuple(rows)
    cal, today = calendar(), local_today()
    clocks = {i: term_clock(d, today, cal) for i, d in due.items()}
    return tuple(replace(r, due=due[r.id], due_text=clocks[r.id].text, due_days=clocks[r.id].days_left) if r.id in due else r
                 for r in rows)


def document_chancellery(s: Session, doc: Document, row: DocumentRow,
                         calendar: Callable[[], WorkCalendar]) -> tuple[AppealInfo | None, str, str]:
    """What a document's card shows of the chancellery: its appeal, the clock of ``row`` (the
    document's list row) and the number (else the id) of the document it answers."""
    today, cal = local_today(), calendar()
    a = s.get(Appeal, doc.id)
    appeal = None
    if a is not None:
        appeal = appeal_info(s, a, today, cal, replies_registered(s, [doc.id]).get(doc.id))
    (row,) = with_clock(s, [row], lambda: cal)
    reply_to = ""
    if doc.reply_to_id:
        target = s.get(Document, doc.reply_to_id)
        reply_to = (target.registration.number if target is not None and target.registration else "") or doc.reply_to_id
    return appeal, row.due_text, reply_to


# ------------------------------------------------------------------------------ control
def extension_infos(s: Session, rows: Iterable[ControlExtension]) -> list[ExtensionInfo]:
    rows = list(rows)
    ids = {x for r in rows for x in (r.requested_by, r.decided_by) if x}
    who = {u.id: u.display_name for u in s.execute(select(User).where(User.id.in_(ids))).scalars()} if ids else {}
    return [ExtensionInfo(r.id, r.resolution_id, r.document_id, who.get(r.requested_by or "", ""), r.requested_at,
                          r.old_deadline, r.new_deadline, r.reason, r.state, who.get(r.decided_by or "", ""),
                          r.decided_at, r.comment) for r in rows]


def needs_answer(doc: Document) -> bool:
    """An incoming document (a letter, an appeal) is executed only when its sender has an answer."""
    return doc.kind == DocumentKind.INCOMING.value


def control_items(s: Session, until: dt.date, doc_id: str | None = None) -> list[ControlItem]:
    """Every resolution put on control up to ``until`` (removed ones only if removed after it), with
    when it was resolved, answered and so executed; only those of ``doc_id`` when given."""
    stmt = select(Resolution).where(func.date(Resolution.created_at) <= until.isoformat(),
                                    (Resolution.control.is_(True)) | (Resolution.control_removed_at.is_not(None)))
    if doc_id is not None:
        stmt = stmt.where(Resolution.document_id == doc_id)
    res_rows = list(s.execute(stmt).scalars())
    if not res_rows:
        return []
    docs = {d.id: d for d in s.execute(select(Document).options(selectinload(Document.registration))
                                       .where(Document.id.in_({r.document_id for r in res_rows}))).scalars()}
    replied = replies_registered(s, docs)
    forwarded = {a.document_id: a.forward_told_on for a in s.execute(select(Appeal).where(
        Appeal.document_id.in_(list(docs)), Appeal.forwarded_on.is_not(None))).scalars()}
    users = {u.id: u.display_name for u in s.execute(select(User)).scalars()}
    out = []
    for r in res_rows:
        if r.control_removed_at is not None and to_local(r.control_removed_at).date() <= until and not r.control:
            continue  # taken off control before the period ended: not counted
        doc = docs[r.document_id]
        resolved = to_local(r.completed_at).date() if r.state == Resolution.DONE and r.completed_at else None
        answered = None
        if needs_answer(doc):
            dates = [d for d in (replied.get(doc.id), forwarded.get(doc.id)) if d]
            answered = min(dates) if dates else None
            executed = max(resolved, answered) if resolved and answered else None
        else:
            executed = resolved
        reg = doc.registration
        out.append(ControlItem(r.id, doc.id, reg.number if reg else "", doc.subject, r.executor_id,
                               users.get(r.executor_id or "", ""), users.get(r.author_id or "", ""), r.deadline,
                               resolved, answered, executed, ""))
    return out


def control_report(s: Session, month: dt.date, today: dt.date) -> ControlReport:
    """The monthly control report's data (``month``: any day of it)."""
    first = month.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    as_of = min(last, today)
    counted: list[ControlItem] = []
    per: dict[str | None, list[int]] = {}
    names: dict[str | None, str] = {}
    for it in control_items(s, last):
        if it.executed_on is not None and it.executed_on < first:
            continue  # executed before the month
        row = per.setdefault(it.executor_id, [0, 0, 0, 0])
        names[it.executor_id] = it.executor_name
        row[0] += 1
        if it.executed_on is not None and it.executed_on <= as_of:
            outcome = ControlReport.LATE if it.deadline and it.executed_on > it.deadline else ControlReport.ON_TIME
            row[1 if outcome == ControlReport.ON_TIME else 2] += 1
        elif it.deadline is not None and it.deadline < as_of:
            outcome = ControlReport.OVERDUE
            row[3] += 1
        else:
            outcome = ControlReport.OPEN
        counted.append(ControlItem(**{**it.__dict__, "outcome": outcome}))
    from desktop_app import locale

    rows = tuple(ControlReportRow(k, names[k], *v) for k, v in per.items())
    rows = tuple(locale.sorted_texts(rows, key=lambda r: r.executor_name))
    total = ControlReportRow(None, translate("Control", "Total"), *(sum(r[i] for r in per.values()) for i in range(4)))
    return ControlReport(first, as_of, rows, total, tuple(counted))


# ------------------------------------------------------------------------------ another desk's state
def apply_remote(s: Session, doc: Document, snap: dict, actor: str = audit.SERVER) -> bool:
    """Merge the server's appeal card and actions, control removal, extension requests and the reply
    link of ``snap`` into the local rows; True if anything changed."""
    changed = _apply_reply(doc, snap.get("reply_to"))
    reg = snap.get("registration") if isinstance(snap.get("registration"), dict) else {}
    if isinstance(reg.get("appeal"), dict):
        changed |= _apply_appeal(s, doc, reg["appeal"], reg, actor)
    for r in snap.get("resolutions") or []:
        if isinstance(r, dict) and isinstance(r.get("resolution_id"), str):
            row = s.get(Resolution, r["resolution_id"])
            if row is not None:
                changed |= _apply_control(s, doc, row, r, actor)
    return changed


def _apply_reply(doc: Document, reply_to: Any) -> bool:
    if is_uuid(reply_to) and doc.reply_to_id != reply_to:
        doc.reply_to_id = reply_to
        return True
    return False


def _text(value: Any, limit: int = 2000) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""


def _apply_appeal(s: Session, doc: Document, card: dict, reg: dict, actor: str) -> bool:
    a = s.get(Appeal, doc.id)
    changed = False
    deadline = parse_date(card.get("deadline"))
    if a is None:
        if deadline is None or not _text(card.get("applicant_name")):
            return False
        a = Appeal(document_id=doc.id, applicant_name=_text(card.get("applicant_name"), 300),
                   applicant_address=_text(card.get("applicant_address")), applicant_contact=_text(card.get("applicant_contact"), 300),
                   appeal_type=_text(card.get("appeal_type"), 16), term_days=card.get("term_days") or APPEAL_TERM_DAYS,
                   appeal_form=APPEAL_FORM.parse(card.get(APPEAL_FORM.name)) or AppealForm.WRITTEN.value,
                   received_on=RECEIVED_ON.parse(card.get(RECEIVED_ON.name)), received_by=RECEIVED_BY.parse(card.get(RECEIVED_BY.name)) or "",
                   base_deadline=deadline, deadline=deadline, extension_days=0, extension_reason="", forwarded_to="",
                   repeated_of="", repeated_note="")
        s.add(a)
        changed = True
    for act in card.get("actions") or []:
        if isinstance(act, dict):
            changed |= _apply_appeal_action(a, act)
    if changed:
        s.flush()
        audit.append(s, actor, "sync.appeal", doc.id, deadline=a.deadline)
    return changed


def _apply_appeal_action(a: Appeal, act: dict) -> bool:
    kind = act.get("action")
    if kind == AppealAction.EXTEND.value:
        new = parse_date(act.get("new_deadline"))
        if new is None or a.extension_told_on == parse_date(act.get("citizen_told_on")) and a.deadline == new:
            return False
        days = act.get("days") if isinstance(act.get("days"), int) else 0
        a.extension_days, a.deadline = a.extension_days + days, new
        a.extension_reason, a.extension_told_on = _text(act.get("reason")), parse_date(act.get("citizen_told_on"))
        return True
    if kind == AppealAction.FORWARD.value and a.forwarded_on is None:
        a.forwarded_to, a.forwarded_on = _text(act.get("to")), parse_date(act.get("on"))
        a.forward_told_on = parse_date(act.get("citizen_told_on"))
        return True
    if kind == AppealAction.REPEATED.value and not a.repeated_of:
        a.repeated_of, a.repeated_note = _text(act.get("repeated_of"), 64), _text(act.get("reason"))
        return True
    return False


def _apply_control(s: Session, doc: Document, res: Resolution, r: dict, actor: str) -> bool:
    changed = False
    if isinstance(r.get("control"), bool) and r["control"] != res.control:
        res.control = r["control"]
        if not res.control:
            res.control_removed_by = r.get("control_removed_by") if s.get(User, r.get("control_removed_by") or "") else None
            res.control_removed_at = parse_instant(r.get("control_removed_at")) or utcnow()
            res.control_removed_reason = _text(r.get("control_removed_reason"))
        changed = True
    deadline = parse_date(r.get("deadline"))
    if deadline is not None and deadline != res.deadline:
        res.deadline = deadline
        changed = True
    for x in r.get("extensions") or []:
        if not (isinstance(x, dict) and is_uuid(x.get("request_id")) and parse_date(x.get("new_deadline"))):
            continue
        row = s.get(ControlExtension, x["request_id"])
        if row is None:
            row = ControlExtension(id=x["request_id"], resolution_id=res.id, document_id=doc.id,
                                   requested_by=x.get("requested_by") if isinstance(x.get("requested_by"), str) else None,
                                   requested_at=parse_instant(x.get("requested_at")) or utcnow(),
                                   old_deadline=parse_date(x.get("old_deadline")), new_deadline=parse_date(x["new_deadline"]),
                                   reason=_text(x.get("reason"), LIMITS.max_text_chars), state=ExtensionState.PENDING.value,
                                   comment="")
            s.add(row)
            changed = True
        if x.get("state") in (ExtensionState.APPROVED.value, ExtensionState.REFUSED.value) and row.state != x["state"]:
            row.state, row.comment = x["state"], _text(x.get("comment"))
            row.decided_by = x.get("decided_by") if isinstance(x.get("decided_by"), str) else None
            row.decided_at = parse_instant(x.get("decided_at")) or utcnow()
            changed = True
    if changed:
        s.flush()
        audit.append(s, actor, "sync.control", doc.id, resolution_id=res.id, control=res.control, deadline=res.deadline)
    return changed
