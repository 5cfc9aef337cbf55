"""What happened lately, for the activity view, and what is news, for desktop notifications.

Both read the audit journal (every change, local or from the server, is in it) and speak through
:mod:`desktop_app.history`. News is what arrived from elsewhere since the person last looked: a
new incoming document, a signature made or completed, a dispatch delivered or registered by the
recipient, a step another desk's action started for the person here (a new assignment: the
resolution's execution, a draft to endorse or sign -- ``sync.route``'s ``started`` steps), a
resolution under the person's control executed elsewhere (``sync.route``'s ``executed``); plus the assignments due today or overdue (once a day each, from routing). What a
desk's first sync brings in is the office's history, not news: only its new letters are announced
(in one notice when more than three), and only when they came within the last day (or when the time is unknown) (``BACKLOG_NEWS``; the first sync's end is ``sync/store.py``'s
``first_sync_seq``).
"""
from __future__ import annotations

import datetime as dt
import json
import logging

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app import history
from desktop_app.db.models import AuditEvent, Dispatch, Document, Resolution, RouteStep, Signature, SyncRemote, utcnow
from desktop_app.i18n import translate
from desktop_app.routing import steps as K
from desktop_app.routing import views
from desktop_app.services.types import ActivityItem, AuditEntry, Notice
from desktop_app.signing.states import STATE_COMPLETE
from desktop_app.sync import store
from docflow_protocol import DocumentKind, OpType, parse_instant

log = logging.getLogger(__name__)

#: Settings key: the last audit event already turned into news (never repeated after a restart).
SEEN_KEY = "activity_seen_seq"

NEW_DOCUMENT, SIGNED, DELIVERED, DUE, ASSIGNED, EXECUTED = "new_document", "signed", "delivered", "due", "assigned", "executed"

# Events the sync brings in (what a first sync brings in bulk) ...
ROUTE_RECEIVED = "sync.route"  # a route from the server; its ``started`` steps may be this person's new work
RECEIVED = ("sync.received", "signature.received", "dispatch.delivered", "dispatch.registered")
# ... announced from the first sync's backlog only when they happened this recently.
BACKLOG_NEWS = dt.timedelta(days=1)


