"""Operations: exactly once (replays, restarts), per-document order, conflicts (both back-ends)."""
from __future__ import annotations

import pytest

from docflow_protocol import ALL_OP_TYPES
from tests.server.lifecycle import lifecycle
from tests.server.serverproc import ApiClient, new_id, op
from tests.server.signed_pdfs import Signer, plain_pdf, sign, timestamp


def _create(client, subject="Letter", kind="incoming"):
    doc = new_id()
    [res] = client.push(op(doc, "document.create", {"kind": kind, "fields": {"subject": subject}}, 0))
    assert res["status"] == "applied", res
    return doc


def _changes_for(client, doc_ids):
    changes, _ = client.all_changes(0)
    return [c for c in changes if c["doc_id"] in doc_ids]


def test_every_op_type_applied_once_despite_replays_and_restart(server, as_user):
    clerk, head, b_clerk = as_user("clerk"), as_user("head"), as_user("clerk", "b")
    gen = lifecycle(clerk, head, b_clerk)
    pushed = []  # (client, op, first result)
    client, o = next(gen)
    while True:
        first = client.push(o)[0]
        assert first["status"] == "applied", (o["type"], first)
        assert first["replayed"] is False
        for _ in range(2):  # replayed twice more: same outcome, nothing applied again
            again = client.push(o)[0]
            assert again["replayed"] is True
            assert {k: v for k, v in again.items() if k != "replayed"} == \
                   {k: v for k, v in first.items() if k != "replayed"}
        pushed.append((client, o, first))
        try:
            client, o = gen.send(first)
        except StopIteration:
            break
    assert {o["type"] for _, o, _ in pushed} == set(ALL_OP_TYPES)

    doc_ids = {o["doc_id"] for _, o, _ in pushed}
    a_before = _changes_for(clerk, doc_ids)
    b_before = _changes_for(b_clerk, doc_ids)

    server.restart()
    for client, o, first in pushed:
        again = client.push(o)[0]
        assert again["replayed"] is True
        assert again["seq"] == first["seq"] and again["version"] == first["version"]

    a_after = _changes_for(clerk, doc_ids)
    b_after = _changes_for(b_clerk, doc_ids)
    a_op_ids = [c["op_id"] for c in a_after if c["kind"] == "document"]
    assert len(a_op_ids) == len(set(a_op_ids))          # each op applied exactly once
    assert [c["seq"] for c in a_after] == [c["seq"] for c in a_before]
    assert [c["seq"] for c in b_after] == [c["seq"] for c in b_before]
    outgoing = pushed[0][1]["doc_id"]
    state = clerk.get(f"/v1/documents/{outgoing}").json()
    a_ops = [o for c, o, _ in pushed if o["doc_id"] == outgoing]
    assert state["version"] == len(a_ops)                # one version per applied op
    assert state["status"] == "archived"
    assert state["registration"]["number"].startswith("OUT-")
    assert [d["status"] for d in state["dispatches"]] == ["registered"]


def test_stale_base_version_is_a_conflict_with_current_state(server, as_user):
    clerk, admin = as_user("clerk"), as_user("admin")
    doc = _create(clerk)
    [r1] = clerk.push(op(doc, "document.update", {"fields": {"subject": "Mine"}}, 1))
    assert r1["status"] == "applied" and r1["version"] == 2
    [r2] = admin.push(op(doc, "document.update", {"fields": {"subject": "Theirs"}}, 1))
    assert r2["status"] == "conflict"
    assert r2["error"]["code"] == "version_conflict"
    assert r2["error"]["current"]["fields"]["subject"] == "Mine"
    assert r2["error"]["current"]["version"] == 2
    assert clerk.get(f"/v1/documents/{doc}").json()["fields"]["subject"] == "Mine"


