"""An administrator changes a journal's number format from the desk (issue 17): the service checks it
(a clear sentence naming the journal and the reason, nothing changed anywhere), shows the next number,
and sends a server journal's format to the real reference server before keeping it; the next
registration is numbered in the new format on both sides."""
from __future__ import annotations

import pytest

from desktop_app.errors import InvalidInput, PermissionDenied, RequestRefused
from desktop_app.locale import today as local_today
from tests.sync.desks import Desk


@pytest.fixture
def desk(tmp_path, tls_server, test_ca, keyring_backend):
    """A desk on the suite's shared server; the journal's format is put back afterwards for the other tests."""
    d = Desk(tmp_path / "ws-a-1", tls_server.url, test_ca.ca_pem, "ws-a-1", "admin", keyring_backend)
    d.engine.sync_now()  # the server's journals, a block of numbers
    before = _server_formats(d)["INT"]
    yield d
    d.ctx.switch_user("admin")
    d.ctx.admin.set_journal_format("INT", before)
    d.close()


def _server_formats(desk) -> dict[str, str]:
    conn = desk.engine.connection
    client = conn.client(conn.token())
    try:
        return {j["code"]: j["format"] for j in client.journals()}
    finally:
        client.close()


def test_journal_format_from_the_desk_to_the_server(desk):
    admin, year = desk.ctx.admin, local_today().year
    before = _server_formats(desk)["INT"]
    for bad, reason in (("INT/{year}", "no running number"), ("{n}-{yyyy}", "{yyyy}"), ("{n", "braces"), ("  ", "empty")):
        with pytest.raises(InvalidInput, match=reason) as refused:
            admin.set_journal_format("INT", bad)
        assert "Journal INT" in str(refused.value)
        with pytest.raises(InvalidInput, match=reason):
            admin.number_example("INT", bad)
    assert _server_formats(desk)["INT"] == before
    assert {j.code: j.number_format for j in desk.ctx.documents.journals()}["INT"] == before.replace("{code}", "{journal}")

    example = admin.number_example("INT", "{n}-{yy}")
    info = admin.set_journal_format("INT", "{n}-{yy}")
    assert info.number_format == "{n}-{yy}" and _server_formats(desk)["INT"] == "{n}-{yy}"
    doc = desk.import_pdf("Memo after the change", kind="internal")
    number = desk.register(doc, "INT")  # filed to a case if the shared server's institution has a file plan
    assert number == example == f"{number.split('-')[0]}-{year % 100:02d}"
    desk.engine.sync_now()
    conn = desk.engine.connection
    client = conn.client(conn.token())
    try:
        assert client.document(doc)["registration"]["number"] == number  # the server numbered it the same way
    finally:
        client.close()

    # a journal this desk numbers itself: changed here only
    admin.create_journal("LOC", "Local", "internal", "L-{n}")
    assert admin.number_example("LOC", "{index}/{n}") == "01-01/1"
    assert admin.set_journal_format("LOC", "{n}/L").number_format == "{n}/L"
    # the server refuses what the desk would (a client that skips the check), and non-administrators
    conn = desk.engine.connection
    client = conn.client(conn.token())
    try:
        with pytest.raises(RequestRefused) as refused:
            client.put_journal_format(next(i for i, j in desk.engine.connection.journals().items() if j["code"] == "INT"), "{x}")
        assert refused.value.code == "invalid_payload"
    finally:
        client.close()
    desk.ctx.switch_user("clerk")
    with pytest.raises(PermissionDenied):
        admin.set_journal_format("LOC", "{n}")


def test_a_format_as_long_as_the_protocol_allows_round_trips(desk):
    """Both sides keep a journal's format as wide as the protocol allows (the desk's column was 100 wide,
    the server's and the protocol's 200); one character more is refused before anything changes."""
    from circulation_server.models import Journal as ServerJournal
    from desktop_app.db.models import Journal
    from docflow_protocol import NUMBER_FORMAT_MAX_CHARS

    assert Journal.__table__.c.number_format.type.length == NUMBER_FORMAT_MAX_CHARS == 200
    assert ServerJournal.__table__.c.format.type.length == NUMBER_FORMAT_MAX_CHARS
    longest = "{n}/" + "Ə" * (NUMBER_FORMAT_MAX_CHARS - 4)
    assert desk.ctx.admin.set_journal_format("INT", longest).number_format == longest
    assert _server_formats(desk)["INT"] == longest
    client = desk.engine.connection.client(desk.engine.connection.token())
    try:
        desk.engine.connection.refresh_directory(client)   # the journals as the server has them now
    finally:
        client.close()
    assert {j.code: j.number_format for j in desk.ctx.documents.journals()}["INT"] == longest
    with pytest.raises(InvalidInput, match="200"):
        desk.ctx.admin.set_journal_format("INT", longest + "x")
    assert _server_formats(desk)["INT"] == longest
