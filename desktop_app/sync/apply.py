"""Apply what the server sent to the local store, inside the caller's write transaction.

A change from another desk takes the same domain paths as a local one: the audit journal
(``audit.append``), the search index (``search.reindex``), journals, registrations and
correspondents (``registry``), routes (``routing.remote``), receipts (``RoutingService.record_receipt``). Nothing here
talks to the network; files the store lacks are returned so the engine downloads them
(the blob is always stored before the row that names it).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.locale import today as local_today
from desktop_app import audit, registry, search, states
from desktop_app.db.models import (
    Document, DocumentOrigin, FileVersion, Institution, Journal, OutboxOp, Registration, RouteStep, Signature, SyncRemote, SyncTransfer, User, utcnow,
)
from desktop_app.routing import steps as K
from desktop_app.services.document_files import received_role
from desktop_app.sync.fileplan import apply_disposal
from desktop_app.sync.mapping import LOCAL_FILE_ROLES, SERVER_STATUS, server_format_to_local
from desktop_app.signing.states import STATE_COMPLETE, STATE_REMOTE
from docflow_protocol import (
    CONFIDENTIALITY_LEVELS, CORRESPONDENT, DISPATCHED_CARD_FIELDS, NUMBER_MAX_CHARS, SIGNATURE_LEVEL_ORDER, DOCUMENT_KINDS, DocumentKind, StepState, active_order, is_uuid,
    letter_of, parse_card, parse_date, parse_instant, validate_file_name,
)

#: Local statuses the server does not know; a server "registered" does not undo them.
_LOCAL_ONLY = (states.IN_ROUTE, states.SIGNED)


@dataclass(frozen=True)
class MissingFile:
    document_id: str
    sha256: str
    size: int
    role: str
    filename: str
    mime: str


def has_local_work(s: Session, doc_id: str) -> bool:
    """True while the document has outbox ops not yet decided by the server."""
    return s.execute(select(OutboxOp.seq).where(OutboxOp.document_id == doc_id, OutboxOp.state == OutboxOp.PENDING)
                     .limit(1)).scalar() is not None


def remember_remote(s: Session, snap: dict, applied: bool) -> None:
    row = s.get(SyncRemote, snap["id"])
    if row is None:
        s.add(SyncRemote(document_id=snap["id"], version=snap["version"], state=snap, applied=applied, updated_at=utcnow()))
    elif snap["version"] >= row.version:
        row.version, row.state, row.applied, row.updated_at = snap["version"], snap, applied, utcnow()


def safe_name(name: Any, sha: str) -> str:
    """The server's name of a file, as a label here (never a path)."""
    if isinstance(name, str) and not validate_file_name(name):
        return name[:300]
    return f"{sha[:16]}.bin"  # a name from the server is only a label, never a path


def local_journal(s: Session, server_journal: dict) -> Journal:
    """The local journal of a server journal (same code), created on first sight."""
    code = server_journal["code"]
    j = s.execute(select(Journal).where(Journal.code == code)).scalar_one_or_none()
    fmt = server_format_to_local(server_journal.get("format") or "{journal}-{seq}")
    if j is None:
        j = Journal(code=code, name=server_journal.get("name") or code, kind=server_journal.get("kind") or DocumentKind.INCOMING.value,
                    number_format=fmt, authority=Journal.SERVER)
        s.add(j)
        s.flush()
    elif j.authority != Journal.SERVER or j.number_format != fmt:
        j.authority, j.number_format = Journal.SERVER, fmt
    return j


