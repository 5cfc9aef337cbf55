"""RoutingService transitions, each allowed and forbidden, on a real SQLite profile."""
import datetime as dt

import pytest

from desktop_app.locale import today as local_today
from desktop_app.db.models import Document
from desktop_app.errors import ForbiddenTransition, InvalidInput, NotFound, PermissionDenied
from desktop_app.routing import steps as K
from desktop_app.routing.templates import StepSpec
from desktop_app.services.types import ResolutionInput
from desktop_app.services.types import RegisterInput
from desktop_app.services.types import DocumentQuery
from tests.routing.conftest import as_user, ops, outgoing_draft, registered_letter

TODAY = local_today()


def _res(office, doc_id, **kw):
    as_user(office, "head")
    data = dict(text="Prepare an answer", executor_id="u-exec", co_executor_ids=("u-exec2",), days=5)
    data.update(kw)
    return office.routing.create_resolution(doc_id, ResolutionInput(**data))


def _active(office, doc_id):
    return [s for s in office.routing.timeline(doc_id).steps if s.state == K.ACTIVE]


def test_directory_replaced_from_server_data_rekeys_local_user(office):
    staff = {p.username: p for p in office.routing.staff()}
    assert staff["admin"].id == "u-admin"  # the first-run user took the server's id
    assert staff["clerk"].roles == frozenset({"clerk"})
    assert office.user.id == "u-admin"
    assert [i.registry_code for i in office.routing.institutions()] == ["AZ-0002", "AZ-0003"]
    # a user dropped by the server is kept for history but leaves the staff list
    res = office.routing.replace_directory([u for u in __import__("tests.routing.conftest", fromlist=["STAFF"]).STAFF
                                            if u["username"] != "exec2"], [])
    assert res.users_deactivated == 1
    assert "exec2" not in {p.username for p in office.routing.staff()}
    with pytest.raises(InvalidInput, match="unknown roles"):
        office.routing.replace_directory([{"id": "u-x", "username": "x", "roles": ["boss"]}], [])


def test_resolution_creates_execute_steps_ops_and_is_searchable(office):
    doc = registered_letter(office)
    info = _res(office, doc, text="Hazırlayın cavab layihəsini")
    assert info.executor_name == "Elvin Executor" and info.co_executor_names == ("Nigar Executor",)
    assert info.deadline == office.routing.due_date(5)
    active = _active(office, doc)
    assert {(s.assignee_user_id, s.kind) for s in active} == {("u-exec", "execute"), ("u-exec2", "execute")}
    kinds = [o[1] for o in ops(office, doc)]
    assert kinds[-2:] == ["resolution.create", "route.set"]
    _, _, payload, _ = ops(office, doc, "resolution.create")[0]
    assert payload["executor_user_id"] == "u-exec" and payload["co_executor_user_ids"] == ["u-exec2"]
    hits = office.documents.search("hazirlayin")  # dotless ı folded
    assert [h.row.id for h in hits] == [doc]
    with office.db.read() as s:
        assert s.get(Document, doc).status == "in_route"


def test_resolution_forbidden_cases(office):
    as_user(office, "clerk")
    draft = office.documents.create_document(b"%PDF-1.4\n" + __import__("tests.helpers", fromlist=["make_pdf"]).make_pdf()[9:],
                                             "x.pdf", "incoming").id
    with pytest.raises(PermissionDenied):  # clerk is not a head
        office.routing.create_resolution(draft, ResolutionInput("t", "u-exec", days=1))
    as_user(office, "head")
    with pytest.raises(ForbiddenTransition, match="Register"):
        office.routing.create_resolution(draft, ResolutionInput("t", "u-exec", days=1))
    doc = registered_letter(office)
    as_user(office, "head")
    with pytest.raises(InvalidInput, match="text"):
        office.routing.create_resolution(doc, ResolutionInput("  ", "u-exec", days=1))
    with pytest.raises(InvalidInput, match="staff"):
        office.routing.create_resolution(doc, ResolutionInput("t", "u-nobody", days=1))
    with pytest.raises(InvalidInput, match="co-executor"):
        office.routing.create_resolution(doc, ResolutionInput("t", "u-exec", ("u-exec",), days=1))
    with pytest.raises(InvalidInput, match="passed"):
        office.routing.create_resolution(doc, ResolutionInput("t", "u-exec", deadline=TODAY - dt.timedelta(days=1)))
    with pytest.raises(InvalidInput, match="control"):
        office.routing.create_resolution(doc, ResolutionInput("t", "u-exec", control=True))
    assert ops(office, doc, "resolution.create") == []  # nothing half-written


