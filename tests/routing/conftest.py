"""Routing fixtures: a profile whose staff list and directory came from server-shaped data."""
from __future__ import annotations

import pytest

from desktop_app.services.types import RegisterInput
from tests import helpers

STAFF = [
    {"id": "u-admin", "username": "admin", "full_name": "Admin", "roles": ["admin", "clerk", "head"]},
    {"id": "u-clerk", "username": "clerk", "full_name": "Aynur Clerk", "roles": ["clerk"]},
    {"id": "u-head", "username": "head", "full_name": "Rashad Head", "roles": ["head"]},
    {"id": "u-deputy", "username": "deputy", "full_name": "Leyla Deputy", "roles": ["executor"]},
    {"id": "u-exec", "username": "exec", "full_name": "Elvin Executor", "roles": ["executor"]},
    {"id": "u-exec2", "username": "exec2", "full_name": "Nigar Executor", "roles": ["executor"]},
]
INSTITUTIONS = [
    {"registry_code": "AZ-0001", "name": "Demo Municipality A"},
    {"registry_code": "AZ-0002", "name": "District School B"},
    {"registry_code": "AZ-0003", "name": "Village Clinic C"},
]


def make_office(root):
    """A context as user ``admin`` with the staff and directory loaded from server-shaped data."""
    ctx = helpers.make_ctx(root, username="admin")
    ctx.routing.replace_directory(STAFF, INSTITUTIONS, own_registry_code="AZ-0001", own_name="Demo Municipality A")
    return ctx


@pytest.fixture
def office(tmp_path):
    c = make_office(tmp_path / "profile")
    yield c
    c.close()


def as_user(ctx, username):
    ctx.switch_user(username)
    return ctx


def registered_letter(ctx, subject="Water supply", text=None):
    """As the clerk: import and register an incoming letter; returns its id."""
    as_user(ctx, "clerk")
    text = text or f"Letter about {subject}"
    row = ctx.documents.create_document(helpers.make_pdf(text), f"{subject}.pdf", "incoming", subject=subject)
    ctx.documents.register(row.id, RegisterInput("IN", correspondent="Ministry"))
    return row.id


def outgoing_draft(ctx, author="exec", subject="Reply on water supply"):
    as_user(ctx, author)
    row = ctx.documents.create_document(helpers.make_pdf(subject), f"{subject}.pdf", "outgoing", subject=subject)
    return row.id


def ops(ctx, doc_id=None, op_type=None):
    from sqlalchemy import select

    from desktop_app.db.models import OutboxOp

    with ctx.db.read() as s:
        stmt = select(OutboxOp).order_by(OutboxOp.seq)
        if doc_id:
            stmt = stmt.where(OutboxOp.document_id == doc_id)
        if op_type:
            stmt = stmt.where(OutboxOp.op_type == op_type)
        return [(o.id, o.op_type, dict(o.payload), o.base_version) for o in s.execute(stmt).scalars()]
