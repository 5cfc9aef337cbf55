"""Journey fixtures: the real parts every area's suite starts (private Secret Service, test CA, test PKI,
SoftHSM2 token, the SANE test device) borrowed from those areas, and a FRESH reference server process
behind TLS with the link emulator in front of it."""
from __future__ import annotations

import os
import random

import pytest

from tests.intake.conftest import sane_test_backend  # noqa: F401 - fixture
from tests.signing.conftest import pki_session, softhsm_token  # noqa: F401 - fixtures
from tests.sync.conftest import fresh_server, keyring_backend, secret_service, test_ca  # noqa: F401 - fixtures
from tests.tools.linkemu import LinkEmulator


#: The seed of the link's cut points (printed by the journey; ``DOCFLOW_JOURNEY_SEED=<n>`` replays a run).
SEED = int(os.environ.get("DOCFLOW_JOURNEY_SEED") or random.SystemRandom().randrange(1_000_000))


@pytest.fixture
def link(fresh_server):
    with LinkEmulator(("127.0.0.1", fresh_server.port), seed=SEED) as emu:
        yield emu