class ActivityService:
    def __init__(self, ctx):  # noqa: ANN001 - AppContext
        self.ctx = ctx

    def recent(self, limit: int = 200, names: dict[str, str] | None = None) -> list[ActivityItem]:
        """The newest events of every document, newest first, written for people."""
        with self.ctx.db.read() as s:
            rows = s.execute(select(AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.action,
                                    AuditEvent.details, AuditEvent.document_id, Document.subject)
                             .outerjoin(Document, Document.id == AuditEvent.document_id)
                             .order_by(AuditEvent.seq.desc()).limit(limit)).all()
        return [ActivityItem(history.line(AuditEntry(seq, at, actor, action, details), names, doc_id), subject or "")
                for seq, at, actor, action, details, doc_id, subject in rows]

    def last_seq(self) -> int:
        with self.ctx.db.read() as s:
            return int(s.execute(select(func.max(AuditEvent.seq))).scalar() or 0)

    def news(self, limit: int = 50) -> list[Notice]:
        """Notices for what arrived since the last call (the first call marks the start: see :meth:`_first_look`)."""
        seen = self.ctx.settings.get(SEEN_KEY)
        first_end = store.first_sync_seq(self.ctx.db)
        if not isinstance(seen, int):
            seen = self._first_look(first_end)
            self.ctx.settings.set(SEEN_KEY, seen)
            if seen == self.last_seq():
                return []
        notices = []
        with self.ctx.db.read() as s:
            rows = s.execute(select(AuditEvent.seq, AuditEvent.action, AuditEvent.document_id, AuditEvent.details,
                                    Document.subject, Document.kind)
                             .outerjoin(Document, Document.id == AuditEvent.document_id)
                             .where(AuditEvent.seq > seen).order_by(AuditEvent.seq).limit(500)).all()
            if not rows:
                return []
            since = utcnow() - BACKLOG_NEWS
            old = {seq for seq, action, doc_id, details, *_ in rows  # the first sync's backlog, older than a day
                   if action in RECEIVED and (first_end is None or seq <= first_end)
                   and not _happened_since(s, action, doc_id, details, since)}
        arrived: set[str | None] = set()  # letters announced as new here: their signatures came with them
        backlog: list[Notice] = []  # what the first sync brought (the office's day): its new letters only
        for seq, action, doc_id, details, subject, kind in rows:
            n = None if seq in old else _notice(action, doc_id, details, subject or "", kind or "")
            if n is None or (n.kind == SIGNED and action == "signature.received" and doc_id in arrived):
                continue
            if n.kind == NEW_DOCUMENT:
                arrived.add(doc_id)
            if action in RECEIVED and (first_end is None or seq <= first_end):
                if n.kind == NEW_DOCUMENT:
                    backlog.append(n)
                continue
            notices.append(n)
        notices = _folded(backlog) + notices
        routes = [(doc_id, details) for seq, action, doc_id, details, *_ in rows if action == ROUTE_RECEIVED and seq not in old]
        notices += self._assigned(routes) + self._executed(routes)
        self.ctx.settings.set(SEEN_KEY, rows[-1][0])
        return notices[-limit:]

    def _assigned(self, events: list[tuple]) -> list[Notice]:
        """Steps another desk's action started for the person at this desk (a resolution's execution,
        a draft to endorse or sign), still waiting for them: one notice, naming the step and the letter."""
        ids = _ids_in(events, "started")
        if not ids:
            return []
        user = self.ctx.user
        with self.ctx.db.read() as s:
            mine = s.execute(select(RouteStep.kind, RouteStep.document_id, Document.subject)
                             .join(Document, Document.id == RouteStep.document_id)
                             .where(RouteStep.id.in_(sorted(ids)), RouteStep.state == K.ACTIVE,
                                    views.mine(user))
                             .order_by(RouteStep.started_at)).all()
        if not mine:
            return []
        text = "; ".join(f"{K.kind_label(kind)}: {subject}" for kind, _doc, subject in mine[:3])
        title = (translate("Activity", "New assignment") if len(mine) == 1
                 else translate("Activity", "New assignments ({n})").format(n=len(mine)))
        return [Notice(ASSIGNED, title, text, mine[-1][1])]

    def _executed(self, events: list[tuple]) -> list[Notice]:
        """Resolutions under this person's control whose execution another desk finished
        (``sync.route``'s ``executed``): the controller reads the executor's report and takes the
        resolution off control once the question is resolved -- only they may (PRODUCT.md). One
        notice, naming the letters and the first report."""
        ids = _ids_in(events, "executed")
        if not ids:
            return []
        with self.ctx.db.read() as s:
            done = s.execute(select(Resolution.id, Resolution.document_id, Document.subject)
                             .join(Document, Document.id == Resolution.document_id)
                             .where(Resolution.id.in_(sorted(ids)), Resolution.author_id == self.ctx.user.id,
                                    Resolution.control.is_(True), Resolution.state == Resolution.DONE)
                             .order_by(Resolution.completed_at)).all()
            if not done:
                return []
            report = s.execute(select(RouteStep.comment).where(RouteStep.resolution_id == done[0][0], RouteStep.comment != "")
                               .order_by(RouteStep.finished_at)).scalars().first()
        text = "; ".join(subject for _rid, _doc, subject in done[:3])
        if report and len(done) == 1:
            text += " — " + translate("Activity", "report: {report}").format(report=report)
        title = (translate("Activity", "Executed, under your control: take it off control when the question is resolved")
                 if len(done) == 1 else translate("Activity", "Executed, under your control ({n})").format(n=len(done)))
        return [Notice(EXECUTED, title, text, done[-1][1])]

    def _first_look(self, first_end: int | None) -> int:
        """Where news starts at the window's first look: now -- unless a fresh desk's first sync has
        brought things in already (the setup wizard logs in and syncs before the window opens: B's new
        desk was never told of the letter A sent), then just before the first of them, so that they are
        judged as the first sync's backlog (announced when they happened within the last day; of those,
        the new letters -- folded into one notice when many -- and this person's new assignments)."""
        with self.ctx.db.read() as s:
            first, last = s.execute(select(func.min(AuditEvent.seq), func.max(AuditEvent.seq))
                                    .where(AuditEvent.action.in_(RECEIVED))).one()
        if first is not None and (first_end is None or last <= first_end):
            return int(first) - 1
        return self.last_seq()

    @staticmethod
    def due_notices(assignments) -> list[Notice]:  # noqa: ANN001 - list[Assignment] (routing.due_reminders)
        """Notices for the assignments due today or overdue among ``assignments``."""
        overdue = [a for a in assignments if a.deadline_state == "overdue"]
        today = [a for a in assignments if a.deadline_state == "due_today"]
        out = []
        if overdue:
            out.append(Notice(DUE, translate("Activity", "Overdue: {n} assignment(s)").format(n=len(overdue)),
                              "; ".join(a.subject for a in overdue[:3]), overdue[0].document_id))
        if today:
            out.append(Notice(DUE, translate("Activity", "Due today: {n} assignment(s)").format(n=len(today)),
                              "; ".join(a.subject for a in today[:3]), today[0].document_id))
        return out


