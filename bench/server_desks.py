"""The simulated desks of ``bench/server_load.py``: each runs like the desktop client (its push
planning, its uploads, its long-poll), and the people behind them act on what they pull. One
:class:`Generator` per load-generator process holds the desks of some institutions and the
letters that reach them; the module's docstring of ``server_load`` describes the model.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path

from bench.rawhttp import RawHttp
from desktop_app.sync.file_transfer import FIRST_CHUNK
from desktop_app.sync.push import BARRIER_TYPES
from desktop_app.sync.engine import IDLE_WAIT
from desktop_app.sync.numbers import BLOCK_SIZE, LOW_WATER
from desktop_app.sync.pull import PAGE
from docflow_protocol import (
    COMMUTATIVE_OP_TYPES, FEED_OWN_FROM, FEED_OWN_TO, LIMITS, PUSH_FEED_CURSOR, PUSH_FEED_LIMIT, TUS_VERSION,
)
from tests.server.serverproc import op

# ops one flow pushes: incoming 3+1+1+1, outgoing 3+2+2 (+1 acknowledgement by the recipient)
FLOW_OPS = {"incoming": 6, "outgoing": 8}


class Desk:
    """One workstation, run like the desktop client on a thin link.

    A sync cycle uploads the files its outbox needs and pushes the outbox (batches of at most
    100); it runs when there is local work, at least ``sync_interval`` seconds after the previous
    one. As the desktop client's (desktop_app/sync/engine.py), the cycle cuts the idle long-poll
    first, reads the feed at its end (``wait=0``, without its own echo: its window of the pushes
    it holds the answers of) -- or, with ``push_feed`` and no file sent, takes the page its push
    brought back (``feed_cursor``, docs/protocol.md §5) -- and long-polls again after it. Between
    cycles the desk long-polls its feed (``wait=25``, pages of 200). What it pulls is what it acts
    on, as a person would: the head resolves newly registered letters and signs what waits for
    signature, the executor does its steps, the clerk who made a document routes, registers and
    dispatches it, the first clerk of a recipient acknowledges what arrives.
    """

    def __init__(self, gen: "Generator", inst: dict, desk: dict, index: int):
        self.gen, self.inst, self.ws, self.role, self.index = gen, inst, desk["ws"], desk["role"], index
        self.user = inst["users"][self.role]
        self.headers = {"Authorization": "Bearer " + desk["token"], "X-Docflow-Workstation": desk["ws"]}
        self.outbox: list[dict] = []
        self.files: dict[str, bytes] = {}       # sha -> bytes the outbox's ops need uploaded
        self.cursor = 0
        self.seen: list[int] = []
        self.acted: set = set()                    # (doc, op type, step): what this person did once
        self.versions: dict[str, int] = {}         # doc -> the version this desk last integrated
        self.numbers: list[tuple[str, int]] = []   # leased (block_id, seq) still free
        self.work = asyncio.Event()                # set when the outbox has something
        self.sent_files: set[str] = set()          # uploaded by this desk (the desk's sync_transfer rows)
        self.own: list[int] = []                   # feed numbers of its applied ops (its push answers)
        self.window: tuple[int, int] | None = None  # its own-echo window (store.own_echo)
        self.poll: asyncio.Task | None = None      # the idle long-poll, cut by a cycle
        self.carried: dict | None = None            # the feed page the cycle's push brought back
        self.plan_etag: str | None = None          # the file plan's ETag last seen (desktop_app/sync/fileplan.py)
        self.stop: asyncio.Event | None = None

    async def call(self, method, path, **kw):
        headers = {**self.headers, **kw.pop("headers", {})}
        return await self.gen.http.request(method, path, headers=headers, **kw)

    # ---------------------------------------------------------------- the loops
    async def sync_loop(self, stop: asyncio.Event) -> None:
        """Run a sync cycle whenever there is local work, at most every ``sync_interval`` seconds."""
        interval = self.gen.args["sync_interval"]
        last = time.monotonic() - self.gen.rng.uniform(0, interval)   # desks do not all sync in step
        while True:
            if not (self.outbox or self.files):
                if stop.is_set():
                    return
                self.work.clear()
                await self.work.wait()   # set by new work, and by the generator when it stops
                continue
            await asyncio.sleep(max(0.0, last + interval - time.monotonic()))
            last = time.monotonic()
            try:
                await self.cycle()
            except Exception as exc:  # noqa: BLE001 - reported in the table
                self.gen.errors.append(f"{self.ws}: {exc!r}"[:300])

    def start_poll(self, stop: asyncio.Event) -> None:
        self.stop = stop
        self.poll = asyncio.get_running_loop().create_task(self.poll_loop(stop))

    async def cut_poll(self) -> None:
        """The desktop client cuts its idle long-poll for a cycle (its connection closes)."""
        if self.poll is not None:
            self.poll.cancel()
            await asyncio.gather(self.poll, return_exceptions=True)
            self.poll = None

    async def poll_loop(self, stop: asyncio.Event) -> None:
        """Follow the feed with long-polls (``wait=25``, as the desktop client idles)."""
        while not stop.is_set():
            try:
                status, _, body = await self.call("GET", "/v1/changes",
                                                  params={"cursor": self.cursor, "limit": PAGE, "wait": IDLE_WAIT})
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - a dropped long-poll is retried from the same cursor
                self.gen.errors.append(f"{self.ws} poll: {exc!r}"[:300])
                await asyncio.sleep(1)
                continue
            if status != 200:
                self.gen.errors.append(f"{self.ws} poll {status}: {body[:200]!r}")
                await asyncio.sleep(1)
                continue
            self.take(json.loads(body))

    async def cycle(self) -> None:
        """One push as the desktop client's (desktop_app/sync/push.py): metadata first -- every op
        of the outbox that is ready goes in one request (a file op commutes: it waits for its file
        while the document's later ops go on; any other op waiting for a file stops its document),
        then the files one after another, each followed by one push of the ops it unlocked."""
        outbox, self.outbox = self.outbox, []   # work that arrives meanwhile waits for the next cycle
        files, self.files = self.files, {}
        retry: list[dict] = []
        await self.cut_poll()
        try:
            await self.lease_blocks()   # as the desk's cycle starts (desktop_app/sync/numbers.py)
            carried = not files and self.gen.args.get("push_feed", True)
            outbox = await self.push_ready(outbox, set(files), retry, feed=carried)
            for sha, data in files.items():
                await self.upload(data)
                outbox = await self.push_ready(outbox, {h for h in files if h not in self.sent_files} - {sha}, retry)
                self.sent_files.add(sha)
            await self.file_plan()   # every cycle asks the file plan after its pushes (fileplan.PlanAhead)
            if not carried or self.carried is None or self.carried["has_more"]:
                await self.read_feed()   # the cycle's end: the feed from the desk's cursor, without its echo
            await self.lease_blocks()   # and as it ends
        finally:
            self.carried = None
            if not self.stop.is_set():
                self.start_poll(self.stop)
        self.outbox[:0] = retry + outbox
        if retry or outbox:
            self.work.set()

    def own_params(self) -> dict:
        return {} if self.window is None else {FEED_OWN_FROM: self.window[0], FEED_OWN_TO: self.window[1]}

    async def read_feed(self) -> None:
        """The feed's pages from the desk's cursor (``wait=0``), as the desk's pull reads them."""
        while True:
            status, _, body = await self.call("GET", "/v1/changes", params={
                "cursor": self.cursor, "limit": PAGE, "wait": 0, **self.own_params()})
            if status != 200:
                raise RuntimeError(f"feed {status}: {body[:200]!r}")
            page = json.loads(body)
            self.take(page)
            if not page["has_more"]:
                return

    async def push_ready(self, ops: list[dict], missing: set[str], retry: list[dict], feed: bool = False) -> list[dict]:
        """Push the ops of ``ops`` not held back by a file in ``missing`` (one request per 100, as
        the desk's plan_batch decides); return the ops still held back. ``feed``: each push asks the
        feed page back (``feed_cursor``); the desk takes it (``carried``)."""
        ready, held, stopped, postponed = [], [], set(), set()
        for o in ops:
            if o["doc_id"] in stopped:
                held.append(o)
            elif missing.intersection(o["blobs"]):
                held.append(o)
                (postponed if o["type"] in COMMUTATIVE_OP_TYPES else stopped).add(o["doc_id"])
            elif o["doc_id"] in postponed and o["type"] in BARRIER_TYPES:
                held.append(o)
                stopped.add(o["doc_id"])
            else:
                ready.append(o)
        next_version: dict[str, int] = {}
        for o in ready:   # base versions as the desk's plan_batch: what it integrated + its ops before
            doc = o["doc_id"]
            if o["type"] == "document.create":
                o["base_version"], next_version[doc] = 0, 1
            elif o["type"] in COMMUTATIVE_OP_TYPES:
                o["base_version"] = None
                next_version[doc] = next_version.get(doc, self.versions.get(doc, 0)) + 1
            else:
                o["base_version"] = next_version.get(doc, self.versions.get(doc, 0))
                next_version[doc] = o["base_version"] + 1
        while ready:
            batch, ready = ready[:LIMITS.max_ops_per_batch], ready[LIMITS.max_ops_per_batch:]
            asks = {PUSH_FEED_CURSOR: self.cursor, PUSH_FEED_LIMIT: PAGE, **self.own_params()} if feed else None
            t0 = time.perf_counter()
            status, _, body = await self.call("POST", "/v1/ops", json={"ops": batch}, params=asks)
            t1 = time.perf_counter()
            if status != 200:
                raise RuntimeError(f"push {status}: {body[:200]!r}")
            answer = json.loads(body)
            results = answer["results"]
            self.gen.pushed.append((time.time(), sum(r["status"] == "applied" for r in results), t1 - t0))
            for o, res in zip(batch, results):
                if res["status"] == "deferred":   # not decided: the same op goes again next cycle
                    retry.append(o)
                    self.gen.deferred[res["error"]["code"]] += 1
                else:
                    self.gen.record(self.inst, o, res)
                    if res["status"] == "applied" and isinstance(res.get("version"), int):
                        self.versions[o["doc_id"]] = max(self.versions.get(o["doc_id"], 0), res["version"])
                    if res["status"] == "applied" and isinstance(res.get("seq"), int):
                        self.own.append(res["seq"])   # the desk records the answer: its window widens
                        low = res["seq"] if self.window is None else self.window[0]
                        self.window = (low, max(res["seq"], self.window[1] if self.window else res["seq"]))
            if answer.get("feed") is not None:
                self.carried = answer["feed"]
                self.take(answer["feed"], request=False)
        return held

    def take(self, page: dict, request: bool = True) -> None:
        """Remember what was pulled, and act on it. ``request``: the page answered a feed request
        (counted as a pull), not a push."""
        if request:
            self.gen.pulls.append(time.time())
        for c in page["changes"]:
            self.seen.append(c["seq"])
            d = c["document"]
            self.versions[d["id"]] = max(self.versions.get(d["id"], 0), d["version"])
            self.react(c["document"])
        self.cursor = page["next_cursor"]

    # ---------------------------------------------------------------- the people
    def react(self, doc: dict) -> None:
        inst, users, rng = self.inst, self.inst["users"], self.gen.rng
        mine = self.gen.creator.get(doc["id"]) is self
        route, v = doc["route"], doc["version"]
        pending = [st for st in route["steps"] if st["state"] == "pending"]
        ops = []
        if self.role == "head":
            if doc["kind"] == "incoming" and doc["origin"] is None and doc["registration"] and not doc["resolutions"]:
                ops = [op(doc["id"], "resolution.create", {
                    "resolution_id": str(uuid.uuid4()), "executor_user_id": users["executor"],
                    "deadline": "2026-12-10", "text": "Prepare the answer"}, None)]
            elif doc["kind"] == "outgoing" and pending and pending[0]["kind"] == "sign" and not doc["signatures"]:
                signed = rng.choice(self.gen.pool)
                if signed["sha"] not in self.gen.uploaded[inst["code"]]:
                    self.files[signed["sha"]] = bytes.fromhex(signed["data"])
                    self.gen.uploaded[inst["code"]].add(signed["sha"])
                ops = [op(doc["id"], "signature.add", {
                    "signature_id": str(uuid.uuid4()), "sha256": signed["sha"], "level": "B-B",
                    "signer_name": "Bench Head", "signed_at": "2026-11-26T10:00:00Z",
                    "certificate_sha256": signed["cert"], "step_id": pending[0]["step_id"]}, None, [signed["sha"]]),
                    op(doc["id"], "route.step_act", {"step_id": pending[0]["step_id"], "action": "approve"}, None)]
        elif self.role == "executor":
            if pending and pending[0]["kind"] == "execute" and pending[0]["assignee_user_id"] == self.user:
                ops = [op(doc["id"], "route.step_act", {"step_id": pending[0]["step_id"], "action": "done"}, None)]
        elif mine and doc["kind"] == "incoming" and doc["resolutions"] and route["state"] == "none":
            ops = [op(doc["id"], "route.set", {"steps": [{"step_id": str(uuid.uuid4()), "order": 1, "kind": "execute",
                                                            "assignee_user_id": users["executor"]}]}, v)]
        elif mine and doc["kind"] == "outgoing" and route["state"] == "completed" and doc["registration"] is None:
            to = rng.choice([c for c in self.gen.codes if c != inst["code"]])
            ops = [op(doc["id"], "registration.register", {"journal_id": inst["journals"]["OUT"], "mode": "server",
                                                            "date": "2026-11-26"}, v),
                   op(doc["id"], "document.dispatch", {"dispatch_id": str(uuid.uuid4()), "to": [to]}, v + 1)]
        elif self.index == 0 and doc["origin"] is not None and doc["acknowledgement"] is None:
            ops = [op(doc["id"], "dispatch.acknowledge", {"status": "registered",
                                                           "registration_number": "IN-ext"}, None)]
        key = (doc["id"], ops[0]["type"], ops[0]["payload"].get("step_id")) if ops else None
        if ops and key not in self.acted:
            self.acted.add(key)
            self.outbox += ops
            self.work.set()

    async def new_letter(self, outgoing: bool) -> None:
        """A letter comes in (or a reply is drafted) at this clerk's desk."""
        data = uuid.uuid4().bytes + self.gen.filler   # a new file each time, without 100 KB of urandom
        sha = hashlib.sha256(data).hexdigest()
        self.files[sha] = data
        doc = str(uuid.uuid4())
        self.gen.creator[doc] = self
        self.gen.flows[doc] = [time.time(), "outgoing" if outgoing else "incoming"]
        attach = {"sha256": sha, "role": "draft" if outgoing else "scan", "name": "letter.pdf",
                  "media_type": "application/pdf", "size": len(data)}
        if outgoing:
            self.outbox += [
                op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "Reply " + doc[:8]}}, 0),
                op(doc, "file.attach", attach, None, [sha]),
                op(doc, "route.set", {"steps": [{"step_id": str(uuid.uuid4()), "order": 1, "kind": "sign",
                                                  "assignee_user_id": self.inst["users"]["head"]}]}, 1)]
        else:
            block, seq = await self.next_number()
            self.outbox += [
                op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Letter " + doc[:8],
                                                                            "correspondent": "Ministry"}}, 0),
                op(doc, "file.attach", attach, None, [sha]),
                op(doc, "registration.register", {"journal_id": self.inst["journals"]["IN"], "mode": "block",
                                                   "block_id": block, "seq": seq, "date": "2026-11-26"}, 1)]
        self.work.set()

    async def next_number(self) -> tuple[str, int]:
        """A number from the desk's leased blocks of incoming numbers (one leased now only when none
        is left: the desk leases ahead, in its cycles)."""
        if not self.numbers:
            await self.lease()
        return self.numbers.pop(0)

    async def lease(self) -> None:
        status, _, body = await self.call("POST", f"/v1/journals/{self.inst['journals']['IN']}/blocks",
                                          json={"size": BLOCK_SIZE, "request_id": str(uuid.uuid4())})
        if status != 201:
            raise RuntimeError(f"lease {status}: {body[:200]!r}")
        block = json.loads(body)
        self.numbers += [(block["block_id"], n) for n in range(block["start"], block["end"] + 1)]
        self.gen.leases += 1

    async def lease_blocks(self) -> None:
        """The desk's number-block check, at its cycle's start and end: a journal numbered from
        blocks with fewer than ``LOW_WATER`` numbers left leases another (a local count; a request
        only then). The clerks' desks hold the incoming journal's blocks."""
        if self.role == "clerk" and len(self.numbers) < LOW_WATER:
            await self.lease()

    async def file_plan(self) -> None:
        """The file plan as the desk asks it each cycle: with the ETag it last saw (a 304 while no
        case changed, desktop_app/sync/fileplan.py)."""
        status, headers, _ = await self.call("GET", "/v1/file-plan", headers={"Accept-Encoding": "gzip", **(
            {"If-None-Match": self.plan_etag} if self.plan_etag else {})})
        if status not in (200, 304):
            raise RuntimeError(f"file plan {status}")
        self.plan_etag = headers.get("etag") or self.plan_etag
        self.gen.file_plans[status] += 1

    async def upload(self, data: bytes) -> None:
        """Upload a file as the desk does (desktop_app/sync/transfers.py, file_transfer.py): no
        ``HEAD`` first (the desk knows what it uploaded), tus creation-with-upload carrying the
        first ``FIRST_CHUNK`` bytes -- a 100 KB scan is this one request -- then ``PATCH`` for the
        rest, if any. Same headers as the desk's ``create_upload``."""
        import base64
        sha = hashlib.sha256(data).hexdigest()
        t0 = time.perf_counter()
        meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}"
                        for k, v in (("sha256", sha), ("filename", "letter.pdf"), ("media_type", "application/pdf")))
        first = data[:FIRST_CHUNK]
        tus = {"Tus-Resumable": TUS_VERSION}
        status, headers, body = await self.call("POST", "/v1/uploads", data=first, headers={
            **tus, "Upload-Length": str(len(data)), "Upload-Metadata": meta,
            "Content-Type": "application/offset+octet-stream"})
        if status != 201:
            raise RuntimeError(f"upload create {status}: {body[:200]!r}")
        offset = int(headers["Upload-Offset"])
        if offset < len(data):
            status, _, body = await self.call("PATCH", headers["Location"], data=data[offset:], headers={
                **tus, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"})
            if status != 204:
                raise RuntimeError(f"upload patch {status}: {body[:200]!r}")
        self.gen.uploads.append((time.time(), time.perf_counter() - t0))


class Generator:
    """The desks of some institutions and the letters that reach them (one process)."""

    def __init__(self, url: str, plan: list[dict], codes: list[str], pool: list[dict], args: dict, seed: int):
        self.url, self.plan, self.codes, self.pool, self.args = url, plan, codes, pool, args
        self.rng = random.Random(seed)
        self.pushed: list[tuple[float, int, float]] = []   # (when, ops applied, seconds) per push
        self.uploads: list[tuple[float, float]] = []       # (when, seconds) per upload
        self.pulls: list[float] = []
        self.ops: list[list] = []
        self.errors: list[str] = []
        self.leases = 0
        self.file_plans = Counter()   # file-plan answers by status (200, 304)
        self.deferred = Counter()
        self.letters = Counter()
        self.creator: dict[str, Desk] = {}
        self.flows: dict[str, list] = {}                   # doc id -> [when the letter came, "incoming"/"outgoing"]
        self.uploaded: dict[str, set] = defaultdict(set)
        self.filler = os.urandom(max(0, args["file_size"] - 16))

    def record(self, inst: dict, o: dict, res: dict) -> None:
        number = res.get("result", {}).get("number") if res["status"] == "applied" else None
        journal = res.get("result", {}).get("journal_id") if number else None
        self.ops.append([inst["code"], o["op_id"], o["doc_id"], o["type"], res["status"], journal, number,
                         (res.get("error") or {}).get("code"), time.time()])

    async def letters_of(self, desks: list[Desk], t_start: float, t_end: float) -> None:
        """Letters reach an institution as a Poisson stream; each goes to one of its clerks."""
        per_flow = 0.8 * FLOW_OPS["incoming"] + 0.2 * (FLOW_OPS["outgoing"] + 1)
        rate = self.args["rate"] / self.args["institutions"] / per_flow
        await asyncio.sleep(max(0.0, t_start - time.time()))
        while True:
            await asyncio.sleep(self.rng.expovariate(rate))
            if time.time() >= t_end:
                return
            outgoing = self.rng.random() < 0.2
            self.letters["outgoing" if outgoing else "incoming"] += 1
            try:
                await self.rng.choice(desks[:3]).new_letter(outgoing)
            except Exception as exc:  # noqa: BLE001 - reported in the table
                self.errors.append(repr(exc)[:300])

    async def main(self, t_start: float, t_end: float) -> dict:
        self.http = RawHttp(self.url)  # lighter than aiohttp's client: the generators share the server's cores
        stop = asyncio.Event()
        desks = {inst["code"]: [Desk(self, inst, d, i) for i, d in enumerate(inst["desks"])] for inst in self.plan}
        everyone = [d for ds in desks.values() for d in ds]
        try:
            loop = asyncio.get_running_loop()
            syncs = [loop.create_task(d.sync_loop(stop)) for d in everyone]
            for d in everyone:
                d.start_poll(stop)
            await asyncio.gather(*(self.letters_of(ds, t_start, t_end) for ds in desks.values()))
            # drain: letters stop; desks go on until no desk has had anything to do for two intervals
            quiet, deadline = 0, time.time() + self.args["drain"]
            while time.time() < deadline and quiet < 2:
                await asyncio.sleep(self.args["sync_interval"])
                busy = any(d.outbox or d.files for d in everyone)
                quiet = 0 if busy else quiet + 1
            stop.set()
            for d in everyone:   # an idle desk's sync loop waits for work: let it see the stop
                d.work.set()
            await asyncio.wait(syncs, timeout=self.args["sync_interval"] + 30)
            for task in syncs:
                task.cancel()
            await asyncio.gather(*syncs, return_exceptions=True)
            await asyncio.gather(*(d.cut_poll() for d in everyone))
        finally:
            await self.http.close()
        return {"ops": self.ops, "pushed": self.pushed, "uploads": self.uploads, "errors": self.errors, "pulls": self.pulls,
                "leases": self.leases, "file_plans": dict(self.file_plans), "letters": dict(self.letters), "flows": self.flows, "deferred": dict(self.deferred),
                "seen": {d.ws: [d.inst["code"], d.seen, d.cursor, d.own] for d in everyone}}


def _generator_process(url, plan, codes, pool, args, seed, t_start, t_end, out_path) -> None:
    gen = Generator(url, plan, codes, pool, args, seed)
    try:  # the generators share the server's two cores: the lighter their event loop the better
        import uvloop
        run = uvloop.run
    except ImportError:  # Windows
        run = asyncio.run
    result = run(gen.main(t_start, t_end))
    Path(out_path).write_text(json.dumps(result))
