"""The profile's settings a person may read and change (``docflow settings get|set|unset``), each
checked before it is saved so nobody has to edit settings.json by hand.

Known keys have their own check (a trust bundle must be a readable file of certificates, a
timestamping address an http(s) URL, ...). Any other key of :data:`~desktop_app.config.DEFAULT_SETTINGS`
is checked by the type of its default. Keys the program keeps for itself (this desk's id, the
server it logged in to, the window's geometry) are shown but not set here: ``docflow login`` sets
the server. Settings never hold secrets.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_app.config import BANDWIDTH_CAP, DEFAULT_SETTINGS
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate

#: Set by the program itself (login, first run, the window): read-only here.
INTERNAL = frozenset({"workstation_id", "current_user", "server_url", "server_workstation_id", "server_username",
                      "window", "scan_profiles",
                      # the institution's signing settings as the server delivered them (the local override is
                      # trust_bundle / tsa_url / revocation_fetch)
                      "server_tsa_url", "server_revocation_fetch", "server_trust_roots_sha256"})


def _bad(key: str, reason: str) -> InvalidInput:
    return InvalidInput(translate("Settings", "The setting {key} cannot take this value: {reason}").format(key=key, reason=reason))


def _pem_file(key: str, text: str) -> str:
    if not text:
        return ""
    path = Path(text).expanduser().resolve()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _bad(key, translate("Settings", "the file {path} cannot be read ({reason})").format(
            path=path, reason=exc.strerror or type(exc).__name__)) from None
    from desktop_app.signing.certs import load_pem_bundle
    from desktop_app.errors import SigningError

    try:
        load_pem_bundle(data)
    except SigningError as exc:
        raise _bad(key, translate("Settings", "{path}: {reason}").format(path=path, reason=exc)) from None
    return str(path)


def _url(key: str, text: str) -> str:
    if not text:
        return ""
    u = urlparse(text)
    if u.scheme not in ("http", "https") or not u.netloc:
        raise _bad(key, translate("Settings", "an address starting with http:// or https:// is needed"))
    return text


def _sha256(key: str, text: str) -> str:
    """The pinned certificate's fingerprint, read as ``docflow login --pin-sha256`` reads it."""
    from desktop_app.errors import SyncError
    from desktop_app.sync.tls import normalize_fingerprint

    if not text:
        return ""
    try:
        return normalize_fingerprint(text)
    except SyncError:
        raise _bad(key, translate("Settings", "a SHA-256 fingerprint is 64 hexadecimal digits")) from None


def _existing_file(key: str, text: str) -> str:
    if text and not Path(text).is_file():
        raise _bad(key, translate("Settings", "there is no file {path}").format(path=text))
    return text


def _existing_dir(key: str, text: str) -> str:
    if text and not Path(text).is_dir():
        raise _bad(key, translate("Settings", "there is no folder {path}").format(path=text))
    return text


def _language(key: str, text: str) -> str:
    if text not in ("", "az", "ru", "en"):
        raise _bad(key, translate("Settings", "choose az, ru, en (or nothing for the system's language)"))
    return text


def _time_zone(key: str, text: str) -> str:
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise _bad(key, translate("Settings", "{zone} is not a time zone (e.g. Asia/Baku)").format(zone=text)) from None
    return text


def _holidays(key: str, text: str) -> list[str]:
    """The institution's days off, read and stored as the working-day calendar reads them (one day
    ``YYYY-MM-DD`` / ``DD.MM.YYYY``, every year ``MM-DD`` / ``DD.MM``), as ``routing.set_holidays`` does."""
    from desktop_app.routing.calendar import canonical_entry, parse_holidays

    entries = [p.strip() for p in text.split(",") if p.strip()]
    parse_holidays(entries)  # a bad entry is refused by name
    return [canonical_entry(e) for e in entries]


#: The bandwidth cap's bounds (kbit/s): below this sync would hardly move; the top is a 1 Gbit/s line.
CAP_MIN_KBIT, CAP_MAX_KBIT = 8, 1_000_000


def _bandwidth_cap(key: str, text: str) -> int:
    """kbit/s each way the sync transfers may use; 0 (or nothing) for no cap."""
    value = _by_type(key, text or "0", 0)
    if value != 0 and not CAP_MIN_KBIT <= value <= CAP_MAX_KBIT:
        raise _bad(key, translate("Settings", "a cap is between {low} and {high} kbit/s (0 for no cap)").format(
            low=CAP_MIN_KBIT, high=CAP_MAX_KBIT))
    return value


