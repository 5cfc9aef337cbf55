"""Login throttling (429 + Retry-After), a cap on password checks, half-sent requests closed,
API description pages off unless asked -- each on its own server process per back-end, so that
blocking the loopback address does not disturb the other suites."""
from __future__ import annotations

import socket
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import create_engine, select

from circulation_server.models import AuditEvent
from tests.server.conftest import BACKENDS, count
from tests.server.serverproc import ApiClient, new_id, start_server

ACCOUNT_FAILURES = 3
ADDRESS_FAILURES = 60   # above what the tests before the address test fail in total


@pytest.fixture(scope="module", params=BACKENDS)
def strict_server(request, tmp_path_factory):
    """A demo server with small throttling thresholds and 1-second header/body timeouts."""
    db_url = request.getfixturevalue("pg_cluster").new_database() if request.param == "postgres" else None
    srv = start_server(tmp_path_factory.mktemp(f"strict-{request.param}"), db_url=db_url, extra_args=[
        "--login-account-failures", str(ACCOUNT_FAILURES), "--login-address-failures", str(ADDRESS_FAILURES),
        "--header-timeout", "1", "--body-timeout", "1"])
    srv.backend = request.param
    yield srv
    srv.stop()


def _login(srv, username: str, password: str, ws: str = "ws-a-1", tally=None) -> requests.Response:
    r = requests.post(srv.url + "/v1/auth/login", json={"username": username, "password": password,
                                                        "workstation_id": ws}, timeout=60)
    if tally is not None:
        count(tally, srv.backend, "hostile", r.status_code)
    assert r.status_code < 500, r.text
    return r


def _peak_rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))


def test_concurrent_wrong_logins_stay_within_memory(strict_server, tally):
    """32 concurrent wrong logins: at most two argon2 checks (19 MiB each) run at once."""
    srv = strict_server
    _login(srv, "clerk", "demo-clerk")  # warm up: first argon2 use, imports
    before = _peak_rss_kib(srv.proc.pid)
    names = [f"ghost-{new_id()[:8]}" for _ in range(32)]
    with ThreadPoolExecutor(32) as pool:
        answers = list(pool.map(lambda n: _login(srv, n, "wrong password", tally=tally), names))
    assert {r.status_code for r in answers} <= {401, 429}
    assert sum(r.status_code == 401 for r in answers) >= 30
    grown = (_peak_rss_kib(srv.proc.pid) - before) / 1024
    assert grown < 120, f"peak memory grew by {grown:.0f} MiB during 32 concurrent logins"


def test_wrong_passwords_for_one_account_are_throttled(strict_server, tally):
    srv = strict_server
    codes = [_login(srv, "head", "wrong", tally=tally).status_code for _ in range(ACCOUNT_FAILURES)]
    assert codes == [401] * ACCOUNT_FAILURES
    r = _login(srv, "head", "demo-head", tally=tally)         # even the right password must wait now
    assert r.status_code == 429 and r.json()["error"]["code"] == "login_throttled"
    wait = int(r.headers["Retry-After"])
    assert 1 <= wait <= 2 and r.json()["error"]["details"]["retry_after"] == wait
    assert _login(srv, "clerk", "demo-clerk").status_code == 200   # other accounts are not affected
    time.sleep(wait + 0.2)
    assert _login(srv, "head", "demo-head", tally=tally).status_code == 200
    # a success clears the account's count: the next wrong password is an ordinary 401
    assert _login(srv, "head", "wrong", tally=tally).status_code == 401


def test_blocks_grow_and_are_audited(strict_server, tally):
    srv = strict_server
    name = f"ghost-{new_id()[:8]}"
    waits = []
    for round_ in range(2):
        while True:
            r = _login(srv, name, "wrong", tally=tally)
            if r.status_code == 429:
                waits.append(int(r.headers["Retry-After"]))
                break
        if round_ == 0:
            time.sleep(waits[-1] + 0.1)
    assert waits[0] <= 2 and 3 <= waits[1] <= 4, waits   # 2 s, then 4 s (then 8 s ... up to 15 min)
    engine = create_engine(srv.db_url or f"sqlite:///{srv.data_dir / 'server.sqlite3'}")
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(AuditEvent.outcome, AuditEvent.details).where(
                AuditEvent.action == "auth.login")).all()
    finally:
        engine.dispose()
    mine = [outcome for outcome, details in rows if details.get("username") == name]
    assert mine == ["login_throttled", "login_throttled"]
    assert all("wrong" not in str(details) for _, details in rows)      # never a password in the journal


def test_many_accounts_from_one_address_are_throttled(strict_server, tally):
    srv = strict_server
    statuses = []
    for _ in range(ADDRESS_FAILURES + 1):
        statuses.append(_login(srv, f"ghost-{new_id()[:8]}", "wrong", tally=tally).status_code)
        if statuses[-1] == 429:
            break
    assert statuses[-1] == 429 and statuses.count(401) <= ADDRESS_FAILURES
    r = _login(srv, "clerk", "demo-clerk", tally=tally)        # the address is blocked for everyone
    assert r.status_code == 429
    time.sleep(int(r.headers["Retry-After"]) + 0.2)
    assert _login(srv, "clerk", "demo-clerk").status_code == 200


