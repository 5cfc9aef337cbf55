"""The sync loop's one state (SyncState), as published on ctx.events, through real cycles against the
reference server: connecting → sending → receiving → up to date; offline when the link is down;
needs attention while a conflict waits for a person."""
from __future__ import annotations

import pytest

from desktop_app.errors import AuthError, TransientError
from desktop_app.events import SyncStatusChanged
from desktop_app.services.types import SyncState
from desktop_app.sync import status as status_module
from tests.sync.conftest import url_via
from tests.sync.desks import Desk


def _states(desk: Desk) -> list[SyncState]:
    seen: list[SyncState] = []

    def on(event: object) -> None:
        if isinstance(event, SyncStatusChanged) and (not seen or seen[-1] != event.status.state):
            seen.append(event.status.state)

    desk.ctx.events.subscribe(on)
    return seen


def test_one_state_moves_through_a_cycle(pair, link):
    a1, a2 = pair
    a2.import_pdf("Bus timetable")  # something for a1 to receive (its own change is not sent back to it)
    a2.engine.sync_now()
    seen = _states(a1)
    a1.import_pdf("Water meter readings")
    a1.engine.sync_now()
    assert seen[:3] == [SyncState.CONNECTING, SyncState.SENDING, SyncState.RECEIVING], seen
    assert seen[-1] == SyncState.UP_TO_DATE and a1.engine.status().state == SyncState.UP_TO_DATE

    seen.clear()
    link.set_online(False)
    with pytest.raises(TransientError):
        a1.engine.sync_now()
    status = a1.engine.status()
    assert status.state == SyncState.OFFLINE and not status.online and seen[-1] == SyncState.OFFLINE
    link.set_online(True)


def test_a_conflict_needs_attention_until_it_is_settled(pair, link):
    a1, a2 = pair
    doc = a1.import_pdf("Bus timetable")
    a1.engine.sync_now()
    a2.engine.sync_now()
    link.set_online(False)
    a1.ctx.documents.update_document(doc, subject="Bus timetable — winter")
    a2.ctx.documents.update_document(doc, subject="Bus timetable — summer")
    link.set_online(True)
    a1.engine.sync_now()
    a2.engine.sync_now()
    assert a2.engine.status().state == SyncState.NEEDS_ATTENTION and a2.engine.status().conflicts == 1
    (c,) = a2.engine.conflicts()
    a2.engine.resolve_conflict(c.id, "theirs")
    a2.engine.sync_now()
    assert a2.engine.status().state == SyncState.UP_TO_DATE


def test_a_desk_not_logged_in_needs_attention(tmp_path, link, test_ca, keyring_backend):
    desk = Desk(tmp_path / "ws", url_via(link), test_ca.ca_pem, "ws-a-1", "admin", keyring_backend, login=False)
    try:
        with pytest.raises(AuthError):
            desk.engine.sync_now()
        assert desk.engine.status().state == SyncState.NEEDS_ATTENTION
    finally:
        desk.close()


class _CountingKeyring:
    """The real Secret Service backend, counting the reads (each one a D-Bus round trip)."""

    def __init__(self, backend):  # noqa: ANN001 - a keyring backend
        self._backend, self.reads = backend, 0

    def get_password(self, service: str, account: str) -> str | None:
        self.reads += 1
        return self._backend.get_password(service, account)

    def set_password(self, service: str, account: str, secret: str) -> None:
        self._backend.set_password(service, account, secret)

    def delete_password(self, service: str, account: str) -> None:
        self._backend.delete_password(service, account)


def test_the_indicator_does_not_ask_the_keyring_on_every_tick_of_a_cycle(tmp_path, link, test_ca, keyring_backend,
                                                                          monkeypatch):
    monkeypatch.setattr(status_module, "PUBLISH_INTERVAL", 0.0)  # every progress tick published, as on a slow link
    keyring = _CountingKeyring(keyring_backend)
    desk = Desk(tmp_path / "ws", url_via(link), test_ca.ca_pem, "ws-a-2", "admin", keyring)
    try:
        published: list[SyncStatusChanged] = []
        desk.ctx.events.subscribe(lambda e: published.append(e) if isinstance(e, SyncStatusChanged) else None)
        for i in range(5):
            desk.import_pdf(f"Heating invoice {i}", pages=2)
        keyring.reads = 0
        published.clear()
        desk.engine.sync_now()
        assert all(e.status.logged_in for e in published)
        # as the cycle starts, its token, the upload stream's token, once the cycle is over: not once per status
        assert len(published) > 12 and keyring.reads <= 4, (len(published), keyring.reads)
        assert desk.engine.status().logged_in and keyring.reads <= 5  # outside a cycle the keyring is asked
    finally:
        desk.close()
