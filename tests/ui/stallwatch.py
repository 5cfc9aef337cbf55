"""Why the window stalled: a watchdog for ``tests/ui/test_stall.py`` and ``bench/gui_stall.py``.

The GUI thread ticks a 10 ms timer (:meth:`StallWatch.tick`); each tick writes its time into a small
shared memory map. A watchdog *process* reads it every 10 ms, so it keeps watching while a thread of
ours holds the GIL (an in-process thread could not: ``sys._current_frames()`` needs the GIL itself,
and faulthandler's GIL-free dump crashed the process when a pool thread's state went away under it).
Every 10 ms it records, from ``/proc``, the CPU each of our threads used and the GUI thread's
scheduler state; when the event loop has not ticked for 150 ms it takes every thread's stack with
``py-spy dump``, which names the thread that holds the GIL. Each gap over 150 ms then gets a verdict:

* ``gui`` -- the GUI thread itself used 75 ms of CPU or more in the gap: a slot doing work (its stack
  names it) or Qt's own painting or layout (no Python frame): our bug;
* ``gil`` -- a worker of the app held the GIL and used 75 ms of CPU or more while the GUI thread was
  blocked (state ``S`` in most samples): the stack names the worker's code (a C extension that does
  not release the GIL, or a long loop); ``fixture`` -- the same by a thread of the test's own
  in-process servers (no frame of the app on its stack);
* ``contention`` -- the GUI thread was blocked while no single worker ran 75 ms but several together
  did: it queued for the GIL behind them (CPython hands the GIL to any waiter, not the longest);
* ``os``  -- none of these: the GUI thread hardly ran and no thread of ours kept the GIL while running; it
  waited for a core (the load of a shared 2-core box). A slot that needs 5 ms of CPU but waited
  600 ms for a core is the machine's gap too (its stack is in the culprit, for a look).
"""
from __future__ import annotations

import json
import mmap
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

#: A gap between two ticks longer than this gets its stacks captured (ms).
CAPTURE_MS = 150

_WATCHDOG = r"""
import json, mmap, os, struct, subprocess, sys, time
pid, main, shared, spy, capture = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5])
clk = os.sysconf("SC_CLK_TCK")
with open(shared, "r+b") as fh:
    ticks = mmap.mmap(fh.fileno(), 8)
dumped, dumped_at, per_gap, running, budget = None, 0.0, 0, None, 100  # a dump costs 0.2-0.5 s of CPU: bounded
while os.path.exists(f"/proc/{pid}"):
    t0, cpu, state = time.perf_counter(), {}, "?"
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        rest = stat[stat.rindex(")") + 2:].split()
        cpu[task + " " + stat[stat.index("(") + 1:stat.rindex(")")]] = (int(rest[11]) + int(rest[12])) / clk
        if task == main:
            state = rest[0]
    print(json.dumps({"t0": t0, "t1": time.perf_counter(), "state": state, "cpu": cpu}), flush=True)
    last = struct.unpack("d", ticks[:8])[0]
    if running is not None and running.poll() is not None:  # the dump is done: keep sampling meanwhile
        out, err = running.communicate()
        print(json.dumps({"tick": dumped, "dump": out or err}), flush=True)
        running = None
    # One dump when the gap reaches 150 ms, then one every 150 ms while it lasts (three at most): a
    # long gap's cause is what the GIL holder ran through it, not only at its start.
    now = time.perf_counter()
    if spy and running is None and budget and last and now - last > capture and \
            (last != dumped or (per_gap < 3 and now - dumped_at > capture)):
        per_gap = 1 if last != dumped else per_gap + 1
        dumped, dumped_at, budget = last, now, budget - 1
        running = subprocess.Popen([spy, "dump", "--nonblocking", "--full-filenames", "--pid", pid],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(0.01)
"""


@dataclass
class Stall:
    start: float                                                 # perf_counter of the tick before the gap
    end: float                                                   # ... and of the tick after it
    stacks: dict[str, list[str]] = field(default_factory=dict)   # "<tid> <name> (<status>)" -> frames, innermost first
    cpu_ms: dict[str, float] = field(default_factory=dict)       # "<tid> <name>" -> CPU used during the gap
    states: str = ""                                             # the GUI thread's scheduler state, every 10 ms
    verdict: str = ""
    culprit: str = ""
    cause: str = ""                                              # the culprit without this gap's numbers
    later: list[dict[str, list[str]]] = field(default_factory=list)  # the dumps taken as the gap went on

    @property
    def ms(self) -> float:
        return (self.end - self.start) * 1000


