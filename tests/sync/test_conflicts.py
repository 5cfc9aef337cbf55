"""Two desks change the same document while both offline: the server takes one, the other gets a
conflict that keeps both versions, lands in the Conflicts queue and is settled by a person."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEvent, Conflict, RouteStep
from desktop_app.errors import InvalidInput
from desktop_app.routing.templates import StepSpec
from desktop_app.services.types import DocumentQuery
from tests.sync.desks import Desk



def _shared_doc(a1: Desk, a2: Desk, text: str, register: bool = False) -> str:
    doc = a1.import_pdf(text)
    if register:
        a1.register(doc)
    a1.engine.sync_now()
    a2.engine.sync_now()
    assert a2.doc(doc) is not None
    return doc


def _in_conflicts_queue(desk: Desk, doc: str) -> bool:
    docs = desk.ctx.documents.list_documents(DocumentQuery(queue="conflicts"))
    return doc in {r.id for r in docs.rows}


@pytest.mark.parametrize("choice", ["mine", "theirs", "merge"])
def test_same_field_edited_on_two_desks(pair, link, choice):
    a1, a2 = pair
    doc = _shared_doc(a1, a2, f"Road repair {choice}")
    link.set_online(False)
    a1.ctx.documents.update_document(doc, subject="Road repair — urgent")
    a2.ctx.documents.update_document(doc, subject="Road repair — next year", summary="budget 2027")
    link.set_online(True)
    a1.engine.sync_now()
    report = a2.engine.sync_now()
    assert report.conflicts == 1
    # Nothing silently overwritten: a2 still shows its own text, and keeps both versions.
    assert a2.doc(doc).subject == "Road repair — next year" and a2.doc(doc).has_conflict
    assert _in_conflicts_queue(a2, doc)
    [c] = a2.engine.conflicts()
    assert c.kind == "field" and c.document_id == doc and set(c.choices) == {"mine", "theirs", "merge"}
    assert c.local["fields"]["subject"] == "Road repair — next year"
    assert c.remote["fields"]["subject"] == "Road repair — urgent"
    merged = {"subject": "Road repair — urgent, budget 2027"}
    if choice == "merge":  # a merged subject too long is refused by name, never cut; the conflict stays open
        with pytest.raises(InvalidInput, match="at most 500"):
            a2.engine.resolve_conflict(c.id, choice, {"subject": "R" * 501})
        assert [x.id for x in a2.engine.conflicts()] == [c.id]
    a2.engine.resolve_conflict(c.id, choice, merged if choice == "merge" else None)
    assert a2.engine.conflicts() == [] and not a2.doc(doc).has_conflict
    a2.engine.sync_now()
    a1.engine.sync_now()
    expected = {"mine": "Road repair — next year", "theirs": "Road repair — urgent", "merge": merged["subject"]}[choice]
    assert a1.doc(doc).subject == a2.doc(doc).subject == expected
    with a2.ctx.db.read() as s:
        assert s.execute(select(Conflict.resolution).where(Conflict.document_id == doc)).scalar() == choice
        actions = set(s.execute(select(AuditEvent.action).where(AuditEvent.document_id == doc)).scalars())
    assert {"sync.conflict", "conflict.resolved"} <= actions


def test_same_document_registered_on_two_desks(pair, link):
    a1, a2 = pair
    doc = _shared_doc(a1, a2, "Citizen complaint about lighting")
    link.set_online(False)
    n1 = a1.register(doc, correspondent="Citizen")
    n2 = a2.register(doc, correspondent="Citizen")
    assert n1 != n2  # each desk numbered from its own leased block
    link.set_online(True)
    a1.engine.sync_now()
    assert a2.engine.sync_now().conflicts == 1
    [c] = a2.engine.conflicts()
    assert c.kind == "registration" and c.choices == ("theirs",)
    assert c.local["registration"]["number"] == n2 and c.remote["registration"]["number"] == n1
    with pytest.raises(InvalidInput):
        a2.engine.resolve_conflict(c.id, "mine")
    a2.engine.resolve_conflict(c.id, "theirs")
    assert a2.number(doc) == n1
    with a2.ctx.db.read() as s:
        ev = s.execute(select(AuditEvent.details).where(AuditEvent.document_id == doc,
                                                       AuditEvent.action == "registration.number_replaced")).scalar()
    assert ev is not None and n2 in ev and n1 in ev


def test_same_route_step_acted_on_two_desks(pair, link):
    a1, a2 = pair
    doc = _shared_doc(a1, a2, "Budget review", register=True)
    a1.ctx.routing.set_route(doc, [[StepSpec("review", assignee_user_id="u-a-admin")]])
    a1.engine.sync_now()
    a2.engine.sync_now()
    with a2.ctx.db.read() as s:
        step_id = s.execute(select(RouteStep.id).where(RouteStep.document_id == doc, RouteStep.state == "active")).scalar()
    assert step_id is not None  # the route came over to the second desk
    link.set_online(False)
    a1.ctx.routing.act(step_id, "done", "Looks right")
    a2.ctx.routing.act(step_id, "return", "Numbers are wrong")
    link.set_online(True)
    a1.engine.sync_now()
    assert a2.engine.sync_now().conflicts == 1
    [c] = a2.engine.conflicts()
    assert c.kind == "route" and c.op_type == "route.step_act"
    assert c.local["payload"]["action"] == "return"  # a return travels as a return (it used to be sent as "reject")
    step = next(st for st in c.remote["route"]["steps"] if st["step_id"] == step_id)
    assert step["state"] == "done" and step["comment"] == "Looks right"
    assert _in_conflicts_queue(a2, doc)
    a2.engine.resolve_conflict(c.id, "theirs")
    with a2.ctx.db.read() as s:
        assert s.get(RouteStep, step_id).state == "done"
    assert not a2.doc(doc).has_conflict


def test_a_settled_conflict_goes_up_at_once(pair, link):
    """Seen in the walk: the merge chosen in the Conflicts dialog waited for the idle long-poll (up to
    25 s) before it went up, the indicator saying "everything sent · 1 waiting" meanwhile. A settled
    conflict wakes the engine as any local change does."""
    from desktop_app.services.types import SyncState
    from desktop_app.sync.engine import IDLE_WAIT
    from tests.sync.test_state_machine import Watch, _wait_polling

    a1, a2 = pair
    doc = _shared_doc(a1, a2, "Bridge repair")
    link.set_online(False)
    a1.ctx.documents.update_document(doc, subject="Bridge repair — spring")
    a2.ctx.documents.update_document(doc, subject="Bridge repair — autumn")
    link.set_online(True)
    a1.engine.sync_now()
    assert a2.engine.sync_now().conflicts == 1
    [c] = a2.engine.conflicts()
    watch = Watch(a2)
    a2.engine.start()  # idle with the conflict open: it needs a person, and long-polls meanwhile
    watch.until(lambda st: st.state == SyncState.NEEDS_ATTENTION, 30)
    _wait_polling()
    try:
        mark = watch.mark()
        t0 = time.monotonic()
        a2.engine.resolve_conflict(c.id, "merge", {"subject": "Bridge repair — spring and autumn"})
        _, t_sending, _ = watch.until(lambda st: st.state == SyncState.SENDING, 20, since=mark)
        assert t_sending - t0 < IDLE_WAIT / 2, "the settled conflict waited for the idle long-poll to end"
        watch.until(lambda st: st.state == SyncState.UP_TO_DATE and st.ops_waiting == 0, 20, since=mark)
    finally:
        a2.engine.stop()
    a1.engine.sync_now()
    assert a1.doc(doc).subject == "Bridge repair — spring and autumn"
