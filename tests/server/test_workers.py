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


async def _asgi(app, method: str, path: str, query: bytes = b"", headers=(), body: bytes = b"") -> tuple[int, bytes]:
    """One request straight to the ASGI application (no HTTP): (status, body)."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query, "root_path": "",
             "headers": list(headers), "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000), "state": {}}
    sent, out = False, {"body": b""}

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
        else:
            out["body"] += message.get("body", b"")

    await app(scope, receive, send)
    return out["status"], out["body"]


class _Counting(Workers):
    """The server's own workers, counting the trips (by function name) the requests make to them."""

    def __init__(self):
        super().__init__(2)
        self.trips = []

    def run(self, fn, *args):
        self.trips.append(fn.__name__)
        return super().run(fn, *args)


def _counting_app(tmp_path):  # noqa: ANN001, ANN202
    """The demo server's application in this process, its workers counted (``services.workers.trips``)."""
    from circulation_server.app import build_services, create_app
    from circulation_server.config import Settings
    from circulation_server.demo import ensure_demo

    services = build_services(Settings(data_dir=tmp_path))
    ensure_demo(services.db)
    services.workers = _Counting()
    return services, create_app(services)


async def _clerk(app) -> list[tuple[bytes, bytes]]:  # noqa: ANN001
    """The headers of A's clerk logged in at ws-a-1."""
    import json

    status, body = await _asgi(app, "POST", "/v1/auth/login", headers=[(b"content-type", b"application/json")],
                               body=json.dumps({"username": "clerk", "password": "demo-clerk",
                                                "workstation_id": "ws-a-1"}).encode())
    assert status == 200, body
    return [(b"authorization", b"Bearer " + json.loads(body)["token"].encode()), (b"x-docflow-workstation", b"ws-a-1")]


def test_a_feed_answer_with_nothing_in_the_desks_own_window_makes_one_trip_to_a_thread(tmp_path):
    """A feed answer whose changes hold none of the desk's own window (``own_from``/``own_to``) is
    the page as read: the read is the one trip to a worker thread, with no second one to look for
    the desk's echo; a window holding the desk's change still leaves it out."""
    import json
    import uuid

    services, app = _counting_app(tmp_path)

    mine_seq = []

    async def go():
        services.notifier.bind(asyncio.get_running_loop())
        auth = await _clerk(app)
        doc = str(uuid.uuid4())
        push = {"ops": [{"op_id": str(uuid.uuid4()), "doc_id": doc, "type": "document.create", "base_version": 0,
                         "payload": {"kind": "internal", "fields": {"subject": "mine"}}, "blobs": []}]}
        status, body = await _asgi(app, "POST", "/v1/ops", headers=[*auth, (b"content-type", b"application/json")],
                                   body=json.dumps(push).encode())
        mine = json.loads(body)["results"][0]["seq"]
        mine_seq.append(mine)
        pages = {}
        for name, window in (("none", b""), ("elsewhere", b"&own_from=%d&own_to=%d" % (mine + 10, mine + 20)),
                             ("mine", b"&own_from=%d&own_to=%d" % (mine, mine))):
            services.workers.trips.clear()
            status, body = await _asgi(app, "GET", "/v1/changes", b"cursor=0&limit=50" + window, auth)
            assert status == 200, body
            pages[name] = (json.loads(body)["changes"], list(services.workers.trips))
        return pages

    try:
        pages = asyncio.run(go())
    finally:
        services.db.dispose()
    seqs = {name: [change["seq"] for change in changes] for name, (changes, _) in pages.items()}
    assert pages["none"][0] == pages["elsewhere"][0] and seqs["none"][-1] == mine_seq[0]
    assert pages["elsewhere"][1] == ["_read_page"]
    assert pages["mine"][1] == ["_read_page", "_without_own_echo"] and mine_seq[0] not in seqs["mine"]


def test_a_lease_goes_to_the_servers_own_threads_without_the_framework(tmp_path):
    """A lease whose token is cached is answered by fastpath.LeaseFastPath: the lease runs in one
    of the server's own worker threads (``routers.numbers.lease``), not in FastAPI's endpoint; one
    the endpoint refuses (an unknown journal) is answered by the application, as before."""
    import json

    services, app = _counting_app(tmp_path)

    async def go():
        headers = [*await _clerk(app), (b"content-type", b"application/json")]
        out = []
        for journal in ("j-a-in", "j-a-in", "j-zz-none"):
            services.workers.trips.clear()
            status, body = await _asgi(app, "POST", f"/v1/journals/{journal}/blocks", headers=headers,
                                       body=json.dumps({"size": 2}).encode())
            out.append((status, json.loads(body), list(services.workers.trips)))
        return out

    try:
        answers = asyncio.run(go())
    finally:
        services.db.dispose()
    (s1, first, trips1), (s2, second, trips2), (s3, missing, trips3) = answers
    assert (s1, s2) == (201, 201) and second["start"] == first["end"] + 1
    assert trips2 == ["lease"], trips2    # the token is cached after the first request
    assert s3 == 404 and missing["error"]["code"] == "not_found" and trips3 == ["lease"]
