"""Bad input: a clear 4xx with a code and a sentence, nothing stored, the server keeps serving."""
from __future__ import annotations

import gzip
import json

import pytest
import requests

from tests.server.serverproc import new_id, op


def _valid_create(doc=None):
    return op(doc or new_id(), "document.create", {"kind": "incoming", "fields": {"subject": "ok"}}, 0)


CASES = [
    # (name, body bytes or dict, extra headers, status, code)
    ("malformed json", b'{"ops": [', {}, 400, "malformed_json"),
    ("not an object", b'[1,2]', {}, 422, "invalid_request"),
    ("missing ops", {}, {}, 422, "invalid_request"),
    ("empty ops", {"ops": []}, {}, 422, "invalid_request"),
    ("wrong type base_version", {"ops": [dict(_valid_create(), base_version="0")]}, {}, 422, "invalid_payload"),
    ("wrong type payload", {"ops": [dict(_valid_create(), payload="x")]}, {}, 422, "invalid_payload"),
    ("op_id not uuid", {"ops": [dict(_valid_create(), op_id="1")]}, {}, 422, "invalid_payload"),
    ("unknown op type", {"ops": [_valid_create(), dict(_valid_create(), type="document.explode")]}, {}, 422,
     "unknown_op_type"),
    ("path-like attach name", {"ops": [_valid_create(), op(new_id(), "file.attach", {
        "sha256": "a" * 64, "role": "scan", "name": "../../etc/passwd", "media_type": "x", "size": 1}, 1)]},
     {}, 422, "invalid_payload"),
    ("unknown payload field", {"ops": [op(new_id(), "document.create", {"kind": "incoming", "fields": {
        "subject": "s"}, "evil": 1}, 0)]}, {}, 422, "invalid_payload"),
    ("too many ops", {"ops": [_valid_create() for _ in range(101)]}, {}, 422, "invalid_request"),
    ("oversized body", {"ops": [op(new_id(), "document.create", {"kind": "incoming", "fields": {
        f"k{i}": "x" * 9000 for i in range(60)} | {"subject": "s"}}, 0)] * 3}, {}, 413, "body_too_large"),
    ("bad gzip", b"\x1f\x8b not really gzip", {"Content-Encoding": "gzip"}, 400, "malformed_json"),
    ("gzip bomb", gzip.compress(b'{"ops": [' + b" " * (20 * 1024 * 1024) + b"]}"), {"Content-Encoding": "gzip"},
     413, "body_too_large"),
    ("unknown encoding", b"{}", {"Content-Encoding": "br"}, 415, "unsupported_encoding"),
]


@pytest.mark.parametrize("name,body,headers,status,code", CASES, ids=[c[0] for c in CASES])
def test_bad_ops_requests(server, as_user, name, body, headers, status, code):
    clerk = as_user("clerk")
    _, cursor = clerk.all_changes(0)
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    r = clerk.post("/v1/ops", data=data, headers={"Content-Type": "application/json", **headers})
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code and len(err["message"]) > 10
    if isinstance(body, dict):
        for o in body.get("ops", []):
            if isinstance(o, dict) and isinstance(o.get("doc_id"), str):
                assert clerk.get(f"/v1/documents/{o['doc_id']}").status_code == 404   # nothing stored
    assert clerk.changes(cursor)["changes"] == []                                     # nothing stored
    assert requests.get(server.url + "/v1/health").status_code == 200


def test_validation_details_name_the_field(server, as_user):
    r = as_user("clerk").post("/v1/ops", json={"ops": [op(new_id(), "document.create",
                                                           {"kind": "incoming", "fields": {}}, 0)]})
    assert r.status_code == 422
    paths = [d["path"] for d in r.json()["error"]["details"]]
    assert "ops[0].payload.fields.subject" in paths


@pytest.mark.parametrize("method,path,body,status,code", [
    ("POST", "/v1/auth/login", {"username": 5, "password": "x", "workstation_id": "ws-a-1"}, 422, "invalid_request"),
    ("POST", "/v1/journals/j-a-in/blocks", {"size": 0}, 422, "invalid_request"),
    ("POST", "/v1/journals/j-a-in/blocks", {"size": "5"}, 422, "invalid_request"),
    ("POST", "/v1/journals/j-a-in/blocks", {"size": 10 ** 6}, 422, "invalid_request"),
    ("GET", "/v1/changes?cursor=-1", None, 422, "invalid_request"),
    ("GET", "/v1/changes?wait=3600", None, 422, "invalid_request"),
    ("GET", "/v1/no-such-thing", None, 404, "not_found"),
    ("DELETE", "/v1/ops", None, 405, "method_not_allowed"),
])
def test_other_bad_requests(server, as_user, method, path, body, status, code):
    r = as_user("clerk").request(method, path, json=body)
    assert r.status_code == status and r.json()["error"]["code"] == code, r.text
