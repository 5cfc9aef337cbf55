"""Frozen dataclasses of citizens' appeals and control (issue 17): what ``ctx.appeals`` and
``ctx.control`` return, and what the reports engineer's PDF/XLSX renderers read."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class AppealInput:
    """The applicant's card the register form collects for an appeals journal."""

    applicant_name: str
    applicant_address: str
    appeal_type: str                 # docflow_protocol.AppealType
    applicant_contact: str = ""
    needs_checking: bool = False     # 30 working days instead of 15
    form: str = "written"            # docflow_protocol.AppealForm
    received_on: dt.date | None = None  # an oral appeal: the day of the reception or the call
    received_by: str = ""            # an oral appeal: the official who received it


@dataclass(frozen=True)
class TermClock:
    """Where a deadline stands today: working days left (negative: overdue by that many)."""

    deadline: dt.date
    days_left: int
    text: str                        # "5 working days left" / "Due today" / "Overdue by 2 working days"

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class AppealInfo:
    document_id: str
    number: str
    reg_date: dt.date
    subject: str
    applicant_name: str
    applicant_address: str
    applicant_contact: str
    appeal_type: str
    term_days: int
    base_deadline: dt.date
    deadline: dt.date
    extension_days: int
    extension_reason: str
    extension_told_on: dt.date | None
    forwarded_to: str
    forwarded_on: dt.date | None
    forward_told_on: dt.date | None
    forward_by: dt.date              # the last day to pass it on (3 working days)
    repeated_of: str
    repeated_note: str
    answered_on: dt.date | None      # a registered reply, or the day it was passed on
    clock: TermClock | None          # None once answered, passed on or marked repeated
    appeal_form: str = "written"     # docflow_protocol.AppealForm
    received_on: dt.date | None = None
    received_by: str = ""


@dataclass(frozen=True)
class ExtensionInfo:
    id: str
    resolution_id: str
    document_id: str
    requested_by: str                # display name
    requested_at: dt.datetime
    old_deadline: dt.date | None
    new_deadline: dt.date
    reason: str
    state: str                       # docflow_protocol.ExtensionState
    decided_by: str
    decided_at: dt.datetime | None
    comment: str


@dataclass(frozen=True)
class ControlItem:
    """One resolution on control, as the monthly report counts it."""

    resolution_id: str
    document_id: str
    number: str
    subject: str
    executor_id: str | None
    executor_name: str
    controller_name: str
    deadline: dt.date | None
    resolved_on: dt.date | None      # the executors finished
    answered_on: dt.date | None      # the sender has the answer (a registered reply), None if none needed
    executed_on: dt.date | None      # both: executed in the instruction's sense
    outcome: str                     # ControlReport.ON_TIME | LATE | OVERDUE | OPEN


@dataclass(frozen=True)
class ControlReportRow:
    executor_id: str | None
    executor_name: str
    on_control: int
    executed_on_time: int
    executed_late: int
    overdue: int


@dataclass(frozen=True)
class ControlReport:
    """The monthly control report's data: per executor, a total, and the items counted."""

    ON_TIME, LATE, OVERDUE, OPEN = "on_time", "late", "overdue", "open"

    month: dt.date                   # its first day
    as_of: dt.date                   # the month's last day, or today for the running month
    rows: tuple[ControlReportRow, ...]
    total: ControlReportRow
    items: tuple[ControlItem, ...]


__all__ = ["AppealInput", "TermClock", "AppealInfo", "ExtensionInfo", "ControlItem", "ControlReportRow", "ControlReport"]
