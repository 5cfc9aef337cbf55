"""A route-step action lives in few places: the protocol's action and the state it leads to
(docflow_protocol), the local action in desktop_app/routing/steps.py, its words (steps, history) and
its button. This checks that each local action and each protocol action meet in those places, so a
new action cannot be half added (pure: no database, no server)."""
from __future__ import annotations

import pytest

from desktop_app import history
from desktop_app.i18n import translate
from desktop_app.routing import steps as K
from docflow_protocol import STEP_STATE_AFTER, StepAction, StepState


def test_local_and_protocol_actions_map_one_to_one():
    assert set(K.PROTOCOL_ACTION) == set(K.ACTIONS)
    assert set(K.PROTOCOL_ACTION.values()) == {a.value for a in StepAction}
    assert {v: k for k, v in K.PROTOCOL_ACTION.items()} == K.FROM_PROTOCOL_ACTION
    assert K.PROTOCOL_ACTION[K.RETURN] == StepAction.RETURN.value != K.PROTOCOL_ACTION[K.DECLINE]


@pytest.mark.parametrize("action", K.ACTIONS)
def test_each_action_ends_where_the_protocol_says(action):
    """The state a local action leaves a step in is the one another desk reads back from the server."""
    protocol_state = STEP_STATE_AFTER[K.PROTOCOL_ACTION[action]]
    assert K.FROM_PROTOCOL_STATE[protocol_state] == K.RESULT_STATE[action]
    assert action in {a for allowed in K.ALLOWED_ACTIONS.values() for a in allowed}


@pytest.mark.parametrize("action", K.ACTIONS)
def test_each_action_has_its_words(action):
    assert K.action_label(action) != action
    generic = translate("History", "Acted on the step “{kind}”").format(kind=K.kind_label(K.ENDORSE))
    assert history.describe(f"route.{action}", {"kind": K.ENDORSE}) not in (generic, action)


def test_every_final_protocol_state_has_a_local_word():
    assert set(K.FROM_PROTOCOL_STATE) == {s.value for s in StepState} - {StepState.PENDING.value}
