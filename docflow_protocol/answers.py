"""Validators of the server's answers (docs/protocol.md §3-§8), pure and shared.

The client runs every answer through one of these before it uses it; the server's tests run its
own answers through them, so the two sides agree on what a well-formed answer is. Each function
returns the checked value or raises :class:`InvalidAnswer` naming what is wrong in a few English
words (``"results[2].status is unknown"``); the client wraps that in a sentence for a person.
"""
from __future__ import annotations

from typing import Any, Sequence

from docflow_protocol.constants import LIMITS, ErrorCode, OpStatus
from docflow_protocol.fileplan import case_problem
from docflow_protocol.filenames import is_sha256_hex

#: Op result statuses a server may answer.
OP_STATUSES = frozenset(s.value for s in OpStatus)
#: Codes of a 401/403 that mean "log in again" (``forbidden_role`` does not: that request is not allowed).
LOG_IN_AGAIN = frozenset(c.value for c in (
    ErrorCode.UNAUTHENTICATED, ErrorCode.TOKEN_EXPIRED, ErrorCode.TOKEN_REVOKED, ErrorCode.WORKSTATION_MISMATCH,
    ErrorCode.BAD_CREDENTIALS, ErrorCode.WORKSTATION_DISABLED))
#: Bearer tokens are at least / at most this long.
TOKEN_MIN_CHARS, TOKEN_MAX_CHARS = 16, 512


class InvalidAnswer(ValueError):
    """The answer is not what the protocol says; ``str(exc)`` names what is wrong."""


def need(condition: bool, what: str) -> None:
    """Raise :class:`InvalidAnswer` (``what``) unless ``condition`` holds."""
    if not condition:
        raise InvalidAnswer(what)


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _listing(data: Any, key: str) -> list:
    need(isinstance(data, dict) and isinstance(data.get(key), list), f"{key} is not a list")
    return data[key]


# ------------------------------------------------------------------------------- documents
def document_state(doc: Any, where: str = "document") -> dict:
    """Check the parts of a document state (§5.2) a client relies on; return it."""
    need(isinstance(doc, dict), f"{where} is not an object")
    need(isinstance(doc.get("id"), str) and len(doc["id"]) <= 64, f"{where}.id is missing")
    need(is_int(doc.get("version")) and doc["version"] >= 0, f"{where}.version is not a number")
    need(isinstance(doc.get("fields", {}), dict), f"{where}.fields is not an object")
    files = doc.get("files", [])
    need(isinstance(files, list), f"{where}.files is not a list")
    for i, f in enumerate(files):
        need(isinstance(f, dict) and is_sha256_hex(f.get("sha256")), f"{where}.files[{i}].sha256 is not a SHA-256")
        need(is_int(f.get("size")) and 0 <= f["size"] <= LIMITS.max_file_size, f"{where}.files[{i}].size is out of range")
    for key in ("registration", "route", "origin"):
        need(doc.get(key) is None or isinstance(doc[key], dict), f"{where}.{key} is not an object")
    for key in ("resolutions", "signatures", "dispatches"):
        need(isinstance(doc.get(key, []), list), f"{where}.{key} is not a list")
    return doc


# ------------------------------------------------------------------------------------- ops
def op_result(r: Any, op: dict, i: int) -> dict:
    """One entry of ``POST /v1/ops``'s ``results``: it must answer ``op``."""
    need(isinstance(r, dict), f"results[{i}] is not an object")
    need(r.get("op_id") == op["op_id"], f"results[{i}] answers another operation")
    need(r.get("status") in OP_STATUSES, f"results[{i}].status is unknown")
    if r["status"] == OpStatus.APPLIED.value:
        need(is_int(r.get("version")), f"results[{i}].version is missing")
        need(isinstance(r.get("result", {}), dict), f"results[{i}].result is not an object")
    else:
        err = r.get("error")
        need(isinstance(err, dict) and isinstance(err.get("code"), str), f"results[{i}].error is missing")
        if r["status"] == OpStatus.CONFLICT.value and err.get("current") is not None:
            document_state(err["current"], f"results[{i}].error.current")
    return r


def op_results(data: Any, ops: Sequence[dict], by_place: bool = False) -> list[dict]:
    """The answer to ``POST /v1/ops``: one valid result per op sent, in order. ``by_place``: the push
    asked ``ids=0`` (docs/protocol.md §5): a result that names no op answers the op at its place
    (its ``op_id`` and ``doc_id`` are filled in from it); one that names one is checked as ever."""
    results = _listing(data, "results")
    need(len(results) == len(ops), "results do not match the operations sent")
    if by_place:
        results = [{"op_id": op["op_id"], "doc_id": op["doc_id"], **r} if isinstance(r, dict) and "op_id" not in r
                   else r for r, op in zip(results, ops)]
    return [op_result(r, op, i) for i, (r, op) in enumerate(zip(results, ops))]


