"""GUI fixtures: a real main window on a real profile, dialogs answered by a scripted service."""
import pytest

from tests.qt_helpers import ScriptedDialogs, open_window


@pytest.fixture
def dialogs():
    return ScriptedDialogs()


@pytest.fixture
def window(qtbot, ctx, dialogs):
    with open_window(qtbot, ctx, dialogs) as w:
        yield w
