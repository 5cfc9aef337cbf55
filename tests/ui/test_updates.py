"""Update notices end to end: the real server announces a release, ctx.updates asks it over the
sync settings, and the window tells the person once per version, with the notes; nothing is
downloaded."""
from __future__ import annotations

import json

import pytest

from desktop_app import __version__, i18n
from desktop_app.services.updates import UpdateCheck, current_platform
from tests.server.serverproc import free_port, start_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("updates-srv"), demo=False)
    yield srv
    srv.stop()


def _publish(server, version: str, **extra) -> None:
    release = {"version": version, "platforms": [current_platform()], "published": "2026-12-01",
               "notes": {"az": "Yenilik: sürətli axtarış.", "ru": "Новое: быстрый поиск.", "en": "New: fast search."}}
    release.update(extra)
    path = server.data_dir / "releases.json"
    path.write_text(json.dumps({"releases": [release]}), encoding="utf-8")


def _configure(ctx, url: str) -> None:
    ctx.settings.set("server_url", url)
    ctx.settings.set("server_workstation_id", "ws-updates")


def _newer(version: str) -> str:
    major, minor, patch = (version.split(".") + ["0", "0"])[:3]
    return f"{major}.{minor}.{int(patch) + 1}"


def test_check_reports_a_newer_version_with_notes_in_the_interface_language(ctx, server):
    _configure(ctx, server.url)
    newer = _newer(__version__)
    _publish(server, newer, download_url="https://intranet.example.az/docflow/")
    i18n.set_language("az")
    try:
        result = ctx.updates.check()
    finally:
        i18n.set_language("en")
    assert result == UpdateCheck("available", __version__, newer, "2026-12-01", "Yenilik: sürətli axtarış.",
                                 "https://intranet.example.az/docflow/")
    assert ctx.updates.should_announce(result)
    ctx.updates.mark_announced(result)
    assert not ctx.updates.should_announce(ctx.updates.check())  # once per version
    assert ctx.settings.get("update_last_check")


def test_same_or_older_version_is_up_to_date_and_no_server_is_said(ctx, server, tmp_path):
    _configure(ctx, server.url)
    _publish(server, __version__)
    assert ctx.updates.check().state == "up-to-date"
    _publish(server, "0.0.1")
    assert ctx.updates.check().state == "up-to-date"
    ctx.settings.set("server_url", "")
    assert ctx.updates.check().state == "no-server"
    # Offline: a sentence, no exception.
    _configure(ctx, f"http://127.0.0.1:{free_port()}")
    offline = ctx.updates.check()
    assert offline.state == "failed" and offline.message


@pytest.mark.gui
def test_window_tells_the_person_once_and_the_menu_asks_again(qtbot, window, dialogs, server):
    from ui import updates

    _configure(window.ctx, server.url)
    newer = _newer(__version__)
    _publish(server, newer)
    notifier = updates.install(window)
    notifier.check(quiet=True)
    qtbot.waitUntil(lambda: notifier.last is not None, timeout=15000)
    assert len(dialogs.messages) == 1
    kind, _title, text = dialogs.messages[0]
    assert kind == "info" and newer in text and "New: fast search." in text
    notifier.last = None
    notifier.check(quiet=True)  # the same version again: quiet
    qtbot.waitUntil(lambda: notifier.last is not None, timeout=15000)
    assert len(dialogs.messages) == 1
    notifier.last = None
    notifier.action.trigger()  # Tools > Check for updates always answers
    qtbot.waitUntil(lambda: notifier.last is not None, timeout=15000)
    assert len(dialogs.messages) == 2 and newer in dialogs.messages[1][2]
