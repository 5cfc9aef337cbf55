"""Server CPU per request: what one request of each kind costs the server process, in CPU
milliseconds (user + system, from /proc), on an otherwise idle demo server.

``bench/server_load.py`` measures the whole day's mix, but on a machine shared with others its
ops/s say more about the load than about the server. The CPU time a request costs the server's
own process does not depend much on what else runs, so this is the table to compare code
changes with (issue 18: about 15 ms of server CPU per op in the mix before the Core rewrite).

One client on the same host sends the requests one after another (no concurrency: the server's
CPU is all this client's). Kinds:

* ``changes empty``: ``GET /v1/changes`` at the head of the feed (authentication + one read);
* ``changes 50``: a page of 50 document changes;
* ``push 6``: ``POST /v1/ops`` with one incoming letter: create, register (server number),
  resolution, route.set, two updates;
* ``push 60``: ten such letters in one batch;
* ``scanned letter 3``: the day's incoming letter as the desk pushes it: create, ``file.attach`` of
  its scan (uploaded before), register (server number);
* ``replay 6``: the same 6 ops again (answered from the ops table);
* ``push 6, then feed page``: a desk's cycle end as the client made it: the push, then the feed page
  from its cursor without its echo; ``push 6 with feed page``: the same in one request, the push
  bringing the page back (``feed_cursor``, docs/protocol.md §5; a server from before ignores it);
* ``HEAD file``: ``HEAD /v1/files/{sha256}``;
* ``upload 100 KB``: a new 100 KB file as the desk sends it: one ``POST /v1/uploads`` carrying the
  bytes (tus creation-with-upload, the desk's headers);
* ``HEAD upload``: ``HEAD /v1/uploads/{id}`` of an incomplete upload (a desk resuming);
* ``number blocks``: ``GET /v1/number-blocks`` with 20 blocks leased;
* ``lease block``: ``POST /v1/journals/{id}/blocks``, a block of 5 numbers (the desk's lease);
* ``dispatch 2``: ``POST /v1/ops`` registering an outgoing letter (server number) and dispatching it
  to the other institution, its file granted there (the letter created with its file beforehand,
  outside the measured request);
* ``acknowledge 1``: the recipient's ``dispatch.acknowledge`` of such a letter, after its desk's
  pull recorded the delivery (as the day's mix does it);
* ``sign 2``: the head's ``signature.add`` of a real signed PDF (pyHanko, uploaded once; the server
  checks it) with the ``route.step_act`` approving its sign step, as the day's mix does it (the
  letter and its route made beforehand, outside the CPU counted).

A kind whose request needs something made first (a fresh letter to dispatch) makes it before each
request, outside the CPU counted.

    .venv/bin/python bench/server_cpu.py                  # PostgreSQL and SQLite, 3 repeats
    .venv/bin/python bench/server_cpu.py --backends sqlite --rounds 100
    git archive main | tar -x -C /tmp/main-src     # then, main beside this checkout:
    .venv/bin/python bench/server_cpu.py --against /tmp/main-src --repeat 1 --rounds 600

On a machine others load, two runs of the same code differ by 20-30 %: ``--against`` runs a
second server from another checkout beside this one and alternates the two servers' requests one
by one, so both meet the same load, and prints both and the change.

Prints a markdown table of medians over ``--repeat`` runs (each of ``--rounds`` requests per kind).
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from docflow_protocol import TUS_VERSION  # noqa: E402
from tests.server.serverproc import ApiClient, free_port, new_id, op, start_postgres, start_server  # noqa: E402
from tests.server.signed_pdfs import Signer, plain_pdf, sign  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of the process and its children that ended (``/proc/<pid>/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime, cutime, cstime = (int(fields[i]) for i in (11, 12, 13, 14))
    return (utime + stime + cutime + cstime) / TICK


def letter(executor: str) -> list[dict]:
    doc = new_id()
    return [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Bench " + doc[:8]}}, 0),
            op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server", "date": "2026-11-26"}, 1),
            op(doc, "resolution.create", {"resolution_id": new_id(), "executor_user_id": executor,
                                          "text": "Please answer."}, 2),
            op(doc, "route.set", {"steps": [{"step_id": new_id(), "kind": "execute", "assignee_user_id": executor,
                                             "order": 1}]}, 3),
            op(doc, "document.update", {"fields": {"summary": "first"}}, 4),
            op(doc, "document.update", {"fields": {"summary": "second"}}, 5)]


def requests_of(srv) -> dict:
    """The kinds of request, each as (send one, ops per request), with what they need set up on ``srv``."""
    clerk = ApiClient(srv.url).login("clerk")
    head = ApiClient(srv.url).login("head", workstation_id="ws-a-2")
    executor = head.get("/v1/users").json()
    executor = next(u["id"] for u in executor["users"] if u["username"] == "executor")
    for r in head.push(*letter(executor)):
        assert r["status"] == "applied", r
    for _ in range(20):
        assert clerk.post("/v1/journals/j-a-in/blocks", json={"size": 5, "request_id": uuid.uuid4().hex}).status_code == 201
    sha = clerk.upload_bytes(b"%PDF-1.4 bench " + os.urandom(2000))
    _, head_cursor = clerk.all_changes(0)
    page_cursor = max(0, head_cursor - 50)

    def changes(cursor):
        def go():
            assert clerk.get("/v1/changes", params={"cursor": cursor, "limit": 50, "wait": 0}).status_code == 200
        return go

    def push(n):
        def go():
            batch = [o for _ in range(n) for o in letter(executor)]
            results = head.push(*batch)
            assert all(r["status"] == "applied" for r in results), results[:2]
        return go

    fixed = letter(executor)
    head.push(*fixed)
    at = {"cursor": head.all_changes(0)[1]}

    def push_then_feed():
        """A desk's cycle end as before: its push, then the feed page from its cursor without its echo."""
        results = head.push(*letter(executor))
        seqs = [r["seq"] for r in results]
        r = head.get("/v1/changes", params={"cursor": at["cursor"], "limit": 200, "wait": 0,
                                            "own_from": min(seqs), "own_to": max(seqs)})
        assert r.status_code == 200, r.text
        at["cursor"] = r.json()["next_cursor"]

    def push_with_feed():
        """The same in one request: the push brings the page back (feed_cursor; a server from before
        answers the push alone)."""
        r = head.post("/v1/ops", params={"feed_cursor": at["cursor"], "feed_limit": 200},
                      json={"ops": letter(executor)})
        assert r.status_code == 200 and all(x["status"] == "applied" for x in r.json()["results"]), r.text
        at["cursor"] = r.json().get("feed", {}).get("next_cursor", at["cursor"])
    filler = os.urandom(100 * 1024 - 16)

    def upload():
        data = uuid.uuid4().bytes + filler
        digest = hashlib.sha256(data).hexdigest()
        meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}"
                        for k, v in (("sha256", digest), ("filename", "scan.pdf"), ("media_type", "application/pdf")))
        r = clerk.post("/v1/uploads", data=data, headers={
            "Tus-Resumable": TUS_VERSION, "Upload-Length": str(len(data)), "Upload-Metadata": meta,
            "Content-Type": "application/offset+octet-stream"})
        assert r.status_code == 201 and int(r.headers["Upload-Offset"]) == len(data), r.text

    created = clerk.post("/v1/uploads", headers={"Tus-Resumable": TUS_VERSION, "Upload-Length": "10", "Upload-Metadata":
                                                 "sha256 " + base64.b64encode(hashlib.sha256(b"x").hexdigest().encode()).decode()})
    upload_path = created.headers["Location"]

    def lease():
        r = clerk.post("/v1/journals/j-a-in/blocks", json={"size": 5, "request_id": uuid.uuid4().hex})
        assert r.status_code == 201, r.text

    head_id = next(u["id"] for u in head.get("/v1/users").json()["users"] if u["username"] == "head")
    signer = Signer("Bench Head")
    signed_sha = head.upload_bytes(sign(plain_pdf("Bench reply"), signer))

    def to_sign() -> tuple[str, str]:
        """A fresh outgoing letter with its draft, routed to the head for signing (the preparation)."""
        doc, step = new_id(), new_id()
        results = clerk.push(op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "Sign " + doc[:8]}}, 0),
                             op(doc, "file.attach", {"sha256": sha, "role": "draft", "name": "letter.pdf",
                                                     "media_type": "application/pdf", "size": 2015}, None, [sha]),
                             op(doc, "route.set", {"steps": [{"step_id": step, "kind": "sign", "order": 1,
                                                              "assignee_user_id": head_id}]}, 2))
        assert all(r["status"] == "applied" for r in results), results
        return doc, step

    def signature(prepared: tuple[str, str]) -> None:
        doc, step = prepared
        results = head.push(op(doc, "signature.add", {
            "signature_id": new_id(), "sha256": signed_sha, "level": "B-B", "signer_name": "Bench Head",
            "signed_at": "2026-11-26T10:00:00Z", "certificate_sha256": signer.cert_sha256, "step_id": step},
            None, [signed_sha]), op(doc, "route.step_act", {"step_id": step, "action": "approve"}, None))
        assert all(r["status"] == "applied" for r in results), results

    def scanned() -> None:
        """The day's incoming letter: create, attach its scan (uploaded before), register."""
        doc = new_id()
        results = clerk.push(op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Scan " + doc[:8]}}, 0),
                             op(doc, "file.attach", {"sha256": sha, "role": "scan", "name": "scan.pdf",
                                                     "media_type": "application/pdf", "size": 2015}, None, [sha]),
                             op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server",
                                                               "date": "2026-11-26"}, 2))
        assert all(r["status"] == "applied" for r in results), results

    b_clerk = ApiClient(srv.url).login("clerk", workstation_id="ws-b-1")
    b_cursor = [b_clerk.all_changes(0)[1]]

    def outgoing() -> str:
        """A fresh outgoing letter with its file (the dispatch's preparation)."""
        doc = new_id()
        results = clerk.push(op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "Reply " + doc[:8]}}, 0),
                             op(doc, "file.attach", {"sha256": sha, "role": "draft", "name": "letter.pdf",
                                                     "media_type": "application/pdf", "size": 2015}, None, [sha]))
        assert all(r["status"] == "applied" for r in results), results
        return doc

    def dispatch(doc: str) -> str:
        results = clerk.push(op(doc, "registration.register", {"journal_id": "j-a-out", "mode": "server",
                                                                "date": "2026-11-26"}, 2),
                             op(doc, "document.dispatch", {"dispatch_id": new_id(), "to": ["AZ-0002"]}, 3))
        assert all(r["status"] == "applied" for r in results), results
        return results[1]["result"]["deliveries"][0]["incoming_doc_id"]

    def received() -> str:
        """A letter dispatched to B and pulled there (its delivery recorded)."""
        incoming = dispatch(outgoing())
        _, b_cursor[0] = b_clerk.all_changes(b_cursor[0])
        return incoming

    def acknowledge(incoming: str) -> None:
        [r] = b_clerk.push(op(incoming, "dispatch.acknowledge", {"status": "registered",
                                                                  "registration_number": "IN-ext"}, None))
        assert r["status"] == "applied", r

    plan_etag = clerk.get("/v1/file-plan").headers["ETag"]

    def file_plan_unchanged():
        """The desk's file plan at each cycle: with the ETag it last saw, a 304."""
        r = clerk.get("/v1/file-plan", headers={"If-None-Match": plan_etag, "Accept-Encoding": "gzip"})
        assert r.status_code == 304, r.status_code

    return {"changes empty": (changes(10**9), 1), "changes 50": (changes(page_cursor), 1),
            "file plan 304": (file_plan_unchanged, 1),
            "push 6 (per op)": (push(1), 6), "push 60 (per op)": (push(10), 60),
            "replay 6 (per op)": (lambda: head.push(*fixed), 6),
            "push 6, then feed page (per op)": (push_then_feed, 6), "push 6 with feed page (per op)": (push_with_feed, 6),
            "HEAD file": (lambda: clerk.request("HEAD", f"/v1/files/{sha}").raise_for_status(), 1),
            "upload 100 KB (one request)": (upload, 1),
            "HEAD upload": (lambda: clerk.request("HEAD", upload_path, headers={"Tus-Resumable": TUS_VERSION})
                            .raise_for_status(), 1),
            "number blocks (20)": (lambda: clerk.get("/v1/number-blocks").raise_for_status(), 1),
            "lease block": (lease, 1),   # after the listing: it stays at 20 blocks
            "dispatch 2 (per op)": (dispatch, 2, outgoing), "acknowledge 1": (acknowledge, 1, received),
            "sign 2 (per op)": (signature, 2, to_sign), "scanned letter 3 (per op)": (scanned, 3)}


