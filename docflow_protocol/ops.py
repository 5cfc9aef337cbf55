"""Operation types, their payload shapes, role rules and pure validators (stdlib only)."""
from __future__ import annotations

import re
from enum import Enum
from typing import Any, Optional, TypedDict

from docflow_protocol.validators import (
    MAX_INT64,
    MAX_SAFE_INTEGER,
    is_media_type,
)
from docflow_protocol.filenames import is_sha256_hex, is_uuid, validate_file_name  # noqa: F401 - re-exported
from docflow_protocol.constants import (
    DOCUMENT_KINDS,
    LIMITS,
    FileRole,
    ReceiptStatus,
    RegistrationMode,
    Role,
    SignatureLevel,
    StepAction,
    StepKind,
)
from docflow_protocol.dates import is_date as _is_date
from docflow_protocol.chancellery import (
    APPEAL_ACTIONS, APPEAL_EXTENSION_MAX_DAYS, AppealAction, ExtensionState, appeal_problems, text_problem,
)
from docflow_protocol.fileplan import DISPOSAL_DECIDE_ROLES, DISPOSAL_DECISIONS, DISPOSAL_PROPOSE_ROLES
from docflow_protocol.registration import CARD_FIELDS, NUMBER_MAX_CHARS, REGISTRATION_CHANNELS  # noqa: F401 - re-exported


class OpType(str, Enum):
    DOCUMENT_CREATE = "document.create"
    DOCUMENT_UPDATE = "document.update"
    FILE_ATTACH = "file.attach"
    REGISTRATION_REGISTER = "registration.register"
    RESOLUTION_CREATE = "resolution.create"
    RESOLUTION_UPDATE = "resolution.update"
    ROUTE_SET = "route.set"
    ROUTE_STEP_ACT = "route.step_act"
    SIGNATURE_ADD = "signature.add"
    SIGNATURE_UPGRADE = "signature.upgrade"
    DOCUMENT_DISPATCH = "document.dispatch"
    DISPATCH_ACKNOWLEDGE = "dispatch.acknowledge"
    DOCUMENT_ARCHIVE = "document.archive"
    DOCUMENT_LINK_REPLY = "document.link_reply"
    CONTROL_REMOVE = "control.remove"
    CONTROL_EXTENSION_REQUEST = "control.extension_request"
    CONTROL_EXTENSION_DECIDE = "control.extension_decide"
    APPEAL_ACT = "appeal.act"
    DISPOSAL_PROPOSE = "disposal.propose"
    DISPOSAL_DECIDE = "disposal.decide"


ALL_OP_TYPES = tuple(t.value for t in OpType)

#: Op types that may carry ``base_version: null`` (they commute with concurrent edits).
#: All other types need ``base_version`` equal to the document's current version.
COMMUTATIVE_OP_TYPES = frozenset({
    OpType.FILE_ATTACH.value,
    OpType.RESOLUTION_CREATE.value,
    OpType.ROUTE_STEP_ACT.value,
    OpType.SIGNATURE_ADD.value,
    OpType.SIGNATURE_UPGRADE.value,
    OpType.DISPATCH_ACKNOWLEDGE.value,
    OpType.DOCUMENT_LINK_REPLY.value,
    OpType.CONTROL_REMOVE.value,
    OpType.CONTROL_EXTENSION_REQUEST.value,
    OpType.CONTROL_EXTENSION_DECIDE.value,
    OpType.APPEAL_ACT.value,
    OpType.DISPOSAL_PROPOSE.value,
    OpType.DISPOSAL_DECIDE.value,
})

#: Op types whose effect on the document a pushing desk holds entirely once it has the push's
#: answer: the op's own payload, plus the ``version`` and ``result`` (a registration's number) the
#: answer gives. The feed may leave their changes out for the desk that pushed them (``FEED_OWN_FROM``).
ECHO_FREE_OP_TYPES = frozenset({
    OpType.DOCUMENT_CREATE.value,
    OpType.DOCUMENT_UPDATE.value,
    OpType.FILE_ATTACH.value,
    OpType.REGISTRATION_REGISTER.value,
})

_ANY = frozenset(r.value for r in Role)

