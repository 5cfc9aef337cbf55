"""Why the window stalled: a watchdog for ``tests/ui/test_stall.py`` and ``bench/gui_stall.py``.

The GUI thread ticks a 10 ms timer (:meth:`StallWatch.tick`). Each tick re-arms
``faulthandler.dump_traceback_later(0.15)``: when the event loop has not ticked for 150 ms, faulthandler's
C thread writes every Python thread's stack -- without taking the GIL, so it sees them even while a
worker holds the GIL inside a C extension (``sys._current_frames()`` cannot: it needs the GIL itself).
A sampler *process* (it needs no GIL of ours) reads every 10 ms, from ``/proc``, the CPU each of our
threads used and the GUI thread's scheduler state: ``R`` (running, or runnable and waiting for a core)
or ``S`` (blocked: on a lock such as the GIL). That tells the causes apart:

* ``gil`` -- the GUI thread was mostly blocked (``S``): on the GIL, held by a worker (the workers'
  stacks and CPU name which one), whatever the GUI thread was doing;
* ``gui`` -- the GUI thread was mostly runnable and its stack was in our code (a slot doing work), or
  it used most of the stall's CPU outside Python (Qt's own work, painting or layout): our bug;
* ``os``  -- the GUI thread was mostly runnable, idle in the event loop and hardly ran: it waited for
  a core (the load of a shared 2-core box); nothing a thread of ours holds or does.
"""
from __future__ import annotations

import faulthandler
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field

#: A gap between two ticks longer than this gets its stacks captured (ms).
CAPTURE_MS = 150
#: Frames of these are "the event loop waiting": the GUI thread idle, not doing our work.
IDLE_FRAMES = ("/pytestqt/", "/_pytest/", "/pluggy/", "stallwatch.py", "test_stall.py")
#: A worker whose innermost frame is one of these is waiting, not working.
WAITING = ("/threading.py", "/queue.py", "/selectors.py", "stallwatch.py", "/socket.py", "/ssl.py")


@dataclass
class Stall:
    start: float                                                 # perf_counter of the tick before the gap
    end: float                                                   # ... and of the tick after it
    stacks: dict[str, list[str]] = field(default_factory=dict)   # thread ident -> frames, innermost first
    cpu_ms: dict[str, float] = field(default_factory=dict)       # "<tid> <name>" -> CPU used during the gap
    states: str = ""                                             # the GUI thread's scheduler state, every 10 ms
    verdict: str = ""
    culprit: str = ""

    @property
    def ms(self) -> float:
        return (self.end - self.start) * 1000


def _ours(frame: str) -> bool:
    return "/site-packages/" not in frame and "/lib/python" not in frame


_SAMPLER = r"""
import json, os, sys, time
pid, main, clk = sys.argv[1], sys.argv[2], os.sysconf("SC_CLK_TCK")
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
    print(json.dumps([t0, time.perf_counter(), state, cpu]), flush=True)
    time.sleep(0.01)
"""


def _parse_dumps(text: str) -> list[dict[str, list[str]]]:
    """faulthandler's text -> one {thread ident: frames} per timeout."""
    dumps = []
    for chunk in text.split("Timeout (")[1:]:
        threads: dict[str, list[str]] = {}
        current: list[str] | None = None
        for line in chunk.splitlines():
            m = re.match(r"(?:Current thread|Thread) (0x[0-9a-f]+)", line)
            fm = re.match(r'\s*File "(.+)", line (\d+) in (\S+)', line)
            if m:
                current = threads.setdefault(str(int(m.group(1), 16)), [])
            elif fm and current is not None:
                current.append(f"{fm.group(1)}:{fm.group(2)} {fm.group(3)}")
        dumps.append(threads)
    return dumps