def test_execute_done_completes_resolution_only_when_all_done(office):
    doc = registered_letter(office)
    res = _res(office, doc)
    steps = {s.assignee_user_id: s for s in _active(office, doc)}
    as_user(office, "exec")
    office.routing.act(steps["u-exec"].id, "done", "Answer drafted")
    assert office.routing.timeline(doc).resolutions[0].state == "active"
    with pytest.raises(ForbiddenTransition):  # already done: a second act is refused, never doubled
        office.routing.act(steps["u-exec"].id, "done")
    as_user(office, "exec2")
    office.routing.act(steps["u-exec2"].id, "done")
    tl = office.routing.timeline(doc)
    assert tl.resolutions[0].state == "done" and tl.route_state == "completed"
    assert tl.status == "registered"
    acts = ops(office, doc, "route.step_act")
    assert len(acts) == 2 and len({a[0] for a in acts}) == 2  # one op per action, each with its own id
    assert {a[2]["action"] for a in acts} == {"done"}
    assert res.id


def test_only_assignee_acts(office):
    doc = registered_letter(office)
    _res(office, doc)
    step = next(s for s in _active(office, doc) if s.assignee_user_id == "u-exec")
    for user in ("exec2", "clerk", "head"):
        as_user(office, user)
        with pytest.raises(PermissionDenied, match="assignee"):
            office.routing.act(step.id, "done")
    as_user(office, "exec")
    with pytest.raises(NotFound):
        office.routing.act("no-such-step", "done")
    with pytest.raises(ForbiddenTransition, match="cannot be given"):
        office.routing.act(step.id, "approve")  # wrong action for an execute step
    with pytest.raises(InvalidInput, match="Unknown"):
        office.routing.act(step.id, "explode")
    with pytest.raises(InvalidInput, match="reason"):
        office.routing.act(step.id, "return", "  ")


def test_executor_returns_resolution_to_its_author(office):
    doc = registered_letter(office)
    _res(office, doc)
    step = next(s for s in _active(office, doc) if s.assignee_user_id == "u-exec")
    as_user(office, "exec")
    office.routing.act(step.id, "return", "Not our department")
    tl = office.routing.timeline(doc)
    assert tl.resolutions[0].state == "returned"
    states = {s.assignee_user_id: s.state for s in tl.steps}
    assert states["u-exec"] == "returned" and states["u-exec2"] == "cancelled"
    (review,) = tl.active_steps
    assert review.assignee_user_id == "u-head" and review.kind == "review"
    # a new resolution completes the head's review step
    _res(office, doc, executor_id="u-exec2", co_executor_ids=())
    tl = office.routing.timeline(doc)
    assert [s.assignee_user_id for s in tl.active_steps] == ["u-exec2"]
    assert next(s for s in tl.steps if s.id == review.id).state == "done"


def _outgoing_route(office, doc):
    as_user(office, "exec")
    return office.routing.set_route(doc, [
        [StepSpec("execute", "u-exec", label="Draft")],
        [StepSpec("endorse", "u-deputy", duration_days=1), StepSpec("endorse", "u-clerk", duration_days=1)],
        [StepSpec("sign", "u-head", duration_days=1)],
    ])


