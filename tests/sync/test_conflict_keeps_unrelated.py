"""Settling one field's conflict never throws away the desk's other work on the document (issue 14
item 5): desks A and B both change a document's subject offline, and B's head also writes a
resolution on it (``resolution.create`` + ``route.set``). B takes the server's subject; the
resolution and the route still reach the server and desk A, and the desks end up alike. An op that
truly cannot apply any more is shown to the person, in words, and the desks do not diverge."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import OutboxOp, Resolution, RouteStep
from desktop_app.services.types import ResolutionInput
from tests.sync.conftest import url_via
from tests.sync.desks import Desk


@pytest.fixture
def clerk_and_head(tmp_path, link, test_ca, keyring_backend):
    desks = [Desk(tmp_path / ws, url_via(link), test_ca.ca_pem, ws, user, keyring_backend)
             for ws, user in (("ws-a-1", "admin"), ("ws-a-2", "head"))]
    yield desks
    for d in desks:
        d.close()


def _route(desk: Desk, doc: str) -> list[tuple]:
    with desk.ctx.db.read() as s:
        return sorted((st.kind, st.assignee_user_id, st.state) for st in s.execute(
            select(RouteStep).where(RouteStep.document_id == doc)).scalars())


def _both_edit_offline(a: Desk, b: Desk, link, subject: str, on_a: str, on_b: str) -> str:  # noqa: ANN001
    """A registered document both desks have; then, offline, each gives it a subject of its own."""
    doc = a.import_pdf(subject)
    a.register(doc)
    a.engine.sync_now()
    b.engine.sync_now()
    link.set_online(False)
    a.ctx.documents.update_document(doc, subject=on_a)
    b.ctx.documents.update_document(doc, subject=on_b)
    return doc


def test_taking_the_servers_subject_keeps_the_resolution(clerk_and_head, link):
    a, b = clerk_and_head
    doc = _both_edit_offline(a, b, link, "Water pipe on Nizami street", "Water pipe — burst, urgent",
                             "Water pipe — planned repair")
    res = b.ctx.routing.create_resolution(doc, ResolutionInput("Send a crew and report", "u-a-executor",
                                                               deadline=local_today() + dt.timedelta(days=10)))
    link.set_online(True)
    a.engine.sync_now()
    assert b.engine.sync_now().conflicts == 1
    [c] = b.engine.conflicts()
    assert c.kind == "field"
    b.engine.resolve_conflict(c.id, "theirs")
    with b.ctx.db.read() as s:
        states = dict(s.execute(select(OutboxOp.op_type, OutboxOp.state).where(OutboxOp.document_id == doc,
                                                                              OutboxOp.op_type != "document.update")).all())
    assert OutboxOp.SUPERSEDED not in states.values(), states
    b.engine.sync_now()
    a.engine.sync_now()
    assert a.doc(doc).subject == b.doc(doc).subject == "Water pipe — burst, urgent"
    with a.ctx.db.read() as s:
        got = s.get(Resolution, res.id)
        assert got is not None and got.state == Resolution.ACTIVE and got.executor_id == "u-a-executor"
    assert _route(a, doc) == _route(b, doc)
    assert ("execute", "u-a-executor", "active") in _route(a, doc)
    assert b.engine.waiting() == [] and b.engine.conflicts() == []


def _resolutions(desk: Desk, doc: str) -> list[tuple]:
    with desk.ctx.db.read() as s:
        return sorted((r.id, r.state) for r in s.execute(select(Resolution).where(Resolution.document_id == doc)).scalars())


def test_an_op_that_cannot_apply_is_shown_and_the_desks_agree(clerk_and_head, link):
    """A archived the document while B wrote a resolution: once B takes the server's subject, the
    resolution goes up, the server refuses it (archived), and B is told so in words -- a conflict
    of its own, not a silent drop; taking the server's version again leaves B as A and the server."""
    from desktop_app.messages import describe_op_error
    from desktop_app.i18n import set_language

    a, b = clerk_and_head
    doc = _both_edit_offline(a, b, link, "Old street lights", "Old street lights — closed", "Old street lights — replace")
    a.ctx.documents.set_status(doc, "archived")
    res = b.ctx.routing.create_resolution(doc, ResolutionInput("Replace them", "u-a-executor", control=False))
    link.set_online(True)
    a.engine.sync_now()
    b.engine.sync_now()
    [c] = b.engine.conflicts()
    b.engine.resolve_conflict(c.id, "theirs")
    assert b.engine.sync_now().conflicts == 1
    [c2] = b.engine.conflicts()
    assert c2.op_type == "resolution.create" and b.engine.status().state == "needs_attention"
    set_language("az")
    try:
        told = describe_op_error(f"{c2.error_code}: {c2.message}").text
    finally:
        set_language("en")
    assert told and "archived" not in told and c2.message not in told
    assert _resolutions(b, doc) == [(res.id, Resolution.ACTIVE)]  # nothing dropped before the person decides
    b.engine.resolve_conflict(c2.id, "theirs")
    b.engine.sync_now()
    a.engine.sync_now()
    assert _resolutions(b, doc) == _resolutions(a, doc) == []
    assert [st for st in _route(b, doc) if st[2] in ("active", "waiting")] == []
    assert b.doc(doc).subject == a.doc(doc).subject == "Old street lights — closed"
    assert b.engine.conflicts() == [] and b.engine.status().state == "up_to_date"
