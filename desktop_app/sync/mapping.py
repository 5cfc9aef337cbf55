"""Translate local outbox operations into protocol operations (docs/protocol.md §5).

The services write outbox rows in their own words (local payloads); this module is the one
place that turns each into the protocol op the server expects. ``None`` means the change is
local only (e.g. a local status such as "in route") and needs no server call.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from docflow_protocol import ALL_OP_TYPES, COMMUTATIVE_OP_TYPES, REGISTRATION_CHANNELS, validate_file_name

#: Local file roles -> protocol file roles.
FILE_ROLES = {"original": "original", "cleaned": "derived", "ocr": "derived", "signed": "signed",
              "attachment": "attachment", "scan": "scan", "derived": "derived", "draft": "draft"}
#: Server document status -> local status.
SERVER_STATUS = {"draft": "draft", "received": "draft", "registered": "registered",
                 "dispatched": "dispatched", "archived": "archived"}
_FIELD_KEYS = ("subject", "summary", "confidentiality")


def _registration_card(p: dict) -> dict:
    """The card of a local registration (correspondent, their number and date, pages, channel) as the
    protocol takes it; empty or out-of-range values are left out rather than refused by the server."""
    card: dict = {}
    for key, limit in (("correspondent", 300), ("corr_number", 64)):
        value = p.get(key)
        if isinstance(value, str) and value.strip():
            card[key] = value.strip()[:limit]
    try:
        if p.get("corr_date"):
            card["corr_date"] = dt.date.fromisoformat(p["corr_date"]).isoformat()
    except (TypeError, ValueError):
        pass
    pages = p.get("pages")
    if isinstance(pages, int) and not isinstance(pages, bool) and 0 <= pages <= 100_000:
        card["pages"] = pages
    if p.get("channel") in REGISTRATION_CHANNELS:
        card["channel"] = p["channel"]
    return card


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
    block_for: Any  # callable(journal_code, seq) -> server block id or None


def _iso(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        v = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
        return v.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def translate_op(op_id: str, doc_id: str, op_type: str, payload: dict, blobs: list[str], created_at: Any,
                 lookup: Lookup) -> Translation:
    """Build the protocol op for one outbox row."""
    p = dict(payload or {})
    body: dict[str, Any]
    if op_type == "document.create":
        fields = {k: p[k] for k in _FIELD_KEYS if p.get(k)}
        fields.setdefault("subject", "—")
        body = {"kind": p.get("kind", "incoming"), "fields": fields}
    elif op_type == "document.update":
        fields = {k: v for k, v in (p.get("fields") or {}).items() if k in _FIELD_KEYS}
        if not fields:
            return Translation(None, reason="no field the server keeps")
        body = {"fields": fields}
    elif op_type == "file.attach":
        name = p.get("filename") or ""
        if validate_file_name(name):
            name = f"{p.get('sha256', 'file')[:16]}.bin"
        body = {"sha256": p.get("sha256"), "role": FILE_ROLES.get(p.get("role", ""), "attachment"), "name": name,
                "media_type": p.get("mime") or "application/octet-stream", "size": p.get("size")}
        blobs = [p.get("sha256")]
    elif op_type == "registration.register":
        code = p.get("journal", "")
        journal_id = lookup.journal_ids.get(code)
        if not journal_id:
            return Translation(None, reason=f"journal {code} is not known to the server")
        body = {"journal_id": journal_id, "date": p.get("reg_date") or dt.date.today().isoformat()}
        body.update(_registration_card(p))
        block_id = None if p.get("provisional") else lookup.block_for(code, p.get("seq"))
        if p.get("provisional"):
            body.update(mode="provisional", provisional_number=str(p.get("number", ""))[:64])
        elif block_id:
            body.update(mode="block", block_id=block_id, seq=p.get("seq"))
        else:
            body.update(mode="server")  # a number this desk gave as its own authority: the server numbers it
    elif op_type == "document.status":
        if p.get("status") == "archived":
            op_type, body = "document.archive", {}
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


def server_instant(value: Any) -> dt.datetime | None:
    """An ISO 8601 instant from the server as naive UTC (how the store keeps times); None if unreadable."""
    if not isinstance(value, str):
        return None
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t.astimezone(dt.timezone.utc).replace(tzinfo=None) if t.tzinfo else t
