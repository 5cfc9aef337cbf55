"""docflow_protocol: the pure validators the client and the server share."""
from __future__ import annotations

import pytest

from docflow_protocol import (
    ALL_OP_TYPES, COMMUTATIVE_OP_TYPES, MAX_RECORD_PLAN, OP_ROLES, RECORD_SIZE_LIMITS, format_record_plan,
    parse_record_plan, validate_file_name, validate_operation,
)
from tests.server.serverproc import new_id, op

GOOD = {
    "document.create": ({"kind": "incoming", "fields": {"subject": "s", "page_count": 3}}, 0),
    "document.update": ({"fields": {"subject": None, "x": True}}, 2),
    "file.attach": ({"sha256": "a" * 64, "role": "scan", "name": "scan 1.pdf", "media_type": "application/pdf",
                     "size": 10}, None),
    "registration.register": ({"journal_id": "j-a-in", "mode": "block", "block_id": "b-1", "seq": 3,
                               "date": "2026-11-26"}, 1),
    "resolution.create": ({"resolution_id": new_id(), "executor_user_id": "u-1", "text": "do"}, None),
    "resolution.update": ({"resolution_id": new_id(), "deadline": None, "control": False}, 2),
    "signature.upgrade": ({"signature_id": new_id(), "sha256": "c" * 64, "level": "B-T"}, None),
    "route.set": ({"steps": [{"step_id": new_id(), "order": 1, "kind": "endorse", "assignee_user_id": "u-1"}]}, 1),
    "route.step_act": ({"step_id": new_id(), "action": "approve"}, None),
    "signature.add": ({"signature_id": new_id(), "sha256": "b" * 64, "level": "B-LT", "signer_name": "n",
                       "signed_at": "2026-11-26T10:00:00Z"}, None),
    "document.dispatch": ({"dispatch_id": new_id(), "to": ["AZ-0002"]}, 3),
    "dispatch.acknowledge": ({"status": "refused", "reason": "not ours"}, None),
    "document.archive": ({}, 4),
    "document.link_reply": ({"reply_to": new_id()}, None),
    "control.remove": ({"resolution_id": new_id()}, None),
    "control.extension_request": ({"request_id": new_id(), "resolution_id": new_id(), "new_deadline": "2026-12-10",
                                   "reason": "waiting for data"}, None),
    "control.extension_decide": ({"request_id": new_id(), "resolution_id": new_id(), "decision": "approved"}, None),
    "appeal.act": ({"action_id": new_id(), "action": "forward", "to": "Ministry", "on": "2026-11-27",
                    "citizen_told_on": "2026-11-27"}, None),
    "disposal.propose": ({"act_id": new_id()}, None),
    "disposal.decide": ({"act_id": new_id(), "decision": "rejected"}, None),
}


def test_every_type_has_a_valid_example_and_roles():
    assert set(GOOD) == set(ALL_OP_TYPES) == set(OP_ROLES)
    for t, (payload, base) in GOOD.items():
        assert validate_operation(op(new_id(), t, payload, base)) == [], t


@pytest.mark.parametrize("t", sorted(set(ALL_OP_TYPES) - COMMUTATIVE_OP_TYPES))
def test_non_commutative_types_need_base_version(t):
    problems = validate_operation(op(new_id(), t, GOOD[t][0], None))
    assert ("ops[0].base_version", "is required for this op type") in problems


