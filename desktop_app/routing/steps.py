"""Step kinds, step states, the actions a person takes, and which action fits which step.

A route is an ordered list of stages; each stage is one or more parallel steps. Steps of
the lowest unfinished stage are ``active``; the rest ``waiting``. When every step of the
active stage is done, the next stage activates. A ``decline`` or ``return`` stops the
route: the step ends ``declined`` / ``returned``, the other live steps end ``cancelled``,
and a "Rework" step goes to the document's author, whose ``done`` restarts the route from
the stage that was stopped (the re-endorsement).
"""
from __future__ import annotations

from desktop_app.errors import ForbiddenTransition, InvalidInput
from desktop_app.i18n import translate
from docflow_protocol import StepAction, StepState

REVIEW, ENDORSE, SIGN, EXECUTE, ACKNOWLEDGE = "review", "endorse", "sign", "execute", "acknowledge"
KINDS = (REVIEW, ENDORSE, SIGN, EXECUTE, ACKNOWLEDGE)

WAITING, ACTIVE, DONE, DECLINED, RETURNED, CANCELLED = "waiting", "active", "done", "declined", "returned", "cancelled"
STATES = (WAITING, ACTIVE, DONE, DECLINED, RETURNED, CANCELLED)
LIVE_STATES = (WAITING, ACTIVE)
FINAL_STATES = (DONE, DECLINED, RETURNED, CANCELLED)

APPROVE, DECLINE, RETURN, COMPLETE, ACK = "approve", "decline", "return", "done", "acknowledge"
ACTIONS = (APPROVE, DECLINE, RETURN, COMPLETE, ACK)

#: Which actions each kind of step accepts.
ALLOWED_ACTIONS: dict[str, tuple[str, ...]] = {
    REVIEW: (COMPLETE, RETURN),
    ENDORSE: (APPROVE, DECLINE, RETURN),
    SIGN: (APPROVE, DECLINE, RETURN),
    EXECUTE: (COMPLETE, RETURN),
    ACKNOWLEDGE: (ACK,),
}

#: Where each action takes an active step.
RESULT_STATE = {APPROVE: DONE, COMPLETE: DONE, ACK: DONE, DECLINE: DECLINED, RETURN: RETURNED}

#: The protocol's ``route.step_act`` action for each local action (docs/protocol.md §5.1): a decline
#: is the protocol's ``reject``, a return its ``return`` (other desks show each as what it was).
PROTOCOL_ACTION = {APPROVE: StepAction.APPROVE.value, COMPLETE: StepAction.DONE.value, ACK: StepAction.ACKNOWLEDGE.value,
                   DECLINE: StepAction.REJECT.value, RETURN: StepAction.RETURN.value}
#: A protocol action in local words.
FROM_PROTOCOL_ACTION = {proto: local for local, proto in PROTOCOL_ACTION.items()}
#: A final protocol step state in local words (``pending`` is active or waiting: see ``routing/remote.py``).
FROM_PROTOCOL_STATE = {StepState.APPROVED.value: DONE, StepState.DONE.value: DONE, StepState.ACKNOWLEDGED.value: DONE,
                       StepState.REJECTED.value: DECLINED, StepState.RETURNED.value: RETURNED}

STOPS_ROUTE = (DECLINE, RETURN)
NEEDS_REASON = (DECLINE, RETURN)


def kind_label(kind: str) -> str:
    return {
        REVIEW: translate("Routing", "Review"),
        ENDORSE: translate("Routing", "Endorse"),
        SIGN: translate("Routing", "Sign"),
        EXECUTE: translate("Routing", "Execute"),
        ACKNOWLEDGE: translate("Routing", "Acknowledge"),
    }.get(kind, kind)


def state_label(state: str) -> str:
    return {
        WAITING: translate("Routing", "Waiting"),
        ACTIVE: translate("Routing", "Active"),
        DONE: translate("Routing", "Done"),
        DECLINED: translate("Routing", "Declined"),
        RETURNED: translate("Routing", "Returned"),
        CANCELLED: translate("Routing", "Cancelled"),
    }.get(state, state)


def action_label(action: str) -> str:
    return {
        APPROVE: translate("Routing", "Approve"),
        DECLINE: translate("Routing", "Decline"),
        RETURN: translate("Routing", "Return"),
        COMPLETE: translate("Routing", "Done"),
        ACK: translate("Routing", "Acknowledge"),
    }.get(action, action)


def check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise InvalidInput(translate("Routing", "Unknown step kind: {kind}").format(kind=kind))


def check_action(kind: str, state: str, action: str, comment: str) -> str:
    """Return the state ``action`` takes a ``kind`` step in ``state`` to, or raise why it cannot."""
    if action not in ACTIONS:
        raise InvalidInput(translate("Routing", "Unknown step action: {action}").format(action=action))
    if state != ACTIVE:
        raise ForbiddenTransition(translate("Routing", "This {kind} step is {state}; only an active step can be acted on.").format(
            kind=kind_label(kind), state=state_label(state)))
    if action not in ALLOWED_ACTIONS.get(kind, ()):
        raise ForbiddenTransition(translate("Routing", "A {kind} step cannot be given '{action}'.").format(
            kind=kind_label(kind), action=action_label(action)))
    if action in NEEDS_REASON and not comment.strip():
        raise InvalidInput(translate("Routing", "Write the reason for '{action}'.").format(action=action_label(action)))
    return RESULT_STATE[action]
