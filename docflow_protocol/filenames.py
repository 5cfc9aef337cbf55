"""File names and digests as the protocol takes them: a SHA-256 in lower-case hex, a UUID in
canonical form, and a file name that is safe to show and to save on Windows and Linux alike.
Standard library only."""
from __future__ import annotations

import re
from typing import Any, Optional

from docflow_protocol.constants import LIMITS
from docflow_protocol.validators import is_canonical_uuid

_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


def is_sha256_hex(value: Any) -> bool:
    """True if value is a lower-case 64-character hex SHA-256 digest."""
    return isinstance(value, str) and bool(_SHA256_RE.match(value))


#: Names Windows reserves for devices, whatever the extension (``CON.pdf`` opens the console).
_WINDOWS_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                               *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10)),
                               "COM\u00b9", "COM\u00b2", "COM\u00b3", "LPT\u00b9", "LPT\u00b2", "LPT\u00b3"})
#: Characters that reorder or hide text (a name ``invoice\u202efdp.exe`` shows as ``invoiceexe.pdf``).
_BIDI_AND_INVISIBLE = frozenset("\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                "\u2060\u2066\u2067\u2068\u2069\ufeff")
_WINDOWS_FORBIDDEN = frozenset('<>:"|?*')


def validate_file_name(name: Any) -> Optional[str]:
    """Return a reason string if ``name`` is not a plain file name, else None.

    A plain name is safe to show and to save on Windows and Linux alike: no path separator,
    no control character (C0, DEL, C1), no bidirectional override or invisible formatting
    character, none of ``< > : " | ? *`` (``:`` would name an NTFS alternate data stream), no
    reserved device name (``CON``, ``NUL.txt``, ``COM1`` ...), no trailing dot or space.
    """
    if not isinstance(name, str) or not name.strip():
        return "must be a non-empty string"
    if len(name) > LIMITS.max_file_name_chars:
        return f"must be at most {LIMITS.max_file_name_chars} characters"
    if "/" in name or "\\" in name:
        return "must not contain a path separator"
    if name in (".", "..") or name.startswith(".."):
        return "must not be a relative path component"
    if any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in name):
        return "must not contain control characters"
    if any(0xD800 <= ord(c) <= 0xDFFF for c in name):
        return "must be valid Unicode text"
    if any(c in _BIDI_AND_INVISIBLE for c in name):
        return "must not contain bidirectional or invisible formatting characters"
    if re.match(r"^[A-Za-z]:", name):
        return "must not start with a drive letter"
    if any(c in _WINDOWS_FORBIDDEN for c in name):
        return 'must not contain any of < > : " | ? *'
    if name[-1] in ". ":
        return "must not end with a dot or a space"
    if name.split(".")[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        return "must not be a reserved device name (CON, PRN, AUX, NUL, COM1, LPT1 ...)"
    return None


def is_uuid(value: Any) -> bool:
    """True for a UUID in canonical form (lower-case 8-4-4-4-12); see ``is_canonical_uuid``."""
    return is_canonical_uuid(value)