def apply_snapshot(ctx, s: Session, snap: dict, journals: dict[str, dict], actor: str) -> list[MissingFile]:  # noqa: ANN001
    """Bring the local document up to the server's state ``snap`` (§5.2).

    A document with local operations still waiting (or an open conflict) is not touched:
    the state is remembered, and the push decides (applied, or a conflict for a person).
    """
    doc_id = snap["id"]
    doc = s.get(Document, doc_id)
    if doc is not None and (doc.has_conflict or has_local_work(s, doc_id)):
        remember_remote(s, snap, applied=False)
        return []
    if doc is not None and snap["version"] < doc.version:
        return []  # older than what we have (our own later op already confirmed)
    remember_remote(s, snap, applied=True)
    fields = snap.get("fields") or {}
    status = SERVER_STATUS.get(snap.get("status", ""), states.DRAFT)
    created = doc is None
    if created:
        doc = Document(id=doc_id, kind=snap["kind"] if snap.get("kind") in DOCUMENT_KINDS else DocumentKind.INCOMING.value,
                       status=status, subject="", summary="", origin=Document.FROM_SERVER, version=snap["version"])
        s.add(doc)
    changed: dict[str, Any] = {}
    subject = str(fields.get("subject") or "")  # kept whole: what another desk's person typed is never cut here
    if subject and subject != doc.subject:
        changed["subject"], doc.subject = subject, subject
    if isinstance(fields.get("summary"), str) and fields["summary"] != doc.summary:
        changed["summary"], doc.summary = True, fields["summary"]
    if fields.get("confidentiality") in CONFIDENTIALITY_LEVELS and fields["confidentiality"] != doc.confidentiality:
        changed["confidentiality"], doc.confidentiality = fields["confidentiality"], fields["confidentiality"]
    if apply_letter(s, doc, fields):
        changed["letter"] = True
    if doc.status != status and not (status == states.REGISTERED and doc.status in _LOCAL_ONLY):
        changed["status"], doc.status = status, status
    created_by = snap.get("created_by")
    if doc.author_id is None and isinstance(created_by, str) and s.get(User, created_by) is not None:
        doc.author_id = created_by  # the draft's author gets the rework step when it is declined here
    doc.version = snap["version"]
    doc.updated_at = utcnow()
    s.flush()
    origin = apply_origin(s, doc, snap.get("origin"))
    reg = snap.get("registration")
    if isinstance(reg, dict) and reg.get("number"):
        _apply_registration(s, doc, reg, journals, actor)
    # Resolutions, route and dispatch records: the routing module's own mapping (same paths as local).
    from desktop_app.routing.remote import apply_remote_routing

    apply_remote_routing(s, doc, snap, actor)
    if apply_disposal(s, doc, snap, actor):
        changed["disposal"] = True
    missing = []
    have = set(s.execute(select(FileVersion.sha256).where(FileVersion.document_id == doc_id)).scalars())
    for f in snap.get("files") or []:
        sha = f["sha256"]
        if sha in have:
            continue
        have.add(sha)
        item = MissingFile(doc_id, sha, int(f["size"]), LOCAL_FILE_ROLES.get(f.get("role", ""), FileVersion.ATTACHMENT),
                           safe_name(f.get("name"), sha), str(f.get("media_type") or "application/octet-stream")[:100])
        if ctx.blobs.has(sha):
            if item.role == FileVersion.CLEANED:
                item = replace(item, role=received_role(item.role, ctx.blobs.read(sha), item.mime))
            add_file_row(s, item)
        else:
            missing.append(item)
            queue_download(s, item)
    if record_signatures(s, doc_id, actor):
        changed["signatures"] = True
    if created:
        audit.append(s, actor, "sync.received", doc_id, version=snap["version"],
                     origin=(snap.get("origin") or {}).get("registry_code"),
                     sender=origin.institution_name if origin is not None else None)
    elif changed:
        audit.append(s, actor, "sync.updated", doc_id, version=snap["version"], fields=sorted(changed))
    search.reindex(s, doc)
    return missing


def apply_letter(s: Session, doc: Document, fields: dict) -> bool:
    """Take the letter another desk wrote from a template (its fields travel with the document): this desk
    makes it again with its number when it registers it, and refuses to sign it before; its addressee is
    the correspondent the list shows and the register form offers. True if anything changed."""
    letter = letter_of(fields)
    if letter is None or doc.kind == DocumentKind.INCOMING.value:  # a letter received is never made again here
        return False
    template = {"kind": letter[0], "fields": letter[1]}
    if doc.template == template:
        return False
    doc.template = template
    addressee = letter[1].get("addressee", "")
    if doc.correspondent_id is None and addressee:
        doc.correspondent_id = registry.correspondent_named(s, addressee[:CORRESPONDENT.max_chars]).id
    return True