def test_ops_apply_in_document_order_across_batches(server, as_user):
    clerk = as_user("clerk")
    doc = new_id()
    create = op(doc, "document.create", {"kind": "internal", "fields": {"subject": "v1"}}, 0)
    upd2 = op(doc, "document.update", {"fields": {"subject": "v2"}}, 1)
    upd3 = op(doc, "document.update", {"fields": {"subject": "v3"}}, 2)
    # The later ops arrive first: not applied, not recorded (deferred), so they can be resent.
    r = clerk.push(upd3, upd2)
    assert [x["status"] for x in r] == ["deferred", "deferred"]
    assert r[0]["error"]["code"] == "document_not_found"
    assert r[1]["error"]["code"] == "preceding_op_failed"
    assert [x["status"] for x in clerk.push(create)] == ["applied"]
    r = clerk.push(upd3)
    assert r[0]["status"] == "deferred" and r[0]["error"]["code"] == "out_of_order"
    r = clerk.push(upd2, upd3)
    assert [x["status"] for x in r] == ["applied", "applied"]
    assert [x["version"] for x in r] == [2, 3]
    assert clerk.get(f"/v1/documents/{doc}").json()["fields"]["subject"] == "v3"


def test_op_id_reused_for_other_content_is_rejected(server, as_user):
    clerk = as_user("clerk")
    doc = _create(clerk)
    o = op(doc, "document.update", {"fields": {"subject": "A"}}, 1)
    assert clerk.push(o)[0]["status"] == "applied"
    forged = dict(o, payload={"fields": {"subject": "B"}})
    r = clerk.push(forged)[0]
    assert r["status"] == "rejected" and r["error"]["code"] == "idempotency_key_reused"
    assert clerk.get(f"/v1/documents/{doc}").json()["fields"]["subject"] == "A"


def test_rejected_outcome_is_final_and_replayed(server, as_user):
    clerk = as_user("clerk")
    doc = _create(clerk)
    bad = op(doc, "registration.register", {"journal_id": "j-nope", "mode": "server", "date": "2026-11-26"}, 1)
    r1 = clerk.push(bad)[0]
    assert r1["status"] == "rejected" and r1["error"]["code"] == "unknown_journal"
    r2 = clerk.push(bad)[0]
    assert r2["replayed"] is True and r2["error"]["code"] == "unknown_journal"


def test_attach_waits_for_the_blob(server, as_user):
    clerk = as_user("clerk")
    doc = _create(clerk)
    data = b"late upload " + new_id().encode()
    import hashlib
    sha = hashlib.sha256(data).hexdigest()
    attach = op(doc, "file.attach", {"sha256": sha, "role": "scan", "name": "scan.pdf",
                                     "media_type": "application/pdf", "size": len(data)}, 1, [sha])
    r = clerk.push(attach)[0]
    assert r["status"] == "deferred" and r["error"]["code"] == "blob_missing"
    clerk.upload_bytes(data, "scan.pdf")
    r = clerk.push(attach)[0]
    assert r["status"] == "applied" and r["replayed"] is False
    assert clerk.get(f"/v1/documents/{doc}").json()["files"][0]["sha256"] == sha


def test_applied_op_survives_a_hard_kill(server, as_user):
    """SIGKILL right after the reply (a power cut of the server): the op stays applied, once."""
    clerk = as_user("clerk")
    doc = new_id()
    o = op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "before the crash"}}, 0)
    first = clerk.push(o)[0]
    assert first["status"] == "applied"
    server.restart(hard=True)
    again = clerk.push(o)[0]
    assert again["replayed"] is True and again["seq"] == first["seq"]
    assert clerk.get(f"/v1/documents/{doc}").json()["fields"]["subject"] == "before the crash"


