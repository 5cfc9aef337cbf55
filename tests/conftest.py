"""Suite-wide set-up: no display (Qt offscreen), shared fixtures from tests/helpers.py."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

from tests import helpers  # noqa: E402


@pytest.fixture
def ctx(tmp_path):
    """A fresh profile in a real SQLite file under tmp_path."""
    c = helpers.make_ctx(tmp_path / "profile")
    yield c
    c.close()


@pytest.fixture
def dialogs():
    """Message boxes and file pickers answered by a script (tests.qt_helpers.ScriptedDialogs)."""
    from tests.qt_helpers import ScriptedDialogs  # Qt only for the GUI tests

    return ScriptedDialogs()


@pytest.fixture
def window(qtbot, ctx, dialogs):
    """The real main window on the ``ctx`` profile (an area may override ``ctx``)."""
    from tests.qt_helpers import open_window

    with open_window(qtbot, ctx, dialogs) as w:
        yield w


@pytest.fixture(scope="session")
def keyring_env():
    """Environment for child processes: a real gnome-keyring Secret Service on a private D-Bus
    (the sync suite's ``secret_service`` points this process itself at one)."""
    from tests.tools import secretservice

    missing = secretservice.available()
    if missing:
        pytest.fail(f"Secret Service for the keyring checks: {missing}")
    session = secretservice.SecretServiceSession.start()
    yield {k: session.env[k] for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}
    session.stop()
