"""What the document service returns (and the helpers every service result shares)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from docflow_protocol import DEFAULT_CHANNEL


def to_plain(obj: Any) -> Any:
    """A JSON-ready copy of a service result (dates as ISO strings)."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: to_plain(v) for k, v in asdict(obj).items()}
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, frozenset, set)):
        return [to_plain(v) for v in obj]
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    return obj


@dataclass(frozen=True)
class CurrentUser:
    id: str
    username: str
    display_name: str
    roles: frozenset[str]
    institution_id: str | None

    def has_role(self, role: str) -> bool:
        return role in self.roles

    @property
    def nobody(self) -> bool:
        """True at a desk where the last person logged out and nobody logged in since (:data:`NOBODY`)."""
        return not self.id


#: Who works at a desk after File ▸ Log out until someone logs in: no name, no roles, no work recorded.
NOBODY = CurrentUser("", "", "", frozenset(), None)


@dataclass(frozen=True)
class DocumentRow:
    id: str
    kind: str
    status: str
    subject: str
    correspondent: str
    reg_number: str
    reg_date: dt.date | None
    provisional: bool
    created_at: dt.datetime
    page_count: int
    has_conflict: bool
    signed: bool = False  # carries at least one signature (made here or received)
    received: bool = False  # arrived by dispatch from another institution
    due: dt.date | None = None  # an appeal's answer / the nearest controlled deadline, while open (issue 17)
    due_text: str = ""  # its clock: "5 working days left" / "Overdue by 2 working days" (DocumentService fills it)
    due_days: int | None = None  # working days left (negative: overdue by that many)


@dataclass(frozen=True)
class DocumentPage:
    rows: tuple[DocumentRow, ...]
    total: int
    offset: int


@dataclass(frozen=True)
class DocumentQuery:
    """What to list: a queue, optional filters, and the page."""

    queue: str = "all"
    text: str = ""
    kind: str | None = None
    status: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    offset: int = 0
    limit: int = 100


@dataclass(frozen=True)
class FileInfo:
    id: int
    revision: int
    role: str
    sha256: str
    size: int
    mime: str
    filename: str
    created_at: dt.datetime
    upload: str = "queued"   # queued (goes to the server) | local (kept here only) | ocr (waits for its text layer)
    keep_until: dt.datetime | None = None   # a local original is removed after this

    @property
    def travels(self) -> bool:
        """Whether these bytes go (or went) to the server."""
        return self.upload != "local"

    @classmethod
    def of(cls, f: Any) -> "FileInfo":
        """The FileInfo of a ``FileVersion`` row (``desktop_app.db.models``)."""
        return cls(f.id, f.revision, f.role, f.sha256, f.size, f.mime, f.filename, f.created_at, f.upload or "queued",
                   f.keep_until)


@dataclass(frozen=True)
class NewFile:
    """A file version to create with a document (its blob is already stored)."""

    sha256: str
    size: int
    role: str
    filename: str
    mime: str
    text: str = ""
    upload: str = "queued"
    keep_until: dt.datetime | None = None


@dataclass(frozen=True)
class RegistrationInfo:
    journal_code: str
    number: str
    reg_date: dt.date
    provisional: bool
    corr_number: str
    corr_date: dt.date | None
    pages: int
    channel: str
    correspondent: str
    sheets: int = 0
    attachments_count: int = 0
    attachments_description: str = ""
    case_id: str | None = None
    case_index: str = ""                 # the case's index, "" when not filed (or not known here yet)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    details: str


@dataclass(frozen=True)
class SignatureInfo:
    id: str
    signer_name: str
    signed_at: dt.datetime
    level: str
    upgrade_state: str
    revoked: bool
    message: str

    @classmethod
    def of(cls, g: Any) -> "SignatureInfo":
        """The SignatureInfo of a ``Signature`` row (``desktop_app.db.models``)."""
        return cls(g.id, g.signer_name, g.signed_at, g.level, g.upgrade_state, g.revoked, g.message)


@dataclass(frozen=True)
class SenderInfo:
    """Who sent a document that arrived by dispatch, as the sender's card tells it."""

    registry_code: str
    institution_name: str
    number: str  # the sender's registration number: "their number" here
    reg_date: dt.date | None  # the sender's registration date: "their date" here
    note: str  # the covering note
    pages: int
    sheets: int
    attachments_count: int
    attachments_description: str


@dataclass(frozen=True)
class DocumentDetail:
    id: str
    kind: str
    status: str
    subject: str
    summary: str
    confidentiality: str
    correspondent: str
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    has_conflict: bool
    page_count: int
    files: tuple[FileInfo, ...]
    registration: RegistrationInfo | None
    signatures: tuple[SignatureInfo, ...]
    audit: tuple[AuditEntry, ...]
    sender: SenderInfo | None = None  # set when it arrived by dispatch from another institution
    appeal: Any = None   # AppealInfo (services.types.chancellery) for a citizen's appeal (issue 17)
    due_text: str = ""   # the clock: an open appeal's answer, else the nearest controlled deadline
    reply_to: str = ""   # the registration number (or id) of the document this one answers
    corr_number: str = ""  # the sender's number and date written down before registration (Edit card)
    corr_date: dt.date | None = None

    @property
    def current_file(self) -> FileInfo | None:
        """The newest version: what a person reads and what gets signed next."""
        return self.files[-1] if self.files else None

    @property
    def wire_bytes(self) -> int:
        """What the document's files cost on the wire (versions kept only on this computer excluded)."""
        return sum(f.size for f in {f.sha256: f for f in self.files if f.travels}.values())

    @property
    def local_bytes(self) -> int:
        """Bytes of the versions kept only on this computer (copier/camera originals)."""
        return sum(f.size for f in self.files if not f.travels)


@dataclass(frozen=True)
class ImportFailure:
    name: str
    reason: str


@dataclass(frozen=True)
class ImportResult:
    imported: tuple[DocumentRow, ...] = ()
    failures: tuple[ImportFailure, ...] = ()


@dataclass(frozen=True)
class RegisterInput:
    """What the register form collects: the journal and date, and the registration card
    (``docflow_protocol.CARD_FIELDS``, one field each; ``pages`` defaults to the document's)."""

    journal_code: str
    reg_date: dt.date | None = None
    correspondent: str = ""
    corr_number: str = ""
    corr_date: dt.date | None = None
    subject: str | None = None
    pages: int | None = None
    channel: str = DEFAULT_CHANNEL
    sheets: int | None = None
    attachments_count: int | None = None
    attachments_description: str = ""
    appeal: Any = None  # AppealInput (services.types.chancellery): required by an appeals journal
    case_id: str | None = None           # the case of the file plan (FilePlanService.cases)


@dataclass(frozen=True)
class JournalInfo:
    id: str
    code: str
    name: str
    kind: str
    number_format: str
    authority: str


@dataclass(frozen=True)
class SearchResult:
    row: DocumentRow
    snippet: str
    rank: float = 0.0


@dataclass(frozen=True)
class StoreCheck:
    orphans_removed: int
    temp_files_removed: int
    missing: tuple[str, ...] = field(default_factory=tuple)
    integrity: str = "ok"


__all__ = [
    "to_plain",
    "SenderInfo",
    "CurrentUser",
    "NOBODY",
    "DocumentRow",
    "DocumentPage",
    "DocumentQuery",
    "FileInfo",
    "NewFile",
    "RegistrationInfo",
    "AuditEntry",
    "SignatureInfo",
    "DocumentDetail",
    "ImportFailure",
    "ImportResult",
    "RegisterInput",
    "JournalInfo",
    "SearchResult",
    "StoreCheck",
]
