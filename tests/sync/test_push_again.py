"""A push whose answer was lost goes again as it was -- and the ops of other documents ready by then
ride in its request, not a round trip behind its answer."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.db.models import Document, OutboxOp
from desktop_app.sync.client import SyncError
from tests.sync.desks import Desk
from tests.tools.faultproxy import FaultProxy


def test_the_ops_of_other_documents_ride_in_the_request_of_a_batch_sent_again(tmp_path, tls_server, test_ca,
                                                                             keyring_backend):
    """The push of an edit of document A is applied but its answer lost (a 500 after it). An edit
    of document B follows. The next cycle sends A's batch again as it was, and B's edit in the same
    request: one push, not two (on the files' pipe the second waited for the first's answer, behind
    the file body ahead of it: ~1 s at the end of the rural upload). A's edit is applied once
    (replayed), B's once."""
    proxy = FaultProxy(tls_server.url, verify=str(test_ca.ca_pem))
    desk = Desk(tmp_path / "ws-a-1", proxy.url, test_ca.ca_pem, "ws-a-1", "admin", keyring_backend)
    try:
        a, b = desk.import_pdf("Ride A"), desk.import_pdf("Ride B")
        desk.engine.sync_now()
        with desk.ctx.db.read() as s:
            before = {d: s.get(Document, d).version for d in (a, b)}
        desk.ctx.documents.update_document(a, subject="Ride A, edited")
        proxy.add("POST", "/v1/ops", "500_after")
        with pytest.raises(SyncError):
            desk.engine.sync_now()
        desk.ctx.documents.update_document(b, subject="Ride B, edited")
        start = len(proxy.requests)
        desk.engine.sync_now()
        pushes = [path for _, method, path in proxy.requests[start:] if method == "POST" and path.startswith("/v1/ops")]
        assert len(pushes) == 1, proxy.requests[start:]
        assert desk.engine.status().ops_waiting == 0
        with desk.ctx.db.read() as s:
            assert {o.state for o in s.execute(select(OutboxOp)).scalars()} == {OutboxOp.DONE}
            assert {d: s.get(Document, d).version for d in (a, b)} == {d: v + 1 for d, v in before.items()}
            assert s.get(Document, a).subject == "Ride A, edited" and s.get(Document, b).subject == "Ride B, edited"
    finally:
        desk.close()
        proxy.close()
