"""The server at scale: per-institution locks (parallel institutions, no deadlock, feeds in order),
several worker processes over one PostgreSQL (LISTEN/NOTIFY wake-ups, upload locks in the
database), host-wide password-check slots, and feed pages in a fixed number of SQL statements.

Each test runs its own real server process(es): ``--workers 2`` on PostgreSQL where several
processes are the point, else one process per back-end.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import create_engine, text

from circulation_server.security import PasswordCheckGate
from tests.server.conftest import BACKENDS
from tests.server.serverproc import ApiClient, free_port, new_id, op, route_metric, start_server

TUS = {"Tus-Resumable": "1.0.0"}


def _db_url(request, backend: str):
    return request.getfixturevalue("pg_cluster").new_database() if backend == "postgres" else None


@pytest.fixture(scope="module", params=BACKENDS)
def busy_server(request, tmp_path_factory):
    """A demo server: two worker processes on PostgreSQL, the one process SQLite runs on."""
    backend = request.param
    args = ["--workers", "2", "--log-format", "json", "--log-level", "info"] if backend == "postgres" else []
    metrics_port = free_port()
    srv = start_server(tmp_path_factory.mktemp(f"scale-{backend}"), db_url=_db_url(request, backend),
                       extra_args=args + ["--metrics-port", str(metrics_port)])
    srv.backend = backend
    srv.metrics_url = f"http://127.0.0.1:{metrics_port}/metrics"
    yield srv
    srv.stop()


def _outgoing_dispatch(inst: str, to: str) -> list[dict]:
    """A new outgoing document of demo institution ``inst`` ("a"/"b"), registered and dispatched
    to registry code ``to``: one batch of three ops."""
    doc = new_id()
    return [op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "Circular " + doc[:8]}}, 0),
            op(doc, "registration.register", {"journal_id": f"j-{inst}-out", "mode": "server",
                                              "date": "2026-11-26"}, 1),
            op(doc, "document.dispatch", {"dispatch_id": new_id(), "to": [to]}, 2)]


class FeedReader(threading.Thread):
    """A desk that long-polls its institution's feed, keeps every change it saw in order, and
    acknowledges each incoming document it receives (a write that locks both institutions)."""

    def __init__(self, client: ApiClient, stop: threading.Event):
        super().__init__(daemon=True)
        self.client, self.stop = client, stop
        self.seen: list[dict] = []
        self.cursor = 0
        self.errors: list[str] = []

    def run(self) -> None:
        while not self.stop.is_set():
            r = self.client.get("/v1/changes", params={"cursor": self.cursor, "limit": 50, "wait": 2})
            if r.status_code != 200:
                self.errors.append(f"changes {r.status_code}: {r.text[:200]}")
                return
            page = r.json()
            self.seen += page["changes"]
            self.cursor = page["next_cursor"]
            acks = [op(c["doc_id"], "dispatch.acknowledge", {"status": "registered", "registration_number": "IN-1"},
                       None) for c in page["changes"]
                    if c["op_type"] == "document.dispatch" and c["actor"] is None]  # an incoming copy
            if acks:
                r = self.client.post("/v1/ops", json={"ops": acks})
                if r.status_code != 200 or any(x["status"] != "applied" for x in r.json()["results"]):
                    self.errors.append(f"acknowledge {r.status_code}: {r.text[:300]}")


def test_institutions_dispatching_to_each_other_never_deadlock_and_feeds_stay_in_order(busy_server):
    """Both institutions dispatch to each other at once from two desks each, while a desk of each
    long-polls and acknowledges: every write locks two feeds (sender and recipient) in both
    orders of arrival. Nothing fails, every op lands exactly once, and what a desk saw live is
    exactly its feed read afterwards -- no change appeared behind a cursor already passed."""
    srv = busy_server
    desks = {inst: [ApiClient(srv.url).login("clerk", workstation_id=f"ws-{inst}-{n}") for n in (1, 2)]
             for inst in "ab"}
    readers = {inst: ApiClient(srv.url).login("admin", workstation_id=f"ws-{inst}-2") for inst in "ab"}
    start = {inst: readers[inst].all_changes(0)[1] for inst in "ab"}
    stop = threading.Event()
    live = {inst: FeedReader(readers[inst], stop) for inst in "ab"}
    for inst, reader in live.items():
        reader.cursor = start[inst]
        reader.start()

    def push_rounds(inst: str, desk: ApiClient, rounds: int) -> list[tuple[dict, dict]]:
        other = "AZ-0002" if inst == "a" else "AZ-0001"
        out = []
        for _ in range(rounds):
            batch = _outgoing_dispatch(inst, other)
            r = desk.post("/v1/ops", json={"ops": batch})
            assert r.status_code == 200, r.text
            out += list(zip(batch, r.json()["results"]))
        return out

    with ThreadPoolExecutor(4) as pool:
        jobs = [pool.submit(push_rounds, inst, desk, 12) for inst in "ab" for desk in desks[inst]]
        pushed = [pair for job in jobs for pair in job.result()]
    assert {res["status"] for _, res in pushed} == {"applied"}, [res for _, res in pushed if res["status"] != "applied"]

    # let the readers drain: every dispatch is delivered, acknowledged, and both receipts arrive
    final = {}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        final = {inst: readers[inst].all_changes(start[inst])[0] for inst in "ab"}
        receipts = sum(1 for inst in "ab" for c in final[inst] if c["kind"] == "receipt")
        if receipts == 2 * 48 and all(live[i].cursor == (final[i][-1]["seq"] if final[i] else 0) for i in "ab"):
            break
        time.sleep(0.5)
    stop.set()
    for reader in live.values():
        reader.join(10)
        assert not reader.errors, reader.errors

    for inst in "ab":
        feed = final[inst]
        seqs = [c["seq"] for c in feed]
        assert seqs == sorted(set(seqs)), "feed not in strictly increasing order"
        assert [c["seq"] for c in live[inst].seen] == seqs, "a desk reading live missed or reordered a change"
        versions: dict[str, int] = {}
        for c in feed:
            if c["kind"] == "document":
                assert c["version"] > versions.get(c["doc_id"], 0), f"document {c['doc_id']} went back in the feed"
                versions[c["doc_id"]] = c["version"]
    in_feed = Counter(c["op_id"] for inst in "ab" for c in final[inst] if c.get("op_id"))
    assert all(in_feed[o["op_id"]] == 1 for o, _ in pushed), "an op is missing from its feed or appears twice"
    receipts = Counter((c["receipt"]["dispatch_id"], c["receipt"]["status"])
                       for inst in "ab" for c in final[inst] if c["kind"] == "receipt")
    assert len(receipts) == 2 * 48 and set(receipts.values()) == {1}
    numbers = [(res["result"]["journal_id"], res["result"]["number"]) for o, res in pushed
               if o["type"] == "registration.register"]
    assert len(numbers) == len(set(numbers)) == 48
    if srv.backend == "postgres":
        engine = create_engine(srv.db_url)
        try:
            with engine.connect() as conn:
                deadlocks = conn.execute(text("SELECT deadlocks FROM pg_stat_database "
                                              "WHERE datname = current_database()")).scalar()
        finally:
            engine.dispose()
        assert deadlocks == 0
    check = subprocess.run([sys.executable, "-m", "circulation_server", "check", "--data-dir", str(srv.data_dir),
                            *(["--db", srv.db_url] if srv.db_url else [])], capture_output=True, text=True,
                           timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_locked_institution_does_not_hold_up_another_and_a_push_is_one_transaction(request, tmp_path):
    """While institution A's feed lock is held (as by a long transaction), B's pushes commit at once
    and A's wait for it: there is no server-wide write lock any more (PostgreSQL). A push of 40 ops
    (one a dispatch to B) commits in one write transaction, as a push of one op does."""
    db_url = request.getfixturevalue("pg_cluster").new_database()
    srv = start_server(tmp_path, db_url=db_url)
    try:
        a, b = ApiClient(srv.url).login("clerk"), ApiClient(srv.url).login("clerk", workstation_id="ws-b-1")
        engine = create_engine(db_url)
        conn = engine.connect()
        tx = conn.begin()
        conn.execute(text("SELECT id FROM institutions WHERE registry_code = 'AZ-0001' FOR NO KEY UPDATE"))
        a_result: dict = {}

        def push_a() -> None:
            doc = new_id()
            a_result["r"] = a.push(op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "A"}}, 0))
            a_result["at"] = time.monotonic()

        t = threading.Thread(target=push_a)
        t.start()
        time.sleep(0.5)
        t0 = time.monotonic()
        [res] = b.push(op(new_id(), "document.create", {"kind": "incoming", "fields": {"subject": "B"}}, 0))
        b_took = time.monotonic() - t0
        assert res["status"] == "applied" and b_took < 2.0, f"B waited {b_took:.1f} s behind A's lock"
        time.sleep(1.0)
        assert "r" not in a_result, "A's push went through while A's feed was locked"
        released = time.monotonic()
        tx.rollback()
        conn.close()
        engine.dispose()
        t.join(30)
        assert a_result["r"][0]["status"] == "applied" and a_result["at"] >= released

        # a push is one write transaction however many ops it holds (one a dispatch that writes
        # to B's feed too)
        def writes_of(*ops: dict) -> int:
            before = _metric(srv, _WRITES)
            assert {r["status"] for r in a.push(*ops)} == {"applied"}
            return int(_metric(srv, _WRITES) - before)

        creates = [op(new_id(), "document.create", {"kind": "incoming", "fields": {"subject": "n"}}, 0)
                   for _ in range(37)]
        assert writes_of(creates[0]) == 1
        assert writes_of(*creates[1:], *_outgoing_dispatch("a", "AZ-0002")) == 1
    finally:
        srv.stop()


def _log_lines(srv) -> list[dict]:
    out = []
    for line in srv.log_path.read_text(errors="replace").splitlines():
        if line.startswith("{"):
            out.append(json.loads(line))
    return out


def test_workers_wake_each_others_long_polls_and_share_upload_locks(request, tmp_path):
    """Two worker processes: a push answered by one wakes long-polls held by the other at once
    (LISTEN/NOTIFY, not the 15 s re-check); a DELETE is refused while another process streams a
    PATCH of the same upload; access lines are JSON and carry no secret."""
    srv = start_server(tmp_path, db_url=request.getfixturevalue("pg_cluster").new_database(),
                       extra_args=["--workers", "2", "--log-format", "json", "--log-level", "info"])
    try:
        clerk = ApiClient(srv.url).login("clerk")
        _, cursor = clerk.all_changes(0)
        crossed = False
        # Which process accepts a connection is the kernel's choice: on a loaded machine one process can take
        # every connection for a while, so keep trying (bounded) until a long-poll lands on the other one.
        give_up = time.monotonic() + 120
        for attempt in range(20):
            if attempt >= 6 and time.monotonic() > give_up:
                break
            pollers = [ApiClient(srv.url).login("admin", workstation_id="ws-a-2") for _ in range(6)]
            done: list[float] = []

            def poll(api: ApiClient, since: int) -> None:
                page = api.changes(since, wait=30)
                assert page["changes"], "woken without a change"
                done.append(time.monotonic())

            threads = [threading.Thread(target=poll, args=(p, cursor)) for p in pollers]
            for t in threads:
                t.start()
            time.sleep(1.5)
            pushed_at = time.monotonic()
            [res] = clerk.push(op(new_id(), "document.create", {"kind": "incoming", "fields": {"subject": "wake"}}, 0))
            for t in threads:
                t.join(40)
            assert len(done) == len(pollers) and max(done) - pushed_at < 5.0, "a long-poll was not woken by the push"
            cursor = res["seq"]
            time.sleep(0.3)
            lines = [x for x in _log_lines(srv) if x.get("route") in ("/v1/changes", "/v1/ops")]
            push_pid = [x["pid"] for x in lines if x["route"] == "/v1/ops"][-1]
            poll_pids = {x["pid"] for x in lines[-(len(pollers) + 2):] if x["route"] == "/v1/changes"}
            if poll_pids - {push_pid}:
                crossed = True
                break
        assert crossed, "no long-poll was ever served by the other worker process"
        pids = {x["pid"] for x in _log_lines(srv) if "route" in x}
        assert len(pids) == 2

        # upload lock held by whichever process streams the PATCH; DELETE from any process waits, then 423
        data = b"%PDF slow " + new_id().encode() * 2000
        sha = hashlib.sha256(data).hexdigest()
        import base64
        r = clerk.post("/v1/uploads", headers={**TUS, "Upload-Length": str(len(data)),
                                               "Upload-Metadata": "sha256 " + base64.b64encode(sha.encode()).decode()})
        url = r.headers["Location"]
        chunks = [data[i:i + 4000] for i in range(0, len(data), 4000)]

        def slow_body():
            for chunk in chunks:
                yield chunk
                time.sleep(0.8)

        patched: dict = {}
        t = threading.Thread(target=lambda: patched.setdefault("r", clerk.request(
            "PATCH", url, data=slow_body(), headers={**TUS, "Upload-Offset": "0",
                                                     "Content-Type": "application/offset+octet-stream"})))
        t.start()
        time.sleep(1.0)
        deleters = [ApiClient(srv.url).login("clerk") for _ in range(3)]  # fresh connections: either process
        with ThreadPoolExecutor(3) as pool:  # all within the PATCH's 16 s
            answers = list(pool.map(lambda d: d.request("DELETE", url, headers=TUS), deleters))
        assert {a.status_code for a in answers} == {423}, [a.text for a in answers]
        t.join(60)
        assert patched["r"].status_code == 204, patched["r"].text
        assert clerk.get(f"/v1/files/{sha}").content == data

        logged = "\n".join(json.dumps(line) for line in _log_lines(srv))  # the demo banner aside
        assert clerk.token not in logged
        assert "demo-clerk" not in logged
    finally:
        srv.stop()


_OWN = re.compile(r'^docflow_feed_own_wakes_total ([0-9.e+]+)$', re.M)


def test_a_desks_own_push_does_not_answer_its_own_long_poll(busy_server):
    """A desk's push does not answer that desk's own long-poll (it has the change from its push:
    the answer would be a wasted round trip); another desk's long-poll of the institution wakes
    at once; the desk's long-poll wakes at the next change pushed elsewhere and then carries both
    (nothing is lost or held back from the feed). On PostgreSQL two workers: the wake-up crosses
    processes with its writer (NOTIFY) as well as within one."""
    srv = busy_server
    own, other = ApiClient(srv.url).login("clerk"), ApiClient(srv.url).login("head", workstation_id="ws-a-2")
    _, cursor = own.all_changes(0)
    pages: dict = {}
    with ThreadPoolExecutor(2) as pool:
        waiting = _metric(srv, _WAITING)
        pages["own"] = pool.submit(own.changes, cursor, 500, 30)
        pages["other"] = pool.submit(other.changes, cursor, 500, 30)
        deadline = time.monotonic() + 30
        while _metric(srv, _WAITING) < waiting + 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        skipped = _metric(srv, _OWN)
        mine = new_id()
        own.push(op(mine, "document.create", {"kind": "internal", "fields": {"subject": "mine"}}, 0))
        assert [c["doc_id"] for c in pages["other"].result(timeout=10)["changes"]] == [mine]
        while _metric(srv, _OWN) < skipped + 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _metric(srv, _OWN) == skipped + 1 and not pages["own"].done(), "the desk's own push answered its poll"
        theirs = new_id()
        pushed = time.monotonic()
        other.push(op(theirs, "document.create", {"kind": "internal", "fields": {"subject": "theirs"}}, 0))
        page = pages["own"].result(timeout=30)
        assert time.monotonic() - pushed < 5, "another desk's push did not wake the long-poll at once"
        assert [c["doc_id"] for c in page["changes"]] == [mine, theirs]


def test_password_check_slots_hold_across_processes(tmp_path):
    """Two gates over one slot directory (as two worker processes) share the cap, and a process
    that dies holding a slot gives it back (the kernel drops its flock)."""
    import asyncio

    async def scenario() -> None:
        first = PasswordCheckGate(1, wait=0.3, slots_dir=tmp_path)
        second = PasswordCheckGate(1, wait=0.3, slots_dir=tmp_path)
        async with first.turn() as got:
            assert got
            async with second.turn() as other:
                assert not other, "two password checks ran at once on a host capped at one"
        async with second.turn() as got:
            assert got

    asyncio.run(scenario())
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, sys, time\n"
        f"f = open({str(tmp_path / 'password-check-0.lock')!r}, 'a+b')\n"
        "fcntl.flock(f, fcntl.LOCK_EX)\nprint('held', flush=True)\ntime.sleep(60)\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"

        async def blocked() -> bool:
            async with PasswordCheckGate(1, wait=0.3, slots_dir=tmp_path).turn() as got:
                return got

        assert asyncio.run(blocked()) is False
        holder.kill()
        holder.wait(5)
        assert asyncio.run(blocked()) is True
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.stdout.close()


# ---------------------------------------------------------------------------------- statements

_WRITES = re.compile(r'^docflow_db_write_transactions_total\{method="POST",route="/v1/ops"\} ([0-9.e+]+)$', re.M)
_WAITING = re.compile(r'^docflow_long_polls_waiting ([0-9.e+]+)$', re.M)
_METRIC = re.compile(r'^docflow_db_statements_total\{method="GET",route="/v1/changes"\} ([0-9.e+]+)$', re.M)
_COUNT = re.compile(r'^docflow_http_requests_total\{method="GET",route="/v1/changes",status="200"\} ([0-9.e+]+)$',
                    re.M)


def _metric(srv, pattern: re.Pattern) -> float:
    found = pattern.search(requests.get(srv.url + "/metrics", timeout=10).text)
    return float(found.group(1)) if found else 0.0


def _statements_of_one(srv, fn) -> int:
    """SQL statements the server ran for the one /v1/changes request ``fn`` makes (from /metrics)."""
    def read() -> tuple[float, float]:
        return _metric(srv, _METRIC), _metric(srv, _COUNT)

    before, n0 = read()
    fn()
    after, n1 = read()
    assert n1 - n0 == 1
    return int(after - before)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_feed_page_costs_the_same_statements_whatever_it_holds(backend, request, tmp_path):
    """A page of 1 change and a page of 120 changes with 60 first deliveries (each writing a receipt
    to the sender's feed) run the same number of SQL statements: no query per change. Six
    long-polls woken by one change read the page once between them; a long-poll woken by a change
    waits out the gathering window, so a burst of pushes comes back as one page."""
    gather = 1.0
    srv = start_server(tmp_path, db_url=_db_url(request, backend), extra_args=["--feed-gather", str(gather)])
    try:
        a, b = ApiClient(srv.url).login("clerk"), ApiClient(srv.url).login("clerk", workstation_id="ws-b-1")
        b_desk2 = ApiClient(srv.url).login("head", workstation_id="ws-b-2")  # wakes ws-b-1's long-polls
        _, b_cursor = b.all_changes(0)

        def dispatch_to_b(n: int) -> None:
            batch = []
            for _ in range(n):
                batch += _outgoing_dispatch("a", "AZ-0002")
            for i in range(0, len(batch), 90):
                assert {r["status"] for r in a.push(*batch[i:i + 90])} == {"applied"}

        def b_creates(n: int) -> None:
            b_desk2.push(*[op(new_id(), "document.create", {"kind": "incoming", "fields": {"subject": "x"}}, 0)
                     for _ in range(n)])

        dispatch_to_b(1)
        page: dict = {}
        small = _statements_of_one(srv, lambda: page.update(b.changes(b_cursor, limit=500)))
        assert len(page["changes"]) == 1
        b_cursor = page["next_cursor"]

        dispatch_to_b(60)
        b_creates(60)
        big = _statements_of_one(srv, lambda: page.update(b.changes(b_cursor, limit=500)))
        assert len(page["changes"]) == 120
        b_cursor = page["next_cursor"]
        assert big == small, f"a page of 120 changes ran {big} statements, a page of 1 ran {small}"

        b_creates(1)
        plain = _statements_of_one(srv, lambda: page.update(b.changes(b_cursor, limit=500)))
        assert plain < small <= plain + 7, (plain, small)
        receipts = [c for c in a.all_changes(0)[0] if c["kind"] == "receipt"]
        assert len(receipts) == 61 and {c["receipt"]["status"] for c in receipts} == {"delivered"}
        b_cursor = page["next_cursor"]

        # long-polls woken by the same change share one read of the page
        def woken_together(n: int) -> int:
            nonlocal b_cursor
            pollers = [ApiClient(srv.url).login("clerk", workstation_id="ws-b-1") for _ in range(n)]
            before = _metric(srv, _METRIC)
            with ThreadPoolExecutor(n) as pool:
                pages = [pool.submit(p.changes, b_cursor, 500, 30) for p in pollers]
                deadline = time.monotonic() + 30
                while _metric(srv, _WAITING) < n and time.monotonic() < deadline:
                    time.sleep(0.05)
                b_creates(1)
                assert all(len(f.result()["changes"]) == 1 for f in pages)
            b_cursor = pages[0].result()["next_cursor"]
            return int(_metric(srv, _METRIC) - before)

        lone, six = woken_together(1), woken_together(6)
        # each fresh poller's first request reads its token (one statement); beyond that, six woken
        # together cost no more than one: one shared read, or none when the commit announced the changes
        assert six <= lone + 5, f"6 long-polls woken together ran {six} statements, one alone {lone}"

        with ThreadPoolExecutor(1) as pool:
            waiting = pool.submit(b.changes, b_cursor, 500, 30)
            deadline = time.monotonic() + 30
            while _metric(srv, _WAITING) < 1 and time.monotonic() < deadline:
                time.sleep(0.05)
            first = time.monotonic()
            returned = []
            for _ in range(3):  # three pushes, three commits, three wake-ups
                b_creates(1)
                returned.append(time.monotonic())
            page = waiting.result()
        # The first commit came after `first`; the page is read at least `gather` after it woke the
        # poll, so every push answered before first + gather is in it (all three, unless the
        # machine is so loaded that a push takes a third of a second).
        in_window = sum(t < first + gather for t in returned)
        assert len(page["changes"]) >= in_window >= 1, (len(page["changes"]), returned, first)
    finally:
        srv.stop()


def test_metrics_and_readiness(busy_server):
    """/metrics speaks the Prometheus text format; /ready checks the database; /v1/health stays."""
    srv = busy_server
    assert requests.get(srv.url + "/v1/health", timeout=10).json() == {"status": "ok", "protocol": "1"}
    ready = requests.get(srv.url + "/ready", timeout=10)
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    clerk = ApiClient(srv.url).login("clerk")
    [res] = clerk.push(op(new_id(), "document.create", {"kind": "incoming", "fields": {"subject": "m"}}, 0))
    assert clerk.get(f"/v1/documents/{res['doc_id']}").status_code == 200
    r = requests.get(srv.url + "/metrics", timeout=10)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    for name in ("docflow_http_requests_total", "docflow_http_request_duration_seconds_bucket",
                 "docflow_db_statements_total", "docflow_long_polls_waiting", "docflow_logins_total"):
        assert re.search(rf"^{name}[{{ ]", r.text, re.M), name
    assert re.search(r'^docflow_ops_total\{status="applied",type="document.create"\} [1-9]', r.text, re.M) or \
        re.search(r'^docflow_ops_total\{type="document.create",status="applied"\} [1-9]', r.text, re.M)
    assert 'route="/v1/documents/{doc_id}"' in r.text
    assert res["doc_id"] not in r.text  # route templates, never the ids of a path
    # --metrics-port: the same numbers from a listener of its own (the workers' parent; one process:
    # a thread), which answers however busy the event loops are.
    pushes = re.compile(r'^docflow_http_requests_total\{method="POST",route="/v1/ops",status="200"\} ([0-9.e+]+)$', re.M)
    own = requests.get(srv.metrics_url, timeout=10)
    assert own.status_code == 200 and own.headers["content-type"].startswith("text/plain")
    assert float(pushes.search(own.text).group(1)) == float(pushes.search(r.text).group(1)) >= 1


def test_tokens_are_cached_and_a_revocation_reaches_every_worker(busy_server):
    """A token once looked up is answered from memory (no statement), in each worker process; a
    logout handled by one worker is refused by every worker right after (NOTIFY on PostgreSQL)."""
    srv = busy_server
    desk = ApiClient(srv.url).login("clerk", workstation_id="ws-a-2")
    for _ in range(30):  # both workers (if two) see the token and keep it
        assert desk.get("/v1/auth/me").status_code == 200
    def me_statements() -> float:
        return route_metric(srv, "docflow_db_statements_total", "GET", "/v1/auth/me")

    before = me_statements()
    assert before >= 1  # the first use looked the token up
    for _ in range(10):
        assert desk.get("/v1/auth/me").status_code == 200
    workers = 2 if srv.backend == "postgres" else 1
    assert me_statements() - before <= workers - 1 + 0.5, "the cached token was looked up again"
    other = ApiClient(srv.url).login("clerk", workstation_id="ws-a-2")  # the same desk, a second token
    assert other.get("/v1/auth/me").status_code == 200
    assert desk.post("/v1/auth/logout").status_code == 204
    # the other worker hears of it through PostgreSQL within moments (bounded wait, not a sleep)
    deadline = time.monotonic() + 10
    while desk.get("/v1/auth/me").status_code != 401 and time.monotonic() < deadline:
        pass
    codes = Counter(desk.get("/v1/auth/me").json()["error"]["code"] for _ in range(20))
    assert codes == {"token_revoked": 20}
    assert other.get("/v1/auth/me").status_code == 200  # only the revoked token is refused


def test_several_workers_need_postgresql(tmp_path):
    """SQLite is the one-process default: ``--workers 2`` on it is refused with a sentence, not started."""
    r = subprocess.run([sys.executable, "-m", "circulation_server", "serve", "--workers", "2",
                        "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "several --workers need PostgreSQL" in r.stderr
