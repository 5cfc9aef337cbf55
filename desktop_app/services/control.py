"""Control (nəzarət) as the record-keeping instruction says (issue 17; docs/chancellery.md).

``ctx.control``: extension requests and decisions, the reply that answers a controlled document,
whether a document is executed, the monthly control report's data. Taking a resolution off control
is ``ctx.routing.remove_control`` (only its author). Every rule is checked here and again by the
server (``circulation_server/chancellery.py``); each mutation is one write transaction with its
audit event and its outbox op.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from desktop_app import audit, locale, outbox
from desktop_app.db.models import ControlExtension, Correspondent, Document, Registration, Resolution, RouteStep, new_id, utcnow
from desktop_app.errors import ForbiddenTransition, InvalidInput, NotFound, PermissionDenied
from desktop_app.events import Change
from desktop_app.i18n import translate
from desktop_app.routing import chancellery
from desktop_app.routing import steps as K
from desktop_app.services.types import ControlItem, ControlReport, ExtensionInfo
from docflow_protocol import OFFICE_ROLES, DocumentKind, ErrorCode, OpType


class ControlService:
    def __init__(self, ctx):  # noqa: ANN001 - AppContext
        self.ctx = ctx

    @property
    def _user(self):  # noqa: ANN202
        return self.ctx.user

    def _publish(self, doc_id: str, initiator: Any) -> None:
        self.ctx.events.publish(Change(frozenset({doc_id}), frozenset({"route", "resolution", "control"}), initiator))

    @staticmethod
    def _reason(text: str, what: str) -> str:
        return chancellery.note(
            text, translate("Control", "Write the {what}: a request and a refusal must give their reasons.").format(what=what))

    # ------------------------------------------------------------------ extensions
    def request_extension(self, resolution_id: str, new_deadline: dt.date, reason: str, initiator: Any = None) -> ExtensionInfo:
        """The executor's reasoned written request to extend a controlled deadline."""
        reason = self._reason(reason, translate("Control", "reason for more time"))
        cal = self.ctx.routing.calendar()
        with self.ctx.db.write() as s:
            res = s.get(Resolution, resolution_id)
            if res is None:
                raise NotFound(translate("Routing", "There is no resolution with id {id}.").format(id=resolution_id))
            if self._user.id not in (res.executor_id, *(res.co_executor_ids or [])):
                raise PermissionDenied(translate("Control", "Only an executor of the resolution may ask for more time."),
                                       code=ErrorCode.NOT_ASSIGNEE.value)
            if not res.control or res.state != Resolution.ACTIVE:
                raise ForbiddenTransition(translate("Control", "Only a resolution on control and not yet executed has a deadline to extend."))
            if res.deadline is not None and new_deadline <= res.deadline:
                raise InvalidInput(translate("Control", "The new deadline must be later than {date}.").format(
                    date=locale.format_date(res.deadline)))
            if s.execute(select(ControlExtension.id).where(ControlExtension.resolution_id == res.id,
                                                          ControlExtension.state == ControlExtension.PENDING)).first():
                raise ForbiddenTransition(translate("Control", "A request for this resolution is already waiting for a decision."))
            new_deadline = cal.next_working_day(new_deadline)
            row = ControlExtension(id=new_id(), resolution_id=res.id, document_id=res.document_id, requested_by=self._user.id,
                                   old_deadline=res.deadline, new_deadline=new_deadline, reason=reason,
                                   state=ControlExtension.PENDING, comment="")
            s.add(row)
            s.flush()
            audit.append(s, self._user.username, OpType.CONTROL_EXTENSION_REQUEST.value, res.document_id,
                         resolution_id=res.id, request_id=row.id, new_deadline=new_deadline, reason=reason)
            outbox.enqueue(s, OpType.CONTROL_EXTENSION_REQUEST.value, res.document_id, {
                "request_id": row.id, "resolution_id": res.id, "new_deadline": new_deadline.isoformat(), "reason": reason})
            info = chancellery.extension_infos(s, [row])[0]
        self._publish(info.document_id, initiator)
        return info

    def decide_extension(self, request_id: str, approved: bool, comment: str = "", initiator: Any = None) -> ExtensionInfo:
        """The controlling official approves (the deadline moves) or refuses (with a reason) a request."""
        comment = self._reason(comment, translate("Control", "reason for refusing")) if not approved else chancellery.note(comment, None)
        with self.ctx.db.write() as s:
            row = s.get(ControlExtension, request_id)
            if row is None:
                raise NotFound(translate("Control", "There is no extension request with id {id}.").format(id=request_id))
            res = s.get(Resolution, row.resolution_id)
            if res is None or res.author_id != self._user.id:
                raise PermissionDenied(translate("Control", "Only the official who put the document on control may decide on its deadline."),
                                       code=ErrorCode.NOT_CONTROLLER.value)
            if row.state != ControlExtension.PENDING:
                raise ForbiddenTransition(translate("Control", "This request was already decided."))
            row.state = ControlExtension.APPROVED if approved else ControlExtension.REFUSED
            row.decided_by, row.decided_at, row.comment = self._user.id, utcnow(), comment
            if approved:
                res.deadline = row.new_deadline
                for st in s.execute(select(RouteStep).where(RouteStep.resolution_id == res.id,
                                                            RouteStep.state.in_(K.LIVE_STATES))).scalars():
                    st.deadline = row.new_deadline
                    st.reminded_at = None
            audit.append(s, self._user.username, OpType.CONTROL_EXTENSION_DECIDE.value, res.document_id,
                         resolution_id=res.id, request_id=row.id, state=row.state, comment=comment)
            payload = {"request_id": row.id, "resolution_id": res.id, "decision": row.state}
            if comment:
                payload["comment"] = comment
            outbox.enqueue(s, OpType.CONTROL_EXTENSION_DECIDE.value, res.document_id, payload)
            info = chancellery.extension_infos(s, [row])[0]
        self._publish(info.document_id, initiator)
        return info

    def extensions(self, doc_id: str) -> list[ExtensionInfo]:
        """Every extension request on the document's resolutions, oldest first."""
        with self.ctx.db.read() as s:
            rows = s.execute(select(ControlExtension).where(ControlExtension.document_id == doc_id)
                             .order_by(ControlExtension.requested_at)).scalars()
            return chancellery.extension_infos(s, rows)

    def pending_decisions(self) -> list[ExtensionInfo]:
        """Requests waiting for the current user's decision (resolutions they put on control)."""
        with self.ctx.db.read() as s:
            rows = s.execute(select(ControlExtension).join(Resolution, Resolution.id == ControlExtension.resolution_id)
                             .where(Resolution.author_id == self._user.id, ControlExtension.state == ControlExtension.PENDING)
                             .order_by(ControlExtension.requested_at)).scalars()
            return chancellery.extension_infos(s, rows)

    # ------------------------------------------------------------------ the answer
    def link_reply(self, reply_doc_id: str, to_doc_id: str, initiator: Any = None) -> None:
        """Record that the outgoing (or internal) ``reply_doc_id`` answers the incoming ``to_doc_id``."""
        with self.ctx.db.write() as s:
            reply, target = s.get(Document, reply_doc_id), s.get(Document, to_doc_id)
            if reply is None or target is None:
                raise NotFound(translate("Documents", "Document not found: {id}").format(id=reply_doc_id if reply is None else to_doc_id))
            if reply.kind == DocumentKind.INCOMING.value or target.kind != DocumentKind.INCOMING.value:
                raise InvalidInput(translate("Control", "A reply is an outgoing or internal document answering an incoming one."))
            if reply.author_id != self._user.id and not any(self._user.has_role(r) for r in OFFICE_ROLES):
                raise PermissionDenied(translate("Control", "Only the reply's author or the office may link it."))
            reply.reply_to_id = target.id
            reply.updated_at = utcnow()
            number = s.execute(select(Registration.number).where(Registration.document_id == target.id)).scalar() or ""
            audit.append(s, self._user.username, OpType.DOCUMENT_LINK_REPLY.value, reply.id, reply_to=target.id, number=number)
            audit.append(s, self._user.username, "document.reply_linked", target.id, reply=reply.id, subject=reply.subject)
            outbox.enqueue(s, OpType.DOCUMENT_LINK_REPLY.value, reply.id, {"reply_to": target.id})
        self.ctx.events.publish(Change(frozenset({reply_doc_id, to_doc_id}), frozenset({"document", "control"}), initiator))

    def link_reply_to_number(self, reply_doc_id: str, number: str, initiator: Any = None) -> str:
        """Like :meth:`link_reply`, naming the answered incoming document by its registration number; returns its id."""
        number = number.strip()
        with self.ctx.db.read() as s:
            found = s.execute(select(Document.id).join(Registration, Registration.document_id == Document.id)
                              .where(Registration.number == number, Document.kind == DocumentKind.INCOMING.value)).scalars().all()
        if len(found) != 1:
            raise NotFound(translate("Control", "There is no incoming document registered as {number}.").format(number=number))
        self.link_reply(reply_doc_id, found[0], initiator)
        return found[0]

    def reply_candidates(self, limit: int = 300) -> list[tuple[str, str, str]]:
        """The registered incoming documents a reply can answer, newest first: (number, subject, correspondent)."""
        with self.ctx.db.read() as s:
            rows = s.execute(select(Registration.number, Document.subject, Correspondent.name)
                             .join(Document, Registration.document_id == Document.id)
                             .outerjoin(Correspondent, Correspondent.id == Document.correspondent_id)
                             .where(Document.kind == DocumentKind.INCOMING.value)
                             .order_by(Registration.reg_date.desc(), Registration.seq.desc()).limit(limit)).all()
            return [(r[0], r[1], r[2] or "") for r in rows]

    def replies(self, doc_id: str) -> list[tuple[str, str, dt.date | None]]:
        """The documents answering ``doc_id``: (id, registration number or "", registration date)."""
        with self.ctx.db.read() as s:
            rows = s.execute(select(Document.id, Registration.number, Registration.reg_date)
                             .outerjoin(Registration, Registration.document_id == Document.id)
                             .where(Document.reply_to_id == doc_id).order_by(Document.created_at)).all()
            return [(r[0], r[1] or "", r[2]) for r in rows]

    def status(self, doc_id: str, today: dt.date | None = None) -> list[ControlItem]:
        """The document's controlled resolutions: resolved, answered, executed (as the report counts them)."""
        today = today or self.ctx.today()
        with self.ctx.db.read() as s:
            return chancellery.control_items(s, today, doc_id)

    # ------------------------------------------------------------------ the report
    def monthly_report(self, month: dt.date, today: dt.date | None = None) -> ControlReport:
        """The monthly control report's data: on control, executed on time, late, overdue — by executor."""
        with self.ctx.db.read() as s:
            return chancellery.control_report(s, month, today or self.ctx.today())
