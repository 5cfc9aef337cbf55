"""Applying the server's routing state (desktop_app.routing.remote) on a real profile."""
import datetime as dt

from sqlalchemy import select

from desktop_app.db.models import Document, OutboxOp, RouteStep
from desktop_app.routing.remote import apply_remote_routing, record_receipt_in
from desktop_app.routing.templates import StepSpec
from tests.routing.conftest import as_user, outgoing_draft, registered_letter

S1, S2, S3 = ("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222",
              "33333333-3333-4333-8333-333333333333")


def _apply(office, doc_id, snap):
    with office.db.write() as s:
        return apply_remote_routing(s, s.get(Document, doc_id), snap)


def _states(office, doc_id):
    return {s.id: s.state for s in office.routing.timeline(doc_id).steps}


def _route(state, *steps):
    return {"route": {"state": state, "steps": [
        {"step_id": sid, "order": order, "kind": kind, "assignee_user_id": "u-head", "deadline": None, "state": st,
         "acted_by": "u-head" if st != "pending" else None, "action": {"approved": "approve", "rejected": "reject"}.get(st),
         "comment": "no" if st == "rejected" else None, "acted_at": "2026-11-26T10:00:00Z" if st != "pending" else None}
        for sid, order, kind, st in steps]}}


def test_server_route_mirrored_then_moves_forward_only(office):
    doc = outgoing_draft(office)
    snap = _route("active", (S1, 1, "endorse", "pending"), (S2, 1, "endorse", "pending"), (S3, 2, "sign", "pending"))
    assert _apply(office, doc, snap)
    assert _states(office, doc) == {S1: "active", S2: "active", S3: "waiting"}
    assert office.routing.timeline(doc).status == "in_route"
    assert not _apply(office, doc, snap)  # the same state again: nothing to do
    snap = _route("active", (S1, 1, "endorse", "approved"), (S2, 1, "endorse", "approved"), (S3, 2, "sign", "pending"))
    _apply(office, doc, snap)
    assert _states(office, doc) == {S1: "done", S2: "done", S3: "active"}
    # the deadline counted on the desk where the sign step started arrives after the step itself
    snap["route"]["steps"][2]["deadline"] = "2026-12-01"
    assert _apply(office, doc, snap)
    assert next(s for s in office.routing.timeline(doc).steps if s.id == S3).deadline == dt.date(2026, 12, 1)
    step = next(s for s in office.routing.timeline(doc).steps if s.id == S1)
    assert (step.action, step.acted_by_name) == ("approve", "Rashad Head")
    # an older state (S1 pending again) never moves a finished step back
    _apply(office, doc, _route("active", (S1, 1, "endorse", "pending"), (S2, 1, "endorse", "approved"),
                               (S3, 2, "sign", "pending")))
    assert _states(office, doc)[S1] == "done"
    _apply(office, doc, _route("completed", (S1, 1, "endorse", "approved"), (S2, 1, "endorse", "approved"),
                               (S3, 2, "sign", "approved")))
    tl = office.routing.timeline(doc)
    assert tl.status == "signed" and tl.route_state == "completed"


def test_replaced_route_cancels_local_live_steps_unless_own_route_waits(office):
    doc = outgoing_draft(office)
    as_user(office, "exec")
    office.routing.set_route(doc, [[StepSpec("endorse", "u-deputy")]])
    (local,) = office.routing.timeline(doc).steps
    # our route.set is still waiting to be pushed: the server's (older) route must not cancel it
    _apply(office, doc, _route("active", (S1, 1, "review", "pending")))
    assert _states(office, doc)[local.id] == "active"
    with office.db.write() as s:
        for op in s.execute(select(OutboxOp).where(OutboxOp.op_type == "route.set")).scalars():
            op.state = "done"
    # once pushed, a route the server replaced it with wins; ours is cancelled, not deleted
    _apply(office, doc, _route("active", (S1, 1, "review", "pending")))
    states = _states(office, doc)
    assert states[local.id] == "cancelled" and states[S1] == "active"
    with office.db.read() as s:
        assert s.get(RouteStep, S1).stage > s.get(RouteStep, local.id).stage  # placed after the existing stages


def test_dispatches_from_another_desk_and_receipts(office):
    doc = outgoing_draft(office)
    snap = {"dispatches": [{"dispatch_id": "d-1", "to": "AZ-0002", "incoming_doc_id": "in-1", "status": "delivered",
                            "at": "2026-11-26T10:00:00Z", "receipts": [{"status": "delivered", "at": "2026-11-26T10:00:00Z"}]}]}
    assert _apply(office, doc, snap)
    (d,) = office.routing.timeline(doc).dispatches
    assert (d.state, d.recipient_name, d.incoming_doc_id) == ("delivered", "District School B", "in-1")
    with office.db.write() as s:
        assert record_receipt_in(s, "d-1", "AZ-0002", "registered", registration_number="IN-0042/2026",
                                 at=dt.datetime(2026, 11, 27, 9))
        assert not record_receipt_in(s, "d-1", "AZ-0002", "delivered")  # never backwards
        assert not record_receipt_in(s, "d-unknown", "AZ-0002", "delivered")  # no document given: nothing made up
    (d,) = office.routing.timeline(doc).dispatches
    assert (d.state, d.recipient_number) == ("registered", "IN-0042/2026")


