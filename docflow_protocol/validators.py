"""Pure validators for what crosses the wire: ids, numbers in headers, media types, JSON values.

Both sides use them: the server refuses anything else at its edge with a 4xx and a documented
code (docs/protocol.md §2), the client checks what it builds and what it receives. Standard
library only.
"""
from __future__ import annotations

import math
import re
import uuid as _uuid
from typing import Any, Optional

#: Largest integer the protocol carries anywhere (ids, sequence numbers, sizes, cursors): int64.
MAX_INT64 = 2 ** 63 - 1
#: Largest integer a document ``fields`` value may hold (I-JSON: exact in every JSON parser).
MAX_SAFE_INTEGER = 2 ** 53 - 1

_CANONICAL_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
#: Ids the server makes (users, workstations, journals, number blocks): printable ASCII, no spaces.
_SERVER_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
#: A decimal header value: ASCII digits only (``str.isdigit`` also takes "²" and other scripts' digits).
_DECIMAL_RE = re.compile(r"^[0-9]{1,19}$")
# RFC 6838 restricted-name: type "/" subtype, no parameters.
_RESTRICTED_NAME = r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
_MEDIA_TYPE_RE = re.compile(rf"^{_RESTRICTED_NAME}/{_RESTRICTED_NAME}$")


def is_canonical_uuid(value: Any) -> bool:
    """True for a UUID in its one canonical text form: lower-case hex, 8-4-4-4-12, hyphens.

    ``{...}``, ``urn:uuid:...``, upper case or no hyphens are other spellings of the same UUID;
    the protocol refuses them so that one id (an op's idempotency key above all) has one text.
    """
    return isinstance(value, str) and bool(_CANONICAL_UUID_RE.match(value))


def canonical_uuid(value: Any) -> Optional[str]:
    """The canonical text of any spelling Python's ``uuid.UUID`` reads, or None if it is no UUID."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        return str(_uuid.UUID(value))
    except ValueError:
        return None


def is_server_id(value: Any) -> bool:
    """True for an id the server makes: ``[A-Za-z0-9][A-Za-z0-9._:-]*``, at most 128 characters."""
    return isinstance(value, str) and bool(_SERVER_ID_RE.match(value))


def parse_decimal(value: Any, maximum: int = MAX_INT64) -> Optional[int]:
    """A non-negative decimal integer written in ASCII digits, at most ``maximum``; None otherwise.

    Headers such as ``Upload-Length`` and ``Upload-Offset`` go through this: no sign, no spaces,
    no digits of other scripts, no more than 19 digits.
    """
    if not isinstance(value, str) or not _DECIMAL_RE.match(value):
        return None
    number = int(value)
    return number if number <= maximum else None


def is_media_type(value: Any) -> bool:
    """True for a media type token ``type/subtype`` (RFC 6838 names, no parameters)."""
    return isinstance(value, str) and bool(_MEDIA_TYPE_RE.match(value))


#: A character no protocol string may hold: NUL, or half of a surrogate pair on its own.
_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")


def _string_problem(text: str) -> Optional[str]:
    bad = _BAD_CHARACTER.search(text)
    if bad is None:
        return None
    if bad.group() == "\x00":
        return "contains a NUL character (U+0000)"
    return "contains a lone surrogate (not valid Unicode text)"


def _has_problem(value: Any) -> bool:
    """Whether ``json_value_problem`` would find anything (one pass, no paths built)."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str:
            if _BAD_CHARACTER.search(item):
                return True
        elif kind is dict:
            if any(not isinstance(k, str) or _BAD_CHARACTER.search(k) for k in item):
                return True
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
        elif kind is int:
            if abs(item) > MAX_INT64:
                return True
        elif kind is float:
            if not math.isfinite(item):
                return True
        elif kind is not bool and item is not None:
            return True  # not a parsed JSON value: let the full walk say what it is
    return False


def json_value_problem(value: Any, path: str = "body") -> Optional[tuple[str, str]]:
    """The first (path, reason) that makes a parsed JSON value unfit for the protocol, else None.

    Refused anywhere in a body, keys included: NUL characters, lone surrogates (``"\\ud800"``
    parses in Python but is no Unicode text), NaN and infinities (not JSON at all; ``1e400``
    parses to infinity) and integers beyond int64. (A quick pass first: the paths are built only
    for a value that has a problem -- every pushed op goes through here.)
    """
    if not _has_problem(value):
        return None
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            reason = _string_problem(item)
            if reason:
                return where, reason
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if abs(item) > MAX_INT64:
                return where, "is an integer beyond 64 bits"
        elif isinstance(item, float):
            if not math.isfinite(item):
                return where, "is not a finite number"
        elif isinstance(item, dict):
            for key, sub in item.items():
                reason = _string_problem(key) if isinstance(key, str) else None
                if reason:
                    return where, f"has a key that {reason}"
                stack.append((f"{where}.{key}", sub))
        elif isinstance(item, list):
            stack.extend((f"{where}[{i}]", sub) for i, sub in enumerate(item))
    return None


def parse_record_plan(value: Any, limits: tuple[int, int], most: int) -> Optional[list[tuple[int, int]]]:
    """``[(offset, size), ...]`` of an ``X-Docflow-Record-Plan`` header (``<size>@<offset>`` pairs,
    comma-separated, the first at offset 0, offsets rising), sizes kept within ``limits``; None for
    anything else (no header, more than ``most`` pairs, a number that is not one)."""
    if not isinstance(value, str) or not value or len(value) > most * 40:
        return None
    plan: list[tuple[int, int]] = []
    for pair in value.split(","):
        size, _, offset = pair.strip().partition("@")
        n, at = parse_decimal(size), parse_decimal(offset)
        if n is None or at is None or (at != 0 if not plan else at <= plan[-1][0]):
            return None
        plan.append((at, min(limits[1], max(limits[0], n))))
    return plan if len(plan) <= most else None


def format_record_plan(plan: list[tuple[int, int]]) -> str:
    """The header value of ``[(offset, size), ...]`` (see :func:`parse_record_plan`)."""
    return ",".join(f"{size}@{offset}" for offset, size in plan)
