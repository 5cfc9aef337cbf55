"""The authorization matrix: every op type x role x same/other institution (both back-ends).

Each role of institution A pushes from ws-a-2 -- not the desk the head signed on (ws-a-1) -- so
``signature.upgrade`` and the replacement of a signed file are allowed to the signer's own user
only. Each role of institution B pushes the same op on A's document: whatever the type, it is
answered as for a document that does not exist, and A's document does not change.
"""
from __future__ import annotations

import pytest

from docflow_protocol import ALL_OP_TYPES
from tests.server.lifecycle import old_case
from tests.server.serverproc import new_id, op
from tests.server.signed_pdfs import Signer, plain_pdf, sign, timestamp

ROLES = ("clerk", "head", "executor", "admin")
OK = "applied"
APPLIED_BY = {   # op kind -> the roles of the same institution that may apply it; the others get the code
    "document.create": (set(ROLES), None),
    "document.update": (set(ROLES), None),
    "file.attach": (set(ROLES), None),
    "file.replace_signed": ({"head"}, "not_signer"),
    "registration.register": ({"clerk", "head", "admin"}, "forbidden_role"),
    "resolution.create": ({"head", "admin"}, "forbidden_role"),
    "resolution.update": ({"head", "admin"}, "forbidden_role"),
    "route.set": ({"clerk", "head", "admin"}, "forbidden_role"),
    "route.step_act": ({"executor", "head", "admin"}, "not_assignee"),
    "signature.add": ({"head", "admin"}, "forbidden_role"),
    "signature.upgrade": ({"head"}, "not_signer"),
    "document.dispatch": ({"clerk", "head", "admin"}, "forbidden_role"),
    "dispatch.acknowledge": ({"clerk", "head", "admin"}, "forbidden_role"),
    "document.archive": ({"clerk", "head", "admin"}, "forbidden_role"),
    # issue 17: control is the resolution's author's (head here; admin is a signer but not the author)
    "control.remove": ({"head"}, {"clerk": "forbidden_role", "executor": "forbidden_role", "admin": "not_controller"}),
    "control.extension_request": ({"executor"}, "not_assignee"),
    "control.extension_decide": ({"head"}, {"clerk": "forbidden_role", "executor": "forbidden_role", "admin": "not_controller"}),
    "document.link_reply": (set(ROLES), None),
    "appeal.act": ({"clerk", "head", "admin"}, "forbidden_role"),
    "disposal.propose": ({"clerk", "head", "admin"}, "forbidden_role"),
    "disposal.decide": ({"head", "admin"}, "forbidden_role"),
}


