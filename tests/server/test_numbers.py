"""Registration numbers: block leases, usage, provisional -> final, never twice (also under load)."""
from __future__ import annotations

import re
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import requests

from tests.server.serverproc import ApiClient, new_id, op, route_metric


def _doc(client, kind="incoming"):
    doc = new_id()
    assert client.push(op(doc, "document.create", {"kind": kind, "fields": {"subject": "n"}}, 0))[0]["status"] == "applied"
    return doc


def _register(client, doc, **payload):
    payload = {"journal_id": "j-a-in", "date": "2026-11-26", **payload}
    return client.push(op(doc, "registration.register", payload, 1))[0]


def test_block_lease_usage_and_rules(server, as_user):
    clerk, other_ws = as_user("clerk"), as_user("head", ws=2)
    rid = new_id()
    r = clerk.post("/v1/journals/j-a-in/blocks", json={"size": 5, "request_id": rid})
    assert r.status_code == 201
    block = r.json()
    assert block["end"] - block["start"] == 4 and block["workstation_id"] == "ws-a-1"
    again = clerk.post("/v1/journals/j-a-in/blocks", json={"size": 5, "request_id": rid})
    assert again.status_code == 200 and again.json()["block_id"] == block["block_id"]

    seq = block["start"] + 2
    res = _register(clerk, _doc(clerk), mode="block", block_id=block["block_id"], seq=seq)
    assert res["status"] == "applied"
    assert res["result"]["number"] == f"IN-{seq:05d}/2026"
    assert clerk.get(f"/v1/number-blocks/{block['block_id']}").json()["used"] == [seq]
    # the same number again, a number outside the block, someone else's block
    res = _register(clerk, _doc(clerk), mode="block", block_id=block["block_id"], seq=seq)
    assert res["status"] == "rejected" and res["error"]["code"] == "number_already_used"
    res = _register(clerk, _doc(clerk), mode="block", block_id=block["block_id"], seq=block["end"] + 1)
    assert res["error"]["code"] == "number_not_in_block"
    res = _register(other_ws, _doc(other_ws), mode="block", block_id=block["block_id"], seq=block["start"])
    assert res["error"]["code"] == "number_not_in_block"
    # provisional -> the server issues the next journal number, outside every leased block
    res = _register(clerk, _doc(clerk), mode="provisional", provisional_number="P-ws-a-1-0001")
    assert res["status"] == "applied" and res["result"]["provisional_number"] == "P-ws-a-1-0001"
    assert res["result"]["seq"] > block["end"]
    # released blocks are burned
    r = clerk.post(f"/v1/number-blocks/{block['block_id']}/release")
    assert r.status_code == 200 and r.json()["released_at"]
    assert clerk.post(f"/v1/number-blocks/{block['block_id']}/release").status_code == 409
    res = _register(clerk, _doc(clerk), mode="block", block_id=block["block_id"], seq=block["start"])
    assert res["error"]["code"] == "number_not_in_block"
    assert any(b["block_id"] == block["block_id"] for b in clerk.get("/v1/number-blocks").json()["blocks"])


def _list_statements(server, client) -> tuple[int, list]:
    """(SQL statements the server ran for one GET /v1/number-blocks, the blocks it listed)."""
    def ran() -> float:
        return route_metric(server, "docflow_db_statements_total", "GET", "/v1/number-blocks")

    assert client.get("/v1/auth/me").status_code == 200  # the token is in the server's cache now
    before = ran()
    blocks = client.get("/v1/number-blocks").json()["blocks"]
    return int(ran() - before), blocks


