"""Dispatch between institutions on the server: a registered outgoing document delivered to other
institutions as their incoming documents (``document.dispatch``), and their receipts back
(``dispatch.acknowledge``, :func:`record_receipt`). Called inside the push's write transaction
like the handlers of :mod:`circulation_server.domain`; the two institutions' feed locks are taken
in a fixed order (docs/protocol.md), by the transaction's first statement (``Database.write(named=...)``).

Like the other handlers they decide before they change anything and leave their rows to the
batch's writes at its end (``ops_engine._write``: documents, dispatches, files granted): what
they ask the database comes with the batch's first read (``Asked``), so a push that registers and
dispatches a letter, or acknowledges one, is the same three statements as any other on
PostgreSQL."""
from __future__ import annotations

import copy
import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from circulation_server.domain import OpCall, OpRejected, emit_change, iso, new_document_state
from circulation_server.models import Dispatch, Document, Institution
from docflow_protocol import (
    CARD_FIELD_NAMES, ChangeKind, DispatchStatus, DocumentKind, DocumentStatus, ErrorCode, OpType, ReceiptStatus,
    is_letter_field, status_after,
)

DISPATCH_NAMESPACE = uuid.UUID("5b0c1c2e-6f7a-4d5e-9c1b-d0cf10a5e001")

#: ``OpCall.memo`` keys. What the batch's first read found (``Asked.remember``): (USED, dispatch id)
#: -> whether the id was used before the batch; (RECIPIENT, registry code) -> the institution's id
#: or None; LOOKED -> the incoming documents' ids it looked for (those found are among the batch's
#: documents); (ACKED, incoming document id) -> its ``DispatchRow`` or None. What the batch writes
#: at its end (``ops_engine._write``): GRANTS (sha256, institution id) pairs, NEW rows of
#: ``dispatches``, CHANGED ``DispatchRow``s by incoming document id; BATCH_IDS: the dispatch ids
#: the batch used.
USED, RECIPIENT, LOOKED, ACKED = "dispatch_used", "recipient", "incoming_looked", "acked"
GRANTS, NEW, CHANGED, BATCH_IDS = "blob_grants", "new_dispatches", "changed_dispatches", "batch_dispatch_ids"


def incoming_doc_id(dispatch_id: str, registry_code: str) -> str:
    return str(uuid.uuid5(DISPATCH_NAMESPACE, f"{dispatch_id}:{registry_code}"))


@dataclass
class DispatchRow:
    """A row of ``dispatches`` as an acknowledgement reads it (the batch writes back its status and,
    when set, its ``delivered_at``)."""

    incoming_doc_id: str
    dispatch_id: str
    sender_institution_id: str
    sender_doc_id: str
    recipient_institution_id: str
    status: str
    delivered_at: Optional[dt.datetime] = None  # set by this batch (else left as stored)


@dataclass
class Asked:
    """What a batch's dispatches and acknowledgements ask its first read (``batch_read.first_read``)."""

    dispatch_ids: list
    codes: list
    acks: list
    incoming: set

    @property
    def params(self) -> dict:
        return {"dispatch_ids": self.dispatch_ids, "codes": self.codes, "acks": self.acks}

    def remember(self, memo: dict, used, recipients, acked) -> None:
        """Keep the first read's answers (JSON arrays of rows) where the handlers look."""
        used = {row[0] for row in used or ()}
        for dispatch_id in self.dispatch_ids:
            memo[(USED, dispatch_id)] = dispatch_id in used
        found = {code: inst for code, inst in recipients or ()}
        for code in self.codes:
            memo[(RECIPIENT, code)] = found.get(code)
        memo.setdefault(LOOKED, set()).update(self.incoming)
        rows = {row[0]: DispatchRow(*row) for row in acked or ()}
        for doc_id in self.acks:
            memo[(ACKED, doc_id)] = rows.get(doc_id)


def asked(ops: list[dict]) -> Optional[Asked]:
    """What the batch's first read asks for its dispatches and acknowledgements (None: it has none)."""
    out = Asked([], [], [], set())
    for o in ops:
        if o["type"] == OpType.DOCUMENT_DISPATCH.value:
            p = o["payload"]
            out.dispatch_ids.append(p["dispatch_id"])
            out.codes.extend(p["to"])
            out.incoming.update(incoming_doc_id(p["dispatch_id"], code) for code in p["to"])
        elif o["type"] == OpType.DISPATCH_ACKNOWLEDGE.value:
            out.acks.append(o["doc_id"])
    return out if out.dispatch_ids or out.acks else None


