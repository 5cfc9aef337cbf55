"""Route templates: validation, expansion (author / role / user), storage, applying to a document."""
import pytest

from desktop_app.errors import InvalidInput, NotFound, PermissionDenied
from desktop_app.routing.templates import StaffEntry, TemplateInfo, builtin_templates, expand, validate_stages
from tests.routing.conftest import as_user, ops, outgoing_draft

STAFF = [StaffEntry("u-h", "head", frozenset({"head"})), StaffEntry("u-c", "clerk", frozenset({"clerk"})),
         StaffEntry("u-e1", "e1", frozenset({"executor"})), StaffEntry("u-e2", "e2", frozenset({"executor"}))]


def test_builtin_outgoing_template_expands_to_people():
    tpl = next(t for t in builtin_templates() if t.doc_kind == "outgoing")
    stages = expand(tpl, STAFF, author_id="u-e1")
    assert [[(s.kind, s.assignee_user_id, s.assignee_role) for s in st] for st in stages] == [
        [("execute", "u-e1", None)],  # executor drafts (the author)
        [("endorse", "u-h", None)],  # the only head
        [("execute", "u-c", None)],  # the clerk registers it (numbered before it is signed)
        [("sign", "u-h", None)],
        [("execute", "u-c", None)],  # the clerk dispatches
    ]
    assert all(s.duration_days for st in stages for s in st)


def test_role_with_several_holders_stays_a_role_and_user_spec():
    tpl = TemplateInfo("Memo", "internal", (({"kind": "acknowledge", "assignee": "role:executor", "days": 2},
                                             {"kind": "review", "assignee": "user:clerk"}),))
    (stage,) = expand(tpl, STAFF, None)
    assert (stage[0].assignee_user_id, stage[0].assignee_role) == (None, "executor")
    assert stage[1].assignee_user_id == "u-c" and stage[1].duration_days is None


@pytest.mark.parametrize("stages, msg", [
    ([], "at least one stage"),
    ([[]], "no steps"),
    ([[{"kind": "dance", "assignee": "author"}]], "Unknown step kind"),
    ([[{"kind": "sign", "assignee": "role:king"}]], "not an assignee"),
    ([[{"kind": "sign", "assignee": "head"}]], "not an assignee"),
    ([[{"kind": "sign", "assignee": "author", "days": -1}]], "0 to 365"),
    ([[{"kind": "sign", "assignee": "author", "days": "3"}]], "0 to 365"),
])
def test_bad_templates_are_refused(stages, msg):
    with pytest.raises(InvalidInput, match=msg):
        validate_stages(stages)


def test_expand_errors():
    with pytest.raises(InvalidInput, match="ghost"):
        expand(TemplateInfo("x", "internal", (({"kind": "sign", "assignee": "user:ghost"},),)), STAFF, None)
    with pytest.raises(InvalidInput, match="author"):
        expand(TemplateInfo("x", "internal", (({"kind": "sign", "assignee": "author"},),)), STAFF, None)


def test_saved_template_overrides_builtin_and_applies(office):
    as_user(office, "exec")
    with pytest.raises(PermissionDenied):
        office.routing.save_template("Outgoing letter", "outgoing", [[{"kind": "sign", "assignee": "role:head"}]])
    as_user(office, "clerk")
    office.routing.save_template("Outgoing letter", "outgoing", [
        [{"kind": "execute", "assignee": "author", "days": 1, "label": "Draft"}],
        [{"kind": "endorse", "assignee": "user:deputy", "days": 1}, {"kind": "endorse", "assignee": "user:clerk", "days": 1}],
        [{"kind": "sign", "assignee": "role:head", "days": 1}],
    ])
    names = [t.name for t in office.routing.templates("outgoing")]
    assert names.count("Outgoing letter") == 1
    doc = outgoing_draft(office)
    plan = office.routing.expand_template(doc, "Outgoing letter")
    # the head role has two holders here (head, admin): it stays a role
    assert [len(st) for st in plan] == [1, 2, 1] and plan[2][0].assignee_role == "head"
    tl = office.routing.apply_template(doc, "Outgoing letter")
    assert [s.assignee_user_id for s in tl.active_steps] == ["u-exec"]
    assert len(ops(office, doc, "route.set")[0][2]["steps"]) == 4
    with pytest.raises(NotFound):
        office.routing.expand_template(doc, "No such template")
