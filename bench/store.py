"""Benchmark of the local store at 100,000 documents (issue: foundation).

Prints a markdown table of medians: open profile, first table page, a filtered query, a full-text query,
open one document, the app's start-to-window time and its peak RSS while paging through the table.

    .venv/bin/python bench/store.py [--docs 100000] [--runs 7] [--profile DIR]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = ("məktub sorğu hesabat təmir məktəb xəstəxana büdcə icra müraciət şikayət torpaq su yol işıq qaz "
         "письмо запрос отчёт ремонт школа бюджет report request school budget road water").split()


def fill(profile: Path, n: int) -> None:
    from sqlalchemy import insert, text

    from desktop_app import search
    from desktop_app.db.models import Correspondent, Document, Registration
    from desktop_app.services.context import AppContext

    ctx = AppContext.open(profile)
    rng = random.Random(7)
    corrs = [{"id": str(uuid.uuid4()), "name": f"Qurum {i} {rng.choice(WORDS)}"} for i in range(500)]
    with ctx.db.read() as s:
        journal_id = s.execute(text("SELECT id FROM journal WHERE code='IN'")).scalar_one()
    base = dt.datetime(2024, 1, 1)
    statuses = ["draft", "registered", "registered", "in_route", "archived", "signed", "dispatched"]
    with ctx.db.write() as s:
        s.execute(insert(Correspondent), corrs)
        for start in range(0, n, 10_000):
            docs, regs, fts = [], [], []
            for i in range(start, min(n, start + 10_000)):
                did = str(uuid.uuid4())
                st = statuses[i % len(statuses)]
                kind = "outgoing" if i % 5 == 0 else "incoming"
                subj = " ".join(rng.choice(WORDS) for _ in range(5)) + f" {i}"
                corr = corrs[i % 500]
                created = base + dt.timedelta(minutes=7 * i)
                docs.append({"id": did, "kind": kind, "status": st, "subject": subj, "summary": "", "confidentiality": "internal",
                             "correspondent_id": corr["id"], "page_count": 1 + i % 4, "created_at": created, "updated_at": created,
                             "version": 0, "has_conflict": i % 997 == 0, "origin": "local"})
                number = ""
                if st != "draft" and kind == "incoming":
                    number = f"IN-{i:06d}/{created.year}"
                    regs.append({"id": str(uuid.uuid4()), "document_id": did, "journal_id": journal_id, "number": number,
                                 "seq": i, "year": created.year, "reg_date": created.date(), "provisional": False,
                                 "corr_number": f"{i % 300}/{i % 12 + 1}", "pages": 1, "channel": "post",
                                 "created_at": created})
                fts.append({"d": did, "s": search.fold(subj), "c": search.fold(corr["name"]), "n": search.fold(number), "r": "", "b": ""})
            s.execute(insert(Document), docs)
            if regs:
                s.execute(insert(Registration), regs)
            s.execute(text("INSERT INTO search_fts(document_id, subject, correspondent, numbers, resolution, body) "
                           "VALUES (:d, :s, :c, :n, :r, :b)"), fts)
        s.execute(text("UPDATE journal SET next_local = :n"), {"n": n + 1})
    with ctx.db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA optimize")
        c.exec_driver_sql("ANALYZE")
    ctx.close()


PROBE = r"""
import sys, time, json
t0 = time.perf_counter()
from desktop_app.services.context import AppContext
from desktop_app.services.types import DocumentQuery
t1 = time.perf_counter()
ctx = AppContext.open(sys.argv[1])
t2 = time.perf_counter()
page = ctx.documents.list_documents(DocumentQuery(queue="inbox", limit=200))
t3 = time.perf_counter()
flt = ctx.documents.list_documents(DocumentQuery(queue="all", status="registered", kind="incoming",
                                                 date_from=__import__("datetime").date(2024, 6, 1), limit=200))
t4 = time.perf_counter()
fts = ctx.documents.list_documents(DocumentQuery(queue="all", text="təmir məktəb", limit=200))
t5 = time.perf_counter()
doc = ctx.documents.get_document(page.rows[57].id)
t6 = time.perf_counter()
deep = ctx.documents.list_documents(DocumentQuery(queue="all", offset=90_000, limit=200))
t7 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "open": t2 - t1, "first_page": t3 - t2, "filter": t4 - t3, "fts": t5 - t4,
                  "show": t6 - t5, "deep_page": t7 - t6, "total": page.total, "fts_hits": fts.total, "flt": flt.total}))
"""

APP = r"""
import os, sys, time, resource
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.services.context import AppContext
from ui.context import UiContext
from ui.main_window import MainWindow
app = QApplication([])
ctx = AppContext.open(sys.argv[1])
w = MainWindow(UiContext.create(ctx))
w.show()
app.processEvents()
shown = time.perf_counter() - t0
w.queues.setCurrentRow(8)
m = w.model
for r in range(0, m.rowCount(), 997):  # scroll through the whole table
    w.table.scrollTo(m.index(r, 0))
    app.processEvents()
print(shown, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
w.close()
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--profile", default=str(Path(tempfile.gettempdir()) / "docflow-bench-store"))
    a = ap.parse_args()
    profile = Path(a.profile) / str(a.docs)
    if not (profile / "docflow.sqlite3").exists():
        t = time.perf_counter()
        fill(profile, a.docs)
        print(f"filled {a.docs} documents in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    import json

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    samples: dict[str, list[float]] = {}
    for _ in range(a.runs):
        out = subprocess.run([sys.executable, "-c", PROBE, str(profile)], capture_output=True, text=True, env=env, check=True)
        for k, v in json.loads(out.stdout).items():
            samples.setdefault(k, []).append(v)
    app_env = dict(env, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    shown, rss = [], []
    for _ in range(max(3, a.runs // 2)):
        out = subprocess.run([sys.executable, "-c", APP, str(profile)], capture_output=True, text=True, env=app_env, check=True)
        s, r = out.stdout.split()
        shown.append(float(s))
        rss.append(int(r) / 1024)
    med = lambda k: statistics.median(samples[k]) * 1000  # noqa: E731
    print(f"\nLocal store, {int(samples['total'][0]):,} in inbox of {a.docs:,} documents, {a.runs} runs, medians\n")
    print("| measure | median | target |")
    print("|---|---:|---:|")
    print(f"| open profile (AppContext.open, migrations checked) | {med('open'):.0f} ms | ≤ 1500 ms |")
    print(f"| first page of the table (inbox, 200 rows + total) | {med('first_page'):.1f} ms | ≤ 50 ms |")
    print(f"| filtered query (status + kind + date, 200 rows + total) | {med('filter'):.1f} ms | ≤ 100 ms |")
    print(f"| full-text query ('təmir məktəb', {int(samples['fts_hits'][0]):,} hits, page + total) | {med('fts'):.1f} ms | ≤ 100 ms |")
    print(f"| open one document (detail + files + history) | {med('show'):.1f} ms | — |")
    print(f"| page at offset 90,000 | {med('deep_page'):.1f} ms | — |")
    print(f"| app start to window shown (imports included) | {statistics.median(shown) * 1000:.0f} ms | ~2000 ms |")
    print(f"| app peak RSS after scrolling the whole table | {statistics.median(rss):.0f} MB | ≤ 250 MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
