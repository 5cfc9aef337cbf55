"""Routing service: resolutions, routes, step actions, deadlines, reminders, dispatch, staff.

Every mutation runs in one write transaction with its audit event and its outbox
operation(s) — one operation per step action, each with its own id — then publishes one
:class:`~desktop_app.events.Change` with the aspect ``"route"`` (``"dispatch"``,
``"directory"``). Permissions are checked here, not only in the UI.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop_app import audit, labels, locale, outbox, states
from desktop_app.db.models import (
    Dispatch, Document, Institution, Registration, Resolution, RouteStep, RouteTemplate, Signature, User,
    new_id, utcnow,
)
from desktop_app.errors import DocflowError, ForbiddenTransition, InvalidInput, NotFound, PermissionDenied
from desktop_app.events import Change
from desktop_app.i18n import translate
from desktop_app.routing import directory, engine, remote
from desktop_app.routing import steps as K
from desktop_app.routing.calendar import WorkCalendar, deadline_state
from desktop_app.routing.templates import StaffEntry, StepSpec, TemplateInfo, builtin_templates, expand, validate_stages
from desktop_app.routing.types import (
    Assignment, AssignmentPage, BatchResult, DeadlineSummary, DirectoryUpdate, DispatchInfo, InstitutionEntry,
    ResolutionInfo, ResolutionInput, RouteTimeline, StaffMember, StepInfo, TimelineEvent,
)
from desktop_app.services.documents import load_document

MAX_TEXT = 20_000
MAX_RECIPIENTS = 50
MAX_STEPS = 100
OFFICE_ROLES = ("clerk", "head", "admin")
DISPATCH_STATES = ("sent", "delivered", "registered", "refused")


class RoutingService:
    """The one API the UI, CLI and sync engine call for routing."""

    def __init__(self, ctx):  # noqa: ANN001 - AppContext (import cycle)
        self.ctx = ctx
        self._unsubscribe = ctx.events.subscribe(self._on_event)

    # ------------------------------------------------------------------- sync
    def _on_event(self, event: Any) -> None:
        """After a sync cycle: complete the routing picture of the documents it brought."""
        if isinstance(event, Change) and "sync" in event.aspects and event.initiator is not self and event.documents:
            self.apply_synced(event.documents)

    def apply_synced(self, doc_ids: Iterable[str]) -> set[str]:
        """Apply the routing part (resolutions, route, dispatches and receipts) of the server states the
        sync engine stored for ``doc_ids`` (``sync_remote``, applied snapshots only). Idempotent.

        The sync engine may instead call :func:`desktop_app.routing.remote.apply_remote_routing`
        inside its own apply transaction; then this finds nothing left to do.
        """
        from desktop_app.db.models import SyncRemote

        changed: set[str] = set()
        with self.ctx.db.write() as s:
            for doc_id in sorted(set(doc_ids)):
                row = s.get(SyncRemote, doc_id)
                doc = s.get(Document, doc_id)
                if row is None or doc is None or not row.applied or not isinstance(row.state, dict):
                    continue
                if remote.apply_remote_routing(s, doc, row.state, actor="server"):
                    changed.add(doc_id)
        if changed:
            self._publish(changed, {"route", "dispatch"}, self)
        return changed

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

    def _reindex(self, s: Session, doc: Document) -> None:
        from desktop_app.services.documents import DocumentService

        DocumentService._reindex(self.ctx.documents, s, doc)

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
        outbox.enqueue(s, "route.set", doc.id, {"steps": steps}, base_version=doc.version)

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
        outbox.enqueue(s, "route.step_act", doc.id, payload)
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
                res.state = "returned"
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
        if res is None or res.state != "active":
            return
        s.flush()
        step_states = s.execute(select(RouteStep.state).where(RouteStep.resolution_id == res.id)).scalars().all()
        children = s.execute(select(Resolution.state).where(Resolution.parent_id == res.id)).scalars().all()
        if step_states and all(x == K.DONE for x in step_states) and all(x == "done" for x in children):
            res.state = "done"
            res.completed_at = utcnow()
            self._maybe_complete_resolution(s, res.parent_id)

    # --------------------------------------------------------------- directory
    def staff(self, include_inactive: bool = False) -> list[StaffMember]:
        """The institution's staff list (cached offline), by display name."""
        with self.ctx.db.read() as s:
            stmt = select(User).order_by(User.display_name, User.username)
            if not include_inactive:
                stmt = stmt.where(User.active.is_(True))
            return locale.sorted_texts([_staff(u) for u in s.execute(stmt).scalars()], key=lambda m: m.display_name)

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
        self.ctx.user = self.ctx._load_user()
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
        if doc_kind not in ("incoming", "outgoing", "internal"):
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
            audit.append(s, self._user.username, "route.set", doc.id, steps=len(created), stages=len(stages))
            self._queue_route(s, doc)
        self._publish([doc_id], {"route", "document"}, initiator)
        return self.timeline(doc_id)

    def _check_spec(self, s: Session, spec: StepSpec, today: dt.date) -> None:
        K.check_kind(spec.kind)
        if spec.assignee_user_id:
            self._active_user(s, spec.assignee_user_id, translate("Routing", "assignee of a {kind} step").format(
                kind=K.kind_label(spec.kind)))
        elif spec.assignee_role not in ("clerk", "head", "executor", "admin"):
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
            info = self._step_infos(s, [step], today)[0]
        self._publish([doc_id], {"route", "document"}, initiator)
        return info

    def _check_assignee(self, step: RouteStep) -> None:
        u = self._user
        mine = step.assignee_user_id == u.id or (step.assignee_user_id is None and step.assignee_role in u.roles)
        if not mine:
            raise self._deny(translate("Permissions", "act on this {kind} step").format(kind=K.kind_label(step.kind)),
                             translate("Permissions", "only its assignee may."))
        if step.kind == K.SIGN and not (u.has_role("head") or u.has_role("admin")):
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
        self._require_role("head", translate("Permissions", "write resolutions"))
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
            if doc.kind == "incoming" and s.execute(select(Registration.id).where(Registration.document_id == doc.id)).first() is None:
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
                             co_executor_ids=co, deadline=deadline, control=data.control, state="active",
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
            audit.append(s, self._user.username, "resolution.create", doc.id, resolution_id=res.id, parent_id=parent_id,
                         executor=data.executor_id, co_executors=co, deadline=deadline, control=data.control)
            payload = {"resolution_id": res.id, "executor_user_id": data.executor_id, "co_executor_user_ids": co, "text": text}
            if deadline:
                payload["deadline"] = deadline.isoformat()
            outbox.enqueue(s, "resolution.create", doc.id, payload)
            self._queue_route(s, doc)
            self._reindex(s, doc)
            info = self._resolution_infos(s, [res], today)[0]
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
            info = self._resolution_infos(s, [res], dt.date.today())[0]
        self._publish([info.document_id], {"route", "resolution"}, initiator)
        return info

    # ---------------------------------------------------------------- dispatch
    def dispatch(self, doc_id: str, recipient_codes: Sequence[str], note: str = "", initiator: Any = None) -> list[DispatchInfo]:
        """Send a registered, signed outgoing document to other institutions (clerk only)."""
        self._require_role("clerk", translate("Permissions", "dispatch documents"))
        codes = [c.strip() for c in recipient_codes if c and c.strip()]
        if not codes:
            raise InvalidInput(translate("Dispatch", "Choose at least one recipient institution."))
        if len(set(codes)) != len(codes):
            raise InvalidInput(translate("Dispatch", "A recipient is chosen twice."))
        if len(codes) > MAX_RECIPIENTS:
            raise InvalidInput(translate("Dispatch", "At most {n} recipients per dispatch.").format(n=MAX_RECIPIENTS))
        if len(note) > MAX_TEXT:
            raise InvalidInput(translate("Dispatch", "The note is longer than {n} characters.").format(n=MAX_TEXT))
        today = dt.date.today()
        with self.ctx.db.write() as s:
            doc = self._doc(s, doc_id)
            if doc.kind != "outgoing":
                raise ForbiddenTransition(translate("Dispatch", "Only outgoing documents are dispatched."))
            if s.execute(select(Registration.id).where(Registration.document_id == doc.id)).first() is None:
                raise ForbiddenTransition(translate("Dispatch", "Register the document before dispatching it."))
            signed = (s.execute(select(Signature.id).where(Signature.document_id == doc.id, Signature.revoked.is_(False))).first()
                      is not None or s.execute(select(RouteStep.id).where(
                          RouteStep.document_id == doc.id, RouteStep.kind == K.SIGN, RouteStep.state == K.DONE)).first() is not None)
            if not signed:
                raise ForbiddenTransition(translate("Dispatch", "The document is not signed yet."))
            if doc.status not in (states.REGISTERED, states.SIGNED, states.DISPATCHED):
                raise ForbiddenTransition(translate("Dispatch", "A {status} document cannot be dispatched.").format(
                    status=states.status_label(doc.status)))
            live = engine.live_steps(s, doc.id)
            dispatch_steps = [st for st in live if st.state == K.ACTIVE and st.kind == K.EXECUTE and (
                st.assignee_user_id == self._user.id or (st.assignee_user_id is None and st.assignee_role == "clerk"))]
            if len(live) != len(dispatch_steps):
                raise ForbiddenTransition(translate("Dispatch", "The document's route is not finished yet."))
            known = {i.registry_code: i for i in s.execute(select(Institution).where(Institution.registry_code.in_(codes))).scalars()}
            sent_before = set(s.execute(select(Dispatch.recipient_code).where(Dispatch.document_id == doc.id,
                                                                              Dispatch.state != "refused")).scalars())
            for code in codes:
                inst = known.get(code)
                if inst is None or inst.is_own:
                    raise InvalidInput(translate("Dispatch", "{code} is not another institution in the directory.").format(code=code))
                if code in sent_before:
                    raise InvalidInput(translate("Dispatch", "The document was already sent to {code}.").format(code=code))
            for st in dispatch_steps:
                self._act_in(s, doc, st, K.COMPLETE, translate("Routing", "Dispatched"), today)
            dispatch_id = new_id()
            rows = []
            for code in codes:
                row = Dispatch(dispatch_id=dispatch_id, document_id=doc.id, recipient_code=code,
                               recipient_name=known[code].name, state="sent", note=note.strip(), sent_by=self._user.id)
                s.add(row)
                rows.append(row)
            if doc.status != states.DISPATCHED:
                states.check_transition(doc.status, states.DISPATCHED)
                doc.status = states.DISPATCHED
                doc.updated_at = utcnow()
            s.flush()
            audit.append(s, self._user.username, "document.dispatch", doc.id, dispatch_id=dispatch_id, to=codes)
            payload: dict[str, Any] = {"dispatch_id": dispatch_id, "to": codes}
            if note.strip():
                payload["note"] = note.strip()
            outbox.enqueue(s, "document.dispatch", doc.id, payload, base_version=doc.version)
            out = [_dispatch_info(r) for r in rows]
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
            info = _dispatch_info(row)
        self._publish([info.document_id], {"dispatch"}, initiator)
        return info

    def acknowledge_received(self, doc_id: str, status: str = "registered", registration_number: str = "",
                             reason: str = "", initiator: Any = None) -> None:
        """On a document that arrived by dispatch: tell the sender it was registered (or refused)."""
        self._require_role("clerk", translate("Permissions", "acknowledge received documents"))
        if status not in ("registered", "refused"):
            raise InvalidInput(translate("Dispatch", "Unknown receipt status: {status}").format(status=status))
        if status == "refused" and not reason.strip():
            raise InvalidInput(translate("Dispatch", "Write the reason for refusing the document."))
        with self.ctx.db.write() as s:
            doc = self._doc(s, doc_id)
            if doc.kind != "incoming" or self._sender(s, doc.id) is None:
                raise ForbiddenTransition(translate("Dispatch", "Only a document another institution sent can be acknowledged."))
            if status == "registered" and not registration_number:
                reg = s.execute(select(Registration.number).where(Registration.document_id == doc.id)).scalar()
                if reg is None:
                    raise ForbiddenTransition(translate("Register", "Register the document first."))
                registration_number = reg
            payload = {"status": status}
            if registration_number:
                payload["registration_number"] = registration_number
            if reason.strip():
                payload["reason"] = reason.strip()
            audit.append(s, self._user.username, "dispatch.acknowledge", doc.id, **payload)
            outbox.enqueue(s, "dispatch.acknowledge", doc.id, payload)
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
    def timeline(self, doc_id: str, today: dt.date | None = None) -> RouteTimeline:
        """Resolutions, steps and dispatches of one document, and who did what when."""
        today = self._today(today)
        with self.ctx.db.read() as s:
            doc = self._doc(s, doc_id)
            steps = engine.doc_steps(s, doc_id)
            resolutions = list(s.execute(select(Resolution).where(Resolution.document_id == doc_id)
                                         .order_by(Resolution.created_at)).scalars())
            dispatches = list(s.execute(select(Dispatch).where(Dispatch.document_id == doc_id)
                                        .order_by(Dispatch.sent_at, Dispatch.recipient_code)).scalars())
            step_infos = self._step_infos(s, steps, today)
            res_infos = self._resolution_infos(s, resolutions, today)
            events: list[TimelineEvent] = []
            for r in res_infos:
                events.append(TimelineEvent(r.created_at, r.author_name, translate("Routing", "Resolution: {text}").format(text=r.text)))
            for st in step_infos:
                if st.finished_at and st.action:
                    what = translate("Routing", "{action} ({kind})").format(action=K.action_label(st.action), kind=K.kind_label(st.kind))
                    if st.comment:
                        what += ": " + st.comment
                    events.append(TimelineEvent(st.finished_at, st.acted_by_name, what))
            for d in dispatches:
                events.append(TimelineEvent(d.sent_at, "", translate("Routing", "Sent to {name}").format(name=d.recipient_name or d.recipient_code)))
                if d.delivered_at:
                    events.append(TimelineEvent(d.delivered_at, d.recipient_code, translate("Routing", "Delivered")))
                if d.registered_at:
                    events.append(TimelineEvent(d.registered_at, d.recipient_code,
                                                translate("Routing", "Registered as {number}").format(number=d.recipient_number)))
            events.sort(key=lambda e: e.at)
            return RouteTimeline(doc.id, doc.subject, doc.status, engine.route_state(steps), tuple(res_infos),
                                 tuple(step_infos), tuple(_dispatch_info(d) for d in dispatches), tuple(events))

    def _mine(self):  # noqa: ANN202
        u = self._user
        return or_(RouteStep.assignee_user_id == u.id,
                   and_(RouteStep.assignee_user_id.is_(None), RouteStep.assignee_role.in_(sorted(u.roles))))

    def my_assignments(self, offset: int = 0, limit: int = 100, today: dt.date | None = None) -> AssignmentPage:
        """The current user's active steps, soonest deadline first (no deadline last)."""
        today = self._today(today)
        cal = self.calendar()
        with self.ctx.db.read() as s:
            cond = and_(RouteStep.state == K.ACTIVE, self._mine())
            stmt = (select(RouteStep.id, RouteStep.document_id, Document.subject, Registration.number, Document.kind,
                           RouteStep.kind, RouteStep.label, RouteStep.deadline, RouteStep.started_at)
                    .select_from(RouteStep).join(Document, Document.id == RouteStep.document_id)
                    .outerjoin(Registration, Registration.document_id == RouteStep.document_id)
                    .where(cond)
                    .order_by(RouteStep.deadline.is_(None), RouteStep.deadline, RouteStep.started_at, RouteStep.id)
                    .offset(offset).limit(limit))
            rows = tuple(Assignment(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8],
                                    deadline_state(r[7], today, cal, self.remind_days)) for r in s.execute(stmt))
            total = s.execute(select(func.count()).select_from(RouteStep).where(cond)).scalar_one()
        return AssignmentPage(rows, total, offset)

    def deadline_summary(self, today: dt.date | None = None) -> DeadlineSummary:
        """Counts of my active steps: overdue, due today, due later this week, later, no deadline."""
        today = self._today(today)
        week_end = self.calendar().week_end(today)
        d = RouteStep.deadline
        with self.ctx.db.read() as s:
            row = s.execute(select(
                func.count(),
                func.sum(case((d < today, 1), else_=0)),
                func.sum(case((d == today, 1), else_=0)),
                func.sum(case((and_(d > today, d <= week_end), 1), else_=0)),
                func.sum(case((d > week_end, 1), else_=0)),
            ).select_from(RouteStep).where(RouteStep.state == K.ACTIVE, self._mine())).one()
            controlled = s.execute(select(func.count()).select_from(Resolution).where(
                Resolution.author_id == self._user.id, Resolution.control.is_(True), Resolution.state == "active",
                Resolution.deadline < today)).scalar_one()
        total, overdue, due_today, week, later = (int(x or 0) for x in row)
        return DeadlineSummary(today, overdue, due_today, week, later, total - overdue - due_today - week - later, controlled)

    def due_reminders(self, today: dt.date | None = None) -> list[Assignment]:
        """My active steps due within ``reminder_days`` working days (or overdue) not reminded today."""
        today = self._today(today)
        cal = self.calendar()
        horizon = cal.add_working_days(today, self.remind_days)
        start_of_day = dt.datetime.combine(today, dt.time.min)
        with self.ctx.db.read() as s:
            stmt = (select(RouteStep.id, RouteStep.document_id, Document.subject, Registration.number, Document.kind,
                           RouteStep.kind, RouteStep.label, RouteStep.deadline, RouteStep.started_at)
                    .select_from(RouteStep).join(Document, Document.id == RouteStep.document_id)
                    .outerjoin(Registration, Registration.document_id == RouteStep.document_id)
                    .where(RouteStep.state == K.ACTIVE, self._mine(), RouteStep.deadline <= horizon,
                           or_(RouteStep.reminded_at.is_(None), RouteStep.reminded_at < start_of_day))
                    .order_by(RouteStep.deadline))
            return [Assignment(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8],
                               deadline_state(r[7], today, cal, self.remind_days)) for r in s.execute(stmt)]

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
        today = self._today(today)
        with self.ctx.db.read() as s:
            rows = list(s.execute(select(Resolution).where(
                Resolution.author_id == self._user.id, Resolution.control.is_(True), Resolution.state == "active")
                .order_by(Resolution.deadline)).scalars())
            return self._resolution_infos(s, rows, today)

    # ------------------------------------------------------------ conversions
    def _names(self, s: Session, ids: Iterable[str | None]) -> dict[str, str]:
        wanted = {i for i in ids if i}
        if not wanted:
            return {}
        return {u.id: u.display_name for u in s.execute(select(User).where(User.id.in_(wanted))).scalars()}

    def _step_infos(self, s: Session, steps: Sequence[RouteStep], today: dt.date) -> list[StepInfo]:
        names = self._names(s, [x for st in steps for x in (st.assignee_user_id, st.acted_by)])
        cal = self.calendar()
        out = []
        for st in steps:
            who = names.get(st.assignee_user_id or "", "") or (
                translate("Routing", "any {role}").format(role=labels.role(st.assignee_role)) if st.assignee_role else "")
            ds = deadline_state(st.deadline, today, cal, self.remind_days) if st.state in K.LIVE_STATES else None
            out.append(StepInfo(st.id, st.document_id, st.stage, st.position, st.kind, st.label, st.assignee_user_id,
                                st.assignee_role, who, st.deadline, st.state, st.action, st.comment,
                                names.get(st.acted_by or "", ""), st.started_at, st.finished_at, st.resolution_id, ds))
        return out

    def _resolution_infos(self, s: Session, rows: Sequence[Resolution], today: dt.date) -> list[ResolutionInfo]:
        names = self._names(s, [x for r in rows for x in (r.author_id, r.executor_id, *(r.co_executor_ids or []))])
        cal = self.calendar()
        return [ResolutionInfo(r.id, r.document_id, r.author_id, names.get(r.author_id or "", ""), r.text, r.executor_id,
                               names.get(r.executor_id or "", ""), tuple(r.co_executor_ids or ()),
                               tuple(names.get(x, x) for x in (r.co_executor_ids or ())), r.deadline, r.control, r.state,
                               r.created_at, r.completed_at, r.control_removed_at, r.parent_id,
                               deadline_state(r.deadline, today, cal, self.remind_days) if r.state == "active" else None)
                for r in rows]


def _staff(u: User) -> StaffMember:
    return StaffMember(u.id, u.username, u.display_name, frozenset(r for r in u.roles.split(",") if r), u.active)


def _dispatch_info(d: Dispatch) -> DispatchInfo:
    return DispatchInfo(d.id, d.dispatch_id, d.document_id, d.recipient_code, d.recipient_name, d.state, d.sent_at,
                        d.delivered_at, d.registered_at, d.recipient_number, d.reason, d.note, d.incoming_doc_id)

