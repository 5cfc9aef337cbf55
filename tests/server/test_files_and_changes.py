"""Downloads with Range, the change feed (cursor, paging, long-poll) and gzip both ways."""
from __future__ import annotations

import gzip
import json
import os
import re
import threading
import time

import requests

from tests.server.serverproc import new_id, op


def test_range_downloads_resume(server, as_user):
    api = as_user("clerk")
    data = os.urandom(100_000)
    sha = api.upload_bytes(data, "big.pdf")
    r = api.get(f"/v1/files/{sha}")
    assert r.status_code == 200 and r.content == data
    assert r.headers["Accept-Ranges"] == "bytes" and r.headers["ETag"] == f'"{sha}"'
    assert "Content-Encoding" not in r.headers           # file bytes are never re-encoded
    r = api.get(f"/v1/files/{sha}", headers={"Range": "bytes=10-19"})
    assert r.status_code == 206 and r.content == data[10:20]
    assert r.headers["Content-Range"] == f"bytes 10-19/{len(data)}"
    got = data[:60_000]                                   # an interrupted download continues
    r = api.get(f"/v1/files/{sha}", headers={"Range": f"bytes={len(got)}-"})
    assert r.status_code == 206 and got + r.content == data
    r = api.get(f"/v1/files/{sha}", headers={"Range": "bytes=-5"})
    assert r.content == data[-5:]
    r = api.get(f"/v1/files/{sha}", headers={"Range": f"bytes={len(data)}-"})
    assert r.status_code == 416 and r.json()["error"]["code"] == "range_not_satisfiable"
    # brief (what a desk asks): no ETag nor Accept-Ranges, ~96 bytes of every download's head
    r = api.get(f"/v1/files/{sha}?brief=1", headers={"Range": f"bytes={len(got)}-"})
    assert r.status_code == 206 and got + r.content == data and r.headers["Content-Range"].startswith(f"bytes {len(got)}-")
    assert "ETag" not in r.headers and "Accept-Ranges" not in r.headers
    assert api.get("/v1/files/" + "0" * 64).status_code == 404
    assert api.get("/v1/files/..%2F..%2Fetc%2Fpasswd").status_code == 404


def test_changes_paging_and_cursor(server, as_user):
    clerk = as_user("clerk")
    _, cursor = clerk.all_changes(0)
    docs = [new_id() for _ in range(7)]
    clerk.push(*[op(d, "document.create", {"kind": "internal", "fields": {"subject": f"p{i}"}}, 0)
                 for i, d in enumerate(docs)])
    seen, pages = [], 0
    while True:
        page = clerk.changes(cursor, limit=3)
        pages += 1
        seen += page["changes"]
        assert page["next_cursor"] >= cursor
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert pages == 3
    assert [c["doc_id"] for c in seen] == docs
    assert all(c["document"]["version"] == 1 and c["actor"]["workstation_id"] == "ws-a-1" for c in seen)
    empty = clerk.changes(cursor)
    assert empty["changes"] == [] and empty["next_cursor"] == cursor and empty["has_more"] is False


def test_long_poll_wakes_on_change_and_times_out_when_idle(server, as_user):
    clerk, other = as_user("clerk"), as_user("head", ws=2)
    _, cursor = clerk.all_changes(0)
    t0 = time.monotonic()
    idle = clerk.changes(cursor, wait=1)
    assert idle["changes"] == [] and 0.9 <= time.monotonic() - t0 < 5

    _woken_by_a_push(clerk, other, cursor)


def _woken_by_a_push(poller, pusher, cursor: int) -> None:
    """A long-poll of ``poller`` at ``cursor`` gets the document ``pusher`` creates meanwhile, at once."""
    doc = new_id()
    box = {}

    def poll():
        t = time.monotonic()
        box["page"] = poller.changes(cursor, wait=30)
        box["elapsed"] = time.monotonic() - t

    th = threading.Thread(target=poll)
    th.start()
    time.sleep(0.5)
    pusher.push(op(doc, "document.create", {"kind": "internal", "fields": {"subject": "wake up"}}, 0))
    th.join(30)
    assert [c["doc_id"] for c in box["page"]["changes"]] == [doc]
    assert box["elapsed"] < 5


