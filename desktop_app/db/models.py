"""SQLAlchemy 2.0 typed models of the local store.

Every schema change here comes with an Alembic migration in ``desktop_app/db/migrations``;
``tests/core/test_migrations.py`` fails when the two drift apart.

Over 500 lines on purpose: the whole local schema in one module, so a reader (and Alembic's
autogenerate, which the migration test compares against) sees every table and foreign key at once.
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop_app.card import SUBJECT_MAX_CHARS
from docflow_protocol import (
    RECEIVED_BY, AppealForm, APPLICANT_CONTACT, APPLICANT_NAME, ATTACHMENTS_DESCRIPTION, CORR_NUMBER, CORRESPONDENT, DEFAULT_CHANNEL, Confidentiality,
    NUMBER_FORMAT_MAX_CHARS, ExtensionState, SignatureLevel,
)


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Institution(Base):
    __tablename__ = "institution"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    registry_code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)


class User(Base):
    __tablename__ = "user"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(300))
    roles: Mapped[str] = mapped_column(String(200), default="")  # comma-separated: clerk,head,executor,admin
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Correspondent(Base):
    __tablename__ = "correspondent"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(CORRESPONDENT.max_chars), index=True)
    registry_code: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str | None] = mapped_column(Text)


class Document(Base):
    FROM_LOCAL, FROM_SERVER = "local", "server"  # where it was made (``origin``)

    __tablename__ = "document"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))  # incoming | outgoing | internal
    status: Mapped[str] = mapped_column(String(16), default="draft")
    subject: Mapped[str] = mapped_column(String(SUBJECT_MAX_CHARS), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    confidentiality: Mapped[str] = mapped_column(String(16), default=Confidentiality.INTERNAL.value)
    correspondent_id: Mapped[str | None] = mapped_column(ForeignKey("correspondent.id"))
    # the sender's number and date written down before registration (Edit card); the register form
    # offers them, the registration card keeps them (Registration.corr_number / corr_date)
    corr_number: Mapped[str] = mapped_column(String(CORR_NUMBER.max_chars), default="")
    corr_date: Mapped[dt.date | None] = mapped_column(Date)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=0)  # last version the server confirmed
    has_conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(16), default=FROM_LOCAL)  # FROM_LOCAL | FROM_SERVER
    # control (issue 17): the incoming document (or appeal) this outgoing/internal document answers
    reply_to_id: Mapped[str | None] = mapped_column(String(36), index=True)
    # made from an outgoing-letter template: {"kind": ..., "fields": {...}} (re-rendered at registration)
    template: Mapped[dict | None] = mapped_column(JSON)
    # approved for disposal (DisposalAct.id): kept as a record, its files no longer needed
    disposal_act_id: Mapped[str | None] = mapped_column(String(36))

    correspondent: Mapped[Correspondent | None] = relationship()
    files: Mapped[list["FileVersion"]] = relationship(
        back_populates="document", order_by="FileVersion.revision", cascade="all, delete-orphan"
    )
    registration: Mapped["Registration | None"] = relationship(
        back_populates="document", uselist=False, cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_document_kind_status_created", "kind", "status", "created_at"),
        Index("ix_document_status_created", "status", "created_at"),
        Index("ix_document_created", "created_at"),
        Index("ix_document_conflict", "has_conflict"),
    )


class FileVersion(Base):
    """One stored version of a document's file (earlier versions are kept)."""

    ORIGINAL = "original"      # as received / as scanned, kept byte-for-byte
    CLEANED = "cleaned"        # pages cleaned up (deskewed, blank pages dropped)
    OCR = "ocr"                # with an invisible text layer
    SIGNED = "signed"          # a PAdES-signed PDF
    ATTACHMENT = "attachment"  # anything else attached
    NUMBERED = "numbered"      # a letter from a template made again with its registration number and date
    ROLES = (ORIGINAL, CLEANED, OCR, SIGNED, ATTACHMENT, NUMBERED)  # what add_file_version takes
    SCAN = "scan"              # a camera/copier original kept beside the compact PDF made from it (intake)

    __tablename__ = "file_version"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))  # one of ROLES
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str] = mapped_column(String(300))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("file_version.id"))
    text: Mapped[str] = mapped_column(Text, default="")  # extracted / OCR text, feeds the search index
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # intake (issue 16): whether the bytes go to the server. "queued" = a file op was enqueued (every
    # version before this column); "local" = kept on this computer only (a copier/camera original,
    # uploaded only when asked, removed after ``keep_until``); "ocr" = waiting for its text layer,
    # queued once it has one (so the searchable PDF is the one file that travels).
    upload: Mapped[str] = mapped_column(String(8), default="queued", server_default="queued")
    keep_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    document: Mapped[Document] = relationship(back_populates="files")
    __table_args__ = (UniqueConstraint("document_id", "revision"), Index("ix_file_version_upload", "upload"))