#: The values of the enumerations the validators check against (built once: iterating an Enum
#: costs more than the rest of a check).
_DOCUMENT_KINDS = frozenset(DOCUMENT_KINDS)
_FILE_ROLES = frozenset(x.value for x in FileRole)
_REGISTRATION_MODES = frozenset(x.value for x in RegistrationMode)
_STEP_KINDS = frozenset(x.value for x in StepKind)
_STEP_ACTIONS = frozenset(x.value for x in StepAction)
_SIGNATURE_LEVELS = frozenset(x.value for x in SignatureLevel)
_OFFICE = frozenset({Role.CLERK.value, Role.HEAD.value, Role.ADMIN.value})
_SIGNERS = frozenset({Role.HEAD.value, Role.ADMIN.value})

#: Roles allowed to submit each op type (the user needs at least one of them).
#: route.step_act is additionally allowed to the step's assignee whatever their role,
#: except that acting on a "sign" step needs a signing role. route.set is allowed to office
#: roles and to the document's creator (an executor routing their own draft).
OP_ROLES: dict[str, frozenset[str]] = {
    OpType.DOCUMENT_CREATE.value: _ANY,
    OpType.DOCUMENT_UPDATE.value: _ANY,
    OpType.FILE_ATTACH.value: _ANY,
    OpType.REGISTRATION_REGISTER.value: _OFFICE,
    OpType.RESOLUTION_CREATE.value: _SIGNERS,
    OpType.RESOLUTION_UPDATE.value: _SIGNERS,
    OpType.ROUTE_SET.value: _ANY,
    OpType.ROUTE_STEP_ACT.value: _SIGNERS,
    OpType.SIGNATURE_ADD.value: _SIGNERS,
    OpType.SIGNATURE_UPGRADE.value: _ANY,
    OpType.DOCUMENT_DISPATCH.value: _OFFICE,
    OpType.DISPATCH_ACKNOWLEDGE.value: _OFFICE,
    OpType.DOCUMENT_ARCHIVE.value: _OFFICE,
    OpType.DOCUMENT_LINK_REPLY.value: _ANY,
    # control: the server also checks the person (the resolution's author; its executors for a request)
    OpType.CONTROL_REMOVE.value: _SIGNERS,
    OpType.CONTROL_EXTENSION_REQUEST.value: _ANY,
    OpType.CONTROL_EXTENSION_DECIDE.value: _SIGNERS,
    OpType.APPEAL_ACT.value: _OFFICE,
    # disposal: one op per document of the act; the server also checks the retention by its file plan
    OpType.DISPOSAL_PROPOSE.value: DISPOSAL_PROPOSE_ROLES,
    OpType.DISPOSAL_DECIDE.value: DISPOSAL_DECIDE_ROLES,
}
SIGNING_ROLES = _SIGNERS
OFFICE_ROLES = _OFFICE
#: Signature levels in upgrade order (an upgrade never goes down).
SIGNATURE_LEVEL_ORDER = ("B-B", "B-T", "B-LT")


class Operation(TypedDict):
    op_id: str                     # client-made UUID; the idempotency key
    doc_id: str                    # client-made UUID of the document
    type: str                      # one of ALL_OP_TYPES
    base_version: Optional[int]    # 0 for document.create; null allowed for commutative types
    payload: dict[str, Any]
    blobs: list[str]               # sha256 hex of every file the op refers to
    created_at: str                # client clock, ISO 8601 (informational)


class ErrorBody(TypedDict, total=False):
    code: str
    message: str
    details: Any
    current: Optional[dict]        # document state, for conflicts


class OpResult(TypedDict, total=False):
    op_id: str
    doc_id: str
    status: str                    # OpStatus
    version: Optional[int]         # document version after the op (applied) or now (conflict)
    seq: Optional[int]             # change-feed sequence of the applied op
    result: dict[str, Any]         # type-specific output, e.g. the final registration number
    error: ErrorBody
    replayed: bool                 # true when this op_id was decided earlier


class Change(TypedDict, total=False):
    seq: int
    kind: str                      # ChangeKind
    doc_id: str
    version: int
    op_id: Optional[str]
    op_type: Optional[str]
    actor: Optional[dict]          # {"user_id", "username", "workstation_id"} or null (server)
    at: str
    document: dict                 # full document state after this change
    receipt: Optional[dict]        # for kind == "receipt"


# --------------------------------------------------------------------------- validation helpers

_FIELD_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_REGISTRY_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")