def test_listing_blocks_costs_the_same_statements_however_many(server, as_user):
    """GET /v1/number-blocks runs a fixed number of statements: not one per block (no N+1)."""
    clerk = as_user("admin", ws=2)
    first = clerk.post("/v1/journals/j-a-out/blocks", json={"size": 4}).json()
    few, listed = _list_statements(server, clerk)
    leased = [clerk.post("/v1/journals/j-a-in/blocks", json={"size": 3}).json() for _ in range(12)]
    for block in (first, leased[0], leased[-1]):
        journal = "j-a-out" if block is first else "j-a-in"
        res = _register(clerk, _doc(clerk, "outgoing" if block is first else "incoming"), journal_id=journal,
                        mode="block", block_id=block["block_id"], seq=block["start"] + 1)
        assert res["status"] == "applied", res
    many, listed_after = _list_statements(server, clerk)
    assert len(listed_after) == len(listed) + 12
    assert few > 0  # the metric is read (a listing runs statements)
    assert many == few, f"{len(listed_after)} blocks took {many} statements, {len(listed)} took {few}"
    by_id = {b["block_id"]: b for b in listed_after}
    for block in (first, leased[0], leased[-1]):
        assert by_id[block["block_id"]]["used"] == [block["start"] + 1]
        assert by_id[block["block_id"]]["code"] == ("OUT" if block is first else "IN")
    assert by_id[leased[1]["block_id"]]["used"] == []


def test_twenty_concurrent_clients_no_duplicate_no_loss(server):
    """20 clients at once lease blocks, register by block/provisional/server and push ops."""
    users = [("clerk", "ws-a-1"), ("head", "ws-a-2"), ("admin", "ws-a-1"), ("clerk", "ws-a-2")]
    clients = [ApiClient(server.url).login(users[i % 4][0], workstation_id=users[i % 4][1]) for i in range(20)]
    applied: list = []
    blocks: list = []
    errors: list = []
    lock = threading.Lock()
    start = threading.Barrier(len(clients))

    def work(i: int, c: ApiClient) -> None:
        try:
            start.wait()
            block = c.post("/v1/journals/j-a-in/blocks", json={"size": 3}).json()
            mine = []
            for k in range(6):
                doc = new_id()
                o1 = op(doc, "document.create", {"kind": "incoming", "fields": {"subject": f"c{i}-{k}"}}, 0)
                if k < 3:
                    reg = {"mode": "block", "block_id": block["block_id"], "seq": block["start"] + k}
                elif k == 3:
                    reg = {"mode": "provisional", "provisional_number": f"P-{i}-{k}"}
                else:
                    reg = {"mode": "server"}
                o2 = op(doc, "registration.register", {"journal_id": "j-a-in", "date": "2026-11-26", **reg}, 1)
                o3 = op(doc, "document.update", {"fields": {"note": "x"}}, 2)
                res = c.push(o1, o2, o3)
                res += c.push(o1, o2, o3)  # a retry, as after a lost reply
                mine.append((o1, o2, o3, res))
            with lock:
                applied.extend(mine)
                blocks.append(block)
        except Exception as exc:  # pragma: no cover - reported below
            with lock:
                errors.append(repr(exc))

    threads = [threading.Thread(target=work, args=(i, c)) for i, c in enumerate(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert len(applied) == 20 * 6
    numbers = []
    for o1, o2, o3, res in applied:
        assert [r["status"] for r in res] == ["applied"] * 6, res
        assert [r["replayed"] for r in res] == [False] * 3 + [True] * 3
        numbers.append(res[1]["result"]["number"])
    assert not [n for n, k in Counter(numbers).items() if k > 1], "duplicate registration number"
    ranges = sorted((b["start"], b["end"]) for b in blocks)
    assert all(prev[1] < nxt[0] for prev, nxt in zip(ranges, ranges[1:])), "overlapping blocks"
    # no lost op: every op is in the feed exactly once
    feed, _ = clients[0].all_changes(0)
    feed_ops = Counter(c["op_id"] for c in feed if c["op_id"])
    for o1, o2, o3, _ in applied:
        for o in (o1, o2, o3):
            assert feed_ops[o["op_id"]] == 1
    seqs = [c["seq"] for c in feed]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))