class WatchedFile(Base):
    """A file taken from a watched scan folder, by content: never imported twice (issue 16; was a
    separate SQLite ledger file before)."""

    __tablename__ = "watched_file"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    folder: Mapped[str] = mapped_column(Text, default="")
    name: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(16))  # importing | done
    document_ids: Mapped[list] = mapped_column(JSON, default=list)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Journal(Base):
    LOCAL, SERVER = "local", "server"  # who numbers it (``authority``)

    __tablename__ = "journal"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # incoming | outgoing | internal
    number_format: Mapped[str] = mapped_column(String(NUMBER_FORMAT_MAX_CHARS))  # as wide as the protocol allows
    reset_yearly: Mapped[bool] = mapped_column(Boolean, default=True)
    # LOCAL: this workstation is the numbering authority (no server configured);
    # SERVER: numbers come from leased blocks, else provisional.
    authority: Mapped[str] = mapped_column(String(16), default=LOCAL)
    next_local: Mapped[int] = mapped_column(Integer, default=1)
    next_local_year: Mapped[int] = mapped_column(Integer, default=0)
    next_provisional: Mapped[int] = mapped_column(Integer, default=1)


class NumberBlock(Base):
    __tablename__ = "number_block"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    journal_id: Mapped[str] = mapped_column(ForeignKey("journal.id"))
    year: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)  # inclusive
    next: Mapped[int] = mapped_column(Integer)
    server_block_id: Mapped[str | None] = mapped_column(String(64))
    leased_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Registration(Base):
    __tablename__ = "registration"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), unique=True)
    journal_id: Mapped[str] = mapped_column(ForeignKey("journal.id"))
    number: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    reg_date: Mapped[dt.date] = mapped_column(Date)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    # the registration card (docflow_protocol.CARD_FIELDS; the correspondent is Document.correspondent_id)
    corr_number: Mapped[str] = mapped_column(String(CORR_NUMBER.max_chars), default="")
    corr_date: Mapped[dt.date | None] = mapped_column(Date)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    sheets: Mapped[int] = mapped_column(Integer, default=0)
    attachments_count: Mapped[int] = mapped_column(Integer, default=0)
    attachments_description: Mapped[str] = mapped_column(String(ATTACHMENTS_DESCRIPTION.max_chars), default="")
    channel: Mapped[str] = mapped_column(String(32), default=DEFAULT_CHANNEL)
    # the case of the file plan it is filed to (FileCase.id; no foreign key: another desk's card may
    # name a case this desk has not pulled yet)
    case_id: Mapped[str | None] = mapped_column(String(36), index=True)
    registered_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    document: Mapped[Document] = relationship(back_populates="registration")
    __table_args__ = (
        UniqueConstraint("journal_id", "year", "number", name="uq_registration_journal_year_number"),
        Index("ix_registration_number", "number"),
    )