def test_gzip_both_ways(server, as_user):
    clerk = as_user("clerk")
    doc = new_id()
    body = {"ops": [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "x" * 5000}}, 0)]}
    r = clerk.post_gzip("/v1/ops", body)
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "applied"
    raw = requests.get(server.url + f"/v1/documents/{doc}", stream=True,
                       headers={**clerk.headers(), "Accept-Encoding": "gzip", "X-Request-Id": "req-42"})
    assert raw.headers["Content-Encoding"] == "gzip"
    assert raw.headers["X-Request-Id"] == "req-42"
    compressed = raw.raw.read()
    assert len(compressed) < 1000
    assert json.loads(gzip.decompress(compressed))["fields"]["subject"] == "x" * 5000


def _skipped(server) -> float:
    found = re.search(r"^docflow_feed_reads_skipped_total ([0-9.e+]+)$",
                      requests.get(server.url + "/metrics", timeout=10).text, re.M)
    return float(found.group(1)) if found else 0.0


def test_plain_feed_requests_skip_the_framework_and_long_polls_at_the_head_skip_the_read(server, as_user):
    """A plain GET /v1/changes (fastpath.FeedFastPath) answers byte for byte what the application
    answers (a query holding anything else goes there, as do unknown tokens and bad values); a
    long-poll at the head this process last read waits without reading, and still gets the next
    change at once."""
    clerk, other = as_user("clerk"), as_user("head", ws=2)
    other.push(op(new_id(), "document.create", {"kind": "internal", "fields": {"subject": "fast"}}, 0))
    _, head = clerk.all_changes(0)
    fast = clerk.get("/v1/changes", params={"cursor": head - 1, "limit": 5})
    slow = clerk.get("/v1/changes", params={"cursor": head - 1, "limit": 5, "other": "x"})
    assert fast.status_code == slow.status_code == 200 and fast.content == slow.content
    assert fast.headers["content-type"] == slow.headers["content-type"] and len(fast.json()["changes"]) == 1
    bad = clerk.get("/v1/changes", params={"limit": 0})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"
    stranger = requests.get(server.url + "/v1/changes", headers={**clerk.headers(), "Authorization": "Bearer nope"})
    assert stranger.status_code == 401 and stranger.json()["error"]["code"] == "unauthenticated"
    elsewhere = requests.get(server.url + "/v1/changes", headers={**clerk.headers(), "X-Docflow-Workstation": "ws-a-2"})
    assert elsewhere.status_code == 401 and elsewhere.json()["error"]["code"] == "workstation_mismatch"

    assert clerk.changes(head, wait=1)["changes"] == []   # reads the head
    skipped = _skipped(server)
    assert clerk.changes(head, wait=1)["changes"] == []   # nothing heard of since: waits without reading first
    assert _skipped(server) == skipped + 1
    _woken_by_a_push(clerk, other, head)
    assert _skipped(server) == skipped + 2   # the poll above waited without reading too


def test_a_download_comes_in_the_tls_records_the_desk_asks_for(tmp_path):
    """X-Docflow-Record: the file's body is handed to TLS in pieces of that size (each its own
    record), kept within the limits; 4 KiB without it or for something that is not a number."""
    import asyncio
    import hashlib

    from circulation_server.routers.files import _iter_file, _piece
    from circulation_server.storage import DiskBlobStorage
    from docflow_protocol import RECORD_SIZE_LIMITS

    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    storage = DiskBlobStorage(tmp_path)
    storage.path(sha).parent.mkdir(parents=True, exist_ok=True)
    storage.path(sha).write_bytes(data)

    cases = (("1024", 1024), ("3072", 3072), ("16384", 16384), ("100", RECORD_SIZE_LIMITS[0]),
             ("999999", RECORD_SIZE_LIMITS[1]), (None, 4096), ("", 4096), ("4k", 4096), ("-1", 4096))

    async def pieces() -> list[list[bytes]]:
        return [[p async for p in _iter_file(storage, sha, 1000, len(data) - 1000, _piece(asked))] for asked, _ in cases]

    for (asked, size), got in zip(cases, asyncio.run(pieces())):
        assert b"".join(got) == data[1000:], asked
        assert {len(p) for p in got[:-1]} == {size} and len(got[-1]) <= size, asked