#: Frames of the product (not of the test's own in-process servers, pytest or libraries).
APP = ("/desktop_app/", "/ui/", "/docflow_protocol/")
#: A thread must use this much CPU (ms) in a gap to be its cause: under load a 5 ms slot can take
#: 600 ms of wall time waiting for a core, and that is the machine's doing, not the slot's.
CAUSE_CPU_MS = CAPTURE_MS / 2


def _ours(frame: str) -> bool:
    return not any(x in frame for x in ("/site-packages/", "/lib/python", "stallwatch", "<frozen"))


def _app(frame: str) -> bool:
    return any(a in frame for a in APP) and "/tests/" not in frame


def _parse_dump(text: str) -> dict[str, list[str]]:
    """``py-spy dump`` text -> {"<tid> <name> (<status>)": frames, innermost first}."""
    threads: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        m = re.match(r'Thread (\S+) \(([^)]*)\)(?:: "(.*)")?', line)
        if m:
            current = threads.setdefault(f"{m.group(1)} {m.group(3) or '?'} ({m.group(2)})", [])
        elif current is not None and line.startswith("    "):
            current.append(line.strip())
    return threads


def _spy() -> str:
    """py-spy (a dev dependency: it reads a process's stacks from outside, GIL or not), or ""."""
    beside = Path(sys.executable).with_name("py-spy")
    return str(beside) if beside.exists() else shutil.which("py-spy") or ""


