"""Routing service: resolutions, routes, step actions, deadlines, reminders, dispatch, staff.

Over 500 lines on purpose: this is the one routing API the UI, the CLI and sync call (two dozen
public methods, each a transaction with its checks, audit and outbox op); what is not the API
lives apart -- route mechanics in ``routing/engine.py``, dispatch rules in ``routing/dispatching.py``,
read queries and conversions in ``routing/views.py``, the protocol mapping in ``routing/remote.py``.

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
from sqlalchemy.orm import Session

from desktop_app import audit, locale, outbox, search, states
from desktop_app.db.models import (
    Dispatch, Document, Institution, Registration, Resolution, RouteStep, RouteTemplate, User,
    new_id, utcnow,
)
from desktop_app.errors import DocflowError, ForbiddenTransition, InvalidInput, NotFound, PermissionDenied
from desktop_app.events import Change
from desktop_app.i18n import translate
from desktop_app.routing import directory, dispatching, engine, remote, views
from desktop_app.routing import steps as K
from desktop_app.routing.calendar import WorkCalendar
from desktop_app.routing.templates import StaffEntry, StepSpec, TemplateInfo, builtin_templates, expand, validate_stages
from desktop_app.services.types import (
    Assignment, AssignmentPage, BatchResult, DeadlineSummary, DirectoryUpdate, DispatchInfo, InstitutionEntry,
    ResolutionInfo, ResolutionInput, RouteTimeline, StaffMember, StepInfo,
)
from desktop_app.services.documents import load_document
from docflow_protocol import (
    ACKNOWLEDGEMENTS, ALL_ROLES, DISPATCH_RANK, LIMITS, OFFICE_ROLES, SIGNING_ROLES, DispatchStatus, DocumentKind, OpType,
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

    @staticmethod
    def _today(today: dt.date | None) -> dt.date:
        return today or dt.date.today()

    def due_date(self, days: int, start: dt.date | None = None) -> dt.date:
        """The deadline ``days`` working days after ``start`` (today by default)."""
        return self.calendar().add_working_days(self._today(start), days)

    @staticmethod
    def _active_user(s: Session, user_id: str, what: str) -> User:
        u = s.get(User, user_id) if user_id else None
        if u is None or not u.active:
            raise InvalidInput(translate("Routing", "The {what} is not on the institution's staff list.").format(what=what))
        return u

    def _set_status(self, doc: Document, new: str) -> None:
        """Move the document's status when the state machine allows it; otherwise leave it."""
        if doc.status != new and new in states.ALLOWED.get(doc.status, ()):
            doc.status = new
            doc.updated_at = utcnow()

    def _queue_route(self, s: Session, doc: Document) -> None:
        steps = engine.protocol_steps(s, doc.id)
        missing = [st for st in steps if not st["assignee_user_id"]]
        if missing:
            raise InvalidInput(translate("Routing", "Nobody on the staff list can take the {kind} step; choose a person.").format(
                kind=K.kind_label(missing[0]["kind"])))
        outbox.enqueue(s, OpType.ROUTE_SET.value, doc.id, {"steps": steps}, base_version=doc.version)

    def _act_in(self, s: Session, doc: Document, step: RouteStep, action: str, comment: str, today: dt.date) -> None:
        """Record one action on one step (its own outbox op) and move the route on."""
        new_state = K.check_action(step.kind, step.state, action, comment)
        step.state = new_state
        step.action = action
        step.comment = comment.strip()[:MAX_TEXT]
        step.acted_by = self._user.id
        step.finished_at = utcnow()
        s.flush()
        audit.append(s, self._user.username, f"route.{action}", doc.id, step_id=step.id, kind=step.kind,
                     stage=step.stage, comment=step.comment)
        payload = {"step_id": step.id, "action": K.PROTOCOL_ACTION[action]}
        if step.comment:
            payload["comment"] = step.comment
        outbox.enqueue(s, OpType.ROUTE_STEP_ACT.value, doc.id, payload)
        cal = self.calendar()
        if action in K.STOPS_ROUTE:
            self._stop(s, doc, step, action)
            engine.activate(s, doc.id, cal, today)
            self._queue_route(s, doc)
            return
        if step.kind == K.SIGN:
            self._set_status(doc, states.SIGNED)
        if step.resolution_id:
            self._maybe_complete_resolution(s, step.resolution_id)
        engine.activate(s, doc.id, cal, today)
        rstate = engine.route_state(engine.doc_steps(s, doc.id))
        if rstate == "active" and doc.status in (states.DRAFT, states.REGISTERED):
            self._set_status(doc, states.IN_ROUTE)  # the author's rework is done: back in route
        if rstate == "completed" and doc.status == states.IN_ROUTE:
            has_reg = s.execute(select(Registration.id).where(Registration.document_id == doc.id)).first() is not None
            self._set_status(doc, states.REGISTERED if has_reg else states.DRAFT)

    def _stop(self, s: Session, doc: Document, step: RouteStep, action: str) -> None:
        """Decline/return: the draft goes back to its author (or the resolution to its author)."""
        if step.resolution_id:
            res = s.get(Resolution, step.resolution_id)
            if res is not None:
                res.state = Resolution.RETURNED
            to = res.author_id if res else None
            label = translate("Routing", "Returned by the executor: write a new resolution")
            # the resolution's author gets a review step, which a new resolution completes
            engine.stop_and_rework(s, doc, step, to, label, restart=False, rework_kind=K.REVIEW)
            return
        label = translate("Routing", "Rework after '{action}': {reason}").format(
            action=K.action_label(action), reason=step.comment)[:200]
        engine.stop_and_rework(s, doc, step, doc.author_id, label, restart=True)
        if doc.status == states.IN_ROUTE:
            has_reg = s.execute(select(Registration.id).where(Registration.document_id == doc.id)).first() is not None
            self._set_status(doc, states.REGISTERED if has_reg else states.DRAFT)

    def _maybe_complete_resolution(self, s: Session, resolution_id: str | None) -> None:
        """A resolution is done when its steps are done and every resolution that passed it on is done."""
        res = s.get(Resolution, resolution_id) if resolution_id else None
        if res is None or res.state != Resolution.ACTIVE:
            return
        s.flush()
        step_states = s.execute(select(RouteStep.state).where(RouteStep.resolution_id == res.id)).scalars().all()
        children = s.execute(select(Resolution.state).where(Resolution.parent_id == res.id)).scalars().all()
        if step_states and all(x == K.DONE for x in step_states) and all(x == Resolution.DONE for x in children):
            res.state = Resolution.DONE
            res.completed_at = utcnow()
            self._maybe_complete_resolution(s, res.parent_id)

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
        if doc_kind not in {k.value for k in DocumentKind}:
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
        today = dt.date.today()
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
                    self._check_spec(s, spec, today)
            for st in engine.live_steps(s, doc.id):
                if st.resolution_id is None:
                    s.delete(st)
            s.flush()
            created = engine.append_stages(s, doc.id, stages)
            if doc.status != states.SIGNED:
                self._set_status(doc, states.IN_ROUTE)
            engine.activate(s, doc.id, self.calendar(), today)
            audit.append(s, self._user.username, OpType.ROUTE_SET.value, doc.id, steps=len(created), stages=len(stages))
            self._queue_route(s, doc)
        self._publish([doc_id], {"route", "document"}, initiator)
        return self.timeline(doc_id)

    def _check_spec(self, s: Session, spec: StepSpec, today: dt.date) -> None:
        K.check_kind(spec.kind)
        if spec.assignee_user_id:
            self._active_user(s, spec.assignee_user_id, translate("Routing", "assignee of a {kind} step").format(
                kind=K.kind_label(spec.kind)))
        elif spec.assignee_role not in ALL_ROLES:
            raise InvalidInput(translate("Routing", "Every {kind} step needs a person or a role.").format(kind=K.kind_label(spec.kind)))
        if spec.deadline is not None and spec.deadline < today:
            raise InvalidInput(translate("Routing", "The deadline {date} of a {kind} step has already passed.").format(
                date=locale.format_date(spec.deadline), kind=K.kind_label(spec.kind)))
        if spec.duration_days is not None and not 0 <= spec.duration_days <= 365:
            raise InvalidInput(translate("Routing", "A step's allowance must be 0 to 365 working days."))

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
            self._act_in(s, doc, step, action, comment, today)
            doc_id = doc.id
            info = views.step_infos(s, [step], self._clock(today))[0]
        self._publish([doc_id], {"route", "document"}, initiator)
        return info

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
        today = dt.date.today()
        cal = self.calendar()
        deadline = data.deadline
        if deadline is None and data.days is not None:
            deadline = cal.add_working_days(today, data.days)
        if deadline is not None:
            if deadline < today:
                raise InvalidInput(translate("Routing", "The deadline {date} has already passed.").format(date=locale.format_date(deadline)))
            deadline = cal.next_working_day(deadline)
        if data.control and deadline is None:
            raise InvalidInput(translate("Routing", "A resolution under control needs a deadline."))
        with self.ctx.db.write() as s:
            doc = self._doc(s, doc_id)
            if doc.status in (states.DISPATCHED, states.ARCHIVED):
                raise ForbiddenTransition(translate("Routing", "A {status} document cannot get a resolution.").format(
                    status=states.status_label(doc.status)))
            if doc.kind == DocumentKind.INCOMING.value and s.execute(select(Registration.id).where(Registration.document_id == doc.id)).first() is None:
                raise ForbiddenTransition(translate("Routing", "Register the letter before writing a resolution."))
            self._active_user(s, data.executor_id, translate("Routing", "executor"))
            for uid in co:
                self._active_user(s, uid, translate("Routing", "co-executor"))
            mine = [st for st in engine.live_steps(s, doc.id) if st.state == K.ACTIVE and (
                st.assignee_user_id == self._user.id or (st.assignee_user_id is None and st.assignee_role in self._user.roles))]
            # writing a resolution on an assignment one got by resolution passes it on (a deputy's resolution)
            delegated = next((st for st in mine if st.kind == K.EXECUTE and st.resolution_id), None)
            parent_id = data.parent_id or (delegated.resolution_id if delegated else None)
            parent = s.get(Resolution, parent_id) if parent_id else None
            if parent_id and (parent is None or parent.document_id != doc.id):
                raise InvalidInput(translate("Routing", "The earlier resolution is not on this document."))
            # a review step waiting for this person's resolution is completed by writing it
            for st in mine:
                if st.kind == K.REVIEW:
                    self._act_in(s, doc, st, K.COMPLETE, translate("Routing", "Resolution written"), today)
            res = Resolution(id=new_id(), document_id=doc.id, author_id=self._user.id, text=text, executor_id=data.executor_id,
                             co_executor_ids=co, deadline=deadline, control=data.control, state=Resolution.ACTIVE,
                             parent_id=parent_id)
            s.add(res)
            s.flush()
            stage = [StepSpec(K.EXECUTE, data.executor_id, None, deadline, None, translate("Routing", "Execute the resolution"))]
            stage += [StepSpec(K.EXECUTE, uid, None, deadline, None, translate("Routing", "Co-execute the resolution")) for uid in co]
            if delegated is not None:
                # the new executors join the delegating person's stage, active at once
                pos = max(st.position for st in engine.doc_steps(s, doc.id) if st.stage == delegated.stage) + 1
                for i, spec in enumerate(stage):
                    s.add(RouteStep(document_id=doc.id, stage=delegated.stage, position=pos + i, kind=spec.kind,
                                    assignee_user_id=spec.assignee_user_id, deadline=spec.deadline, label=spec.label,
                                    state=K.ACTIVE, started_at=utcnow(), resolution_id=res.id))
                s.flush()
                self._act_in(s, doc, delegated, K.COMPLETE, translate("Routing", "Passed on with a resolution"), today)
            else:
                engine.append_stages(s, doc.id, [stage], resolution_id=res.id)
            self._set_status(doc, states.IN_ROUTE)
            engine.activate(s, doc.id, cal, today)
            audit.append(s, self._user.username, OpType.RESOLUTION_CREATE.value, doc.id, resolution_id=res.id, parent_id=parent_id,
                         executor=data.executor_id, co_executors=co, deadline=deadline, control=data.control)
            payload = {"resolution_id": res.id, "executor_user_id": data.executor_id, "co_executor_user_ids": co, "text": text}
            if deadline:
                payload["deadline"] = deadline.isoformat()
            outbox.enqueue(s, OpType.RESOLUTION_CREATE.value, doc.id, payload)
            self._queue_route(s, doc)
            search.reindex(s, doc)
            info = views.resolution_infos(s, [res], self._clock(today))[0]
        self._publish([doc_id], {"route", "document", "resolution"}, initiator)
        return info

    def remove_control(self, resolution_id: str, initiator: Any = None) -> ResolutionInfo:
        """Take a resolution off deadline control — only its author may."""
        with self.ctx.db.write() as s:
            res = s.get(Resolution, resolution_id)
            if res is None:
                raise NotFound(translate("Routing", "There is no resolution with id {id}.").format(id=resolution_id))
            if res.author_id != self._user.id:
                raise self._deny(translate("Permissions", "remove control from this resolution"),
                                 translate("Permissions", "only the resolution's author may."))
            if not res.control:
                raise ForbiddenTransition(translate("Routing", "This resolution is not under control."))
            res.control = False
            res.control_removed_by = self._user.id
            res.control_removed_at = utcnow()
            audit.append(s, self._user.username, "resolution.control_removed", res.document_id, resolution_id=res.id)
            info = views.resolution_infos(s, [res], self._clock(None))[0]
        self._publish([info.document_id], {"route", "resolution"}, initiator)
        return info

    # ---------------------------------------------------------------- dispatch
    def dispatch(self, doc_id: str, recipient_codes: Sequence[str], note: str = "", initiator: Any = None) -> list[DispatchInfo]:
        """Send a registered, signed outgoing document to other institutions (clerk only)."""
        self._require_role(Role.CLERK.value, translate("Permissions", "dispatch documents"))
        codes = dispatching.clean_recipients(recipient_codes, note)
        today = dt.date.today()
        with self.ctx.db.write() as s:
            doc = self._doc(s, doc_id)
            known, dispatch_steps = dispatching.check_dispatch(s, doc, codes, self._user)
            for st in dispatch_steps:
                self._act_in(s, doc, st, K.COMPLETE, translate("Routing", "Dispatched"), today)
            dispatch_id = new_id()
            rows = []
            for code in codes:
                row = Dispatch(dispatch_id=dispatch_id, document_id=doc.id, recipient_code=code,
                               recipient_name=known[code].name, state=DispatchStatus.SENT.value, note=note.strip(), sent_by=self._user.id)
                s.add(row)
                rows.append(row)
            if doc.status != states.DISPATCHED:
                states.check_transition(doc.status, states.DISPATCHED)
                doc.status = states.DISPATCHED
                doc.updated_at = utcnow()
            s.flush()
            audit.append(s, self._user.username, OpType.DOCUMENT_DISPATCH.value, doc.id, dispatch_id=dispatch_id, to=codes)
            payload: dict[str, Any] = {"dispatch_id": dispatch_id, "to": codes}
            if note.strip():
                payload["note"] = note.strip()
            outbox.enqueue(s, OpType.DOCUMENT_DISPATCH.value, doc.id, payload, base_version=doc.version)
            out = [views.dispatch_info(r) for r in rows]
        self._publish([doc_id], {"dispatch", "document", "route"}, initiator)
        return out

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
            if doc.kind != DocumentKind.INCOMING.value or self._sender(s, doc.id) is None:
                raise ForbiddenTransition(translate("Dispatch", "Only a document another institution sent can be acknowledged."))
            if status == ReceiptStatus.REGISTERED.value and not registration_number:
                reg = s.execute(select(Registration.number).where(Registration.document_id == doc.id)).scalar()
                if reg is None:
                    raise ForbiddenTransition(translate("Register", "Register the document first."))
                registration_number = reg
            payload = {"status": status}
            if registration_number:
                payload["registration_number"] = registration_number
            if reason.strip():
                payload["reason"] = reason.strip()
            audit.append(s, self._user.username, OpType.DISPATCH_ACKNOWLEDGE.value, doc.id, **payload)
            outbox.enqueue(s, OpType.DISPATCH_ACKNOWLEDGE.value, doc.id, payload)
        self._publish([doc_id], {"dispatch"}, initiator)

    @staticmethod
    def _sender(s: Session, doc_id: str) -> dict | None:
        """The ``origin`` of a document another institution dispatched to us (from the synced server state)."""
        from desktop_app.db.models import SyncRemote

        row = s.get(SyncRemote, doc_id)
        origin = row.state.get("origin") if row is not None and isinstance(row.state, dict) else None
        return origin if isinstance(origin, dict) and origin.get("dispatch_id") else None

    def received_from(self, doc_id: str) -> dict | None:
        """Who sent this document (registry code, name, their number), or None if it was not dispatched to us."""
        with self.ctx.db.read() as s:
            return self._sender(s, doc_id)

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