def named(ops: list[dict]) -> Optional[dict]:
    """The feeds a batch's dispatches and acknowledgements write to, as ``Database.write(named=...)``
    takes them: its recipients' registry codes and the incoming documents it acknowledges."""
    found = asked(ops)
    return None if found is None else {"codes": sorted(set(found.codes)), "acks": sorted(set(found.acks))}


def _used(c: OpCall, dispatch_id: str) -> bool:
    if dispatch_id in c.memo.setdefault(BATCH_IDS, set()):
        return True
    known = c.memo.get((USED, dispatch_id))
    if known is not None:
        return known
    return c.s.scalar(select(Dispatch.incoming_doc_id).where(Dispatch.dispatch_id == dispatch_id).limit(1)) is not None


def _recipient(c: OpCall, code: str) -> Optional[str]:
    key = (RECIPIENT, code)
    if key in c.memo:
        return c.memo[key]
    return c.s.scalar(select(Institution.id).where(Institution.registry_code == code))


def _exists(c: OpCall, doc_id: str) -> bool:
    if doc_id in c.docs:
        return True
    return doc_id not in c.memo.get(LOOKED, ()) and c.s.get(Document, doc_id) is not None


def h_dispatch(c: OpCall) -> dict:
    """Deliver the document to each recipient as an incoming document. Everything is decided before
    anything is written (no savepoint): the rows go to the batch's writes at its end."""
    p = c.payload
    st = c.state
    if st["kind"] != DocumentKind.OUTGOING.value or st["registration"] is None:
        raise OpRejected(ErrorCode.INVALID_STATE, "Only a registered outgoing document can be dispatched.")
    if _used(c, p["dispatch_id"]):
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
        inst = _recipient(c, code)
        if inst is None or inst == c.caller.institution_id:
            raise OpRejected(ErrorCode.UNKNOWN_RECIPIENT, f"No other institution has registry code {code!r}.")
        recipients.append((inst, code))
    for _, code in recipients:
        if _exists(c, incoming_doc_id(p["dispatch_id"], code)):
            raise OpRejected(ErrorCode.INVALID_STATE, f"Dispatch id {p['dispatch_id']} was already used.")
    # Decided: from here on nothing refuses the op.
    c.memo[BATCH_IDS].add(p["dispatch_id"])
    grants, rows = c.memo.setdefault(GRANTS, set()), c.memo.setdefault(NEW, [])
    deliveries = []
    for inst, code in recipients:
        in_id = incoming_doc_id(p["dispatch_id"], code)
        fields = {k: copy.deepcopy(v) for k, v in st["fields"].items() if not is_letter_field(k)}  # the writer's template stays
        in_state = new_document_state(in_id, code, DocumentKind.INCOMING.value, fields, c.now_iso)
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
        grants.update((sha, inst) for sha in wanted)
        doc = Document(id=in_id, institution_id=inst, version=1, state=in_state, created_at=c.now, updated_at=c.now)
        c.s.add(doc)
        c.docs[in_id] = doc  # written with the batch's documents
        rows.append({"incoming_doc_id": in_id, "dispatch_id": p["dispatch_id"],
                     "sender_institution_id": c.caller.institution_id, "sender_doc_id": st["id"],
                     "recipient_institution_id": inst, "status": DispatchStatus.SENT.value, "created_at": c.now,
                     "delivered_at": None})
        emit_change(c.s, inst, ChangeKind.DOCUMENT.value, in_id, {
            "kind": ChangeKind.DOCUMENT.value, "doc_id": in_id, "version": 1, "op_id": None,
            "op_type": OpType.DOCUMENT_DISPATCH.value, "actor": None, "at": c.now_iso,
            "document": in_state, "receipt": None}, flush=False)
        st["dispatches"].append({"dispatch_id": p["dispatch_id"], "to": code,
                                 "incoming_doc_id": in_id, "status": DispatchStatus.SENT.value, "at": c.now_iso, "receipts": []})
        deliveries.append({"to": code, "incoming_doc_id": in_id})
    st["status"] = status_after(OpType.DOCUMENT_DISPATCH.value, st["status"])
    return {"deliveries": deliveries}


