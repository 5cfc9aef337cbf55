"""Release notices (docs/protocol.md §13): the newest Docflow version for a workstation's platform.

The server operator publishes releases by writing ``releases.json`` in the server's data folder::

    {"releases": [{"version": "0.2.0", "platforms": ["windows-x64", "linux-x86_64"],
                   "published": "2026-12-01",
                   "notes": {"az": "...", "ru": "...", "en": "..."},
                   "download_url": "https://intranet.example.az/docflow/"}]}

The file is read again whenever it changes; a broken file is answered with 503
``releases_unavailable`` naming the problem (and logged), never with a guess. No login is
needed: a workstation may ask before anyone has logged in. The server never sends code.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from pathlib import Path
from typing import Optional

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from circulation_server.deps import get_services
from circulation_server.errors import ApiError
from circulation_server.schemas import ERROR_RESPONSES
from docflow_protocol import ErrorCode
from docflow_protocol.releases import (
    MAX_NOTES_CHARS, MAX_URL_CHARS, NOTES_LANGUAGES, PLATFORMS, RELEASES_PATH, RELEASES_UNAVAILABLE, is_version,
    version_key,
)

log = logging.getLogger("circulation_server")
RELEASES_FILE = "releases.json"

router = APIRouter(tags=["releases"], responses=ERROR_RESPONSES)


class Release(BaseModel):
    """One published version (as in releases.json and in the answer)."""

    model_config = ConfigDict(extra="forbid")
    version: str
    platforms: list[str] = Field(min_length=1)
    published: dt.date
    notes: dict[str, str] = Field(default_factory=dict)
    download_url: Optional[str] = Field(default=None, max_length=MAX_URL_CHARS)

    @field_validator("version")
    @classmethod
    def _version(cls, v: str) -> str:
        if not is_version(v):
            raise ValueError("must be a dotted version such as 0.2.0")
        return v

    @field_validator("platforms")
    @classmethod
    def _platforms(cls, v: list[str]) -> list[str]:
        unknown = sorted(set(v) - set(PLATFORMS))
        if unknown:
            raise ValueError(f"unknown platform(s) {unknown}; known: {list(PLATFORMS)}")
        return v

    @field_validator("notes")
    @classmethod
    def _notes(cls, v: dict[str, str]) -> dict[str, str]:
        for lang, text in v.items():
            if lang not in NOTES_LANGUAGES:
                raise ValueError(f"notes language {lang!r} is not one of {list(NOTES_LANGUAGES)}")
            if len(text) > MAX_NOTES_CHARS:
                raise ValueError(f"notes[{lang}] is longer than {MAX_NOTES_CHARS} characters")
        return v

    @field_validator("download_url")
    @classmethod
    def _url(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and not v.startswith("https://"):
            raise ValueError("download_url must start with https://")
        return v


class ReleasesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    releases: list[Release]


class LatestRelease(BaseModel):
    """The answer: the newest release for ``platform``, or null when none is published."""

    platform: str
    release: Optional[Release] = None


class _Cache:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.stamp: tuple | None = None
        self.releases: list[Release] = []


_caches: dict[str, _Cache] = {}
_caches_lock = threading.Lock()


def load_releases(path: Path) -> list[Release]:
    """The releases in ``path`` (none if the file does not exist); re-read when it changes.

    Raises:
        ApiError: 503 ``releases_unavailable`` when the file cannot be read or is invalid.
    """
    with _caches_lock:
        cache = _caches.setdefault(str(path), _Cache())
    with cache.lock:
        try:
            st = path.stat()
        except FileNotFoundError:
            cache.stamp, cache.releases = None, []
            return []
        except OSError as exc:
            raise _unavailable(f"{path} cannot be read: {exc.strerror}") from None
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        if stamp != cache.stamp:
            try:
                parsed = ReleasesFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, ValidationError) as exc:
                raise _unavailable(f"{path} is not a valid releases file: {_reason(exc)}") from None
            cache.stamp, cache.releases = stamp, parsed.releases
        return list(cache.releases)


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(exc)[:300]


def _unavailable(message: str) -> ApiError:
    log.error("release notices: %s", message)
    return ApiError(503, RELEASES_UNAVAILABLE, "Release information is not available: " + message)


@router.get(RELEASES_PATH, response_model=LatestRelease)
def latest_release(platform: str = Query(..., description="One of " + ", ".join(PLATFORMS)),
                   services=Depends(get_services)):
    """The newest published Docflow version for ``platform`` (no authentication)."""
    if platform not in PLATFORMS:
        raise ApiError(422, ErrorCode.INVALID_REQUEST, f"Unknown platform {platform!r}.",
                       [{"path": "platform", "reason": f"must be one of {list(PLATFORMS)}"}])
    releases = [r for r in load_releases(Path(services.settings.data_dir) / RELEASES_FILE) if platform in r.platforms]
    newest = max(releases, key=lambda r: version_key(r.version), default=None)
    return {"platform": platform, "release": newest}