#: ``--kinds``: the kinds measured (all when empty).
KINDS: tuple = ()


def _chosen(kinds: dict) -> dict:
    return {name: v for name, v in kinds.items() if not KINDS or any(k in name for k in KINDS)}


def measure(srv, rounds: int) -> dict[str, float]:
    """CPU ms per request of each kind (the server process's CPU over ``rounds`` requests; for a
    kind with a preparation, around each request only)."""
    pid = srv.proc.pid
    out = {}
    for name, kind in _chosen(requests_of(srv)).items():
        send = _sender(kind, pid)
        send()  # warm
        if len(kind) > 2:
            spent = sum(send() for _ in range(rounds))
        else:
            before = cpu_seconds(pid)
            for _ in range(rounds):
                kind[0]()
            spent = cpu_seconds(pid) - before
        out[name] = spent * 1000 / rounds / kind[1]
    return out


def _sender(kind: tuple, pid: int):
    """One request of ``kind`` = (send, ops per request[, prepare]) as a call returning the server
    CPU seconds it cost; the preparation, if any, runs first and is not counted (its result is the
    request's argument)."""
    fn, prepare = kind[0], kind[2] if len(kind) > 2 else None

    def send() -> float:
        arg = prepare() if prepare is not None else None
        before = cpu_seconds(pid)
        fn(arg) if prepare is not None else fn()
        return cpu_seconds(pid) - before
    return send


