"""The states both sides keep for a document, its route and its dispatches, and how they move.

The server applies these transitions (``circulation_server/domain.py``); the client reads them
back from document states (``desktop_app/routing/remote.py``, ``desktop_app/sync/apply.py``).
Nothing here knows the client's own words (``in_route``, ``declined``...): the client maps its
words onto these in one place each (``desktop_app/routing/steps.py``, ``desktop_app/sync/mapping.py``).
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional

from docflow_protocol.constants import LIMITS, DocumentStatus, ReceiptStatus, StepAction, _StrEnum
from docflow_protocol.ops import OpType


# ------------------------------------------------------------------------------ documents
#: The fields of a document's ``fields`` object both sides know by name (any other key is kept as sent).
DOCUMENT_FIELDS = ("subject", "summary", "confidentiality")
#: A letter made from a template (an outgoing letter, an internal memo) travels in its document's ``fields``,
#: so that every desk offers its addressee and makes it again with its number when it is registered there:
#: its template as ``letter_kind``, each of these fields as ``letter_<name>`` (a value longer than one field
#: may hold, the body, in parts: ``letter_body``, ``letter_body_2``, ...). The server keeps them as sent.
LETTER_FIELDS = ("institution", "institution_address", "addressee", "addressee_address", "subject", "body",
                 "signer_title", "signer_name", "reply_to_number", "reply_to_date", "attachments", "number", "date")
LETTER_KIND = "letter_kind"
_LETTER = "letter_"


def letter_fields(kind: str, fields: Mapping[str, Any]) -> dict[str, str]:
    """The document fields that carry letter ``kind`` made with ``fields`` (empty ones left out)."""
    size = LIMITS.max_field_chars
    out = {LETTER_KIND: kind}
    for name in LETTER_FIELDS:
        value = str(fields.get(name) or "")
        for n, start in enumerate(range(0, len(value), size), start=1):
            out[_LETTER + name + (f"_{n}" if n > 1 else "")] = value[start:start + size]
    return out


def letter_of(fields: Mapping[str, Any]) -> tuple[str, dict[str, str]] | None:
    """(template, its fields) of the letter a document's ``fields`` carry, or None (not a letter)."""
    kind = fields.get(LETTER_KIND)
    if not isinstance(kind, str) or not kind:
        return None
    out = {}
    for name in LETTER_FIELDS:
        parts, key = [], _LETTER + name
        while isinstance(fields.get(key), str):
            parts.append(fields[key])
            key = f"{_LETTER}{name}_{len(parts) + 1}"
        if parts:
            out[name] = "".join(parts)
    return kind, out


def is_letter_field(key: str) -> bool:
    """Whether document field ``key`` carries part of a letter (:func:`letter_fields`)."""
    return key == LETTER_KIND or key.startswith(_LETTER)


class Confidentiality(_StrEnum):
    """Values of ``fields.confidentiality``."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"


CONFIDENTIALITY_LEVELS = tuple(c.value for c in Confidentiality)

#: What an applied op does to a document's ``status``: op type -> (statuses it applies to, new status);
#: ``None`` = from any status. Other op types leave the status as it is.
STATUS_AFTER_OP: dict[str, tuple[Optional[frozenset[str]], str]] = {
    OpType.REGISTRATION_REGISTER.value: (frozenset({DocumentStatus.DRAFT.value, DocumentStatus.RECEIVED.value}),
                                         DocumentStatus.REGISTERED.value),
    OpType.DOCUMENT_DISPATCH.value: (None, DocumentStatus.DISPATCHED.value),
    OpType.DOCUMENT_ARCHIVE.value: (None, DocumentStatus.ARCHIVED.value),
}


def status_after(op_type: str, status: str) -> str:
    """The document status after an applied op of ``op_type`` on a document in ``status``."""
    rule = STATUS_AFTER_OP.get(op_type)
    if rule is None:
        return status
    sources, new = rule
    return new if sources is None or status in sources else status


# --------------------------------------------------------------------------------- routes
class StepState(_StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"            # declined: the route stops until a route.set adds new steps
    RETURNED = "returned"            # sent back for rework: the route stops likewise
    DONE = "done"
    ACKNOWLEDGED = "acknowledged"


class RouteState(_StrEnum):
    NONE = "none"                    # no steps
    ACTIVE = "active"                # a step is pending
    COMPLETED = "completed"          # every step acted on, the latest decision positive
    REJECTED = "rejected"            # the latest decision was a reject
    RETURNED = "returned"            # the latest decision was a return


#: Where each ``route.step_act`` action takes the pending step.
STEP_STATE_AFTER: dict[str, str] = {
    StepAction.APPROVE.value: StepState.APPROVED.value,
    StepAction.REJECT.value: StepState.REJECTED.value,
    StepAction.RETURN.value: StepState.RETURNED.value,
    StepAction.DONE.value: StepState.DONE.value,
    StepAction.ACKNOWLEDGE.value: StepState.ACKNOWLEDGED.value,
}
#: Step states that stop the route, and the route state each leaves.
STOPPED_ROUTE: dict[str, str] = {
    StepState.REJECTED.value: RouteState.REJECTED.value,
    StepState.RETURNED.value: RouteState.RETURNED.value,
}


def active_order(steps: Iterable[Mapping[str, Any]]) -> Optional[int]:
    """The ``order`` whose pending steps may be acted on now (the lowest pending one), or None."""
    pending = [st.get("order") for st in steps if st.get("state") == StepState.PENDING.value
               and isinstance(st.get("order"), int)]
    return min(pending) if pending else None


def route_state(steps: Iterable[Mapping[str, Any]]) -> str:
    """A route's state from its steps: active while a step is pending, else the latest decision counts
    (a decline followed by a re-endorsement is history)."""
    steps = list(steps)
    if not steps:
        return RouteState.NONE.value
    if any(st["state"] == StepState.PENDING.value for st in steps):
        return RouteState.ACTIVE.value
    last = max(steps, key=lambda st: (st.get("acted_at") or "", st["state"] in STOPPED_ROUTE))
    return STOPPED_ROUTE.get(last["state"], RouteState.COMPLETED.value)


# ----------------------------------------------------------------------------- dispatches
class DispatchStatus(_StrEnum):
    """Where one recipient of a dispatch stands; moves forward only (``DISPATCH_RANK``)."""

    SENT = "sent"
    DELIVERED = ReceiptStatus.DELIVERED.value
    REGISTERED = ReceiptStatus.REGISTERED.value
    REFUSED = ReceiptStatus.REFUSED.value


DISPATCH_RANK: dict[str, int] = {
    DispatchStatus.SENT.value: 0, DispatchStatus.DELIVERED.value: 1,
    DispatchStatus.REGISTERED.value: 2, DispatchStatus.REFUSED.value: 2,
}
#: The answers a recipient gives with ``dispatch.acknowledge``.
ACKNOWLEDGEMENTS = (ReceiptStatus.REGISTERED.value, ReceiptStatus.REFUSED.value)
