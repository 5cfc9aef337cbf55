"""Authorization matrix: tokens bound to workstations, revocation, expiry, institutions, roles."""
from __future__ import annotations

import hashlib
import re
import secrets
import time
from datetime import timedelta

import pytest
import requests
from sqlalchemy import create_engine, text

from circulation_server.models import utcnow
from tests.server.serverproc import ApiClient, new_id, op


def _code(r: requests.Response) -> str:
    return r.json()["error"]["code"]


@pytest.mark.parametrize("username,password,ws", [
    ("clerk", "wrong-password", "ws-a-1"),       # wrong password
    ("nobody", "demo-nobody", "ws-a-1"),         # unknown user
    ("clerk", "demo-clerk", "ws-zz-9"),          # unknown workstation
])
def test_login_refused(server, username, password, ws):
    r = requests.post(server.url + "/v1/auth/login",
                      json={"username": username, "password": password, "workstation_id": ws})
    assert r.status_code == 401 and _code(r) == "bad_credentials"
    assert "token" not in r.text


def test_user_cannot_log_in_on_other_institutions_workstation(server):
    # "clerk" exists in both institutions, but clerk of A's password does not open B's workstation
    # unless it is B's clerk (same demo password): the login binds to B's user, never to A's.
    c = ApiClient(server.url).login("clerk", workstation_id="ws-b-1")
    assert c.me["institution"]["registry_code"] == "AZ-0002"


@pytest.mark.parametrize("headers,code", [
    ({}, "unauthenticated"),
    ({"Authorization": "Bearer dft_not-a-real-token", "X-Docflow-Workstation": "ws-a-1"}, "unauthenticated"),
])
def test_missing_or_unknown_token(server, headers, code):
    r = requests.get(server.url + "/v1/changes", headers=headers)
    assert r.status_code == 401 and _code(r) == code


def test_new_tokens_carry_128_bits_and_256_bit_tokens_issued_before_stay_valid(server):
    """A new token is ``dft_`` and 22 base64url characters (128 bits, ~2 KB less on a 2G sync run,
    where every request carries it); a 256-bit token a server issued before (43 characters) still
    opens the API until it expires, looked up by its SHA-256 as ever."""
    c = ApiClient(server.url).login("clerk", workstation_id="ws-a-1")
    assert re.fullmatch(r"dft_[A-Za-z0-9_-]{22}", c.token), c.token
    old = "dft_" + secrets.token_urlsafe(32)  # as issued before session 11
    digest = hashlib.sha256(c.token.encode()).hexdigest()
    engine = create_engine(server.db_url or f"sqlite:///{server.data_dir / 'server.sqlite3'}")
    try:
        with engine.begin() as conn:
            user, ws = conn.execute(text("SELECT user_id, workstation_id FROM tokens WHERE token_hash = :h"),
                                    {"h": digest}).one()
            conn.execute(text("INSERT INTO tokens (token_hash, user_id, workstation_id, created_at, expires_at) "
                              "VALUES (:h, :u, :w, :c, :e)"),
                         {"h": hashlib.sha256(old.encode()).hexdigest(), "u": user, "w": ws,
                          "c": utcnow(), "e": utcnow() + timedelta(hours=1)})
    finally:
        engine.dispose()
    r = requests.get(server.url + "/v1/auth/me", headers={"Authorization": f"Bearer {old}",
                                                          "X-Docflow-Workstation": "ws-a-1"})
    assert r.status_code == 200 and r.json()["user"]["username"] == "clerk", r.text


def test_token_is_bound_to_its_workstation(server, as_user):
    clerk = as_user("clerk")
    assert clerk.get("/v1/auth/me").status_code == 200
    for ws in ("ws-a-2", "ws-b-1", None):
        headers = {"Authorization": f"Bearer {clerk.token}"}
        if ws:
            headers["X-Docflow-Workstation"] = ws
        r = requests.get(server.url + "/v1/auth/me", headers=headers)
        assert r.status_code == 401 and _code(r) == "workstation_mismatch"


def test_logout_revokes_and_admin_revokes_workstation(server, as_user):
    c = ApiClient(server.url).login("clerk", workstation_id="ws-a-2")
    assert c.post("/v1/auth/logout").status_code == 204
    r = c.get("/v1/auth/me")
    assert r.status_code == 401 and _code(r) == "token_revoked"

    c1 = ApiClient(server.url).login("head", workstation_id="ws-a-2")
    c2 = ApiClient(server.url).login("executor", workstation_id="ws-a-2")
    admin = as_user("admin")
    r = admin.post("/v1/admin/tokens/revoke", json={"workstation_id": "ws-a-2"})
    assert r.status_code == 200 and r.json()["revoked"] >= 2
    for c in (c1, c2):
        r = c.get("/v1/journals")
        assert r.status_code == 401 and _code(r) == "token_revoked"
    assert admin.get("/v1/journals").status_code == 200           # ws-a-1 unaffected
    # Admin of A cannot touch B's workstations (404), and a clerk is no admin (403).
    assert admin.post("/v1/admin/tokens/revoke", json={"workstation_id": "ws-b-1"}).status_code == 404
    r = as_user("clerk").post("/v1/admin/tokens/revoke", json={"workstation_id": "ws-a-2"})
    assert r.status_code == 403 and _code(r) == "forbidden_role"