def measure_pair(srvs: dict, rounds: int) -> dict[str, dict[str, float]]:
    """CPU ms per request of each kind on two servers at once, their requests alternated one by one
    (the order swapped every round), so both meet the same load from the rest of the machine. Each
    server's CPU is read around its own requests only. {kind: {label: ms}}."""
    kinds = {label: _chosen(requests_of(srv)) for label, srv in srvs.items()}
    labels = list(srvs)
    out: dict[str, dict[str, float]] = {}
    for name in kinds[labels[0]]:
        sends = {label: _sender(kinds[label][name], srvs[label].proc.pid) for label in labels}
        spent = dict.fromkeys(labels, 0.0)
        for label in labels:
            sends[label]()  # warm
        for i in range(rounds):
            for label in (labels if i % 2 == 0 else labels[::-1]):
                spent[label] += sends[label]()
        out[name] = {label: spent[label] * 1000 / rounds / kinds[label][name][1] for label in labels}
    return out


@dataclass
class OtherServer:
    """A demo server running the code of another checkout (``start_other``)."""

    proc: subprocess.Popen
    url: str

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start_other(checkout: Path, tmp: str, db_url) -> OtherServer:
    """Start a demo server from another checkout's code (e.g. ``git archive main`` unpacked) on a
    free loopback port, with this interpreter (its packages), and wait until it answers."""
    data = Path(tmp) / "other-server"
    data.mkdir()
    port = free_port()
    args = [sys.executable, "-m", "circulation_server", "serve", "--host", "127.0.0.1", "--port", str(port),
            "--data-dir", str(data), "--demo", *(["--db", db_url] if db_url else [])]
    with open(data / "server.log", "wb") as log:
        proc = subprocess.Popen(args, cwd=str(checkout), stdout=log, stderr=subprocess.STDOUT,
                                env=dict(os.environ, PYTHONPATH=str(checkout)))
    other = OtherServer(proc, f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server of {checkout} exited: {(data / 'server.log').read_text()[-2000:]}")
        try:
            if requests.get(other.url + "/v1/health", timeout=1).status_code == 200:
                return other
        except requests.RequestException:
            pass
        time.sleep(0.1)
    other.stop()
    raise RuntimeError(f"the server of {checkout} did not become ready")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backends", default="postgres,sqlite")
    ap.add_argument("--rounds", type=int, default=200, help="requests per kind and run")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--against", type=Path, metavar="CHECKOUT",
                    help="also run a server from this checkout's code (e.g. `git archive main` unpacked), its "
                         "requests alternated with this one's, and print both and the change")
    ap.add_argument("--kinds", default="", help="only the kinds whose names contain one of these (comma-separated)")
    args = ap.parse_args()
    global KINDS
    KINDS = tuple(k for k in args.kinds.split(",") if k)
    rows: dict[str, dict[str, list[float]]] = {}
    labels = ["other", "this"] if args.against else ["this"]
    pg = None
    try:
        for backend in args.backends.split(","):
            for _ in range(args.repeat):
                with tempfile.TemporaryDirectory(prefix="docflow-cpu-") as tmp:
                    db_url = None
                    if backend == "postgres":
                        pg = pg or start_postgres()
                        db_url = pg.new_database()
                    srvs = {"this": start_server(tmp, db_url=db_url)}
                    try:
                        if args.against:
                            srvs = {"other": start_other(args.against.resolve(), tmp,
                                                         pg.new_database() if pg and db_url else None), **srvs}
                            measured = measure_pair(srvs, args.rounds)
                        else:
                            measured = {kind: {"this": ms} for kind, ms in measure(srvs["this"], args.rounds).items()}
                        for kind, by in measured.items():
                            for label, ms in by.items():
                                rows.setdefault(kind, {}).setdefault((backend, label), []).append(ms)
                    finally:
                        for srv in srvs.values():
                            srv.stop()
    finally:
        if pg is not None:
            pg.stop()
    backends = args.backends.split(",")
    load = os.getloadavg()
    how = f", requests alternated with {args.against}'s (other)" if args.against else ""
    print(f"\nServer CPU ms per request (per op for pushes), medians of {args.repeat} x {args.rounds}{how}; "
          f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}\n")
    heads = [f"{b} {label}" if args.against else b for b in backends for label in labels]
    if args.against:
        heads += [f"{b} change" for b in backends]
    print("| request | " + " | ".join(heads) + " |")
    print("|---|" + "---:|" * len(heads))
    for kind, per in rows.items():
        med = {key: statistics.median(v) for key, v in per.items()}
        cells = [f"{med[(b, label)]:.2f}" for b in backends for label in labels]
        if args.against:
            cells += [f"{100 * (med[(b, 'this')] - med[(b, 'other')]) / med[(b, 'other')]:+.0f} %" for b in backends]
        print(f"| {kind} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    t0 = time.monotonic()
    rc = main()
    print(f"\n({time.monotonic() - t0:.0f} s)")
    sys.exit(rc)
