"""Load benchmark of the reference circulation server: a day's mix of 1,000 desks in 200
institutions, on PostgreSQL with 1, 2 and 4 worker processes and on SQLite, measured against
PostgreSQL's own ceiling on the same cluster (pgbench, TPC-B-like).

The model (every number is an option):

* 200 institutions x 5 workstations: three clerk desks, the head's desk, an executor's desk. Each
  desk holds a bearer token (made straight in the database: logins are not what is measured) and
  runs like the desktop client (desktop_app/sync/push.py, transfers.py): a sync cycle pushes the
  outbox metadata first -- every op that is ready, in one request (at most 100 ops) -- then
  uploads each file (no ``HEAD`` first: the desk knows what it uploaded; tus creation-with-upload,
  so a 100 KB scan is one ``POST /v1/uploads``, with the desk's headers) followed by one push of
  the ops that file unlocked (a ``file.attach`` commutes: it goes after its file while the
  document's registration or route went ahead). As the desktop client (desktop_app/sync/engine.py),
  a cycle cuts the desk's idle long-poll first and gets the feed at its end: the page its push
  brought back (``feed_cursor``) when no file went, else a feed request (``wait=0``, without its own
  echo); ``--desk-feed read`` makes every cycle read it (a client from before). Each cycle also
  asks the file plan after its pushes (``GET /v1/file-plan`` with the ETag the desk last saw: a 304
  while no case changed, desktop_app/sync/fileplan.py) and checks its number blocks at its start
  and end: a clerk's desk with fewer than 10 numbers of its incoming journal left leases a block of
  50 then (desktop_app/sync/numbers.py), not only when a letter finds none. Between cycles the
  desk long-polls its feed (``wait=25``, as the client idles) from its cursor. A desk syncs
  when it has local work, at most every ``--sync-interval`` seconds (on a 2G link a cycle with a
  100 KB upload takes about that long anyway), so what piles up meanwhile goes in one batch.
* Work arrives as a Poisson stream per institution (open loop: the rate does not slow down when
  the server does), ``--rate`` ops/s over all institutions, for ``--duration`` seconds. 80 % of
  the flows are **incoming letters**: a clerk uploads a 100 KB scan and pushes ``document.create``
  + ``file.attach`` + ``registration.register`` with a number from the block the desk leased
  (``POST /v1/journals/{id}/blocks``); the head pushes ``resolution.create``; the clerk
  ``route.set`` (an execute step); the executor ``route.step_act``. 20 % are **outgoing
  letters**: a clerk uploads a 100 KB draft and pushes create + attach + ``route.set`` (a sign
  step); the head uploads a real signed PDF (pyHanko; the server verifies it) and pushes
  ``signature.add`` + ``route.step_act``; the clerk registers it (server number) and dispatches it
  to a random other institution, whose first desk sees it arrive in its feed and pushes
  ``dispatch.acknowledge`` (delivery and registration receipts flow back to the sender's feed).
* The load generators run as separate processes (``--generators``), asyncio with a minimal HTTP/1.1 client
  (``bench/rawhttp.py``: a fraction of aiohttp's CPU per request, which the server's cores would pay).

**ops/s** counts operations the server applied (``applied`` in the answers to ``POST /v1/ops``)
per second of the measured window. The window starts when the flows begun first have run their
course (90 % of the letters of the first ``--warmup`` seconds are through), so every step of the mix
arrives, and ends when the letters stop; a run with no such window says MEASURED NOTHING.

Checks after every run: every op pushed was applied and is in its institution's feed exactly once
(lost / duplicated), each document's versions follow each other in its feed, and what every desk
saw live, in order, is exactly its feed read afterwards (out of order: a change that appeared
behind a cursor a desk had already passed); no registration number twice in a journal. The
server's own ``docflow-server check`` runs on the data too.

PostgreSQL runs durable (fsync on, synchronous_commit on) in a private cluster; ``pgbench``
(TPC-B-like, ``--pgbench-clients`` clients) runs on the same cluster right before each PostgreSQL
run, and the table shows the server's commits/s as a share of pgbench's transactions/s.

    .venv/bin/python bench/server_load.py                       # all four set-ups, 3 repeats
    .venv/bin/python bench/server_load.py --configs pg4 --repeat 1 --duration 30
    .venv/bin/python bench/server_load.py --institutions 20 --rate 100 --duration 20   # quick look

Prints markdown tables: every run, then the medians per set-up.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.server_desks import _generator_process  # noqa: E402  (the desks: bench/server_desks.py)
from tests.server.serverproc import free_port, start_postgres, start_server  # noqa: E402

CONFIGS = {"sqlite": ("sqlite", 1), "pg1": ("postgres", 1), "pg2": ("postgres", 2), "pg4": ("postgres", 4)}
DESKS = ("clerk", "clerk", "clerk", "head", "executor")
PG_OPTIONS = ("-c fsync=on -c synchronous_commit=on -c max_connections=500 -c shared_buffers=256MB "
              "-c max_wal_size=2GB -c checkpoint_timeout=15min")


def percentile(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(q * (len(values) - 1)))))]


# ----------------------------------------------------------------------------------- set-up

def prepare(data_dir: Path, db_url: str, n_inst: int) -> list[dict]:
    """Institutions, users, desks (with tokens), journals: straight into a fresh database."""
    from circulation_server.app import build_services
    from circulation_server.config import Settings
    from circulation_server.models import Institution, Journal, Token, User, Workstation, utcnow
    from circulation_server.security import hash_password, token_digest

    services = build_services(Settings(data_dir=data_dir, db_url=db_url))
    pw = hash_password("bench-password")
    now = utcnow()
    plan = []
    try:
        with services.db.write() as s:
            for i in range(n_inst):
                key = f"{i:04d}"
                inst = {"id": f"i-{key}", "code": f"AZ-{1000 + i}", "users": {}, "desks": [],
                        "journals": {"IN": f"j-{key}-in", "OUT": f"j-{key}-out"}}
                s.add(Institution(id=inst["id"], registry_code=inst["code"], name=f"Bench institution {key}",
                                  created_at=now))
                s.flush()
                for role in ("clerk", "head", "executor"):
                    uid = f"u-{key}-{role}"
                    inst["users"][role] = uid
                    s.add(User(id=uid, institution_id=inst["id"], username=role, full_name=role.title(),
                               password_hash=pw, roles=role, disabled=False))
                for code, kind in (("IN", "incoming"), ("OUT", "outgoing")):
                    s.add(Journal(id=inst["journals"][code], institution_id=inst["id"], code=code, name=code,
                                  kind=kind, format="{code}-{seq:05d}/{year}", next_seq=1))
                s.flush()
                for n, role in enumerate(DESKS, 1):
                    ws = f"ws-{key}-{n}"
                    token = f"dft_bench_{uuid.uuid4().hex}"
                    s.add(Workstation(id=ws, institution_id=inst["id"], name=ws, disabled=False))
                    s.flush()
                    s.add(Token(token_hash=token_digest(token), user_id=inst["users"][role], workstation_id=ws,
                                created_at=now, expires_at=now + dt.timedelta(days=1)))
                    inst["desks"].append({"ws": ws, "token": token, "role": role})
                plan.append(inst)
    finally:
        services.db.dispose()
    return plan


def signed_pool(n: int) -> list[dict]:
    """``n`` real signed PDFs (pyHanko, self-signed signer) the heads pick from."""
    from tests.server.signed_pdfs import Signer, plain_pdf, sign

    signer = Signer("Bench Head")
    out = []
    for i in range(n):
        data = sign(plain_pdf(f"Outgoing letter {i} {uuid.uuid4().hex}"), signer)
        out.append({"data": data.hex(), "sha": hashlib.sha256(data).hexdigest(), "cert": signer.cert_sha256})
    return out


# ------------------------------------------------------------------------------------ a run

def pg_commits(db_url: str) -> int:
    from sqlalchemy import create_engine, text
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT xact_commit FROM pg_stat_database "
                                         "WHERE datname = current_database()")).scalar())
    finally:
        engine.dispose()


def pgbench(pg, seconds: int, clients: int) -> float:
    """TPC-B-like transactions per second of the cluster (pgbench's built-in script)."""
    env = dict(os.environ, PGHOST=str(pg.socket_dir), PGPORT=str(pg.port), PGUSER="postgres")
    if not getattr(pg, "_pgbench_ready", False):
        pg._run(str(pg.bin_dir / "createdb"), "-h", str(pg.socket_dir), "-p", str(pg.port), "-U", "postgres",
                "pgbench")
        subprocess.run([str(pg.bin_dir / "pgbench"), "-i", "-q", "-s", "20", "pgbench"], env=env, check=True,
                       capture_output=True)
        pg._pgbench_ready = True
    out = subprocess.run([str(pg.bin_dir / "pgbench"), "-M", "prepared", "-c", str(clients), "-j", "2",
                          "-T", str(seconds), "pgbench"], env=env, check=True, capture_output=True, text=True).stdout
    return float(re.search(r"tps = ([0-9.]+)", out).group(1))


def read_feeds(url: str, plan: list[dict]) -> dict[str, list[dict]]:
    import requests
    feeds = {}
    http = requests.Session()
    for inst in plan:
        desk = inst["desks"][4]
        headers = {"Authorization": "Bearer " + desk["token"], "X-Docflow-Workstation": desk["ws"]}
        cursor, out = 0, []
        while True:
            page = http.get(url + "/v1/changes", params={"cursor": cursor, "limit": 500}, headers=headers,
                            timeout=60).json()
            out += [{"seq": c["seq"], "kind": c["kind"], "doc_id": c["doc_id"], "version": c["version"],
                     "op_id": c["op_id"]} for c in page["changes"]]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        feeds[inst["code"]] = out
    return feeds


def verify(feeds: dict, results: list[dict]) -> dict:
    ops = [o for r in results for o in r["ops"]]
    in_feed = Counter(c["op_id"] for feed in feeds.values() for c in feed if c["op_id"])
    applied = [o for o in ops if o[4] == "applied"]
    out_of_order = 0
    for feed in feeds.values():
        seqs = [c["seq"] for c in feed]
        if seqs != sorted(set(seqs)):
            out_of_order += 1
        versions: dict[str, int] = {}
        for c in feed:
            if c["kind"] == "document":
                if c["version"] != versions.get(c["doc_id"], 0) + 1:
                    out_of_order += 1
                versions[c["doc_id"]] = c["version"]
    skipped = 0
    for r in results:
        for code, seen, cursor, own in r["seen"].values():
            # the desk's own changes may be left out of what it pulled (its own echo), nothing else
            pulled, own = set(seen), set(own)
            final = [c["seq"] for c in feeds[code] if c["seq"] <= cursor and (c["seq"] in pulled or c["seq"] not in own)]
            if seen != final:
                skipped += 1
    numbers = Counter((o[5], o[6]) for o in applied if o[6])
    return {"ops": len(ops), "applied": len(applied), "not_applied": len(ops) - len(applied),
            "not_applied_codes": Counter(f"{o[3]}: {o[7]}" for o in ops if o[4] != "applied").most_common(4),
            "lost": sum(1 for o in applied if in_feed[o[1]] == 0),
            "duplicated": sum(1 for k, n in in_feed.items() if n > 1),
            "out_of_order": out_of_order + skipped, "desks_skipped": skipped,
            "dup_numbers": sum(1 for n in numbers.values() if n > 1), "numbers": len(numbers)}


def flow_ends(results: list[dict]) -> list[tuple[float, float]]:
    """(arrival, last step) of each letter that got to its last step (incoming: the executor's
    step; outgoing: the dispatch)."""
    last: dict[str, dict[str, float]] = defaultdict(dict)
    for r in results:
        for o in r["ops"]:
            if o[4] == "applied":
                last[o[2]][o[3]] = max(o[8], last[o[2]].get(o[3], 0.0))
    final = {"incoming": "route.step_act", "outgoing": "document.dispatch"}
    return [(start, last[doc][final[kind]]) for r in results for doc, (start, kind) in r["flows"].items()
            if final[kind] in last.get(doc, {})]


def write_transactions(db_url: str) -> tuple[int, int]:
    """(transaction ids handed out so far, commits so far) of the server's database: the first
    counts only transactions that wrote (read-only ones take no id), the second all of them."""
    from sqlalchemy import create_engine, text
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            xid = conn.execute(text("SELECT txid_snapshot_xmax(txid_current_snapshot())")).scalar()
            commits = conn.execute(text("SELECT xact_commit FROM pg_stat_database "
                                        "WHERE datname = current_database()")).scalar()
            return int(xid), int(commits)
    finally:
        engine.dispose()


# ------------------------------------------------------------------------ where the CPU goes

_TICK = os.sysconf("SC_CLK_TCK")


def _children() -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            out[int(stat.rsplit(")", 1)[1].split()[1])].append(int(entry))
    return out


def _cpu_of(roots: list[int]) -> float:
    """CPU seconds (user + system) used so far by the processes ``roots`` and all their descendants,
    those that ended too: a process's cutime/cstime hold its reaped children's (PostgreSQL's backends end
    with their connections, and summing only the live ones printed a negative figure)."""
    kids, total, todo = _children(), 0.0, list(roots)
    while todo:
        pid = todo.pop()
        todo += kids.get(pid, [])
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15]) / _TICK  # utime, stime, cutime, cstime
    return total