def test_parallel_stage_then_sign(office):
    doc = outgoing_draft(office)
    tl = _outgoing_route(office, doc)
    assert [s.kind for s in tl.active_steps] == ["execute"] and tl.status == "in_route"
    (_, _, payload, base) = ops(office, doc, "route.set")[0]
    assert [(x["order"], x["kind"]) for x in payload["steps"]] == [(1, "execute"), (2, "endorse"), (2, "endorse"), (3, "sign")]
    assert base == 0
    office.routing.act(tl.active_steps[0].id, "done")
    endorse = {s.assignee_user_id: s for s in _active(office, doc)}
    assert set(endorse) == {"u-deputy", "u-clerk"}
    assert all(s.deadline == office.routing.due_date(1) for s in endorse.values())  # set on activation
    # ... and sent with the step's action, so other desks see the endorsers' deadline (whoever acted)
    sets = len(ops(office, doc, "route.set"))
    (_, op_type, sent, _) = ops(office, doc)[-1]
    assert op_type == "route.step_act" and sorted(x["step_id"] for x in sent["deadlines"]) == sorted(s.id for s in endorse.values())
    assert {x["deadline"] for x in sent["deadlines"]} == {office.routing.due_date(1).isoformat()}
    as_user(office, "deputy")
    office.routing.act(endorse["u-deputy"].id, "approve")
    assert {s.assignee_user_id for s in _active(office, doc)} == {"u-clerk"}  # the stage waits for both
    as_user(office, "clerk")
    office.routing.act(endorse["u-clerk"].id, "approve")
    (sign,) = _active(office, doc)
    assert sign.kind == "sign"
    assert ops(office, doc)[-1][2]["deadlines"] == [{"step_id": sign.id, "deadline": office.routing.due_date(1).isoformat()}]
    assert "deadlines" not in ops(office, doc)[-2][2]  # the stage waited for both: nothing started then
    as_user(office, "head")
    # approving the signing step is signing, unless the letter was signed since the step started
    assert office.routing.my_active_steps([doc], K.SIGN) == {doc: sign.id}
    assert office.routing.unsigned_steps([sign.id, endorse["u-clerk"].id]) == {sign.id}
    from desktop_app.signing import Pkcs12Identity
    from tests.signing.testpki import TestPKI

    # signing completes the head's signing step in the service (the window and `docflow sign` alike)
    office.signing.sign_document(doc, Pkcs12Identity.from_bytes(TestPKI().pkcs12("signer-ec", b"pw"), "pw"))
    assert office.routing.unsigned_steps([sign.id]) == set()
    (add,) = ops(office, doc, "signature.add")
    assert add[2]["step_id"] == sign.id
    assert [o[1] for o in ops(office, doc)][-2:] == ["signature.add", "route.step_act"]
    assert "deadlines" not in ops(office, doc)[-1][2]  # nothing started
    assert len(ops(office, doc, "route.set")) == sets  # the route is not sent again for its deadlines
    tl = office.routing.timeline(doc)
    assert tl.status == "signed" and tl.route_state == "completed"


def test_sign_step_needs_head_even_for_assignee(office):
    doc = outgoing_draft(office)
    as_user(office, "exec")
    office.routing.set_route(doc, [[StepSpec("sign", "u-deputy")]])
    as_user(office, "deputy")
    with pytest.raises(PermissionDenied, match="head"):
        office.routing.act(_active(office, doc)[0].id, "approve")


def test_decline_returns_draft_to_author_and_reendorse(office):
    doc = outgoing_draft(office)
    tl = _outgoing_route(office, doc)
    office.routing.act(tl.active_steps[0].id, "done")
    endorse = {s.assignee_user_id: s for s in _active(office, doc)}
    as_user(office, "clerk")
    office.routing.act(endorse["u-clerk"].id, "approve")
    as_user(office, "deputy")
    with pytest.raises(InvalidInput, match="reason"):
        office.routing.act(endorse["u-deputy"].id, "decline")
    office.routing.act(endorse["u-deputy"].id, "decline", "Wrong figures")
    tl = office.routing.timeline(doc)
    assert tl.status == "draft"
    (rework,) = tl.active_steps
    assert rework.assignee_user_id == "u-exec" and "Wrong figures" in rework.label
    assert [s.state for s in tl.steps if s.stage == 3] == ["cancelled"]  # the sign step waited, now cancelled
    # the author reworks; the whole endorsement stage, then signing, run again
    as_user(office, "exec")
    office.routing.act(rework.id, "done", "Fixed")
    assert {s.assignee_user_id for s in _active(office, doc)} == {"u-deputy", "u-clerk"}
    assert office.routing.timeline(doc).status == "in_route"
    stopped = ops(office, doc, "route.set")[-1][2]["steps"]
    assert [x["kind"] for x in stopped] == ["execute", "endorse", "endorse", "sign"]  # rework, then the copies
    # the endorsements the rework restarted carry their new deadlines with it
    restarted = ops(office, doc)[-1][2]
    assert {x["step_id"] for x in restarted["deadlines"]} == {s.id for s in _active(office, doc)}
    reject = [o for o in ops(office, doc, "route.step_act") if o[2]["action"] == "reject"]
    assert reject[0][2]["comment"] == "Wrong figures"