class StallWatch:
    """Tick it from a GUI timer; after :meth:`stop`, :attr:`stalls` holds each gap over 150 ms, explained."""

    def __init__(self):
        self.ticks: list[float] = []
        self.stalls: list[Stall] = []
        self._shared = tempfile.NamedTemporaryFile(prefix="stallwatch-")
        self._shared.write(b"\0" * 8)
        self._shared.flush()
        self._map = mmap.mmap(self._shared.fileno(), 8)
        self._out = tempfile.TemporaryFile("w+")
        self._watchdog: subprocess.Popen | None = None
        self.main = str(threading.get_native_id())
        self.spy = _spy()

    @property
    def gaps(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:])]

    def start(self) -> None:
        """Call right before the GUI timer starts (on the GUI thread)."""
        self._watchdog = subprocess.Popen([sys.executable, "-c", _WATCHDOG, str(os.getpid()), self.main, self._shared.name,
                                           self.spy, str(CAPTURE_MS / 1000)], stdout=self._out)
        deadline = time.monotonic() + 10
        while self._out.tell() == 0 and os.fstat(self._out.fileno()).st_size == 0 and time.monotonic() < deadline:
            time.sleep(0.01)  # the watchdog is watching before the first tick
        self.tick()

    def tick(self) -> None:
        now = time.perf_counter()
        self.ticks.append(now)
        struct.pack_into("d", self._map, 0, now)

    def stop(self) -> None:
        if self._watchdog is not None:
            self._watchdog.terminate()
            self._watchdog.wait()
        self._out.seek(0)
        records = [json.loads(ln) for ln in self._out if ln.endswith("\n")]
        self._out.close()
        self._map.close()
        self._shared.close()
        samples = [r for r in records if "state" in r]
        dumps: dict[float, list[dict[str, list[str]]]] = {}
        for r in records:
            if "dump" in r:
                dumps.setdefault(r["tick"], []).append(_parse_dump(r["dump"]))
        self.stalls = []
        for a, b in zip(self.ticks, self.ticks[1:]):
            if (b - a) * 1000 <= CAPTURE_MS:
                continue
            first, *later = dumps.get(a, [{}])
            s = Stall(a, b, first, later=later)
            # CPU: from the last sample taken wholly before the gap to the first taken wholly after it.
            before = next((r["cpu"] for r in reversed(samples) if r["t1"] <= a), None)
            after = next((r["cpu"] for r in samples if r["t0"] >= b), None)
            if before is not None and after is not None:
                s.cpu_ms = {t: round((after[t] - before.get(t, 0.0)) * 1000) for t in after if after[t] > before.get(t, 0.0)}
            s.states = "".join(r["state"] for r in samples if a <= r["t0"] <= b)
            self._judge(s)
            self.stalls.append(s)

    def _judge(self, s: Stall) -> None:
        gui = next((fr for t, fr in s.stacks.items() if t.split()[0] == self.main), [])
        where = " <- ".join([f for f in gui if _ours(f) and "test_stall" not in f][:4])
        holder = self._holder(s)
        gui_cpu = self._cpu_of(s, self.main)
        blocked = s.states.count("S") > len(s.states) / 2
        if gui_cpu >= CAUSE_CPU_MS:
            s.verdict = "gui"
            s.cause = " <- ".join(where.split(" <- ")[:2]) if where else "Qt's own work on the GUI thread (no Python frame)"
            s.culprit = f"{where or s.cause} ({gui_cpu:.0f} ms CPU)"
        elif holder is not None and blocked and self._cpu_of(s, holder[0]) >= CAUSE_CPU_MS:
            t, fr = holder
            ours = next((f for f in fr if _app(f)), None)
            s.verdict = "gil" if ours else "fixture"  # "fixture": the test's own in-process servers
            s.cause = f"{fr[0] if fr else '?'} (from {ours or next((f for f in fr if _ours(f)), '?')})"
            then = [f for d in s.later for t2, fr2 in d.items() if t2.split()[0] == t.split()[0] and "gil" in t2
                    for f in fr2[:1] if f not in fr[:1]]
            s.culprit = f"{t}: {' <- '.join(fr[:2])} (from {ours}; {self._cpu_of(s, t):.0f} ms CPU)" + \
                (f"; later {'; '.join(dict.fromkeys(then))}" if then else "") + \
                f"; the GUI thread at {where or 'the event loop'} (states {s.states[:40]})"
        elif blocked and sum(ms for _t, ms in self._app_workers(s)) >= CAUSE_CPU_MS:
            top = self._app_workers(s)[:3]
            s.verdict, s.cause = "contention", "the GUI thread blocked on the GIL among several busy workers"
            s.culprit = ", ".join(f"{t} {ms:.0f} ms" for t, ms in top) + \
                "; at " + "; ".join(f"{fr[0]}" for t, fr in s.stacks.items() if t.split()[0] != self.main and fr
                                    and any(_app(f) for f in fr) and "(active" in t)[:300]
        elif not s.stacks and not self.spy:
            s.verdict, s.cause = "?", "no stacks (py-spy is not installed)"
            s.culprit = s.cause
        else:
            s.verdict, s.cause = "os", "the GUI thread waited for a core; no thread of ours kept the GIL"
            s.culprit = (f"{holder[0]} held the GIL, ran {self._cpu_of(s, holder[0]):.0f} ms; " if holder else "") + \
                f"the GUI thread ran {gui_cpu:.0f} ms at {where or 'the event loop'} (states {s.states[:30]})"

    def _holder(self, s: Stall) -> tuple[str, list[str]] | None:
        """The worker that held the GIL in most of the gap's dumps (the first such dump's stack), if it
        held it in at least half of them: one caught holding it once in a long gap did not cause it."""
        held: dict[str, tuple[int, str, list[str]]] = {}
        dumps = [d for d in [s.stacks, *s.later] if d]
        for dump in dumps:
            for t, fr in dump.items():
                tid = t.split()[0]
                if "gil" in t and tid != self.main:
                    n, key, frames = held.get(tid, (0, t, fr))
                    held[tid] = (n + 1, key, frames)
        if not held:
            return None
        n, key, frames = max(held.values(), key=lambda v: v[0])
        return (key, frames) if 2 * n >= len(dumps) else None

    def _app_workers(self, s: Stall) -> list[tuple[str, float]]:
        """CPU in the gap of the threads other than the GUI thread, the watchdog's own excluded, most first."""
        return sorted(((t, ms) for t, ms in s.cpu_ms.items() if t.split()[0] != self.main), key=lambda kv: -kv[1])

    @staticmethod
    def _cpu_of(s: Stall, thread: str) -> float:
        return next((ms for t, ms in s.cpu_ms.items() if t.split()[0] == thread.split()[0]), 0)

    def report(self) -> list[dict]:
        return [dict(asdict(s), ms=round(s.ms)) for s in self.stalls]
