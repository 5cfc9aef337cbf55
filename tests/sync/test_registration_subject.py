"""The subject written on the registration card survives synchronisation and reaches the other desks
(it was sent only inside the registration, which the server does not take a subject from, and the
next sync put the old subject back)."""
from __future__ import annotations

import datetime as dt

from desktop_app.services.types import RegisterInput
from tests.sync.conftest import url_via
from tests.sync.desks import Desk


def test_subject_from_the_registration_card_reaches_every_desk(tmp_path, link, test_ca, keyring_backend):
    a = Desk(tmp_path / "a1", url_via(link), test_ca.ca_pem, "ws-a-1", "admin", keyring_backend)
    b = Desk(tmp_path / "a2", url_via(link), test_ca.ca_pem, "ws-a-2", "admin", keyring_backend)
    try:
        doc = a.import_pdf("scan-0001", subject="scan-0001")
        a.ctx.documents.register(doc, RegisterInput("IN", dt.date.today(), correspondent="Səhiyyə Nazirliyi",
                                                    subject="Su təchizatının bərpası haqqında"))
        a.engine.sync_now()
        assert a.doc(doc).subject == "Su təchizatının bərpası haqqında"
        b.engine.sync_now()
        assert b.doc(doc).subject == "Su təchizatının bərpası haqqında" and b.number(doc) == a.number(doc)
    finally:
        a.close()
        b.close()
