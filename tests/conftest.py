"""Suite-wide set-up: no display (Qt offscreen), shared fixtures from tests/helpers.py."""
import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

from tests import helpers  # noqa: E402

pytest_plugins = ["tests.watchdog"]  # a test past its time, teardown included, ends loudly


@pytest.fixture(autouse=True)
def _collectable_after_the_test():
    """A window's task manager moves what is alive to the collector's permanent generation when its
    work goes idle (ui/tasks.py, keep_out_of_full_collections); after the test its objects must be
    collectable again, or every test would keep the last one's."""
    yield
    gc.unfreeze()


# The server suite's tally of hostile requests and fuzz cases (tests/server/conftest.py counts),
# printed at the end; under xdist each worker hands its part to the controller.

def pytest_sessionfinish(session):
    if hasattr(session.config, "workeroutput"):
        data = session.config.stash.get(helpers.SERVER_TALLY, {})
        session.config.workeroutput["docflow_tally"] = [[b, k, e["requests"], e["5xx"]] for (b, k), e in data.items()]


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    total = node.config.stash.setdefault(helpers.SERVER_TALLY, {})
    for backend, kind, requests, fivexx in getattr(node, "workeroutput", {}).get("docflow_tally", []):  # none if it crashed
        entry = total.setdefault((backend, kind), {"requests": 0, "5xx": 0})
        entry["requests"] += requests
        entry["5xx"] += fivexx


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    data = config.stash.get(helpers.SERVER_TALLY, {})
    if not data:
        return
    terminalreporter.section("hostile requests and fuzz cases (server)")
    for (backend, kind), entry in sorted(data.items()):
        terminalreporter.write_line(f"{backend:9} {kind:8} {entry['requests']:6} requests, 5xx seen: {entry['5xx']}")


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
