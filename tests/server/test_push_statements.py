"""What a push costs the database, counted: the SQL statements of ``POST /v1/ops`` (from the
server's ``docflow_db_statements_total``), so that a change that adds a query per op, or splits a
batch's writes again, fails here rather than in a benchmark (issue 18, docs/deploy.md §9)."""
from __future__ import annotations

from tests.server.conftest import backend_of
from tests.server.serverproc import new_id, op, route_metric

#: Statements of a push of one letter (create, register with a server number, resolution, route,
#: two updates). PostgreSQL: the ops already recorded; the feed lock with the batch's journals;
#: the documents; the file plan, the journal's counter, the number check and the users named; all
#: the writes in one statement. SQLite: the same reads, then one statement per table written
#: (documents, numbers, counter, feed changes, op outcomes).
LETTER = {"postgres": 8, "sqlite": 12}


def _letter(executor_id: str) -> list[dict]:
    doc = new_id()
    return [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Counted " + doc[:8]}}, 0),
            op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server", "date": "2026-11-26"}, 1),
            op(doc, "resolution.create", {"resolution_id": new_id(), "executor_user_id": executor_id,
                                          "text": "Please answer."}, 2),
            op(doc, "route.set", {"steps": [{"step_id": new_id(), "kind": "execute", "assignee_user_id": executor_id,
                                             "order": 1}]}, 3),
            op(doc, "document.update", {"fields": {"summary": "first"}}, 4),
            op(doc, "document.update", {"fields": {"summary": "second"}}, 5)]


def _statements_of_push(server, client, ops: list[dict]) -> tuple[int, list[dict]]:
    """(statements the server ran for this one push, its results)."""
    before = route_metric(server, "docflow_db_statements_total", "POST", "/v1/ops")
    results = client.push(*ops)
    return int(route_metric(server, "docflow_db_statements_total", "POST", "/v1/ops") - before), results


def test_a_push_costs_a_fixed_number_of_statements(server, as_user):
    """A letter of 6 ops runs ``LETTER`` statements; ten letters in one push run at most one more
    per further letter (its registration's number check), not one per op or per table row; a
    replay of the letter reads once and writes nothing. The results carry their changes' seqs in
    op order."""
    head = as_user("head", ws=2)
    executor = next(u["id"] for u in head.get("/v1/users").json()["users"] if u["username"] == "executor")
    head.push(*_letter(executor))  # warm: the token is cached, the year's counter exists
    expected = LETTER[backend_of(server)]

    letter = _letter(executor)
    one, first = _statements_of_push(server, head, letter)
    assert [r["status"] for r in first] == ["applied"] * 6
    seqs = [r["seq"] for r in first]
    assert seqs == sorted(seqs) and len(set(seqs)) == 6, seqs
    assert one <= expected, f"a push of one letter ran {one} statements, expected at most {expected}"

    ten, results = _statements_of_push(server, head, [o for _ in range(10) for o in _letter(executor)])
    assert {r["status"] for r in results} == {"applied"}
    seqs = [r["seq"] for r in results]
    assert seqs == sorted(seqs) and len(set(seqs)) == 60, seqs
    assert ten <= one + 9, f"a push of ten letters ran {ten} statements, one letter {one}"

    replay, again = _statements_of_push(server, head, letter)
    assert [(r["replayed"], r["seq"], r["version"]) for r in again] == [(True, r["seq"], r["version"]) for r in first]
    assert replay == 1, f"a replay ran {replay} statements"