def test_route_reset_after_decline_keeps_acted_steps(server, as_user):
    """Re-endorsement after a decline: route.set replaces only pending steps."""
    clerk, head, executor = as_user("clerk"), as_user("head"), as_user("executor")
    users = {u["username"]: u["id"] for u in clerk.get("/v1/users").json()["users"]}
    doc = new_id()
    s1, s2, s3 = new_id(), new_id(), new_id()
    # an executor may create and route their own draft; not someone else's document
    assert executor.push(op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "Draft"}}, 0),
                         op(doc, "route.set", {"steps": [
                             {"step_id": s1, "order": 1, "kind": "endorse", "assignee_user_id": users["head"]},
                             {"step_id": s2, "order": 2, "kind": "sign", "assignee_user_id": users["head"]}]}, 1)
                         )[1]["status"] == "applied"
    other = _create(clerk, kind="outgoing")
    r = executor.push(op(other, "route.set", {"steps": []}, 1))[0]
    assert r["status"] == "rejected" and r["error"]["code"] == "forbidden_role"

    assert head.push(op(doc, "route.step_act", {"step_id": s1, "action": "reject", "comment": "redo"}, None)
                     )[0]["status"] == "applied"
    state = clerk.get(f"/v1/documents/{doc}").json()
    assert state["route"]["state"] == "rejected"
    r = head.push(op(doc, "route.step_act", {"step_id": s2, "action": "approve"}, None))[0]
    assert r["error"]["code"] == "step_not_active"
    # the acted step cannot be set again, a fresh endorsement can
    r = executor.push(op(doc, "route.set", {"steps": [
        {"step_id": s1, "order": 3, "kind": "endorse", "assignee_user_id": users["head"]}]}, 3))[0]
    assert r["status"] == "rejected" and r["error"]["code"] == "invalid_state"
    r = executor.push(op(doc, "route.set", {"steps": [
        {"step_id": s3, "order": 3, "kind": "endorse", "assignee_user_id": users["head"], "days": 2}]}, 3))[0]
    assert r["status"] == "applied", r
    route = clerk.get(f"/v1/documents/{doc}").json()["route"]
    assert route["state"] == "active"
    assert [(st["step_id"], st["state"]) for st in route["steps"]] == [(s1, "rejected"), (s3, "pending")]
    assert route["steps"][1]["days"] == 2  # the allowance reaches every desk with the step
    assert head.push(op(doc, "route.step_act", {"step_id": s3, "action": "approve"}, None))[0]["status"] == "applied"
    assert clerk.get(f"/v1/documents/{doc}").json()["route"]["state"] == "completed"


def test_signature_upgrade_and_resolution_update_rules(server, as_user):
    clerk, head = as_user("clerk"), as_user("head")
    doc = _create(clerk, kind="outgoing")
    data = timestamp(sign(plain_pdf("s " + new_id()), Signer("H")))
    sha = head.upload_bytes(data, "s.pdf")
    sig = new_id()
    assert head.push(op(doc, "signature.add", {"signature_id": sig, "sha256": sha, "level": "B-T",
                                               "signer_name": "H", "signed_at": "2026-11-26T10:00:00Z"},
                        None, [sha]))[0]["status"] == "applied"
    r = head.push(op(doc, "signature.upgrade", {"signature_id": sig, "sha256": sha, "level": "B-T"}, None, [sha]))[0]
    assert r["status"] == "rejected" and r["error"]["code"] == "invalid_state"      # not an upgrade
    r = clerk.push(op(doc, "signature.upgrade", {"signature_id": new_id(), "sha256": sha, "level": "B-LT"},
                      None, [sha]))[0]
    assert r["error"]["code"] == "unknown_signature"
    r = head.push(op(doc, "resolution.update", {"resolution_id": new_id(), "control": False}, 2))[0]
    assert r["error"]["code"] == "unknown_resolution"