class FileCase(Base):
    """A case of the institution's file plan (nomenclature) for one year (docflow_protocol.fileplan)."""

    __tablename__ = "file_case"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    year: Mapped[int] = mapped_column(Integer)
    case_index: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(500))
    retention_years: Mapped[int | None] = mapped_column(Integer)  # None: permanent
    article: Mapped[str] = mapped_column(String(32), default="")  # article of the model list
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=0)     # the server's version (0: never sent)
    dirty: Mapped[bool] = mapped_column(Boolean, default=False)  # changed here, not yet sent
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("year", "case_index", name="uq_file_case_year_index"),)


class DisposalAct(Base):
    """A proposal to dispose of documents past their retention; applied only once approved."""

    PROPOSED, APPROVED, REJECTED = "proposed", "approved", "rejected"

    __tablename__ = "disposal_act"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    state: Mapped[str] = mapped_column(String(16), default=PROPOSED)
    proposed_by: Mapped[str] = mapped_column(String(128))
    proposed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(128))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    document_ids: Mapped[list] = mapped_column(JSON, default=list)


class Resolution(Base):
    ACTIVE, DONE, RETURNED = "active", "done", "returned"  # ``state``: being executed / executed / sent back

    __tablename__ = "resolution"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    executor_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    co_executor_ids: Mapped[list] = mapped_column(JSON, default=list)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    control: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16), default=ACTIVE)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # routing (issue 7): a deputy's resolution follows the head's; control removal is recorded.
    parent_id: Mapped[str | None] = mapped_column(String(36))
    control_removed_by: Mapped[str | None] = mapped_column(String(36))
    control_removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    control_removed_reason: Mapped[str] = mapped_column(Text, default="", server_default="")  # issue 17


class ControlExtension(Base):
    """An executor's reasoned written request to extend a controlled deadline, and the controlling
    official's decision (issue 17; ``docflow_protocol.ExtensionState``)."""

    PENDING, APPROVED, REFUSED = (e.value for e in ExtensionState)

    __tablename__ = "control_extension"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    resolution_id: Mapped[str] = mapped_column(ForeignKey("resolution.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str] = mapped_column(String(36), index=True)
    requested_by: Mapped[str | None] = mapped_column(String(36))
    requested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    old_deadline: Mapped[dt.date | None] = mapped_column(Date)
    new_deadline: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default=PENDING)
    decided_by: Mapped[str | None] = mapped_column(String(36))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    comment: Mapped[str] = mapped_column(Text, default="")


class Appeal(Base):
    """A citizen's appeal: the applicant's card and the legal clock (issue 17, ``docflow_protocol.chancellery``).

    One row per document registered in an appeals journal. ``deadline`` is the answer's due date
    now (``base_deadline`` plus approved extensions)."""

    __tablename__ = "appeal"
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)
    applicant_name: Mapped[str] = mapped_column(String(APPLICANT_NAME.max_chars))
    applicant_address: Mapped[str] = mapped_column(Text)
    applicant_contact: Mapped[str] = mapped_column(String(APPLICANT_CONTACT.max_chars), default="")
    appeal_type: Mapped[str] = mapped_column(String(16))
    # How it was made (docflow_protocol.AppealForm); an oral one has the day and the official who received it.
    appeal_form: Mapped[str] = mapped_column(String(16), default=AppealForm.WRITTEN.value, server_default=AppealForm.WRITTEN.value)
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    received_by: Mapped[str] = mapped_column(String(RECEIVED_BY.max_chars), default="", server_default="")
    term_days: Mapped[int] = mapped_column(Integer)
    base_deadline: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date, index=True)
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    extension_told_on: Mapped[dt.date | None] = mapped_column(Date)  # the citizen was told of the extension
    forwarded_to: Mapped[str] = mapped_column(Text, default="")      # the body it belongs to
    forwarded_on: Mapped[dt.date | None] = mapped_column(Date)
    forward_told_on: Mapped[dt.date | None] = mapped_column(Date)    # the citizen was told where it went
    repeated_of: Mapped[str] = mapped_column(String(64), default="")  # the earlier appeal's number
    repeated_note: Mapped[str] = mapped_column(Text, default="")
    reminded_on: Mapped[dt.date | None] = mapped_column(Date)        # local: last reminder shown