class StallWatch:
    """Tick it from a GUI timer; after :meth:`stop`, :attr:`stalls` holds each gap over 150 ms, explained."""

    def __init__(self):
        self.ticks: list[float] = []
        self.stalls: list[Stall] = []
        self._dump = tempfile.TemporaryFile("w+")
        self._samples = tempfile.TemporaryFile("w+")
        self._sampler: subprocess.Popen | None = None
        self.main = threading.main_thread().ident

    @property
    def gaps(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:])]

    def start(self) -> None:
        """Call right before the GUI timer starts (on the GUI thread)."""
        self._sampler = subprocess.Popen([sys.executable, "-c", _SAMPLER, str(os.getpid()), str(threading.get_native_id())],
                                         stdout=self._samples)
        self.ticks = [time.perf_counter()]

    def tick(self) -> None:
        self.ticks.append(time.perf_counter())
        faulthandler.dump_traceback_later(CAPTURE_MS / 1000, file=self._dump)

    def stop(self) -> None:
        faulthandler.cancel_dump_traceback_later()
        if self._sampler is not None:
            self._sampler.terminate()
            self._sampler.wait()
        self._dump.seek(0)
        dumps = _parse_dumps(self._dump.read())
        self._dump.close()
        self._samples.seek(0)
        samples = [json.loads(ln) for ln in self._samples if ln.endswith("\n")]
        self._samples.close()
        # Each tick re-arms the one timeout, so there is one dump per gap over CAPTURE_MS, in order.
        long = [(a, b) for a, b in zip(self.ticks, self.ticks[1:]) if (b - a) * 1000 > CAPTURE_MS]
        self.stalls = []
        for n, (a, b) in enumerate(long):
            s = Stall(a, b, dumps[n] if n < len(dumps) else {})
            # CPU: from the last sample taken wholly before the gap to the first taken wholly after it.
            before = next((cpu for s0, s1, _st, cpu in reversed(samples) if s1 <= a), None)
            after = next((cpu for s0, s1, _st, cpu in samples if s0 >= b), None)
            if before is not None and after is not None:
                s.cpu_ms = {t: round((after[t] - before.get(t, 0.0)) * 1000) for t in after if after[t] > before.get(t, 0.0)}
            s.states = "".join(st for s0, _s1, st, _cpu in samples if a <= s0 <= b)
            self._judge(s)
            self.stalls.append(s)

    def _judge(self, s: Stall) -> None:
        gui = s.stacks.get(str(self.main), [])
        where = " <- ".join([f for f in gui if _ours(f) and not any(i in f for i in IDLE_FRAMES)][:4])
        me = str(os.getpid())  # the GUI thread's tid is the process id
        gui_cpu = next((ms for t, ms in s.cpu_ms.items() if t.split()[0] == me), 0)
        workers = sorted(((t, ms) for t, ms in s.cpu_ms.items() if t.split()[0] != me), key=lambda kv: -kv[1])[:3]
        busy = [fr for tid, fr in s.stacks.items() if tid != str(self.main) and fr and not any(w in fr[0] for w in WAITING)]
        held = "; ".join(f"{fr[0]} (from {next((f for f in fr if _ours(f)), '?')})" for fr in busy) or "no Python worker running"
        held += " | CPU: " + ", ".join(f"{t} {ms} ms" for t, ms in workers)
        runnable = s.states.count("R") > len(s.states) / 2
        if not s.states:
            s.verdict, s.culprit = "?", where or held  # the sampler saw nothing of it (it started late)
        elif not runnable:
            s.verdict, s.culprit = "gil", f"GUI thread blocked at {where or 'the event loop'}; {held}"
        elif where or gui_cpu >= s.ms / 2:
            s.verdict, s.culprit = "gui", where or "Qt's own work on the GUI thread (no Python frame)"
        else:
            s.verdict, s.culprit = "os", f"GUI thread runnable in the event loop, waiting for a core ({gui_cpu:.0f} ms CPU)"

    def report(self) -> list[dict]:
        return [dict(asdict(s), ms=round(s.ms)) for s in self.stalls]