def test_registration_card_is_kept_and_checked(server, as_user):
    clerk = as_user("clerk")
    doc = _create(clerk)
    card = {"correspondent": "Kürdəmir Bələdiyyəsi", "corr_number": "KB-17/4", "corr_date": "2026-11-20",
            "pages": 3, "channel": "courier"}
    bad = op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server", "date": "2026-11-26",
                                            **card, "channel": "pigeon"}, 1)
    r = clerk.post("/v1/ops", json={"ops": [bad]})
    assert r.status_code == 422 and r.json()["error"]["details"][0]["path"] == "ops[0].payload.channel", r.text
    assert clerk.get(f"/v1/documents/{doc}").json()["registration"] is None
    good = op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server", "date": "2026-11-26", **card}, 1)
    assert clerk.push(good)[0]["status"] == "applied"
    reg = clerk.get(f"/v1/documents/{doc}").json()["registration"]
    assert {k: reg[k] for k in card} == card


def test_a_return_is_kept_as_a_return_not_a_decline(server, as_user):
    """route.step_act "return": the step ends "returned" and so does the route (other desks must not
    read a return as a decline); a new route.set restarts it."""
    clerk, head = as_user("clerk"), as_user("head")
    users = {u["username"]: u["id"] for u in clerk.get("/v1/users").json()["users"]}
    doc = _create(clerk, kind="outgoing")
    s1, s2, s3 = new_id(), new_id(), new_id()
    assert clerk.push(op(doc, "route.set", {"steps": [
        {"step_id": s1, "order": 1, "kind": "endorse", "assignee_user_id": users["head"]},
        {"step_id": s2, "order": 2, "kind": "sign", "assignee_user_id": users["head"]}]}, 1))[0]["status"] == "applied"
    r = head.push(op(doc, "route.step_act", {"step_id": s1, "action": "return", "comment": "add the annex"}, None))[0]
    assert r["status"] == "applied" and r["result"]["step"]["state"] == "returned", r
    route = clerk.get(f"/v1/documents/{doc}").json()["route"]
    assert route["state"] == "returned"
    assert [(st["state"], st["action"]) for st in route["steps"]] == [("returned", "return"), ("pending", None)]
    assert head.push(op(doc, "route.step_act", {"step_id": s2, "action": "approve"}, None))[0]["error"]["code"] == \
        "step_not_active"
    assert clerk.push(op(doc, "route.set", {"steps": [
        {"step_id": s3, "order": 3, "kind": "endorse", "assignee_user_id": users["head"]}]}, 3))[0]["status"] == "applied"
    assert clerk.get(f"/v1/documents/{doc}").json()["route"]["state"] == "active"


def test_new_card_fields_sheets_and_attachments_are_kept_and_checked(server, as_user):
    clerk = as_user("clerk")
    doc = _create(clerk)
    card = {"sheets": 2, "attachments_count": 1, "attachments_description": "Xəritə, 1 vərəq"}
    bad = op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server", "date": "2026-11-26",
                                            **card, "sheets": -2}, 1)
    r = clerk.post("/v1/ops", json={"ops": [bad]})
    assert r.status_code == 422 and r.json()["error"]["details"][0]["path"] == "ops[0].payload.sheets", r.text
    good = op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server", "date": "2026-11-26", **card}, 1)
    assert clerk.push(good)[0]["status"] == "applied"
    reg = clerk.get(f"/v1/documents/{doc}").json()["registration"]
    assert {k: reg[k] for k in card} == card


def test_the_servers_answers_pass_the_shared_validators(server, as_user):
    """What the client checks every answer against (docflow_protocol.answers), the server's real answers pass."""
    from docflow_protocol import answers

    clerk = as_user("clerk")
    assert answers.login(clerk.me, "ws-a-1") is clerk.me
    answers.me(clerk.get("/v1/auth/me").json())
    answers.journals(clerk.get("/v1/journals").json())
    answers.users(clerk.get("/v1/users").json())
    answers.institutions(clerk.get("/v1/institutions").json())
    doc = new_id()
    sent = [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Conformance"}}, 0),
            op(doc, "document.update", {"fields": {"summary": "s"}}, 0)]  # stale: a conflict with the state
    r = clerk.post("/v1/ops", json={"ops": sent})
    results = answers.op_results(r.json(), sent)
    assert [x["status"] for x in results] == ["applied", "conflict"]
    answers.document_state(clerk.get(f"/v1/documents/{doc}").json())
    page = clerk.changes(0, limit=50)
    changes, next_cursor, _ = answers.changes_page(page, 0, 50)
    assert next_cursor >= max(c["seq"] for c in changes)
    block = clerk.post("/v1/journals/j-a-in/blocks", json={"size": 5, "request_id": new_id()}).json()
    answers.block(block, "ws-a-1")
    answers.blocks(clerk.get("/v1/number-blocks").json())


