"""Run the REAL reference server (and a private PostgreSQL) as processes on loopback for tests.

Reusable by other areas (e.g. the sync engine's tests)::

    from tests.server.serverproc import start_server, start_postgres, ApiClient
    srv = start_server(tmp_path)                 # SQLite, demo institution set
    api = ApiClient(srv.url).login("clerk", "demo-clerk", "ws-a-1")
    api.post("/v1/ops", json={"ops": [...]})
    srv.restart(); srv.stop()
"""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from glob import glob
from pathlib import Path
from typing import Optional

import requests

REPO_ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "demo-{username}".format


#: Seconds a process started here (the server, PostgreSQL) may take to be ready on an idle machine.
START_SECONDS = 60
#: At most this many times START_SECONDS, however loaded the machine.
START_STRETCH = 10


def start_deadline_seconds() -> float:
    """How long to wait at most for a process started here to be ready: a deadline, not a wait
    (a process that is ready is used at once). Start-up is mostly imports and CPU, so on a machine
    loaded by others it takes longer in proportion to the load per core: the deadline grows with it
    (``START_SECONDS`` x (1 + 1-minute load average per core), at most ``START_STRETCH`` times).
    ``DOCFLOW_TEST_START_SECONDS`` sets it outright."""
    fixed = os.environ.get("DOCFLOW_TEST_START_SECONDS")
    if fixed:
        return float(fixed)
    per_core = os.getloadavg()[0] / (os.cpu_count() or 1)
    return START_SECONDS * min(START_STRETCH, 1 + per_core)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ServerHandle:
    """A running ``docflow-server`` process; ``url`` is like ``http://127.0.0.1:PORT``."""

    url: str
    port: int
    data_dir: Path
    db_url: Optional[str]
    args: list
    log_path: Path
    proc: Optional[subprocess.Popen] = None
    extra_env: dict = field(default_factory=dict)
    verify: object = True          # for requests: CA file when serving HTTPS with a private cert
    _guard_w: Optional[int] = None  # the write end of the pipe the server watches (orphan_guard)
    #: the source tree the server runs from (another commit's, ``git archive``d: a server from before)
    root: Path = REPO_ROOT

    def _spawn(self) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1", **self.extra_env)
        env["PYTHONPATH"] = str(self.root) + os.pathsep + env.get("PYTHONPATH", "")
        log = open(self.log_path, "ab")
        # The server ends with this test run however it ends (tests/server/orphan_guard.py): it watches
        # the read end of a pipe whose write end only this process holds.
        guard_r, self._guard_w = os.pipe()
        try:
            self.proc = subprocess.Popen([sys.executable, "-m", "tests.server.orphan_guard", str(guard_r), *self.args],
                                         stdout=log, stderr=subprocess.STDOUT, cwd=str(self.root), env=env,
                                         pass_fds=(guard_r,))
        finally:
            os.close(guard_r)
            log.close()
        deadline = time.monotonic() + start_deadline_seconds()
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"docflow-server exited with {self.proc.returncode}:\n{self.log()}")
            try:
                if requests.get(self.url + "/v1/health", timeout=1, verify=self.verify).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"docflow-server did not become ready:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-5000:] if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None
        self._close_guard()

    def kill(self) -> None:
        """Hard kill (SIGKILL), as in a power cut of the server."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=5)
        self.proc = None
        self._close_guard()

    def _close_guard(self) -> None:
        """The server is gone: this end of its guard pipe is no longer needed."""
        fd, self._guard_w = self._guard_w, None
        if fd is not None:
            os.close(fd)

    def start(self) -> "ServerHandle":
        """Start again after ``stop()`` or ``kill()``, on the same port and data."""
        self._spawn()
        return self

    def restart(self, hard: bool = False) -> None:
        """Stop (SIGTERM, or SIGKILL with ``hard=True``) and start again on the same port and data."""
        if hard:
            self.kill()
        else:
            self.stop()
        self._spawn()


def start_server(tmpdir, db_url: Optional[str] = None, demo: bool = True, port: Optional[int] = None,
                 extra_args: Optional[list] = None, data_dir: Optional[Path] = None,
                 tls: Optional[tuple] = None, root: Optional[Path] = None) -> ServerHandle:
    """Start ``python -m circulation_server serve`` on a free loopback port and wait until it answers.

    ``tmpdir`` receives a fresh data directory unless ``data_dir`` names an existing one.
    ``tls=(cert_pem, key_pem)`` serves HTTPS (``url`` starts with https; ``verify`` = cert_pem);
    ``tls=(cert_pem, key_pem, ca_pem)`` when the certificate is issued by a test CA (``verify`` = ca_pem).
    ``root``: the source tree to run the server from (default: this one).
    """
    if data_dir is None:
        data_dir = Path(tmpdir) / f"server-{uuid.uuid4().hex[:8]}"
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data_dir)]
    if db_url:
        args += ["--db", db_url]
    if demo:
        args.append("--demo")
    if tls:
        args += ["--tls-cert", str(tls[0]), "--tls-key", str(tls[1])]
    args += list(extra_args or [])
    scheme = "https" if tls else "http"
    handle = ServerHandle(url=f"{scheme}://127.0.0.1:{port}", port=port, data_dir=data_dir, db_url=db_url,
                          args=args, log_path=data_dir / "server.log", verify=str(tls[2] if len(tls) > 2 else tls[0]) if tls else True,
                          root=Path(root) if root is not None else REPO_ROOT)
    handle._spawn()
    return handle


# ------------------------------------------------------------------------------------- PostgreSQL

@dataclass
class PgHandle:
    """A private PostgreSQL cluster; ``new_database()`` returns a SQLAlchemy URL of a fresh DB."""

    root: Path
    port: int
    bin_dir: Path
    as_postgres: bool
    guard: Optional[tuple[int, subprocess.Popen]] = None  # (pipe's write end, watcher): orphan_guard --then

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def _run(self, *cmd: str) -> None:
        full = (["runuser", "-u", "postgres", "--"] if self.as_postgres else []) + list(cmd)
        res = subprocess.run(full, capture_output=True, text=True, timeout=2 * start_deadline_seconds())
        if res.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {res.stdout}\n{res.stderr}")

    def new_database(self, name: Optional[str] = None) -> str:
        name = name or "docflow_" + uuid.uuid4().hex[:10]
        self._run(str(self.bin_dir / "createdb"), "-h", str(self.socket_dir), "-p", str(self.port),
                  "-U", "postgres", name)
        return f"postgresql+psycopg://postgres@/{name}?host={self.socket_dir}&port={self.port}"

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            if self.guard is not None:
                fd, watcher = self.guard
                self.guard = None
                os.close(fd)  # the watcher finds the cluster stopped and its folder gone, and ends
                watcher.wait(timeout=2 * start_deadline_seconds())

    def _guard(self) -> None:
        """Stop the cluster with this test run however the run ends (``orphan_guard --then``)."""
        read_end, write_end = os.pipe()
        stop = (["runuser", "-u", "postgres", "--"] if self.as_postgres else []) + [
            str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop"]
        env = dict(os.environ, PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        try:
            watcher = subprocess.Popen([sys.executable, "-m", "tests.server.orphan_guard", "--then", str(read_end),
                                        str(self.root), *stop], cwd=str(REPO_ROOT), env=env, pass_fds=(read_end,),
                                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                       start_new_session=True)  # not in the test run's process group
        finally:
            os.close(read_end)
        self.guard = (write_end, watcher)


def postgres_bin_dir() -> Optional[Path]:
    found = sorted(glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def start_postgres(options: str = "") -> PgHandle:
    """initdb + pg_ctl start a throw-away cluster (as the ``postgres`` OS user when run as root).

    The tests' cluster runs without fsync; ``options`` (``postgres -c`` settings, e.g. the
    benchmark's ``-c fsync=on``) come after the defaults and win over them.
    """
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin")
    as_postgres = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="docflow-pg-"))
    (root / "sock").mkdir()
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(root / "sock", "postgres", "postgres")
    handle = PgHandle(root=root, port=free_port(), bin_dir=bin_dir, as_postgres=as_postgres)
    handle._run(str(bin_dir / "initdb"), "-D", str(root / "data"), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-sync")
    opts = f"-p {handle.port} -k {root / 'sock'} -c listen_addresses= -c fsync=off -c max_connections=300 {options}"
    handle._guard()
    handle._run(str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-o", opts, "-l", str(root / "pg.log"),
                "-w", "-t", str(int(start_deadline_seconds())), "start")
    return handle


# ------------------------------------------------------------------------------------- HTTP client

class ApiClient:
    """Tiny protocol client on requests: login, auth headers, JSON helpers (gzip handled by requests)."""

    def __init__(self, base_url: str, verify=True):
        self.base_url = base_url.rstrip("/")
        self.verify = verify  # passed per request: REQUESTS_CA_BUNDLE would override Session.verify
        self.http = requests.Session()
        self.token: Optional[str] = None
        self.workstation_id: Optional[str] = None
        self.me: dict = {}

    def login(self, username: str, password: Optional[str] = None, workstation_id: str = "ws-a-1",
              ttl_seconds: Optional[int] = None) -> "ApiClient":
        body = {"username": username, "password": password or DEMO_PASSWORD(username=username),
                "workstation_id": workstation_id}
        if ttl_seconds is not None:
            body["ttl_seconds"] = ttl_seconds
        r = self.http.post(self.base_url + "/v1/auth/login", json=body, timeout=30, verify=self.verify)
        r.raise_for_status()
        self.me = r.json()
        self.token = self.me["token"]
        self.workstation_id = workstation_id
        return self

    def headers(self, extra: Optional[dict] = None) -> dict:
        h = {}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        if self.workstation_id:
            h["X-Docflow-Workstation"] = self.workstation_id
        h.update(extra or {})
        return h

    def request(self, method: str, path: str, headers: Optional[dict] = None, **kw) -> requests.Response:
        kw.setdefault("timeout", 90)
        kw.setdefault("verify", self.verify)
        return self.http.request(method, self.base_url + path, headers=self.headers(headers), **kw)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, **kw):
        return self.request("POST", path, **kw)

    def put(self, path, **kw):
        return self.request("PUT", path, **kw)

    def post_gzip(self, path: str, payload) -> requests.Response:
        data = gzip.compress(json.dumps(payload).encode())
        return self.post(path, data=data, headers={"Content-Type": "application/json",
                                                   "Content-Encoding": "gzip"})

    def push(self, *ops: dict) -> list:
        r = self.post("/v1/ops", json={"ops": list(ops)})
        assert r.status_code == 200, r.text
        return r.json()["results"]

    def changes(self, cursor: int = 0, limit: int = 100, wait: int = 0) -> dict:
        r = self.get("/v1/changes", params={"cursor": cursor, "limit": limit, "wait": wait})
        assert r.status_code == 200, r.text
        return r.json()

    def all_changes(self, cursor: int = 0) -> tuple[list, int]:
        out = []
        while True:
            page = self.changes(cursor, limit=500)
            out += page["changes"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return out, cursor

    def upload_bytes(self, data: bytes, filename: str = "file.pdf") -> str:
        """Upload in one tus PATCH (use tuspy for resumable transfers); returns the sha256."""
        import base64
        import hashlib
        sha = hashlib.sha256(data).hexdigest()
        meta = f"sha256 {base64.b64encode(sha.encode()).decode()},filename {base64.b64encode(filename.encode()).decode()}"
        tus = {"Tus-Resumable": "1.0.0"}
        r = self.post("/v1/uploads", headers={**tus, "Upload-Length": str(len(data)), "Upload-Metadata": meta})
        assert r.status_code == 201, r.text
        if int(r.headers["Upload-Offset"]) == len(data):
            return sha
        r = self.request("PATCH", r.headers["Location"], data=data,
                         headers={**tus, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
        assert r.status_code == 204, r.text
        return sha


def route_metric(server, name: str, method: str, route: str) -> float:
    """One route's counter in the server's ``/metrics`` (0 before it first counts), e.g. the SQL
    statements ``docflow_db_statements_total`` run for ``GET /v1/number-blocks``."""
    pattern = rf'^{re.escape(name)}\{{method="{method}",route="{re.escape(route)}"\}} ([0-9.e+]+)$'
    found = re.search(pattern, requests.get(server.url + "/metrics", timeout=10, verify=server.verify).text, re.M)
    return float(found.group(1)) if found else 0.0


def new_id() -> str:
    return str(uuid.uuid4())


def op(doc_id: str, op_type: str, payload: dict, base_version, blobs=(), op_id: Optional[str] = None) -> dict:
    return {"op_id": op_id or new_id(), "doc_id": doc_id, "type": op_type, "base_version": base_version,
            "payload": payload, "blobs": list(blobs)}
