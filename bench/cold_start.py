"""Start-up time of the bundled window: from starting ``docflow-app`` to its window up and answering.

    python bench/cold_start.py [APP] [--runs 7] [--platform xcb|offscreen]

APP is a bundled (or installed) ``docflow-app`` (default: dist/Docflow/docflow-app, as left by
``make bundle``). The profile is made once beforehand, as on a desk used every day. With
``--platform xcb`` (default) each run starts on a private Xvfb screen (xvfb-run). The first run
comes right after dropping the page cache when this process may (root: /proc/sys/vm/drop_caches),
so it is a true cold start; the table gives it apart from the median of the warm runs, each as
wall time and as the CPU time the process had used when its window came up (what the start-up
costs apart from other load on the machine). The issue's target: <= 2 s to the window.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARK = "docflow-app: window shown"
TARGET_S = 2.0


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_start(app: Path, profile: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from starting ``app`` to its window being up."""
    start = time.perf_counter()
    proc = subprocess.Popen([str(app), "--profile", str(profile), "--startup-mark", "--quit-after", "0.5"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    shown = cpu = None
    for line in proc.stdout:
        if line.strip() == MARK:
            shown = time.perf_counter() - start
            cpu = _cpu_seconds(proc.pid)
            break
    proc.wait(timeout=60)
    if shown is None:
        raise SystemExit(f"cold_start: {app} exited with {proc.returncode} before showing its window")
    return shown, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("app", nargs="?", default=str(ROOT / "dist" / "Docflow" / "docflow-app"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--platform", choices=["xcb", "offscreen"], default="xcb")
    args = ap.parse_args(argv)
    app = Path(args.app)
    if not app.exists():
        raise SystemExit(f"cold_start: {app} not found; build it with `make bundle` or name a docflow-app")
    if args.platform == "xcb" and os.environ.get("COLD_START_UNDER_XVFB") != "1":
        if shutil.which("xvfb-run") is None:
            raise SystemExit("cold_start: xvfb-run (package xvfb) is needed for --platform xcb")
        env = dict(os.environ, COLD_START_UNDER_XVFB="1")
        env.pop("QT_QPA_PLATFORM", None)
        return subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, __file__, *sys.argv[1:]],
                              env=env).returncode
    with tempfile.TemporaryDirectory(prefix="docflow-coldstart-") as tmp:
        env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
        env.update(XDG_DATA_HOME=f"{tmp}/data", XDG_CONFIG_HOME=f"{tmp}/config", XDG_CACHE_HOME=f"{tmp}/cache")
        if args.platform == "offscreen":
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env.pop("QT_QPA_PLATFORM", None)
        profile = Path(tmp) / "profile"
        one_start(app, profile, env)  # makes the profile (database, migrations) like a first launch
        cold = drop_caches()
        first = one_start(app, profile, env)
        warm = [one_start(app, profile, env) for _ in range(max(1, args.runs))]
    label = "first start after dropping the page cache" if cold else "first start (page cache NOT dropped: not root)"
    walls, cpus = [w for w, _ in warm], [c for _, c in warm]
    rows = [("start to window", "wall s", "CPU s"), (label, f"{first[0]:.2f}", f"{first[1]:.2f}"),
            (f"warm start, median of {len(warm)}", f"{statistics.median(walls):.2f}", f"{statistics.median(cpus):.2f}"),
            ("warm start, slowest", f"{max(walls):.2f}", f"{max(cpus):.2f}"),
            (f"target (platform {args.platform})", f"<= {TARGET_S:.1f}", "")]
    w = max(len(r[0]) for r in rows)
    print(f"| {rows[0][0]:<{w}} | {rows[0][1]:>7} | {rows[0][2]:>6} |\n|{'-' * (w + 2)}|{'-' * 8}:|{'-' * 7}:|")
    for name, wall, cpu in rows[1:]:
        print(f"| {name:<{w}} | {wall:>7} | {cpu:>6} |")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(wall time grows with it; CPU time is what the start-up itself costs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
