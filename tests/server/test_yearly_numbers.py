"""Numbers restart at 1 each calendar year in each journal; a block serves only its own year; the file
plan's cases are required and carried into the number (issue 17). One real server process (SQLite)
whose calendar date the test moves with ``--clock-file``."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from tests.server.serverproc import REPO_ROOT, ApiClient, new_id, op, start_server


@pytest.fixture(scope="module")
def clocked(tmp_path_factory):
    root = tmp_path_factory.mktemp("clocked")
    clock = root / "today"
    clock.write_text("2026-12-31")
    srv = start_server(root, extra_args=["--clock-file", str(clock)])
    yield srv, clock
    srv.stop()


def _doc(client, kind="incoming"):
    doc = new_id()
    assert client.push(op(doc, "document.create", {"kind": kind, "fields": {"subject": "n"}}, 0))[0]["status"] == "applied"
    return doc


def _register(client, date, journal="j-a-in", **payload):
    return client.push(op(_doc(client), "registration.register", {"journal_id": journal, "date": date, **payload}, 1))[0]


def test_numbers_restart_each_year_and_blocks_keep_their_year(clocked):
    srv, clock = clocked
    clerk = ApiClient(srv.url).login("clerk")
    # 31 December: this year's block and, leased ahead, next year's -- which starts at 1.
    b26 = clerk.post("/v1/journals/j-a-in/blocks", json={"size": 5}).json()
    b27 = clerk.post("/v1/journals/j-a-in/blocks", json={"size": 5, "year": 2027}).json()
    assert (b26["year"], b27["year"], b27["start"]) == (2026, 2027, 1)
    refused = clerk.post("/v1/journals/j-a-in/blocks", json={"size": 5, "year": 2028})
    assert refused.status_code == 422 and "2028" in refused.json()["error"]["message"]

    # The server's calendar moves on to 2 January; what the desk registered on 31 December arrives now.
    clock.write_text("2027-01-02")
    late = _register(clerk, "2026-12-31", mode="block", block_id=b26["block_id"], seq=b26["start"])
    assert late["status"] == "applied" and late["result"]["number"] == f"IN-{b26['start']:05d}/2026"
    assert late["result"]["year"] == 2026
    # a 2026 block never numbers a 2027 letter
    wrong = _register(clerk, "2027-01-02", mode="block", block_id=b26["block_id"], seq=b26["start"] + 1)
    assert wrong["status"] == "rejected" and wrong["error"]["code"] == "number_not_in_block"
    jan = _register(clerk, "2027-01-02", mode="block", block_id=b27["block_id"], seq=1)
    assert jan["result"]["number"] == "IN-00001/2027"
    # a provisional number of 31 December gets 2026's next number; one of 2 January 2027's
    prov26 = _register(clerk, "2026-12-31", mode="provisional", provisional_number="PROV-IN-ws-a-1-1")
    assert prov26["result"]["seq"] == b26["end"] + 1 and prov26["result"]["number"].endswith("/2026")
    prov27 = _register(clerk, "2027-01-02", mode="server")
    assert prov27["result"]["number"] == f"IN-{b27['end'] + 1:05d}/2027"
    # the lease window follows the server's calendar
    assert clerk.post("/v1/journals/j-a-in/blocks", json={"size": 1, "year": 2028}).status_code == 201


def test_file_plan_cases_are_required_and_give_the_index(clocked):
    srv, clock = clocked
    clock.write_text("2027-01-02")
    done = subprocess.run([sys.executable, "-m", "circulation_server", "create-journal", "--data-dir", str(srv.data_dir),
                           "AZ-0001", "OUTX", "Outgoing by case", "outgoing", "--format", "{index}/{n}"],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    journal_id = done.stdout.strip().split()[-1]
    clerk, head = ApiClient(srv.url).login("clerk"), ApiClient(srv.url).login("head", workstation_id="ws-a-2")
    executor = ApiClient(srv.url).login("executor")

    def put(client, case_id, **body):
        return client.request("PUT", f"/v1/file-plan/cases/{case_id}", json={"year": 2027, "index": "02-02",
                                                                             "title": "Yazışmalar", **body})

    case_id, other_year = new_id(), new_id()
    assert put(executor, case_id).status_code == 403
    made = put(clerk, case_id, retention_years=5)
    assert made.status_code == 201 and made.json()["version"] == 1
    assert put(clerk, new_id()).status_code == 409                       # index taken in 2027
    assert put(clerk, other_year, year=2026).status_code == 201
    assert put(clerk, case_id, title="x", base_version=0).json()["error"]["code"] == "version_conflict"
    assert put(clerk, case_id, closed=True, base_version=1).status_code == 403   # closing is the head's

    # 2027 has a file plan now: a registration without a case, or with a case of 2026, is refused
    r = _register(clerk, "2027-01-02", journal=journal_id, mode="server")
    assert r["status"] == "rejected" and r["error"]["code"] == "case_required"
    r = _register(clerk, "2027-01-02", journal=journal_id, mode="server", case_id=other_year)
    assert r["error"]["code"] == "unknown_case"
    r = _register(clerk, "2027-01-02", journal=journal_id, mode="server", case_id=case_id)
    assert r["status"] == "applied" and r["result"]["number"] == "02-02/1"

    closed = put(head, case_id, closed=True, retention_years=5, base_version=1)
    assert closed.status_code == 200 and closed.json()["closed"] is True
    assert put(clerk, case_id, title="y", closed=True, base_version=2).status_code == 409  # closed: no edits
    # closed on 2 January: a letter dated later takes another case (the desk refuses a closed case too:
    # desktop_app/fileplan.py), one registered offline by 2 January and synced later keeps this one
    clock.write_text("2027-01-04")
    r = _register(clerk, "2027-01-03", journal=journal_id, mode="server", case_id=case_id)
    assert r["status"] == "rejected" and r["error"]["code"] == "case_closed"
    r = _register(clerk, "2027-01-02", journal=journal_id, mode="server", case_id=case_id)
    assert r["status"] == "applied" and r["result"]["number"] == "02-02/2"  # the refused one took no number
    clock.write_text("2027-01-02")
    listed = executor.get("/v1/file-plan", params={"year": 2027}).json()["cases"]
    assert [(c["index"], c["closed"], c["retention_years"]) for c in listed] == [("02-02", True, 5)]
    # case ids are each institution's own: the other institution makes a case with the same id
    other = ApiClient(srv.url).login("clerk", workstation_id="ws-b-1")
    assert put(other, case_id).status_code == 201
    assert [c["title"] for c in other.get("/v1/file-plan").json()["cases"]] == ["Yazışmalar"]

    # an unchanged plan is answered 304 to its ETag; any change (a new case, an edit) gives a new one
    first = clerk.get("/v1/file-plan")
    etag = first.headers["ETag"]
    same = clerk.get("/v1/file-plan", headers={"If-None-Match": etag})
    assert same.status_code == 304 and same.content == b"" and same.headers["ETag"] == etag
    assert clerk.get("/v1/file-plan", params={"year": 2027}, headers={"If-None-Match": etag}).status_code == 200
    assert put(clerk, new_id(), index="02-03").status_code == 201
    changed = clerk.get("/v1/file-plan", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    assert len(changed.json()["cases"]) == len(first.json()["cases"]) + 1
    etag = changed.headers["ETag"]
    edit_id = next(c["id"] for c in changed.json()["cases"] if c["index"] == "02-03")
    assert put(clerk, edit_id, index="02-03", title="Təkliflər", base_version=1).status_code == 200
    assert clerk.get("/v1/file-plan", headers={"If-None-Match": etag}).status_code == 200


def test_an_administrator_changes_a_journal_s_number_format(clocked, capsys):
    """``PUT /v1/journals/{id}/format``: administrators only; a format that cannot number is refused and
    nothing changes; the next number follows the new format, numbers given keep theirs."""
    srv, clock = clocked
    clock.write_text("2027-01-05")
    admin, clerk = ApiClient(srv.url).login("admin"), ApiClient(srv.url).login("clerk")
    cases = clerk.get("/v1/file-plan", params={"year": 2026}).json()["cases"]  # 2026's file plan, if the test before made one
    filed = {"case_id": cases[0]["id"]} if cases else {}

    def register():
        doc = _doc(clerk, "internal")
        return clerk.push(op(doc, "registration.register", {"journal_id": "j-a-int", "date": "2026-12-30", "mode": "server",
                                                            **filed}, 1))[0]["result"]

    before = register()["number"]
    refused = clerk.put("/v1/journals/j-a-int/format", json={"format": "{n}/{year}"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden_role"
    for bad, reason in (("{index}-{nn}", "unknown fields nn"), ("INT/{year}", "must contain {seq} or {n}"), ("{n", "not a valid")):
        r = admin.put("/v1/journals/j-a-int/format", json={"format": bad})
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_payload" and reason in r.json()["error"]["message"], r.text
        assert "journal INT" in r.json()["error"]["message"]
    assert admin.put("/v1/journals/j-b-int/format", json={"format": "{n}"}).status_code == 404  # another institution's
    journals = {j["code"]: j["format"] for j in clerk.get("/v1/journals").json()["journals"]}
    assert journals["INT"] != "{n}-{yy}"
    ok = admin.put("/v1/journals/j-a-int/format", json={"format": "{n}-{yy}"})
    assert ok.status_code == 200 and ok.json()["format"] == "{n}-{yy}" and ok.json()["code"] == "INT"
    after = register()
    assert after["number"] == f"{after['seq']}-26" and before.startswith("INT-")
    # the operator's way: the admin CLI (its main, in this process: a process start costs seconds), the same check
    from circulation_server.cli import main

    cli = ["set-journal-format", "--data-dir", str(srv.data_dir), "AZ-0001", "INT"]
    assert main([*cli, "INT/{year}"]) == 2 and "must contain {seq} or {n}" in capsys.readouterr().err
    # a format whose longest number does not fit a registration number (64 characters): refused both ways
    too_long = "{index}-{n}/{year}-" + "x" * 30
    r = admin.put("/v1/journals/j-a-int/format", json={"format": too_long})
    assert r.status_code == 422 and "makes numbers of up to 76 characters" in r.json()["error"]["message"], r.text
    assert main([*cli, too_long]) == 2 and "at most 64" in capsys.readouterr().err
    # one set before the check (written straight into the store) refuses to number rather than cut a number
    with sqlite3.connect(srv.data_dir / "server.sqlite3") as db:
        db.execute("UPDATE journals SET format = ? WHERE id = 'j-a-int'", ("{n}-" + "x" * 70,))
    doc = _doc(clerk, "internal")
    refused = clerk.push(op(doc, "registration.register", {"journal_id": "j-a-int", "date": "2026-12-30", "mode": "server",
                                                           **filed}, 1))[0]
    assert refused["status"] == "rejected" and refused["error"]["code"] == "invalid_payload"
    assert "longer than the 64 characters" in refused["error"]["message"]
    assert main([*cli, "INT-{n}/{year}"]) == 0 and capsys.readouterr().out.strip() == "j-a-int"
    assert register()["number"].startswith("INT-") and register()["number"].endswith("/2026")
