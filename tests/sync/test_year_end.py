"""A letter registered on 31 December offline and synced on 2 January keeps its year (issue 17).

The real reference server (its own process, TLS, behind the link emulator) reads its calendar date
from a clock file; the desk's calendar is ``ctx.today``. The desk's file plan goes to the server, a
year is closed offline, and every number is checked on both sides."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.db.models import NumberBlock
from desktop_app.services.types import RegisterInput
from tests.server.serverproc import start_server
from tests.sync.desks import Desk
from tests.tools.linkemu import LinkEmulator

DEC31, JAN2 = dt.date(2026, 12, 31), dt.date(2027, 1, 2)


@pytest.fixture(scope="module")
def clocked_server(tmp_path_factory, test_ca):
    root = tmp_path_factory.mktemp("year-end")
    clock = root / "today"
    clock.write_text(DEC31.isoformat())
    srv = start_server(root, data_dir=root / "server-data", tls=(test_ca.cert_pem, test_ca.key_pem, test_ca.ca_pem),
                       extra_args=["--clock-file", str(clock)])
    yield srv, clock
    srv.stop()


def test_letter_of_31_december_synced_on_2_january_keeps_its_year(clocked_server, test_ca, keyring_backend, tmp_path):
    srv, clock = clocked_server
    with LinkEmulator(("127.0.0.1", srv.port)) as link:
        desk = Desk(tmp_path / "ws-a-1", f"https://127.0.0.1:{link.port}", test_ca.ca_pem, "ws-a-1", "admin",
                    keyring_backend)
        try:
            desk.ctx.today = lambda: DEC31
            desk.ctx.fileplan.seed_from_model_list(2026)
            desk.engine.sync_now()   # 31 December, online: the file plan goes up, blocks of 2026 and 2027 come down
            with desk.ctx.db.read() as s:
                years = set(s.execute(select(NumberBlock.year)).scalars())
            assert years == {2026, 2027}

            link.set_online(False)
            case26 = next(c for c in desk.ctx.fileplan.cases(2026) if c.index == "02-02")
            dec = desk.import_pdf("Məktub 31 dekabr")
            dec_number = desk.ctx.documents.register(dec, RegisterInput("IN", DEC31, correspondent="Nazirlik",
                                                                        case_id=case26.id)).number
            assert dec_number.endswith("/2026") and not dec_number.startswith("PROV")

            # New Year passes with the link still down: the head closes 2026 (2027's plan is made from it)
            clock.write_text(JAN2.isoformat())
            desk.ctx.today = lambda: JAN2
            assert desk.ctx.fileplan.close_year(2026).created == len(desk.ctx.fileplan.cases(2026))
            case27 = next(c for c in desk.ctx.fileplan.cases(2027) if c.index == "02-02")
            jan = desk.import_pdf("Məktub 2 yanvar")
            jan_number = desk.ctx.documents.register(jan, RegisterInput("IN", None, correspondent="Nazirlik",
                                                                        case_id=case27.id)).number
            assert jan_number == "IN-00001/2027"

            link.set_online(True)
            desk.engine.sync_now()
            assert desk.pending_ops() == 0
            client = desk.engine.connection.client(desk.engine.connection.token())
            server_dec, server_jan = client.document(dec)["registration"], client.document(jan)["registration"]
            assert (server_dec["number"], server_dec["year"], server_dec["date"]) == (dec_number, 2026, "2026-12-31")
            assert (server_jan["number"], server_jan["seq"], server_jan["case_index"]) == (jan_number, 1, "02-02")
            assert (desk.number(dec), desk.number(jan)) == (dec_number, jan_number)   # nothing renumbered
            # the closed 2026 plan and the new 2027 plan are on the server too
            assert {(c["year"], c["closed"]) for c in client.file_plan()} == {(2026, True), (2027, False)}
            # the next cycles ask for the plan with its ETag: unchanged, it costs a 304 and no body ...
            seen = desk.engine.connection.file_plan_seen
            assert seen is not None and client.file_plan_since(seen[1]) == (None, seen[1])
            # ... and a change made elsewhere still comes down
            server27 = next(c for c in client.file_plan() if c["year"] == 2027 and c["index"] == "02-02")
            client.put_case(server27["id"], {"year": 2027, "index": "02-02", "title": "Renamed elsewhere",
                                             "retention_years": server27["retention_years"], "article": server27["article"],
                                             "closed": False, "base_version": server27["version"]})
            desk.engine.sync_now()
            assert next(c for c in desk.ctx.fileplan.cases(2027) if c.index == "02-02").title == "Renamed elsewhere"
            client.close()
        finally:
            desk.close()
