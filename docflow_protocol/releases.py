"""Release notices (docs/protocol.md §13): which Docflow version is newest for a platform.

The server only *tells* a workstation that a newer version exists, with its release notes and
where to get it; the client never downloads or runs anything by itself.
"""
from __future__ import annotations

import re

RELEASES_PATH = "/v1/releases/latest"
#: Platform names, as ``<os>-<machine>``: the Linux bundle/.deb/AppImage and the Windows installer.
PLATFORMS = ("linux-x86_64", "linux-aarch64", "windows-x64")
NOTES_LANGUAGES = ("az", "ru", "en")
MAX_NOTES_CHARS = 4000
MAX_URL_CHARS = 500
#: Error code (503) when the server's release list cannot be read; the client just tries later.
RELEASES_UNAVAILABLE = "releases_unavailable"
_VERSION = re.compile(r"^(0|[1-9][0-9]{0,5})(\.(0|[1-9][0-9]{0,5})){1,3}$")


def is_version(text: object) -> bool:
    """True for a plain dotted version of 2 to 4 numbers (``0.1``, ``1.4.2``), nothing else."""
    return isinstance(text, str) and bool(_VERSION.match(text))


def version_key(text: str) -> tuple[int, ...]:
    """Comparable form of a version (``1.10.0`` > ``1.9.3``; missing parts count as 0)."""
    if not is_version(text):
        raise ValueError(f"not a version: {text!r}")
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (4 - len(parts)))


def is_newer(candidate: str, current: str) -> bool:
    return version_key(candidate) > version_key(current)
