"""Profile paths and settings.

A profile is one folder holding the SQLite database, the blob store beside it, and
``settings.json``. The default profile lives under the user's data directory
(platformdirs); ``--profile DIR`` chooses another.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "Docflow"

#: The setting of sync's bandwidth cap: kbit/s each way the file transfers may use (0: no cap).
BANDWIDTH_CAP = "sync_bandwidth_cap_kbit"

DEFAULT_SETTINGS: dict[str, Any] = {
    "language": "",  # empty: follow the system locale
    "ocr_languages": ["aze", "aze_cyrl", "rus", "eng"],
    "scan_profiles": [],
    "trust_bundle": "",
    "tsa_url": "",
    "server_url": "",
    "server_ca_bundle": "",
    "server_cert_sha256": "",
    "pkcs11_module": "",
    "holidays": [],
    "holiday_preset": "AZ",  # official public holidays and transferred days off; "" for none
    "time_zone": "Asia/Baku",  # the institution's: stamps, history and deadlines use it
    "page_size": 100,
    BANDWIDTH_CAP: 0,
}


def default_profile_dir() -> Path:
    """Return the default profile folder under the user's data directory."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "default"


@dataclass(frozen=True)
class Profile:
    """Paths of one local profile."""

    root: Path

    @property
    def db_path(self) -> Path:
        return self.root / "docflow.sqlite3"

    @property
    def blobs_dir(self) -> Path:
        return self.root / "blobs"

    @property
    def settings_path(self) -> Path:
        return self.root / "settings.json"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @classmethod
    def at(cls, root: str | os.PathLike[str] | None) -> "Profile":
        path = Path(root).expanduser().resolve() if root else default_profile_dir()
        return cls(path)

    def ensure(self) -> None:
        for d in (self.root, self.blobs_dir, self.logs_dir):
            d.mkdir(parents=True, exist_ok=True)


class Settings:
    """JSON settings of a profile, written atomically. Never holds secrets."""

    def __init__(self, path: Path):
        self._path = path
        self._lock = threading.Lock()
        self._data: dict[str, Any] = dict(DEFAULT_SETTINGS)
        if path.exists():
            try:
                self._data.update(json.loads(path.read_text("utf-8")))
            except (OSError, ValueError):
                pass  # a damaged settings file falls back to defaults; it is rewritten on next save

    def get(self, key: str, default: Any = None) -> Any:
        with self._lock:
            return self._data.get(key, DEFAULT_SETTINGS.get(key, default))

    def set(self, key: str, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._save_locked()

    def as_dict(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._data)

    def _save_locked(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(self._data, f, ensure_ascii=False, indent=2, sort_keys=True)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self._path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
