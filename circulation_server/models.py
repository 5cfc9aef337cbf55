"""SQLAlchemy 2 models of the reference server (schema changes need an Alembic migration)."""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from docflow_protocol import NUMBER_FORMAT_MAX_CHARS


#: A 64-bit sequence / counter column. SQLite's INTEGER already holds 64 bits, and only a column
#: declared exactly ``INTEGER PRIMARY KEY`` is its auto-incrementing rowid, so SQLite keeps INTEGER.
BigSeq = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def utcnow() -> dt.datetime:
    """Naive UTC now (stored without zone; every timestamp in the DB is UTC)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Institution(Base):
    """An institution. Its row is also its change feed's lock (``db.Database.write``)."""

    __tablename__ = "institutions"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    registry_code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: The institution's signing settings (docflow_protocol.settings): trust roots, TSA, revocation.
    signing_settings: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON, nullable=True)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("institution_id", "username", name="uq_users_inst_username"),)
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    username: Mapped[str] = mapped_column(String(128))
    full_name: Mapped[str] = mapped_column(String(500), default="")
    password_hash: Mapped[str] = mapped_column(String(500))
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(r for r in self.roles.split(",") if r)


class Workstation(Base):
    __tablename__ = "workstations"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    name: Mapped[str] = mapped_column(String(500), default="")
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class Token(Base):
    __tablename__ = "tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    workstation_id: Mapped[str] = mapped_column(ForeignKey("workstations.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)


class Journal(Base):
    __tablename__ = "journals"
    __table_args__ = (UniqueConstraint("institution_id", "code", name="uq_journals_inst_code"),)
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(16))
    format: Mapped[str] = mapped_column(String(NUMBER_FORMAT_MAX_CHARS))
    next_seq: Mapped[int] = mapped_column(BigInteger, default=1)


class JournalYear(Base):
    """A journal's running number within one calendar year (numbers restart at 1 each year)."""

    __tablename__ = "journal_years"
    journal_id: Mapped[str] = mapped_column(ForeignKey("journals.id"), primary_key=True)
    year: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    next_seq: Mapped[int] = mapped_column(BigInteger, default=1)


class NumberBlock(Base):
    __tablename__ = "number_blocks"
    __table_args__ = (
        UniqueConstraint("workstation_id", "request_id", name="uq_blocks_ws_request"),
        UniqueConstraint("journal_id", "year", "start", name="uq_blocks_journal_year_start"),
    )
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    journal_id: Mapped[str] = mapped_column(ForeignKey("journals.id"), index=True)
    year: Mapped[int] = mapped_column(BigInteger)         # the calendar year its numbers belong to
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    workstation_id: Mapped[str] = mapped_column(ForeignKey("workstations.id"), index=True)
    start: Mapped[int] = mapped_column(BigInteger)
    end: Mapped[int] = mapped_column(BigInteger)
    request_id: Mapped[Optional[str]] = mapped_column(String(64), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    released_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)


