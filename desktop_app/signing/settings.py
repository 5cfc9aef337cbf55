"""Which trust roots, timestamp service and revocation policy this desk signs and checks with.

Two sources, the local one first (no pyHanko import here: the sync engine calls this on login):

* **the institution's**, delivered by the server with its configuration (``GET
  /v1/institution/settings``, :func:`apply_server`): the roots are kept as a PEM file in the
  profile (``trust/institution-roots.pem``; certificates are public), the rest in the settings as
  ``server_tsa_url`` / ``server_revocation_fetch``;
* **a local override** from Settings ▸ Signatures: ``trust_bundle`` (a PEM file's path), ``tsa_url``
  and ``revocation_fetch`` -- set only when this desk must differ.

A signature that could not be completed *only* because these were missing waits in the state
``needs_settings`` (never ``failed``); when the settings arrive or are changed it is due again
at once (:func:`settings_changed`).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import update

from desktop_app.db.models import Signature
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from desktop_app.signing.states import STATE_NEEDS_SETTINGS

log = logging.getLogger(__name__)

SERVER_ROOTS_FILE = Path("trust") / "institution-roots.pem"
#: Settings keys: the local override, and what the server delivered.
LOCAL_TRUST, LOCAL_TSA, LOCAL_REVOCATION = "trust_bundle", "tsa_url", "revocation_fetch"
SERVER_TSA, SERVER_REVOCATION, SERVER_ROOTS_SHA = "server_tsa_url", "server_revocation_fetch", "server_trust_roots_sha256"


def server_roots_path(ctx: Any) -> Path:
    return ctx.profile.root / SERVER_ROOTS_FILE


def tsa_url(ctx: Any) -> str:
    return ctx.settings.get(LOCAL_TSA) or ctx.settings.get(SERVER_TSA) or ""


def revocation_fetch(ctx: Any) -> bool:
    local = ctx.settings.get(LOCAL_REVOCATION)
    if local is not None:
        return bool(local)
    return bool(ctx.settings.get(SERVER_REVOCATION, True))


def trust_roots_source(ctx: Any) -> Path | None:
    """The PEM file the roots come from: the local override, else the institution's, else None."""
    local = ctx.settings.get(LOCAL_TRUST) or ""
    if local:
        return Path(local)
    delivered = server_roots_path(ctx)
    return delivered if delivered.is_file() else None


def read_trust_bundle(path: str | Path) -> bytes:
    """The bytes of a CA bundle file, or a clear error naming it."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(translate("Signing", "The trust bundle {path} cannot be read: {reason}").format(
            path=str(path), reason=exc.strerror or type(exc).__name__)) from None


def trust_roots(ctx: Any) -> bytes | None:
    """The trust roots (PEM bytes), or None when none are configured."""
    path = trust_roots_source(ctx)
    return None if path is None else read_trust_bundle(path)


def apply_server(ctx: Any, signing: dict) -> bool:
    """Keep the institution's settings (checked by ``docflow_protocol.answers``); True if anything changed."""
    import hashlib

    pem = signing.get("trust_roots_pem") or ""
    sha = hashlib.sha256(pem.encode()).hexdigest() if pem else ""
    changed = False
    path = server_roots_path(ctx)
    if sha != (ctx.settings.get(SERVER_ROOTS_SHA) or "") or (sha and not path.is_file()):
        if pem:
            path.parent.mkdir(parents=True, exist_ok=True)
            _atomic_write(path, pem.encode())
        elif path.exists():
            path.unlink()
        ctx.settings.set(SERVER_ROOTS_SHA, sha)
        changed = True
    for key, value in ((SERVER_TSA, signing.get("tsa_url") or ""), (SERVER_REVOCATION, bool(signing.get("revocation_fetch", True)))):
        if ctx.settings.get(key) != value:
            ctx.settings.set(key, value)
            changed = True
    if changed:
        log.info("signing settings from the server: trust roots %s, timestamp service %s",
                 "set" if pem else "none", "set" if signing.get("tsa_url") else "none")
        settings_changed(ctx)
    return changed


def _atomic_write(path: Path, data: bytes) -> None:
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".roots-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def settings_changed(ctx: Any) -> int:
    """Signatures that waited for settings are due again now; returns how many."""
    with ctx.db.write() as s:
        n = s.execute(update(Signature).where(Signature.upgrade_state == STATE_NEEDS_SETTINGS)
                      .values(next_attempt_at=None)).rowcount or 0
    signing = vars(ctx).get("signing")
    upgrader = getattr(signing, "_upgrader", None)
    if n and upgrader is not None:
        upgrader.trigger()
    return n
