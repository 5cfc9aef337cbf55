"""The push planner (desktop_app.sync.push.plan_batch), directly: pure values in, the batch out."""
from __future__ import annotations

import datetime as dt
import uuid

from desktop_app.sync.mapping import Lookup
from desktop_app.sync.push import PendingOp, plan_batch

SHA_A, SHA_B = "a" * 64, "b" * 64
LOOKUP = Lookup({"IN": "j-a-in"}, lambda code, seq, year: "b-1" if code == "IN" and seq == 7 and year == 2026 else None)
_seq = iter(range(1, 10_000))


def op(doc: str, op_type: str, payload: dict | None = None, blobs: tuple[str, ...] = ()) -> PendingOp:
    return PendingOp(next(_seq), str(uuid.uuid4()), doc, op_type, payload or {}, blobs, dt.datetime(2026, 11, 26, 9, 0))


def attach(doc: str, sha: str) -> PendingOp:
    return op(doc, "file.attach", {"sha256": sha, "size": 10, "role": "original", "filename": "a.pdf",
                                   "mime": "application/pdf"}, (sha,))


def sent(plan) -> list[tuple[str, str, int | None]]:  # noqa: ANN001
    return [(o.document_id, body["type"], body["base_version"]) for o, body in plan.batch]


def test_base_versions_follow_the_document_order_within_a_batch():
    d1, d2 = "d1", "d2"
    ops = [op(d1, "document.create", {"kind": "incoming", "subject": "A"}), attach(d1, SHA_A),
           op(d1, "document.update", {"fields": {"subject": "A2"}}), op(d2, "document.update", {"fields": {"summary": "s"}}),
           op(d2, "document.update", {"fields": {"subject": "B2"}})]
    plan = plan_batch(ops, versions={d2: 5}, uploaded={SHA_A}, lookup=LOOKUP)
    assert sent(plan) == [(d1, "document.create", 0), (d1, "file.attach", None), (d1, "document.update", 2),
                          (d2, "document.update", 5), (d2, "document.update", 6)]
    assert plan.local_only == [] and plan.waiting_files == set()


def test_a_file_op_waits_for_its_upload_but_does_not_hold_back_the_metadata():
    ops = [op("d", "document.create", {"kind": "incoming", "subject": "A"}), attach("d", SHA_A),
           op("d", "document.update", {"fields": {"subject": "A2"}})]
    plan = plan_batch(ops, versions={}, uploaded=set(), lookup=LOOKUP)
    assert sent(plan) == [("d", "document.create", 0), ("d", "document.update", 1)]
    assert plan.waiting_files == {SHA_A}


def test_a_non_commutative_op_waiting_for_a_file_stops_its_document_only():
    ops = [op("d", "document.dispatch", {"dispatch_id": str(uuid.uuid4()), "to": ["AZ-0002"]}, (SHA_B,)),
           op("d", "document.update", {"fields": {"subject": "later"}}), op("e", "document.archive")]
    plan = plan_batch(ops, versions={"d": 3, "e": 8}, uploaded=set(), lookup=LOOKUP)
    assert sent(plan) == [("e", "document.archive", 8)]
    assert plan.waiting_files == {SHA_B}


def test_a_dispatch_never_overtakes_a_file_held_back_for_its_upload():
    ops = [attach("d", SHA_A), op("d", "document.dispatch", {"dispatch_id": str(uuid.uuid4()), "to": ["AZ-0002"]}),
           op("d", "document.update", {"fields": {"subject": "after"}})]
    plan = plan_batch(ops, versions={"d": 4}, uploaded=set(), lookup=LOOKUP)
    assert sent(plan) == []
    plan = plan_batch(ops, versions={"d": 4}, uploaded={SHA_A}, lookup=LOOKUP)
    assert sent(plan) == [("d", "file.attach", None), ("d", "document.dispatch", 5), ("d", "document.update", 6)]


def test_a_steps_action_waits_for_the_signature_held_back_for_its_upload():
    """The head signs and approves the sign step offline: the approval must not reach the next stage
    (the clerk's registration and dispatch) before the signature, which waits for its file."""
    sign = op("d", "signature.add", {"signature_id": str(uuid.uuid4()), "sha256": SHA_A, "level": "B-B",
                                     "signer_name": "Head", "certificate_sha256": SHA_B,
                                     "signed_at": "2026-11-26T09:00:00+00:00"}, (SHA_A,))
    ops = [attach("d", SHA_A), sign, op("d", "route.step_act", {"step_id": str(uuid.uuid4()), "action": "approve"})]
    assert sent(plan_batch(ops, versions={"d": 4}, uploaded=set(), lookup=LOOKUP)) == []
    plan = plan_batch(ops, versions={"d": 4}, uploaded={SHA_A}, lookup=LOOKUP)
    assert [t for _, t, _ in sent(plan)] == ["file.attach", "signature.add", "route.step_act"]


def test_a_file_op_never_overtakes_an_earlier_one_of_its_document_held_back():
    """Two upload streams: the B-LT file can land before the B-B one. The upgrade must not reach the
    server before the signature it upgrades (the journey saw it refused as an unknown signature)."""
    sig_id = str(uuid.uuid4())
    sign = op("d", "signature.add", {"signature_id": sig_id, "sha256": SHA_A, "level": "B-B", "signer_name": "Head",
                                     "certificate_sha256": SHA_B, "signed_at": "2026-11-26T09:00:00+00:00"}, (SHA_A,))
    upgrade = op("d", "signature.upgrade", {"signature_id": sig_id, "sha256": SHA_B, "level": "B-LT"}, (SHA_B,))
    ops = [attach("d", SHA_A), sign, attach("d", SHA_B), upgrade]
    assert sent(plan_batch(ops, versions={"d": 4}, uploaded={SHA_B}, lookup=LOOKUP)) == []
    plan = plan_batch(ops, versions={"d": 4}, uploaded={SHA_A, SHA_B}, lookup=LOOKUP)
    assert [t for _, t, _ in sent(plan)] == ["file.attach", "signature.add", "file.attach", "signature.upgrade"]


def test_local_changes_stay_local_and_registrations_get_their_mode():
    reg = {"journal": "IN", "number": "IN-0007/2026", "seq": 7, "year": 2026, "provisional": False, "reg_date": "2026-11-26",
           "correspondent": " Nazirlik ", "sheets": 2, "attachments_count": 0, "attachments_description": ""}
    ops = [op("d", "document.status", {"status": "in_route"}), op("d", "registration.register", reg),
           op("x", "registration.register", {**reg, "journal": "LOCALONLY"})]
    plan = plan_batch(ops, versions={"d": 1}, uploaded=set(), lookup=LOOKUP)
    assert [(o.op_type, reason) for o, reason in plan.local_only] == [
        ("document.status", "local status"), ("registration.register", "journal LOCALONLY is not known to the server")]
    ((_, body),) = plan.batch
    assert body["base_version"] == 1
    assert body["payload"] == {"journal_id": "j-a-in", "date": "2026-11-26", "correspondent": "Nazirlik", "sheets": 2,
                               "attachments_count": 0, "mode": "block", "block_id": "b-1", "seq": 7}
