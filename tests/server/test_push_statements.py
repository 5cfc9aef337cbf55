"""What a push costs the database, counted: the SQL statements of ``POST /v1/ops`` (from the
server's ``docflow_db_statements_total``), so that a change that adds a query per op, or splits a
batch's writes again, fails here rather than in a benchmark (issue 18, docs/deploy.md §9)."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os

from sqlalchemy import create_engine, text

from docflow_protocol import TUS_VERSION
from tests.server.conftest import backend_of
from tests.server.serverproc import new_id, op, route_metric

#: Statements of a push of one letter (create, register with a server number, resolution, route,
#: two updates). PostgreSQL: the feed lock with the batch's journals; the documents with the ops
#: already recorded, the file plan, the journal's counter and the users named; all the writes in
#: one statement. SQLite: the same reads, then one statement per table written (documents,
#: numbers, counter, feed changes, op outcomes).
LETTER = {"postgres": 3, "sqlite": 7}


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
    """A letter of 6 ops runs ``LETTER`` statements, and so do ten letters in one push: none per op
    or per table row; a replay of the letter takes the feed lock, reads and writes nothing. The results carry their
    changes' seqs in op order."""
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
    assert ten == one, f"a push of ten letters ran {ten} statements, one letter {one}"

    replay, again = _statements_of_push(server, head, letter)
    assert [(r["replayed"], r["seq"], r["version"]) for r in again] == [(True, r["seq"], r["version"]) for r in first]
    # the feed lock with the batch's journals, the documents with the ops recorded: nothing written
    assert replay == 2, f"a replay ran {replay} statements"


def _statements_of(server, method: str, route: str, fn):
    before = route_metric(server, "docflow_db_statements_total", method, route)
    out = fn()
    return int(route_metric(server, "docflow_db_statements_total", method, route) - before), out


def test_an_upload_and_a_lease_cost_a_fixed_number_of_statements(server, as_user):
    """A whole-file upload (the desk's scan: tus creation-with-upload) is one statement on
    PostgreSQL (blob, access and upload together, autocommit) and three on SQLite; a block lease
    reads its journal with the block of a repeated request id, raises the year's counter and makes
    the block in one statement on PostgreSQL, and does not look for numbers used from the block it
    has just made."""
    clerk = as_user("clerk")
    postgres = backend_of(server) == "postgres"

    def upload():
        data = os.urandom(100_000)
        sha = hashlib.sha256(data).hexdigest()
        meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in (("sha256", sha), ("filename", "scan.pdf")))
        r = clerk.post("/v1/uploads", data=data, headers={
            "Tus-Resumable": TUS_VERSION, "Upload-Length": str(len(data)), "Upload-Metadata": meta,
            "Content-Type": "application/offset+octet-stream"})
        assert r.status_code == 201 and r.headers["Upload-Offset"] == str(len(data)), r.text
        assert clerk.get(f"/v1/files/{sha}").content == data

    upload()  # warm (the token is cached)
    uploaded, _ = _statements_of(server, "POST", "/v1/uploads", upload)
    assert uploaded == (1 if postgres else 3), uploaded

    def lease():
        r = clerk.post("/v1/journals/j-a-in/blocks", json={"size": 5, "request_id": new_id()})
        assert r.status_code == 201, r.text
        return r.json()

    first = lease()
    leased, second = _statements_of(server, "POST", "/v1/journals/{journal_id}/blocks", lease)
    assert second["start"] >= first["end"] + 1 and second["end"] == second["start"] + 4 and second["used"] == []
    # the journal (share-locked) with the request id's block; then on PostgreSQL the counter raised
    # and the block inserted in one statement, on SQLite one each (main: 4 on both)
    assert leased == (2 if postgres else 3), leased


def test_a_registration_from_a_leased_block_costs_a_fixed_number_of_statements(server, as_user):
    """The desk's incoming letter (create, then register with a number of the block it leased) runs
    the same reads as a server-numbered letter: the block (share-locked) and whether its number is
    issued come with the batch's documents, not a query each. A number used twice is still refused."""
    clerk = as_user("clerk")
    block = clerk.post("/v1/journals/j-a-in/blocks", json={"size": 5, "request_id": new_id()}).json()

    def letter(seq: int) -> list[dict]:
        doc = new_id()
        return [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Blocked " + doc[:8]}}, 0),
                op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "block", "block_id": block["block_id"],
                                                  "seq": seq, "date": f"{block['year']}-03-02"}, 1)]

    clerk.push(*letter(block["start"]))  # warm
    count, results = _statements_of_push(server, clerk, letter(block["start"] + 1))
    assert [r["status"] for r in results] == ["applied", "applied"], results
    assert results[1]["result"]["seq"] == block["start"] + 1
    # the feed lock, the documents with the ops recorded and the block, the writes (PostgreSQL one
    # statement; SQLite the document, the number, the changes, the ops)
    assert count == (3 if backend_of(server) == "postgres" else 6), count
    again = clerk.push(*letter(block["start"] + 1))
    assert again[1]["status"] == "rejected" and again[1]["error"]["code"] == "number_already_used", again


