"""Routing operations against the REAL reference server (a docflow-server process on loopback).

Without the sync engine (another engineer's area) this test pushes the outbox ops the
RoutingService wrote, each with the token of the person who made it, checks that the server
validates and applies every one, and then brings the server's document state into a second
workstation with ``desktop_app.routing.remote`` — the functions the sync engine calls.
"""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import Document, OutboxOp
from desktop_app.routing.remote import apply_remote_routing
from desktop_app.services.types import ResolutionInput
from desktop_app.services.types import RegisterInput
from docflow_protocol import COMMUTATIVE_OP_TYPES, validate_operation
from tests import helpers
from tests.server.serverproc import ApiClient, start_server

FILE_ROLES = {"original": "original", "attachment": "attachment", "signed": "signed"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("routing-server"))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def api(server):
    cache: dict = {}

    def get(username: str, ws: str = "ws-a-1") -> ApiClient:
        if (username, ws) not in cache:
            cache[(username, ws)] = ApiClient(server.url).login(username, workstation_id=ws)
        return cache[(username, ws)]

    return get


def _desk(root, api, username: str):
    """A workstation profile whose staff list and directory come from the server (as sync would)."""
    ctx = helpers.make_ctx(root, username=username)
    c = api("clerk")
    ctx.routing.replace_directory(c.get("/v1/users").json()["users"], c.get("/v1/institutions").json()["institutions"],
                                  own_registry_code="AZ-0001", own_name="Demo Municipality A")
    return ctx


class Pusher:
    """Pushes a desk's new outbox ops one by one, as the given user, with the right base_version."""

    def __init__(self, ctx, api):
        self.ctx, self.api = ctx, api
        self.pushed: set[str] = set()
        self.versions: dict[str, int] = {}
        self.journals = {j["code"]: j["id"] for j in api("clerk").get("/v1/journals").json()["journals"]}

    def push(self, username: str) -> list[dict]:
        with self.ctx.db.read() as s:
            rows = [(o.id, o.document_id, o.op_type, dict(o.payload), list(o.blob_hashes))
                    for o in s.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars() if o.id not in self.pushed]
        client = self.api(username)
        results = []
        for op_id, doc_id, op_type, payload, blobs in rows:
            body = payload
            if op_type == "document.create":
                body = {"kind": payload["kind"], "fields": {"subject": payload["subject"]}}
            elif op_type == "file.attach":
                client.upload_bytes(self.ctx.blobs.read(payload["sha256"]), payload["filename"])
                body = {"sha256": payload["sha256"], "role": FILE_ROLES[payload["role"]], "name": payload["filename"],
                        "media_type": payload["mime"], "size": payload["size"]}
            elif op_type == "registration.register":
                body = {"journal_id": self.journals[payload["journal"]], "date": payload["reg_date"], "mode": "server"}
            base = None if op_type in COMMUTATIVE_OP_TYPES else self.versions.get(doc_id, 0)
            op = {"op_id": op_id, "doc_id": doc_id, "type": op_type, "base_version": base, "payload": body,
                  "blobs": blobs, "created_at": "2026-11-26T10:00:00Z"}
            assert validate_operation(op) == [], (op_type, validate_operation(op))
            (res,) = client.push(op)
            assert res["status"] == "applied", (op_type, res.get("error"))
            self.versions[doc_id] = res["version"]
            self.pushed.add(op_id)
            results.append(res)
        return results


def _snapshot(api, doc_id, username="clerk"):
    return api(username).get(f"/v1/documents/{doc_id}").json()


