"""A woken long-poll answered from the changes their commit announced (circulation_server/feed_tail.py):
in every worker process, without a read of the feed, and exactly what a read would answer."""
from __future__ import annotations

import json
import re
import threading
import time

import requests

from circulation_server import feed_tail
from circulation_server.feed_tail import Chunk, FeedTails
from circulation_server.notifier import parse_payload, payload
from tests.server.serverproc import ApiClient, new_id, op, route_metric, start_server


def _chunk(prev: int, *seqs: int) -> Chunk:
    rows = [[seq, "document", f"d{seq}", json.dumps({"kind": "document", "n": seq})] for seq in seqs]
    return Chunk(prev, seqs[-1], feed_tail.encode(rows))


def _seqs(page) -> list:
    return None if page is None else [row[0] for row in page["rows"]]


def test_a_tail_answers_only_what_its_announcements_cover():
    tails = FeedTails()
    assert tails.page("x", 0, 10) is None  # nothing heard: read
    tails.heard("x", _chunk(10, 12, 15))
    assert _seqs(tails.page("x", 10, 10)) == [12, 15]
    assert _seqs(tails.page("x", 12, 10)) == [15]
    assert tails.page("x", 15, 10) == {"rows": [], "next_cursor": 15, "has_more": False, "pending": {}}
    assert tails.page("x", 9, 10) is None, "a cursor before the tail's first announcement must read"
    assert tails.page("x", 16, 10) is None, "a cursor past what was heard must read"
    tails.heard("x", _chunk(15, 20))  # chains on
    page = tails.page("x", 10, 2)
    assert _seqs(page) == [12, 15] and page["has_more"] and page["next_cursor"] == 15
    # a later commit heard before an earlier one (another process's NOTIFY still on its way):
    # the tail starts again at the later one's head; the earlier one, heard after, is past
    tails.heard("x", _chunk(25, 30))
    assert tails.page("x", 20, 10) is None and _seqs(tails.page("x", 25, 10)) == [30]
    tails.heard("x", _chunk(20, 25))
    assert tails.page("x", 20, 10) is None and _seqs(tails.page("x", 25, 10)) == [30]
    # a commit whose changes are not known drops the tail; so does a listener's reconnection
    tails.heard("x", None)
    assert tails.page("x", 30, 10) is None
    tails.heard("x", _chunk(30, 31))
    tails.heard("y", _chunk(0, 1))
    tails.forget()
    assert tails.page("x", 30, 10) is None and tails.page("y", 0, 10) is None
    # only the last few announcements are kept
    for last in range(41, 41 + feed_tail.CHUNKS + 1):
        tails.heard("x", _chunk(last - 1, last))
    assert tails.page("x", 40, 10) is None and _seqs(tails.page("x", 41, 10)) == list(range(42, 41 + feed_tail.CHUNKS + 1))


def test_a_notify_payload_carries_the_changes_when_they_fit():
    chunk = _chunk(7, 8, 9)
    text = payload("inst", "ws-1", chunk)
    assert parse_payload(text) == ("inst", "ws-1", chunk)
    assert parse_payload(payload("inst", None, chunk)) == ("inst", None, chunk)
    assert parse_payload(payload("inst", "ws-1")) == ("inst", "ws-1", None)
    assert parse_payload("inst") == ("inst", None, None)  # a process from before
    big = [[i, "document", new_id(), json.dumps({"x": new_id() + new_id()})] for i in range(400)]
    assert feed_tail.encode(big) is None  # too big for a NOTIFY: the commit wakes without its changes


_TAIL = re.compile(r'^docflow_feed_tail_answers_total ([0-9.e+]+)$', re.M)
_WAITING = re.compile(r'^docflow_long_polls_waiting ([0-9.e+]+)$', re.M)


def _metric(srv, pattern) -> float:
    found = pattern.search(requests.get(srv.url + "/metrics", timeout=10).text)
    return float(found.group(1)) if found else 0.0


def test_woken_long_polls_of_both_worker_processes_need_no_read(request, tmp_path):
    """Two worker processes on PostgreSQL: the long-polls a push wakes, wherever they wait, are
    answered from the changes the push's commit announced (NOTIFY), with no SQL statement of
    theirs, and each answer is the one a read of the feed gives."""
    srv = start_server(tmp_path, db_url=request.getfixturevalue("pg_cluster").new_database(),
                       extra_args=["--workers", "2", "--log-format", "json", "--log-level", "info"])
    try:
        clerk = ApiClient(srv.url).login("clerk")
        doc = new_id()
        [res] = clerk.push(op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "tail"}}, 0))
        cursor, version = res["seq"], 1  # the institution's head, announced by that push's commit
        # Which process takes a connection is the kernel's choice, and a process that has not heard the
        # last commit's NOTIFY yet when a poller arrives reads for it (correct, but not the case shown):
        # rounds until one where the long-polls waited in both processes and none of them read.
        clean, give_up = False, time.monotonic() + 120
        for attempt in range(8):
            if attempt >= 2 and time.monotonic() > give_up:
                break
            pollers = [ApiClient(srv.url).login("admin", workstation_id="ws-a-2") for _ in range(8)]
            for p in pollers:  # on its connection's process: its token is known there (no read for it later)
                assert p.changes(cursor, 200)["changes"] == []
            answers: list = []
            waiting = _metric(srv, _WAITING)
            threads = [threading.Thread(target=lambda p=p: answers.append(p.changes(cursor, 200, 30)))
                       for p in pollers]
            for t in threads:
                t.start()
            deadline = time.monotonic() + 30
            while _metric(srv, _WAITING) < waiting + len(pollers) and time.monotonic() < deadline:
                time.sleep(0.05)
            statements = route_metric(srv, "docflow_db_statements_total", "GET", "/v1/changes")
            answered = _metric(srv, _TAIL)
            clerk.push(op(doc, "document.update", {"fields": {"subject": f"tail {attempt}"}}, version),
                       op(doc, "document.update", {"fields": {"subject": f"tail {attempt}."}}, version + 1))
            for t in threads:
                t.join(40)
            assert len(answers) == len(pollers), "a long-poll was not woken"
            read = clerk.changes(cursor, 200)  # the check's read: one statement
            assert all(a == read for a in answers), "an answer differs from a read of the feed"
            assert [c["version"] for c in read["changes"]] == [version + 1, version + 2]
            version += 2
            spent = route_metric(srv, "docflow_db_statements_total", "GET", "/v1/changes") - statements
            tail_answers = _metric(srv, _TAIL) - answered
            cursor = read["next_cursor"]
            time.sleep(0.3)  # the access log's lines of the long-polls (written as they end) are in
            lines = [json.loads(x) for x in srv.log_path.read_text(errors="replace").splitlines() if x.startswith("{")]
            polls = [x for x in lines if x.get("route") == "/v1/changes"][-(len(pollers) + 1):-1]
            if spent == 1 and tail_answers >= len(pollers) and len({x["pid"] for x in polls}) == 2:
                clean = True
                break
        assert clean, f"no round where the woken long-polls of both processes ran no statement (last: {spent - 1})"
    finally:
        srv.stop()
