"""GET /v1/releases/latest (docs/protocol.md §13) on the real server process: release notices
come from releases.json in the data folder, re-read when it changes; no login is needed."""
from __future__ import annotations

import json
import os
import time

import pytest
import requests

from docflow_protocol.releases import RELEASES_PATH, RELEASES_UNAVAILABLE


@pytest.fixture
def releases_file(sqlite_server):
    path = sqlite_server.data_dir / "releases.json"

    def write(data) -> None:
        text = data if isinstance(data, str) else json.dumps(data)
        path.write_text(text, encoding="utf-8")
        # A new mtime even within the file system's time resolution: the server re-reads on change.
        stamp = time.time() + write.n
        os.utime(path, (stamp, stamp))
        write.n += 1

    write.n = 1
    yield write
    path.unlink(missing_ok=True)


def _latest(server, platform: str) -> requests.Response:
    return requests.get(server.url + RELEASES_PATH, params={"platform": platform}, timeout=10)


RELEASES = {"releases": [
    {"version": "1.9.3", "platforms": ["windows-x64", "linux-x86_64"], "published": "2026-10-01",
     "notes": {"en": "Old one."}},
    {"version": "1.10.0", "platforms": ["windows-x64"], "published": "2026-12-01",
     "notes": {"az": "Yeni skan pəncərəsi.", "ru": "Новое окно сканирования.", "en": "A new scan window."},
     "download_url": "https://intranet.example.az/docflow/"},
]}


def test_no_releases_file_means_no_release(sqlite_server, releases_file):
    r = _latest(sqlite_server, "linux-x86_64")
    assert r.status_code == 200 and r.json() == {"platform": "linux-x86_64", "release": None}


def test_the_newest_release_for_the_platform_without_login(sqlite_server, releases_file):
    releases_file(RELEASES)
    win = _latest(sqlite_server, "windows-x64").json()["release"]
    assert win["version"] == "1.10.0"  # numeric order, not text order
    assert win["notes"]["az"] == "Yeni skan pəncərəsi." and win["download_url"] == "https://intranet.example.az/docflow/"
    linux = _latest(sqlite_server, "linux-x86_64").json()["release"]
    assert linux["version"] == "1.9.3" and linux["published"] == "2026-10-01"
    assert _latest(sqlite_server, "linux-aarch64").json()["release"] is None


def test_unknown_platform_is_refused(sqlite_server, releases_file):
    r = _latest(sqlite_server, "amiga-68k")
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"


def test_a_broken_file_is_named_and_a_fixed_one_is_read_again(sqlite_server, releases_file):
    bad = {"releases": [dict(RELEASES["releases"][0], version="v2-beta")]}
    releases_file(bad)
    r = _latest(sqlite_server, "windows-x64")
    assert r.status_code == 503
    err = r.json()["error"]
    assert err["code"] == RELEASES_UNAVAILABLE and "version" in err["message"]
    releases_file("{not json")
    assert _latest(sqlite_server, "windows-x64").status_code == 503
    releases_file({"releases": [dict(RELEASES["releases"][0], download_url="http://plain.example/")]})
    assert "download_url" in _latest(sqlite_server, "windows-x64").json()["error"]["message"]
    releases_file(RELEASES)
    assert _latest(sqlite_server, "windows-x64").json()["release"]["version"] == "1.10.0"