def test_route_ops_apply_on_the_reference_server_and_reach_a_second_desk(tmp_path, api):
    a = _desk(tmp_path / "ws-a-1", api, "clerk")
    r = a.routing
    assert {p.username for p in r.staff()} == {"clerk", "head", "executor", "admin"}
    assert a.user.id == "u-a-clerk"  # the first-run user took the server's id
    pusher = Pusher(a, api)

    # an incoming letter: registered by the clerk, resolution by the head, done by the executor
    letter = a.documents.create_document(helpers.make_pdf("Water"), "letter.pdf", "incoming", subject="Water supply").id
    a.documents.register(letter, RegisterInput("IN"))
    pusher.push("clerk")
    a.switch_user("head")
    r.create_resolution(letter, ResolutionInput("Prepare a reply", "u-a-executor", days=3))
    pusher.push("head")
    a.switch_user("executor")
    (step,) = r.timeline(letter).active_steps
    r.act(step.id, "done", "Reply drafted")
    pusher.push("executor")
    snap = _snapshot(api, letter)
    assert snap["route"]["state"] == "completed" and snap["resolutions"][0]["text"] == "Prepare a reply"

    # the outgoing reply: routed by template, endorsed, registered (which does the clerk's step), signed,
    # dispatched to AZ-0002
    reply = a.documents.create_document(helpers.make_pdf("Reply"), "reply.pdf", "outgoing", subject="Reply").id
    pusher.push("executor")
    a.switch_user("clerk")
    r.apply_template(reply, "Outgoing letter")  # the protocol lets office roles set routes
    pusher.push("clerk")
    for user in ("executor", "head", "clerk", "head"):
        a.switch_user(user)
        (step,) = r.timeline(reply).active_steps
        if user == "clerk":
            a.documents.register(reply, RegisterInput("OUT"))
            assert [x.state for x in r.timeline(reply).steps if x.id == step.id] == ["done"]
        else:
            r.act(step.id, "done" if step.kind == "execute" else "approve")
        pusher.push(user)
    a.switch_user("clerk")
    r.dispatch(reply, ["AZ-0002"], note="Our reply")
    (res_dispatch,) = pusher.push("clerk")[-1:]
    incoming_b = res_dispatch["result"]["deliveries"][0]["incoming_doc_id"]

    # institution B receives it (a delivery receipt) and registers it (registration receipt)
    b = api("clerk", "ws-b-1")
    b.all_changes()
    (ack,) = b.push({"op_id": "7f0c4a8e-2b7c-4d8e-9a61-0c1d2e3f4a5b", "doc_id": incoming_b, "type": "dispatch.acknowledge",
                     "base_version": None, "payload": {"status": "registered", "registration_number": "IN-00009/2026"},
                     "blobs": []})
    assert ack["status"] == "applied"

    # desk A takes the receipts from the server's state of its document
    snap = _snapshot(api, reply)
    assert snap["status"] == "dispatched" and snap["dispatches"][0]["status"] == "registered"
    with a.db.write() as s:
        apply_remote_routing(s, s.get(Document, reply), snap)
    (d,) = r.timeline(reply).dispatches
    assert (d.state, d.recipient_number, d.incoming_doc_id) == ("registered", "IN-00009/2026", incoming_b)

    # a second desk of institution A sees the same route, resolution and dispatch
    a2 = _desk(tmp_path / "ws-a-2", api, "head")
    for doc_id in (letter, reply):
        snap = _snapshot(api, doc_id)
        with a2.db.write() as s:  # the sync engine creates the document row; here: the minimum of it
            s.add(Document(id=doc_id, kind=snap["kind"], status="registered", subject=snap["fields"]["subject"],
                           origin="server", version=snap["version"]))
            s.flush()
            assert apply_remote_routing(s, s.get(Document, doc_id), snap)
        here, there = a.routing.timeline(doc_id), a2.routing.timeline(doc_id)
        assert [(x.id, x.kind, x.state, x.action, x.label) for x in here.steps] == \
               [(x.id, x.kind, x.state, x.action, x.label) for x in there.steps]
        # a step given to a role here reaches the server (and other desks) addressed to one holder of it
        assert [x.assignee_user_id or "u-a-clerk" for x in here.steps] == [x.assignee_user_id for x in there.steps]
        assert [x.id for x in here.resolutions] == [x.id for x in there.resolutions]
        assert here.route_state == there.route_state == "completed"
    assert [x.label for x in a2.routing.timeline(reply).steps if x.label] == \
           ["Draft the letter", "Endorse the draft", "Register the letter", "Sign", "Dispatch the letter"]  # the template's names
    tl = a2.routing.timeline(letter)
    assert tl.resolutions[0].state == "done" and tl.steps[0].resolution_id == tl.resolutions[0].id
    assert a2.routing.timeline(reply).dispatches[0].state == "registered"
    # applying the same state again changes nothing
    with a2.db.write() as s:
        assert not apply_remote_routing(s, s.get(Document, reply), _snapshot(api, reply))
    a.close()
    a2.close()


