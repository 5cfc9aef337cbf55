"""The suite never waits for ever: a test whose time is up, teardown included, is ended loudly.

pytest-timeout (``timeout`` in pyproject.toml, signal method) fails a test whose own code runs past
its time, but only once: a fixture's teardown that then waits for ever (a child process stuck in a
call, a thread never joined) is not timed again, and a wait inside Qt or C never sees the signal.
One such wait held CI until it was killed at 90 minutes, with nothing in its output to say where.

- :func:`pytest_runtest_protocol` arms a last-resort timer for the whole test (set-up, call and
  teardown): at the test's timeout plus :data:`GRACE` seconds it writes every thread's stack to the
  process's standard error (a test worker's stderr is the run's own output; its stdout is not), kills
  the worker's child processes (what it most likely waits on) and ends the worker. xdist reports the
  test as crashed and starts another worker.
- A run still going after :data:`SUITE_LIMIT` seconds writes where each of its processes is (py-spy)
  and is interrupted (xdist's controller prints what failed and the durations).
- xdist's ``--dist loadfile`` put every file a crashed worker had ever run back in its queue, the
  crashed test included: a worker given a finished file (nothing in it to run) waited for ever, and the
  crashed test ran again. :func:`_requeue_unfinished` re-queues only the tests still to run.
"""
from __future__ import annotations

import faulthandler
import os
import shutil
import signal
import subprocess
import sys
import threading

import pytest

#: Seconds the whole run (under xdist) may take before it is interrupted with every process's stack:
#: 50 minutes, three times a whole run on a loaded machine here, leaving CI (90 minutes) time for the
#: set-up and the stall test.
SUITE_LIMIT = float(os.environ.get("DOCFLOW_SUITE_LIMIT", "3000"))
#: Seconds past a test's own timeout before the watchdog ends its worker.
GRACE = int(os.environ.get("DOCFLOW_WATCHDOG_GRACE", "90"))


def _timeout_of(item: pytest.Item) -> float:
    marker = item.get_closest_marker("timeout")
    if marker is not None and marker.args:
        return float(marker.args[0])
    return float(item.config.getini("timeout") or 0)


def _children() -> list[int]:
    """This process's child processes (Linux /proc; empty elsewhere)."""
    me = str(os.getpid())
    found = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return found
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read().decode(errors="replace")
        except OSError:
            continue
        if stat.rsplit(")", 1)[-1].split()[1] == me:
            found.append(int(entry))
    return found


def _expire(config: pytest.Config, nodeid: str, seconds: float) -> None:
    err = sys.__stderr__
    try:
        capture = config.pluginmanager.getplugin("capturemanager")
        if capture is not None:
            capture.suspend_global_capture(in_=True)  # fd 2 is the run's own stderr again
        err.write(f"\n+++ watchdog: {nodeid} still running {seconds:.0f} s after it started "
                  f"(its timeout and {GRACE} s more); every thread's stack follows, then the worker ends +++\n")
        err.flush()
        faulthandler.dump_traceback(file=err, all_threads=True)
        err.flush()
        for pid in _children():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
    finally:
        os._exit(3)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem):  # noqa: ANN001, ANN201 - pytest's hook
    timeout = _timeout_of(item)
    timer = None
    if timeout > 0:
        seconds = timeout + GRACE
        timer = threading.Timer(seconds, _expire, args=(item.config, item.nodeid, seconds))
        timer.name = "test-watchdog"
        timer.daemon = True
        timer.start()
    try:
        yield
    finally:
        if timer is not None:
            timer.cancel()


def _requeue_unfinished() -> None:
    try:
        from xdist.scheduler.loadscope import LoadScopeScheduling
    except ImportError:  # no xdist: nothing to mend
        return
    if getattr(LoadScopeScheduling.remove_node, "docflow_mended", False):
        return

    def remove_node(self, node):  # noqa: ANN001, ANN202 - xdist 3.8's LoadScopeScheduling.remove_node, mended
        """The crashed worker's unfinished files go back in the queue, without the crashed test (it
        is reported as crashed, not run again) and without the files it had finished."""
        workload = self.assigned_work.pop(node)
        crashed = next(((scope, nodeid) for scope, unit in workload.items()
                        for nodeid, done in unit.items() if not done), None)
        if crashed is None:
            return None
        workload[crashed[0]][crashed[1]] = True
        self.workqueue.update({scope: unit for scope, unit in workload.items() if not all(unit.values())})
        for other in self.assigned_work:
            self._reschedule(other)
        return crashed[1]

    remove_node.docflow_mended = True
    LoadScopeScheduling.remove_node = remove_node


def _suite_limit(config: pytest.Config) -> None:
    """On the xdist controller: a run still going after :data:`SUITE_LIMIT` seconds prints where each
    test process is (py-spy) and is interrupted, so it ends with its culprit named instead of being
    killed at CI's limit with nothing said."""
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None) or SUITE_LIMIT <= 0:
        return
    spy = shutil.which("py-spy", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))

    def expire() -> None:
        err = sys.__stderr__
        err.write(f"\n+++ watchdog: the run has gone on for {SUITE_LIMIT:.0f} s; where each test process is +++\n")
        err.flush()
        for pid in [os.getpid(), *_children()]:
            if spy:
                subprocess.run([spy, "dump", "--pid", str(pid)], stdout=err, stderr=err, timeout=60, check=False)
        err.flush()
        os.kill(os.getpid(), signal.SIGINT)

    timer = threading.Timer(SUITE_LIMIT, expire)
    timer.name, timer.daemon = "suite-watchdog", True
    timer.start()


def pytest_configure(config: pytest.Config) -> None:
    _requeue_unfinished()
    _suite_limit(config)
