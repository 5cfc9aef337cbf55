"""The engine end to end against the real reference server (TLS) through the link emulator."""
from __future__ import annotations

import pytest

from tests.sync.conftest import url_via
from tests.sync.desks import Desk


@pytest.fixture
def desk(tmp_path, link, test_ca, keyring_backend):
    made = []

    def make(ws: str, user: str = "admin", name: str | None = None, login: bool = True) -> Desk:
        d = Desk(tmp_path / (name or ws), url_via(link), test_ca.ca_pem, ws, user, keyring_backend, login=login)
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()


def test_offline_work_reaches_the_other_desk(desk, link):
    a1, a2 = desk("ws-a-1"), desk("ws-a-2")
    a1.engine.sync_now()  # online: blocks leased
    link.set_online(False)
    doc = a1.import_pdf("Water supply letter pumping station", pages=3, subject="Water supply letter")
    number = a1.register(doc)
    assert not number.startswith("PROV"), number  # from the leased block
    with pytest.raises(Exception):
        a1.engine.sync_now()
    assert a1.engine.status().online is False and a1.engine.status().ops_waiting == 3
    link.set_online(True)
    report = a1.engine.sync_now()
    assert report.pushed == 3 and a1.pending_ops() == 0
    assert a1.engine.status().ops_waiting == 0 and a1.engine.status().last_error == ""
    a2.engine.sync_now()
    got = a2.doc(doc)
    assert got is not None and got.subject == "Water supply letter"
    assert a2.number(doc) == number
    assert a2.snapshot()[doc] == a1.snapshot()[doc]
    # the file that came down gives the other desk its page count and its text for search
    assert a2.doc(doc).page_count == 3
    assert [r.row.id for r in a2.ctx.documents.search("pumping")] == [doc]


def test_a_desk_is_not_sent_back_what_it_pushed_yet_gets_what_others_did(desk, link):
    """The feed leaves out the desk's own echo (docs/protocol.md §6) and nothing else."""
    a1, a2 = desk("ws-a-1"), desk("ws-a-2")
    a1.engine.sync_now()
    a2.engine.sync_now()
    doc = a1.import_pdf("A letter the feed does not echo")
    number = a1.register(doc)
    report = a1.engine.sync_now()
    # Its create, file and registration stay here, none comes back: not even the last op push's (the
    # feed page rides right behind it on the files' connection, asked with the own-echo window open
    # to the end: that push is answered before it).
    assert report.pushed == 3 and report.pulled == 0
    assert a1.number(doc) == number and a1.engine.status().ops_waiting == 0
    a2.engine.sync_now()
    assert a2.snapshot()[doc] == a1.snapshot()[doc]
    a2.ctx.documents.update_document(doc, subject="Renamed on the second desk")
    a2.engine.sync_now()
    assert a1.engine.sync_now().pulled == 1 and a1.doc(doc).subject == "Renamed on the second desk"
    a1.ctx.documents.update_document(doc, summary="Noted on the first desk")
    report = a1.engine.sync_now()
    assert report.pushed == 1 and report.pulled == 1  # another desk changed it: its own change comes back too
    assert a1.doc(doc).subject == "Renamed on the second desk" and a1.doc(doc).summary == "Noted on the first desk"
    a2.engine.sync_now()
    assert a2.snapshot()[doc] == a1.snapshot()[doc] and a2.doc(doc).summary == "Noted on the first desk"


def test_provisional_number_replaced_on_sync_with_audit(desk, link):
    a1 = desk("ws-a-1")  # logged in, but no block leased yet (that happens in a sync)
    link.set_online(False)
    doc = a1.import_pdf("Letter registered with no block")
    provisional = a1.register(doc)
    assert provisional.startswith("PROV-"), provisional
    link.set_online(True)
    a1.engine.sync_now()
    final = a1.number(doc)
    assert final != provisional and not final.startswith("PROV-")
    from sqlalchemy import select

    from desktop_app.db.models import AuditEvent, Registration
    with a1.ctx.db.read() as s:
        assert s.execute(select(Registration.provisional).where(Registration.document_id == doc)).scalar() is False
        details = s.execute(select(AuditEvent.details).where(AuditEvent.document_id == doc,
                                                            AuditEvent.action == "registration.number_replaced")).scalar()
    assert provisional in details and final in details
    assert a1.engine.status().ops_waiting == 0


