"""Routing service: resolutions, routes, step actions, deadlines, reminders, dispatch, staff.

This is the one routing API the UI, the CLI and sync call: each public method checks the
person's permissions, opens the transaction and publishes the change; the work inside it lives
apart, one job per module -- what an action on a step does (and the checks of a route's steps) in
``routing/actions.py``, a resolution's deadline and writing in ``routing/resolutions.py``, the
dispatch's rules and writing and who sent a received document in ``routing/dispatching.py``, route
mechanics in ``routing/engine.py``, the staff list and directory cache in ``routing/directory.py``,
read queries, reminders and conversions in ``routing/views.py``, the protocol mapping in
``routing/remote.py``.

Every mutation runs in one write transaction with its audit event and its outbox
operation(s) — one operation per step action, each with its own id — then publishes one
:class:`~desktop_app.events.Change` with the aspect ``"route"`` (``"dispatch"``,
``"directory"``). Permissions are checked here, not only in the UI.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select

from desktop_app import audit, locale, outbox, states
from desktop_app.db.models import (
    Dispatch, Institution, Registration, Resolution, RouteStep, RouteTemplate, Signature, User, utcnow,
)
from desktop_app.errors import DocflowError, ForbiddenTransition, InvalidInput, NotFound, PermissionDenied
from desktop_app.events import Change
from desktop_app.i18n import translate
from desktop_app.routing import actions, directory, dispatching, engine, remote, resolutions, views
from desktop_app.routing import steps as K
from desktop_app.routing.calendar import WorkCalendar
from desktop_app.routing.templates import StaffEntry, StepSpec, TemplateInfo, builtin_templates, expand, validate_stages
from desktop_app.services.types import (
    Assignment, AssignmentPage, BatchResult, DeadlineSummary, DirectoryUpdate, DispatchInfo, InstitutionEntry,
    ResolutionInfo, ResolutionInput, RouteTimeline, StaffMember, StepInfo,
)
from desktop_app.services.documents import load_document
from docflow_protocol import (
    NOTE_MAX_CHARS, ErrorCode, ACKNOWLEDGEMENTS, DISPATCH_RANK, LIMITS, OFFICE_ROLES, SIGNING_ROLES, DOCUMENT_KINDS, DocumentKind, OpType,
    ReceiptStatus, Role,
)

MAX_TEXT = LIMITS.max_text_chars
MAX_STEPS = LIMITS.max_route_steps
DISPATCH_STATES = tuple(DISPATCH_RANK)


class RoutingService:
    """The one API the UI, CLI and sync engine call for routing."""

    def __init__(self, ctx):  # noqa: ANN001 - AppContext (import cycle)
        self.ctx = ctx

    # ------------------------------------------------------------------ helpers
    @property
    def _user(self):  # noqa: ANN202
        return self.ctx.user

    def _deny(self, action: str, need: str) -> PermissionDenied:
        return PermissionDenied(translate("Permissions", "{user} may not {action}: {need}").format(
            user=self._user.username, action=action, need=need))

    def _require_role(self, role: str, action: str) -> None:
        if not self._user.has_role(role):
            raise self._deny(action, translate("Permissions", "the role '{role}' is needed.").format(role=role))

    def _publish(self, doc_ids: Iterable[str], aspects: Iterable[str], initiator: Any = None) -> None:
        self.ctx.events.publish(Change(frozenset(doc_ids), frozenset(aspects), initiator))

    _doc = staticmethod(load_document)

    def calendar(self) -> WorkCalendar:
        """The working-day calendar from the settings: weekends, the country preset
        (``holiday_preset``, Azerbaijan by default) and the institution's own ``holidays``."""
        return WorkCalendar.from_settings(self.ctx.settings.get("holidays") or [], self.ctx.settings.get("holiday_preset"))

    def set_holidays(self, entries: Sequence[str]) -> None:
        """Replace the holiday list (``YYYY-MM-DD`` or yearly ``MM-DD``); bad entries are refused."""
        from desktop_app.routing.calendar import canonical_entry

        WorkCalendar.from_settings(entries)
        self.ctx.settings.set("holidays", [canonical_entry(e) for e in entries])

    @property
    def remind_days(self) -> int:
        value = self.ctx.settings.get("reminder_days")
        return value if isinstance(value, int) and 0 <= value <= 30 else 1

    def _today(self, today: dt.date | None) -> dt.date:
        return today or self.ctx.today()

    def due_date(self, days: int, start: dt.date | None = None) -> dt.date:
        """The deadline ``days`` working days after ``start`` (today by default)."""
        return self.calendar().add_working_days(self._today(start), days)

    # --------------------------------------------------------------- directory
    def staff(self, include_inactive: bool = False) -> list[StaffMember]:
        """The institution's staff list (cached offline), by display name."""
        with self.ctx.db.read() as s:
            stmt = select(User).order_by(User.display_name, User.username)
            if not include_inactive:
                stmt = stmt.where(User.active.is_(True))
            return locale.sorted_texts([views.staff_member(u) for u in s.execute(stmt).scalars()], key=lambda m: m.display_name)

    def institutions(self, include_own: bool = False) -> list[InstitutionEntry]:
        """The institution directory (cached offline) for picking dispatch recipients."""
        with self.ctx.db.read() as s:
            stmt = select(Institution).order_by(Institution.name, Institution.registry_code)
            if not include_own:
                stmt = stmt.where(Institution.is_own.is_(False))
            return locale.sorted_texts([InstitutionEntry(i.registry_code, i.name, i.is_own) for i in s.execute(stmt).scalars()],
                                       key=lambda i: i.name)

    def replace_directory(self, users: Iterable[dict], institutions: Iterable[dict], *,
                          own_registry_code: str | None = None, own_name: str | None = None,
                          initiator: Any = None) -> DirectoryUpdate:
        """Replace the cached staff list and directory with the server's (``GET /v1/users``,
        ``GET /v1/institutions``). Roles come from here; the current user is reloaded."""
        with self.ctx.db.write() as s:
            result = directory.replace_cache(s, users, institutions, own_registry_code, own_name)
            audit.append(s, self._user.username, "directory.replace", None, users_added=result.users_added,
                         users_updated=result.users_updated, users_deactivated=result.users_deactivated,
                         institutions=result.institutions)
        self.ctx.reload_user()
        self._publish((), {"directory"}, initiator)
        return result

    # --------------------------------------------------------------- templates
    def templates(self, doc_kind: str | None = None) -> list[TemplateInfo]:
        """Stored templates, then the built-in ones not overridden by name."""
        with self.ctx.db.read() as s:
            stored = [TemplateInfo(t.name, t.doc_kind, tuple(tuple(st) for st in t.stages))
                      for t in s.execute(select(RouteTemplate).order_by(RouteTemplate.name)).scalars()]
        names = {t.name for t in stored}
        out = stored + [t for t in builtin_templates() if t.name not in names]
        return [t for t in out if doc_kind is None or t.doc_kind == doc_kind]

    def save_template(self, name: str, doc_kind: str, stages: Sequence[Sequence[dict]]) -> TemplateInfo:
        """Create or replace a template (office roles)."""
        if not any(self._user.has_role(r) for r in OFFICE_ROLES):
            raise self._deny(translate("Permissions", "edit route templates"), translate("Permissions", "an office role is needed."))
        name = name.strip()
        if not name or len(name) > 200:
            raise InvalidInput(translate("Routing", "A template needs a name of 1–200 characters."))
        if doc_kind not in DOCUMENT_KINDS:
            raise InvalidInput(translate("Documents", "Unknown document kind: {kind}").format(kind=doc_kind))
        clean = validate_stages(stages)
        with self.ctx.db.write() as s:
            row = s.execute(select(RouteTemplate).where(RouteTemplate.name == name)).scalar_one_or_none()
            if row is None:
                row = RouteTemplate(name=name, doc_kind=doc_kind, stages=clean)
                s.add(row)
            else:
                row.doc_kind, row.stages = doc_kind, clean
            audit.append(s, self._user.username, "route.template_save", None, name=name, doc_kind=doc_kind)
        return TemplateInfo(name, doc_kind, tuple(tuple(st) for st in clean))

    def expand_template(self, doc_id: str, template_name: str) -> list[list[StepSpec]]:
        """The template's stages with people filled in for this document (not saved yet)."""
        tpl = next((t for t in self.templates() if t.name == template_name), None)
        if tpl is None:
            raise NotFound(translate("Routing", "There is no route template named {name}.").format(name=template_name))
        with self.ctx.db.read() as s:
            doc = self._doc(s, doc_id)
            author = doc.author_id
        staff = [StaffEntry(p.id, p.username, p.roles) for p in self.staff()]
        return expand(tpl, staff, author)

    # ------------------------------------------------------------------ routes
    def set_route(self, doc_id: str, stages: Sequence[Sequence[StepSpec]], initiator: Any = None) -> RouteTimeline:
        """Replace the not-yet-acted part of the document's route with ``stages`` and start it.

        Allowed to office roles and to the document's author (who routes their own draft).
        """
        stages = [list(st) for st in stages if st]
        if not stages:
            raise InvalidInput(translate("Routing", "A route needs at least one step."))
        if sum(len(st) for st in stages) > MAX_STEPS:
            raise InvalidInput(translate("Routing", "A route can have at most {n} steps.").format(n=MAX_STEPS))
        today = self.ctx.today()
        with self.ctx.db.write() as s:
            doc = self._doc(s, doc_id)
            if not (any(self._user.has_role(r) for r in OFFICE_ROLES) or doc.author_id == self._user.id):
                raise self._deny(translate("Permissions", "route this document"),
                                 translate("Permissions", "only an office role or the document's author may."))
            if doc.status in (states.DISPATCHED, states.ARCHIVED):
                raise ForbiddenTransition(translate("Routing", "A {status} document cannot be routed.").format(
                    status=states.status_label(doc.status)))
            for stage in stages:
                for spec in stage:
                    actions.check_spec(s, spec, today)
            for st in engine.live_steps(s, doc.id):
                if st.resolution_id is None:
                    s.delete(st)
            s.flush()
            created = engine.append_stages(s, doc.id, stages)
            if doc.status != states.SIGNED:
                actions.set_status(doc, states.IN_ROUTE)
            engine.activate(s, doc.id, self.calendar(), today)
            audit.append(s, self._user.username, OpType.ROUTE_SET.value, doc.id, steps=len(created), stages=len(stages))
            actions.queue_route(s, doc)
        self._publish([doc_id], {"route", "document"}, initiator)
        return self.timeline(doc_id)

    def apply_template(self, doc_id: str, template_name: str, initiator: Any = None) -> RouteTimeline:
        """Expand a template for the document and start it as its route."""
        return self.set_route(doc_id, self.expand_template(doc_id, template_name), initiator)

    def act(self, step_id: str, action: str, comment: str = "", initiator: Any = None,
            today: dt.date | None = None) -> StepInfo:
        """Approve / decline / return / done / acknowledge one active step (its assignee only)."""
        today = self._today(today)
        with self.ctx.db.write() as s:
            step = s.get(RouteStep, step_id)
            if step is None:
                raise NotFound(translate("Routing", "There is no route step with id {id}.").format(id=step_id))
            self._check_assignee(step)
            doc = self._doc(s, step.document_id)
            actions.act_in(s, doc, step, action, comment, today, self._user, self.calendar())
            doc_id = doc.id
            info = views.step_infos(s, [step], self._clock(today))[0]
        self._publish([doc_id], {"route", "document"}, initiator)
        return info

    def registration_step(self, doc_id: str) -> str | None:
        """The current user's active execute step on ``doc_id`` that stands before a signing step
        still to come -- the outgoing route's "Register the letter" (a letter is numbered before it
        is signed) -- or None. Registering the letter completes it, so the route goes on to the
        signature without the clerk having to mark it done as well."""
        step_id = self.my_active_steps([doc_id], K.EXECUTE).get(doc_id)
        if step_id is None:
            return None
        with self.ctx.db.read() as s:
            stage = s.get(RouteStep, step_id).stage
            later_sign = s.execute(select(RouteStep.id).where(
                RouteStep.document_id == doc_id, RouteStep.kind == K.SIGN, RouteStep.stage > stage,
                RouteStep.state == K.WAITING).limit(1)).first()
        return step_id if later_sign is not None else None

    def my_active_steps(self, doc_ids: Sequence[str], kind: str) -> dict[str, str]:
        """``{document id: step id}``: the current user's active ``kind`` step on each of the documents
        that has one (the Sign action completes the signing step it signs for)."""
        u = self._user
        with self.ctx.db.read() as s:
            rows = s.execute(select(RouteStep.document_id, RouteStep.id).where(
                RouteStep.document_id.in_(list(doc_ids)), RouteStep.kind == kind, RouteStep.state == K.ACTIVE,
                views.mine(u))
                .order_by(RouteStep.stage, RouteStep.position)).all()
        out: dict[str, str] = {}
        for doc_id, step_id in rows:
            out.setdefault(doc_id, step_id)
        return out

    def unsigned_steps(self, step_ids: Sequence[str]) -> set[str]:
        """The signing steps among ``step_ids`` whose document has no signature made since the step
        started (approving one of those is signing; one signed already is approved as it is)."""
        with self.ctx.db.read() as s:
            rows = s.execute(select(RouteStep.id, RouteStep.document_id, RouteStep.started_at)
                             .where(RouteStep.id.in_(list(step_ids)), RouteStep.kind == K.SIGN)).all()
            out = set()
            for step_id, doc_id, started in rows:
                cond = [Signature.document_id == doc_id]
                if started is not None:
                    cond.append(Signature.signed_at >= started)
                if s.execute(select(Signature.id).where(*cond).limit(1)).first() is None:
                    out.add(step_id)
        return out

    def _check_assignee(self, step: RouteStep) -> None:
        u = self._user
        mine = step.assignee_user_id == u.id or (step.assignee_user_id is None and step.assignee_role in u.roles)
        if not mine:
            raise self._deny(translate("Permissions", "act on this {kind} step").format(kind=K.kind_label(step.kind)),
                             translate("Permissions", "only its assignee may."))
        if step.kind == K.SIGN and not any(u.has_role(r) for r in SIGNING_ROLES):
            raise self._deny(translate("Permissions", "sign"), translate("Permissions", "the role 'head' is needed."))

    def acknowledge_many(self, step_ids: Sequence[str], initiator: Any = None) -> BatchResult:
        """Batch acknowledge: each step is its own transaction and its own outbox op."""
        done, failures = [], []
        for sid in step_ids:
            try:
                self.act(sid, K.ACK, initiator=initiator)
                done.append(sid)
            except DocflowError as exc:
                failures.append((sid, str(exc)))
        return BatchResult(tuple(done), tuple(failures))

    # ------------------------------------------------------------- resolutions
    def create_resolution(self, doc_id: str, data: ResolutionInput, initiator: Any = None) -> ResolutionInfo:
        """The head's resolution: executor + co-executors get active execute steps with the deadline."""
        self._require_role(Role.HEAD.value, translate("Permissions", "write resolutions"))
        text = data.text.strip()
        if not text:
            raise InvalidInput(translate("Routing", "Write the resolution's text."))
        if len(text) > MAX_TEXT:
            raise InvalidInput(translate("Routing", "The resolution's text is longer than {n} characters.").format(n=MAX_TEXT))
        co = list(dict.fromkeys(data.co_executor_ids))
        if data.executor_id in co:
            raise InvalidInput(translate("Routing", "The main executor cannot also be a co-executor."))
        today = self.ctx.today()
        cal = self.calendar()
        deadline = resolutions.deadline_of(data, cal, today)
        with self.ctx.db.read() as s:
            deadline = resolutions.within_appeal_term(s, doc_id, deadline)
        if data.control and deadline is None:
            raise InvalidInput(translate("Routing", "A resolution under control needs a deadline."))
        with self.ctx.db.write() as s:
            res = resolutions.write_resolution(s, self._doc(s, doc_id), data, text, co, deadline, self._user, cal, today)
            info = views.resolution_infos(s, [res], self._clock(today))[0]
        self._publish([doc_id], {"route", "document", "resolution"}, initiator)
        return info

    def remove_control(self, resolution_id: str, reason: str = "", initiator: Any = None) -> ResolutionInfo:
        """Take a resolution off control — only the official who put it on control (its author) may;
        the server refuses anyone else too (``not_controller``)."""
        reason = reason.strip()
        if len(reason) > NOTE_MAX_CHARS:
            raise InvalidInput(translate("Control", "The reason is longer than {n} characters.").format(n=NOTE_MAX_CHARS))
        with self.ctx.db.write() as s:
            res = s.get(Resolution, resolution_id)
            if res is None:
                raise NotFound(translate("Routing", "There is no resolution with id {id}.").format(id=resolution_id))
            if res.author_id != self._user.id:
                raise PermissionDenied(translate("Control", "Only the official who put the document on control may remove it."),
                                       code=ErrorCode.NOT_CONTROLLER.value)
            if not res.control:
                raise ForbiddenTransition(translate("Routing", "This resolution is not under control."))
            res.control = False
            res.control_removed_by = self._user.id
            res.control_removed_at = utcnow()
            res.control_removed_reason = reason
            audit.append(s, self._user.username, "resolution.control_removed", res.document_id, resolution_id=res.id,
                         reason=reason)
            payload = {"resolution_id": res.id, **({"reason": reason} if reason else {})}
            outbox.enqueue(s, OpType.CONTROL_REMOVE.value, res.document_id, payload)
            info = views.resolution_infos(s, [res], self._clock(None))[0]
        self._publish([info.document_id], {"route", "resolution"}, initiator)
        return info

    # ---------------------------------------------------------------- dispatch
    def dispatch(self, doc_id: str, recipient_codes: Sequence[str], note: str = "", initiator: Any = None) -> list[DispatchInfo]:
        """Send a registered, signed outgoing document to other institutions (clerk only)."""
        self._require_role(Role.CLERK.value, translate("Permissions", "dispatch documents"))
        codes = dispatching.clean_recipients(recipient_codes, note)
        today = self.ctx.today()
        with self.ctx.db.write() as s:
            doc = self._doc(s, doc_id)
            known, dispatch_steps = dispatching.check_dispatch(s, doc, codes, self._user)
            for st in dispatch_steps:
                actions.act_in(s, doc, st, K.COMPLETE, translate("Routing", "Dispatched"), today, self._user, self.calendar())
            rows = dispatching.record_dispatch(s, doc, codes, known, note, self._user)
            out = [views.dispatch_info(r) for r in rows]
        self._publish([doc_id], {"dispatch", "document", "route"}, initiator)
        return out

    def dispatch_refusal(self, doc_id: str) -> str | None:
        """Why this document cannot be dispatched now (not registered, not signed, its route not
        finished, not this person's to send), in words; None when it can. Asked before the recipients
        are chosen, so nobody picks them and writes a note only to be refused."""
        try:
            self._require_role(Role.CLERK.value, translate("Permissions", "dispatch documents"))
            with self.ctx.db.read() as s:
                dispatching.check_ready(s, self._doc(s, doc_id), self._user)
        except (ForbiddenTransition, PermissionDenied) as exc:
            return str(exc)
        return None

    def recent_dispatches(self, limit: int = 20) -> list[DispatchInfo]:
        """The newest dispatches of this desk with their receipts (``docflow status``)."""
        with self.ctx.db.read() as s:
            rows = s.execute(select(Dispatch).order_by(Dispatch.sent_at.desc()).limit(max(0, limit))).scalars()
            return [views.dispatch_info(r) for r in rows]

    def record_receipt(self, dispatch_id: str, recipient_code: str, status: str, *, registration_number: str = "",
                       reason: str = "", at: dt.datetime | None = None, incoming_doc_id: str | None = None,
                       initiator: Any = None) -> DispatchInfo:
        """Apply a delivery receipt from the server (sync calls this): sent → delivered → registered/refused.

        Receipts only move forward; a repeated or older receipt changes nothing.
        """
        if status not in DISPATCH_STATES:
            raise InvalidInput(translate("Dispatch", "Unknown receipt status: {status}").format(status=status))
        with self.ctx.db.write() as s:
            row = s.execute(select(Dispatch).where(Dispatch.dispatch_id == dispatch_id,
                                                   Dispatch.recipient_code == recipient_code)).scalar_one_or_none()
            if row is None:
                raise NotFound(translate("Dispatch", "There is no dispatch {id} to {code}.").format(id=dispatch_id, code=recipient_code))
            remote.record_receipt_in(s, dispatch_id, recipient_code, status, registration_number=registration_number,
                                     reason=reason, at=at, incoming_doc_id=incoming_doc_id)
            info = views.dispatch_info(row)
        self._publish([info.document_id], {"dispatch"}, initiator)
        return info

    def acknowledge_received(self, doc_id: str, status: str = ReceiptStatus.REGISTERED.value, registration_number: str = "",
                             reason: str = "", initiator: Any = None) -> None:
        """On a document that arrived by dispatch: tell the sender it was registered (or refused)."""
        self._require_role(Role.CLERK.value, translate("Permissions", "acknowledge received documents"))
        if status not in ACKNOWLEDGEMENTS:
            raise InvalidInput(translate("Dispatch", "Unknown receipt status: {status}").format(status=status))
        if status == ReceiptStatus.REFUSED.value and not reason.strip():
            raise InvalidInput(translate("Dispatch", "Write the reason for refusing the document."))
        with self.ctx.db.write() as s:
            doc = self._doc(s, doc_id)
            if doc.kind != DocumentKind.INCOMING.value or dispatching.sender_of(s, doc.id) is None:
                raise ForbiddenTransition(translate("Dispatch", "Only a document another institution sent can be acknowledged."))
            if dispatching.acknowledged(s, doc.id):
                raise ForbiddenTransition(translate("Dispatch", "The sender was already told about this document."))
            if status == ReceiptStatus.REGISTERED.value and not registration_number:
                reg = s.execute(select(Registration).where(Registration.document_id == doc.id)).scalar()
                if reg is None:
                    raise ForbiddenTransition(translate("Register", "Register the document first."))
                # a provisional number is replaced on the server: the server puts its own in the receipt
                registration_number = "" if reg.provisional else reg.number
            payload = {"status": status}
            if registration_number:
                payload["registration_number"] = registration_number
            if reason.strip():
                payload["reason"] = reason.strip()
            audit.append(s, self._user.username, OpType.DISPATCH_ACKNOWLEDGE.value, doc.id, **payload)
            outbox.enqueue(s, OpType.DISPATCH_ACKNOWLEDGE.value, doc.id, payload)
        self._publish([doc_id], {"dispatch"}, initiator)

    def owed_receipt(self, doc_id: str) -> dict | None:
        """Who sent this document (as :meth:`received_from`) while they are still owed word that it was
        registered or refused; None when it was not dispatched to us or they were told."""
        with self.ctx.db.read() as s:
            sender = dispatching.sender_of(s, doc_id)
            return None if sender is None or dispatching.acknowledged(s, doc_id) else sender

    def received_from(self, doc_id: str) -> dict | None:
        """Who sent this document (registry code, name, their number), or None if it was not dispatched to us."""
        with self.ctx.db.read() as s:
            return dispatching.sender_of(s, doc_id)

    # ------------------------------------------------------------------- reads
    def _clock(self, today: dt.date | None) -> views.Clock:
        return views.Clock(self._today(today), self.calendar(), self.remind_days)

    def timeline(self, doc_id: str, today: dt.date | None = None) -> RouteTimeline:
        """Resolutions, steps and dispatches of one document, and who did what when."""
        clock = self._clock(today)
        with self.ctx.db.read() as s:
            return views.timeline(s, self._doc(s, doc_id), clock)

    def my_assignments(self, offset: int = 0, limit: int = 100, today: dt.date | None = None) -> AssignmentPage:
        """The current user's active steps, soonest deadline first (no deadline last)."""
        clock = self._clock(today)
        with self.ctx.db.read() as s:
            return views.assignments(s, self._user, clock, offset, limit)

    def deadline_summary(self, today: dt.date | None = None) -> DeadlineSummary:
        """Counts of my active steps: overdue, due today, due later this week, later, no deadline."""
        today = self._today(today)
        with self.ctx.db.read() as s:
            return views.deadline_summary(s, self._user, today, self.calendar().week_end(today))

    def due_reminders(self, today: dt.date | None = None) -> list[Assignment]:
        """My active steps due within ``reminder_days`` working days (or overdue) not reminded today."""
        clock = self._clock(today)
        with self.ctx.db.read() as s:
            return views.due_reminders(s, self._user, clock)

    def mark_reminded(self, step_ids: Sequence[str], today: dt.date | None = None) -> None:
        """Remember that these reminders were shown ``today`` (local only, not synchronised)."""
        if not step_ids:
            return
        at = utcnow() if today is None else dt.datetime.combine(today, dt.time(12))
        with self.ctx.db.write() as s:
            for st in s.execute(select(RouteStep).where(RouteStep.id.in_(list(step_ids)))).scalars():
                st.reminded_at = at

    def controlled_resolutions(self, today: dt.date | None = None) -> list[ResolutionInfo]:
        """Resolutions I wrote that are under control and not done, soonest deadline first."""
        clock = self._clock(today)
        with self.ctx.db.read() as s:
            return views.controlled_resolutions(s, self._user, clock)
