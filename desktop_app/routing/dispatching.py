"""The rules of a dispatch (sending an outgoing document to other institutions), inside the
caller's write transaction: what must be true of the document, its route and the recipients; the
dispatch written (its rows per recipient, audit event and outbox operation); and who dispatched a
document that arrived here."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import audit, outbox, states
from desktop_app.db.models import (
    AuditEvent, Dispatch, Document, DocumentOrigin, Institution, Registration, RouteStep, Signature, new_id, utcnow,
)
from desktop_app.errors import ForbiddenTransition, InvalidInput
from desktop_app.i18n import translate
from desktop_app.routing import engine
from desktop_app.routing import steps as K
from desktop_app.services.types import CurrentUser
from docflow_protocol import LIMITS, DispatchStatus, DocumentKind, OpType, Role


def clean_recipients(recipient_codes: Sequence[str], note: str) -> list[str]:
    """The recipients' registry codes as given (trimmed), or InvalidInput saying what is wrong."""
    codes = [c.strip() for c in recipient_codes if c and c.strip()]
    if not codes:
        raise InvalidInput(translate("Dispatch", "Choose at least one recipient institution."))
    if len(set(codes)) != len(codes):
        raise InvalidInput(translate("Dispatch", "A recipient is chosen twice."))
    if len(codes) > LIMITS.max_recipients:
        raise InvalidInput(translate("Dispatch", "At most {n} recipients per dispatch.").format(n=LIMITS.max_recipients))
    if len(note) > LIMITS.max_text_chars:
        raise InvalidInput(translate("Dispatch", "The note is longer than {n} characters.").format(n=LIMITS.max_text_chars))
    return codes


def check_dispatch(s: Session, doc: Document, codes: Sequence[str], user: CurrentUser) -> tuple[dict[str, Institution], list[RouteStep]]:
    """Refuse a dispatch the rules do not allow; return the recipients by code and the clerk's
    "dispatch" steps it completes."""
    dispatch_steps = check_ready(s, doc, user)
    return check_recipients(s, doc, codes), dispatch_steps


def check_ready(s: Session, doc: Document, user: CurrentUser) -> list[RouteStep]:
    """Refuse a document not ready to leave (not outgoing, unregistered, unsigned, its route not finished:
    asked before the recipients are chosen too); return the clerk's "dispatch" steps a dispatch completes."""
    if doc.kind != DocumentKind.OUTGOING.value:
        raise ForbiddenTransition(translate("Dispatch", "Only outgoing documents are dispatched."))
    if s.execute(select(Registration.id).where(Registration.document_id == doc.id)).first() is None:
        raise ForbiddenTransition(translate("Dispatch", "Register the document before dispatching it."))
    signed = (s.execute(select(Signature.id).where(Signature.document_id == doc.id, Signature.revoked.is_(False))).first()
              is not None or s.execute(select(RouteStep.id).where(
                  RouteStep.document_id == doc.id, RouteStep.kind == K.SIGN, RouteStep.state == K.DONE)).first() is not None)
    if not signed:
        raise ForbiddenTransition(translate(
            "Dispatch", "The letter is not signed yet, and only a signed letter leaves. Send it to the head for signature "
                        "with the route builder (Ctrl+Shift+B, the “{template}” route), or sign it (Ctrl+Shift+S) if you hold "
                        "a signing card.").format(template=translate("Routing", "Outgoing letter")))
    # in route: a registered, signed letter whose last live steps are the clerk's own (below) -- the sync
    # brings the route back "active" after the registration, and the clerk could never send it
    if doc.status not in (states.REGISTERED, states.SIGNED, states.IN_ROUTE, states.DISPATCHED):
        raise ForbiddenTransition(translate("Dispatch", "A {status} document cannot be dispatched.").format(
            status=states.status_label(doc.status)))
    live = engine.live_steps(s, doc.id)
    dispatch_steps = [st for st in live if st.state == K.ACTIVE and st.kind == K.EXECUTE and (
        st.assignee_user_id == user.id or (st.assignee_user_id is None and st.assignee_role == Role.CLERK.value))]
    if len(live) != len(dispatch_steps):
        raise ForbiddenTransition(translate("Dispatch", "The document's route is not finished yet."))
    return dispatch_steps


def check_recipients(s: Session, doc: Document, codes: Sequence[str]) -> dict[str, Institution]:
    """The recipients by code, or InvalidInput naming one that is not another institution of the
    directory or was sent the document before."""
    known = {i.registry_code: i for i in s.execute(select(Institution).where(Institution.registry_code.in_(codes))).scalars()}
    sent_before = set(s.execute(select(Dispatch.recipient_code).where(Dispatch.document_id == doc.id,
                                                                      Dispatch.state != DispatchStatus.REFUSED.value)).scalars())
    for code in codes:
        inst = known.get(code)
        if inst is None or inst.is_own:
            raise InvalidInput(translate("Dispatch", "{code} is not another institution in the directory.").format(code=code))
        if code in sent_before:
            raise InvalidInput(translate("Dispatch", "The document was already sent to {code}.").format(code=code))
    return known


def record_dispatch(s: Session, doc: Document, codes: Sequence[str], known: dict[str, Institution], note: str,
                    user: CurrentUser) -> list[Dispatch]:
    """Write the dispatch of ``doc`` to ``codes`` (checked by :func:`check_dispatch`, which gave
    ``known``): a row per recipient, the document dispatched, the audit event and the outbox op."""
    dispatch_id = new_id()
    rows = []
    for code in codes:
        row = Dispatch(dispatch_id=dispatch_id, document_id=doc.id, recipient_code=code,
                       recipient_name=known[code].name, state=DispatchStatus.SENT.value, note=note.strip(), sent_by=user.id)
        s.add(row)
        rows.append(row)
    if doc.status != states.DISPATCHED:
        states.check_transition(doc.status, states.DISPATCHED)
        doc.status = states.DISPATCHED
        doc.updated_at = utcnow()
    s.flush()
    audit.append(s, user.username, OpType.DOCUMENT_DISPATCH.value, doc.id, dispatch_id=dispatch_id, to=codes,
                 to_names=[known[c].name or c for c in codes])
    payload: dict[str, Any] = {"dispatch_id": dispatch_id, "to": codes}
    if note.strip():
        payload["note"] = note.strip()
    outbox.enqueue(s, OpType.DOCUMENT_DISPATCH.value, doc.id, payload, base_version=doc.version)
    return rows


def acknowledged(s: Session, doc_id: str) -> bool:
    """Whether the sender of this received document was told it was registered or refused (from here)."""
    return s.execute(select(AuditEvent.seq).where(AuditEvent.document_id == doc_id,
                                                  AuditEvent.action == OpType.DISPATCH_ACKNOWLEDGE.value)).first() is not None


def sender_of(s: Session, doc_id: str) -> dict | None:
    """Who dispatched this document to us (``DocumentOrigin``, kept from the server's ``origin``)."""
    row = s.get(DocumentOrigin, doc_id)
    if row is None or not row.dispatch_id:
        return None
    return {"registry_code": row.registry_code, "institution_name": row.institution_name, "dispatch_id": row.dispatch_id,
            "registration_number": row.number, "registration_date": row.reg_date.isoformat() if row.reg_date else None,
            "note": row.note}