class _V:
    """Collects (path, message) problems for one payload."""

    def __init__(self, payload: dict, prefix: str):
        self.p = payload
        self.prefix = prefix
        self.errors: list[tuple[str, str]] = []

    def err(self, key: str, msg: str) -> None:
        self.errors.append((f"{self.prefix}.{key}" if key else self.prefix, msg))

    def get(self, key: str, required: bool = True):
        if key not in self.p or self.p[key] is None:
            if required:
                self.err(key, "is required")
            return None
        return self.p[key]

    def string(self, key, required=True, max_len=LIMITS.max_field_chars, choices=None):
        v = self.get(key, required)
        if v is None:
            return None
        if not isinstance(v, str):
            self.err(key, "must be a string")
            return None
        if len(v) > max_len:
            self.err(key, f"must be at most {max_len} characters")
        if choices is not None and v not in choices:
            self.err(key, "must be one of " + ", ".join(sorted(choices)))
        return v

    def uuid(self, key, required=True):
        v = self.get(key, required)
        if v is not None and not is_uuid(v):
            self.err(key, "must be a UUID in canonical form (lower-case 8-4-4-4-12 hex)")
        return v

    def ident(self, key, required=True):
        v = self.get(key, required)
        if v is not None and not (isinstance(v, str) and _ID_RE.match(v)):
            self.err(key, "must be an identifier string")
        return v

    def date(self, key, required=True):
        v = self.get(key, required)
        if v is not None and not _is_date(v):
            self.err(key, "must be a date YYYY-MM-DD")
        return v

    def integer(self, key, required=True, minimum=None, maximum=MAX_INT64):
        v = self.get(key, required)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int):
            self.err(key, "must be an integer")
            return None
        if minimum is not None and v < minimum:
            self.err(key, f"must be >= {minimum}")
        if maximum is not None and v > maximum:
            self.err(key, f"must be <= {maximum}")
        return v

    def sha(self, key, required=True):
        v = self.get(key, required)
        if v is not None and not is_sha256_hex(v):
            self.err(key, "must be a lower-case hex SHA-256 digest")
        return v

    def only(self, allowed: set[str]) -> None:
        for k in self.p:
            if k not in allowed:
                self.err(k, "is not a known field")


def _fields(v: _V, required_subject: bool) -> None:
    fields = v.get("fields")
    if fields is None:
        return
    if not isinstance(fields, dict):
        v.err("fields", "must be an object")
        return
    if not fields:
        v.err("fields", "must not be empty")
    if len(fields) > LIMITS.max_fields:
        v.err("fields", f"must have at most {LIMITS.max_fields} keys")
    for key, val in fields.items():
        if not _FIELD_KEY_RE.match(key):
            v.err(f"fields.{key}", "key must match [a-z][a-z0-9_]*")
        elif val is not None and (isinstance(val, (dict, list)) or not isinstance(val, (str, int, float, bool))):
            v.err(f"fields.{key}", "must be a string, number, boolean or null")
        elif isinstance(val, str) and len(val) > LIMITS.max_field_chars:
            v.err(f"fields.{key}", f"must be at most {LIMITS.max_field_chars} characters")
        elif isinstance(val, int) and not isinstance(val, bool) and abs(val) > MAX_SAFE_INTEGER:
            v.err(f"fields.{key}", f"must be an integer of at most {MAX_SAFE_INTEGER} in size")
    if required_subject:
        subj = fields.get("subject")
        if not isinstance(subj, str) or not subj.strip():
            v.err("fields.subject", "is required (non-empty string)")


def _check_create(v: _V) -> None:
    v.only({"kind", "fields"})
    v.string("kind", choices=_DOCUMENT_KINDS)
    _fields(v, required_subject=True)


def _check_update(v: _V) -> None:
    v.only({"fields"})
    _fields(v, required_subject=False)


def _check_attach(v: _V) -> None:
    v.only({"sha256", "role", "name", "media_type", "size"})
    v.sha("sha256")
    v.string("role", choices=_FILE_ROLES)
    name = v.string("name", max_len=10_000)
    if name is not None:
        reason = validate_file_name(name)
        if reason:
            v.err("name", reason)
    media_type = v.string("media_type", max_len=255)
    if media_type is not None and not is_media_type(media_type):
        v.err("media_type", "must be a media type token such as application/pdf")
    v.integer("size", minimum=0, maximum=LIMITS.max_file_size)


