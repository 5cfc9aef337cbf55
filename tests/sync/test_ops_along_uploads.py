"""The ops files unlock, pushed along the uploads on the transfer pipe (desktop_app/sync/transfers.py,
``Uploader.upload_all``): when they go, and with which files' ops together (issue 20: each push is
~800 bytes with its head and answer, one per file on a 2G link). The pipe's run is played here
(which items come, in what order, how long each file's bytes took); the pushes are the uploader's
own decisions, the link's rate the desk's own meter."""
from __future__ import annotations

import hashlib

import pytest

from desktop_app.sync.linkfit import LinkMeter
from tests.sync.desks import Desk
from tests.sync.scripted_uploads import upload_scripted
from tests.sync.test_pipeline import _attach

#: Each file's last bytes go this many seconds after the one before (a file of ~10 KB at 2 KB/s).
STEP = 5.0


@pytest.mark.parametrize("rate_bps,expected", [
    # 2 KB/s (a 2G link's files of 100 KB at 100 kbit/s alike): a file's ops wait for the next file's
    # while its rest crosses within OPS_HELD_S of the first one waiting (the four letters' PDFs, in
    # already, wait with a's; b's wait for c's; c's and d's go with the cycle's end)
    (16_000, [["a"], ["b", "c"], ["c", "d"], ["d"], []]),
    # 0.5 KB/s (the rural link's files of tens of seconds): a file's ops go as its last bytes go, as
    # before (the four PDFs of a few KB each go in one push: they came within a second)
    (4_000, [[], ["a"], ["a", "b"], ["b"], ["b", "c"], ["c"], ["c", "d"], ["d"], []]),
])
def test_ops_of_files_that_land_close_together_go_in_one_push(tmp_path, tls_server, test_ca, keyring_backend,
                                                              monkeypatch, rate_bps, expected):
    """Before: a push behind each file's last bytes (and after each file that landed). Now the
    ops of a file (and of the files landed before it) wait for the next file's when its rest
    crosses within ``transfers.OPS_HELD_S`` (10 s) of the first one waiting, at the rate the link
    was measured at; the local queue holds them meanwhile (a power cut loses nothing). With
    every file in or on its way they go at once, the cycle's end with them."""
    desk = Desk(tmp_path / "ws-a-1", tls_server.url, test_ca.ca_pem, "ws-a-1", "admin", keyring_backend)
    now = [0.0]
    try:
        shas = [hashlib.sha256(b).hexdigest() for b in _attach(desk, 4, 10_000, "close")]
        took = 10_000 * 8 / rate_bps
        measured = iter([took, 2 * took])
        meter = LinkMeter(clock=lambda: next(measured))
        for _ in range(2):  # two files of 10,000 bytes measured before, one after the other at rate_bps
            meter.sent(10_000, took)
        desk.engine.connection.meter = meter
        desk.engine._uploader.clock = lambda: now[0]
        script = ["sent a", "sent b", "done a", "sent c", "done b", "sent d", "done c", "done d"]

        pushed: list[frozenset] = []

        def after_each(via, landing=frozenset()):  # noqa: ANN001, ANN202
            pushed.append(landing)
            return True

        upload_scripted(desk, monkeypatch, shas, script, after_each, on_sent=lambda: now.__setitem__(0, now[0] + STEP))
    finally:
        desk.close()
    names = dict(zip(shas, "abcd"))
    seen = [sorted(names.get(h, "") for h in p) for p in pushed[1:]]  # after the metadata
    assert seen == expected, str(seen)
