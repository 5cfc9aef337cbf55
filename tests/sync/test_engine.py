"""The engine end to end against the real reference server (TLS) through the link emulator."""
from __future__ import annotations

import pytest

from tests.sync.conftest import url_via
from tests.sync.desks import Desk


@pytest.fixture
def desk(tmp_path, link, test_ca, keyring_backend):
    made = []

    def make(ws: str, user: str = "admin", name: str | None = None, login: bool = True) -> Desk:
        d = Desk(tmp_path / (name or ws), url_via(link), test_ca.ca_pem, ws, user, keyring_backend, login=login)
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()


def test_offline_work_reaches_the_other_desk(desk, link):
    a1, a2 = desk("ws-a-1"), desk("ws-a-2")
    a1.engine.sync_now()  # online: blocks leased
    link.set_online(False)
    doc = a1.import_pdf("Water supply letter")
    number = a1.register(doc)
    assert not number.startswith("PROV"), number  # from the leased block
    with pytest.raises(Exception):
        a1.engine.sync_now()
    assert a1.engine.status().online is False and a1.engine.status().ops_waiting == 3
    link.set_online(True)
    report = a1.engine.sync_now()
    assert report.pushed == 3 and a1.pending_ops() == 0
    assert a1.engine.status().ops_waiting == 0 and a1.engine.status().last_error == ""
    a2.engine.sync_now()
    got = a2.doc(doc)
    assert got is not None and got.subject == "Water supply letter"
    assert a2.number(doc) == number
    assert a2.snapshot()[doc] == a1.snapshot()[doc]
