"""The client's words ↔ the protocol's words, in one place (docs/protocol.md §5).

Local outbox rows are written by the services in their own words (local payloads); :func:`translate_op`
is the one place that turns each into the protocol op the server expects (``None``: the change is
local only, e.g. a local status such as "in route"). The reverse mappings -- the server's document
statuses and file roles in local words -- sit beside it. Route steps have their own mapping in
``desktop_app/routing/steps.py`` (``PROTOCOL_ACTION``, ``FROM_PROTOCOL_STATE``, ``FROM_PROTOCOL_ACTION``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop_app.locale import today as local_today
from desktop_app import states
from desktop_app.db.models import FileVersion
from docflow_protocol import (
    ALL_OP_TYPES, COMMUTATIVE_OP_TYPES, DOCUMENT_FIELDS, NUMBER_MAX_CHARS, DocumentKind, DocumentStatus, FileRole, OpType,
    RegistrationMode, clean_appeal, clean_card, format_instant, is_letter_field, validate_file_name,
)

#: Local file roles -> protocol file roles (a protocol role given locally passes as it is).
FILE_ROLES = {FileVersion.ORIGINAL: FileRole.ORIGINAL.value, FileVersion.CLEANED: FileRole.DERIVED.value,
              FileVersion.OCR: FileRole.DERIVED.value, FileVersion.NUMBERED: FileRole.DERIVED.value, FileVersion.SIGNED: FileRole.SIGNED.value,
              FileVersion.ATTACHMENT: FileRole.ATTACHMENT.value, **{r.value: r.value for r in FileRole}}
#: Protocol file roles -> local file roles.
LOCAL_FILE_ROLES = {FileRole.ORIGINAL.value: FileVersion.ORIGINAL, FileRole.SCAN.value: FileVersion.ORIGINAL,
                    FileRole.DERIVED.value: FileVersion.CLEANED, FileRole.SIGNED.value: FileVersion.SIGNED,
                    FileRole.ATTACHMENT.value: FileVersion.ATTACHMENT, FileRole.DRAFT.value: FileVersion.ATTACHMENT}
#: Server document status -> local status (a received document is a draft here until registered).
SERVER_STATUS = {DocumentStatus.DRAFT.value: states.DRAFT, DocumentStatus.RECEIVED.value: states.DRAFT,
                 DocumentStatus.REGISTERED.value: states.REGISTERED, DocumentStatus.DISPATCHED.value: states.DISPATCHED,
                 DocumentStatus.ARCHIVED.value: states.ARCHIVED}
#: Document kinds both sides know.


@dataclass(frozen=True)
class Translation:
    """A protocol op without ``base_version`` (the engine sets it) or None for local-only changes."""

    op: dict[str, Any] | None
    commutative: bool = False
    reason: str = ""  # why it is local-only / cannot be sent


@dataclass(frozen=True)
class Lookup:
    """What translation needs to know about the server (journals by code, blocks)."""

    journal_ids: dict[str, str]  # local/server journal code -> server journal id
    block_for: Any  # callable(journal_code, seq, year) -> server block id or None


def _iso(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return format_instant(value, milliseconds=False)
    return format_instant(dt.datetime.now(dt.timezone.utc), milliseconds=False)


def translate_op(op_id: str, doc_id: str, op_type: str, payload: dict, blobs: list[str], created_at: Any,
                 lookup: Lookup) -> Translation:
    """Build the protocol op for one outbox row."""
    p = dict(payload or {})
    body: dict[str, Any]
    if op_type == OpType.DOCUMENT_CREATE.value:
        fields = {k: p[k] for k in DOCUMENT_FIELDS if p.get(k)}
        fields.setdefault("subject", "—")
        body = {"kind": p.get("kind", DocumentKind.INCOMING.value), "fields": fields}
    elif op_type == OpType.DOCUMENT_UPDATE.value:
        fields = {k: v for k, v in (p.get("fields") or {}).items() if k in DOCUMENT_FIELDS or is_letter_field(k)}
        if not fields:
            return Translation(None, reason="no field the server keeps")
        body = {"fields": fields}
    elif op_type == OpType.FILE_ATTACH.value:
        name = p.get("filename") or ""
        if validate_file_name(name):
            name = f"{p.get('sha256', 'file')[:16]}.bin"
        body = {"sha256": p.get("sha256"), "role": FILE_ROLES.get(p.get("role", ""), FileRole.ATTACHMENT.value),
                "name": name, "media_type": p.get("mime") or "application/octet-stream", "size": p.get("size")}
        blobs = [p.get("sha256")]
    elif op_type == OpType.REGISTRATION_REGISTER.value:
        code = p.get("journal", "")
        journal_id = lookup.journal_ids.get(code)
        if not journal_id:
            return Translation(None, reason=f"journal {code} is not known to the server")
        body = {"journal_id": journal_id, "date": p.get("reg_date") or local_today().isoformat()}
        body.update(clean_card(p))  # the card, as the protocol takes it (empty or out-of-range values left out)
        if isinstance(p.get("appeal"), dict):
            body["appeal"] = clean_appeal(p["appeal"])  # the applicant's card (an appeals journal)
        block_id = None if p.get("provisional") else lookup.block_for(code, p.get("seq"), p.get("year"))
        if p.get("provisional"):
            body.update(mode=RegistrationMode.PROVISIONAL.value,
                        provisional_number=str(p.get("number", ""))[:NUMBER_MAX_CHARS])
        elif block_id:
            body.update(mode=RegistrationMode.BLOCK.value, block_id=block_id, seq=p.get("seq"))
        else:
            body.update(mode=RegistrationMode.SERVER.value)  # a number this desk gave as its own authority: the server numbers it
    elif op_type == states.OP_STATUS:
        if p.get("status") == states.ARCHIVED:
            op_type, body = OpType.DOCUMENT_ARCHIVE.value, {}
        else:
            return Translation(None, reason="local status")
    elif op_type in ALL_OP_TYPES:
        body = p
    else:
        return Translation(None, reason=f"unknown local operation {op_type}")
    op = {"op_id": op_id, "doc_id": doc_id, "type": op_type, "base_version": None, "payload": body,
          "blobs": [b for b in (blobs or []) if b], "created_at": _iso(created_at)}
    return Translation(op, commutative=op_type in COMMUTATIVE_OP_TYPES)


def server_format_to_local(fmt: str) -> str:
    """Server number formats name the journal code ``{code}``; local ones ``{journal}``."""
    return fmt.replace("{code}", "{journal}")