@pytest.mark.parametrize("t,payload,path", [
    ("document.create", {"kind": "memo", "fields": {"subject": "s"}}, "ops[0].payload.kind"),
    ("document.update", {"fields": {"Bad Key": 1}}, "ops[0].payload.fields.Bad Key"),
    ("document.update", {"fields": {"nested": {"a": 1}}}, "ops[0].payload.fields.nested"),
    ("file.attach", {"sha256": "A" * 64, "role": "scan", "name": "x", "media_type": "x", "size": 1},
     "ops[0].payload.sha256"),
    ("registration.register", {"journal_id": "j", "mode": "block", "date": "2026-13-01"}, "ops[0].payload.date"),
    ("registration.register", {"journal_id": "j", "mode": "server", "date": "2026-11-01", "seq": 3},
     "ops[0].payload.seq"),
    ("document.dispatch", {"dispatch_id": new_id(), "to": []}, "ops[0].payload.to"),
    ("resolution.update", {"resolution_id": new_id()}, "ops[0].payload"),
    ("signature.upgrade", {"signature_id": new_id(), "sha256": "c" * 64, "level": "B-B"}, "ops[0].payload.level"),
    ("route.set", {"steps": [{"step_id": "s", "order": 0, "kind": "sign", "assignee_user_id": "u"}]},
     "ops[0].payload.steps[0].step_id"),
    ("route.set", {"steps": [{"step_id": new_id(), "order": 1, "kind": "sign", "assignee_user_id": "u", "days": 366}]},
     "ops[0].payload.steps[0].days"),
    # issue 17: a refusal gives its reason; an extension names the day the citizen was told; the applicant's card
    ("control.extension_decide", {"request_id": new_id(), "resolution_id": new_id(), "decision": "refused"},
     "ops[0].payload.comment"),
    ("control.extension_request", {"request_id": new_id(), "resolution_id": new_id(), "new_deadline": "2026-12-10",
                                   "reason": " "}, "ops[0].payload.reason"),
    ("appeal.act", {"action_id": new_id(), "action": "extend", "days": 31, "new_deadline": "2027-01-05", "reason": "r",
                    "citizen_told_on": "2026-11-27"}, "ops[0].payload.days"),
    ("registration.register", {"journal_id": "j", "mode": "server", "date": "2026-11-01",
                               "appeal": {"applicant_name": "A", "appeal_type": "petition", "deadline": "2026-12-01",
                                          "term_days": 15}}, "ops[0].payload.appeal.appeal_type"),
    ("registration.register", {"journal_id": "j", "mode": "server", "date": "2026-11-01",
                               "appeal": {"applicant_name": "A", "appeal_type": "complaint", "deadline": "2026-12-01",
                                          "term_days": 20}}, "ops[0].payload.appeal.term_days"),
])
def test_payload_problems_name_the_field(t, payload, path):
    problems = validate_operation(op(new_id(), t, payload, 1))
    assert path in [p for p, _ in problems], problems


@pytest.mark.parametrize("name,ok", [
    ("letter.pdf", True), ("Məktub №5.pdf", True), ("../x", False), ("a/b", False), ("a\\b", False),
    ("", False), ("C:x.pdf", False), ("x\x01.pdf", False), ("..", False), ("a" * 256, False),
])
def test_file_names(name, ok):
    assert (validate_file_name(name) is None) == ok


# ---------------------------------------------------------------------- states and transitions
def test_step_actions_and_the_route_state_they_leave():
    from docflow_protocol import STEP_STATE_AFTER, RouteState, StepAction, StepState, route_state

    assert set(STEP_STATE_AFTER) == {a.value for a in StepAction}
    assert STEP_STATE_AFTER["return"] == "returned" and STEP_STATE_AFTER["reject"] == "rejected"
    assert route_state([]) == RouteState.NONE
    assert route_state([{"state": "pending"}, {"state": "approved", "acted_at": "t1"}]) == "active"
    assert route_state([{"state": "approved", "acted_at": "t1"}, {"state": "done", "acted_at": "t2"}]) == "completed"
    # the latest decision counts: a return after an approval stops the route as "returned"...
    assert route_state([{"state": "approved", "acted_at": "t1"}, {"state": StepState.RETURNED, "acted_at": "t2"}]) == "returned"
    # ...and a re-endorsement after a decline completes it
    assert route_state([{"state": "rejected", "acted_at": "t1"}, {"state": "approved", "acted_at": "t2"}]) == "completed"


def test_status_after_an_op():
    from docflow_protocol import status_after

    assert status_after("registration.register", "received") == "registered"
    assert status_after("registration.register", "dispatched") == "dispatched"
    assert status_after("document.archive", "registered") == "archived"
    assert status_after("document.update", "draft") == "draft"