def test_a_download_comes_in_the_records_the_desk_plans_along_its_body(tmp_path):
    """X-Docflow-Record-Plan: from each offset into the body on, pieces of the size named there (a
    piece ends where the next size starts), across the server's 256 KiB reads; a plan that does
    not parse leaves X-Docflow-Record in force."""
    import asyncio
    import hashlib

    from starlette.requests import Request

    from circulation_server.routers.files import _iter_file, _pieces
    from circulation_server.storage import DiskBlobStorage

    data = os.urandom(600_000)
    sha = hashlib.sha256(data).hexdigest()
    storage = DiskBlobStorage(tmp_path)
    storage.path(sha).parent.mkdir(parents=True, exist_ok=True)
    storage.path(sha).write_bytes(data)

    def asked(**headers: str) -> list[tuple[int, int]]:
        return _pieces(Request({"type": "http", "headers": [(k.replace("_", "-").encode(), v.encode())
                                                              for k, v in headers.items()]}))

    plan = asked(x_docflow_record_plan="8192@0,1024@200000,16384@262144", x_docflow_record="2048")
    assert plan == [(0, 8192), (200_000, 1024), (262_144, 16384)]
    assert asked(x_docflow_record_plan="8192@7", x_docflow_record="2048") == [(0, 2048)]

    async def pieces() -> list[bytes]:
        return [p async for p in _iter_file(storage, sha, 100, len(data) - 100, plan)]

    got = asyncio.run(pieces())
    assert b"".join(got) == data[100:]
    sizes, at = {}, 0
    for p in got:
        sizes[at] = len(p)
        at += len(p)
    assert {n for a, n in sizes.items() if a < 196_608} == {8192}
    assert sizes[196_608] == 200_000 - 196_608  # cut short where the next size starts
    assert {n for a, n in sizes.items() if 200_000 <= a < 262_144} == {1024, (262_144 - 200_000) % 1024}
    assert {n for a, n in sizes.items() if 262_144 <= a < at - 16384} == {16384}


def test_the_feed_leaves_out_the_desks_own_echo_only(server, as_user):
    """``own_from``/``own_to`` (docs/protocol.md §6): the asking desk's own create/update/attach/register
    changes in the window are left out, while a document is only its own; a change by another
    desk brings that document's later changes back, the server-assigned number included; a
    request without the window (an older desk) and another desk get everything."""
    clerk, other = as_user("clerk"), as_user("clerk", ws=2)
    _, cursor = clerk.all_changes(0)
    mine, shared, before = new_id(), new_id(), new_id()
    first = clerk.push(op(before, "document.create", {"kind": "internal", "fields": {"subject": "before"}}, 0))[0]
    created = clerk.push(op(mine, "document.create", {"kind": "internal", "fields": {"subject": "mine"}}, 0),
                         op(shared, "document.create", {"kind": "internal", "fields": {"subject": "shared"}}, 0))
    other.push(op(shared, "document.update", {"fields": {"summary": "theirs"}}, 1))
    later = clerk.push(op(mine, "document.update", {"fields": {"summary": "m"}}, 1),
                       op(shared, "document.update", {"fields": {"summary": "s"}}, 2),
                       op(before, "document.update", {"fields": {"summary": "b"}}, 1))
    low, high = created[0]["seq"], later[-1]["seq"]
    everything = clerk.changes(cursor)

    def page(api, **window) -> dict:
        r = api.get("/v1/changes", params={"cursor": cursor, "limit": 100, **window})
        assert r.status_code == 200, r.text
        return r.json()

    assert [c["doc_id"] for c in everything["changes"]].count(mine) == 2  # no window: the desk's own too
    got = page(clerk, own_from=low, own_to=high)
    by_doc = [(c["doc_id"], c["version"]) for c in got["changes"]]
    assert (mine, 1) not in by_doc and (mine, 2) not in by_doc  # its own document, only its own ops
    assert (before, 1) in by_doc and (before, 2) in by_doc  # created before the window: all of it comes
    assert [v for d, v in by_doc if d == shared] == [2, 3]  # another desk's edit and what followed it
    assert got["next_cursor"] == everything["next_cursor"] and got["has_more"] is False
    assert first["seq"] < low
    # a query the fast path leaves to the application (a key it does not know) is answered alike
    assert page(clerk, own_from=low, own_to=high, unknown=1) == got
    assert page(other, own_from=low, own_to=high) == everything  # another workstation's window: its own, not ours
    assert page(clerk, own_from=high, own_to=low) == everything  # an empty window leaves nothing out
    r = clerk.get("/v1/changes", params={"cursor": cursor, "own_from": "x", "own_to": high})
    assert r.status_code == 422