class RouteStep(Base):
    __tablename__ = "route_step"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    stage: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16))  # review | endorse | sign | execute | acknowledge
    assignee_user_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    assignee_role: Mapped[str | None] = mapped_column(String(32))
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    comment: Mapped[str] = mapped_column(Text, default="")
    acted_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # routing (issue 7)
    resolution_id: Mapped[str | None] = mapped_column(String(36))  # execute steps a resolution created
    label: Mapped[str] = mapped_column(String(200), default="")  # e.g. "Draft the letter", "Rework"
    duration_days: Mapped[int | None] = mapped_column(Integer)  # working days, deadline set on activation
    action: Mapped[str | None] = mapped_column(String(16))  # approve | decline | return | done | acknowledge
    reminded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        Index("ix_route_step_document", "document_id", "stage", "position"),
        Index("ix_route_step_assignee_state", "assignee_user_id", "state", "deadline"),
        Index("ix_route_step_role_state", "assignee_role", "state", "deadline"),
        Index("ix_route_step_state_deadline", "state", "deadline"),
        Index("ix_route_step_resolution", "resolution_id"),
    )


class RouteTemplate(Base):
    """A route template per document kind: ``stages`` is a list of stages, each a list of step dicts."""

    __tablename__ = "route_template"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    doc_kind: Mapped[str] = mapped_column(String(16))
    stages: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Dispatch(Base):
    """One recipient of one dispatch of an outgoing document: sent -> delivered -> registered (or refused)."""

    __tablename__ = "dispatch"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    dispatch_id: Mapped[str] = mapped_column(String(36), index=True)  # shared by the recipients of one send
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    recipient_code: Mapped[str] = mapped_column(String(64))
    recipient_name: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[str] = mapped_column(String(16), default="sent")  # sent | delivered | registered | refused
    note: Mapped[str] = mapped_column(Text, default="")
    sent_by: Mapped[str | None] = mapped_column(String(36))
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    registered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    recipient_number: Mapped[str] = mapped_column(String(128), default="")
    incoming_doc_id: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("dispatch_id", "recipient_code", name="uq_dispatch_recipient"),)


class DocumentOrigin(Base):
    """Who sent a document that arrived by dispatch, as the sender's registration card tells it
    (the server's ``origin``): shown on arrival and pre-filling the incoming registration."""

    __tablename__ = "document_origin"
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)
    registry_code: Mapped[str] = mapped_column(String(64), default="")
    institution_name: Mapped[str] = mapped_column(String(300), default="")
    dispatch_id: Mapped[str] = mapped_column(String(36), default="")
    number: Mapped[str] = mapped_column(String(CORR_NUMBER.max_chars), default="")  # the sender's registration number
    reg_date: Mapped[dt.date | None] = mapped_column(Date)  # the sender's registration date
    note: Mapped[str] = mapped_column(Text, default="")  # the covering note
    pages: Mapped[int] = mapped_column(Integer, default=0)
    sheets: Mapped[int] = mapped_column(Integer, default=0)
    attachments_count: Mapped[int] = mapped_column(Integer, default=0)
    attachments_description: Mapped[str] = mapped_column(String(ATTACHMENTS_DESCRIPTION.max_chars), default="")


class Signature(Base):
    __tablename__ = "signature"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    file_version_id: Mapped[int] = mapped_column(ForeignKey("file_version.id"))
    field_name: Mapped[str] = mapped_column(String(100))
    signer_name: Mapped[str] = mapped_column(String(300))
    signer_cert_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    level: Mapped[str] = mapped_column(String(8), default=SignatureLevel.B_B.value)
    upgrade_state: Mapped[str] = mapped_column(String(24), default="waiting")
    upgrade_attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    message: Mapped[str] = mapped_column(Text, default="")


