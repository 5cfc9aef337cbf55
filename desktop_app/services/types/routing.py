"""Frozen dataclasses the routing service returns (never ORM rows)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class StepSpec:
    """One step of a route being built: who, what kind, by when."""

    kind: str
    assignee_user_id: str | None = None
    assignee_role: str | None = None
    deadline: dt.date | None = None  # a fixed date, or
    duration_days: int | None = None  # working days from activation
    label: str = ""


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    doc_kind: str
    stages: tuple[tuple[dict, ...], ...]
    builtin: bool = False


@dataclass(frozen=True)
class StaffMember:
    id: str
    username: str
    display_name: str
    roles: frozenset[str]
    active: bool = True

    def has_role(self, role: str) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class InstitutionEntry:
    registry_code: str
    name: str
    is_own: bool = False


@dataclass(frozen=True)
class DirectoryUpdate:
    users_added: int
    users_updated: int
    users_deactivated: int
    institutions: int


@dataclass(frozen=True)
class ResolutionInput:
    """What the resolution dialog collects. Give ``deadline`` or ``days`` (working days), or neither."""

    text: str
    executor_id: str
    co_executor_ids: tuple[str, ...] = ()
    deadline: dt.date | None = None
    days: int | None = None
    control: bool = True
    parent_id: str | None = None


@dataclass(frozen=True)
class ResolutionInfo:
    id: str
    document_id: str
    author_id: str | None
    author_name: str
    text: str
    executor_id: str | None
    executor_name: str
    co_executor_ids: tuple[str, ...]
    co_executor_names: tuple[str, ...]
    deadline: dt.date | None
    control: bool
    state: str
    created_at: dt.datetime
    completed_at: dt.datetime | None
    control_removed_at: dt.datetime | None
    parent_id: str | None
    deadline_state: str | None


@dataclass(frozen=True)
class StepInfo:
    id: str
    document_id: str
    stage: int
    position: int
    kind: str
    label: str
    assignee_user_id: str | None
    assignee_role: str | None
    assignee_name: str
    deadline: dt.date | None
    state: str
    action: str | None
    comment: str
    acted_by_name: str
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    resolution_id: str | None
    deadline_state: str | None


@dataclass(frozen=True)
class DispatchInfo:
    id: str
    dispatch_id: str
    document_id: str
    recipient_code: str
    recipient_name: str
    state: str
    sent_at: dt.datetime
    delivered_at: dt.datetime | None
    registered_at: dt.datetime | None
    recipient_number: str
    reason: str
    note: str
    incoming_doc_id: str | None = None


@dataclass(frozen=True)
class TimelineEvent:
    at: dt.datetime
    who: str
    what: str


@dataclass(frozen=True)
class RouteTimeline:
    document_id: str
    subject: str
    status: str
    route_state: str  # none | active | completed | returned
    resolutions: tuple[ResolutionInfo, ...]
    steps: tuple[StepInfo, ...]
    dispatches: tuple[DispatchInfo, ...]
    events: tuple[TimelineEvent, ...]

    @property
    def active_steps(self) -> tuple[StepInfo, ...]:
        return tuple(s for s in self.steps if s.state == "active")


@dataclass(frozen=True)
class Assignment:
    step_id: str
    document_id: str
    subject: str
    reg_number: str
    doc_kind: str
    kind: str
    label: str
    deadline: dt.date | None
    started_at: dt.datetime | None
    deadline_state: str | None  # overdue | due_today | due_soon | on_time | None
    resolution_id: str | None = None  # the resolution it executes (its report is asked when it is marked done)


@dataclass(frozen=True)
class AssignmentPage:
    rows: tuple[Assignment, ...]
    total: int
    offset: int


@dataclass(frozen=True)
class DeadlineSummary:
    today: dt.date
    overdue: int
    due_today: int
    this_week: int  # after today, up to Sunday
    later: int
    no_deadline: int
    controlled_overdue: int  # resolutions under my control whose deadline has passed


@dataclass(frozen=True)
class BatchResult:
    done: tuple[str, ...]
    failures: tuple[tuple[str, str], ...]  # (step id, reason)


__all__ = [
    "StepSpec",
    "TemplateInfo",
    "StaffMember",
    "InstitutionEntry",
    "DirectoryUpdate",
    "ResolutionInput",
    "ResolutionInfo",
    "StepInfo",
    "DispatchInfo",
    "TimelineEvent",
    "RouteTimeline",
    "Assignment",
    "AssignmentPage",
    "DeadlineSummary",
    "BatchResult",
]