def test_a_step_started_elsewhere_is_news_for_its_assignee_only(office):
    """The walk: the head's draft to endorse and the executor's resolution arrived with no word (the
    notifications spoke of new letters only). A step the server's route starts for the person at this
    desk is news once; the same route again (a deadline counted elsewhere) is not; someone else's is not."""
    from desktop_app.services.activity import ActivityService

    doc = outgoing_draft(office, subject="Reply on water supply")
    act = ActivityService(office)
    as_user(office, "head")
    assert act.news() == []  # the first look marks where news starts
    snap = _route("active", (S1, 1, "endorse", "pending"), (S2, 2, "sign", "pending"))
    _apply(office, doc, snap)
    (news,) = act.news()
    assert (news.kind, news.document_id) == ("assigned", doc) and "Reply on water supply" in news.text
    snap["route"]["steps"][0]["deadline"] = "2026-12-01"
    assert _apply(office, doc, snap) and act.news() == []  # nothing new started
    _apply(office, doc, _route("active", (S1, 1, "endorse", "approved"), (S2, 2, "sign", "pending")))
    assert [n.kind for n in act.news()] == ["assigned"]  # the signature is the head's next work
    as_user(office, "exec")
    other = outgoing_draft(office, subject="Budget")
    _apply(office, other, _route("active", (S3, 1, "review", "pending")))  # the head's, not the executor's
    assert act.news() == []


def test_a_route_that_ended_on_another_desk_takes_the_document_out_of_route_here(office):
    """Seen in the walk: the executor's desk showed the letter back as registered once its route was
    done, while the head's desk, which learnt the end from the server, kept it "in route"."""
    letter = registered_letter(office)
    _apply(office, letter, _route("active", (S1, 1, "review", "pending"), (S2, 2, "execute", "pending")))
    assert office.routing.timeline(letter).status == "in_route"
    assert _apply(office, letter, _route("completed", (S1, 1, "review", "approved"), (S2, 2, "execute", "approved")))
    assert office.routing.timeline(letter).status == "registered"
    # a draft's route stopped for rework elsewhere: the draft is a draft again, until its new route comes
    draft = outgoing_draft(office)
    _apply(office, draft, _route("active", (S3, 1, "endorse", "pending")))
    assert office.routing.timeline(draft).status == "in_route"
    _apply(office, draft, _route("rejected", (S3, 1, "endorse", "rejected")))
    assert office.routing.timeline(draft).status == "draft"


def test_an_execution_finished_elsewhere_is_news_for_its_controller(office):
    """Seen in the walk: the executor marked the head's controlled resolution done on her own desk, and
    the head's desk said nothing -- only the route tab, if he opened the letter, showed "executed ·
    under control". Only he may take it off control (PRODUCT.md), so it is news for him, with her report."""
    from desktop_app.services.activity import ActivityService
    from desktop_app.services.types import ResolutionInput

    letter = registered_letter(office, subject="Schools' winter readiness")
    as_user(office, "head")
    res = office.routing.create_resolution(letter, ResolutionInput("Report on the schools", "u-exec", days=5))
    (step,) = [s for s in office.routing.timeline(letter).steps if s.resolution_id == res.id]
    act = ActivityService(office)
    assert act.news() == []  # the first look marks where news starts
    snap = {"route": {"state": "completed", "steps": [
        {"step_id": step.id, "order": 1, "kind": "execute", "assignee_user_id": "u-exec", "deadline": None,
         "state": "approved", "acted_by": "u-exec", "action": "complete", "comment": "9 of 12 schools ready",
         "acted_at": "2026-11-28T10:00:00Z"}]}}
    assert _apply(office, letter, snap)
    (news,) = [n for n in act.news() if n.kind == "executed"]
    assert news.document_id == letter and "Schools' winter readiness" in news.text and "9 of 12 schools ready" in news.text
    assert not _apply(office, letter, snap) and act.news() == []  # once
    # a resolution not under control: its execution is no one's news
    letter2 = registered_letter(office, subject="Library hours")
    as_user(office, "head")
    res2 = office.routing.create_resolution(letter2, ResolutionInput("Answer", "u-exec", days=5, control=False))
    (step2,) = [s for s in office.routing.timeline(letter2).steps if s.resolution_id == res2.id]
    act.news()
    snap["route"]["steps"][0]["step_id"] = step2.id
    assert _apply(office, letter2, snap)
    assert [n for n in act.news() if n.kind == "executed"] == []