def test_a_batch_results_carry_the_seqs_of_their_changes_in_op_order(server, as_user):
    """The changes of a batch are written together at its end: each applied op's result names the
    seq of its own change, seqs rise in op order (across documents, refusals in between), and a
    refused op leaves no change."""
    clerk = as_user("clerk")
    docs = [new_id(), new_id()]
    batch = [op(docs[0], "document.create", {"kind": "incoming", "fields": {"subject": "s0"}}, 0),
             op(docs[1], "document.create", {"kind": "incoming", "fields": {"subject": "s1"}}, 0),
             op(docs[0], "document.update", {"fields": {"summary": "a"}}, 1),
             op(docs[1], "document.update", {"fields": {"summary": "stale"}}, 0),   # conflict
             op(docs[0], "registration.register", {"journal_id": "j-a-in", "mode": "server",
                                                   "date": "2026-11-26"}, 2),
             op(docs[0], "document.update", {"fields": {"summary": "b"}}, 3)]
    results = clerk.push(*batch)
    assert [r["status"] for r in results] == ["applied", "applied", "applied", "conflict", "applied", "applied"]
    applied = [r for r in results if r["status"] == "applied"]
    assert [r["seq"] for r in applied] == sorted(r["seq"] for r in applied)
    assert len({r["seq"] for r in applied}) == len(applied)
    feed = {c["op_id"]: c for c in _changes_for(clerk, set(docs))}
    assert set(feed) == {r["op_id"] for r in applied}
    for r in applied:
        assert feed[r["op_id"]]["seq"] == r["seq"] and feed[r["op_id"]]["version"] == r["version"]
    assert results[3]["seq"] is None
    replayed = clerk.push(*batch)
    assert [r["seq"] for r in replayed] == [r["seq"] for r in results]


def test_a_push_answers_alike_through_the_fast_path_and_the_application(server):
    """A desk's first request goes through the application (its token is not cached yet), later
    pushes through fastpath.OpsFastPath: the same batch answers byte for byte the same (a replay
    says so), and a batch the checks refuse still gets the application's errors."""
    api = ApiClient(server.url).login("clerk")
    doc = new_id()
    batch = {"ops": [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Fast"}}, 0),
                     op(doc, "document.update", {"fields": {"summary": "both ways"}}, 1)]}
    first = api.post("/v1/ops", json=batch)
    again = api.post("/v1/ops", json=batch)
    assert first.status_code == again.status_code == 200
    assert first.headers["content-type"] == again.headers["content-type"] == "application/json"
    assert again.content == first.content.replace(b'"replayed":false', b'"replayed":true')
    unknown = api.post("/v1/ops", json={"ops": [op(new_id(), "document.teleport", {}, 0)]})
    assert unknown.status_code == 422 and unknown.json()["error"]["code"] == "unknown_op_type"
    extra = api.post("/v1/ops", json={**batch, "also": 1})
    assert extra.status_code == 422 and extra.json()["error"]["code"] == "invalid_request"
    repeated = api.post("/v1/ops", json={"ops": [batch["ops"][0], batch["ops"][0]]})
    assert repeated.status_code == 422 and "repeats an earlier op" in repeated.json()["error"]["message"]


