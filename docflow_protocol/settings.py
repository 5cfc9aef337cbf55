"""The institution's signing settings, delivered by the server (``GET /v1/institution/settings``).

Every desk of an institution checks and completes signatures against the same trust roots, asks
the same timestamp service (RFC 3161) and fetches revocation data (OCSP / CRL) -- or not -- alike;
the server hands these out with the rest of the institution's configuration, so nobody edits a
settings file by hand (docs/protocol.md §4). The client keeps a local override (its Settings).
"""
from __future__ import annotations

from typing import Any

#: Path of the settings, relative to the server root.
INSTITUTION_SETTINGS_PATH = "/v1/institution/settings"
#: Largest trust-root bundle (PEM) the server keeps and the client accepts.
MAX_TRUST_ROOTS_PEM = 256 * 1024
PEM_CERTIFICATE = "-----BEGIN CERTIFICATE-----"

#: ``{"signing": {...}}``: the keys and their defaults (nothing configured; revocation data fetched).
SIGNING_DEFAULTS: dict[str, Any] = {"trust_roots_pem": "", "tsa_url": "", "revocation_fetch": True}


def signing_problems(signing: Any) -> list[str]:
    """What is wrong with a ``signing`` object (empty: usable). The server checks what it stores with
    it, the client what it receives."""
    if not isinstance(signing, dict):
        return ["signing must be an object"]
    out = []
    unknown = sorted(set(signing) - set(SIGNING_DEFAULTS))
    if unknown:
        out.append(f"unknown signing settings: {', '.join(unknown)}")
    pem = signing.get("trust_roots_pem", "")
    if not isinstance(pem, str) or len(pem) > MAX_TRUST_ROOTS_PEM or (pem.strip() and PEM_CERTIFICATE not in pem):
        out.append("trust_roots_pem must be PEM certificates (at most 256 KiB)")
    tsa = signing.get("tsa_url", "")
    if not isinstance(tsa, str) or len(tsa) > 2000 or (tsa and not tsa.startswith(("https://", "http://"))):
        out.append("tsa_url must be an http(s) address")
    if not isinstance(signing.get("revocation_fetch", True), bool):
        out.append("revocation_fetch must be true or false")
    return out


def signing_settings(stored: Any) -> dict[str, Any]:
    """``stored`` completed with the defaults (what the server answers)."""
    out = dict(SIGNING_DEFAULTS)
    if isinstance(stored, dict):
        out.update({k: v for k, v in stored.items() if k in SIGNING_DEFAULTS})
    return out
