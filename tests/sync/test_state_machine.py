"""The sync loop as an explicit state machine on its own thread, against a real server process this
module owns (it is killed and started again once): *Sync now* returns at once and never waits
behind the idle long-poll; a local change wakes the engine at once; *sending N of M*; with the
server killed the state says *offline* within seconds (and stays so through the retries, no
flicker); every reader -- the status bar, the tray, another process such as ``docflow status`` --
shows the same state; the server's ``Retry-After`` is honoured even against *Sync now*."""
from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select

from desktop_app.db.models import FileVersion
from desktop_app.events import SyncStatusChanged
from desktop_app.services.context import AppContext
from desktop_app.services.types import SyncState
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.engine import IDLE_WAIT, SyncEngine
from tests.server.serverproc import route_metric
from tests.sync.desks import Desk
from tests.tools.faultproxy import FaultProxy
from tests.tools.linkemu import LinkEmulator
from tests.tools.tls_server import start_tls_server


@pytest.fixture(scope="module")
def own_server(tmp_path_factory, test_ca):
    srv = start_tls_server(tmp_path_factory.mktemp("state-server"), test_ca)
    yield srv
    srv.stop()


class Watch:
    """Every SyncStatusChanged of a desk, and waiting (bounded) for one that matches."""

    def __init__(self, desk: Desk):
        self.cond = threading.Condition()
        self.seen: list = []
        self.polling: list[bool] = []  # was the idle long-poll still waiting for the server then?
        desk.ctx.events.subscribe(self._on)

    def _on(self, ev: object) -> None:
        if isinstance(ev, SyncStatusChanged):
            with self.cond:
                self.seen.append((time.monotonic(), ev.status))
                self.polling.append(_polling())
                self.cond.notify_all()

    def until(self, pred, timeout: float, since: int = 0):  # noqa: ANN001, ANN201
        """The first status (from index ``since``) that satisfies ``pred``; fails after ``timeout`` s."""
        def found():  # noqa: ANN202
            return next(((i, t, st) for i, (t, st) in enumerate(self.seen) if i >= since and pred(st)), None)
        with self.cond:
            hit = self.cond.wait_for(found, timeout)
        assert hit, f"no such status within {timeout} s; states seen: {[st.state for _, st in self.seen[since:]]}"
        return hit

    def mark(self) -> int:
        with self.cond:
            return len(self.seen)


def _polls() -> set[threading.Thread]:
    """The idle long-polls on the wire now (each runs on a thread of its own)."""
    return {t for t in threading.enumerate() if t.name == "docflow-sync-poll" and t.is_alive()}


def _polling() -> bool:
    return bool(_polls())


_seen_polls: set[threading.Thread] = set()


def _wait_polling(timeout: float = 20.0) -> None:
    """Until a NEW long-poll is on the wire (the engine went idle again)."""
    end = time.monotonic() + timeout
    while not (_polls() - _seen_polls):
        assert time.monotonic() < end, "the engine did not go idle"
        threading.Event().wait(0.02)
    _seen_polls.update(_polls())


def _file_plan_reads(server) -> float:  # noqa: ANN001 - ServerHandle
    """SQL statements the server ran for GET /v1/file-plan so far (each sync cycle asks for it)."""
    return route_metric(server, "docflow_db_statements_total", "GET", "/v1/file-plan")


def _start_idle(desk: Desk) -> Watch:
    """Start the desk's engine; returns its Watch once it is up to date and long-polling."""
    watch = Watch(desk)
    desk.engine.start()
    watch.until(lambda st: st.state == SyncState.UP_TO_DATE, 30)
    _wait_polling()
    return watch