def apply_origin(s: Session, doc: Document, origin: Any) -> DocumentOrigin | None:
    """Keep what the sender told about a dispatched letter (their institution, number, date, covering
    note, and the pages/sheets/attachments of their card). The sender becomes the document's
    correspondent until this desk registers it, and the page count is the sender's until the file
    is here."""
    if not isinstance(origin, dict) or not isinstance(origin.get("registry_code"), str):
        return None
    row = s.get(DocumentOrigin, doc.id)
    if row is None:
        row = DocumentOrigin(document_id=doc.id, pages=0, sheets=0, attachments_count=0, attachments_description="")
        s.add(row)
    code = origin["registry_code"][:64]
    known = s.execute(select(Institution.name).where(Institution.registry_code == code)).scalar()
    name = origin.get("institution_name")
    row.registry_code = code
    row.institution_name = (name if isinstance(name, str) and name.strip() else known or code)[:300]
    row.dispatch_id = str(origin.get("dispatch_id") or "")[:36]
    row.number = str(origin.get("registration_number") or "")[:NUMBER_MAX_CHARS]
    row.reg_date = parse_date(origin.get("registration_date"))
    row.note = str(origin.get("note") or "")[:20000]
    card = origin.get("card") if isinstance(origin.get("card"), dict) else {}
    for f in DISPATCHED_CARD_FIELDS:
        value = f.parse(card.get(f.name))
        if value is not None:
            setattr(row, f.name, value)  # the card's fields are DocumentOrigin columns of the same names
    if doc.correspondent_id is None and row.institution_name:
        doc.correspondent_id = registry.correspondent_named(s, row.institution_name[:CORRESPONDENT.max_chars]).id
    if not doc.page_count and row.pages:
        doc.page_count = row.pages
    s.flush()
    return row


def _apply_registration(s: Session, doc: Document, reg: dict, journals: dict[str, dict], actor: str) -> None:
    number = str(reg["number"])[:NUMBER_MAX_CHARS]
    server_journal = journals.get(reg.get("journal_id", ""))
    local = s.execute(select(Registration).where(Registration.document_id == doc.id)).scalar_one_or_none()
    day = parse_date(reg.get("date")) or local_today()
    if local is None:
        if server_journal is None:
            return
        journal = local_journal(s, server_journal)
        local = Registration(document_id=doc.id, journal_id=journal.id, number=number, seq=int(reg.get("seq") or 0),
                             year=day.year, reg_date=day, provisional=False)
        s.add(local)
        _apply_card(s, doc, local, reg)
        s.flush()
        return
    _apply_card(s, doc, local, reg)
    if local.number != number:
        old = local.number
        local.number, local.seq, local.provisional = number, int(reg.get("seq") or local.seq), False
        s.flush()
        audit.append(s, actor, "registration.number_replaced", doc.id, old=old, new=number)
    elif local.provisional:
        local.provisional = False


def _apply_card(s: Session, doc: Document, local: Registration, reg: dict) -> None:
    """The registration card another desk filled in (``docflow_protocol.CARD_FIELDS``), as the
    protocol validates it; a field the server does not carry is left as it is here."""
    for name, value in parse_card(reg).items():
        if name == CORRESPONDENT.name:
            doc.correspondent_id = registry.correspondent_named(s, value).id
        else:
            setattr(local, name, value)  # the card's other fields are Registration columns of the same names


def _user_or_none(s: Session, user_id: Any) -> str | None:
    return user_id if isinstance(user_id, str) and s.get(User, user_id) is not None else None


def force_route(s: Session, doc: Document, steps: list) -> None:
    """Make the local route steps what the server says, final states included (a person chose
    the server's version of a conflict; normal pulls go through ``apply_remote_routing``)."""
    steps = [st for st in steps if isinstance(st, dict) and isinstance(st.get("step_id"), str) and len(st["step_id"]) <= 36
             and isinstance(st.get("order"), int)]
    low = active_order(steps)
    for st in steps:
        if st.get("state") == StepState.PENDING.value:
            state = K.ACTIVE if st["order"] == low else K.WAITING
        else:
            state = K.FROM_PROTOCOL_STATE.get(st.get("state"), K.DONE)
        row = s.get(RouteStep, st["step_id"])
        if row is None:
            row = RouteStep(id=st["step_id"], document_id=doc.id, stage=st["order"], position=0,
                            kind=st["kind"] if st.get("kind") in K.KINDS else K.REVIEW,
                            assignee_user_id=_user_or_none(s, st.get("assignee_user_id")),
                            deadline=parse_date(st.get("deadline")), state=state)
            s.add(row)
        else:
            row.state = state  # only applied when this desk has nothing pending: the server's word stands
        if state in K.FINAL_STATES:
            row.action = K.FROM_PROTOCOL_ACTION.get(st.get("action") or "", row.action)
            row.acted_by = _user_or_none(s, st.get("acted_by")) or row.acted_by
            if st.get("comment"):
                row.comment = str(st["comment"])[:20000]
            row.finished_at = row.finished_at or utcnow()
    s.flush()