def test_expired_token_refused(server):
    c = ApiClient(server.url).login("clerk", workstation_id="ws-a-1", ttl_seconds=1)
    assert c.get("/v1/auth/me").status_code == 200
    time.sleep(1.3)
    r = c.get("/v1/auth/me")
    assert r.status_code == 401 and _code(r) == "token_expired"


def test_other_institutions_things_are_404(server, as_user):
    a, b = as_user("clerk"), as_user("clerk", "b")
    data = b"A's confidential scan " + new_id().encode()
    sha = a.upload_bytes(data, "secret.pdf")
    doc = new_id()
    assert a.push(op(doc, "document.create", {"kind": "incoming", "fields": {"subject": "Secret"}}, 0),
                  op(doc, "file.attach", {"sha256": sha, "role": "scan", "name": "secret.pdf",
                                          "media_type": "application/pdf", "size": len(data)}, 1, [sha])
                  )[1]["status"] == "applied"
    block = a.post("/v1/journals/j-a-in/blocks", json={"size": 3}).json()

    assert b.get(f"/v1/documents/{doc}").status_code == 404
    assert b.request("HEAD", f"/v1/files/{sha}").status_code == 404
    assert b.get(f"/v1/files/{sha}").status_code == 404
    assert b.get(f"/v1/number-blocks/{block['block_id']}").status_code == 404
    assert b.post(f"/v1/number-blocks/{block['block_id']}/release").status_code == 404
    assert b.post("/v1/journals/j-a-in/blocks", json={"size": 3}).status_code == 404
    assert all(c["doc_id"] != doc for c in b.all_changes(0)[0])
    assert all(j["id"].startswith("j-b-") for j in b.get("/v1/journals").json()["journals"])
    assert all(u["id"].startswith("u-b-") for u in b.get("/v1/users").json()["users"])
    # Ops on A's document from B: indistinguishable from a document that does not exist.
    r = b.push(op(doc, "document.update", {"fields": {"subject": "hijack"}}, 2))[0]
    assert r["status"] == "deferred" and r["error"]["code"] == "document_not_found"
    # Knowing the hash is not enough: B must send the bytes to see the file.
    r = b.post("/v1/uploads", headers={"Tus-Resumable": "1.0.0", "Upload-Length": str(len(data)),
                                       "Upload-Metadata": "sha256 " + __import__("base64").b64encode(sha.encode()).decode()})
    assert r.status_code == 201 and r.headers["Upload-Offset"] == "0"
    assert a.request("HEAD", r.headers["Location"], headers={"Tus-Resumable": "1.0.0"}).status_code == 404
    assert a.get(f"/v1/documents/{doc}").json()["fields"]["subject"] == "Secret"


def test_roles(server, as_user):
    clerk, head, executor = as_user("clerk"), as_user("head"), as_user("executor")
    users = {u["username"]: u["id"] for u in clerk.get("/v1/users").json()["users"]}
    doc = new_id()
    assert executor.push(op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "Draft"}}, 0)
                         )[0]["status"] == "applied"
    data = b"signed bytes " + new_id().encode()
    sha = executor.upload_bytes(data, "s.pdf")
    for o in (
        op(doc, "registration.register", {"journal_id": "j-a-out", "mode": "server", "date": "2026-11-26"}, 1),
        op(doc, "signature.add", {"signature_id": new_id(), "sha256": sha, "level": "B-B", "signer_name": "X",
                                  "signed_at": "2026-11-26T10:00:00Z"}, None, [sha]),
        op(doc, "resolution.create", {"resolution_id": new_id(), "executor_user_id": users["executor"],
                                      "text": "x"}, None),
    ):
        r = executor.push(o)[0]
        assert r["status"] == "rejected" and r["error"]["code"] == "forbidden_role", (o["type"], r)
    r = executor.post("/v1/journals/j-a-out/blocks", json={"size": 5})
    assert r.status_code == 403 and _code(r) == "forbidden_role"
    # A sign step assigned to the executor still cannot be acted on by the executor.
    step = new_id()
    assert clerk.push(op(doc, "route.set", {"steps": [
        {"step_id": step, "order": 1, "kind": "sign", "assignee_user_id": users["executor"]}]}, 1))[0]["status"] == "applied"
    r = executor.push(op(doc, "route.step_act", {"step_id": step, "action": "approve"}, None))[0]
    assert r["status"] == "rejected" and r["error"]["code"] == "forbidden_role"
    # ... while the head may, and the clerk (not assignee, not signer) may not.
    r = clerk.push(op(doc, "route.step_act", {"step_id": step, "action": "approve"}, None))[0]
    assert r["error"]["code"] == "forbidden_role"
    assert head.push(op(doc, "route.step_act", {"step_id": step, "action": "approve"}, None))[0]["status"] == "applied"
    state = clerk.get(f"/v1/documents/{doc}").json()
    assert state["registration"] is None and state["signatures"] == [] and state["route"]["state"] == "completed"
