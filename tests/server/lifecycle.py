"""A document lifecycle that uses every op type (shared by the idempotency and dispatch tests)."""
from __future__ import annotations

import hashlib
import os

from tests.server.serverproc import new_id, op
from tests.server.signed_pdfs import Signer, add_dss, plain_pdf, sign, timestamp


def lifecycle(clerk, head, recipient_clerk, pdf: bytes = None):
    """Yield (client, op) pairs covering every op type on one outgoing document, in a valid order.

    ``clerk``/``head`` belong to institution A, ``recipient_clerk`` to B (AZ-0002). Blobs are
    uploaded before the ops that need them. The head signs a real PDF and upgrades the signature
    (B-B -> B-LT) with an incremental update, from the head's own workstation. The dispatch.acknowledge op is built lazily because it
    needs the incoming document id from the dispatch result; the generator receives it via send().
    """
    pdf = pdf or plain_pdf("Reply on water supply " + os.urandom(8).hex())
    signer = Signer("Demo Head")
    signed = sign(pdf, signer)
    sha = clerk.upload_bytes(pdf, "reply.pdf")
    signed_sha = head.upload_bytes(signed, "reply-signed.pdf")
    upgraded = add_dss(timestamp(signed), signer)
    upgraded_sha = head.upload_bytes(upgraded, "reply-signed-lt.pdf")
    resolution = new_id()
    signature = new_id()
    doc = new_id()
    step = new_id()
    dispatch_id = new_id()
    users = {u["username"]: u["id"] for u in clerk.get("/v1/users").json()["users"]}
    ops = [
        (clerk, op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "Reply on water supply"}}, 0)),
        (clerk, op(doc, "document.update", {"fields": {"correspondent": "AZ-0002", "page_count": 2}}, 1)),
        (clerk, op(doc, "file.attach", {"sha256": sha, "role": "draft", "name": "reply.pdf",
                                        "media_type": "application/pdf", "size": len(pdf)}, None, [sha])),
        (head, op(doc, "resolution.create", {"resolution_id": resolution, "executor_user_id": users["executor"],
                                             "co_executor_user_ids": [users["clerk"]], "deadline": "2026-12-31",
                                             "text": "Prepare the reply"}, None)),
        (head, op(doc, "resolution.update", {"resolution_id": resolution, "control": False}, 4)),
        (clerk, op(doc, "route.set", {"steps": [{"step_id": step, "order": 1, "kind": "sign",
                                                 "assignee_user_id": users["head"]}]}, 5)),
        (head, op(doc, "signature.add", {"signature_id": signature, "sha256": signed_sha, "level": "B-B",
                                         "signer_name": "Demo Head", "signed_at": "2026-11-26T10:00:00Z",
                                         "certificate_sha256": signer.cert_sha256, "step_id": step},
                  None, [signed_sha])),
        (head, op(doc, "signature.upgrade", {"signature_id": signature, "sha256": upgraded_sha, "level": "B-LT"},
                  None, [upgraded_sha])),
        (head, op(doc, "route.step_act", {"step_id": step, "action": "approve", "comment": "ok"}, None)),
        (clerk, op(doc, "registration.register", {"journal_id": "j-a-out", "mode": "server",
                                                  "date": "2026-11-26"}, 9)),
        (clerk, op(doc, "document.dispatch", {"dispatch_id": dispatch_id, "to": ["AZ-0002"]}, 10)),
    ]
    results = []
    for client, o in ops:
        results.append((yield client, o))
    incoming = results[-1]["result"]["deliveries"][0]["incoming_doc_id"]
    yield recipient_clerk, op(incoming, "dispatch.acknowledge", {"status": "registered",
                                                                 "registration_number": "IN-77"}, None)
    # control and citizens' appeals (issue 17): a second resolution on control, a request for more time and its
    # approval, control removed by its author; the outgoing document answers a citizen's appeal, whose term is extended
    controlled, request, appeal = new_id(), new_id(), new_id()
    yield head, op(doc, "resolution.create", {"resolution_id": controlled, "executor_user_id": users["executor"],
                                              "co_executor_user_ids": [users["clerk"]], "deadline": "2026-12-31",
                                              "text": "Check the reply", "control": True}, None)
    yield clerk, op(doc, "control.extension_request", {"request_id": request, "resolution_id": controlled,
                                                       "new_deadline": "2027-01-15", "reason": "Waiting for data"}, None)
    yield head, op(doc, "control.extension_decide", {"request_id": request, "resolution_id": controlled,
                                                     "decision": "approved"}, None)
    yield head, op(doc, "control.remove", {"resolution_id": controlled, "reason": "Checked"}, None)
    yield clerk, op(appeal, "document.create", {"kind": "incoming", "fields": {"subject": "Citizen's appeal"}}, 0)
    yield clerk, op(appeal, "registration.register", {
        "journal_id": "j-a-apl", "mode": "server", "date": "2026-11-26",
        "appeal": {"applicant_name": "Əli Məmmədov", "applicant_address": "Bakı", "appeal_type": "complaint",
                   "deadline": "2026-12-17", "term_days": 15}}, 1)
    yield clerk, op(appeal, "appeal.act", {"action_id": new_id(), "action": "extend", "days": 10, "new_deadline": "2027-01-05",
                                           "reason": "Data requested", "citizen_told_on": "2026-11-27"}, None)
    yield clerk, op(doc, "document.link_reply", {"reply_to": appeal}, None)
    yield clerk, op(doc, "document.archive", {"reason": "done"}, 16)
    # disposal (issue 17): a letter filed to a closed 2020 case kept one year is past retention; the clerk
    # proposes it on an act, the head approves the act
    old, act = new_id(), new_id()
    yield clerk, op(old, "document.create", {"kind": "incoming", "fields": {"subject": "Old letter"}}, 0)
    yield clerk, op(old, "registration.register", {"journal_id": "j-a-in", "mode": "server", "date": "2020-03-02",
                                                   "case_id": old_case(clerk, head)}, 1)
    yield clerk, op(old, "disposal.propose", {"act_id": act}, None)
    yield head, op(old, "disposal.decide", {"act_id": act, "decision": "approved"}, None)


def old_case(clerk, head) -> str:
    """A new closed case of 2020 kept one year (its documents are past retention); returns its id."""
    case_id = new_id()
    body = {"year": 2020, "index": case_id[:8], "title": "Old correspondence", "retention_years": 1}
    assert clerk.request("PUT", f"/v1/file-plan/cases/{case_id}", json=body).status_code == 201
    closed = head.request("PUT", f"/v1/file-plan/cases/{case_id}", json={**body, "closed": True, "base_version": 1})
    assert closed.status_code == 200, closed.text
    return case_id


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
