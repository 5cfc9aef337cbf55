"""Property-based fuzzing of the whole API, generated from docs/openapi.json (Schemathesis), against
the real server process on SQLite and on PostgreSQL; then ``docflow-server check`` on its data.

Every operation is fuzzed with schema-valid and schema-violating inputs, round after round, until
the time budget per back-end (``DOCFLOW_FUZZ_SECONDS``, default 60) is spent. A case fails on any
5xx, a response that breaks its documented schema, an undocumented status code or a wrong content
type. The number of cases per back-end is printed in the run's closing summary.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance, not_a_server_error, response_schema_conformance, status_code_conformance,
)
from schemathesis.core.failures import FailureGroup
from schemathesis.transport.requests import serialize_binary

from tests.server.conftest import BACKENDS, count
from tests.server.serverproc import REPO_ROOT, start_server

FUZZ_SECONDS = float(os.environ.get("DOCFLOW_FUZZ_SECONDS", "60"))
MIN_CASES = 200  # a run on a loaded machine goes on past its budget (at most three times it) until it has sent these
EXAMPLES_PER_ROUND = 6
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]
#: Revokes the token the fuzzer works with; covered by tests/server/test_auth.py.
SKIP = {("POST", "/v1/auth/logout")}


@schemathesis.serializer("application/offset+octet-stream")
def _tus_bytes(ctx, value):  # noqa: ANN001, ANN202 - tus PATCH bodies are raw bytes
    return {"data": serialize_binary(value)}


@pytest.fixture(params=BACKENDS)
def fuzz_server(request, tmp_path_factory):
    db_url = request.getfixturevalue("pg_cluster").new_database() if request.param == "postgres" else None
    srv = start_server(tmp_path_factory.mktemp(f"fuzz-{request.param}"), db_url=db_url,
                       extra_args=["--login-address-failures", "1000000"])
    srv.backend = request.param
    yield srv
    srv.stop()


class _Session:
    """The fuzzer's own login (renewed if a fuzzed request revoked it)."""

    def __init__(self, url: str):
        self.url = url
        self.http = requests.Session()
        self.renew()

    def renew(self) -> None:
        r = self.http.post(self.url + "/v1/auth/login", json={"username": "admin", "password": "demo-admin",
                                                              "workstation_id": "ws-a-1"}, timeout=60)
        r.raise_for_status()
        self.headers = {"Authorization": f"Bearer {r.json()['token']}", "X-Docflow-Workstation": "ws-a-1"}


def _fuzz_once(operation, mode, seed_value: int, one) -> None:
    """EXAMPLES_PER_ROUND generated cases of one operation in one mode, each sent and checked."""

    @seed(seed_value)
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES_PER_ROUND, deadline=None, database=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
    def run(case) -> None:
        one(operation, mode, case)

    run()


def test_fuzz_the_api_then_check_the_data(fuzz_server, tally):
    srv = fuzz_server
    schema = schemathesis.openapi.from_path(str(REPO_ROOT / "docs" / "openapi.json"))
    operations = [res.ok() for res in schema.get_all_operations()]
    session = _Session(srv.url)
    failures: dict[tuple, str] = {}
    cases = {"n": 0}
    started = time.monotonic()

    def time_left() -> bool:
        spent = time.monotonic() - started
        return spent < FUZZ_SECONDS or (cases["n"] < MIN_CASES and spent < 3 * FUZZ_SECONDS)

    def one(operation, mode, case) -> None:
        cases["n"] += 1
        if isinstance(case.query, dict) and isinstance(case.query.get("wait"), int) and case.query["wait"] > 1:
            case.query["wait"] = 1  # long-polls: any value is valid, the waiting itself proves nothing
        headers = dict(session.headers)
        if operation.path.startswith("/v1/uploads") and mode == GenerationMode.POSITIVE:
            headers["Tus-Resumable"] = "1.0.0"
        for key, value in (case.headers or {}).items():
            if key.lower() not in ("authorization", "x-docflow-workstation"):
                headers[key] = value
        response = case.call(base_url=srv.url, session=session.http, headers=headers, timeout=60)
        count(tally, srv.backend, "fuzz", response.status_code)
        try:
            case.validate_response(response, checks=CHECKS)
        except FailureGroup as group:
            for failure in group.exceptions:
                key = (operation.method.upper(), operation.path, getattr(failure, "title", type(failure).__name__))
                failures.setdefault(key, f"{str(failure)[:600]}\n    {case.as_curl_command()[:600]}")
        if response.status_code == 401 and "token_revoked" in response.text:
            session.renew()

    round_ = 0
    while time_left():
        for i, operation in enumerate(operations):
            if (operation.method.upper(), operation.path) in SKIP or not time_left():
                continue
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                try:
                    _fuzz_once(operation, mode, round_ * 1000 + i * 2 + (mode == GenerationMode.NEGATIVE), one)
                except Unsatisfiable:
                    pass  # e.g. no schema-violating input exists for an operation without parameters
        round_ += 1
    entry = tally[(srv.backend, "fuzz")]
    assert not failures, f"{len(failures)} distinct failure(s) in {cases['n']} cases:\n" + "\n".join(
        f"- {m} {p}: {t}\n    {d}" for (m, p, t), d in sorted(failures.items()))
    assert entry["5xx"] == 0 and cases["n"] >= MIN_CASES, (entry, cases)

    srv.stop()
    args = [sys.executable, "-m", "circulation_server", "check", "--data-dir", str(srv.data_dir)]
    if srv.db_url:
        args += ["--db", srv.db_url]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, cwd=REPO_ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "docflow-server check: OK" in done.stdout
