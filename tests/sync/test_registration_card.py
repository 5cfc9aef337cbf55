"""The registration card (correspondent, their number and date, pages, channel) filled on one desk
reaches the other desk of the institution through the reference server, field for field."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import Correspondent, Document, Registration
from desktop_app.services.types import RegisterInput
from tests.sync.desks import Desk



def _card(desk: Desk, doc_id: str) -> tuple:
    with desk.ctx.db.read() as s:
        reg = s.execute(select(Registration).where(Registration.document_id == doc_id)).scalar_one()
        doc = s.get(Document, doc_id)
        corr = s.get(Correspondent, doc.correspondent_id) if doc.correspondent_id else None
        return (reg.number, corr.name if corr else None, reg.corr_number, reg.corr_date, reg.pages, reg.channel)


def test_card_travels_to_the_other_desk(pair, link):
    a1, a2 = pair
    a1.engine.sync_now()
    a2.engine.sync_now()
    link.set_online(False)
    doc = a1.import_pdf("Complaint about the bus stop", pages=2)
    a1.ctx.documents.register(doc, RegisterInput("IN", local_today(), correspondent="Kürdəmir Bələdiyyəsi",
                                                 corr_number="KB-17/4", corr_date=dt.date(2026, 11, 20), pages=3,
                                                 channel="courier"))
    link.set_online(True)
    a1.engine.sync_now()
    a2.engine.sync_now()

    expected = _card(a1, doc)
    assert expected[1:] == ("Kürdəmir Bələdiyyəsi", "KB-17/4", dt.date(2026, 11, 20), 3, "courier")
    assert _card(a2, doc) == expected
    # ...and the receiving desk finds it by the correspondent, as the registering desk does.
    assert doc in {h.row.id for h in a2.ctx.documents.search("KÜRDƏMİR")}


def test_sheets_and_attachments_travel_too(pair, link):
    """The card's fields added through docflow_protocol.CARD_FIELDS (sheets, attachments) reach the other
    desk with no sync code of their own."""
    a1, a2 = pair
    a1.engine.sync_now()
    a2.engine.sync_now()
    doc = a1.import_pdf("Request for a land plot", pages=3)
    a1.ctx.documents.register(doc, RegisterInput("IN", local_today(), correspondent="Vətəndaş Əliyev", sheets=2,
                                                 attachments_count=1, attachments_description="Plan, 1 vərəq"))
    a1.engine.sync_now()
    a2.engine.sync_now()
    got = a2.ctx.documents.get_document(doc).registration
    assert (got.pages, got.sheets, got.attachments_count, got.attachments_description) == (3, 2, 1, "Plan, 1 vərəq")
    assert got.correspondent == "Vətəndaş Əliyev"


def test_a_numbered_copy_is_named_so_on_the_other_desk(pair):
    """A letter made again with its number travels as a 'derived' file (the protocol's role; servers and
    desks of before keep working); the receiving desk reads the mark the letter carries in its PDF
    metadata and names it a 'Numbered copy', while a cleaned scan stays a 'Cleaned scan'."""
    from desktop_app import labels

    a1, a2 = pair
    row = a1.ctx.templates.create_draft("letter", {"addressee": "Təhsil Nazirliyi", "subject": "Damın təmiri",
                                                 "body": "Məktubunuza cavab olaraq bildiririk."})
    a1.register(row.id, "OUT", "Təhsil Nazirliyi")
    scan = a1.import_pdf("Scan with a cleaned copy", pages=1)
    a1.ctx.documents.add_file_version(scan, a1.ctx.blobs.read(a1.ctx.documents.get_document(scan).files[0].sha256)
                                      + b"\n% cleaned\n", "cleaned", "scan.cleaned.pdf")
    a1.engine.sync_now()
    a2.engine.sync_now()
    a2.engine.sync_now()  # the files come down
    roles = {f.filename: f.role for f in a2.ctx.documents.get_document(row.id).files}
    assert sorted(roles.values()) == ["numbered", "original"], roles
    assert labels.file_role("numbered") == "Numbered copy"
    assert "cleaned" in [f.role for f in a2.ctx.documents.get_document(scan).files]
