"""Nothing a person types on the register form is dropped on the way (issue 14 item 4): every field
of RegisterInput is typed with a value of its own, offline, on desk A; after sync it reads back the
same on the server, on desk B of the same institution, and at the recipient institution (the
sender's number, date, subject and card in the incoming document's ``origin``)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import Correspondent, Document, Journal, Registration, SyncRemote
from desktop_app.services.registration_form import REGISTER_FORM_ROUTES
from desktop_app.services.types import RegisterInput
from desktop_app.signing.identities import Pkcs12Identity
from docflow_protocol import CARD, OpType
from docflow_protocol.registration import COUNT, DATE, TEXT
from tests.sync.conftest import url_via
from tests.sync.desks import Desk
from tests.tools.testca import make_signer_p12

FORM_FIELDS = [f.name for f in dataclasses.fields(RegisterInput)]


def test_every_field_of_the_form_has_a_way_to_the_server():
    """A field added to the register form without a way to the server fails here."""
    assert sorted(REGISTER_FORM_ROUTES) == sorted(FORM_FIELDS)
    assert set(REGISTER_FORM_ROUTES.values()) <= {OpType.REGISTRATION_REGISTER.value, OpType.DOCUMENT_UPDATE.value}


def _typed(case_id: str) -> dict:
    """A value of its own for every field of the form (no default, nothing shared between fields);
    the case of the file plan is a reference, so a real one (``case_id``) of the registration's year."""
    values = {"case_id": case_id}
    for i, name in enumerate(FORM_FIELDS):
        field = CARD.get(name)
        if name == "appeal":
            # The applicant's card belongs to an appeals journal, not to this outgoing letter; every
            # field of it is typed and read back on the other desk in tests/sync/test_chancellery_sync.py.
            continue
        if name in values:
            continue
        if name == "journal_code":
            values[name] = "OUT"
        elif name == "reg_date":
            values[name] = local_today() - dt.timedelta(days=1)
        elif name == "subject":
            values[name] = "Yol təmiri haqqında cavab məktubu — Şəki"
        elif field is None:
            raise AssertionError(f"no typed value for the form's field {name}: add one here")
        elif field.kind == TEXT:
            values[name] = f"{name}: Ərizə №{i}-ş"
        elif field.kind == COUNT:
            values[name] = 10 + i
        elif field.kind == DATE:
            values[name] = dt.date(2026, 11, 1 + i)
        else:
            values[name] = next(c for c in field.choices if c != RegisterInput.channel)
    return values


def _on_desk(desk: Desk, doc_id: str) -> dict:
    """What the desk's store holds for each field of the form."""
    with desk.ctx.db.read() as s:
        doc = s.get(Document, doc_id)
        reg = s.execute(select(Registration).where(Registration.document_id == doc_id)).scalar_one()
        out = {"journal_code": s.get(Journal, reg.journal_id).code, "reg_date": reg.reg_date, "subject": doc.subject,
               "correspondent": s.get(Correspondent, doc.correspondent_id).name if doc.correspondent_id else None}
        out.update({name: getattr(reg, name) for name in CARD if name != "correspondent"})
        return out, reg.number


def _on_server(state: dict, journals: dict) -> dict:
    reg = state["registration"]
    out = {"journal_code": journals[reg["journal_id"]]["code"], "reg_date": dt.date.fromisoformat(reg["date"]),
           "subject": state["fields"]["subject"]}
    out.update({name: CARD[name].parse(reg.get(name)) for name in CARD})
    return out


@pytest.fixture
def sender_peer_recipient(tmp_path, link, test_ca, keyring_backend):
    desks = [Desk(tmp_path / ws, url_via(link), test_ca.ca_pem, ws, "admin", keyring_backend)
             for ws in ("ws-a-1", "ws-a-2", "ws-b-1")]
    yield desks
    for d in desks:
        d.close()


def test_every_typed_field_reaches_the_server_the_other_desk_and_the_recipient(sender_peer_recipient, link):
    a, b, r = sender_peer_recipient
    for d in (a, b, r):
        d.engine.sync_now()  # journals and number blocks
    reg_year = (local_today() - dt.timedelta(days=1)).year
    if not a.ctx.fileplan.cases(reg_year):
        a.ctx.fileplan.seed_from_model_list(reg_year)
    typed = _typed(a.ctx.fileplan.cases(reg_year)[0].id)
    link.set_online(False)
    doc = a.import_pdf("scan-0042.pdf", kind="outgoing", pages=2)
    a.ctx.documents.register(doc, RegisterInput(**typed))
    a.ctx.signing.sign_document(doc, Pkcs12Identity.from_bytes(make_signer_p12(), "signer-pass", label="test signer"))
    a.ctx.routing.dispatch(doc, ["AZ-0002"], note="Cavabınız üçün")
    link.set_online(True)
    a.engine.sync_now()
    b.engine.sync_now()
    r.engine.sync_now()

    here, number = _on_desk(a, doc)
    assert here == typed  # what the desk shows is what was typed
    client = a.engine.connection.client(a.engine.connection.token())
    try:
        state = client.document(doc)
    finally:
        client.close()
    assert _on_server(state, a.engine.connection.journals()) == typed
    there, b_number = _on_desk(b, doc)
    assert there == typed and b_number == number

    with r.ctx.db.read() as s:
        (incoming,) = s.execute(select(Document).where(Document.kind == "incoming")).scalars()
        origin = s.get(SyncRemote, incoming.id).state["origin"]
        subject = incoming.subject
    at_recipient = {"subject": subject, "reg_date": dt.date.fromisoformat(origin["registration_date"]),
                    **{name: CARD[name].parse(origin["card"].get(name)) for name in CARD}}
    assert at_recipient == {k: v for k, v in typed.items() if k != "journal_code"}
    assert origin["registration_number"] == number and origin["registry_code"] == "AZ-0001"