def test_parallel_stage_and_step_conflict_on_the_server(tmp_path, api):
    """Two steps of one stage run in parallel on the server; acting twice on a step is refused there."""
    a = _desk(tmp_path / "ws-a-1", api, "clerk")
    pusher = Pusher(a, api)
    from desktop_app.routing.templates import StepSpec

    doc = a.documents.create_document(helpers.make_pdf("Memo"), "memo.pdf", "internal", subject="Memo").id
    a.routing.set_route(doc, [[StepSpec("acknowledge", "u-a-executor"), StepSpec("acknowledge", "u-a-head")],
                              [StepSpec("review", "u-a-clerk", deadline=local_today() + dt.timedelta(days=30))]])
    pusher.push("clerk")
    a.switch_user("head")
    (mine,) = [x for x in a.routing.timeline(doc).active_steps if x.assignee_user_id == "u-a-head"]
    a.routing.act(mine.id, "acknowledge")
    pusher.push("head")
    snap = _snapshot(api, doc)
    states = {st["step_id"]: st["state"] for st in snap["route"]["steps"]}
    assert states.pop(mine.id) == "acknowledged" and set(states.values()) == {"pending"}
    # the same step acted on again from another desk (a new op id) is refused by the server, not doubled
    (res,) = api("head").push({"op_id": "1e0f4a8e-2b7c-4d8e-9a61-0c1d2e3f4a5b", "doc_id": doc, "type": "route.step_act",
                               "base_version": None, "payload": {"step_id": mine.id, "action": "acknowledge"}, "blobs": []})
    assert res["status"] == "rejected" and res["error"]["code"] == "step_not_active"
    a.close()


def test_a_stage_started_by_an_executor_gets_its_deadline_on_the_server(tmp_path, api):
    """The executor (no office role, not the memo's author) finishes the first stage: the review it
    starts counts its deadline from its allowance on the executor's desk, and the step's own action
    carries it to the server (the executor may not send the route again) -- so every desk has it."""
    from desktop_app.routing.templates import StepSpec

    a = _desk(tmp_path / "ws-a-1", api, "clerk")
    pusher = Pusher(a, api)
    doc = a.documents.create_document(helpers.make_pdf("Memo"), "memo.pdf", "internal", subject="Staff memo").id
    a.routing.set_route(doc, [[StepSpec("execute", "u-a-executor")], [StepSpec("review", "u-a-head", duration_days=2)]])
    pusher.push("clerk")
    a.switch_user("executor")
    (mine,) = a.routing.timeline(doc).active_steps
    a.routing.act(mine.id, "done")
    (review,) = a.routing.timeline(doc).active_steps
    assert review.deadline == a.routing.due_date(2)
    pusher.push("executor")
    snap = _snapshot(api, doc)
    assert [(st["kind"], st["state"], st["deadline"]) for st in snap["route"]["steps"]] == [
        ("execute", "done", None), ("review", "pending", review.deadline.isoformat())]
    a.close()


def test_an_executor_returning_a_resolution_sets_the_rework_route_on_the_server(tmp_path, api):
    """The executor's Return stops the route and gives the resolution's author a review step; the
    desk sends that route as the executor, who is neither office nor the letter's creator. The
    server refused it (forbidden_role), leaving the executor's desk with a refused change and every
    other desk without the head's step. Only the person who has just stopped the route may do so."""
    a = _desk(tmp_path / "ws-a-1", api, "clerk")
    pusher = Pusher(a, api)
    letter = a.documents.create_document(helpers.make_pdf("Water"), "letter.pdf", "incoming", subject="Water supply").id
    a.documents.register(letter, RegisterInput("IN"))
    pusher.push("clerk")
    a.switch_user("head")
    a.routing.create_resolution(letter, ResolutionInput("Prepare a reply", "u-a-executor", days=3))
    pusher.push("head")
    a.switch_user("executor")
    (step,) = a.routing.timeline(letter).active_steps
    a.routing.act(step.id, "return", "Not my department")
    pusher.push("executor")  # every op applied (the Pusher asserts it), the route.set too
    route = _snapshot(api, letter)["route"]
    assert route["state"] == "active"
    assert [(st["kind"], st["assignee_user_id"], st["state"]) for st in route["steps"]][-1] == ("review", "u-a-head", "pending")
    # once the route runs again, the executor may not set it: that stays the office's and the creator's
    executor = api("executor")
    (res,) = executor.push({"op_id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "doc_id": letter, "type": "route.set",
                            "base_version": pusher.versions[letter], "payload": {"steps": []}, "blobs": []})
    assert res["status"] == "rejected" and res["error"]["code"] == "forbidden_role"
    a.close()
