"""What the sync engine returns and publishes (plain values; the UI never sees a row)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class SyncState(str, Enum):
    """The one state of the sync loop, as every indicator shows it.

    ``offline`` (the server cannot be reached; retrying on the backoff schedule) → ``connecting``
    (a cycle started, the server has not answered yet) → ``sending`` (operations and files going
    up) → ``receiving`` (the changes feed and files coming down) → ``up_to_date`` (the cycle went
    through and nothing needs a person) or ``needs_attention`` (a login is needed, a conflict or
    a refused operation waits for a person, or the server's answers cannot be used).
    """

    OFFLINE = "offline"
    CONNECTING = "connecting"
    SENDING = "sending"
    RECEIVING = "receiving"
    UP_TO_DATE = "up_to_date"
    NEEDS_ATTENTION = "needs_attention"


@dataclass(frozen=True)
class TransferProgress:
    direction: str  # up | down
    sha256: str
    name: str
    done: int
    total: int


@dataclass(frozen=True)
class SyncStatus:
    """Everything the sync indicator shows; plain values only."""

    configured: bool
    logged_in: bool
    online: bool
    running: bool
    ops_waiting: int
    bytes_waiting: int
    conflicts: int
    current: TransferProgress | None
    last_success: dt.datetime | None
    last_error: str
    state: SyncState | None = None  # the engine always says; None only in a status made by hand
    #: While ``sending``: operations of this cycle answered by the server so far, of how many.
    sent: int = 0
    to_send: int = 0
    #: When the engine tries again after a failure (the backoff, or the server's Retry-After), or None.
    next_try: dt.datetime | None = None
    #: When ``state`` was entered (kept in the profile: another process -- ``docflow status`` -- reads it).
    state_since: dt.datetime | None = None
    #: Changes made at this desk by another person (a shared desk), which leave only under that person's own
    #: login; not in ``ops_waiting``, which counts what this login's cycles send.
    ops_others: int = 0


@dataclass
class SyncReport:
    """What one cycle did (filled in while the cycle runs, returned by ``sync_now``)."""

    pushed: int = 0
    conflicts: int = 0
    deferred: int = 0
    pulled: int = 0
    uploaded_files: int = 0
    downloaded_files: int = 0
    blocks_leased: int = 0
    documents: set = field(default_factory=set)


@dataclass(frozen=True)
class WaitingItem:
    """One operation waiting for the server, for the sync details view."""

    op_id: str
    document_id: str | None
    subject: str
    op_type: str
    state: str  # an outbox state: pending | failed (see desktop_app.outbox)
    attempts: int
    last_error: str
    created_at: dt.datetime


#: What a person may choose for a conflict (``SyncEngine.resolve_conflict``); ``ConflictInfo.choices``
#: names those its kind allows.
MINE, THEIRS, MERGE = "mine", "theirs", "merge"
CONFLICT_CHOICES = (MINE, THEIRS, MERGE)


@dataclass(frozen=True)
class ConflictInfo:
    """One conflict for the Conflicts queue: both versions, side by side."""

    id: str
    document_id: str
    kind: str  # field | registration | route | operation | rejected
    op_type: str
    error_code: str
    message: str
    local: dict
    remote: dict
    created_at: dt.datetime
    choices: tuple[str, ...]


__all__ = [
    "SyncState",
    "TransferProgress",
    "SyncStatus",
    "SyncReport",
    "WaitingItem",
    "ConflictInfo",
    "CONFLICT_CHOICES",
]
