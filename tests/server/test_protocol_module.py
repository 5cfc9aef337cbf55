"""docflow_protocol: the pure validators the client and the server share."""
from __future__ import annotations

import pytest

from docflow_protocol import (
    ALL_OP_TYPES, COMMUTATIVE_OP_TYPES, OP_ROLES, validate_file_name, validate_operation,
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
