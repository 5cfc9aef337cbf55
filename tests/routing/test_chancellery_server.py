"""Appeals and control against the REAL reference server (a docflow-server process on loopback).

Each desk's outbox ops go through the client's own mapping (``desktop_app.sync.mapping.translate_op``)
and are pushed with the token of the person who made them; the server applies them or refuses them
with a code; a second desk takes the server's state through ``routing.remote`` (what sync calls).
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import Document, OutboxOp
from desktop_app.routing.remote import apply_remote_routing
from desktop_app.services.types import AppealInput, RegisterInput, ResolutionInput
from desktop_app.sync.mapping import Lookup, translate_op
from tests import helpers
from tests.routing.test_server_roundtrip import _desk, api, server  # noqa: F401 - the server process and desks


class Pusher:
    def __init__(self, ctx, api):
        self.ctx, self.api, self.pushed, self.versions = ctx, api, set(), {}
        self.lookup = Lookup({j["code"]: j["id"] for j in api("clerk").get("/v1/journals").json()["journals"]},
                             lambda code, seq, year: None)

    def push(self, username: str, expect: str = "applied") -> list[dict]:
        with self.ctx.db.read() as s:
            rows = [o for o in s.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars() if o.id not in self.pushed]
            todo = [(o.id, translate_op(o.id, o.document_id, o.op_type, o.payload, o.blob_hashes, o.created_at, self.lookup))
                    for o in rows]
        out = []
        for op_id, t in todo:
            self.pushed.add(op_id)
            if t.op is None:
                continue
            op = dict(t.op)
            if op["type"] == "file.attach":
                self.api(username).upload_bytes(self.ctx.blobs.read(op["payload"]["sha256"]), op["payload"]["name"])
            if not t.commutative:
                op["base_version"] = self.versions.get(op["doc_id"], 0)
            (res,) = self.api(username).push(op)
            if res["status"] == "applied":
                self.versions[op["doc_id"]] = res["version"]
            out.append(res)
        assert [r["status"] for r in out][-1:] == [expect], [(r["status"], r.get("error")) for r in out]
        return out


def _op(doc_id, op_type, payload):
    return {"op_id": str(uuid.uuid4()), "doc_id": doc_id, "type": op_type, "base_version": None, "payload": payload,
            "blobs": []}


def test_appeals_and_control_on_the_server_and_on_a_second_desk(tmp_path, api):
    a = _desk(tmp_path / "a1", api, "clerk")
    p = Pusher(a, api)
    today = local_today()

    # an appeal registered with the applicant's card; the server keeps the card and its clock
    appeal = a.documents.create_document(helpers.make_pdf("Appeal"), "appeal.pdf", "incoming", subject="Lighting").id
    a.documents.register(appeal, RegisterInput("APL", appeal=AppealInput("Əli Məmmədov", "Bakı", "complaint")))
    p.push("clerk")
    a.appeals.extend(appeal, 25, "Asked the utility for data", today)
    p.push("clerk")
    snap = api("clerk").get(f"/v1/documents/{appeal}").json()
    card = snap["registration"]["appeal"]
    assert card["applicant_name"] == "Əli Məmmədov" and card["deadline"] == a.appeals.get(appeal).deadline.isoformat()

    # the server refuses what the service refuses: an anonymous appeal, a 31st day of extension
    bare = a.documents.create_document(helpers.make_pdf("Anon"), "anon.pdf", "incoming", subject="Anon").id
    p.push("clerk")
    (res,) = api("clerk").push({**_op(bare, "registration.register", {"journal_id": "j-a-apl", "date": today.isoformat(),
                                                                     "mode": "server", "appeal": {"applicant_name": "X", "applicant_address": " ",
                                                                     "appeal_type": "complaint", "deadline": today.isoformat(), "term_days": 15}}),
                                "base_version": p.versions[bare]})
    assert res["status"] == "rejected" and res["error"]["code"] == "anonymous_appeal"

    # an appeal made by telephone: no file; the server keeps how it was made, the day and the official,
    # and refuses an oral card without them or registered before the call
    oral = a.appeals.register_oral(RegisterInput("APL", appeal=AppealInput(
        "Leyla Həsənova", "Sumqayıt", "proposal", form="telephone", received_on=today, received_by="Aynur Katib")),
        summary="Parkda skamyalar").document_id
    p.push("clerk")
    kept = api("clerk").get(f"/v1/documents/{oral}").json()["registration"]["appeal"]
    assert (kept["appeal_form"], kept["received_on"], kept["received_by"]) == ("telephone", today.isoformat(), "Aynur Katib")
    card = {"applicant_name": "X", "applicant_address": "Y", "appeal_type": "complaint", "deadline": today.isoformat(),
            "term_days": 15, "appeal_form": "reception"}
    op = _op(bare, "registration.register", {"journal_id": "j-a-apl", "date": today.isoformat(), "mode": "server",
                                             "appeal": {**card, "received_on": today.isoformat()}})
    r = api("clerk").post("/v1/ops", json={"ops": [{**op, "base_version": p.versions[bare]}]})
    assert r.status_code == 422 and r.json()["error"]["details"][0]["path"] == "ops[0].payload.appeal.received_by"
    op["payload"]["appeal"].update(received_on=(today + dt.timedelta(days=1)).isoformat(), received_by="Z")
    (res,) = api("clerk").push({**op, "base_version": p.versions[bare]})
    assert res["status"] == "rejected" and res["error"]["code"] == "invalid_payload", res
    (res,) = api("clerk").push(_op(appeal, "appeal.act", {"action_id": str(uuid.uuid4()), "action": "extend", "days": 6,
                                                           "new_deadline": today.isoformat(), "reason": "x",
                                                           "citizen_told_on": today.isoformat()}))
    assert res["status"] == "rejected" and res["error"]["code"] == "appeal_extension_limit"

    # control: a resolution on control; someone else may not remove it or decide on its deadline
    a.switch_user("head")
    res_info = a.routing.create_resolution(appeal, ResolutionInput("Answer the citizen", "u-a-executor", days=5))
    p.push("head")
    (res,) = api("admin").push(_op(appeal, "control.remove", {"resolution_id": res_info.id}))
    assert res["status"] == "rejected" and res["error"]["code"] == "not_controller"
    (res,) = api("head").push({**_op(appeal, "resolution.update", {"resolution_id": res_info.id,
                                                                   "deadline": (today + dt.timedelta(days=60)).isoformat()}),
                               "base_version": p.versions[appeal]})
    assert res["status"] == "rejected" and res["error"]["code"] == "extension_required"
    a.switch_user("executor")
    req = a.control.request_extension(res_info.id, res_info.deadline + dt.timedelta(days=7), "Waiting for the utility")
    p.push("executor")
    (res,) = api("admin").push(_op(appeal, "control.extension_decide", {"request_id": req.id, "resolution_id": res_info.id,
                                                                         "decision": "approved"}))
    assert res["status"] == "rejected" and res["error"]["code"] == "not_controller"
    a.switch_user("head")
    a.control.decide_extension(req.id, True, "Agreed")
    p.push("head")

    # the reply answers the appeal; then control is removed by its official
    a.switch_user("executor")
    reply = a.documents.create_document(helpers.make_pdf("Reply"), "reply.pdf", "outgoing", subject="Reply").id
    a.control.link_reply(reply, appeal)
    p.push("executor")
    a.switch_user("head")
    a.routing.remove_control(res_info.id, "Answered")
    p.push("head")
    snap = api("clerk").get(f"/v1/documents/{appeal}").json()
    (r,) = snap["resolutions"]
    assert r["control"] is False and r["control_removed_by"] == "u-a-head"
    assert r["deadline"] == req.new_deadline.isoformat() and r["extensions"][0]["state"] == "approved"
    assert api("clerk").get(f"/v1/documents/{reply}").json()["reply_to"] == appeal

    # a second desk brings the server's state in: the card, the extension, control removal, the reply link
    b = _desk(tmp_path / "a2", api, "head")
    for doc_id in (appeal, reply):
        snap = api("clerk").get(f"/v1/documents/{doc_id}").json()
        with b.db.write() as s:
            s.add(Document(id=doc_id, kind=snap["kind"], status="registered", subject=snap["fields"]["subject"],
                           origin="server", version=snap["version"]))
            s.flush()
            assert apply_remote_routing(s, s.get(Document, doc_id), snap)
        with b.db.write() as s:
            assert not apply_remote_routing(s, s.get(Document, doc_id), snap)  # the same state again: nothing
    mine, theirs = a.appeals.get(appeal), b.appeals.get(appeal)
    assert (theirs.applicant_name, theirs.deadline, theirs.extension_days) == (mine.applicant_name, mine.deadline, 25)
    (ext,) = b.control.extensions(appeal)
    assert (ext.id, ext.state, ext.new_deadline) == (req.id, "approved", req.new_deadline)
    (tl,) = b.routing.timeline(appeal).resolutions
    assert tl.control is False and tl.deadline == req.new_deadline
    assert b.control.replies(appeal)[0][0] == reply
    a.close()
    b.close()
