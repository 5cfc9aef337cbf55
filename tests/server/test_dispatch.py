"""Dispatch between institutions: incoming copy with identical bytes, delivery receipts back."""
from __future__ import annotations

import os

from tests.server.lifecycle import sha256
from tests.server.serverproc import new_id, op
from tests.server.signed_pdfs import Signer, plain_pdf, sign, timestamp


def test_dispatch_delivers_bytes_and_receipts(server, as_user):
    a_clerk, a_head, b_clerk = as_user("clerk"), as_user("head"), as_user("clerk", "b")
    _, a_cursor = a_clerk.all_changes(0)
    _, b_cursor = b_clerk.all_changes(0)
    pdf = plain_pdf("Invitation " + os.urandom(8).hex())
    signed = timestamp(sign(pdf, Signer("Demo Head")))    # B-T: signed, then a document timestamp
    sha = a_clerk.upload_bytes(pdf, "letter.pdf")
    ssha = a_head.upload_bytes(signed, "letter-signed.pdf")
    doc = new_id()
    dispatch = op(doc, "document.dispatch", {"dispatch_id": new_id(), "to": ["AZ-0002"], "note": "urgent"}, 4)
    results = a_clerk.push(
        op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "Invitation"}}, 0),
        op(doc, "file.attach", {"sha256": sha, "role": "original", "name": "letter.pdf",
                                "media_type": "application/pdf", "size": len(pdf)}, 1, [sha]),
        op(doc, "registration.register", {"journal_id": "j-a-out", "mode": "server", "date": "2026-11-26"}, 2),
    )
    assert [r["status"] for r in results] == ["applied"] * 3
    assert a_head.push(op(doc, "signature.add", {"signature_id": new_id(), "sha256": ssha, "level": "B-T",
                                                 "signer_name": "Demo Head", "signed_at": "2026-11-26T11:00:00Z"},
                          3, [ssha]))[0]["status"] == "applied"
    [res] = a_clerk.push(dispatch)
    assert res["status"] == "applied", res
    incoming_id = res["result"]["deliveries"][0]["incoming_doc_id"]

    # unknown recipient / own institution -> rejected
    bad = a_clerk.push(op(doc, "document.dispatch", {"dispatch_id": new_id(), "to": ["AZ-9999"]}, 5))[0]
    assert bad["status"] == "rejected" and bad["error"]["code"] == "unknown_recipient"

    page = b_clerk.changes(b_cursor, wait=5)
    incoming = [c for c in page["changes"] if c["doc_id"] == incoming_id]
    assert len(incoming) == 1
    state = incoming[0]["document"]
    assert state["kind"] == "incoming" and state["status"] == "received"
    assert state["origin"]["registry_code"] == "AZ-0001" and state["origin"]["note"] == "urgent"
    assert state["origin"]["registration_number"].startswith("OUT-")
    assert {f["sha256"] for f in state["files"]} == {sha, ssha}
    assert state["signatures"][0]["level"] == "B-T"
    for f in state["files"]:
        body = b_clerk.get(f"/v1/files/{f['sha256']}").content
        assert sha256(body) == f["sha256"]
        assert body == (pdf if f["sha256"] == sha else signed)

    # B's pull produced a "delivered" receipt in A's feed
    receipts = [c for c in a_clerk.all_changes(a_cursor)[0] if c["kind"] == "receipt" and c["doc_id"] == doc]
    assert [r["receipt"]["status"] for r in receipts] == ["delivered"]
    assert receipts[0]["receipt"]["incoming_doc_id"] == incoming_id
    # B registers it and acknowledges -> "registered" receipt with B's number
    r = b_clerk.push(op(incoming_id, "registration.register", {"journal_id": "j-b-in", "mode": "server",
                                                               "date": "2026-11-27"}, 1),
                     op(incoming_id, "dispatch.acknowledge", {"status": "registered"}, None))
    assert [x["status"] for x in r] == ["applied", "applied"]
    b_number = r[0]["result"]["number"]
    receipts = [c for c in a_clerk.all_changes(a_cursor)[0] if c["kind"] == "receipt" and c["doc_id"] == doc]
    assert [x["receipt"]["status"] for x in receipts] == ["delivered", "registered"]
    assert receipts[-1]["receipt"]["registration_number"] == b_number
    a_state = a_clerk.get(f"/v1/documents/{doc}").json()
    assert a_state["status"] == "dispatched"
    assert a_state["dispatches"][0]["status"] == "registered"
    assert a_state["version"] == 5   # receipts do not change the sender's version