class Setup:
    """Builds, as institution A's clerk and head (on ws-a-1), a document in which the op can apply."""

    def __init__(self, as_user):
        self.clerk, self.head, self.executor = as_user("clerk"), as_user("head"), as_user("executor")
        self.b_clerk = as_user("clerk", "b")
        self.users = {u["username"]: u["id"] for u in self.clerk.get("/v1/users").json()["users"]}
        self.signer = Signer("Demo Head")
        self.old_case = None

    def doc(self, kind="outgoing") -> str:
        doc = new_id()
        assert self.clerk.push(op(doc, "document.create", {"kind": kind, "fields": {"subject": "M"}}, 0)
                               )[0]["status"] == OK
        return doc

    def signed_doc(self):
        doc = self.doc()
        signed = sign(plain_pdf("matrix " + doc), self.signer)
        sha = self.head.upload_bytes(signed)
        sig = new_id()
        res = self.head.push(op(doc, "signature.add", {"signature_id": sig, "sha256": sha, "level": "B-B",
                                                       "signer_name": "H", "certificate_sha256": self.signer.cert_sha256,
                                                       "signed_at": "2026-11-26T10:00:00Z"}, None, [sha]))
        assert res[0]["status"] == OK, res
        return doc, sig, signed, sha

    def registered(self) -> str:
        doc = self.doc()
        assert self.clerk.push(op(doc, "registration.register", {"journal_id": "j-a-out", "mode": "server",
                                                                 "date": "2026-11-26"}, 1))[0]["status"] == OK
        return doc

    def incoming(self) -> str:
        """A document B dispatched to A."""
        b = self.b_clerk
        doc = new_id()
        res = b.push(op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "From B"}}, 0),
                     op(doc, "registration.register", {"journal_id": "j-b-out", "mode": "server",
                                                       "date": "2026-11-26"}, 1),
                     op(doc, "document.dispatch", {"dispatch_id": new_id(), "to": ["AZ-0001"]}, 2))
        assert [r["status"] for r in res] == [OK] * 3, res
        return res[2]["result"]["deliveries"][0]["incoming_doc_id"]

    def case(self, kind: str, pusher):
        """(doc_id, op) for one kind; ``pusher`` is the client that will push it (uploads go through it)."""
        if kind == "document.create":
            return None, op(new_id(), kind, {"kind": "incoming", "fields": {"subject": "New"}}, 0)
        if kind == "document.update":
            doc = self.doc()
            return doc, op(doc, kind, {"fields": {"subject": "Changed"}}, 1)
        if kind == "file.attach":
            doc = self.doc()
            data = plain_pdf("scan " + doc)
            sha = pusher.upload_bytes(data)
            return doc, op(doc, kind, {"sha256": sha, "role": "scan", "name": "scan.pdf",
                                       "media_type": "application/pdf", "size": len(data)}, None, [sha])
        if kind == "file.replace_signed":
            doc, _, signed, sha = self.signed_doc()
            return doc, op(doc, "file.attach", {"sha256": sha, "role": "signed", "name": "renamed.pdf",
                                                "media_type": "application/pdf", "size": len(signed)}, None, [sha])
        if kind == "registration.register":
            doc = self.doc()
            return doc, op(doc, kind, {"journal_id": "j-a-out", "mode": "server", "date": "2026-11-26"}, 1)
        if kind == "resolution.create":
            doc = self.doc()
            return doc, op(doc, kind, {"resolution_id": new_id(), "executor_user_id": self.users["executor"],
                                       "text": "Answer"}, None)
        if kind == "resolution.update":
            doc, res_id = self.doc(), new_id()
            assert self.head.push(op(doc, "resolution.create", {"resolution_id": res_id, "text": "x",
                                                                "executor_user_id": self.users["executor"]}, 1)
                                  )[0]["status"] == OK
            return doc, op(doc, kind, {"resolution_id": res_id, "control": False}, 2)
        if kind == "route.set":
            doc = self.doc()
            return doc, op(doc, kind, {"steps": [{"step_id": new_id(), "order": 1, "kind": "review",
                                                  "assignee_user_id": self.users["head"]}]}, 1)
        if kind == "route.step_act":
            doc, step = self.doc(), new_id()
            assert self.clerk.push(op(doc, "route.set", {"steps": [{
                "step_id": step, "order": 1, "kind": "execute", "assignee_user_id": self.users["executor"]}]}, 1)
            )[0]["status"] == OK
            return doc, op(doc, kind, {"step_id": step, "action": "done"}, None)
        if kind == "signature.add":
            doc = self.doc()
            signed = sign(plain_pdf("to sign " + doc), Signer("Whoever"))
            sha = pusher.upload_bytes(signed)
            return doc, op(doc, kind, {"signature_id": new_id(), "sha256": sha, "level": "B-B", "signer_name": "W",
                                       "signed_at": "2026-11-26T10:00:00Z"}, None, [sha])
        if kind == "signature.upgrade":
            doc, sig, signed, _ = self.signed_doc()
            upgraded = timestamp(signed)
            sha = pusher.upload_bytes(upgraded)
            return doc, op(doc, kind, {"signature_id": sig, "sha256": sha, "level": "B-T"}, None, [sha])
        if kind == "document.dispatch":
            doc = self.registered()
            return doc, op(doc, kind, {"dispatch_id": new_id(), "to": ["AZ-0002"]}, 2)
        if kind == "dispatch.acknowledge":
            doc = self.incoming()
            return doc, op(doc, kind, {"status": "registered", "registration_number": "IN-1"}, None)
        if kind == "document.archive":
            doc = self.doc()
            return doc, op(doc, kind, {"reason": "done"}, 1)
        if kind.startswith("control."):
            doc, res_id, req = self.doc(), new_id(), new_id()
            assert self.head.push(op(doc, "resolution.create", {"resolution_id": res_id, "text": "x", "control": True,
                                                                "executor_user_id": self.users["executor"],
                                                                "deadline": "2026-12-31"}, None))[0]["status"] == OK
            if kind == "control.remove":
                return doc, op(doc, kind, {"resolution_id": res_id}, None)
            payload = {"request_id": req, "resolution_id": res_id, "new_deadline": "2027-01-15", "reason": "data"}
            if kind == "control.extension_request":
                return doc, op(doc, kind, payload, None)
            assert self.executor.push(op(doc, "control.extension_request", payload, None))[0]["status"] == OK
            return doc, op(doc, kind, {"request_id": req, "resolution_id": res_id, "decision": "approved"}, None)
        if kind == "document.link_reply":
            doc, target = self.doc(), self.doc("incoming")
            return doc, op(doc, kind, {"reply_to": target}, None)
        if kind == "appeal.act":
            doc = self.doc("incoming")
            assert self.clerk.push(op(doc, "registration.register", {
                "journal_id": "j-a-apl", "mode": "server", "date": "2026-11-26",
                "appeal": {"applicant_name": "Əli", "applicant_address": "Bakı", "appeal_type": "complaint",
                           "deadline": "2026-12-17", "term_days": 15}}, 1))[0]["status"] == OK
            return doc, op(doc, kind, {"action_id": new_id(), "action": "forward", "to": "Ministry", "on": "2026-11-27",
                                       "citizen_told_on": "2026-11-27"}, None)
        if kind.startswith("disposal."):
            if self.old_case is None:
                self.old_case = old_case(self.clerk, self.head)
            doc, act = self.doc("incoming"), new_id()
            assert self.clerk.push(op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server",
                                                                     "date": "2020-03-02", "case_id": self.old_case}, 1)
                                   )[0]["status"] == OK
            if kind == "disposal.propose":
                return doc, op(doc, kind, {"act_id": act}, None)
            assert self.clerk.push(op(doc, "disposal.propose", {"act_id": act}, None))[0]["status"] == OK
            return doc, op(doc, kind, {"act_id": act, "decision": "approved"}, None)
        raise AssertionError(kind)