def _ids_in(events: list[tuple], key: str) -> set[str]:
    """The ids ``sync.route`` events list under ``key`` in their details (``started`` steps,
    ``executed`` resolutions); an event whose details cannot be read is skipped, and logged."""
    ids: set[str] = set()
    for _doc_id, details in events:
        try:
            ids.update(str(x) for x in (json.loads(details or "{}").get(key) or []))
        except (ValueError, AttributeError):
            log.info("route event without readable details: %r", details)
    return ids


def _folded(letters: list[Notice], most: int = 3) -> list[Notice]:
    """More than ``most`` new letters of a first sync are one notice (a new desk: eight toasts said
    what the incoming queue shows)."""
    if len(letters) <= most:
        return letters
    return [Notice(NEW_DOCUMENT, translate("Activity", "New incoming documents ({n})").format(n=len(letters)),
                   "; ".join(n.text for n in letters[:most]) + "…", letters[-1].document_id)]


def appeal_notices(appeals) -> list[Notice]:  # noqa: ANN001 - list[AppealInfo] (appeals.due_reminders)
    """Notices for citizens' appeals whose answer is due soon or overdue (the law's clock)."""
    overdue = [a for a in appeals if a.clock is not None and a.clock.overdue]
    soon = [a for a in appeals if a.clock is not None and not a.clock.overdue]
    out = []
    for group, title in ((overdue, translate("Activity", "Citizens' appeals overdue: {n}")),
                         (soon, translate("Activity", "Citizens' appeals to answer soon: {n}"))):
        if group:
            out.append(Notice(DUE, title.format(n=len(group)),
                              "; ".join(f"{a.number} — {a.clock.text}" for a in group[:3]), group[0].document_id))
    return out


def _happened_since(s: Session, action: str, doc_id: str | None, details: str, since: dt.datetime) -> bool:
    """Whether the received event happened (by the server's, the signer's or the recipient's clock)
    at ``since`` or later; True when its time is not known (news is not lost on a guess)."""
    try:
        d = json.loads(details or "{}")
    except ValueError:
        d = {}
    when = None
    if action == "signature.received" and d.get("signature_id"):
        when = s.execute(select(Signature.signed_at).where(Signature.id == str(d["signature_id"]))).scalar()
    elif action == "sync.received" and doc_id:
        state = s.execute(select(SyncRemote.state).where(SyncRemote.document_id == doc_id)).scalar()
        when = parse_instant((state or {}).get("created_at"))
    elif action.startswith("dispatch.") and d.get("dispatch_id"):
        column = Dispatch.registered_at if action == "dispatch.registered" else Dispatch.delivered_at
        when = s.execute(select(column).where(Dispatch.dispatch_id == str(d["dispatch_id"]),
                                              Dispatch.recipient_code == str(d.get("to") or ""))).scalar()
    return when is None or when >= since


def _notice(action: str, doc_id: str | None, details: str, subject: str, kind: str) -> Notice | None:
    try:
        d = json.loads(details or "{}")
    except ValueError:
        d = {}
    if action == "sync.received" and kind == DocumentKind.INCOMING.value:
        return Notice(NEW_DOCUMENT, translate("Activity", "New incoming document"), subject, doc_id)
    if action == "signature.received":
        return Notice(SIGNED, translate("Activity", "Signed"), subject, doc_id)
    if action == OpType.SIGNATURE_UPGRADE.value and d.get("state") == STATE_COMPLETE:
        return Notice(SIGNED, translate("Activity", "Signature completed"), subject, doc_id)
    if action in ("dispatch.delivered", "dispatch.registered"):
        return Notice(DELIVERED, translate("Activity", "Dispatch delivered"),
                      history.describe(action, d) + (" — " + subject if subject else ""), doc_id)
    return None
