"""The same route via sync between two workstations of one institution (and a recipient desk),
against the real reference server behind TLS, with the real sync engine and OS keyring.

ws-a-1 is shared by the clerk and the executor (each logs in before pushing their work),
ws-a-2 is the head's laptop, ws-b-1 the recipient institution's clerk. Route: register →
resolution → executor drafts a reply → endorse → sign (real PAdES) → register → dispatch →
delivery + registration receipts. Then one step is acted on at two desks while offline: the
server applies one, and the other is surfaced as a conflict, never silently doubled.

The head first declines the endorsement: the draft goes back to its author as a rework step, the
executor reworks it, and the head endorses the second time — all across the two desks.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.db.models import Document, OutboxOp
from desktop_app.routing.templates import StepSpec
from desktop_app.services.types import ResolutionInput
from desktop_app.signing.identities import Pkcs12Identity
from tests.sync.conftest import keyring_backend, link, secret_service, test_ca, tls_server, url_via  # noqa: F401
from tests.sync.desks import Desk, settle
from tests.tools.testca import make_signer_p12

pytestmark = pytest.mark.slow


@pytest.fixture
def desks(tmp_path, link, test_ca, keyring_backend):  # noqa: F811 - fixtures imported from the sync suite
    made = [Desk(tmp_path / ws, url_via(link), test_ca.ca_pem, ws, user, keyring_backend)
            for ws, user in (("ws-a-1", "clerk"), ("ws-a-2", "head"), ("ws-b-1", "clerk"))]
    yield made
    for d in made:
        d.close()


def login(desk: Desk, username: str) -> None:
    """A person sits down at a shared desk: their token for pushing, their identity for acting."""
    desk.engine.login(username, f"demo-{username}")
    desk.ctx.switch_user(username)


def steps(desk: Desk, doc_id: str) -> list[tuple]:
    return [(s.id, s.kind, s.state) for s in desk.ctx.routing.timeline(doc_id).steps]


def test_route_between_two_workstations(desks, link):  # noqa: F811
    a1, a2, b1 = desks
    settle(a1, a2, b1)
    assert a1.ctx.routing.staff() and a2.ctx.user.id == "u-a-head"  # staff list and roles from the server

    # clerk at ws-a-1 registers the letter
    letter = a1.import_pdf("Water supply complaint")
    a1.register(letter)
    settle(a1, a2)
    # the head at ws-a-2 writes the resolution (offline, then syncs)
    link.set_online(False)
    res = a2.ctx.routing.create_resolution(letter, ResolutionInput("Prepare a reply", "u-a-executor", days=3))
    link.set_online(True)
    settle(a2, a1)

    # the executor sits down at ws-a-1: the assignment is there, with its due date
    login(a1, "executor")
    (mine,) = a1.ctx.routing.my_assignments().rows
    assert mine.document_id == letter and mine.deadline == res.deadline
    a1.ctx.routing.act(mine.step_id, "done", "Reply drafted")
    reply = a1.ctx.templates.create_draft("letter", {"addressee": "Nümunə Məktəbi", "subject": "Reply on water supply",
                                                   "body": "Su təchizatı barədə məktubunuza cavab." * 400,  # in parts
                                                   "reply_to_number": "12-3/45", "reply_to_date": "20.11.2026"}).id
    settle(a1, a2)
    assert a2.ctx.routing.timeline(letter).steps[-1].state == "done"
    # the letter's fields came with it (they stayed on ws-a-1): its addressee is the correspondent here, and the
    # head's desk, which has no number for it yet, refuses to sign it before its registration fills the number in
    with a1.ctx.db.read() as s1, a2.ctx.db.read() as s2:
        written, received = s1.get(Document, reply).template, s2.get(Document, reply).template
    assert received == written and received["fields"]["reply_to_number"] == "12-3/45"
    assert len(received["fields"]["body"]) > 10_000 and received["fields"]["reply_to_date"] == "20.11.2026"
    assert a2.ctx.documents.get_document(reply).correspondent == "Nümunə Məktəbi"
    assert "is not registered yet" in (a2.ctx.templates.not_ready_to_sign(reply) or "")

    # the clerk routes the reply by template (the protocol lets office roles set routes)
    login(a1, "clerk")
    a1.ctx.routing.apply_template(reply, "Outgoing letter")
    settle(a1)
    login(a1, "executor")
    (draft,) = a1.ctx.routing.timeline(reply).active_steps
    a1.ctx.routing.act(draft.id, "done")
    settle(a1, a2)

    # the endorsement's deadline, counted on ws-a-1 when its stage started, is on the head's laptop too
    (endorse_a1,) = a1.ctx.routing.timeline(reply).active_steps
    assert endorse_a1.deadline is not None
    assert [st.deadline for st in a2.ctx.routing.timeline(reply).active_steps] == [endorse_a1.deadline]

    # the head declines the first endorsement on ws-a-2: the draft returns to its author
    (endorse,) = a2.ctx.routing.timeline(reply).active_steps
    assert endorse.kind == "endorse" and endorse.assignee_user_id == "u-a-head"
    a2.ctx.routing.act(endorse.id, "decline", "Cite the ministry's letter number")
    settle(a2, a1)
    login(a1, "executor")
    (rework,) = a1.ctx.routing.timeline(reply).active_steps
    assert rework.assignee_user_id == "u-a-executor"  # the author, known on ws-a-2 from the server's created_by
    assert [x.state for x in a1.ctx.routing.timeline(reply).steps if x.kind == "endorse"] == ["declined", "waiting"]
    a1.ctx.routing.act(rework.id, "done", "Number cited")
    settle(a1, a2)

    # ... and endorses the reworked draft: the new endorsement, made on ws-a-2 when the head declined,
    # started on ws-a-1 with the allowance ws-a-2 sent (route.set steps carry `days`), so it has its
    # deadline on both desks (without `days` ws-a-1 started it with none)
    (endorse,) = a2.ctx.routing.timeline(reply).active_steps
    assert endorse.kind == "endorse" and endorse.state == "active"
    assert endorse.deadline is not None
    assert [st.deadline for st in a1.ctx.routing.timeline(reply).active_steps] == [endorse.deadline]
    a2.ctx.routing.act(endorse.id, "approve")
    settle(a2, a1)

    # the clerk at ws-a-1 registers it before it is signed: the registration does her route step
    # (its stage started on ws-a-2, counted there from the allowance the route carries)
    login(a1, "clerk")
    (register,) = a1.ctx.routing.timeline(reply).active_steps
    assert register.deadline is not None
    assert [st.deadline for st in a2.ctx.routing.timeline(reply).active_steps] == [register.deadline]
    a1.register(reply, journal="OUT", correspondent="AZ-0002")
    assert [x.state for x in a1.ctx.routing.timeline(reply).steps if x.id == register.id] == ["done"]
    settle(a1, a2)

    # the head signs on ws-a-2
    (sign,) = a2.ctx.routing.timeline(reply).active_steps
    assert sign.kind == "sign"
    identity = Pkcs12Identity.from_bytes(make_signer_p12(), "signer-pass", label="head")
    signed = a2.ctx.signing.sign_document(reply, identity)  # completes her signing step
    assert [x.state for x in a2.ctx.routing.timeline(reply).steps if x.id == sign.id] == ["done"]
    settle(a2, a1)

    # the clerk at ws-a-1 dispatches it (the signed PDF arrived with the sync)
    assert a1.ctx.blobs.has(signed.file.sha256)
    a1.ctx.routing.dispatch(reply, ["AZ-0002"], note="Our reply")
    settle(a1, b1, a2)
    with a1.ctx.db.read() as s:
        bad = [(o.op_type, o.state, o.last_error) for o in s.execute(select(OutboxOp)).scalars() if o.state != "done"]
    assert not bad, bad
    (received,) = [d for d in b1.snapshot() if d not in (letter, reply)]
    with b1.ctx.db.read() as s:
        assert s.get(Document, received).template is None  # the writer's template stays in A: B's number is not written in
    b_number = b1.register(received)  # registering it tells the sender: no receipt to remember
    settle(b1, a1, a2)
    settle(a1, a2)

    # both desks of institution A show the same route, and the receipts
    for doc_id in (letter, reply):
        assert steps(a1, doc_id) == steps(a2, doc_id)
    for desk in (a1, a2):
        tl = desk.ctx.routing.timeline(reply)
        assert tl.route_state == "completed"
        (d,) = tl.dispatches
        assert (d.state, d.recipient_number, d.incoming_doc_id) == ("registered", b_number, received)
    with a1.ctx.db.read() as s:
        states = set(s.execute(select(OutboxOp.state)).scalars())
    assert states <= {"done", "local"}


def test_one_step_acted_on_at_two_desks_offline_is_a_conflict(desks, link):  # noqa: F811
    """The head acknowledges on the laptop and, not knowing, again at the office desk: one applies,
    the other comes back as a conflict for a person to see (never a silent double)."""
    a1, a2, _b1 = desks
    settle(a1, a2)
    memo = a1.import_pdf("Circular on heating", kind="internal")
    a1.ctx.routing.set_route(memo, [[StepSpec("acknowledge", "u-a-head")]])
    settle(a1, a2)
    login(a1, "head")
    link.set_online(False)
    (step_a1,) = a1.ctx.routing.timeline(memo).active_steps
    (step_a2,) = a2.ctx.routing.timeline(memo).active_steps
    assert step_a1.id == step_a2.id
    a2.ctx.routing.act(step_a2.id, "acknowledge")
    a1.ctx.routing.act(step_a1.id, "acknowledge", "Seen at the office")
    link.set_online(True)
    settle(a2, a1)
    with a2.ctx.db.read() as s:
        first = s.execute(select(OutboxOp.state).where(OutboxOp.op_type == "route.step_act")).scalar_one()
    with a1.ctx.db.read() as s:
        second = s.execute(select(OutboxOp.state).where(OutboxOp.op_type == "route.step_act")).scalar_one()
    assert (first, second) == ("done", "rejected")
    (conflict,) = a1.engine.conflicts()
    assert conflict.document_id == memo and conflict.kind == "route" and conflict.error_code == "step_not_active"


def test_a_return_reaches_the_other_desk_as_a_return(desks, link):  # noqa: F811
    """A step returned for rework on one desk is "returned" on the other desk too (it used to travel
    as a decline), and in the server's route."""
    a1, a2, _b1 = desks
    settle(a1, a2)
    draft = a1.import_pdf("Budget request draft", kind="outgoing")
    a1.ctx.routing.set_route(draft, [[StepSpec("endorse", "u-a-head")]])
    settle(a1, a2)
    (endorse,) = a2.ctx.routing.timeline(draft).active_steps
    a2.ctx.routing.act(endorse.id, "return", "Add the 2027 figures")
    settle(a2, a1)
    with a2.ctx.db.read() as s:
        sent = s.execute(select(OutboxOp.payload).where(OutboxOp.op_type == "route.step_act")).scalar_one()
    assert sent["action"] == "return"
    for desk in (a1, a2):
        (step,) = [st for st in desk.ctx.routing.timeline(draft).steps if st.id == endorse.id]
        assert (step.state, step.action, step.comment) == ("returned", "return", "Add the 2027 figures"), desk.root
    from desktop_app.db.models import SyncRemote

    with a1.ctx.db.read() as s:
        route = s.get(SyncRemote, draft).state["route"]
    assert [(st["state"], st["action"]) for st in route["steps"] if st["step_id"] == endorse.id] == [("returned", "return")]
