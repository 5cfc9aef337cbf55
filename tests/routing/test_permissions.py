"""Permission matrix: who may write resolutions, route, act, register, dispatch, remove control."""
import pytest

from desktop_app.errors import PermissionDenied
from desktop_app.routing.templates import StepSpec
from desktop_app.services.types import ResolutionInput
from desktop_app.services.types import RegisterInput
from tests import helpers
from tests.routing.conftest import as_user, outgoing_draft, registered_letter

USERS = ("clerk", "head", "deputy", "exec", "admin")


def _resolve(office, doc):
    return office.routing.create_resolution(doc, ResolutionInput("Do it", "u-exec", days=2))


def _register(office, doc):
    office.documents.register(doc, RegisterInput("IN"))


MATRIX = {
    # action: users allowed
    "write resolution": {"head", "admin"},
    "register": {"clerk", "admin"},
    "route someone else's draft": {"clerk", "head", "admin"},
    "act on exec's step": {"exec"},
    "dispatch": {"clerk", "admin"},
}


@pytest.mark.parametrize("user", USERS)
def test_permission_matrix(office, user):
    letter = registered_letter(office, subject=f"Letter for {user}")
    as_user(office, "clerk")
    fresh = office.documents.create_document(helpers.make_pdf(f"fresh {user}"), "f.pdf", "incoming").id
    draft = outgoing_draft(office, author="exec2", subject=f"Draft {user}")
    as_user(office, "head")
    _resolve(office, letter)
    step = next(s for s in office.routing.timeline(letter).active_steps if s.assignee_user_id == "u-exec")

    actions = {
        "write resolution": lambda: _resolve(office, letter),
        "register": lambda: _register(office, fresh),
        "route someone else's draft": lambda: office.routing.set_route(draft, [[StepSpec("endorse", "u-deputy")]]),
        "act on exec's step": lambda: office.routing.act(step.id, "done"),
        "dispatch": lambda: office.routing.dispatch(draft, ["AZ-0002"]),
    }
    as_user(office, user)
    for name, fn in actions.items():
        allowed = user in MATRIX[name]
        try:
            fn()
        except PermissionDenied:
            assert not allowed, f"{user} should be allowed to {name}"
        except Exception:  # noqa: BLE001 - allowed, but refused later for a business reason (e.g. not signed)
            assert allowed, f"{user} passed the permission check for {name}"
        else:
            assert allowed, f"{user} should not be allowed to {name}"


def test_roles_come_from_the_refreshed_staff_list(office):
    doc = registered_letter(office)
    as_user(office, "exec")
    with pytest.raises(PermissionDenied):
        office.routing.create_resolution(doc, ResolutionInput("t", "u-exec2", days=1))
    from tests.routing.conftest import INSTITUTIONS, STAFF
    promoted = [dict(u, roles=["executor", "head"]) if u["username"] == "exec" else u for u in STAFF]
    office.routing.replace_directory(promoted, INSTITUTIONS)  # as sync would after the server changed roles
    assert office.user.has_role("head")
    office.routing.create_resolution(doc, ResolutionInput("t", "u-exec2", days=1))