class IssuedNumber(Base):
    """Every registration number ever used; the constraints make duplicates impossible."""

    __tablename__ = "issued_numbers"
    __table_args__ = (UniqueConstraint("journal_id", "year", "number", name="uq_issued_journal_year_number"),)
    journal_id: Mapped[str] = mapped_column(ForeignKey("journals.id"), primary_key=True)
    year: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    number: Mapped[str] = mapped_column(String(200))
    doc_id: Mapped[str] = mapped_column(String(36), unique=True)
    block_id: Mapped[Optional[str]] = mapped_column(String(128), nullable=True, index=True)
    op_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Case(Base):
    """One case (file) of an institution's file plan for a year (docflow_protocol.fileplan). Case ids are
    the institution's own (a case made from a plan has the same id in every institution)."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("institution_id", "year", "case_index", name="uq_cases_inst_year_index"),)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    year: Mapped[int] = mapped_column(BigInteger)
    case_index: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(500))
    retention_years: Mapped[Optional[int]] = mapped_column(BigInteger, nullable=True)   # None: permanent
    article: Mapped[str] = mapped_column(String(32), default="")
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    # the server's day the case was closed (None while open, and for cases closed before it was kept):
    # a registration dated after it is refused, one dated on or before it (made offline, synced late) is not
    closed_on: Mapped[Optional[dt.date]] = mapped_column(Date, nullable=True)
    version: Mapped[int] = mapped_column(BigInteger, default=1)
    updated_by: Mapped[str] = mapped_column(String(128), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class DisposalAct(Base):
    """An act proposing documents past retention for disposal (``disposal.propose``) and its decision
    (``disposal.decide``): who proposed and decided it, and when. The documents it names carry it in
    their state (``disposal``); nothing is ever deleted (docs/chancellery.md)."""

    __tablename__ = "disposal_acts"
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))
    documents: Mapped[int] = mapped_column(BigInteger, default=0)
    proposed_by: Mapped[str] = mapped_column(String(128))          # user id
    proposed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_by: Mapped[Optional[str]] = mapped_column(String(128), nullable=True)
    decided_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    version: Mapped[int] = mapped_column(BigSeq)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Op(Base):
    """The decided outcome of one operation id (exactly-once record)."""

    __tablename__ = "ops"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    doc_id: Mapped[str] = mapped_column(String(36), index=True)
    type: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    workstation_id: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Change(Base):
    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_inst_seq", "institution_id", "seq"),)
    seq: Mapped[int] = mapped_column(BigSeq, primary_key=True, autoincrement=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"))
    doc_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Blob(Base):
    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class BlobAccess(Base):
    """Which institution may see which blob (uploaded it, or received it by dispatch)."""

    __tablename__ = "blob_access"
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), primary_key=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), primary_key=True)


class Upload(Base):
    __tablename__ = "uploads"
    # A creation without body looks up the workstation's incomplete upload of the same file
    # (creation-with-upload cut mid-way, docs/protocol.md §7): by institution and sha256.
    __table_args__ = (Index("ix_uploads_institution_sha256", "institution_id", "sha256"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    workstation_id: Mapped[str] = mapped_column(String(128))
    sha256: Mapped[str] = mapped_column(String(64))
    length: Mapped[int] = mapped_column(BigInteger)
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    filename: Mapped[Optional[str]] = mapped_column(String(300), nullable=True)
    media_type: Mapped[Optional[str]] = mapped_column(String(300), nullable=True)
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The upload's lock (a lease, so that it holds across server processes and ends by itself if
    # the process holding it dies): who holds it and until when (renewed while a PATCH streams).
    lock_owner: Mapped[Optional[str]] = mapped_column(String(64), nullable=True)
    lock_expires_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)


class Dispatch(Base):
    """One recipient of one dispatch: links the sender's document to the incoming copy."""

    __tablename__ = "dispatches"
    __table_args__ = (UniqueConstraint("dispatch_id", "recipient_institution_id", name="uq_dispatch_recipient"),)
    incoming_doc_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dispatch_id: Mapped[str] = mapped_column(String(36), index=True)
    sender_institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"))
    sender_doc_id: Mapped[str] = mapped_column(String(36), index=True)
    recipient_institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"))
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    delivered_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)


class AuditEvent(Base):
    """Server-side audit journal: refused signature changes, signature upgrades, login blocks."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_inst_at", "institution_id", "at"),)
    id: Mapped[int] = mapped_column(BigSeq, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(64))        # "applied", or the refusal code
    institution_id: Mapped[Optional[str]] = mapped_column(String(128), nullable=True)
    user_id: Mapped[Optional[str]] = mapped_column(String(128), nullable=True)
    workstation_id: Mapped[Optional[str]] = mapped_column(String(128), nullable=True)
    doc_id: Mapped[Optional[str]] = mapped_column(String(36), nullable=True, index=True)
    op_id: Mapped[Optional[str]] = mapped_column(String(36), nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)


class LoginThrottle(Base):
    """Failed-login bookkeeping per account (``user:<name>``) or per address (``addr:<ip>``).

    Kept in the database so every server process sees the same counts.
    """

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(BigSeq, default=0)
    window_started_at: Mapped[dt.datetime] = mapped_column(DateTime)   # time of the latest failure
    blocked_until: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)