def test_a_brief_push_leaves_out_the_fields_at_their_default_both_ways(server):
    """``POST /v1/ops?brief=1`` (docs/protocol.md §5): each result without ``result`` {}, ``error``
    null, ``replayed`` false and a null ``version``/``seq`` -- what is not at its default stays (a
    registration's number, a conflict's error and state, a replay) -- the same through the
    application (the first request: its token not cached yet) and the fast path; the client's
    checks pass it; without the flag the answer is whole, as before."""
    from docflow_protocol import OPS_BRIEF_QUERY, answers

    api = ApiClient(server.url).login("clerk")
    doc = new_id()
    sent = [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Brief"}}, 0),
            op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server", "date": "2026-11-26"}, 1),
            op(doc, "document.update", {"fields": {"summary": "stale"}}, 1)]  # a conflict
    slow = api.post(f"/v1/ops?{OPS_BRIEF_QUERY}", json={"ops": sent}).json()["results"]  # the application
    fast = api.post(f"/v1/ops?{OPS_BRIEF_QUERY}", json={"ops": sent}).json()["results"]  # replayed, the fast path
    assert set(slow[0]) == {"op_id", "doc_id", "status", "version", "seq"}
    assert slow[1]["result"]["number"] and "error" not in slow[1] and "replayed" not in slow[1]
    assert slow[2]["status"] == "conflict" and slow[2]["error"]["current"]["id"] == doc and "result" not in slow[2]
    assert [r["replayed"] for r in fast] == [True] * 3 and [r["status"] for r in fast] == [r["status"] for r in slow]
    for results in (slow, fast):
        assert [r["status"] for r in answers.op_results({"results": results}, sent)] == ["applied", "applied", "conflict"]
    whole = api.post("/v1/ops", json={"ops": sent[:1]}).json()["results"][0]
    assert whole["result"] == {} and whole["error"] is None and whole["replayed"] is True


def test_a_push_that_asks_ids_0_gets_results_without_the_ops_ids_both_ways(server):
    """``POST /v1/ops?brief=1&ids=0`` (docs/protocol.md §5, what the reference desk asks): each
    result leaves out ``op_id`` and ``doc_id`` -- it answers the op at its place in the batch --
    through the application (the first request) and the fast path (the replay); the client's
    checks fill them in from the ops sent. A result that does name an op (a server from before
    answers whole) must still name the op at its place."""
    from docflow_protocol import OPS_BARE_QUERY, answers
    from docflow_protocol.answers import InvalidAnswer

    api = ApiClient(server.url).login("clerk")
    doc = new_id()
    sent = [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Bare"}}, 0),
            op(doc, "document.update", {"fields": {"summary": "stale"}}, 0)]  # a conflict
    slow = api.post(f"/v1/ops?{OPS_BARE_QUERY}", json={"ops": sent})
    fast = api.post(f"/v1/ops?{OPS_BARE_QUERY}", json={"ops": sent})
    assert slow.json()["results"][0] == {"status": "applied", "version": 1, "seq": slow.json()["results"][0]["seq"]}
    assert len(slow.content) < 0.75 * len(api.post("/v1/ops?brief=1", json={"ops": sent}).content)
    for r in (slow, fast):
        results = r.json()["results"]
        assert not any("op_id" in x or "doc_id" in x for x in results), results
        checked = answers.op_results(r.json(), sent, by_place=True)
        assert [(x["op_id"], x["doc_id"], x["status"]) for x in checked] == [
            (sent[0]["op_id"], doc, "applied"), (sent[1]["op_id"], doc, "conflict")]
    assert [x.get("replayed", False) for x in fast.json()["results"]] == [True, True]
    with pytest.raises(InvalidAnswer):  # a result naming another op is refused by place too
        answers.op_results({"results": [{"op_id": new_id(), "status": "applied", "version": 1},
                                        {"status": "applied", "version": 2}]}, sent, by_place=True)
