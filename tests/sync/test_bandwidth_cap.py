"""The bandwidth cap of Settings (``sync_bandwidth_cap_kbit``) holds both ways, measured through the
link emulator: the bytes a desk's upload puts on the link, and the bytes its download takes in,
second by second, stay within the cap -- and use it (the cap paces, it does not stall).

On a server of its own (``fresh_server``): on the shared one the second desk's first sync would take
in every document the sync tests before it made, at the cap (past the test's timeout when other
files ran first), and the test's outcome would hang on the order the files run in."""
from __future__ import annotations

import hashlib
import os
import threading
import time

import pytest

from desktop_app.config import BANDWIDTH_CAP
from tests.tools.linkemu import LinkEmulator

CAP_KBIT = 400            # 50 KB/s each way
SIZE = 160_000            # ~3.2 s of capped transfer each way
RATE = CAP_KBIT * 125     # bytes/s


@pytest.fixture
def link(fresh_server):
    """The link emulator in front of this module's own server (the ``pair`` of desks talks through it)."""
    with LinkEmulator(("127.0.0.1", fresh_server.port)) as emu:
        yield emu


def _sampled(read, run) -> list[tuple[float, int]]:
    """(time, read()) every 20 ms while ``run()`` runs."""
    samples: list[tuple[float, int]] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            samples.append((time.monotonic(), read()))
            time.sleep(0.02)

    t = threading.Thread(target=sample)
    t.start()
    try:
        run()
    finally:
        done.set()
        t.join()
    return samples


def _within_cap(samples: list[tuple[float, int]], moved: int) -> None:
    """No second carried more than the cap (plus its quarter-second burst and a little framing),
    and the file's middle 80 % took about the capped time (the cap was used, not undershot)."""
    busiest = 0
    for i, (t0, b0) in enumerate(samples):
        for t1, b1 in samples[i:]:
            if t1 - t0 >= 1.0:
                busiest = max(busiest, (b1 - b0) / (t1 - t0))
                break
    assert busiest <= RATE * 1.3, (busiest, RATE)
    # The file's middle 80 %: the cycle's other requests (the ops before, the feed after, with the
    # desk's own work between them on a loaded machine) are not the capped transfer's time.
    start = samples[0][1]
    at = [next(t for t, b in samples if b - start >= moved * share) for share in (0.1, 0.9)]
    seconds, capped = at[1] - at[0], moved * 0.8 / RATE
    assert capped * 0.8 <= seconds <= capped * 2.0, (seconds, capped)


def test_the_bandwidth_cap_holds_up_and_down(pair, link):
    a1, a2 = pair
    for d in pair:
        d.engine.sync_now()  # the directory and the feed so far, uncapped: only the measured transfers are capped
        d.ctx.settings_admin.set(BANDWIDTH_CAP, str(CAP_KBIT))
    doc = a1.import_pdf("Capped scan")
    body = os.urandom(SIZE)
    a1.ctx.documents.add_file_version(doc, body, "attachment", "scan.tif", "image/tiff")

    up = _sampled(lambda: link.stats().bytes_up, a1.engine.sync_now)
    assert a1.engine.status().ops_waiting == 0
    _within_cap(up, SIZE)

    part = a2.ctx.profile.root / "sync" / "partial" / f"{hashlib.sha256(body).hexdigest()}.part"
    got = [0]

    def received() -> int:  # what the desk has taken in (the link's own count runs ahead of its reads)
        if part.exists():
            got[0] = part.stat().st_size
        elif a2.ctx.blobs.has(hashlib.sha256(body).hexdigest()):
            got[0] = SIZE
        return got[0]

    down = _sampled(received, a2.engine.sync_now)
    assert got[0] == SIZE
    _within_cap(down, SIZE)
