"""What the file-plan service returns (docs/chancellery.md): cases, the year-end result, the archive
inventory and disposal proposals."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CaseInput:
    """A case as the file-plan form collects it (``case_id`` None: a new case)."""

    year: int
    index: str
    title: str
    retention_years: int | None           # None: kept permanently
    article: str = ""
    case_id: str | None = None


@dataclass(frozen=True)
class CaseInfo:
    id: str
    year: int
    index: str
    title: str
    retention_years: int | None
    article: str
    closed: bool
    documents: int                        # documents filed to it
    synced: bool                          # the server has this version


@dataclass(frozen=True)
class YearEnd:
    """What closing a year did: cases closed, and the cases of the next year made from them."""

    year: int
    closed: int
    created: int


@dataclass(frozen=True)
class InventoryLine:
    """One case in the inventory for transfer to the archive."""

    number: int                           # running number in the inventory
    index: str
    title: str
    first_date: dt.date | None            # dates of the earliest and latest registered document in it
    last_date: dt.date | None
    documents: int
    sheets: int
    retention_years: int | None
    article: str


@dataclass(frozen=True)
class ArchiveInventory:
    """The inventory of one year's cases kept permanently or long (over 10 years), for the archive."""

    year: int
    institution: str
    lines: tuple[InventoryLine, ...]


@dataclass(frozen=True)
class DisposalCandidate:
    document_id: str
    number: str
    reg_date: dt.date
    subject: str
    case_index: str
    case_year: int
    retention_years: int
    disposable_from: int                  # the first year it may be disposed of


@dataclass(frozen=True)
class DisposalActInfo:
    id: str
    state: str                            # proposed | approved | rejected
    proposed_by: str
    proposed_at: dt.datetime
    decided_by: str | None
    decided_at: dt.datetime | None
    documents: tuple[DisposalCandidate, ...]


__all__ = ["CaseInput", "CaseInfo", "YearEnd", "InventoryLine", "ArchiveInventory", "DisposalCandidate",
           "DisposalActInfo"]
