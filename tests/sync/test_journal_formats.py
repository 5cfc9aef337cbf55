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


def test_a_format_whose_longest_number_fits_round_trips_one_more_is_refused(desk):
    """Both sides keep a journal's format as wide as the protocol allows (200), but what counts is the number
    it makes: its longest number (the journal's code, the longest case index, a 7-digit running number)
    must fit a registration number's 64 characters on both sides. One character more is refused by
    name before anything changes, by the desk and by the server for a client that skips the check;
    a journal whose format was set before the check refuses to number rather than cut a number."""
    from sqlalchemy import func, select

    from circulation_server.models import Journal as ServerJournal
    from desktop_app.db.models import Journal, Registration
    from desktop_app.errors import NumberingError
    from docflow_protocol import NUMBER_FORMAT_MAX_CHARS, NUMBER_MAX_CHARS, longest_number

    assert Journal.__table__.c.number_format.type.length == NUMBER_FORMAT_MAX_CHARS == 200
    assert ServerJournal.__table__.c.format.type.length == NUMBER_FORMAT_MAX_CHARS
    assert Registration.__table__.c.number.type.length == NUMBER_MAX_CHARS == 64
    longest = "{n}/" + "Ə" * (NUMBER_MAX_CHARS - 8)  # 7 digits, '/', the letters
    assert longest_number(longest, "INT") == NUMBER_MAX_CHARS
    assert desk.ctx.admin.set_journal_format("INT", longest).number_format == longest
    assert _server_formats(desk)["INT"] == longest
    client = desk.engine.connection.client(desk.engine.connection.token())
    try:
        desk.engine.connection.refresh_directory(client)   # the journals as the server has them now
        with pytest.raises(RequestRefused) as refused:  # the server checks it too
            client.put_journal_format(next(i for i, j in desk.engine.connection.journals().items() if j["code"] == "INT"),
                                      longest + "x")
        assert refused.value.code == "invalid_payload" and "65 characters" in str(refused.value.body)
    finally:
        client.close()
    assert {j.code: j.number_format for j in desk.ctx.documents.journals()}["INT"] == longest
    for too_long in (longest + "x", "{journal}-{index}/{n}-{year}-" + "Ə" * 20):
        with pytest.raises(InvalidInput, match=r"Journal INT.*up to \d+ characters long.*at most 64") as refused:
            desk.ctx.admin.set_journal_format("INT", too_long)
        assert "case index of 32 characters" in str(refused.value)
    with pytest.raises(InvalidInput, match="longer than 200 characters"):
        desk.ctx.admin.set_journal_format("INT", "{n}" + "x" * 198)
    assert _server_formats(desk)["INT"] == longest

    # a local journal whose format predates the check (written straight into the store): no number is cut
    desk.ctx.admin.create_journal("OLD", "Old", "internal", "{n}")
    with desk.ctx.db.write() as s:
        s.execute(Journal.__table__.update().where(Journal.code == "OLD").values(number_format="{n}-" + "x" * 70))
    doc = desk.import_pdf("Memo in an old journal", kind="internal")
    with desk.ctx.db.read() as s:
        regs = s.execute(select(func.count()).select_from(Registration)).scalar_one()
    with pytest.raises(NumberingError, match="Journal OLD would give the number .*, 72 characters long.*at most 64"):
        desk.register(doc, "OLD")
    with desk.ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(Registration)).scalar_one() == regs