class AuditEvent(Base):
    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[str | None] = mapped_column(String(36), index=True)  # no FK: history outlives rows
    details: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class OutboxOp(Base):
    """One local change queued for the server (``desktop_app.outbox.enqueue``), in the same
    transaction as the change. ``state`` moves: pending → done | local | failed | conflict |
    rejected; held and superseded only while a conflict is settled."""

    PENDING = "pending"        # waiting to be pushed (the sync engine's work list)
    DONE = "done"              # applied by the server (``result`` holds its output)
    LOCAL = "local"            # has no protocol form (a local status such as "in route"): never sent
    FAILED = "failed"          # the server can never take it as it is (refused payload): needs a person
    CONFLICT = "conflict"      # based on an outdated version: a Conflict record holds both versions
    REJECTED = "rejected"      # refused by the server (roles, state): a Conflict record holds both versions
    HELD = "held"              # kept back for a moment while the server's version is applied (conflict settling)
    SUPERSEDED = "superseded"  # built on a change that lost a conflict: kept on record only
    STATES = (PENDING, DONE, LOCAL, FAILED, CONFLICT, REJECTED, HELD, SUPERSEDED)

    __tablename__ = "outbox_op"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    document_id: Mapped[str | None] = mapped_column(String(36), index=True)
    op_type: Mapped[str] = mapped_column(String(48))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    base_version: Mapped[int | None] = mapped_column(Integer)
    blob_hashes: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default=PENDING)  # one of STATES
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[dict | None] = mapped_column(JSON)
    #: The user whose work it is (``ctx.user`` when it was recorded): it leaves only under their own
    #: login, never under the next person's at a shared desk. None: made by no person (older rows).
    author_id: Mapped[str | None] = mapped_column(String(64))
    __table_args__ = (Index("ix_outbox_state_seq", "state", "seq"),)


class SyncState(Base):
    """Small key/value table for the sync engine (cursor, last success...). Never secrets."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Conflict(Base):
    """A change of this desk the server refused or outdated, with both versions, until a person settles it.

    ``kind`` decides the choices offered (``desktop_app.sync.conflicts``)."""

    FIELD = "field"                # the same field was edited on two desks
    REGISTRATION = "registration"  # the document was registered twice
    ROUTE = "route"                # a route action or resolution someone else overtook
    OPERATION = "operation"        # any other outdated change
    REJECTED = "rejected"          # a change the server refused (roles, state)

    __tablename__ = "conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(String(36), index=True)
    op_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(32), default=FIELD)
    local: Mapped[dict] = mapped_column(JSON, default=dict)
    remote: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(16))


# sync (issue 6): resumable transfers and the newest server state of each document.
class SyncTransfer(Base):
    """One file to upload (``up``) or download (``down``); progress survives a restart."""

    UP, DOWN = "up", "down"
    PENDING, DONE, FAILED = "pending", "done", "failed"  # failed: a download refused as malformed too often

    __tablename__ = "sync_transfer"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(4))  # UP | DOWN
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[str | None] = mapped_column(String(36))  # down: the document the file belongs to
    role: Mapped[str] = mapped_column(String(16), default="")
    filename: Mapped[str] = mapped_column(String(300), default="")
    mime: Mapped[str] = mapped_column(String(100), default="")
    upload_url: Mapped[str | None] = mapped_column(String(300))  # up: the tus upload on the server
    done_bytes: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default=PENDING)  # PENDING | DONE | FAILED
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (Index("ix_sync_transfer_state", "direction", "state", "size"),
                      Index("ix_sync_transfer_sha", "sha256"))


class SyncRemote(Base):
    """The newest state of a document the server sent (kept for conflicts and later apply)."""

    __tablename__ = "sync_remote"
    document_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[dict] = mapped_column(JSON, default=dict)
    applied: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
