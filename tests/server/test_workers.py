"""The hot paths' worker threads (circulation_server/workers.py): results and errors reach the
awaiting request, the request's context goes along (its SQL statements are counted against it),
no more threads than the limit run at once, and a caller that gives up leaves the pool working."""
from __future__ import annotations

import asyncio
import contextvars
import threading

import pytest

from circulation_server.workers import Workers

TAG: contextvars.ContextVar[str] = contextvars.ContextVar("tag", default="none")


def test_results_errors_and_the_callers_context_reach_the_caller():
    workers = Workers(2)

    def tagged(extra: str) -> tuple[str, str]:
        return TAG.get() + extra, threading.current_thread().name

    def fails() -> None:
        raise KeyError("gone")

    async def go():
        TAG.set("request-1")
        value, thread = await workers.run(tagged, "!")
        assert value == "request-1!" and thread != threading.current_thread().name
        with pytest.raises(KeyError, match="gone"):
            await workers.run(fails)
        return await asyncio.wait_for(workers.run(tagged, "?"), timeout=30)

    assert asyncio.run(go())[0] == "request-1?"


def test_no_more_threads_than_the_limit_run_at_once_and_every_job_is_done():
    workers = Workers(3)
    lock = threading.Lock()
    running, most, full, release = [0], [0], threading.Event(), threading.Event()

    def job(i: int) -> int:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            if running[0] == 3:
                full.set()
        release.wait(timeout=30)
        with lock:
            running[0] -= 1
        return i

    async def go():
        futures = [workers.run(job, i) for i in range(10)]
        assert await asyncio.get_running_loop().run_in_executor(None, full.wait, 30)   # three at work
        release.set()
        return await asyncio.wait_for(asyncio.gather(*futures), timeout=30)

    assert asyncio.run(go()) == list(range(10))
    assert most[0] == 3 and workers._threads == 3


def test_a_caller_that_gives_up_leaves_the_pool_working():
    workers = Workers(1)
    started, release = threading.Event(), threading.Event()

    def slow() -> str:
        started.set()
        release.wait(timeout=30)
        return "late"

    async def go():
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(workers.run(slow), timeout=0.1)
        assert started.wait(timeout=30)
        release.set()
        return await asyncio.wait_for(workers.run(str.upper, "next"), timeout=30)

    assert asyncio.run(go()) == "NEXT"


_FIRST_SIGNED_FILES_AT_ONCE = r"""
import sys, threading, tempfile
from pathlib import Path
from circulation_server import signed_files

assert not any(name.startswith("pyhanko") for name in sys.modules)
bogus = Path(tempfile.mkdtemp()) / "not-a.pdf"
bogus.write_bytes(b"not a pdf")
calls = [signed_files._levels, lambda: signed_files._inspect(bogus), lambda: signed_files._cms_intact(None, None)]
barrier = threading.Barrier(12)
failed = []

def first(i):
    barrier.wait()
    try:
        calls[i % 3]()
    except (ImportError, RuntimeError) as exc:   # a half-initialised module, the import deadlock check
        failed.append(repr(exc)[:200])
    except Exception:   # what the checks say of a bogus file or signature: not this test's business
        pass

threads = [threading.Thread(target=first, args=(i,)) for i in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join(60)
print(failed)
sys.exit(1 if failed else 0)
"""


@pytest.mark.parametrize("attempt", range(3))
def test_a_fresh_servers_first_signed_files_checked_at_once_all_import_pyhanko(attempt):
    """The signed-file checks import pyhanko when the first signed file comes; twelve worker
    threads doing so at once in a fresh interpreter (the three ways in, in different orders) all
    get whole modules (without the import lock, most runs saw ImportError or _DeadlockError)."""
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", _FIRST_SIGNED_FILES_AT_ONCE], cwd=repo, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