def _check_register(v: _V) -> None:
    v.only({"journal_id", "mode", "date", "block_id", "seq", "provisional_number", "appeal"} | {f.name for f in CARD_FIELDS})
    if v.p.get("appeal") is not None:  # the applicant's card, for an appeal journal (docflow_protocol.chancellery)
        for key, reason in appeal_problems(v.p["appeal"]):
            v.err(f"appeal.{key}" if key else "appeal", reason)
    v.ident("journal_id")
    mode = v.string("mode", choices=_REGISTRATION_MODES)
    v.date("date")
    # The registration card (every field optional): docflow_protocol.registration.CARD_FIELDS.
    for f in CARD_FIELDS:
        value = v.get(f.name, required=False)
        if value is not None:
            reason = f.problem(value)
            if reason:
                v.err(f.name, reason)
    if mode == RegistrationMode.BLOCK.value:
        v.ident("block_id")
        v.integer("seq", minimum=1)
    elif mode == RegistrationMode.PROVISIONAL.value:
        v.string("provisional_number", max_len=NUMBER_MAX_CHARS)
    if mode != RegistrationMode.BLOCK.value:
        for k in ("block_id", "seq"):
            if v.p.get(k) is not None:
                v.err(k, "only allowed with mode 'block'")


def _check_resolution(v: _V) -> None:
    v.only({"resolution_id", "executor_user_id", "co_executor_user_ids", "deadline", "text", "control"})
    v.uuid("resolution_id")
    v.ident("executor_user_id")
    co = v.get("co_executor_user_ids", required=False)
    if co is not None and not (isinstance(co, list) and all(isinstance(x, str) and _ID_RE.match(x) for x in co)):
        v.err("co_executor_user_ids", "must be a list of user ids")
    v.date("deadline", required=False)
    v.string("text", max_len=LIMITS.max_text_chars)
    if v.p.get("control") is not None and not isinstance(v.p["control"], bool):
        v.err("control", "must be true or false")


def _check_resolution_update(v: _V) -> None:
    keys = {"executor_user_id", "co_executor_user_ids", "deadline", "text", "control"}
    v.only({"resolution_id"} | keys)
    v.uuid("resolution_id")
    if not keys & set(v.p):
        v.err("", "must change at least one of " + ", ".join(sorted(keys)))
    if "executor_user_id" in v.p:
        v.ident("executor_user_id")
    co = v.p.get("co_executor_user_ids")
    if co is not None and not (isinstance(co, list) and all(isinstance(x, str) and _ID_RE.match(x) for x in co)):
        v.err("co_executor_user_ids", "must be a list of user ids")
    v.date("deadline", required=False)   # null clears the deadline
    if "text" in v.p:
        v.string("text", max_len=LIMITS.max_text_chars)
    if v.p.get("control") is not None and not isinstance(v.p["control"], bool):
        v.err("control", "must be true or false")


def _check_route_set(v: _V) -> None:
    v.only({"steps"})
    steps = v.get("steps")
    if steps is None:
        return
    if not isinstance(steps, list):
        v.err("steps", "must be a list")
        return
    if len(steps) > LIMITS.max_route_steps:
        v.err("steps", f"must have at most {LIMITS.max_route_steps} items")
    seen: set = set()
    for i, step in enumerate(steps):
        if not isinstance(step, dict):
            v.err(f"steps[{i}]", "must be an object")
            continue
        sv = _V(step, f"{v.prefix}.steps[{i}]")
        sv.only({"step_id", "order", "kind", "assignee_user_id", "deadline", "days", "label"})
        sid = sv.uuid("step_id")
        if sid in seen:
            sv.err("step_id", "is duplicated")
        seen.add(sid)
        sv.integer("order", minimum=1, maximum=1000)
        sv.string("kind", choices=_STEP_KINDS)
        sv.ident("assignee_user_id")
        sv.date("deadline", required=False)
        sv.integer("days", required=False, minimum=0, maximum=LIMITS.max_step_days)  # the allowance in working days
        sv.string("label", required=False, max_len=LIMITS.max_step_label_chars)  # the step's name, as typed or templated
        v.errors.extend(sv.errors)