CHECKS: dict[str, Callable[[str, str], Any]] = {
    "trust_bundle": _pem_file,
    "server_ca_bundle": _pem_file,
    "tsa_url": _url,
    "server_cert_sha256": _sha256,
    "pkcs11_module": _existing_file,
    "intake_watch_folder": _existing_dir,
    "language": _language,
    "time_zone": _time_zone,
    "holidays": _holidays,
    "reminder_days": lambda key, text: _by_type(key, text, 0),
    "high_contrast": lambda key, text: _by_type(key, text, False),
    "revocation_fetch": lambda key, text: _by_type(key, text, False),  # OCSP/CRL fetched while signing and checking
    BANDWIDTH_CAP: _bandwidth_cap,
}


def _by_type(key: str, text: str, default: Any) -> Any:
    """A key without its own check: parse ``text`` as the type of its default."""
    if isinstance(default, bool):
        if text.lower() in ("1", "true", "yes", "on"):
            return True
        if text.lower() in ("0", "false", "no", "off"):
            return False
        raise _bad(key, translate("Settings", "write true or false"))
    if isinstance(default, int):
        try:
            return int(text)
        except ValueError:
            raise _bad(key, translate("Settings", "a whole number is needed")) from None
    if isinstance(default, list):
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError:
                raise _bad(key, translate("Settings", "a comma-separated list or a JSON list is needed")) from None
            if isinstance(value, list):
                return value
        return [p.strip() for p in text.split(",") if p.strip()]
    return text


def check_value(key: str, text: str, name: str | None = None) -> Any:
    """``text`` checked and read as the value of setting ``key``; InvalidInput names the setting
    and the reason. The one set of checks for the CLI, ``ctx.settings_admin`` and the window.
    ``name``: the setting as the person sees it (a form's label), for the message; else its key."""
    check, shown = CHECKS.get(key), f"«{name}»" if name else key
    return check(shown, text.strip()) if check else _by_type(shown, text.strip(), DEFAULT_SETTINGS.get(key, ""))


class SettingsService:
    """``ctx.settings_admin``: read and change the profile's settings, each value checked first."""

    def __init__(self, ctx):  # noqa: ANN001 - AppContext
        self.ctx = ctx

    def known(self) -> list[str]:
        return sorted(set(DEFAULT_SETTINGS) | set(CHECKS))

    def get(self, key: str | None = None) -> dict[str, Any]:
        """All settings (or one) as they are now; unknown keys are refused by name."""
        if key is None:
            data = self.ctx.settings.as_dict()
            return {k: data.get(k, DEFAULT_SETTINGS.get(k)) for k in sorted(set(data) | set(self.known()))}
        self._check_known(key)
        return {key: self.ctx.settings.get(key)}

    def set(self, key: str, text: str) -> dict[str, Any]:
        """Check ``text`` for ``key`` and save it; returns the value saved."""
        self._check_settable(key)
        value = check_value(key, text)
        self.ctx.settings.set(key, value)
        self._after_change(key)
        return {key: value}

    def unset(self, key: str) -> dict[str, Any]:
        """Back to the default value."""
        self._check_settable(key)
        default = DEFAULT_SETTINGS.get(key, "")
        self.ctx.settings.set(key, default)
        self._after_change(key)
        return {key: default}

    def _after_change(self, key: str) -> None:
        """A signature that waited only for its settings is due again once they change."""
        from desktop_app.signing import settings as signing_settings

        if key in (signing_settings.LOCAL_TRUST, signing_settings.LOCAL_TSA, signing_settings.LOCAL_REVOCATION):
            signing_settings.settings_changed(self.ctx)

    def _check_settable(self, key: str) -> None:
        self._check_known(key)
        if key in INTERNAL:
            raise InvalidInput(translate("Settings", "The setting {key} is kept by the program itself (docflow login sets the server).").format(key=key))

    def _check_known(self, key: str) -> None:
        if key not in self.known() and key not in self.ctx.settings.as_dict():
            raise InvalidInput(translate("Settings", "There is no setting {key}; known settings: {keys}.").format(
                key=key, keys=", ".join(self.known())))