def test_matrix_covers_every_op_type():
    assert set(ALL_OP_TYPES) <= set(APPLIED_BY)


@pytest.mark.parametrize("kind", sorted(APPLIED_BY))
def test_op_type_by_role_and_institution(server, as_user, tally, kind):
    from tests.server.conftest import backend_of, count

    setup = Setup(as_user)
    allowed, refusal = APPLIED_BY[kind]
    outcomes = {}
    for role in ROLES:                                          # same institution, from ws-a-2
        client = as_user(role, "a", 2)
        _, o = setup.case(kind, client)
        [res] = client.push(o)
        outcomes[role] = res["status"] if res["status"] == OK else (res.get("error") or {}).get("code")
    refused = refusal if isinstance(refusal, dict) else dict.fromkeys(ROLES, refusal)
    assert outcomes == {r: OK if r in allowed else refused[r] for r in ROLES}, outcomes

    doc, o = setup.case(kind, setup.clerk)                      # other institution, on A's document
    if kind == "document.create":
        doc = setup.doc()
        o = dict(o, doc_id=doc)
    before = setup.clerk.get(f"/v1/documents/{doc}").json()
    for role in ROLES:
        client = as_user(role, "b", 1)
        r = client.post("/v1/ops", json={"ops": [dict(o, op_id=new_id())]})
        count(tally, backend_of(server), "hostile", r.status_code)
        [res] = r.json()["results"]
        assert (res["status"], res["error"]["code"], res["version"]) == ("deferred", "document_not_found", None), \
            (role, res)
        assert client.get(f"/v1/documents/{doc}").status_code == 404
    assert setup.clerk.get(f"/v1/documents/{doc}").json() == before
