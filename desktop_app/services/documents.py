"""Document service: import, register, edit, list, show, search, export, delete.

Each mutation runs in one write transaction that also appends the audit event and the
outbox operation; blobs are written before that transaction. After commit it publishes
one :class:`~desktop_app.events.Change`.

It is the one document API; what is not the API lives apart: the register form's rules in
``services/registration_form.py``, the import loop, text extraction and sync payloads in
``services/document_files.py``, queries in ``services/queries.py``, the clocks of appeals and control
in ``routing/chancellery.py``, the search index in ``search.py``, numbering in ``registry.py``, the
registration card's checks in ``card.py``.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop_app import audit, card, fileplan, labels, locale, outbox, registry, search, states
from desktop_app.blobs import atomic_write
from desktop_app.db.models import (
    Correspondent, Document, FileVersion, Journal, OutboxOp, Registration, utcnow,
)
from desktop_app.errors import InvalidInput, NotFound, PermissionDenied, StorageError
from desktop_app.events import Change
from desktop_app.i18n import translate
from desktop_app.intake.validate import PDF_MIME, check_bytes, check_file
from desktop_app.routing import chancellery
from desktop_app.services import queries
from desktop_app.services.types import (
    DocumentDetail, DocumentPage, DocumentQuery, DocumentRow, FileInfo, ImportResult, JournalInfo, NewFile, RegisterInput,
    RegistrationInfo, SearchResult,
)
from desktop_app.services.appeals import check_appeal_input, record_appeal
from desktop_app.services.document_files import (
    ProgressFn, doc_payload, extract_text, file_payload, import_each, refuse_if_imported, safe_name,
)
from desktop_app.services.registration_form import (
    card_columns, registration_info, typed_document_fields, validate_registration,
)
from docflow_protocol import (
    APPEAL_JOURNAL_KIND, CARD_FIELDS, DOCUMENT_KINDS, CONFIDENTIALITY_LEVELS, CORR_DATE, CORR_NUMBER, CORRESPONDENT, DocumentKind, OpType, Role, clean_card, journal_takes,
)

log = logging.getLogger(__name__)

CONFIDENTIALITY = CONFIDENTIALITY_LEVELS
KEEP = object()  # update_document: a card field left as it is


def _named_after(filename: str) -> str:
    """The subject of a document imported without one: its file's name (shortened to the subject's
    limit; a name on disk is shorter than that anyway)."""
    return Path(filename).stem[:card.SUBJECT_MAX_CHARS]


def load_document(session: Session, doc_id: str) -> Document:
    """The document with this id, or :class:`NotFound` naming the id (shared by the services)."""
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFound(translate("Documents", "There is no document with id {id}.").format(id=doc_id))
    return doc

class DocumentService:
    """The one API the UI and the CLI call for documents."""

    def __init__(self, ctx):  # noqa: ANN001 - AppContext (import cycle)
        self.ctx = ctx

    # ----------------------------------------------------------------- helpers
    @property
    def _actor(self) -> str:
        return self.ctx.user.username

    def _require_role(self, role: str, action: str) -> None:
        if not self.ctx.user.has_role(role):
            raise PermissionDenied(translate("Permissions", "{user} may not {action}: the role '{role}' is needed.").format(
                user=self.ctx.user.username, action=action, role=role))

    def _publish(self, doc_ids: Iterable[str], aspects: Iterable[str], initiator: Any = None) -> None:
        self.ctx.events.publish(Change(frozenset(doc_ids), frozenset(aspects), initiator))

    _get = staticmethod(load_document)

    # ------------------------------------------------------------------ import
    def import_files(self, paths: Iterable[os.PathLike[str] | str], kind: str = DocumentKind.INCOMING.value,
                     progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None,
                     initiator: Any = None) -> ImportResult:
        """Import each file as a new document, its bytes kept as they are (the document store's own
        import; the person's imports go through ``IntakeService.import_files``, which makes scans
        compact and searchable). A bad file is reported and the rest go on."""

        def one(path: Path) -> list[DocumentRow]:
            data, checked = check_file(path)
            return [self._create(data, path.name, checked.mime, checked.pages, kind, checked.signed)]

        result = import_each(paths, one, progress, cancelled)
        if result.imported:
            self._publish([r.id for r in result.imported], {"document", "files"}, initiator)
        return result

    def create_document(self, data: bytes, filename: str, kind: str = DocumentKind.INCOMING.value, subject: str | None = None,
                        initiator: Any = None, audit_action: str = "document.import",
                        audit_details: dict[str, Any] | None = None) -> DocumentRow:
        """Create one document from bytes (scans, drops, templates, other services); its audit event is
        ``audit_action`` with ``audit_details``."""
        checked = check_bytes(filename, data)
        row = self._create(data, filename, checked.mime, checked.pages, kind, checked.signed, subject,
                           action=audit_action, **(audit_details or {}))
        self._publish([row.id], {"document", "files"}, initiator)
        return row

    def _create(self, data: bytes, filename: str, mime: str, pages: int, kind: str, signed: bool,
                subject: str | None = None, action: str = "document.import", **details: Any) -> DocumentRow:
        if kind not in DOCUMENT_KINDS:
            raise InvalidInput(translate("Documents", "Unknown document kind: {kind}").format(kind=kind))
        body = extract_text(data, mime)
        existed = self._blob_exists(data)
        sha = self.ctx.blobs.put_bytes(data)  # durable before the row that names it
        try:
            with self.ctx.db.write() as s:
                refuse_if_imported(s, sha, filename)
                doc = Document(kind=kind, status=states.DRAFT, subject=card.check_subject(subject) or _named_after(filename),
                               author_id=self.ctx.user.id, page_count=pages)
                s.add(doc)
                s.flush()
                fv = FileVersion(document_id=doc.id, revision=1, role="original", sha256=sha, size=len(data), mime=mime,
                                 filename=safe_name(filename), text=body)
                s.add(fv)
                s.flush()
                audit.append(s, self._actor, action, doc.id, filename=filename, sha256=sha, size=len(data), signed=signed, **details)
                outbox.enqueue(s, OpType.DOCUMENT_CREATE.value, doc.id, doc_payload(doc))
                outbox.enqueue(s, OpType.FILE_ATTACH.value, doc.id, file_payload(fv), blob_hashes=[sha])
                search.reindex(s, doc)
                row = queries.rows_by_ids(s, [doc.id])[doc.id]
        except OperationalError as exc:
            self.drop_blob_if_unused(sha, existed)
            raise StorageError(translate("Documents", "{name}: the database could not save the document ({reason}).").format(name=filename, reason=exc.orig)) from exc
        except BaseException:
            self.drop_blob_if_unused(sha, existed)
            raise
        return row

    def create_with_files(self, files: list[NewFile], *, kind: str = DocumentKind.INCOMING.value, subject: str = "", summary: str = "",
                          pages: int = 0, action: str = "document.import", details: dict | None = None,
                          duplicate_of: str | None = None, initiator: Any = None) -> DocumentRow:
        """Create one document with several file versions whose blobs are already stored (the intake
        pipeline: a local-only copier original and the compact searchable PDF). Only versions with
        ``upload == "queued"`` get a sync operation; the audit event lists every version.

        Args:
            duplicate_of: a content hash that must not already be a document's original or scan
                (refused as "already imported").
        """
        if kind not in DOCUMENT_KINDS:
            raise InvalidInput(translate("Documents", "Unknown document kind: {kind}").format(kind=kind))
        name = files[-1].filename if files else ""
        with self.ctx.db.write() as s:
            if duplicate_of:
                refuse_if_imported(s, duplicate_of, (details or {}).get("filename", name))
            doc = Document(kind=kind, status=states.DRAFT, subject=card.check_subject(subject) or _named_after(name), summary=summary,
                           author_id=self.ctx.user.id, page_count=pages)
            s.add(doc)
            s.flush()
            outbox.enqueue(s, OpType.DOCUMENT_CREATE.value, doc.id, doc_payload(doc))
            versions = []
            for rev, f in enumerate(files, start=1):
                fv = FileVersion(document_id=doc.id, revision=rev, role=f.role, sha256=f.sha256, size=f.size, mime=f.mime,
                                 filename=safe_name(f.filename), text=f.text, upload=f.upload, keep_until=f.keep_until)
                s.add(fv)
                s.flush()
                if f.upload == "queued":
                    self.queue_file_in(s, fv)
                versions.append({"revision": rev, "role": f.role, "sha256": f.sha256, "size": f.size, "upload": f.upload,
                                 "keep_until": f.keep_until.isoformat() if f.keep_until else None})
            audit.append(s, self._actor, action, doc.id, **(details or {}), files=versions)
            search.reindex(s, doc)
            row = queries.rows_by_ids(s, [doc.id])[doc.id]
        self._publish([row.id], {"document", "files"}, initiator)
        return row

    @staticmethod
    def queue_file_in(s: Session, fv: FileVersion) -> None:
        """Inside an open write transaction: enqueue the sync operation that uploads ``fv``."""
        fv.upload = "queued"
        outbox.enqueue(s, OpType.FILE_ATTACH.value, fv.document_id, file_payload(fv), blob_hashes=[fv.sha256])

    def _blob_exists(self, data: bytes) -> bool:
        import hashlib

        return self.ctx.blobs.has(hashlib.sha256(data).hexdigest())

    def drop_blob_if_unused(self, sha: str, existed: bool) -> None:
        """After a write that failed: remove the blob put for it, unless it was in the store
        before (``existed``) or a file version names it."""
        if not existed:
            self.ctx.blobs.drop_if_unused(sha, self._blob_in_use)

    def _blob_in_use(self, sha: str) -> bool:
        with self.ctx.db.read() as s:
            return s.execute(select(FileVersion.id).where(FileVersion.sha256 == sha).limit(1)).scalar() is not None

    def add_file_version(self, doc_id: str, data: bytes, role: str, filename: str, mime: str = PDF_MIME,
                         text: str | None = None, parent_id: int | None = None, initiator: Any = None,
                         upload: str = "queued") -> FileInfo:
        """Add a derived version (cleaned, OCR'd, signed, attachment); earlier versions are kept.

        ``upload="local"`` keeps it on this computer only (no sync operation)."""
        if role not in FileVersion.ROLES:
            raise InvalidInput(translate("Documents", "Unknown file role: {role}").format(role=role))
        existed = self._blob_exists(data)
        sha = self.ctx.blobs.put_bytes(data)
        try:
            with self.ctx.db.write() as s:
                doc = self._get(s, doc_id)
                fv = self.add_version_in(s, doc, sha, len(data), role, filename, mime,
                                         text if text is not None else extract_text(data, mime), parent_id, upload)
                info = FileInfo.of(fv)
        except BaseException:
            self.drop_blob_if_unused(sha, existed)
            raise
        self._publish([doc_id], {"files"}, initiator)
        return info

    def add_version_in(self, s: Session, doc: Document, sha: str, size: int, role: str, filename: str, mime: str,
                       text: str = "", parent_id: int | None = None, upload: str = "queued") -> FileVersion:
        """Inside an open write transaction: add a file version row, audit it, queue it (unless
        ``upload="local"``), reindex."""
        rev = (s.execute(select(func.max(FileVersion.revision)).where(FileVersion.document_id == doc.id)).scalar() or 0) + 1
        fv = FileVersion(document_id=doc.id, revision=rev, role=role, sha256=sha, size=size, mime=mime,
                         filename=safe_name(filename), text=text, parent_id=parent_id, upload=upload)
        s.add(fv)
        s.flush()
        doc.updated_at = utcnow()
        audit.append(s, self._actor, "file.add", doc.id, role=role, revision=rev, sha256=sha, size=size, upload=upload)
        if upload == "queued":
            outbox.enqueue(s, OpType.FILE_ATTACH.value, doc.id, file_payload(fv), blob_hashes=[sha])
        search.reindex(s, doc)
        return fv

    # ------------------------------------------------------------ registration
    def journals(self) -> list[JournalInfo]:
        with self.ctx.db.read() as s:
            return [JournalInfo(j.id, j.code, j.name, j.kind, j.number_format, j.authority)
                    for j in s.execute(select(Journal).order_by(Journal.code)).scalars()]

    def register(self, doc_id: str, data: RegisterInput, initiator: Any = None, *, new_summary: str | None = None) -> RegistrationInfo:
        """Register a document in a journal and give it its number (never issued twice).

        ``new_summary`` given: the document ``doc_id`` is made here, incoming and with no file -- an
        oral citizen's appeal, whose summary is what was said -- and registered in the same
        transaction (nothing is kept when the registration is refused)."""
        self._require_role(Role.CLERK.value, translate("Permissions", "register documents"))
        problems = validate_registration(data, today=self.ctx.today())
        if problems:
            raise InvalidInput("; ".join(problems))
        reg_date = data.reg_date or self.ctx.today()
        with self.ctx.db.write() as s:
            doc = self._get(s, doc_id) if new_summary is None else self._fileless(s, doc_id, data, new_summary)
            if doc.registration is not None:
                raise InvalidInput(translate("Register", "The document is already registered as {number}.").format(number=doc.registration.number))
            journal = s.execute(select(Journal).where(Journal.code == data.journal_code)).scalar_one_or_none()
            if journal is None:
                raise InvalidInput(translate("Register", "There is no journal with code {code}.").format(code=data.journal_code))
            if not journal_takes(journal.kind, doc.kind):
                raise InvalidInput(translate("Register", "Journal {code} is for {jkind} documents; this document is {dkind}.").format(
                    code=journal.code, jkind=labels.in_sentence(labels.document_kind(journal.kind)),
                    dkind=labels.in_sentence(labels.document_kind(doc.kind))))
            states.check_transition(doc.status, states.REGISTERED)
            appeal = check_appeal_input(data.appeal, reg_date) if journal.kind == APPEAL_JOURNAL_KIND else None  # anonymous: refused
            corr = registry.correspondent_named(s, data.correspondent) if data.correspondent.strip() else None
            case = fileplan.filed_case(s, data.case_id, reg_date.year, journal.number_format)
            number, seq, provisional = registry.issue_number(s, journal, reg_date, self.ctx.workstation_id,
                                                             case.case_index if case else None)
            if data.pages is None:
                data = replace(data, pages=doc.page_count)
            reg = Registration(document_id=doc.id, journal_id=journal.id, number=number, seq=seq, year=reg_date.year,
                               reg_date=reg_date, provisional=provisional, registered_by=self.ctx.user.id,
                               **card_columns(data))
            s.add(reg)
            appeal_card = record_appeal(s, doc, reg_date, appeal, self.ctx.routing.calendar()) if appeal else None
            typed = typed_document_fields(data, doc)
            if typed:
                # The form's document fields (the subject) are the document's own: sent as the
                # document's change (the server keeps them in ``fields``, not in the registration).
                audit.append(s, self._actor, OpType.DOCUMENT_UPDATE.value, doc.id,
                             before={k: getattr(doc, k) for k in typed}, after=typed)
                outbox.enqueue(s, OpType.DOCUMENT_UPDATE.value, doc.id, {"fields": typed}, base_version=doc.version)
                for k, v in typed.items():
                    setattr(doc, k, v)
            if corr is not None:
                doc.correspondent_id = corr.id
            doc.status = states.REGISTERED
            doc.updated_at = utcnow()
            s.flush()
            audit.append(s, self._actor, "document.register", doc.id, journal=journal.code, number=number, provisional=provisional,
                         case=case.case_index if case else None)
            doc_template = doc.template
            values = {f.name: getattr(reg, f.name) for f in CARD_FIELDS if f is not CORRESPONDENT}
            values[CORRESPONDENT.name] = data.correspondent
            outbox.enqueue(s, OpType.REGISTRATION_REGISTER.value, doc.id, {
                "journal": journal.code, "number": number, "seq": seq, "year": reg_date.year, "provisional": provisional,
                "reg_date": reg_date.isoformat(), "subject": doc.subject, **clean_card(values),
                **({"appeal": appeal_card} if appeal_card else {}),
            }, base_version=doc.version)
            s.refresh(doc)
            search.reindex(s, doc)
            info = registration_info(reg, journal, corr.name if corr else "", case.case_index if case else "")
        if doc_template is not None:
            try:
                self.ctx.templates.fill_registration(doc_id, initiator)  # number and date on the letter
            except Exception:  # noqa: BLE001 - the registration stands; the letter keeps its blank number line
                log.exception("the letter of %s could not be made again with its number %s", doc_id, info.number)
        if (step_id := self.ctx.routing.registration_step(doc_id)) is not None:
            # the outgoing route's "Register the letter": done by registering it (the head's signature is next)
            self.ctx.routing.act(step_id, "done", translate("Routing", "Registered as {n}").format(n=info.number), initiator)
        if self.ctx.routing.owed_receipt(doc_id) is not None:
            # a letter another institution sent: registering it tells the sender our number (the receipt
            # the sender's route tab shows), as the national system does; nobody has to remember to
            self.ctx.routing.acknowledge_received(doc_id, initiator=initiator)
        self._publish([doc_id], {"document", "registration"}, initiator)
        return info

    def _fileless(self, s: Session, doc_id: str, data: RegisterInput, summary: str) -> Document:
        """Inside ``register``'s transaction: the incoming document of an appeal made orally (no letter)."""
        summary = (summary or "").strip()
        if not summary:
            raise InvalidInput(translate("Appeals", "Write down what the citizen said: an oral appeal has no letter, the summary is its content."))
        # the first line of the summary when no subject is typed: shortened, the summary keeps it whole
        subject = card.check_subject(data.subject) or summary.splitlines()[0][:card.SUBJECT_MAX_CHARS]
        doc = Document(id=doc_id, kind=DocumentKind.INCOMING.value, status=states.DRAFT, subject=subject, summary=summary,
                       author_id=self.ctx.user.id, page_count=0)
        s.add(doc)
        s.flush()
        outbox.enqueue(s, OpType.DOCUMENT_CREATE.value, doc.id, doc_payload(doc))
        audit.append(s, self._actor, "document.oral_appeal", doc.id, files=[])
        return doc

    def correspondents(self, prefix: str = "", limit: int = 50) -> list[str]:
        with self.ctx.db.read() as s:
            stmt = select(Correspondent.name).order_by(Correspondent.name).limit(limit)
            if prefix:
                stmt = stmt.where(Correspondent.name.like(prefix.replace("%", "") + "%"))
            return locale.sorted_texts(s.execute(stmt).scalars())

    # ------------------------------------------------------------------ edits
    def update_document(self, doc_id: str, *, subject: str | None = None, summary: str | None = None,
                        confidentiality: str | None = None, correspondent: str | None = None,
                        corr_number: str | None = None, corr_date: dt.date | None | object = KEEP,
                        initiator: Any = None) -> DocumentRow:
        """Edit metadata; each change is queued for sync based on the last server version.

        ``correspondent`` and the sender's ``corr_number`` / ``corr_date`` (``KEEP``: unchanged,
        None: no date) only for a document not yet registered (after registration they are part of
        the registration card, which the chancellery rules freeze); they stay on this desk until
        the registration carries them (the register form offers them)."""
        changes: dict[str, Any] = {}
        if subject is not None:
            if not subject.strip():
                raise InvalidInput(translate("Documents", "The subject cannot be empty."))
            changes["subject"] = card.check_subject(subject)
        if summary is not None:
            changes["summary"] = summary
        if confidentiality is not None:
            if confidentiality not in CONFIDENTIALITY:
                raise InvalidInput(translate("Documents", "Unknown confidentiality level: {level}").format(level=confidentiality))
            changes["confidentiality"] = confidentiality
        card_changes: dict[str, Any] = {}  # the registration card's fields, kept here until registration
        if correspondent is not None:
            card_changes[CORRESPONDENT.name] = " ".join(correspondent.split())
        if corr_number is not None:
            card_changes[CORR_NUMBER.name] = corr_number.strip()
        if corr_date is not KEEP:
            card_changes[CORR_DATE.name] = corr_date
        if wrong := card.problems(card_changes):
            raise InvalidInput(" ".join(wrong))
        if isinstance(corr_date, dt.date) and corr_date > self.ctx.today():
            raise InvalidInput(translate("Documents", "The correspondent's date cannot be in the future."))
        with self.ctx.db.write() as s:
            doc = self._get(s, doc_id)
            before = {k: getattr(doc, k) for k in changes}
            after = dict(changes)
            for k, v in changes.items():
                setattr(doc, k, v)
            if card_changes and doc.registration is not None:
                raise InvalidInput(translate("Documents", "The correspondent and the sender's number and date cannot be changed: "
                                                          "they are on the registration card, which is kept as registered."))
            for key, value in card_changes.items():
                if key == CORRESPONDENT.name:
                    before[key] = doc.correspondent.name if doc.correspondent else ""
                    doc.correspondent = registry.correspondent_named(s, value) if value else None
                else:
                    before[key] = getattr(doc, key)
                    setattr(doc, key, value)
                after[key] = value.isoformat() if isinstance(value, dt.date) else value
            if isinstance(before.get(CORR_DATE.name), dt.date):
                before[CORR_DATE.name] = before[CORR_DATE.name].isoformat()
            doc.updated_at = utcnow()
            audit.append(s, self._actor, OpType.DOCUMENT_UPDATE.value, doc.id, before=before, after=after)
            if changes:  # the card's fields travel with the registration, not as fields of their own
                outbox.enqueue(s, OpType.DOCUMENT_UPDATE.value, doc.id, {"fields": changes}, base_version=doc.version)
            search.reindex(s, doc)
            row = queries.rows_by_ids(s, [doc.id])[doc.id]
        self._publish([doc_id], {"document"}, initiator)
        return row

    def set_status(self, doc_id: str, status: str, initiator: Any = None) -> DocumentRow:
        """Move a document to ``status`` if the state machine allows it."""
        with self.ctx.db.write() as s:
            doc = self._get(s, doc_id)
            old = doc.status
            states.check_transition(old, status)
            doc.status = status
            doc.updated_at = utcnow()
            audit.append(s, self._actor, "document.status", doc.id, before=old, after=status)
            outbox.enqueue(s, states.OP_STATUS, doc.id, {"status": status}, base_version=doc.version)
            row = queries.rows_by_ids(s, [doc.id])[doc.id]
        self._publish([doc_id], {"document"}, initiator)
        return row

    def delete_draft(self, doc_id: str, initiator: Any = None) -> None:
        """Delete a draft that never left this workstation (nothing of it was synced)."""
        with self.ctx.db.write() as s:
            doc = self._get(s, doc_id)
            sent = s.execute(select(func.count()).select_from(OutboxOp).where(
                OutboxOp.document_id == doc_id, OutboxOp.state != "pending")).scalar_one()
            if doc.status != states.DRAFT or doc.version or sent:
                raise InvalidInput(translate("Documents", "Only a draft that was never synchronised can be deleted; archive it instead."))
            hashes = [f.sha256 for f in doc.files]
            s.query(OutboxOp).filter(OutboxOp.document_id == doc_id).delete()
            search.remove_document(s, doc_id)
            audit.append(s, self._actor, "document.delete", doc_id, subject=doc.subject)
            s.delete(doc)
            s.flush()
            still = set(s.execute(select(FileVersion.sha256).where(FileVersion.sha256.in_(hashes))).scalars())
        for sha in set(hashes) - still:
            self.ctx.blobs.delete(sha)
        self._publish([doc_id], {"document"}, initiator)

    # ------------------------------------------------------------------- reads
    def list_documents(self, query: DocumentQuery) -> DocumentPage:
        with self.ctx.db.read() as s:
            page = queries.list_page(s, query, self.ctx.user)
            return replace(page, rows=self._with_clock(s, page.rows))

    def _with_clock(self, s: Session, rows: tuple[DocumentRow, ...] | list[DocumentRow]) -> tuple[DocumentRow, ...]:
        """The rows with their clock (issue 17; ``routing/chancellery.py``)."""
        return chancellery.with_clock(s, rows, self.ctx.routing.calendar)

    def queue_counts(self) -> dict[str, int]:
        with self.ctx.db.read() as s:
            return queries.queue_counts(s, self.ctx.user)

    def get_document(self, doc_id: str) -> DocumentDetail:
        with self.ctx.db.read() as s:
            return queries.document_detail(s, self._get(s, doc_id), self.ctx.routing.calendar)

    def match_ids(self, prefix: str, limit: int = 2) -> list[str]:
        """Ids of documents starting with ``prefix`` (at most ``limit``): a person types a short id."""
        with self.ctx.db.read() as s:
            return list(s.execute(select(Document.id).where(Document.id.like(prefix.replace("%", "").replace("_", "\\_") + "%", escape="\\"))
                                  .order_by(Document.id).limit(limit)).scalars())

    def file_path(self, sha256: str) -> Path:
        """Where a stored version's bytes are (read-only)."""
        return self.ctx.blobs.path(sha256)

    def search(self, text: str, limit: int = 50) -> list[SearchResult]:
        """Ranked full-text hits with a snippet cut from the original text."""
        with self.ctx.db.read() as s:
            hits = search.search(s, text, limit)
            rows = queries.rows_by_ids(s, [h.document_id for h in hits])
            rows = {r.id: r for r in self._with_clock(s, list(rows.values()))}
            sources = queries.snippet_sources(s, rows)
            return [SearchResult(rows[h.document_id], search.snippet(sources[h.document_id], text), h.rank)
                    for h in hits if h.document_id in rows]

    # ------------------------------------------------------------------ export
    def export(self, doc_id: str, target: os.PathLike[str] | str) -> list[Path]:
        """Copy every file version and a metadata.json into ``target``/<number or id>/."""
        detail = self.get_document(doc_id)
        name = safe_name((detail.registration.number if detail.registration else detail.id).replace("/", "_"))
        out_dir = Path(target) / name
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for f in detail.files:
            dest = out_dir / f"{f.revision:02d}-{f.role}-{safe_name(f.filename)}"
            atomic_write(dest, self.ctx.blobs.path(f.sha256).read_bytes())
            written.append(dest)
        from desktop_app.services.types import to_plain

        meta = out_dir / "metadata.json"
        atomic_write(meta, json.dumps(to_plain(detail), ensure_ascii=False, indent=2).encode("utf-8"))
        written.append(meta)
        return written

    def reindex(self, doc_id: str) -> None:
        """Rebuild one document's search entry (in its own transaction)."""
        with self.ctx.db.write() as s:
            search.reindex(s, self._get(s, doc_id))
