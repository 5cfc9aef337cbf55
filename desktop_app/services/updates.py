"""Update notices: ask the circulation server whether a newer Docflow exists for this platform.

``ctx.updates.check()`` asks the configured server (the sync settings: address, this desk's
workstation id, the institution's CA bundle and pinned certificate) for the newest release for
this platform and returns an :class:`UpdateCheck` -- it only *tells*: the person reads the notes
and installs the new version themselves (docs/install.md); nothing is downloaded or run. The
window checks once after start and then daily, and announces each new version once.
"""
from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
from collections.abc import Callable
from typing import Any

from desktop_app import i18n
from desktop_app.errors import DocflowError
from desktop_app.i18n import translate
from desktop_app.services.types import UpdateCheck
from docflow_protocol.releases import MAX_NOTES_CHARS, MAX_URL_CHARS, is_newer, is_version

log = logging.getLogger(__name__)

NOTIFIED_KEY = "update_notified_version"
LAST_CHECK_KEY = "update_last_check"


def current_platform() -> str:
    """This computer's platform name as the protocol spells it (docflow_protocol.releases.PLATFORMS)."""
    machine = platform.machine().lower()
    if sys.platform == "win32":
        return "windows-x64"
    return "linux-" + {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def current_version() -> str:
    from desktop_app import __version__

    return __version__


class UpdateService:
    """Asks the server about newer versions; remembers which version was announced."""

    def __init__(self, ctx, client_factory: Callable[..., Any] | None = None):  # noqa: ANN001 - AppContext
        from desktop_app.sync.client import SyncClient

        self.ctx = ctx
        self._client_factory = client_factory or SyncClient

    def check(self) -> UpdateCheck:
        """Ask the server now (blocking, a few seconds at most on a slow link)."""
        from desktop_app.sync.client import SyncError

        current = current_version()
        s = self.ctx.settings
        url = (s.get("server_url") or "").strip()
        if not url:
            return UpdateCheck("no-server", current)
        try:
            client = self._client_factory(url, s.get("server_workstation_id") or self.ctx.workstation_id,
                                          ca_bundle=s.get("server_ca_bundle") or None,
                                          pinned_sha256=s.get("server_cert_sha256") or None)
            try:
                release = client.latest_release(current_platform())
            finally:
                client.close()
        except (SyncError, DocflowError) as exc:
            log.info("update check failed: %s", exc)
            return UpdateCheck("failed", current, message=str(exc))
        s.set(LAST_CHECK_KEY, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
        if release is None:
            return UpdateCheck("up-to-date", current)
        problem = _invalid(release)
        if problem:
            log.warning("update check: the server's release notice is invalid: %s", problem)
            return UpdateCheck("failed", current, message=translate(
                "Updates", "The server's release notice is invalid ({problem}).").format(problem=problem))
        if not is_newer(release["version"], current):
            return UpdateCheck("up-to-date", current)
        return UpdateCheck("available", current, release["version"], str(release.get("published") or ""),
                           _pick_notes(release.get("notes") or {}), release.get("download_url") or "")

    def should_announce(self, result: UpdateCheck) -> bool:
        """True the first time a given newer version is seen (the person is told once per version)."""
        return result.available and self.ctx.settings.get(NOTIFIED_KEY) != result.version

    def mark_announced(self, result: UpdateCheck) -> None:
        self.ctx.settings.set(NOTIFIED_KEY, result.version)


def _invalid(release: dict) -> str:
    """Why the release notice cannot be shown, or '' (the server is checked like everything it sends)."""
    if not is_version(release.get("version")):
        return "version"
    notes = release.get("notes") or {}
    if not isinstance(notes, dict) or any(not isinstance(v, str) or len(v) > MAX_NOTES_CHARS for v in notes.values()):
        return "notes"
    url = release.get("download_url")
    if url is not None and (not isinstance(url, str) or len(url) > MAX_URL_CHARS or not url.startswith("https://")):
        return "download_url"
    return ""


def _pick_notes(notes: dict[str, str]) -> str:
    """The notes in the interface language, else English, else any."""
    for lang in (i18n.current_language(), "en"):
        if notes.get(lang):
            return notes[lang]
    return next((v for v in notes.values() if v), "")
