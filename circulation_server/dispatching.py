"""Dispatch between institutions on the server: a registered outgoing document delivered to other
institutions as their incoming documents (``document.dispatch``), and their receipts back
(``dispatch.acknowledge``, :func:`record_receipt`). Called inside the push's write transaction
like the handlers of :mod:`circulation_server.domain`; the two institutions' feed locks are taken
in a fixed order (docs/protocol.md)."""
from __future__ import annotations

import copy
import datetime as dt
import uuid
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from circulation_server.domain import OpCall, OpRejected, emit_change, grant_blob, iso, new_document_state
from circulation_server.models import Dispatch, Document, Institution
from docflow_protocol import (
    CARD_FIELD_NAMES, ChangeKind, DispatchStatus, DocumentKind, DocumentStatus, ErrorCode, OpType, ReceiptStatus,
    is_letter_field, status_after,
)

DISPATCH_NAMESPACE = uuid.UUID("5b0c1c2e-6f7a-4d5e-9c1b-d0cf10a5e001")


def incoming_doc_id(dispatch_id: str, registry_code: str) -> str:
    return str(uuid.uuid5(DISPATCH_NAMESPACE, f"{dispatch_id}:{registry_code}"))


def h_dispatch(c: OpCall) -> dict:
    p = c.payload
    st = c.state
    if st["kind"] != DocumentKind.OUTGOING.value or st["registration"] is None:
        raise OpRejected(ErrorCode.INVALID_STATE, "Only a registered outgoing document can be dispatched.")
    if c.s.scalar(select(Dispatch.incoming_doc_id).where(Dispatch.dispatch_id == p["dispatch_id"]).limit(1)):
        raise OpRejected(ErrorCode.INVALID_STATE, f"Dispatch id {p['dispatch_id']} was already used.")
    attached = {f["sha256"]: f for f in st["files"]}
    wanted = p.get("files") or list(attached)
    for sha in wanted:
        if sha not in attached:
            raise OpRejected(ErrorCode.INVALID_STATE, f"File {sha} is not attached to the document.")
    for sg in st["signatures"]:
        if sg["sha256"] not in wanted and sg["sha256"] in attached:
            wanted.append(sg["sha256"])
    recipients = []
    for code in p["to"]:
        inst = c.s.scalar(select(Institution).where(Institution.registry_code == code))
        if inst is None or inst.id == c.caller.institution_id:
            raise OpRejected(ErrorCode.UNKNOWN_RECIPIENT, f"No other institution has registry code {code!r}.")
        recipients.append(inst)
    deliveries = []
    for inst in recipients:
        in_id = incoming_doc_id(p["dispatch_id"], inst.registry_code)
        if c.s.get(Document, in_id) is not None:
            raise OpRejected(ErrorCode.INVALID_STATE, f"Dispatch id {p['dispatch_id']} was already used.")
        fields = {k: copy.deepcopy(v) for k, v in st["fields"].items() if not is_letter_field(k)}  # the writer's template stays
        in_state = new_document_state(in_id, inst.registry_code, DocumentKind.INCOMING.value, fields, c.now_iso)
        in_state["status"] = DocumentStatus.RECEIVED.value
        in_state["files"] = [copy.deepcopy(attached[sha]) for sha in wanted]
        in_state["signatures"] = [copy.deepcopy(sg) for sg in st["signatures"] if sg["sha256"] in wanted]
        in_state["origin"] = {
            "registry_code": c.caller.registry_code, "institution_name": c.caller.institution_name,
            "dispatch_id": p["dispatch_id"], "source_doc_id": st["id"],
            "registration_number": st["registration"]["number"],
            "registration_date": st["registration"]["date"], "note": p.get("note"),
            # the sender's registration card as typed there: nothing the sender's clerk wrote is dropped
            # on the way (the recipient pre-fills its form from DISPATCHED_CARD_FIELDS of it)
            "card": {k: st["registration"][k] for k in CARD_FIELD_NAMES if st["registration"].get(k) is not None},
        }
        for sha in wanted:
            grant_blob(c.s, inst.id, sha)
        c.s.add(Document(id=in_id, institution_id=inst.id, version=1, state=in_state,
                         created_at=c.now, updated_at=c.now))
        c.s.add(Dispatch(incoming_doc_id=in_id, dispatch_id=p["dispatch_id"],
                         sender_institution_id=c.caller.institution_id, sender_doc_id=st["id"],
                         recipient_institution_id=inst.id, status=DispatchStatus.SENT.value, created_at=c.now))
        emit_change(c.s, inst.id, ChangeKind.DOCUMENT.value, in_id, {
            "kind": ChangeKind.DOCUMENT.value, "doc_id": in_id, "version": 1, "op_id": None,
            "op_type": OpType.DOCUMENT_DISPATCH.value, "actor": None, "at": c.now_iso,
            "document": in_state, "receipt": None}, flush=False)
        st["dispatches"].append({"dispatch_id": p["dispatch_id"], "to": inst.registry_code,
                                 "incoming_doc_id": in_id, "status": DispatchStatus.SENT.value, "at": c.now_iso, "receipts": []})
        deliveries.append({"to": inst.registry_code, "incoming_doc_id": in_id})
    st["status"] = status_after(OpType.DOCUMENT_DISPATCH.value, st["status"])
    return {"deliveries": deliveries}