def replace_number(s: Session, doc_id: str, result: dict, actor: str) -> None:
    """An applied ``registration.register``: show the server's final number from now on."""
    number = result.get("number")
    local = s.execute(select(Registration).where(Registration.document_id == doc_id)).scalar_one_or_none()
    if local is None or not isinstance(number, str) or not number:
        return
    if local.number != number:
        old = local.number
        local.number, local.provisional = number[:NUMBER_MAX_CHARS], False
        if isinstance(result.get("seq"), int):
            local.seq = result["seq"]
        s.flush()
        audit.append(s, actor, "registration.number_replaced", doc_id, old=old, new=number)
    elif local.provisional:
        local.provisional = False


def add_file_row(s: Session, item: MissingFile, text: str = "", pages: int = 0) -> None:
    """The row of a file that arrived from the server, with its ``text`` for search; a document's
    own file (not an attachment) gives it its page count."""
    if s.execute(select(FileVersion.id).where(FileVersion.document_id == item.document_id,
                                              FileVersion.sha256 == item.sha256)).scalar() is not None:
        return
    doc = s.get(Document, item.document_id)
    if doc is None:
        return
    rev = (s.execute(select(func.max(FileVersion.revision)).where(FileVersion.document_id == item.document_id)).scalar() or 0) + 1
    s.add(FileVersion(document_id=item.document_id, revision=rev, role=item.role, sha256=item.sha256, size=item.size,
                      mime=item.mime, filename=item.filename, text=text))
    if pages and item.role != FileVersion.ATTACHMENT:
        doc.page_count = pages
    s.flush()


def queue_download(s: Session, item: MissingFile) -> None:
    exists = s.execute(select(SyncTransfer.id).where(
        SyncTransfer.direction == SyncTransfer.DOWN, SyncTransfer.sha256 == item.sha256,
        SyncTransfer.document_id == item.document_id)).scalar()
    if exists is None:
        s.add(SyncTransfer(direction=SyncTransfer.DOWN, sha256=item.sha256, size=item.size, document_id=item.document_id,
                           role=item.role, filename=item.filename, mime=item.mime, state=SyncTransfer.PENDING))


def record_signatures(s: Session, doc_id: str, actor: str) -> int:
    """Signature records for the signatures made on other desks, from the applied server state.

    A signature is recorded once the signed file it names is in the store (its download may come
    later: the engine calls this again then). Our own signatures are the signing service's; they
    are never touched here. A remote signature follows the server to a higher level (its signer's
    desk completed it to B-T/B-LT) and is never upgraded from this desk. Returns how many records
    were added or changed.
    """
    remote = s.get(SyncRemote, doc_id)
    if remote is None or not remote.applied or s.get(Document, doc_id) is None:
        return 0
    done = 0
    for sig in (remote.state or {}).get("signatures") or []:
        if not isinstance(sig, dict) or not is_uuid(sig.get("signature_id")) or sig.get("level") not in SIGNATURE_LEVEL_ORDER:
            continue
        fv_id = s.execute(select(FileVersion.id).where(FileVersion.document_id == doc_id,
                                                       FileVersion.sha256 == sig.get("sha256"))
                          .order_by(FileVersion.revision.desc()).limit(1)).scalar()
        if fv_id is None:
            continue  # the signed file is still downloading
        level = sig["level"]
        state = STATE_COMPLETE if level == SIGNATURE_LEVEL_ORDER[-1] else STATE_REMOTE
        row = s.get(Signature, sig["signature_id"])
        if row is None:
            cert = sig.get("certificate_sha256")
            s.add(Signature(id=sig["signature_id"], document_id=doc_id, file_version_id=fv_id, field_name="",
                            signer_name=str(sig.get("signer_name") or "")[:300],
                            signer_cert_sha256=cert.lower() if isinstance(cert, str) and len(cert) == 64 else "",
                            signed_at=parse_instant(sig.get("signed_at")) or utcnow(), level=level, upgrade_state=state))
            audit.append(s, actor, "signature.received", doc_id, signature_id=sig["signature_id"], level=level,
                         sha256=sig.get("sha256"))
        elif row.document_id != doc_id or row.field_name:
            continue  # our own signature (it names its PDF field) or another document's: not ours to change
        elif SIGNATURE_LEVEL_ORDER.index(level) > SIGNATURE_LEVEL_ORDER.index(row.level):
            row.level, row.file_version_id, row.upgrade_state = level, fv_id, state
            audit.append(s, actor, "signature.received", doc_id, signature_id=row.id, level=level, sha256=sig.get("sha256"))
        else:
            continue
        done += 1
    if done:
        s.flush()
    return done