def _check_step_act(v: _V) -> None:
    v.only({"step_id", "action", "comment", "deadlines"})
    v.uuid("step_id")
    v.string("action", choices=_STEP_ACTIONS)
    v.string("comment", required=False, max_len=LIMITS.max_text_chars)
    # the deadlines of the steps this act started, counted from their allowance of working days
    started = v.get("deadlines", required=False)
    if started is None:
        return
    if not isinstance(started, list) or len(started) > LIMITS.max_route_steps:
        v.err("deadlines", f"must be a list of at most {LIMITS.max_route_steps} items")
        return
    for i, item in enumerate(started):
        if not isinstance(item, dict):
            v.err(f"deadlines[{i}]", "must be an object")
            continue
        dv = _V(item, f"{v.prefix}.deadlines[{i}]")
        dv.only({"step_id", "deadline"})
        dv.uuid("step_id")
        dv.date("deadline")
        v.errors.extend(dv.errors)


def _check_signature(v: _V) -> None:
    v.only({"signature_id", "sha256", "level", "signer_name", "certificate_sha256", "signed_at", "step_id"})
    v.uuid("signature_id")
    v.sha("sha256")
    v.string("level", choices=_SIGNATURE_LEVELS)
    v.string("signer_name", max_len=1000)
    v.sha("certificate_sha256", required=False)
    v.string("signed_at", max_len=64)
    v.uuid("step_id", required=False)


def _check_signature_upgrade(v: _V) -> None:
    v.only({"signature_id", "sha256", "level"})
    v.uuid("signature_id")
    v.sha("sha256")
    v.string("level", choices={SignatureLevel.B_T.value, SignatureLevel.B_LT.value})


def _check_dispatch(v: _V) -> None:
    v.only({"dispatch_id", "to", "files", "note"})
    v.uuid("dispatch_id")
    to = v.get("to")
    if to is not None:
        if not isinstance(to, list) or not to:
            v.err("to", "must be a non-empty list of registry codes")
        elif len(to) > LIMITS.max_recipients:
            v.err("to", f"must have at most {LIMITS.max_recipients} items")
        elif not all(isinstance(x, str) and _REGISTRY_RE.match(x) for x in to):
            v.err("to", "must contain registry codes")
        elif len(set(to)) != len(to):
            v.err("to", "must not repeat a registry code")
    files = v.get("files", required=False)
    if files is not None and not (isinstance(files, list) and all(is_sha256_hex(x) for x in files)):
        v.err("files", "must be a list of sha256 digests")
    v.string("note", required=False, max_len=LIMITS.max_text_chars)


def _check_ack(v: _V) -> None:
    v.only({"status", "registration_number", "reason"})
    v.string("status", choices={ReceiptStatus.REGISTERED.value, ReceiptStatus.REFUSED.value})
    v.string("registration_number", required=False, max_len=128)
    v.string("reason", required=False, max_len=LIMITS.max_text_chars)


def _check_archive(v: _V) -> None:
    v.only({"reason"})
    v.string("reason", required=False, max_len=LIMITS.max_text_chars)


def _note(v: _V, key: str, required: bool = True) -> None:
    reason = text_problem(v.p.get(key), required)
    if reason:
        v.err(key, reason)


def _check_link_reply(v: _V) -> None:
    v.only({"reply_to"})
    v.uuid("reply_to")


def _check_control_remove(v: _V) -> None:
    v.only({"resolution_id", "reason"})
    v.uuid("resolution_id")
    _note(v, "reason", required=False)


def _check_extension_request(v: _V) -> None:
    v.only({"request_id", "resolution_id", "new_deadline", "reason"})
    v.uuid("request_id")
    v.uuid("resolution_id")
    v.date("new_deadline")
    _note(v, "reason")


def _check_extension_decide(v: _V) -> None:
    v.only({"request_id", "resolution_id", "decision", "comment"})
    v.uuid("request_id")
    v.uuid("resolution_id")
    decision = v.string("decision", choices={ExtensionState.APPROVED.value, ExtensionState.REFUSED.value})
    _note(v, "comment", required=decision == ExtensionState.REFUSED.value)  # a refusal gives its reason


