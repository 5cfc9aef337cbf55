"""The registration card on this desk follows docflow_protocol.CARD_FIELDS: every field has its
column, its place in the form's input and in what the service returns, and a label in words."""
from __future__ import annotations

import dataclasses

import pytest

from desktop_app.locale import today as local_today
from desktop_app import card
from desktop_app.db.models import Registration
from desktop_app.errors import InvalidInput
from desktop_app.services.types import RegisterInput, RegistrationInfo
from docflow_protocol import CARD_FIELDS, CORRESPONDENT
from tests.helpers import make_ctx, make_pdf, write


@pytest.mark.parametrize("field", CARD_FIELDS, ids=lambda f: f.name)
def test_every_card_field_has_its_places(field):
    assert field.name in {f.name for f in dataclasses.fields(RegisterInput)}
    assert field.name in {f.name for f in dataclasses.fields(RegistrationInfo)}
    assert card.label(field.name) != field.name  # a label in words, translatable
    if field is not CORRESPONDENT:  # the correspondent is a Correspondent row of its own
        assert field.name in Registration.__table__.columns


def test_the_checks_name_the_field_and_the_limit(tmp_path):
    ctx = make_ctx(tmp_path / "p")
    try:
        row = ctx.documents.import_files([write(tmp_path / "a.pdf", make_pdf("a"))]).imported[0]
        with pytest.raises(InvalidInput) as e:
            ctx.documents.register(row.id, RegisterInput("IN", local_today(), sheets=100_001,
                                                         attachments_description="x" * 1001))
        assert "sheet count must be between 0 and 100000" in str(e.value)
        assert "description of the attachments is longer than 1000 characters" in str(e.value)
        info = ctx.documents.register(row.id, RegisterInput("IN", local_today(), sheets=3, attachments_count=1,
                                                            attachments_description="  Akt  "))
        assert (info.sheets, info.attachments_count, info.attachments_description, info.pages) == (3, 1, "Akt", 1)
        assert ctx.documents.get_document(row.id).registration == info
    finally:
        ctx.close()