def test_a_server_number_issued_before_is_refused_after_a_retry(server, as_user):
    """A registration does not ask whether the text of its server number was issued before; when
    it was (here: a row of another seq with the next number's text, as a change of the journal's
    format could leave), the batch's insert fails on the numbers' unique key, the batch is tried
    again asking, and the registration is refused as before: nothing of the first try is kept,
    the counter does not move, the batch's other ops apply."""
    head = as_user("head", ws=2)
    ok = head.push(*_letter("u-a-executor")[:2])
    assert [r["status"] for r in ok] == ["applied", "applied"], ok
    year, seq = ok[1]["result"]["year"], ok[1]["result"]["seq"]
    following = ok[1]["result"]["number"].replace(f"{seq:05d}", f"{seq + 1:05d}")
    engine = create_engine(server.db_url or f"sqlite:///{server.data_dir / 'server.sqlite3'}")
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO issued_numbers (journal_id, year, seq, number, doc_id, block_id, op_id, "
                              "created_at) VALUES ('j-a-in', :year, :seq, :number, :doc, NULL, :op, :now)"),
                         {"year": year, "seq": 10**9 + seq, "number": following, "doc": new_id(), "op": new_id(),
                          "now": dt.datetime(2026, 1, 1)})
        letter = _letter("u-a-executor")
        results = head.push(*letter[:2], *_letter("u-a-executor")[:1])
        assert [r["status"] for r in results] == ["applied", "rejected", "applied"], results
        assert results[1]["error"]["code"] == "number_already_used" and following in results[1]["error"]["message"]
        # the counter stayed where it was: the next registration meets the same number (as it did
        # when every registration asked first)
        after = head.push(*_letter("u-a-executor")[:2])[1]
        assert after["status"] == "rejected" and following in after["error"]["message"], after
    finally:  # the journal numbers on for the tests that share this server
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM issued_numbers WHERE journal_id = 'j-a-in' AND seq = :seq"),
                         {"seq": 10**9 + seq})
        engine.dispose()
    assert head.push(*_letter("u-a-executor")[:2])[1]["result"]["number"] == following


#: Statements of a push that registers an outgoing letter and dispatches it, and of the recipient's
#: acknowledgement. PostgreSQL: the feed locks (the recipient's found by its registry code, the
#: acknowledged dispatch's sender by its incoming document, in the same statement) with the
#: journals; the first read (documents, the recipient's institution, whether the dispatch id and
#: the incoming document exist; for an acknowledgement its dispatch and the sender's document);
#: all the writes in one statement. SQLite: the same reads, then one statement per table written.
DISPATCH = {"postgres": 3, "sqlite": 10}
ACKNOWLEDGE = {"postgres": 3, "sqlite": 5}


def _outgoing(client, shas: list[str]) -> str:
    doc = new_id()
    results = client.push(op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "Reply " + doc[:8]}}, 0),
                          *(op(doc, "file.attach", {"sha256": sha, "role": "draft", "name": f"{sha[:8]}.pdf",
                                                    "media_type": "application/pdf", "size": 300}, None, [sha])
                            for sha in shas))
    assert {r["status"] for r in results} == {"applied"}, results
    return doc


def _register_and_dispatch(doc: str, version: int, dispatch_id: str) -> list[dict]:
    return [op(doc, "registration.register", {"journal_id": "j-a-out", "mode": "server", "date": "2026-11-26"}, version),
            op(doc, "document.dispatch", {"dispatch_id": dispatch_id, "to": ["AZ-0002"]}, version + 1)]


