"""Fewer feed requests per op: a push that brings the feed back (docs/protocol.md §5, ``feed_cursor``),
one request where a desk made two (its push, then the feed page after it); a long-poll its desk cut
(every sync cycle cuts it) ends at once instead of being answered, to nobody, at the next change."""
from __future__ import annotations

import re
import socket
import time
from urllib.parse import urlsplit

import requests

from tests.server.serverproc import new_id, op


def _create(subject: str) -> dict:
    return op(new_id(), "document.create", {"kind": "internal", "fields": {"subject": subject}}, 0)


def _skipped(server) -> float:
    found = re.search(r"^docflow_feed_reads_skipped_total ([0-9.e+]+)$",
                      requests.get(server.url + "/metrics", timeout=10).text, re.M)
    return float(found.group(1)) if found else 0.0


def test_a_push_naming_its_cursor_gets_the_feed_after_it_without_its_own_echo(server, as_user):
    """The answer carries, under ``feed``, the page after the cursor read once the batch is in: the
    other desk's changes, not the pushing desk's own echo (this push's create and the earlier
    pushes of its window); ``next_cursor`` is the head. A push without ``feed_cursor`` (an older
    desk) is answered as before, without ``feed``; the application answers a query the fast path
    leaves to it (an unknown key) alike, and refuses a bad cursor."""
    clerk, other = as_user("clerk"), as_user("head", ws=2)
    _, cursor = clerk.all_changes(0)
    earlier = clerk.push(_create("mine before"))[0]
    theirs = other.push(_create("theirs"))[0]
    mine = _create("mine now")
    r = clerk.post("/v1/ops", params={"feed_cursor": cursor, "feed_limit": 50, "own_from": earlier["seq"],
                                      "own_to": earlier["seq"]}, json={"ops": [mine]})
    assert r.status_code == 200, r.text
    body = r.json()
    result = body["results"][0]
    assert result["status"] == "applied" and result["doc_id"] == mine["doc_id"]
    assert [c["doc_id"] for c in body["feed"]["changes"]] == [theirs["doc_id"]]
    assert body["feed"]["next_cursor"] == result["seq"] and body["feed"]["has_more"] is False
    assert body["feed"]["changes"] == [c for c in clerk.changes(cursor)["changes"] if c["seq"] == theirs["seq"]]

    plain = clerk.post("/v1/ops", json={"ops": [_create("old desk")]})
    assert plain.status_code == 200 and set(plain.json()) == {"results"}
    slow = clerk.post("/v1/ops", params={"feed_cursor": cursor, "feed_limit": 50, "unknown": 1},
                      json={"ops": [mine]})   # a replay: the same op, through the application
    assert slow.status_code == 200, slow.text
    assert slow.json()["results"][0]["replayed"] is True
    # without a window, this push's echo (the replay's seq) is left out, the earlier own push comes
    assert [c["seq"] for c in slow.json()["feed"]["changes"]] == [
        s for s in (earlier["seq"], theirs["seq"]) if s != result["seq"]] + [plain.json()["results"][0]["seq"]]
    bad = clerk.post("/v1/ops", params={"feed_cursor": -1}, json={"ops": [_create("bad")]})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"


def test_the_desks_long_poll_after_a_push_with_the_feed_waits_without_a_read(server, as_user):
    """The page the push carried is the head this process read: the desk's long-poll from its
    ``next_cursor`` waits without asking the database, and a change by another desk still wakes it."""
    clerk, other = as_user("clerk"), as_user("head", ws=2)
    _, cursor = clerk.all_changes(0)
    r = clerk.post("/v1/ops", params={"feed_cursor": cursor}, json={"ops": [_create("pushed")]})
    assert r.status_code == 200, r.text
    head = r.json()["feed"]["next_cursor"]
    skipped = _skipped(server)
    assert clerk.changes(head, wait=1)["changes"] == []
    assert _skipped(server) == skipped + 1


def _metric(server, pattern: str) -> float:
    found = re.search(pattern, requests.get(server.url + "/metrics", timeout=10).text, re.M)
    return float(found.group(1)) if found else 0.0


def test_a_long_poll_its_desk_cut_ends_at_once(server, as_user):
    """A desk's sync cycle cuts its idle long-poll (desktop_app/sync/engine.py closes the
    connection): the server stops waiting for it then (the metrics count a 499), not at the next
    change of the institution, when it would read the feed for a client that is gone."""
    clerk = as_user("clerk")
    _, head = clerk.all_changes(0)
    waiting = r"^docflow_long_polls_waiting ([0-9.e+]+)$"
    cut = r'^docflow_http_requests_total\{method="GET",route="/v1/changes",status="499"\} ([0-9.e+]+)$'
    before, cut_before = _metric(server, waiting), _metric(server, cut)
    url = urlsplit(server.url)
    sock = socket.create_connection((url.hostname, url.port), timeout=10)
    headers = "".join(f"{k}: {v}\r\n" for k, v in clerk.headers().items())
    sock.sendall(f"GET /v1/changes?cursor={head}&wait=50 HTTP/1.1\r\nHost: {url.netloc}\r\n{headers}\r\n".encode())
    deadline = time.monotonic() + 10
    while _metric(server, waiting) < before + 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _metric(server, waiting) == before + 1, "the long-poll never waited"
    sock.close()
    deadline = time.monotonic() + 10
    while _metric(server, waiting) > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _metric(server, waiting) == before, "the cut long-poll is still waiting"
    assert _metric(server, cut) == cut_before + 1