# --------------------------------------------------------------------------------- changes
def change(c: Any, i: int) -> dict:
    """One entry of a changes page."""
    need(isinstance(c, dict), f"changes[{i}] is not an object")
    need(is_int(c.get("seq")), f"changes[{i}].seq is not a number")
    need(isinstance(c.get("kind"), str), f"changes[{i}].kind is missing")
    need(isinstance(c.get("doc_id"), str), f"changes[{i}].doc_id is missing")
    if c.get("document") is not None:
        document_state(c["document"], f"changes[{i}].document")
    need(c.get("receipt") is None or isinstance(c["receipt"], dict), f"changes[{i}].receipt is not an object")
    return c


def changes_page(data: Any, cursor: int, limit: int) -> tuple[list[dict], int, bool]:
    """The answer to ``GET /v1/changes?cursor=..&limit=..``: (changes, next_cursor, has_more)."""
    items = _listing(data, "changes")
    need(is_int(data.get("next_cursor")) and data["next_cursor"] >= cursor, "next_cursor went backwards")
    need(len(items) <= limit, "the page is longer than asked")
    changes = [change(c, i) for i, c in enumerate(items)]
    last = cursor
    for c in changes:
        need(c["seq"] > last, "changes are not in sequence order")
        last = c["seq"]
    return changes, data["next_cursor"], bool(data.get("has_more"))


# ----------------------------------------------------------------------- auth, directory
def login(data: Any, workstation_id: str) -> dict:
    """The answer to ``POST /v1/auth/login`` from ``workstation_id``."""
    need(isinstance(data, dict) and isinstance(data.get("token"), str)
         and TOKEN_MIN_CHARS <= len(data["token"]) <= TOKEN_MAX_CHARS, "login answer has no token")
    need(data.get("workstation_id") == workstation_id, "login answer names another workstation")
    need(isinstance(data.get("user"), dict) and isinstance(data.get("institution"), dict), "login answer lacks user")
    return data


def me(data: Any) -> dict:
    """The answer to ``GET /v1/auth/me``."""
    need(isinstance(data, dict) and isinstance(data.get("user"), dict), "me answer lacks user")
    return data


def journals(data: Any) -> list[dict]:
    """The answer to ``GET /v1/journals``."""
    items = _listing(data, "journals")
    for i, j in enumerate(items):
        need(isinstance(j, dict) and isinstance(j.get("id"), str) and isinstance(j.get("code"), str)
             and isinstance(j.get("format"), str), f"journals[{i}] is incomplete")
    return items


def institutions(data: Any) -> list[dict]:
    """The answer to ``GET /v1/institutions``."""
    return _listing(data, "institutions")


def institution_settings(data: Any) -> dict:
    """The answer to ``GET /v1/institution/settings``: the ``signing`` object, checked and completed."""
    from docflow_protocol.settings import signing_problems, signing_settings

    need(isinstance(data, dict) and isinstance(data.get("signing"), dict), "institution settings without signing")
    problems = signing_problems(data["signing"])
    need(not problems, "; ".join(problems))
    return signing_settings(data["signing"])


def users(data: Any) -> list[dict]:
    """The answer to ``GET /v1/users``."""
    return _listing(data, "users")


# --------------------------------------------------------------------------------- numbers
def block(data: Any, workstation_id: str) -> dict:
    """The answer to ``POST /v1/journals/{id}/blocks`` from ``workstation_id``."""
    need(isinstance(data, dict) and isinstance(data.get("block_id"), str), "block answer lacks block_id")
    need(is_int(data.get("start")) and is_int(data.get("end")) and 1 <= data["start"] <= data["end"],
         "block answer has a bad range")
    need(data.get("workstation_id") == workstation_id, "block answer names another workstation")
    need(is_int(data.get("year")), "block answer lacks its year")
    return data


def file_plan(data: Any) -> list[dict]:
    """The answer to ``GET /v1/file-plan``: the cases, each valid (``fileplan.case_problem``)."""
    cases = _listing(data, "cases")
    for c in cases:
        need(isinstance(c, dict) and isinstance(c.get("id"), str) and is_int(c.get("version"))
             and case_problem(c) is None, "file plan answer holds a malformed case")
    return cases


def blocks(data: Any) -> list[dict]:
    """The answer to ``GET /v1/number-blocks``."""
    return _listing(data, "blocks")
