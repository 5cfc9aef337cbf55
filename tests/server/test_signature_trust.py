"""A signature changes only by its signer, and only by an incremental update (issue 12, High).

The attack that was found: an executor pushed ``signature.upgrade`` for the head's signature with
any PDF; the clerk dispatched and the receiving institution got the fake file as the head's B-LT
signature. Each refused attempt must also be in the server's audit journal.
"""
from __future__ import annotations

from sqlalchemy import create_engine, select

from circulation_server.models import AuditEvent
from tests.server.serverproc import ApiClient, new_id, op
from tests.server.signed_pdfs import (
    Signer, add_dss, change_page_text, plain_pdf, sign, timestamp, upgrade_to,
)


def _audit(server, doc_id: str) -> list[tuple[str, str]]:
    url = server.db_url or f"sqlite:///{server.data_dir / 'server.sqlite3'}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [(a, o) for a, o in conn.execute(select(AuditEvent.action, AuditEvent.outcome)
                                                      .where(AuditEvent.doc_id == doc_id).order_by(AuditEvent.id))]
    finally:
        engine.dispose()


def _signed_doc(clerk, head, signer: Signer, subject: str = "Order"):
    """An outgoing document with a B-B signature by the head (made on ws-a-1)."""
    doc = new_id()
    pdf = plain_pdf(f"{subject} {doc}")
    signed = sign(pdf, signer)
    sha = head.upload_bytes(signed, "order.signed.pdf")
    sig = new_id()
    res = clerk.push(op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": subject}}, 0))
    assert res[0]["status"] == "applied"
    res = head.push(op(doc, "file.attach", {"sha256": sha, "role": "signed", "name": "order.signed.pdf",
                                            "media_type": "application/pdf", "size": len(signed)}, None, [sha]),
                    op(doc, "signature.add", {"signature_id": sig, "sha256": sha, "level": "B-B", "signer_name": signer.cn,
                                              "certificate_sha256": signer.cert_sha256,
                                              "signed_at": "2026-11-26T10:00:00Z"}, None, [sha]))
    assert [r["status"] for r in res] == ["applied", "applied"], res
    return doc, sig, signed, sha


def _upgrade(client, doc, sig, data: bytes, level: str):
    sha = client.upload_bytes(data, "up.pdf")
    return client.push(op(doc, "signature.upgrade", {"signature_id": sig, "sha256": sha, "level": level},
                          None, [sha]))[0], sha


def test_forged_upgrade_by_an_executor_is_refused_audited_and_never_dispatched(server, as_user, hostile):
    clerk, head, executor = as_user("clerk"), as_user("head"), as_user("executor", ws=2)
    signer = Signer("Demo Head")
    doc, sig, signed, sha = _signed_doc(clerk, head, signer)       # signed on ws-a-1
    forger = Signer("Forger")
    attempts = {
        "any pdf": sign(plain_pdf("fake " + new_id()), forger),
        "a real upgrade, but not theirs to push": upgrade_to(signed, "B-LT", signer),
    }
    for name, data in attempts.items():
        res, _ = _upgrade(executor, doc, sig, data, "B-LT")
        assert res["status"] == "rejected" and res["error"]["code"] == "not_signer", (name, res)
    # the clerk and the admin (other users, on their own workstation) cannot either
    for user in ("clerk", "admin"):
        res, _ = _upgrade(as_user(user, ws=2), doc, sig, upgrade_to(signed, "B-T"), "B-T")
        assert res["error"]["code"] == "not_signer", (user, res)
    # on the signing desk itself (a shared PC) the file check still stops anything but a true upgrade
    res, _ = _upgrade(as_user("executor"), doc, sig, attempts["any pdf"], "B-LT")
    assert res["error"]["code"] == "not_incremental_update", res
    state = clerk.get(f"/v1/documents/{doc}").json()
    assert state["signatures"][0]["sha256"] == sha and state["signatures"][0]["level"] == "B-B"
    assert _audit(server, doc) == [("signature.upgrade", "not_signer")] * 4 + [
        ("signature.upgrade", "not_incremental_update")]

    # Dispatched now, the recipient gets the real signed file, not a forgery.
    assert clerk.push(op(doc, "registration.register", {"journal_id": "j-a-out", "mode": "server",
                                                        "date": "2026-11-26"}, 3))[0]["status"] == "applied"
    [res] = clerk.push(op(doc, "document.dispatch", {"dispatch_id": new_id(), "to": ["AZ-0002"]}, 4))
    incoming = res["result"]["deliveries"][0]["incoming_doc_id"]
    b_state = as_user("clerk", "b").get(f"/v1/documents/{incoming}").json()
    assert [(s["sha256"], s["level"]) for s in b_state["signatures"]] == [(sha, "B-B")]
    hostile(clerk, "GET", f"/v1/documents/{doc}")


def test_signer_upgrades_b_b_to_b_t_to_b_lt_from_own_workstation_and_user(server, as_user):
    clerk, head = as_user("clerk"), as_user("head")
    signer = Signer("Demo Head")
    doc, sig, signed, sha = _signed_doc(clerk, head, signer)
    bt = timestamp(signed)
    res, bt_sha = _upgrade(head, doc, sig, bt, "B-T")
    assert res["status"] == "applied", res
    # the same user on another workstation (the head's laptop) completes it to B-LT
    laptop = as_user("head", ws=2)
    res, lt_sha = _upgrade(laptop, doc, sig, add_dss(bt, signer), "B-LT")
    assert res["status"] == "applied", res
    state = clerk.get(f"/v1/documents/{doc}").json()
    [s] = state["signatures"]
    assert (s["sha256"], s["level"]) == (lt_sha, "B-LT")
    assert [(h["sha256"], h["level"]) for h in s["history"]] == [(sha, "B-B"), (bt_sha, "B-T")]
    assert _audit(server, doc) == [("signature.upgrade", "applied")] * 2
    # the level only goes up
    res, _ = _upgrade(head, doc, sig, add_dss(bt, signer) + b"\n", "B-T")
    assert res["error"]["code"] == "invalid_state"


def test_signer_workstation_may_upgrade_whoever_is_logged_in(server, as_user):
    """The client's upgrade job runs on the signing desk for whoever is logged in there."""
    clerk, head = as_user("clerk"), as_user("head")
    signer = Signer("Demo Head")
    doc, sig, signed, _ = _signed_doc(clerk, head, signer)
    res, _ = _upgrade(clerk, doc, sig, timestamp(signed), "B-T")          # clerk on ws-a-1, the signing desk
    assert res["status"] == "applied", res


def test_signer_cannot_replace_the_signed_file_with_anything_else(server, as_user):
    clerk, head = as_user("clerk"), as_user("head")
    signer = Signer("Demo Head")
    doc, sig, signed, sha = _signed_doc(clerk, head, signer)
    other = sign(plain_pdf("another text " + new_id()), signer)       # validly signed, but another document
    cases = [
        ("not an update of the signed file", other, "B-T", "not_incremental_update"),
        ("page text changed after signing", timestamp(change_page_text(signed)), "B-T", "not_incremental_update"),
        ("a new signature slipped in", timestamp(sign(signed, Signer("Someone"), "Signature2")), "B-T",
         "not_incremental_update"),
        ("claims B-T without a timestamp", signed + b"\n%%padding\n", "B-T", "signature_invalid"),
        ("claims B-LT without validation data", timestamp(signed), "B-LT", "signature_invalid"),
        ("not a PDF at all", signed + b"\x00" * 10 + b"garbage", "B-LT", "signature_invalid"),
        ("truncated", signed[:-200], "B-T", "not_incremental_update"),
    ]
    for name, data, level, code in cases:
        res, _ = _upgrade(head, doc, sig, data, level)
        assert res["status"] == "rejected" and res["error"]["code"] == code, (name, res)
    assert clerk.get(f"/v1/documents/{doc}").json()["signatures"][0]["sha256"] == sha
    assert [o for _, o in _audit(server, doc)] == [c[3] for c in cases]


def test_signed_file_entry_changes_only_by_its_signer(server, as_user):
    """The same rule for the other op that replaces a signed file: re-attaching it."""
    clerk, head, executor = as_user("clerk"), as_user("head"), as_user("executor")
    signer = Signer("Demo Head")
    doc, sig, signed, sha = _signed_doc(clerk, head, signer)

    def attach(client, role, name):
        return client.push(op(doc, "file.attach", {"sha256": sha, "role": role, "name": name,
                                                   "media_type": "application/pdf", "size": len(signed)},
                              None, [sha]))[0]

    for client in (as_user("executor", ws=2), as_user("clerk", ws=2)):
        for role, name in (("draft", "order.signed.pdf"), ("signed", "renamed.pdf")):
            res = attach(client, role, name)
            assert res["status"] == "rejected" and res["error"]["code"] == "not_signer", res
    assert attach(head, "draft", "order.pdf")["error"]["code"] == "not_signer"     # stays "signed"
    assert attach(head, "signed", "Order No 5.signed.pdf")["status"] == "applied"   # the signer may rename it
    assert attach(executor, "signed", "Order No 5.signed.pdf")["status"] == "applied"  # identical: no change
    [entry] = [f for f in clerk.get(f"/v1/documents/{doc}").json()["files"] if f["sha256"] == sha]
    assert entry["role"] == "signed" and entry["name"] == "Order No 5.signed.pdf"
    # a file attached as "signed" must be a soundly signed PDF
    fake = plain_pdf("not signed " + new_id())
    fsha = executor.upload_bytes(fake)
    res = executor.push(op(doc, "file.attach", {"sha256": fsha, "role": "signed", "name": "fake.pdf",
                                                "media_type": "application/pdf", "size": len(fake)}, None, [fsha]))[0]
    assert res["status"] == "rejected" and res["error"]["code"] == "signature_invalid"


def test_signature_add_must_be_in_the_file(server, as_user):
    clerk, head = as_user("clerk"), as_user("head")
    doc = new_id()
    assert clerk.push(op(doc, "document.create", {"kind": "outgoing", "fields": {"subject": "S"}}, 0)
                      )[0]["status"] == "applied"
    signer, other = Signer("Demo Head"), Signer("Other")
    signed = sign(plain_pdf("s " + new_id()), signer)
    sha = head.upload_bytes(signed)
    unsigned = plain_pdf("u " + new_id())
    usha = head.upload_bytes(unsigned)

    def add(file_sha, cert, level):
        return head.push(op(doc, "signature.add", {"signature_id": new_id(), "sha256": file_sha, "level": level,
                                                   "signer_name": "H", "certificate_sha256": cert,
                                                   "signed_at": "2026-11-26T10:00:00Z"}, None, [file_sha]))[0]

    assert add(usha, signer.cert_sha256, "B-B")["error"]["code"] == "signature_invalid"
    assert add(sha, other.cert_sha256, "B-B")["error"]["code"] == "signature_invalid"
    assert add(sha, signer.cert_sha256, "B-LT")["error"]["code"] == "signature_invalid"
    assert add(sha, signer.cert_sha256, "B-B")["status"] == "applied"
    # a received PDF whose sender's signature is already broken can still be signed on top:
    # the record stands for the head's own signature, the sender's is the receiver's to judge
    received = change_page_text(sign(plain_pdf("received " + new_id()), other))
    countersigned = head.upload_bytes(sign(received, signer, "Signature2"))
    assert add(countersigned, signer.cert_sha256, "B-B")["status"] == "applied"
    assert add(countersigned, other.cert_sha256, "B-B")["error"]["code"] == "signature_invalid"


def test_two_signers_each_upgrade_their_own_signature(server, as_user):
    """Endorsement then final signature, made on two desks; each desk completes its own."""
    clerk, head = as_user("clerk"), as_user("head")
    admin = ApiClient(head.base_url).login("admin", workstation_id="ws-a-2")
    s_head, s_admin = Signer("Demo Head"), Signer("Demo Administrator")
    doc, sig1, f1, _ = _signed_doc(clerk, head, s_head)
    f2 = sign(f1, s_admin, "Signature2")
    f2_sha = admin.upload_bytes(f2)
    sig2 = new_id()
    assert admin.push(op(doc, "signature.add", {"signature_id": sig2, "sha256": f2_sha, "level": "B-B",
                                                "signer_name": "A", "certificate_sha256": s_admin.cert_sha256,
                                                "signed_at": "2026-11-26T11:00:00Z"}, None, [f2_sha])
                      )[0]["status"] == "applied"
    f3 = upgrade_to(f2, "B-LT", s_head, s_admin)       # the upgrade job completes the whole file
    res, f3_sha = _upgrade(admin, doc, sig1, f3, "B-LT")
    assert res["error"]["code"] == "not_signer"       # the admin's desk may not push the head's
    res, _ = _upgrade(admin, doc, sig2, f3, "B-LT")
    assert res["status"] == "applied", res
    res, _ = _upgrade(head, doc, sig1, f3, "B-LT")     # f1 -> f3 goes through f2, which the server knows
    assert res["status"] == "applied", res
    levels = {s["signature_id"]: (s["sha256"], s["level"]) for s in clerk.get(f"/v1/documents/{doc}").json()["signatures"]}
    assert levels == {sig1: (f3_sha, "B-LT"), sig2: (f3_sha, "B-LT")}