def test_set_route_permissions_and_validation(office):
    doc = outgoing_draft(office)
    as_user(office, "exec2")  # not the author, no office role
    with pytest.raises(PermissionDenied):
        office.routing.set_route(doc, [[StepSpec("sign", "u-head")]])
    as_user(office, "exec")
    with pytest.raises(InvalidInput, match="at least one"):
        office.routing.set_route(doc, [])
    with pytest.raises(InvalidInput, match="kind"):
        office.routing.set_route(doc, [[StepSpec("dance", "u-head")]])
    with pytest.raises(InvalidInput, match="staff"):
        office.routing.set_route(doc, [[StepSpec("sign", "u-ghost")]])
    with pytest.raises(InvalidInput, match="passed"):
        office.routing.set_route(doc, [[StepSpec("sign", "u-head", deadline=TODAY - dt.timedelta(days=3))]])
    assert ops(office, doc, "route.set") == []
    # role steps are allowed; the protocol op names a person holding the role
    office.routing.set_route(doc, [[StepSpec("endorse", None, "executor")]])
    assert ops(office, doc, "route.set")[0][2]["steps"][0]["assignee_user_id"] in {"u-deputy", "u-exec", "u-exec2"}
    # replacing the route drops the old unacted steps
    office.routing.set_route(doc, [[StepSpec("endorse", "u-deputy")]])
    tl = office.routing.timeline(doc)
    assert [(s.kind, s.assignee_user_id) for s in tl.steps] == [("endorse", "u-deputy")]


def _signed_registered_outgoing(office):
    doc = outgoing_draft(office)
    as_user(office, "exec")
    office.routing.set_route(doc, [[StepSpec("sign", "u-head")], [StepSpec("execute", None, "clerk", label="Dispatch")]])
    as_user(office, "head")
    office.routing.act(_active(office, doc)[0].id, "approve")
    as_user(office, "clerk")
    office.documents.register(doc, RegisterInput("OUT"))
    return doc


def test_dispatch_and_receipts(office):
    doc = _signed_registered_outgoing(office)
    as_user(office, "head")
    with pytest.raises(PermissionDenied):
        office.routing.dispatch(doc, ["AZ-0002"])
    assert "may not dispatch documents" in office.routing.dispatch_refusal(doc)  # asked before the recipients
    as_user(office, "clerk")
    assert office.routing.dispatch_refusal(doc) is None
    with pytest.raises(InvalidInput, match="AZ-0001"):  # our own code is not a recipient
        office.routing.dispatch(doc, ["AZ-0001"])
    with pytest.raises(InvalidInput, match="AZ-9999"):
        office.routing.dispatch(doc, ["AZ-0002", "AZ-9999"])
    with pytest.raises(InvalidInput):
        office.routing.dispatch(doc, [])
    sent = office.routing.dispatch(doc, ["AZ-0002", "AZ-0003"], note="Reply")
    assert {d.state for d in sent} == {"sent"} and len({d.dispatch_id for d in sent}) == 1
    tl = office.routing.timeline(doc)
    assert tl.status == "dispatched" and tl.route_state == "completed"  # the clerk's dispatch step is done
    (_, _, payload, base) = ops(office, doc, "document.dispatch")[0]
    assert payload == {"dispatch_id": sent[0].dispatch_id, "to": ["AZ-0002", "AZ-0003"], "note": "Reply"}
    with pytest.raises(InvalidInput, match="already sent"):
        office.routing.dispatch(doc, ["AZ-0002"])
    did = sent[0].dispatch_id
    office.routing.record_receipt(did, "AZ-0002", "delivered")
    r = office.routing.record_receipt(did, "AZ-0002", "registered", registration_number="IN-0007/2026")
    assert r.state == "registered" and r.recipient_number == "IN-0007/2026" and r.delivered_at
    assert office.routing.record_receipt(did, "AZ-0002", "delivered").state == "registered"  # never backwards
    r3 = office.routing.record_receipt(did, "AZ-0003", "refused", reason="Wrong addressee")
    assert r3.state == "refused" and r3.reason == "Wrong addressee"
    with pytest.raises(NotFound):
        office.routing.record_receipt(did, "AZ-0404", "delivered")
    assert any("IN-0007/2026" in e.what for e in office.routing.timeline(doc).events)


