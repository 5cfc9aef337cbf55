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
* ``replay 6``: the same 6 ops again (answered from the ops table);
* ``HEAD file``: ``HEAD /v1/files/{sha256}``;
* ``upload 100 KB``: a new 100 KB file as the desk sends it: one ``POST /v1/uploads`` carrying the
  bytes (tus creation-with-upload, the desk's headers);
* ``number blocks``: ``GET /v1/number-blocks`` with 20 blocks leased.

    .venv/bin/python bench/server_cpu.py                  # PostgreSQL and SQLite, 3 repeats
    .venv/bin/python bench/server_cpu.py --backends sqlite --rounds 100

Prints a markdown table of medians over ``--repeat`` runs (each of ``--rounds`` requests per kind).
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from docflow_protocol import TUS_VERSION  # noqa: E402
from tests.server.serverproc import ApiClient, new_id, op, start_postgres, start_server  # noqa: E402

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


def measure(srv, rounds: int) -> dict[str, float]:
    """CPU ms per request of each kind (the server process's CPU over ``rounds`` requests)."""
    pid = srv.proc.pid
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
    out = {}

    def timed(name: str, fn, per: int = 1) -> None:
        fn()  # warm
        before = cpu_seconds(pid)
        for _ in range(rounds):
            fn()
        out[name] = (cpu_seconds(pid) - before) * 1000 / rounds / per

    def changes(cursor):
        def go():
            assert clerk.get("/v1/changes", params={"cursor": cursor, "limit": 50, "wait": 0}).status_code == 200
        return go

    timed("changes empty", changes(10**9))
    timed("changes 50", changes(page_cursor))

    def push(n):
        def go():
            batch = [o for _ in range(n) for o in letter(executor)]
            results = head.push(*batch)
            assert all(r["status"] == "applied" for r in results), results[:2]
        return go

    timed("push 6 (per op)", push(1), per=6)
    timed("push 60 (per op)", push(10), per=60)
    fixed = letter(executor)
    head.push(*fixed)
    timed("replay 6 (per op)", lambda: head.push(*fixed), per=6)
    timed("HEAD file", lambda: clerk.request("HEAD", f"/v1/files/{sha}").raise_for_status())
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

    timed("upload 100 KB (one request)", upload)
    timed("number blocks (20)", lambda: clerk.get("/v1/number-blocks").raise_for_status())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backends", default="postgres,sqlite")
    ap.add_argument("--rounds", type=int, default=200, help="requests per kind and run")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    rows: dict[str, dict[str, list[float]]] = {}
    pg = None
    try:
        for backend in args.backends.split(","):
            for _ in range(args.repeat):
                with tempfile.TemporaryDirectory(prefix="docflow-cpu-") as tmp:
                    db_url = None
                    if backend == "postgres":
                        pg = pg or start_postgres()
                        db_url = pg.new_database()
                    srv = start_server(tmp, db_url=db_url)
                    try:
                        for kind, ms in measure(srv, args.rounds).items():
                            rows.setdefault(kind, {}).setdefault(backend, []).append(ms)
                    finally:
                        srv.stop()
    finally:
        if pg is not None:
            pg.stop()
    backends = args.backends.split(",")
    load = os.getloadavg()
    print(f"\nServer CPU ms per request (per op for pushes), medians of {args.repeat} x {args.rounds}; "
          f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}\n")
    print("| request | " + " | ".join(backends) + " |")
    print("|---|" + "---|" * len(backends))
    for kind, per in rows.items():
        print(f"| {kind} | " + " | ".join(f"{statistics.median(per[b]):.2f}" for b in backends) + " |")
    return 0


if __name__ == "__main__":
    t0 = time.monotonic()
    rc = main()
    print(f"\n({time.monotonic() - t0:.0f} s)")
    sys.exit(rc)
