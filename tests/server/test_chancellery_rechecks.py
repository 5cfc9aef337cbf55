"""The server re-checks the chancellery's rules on the op itself (issue 17), on both back-ends: a disposal act
is proposed and approved only by the roles the desk allows and only for documents past retention by the
server's own file plan; a citizen's appeal is marked repeated only when the applicant's earlier appeals
were answered on the merits often enough within a year. A desk with old code or a forged op is refused."""
from __future__ import annotations

from tests.server.serverproc import new_id, op


def _doc(client, kind="incoming", subject="Letter") -> str:
    doc = new_id()
    assert client.push(op(doc, "document.create", {"kind": kind, "fields": {"subject": subject}}, 0))[0]["status"] == "applied"
    return doc


def _register(client, doc: str, journal: str, date: str, **extra) -> dict:
    (res,) = client.push(op(doc, "registration.register", {"journal_id": journal, "mode": "server", "date": date, **extra}, 1))
    assert res["status"] == "applied", res
    return res


def _case(clerk, head, retention) -> tuple[str, int]:
    case_id = new_id()
    made = clerk.request("PUT", f"/v1/file-plan/cases/{case_id}", json={
        "year": 2020, "index": new_id()[:8], "title": "Yazışmalar", "retention_years": retention})
    assert made.status_code == 201, made.text
    return case_id, made.json()


def _close(head, case: dict) -> None:
    body = {"year": case["year"], "index": case["index"], "title": case["title"],
            "retention_years": case["retention_years"], "closed": True, "base_version": case["version"]}
    assert head.request("PUT", f"/v1/file-plan/cases/{case['id']}", json=body).status_code == 200


def _code(res: dict) -> str:
    return res["status"] if res["status"] == "applied" else res["error"]["code"]


def test_disposal_act_needs_the_roles_and_the_servers_file_plan(as_user):
    clerk, head, executor, other_head = as_user("clerk"), as_user("head"), as_user("executor"), as_user("head", "a", 2)
    (kept_id, kept), (forever_id, forever) = _case(clerk, head, 1), _case(clerk, head, None)
    old, permanent, open_case = _doc(clerk), _doc(clerk), _doc(clerk)
    _register(clerk, old, "j-a-in", "2020-03-02", case_id=kept_id)
    _register(clerk, permanent, "j-a-in", "2020-03-02", case_id=forever_id)
    act = new_id()
    # the case is still open: not past retention whoever asks
    assert _code(clerk.push(op(old, "disposal.propose", {"act_id": act}, None))[0]) == "not_past_retention"
    _close(head, kept)
    _close(head, forever)
    _, cursor = other_head.all_changes(0)

    assert _code(executor.push(op(old, "disposal.propose", {"act_id": act}, None))[0]) == "forbidden_role"
    proposed = op(old, "disposal.propose", {"act_id": act}, None)
    assert _code(clerk.push(proposed)[0]) == "applied"
    assert clerk.push(proposed)[0]["replayed"] is True                      # idempotent
    refused = clerk.push(op(permanent, "disposal.propose", {"act_id": act}, None))[0]
    assert refused["error"]["code"] == "not_past_retention" and "permanently" in refused["error"]["message"]
    assert _code(clerk.push(op(open_case, "disposal.propose", {"act_id": act}, None))[0]) == "not_past_retention"

    # only the head or an administrator decides; the decision is recorded with who and when
    decide = {"act_id": act, "decision": "approved"}
    assert _code(clerk.push(op(old, "disposal.decide", decide, None))[0]) == "forbidden_role"
    assert _code(head.push(op(old, "disposal.decide", {"act_id": new_id(), "decision": "approved"}, None))[0]) == "invalid_state"
    assert _code(other_head.push(op(old, "disposal.decide", decide, None))[0]) == "applied"
    users = {u["username"]: u["id"] for u in clerk.get("/v1/users").json()["users"]}
    state = clerk.get(f"/v1/documents/{old}").json()["disposal"]
    assert (state["act_id"], state["state"], state["proposed_by"], state["decided_by"]) == \
        (act, "approved", users["clerk"], users["head"])
    assert state["proposed_at"] and state["decided_at"]
    assert _code(head.push(op(old, "disposal.decide", {"act_id": act, "decision": "rejected"}, None))[0]) == "invalid_state"

    # the institution's other desks see the proposal and the decision in the change feed
    changes, _ = other_head.all_changes(cursor)
    assert [c["op_type"] for c in changes if c["doc_id"] == old] == ["disposal.propose", "disposal.decide"]


def test_a_repeated_appeal_needs_three_answers_on_the_merits_within_a_year(as_user):
    clerk = as_user("clerk")
    name = f"Zeynəb Əliyeva {new_id()[:6]}"
    card = {"applicant_name": name, "applicant_address": "Bakı", "appeal_type": "complaint",
            "deadline": "2026-12-31", "term_days": 15}

    def appeal(date: str, who: str = name) -> tuple[str, str]:
        doc = _doc(clerk)
        return doc, _register(clerk, doc, "j-a-apl", date, appeal={**card, "applicant_name": who})["result"]["number"]

    def answer(appeal_id: str) -> None:
        reply = _doc(clerk, "outgoing", "Cavab")
        assert clerk.push(op(reply, "document.link_reply", {"reply_to": appeal_id}, None))[0]["status"] == "applied"
        (res,) = clerk.push(op(reply, "registration.register", {"journal_id": "j-a-out", "mode": "server",
                                                                 "date": "2026-11-20"}, 2))
        assert res["status"] == "applied", res

    def mark(doc: str, number: str) -> dict:
        return clerk.push(op(doc, "appeal.act", {"action_id": new_id(), "action": "repeated", "repeated_of": number}, None))[0]

    (a0, n0), (a1, n1), (a2, n2) = appeal("2026-11-02"), appeal("2026-11-03"), appeal("2026-11-04")
    (stranger, ns) = appeal("2026-11-04", "Başqa Adam")
    answer(a0)
    answer(a1)
    new, _ = appeal("2026-11-25")
    refused = mark(new, n1)                                                  # answered twice only
    assert refused["error"]["code"] == "not_repeated_appeal" and "2 time(s)" in refused["error"]["message"]
    assert _code(mark(new, n2)) == "not_repeated_appeal"                    # the named one is not answered
    assert _code(mark(new, ns)) == "not_repeated_appeal"                    # another applicant's appeal
    answer(a2)
    assert _code(mark(new, n1)) == "applied"
    assert _code(mark(new, n2)) == "invalid_state"                          # already marked
    extend = {"action_id": new_id(), "action": "extend", "days": 5, "new_deadline": "2027-01-10", "reason": "x",
              "citizen_told_on": "2026-11-26"}
    assert _code(clerk.push(op(new, "appeal.act", extend, None))[0]) == "invalid_state"   # its term no longer runs
    marked = clerk.get(f"/v1/documents/{new}").json()["registration"]["appeal"]["actions"]
    assert [(a["action"], a["repeated_of"]) for a in marked] == [("repeated", n1)]

    # an anonymous appeal (no address) is not registered as an appeal, whatever the desk sent
    anonymous = _doc(clerk)
    (res,) = clerk.push(op(anonymous, "registration.register", {"journal_id": "j-a-apl", "mode": "server", "date": "2026-11-26",
                                                                "appeal": {**card, "applicant_address": "  "}}, 1))
    assert _code(res) == "anonymous_appeal"