def _machine_busy() -> float:
    """CPU seconds the whole machine has been busy (all processes, everyone's)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(values) - values[3] - values[4]) / _TICK   # minus idle and iowait


def cpu_sample(server_pid: int, pg_pid: Optional[int], generator_pids: list[int]) -> dict:
    return {"server": _cpu_of([server_pid]), "postgres": _cpu_of([pg_pid]) if pg_pid else 0.0,
            "generators": _cpu_of(generator_pids), "machine": _machine_busy()}


_REQUESTS = re.compile(r'^docflow_http_requests_total\{method="(\w+)",route="([^"]+)",status="\d+"\} ([0-9.e+]+)$', re.M)


_STATEMENTS = re.compile(r'^docflow_db_statements_total\{method="(\w+)",route="([^"]+)"\} ([0-9.e+]+)$', re.M)


def requests_by_route(url: str) -> Counter:
    """Requests answered so far per route (the server's own /metrics), and the SQL statements run
    for them under ``SQL <route>`` (a feed answered without a read runs none)."""
    import requests
    out: Counter = Counter()
    text = requests.get(url + "/metrics", timeout=20).text
    for method, route, n in _REQUESTS.findall(text):
        out[f"{method} {route}"] += float(n)
    for method, route, n in _STATEMENTS.findall(text):
        out[f"SQL {method} {route}"] += float(n)
    return out


def run_once(name: str, tmp: Path, pg, plan_size: int, args, pool: list[dict]) -> dict:
    backend, workers = CONFIGS[name]
    db_url = pg.new_database() if backend == "postgres" else ""
    data_dir = tmp / f"data-{name}-{uuid.uuid4().hex[:6]}"
    plan = prepare(data_dir, db_url, plan_size)
    ceiling = pgbench(pg, args.pgbench_seconds, args.pgbench_clients) if backend == "postgres" else None
    metrics_port = free_port()   # /metrics from a listener of its own: it answers however busy the workers are
    srv = start_server(tmp, db_url=db_url or None, demo=False, data_dir=data_dir,
                       extra_args=["--workers", str(workers), "--metrics-port", str(metrics_port)]
                       + (["--feed-gather", str(args.feed_gather)] if args.feed_gather is not None else [])
                       + (["--feed-gather-max", str(args.feed_gather_max)] if args.feed_gather_max is not None else []))
    procs = []
    try:
        codes = [inst["code"] for inst in plan]
        gen_args = {"rate": args.rate, "institutions": len(plan), "file_size": args.file_size,
                    "sync_interval": args.sync_interval, "drain": args.drain, "push_feed": args.desk_feed == "push"}
        t_start = time.time() + 5 + len(plan) * 0.01
        t_end = t_start + args.duration
        outs = []
        ctx = multiprocessing.get_context("spawn")
        for g in range(args.generators):
            out = tmp / f"gen-{name}-{g}.json"
            outs.append(out)
            p = ctx.Process(target=_generator_process, args=(srv.url, plan[g::args.generators], codes, pool, gen_args,
                                                              1000 + g, t_start, t_end, str(out)))
            p.start()
            procs.append(p)
        pg_pid = int((pg.root / "data" / "postmaster.pid").read_text().split()[0]) if db_url else None
        gen_pids = [p.pid for p in procs]
        samples = []   # (when, load, CPU by part, requests by route, write transactions): the window is chosen after
        time.sleep(max(0.0, t_start - time.time()))
        while any(p.is_alive() for p in procs):
            if time.time() <= t_end + args.sample:
                when, cpu = time.time(), cpu_sample(srv.proc.pid, pg_pid, gen_pids)
                try:
                    routes = requests_by_route(f"http://127.0.0.1:{metrics_port}")
                except Exception as exc:  # noqa: BLE001 - a server too busy to answer /metrics: no routes now
                    routes = None
                    print(f"  no /metrics at {when - t_start:.0f} s: {type(exc).__name__}", file=sys.stderr, flush=True)
                samples.append((when, os.getloadavg()[0], cpu, routes, write_transactions(db_url) if db_url else None))
            time.sleep(args.sample)
        for p in procs:
            p.join()
        results = [json.loads(o.read_text()) for o in outs]
        feeds = read_feeds(srv.url, plan)
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()
        srv.stop()
    check = subprocess.run([sys.executable, "-m", "circulation_server", "check", "--data-dir", str(data_dir),
                            *(["--db", db_url] if db_url else [])], capture_output=True, text=True)
    v = verify(feeds, results)
    ends = flow_ends(results)
    flow_s = [b - a for a, b in ends]
    # The measured window: from when the letters of the first --warmup seconds have run their
    # course (90 % of them; the mix is then the steady one: every step of a flow arrives, not just
    # the first ones) until the letters stop; its ends are the CPU / metrics samples inside it.
    early = [b for a, b in ends if a < t_start + args.warmup]
    ramp = max(args.warmup, percentile(early, 0.9) - t_start if early else float("inf"))
    inside_samples = [x for x in samples if t_start + ramp <= x[0] <= t_end + args.sample / 2]
    if len(inside_samples) < 2:
        print(f"  MEASURED NOTHING: the letters of the first {args.warmup:.0f} s had run their course only "
              f"{ramp:.0f} s in (flows: median {percentile(flow_s, 0.5):.0f} s), the letters came for "
              f"{args.duration:.0f} s: no steady window. Lengthen --duration (or lower the load).",
              file=sys.stderr, flush=True)
        inside_samples = samples[-2:] if len(samples) >= 2 else [(t_start, 0, {}, Counter(), None)] * 2
        measured = False
    else:
        measured = True
    (w0, load0, cpu0, _, tx0), (w1, load1, cpu1, _, tx1) = inside_samples[0], inside_samples[-1]
    # requests by route: between the first and last samples of the window the server answered /metrics in
    answered = [x for x in inside_samples if x[3] is not None]
    req0, req1 = (answered[0][3], answered[-1][3]) if len(answered) >= 2 else (Counter(), Counter())
    req_window = max(answered[-1][0] - answered[0][0], 1e-9) if len(answered) >= 2 else 1.0
    window = max(w1 - w0, 1e-9)

    def inside(t: float) -> bool:
        return w0 <= t < w1

    pushes = [p for r in results for p in r["pushed"] if inside(p[0])]
    lat = [p[2] for p in pushes]
    ups = [u for r in results for u in r["uploads"] if inside(u[0])]
    errors = [e for r in results for e in r["errors"]]
    applied = sum(p[1] for p in pushes)
    row = {"config": name, "workers": workers, "measured": measured, "window": window, "ramp": ramp,
           "flow_p50": percentile(flow_s, 0.5), "ops_s": applied / window, "pushes_s": len(pushes) / window,
           "ops_per_push": applied / max(1, len(pushes)),
           "p50": percentile(lat, 0.5) * 1000, "p95": percentile(lat, 0.95) * 1000, "p99": percentile(lat, 0.99) * 1000,
           "uploads_s": len(ups) / window, "up_p95": percentile([u[1] for u in ups], 0.95) * 1000,
           "pulls_s": sum(1 for r in results for t in r["pulls"] if inside(t)) / window,
           "tx_s": (tx1[0] - tx0[0]) / window if db_url and measured else None,
           "commits_s": (tx1[1] - tx0[1]) / window if db_url and measured else None, "pgbench": ceiling,
           "errors": len(errors), "first_error": errors[:1], "check": check.returncode == 0,
           "check_out": (check.stdout + check.stderr)[-300:], "load": (load0 + load1) / 2,
           "letters": sum(sum(r["letters"].values()) for r in results),
           "deferred": sum(sum(r["deferred"].values()) for r in results),
           "deferred_codes": sum((Counter(r["deferred"]) for r in results), Counter()).most_common(3),
           # cores busy on average over the window, per part (the machine: everyone's processes)
           **{f"cpu_{k}": (cpu1[k] - cpu0[k]) / window for k in ("server", "postgres", "generators", "machine")
              if k in cpu0},
           "routes": {k: (req1[k] - req0.get(k, 0)) / req_window for k in req1 if req1[k] - req0.get(k, 0) > 0},
           **v}
    row["reads_op"] = row["pulls_s"] / row["ops_s"] if row["ops_s"] else None   # the desks' answered feed requests
    if errors or not row["check"]:  # keep the server's log of a run that went wrong, to read why
        kept = Path(tempfile.gettempdir()) / f"docflow-bench-{name}-{uuid.uuid4().hex[:6]}-server.log"
        shutil.copy(data_dir / "server.log", kept)
        row["server_log"] = str(kept)
        print(f"  the server's log of this run (errors {len(errors)}, check {'passed' if row['check'] else 'failed'}): {kept}",
              file=sys.stderr, flush=True)
    shutil.rmtree(data_dir, ignore_errors=True)
    return row


def fmt(x, spec=".0f"):
    return "-" if x is None else format(x, spec)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--configs", default="pg1,pg2,pg4,sqlite", help="of: " + ", ".join(CONFIGS))
    ap.add_argument("--institutions", type=int, default=200)
    ap.add_argument("--rate", type=float, default=1200, help="ops/s offered over all institutions")
    ap.add_argument("--duration", type=float, default=60, help="seconds of arriving letters per run")
    ap.add_argument("--warmup", type=float, default=20,
                    help="least seconds at the start not measured; more while the first flows have not run their "
                         "course (the window starts when 90 %% of the letters of these first seconds are through)")
    ap.add_argument("--feed-gather", type=float, default=None,
                    help="the server's --feed-gather (seconds a woken long-poll waits for more; default: the server's)")
    ap.add_argument("--feed-gather-max", type=float, default=None,
                    help="the server's --feed-gather-max (the gather when the server is busy; default: the server's)")
    ap.add_argument("--desk-feed", choices=("push", "read"), default="push",
                    help="how a desk's sync cycle that sends no file gets the feed at its end: the page its push brings "
                         "back (feed_cursor, as the desktop client asks it) or a feed request after the push (a client "
                         "from before)")
    ap.add_argument("--sample", type=float, default=10, help="seconds between samples of CPU and the server's metrics")
    ap.add_argument("--sync-interval", type=float, default=10, help="least seconds between a desk's sync cycles")
    ap.add_argument("--drain", type=float, default=120, help="at most this long for the last flows to finish")
    ap.add_argument("--file-size", type=int, default=100 * 1024)
    ap.add_argument("--signed-pdfs", type=int, default=20)
    ap.add_argument("--generators", type=int, default=2, help="load-generator processes")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pgbench-seconds", type=int, default=15)
    ap.add_argument("--pgbench-clients", type=int, default=32)
    ap.add_argument("--save", type=Path, help="append each run's row to this file (JSON lines) as it ends")
    ap.add_argument("--report", type=Path, help="only print the tables of the rows saved in this file")
    args = ap.parse_args(argv)
    configs = args.configs.split(",")
    if args.report:
        rows = [json.loads(line) for line in args.report.read_text().splitlines() if line.strip()]
        return report(rows, args, [c for c in configs if any(r["config"] == c for r in rows)])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so a stopped bench still cleans up
    tmp = Path(tempfile.mkdtemp(prefix="docflow-bench-"))
    pg = start_postgres(PG_OPTIONS) if any(CONFIGS[c][0] == "postgres" for c in configs) else None
    rows = []
    pool = signed_pool(args.signed_pdfs)
    try:
        for rep in range(args.repeat):
            for name in configs:
                print(f"run {rep + 1}/{args.repeat} {name}: {args.institutions} institutions x {len(DESKS)} desks, "
                      f"{args.rate:.0f} ops/s offered for {args.duration:.0f} s ...", file=sys.stderr, flush=True)
                row = run_once(name, tmp, pg, args.institutions, args, pool)
                rows.append(row)
                if args.save:
                    with args.save.open("a") as out:
                        out.write(json.dumps(row) + "\n")
                print(f"  {row['ops_s']:.0f} ops/s, {row['pushes_s']:.0f} pushes/s, {row['pulls_s']:.0f} pulls/s, "
                      f"push p95 {row['p95']:.0f} ms, lost {row['lost']}, "
                      f"dup {row['duplicated']}, deferred {row['deferred']}, out of order {row['out_of_order']}, errors {row['errors']} "
                      f"{row['first_error']} {row['not_applied_codes']} deferred: {row['deferred_codes']}; cores: server {row['cpu_server']:.2f}, "
                      f"postgres {row['cpu_postgres']:.2f}, generators {row['cpu_generators']:.2f}, machine "
                      f"{row['cpu_machine']:.2f}, load {row['load']:.1f}", file=sys.stderr, flush=True)
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    return report(rows, args, configs)


def report(rows: list[dict], args, configs: list[str]) -> int:
    """Print the tables (every run, medians per set-up, requests by route); 1 if a check failed."""
    print(f"\nServer load on loopback, {os.cpu_count()} CPUs shared with the load generators "
          f"({args.generators} processes) and PostgreSQL; {args.institutions} institutions x {len(DESKS)} desks = "
          f"{args.institutions * len(DESKS)} workstations; letters arrive for {args.rate:.0f} ops/s (Poisson) for "
          f"{args.duration:.0f} s, measured from when the first letters' flows had run their course (at least "
          f"{args.warmup:.0f} s in) until the letters stop; a desk syncs at most every {args.sync_interval:.0f} s "
          f"(metadata first, then each file by tus creation-with-upload followed by the ops it unlocked; its long-poll "
          f"cut first, the feed at its end {'brought by the push when no file went' if args.desk_feed == 'push' else 'read after the pushes'}) and "
          f"long-polls between; 100 KB files; PostgreSQL durable "
          f"(fsync, synchronous_commit on); pgbench TPC-B-like, {args.pgbench_clients} clients, on the same cluster "
          f"right before each PostgreSQL run. **ops/s** = operations the server applied (status applied in the "
          f"answers to POST /v1/ops) per second of the window -- not ops offered, deferred or replayed; "
          f"**pulls/s** = answered change-feed requests; **feed reads/op** = change-feed requests answered to the desks per op applied."
          f"\n")
    head = ("| set-up | window s (from s) | ops applied (all) | ops/s | pushes/s | ops/push | push p50 ms | p95 | p99 | uploads/s "
            "| upload p95 ms | pulls/s | feed reads/op | write tx/s | pgbench tps | write tx/s ÷ tps | lost | duplicated "
            "| out of order | dup numbers | not applied | errors | check | cores: server | postgres | generators "
            "| machine (all users) | load avg | server CPU ms per op |")

    def line(r, label):
        ratio = r["tx_s"] / r["pgbench"] if r["tx_s"] is not None and r["pgbench"] else None
        if not r.get("measured", True):
            label += " MEASURED NOTHING"
        print(f"| {label} | {r.get('window', 0):.0f} ({r.get('ramp', 0):.0f}) | {r['applied']:.0f} | {r['ops_s']:.0f} | {r['pushes_s']:.0f} | {r['ops_per_push']:.1f} "
              f"| {r['p50']:.0f} | {r['p95']:.0f} | {r['p99']:.0f} | {r['uploads_s']:.1f} | {r['up_p95']:.0f} "
              f"| {r['pulls_s']:.0f} | {fmt(r.get('reads_op'), '.2f')} | {fmt(r['tx_s'])} | {fmt(r['pgbench'])} | {fmt(ratio, '.2f')} "
              f"| {r['lost']} | {r['duplicated']} | {r['out_of_order']} | {r['dup_numbers']} "
              f"| {r['not_applied']} | {r['errors']} | {'ok' if r['check'] else 'FAIL'} | {r['cpu_server']:.2f} "
              f"| {r['cpu_postgres']:.2f} | {r['cpu_generators']:.2f} | {r['cpu_machine']:.2f} | {r['load']:.1f} "
              f"| {fmt(1000 * r['cpu_server'] / r['ops_s'] if r['ops_s'] else None, '.1f')} |")

    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for r in rows:
        line(r, f"{r['config']} ({r['workers']} worker{'s' if r['workers'] > 1 else ''})")
    print("\nMedians per set-up (lost / duplicated / out of order / numbers / errors: totals):\n")
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for name in configs:
        mine = [r for r in rows if r["config"] == name]
        med = {}
        for k, v in mine[0].items():
            if isinstance(v, (int, float)) and not isinstance(v, bool) and all(r[k] is not None for r in mine):
                med[k] = statistics.median(r[k] for r in mine)
            else:
                med[k] = v
        for k in ("lost", "duplicated", "out_of_order", "dup_numbers", "errors", "not_applied"):
            med[k] = sum(r[k] for r in mine)
        med["check"] = all(r["check"] for r in mine)
        line(med, f"**{name}** (median of {len(mine)})")
    print("\nRequests per second by route in the measured window (the server's /metrics; SQL: the statements "
          "run for them per second):\n")
    routes = sorted({k for r in rows for k in r["routes"]}, key=lambda k: -max(r["routes"].get(k, 0) for r in rows))
    print("| set-up | " + " | ".join(routes) + " |")
    print("|" + "---|" * (len(routes) + 1))
    for r in rows:
        print(f"| {r['config']} | " + " | ".join(f"{r['routes'].get(k, 0):.0f}" for k in routes) + " |")
    for r in rows:
        if r["first_error"] or not r["check"]:
            print(f"\n{r['config']}: first error {r['first_error']}; check: {r['check_out']}")
    bad = any(not r.get("measured", True) or r["lost"] or r["duplicated"] or r["out_of_order"] or r["dup_numbers"] or r["errors"]
              or not r["check"] for r in rows)
    return 1 if bad else 0




if __name__ == "__main__":
    sys.exit(main())
