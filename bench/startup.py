"""Desktop start-up and memory benchmark (issue 15): the real app (``docflow-app``) in its own process.

Prints a markdown table of medians:

* cold start of a 100,000-document profile to an interactive window (process start -> window shown
  and the event loop turning; every import included), target ≤ 2 s;
* resident memory idle after start (3 s), on the same profile;
* peak resident memory through a 10-page scan (SANE ``test`` device, feeder, grey, 300 dpi) with
  clean-up and OCR, done by the services the Scan dialog and the OCR action use, target ≤ 300 MB;
* resident memory 5 s after it, target < 250 MB.

    .venv/bin/python bench/startup.py [--docs 100000] [--runs 5] [--scan-runs 3] [--pages 10]

Offscreen Qt (no screen needed). The profile is built once and kept in the temp folder.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run_app(profile: Path, report: Path, scan_pages: int = 0, env: dict | None = None, timeout: int = 900) -> dict:
    """Start docflow-app on ``profile``; return its report plus ``cold_start_s``."""
    report.unlink(missing_ok=True)
    args = [sys.executable, "-m", "ui.app", "--profile", str(profile), "--lang", "az", "--bench-report", str(report)]
    if scan_pages:
        args += ["--bench-scan", str(scan_pages)]
    started = time.time()
    proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0 or not report.exists():
        raise SystemExit(f"docflow-app failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    data = json.loads(report.read_text())
    data["cold_start_s"] = data["interactive_at"] - started
    return data


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scan-runs", type=int, default=3)
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--profile", default=str(Path(tempfile.gettempdir()) / "docflow-bench-startup"))
    a = ap.parse_args()

    from bench.store import fill

    big = Path(a.profile) / f"{a.docs}"
    if not (big / "docflow.sqlite3").exists():
        t = time.perf_counter()
        fill(big, a.docs)
        print(f"filled {a.docs:,} documents in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    sane = Path(tempfile.mkdtemp(prefix="docflow-bench-sane-"))
    (sane / "dll.conf").write_text("test\n")  # only SANE's test device: no probing of real scanners
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false", SANE_CONFIG_DIR=str(sane),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    report = Path(tempfile.mkdtemp(prefix="docflow-bench-report-")) / "report.json"

    run_app(big, report, env=env)  # the first start after filling also migrates/analyses: not counted
    starts = [run_app(big, report, env=env) for _ in range(a.runs)]
    scans = []
    for i in range(a.scan_runs):
        scan_profile = Path(a.profile) / f"scan-{i}"
        scans.append(run_app(scan_profile, report, scan_pages=a.pages, env=env))
    errors = [s["scan_error"] for s in scans if "scan_error" in s]
    if errors:
        raise SystemExit("scan failed: " + errors[0])

    def col(items: list[dict], key: str, fmt: str) -> tuple[str, str]:
        values = [x[key] for x in items]
        return format(statistics.median(values), fmt), ", ".join(format(v, fmt) for v in values)

    rows = starts[0].get("rows", 0)
    table = [
        (f"cold start to an interactive window ({a.docs:,} documents)", *col(starts, "cold_start_s", ".2f"), " s", "≤ 2 s"),
        (f"RSS idle after start ({a.docs:,} documents)", *col(starts, "rss_idle_mb", ".0f"), " MB", "—"),
        ("RSS idle before the scan (fresh profile)", *col(scans, "rss_idle_mb", ".0f"), " MB", "—"),
        (f"peak RSS during a {a.pages}-page scan + clean-up + OCR", *col(scans, "scan_peak_mb", ".0f"), " MB", "≤ 300 MB"),
        ("RSS 5 s after the scan", *col(scans, "rss_after_mb", ".0f"), " MB", "< 250 MB"),
    ]
    print(f"\nDesktop start-up and memory, {a.docs:,}-document profile ({rows} rows in the first queue), "
          f"{a.runs} start runs, {a.scan_runs} scan runs of {a.pages} pages, medians\n")
    print("| measure | median | runs | target |")
    print("|---|---:|---|---:|")
    for name, median, runs, unit, target in table:
        print(f"| {name} | {median}{unit} | {runs} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
