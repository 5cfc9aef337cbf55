"""Fixtures of the server suite: real docflow-server processes on SQLite and on a private PostgreSQL.

``server`` is parametrised over both back-ends; suites that use it run twice.
"""
from __future__ import annotations

import pytest

from tests import helpers

from tests.server.serverproc import ApiClient, postgres_bin_dir, start_postgres, start_server

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(scope="session")
def pg_cluster():
    if postgres_bin_dir() is None:
        pytest.fail("PostgreSQL is not installed (scripts/apt-packages.txt lists it; run scripts/setup-system.sh)")
    cluster = start_postgres()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def sqlite_server(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv-sqlite"))
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory, pg_cluster):
    srv = start_server(tmp_path_factory.mktemp("srv-pg"), db_url=pg_cluster.new_database())
    yield srv
    srv.stop()


@pytest.fixture(scope="session", params=BACKENDS)
def server(request):
    """The running server on each back-end (the suite using it runs once per back-end)."""
    return request.getfixturevalue(f"{request.param}_server")


class Clients:
    """Logged-in API clients, cached per (server, user, workstation) to spare argon2 logins."""

    def __init__(self):
        self._cache: dict = {}

    def get(self, server, username: str, workstation_id: str) -> ApiClient:
        key = (server.url, username, workstation_id)
        cached = self._cache.get(key)
        if cached is None or cached.get("/v1/auth/me").status_code != 200:  # e.g. revoked by a test
            self._cache[key] = ApiClient(server.url).login(username, workstation_id=workstation_id)
        return self._cache[key]


@pytest.fixture(scope="session")
def _client_cache():
    return Clients()


@pytest.fixture
def as_user(server, _client_cache):
    """``as_user("clerk")`` -> client of institution A on ws-a-1; ``as_user("head", "b")`` for B."""

    def make(username: str, inst: str = "a", ws: int = 1) -> ApiClient:
        return _client_cache.get(server, username, f"ws-{inst}-{ws}")

    return make


# ------------------------------------------------------------------ hostile-request bookkeeping



def backend_of(srv) -> str:
    return "postgres" if srv.db_url else "sqlite"


@pytest.fixture(scope="session")
def tally(pytestconfig) -> dict:
    """Counts of hostile requests and fuzz cases per back-end, printed at the end of the run."""
    return pytestconfig.stash.setdefault(helpers.SERVER_TALLY, {})


def count(tally: dict, backend: str, kind: str, status: int) -> None:
    entry = tally.setdefault((backend, kind), {"requests": 0, "5xx": 0})
    entry["requests"] += 1
    if status >= 500:
        entry["5xx"] += 1


@pytest.fixture
def hostile(server, tally):
    """``hostile(client, method, path, **kw)``: send one hostile request; counted, and never a 5xx."""
    backend = backend_of(server)

    def send(client, method: str, path: str, **kw):
        r = client.request(method, path, **kw) if hasattr(client, "token") else client.request(
            method, server.url + path, **kw)
        count(tally, backend, "hostile", r.status_code)
        assert r.status_code < 500, f"{method} {path[:80]} -> {r.status_code}: {r.text[:300]}"
        return r

    return send