def test_dispatch_refused_before_signing_or_registration(office):
    doc = outgoing_draft(office)
    as_user(office, "clerk")
    with pytest.raises(ForbiddenTransition, match="Register"):
        office.routing.dispatch(doc, ["AZ-0002"])
    as_user(office, "exec")
    office.routing.set_route(doc, [[StepSpec("endorse", "u-deputy")]])
    as_user(office, "clerk")
    office.documents.register(doc, RegisterInput("OUT"))  # registering during the route is allowed
    with pytest.raises(ForbiddenTransition, match="not signed yet.*route builder.*Outgoing letter"):
        office.routing.dispatch(doc, ["AZ-0002"])
    as_user(office, "deputy")
    office.routing.act(_active(office, doc)[0].id, "approve")
    as_user(office, "exec")
    office.routing.set_route(doc, [[StepSpec("sign", "u-head")], [StepSpec("endorse", "u-deputy")]])
    as_user(office, "head")
    office.routing.act(_active(office, doc)[0].id, "approve")
    as_user(office, "clerk")
    with pytest.raises(ForbiddenTransition, match="route is not finished"):
        office.routing.dispatch(doc, ["AZ-0002"])
    assert ops(office, doc, "document.dispatch") == []


def test_control_removed_only_by_author(office):
    doc = registered_letter(office)
    res = _res(office, doc)
    assert res.control
    as_user(office, "admin")  # another head
    with pytest.raises(PermissionDenied, match="put the document on control") as refused:
        office.routing.remove_control(res.id)
    assert refused.value.code == "not_controller"
    as_user(office, "head")
    assert office.routing.remove_control(res.id).control is False
    with pytest.raises(ForbiddenTransition):
        office.routing.remove_control(res.id)


def test_batch_acknowledge_each_its_own_op(office):
    docs = [registered_letter(office, subject=f"Circular {i}") for i in range(3)]
    as_user(office, "clerk")
    for d in docs:
        office.routing.set_route(d, [[StepSpec("acknowledge", "u-exec"), StepSpec("acknowledge", "u-exec2")]])
    as_user(office, "exec")
    mine = office.routing.my_assignments().rows
    assert len(mine) == 3 and {a.kind for a in mine} == {"acknowledge"}
    result = office.routing.acknowledge_many([a.step_id for a in mine] + ["missing"])
    assert len(result.done) == 3 and result.failures[0][0] == "missing"
    acks = [o for d in docs for o in ops(office, d, "route.step_act")]
    assert len(acks) == 3 and len({a[0] for a in acks}) == 3
    assert office.routing.my_assignments().total == 0


def test_assignments_summary_and_reminders(office):
    today = dt.date(2026, 11, 25)  # Wednesday
    docs = [registered_letter(office, subject=f"L{i}") for i in range(5)]
    as_user(office, "clerk")
    deadlines = [None, dt.date(2026, 11, 24), today, dt.date(2026, 11, 27), dt.date(2026, 12, 10)]
    with office.db.write() as s:  # deadlines relative to a fixed "today": write them directly
        from desktop_app.db.models import RouteStep
        for d, dl in zip(docs, deadlines):
            s.add(RouteStep(document_id=d, stage=1, kind="execute", assignee_user_id="u-exec", state="active", deadline=dl))
    as_user(office, "exec")
    page = office.routing.my_assignments(today=today)
    assert [a.deadline for a in page.rows] == [dt.date(2026, 11, 24), today, dt.date(2026, 11, 27), dt.date(2026, 12, 10), None]
    assert [a.deadline_state for a in page.rows] == ["overdue", "due_today", "on_time", "on_time", None]
    summary = office.routing.deadline_summary(today=today)
    assert (summary.overdue, summary.due_today, summary.this_week, summary.later, summary.no_deadline) == (1, 1, 1, 1, 1)
    rem = office.routing.due_reminders(today=today)
    assert {a.deadline for a in rem} == {dt.date(2026, 11, 24), today}  # Friday is 2 working days away
    office.settings.set("reminder_days", 2)
    rem = office.routing.due_reminders(today=today)
    assert len(rem) == 3
    office.routing.mark_reminded([a.step_id for a in rem], today=today)
    assert office.routing.due_reminders(today=today) == []
    assert len(office.routing.due_reminders(today=today + dt.timedelta(days=1))) == 3  # next day: again