def record_receipt(s: Session, dispatch: Dispatch, status: str, now: dt.datetime,
                   registration_number: Optional[str] = None, reason: Optional[str] = None,
                   flush: bool = True) -> None:
    """Update the sender's document and put a receipt change into the sender's feed.

    Needs the sender institution's feed lock. Reads the sender's document and the recipient
    institution with ``Session.get`` (no query when they are loaded already); ``flush=False``
    leaves the writes to the session's next flush and ``write_changes``, so many receipts are
    written together.
    """
    dispatch.status = status
    if status == ReceiptStatus.DELIVERED.value:
        dispatch.delivered_at = now
    sender_doc = s.get(Document, dispatch.sender_doc_id)
    recipient = s.get(Institution, dispatch.recipient_institution_id)
    receipt = {"dispatch_id": dispatch.dispatch_id, "to": recipient.registry_code,
               "incoming_doc_id": dispatch.incoming_doc_id, "status": status,
               "registration_number": registration_number, "reason": reason, "at": iso(now)}
    state = copy.deepcopy(sender_doc.state)
    for d in state["dispatches"]:
        if d["incoming_doc_id"] == dispatch.incoming_doc_id:
            d["status"] = status
            d.setdefault("receipts", []).append({"status": status, "at": receipt["at"],
                                                 "registration_number": registration_number,
                                                 "reason": reason})
    state["updated_at"] = receipt["at"]
    sender_doc.state = state
    sender_doc.updated_at = now
    emit_change(s, dispatch.sender_institution_id, ChangeKind.RECEIPT.value, sender_doc.id, {
        "kind": ChangeKind.RECEIPT.value, "doc_id": sender_doc.id, "version": sender_doc.version,
        "op_id": None, "op_type": None, "actor": None, "at": receipt["at"], "document": state,
        "receipt": receipt}, flush=flush)


def h_acknowledge(c: OpCall) -> dict:
    p = c.payload
    if c.state.get("origin") is None:
        raise OpRejected(ErrorCode.INVALID_STATE, "Only a document received by dispatch can be acknowledged.")
    dispatch = c.s.get(Dispatch, c.state["id"])
    if dispatch is None:
        raise OpRejected(ErrorCode.INVALID_STATE, "The dispatch of this document is unknown.")
    if dispatch.status in (ReceiptStatus.REGISTERED.value, ReceiptStatus.REFUSED.value):
        raise OpRejected(ErrorCode.INVALID_STATE, f"The document was already acknowledged ({dispatch.status}).")
    number = p.get("registration_number")
    if number is None and c.state.get("registration"):
        number = c.state["registration"]["number"]
    c.state["acknowledgement"] = {"status": p["status"], "registration_number": number,
                                  "reason": p.get("reason"), "at": c.now_iso}
    if dispatch.status == DispatchStatus.SENT.value:
        record_receipt(c.s, dispatch, ReceiptStatus.DELIVERED.value, c.now, flush=False)
    record_receipt(c.s, dispatch, p["status"], c.now, registration_number=number, reason=p.get("reason"),
                   flush=False)
    return {}


HANDLERS = {
    OpType.DOCUMENT_DISPATCH.value: h_dispatch,
    OpType.DISPATCH_ACKNOWLEDGE.value: h_acknowledge,
}
