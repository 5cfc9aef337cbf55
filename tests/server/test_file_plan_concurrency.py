"""The file plan with two writers at once, on PostgreSQL: a PUT that meets another transaction
holding the case (or the index) waits for it and then answers 409, never overwriting a change it
did not see and never failing with 500. The other transaction is held open on the server's
database directly, so the overlap is certain rather than a matter of timing."""
from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, text

from tests.server.serverproc import ApiClient, new_id

YEAR = 2031  # no other test makes cases of this year


@pytest.fixture(scope="module")
def pg(postgres_server):
    engine = create_engine(postgres_server.db_url)
    with engine.connect() as c:
        inst = c.execute(text("SELECT id FROM institutions WHERE registry_code = 'AZ-0001'")).scalar_one()
    yield ApiClient(postgres_server.url).login("clerk"), engine, inst
    engine.dispose()


def _put(client, case_id: str, index: str, **body):
    return client.request("PUT", f"/v1/file-plan/cases/{case_id}",
                          json={"year": YEAR, "index": index, "title": "Yazışmalar", **body})


def _while_held(engine, hold_sql: str, params: dict, request):
    """Run ``hold_sql`` in an open transaction, send ``request()`` meanwhile, commit once the
    request waits for that transaction's lock; the request's answer."""
    answer: dict = {}
    with engine.connect() as other:
        other.execute(text(hold_sql), params)
        worker = threading.Thread(target=lambda: answer.update(r=request()))
        worker.start()
        with engine.connect() as watch:
            deadline = time.monotonic() + 30
            while not watch.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                         "AND datname = current_database()")).scalar():
                assert time.monotonic() < deadline, "the PUT never waited for the other transaction"
                time.sleep(0.02)
        other.commit()
        worker.join(60)
    return answer["r"]


def test_a_change_made_meanwhile_is_a_version_conflict_not_overwritten(pg):
    clerk, engine, _ = pg
    case_id, index = new_id(), f"v-{new_id()[:8]}"
    assert _put(clerk, case_id, index).status_code == 201
    r = _while_held(engine, "UPDATE cases SET title = 'Changed meanwhile', version = version + 1 WHERE id = :id",
                    {"id": case_id}, lambda: _put(clerk, case_id, index, title="Mine", base_version=1))
    assert r.status_code == 409 and r.json()["error"]["code"] == "version_conflict", r.text
    assert r.json()["error"]["details"]["case"]["title"] == "Changed meanwhile"


def test_an_index_taken_meanwhile_is_409(pg):
    clerk, engine, inst = pg
    index = f"i-{new_id()[:8]}"
    r = _while_held(engine, "INSERT INTO cases (id, institution_id, year, case_index, title, article, closed, version, "
                            "updated_by, updated_at) VALUES (:id, :inst, :year, :index, 'Theirs', '', false, 1, 'other', "
                            "now())", {"id": new_id(), "inst": inst, "year": YEAR, "index": index},
                    lambda: _put(clerk, new_id(), index))
    assert r.status_code == 409 and r.json()["error"]["code"] == "invalid_state", r.text