def test_sync_now_local_change_offline_and_back(tmp_path, own_server, test_ca, keyring_backend):
    from ui.sync import indicator_text
    from ui.sync_state import state_label, state_text

    desk = Desk(tmp_path / "a1", own_server.url, test_ca.ca_pem, "ws-a-1", "admin", keyring_backend)
    try:
        watch = _start_idle(desk)

        # "Sync now" returns at once and a cycle runs now, not after the 25 s long-poll: the waiting
        # poll is cancelled (its request cut, its thread ended) and the engine is idle again with a
        # new one. Asked for again and again, the desk never has more than one poll on the wire (a
        # busy desk had a dozen, each living out its 25 s with its connection). With nothing to send
        # or receive the indicator stays "up to date" throughout (no flicker).
        mark = watch.mark()
        for _ in range(3):
            cancelled = _polls()
            t0 = time.monotonic()
            desk.engine.request_sync()
            assert time.monotonic() - t0 < 0.5  # returns at once
            _wait_polling()
            assert time.monotonic() - t0 < IDLE_WAIT / 2, "the cycle waited for the idle long-poll to end"
            assert not any(t.is_alive() for t in cancelled), "the cancelled long-poll lives on"
            assert len(_polls()) == 1, _polls()
        assert {st.state for _, st in watch.seen[mark:]} <= {SyncState.UP_TO_DATE}

        # A local change wakes the idle engine at once; the state says "sending N of M" meanwhile.
        mark = watch.mark()
        t0 = time.monotonic()
        desk.import_pdf("Letter that must go at once")
        _, t_sending, _ = watch.until(lambda st: st.state == SyncState.SENDING, 20, since=mark)
        assert t_sending - t0 < IDLE_WAIT / 2, "the local change waited for the idle long-poll to end"
        watch.until(lambda st: st.state == SyncState.UP_TO_DATE and st.ops_waiting == 0, 20, since=mark)
        sending = {(st.sent, st.to_send) for _, st in watch.seen[mark:] if st.state == SyncState.SENDING}
        assert (2, 2) in sending and all(d <= n for d, n in sending), sending  # document.create + file.attach

        # The server dies: offline within seconds, and offline it stays through the retries.
        _wait_polling()
        mark = watch.mark()
        t0 = time.monotonic()
        own_server.kill()
        i_off, t_off, st = watch.until(lambda st: st.state == SyncState.OFFLINE, 10, since=mark)
        assert t_off - t0 < 10 and not st.online  # within a second or two on an idle machine
        # Every reader shows that one state: the status bar, the tray, and another process's view
        # of the profile (what `docflow status` reads).
        label = state_label("offline")
        assert label in indicator_text(st) and label in state_text(st)
        other = AppContext.open(desk.root, username="admin")
        try:
            seen_there = SyncEngine(other, CredentialStore(keyring_backend)).status()
            assert seen_there.state == SyncState.OFFLINE and seen_there.state_since is not None
        finally:
            other.close()
        desk.engine.request_sync()  # a person insists: still offline, never "connecting" with no server
        watch.until(lambda st: st.next_try is not None, 10, since=i_off + 1)

        own_server.start()
        assert {st.state for _, st in watch.seen[i_off:]} == {SyncState.OFFLINE}  # no flicker while it is down
        mark = watch.mark()
        desk.engine.request_sync()
        watch.until(lambda st: st.state == SyncState.UP_TO_DATE and st.online, 15, since=mark)
    finally:
        desk.close()


def test_retry_after_is_honoured_even_against_sync_now(tmp_path, own_server, test_ca, keyring_backend, monkeypatch):
    from desktop_app import retry

    # A long backoff after a failure, so "the next try went at once" cannot be the backoff's doing.
    monkeypatch.setattr(retry, "SYNC_CYCLE", retry.Backoff(base=40.0, cap=40.0))
    proxy = FaultProxy(own_server.url, verify=str(test_ca.ca_pem))
    desk = Desk(tmp_path / "a1", proxy.url, test_ca.ca_pem, "ws-a-1", "admin", keyring_backend)
    watch = Watch(desk)
    try:
        desk.engine.start()
        watch.until(lambda st: st.state == SyncState.UP_TO_DATE, 30)

        def next_request_after(t: float, timeout: float = 10.0) -> float:
            end = time.monotonic() + timeout
            while True:
                later = [r[0] for r in list(proxy.requests) if r[0] > t]
                if later:
                    return min(later) - t
                assert time.monotonic() < end, "no further request"
                threading.Event().wait(0.02)

        # Without Retry-After, "Sync now" cuts the backoff short: the next try goes at once.
        proxy.add("POST", "/v1/ops", "503_before")
        mark = watch.mark()
        desk.import_pdf("First letter")
        watch.until(lambda st: st.state == SyncState.OFFLINE, 10, since=mark)
        t_fail = proxy.requests[-1][0]
        desk.engine.request_sync()
        assert next_request_after(t_fail, 30) < 20

        watch.until(lambda st: st.state == SyncState.UP_TO_DATE and st.ops_waiting == 0, 15, since=mark)
        # The server says "busy, come back in 3 s": not one request before that, whatever is pressed.
        proxy.add("POST", "/v1/ops", "503_retry_after:3")
        mark = watch.mark()
        desk.import_pdf("Second letter")
        _, _, st = watch.until(lambda st: st.state == SyncState.OFFLINE and st.next_try is not None, 10, since=mark)
        t_fail = max(r[0] for r in proxy.requests if r[1] == "POST" and r[2].startswith("/v1/ops"))
        # The letter's file was pipelined right behind the push (it left before the 503 came back): the
        # failed cycle's last request, not a new try.
        t_last = max(r[0] for r in proxy.requests)
        assert t_last - t_fail < 1.0, [r[1:3] for r in proxy.requests if r[0] > t_fail]
        assert "3" in st.last_error
        desk.engine.request_sync()
        desk.import_pdf("Third letter")  # a local change does not cut it short either
        assert next_request_after(t_last) + (t_last - t_fail) >= 2.9  # no request within 3 s of the 503
        watch.until(lambda st: st.state == SyncState.UP_TO_DATE and st.ops_waiting == 0, 15, since=mark)
    finally:
        desk.close()
        proxy.close()