def test_a_dispatch_and_its_acknowledgement_cost_a_fixed_number_of_statements(server, as_user):
    """Registering and dispatching a letter with two files, and the recipient's acknowledgement,
    each run a fixed number of statements (main: 16 and 14 on PostgreSQL, 19 and 14 on SQLite:
    a read of the recipients before the transaction, a savepoint, a query per recipient and per
    incoming document, one insert per file granted, the ORM's flush). What they do is unchanged:
    the recipient gets the document and its files, the sender's document the receipts."""
    a_clerk, b_clerk = as_user("clerk"), as_user("clerk", "b")
    backend = backend_of(server)
    shas = [a_clerk.upload_bytes(os.urandom(300), "letter.pdf") for _ in range(2)]
    _, b_cursor = b_clerk.all_changes(0)
    a_clerk.push(*_register_and_dispatch(_outgoing(a_clerk, shas), 3, new_id()))  # warm: the year's counter exists

    doc = _outgoing(a_clerk, shas)
    count, results = _statements_of_push(server, a_clerk, _register_and_dispatch(doc, 3, new_id()))
    assert [r["status"] for r in results] == ["applied", "applied"], results
    assert count == DISPATCH[backend], f"a dispatch ran {count} statements"
    incoming = results[1]["result"]["deliveries"][0]["incoming_doc_id"]
    changes, b_cursor = b_clerk.all_changes(b_cursor)  # the pull records the delivery
    copy = next(c["document"] for c in changes if c["doc_id"] == incoming)
    assert copy["origin"]["source_doc_id"] == doc and {f["sha256"] for f in copy["files"]} == set(shas)
    for sha in shas:
        assert b_clerk.get(f"/v1/files/{sha}").status_code == 200

    count, [ack] = _statements_of_push(server, b_clerk, [op(incoming, "dispatch.acknowledge", {
        "status": "registered", "registration_number": "IN-77"}, None)])
    assert ack["status"] == "applied", ack
    assert count == ACKNOWLEDGE[backend], f"an acknowledgement ran {count} statements"
    sent = a_clerk.get(f"/v1/documents/{doc}").json()
    assert sent["dispatches"][0]["status"] == "registered"
    assert [(r["status"], r["registration_number"]) for r in sent["dispatches"][0]["receipts"]] == [
        ("delivered", None), ("registered", "IN-77")]

    # acknowledged before any pull: the delivery receipt comes first, in the same statements
    doc = _outgoing(a_clerk, shas)
    incoming = a_clerk.push(*_register_and_dispatch(doc, 3, new_id()))[1]["result"]["deliveries"][0]["incoming_doc_id"]
    count, [ack] = _statements_of_push(server, b_clerk, [op(incoming, "dispatch.acknowledge", {"status": "refused",
                                                                                                "reason": "Not ours"}, None)])
    assert ack["status"] == "applied" and count == ACKNOWLEDGE[backend], (ack, count)
    sent = a_clerk.get(f"/v1/documents/{doc}").json()
    assert [r["status"] for r in sent["dispatches"][0]["receipts"]] == ["delivered", "refused"]
    again = b_clerk.push(op(incoming, "dispatch.acknowledge", {"status": "registered"}, None))[0]
    assert again["status"] == "rejected" and "already acknowledged (refused)" in again["error"]["message"], again


def test_a_dispatch_id_is_refused_a_second_time_in_the_same_batch_and_after_it(server, as_user):
    """A dispatch decides before it writes (no savepoint): a dispatch id used earlier in the same
    batch, or in an earlier one, is refused, and the refused op leaves nothing behind."""
    a_clerk, b_clerk = as_user("clerk"), as_user("clerk", "b")
    sha = a_clerk.upload_bytes(os.urandom(300), "letter.pdf")
    doc, dispatch_id = _outgoing(a_clerk, [sha]), new_id()
    twice = a_clerk.push(*_register_and_dispatch(doc, 2, dispatch_id),
                         op(doc, "document.dispatch", {"dispatch_id": dispatch_id, "to": ["AZ-0002"]}, 4))
    assert [r["status"] for r in twice] == ["applied", "applied", "rejected"], twice
    assert twice[2]["error"]["message"] == f"Dispatch id {dispatch_id} was already used."
    later = a_clerk.push(op(doc, "document.dispatch", {"dispatch_id": dispatch_id, "to": ["AZ-0002"]}, 4))[0]
    assert later["status"] == "rejected" and later["error"]["message"] == twice[2]["error"]["message"], later
    sent = a_clerk.get(f"/v1/documents/{doc}").json()
    assert sent["version"] == 4 and len(sent["dispatches"]) == 1
    incoming = twice[1]["result"]["deliveries"][0]["incoming_doc_id"]
    assert [c["doc_id"] for c in b_clerk.all_changes(0)[0]].count(incoming) == 1


def test_a_letter_with_its_scan_costs_what_a_letter_costs(server, as_user):
    """The day's incoming letter -- create, attach its scan, register -- runs a letter's statements
    (main: 6 on PostgreSQL, 10 on SQLite). A scan is no signed file: nothing is read before the
    transaction for it (main read the recorded ops and the files held first, as for a signed file
    to check), and its size comes with the batch's first read (the files the batch names that the
    institution holds), not from a query of the attach's own. A size that is not the stored
    file's is still refused, and a file the institution does not hold still defers."""
    clerk = as_user("clerk")
    sha = clerk.upload_bytes(os.urandom(300), "scan.pdf")

    def letter(size: int = 300, file: str = sha) -> list[dict]:
        doc = new_id()
        return [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Scanned " + doc[:8]}}, 0),
                op(doc, "file.attach", {"sha256": file, "role": "scan", "name": "scan.pdf",
                                        "media_type": "application/pdf", "size": size}, None, [file]),
                op(doc, "registration.register", {"journal_id": "j-a-in", "mode": "server", "date": "2026-11-26"}, 2)]

    clerk.push(*letter())  # warm: the token is cached, the year's counter exists
    count, results = _statements_of_push(server, clerk, letter())
    assert [r["status"] for r in results] == ["applied"] * 3, results
    assert count == LETTER[backend_of(server)], f"a letter with its scan ran {count} statements"

    _, wrong, _ = clerk.push(*letter(size=301))
    assert wrong["status"] == "rejected" and "has 300 bytes, not the 301" in wrong["error"]["message"], wrong
    _, absent, _ = clerk.push(*letter(file=hashlib.sha256(b"never uploaded").hexdigest()))
    assert absent["status"] == "deferred" and absent["error"]["code"] == "blob_missing", absent
