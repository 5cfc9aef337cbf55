"""A disposal act travels between desks through the real sync engine and the reference server (issue 17).

Desk A (the clerk) proposes documents past retention while its link is down; once it syncs, the server
re-checks each document against its own file plan (one whose case was reopened there meanwhile is
refused with ``not_past_retention``, which the desk shows as a translated sentence), and desk B (the
head) sees the act in its change feed and approves it. The approval comes back to desk A."""
from __future__ import annotations

import datetime as dt

from desktop_app import i18n, messages
from desktop_app.services.types.fileplan import CaseInput
from desktop_app.services.types import RegisterInput
from desktop_app.sync.conflicts import open_conflicts
from tests.sync.conftest import url_via
from tests.sync.desks import Desk
from tests.tools.linkemu import LinkEmulator

OLD = dt.date(2020, 3, 2)


def test_an_act_proposed_offline_is_approved_on_the_heads_desk(fresh_server, test_ca, keyring_backend, tmp_path):
    with LinkEmulator(("127.0.0.1", fresh_server.port)) as link:
        a = Desk(tmp_path / "ws-a-1", url_via(link), test_ca.ca_pem, "ws-a-1", "clerk", keyring_backend)
        b = Desk(tmp_path / "ws-a-2", url_via(link), test_ca.ca_pem, "ws-a-2", "head", keyring_backend)
        try:
            kept = a.ctx.fileplan.save_case(CaseInput(2020, "05-01", "Yazışmalar", 1))
            reopened = a.ctx.fileplan.save_case(CaseInput(2020, "05-02", "Təkliflər", 1))
            docs = []
            for case in (kept, reopened):
                doc = a.import_pdf(f"Köhnə məktub {case.index}")
                a.ctx.documents.register(doc, RegisterInput("IN", OLD, correspondent="Nazirlik", case_id=case.id))
                docs.append(doc)
            old, other = docs
            a.engine.sync_now()
            b.engine.sync_now()
            b.ctx.fileplan.close_year(2020)          # the head closes 2020; its cases go to the server
            b.engine.sync_now()
            a.engine.sync_now()
            assert {c.document_id for c in a.ctx.fileplan.disposal_candidates()} == {old, other}

            # offline, the clerk proposes both; meanwhile case 05-02 is reopened on the server
            link.set_online(False)
            act = a.ctx.fileplan.propose_disposal()
            assert a.pending_ops() == 2
            link.set_online(True)
            client = b.engine.connection.client(b.engine.connection.token())
            case = next(c for c in client.file_plan() if c["id"] == reopened.id)
            client.put_case(case["id"], {"year": 2020, "index": "05-02", "title": case["title"], "retention_years": 1,
                                         "article": "", "closed": False, "base_version": case["version"]})
            client.close()
            a.engine.sync_now()
            (conflict,) = open_conflicts(a.ctx.db)
            assert (conflict.document_id, conflict.error_code) == (other, "not_past_retention")
            before = i18n.current_language()
            try:
                i18n.set_language("az")
                sentence = messages.code_sentence(conflict.error_code)
            finally:
                i18n.set_language(before)
            assert sentence and sentence != messages.code_sentence(conflict.error_code) and "retention" not in sentence

            # the head's desk sees the act (with the document the server took) and approves it
            b.engine.sync_now()
            (seen,) = b.ctx.fileplan.acts()
            assert (seen.id, seen.state, seen.proposed_by, [d.document_id for d in seen.documents]) == \
                (act.id, "proposed", "clerk", [old])
            b.ctx.fileplan.decide_disposal(act.id, approve=True)
            b.engine.sync_now()
            assert b.pending_ops() == 0 and not open_conflicts(b.ctx.db)
            a.engine.sync_now()
            mine = a.ctx.fileplan.act(act.id)
            assert (mine.state, mine.decided_by) == ("approved", "head")
            assert a.doc(old).disposal_act_id == act.id and a.doc(other).disposal_act_id is None
            client = a.engine.connection.client(a.engine.connection.token())
            state = client.document(old)["disposal"]
            assert (state["state"], state["decided_by"]) == ("approved", "u-a-head")
            assert client.document(other).get("disposal") is None
            client.close()
        finally:
            a.close()
            b.close()
