"""The hostile requests of issue 12, each a named regression test, on SQLite and on PostgreSQL.

Every one must be a 4xx with the documented code (the ``hostile`` fixture also fails on any 5xx
and counts the requests per back-end for the run's closing summary).
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import json
import threading
import time

import pytest
import requests

from tests.server.conftest import backend_of, count
from tests.server.serverproc import new_id, op

TUS = {"Tus-Resumable": "1.0.0"}


def _code(r) -> str:
    return r.json()["error"]["code"]


def _create(client, doc=None, subject="Letter"):
    doc = doc or new_id()
    [res] = client.push(op(doc, "document.create", {"kind": "incoming", "fields": {"subject": subject}}, 0))
    assert res["status"] == "applied", res
    return doc


def _new_upload(client, data: bytes, name: str = "f.pdf") -> str:
    sha = hashlib.sha256(data).hexdigest()
    meta = f"sha256 {base64.b64encode(sha.encode()).decode()},filename {base64.b64encode(name.encode()).decode()}"
    r = client.post("/v1/uploads", headers={**TUS, "Upload-Length": str(len(data)), "Upload-Metadata": meta})
    assert r.status_code == 201, r.text
    return r.headers["Location"]


def _raw_ops(hostile, client, raw: bytes, **headers):
    return hostile(client, "POST", "/v1/ops", data=raw, headers={"Content-Type": "application/json", **headers})


def _feed_is_strict_json(client) -> None:
    r = client.get("/v1/changes", params={"cursor": 0, "limit": 500})
    json.loads(r.text, parse_constant=lambda name: pytest.fail(f"{name} in the change feed"))


# ------------------------------------------------------------------------------ headers and numbers

@pytest.mark.parametrize("value", ["²", "١٢", "１２", "+5", "-1", "0x10", "1e3", "1_000", ""])
def test_non_ascii_or_signed_digits_in_upload_length_are_400(server, as_user, hostile, value):
    meta = "sha256 " + base64.b64encode(b"a" * 64).decode()
    r = hostile(as_user("clerk"), "POST", "/v1/uploads",
                headers={**TUS, "Upload-Length": value.encode("utf-8"), "Upload-Metadata": meta})
    assert r.status_code == 400 and _code(r) == "invalid_request", r.text


@pytest.mark.parametrize("value", ["²", "٣", "-0", "9" * 20])
def test_non_ascii_or_huge_upload_offset_is_400(server, as_user, hostile, value):
    clerk = as_user("clerk")
    url = _new_upload(clerk, b"some bytes " + new_id().encode())
    r = hostile(clerk, "PATCH", url, data=b"x", headers={**TUS, "Upload-Offset": value.encode("utf-8"),
                                                         "Content-Type": "application/offset+octet-stream"})
    assert r.status_code == 400 and _code(r) == "invalid_request", r.text


def test_five_thousand_digit_numbers_in_headers(server, as_user, hostile):
    clerk = as_user("clerk")
    huge = "9" * 5000
    meta = "sha256 " + base64.b64encode(b"b" * 64).decode()
    r = hostile(clerk, "POST", "/v1/uploads", headers={**TUS, "Upload-Length": huge, "Upload-Metadata": meta})
    assert r.status_code == 413 and _code(r) == "file_too_large"
    url = _new_upload(clerk, b"x" * 10)
    r = hostile(clerk, "PATCH", url, data=b"x", headers={**TUS, "Upload-Offset": huge,
                                                         "Content-Type": "application/offset+octet-stream"})
    assert r.status_code == 400 and _code(r) == "invalid_request"
    data = b"range target " + new_id().encode()
    sha = clerk.upload_bytes(data)
    for rng in (f"bytes={huge}-", f"bytes=0-{huge}", f"bytes=-{huge}"):
        r = hostile(clerk, "GET", f"/v1/files/{sha}", headers={"Range": rng})
        assert r.status_code == 416 and _code(r) == "range_not_satisfiable", rng
    r = hostile(clerk, "GET", f"/v1/files/{sha}", headers={"Range": "bytes=²-"})   # not a range: ignored
    assert r.status_code == 200 and r.content == data
    r = hostile(clerk, "POST", "/v1/ops", data=b"{}", headers={"Content-Type": "application/json",
                                                               "Content-Length": huge})
    assert 400 <= r.status_code < 500


@pytest.mark.parametrize("cursor,status", [
    (2 ** 31 + 7, 200),            # past a 32-bit sequence: a valid (empty) page on both back-ends
    (2 ** 63 - 1, 200),
    (2 ** 63, 422), (2 ** 64 + 1, 422), (10 ** 40, 422), ("9" * 5000, 422), ("²", 422),
])
def test_cursor_beyond_the_sequence_range(server, as_user, hostile, cursor, status):
    r = hostile(as_user("clerk"), "GET", f"/v1/changes?cursor={cursor}")
    assert r.status_code == status, r.text
    if status == 200:
        assert r.json()["changes"] == [] and r.json()["has_more"] is False
    else:
        assert _code(r) == "invalid_request"


# ------------------------------------------------------------------------------------- JSON text

@pytest.mark.parametrize("raw", [
    rb'{"ops": [{"op_id": "\ud800", "doc_id": "x", "type": "document.create"}]}',
    rb'{"ops": [{"\udfff": 1}]}',
    rb'{"username": "clerk\udc00", "password": "x", "workstation_id": "ws-a-1"}',
    b'{"ops": [{"op_id": "\xed\xa0\x80"}]}',          # a surrogate encoded in UTF-8: not UTF-8
    b'{"ops": [\xff]}',
])
def test_lone_surrogates_and_bad_utf8_are_malformed_json(server, as_user, hostile, raw):
    for path in ("/v1/ops", "/v1/auth/login"):
        r = hostile(as_user("clerk"), "POST", path, data=raw, headers={"Content-Type": "application/json"})
        assert r.status_code == 400 and _code(r) == "malformed_json", r.text


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400", "-1e999"])
def test_nan_and_infinity_are_refused_and_never_reach_the_feed(server, as_user, hostile, literal):
    clerk = as_user("clerk")
    doc = new_id()
    raw = ('{"ops": [{"op_id": "%s", "doc_id": "%s", "type": "document.create", "base_version": 0, '
           '"payload": {"kind": "incoming", "fields": {"subject": "s", "amount": %s}}}]}'
           % (new_id(), doc, literal)).encode()
    r = _raw_ops(hostile, clerk, raw)
    assert r.status_code == 400 and _code(r) == "malformed_json", r.text
    assert hostile(clerk, "GET", f"/v1/documents/{doc}").status_code == 404
    _feed_is_strict_json(clerk)


def test_nul_in_strings_keys_and_ids(server, as_user, hostile):
    clerk = as_user("clerk")
    doc = new_id()
    for body in (
        {"ops": [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "a\x00b"}}, 0)]},
        {"ops": [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "s", "k\x00": 1}}, 0)]},
        {"ops": [op(doc + "\x00", "document.create", {"kind": "incoming", "fields": {"subject": "s"}}, 0)]},
        {"username": "clerk\x00", "password": "demo-clerk", "workstation_id": "ws-a-1"},
    ):
        path = "/v1/auth/login" if "username" in body else "/v1/ops"
        r = hostile(clerk, "POST", path, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
        assert r.status_code == 422 and _code(r) == "invalid_request", r.text
    for path in ("/v1/documents/%00", f"/v1/documents/{doc}%00", "/v1/number-blocks/b-%00",
                 "/v1/journals/j-a-in%00/blocks", "/v1/files/%00", "/v1/uploads/%00"):
        method = "POST" if path.endswith("/blocks") else "GET"
        r = hostile(clerk, method, path, json={"size": 1} if method == "POST" else None,
                    headers=TUS if "uploads" in path else None)
        assert r.status_code in (404, 405, 412) and r.json()["error"]["code"] in (
            "not_found", "method_not_allowed", "tus_version_unsupported"), (path, r.text)
    assert hostile(clerk, "GET", f"/v1/documents/{doc}").status_code == 404


@pytest.mark.parametrize("spell", [
    lambda u: "{" + u + "}", lambda u: "urn:uuid:" + u, lambda u: u.upper(), lambda u: u.replace("-", ""),
])
def test_non_canonical_uuids_are_refused_and_never_replay_an_op(server, as_user, hostile, spell):
    clerk = as_user("clerk")
    doc = _create(clerk)
    upd = op(doc, "document.update", {"fields": {"page_count": 1}}, 1)
    assert clerk.push(upd)[0]["status"] == "applied"
    for variant in (dict(upd, op_id=spell(upd["op_id"])), dict(upd, doc_id=spell(doc), op_id=new_id()),
                    op(spell(new_id()), "document.create", {"kind": "incoming", "fields": {"subject": "s"}}, 0)):
        r = hostile(clerk, "POST", "/v1/ops", json={"ops": [variant]})
        assert r.status_code == 422 and _code(r) == "invalid_payload", r.text
        assert "canonical" in r.text
    assert clerk.get(f"/v1/documents/{doc}").json()["version"] == 2        # applied once, never again
    assert hostile(clerk, "GET", f"/v1/documents/{spell(doc)}").status_code == 404


# ------------------------------------------------------------------------------------ file names

BAD_NAMES = ["invoice\u202efdp.exe", "a\x01b.pdf", "a\x85b.pdf", "CON.pdf", "nul", "LPT1.txt", "x.pdf.",
             "x.pdf ", "letter.pdf:hidden", "a|b.pdf", "\u200b.pdf"]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_hostile_file_names_are_refused(server, as_user, hostile, name):
    clerk = as_user("clerk")
    doc = new_id()
    attach = op(doc, "file.attach", {"sha256": "a" * 64, "role": "scan", "name": name,
                                     "media_type": "application/pdf", "size": 1}, 1)
    r = hostile(clerk, "POST", "/v1/ops", json={"ops": [attach]})
    assert r.status_code == 422 and _code(r) == "invalid_payload"
    assert r.json()["error"]["details"][0]["path"] == "ops[0].payload.name"
    meta = (f"sha256 {base64.b64encode(b'c' * 64).decode()},"
            f"filename {base64.b64encode(name.encode()).decode()}")
    r = hostile(clerk, "POST", "/v1/uploads", headers={**TUS, "Upload-Length": "1", "Upload-Metadata": meta})
    assert r.status_code == 400 and _code(r) == "invalid_file_name"


@pytest.mark.parametrize("media_type", ["pdf", "application/pdf; x=1", "application/", "a b/c", "текст/pdf", ""])
def test_media_type_must_be_a_token(server, as_user, hostile, media_type):
    clerk = as_user("clerk")
    attach = op(new_id(), "file.attach", {"sha256": "a" * 64, "role": "scan", "name": "x.pdf",
                                          "media_type": media_type, "size": 1}, 1)
    r = hostile(clerk, "POST", "/v1/ops", json={"ops": [attach]})
    assert r.status_code == 422 and _code(r) == "invalid_payload"
    if media_type:
        meta = (f"sha256 {base64.b64encode(b'd' * 64).decode()},"
                f"media_type {base64.b64encode(media_type.encode()).decode()}")
        r = hostile(clerk, "POST", "/v1/uploads", headers={**TUS, "Upload-Length": "1", "Upload-Metadata": meta})
        assert r.status_code == 400 and _code(r) == "invalid_upload_metadata"


# ----------------------------------------------------------------------------- ids and idempotency

def test_other_institutions_document_id_looks_missing_for_create_and_update(server, as_user, hostile):
    a, b = as_user("clerk"), as_user("clerk", "b")
    doc = _create(a, subject="A's letter")
    never = new_id()
    answers = []
    for d in (doc, never):
        for o in (op(d, "document.create", {"kind": "incoming", "fields": {"subject": "B's"}}, 0),
                  op(d, "document.update", {"fields": {"subject": "hijack"}}, 1)):
            r = hostile(b, "POST", "/v1/ops", json={"ops": [o]})
            res = r.json()["results"][0]
            answers.append((d == doc, o["type"], res["status"], (res.get("error") or {}).get("code"), res["version"]))
    taken = [(t, s, c, v) for mine, t, s, c, v in answers if mine]
    assert taken == [("document.create", "deferred", "document_not_found", None),
                     ("document.update", "deferred", "document_not_found", None)]
    assert a.get(f"/v1/documents/{doc}").json()["fields"]["subject"] == "A's letter"


def test_number_lease_request_id_reused_with_another_size(server, as_user, hostile):
    clerk = as_user("clerk")
    rid = new_id()
    first = clerk.post("/v1/journals/j-a-in/blocks", json={"size": 3, "request_id": rid})
    assert first.status_code == 201
    again = hostile(clerk, "POST", "/v1/journals/j-a-in/blocks", json={"size": 3, "request_id": rid})
    assert again.status_code == 200 and again.json()["block_id"] == first.json()["block_id"]
    r = hostile(clerk, "POST", "/v1/journals/j-a-in/blocks", json={"size": 7, "request_id": rid})
    assert r.status_code == 422 and _code(r) == "idempotency_key_reused"
    r = hostile(clerk, "POST", "/v1/journals/j-a-out/blocks", json={"size": 3, "request_id": rid})
    assert r.status_code == 422 and _code(r) == "idempotency_key_reused"


# --------------------------------------------------------------------------------- content types

@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None])
def test_wrong_content_type_is_415(server, as_user, tally, content_type):
    clerk = as_user("clerk")
    body = json.dumps({"ops": [op(new_id(), "document.create", {"kind": "incoming", "fields": {"subject": "s"}}, 0)]})
    headers = {"Content-Type": content_type} if content_type else {}
    session = requests.Session()
    req = requests.Request("POST", server.url + "/v1/ops", data=body.encode(),
                           headers={**clerk.headers(), **headers}).prepare()
    if content_type is None:
        req.headers.pop("Content-Type", None)
    r = session.send(req, timeout=30)
    count(tally, backend_of(server), "hostile", r.status_code)
    assert r.status_code == 415 and _code(r) == "unsupported_media_type", r.text


def test_gzip_with_trailing_garbage_is_refused(server, as_user, hostile):
    clerk = as_user("clerk")
    doc = new_id()
    body = json.dumps({"ops": [op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "s"}}, 0)]})
    for tail in (b"garbage", gzip.compress(b"{}"), b"\x00"):
        r = _raw_ops(hostile, clerk, gzip.compress(body.encode()) + tail, **{"Content-Encoding": "gzip"})
        assert r.status_code == 400 and _code(r) == "malformed_json", r.text
    assert clerk.get(f"/v1/documents/{doc}").status_code == 404


@pytest.mark.parametrize("raw", [b'{"ops": [', b"[1, 2", b"\x1f\x8b", b'{"a": 1} trailing', b"'single'"])
def test_malformed_json_code(server, as_user, hostile, raw):
    r = _raw_ops(hostile, as_user("clerk"), raw)
    assert r.status_code == 400 and _code(r) == "malformed_json"


# ----------------------------------------------------------------------------- uploads: DELETE lock

def test_delete_while_patch_streams_waits_for_the_lock(server, as_user, hostile):
    """DELETE takes the upload's lock: while a PATCH streams it answers 423, never breaks the PATCH."""
    clerk = as_user("clerk")
    data = b"%PDF slow upload " + new_id().encode() * 2000
    url = _new_upload(clerk, data)
    step = len(data) // 10 + 1
    chunks = [data[i:i + step] for i in range(0, len(data), step)]
    patch: dict = {}

    def slow_body():
        for chunk in chunks:
            yield chunk
            time.sleep(0.9)

    def run_patch():
        patch["r"] = clerk.request("PATCH", url, data=slow_body(),
                                   headers={**TUS, "Upload-Offset": "0",
                                            "Content-Type": "application/offset+octet-stream"})

    t = threading.Thread(target=run_patch)
    t.start()
    time.sleep(1.0)
    r = hostile(clerk, "DELETE", url, headers=TUS)
    assert r.status_code == 423 and _code(r) == "upload_locked", r.text
    t.join(60)
    assert patch["r"].status_code == 204, patch["r"].text              # the PATCH finished, intact
    sha = hashlib.sha256(data).hexdigest()
    assert clerk.get(f"/v1/files/{sha}").content == data
    r = hostile(clerk, "DELETE", url, headers=TUS)                       # now free: a normal DELETE
    assert r.status_code == 204
    assert clerk.get(f"/v1/files/{sha}").status_code == 200              # a finished upload's file stays