def test_the_lead_file_of_a_feed_page_is_the_file_its_first_download_asks(server, as_user):
    """``GET /v1/changes/lead-file`` (docs/protocol.md §6.1), asked right behind a feed page from the
    same cursor: the smallest file of the documents created in that page by other workstations only
    (``docflow_protocol.lead_file``), whole and named, so a desk need not wait a round trip after the
    page to ask it; 204 when the page has none for the asking desk (its own documents' files, a
    document created before the cursor, an empty page)."""
    from docflow_protocol import lead_file

    clerk, other = as_user("clerk"), as_user("clerk", ws=2)
    _, cursor = clerk.all_changes(0)
    older = new_id()
    clerk.push(op(older, "document.create", {"kind": "internal", "fields": {"subject": "older"}}, 0))
    _, start = clerk.all_changes(cursor)
    docs, data = [new_id(), new_id(), new_id()], [os.urandom(n) for n in (30_000, 9_000, 20_000, 4_000)]
    shas = [clerk.upload_bytes(d, f"f{i}.pdf") for i, d in enumerate(data)]

    def attach(doc: str, i: int, version: int) -> dict:
        return op(doc, "file.attach", {"sha256": shas[i], "role": "scan", "name": f"f{i}.pdf",
                                       "media_type": "application/pdf", "size": len(data[i])}, version)

    clerk.push(op(docs[0], "document.create", {"kind": "internal", "fields": {"subject": "a"}}, 0), attach(docs[0], 0, 1),
               op(docs[1], "document.create", {"kind": "internal", "fields": {"subject": "b"}}, 0), attach(docs[1], 1, 1),
               attach(older, 3, 1))  # the smallest file, of a document created before the page
    other.push(op(docs[2], "document.create", {"kind": "internal", "fields": {"subject": "c"}}, 0))
    clerk.push(attach(docs[2], 2, 1))  # another desk's document the clerk attached to: the clerk's own
    r = other.get("/v1/changes/lead-file", params={"cursor": start, "limit": 100, "brief": 1}, headers={"X-Docflow-Record": "1024"})
    assert r.status_code == 200 and r.content == data[1] and r.headers["X-Docflow-File"] == shas[1]
    assert "ETag" not in r.headers and int(r.headers["Content-Length"]) == len(data[1])
    page = other.changes(start, limit=100)["changes"]
    assert lead_file(page, "ws-a-2") == (shas[1], len(data[1]))  # what the desk picks from the page it read
    assert other.get("/v1/changes/lead-file", params={"cursor": start, "limit": 1}).status_code == 204  # docs[0]'s create only
    r = other.get("/v1/changes/lead-file", params={"cursor": start, "limit": 2})  # ... and its file: the page's lead
    assert r.status_code == 200 and r.content == data[0] and r.headers["ETag"] == f'"{shas[0]}"'
    assert clerk.get("/v1/changes/lead-file", params={"cursor": start}).status_code == 204  # only docs[2]: the clerk attached to it
    _, end = clerk.all_changes(start)
    assert other.get("/v1/changes/lead-file", params={"cursor": end}).status_code == 204
    assert other.get("/v1/changes/lead-file", params={"cursor": -1}).status_code == 422