def test_the_same_push_sent_twice_at_once_is_applied_once(server):
    """A desk's retry that overtakes its first send (both in flight at once): the second finds the
    ops unknown before the first commits, its record of them fails on the ops table's key, and the
    retry answers them as replays -- each op applied once, one number per letter, each in the feed
    once."""
    senders = [ApiClient(server.url).login("clerk") for _ in range(2)]
    pushed = []
    for _ in range(6):
        doc = new_id()
        batch = [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "twice"}}, 0),
                 op(doc, "registration.register", {"journal_id": "j-a-in", "date": "2026-11-26", "mode": "server"}, 1),
                 op(doc, "document.update", {"fields": {"note": "x"}}, 2)]
        start = threading.Barrier(2)

        def send(c: ApiClient) -> list:
            start.wait()
            return c.push(*batch)

        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(send, senders))
        for res in answers:
            assert [r["status"] for r in res] == ["applied"] * 3, res
        assert sorted(res[0]["replayed"] for res in answers) == [False, True]
        assert answers[0][1]["result"]["number"] == answers[1][1]["result"]["number"]
        pushed += [o["op_id"] for o in batch]
    feed = Counter(c["op_id"] for c in senders[0].all_changes(0)[0])
    assert [feed[op_id] for op_id in pushed] == [1] * len(pushed)


def _leases_counted(server) -> float:
    """The leases answered (any status) as ``/metrics`` counts them under the route's name."""
    text = requests.get(server.url + "/metrics", timeout=10, verify=server.verify).text
    return sum(float(v) for v in re.findall(r'^docflow_http_requests_total\{method="POST",'
                                             r'route="/v1/journals/\{journal_id\}/blocks",status="2\d\d"\} (\S+)$', text, re.M))


def test_a_lease_answers_alike_through_the_fast_path_and_the_application(server):
    """A desk's first request goes through the application (its token is not cached yet), later
    leases through fastpath.LeaseFastPath: a new block and a repeated request id answer with the
    same status, headers and JSON (keys in the response model's order) either way, counted under
    the route's name; what the endpoint refuses is still refused with the application's errors."""
    api = ApiClient(server.url).login("clerk")
    blocks = "/v1/journals/j-a-in/blocks"
    before = _leases_counted(server)
    rid = new_id()
    first = api.post(blocks, json={"size": 3, "request_id": rid})          # the application (token not cached)
    fast = api.post(blocks, json={"size": 3, "request_id": new_id()})      # the fast path
    assert first.status_code == fast.status_code == 201, (first.text, fast.text)
    for name in ("content-type", "content-length"):
        assert first.headers[name] == (fast.headers[name] if name != "content-length" else str(len(fast.content)))
    assert list(first.json()) == list(fast.json())
    assert fast.json()["start"] == first.json()["end"] + 1 and fast.json()["used"] == []
    expected = first.content.replace(first.json()["block_id"].encode(), fast.json()["block_id"].encode())
    for key in ("start", "end", "created_at"):
        expected = expected.replace(f'"{key}":{first.json()[key]!r}'.replace("'", '"').encode(),
                                    f'"{key}":{fast.json()[key]!r}'.replace("'", '"').encode())
    assert fast.content == expected
    repeated = api.post(blocks, json={"size": 3, "request_id": rid})       # the fast path, the block made first
    assert repeated.status_code == 200 and repeated.content == first.content
    assert _leases_counted(server) - before == 3  # under the route's name, the fast path's too
    refusals = [api.post(blocks, json={"size": 4, "request_id": rid}),           # the request id of another block
                api.post("/v1/journals/j-b-in/blocks", json={"size": 3}),        # another institution's journal
                api.post(blocks, json={"size": 3, "year": 1990}),                # a year out of range
                api.post(blocks, json={"size": 0}),                              # the request model refuses it
                ApiClient(server.url).login("executor").post(blocks, json={"size": 3})]  # not a registrar
    assert [(r.status_code, r.json()["error"]["code"]) for r in refusals] == [
        (422, "idempotency_key_reused"), (404, "not_found"), (422, "invalid_request"), (422, "invalid_request"),
        (403, "forbidden_role")], [r.text for r in refusals]
