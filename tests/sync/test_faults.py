"""A server that restarts, answers 500 or too late, or sees a request twice: the results are the same."""
from __future__ import annotations

import functools
import os
import time

import pytest
from sqlalchemy import select

from desktop_app.db.models import OutboxOp
from desktop_app.sync.client import SyncClient, SyncError
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.engine import SyncEngine
from tests.sync.desks import Desk
from tests.tools.faultproxy import FaultProxy


@pytest.fixture
def proxy(tls_server, test_ca):
    p = FaultProxy(tls_server.url, verify=str(test_ca.ca_pem), hold=3.0)
    yield p
    p.close()


def _server_history(api: SyncClient, doc_ids: set[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {d: [] for d in doc_ids}
    cursor = 0
    while True:
        page = api.changes(cursor, limit=500)
        for c in page.changes:
            if c["doc_id"] in out and c.get("op_id"):
                out[c["doc_id"]].append(c["op_id"])
        cursor = page.next_cursor
        if not page.has_more:
            return out


def test_500s_timeouts_duplicates_and_a_restart(tmp_path, proxy, tls_server, test_ca, keyring_backend):
    desk = Desk(tmp_path / "a1", proxy.url, test_ca.ca_pem, "ws-a-1", "admin", keyring_backend)
    # Short read timeout so an answer held back by the proxy counts as a timeout.
    desk.engine = SyncEngine(desk.ctx, CredentialStore(keyring_backend),
                             client_factory=functools.partial(SyncClient, timeout=(5.0, 1.5)))
    desk.engine.sync_now()
    docs = [desk.import_pdf(f"Letter {i}") for i in range(3)]
    numbers = [desk.register(d) for d in docs]
    desk.ctx.documents.add_file_version(docs[0], os.urandom(300_000), "attachment", "annex.bin",
                                        "application/octet-stream")
    desk.ctx.documents.update_document(docs[1], subject="Letter 1 (corrected)")
    with desk.ctx.db.read() as s:
        ops = {o.id: o.document_id for o in s.execute(select(OutboxOp).where(OutboxOp.state == "pending")).scalars()}

    proxy.add("POST", "/v1/ops", "500_after", times=2)   # applied on the server, the desk hears 500
    proxy.add("POST", "/v1/ops", "timeout")              # applied, the answer comes too late
    proxy.add("POST", "/v1/ops", "duplicate", times=2)   # the server sees the batch twice
    proxy.add("PATCH", "/v1/uploads", "500_after")       # bytes stored, the desk hears 500
    proxy.add("PATCH", "/v1/uploads", "timeout")           # bytes stored, the answer comes too late
    proxy.add("GET", "/v1/changes", "503_before", times=2)
    failures = 0
    for _ in range(30):
        try:
            desk.engine.sync_now()
            if desk.engine.status().ops_waiting == 0:
                break
        except SyncError:
            failures += 1
    assert failures >= 5 and not proxy.faults, (failures, proxy.faults)
    assert desk.engine.status().ops_waiting == 0

    # The server restarts while the desk has work: the engine's own thread notices the
    # link return (backoff with jitter) and finishes by itself.
    desk.ctx.documents.update_document(docs[2], subject="Letter 2 (late edit)")
    tls_server.stop()
    try:
        desk.engine.start()
        time.sleep(2.0)
        assert desk.engine.status().online is False and desk.engine.status().last_error
    finally:
        tls_server.start()  # the session's shared server comes back even if this test fails here
    deadline = time.monotonic() + 60
    while desk.engine.status().ops_waiting and time.monotonic() < deadline:
        time.sleep(0.2)
    desk.engine.stop()
    assert desk.engine.status().ops_waiting == 0

    # Same results as on a clean link: every op applied once, in order, numbers kept.
    api = SyncClient(tls_server.url, "ws-a-1", ca_bundle=test_ca.ca_pem)
    api.login("admin", "demo-admin")
    history = _server_history(api, set(docs))
    with desk.ctx.db.read() as s:
        local = {}
        for o in s.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars():
            if o.document_id in history and o.state == "done":
                local.setdefault(o.document_id, []).append(o.id)
    for d in docs:
        assert sorted(history[d]) == sorted(local[d]) and len(set(history[d])) == len(history[d])
        state = api.document(d)
        assert state["version"] == len(history[d])
    assert [api.document(d)["registration"]["number"] for d in docs] == numbers
    assert api.document(docs[1])["fields"]["subject"] == "Letter 1 (corrected)"
    assert api.document(docs[2])["fields"]["subject"] == "Letter 2 (late edit)"
    assert set(ops) <= {op for ids in local.values() for op in ids}
    desk.close()
