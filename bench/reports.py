"""A register of 10,000 entries as PDF and XLSX (issue 17: PDF ≤ 5 s, XLSX ≤ 3 s).

    python bench/reports.py [--entries 10000] [--runs 5]

A fresh profile gets ``--entries`` incoming registrations in one journal and year (written in bulk
with the store's own models: the bench measures the report, not registration), with Azerbaijani
and Russian subjects, correspondents, resolutions on a third of them and replies to a fifth. Then
``ctx.reports.register`` reads the rows (the one place that builds them) and each renderer lays
them out. Wall seconds, medians of ``--runs`` runs; the machine's load is printed with the table.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from desktop_app import reports  # noqa: E402
from desktop_app.db.models import Correspondent, Document, Journal, Registration, Resolution, User, new_id  # noqa: E402
from desktop_app.services.context import AppContext  # noqa: E402

SUBJECTS = ("Su təchizatı haqqında müraciət — küçə işıqlandırması və yolların təmiri",
            "О предоставлении сведений по водоснабжению района за третий квартал",
            "Məktəb binasının əsaslı təmiri üçün vəsait ayrılması barədə",
            "Запрос о согласовании графика вывоза бытовых отходов")
SENDERS = ("Ekologiya və Təbii Sərvətlər Nazirliyi", "Министерство образования", "Bakı Şəhər İcra Hakimiyyəti",
           "Районная поликлиника № 3", "Dövlət Vergi Xidməti")


def fill(ctx: AppContext, n: int, year: int) -> None:
    with ctx.db.write() as s:
        journal = s.execute(select(Journal).where(Journal.code == "IN")).scalar_one()
        user = s.execute(select(User)).scalars().first()
        corrs = [Correspondent(id=new_id(), name=name) for name in SENDERS]
        s.add_all(corrs)
        start = dt.date(year, 1, 1)
        resolutions = []
        for i in range(n):
            doc_id = new_id()
            day = start + dt.timedelta(days=i * 360 // n)
            s.add(Document(id=doc_id, kind="incoming", status="registered", subject=f"{SUBJECTS[i % 4]} ({i + 1})",
                           correspondent_id=corrs[i % len(corrs)].id, author_id=user.id, page_count=2))
            s.add(Registration(document_id=doc_id, journal_id=journal.id, number=f"IN-{i + 1:05d}/{year}", seq=i + 1, year=year,
                               reg_date=day, corr_number=f"{i % 97}-{i % 13}/{year}", corr_date=day - dt.timedelta(days=2),
                               pages=2, sheets=1 + i % 3, attachments_count=i % 2, attachments_description="arayış" if i % 2 else ""))
            if i % 3 == 0:
                resolutions.append(Resolution(document_id=doc_id, author_id=user.id, executor_id=user.id, control=True,
                                 text="Araşdırıb cavab hazırlayın; в установленный срок", deadline=day + dt.timedelta(days=14)))
        s.flush()
        s.add_all(resolutions)


def median_time(fn, runs: int) -> tuple[float, float]:  # noqa: ANN001
    """Median wall and CPU seconds of ``runs`` calls (CPU: this process's, which a loaded machine
    does not inflate the way it does wall time)."""
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    year = 2026
    with tempfile.TemporaryDirectory(prefix="docflow-bench-reports-") as tmp:
        ctx = AppContext.open(Path(tmp) / "profile", username="bench")
        try:
            fill(ctx, args.entries, year)
            period = (dt.date(year, 1, 1), dt.date(year, 12, 31))
            report = ctx.reports.register("IN", *period)
            assert len(report.sections[0].rows) == args.entries, len(report.sections[0].rows)
            rows_s = median_time(lambda: ctx.reports.register("IN", *period), args.runs)
            out = {}
            for fmt in reports.FORMATS:
                out[fmt] = (median_time(lambda f=fmt: reports.render(report, f), args.runs),
                            median_time(lambda f=fmt: reports.write(ctx.reports.register("IN", *period), f, Path(tmp) / f"r.{f}"), args.runs),
                            (Path(tmp) / f"r.{fmt}").stat().st_size)
        finally:
            ctx.close()
    load = os.getloadavg()
    print(f"register of {args.entries:,} entries; medians of {args.runs} runs; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"{'step':<34}{'wall s':>9}{'CPU s':>9}{'target':>9}{'size':>12}")
    print(f"{'rows (ctx.reports.register)':<34}{rows_s[0]:>9.2f}{rows_s[1]:>9.2f}{'':>9}{'':>12}")
    targets = {"pdf": 5.0, "xlsx": 3.0}
    ok = True
    for fmt, (render_s, total_s, size) in out.items():
        print(f"{fmt.upper() + ' render':<34}{render_s[0]:>9.2f}{render_s[1]:>9.2f}{'':>9}{'':>12}")
        print(f"{fmt.upper() + ' rows + render + write':<34}{total_s[0]:>9.2f}{total_s[1]:>9.2f}{targets[fmt]:>9.1f}{size / 1e6:>10.1f}MB")
        ok &= total_s[0] <= targets[fmt]
    print("targets met (wall)" if ok else "TARGET MISSED (wall; see the CPU column on a loaded machine)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