def record_receipt(s: Session, dispatch, status: str, now: dt.datetime,
                   registration_number: Optional[str] = None, reason: Optional[str] = None,
                   flush: bool = True, recipient_code: Optional[str] = None) -> None:
    """Update the sender's document and put a receipt change into the sender's feed.

    ``dispatch``: a ``Dispatch`` (or a ``DispatchRow``: its writer writes it back). Needs the
    sender institution's feed lock. Reads the sender's document and, unless ``recipient_code``
    is given, the recipient institution with ``Session.get`` (no query when they are loaded
    already); ``flush=False`` leaves the writes to the session's next flush and
    ``write_changes``, so many receipts are written together.
    """
    dispatch.status = status
    if status == ReceiptStatus.DELIVERED.value:
        dispatch.delivered_at = now
    sender_doc = s.get(Document, dispatch.sender_doc_id)
    if recipient_code is None:
        recipient_code = s.get(Institution, dispatch.recipient_institution_id).registry_code
    receipt = {"dispatch_id": dispatch.dispatch_id, "to": recipient_code,
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


_DISPATCH_T = Dispatch.__table__.c
_DISPATCH_ROW = select(_DISPATCH_T.incoming_doc_id, _DISPATCH_T.dispatch_id, _DISPATCH_T.sender_institution_id,
                       _DISPATCH_T.sender_doc_id, _DISPATCH_T.recipient_institution_id, _DISPATCH_T.status)


def _acked(c: OpCall, doc_id: str) -> Optional[DispatchRow]:
    """The dispatch an acknowledgement answers: the batch's own copy once it has one (a second
    acknowledgement in the batch sees the first's status), else as the first read found it."""
    changed = c.memo.setdefault(CHANGED, {})
    if doc_id in changed:
        return changed[doc_id]
    key = (ACKED, doc_id)
    if key in c.memo:
        return c.memo[key]
    row = c.s.execute(_DISPATCH_ROW.where(_DISPATCH_T.incoming_doc_id == doc_id)).first()
    return None if row is None else DispatchRow(*row)


def h_acknowledge(c: OpCall) -> dict:
    """The recipient's receipt: the dispatch's status and the sender's document change, and a
    receipt goes to the sender's feed (with a delivery receipt first if none was recorded). Decided
    before anything changes (no savepoint); the rows go to the batch's writes at its end."""
    p = c.payload
    if c.state.get("origin") is None:
        raise OpRejected(ErrorCode.INVALID_STATE, "Only a document received by dispatch can be acknowledged.")
    dispatch = _acked(c, c.state["id"])
    if dispatch is None:
        raise OpRejected(ErrorCode.INVALID_STATE, "The dispatch of this document is unknown.")
    if dispatch.status in (ReceiptStatus.REGISTERED.value, ReceiptStatus.REFUSED.value):
        raise OpRejected(ErrorCode.INVALID_STATE, f"The document was already acknowledged ({dispatch.status}).")
    number = p.get("registration_number")
    if number is None and c.state.get("registration"):
        number = c.state["registration"]["number"]
    c.state["acknowledgement"] = {"status": p["status"], "registration_number": number,
                                  "reason": p.get("reason"), "at": c.now_iso}
    # the sender's document: loaded by the batch's first read (else read now), written with the
    # batch's documents; the recipient is the caller's institution (the acknowledged document is its own)
    sender_doc = c.document(dispatch.sender_doc_id)
    c.docs.setdefault(sender_doc.id, sender_doc)
    code = c.caller.registry_code if dispatch.recipient_institution_id == c.caller.institution_id else None
    if dispatch.status == DispatchStatus.SENT.value:
        record_receipt(c.s, dispatch, ReceiptStatus.DELIVERED.value, c.now, flush=False, recipient_code=code)
    record_receipt(c.s, dispatch, p["status"], c.now, registration_number=number, reason=p.get("reason"),
                   flush=False, recipient_code=code)
    c.memo[CHANGED][dispatch.incoming_doc_id] = dispatch
    return {}


HANDLERS = {
    OpType.DOCUMENT_DISPATCH.value: h_dispatch,
    OpType.DISPATCH_ACKNOWLEDGE.value: h_acknowledge,
}
