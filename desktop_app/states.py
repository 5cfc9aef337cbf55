"""The document state machine: the only place that says which status may follow which."""
from __future__ import annotations

from desktop_app.errors import ForbiddenTransition
from desktop_app.i18n import translate

DRAFT, REGISTERED, IN_ROUTE, SIGNED, DISPATCHED, ARCHIVED = (
    "draft", "registered", "in_route", "signed", "dispatched", "archived",
)
STATUSES = (DRAFT, REGISTERED, IN_ROUTE, SIGNED, DISPATCHED, ARCHIVED)
#: The outbox op of a local status change (only archiving has a protocol form: ``document.archive``).
OP_STATUS = "document.status"

ALLOWED: dict[str, frozenset[str]] = {
    DRAFT: frozenset({REGISTERED, IN_ROUTE, SIGNED, ARCHIVED}),
    REGISTERED: frozenset({IN_ROUTE, SIGNED, DISPATCHED, ARCHIVED}),
    IN_ROUTE: frozenset({DRAFT, REGISTERED, SIGNED, DISPATCHED, ARCHIVED}),  # dispatch: the clerk's route step
    SIGNED: frozenset({REGISTERED, IN_ROUTE, DISPATCHED, ARCHIVED}),
    DISPATCHED: frozenset({ARCHIVED}),
    ARCHIVED: frozenset(),
}


def status_label(status: str, received: bool = False) -> str:
    """The status in words; a letter that arrived by dispatch and is not registered yet is "Received"."""
    if received and status == DRAFT:
        return translate("Status", "Received")
    return {
        DRAFT: translate("Status", "Draft"),
        REGISTERED: translate("Status", "Registered"),
        IN_ROUTE: translate("Status", "In route"),
        SIGNED: translate("Status", "Signed"),
        DISPATCHED: translate("Status", "Dispatched"),
        ARCHIVED: translate("Status", "Archived"),
    }.get(status, status)


def check_transition(current: str, new: str) -> None:
    """Raise ForbiddenTransition unless ``current`` → ``new`` is allowed."""
    if new not in STATUSES:
        raise ForbiddenTransition(translate("Status", "Unknown document status: {status}").format(status=new))
    if new not in ALLOWED.get(current, frozenset()):
        raise ForbiddenTransition(
            translate("Status", "A document that is {current} cannot become {new}.").format(
                current=status_label(current), new=status_label(new)
            )
        )