def test_protocol_dates_are_strict():
    import datetime as dt

    from docflow_protocol import format_instant, parse_date, parse_instant

    assert parse_date("2026-11-20") == dt.date(2026, 11, 20)
    assert parse_date("20261120") is None and parse_date("2026-13-01") is None and parse_date(20261120) is None
    assert parse_instant("2026-11-26T09:30:00Z") == dt.datetime(2026, 11, 26, 9, 30)
    assert parse_instant("2026-11-26T13:30:00+04:00") == dt.datetime(2026, 11, 26, 9, 30)
    assert parse_instant("yesterday") is None
    t = dt.datetime(2026, 11, 26, 9, 30, 0, 123456)
    assert format_instant(t) == "2026-11-26T09:30:00.123Z"
    assert format_instant(t, milliseconds=False) == "2026-11-26T09:30:00Z"


# ------------------------------------------------------------------------- registration card
def test_card_fields_are_validated_cleaned_and_parsed_from_one_list():
    import datetime as dt

    from docflow_protocol import CARD, clean_card, parse_card

    payload = {"journal_id": "j", "mode": "server", "date": "2026-11-01", "correspondent": "x" * 301,
               "sheets": -1, "attachments_count": True, "attachments_description": "2 maps", "channel": "pigeon"}
    problems = dict(validate_operation(op(new_id(), "registration.register", payload, 1)))
    assert problems == {"ops[0].payload.correspondent": "must be at most 300 characters",
                        "ops[0].payload.sheets": "must be >= 0",
                        "ops[0].payload.attachments_count": "must be an integer",
                        "ops[0].payload.channel": "must be one of courier, edms, email, fax, hand, post"}
    assert CARD["corr_number"].max_chars == 64
    assert clean_card({"correspondent": "  Nazirlik ", "corr_number": "", "corr_date": dt.date(2026, 1, 2),
                       "sheets": 4, "pages": 200_000, "channel": "fax"}) == {
        "correspondent": "Nazirlik", "corr_date": "2026-01-02", "sheets": 4, "channel": "fax"}
    assert parse_card({"corr_date": "2026-01-02", "attachments_count": 2, "pages": "3", "correspondent": " "}) == {
        "corr_date": dt.date(2026, 1, 2), "attachments_count": 2}


# ----------------------------------------------------------------------- answers of the server
def test_answer_validators_name_what_is_wrong():
    from docflow_protocol import answers

    sent = [op(new_id(), "document.archive", {}, 1)]
    with pytest.raises(answers.InvalidAnswer, match=r"results\[0\].status is unknown"):
        answers.op_results({"results": [{"op_id": sent[0]["op_id"], "status": "maybe"}]}, sent)
    with pytest.raises(answers.InvalidAnswer, match="answers another operation"):
        answers.op_results({"results": [{"op_id": new_id(), "status": "applied", "version": 2}]}, sent)
    with pytest.raises(answers.InvalidAnswer, match="not in sequence order"):
        answers.changes_page({"changes": [{"seq": 5, "kind": "document", "doc_id": "d"},
                                          {"seq": 4, "kind": "document", "doc_id": "d"}],
                              "next_cursor": 5}, 0, 10)
    with pytest.raises(answers.InvalidAnswer, match=r"document.files\[0\].sha256"):
        answers.document_state({"id": "d", "version": 1, "files": [{"sha256": "x", "size": 1}]})
    ok = answers.changes_page({"changes": [], "next_cursor": 3, "has_more": False}, 3, 10)
    assert ok == ([], 3, False)


@pytest.mark.parametrize("value, plan", [
    ("8192@0,1024@65536,3072@131072", [(0, 8192), (65536, 1024), (131072, 3072)]),
    ("99999@0, 10@500", [(0, 16384), (500, 1024)]),  # sizes kept within the limits
    (None, None), ("", None), ("4096", None), ("4096@5", None),  # the first not at 0
    ("4096@0,1024@0", None), ("4096@0,x@10", None), ("-1@0", None), ("4096@0,1024@٣", None),
    (",".join(f"1024@{i}" for i in range(MAX_RECORD_PLAN + 1)), None),  # too many
])
def test_record_plans_parse_strictly(value, plan):
    assert parse_record_plan(value, RECORD_SIZE_LIMITS, MAX_RECORD_PLAN) == plan
    if plan and value.startswith("8192"):
        assert format_record_plan(plan) == value
