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