def _check_appeal_act(v: _V) -> None:
    v.only({"action_id", "action", "days", "new_deadline", "reason", "citizen_told_on", "to", "on", "repeated_of"})
    v.uuid("action_id")
    action = v.string("action", choices=set(APPEAL_ACTIONS))
    if action == AppealAction.EXTEND.value:
        v.integer("days", minimum=1, maximum=APPEAL_EXTENSION_MAX_DAYS)
        v.date("new_deadline")
        _note(v, "reason")
        v.date("citizen_told_on")
    elif action == AppealAction.FORWARD.value:
        _note(v, "to")
        v.date("on")
        v.date("citizen_told_on")
    elif action == AppealAction.REPEATED.value:
        _note(v, "repeated_of")
        _note(v, "reason", required=False)


def _check_disposal_propose(v: _V) -> None:
    v.only({"act_id"})
    v.uuid("act_id")


def _check_disposal_decide(v: _V) -> None:
    v.only({"act_id", "decision"})
    v.uuid("act_id")
    v.string("decision", choices=DISPOSAL_DECISIONS)


_CHECKERS = {
    OpType.DOCUMENT_CREATE.value: _check_create,
    OpType.DOCUMENT_UPDATE.value: _check_update,
    OpType.FILE_ATTACH.value: _check_attach,
    OpType.REGISTRATION_REGISTER.value: _check_register,
    OpType.RESOLUTION_CREATE.value: _check_resolution,
    OpType.RESOLUTION_UPDATE.value: _check_resolution_update,
    OpType.ROUTE_SET.value: _check_route_set,
    OpType.ROUTE_STEP_ACT.value: _check_step_act,
    OpType.SIGNATURE_ADD.value: _check_signature,
    OpType.SIGNATURE_UPGRADE.value: _check_signature_upgrade,
    OpType.DOCUMENT_DISPATCH.value: _check_dispatch,
    OpType.DISPATCH_ACKNOWLEDGE.value: _check_ack,
    OpType.DOCUMENT_ARCHIVE.value: _check_archive,
    OpType.DOCUMENT_LINK_REPLY.value: _check_link_reply,
    OpType.CONTROL_REMOVE.value: _check_control_remove,
    OpType.CONTROL_EXTENSION_REQUEST.value: _check_extension_request,
    OpType.CONTROL_EXTENSION_DECIDE.value: _check_extension_decide,
    OpType.APPEAL_ACT.value: _check_appeal_act,
    OpType.DISPOSAL_PROPOSE.value: _check_disposal_propose,
    OpType.DISPOSAL_DECIDE.value: _check_disposal_decide,
}


def validate_operation(op: Any, index: int = 0) -> list[tuple[str, str]]:
    """Check one operation's envelope and payload; return [(path, reason)], empty when valid.

    The path names the op by its index in the batch, e.g. ``ops[3].payload.fields.subject``.
    Unknown op types yield a single problem at ``ops[i].type`` starting with "unknown op type".
    """
    prefix = f"ops[{index}]"
    if not isinstance(op, dict):
        return [(prefix, "must be an object")]
    v = _V(op, prefix)
    v.only({"op_id", "doc_id", "type", "base_version", "payload", "blobs", "created_at"})
    v.uuid("op_id")
    v.uuid("doc_id")
    op_type = v.string("type", max_len=64)
    if op_type is not None and op_type not in _CHECKERS:
        return [(f"{prefix}.type", f"unknown op type {op_type[:64]!r}")]
    base = op.get("base_version")
    if base is None:
        if op_type is not None and op_type not in COMMUTATIVE_OP_TYPES:
            v.err("base_version", "is required for this op type")
    elif isinstance(base, bool) or not isinstance(base, int) or base < 0:
        v.err("base_version", "must be a non-negative integer")
    elif op_type == OpType.DOCUMENT_CREATE.value and base != 0:
        v.err("base_version", "must be 0 for document.create")
    blobs = op.get("blobs", [])
    if not isinstance(blobs, list) or not all(is_sha256_hex(b) for b in blobs):
        v.err("blobs", "must be a list of sha256 digests")
    created = op.get("created_at")
    if created is not None and not (isinstance(created, str) and len(created) <= 64):
        v.err("created_at", "must be an ISO 8601 string")
    payload = op.get("payload")
    if not isinstance(payload, dict):
        v.err("payload", "must be an object")
    elif op_type is not None:
        pv = _V(payload, f"{prefix}.payload")
        _CHECKERS[op_type](pv)
        v.errors.extend(pv.errors)
    return v.errors
