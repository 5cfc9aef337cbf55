"""Start-up of the AppImage: the first start of a version (unpacks into the cache) against later ones.

    python bench/appimage_start.py [APPIMAGE] [--runs 3]

APPIMAGE defaults to the one `make bundle` leaves in dist/. Each "first start" gets a fresh, empty
cache folder (XDG_CACHE_HOME), so it unpacks; each "later start" reuses the folder the first one
made. Two commands, through a link named ``docflow`` as a person would use it: ``docflow --help``
(start-up alone) and ``docflow self-test --json`` (to the self-test's result, with a private
gnome-keyring when tests/tools can start one). For comparison the same commands from the unpacked
bundle itself. Wall seconds, medians of --runs runs, page cache warm (the AppImage file was just
read); the machine's load is printed with the table.
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
MB = 1e6


def _keyring_env() -> tuple[dict[str, str], object | None]:
    try:
        sys.path.insert(0, str(ROOT))
        from tests.tools import secretservice

        if secretservice.available():
            return {}, None
        session = secretservice.SecretServiceSession.start()
        return {k: session.env[k] for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}, session
    except Exception as exc:  # the bench still measures; the self-test then reports the keyring as failed
        print(f"appimage_start: no private keyring ({exc}); the self-test's keyring line will fail", file=sys.stderr)
        return {}, None


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    return time.perf_counter() - start, proc.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("appimage", nargs="?")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    if args.appimage:
        appimage = Path(args.appimage).resolve()
    else:
        found = sorted((ROOT / "dist").glob("Docflow-*.AppImage"))
        if not found:
            raise SystemExit("appimage_start: no dist/Docflow-*.AppImage; build it with `make bundle` or name one")
        appimage = found[-1]
    runs = max(1, args.runs)
    extra, session = _keyring_env()
    results: dict[str, list[float]] = {}
    codes: dict[str, set[int]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="docflow-appimage-bench-") as tmp:
            link = Path(tmp) / "bin" / "docflow"
            link.parent.mkdir()
            link.symlink_to(appimage)
            base = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
            base.update(extra, XDG_DATA_HOME=f"{tmp}/data", XDG_CONFIG_HOME=f"{tmp}/config")
            commands = {"docflow --help": ["--help"], "docflow self-test --json (to its result)": ["self-test", "--json"]}
            appdir = None
            for label, tail in commands.items():
                for i in range(runs):
                    cache = Path(tmp) / f"cache-{label.split()[1]}-{i}"
                    env = dict(base, XDG_CACHE_HOME=str(cache))
                    for kind in ("first start (unpacks)", "later start (cache reused)"):
                        seconds, rc = _timed([str(link), *tail], env)
                        results.setdefault(f"{label}: {kind}", []).append(seconds)
                        codes.setdefault(f"{label}: {kind}", set()).add(rc)
                    appdir = next((cache / "docflow" / "appimage").glob("[!.]*"))
                    if i < runs - 1:
                        shutil.rmtree(cache)
                bundled = appdir / "Docflow" / "docflow"
                for _ in range(runs):
                    seconds, rc = _timed([str(bundled), *tail], dict(base, XDG_CACHE_HOME=f"{tmp}/cache-plain"))
                    results.setdefault(f"{label}: the unpacked bundle itself", []).append(seconds)
                    codes.setdefault(f"{label}: the unpacked bundle itself", set()).add(rc)
            unpacked = sum(p.lstat().st_size for p in appdir.rglob("*") if not p.is_symlink())
    finally:
        if session is not None:
            session.stop()

    rows = [("start", f"median s ({runs} runs)", "min s", "max s", "exit")]
    for name, values in results.items():
        rows.append((name, f"{statistics.median(values):.2f}", f"{min(values):.2f}", f"{max(values):.2f}",
                     ",".join(str(c) for c in sorted(codes[name]))))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        print("| " + " | ".join(c.ljust(widths[0]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(row)) + " |")
        if n == 0:
            print("|" + "|".join("-" * (w + 2) if j == 0 else "-" * (w + 1) + ":" for j, w in enumerate(widths)) + "|")
    print(f"AppImage {appimage.name}: {appimage.stat().st_size / MB:.1f} MB; unpacked {unpacked / MB:.1f} MB")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
