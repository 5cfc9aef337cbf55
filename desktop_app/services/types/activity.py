"""What the activity service returns: lines of the activity view and desktop notifications."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # desktop_app.history imports the labels, which must not load with the types
    from desktop_app.history import HistoryLine


@dataclass(frozen=True)
class ActivityItem:
    """One line of the activity view: what happened (``line``) to the document titled ``subject``."""

    line: HistoryLine
    subject: str


@dataclass(frozen=True)
class Notice:
    """One desktop notification: a short title, a sentence, and the document to open on a click."""

    kind: str  # new_document | signed | delivered | due | assigned
    title: str
    text: str
    document_id: str | None = None


__all__ = ["ActivityItem", "Notice"]