def test_the_idle_long_poll_is_kept_through_a_cut(tmp_path, own_server, test_ca, keyring_backend):
    """A cut of a thin link breaks the idle desk's long-poll: it polls again at once -- the desk
    never shows *offline* for it, and news from another desk still arrive through the poll; the
    desk applies them and long-polls again, without a whole sync cycle."""
    with LinkEmulator(("127.0.0.1", own_server.port)) as link:
        desk = Desk(tmp_path / "a1", f"https://127.0.0.1:{link.port}", test_ca.ca_pem, "ws-a-1", "admin",
                    keyring_backend)
        other = Desk(tmp_path / "a2", own_server.url, test_ca.ca_pem, "ws-a-2", "admin", keyring_backend)
        try:
            watch = _start_idle(desk)
            mark, connections = watch.mark(), link.stats().connections
            link.cut_now()
            end = time.monotonic() + 10
            while link.stats().connections == connections:  # the poll is on the wire again
                assert time.monotonic() < end, "the long-poll was not renewed after the cut"
                threading.Event().wait(0.02)
            other.engine.sync_now()  # its first cycle reads the whole file plan; later ones only ask if it changed
            _seen_polls.update(_polls())
            plan0 = _file_plan_reads(own_server)
            doc = other.import_pdf("News across a cut")
            other.engine.sync_now()
            while desk.doc(doc) is None:
                assert time.monotonic() < end + 20, "the news did not come through the renewed long-poll"
                threading.Event().wait(0.05)
            assert SyncState.OFFLINE not in {st.state for _, st in watch.seen[mark:]}
            # News applied, the desk long-polls again without a whole cycle: the server read the file
            # plan for the other desk's cycle only (a cycle of the desk would read it once more).
            _wait_polling()
            plan1 = _file_plan_reads(own_server)
            other.engine.sync_now()
            one_cycle = _file_plan_reads(own_server) - plan1
            assert one_cycle > 0 and plan1 - plan0 == one_cycle, (plan0, plan1, one_cycle)
        finally:
            desk.close()
            other.close()


def test_a_file_the_idle_long_poll_received_leaves_no_transfer_shown(pair):
    """Seen in the walk: a letter received by the idle long-poll left the status bar's transfer bar at
    100 % (and "Now: receiving mektub3.pdf" in the details) while the desk said "up to date", until the
    next cycle. The transfer ends with its file, published at once."""
    a1, a2 = pair
    a2.engine.sync_now()
    watch = Watch(a2)
    a2.engine.start()
    _wait_polling()
    try:
        doc = a1.import_pdf("Library opening hours")
        a1.engine.sync_now()  # wakes a2's long-poll: the letter and its file come down on it
        with a1.ctx.db.read() as s:
            sha = s.execute(select(FileVersion.sha256).where(FileVersion.document_id == doc)).scalar_one()
        end = time.monotonic() + 30  # the letter may come on one wake-up and its file on the next
        while not a2.ctx.blobs.has(sha):
            assert time.monotonic() < end, "the file did not come down on the idle long-poll"
            threading.Event().wait(0.05)
        # the file is down: the transfer is over, on the desk and in what it last published (bounded:
        # the cycle ends a moment after the file's last byte)
        def over() -> bool:
            with watch.cond:
                return a2.engine.status().current is None and watch.seen[-1][1].current is None

        end = time.monotonic() + 30
        while not over():
            assert time.monotonic() < end, f"still shown: {a2.engine.status().current}"
            threading.Event().wait(0.05)
        assert a2.doc(doc) is not None
    finally:
        a2.engine.stop()