def test_controlled_overdue_counts_for_author(office):
    doc = registered_letter(office)
    res = _res(office, doc, days=1)
    as_user(office, "head")
    later = res.deadline + dt.timedelta(days=1)
    assert office.routing.deadline_summary(today=later).controlled_overdue == 1
    assert [r.id for r in office.routing.controlled_resolutions()] == [res.id]
    on_control = lambda: [r.id for r in office.documents.list_documents(DocumentQuery(queue="on_control")).rows]  # noqa: E731
    # the queue "Under my control": the documents whose resolution this person put on control, until
    # they take it off (the walk's head had no place to find the letters he controls)
    assert on_control() == [doc] and office.documents.queue_counts()["on_control"] == 1
    as_user(office, "exec")
    assert on_control() == []  # the controller's, not the executor's
    as_user(office, "head")
    office.routing.remove_control(res.id)
    assert office.routing.deadline_summary(today=later).controlled_overdue == 0
    assert on_control() == [] and office.documents.queue_counts()["on_control"] == 0


def test_deputy_resolution_passes_the_assignment_on(office):
    doc = registered_letter(office)
    head_res = _res(office, doc, executor_id="u-admin", co_executor_ids=("u-exec2",))
    as_user(office, "admin")  # the deputy (also a head) passes it on
    deputy = office.routing.create_resolution(doc, ResolutionInput("Elvin: draft it", "u-exec", days=2))
    assert deputy.parent_id == head_res.id
    tl = office.routing.timeline(doc)
    assert {s.assignee_user_id for s in tl.active_steps} == {"u-exec", "u-exec2"}  # same stage, at once
    assert next(s for s in tl.steps if s.assignee_user_id == "u-admin").comment == "Passed on with a resolution"
    for user in ("exec2", "exec"):
        as_user(office, user)
        step = next(s for s in office.routing.timeline(doc).active_steps if s.assignee_user_id == f"u-{user}")
        office.routing.act(step.id, "done")
    states = {r.id: r.state for r in office.routing.timeline(doc).resolutions}
    assert states == {head_res.id: "done", deputy.id: "done"}


def test_acknowledge_received_only_for_dispatched_documents(office):
    doc = registered_letter(office)  # registered here, not sent by another institution
    as_user(office, "head")
    with pytest.raises(PermissionDenied):
        office.routing.acknowledge_received(doc)
    as_user(office, "clerk")
    with pytest.raises(ForbiddenTransition, match="another institution"):
        office.routing.acknowledge_received(doc)
    from desktop_app.db.models import Document
    from desktop_app.sync.apply import apply_origin
    with office.db.write() as s:  # what the sync engine keeps of a document dispatched to us
        apply_origin(s, s.get(Document, doc), {"registry_code": "AZ-0002", "institution_name": "District School B",
                                               "dispatch_id": "d-1"})
    assert office.routing.received_from(doc)["registry_code"] == "AZ-0002"
    with pytest.raises(InvalidInput, match="reason"):
        office.routing.acknowledge_received(doc, "refused")
    office.routing.acknowledge_received(doc)
    number = office.documents.get_document(doc).registration.number
    assert ops(office, doc, "dispatch.acknowledge")[0][2] == {"status": "registered", "registration_number": number}
    assert office.routing.owed_receipt(doc) is None
    with pytest.raises(ForbiddenTransition, match="already told"):  # the sender hears once
        office.routing.acknowledge_received(doc)
