"""The desk against a server from before the push brought the feed back (docs/protocol.md §5): the
real server of the commit before that change, run from a ``git archive`` of it. Such a server
ignores ``feed_cursor`` and answers a push with its results alone (no ``"feed"``); the desk then
asks the page as before (``FeedAhead.carried(None)``), and the cycle's outcome is the same."""
from __future__ import annotations

import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest

from tests.server.serverproc import REPO_ROOT
from tests.sync.desks import Desk
from tests.tools.tls_server import start_tls_server

#: The last commit whose server answers a push without the feed: the parent of "Push brings the
#: feed back: POST /v1/ops?feed_cursor=C".
BEFORE_PUSH_FEED = "10a77a4"


def _archive(commit: str, into: Path) -> Path:
    """The source tree of ``commit`` under ``into`` (skips when this checkout does not hold it)."""
    found = subprocess.run(["git", "-C", str(REPO_ROOT), "rev-parse", "--verify", "--quiet", commit + "^{commit}"],
                           capture_output=True, text=True)
    if found.returncode != 0:
        pytest.skip(f"commit {commit} is not in this checkout (a shallow clone?)")
    with tempfile.TemporaryFile() as tar:
        subprocess.run(["git", "-C", str(REPO_ROOT), "archive", commit], stdout=tar, check=True)
        tar.seek(0)
        with tarfile.open(fileobj=tar) as archive:
            archive.extractall(into, filter="data")
    return into


@pytest.fixture(scope="module")
def older_server(tmp_path_factory, test_ca):
    root = _archive(BEFORE_PUSH_FEED, tmp_path_factory.mktemp("older-tree"))
    assert "feed_cursor" not in (root / "circulation_server" / "routers" / "ops.py").read_text()
    srv = start_tls_server(tmp_path_factory.mktemp("older-server"), test_ca, root=root)
    yield srv
    srv.stop()


def test_a_desk_against_a_server_from_before_asks_the_feed_page_itself(tmp_path, older_server, test_ca,
                                                                         keyring_backend, monkeypatch):
    from tests.sync.desks import push_and_pull_recorded

    desks = [Desk(tmp_path / ws, older_server.url, test_ca.ca_pem, ws, "admin", keyring_backend)
             for ws in ("ws-a-1", "ws-a-2")]
    a1, a2 = desks
    try:
        theirs, mine, sent, pages = push_and_pull_recorded(a1, a2, keyring_backend, monkeypatch)
        assert pages == [None], "the server from before brought a feed page back"
        assert [p for m, p in sent if p.startswith("changes")], f"the desk did not ask the feed page: {sent}"
        a2.engine.sync_now()
        assert a2.snapshot()[mine] == a1.snapshot()[mine] and a2.snapshot()[theirs] == a1.snapshot()[theirs]
    finally:
        for d in desks:
            d.close()