def _raw(srv, data: bytes, wait: float) -> tuple[bytes, bool]:
    """Send ``data``, wait, then read: (what the server sent, whether it closed the connection)."""
    with socket.create_connection(("127.0.0.1", srv.port), timeout=10) as s:
        s.sendall(data)
        time.sleep(wait)
        s.settimeout(1.0)
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    return b"".join(chunks), True
                chunks.append(chunk)
        except ConnectionResetError:
            return b"".join(chunks), True
        except socket.timeout:
            return b"".join(chunks), False     # still open: the server is waiting on us


def test_half_sent_request_heads_and_bodies_are_closed(strict_server, tally):
    srv = strict_server
    started = time.monotonic()
    # nothing at all, then half a request head: the server closes the connection (header timeout 1 s)
    assert _raw(srv, b"", 2.0) == (b"", True)
    assert _raw(srv, b"POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Le", 2.0) == (b"", True)
    # ... while a connection that sent a whole request stays open for the next one (keep-alive)
    answer, closed = _raw(srv, b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n", 1.5)
    assert answer.startswith(b"HTTP/1.1 200") and not closed
    # a full head, half a JSON body: 408 request_timeout (body timeout 1 s)
    answer, closed = _raw(srv, b"POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                               b"Content-Length: 100\r\n\r\n{\"username\": ", 2.5)
    assert answer.startswith(b"HTTP/1.1 408") and b"request_timeout" in answer and closed, answer[:300]
    count(tally, srv.backend, "hostile", 408)
    # a tus PATCH that stops: 408 too, and the bytes that arrived are kept
    api = ApiClient(srv.url).login("clerk", workstation_id="ws-a-1")
    data = b"half a chunk " + new_id().encode()
    import base64
    import hashlib
    meta = "sha256 " + base64.b64encode(hashlib.sha256(data).hexdigest().encode()).decode()
    r = api.post("/v1/uploads", headers={"Tus-Resumable": "1.0.0", "Upload-Length": str(len(data)),
                                         "Upload-Metadata": meta})
    path = r.headers["Location"]
    head = (f"PATCH {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {api.token}\r\n"
            f"X-Docflow-Workstation: ws-a-1\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
            f"Content-Type: application/offset+octet-stream\r\nContent-Length: {len(data)}\r\n\r\n").encode()
    answer, closed = _raw(srv, head + data[:5], 2.5)
    assert answer.startswith(b"HTTP/1.1 408") and closed, answer[:300]
    count(tally, srv.backend, "hostile", 408)
    assert api.request("HEAD", path, headers={"Tus-Resumable": "1.0.0"}).headers["Upload-Offset"] == "5"
    assert time.monotonic() - started < 20
    assert requests.get(srv.url + "/v1/health", timeout=5).status_code == 200


def test_api_description_pages_are_a_setting(tmp_path):
    plain = start_server(tmp_path / "plain", demo=False)
    docs = start_server(tmp_path / "docs", demo=False, extra_args=["--api-docs"])
    try:
        for path in ("/docs", "/redoc", "/openapi.json"):
            r = requests.get(plain.url + path, timeout=10)
            assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
            assert requests.get(docs.url + path, timeout=10).status_code == 200
    finally:
        plain.stop()
        docs.stop()


def test_stale_counts_are_pruned_blocked_ones_kept(tmp_path):
    """The hourly sweep forgets failure counts older than the window (an attacker spraying names
    must not grow the table without end), but never a running block."""
    from circulation_server.db import Database
    from circulation_server.security import DbThrottle

    db = Database(f"sqlite:///{tmp_path / 't.sqlite3'}")
    try:
        db.migrate()
        throttle = DbThrottle(db, window=1, base=60, cap=60)
        throttle.record_failure(["user:a", "addr:x"], {"user:a": 5, "addr:x": 1})   # addr:x now blocked 60 s
        time.sleep(1.2)
        assert throttle.prune() == 1
        assert throttle.retry_after(["addr:x"]) > 50 and throttle.retry_after(["user:a"]) == 0
    finally:
        db.dispose()


def test_old_password_hashes_still_work_and_are_rehashed(tmp_path):
    """Hashes made with the library defaults (64 MiB) verify, and move to the small-server ones."""
    from argon2 import PasswordHasher

    from circulation_server import admin
    from circulation_server.app import build_services
    from circulation_server.config import Settings
    from circulation_server.models import User

    data = tmp_path / "srv"
    services = build_services(Settings(data_dir=data))
    try:
        admin.create_institution(services.db, "AZ-0100", "Village")
        uid = admin.create_user(services.db, "AZ-0100", "aynur", "correct horse 1", ["clerk"])
        admin.create_workstation(services.db, "AZ-0100", ws_id="ws-v-1")
        with services.db.write() as s:
            s.get(User, uid).password_hash = PasswordHasher().hash("correct horse 1")
    finally:
        services.db.dispose()
    srv = start_server(tmp_path, demo=False, data_dir=data)
    try:
        ApiClient(srv.url).login("aynur", "correct horse 1", "ws-v-1")
    finally:
        srv.stop()
    services = build_services(Settings(data_dir=data), migrate=False)
    try:
        with services.db.read() as s:
            stored = s.get(User, uid).password_hash
    finally:
        services.db.dispose()
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
