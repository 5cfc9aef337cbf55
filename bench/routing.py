"""Benchmark of routing reads at 100,000 documents and 300,000 route steps (issue 7).

Fills a profile with SQL bulk inserts (50 staff, 100k documents, 300k steps, 30k resolutions),
then times through ``RoutingService`` as one executor: the first page of "My assignments",
the deadline summary and one document's route timeline. Prints a markdown table of medians.

    .venv/bin/python bench/routing.py [--docs 100000] [--steps-per-doc 3] [--runs 15] [--profile DIR]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("review", "endorse", "sign", "execute", "acknowledge")
USERS = 50
ME = "bench-exec-07"


def fill(profile: Path, n_docs: int, steps_per_doc: int) -> None:
    from sqlalchemy import insert

    from desktop_app.db.models import Document, Registration, Resolution, RouteStep, User
    from desktop_app.services.context import AppContext

    ctx = AppContext.open(profile, username="bench-admin")
    rng = random.Random(7)
    users = [{"id": f"u-{i:03d}", "username": f"bench-exec-{i:02d}", "display_name": f"Executor {i}",
              "roles": "executor" if i > 2 else ("head" if i == 1 else "clerk"), "institution_id": ctx.user.institution_id,
              "active": True} for i in range(USERS)]
    today = dt.date.today()
    base = dt.datetime(2024, 1, 1)
    with ctx.db.read() as s:
        journal_id = s.execute(__import__("sqlalchemy").text("SELECT id FROM journal WHERE code='IN'")).scalar_one()
    with ctx.db.write() as s:
        s.execute(insert(User), users)
        for start in range(0, n_docs, 10_000):
            docs, regs, steps, res = [], [], [], []
            for i in range(start, min(n_docs, start + 10_000)):
                did = str(uuid.uuid4())
                created = base + dt.timedelta(minutes=7 * i)
                live = i % 10 == 0  # one document in ten is still in route
                docs.append({"id": did, "kind": "incoming", "status": "in_route" if live else "archived",
                             "subject": f"Letter {i} about water supply", "summary": "", "confidentiality": "internal",
                             "page_count": 1, "created_at": created, "updated_at": created, "version": 0,
                             "has_conflict": False, "origin": "local", "author_id": "u-002"})
                regs.append({"id": str(uuid.uuid4()), "document_id": did, "journal_id": journal_id, "number": f"IN-{i:06d}",
                             "seq": i + 1, "year": created.year, "reg_date": created.date(), "provisional": False,
                             "corr_number": "", "pages": 1, "channel": "post", "created_at": created})
                res_id = None
                if i % 3 == 0:
                    res_id = str(uuid.uuid4())
                    res.append({"id": res_id, "document_id": did, "author_id": "u-001", "text": f"Prepare an answer {i}",
                                "executor_id": f"u-{rng.randrange(3, USERS):03d}", "co_executor_ids": [],
                                "deadline": today + dt.timedelta(days=rng.randrange(-20, 30)), "control": True,
                                "state": "active" if live else "done", "created_at": created})
                for k in range(steps_per_doc):
                    last = k == steps_per_doc - 1
                    state = ("active" if last else "done") if live else "done"
                    role = "clerk" if rng.random() < 0.01 else None
                    steps.append({"id": str(uuid.uuid4()), "document_id": did, "stage": k + 1, "position": 0,
                                  "kind": KINDS[(i + k) % len(KINDS)],
                                  "assignee_user_id": None if role else f"u-{rng.randrange(3, USERS):03d}",
                                  "assignee_role": role,
                                  "deadline": today + dt.timedelta(days=rng.randrange(-20, 30)) if rng.random() < 0.9 else None,
                                  "state": state, "comment": "", "label": "", "created_at": created,
                                  "started_at": created, "finished_at": None if state == "active" else created,
                                  "resolution_id": res_id if last else None})
            s.execute(insert(Document), docs)
            s.execute(insert(Registration), regs)
            s.execute(insert(RouteStep), steps)
            if res:
                s.execute(insert(Resolution), res)
    with ctx.db.write() as s:
        s.execute(__import__("sqlalchemy").text("ANALYZE"))
    ctx.close()


def timed(fn, runs: int) -> tuple[float, float]:  # noqa: ANN001
    first = None
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        ms = (time.perf_counter() - t0) * 1000
        first = ms if first is None else first
        samples.append(ms)
    return first, statistics.median(samples)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--steps-per-doc", type=int, default=3)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args()
    from sqlalchemy import func, select, text

    from desktop_app.db.models import RouteStep
    from desktop_app.services.context import AppContext

    tmp = None
    profile = args.profile
    if profile is None:
        tmp = tempfile.TemporaryDirectory(prefix="docflow-bench-routing-")
        profile = Path(tmp.name) / "profile"
    t0 = time.perf_counter()
    if not (profile / "docflow.sqlite3").exists() and not any(profile.glob("*.sqlite3")):
        fill(profile, args.docs, args.steps_per_doc)
    fill_s = time.perf_counter() - t0
    ctx = AppContext.open(profile, username=ME)
    r = ctx.routing
    with ctx.db.read() as s:
        n_steps = s.execute(select(func.count()).select_from(RouteStep)).scalar_one()
        n_docs = s.execute(text("SELECT count(*) FROM document")).scalar_one()
        doc_id = s.execute(select(RouteStep.document_id).where(RouteStep.state == "active",
                                                               RouteStep.assignee_user_id == ctx.user.id).limit(1)).scalar()
    page = r.my_assignments(limit=100)
    rows = [
        ("My assignments, first page (100 rows)", *timed(lambda: r.my_assignments(limit=100), args.runs)),
        ("Deadline summary", *timed(r.deadline_summary, args.runs)),
        ("Route timeline of one document", *timed(lambda: r.timeline(doc_id), args.runs)),
    ]
    ctx.switch_user("bench-exec-01")  # the head: also counts overdue resolutions under control
    rows.append(("Deadline summary of the head (with controlled resolutions)", *timed(r.deadline_summary, args.runs)))
    ctx.switch_user(ME)
    print(f"\nProfile: {n_docs:,} documents, {n_steps:,} route steps; user {ME} has {page.total:,} active assignments "
          f"(filled in {fill_s:.1f} s).\n")
    print("| operation | first call (ms) | median of %d (ms) | target (ms) |" % args.runs)
    print("|---|---:|---:|---:|")
    for name, first, med in rows:
        print(f"| {name} | {first:.1f} | {med:.1f} | 100 |")
    ctx.close()
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