def test_the_writer_is_free_while_bytes_cross_a_slow_link(desk, link):
    import os
    import threading
    import time

    a1 = desk("ws-a-1")
    a1.engine.sync_now()
    doc = a1.import_pdf("Big scan")
    a1.ctx.documents.add_file_version(doc, os.urandom(600_000), "attachment", "scan.tif", "image/tiff")
    link._up.rate_bps = 1_000_000  # ~5 s of upload
    worker = threading.Thread(target=a1.engine.sync_now)
    worker.start()
    time.sleep(1.0)
    assert a1.engine.status().current is not None  # a transfer is in progress...
    t0 = time.monotonic()
    a1.ctx.documents.update_document(doc, subject="Edited during the upload")  # ...and the desk still writes
    assert time.monotonic() - t0 < 1.0
    worker.join(60)
    link._up.rate_bps = None
    a1.engine.sync_now()
    assert a1.engine.status().ops_waiting == 0


def test_a_small_file_goes_up_in_one_request(desk, keyring_backend, monkeypatch):
    """Creation-with-upload: the scan rides with the tus creation; no PATCH, no creation made ahead."""
    import functools

    from desktop_app.sync import pipeline
    from desktop_app.sync.client import SyncClient
    from desktop_app.sync.credentials import CredentialStore
    from desktop_app.sync.engine import SyncEngine

    sent: list[tuple[str, str]] = []

    class Recording(SyncClient):
        def _send(self, method, path, **kw):  # noqa: ANN001, ANN201
            sent.append((method, path.split("/v1/", 1)[-1].split("/")[0]))
            return super()._send(method, path, **kw)

    piped = pipeline.Pipe.send  # the uploads' own connection (pipelined requests)

    def recorded(pipe, method, target, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        sent.append((method, target.split("/v1/", 1)[-1].split("/")[0]))
        return piped(pipe, method, target, *a, **kw)

    monkeypatch.setattr(pipeline.Pipe, "send", recorded)

    a1 = desk("ws-a-1")
    a1.engine.stop()
    a1.engine = SyncEngine(a1.ctx, CredentialStore(keyring_backend), client_factory=functools.partial(Recording))
    a1.engine.sync_now()
    doc = a1.import_pdf("Small scan")
    a1.register(doc)
    sent.clear()
    a1.engine.sync_now()
    assert a1.engine.status().ops_waiting == 0
    uploads = [m for m, p in sent if p == "uploads"]
    assert uploads == ["POST"], sent


def test_a_cycle_with_no_file_to_send_gets_the_feed_with_its_push(desk, keyring_backend, monkeypatch):
    """The push asks the feed page back (docs/protocol.md §5, ``feed_cursor``): the cycle makes no
    feed request of its own, gets the other desk's change, and not its own echo."""
    from tests.sync.desks import push_and_pull_recorded

    a1, a2 = desk("ws-a-1"), desk("ws-a-2")
    theirs, mine, sent, _pages = push_and_pull_recorded(a1, a2, keyring_backend, monkeypatch)
    assert not [p for m, p in sent if p.startswith("changes")], sent
    a2.engine.sync_now()
    assert a2.snapshot()[mine] == a1.snapshot()[mine] and a2.snapshot()[theirs] == a1.snapshot()[theirs]


def test_the_feed_page_asked_past_the_pushes_on_their_way_is_taken_only_once_their_answers_are_recorded(desk):
    """The cycle's feed page is asked with the own-echo window open to the end (``own_to`` the largest
    seq): the pushes ahead of it on the connection are answered first, so their echo is left out
    too. The page is taken only if that held: no push without a recorded answer, and the window not
    started afresh since (an op applied whose answer was not recorded -- its echo must come);
    otherwise it is asked again (None), with the window as it then stands."""
    import io
    import urllib.parse

    import requests

    from desktop_app.sync import pipeline, store
    from desktop_app.sync.pull import FeedAhead
    from docflow_protocol import MAX_INT64

    d = desk("ws-a-1", login=False)
    db = d.ctx.db
    client = d.engine.connection.client()
    try:
        def asked() -> tuple[FeedAhead, pipeline.Call]:
            feed, made = FeedAhead(d.engine.connection, client), []
            feed.ask(lambda *request: made.append(pipeline.Call(*request)) or made[-1])
            r = requests.Response()
            r.status_code, r.raw = 200, io.BytesIO(b'{"changes": [], "next_cursor": 41, "has_more": false}')
            r.headers["Content-Type"] = "application/json"
            made[0].answer(r)
            return feed, made[0]

        store.put(db, store.OWN_ECHO, "30 35")
        feed, call = asked()
        query = dict(urllib.parse.parse_qsl(call._request[1].split("?", 1)[1]))
        assert (query["own_from"], query["own_to"]) == ("30", str(MAX_INT64))
        store.put(db, store.OWN_ECHO, "30 38")  # the pushes ahead recorded: the window widened
        assert feed.first()[1].next_cursor == 41

        feed, _ = asked()
        store.put(db, store.PUSH_IN_FLIGHT, '[{"op_id": "o-1"}]')  # a push whose answer is not recorded
        assert feed.first() is None
        store.put(db, store.PUSH_IN_FLIGHT, None)
        feed, _ = asked()
        store.put(db, store.OWN_ECHO, "39 39")  # started afresh after an op applied without its answer here
        assert feed.first() is None

        store.put(db, store.OWN_ECHO, None)  # no window: nothing claimed, the page is taken
        feed, call = asked()
        assert "own_to" not in call._request[1] and feed.first() is not None
    finally:
        client.close()


def test_the_idle_long_poll_leaves_out_the_desks_own_echo(desk, keyring_backend):
    """The idle long-poll sends the desk's own-echo window as the cycle's pull does (docs/protocol.md
    §6): a desk whose cursor is still behind its own recorded pushes (its cycle's page did not come)
    gets the other desk's change on the long-poll, and not the echo of its own pushes."""
    import functools
    import threading

    from desktop_app.sync import store
    from desktop_app.sync.client import SyncClient
    from desktop_app.sync.credentials import CredentialStore
    from desktop_app.sync.engine import SyncEngine

    polled: list = []

    class Recording(SyncClient):
        def changes(self, cursor, limit=100, wait=0, own=None):  # noqa: ANN001, ANN201
            page = super().changes(cursor, limit, wait, own)
            if wait:
                polled.append((own, page))
            return page

    a1, a2 = desk("ws-a-1"), desk("ws-a-2")
    a1.engine.stop()
    a1.engine = SyncEngine(a1.ctx, CredentialStore(keyring_backend), client_factory=functools.partial(Recording))
    theirs = a1.import_pdf("Changed on the other desk")
    a1.engine.sync_now()
    a2.engine.sync_now()
    behind = store.cursor(a1.ctx.db)
    mine = a1.import_pdf("Sent from here")
    a1.engine.sync_now()
    own = store.own_echo(a1.ctx.db)
    assert own is not None and own[1] > behind
    store.put(a1.ctx.db, store.CURSOR, str(behind))  # the page of that cycle did not come
    a2.ctx.documents.update_document(theirs, subject="Renamed on the second desk")
    a2.engine.sync_now()

    idle = threading.Thread(target=a1.engine._idle_once, daemon=True)
    idle.start()
    idle.join(30)
    assert not idle.is_alive(), "the long-poll did not answer"
    [(sent, page)] = polled
    got = {c["doc_id"] for c in page.changes}
    assert theirs in got and mine not in got, got
    assert sent == own, "the long-poll did not send the desk's own-echo window"
    assert a1.doc(theirs).subject == "Renamed on the second desk" and store.cursor(a1.ctx.db) >= own[1]
