"""Load benchmark of the reference circulation server on loopback (SQLite and PostgreSQL).

N simulated workstations (default 50) each push OPS operations (default 200, in batches) and
upload FILES files of SIZE bytes (default 20 x 100 KB, tus) while a second thread per workstation
long-polls the change feed. Afterwards the whole feed is read back to confirm that every pushed
op appears exactly once (no duplicates, none lost) and that no registration number repeats.

    .venv/bin/python bench/server_load.py                 # full size, both back-ends
    .venv/bin/python bench/server_load.py --scale 0.2     # 10 workstations x 40 ops x 4 files
    .venv/bin/python bench/server_load.py --backends sqlite

Prints a markdown table (latencies are medians / 95th percentiles over all push requests).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from circulation_server import admin  # noqa: E402
from circulation_server.app import build_services  # noqa: E402
from circulation_server.config import Settings  # noqa: E402
from circulation_server.demo import ensure_demo  # noqa: E402
from tests.server.serverproc import ApiClient, op, start_postgres, start_server  # noqa: E402


def percentile(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, int(round(q * (len(values) - 1)))))
    return values[k]


class Workstation:
    """One simulated desk: pushes ops, uploads files, and long-polls changes until told to stop."""

    def __init__(self, url: str, ws_id: str, n_ops: int, n_files: int, file_size: int, batch: int):
        self.api = ApiClient(url).login("clerk", workstation_id=ws_id)
        self.poller = ApiClient(url).login("clerk", workstation_id=ws_id)
        self.n_ops, self.n_files, self.file_size, self.batch = n_ops, n_files, file_size, batch
        self.pushed: list[dict] = []
        self.results: list[dict] = []
        self.push_latency: list[float] = []
        self.upload_latency: list[float] = []
        self.pulled = 0
        self.pull_retries = 0
        self.errors: list[str] = []

    def _ops(self):
        """Documents of 10 ops each: create, register (server number), then updates."""
        made = 0
        while made < self.n_ops:
            doc = str(uuid.uuid4())
            seq = [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": f"Letter {made}"}}, 0),
                   op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server",
                                                     "date": "2026-11-26"}, 1)]
            for v in range(2, 10):
                seq.append(op(doc, "document.update", {"fields": {"note": f"edit {v}"}}, v))
            for o in seq[: self.n_ops - made]:
                yield o
                made += 1

    def push_and_upload(self):
        try:
            ops = list(self._ops())
            batches = [ops[i:i + self.batch] for i in range(0, len(ops), self.batch)]
            every = max(1, len(batches) // max(1, self.n_files))
            files_done = 0
            for i, batch in enumerate(batches):
                t = time.perf_counter()
                res = self.api.push(*batch)
                self.push_latency.append(time.perf_counter() - t)
                self.pushed += batch
                self.results += res
                if i % every == 0 and files_done < self.n_files:
                    self._upload()
                    files_done += 1
            while files_done < self.n_files:
                self._upload()
                files_done += 1
        except Exception as exc:  # reported in the table
            self.errors.append(repr(exc))

    def _upload(self):
        data = os.urandom(self.file_size)
        t = time.perf_counter()
        self.api.upload_bytes(data, "scan.pdf")
        self.upload_latency.append(time.perf_counter() - t)

    def pull(self, stop: threading.Event):
        """Long-poll like a client: a dropped connection is retried from the same cursor."""
        import requests

        cursor = 0
        while not stop.is_set():
            try:
                page = self.poller.changes(cursor, limit=500, wait=2)
            except requests.ConnectionError as exc:
                self.pull_retries += 1
                if self.pull_retries > 20:
                    self.errors.append("pull: " + repr(exc))
                    return
                continue
            except Exception as exc:
                self.errors.append("pull: " + repr(exc))
                return
            self.pulled += len(page["changes"])
            cursor = page["next_cursor"]


def prepare(data_dir: Path, db_url: str, n_ws: int) -> list[str]:
    services = build_services(Settings(data_dir=data_dir, db_url=db_url))
    try:
        ensure_demo(services.db)
        return [admin.create_workstation(services.db, "AZ-0001", name=f"bench {i}", ws_id=f"ws-bench-{i}")
                for i in range(n_ws)]
    finally:
        services.db.dispose()


def run_backend(name: str, db_url: str, tmp: Path, n_ws: int, n_ops: int, n_files: int, size: int,
                batch: int) -> dict:
    data_dir = tmp / f"data-{name}"
    ws_ids = prepare(data_dir, db_url, n_ws)
    srv = start_server(tmp, db_url=db_url or None, demo=False, data_dir=data_dir)
    try:
        stations = [Workstation(srv.url, ws, n_ops, n_files, size, batch) for ws in ws_ids]
        stop = threading.Event()
        pullers = [threading.Thread(target=w.pull, args=(stop,)) for w in stations]
        pushers = [threading.Thread(target=w.push_and_upload) for w in stations]
        for t in pullers:
            t.start()
        t0 = time.perf_counter()
        for t in pushers:
            t.start()
        for t in pushers:
            t.join()
        wall = time.perf_counter() - t0
        stop.set()
        for t in pullers:
            t.join()

        checker = ApiClient(srv.url).login("admin", workstation_id="ws-a-1")
        feed, _ = checker.all_changes(0)
        in_feed = Counter(c["op_id"] for c in feed if c.get("op_id"))
        pushed = [o["op_id"] for w in stations for o in w.pushed]
        applied = [r for w in stations for r in w.results if r["status"] == "applied"]
        numbers = Counter(r["result"]["number"] for r in applied if "number" in r["result"])
        lat = [x for w in stations for x in w.push_latency]
        up = [x for w in stations for x in w.upload_latency]
        errors = [e for w in stations for e in w.errors]
        return {
            "backend": name, "workstations": n_ws, "ops": len(pushed), "wall": wall,
            "ops_s": len(pushed) / wall, "p50": statistics.median(lat) * 1000, "p95": percentile(lat, 0.95) * 1000,
            "uploads": len(up), "uploads_s": len(up) / wall,
            "up_p50": statistics.median(up) * 1000 if up else float("nan"),
            "not_applied": len(pushed) - len(applied),
            "dup": sum(1 for k in pushed if in_feed[k] > 1),
            "lost": sum(1 for k in pushed if in_feed[k] == 0),
            "dup_numbers": sum(1 for n, k in numbers.items() if k > 1),
            "pulled": sum(w.pulled for w in stations), "pull_retries": sum(w.pull_retries for w in stations),
            "errors": len(errors), "first_error": errors[:1],
        }
    finally:
        srv.stop()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply workstations, ops and files (default 1)")
    ap.add_argument("--workstations", type=int, default=50)
    ap.add_argument("--ops", type=int, default=200)
    ap.add_argument("--files", type=int, default=20)
    ap.add_argument("--file-size", type=int, default=100 * 1024)
    ap.add_argument("--batch", type=int, default=10, help="ops per push request")
    ap.add_argument("--backends", default="sqlite,postgres")
    args = ap.parse_args(argv)
    n_ws = max(1, round(args.workstations * args.scale))
    n_ops = max(10, round(args.ops * args.scale))
    n_files = max(1, round(args.files * args.scale))
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="docflow-bench-"))
    pg = None
    try:
        for backend in args.backends.split(","):
            db_url = ""
            if backend == "postgres":
                pg = start_postgres()
                db_url = pg.new_database()
            print(f"running {backend}: {n_ws} workstations x {n_ops} ops x {n_files} files of "
                  f"{args.file_size} B ...", file=sys.stderr, flush=True)
            rows.append(run_backend(backend, db_url, tmp, n_ws, n_ops, n_files, args.file_size, args.batch))
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"\nServer load, loopback, {os.cpu_count()} CPUs; {n_ws} workstations x {n_ops} ops "
          f"(batches of {args.batch}) + {n_files} x {args.file_size // 1024} KB uploads each, "
          f"changes long-polled concurrently (scale {args.scale}).\n")
    print("| back-end | ops | wall s | ops/s | push p50 ms | push p95 ms | uploads | uploads/s | upload p50 ms "
          "| not applied | duplicate ops | lost ops | duplicate numbers | changes pulled | pull retries | errors |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['backend']} | {r['ops']} | {r['wall']:.1f} | {r['ops_s']:.0f} | {r['p50']:.0f} | {r['p95']:.0f} "
              f"| {r['uploads']} | {r['uploads_s']:.1f} | {r['up_p50']:.0f} | {r['not_applied']} | {r['dup']} "
              f"| {r['lost']} | {r['dup_numbers']} | {r['pulled']} | {r['pull_retries']} | {r['errors']} |")
    for r in rows:
        if r["first_error"]:
            print(f"\n{r['backend']} first error: {r['first_error'][0]}")
    bad = any(r["dup"] or r["lost"] or r["dup_numbers"] or r["not_applied"] or r["errors"] for r in rows)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
