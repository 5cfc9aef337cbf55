"""Deltas of incremental PDFs (docs/protocol.md §7.1): a signature level or a further signature
travels as the bytes appended to a file the other side holds, both ways; the rebuilt file is an
ordinary file, and the signature-upgrade checks (issue 12) judge it as if it had come whole."""
from __future__ import annotations

import base64
import hashlib

import pytest
import requests

from tests.server.serverproc import ApiClient, new_id, op
from tests.server.signed_pdfs import Signer, change_page_text, plain_pdf, upgrade_to
from tests.server.test_signature_trust import _signed_doc
from tests.tools.linkemu import LinkEmulator

TUS = {"Tus-Resumable": "1.0.0"}


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def create_delta(api, data: bytes, base: bytes, body: bytes | None = None, base_sha: str | None = None,
                 base_length: int | None = None):
    """tus creation of ``data`` as a delta on ``base`` (``body``: bytes after the base sent with it)."""
    sha = hashlib.sha256(data).hexdigest()
    meta = ",".join([f"sha256 {_b64(sha)}", f"base {_b64(base_sha or hashlib.sha256(base).hexdigest())}",
                     f"base_length {_b64(str(len(base) if base_length is None else base_length))}"])
    extra = {"Content-Type": "application/offset+octet-stream"} if body is not None else {}
    return api.post("/v1/uploads", data=body, headers={**TUS, "Upload-Length": str(len(data)),
                                                        "Upload-Metadata": meta, **extra})


def _error(r) -> str:
    return r.json()["error"]["code"]


@pytest.fixture(scope="module")
def signer():
    return Signer("Demo Head")


def _upgraded_doc(as_user, signer, subject: str):
    """A document with the head's B-B signature, and its B-LT file (not sent yet)."""
    clerk, head = as_user("clerk"), as_user("head")
    doc, sig, signed, sha = _signed_doc(clerk, head, signer, subject)
    lt = upgrade_to(signed, "B-LT", signer)
    return clerk, head, doc, sig, signed, sha, lt, hashlib.sha256(lt).hexdigest(), lt[len(signed):]


def test_a_b_lt_upgrade_goes_up_and_down_as_its_appended_bytes(server, as_user, signer):
    clerk, head, doc, sig, signed, sha, lt, lt_sha, tail = _upgraded_doc(as_user, signer, "Delta letter")
    # Up: only the appended bytes, with the creation; the server starts from the B-B file it holds.
    r = create_delta(head, lt, signed, body=tail)
    assert r.status_code == 201 and r.headers["Upload-Offset"] == str(len(lt)), r.text
    [res] = head.push(op(doc, "signature.upgrade", {"signature_id": sig, "sha256": lt_sha, "level": "B-LT"},
                         None, [lt_sha]))
    assert res["status"] == "applied", res       # the upgrade checks passed on the rebuilt file
    assert clerk.get(f"/v1/documents/{doc}").json()["signatures"][0]["sha256"] == lt_sha
    # Down: a desk holding the B-B file (and an unrelated one) gets only the bytes after it.
    other = clerk.upload_bytes(plain_pdf("unrelated " + new_id()))
    r = clerk.get(f"/v1/files/{lt_sha}", params={"base": [other, sha]})
    assert r.status_code == 206 and r.headers["X-Docflow-Delta-Base"] == sha
    assert r.headers["Content-Range"] == f"bytes {len(signed)}-{len(lt) - 1}/{len(lt)}" and r.content == tail
    assert hashlib.sha256(signed + r.content).hexdigest() == lt_sha
    # No base that is the file's beginning (or a Range): the whole file, or the range asked.
    r = clerk.get(f"/v1/files/{lt_sha}", params={"base": other})
    assert r.status_code == 200 and r.content == lt and "X-Docflow-Delta-Base" not in r.headers
    r = clerk.get(f"/v1/files/{lt_sha}", params={"base": sha}, headers={"Range": "bytes=10-"})
    assert r.status_code == 206 and r.content == lt[10:]


def test_bad_bases_are_refused_with_a_clear_code_and_the_upgrade_checks_still_hold(server, as_user, signer):
    clerk, head, doc, sig, signed, sha, lt, _, tail = _upgraded_doc(as_user, signer, "Bad base")
    # A base the institution does not hold (another institution's file, an unknown one, a wrong length).
    theirs = plain_pdf("B's own " + new_id())
    as_user("clerk", "b").upload_bytes(theirs)
    for kw in ({"base_sha": hashlib.sha256(theirs).hexdigest(), "base_length": len(theirs)},
               {"base_sha": "0" * 64}, {"base_length": len(signed) - 1}):
        r = create_delta(head, lt, signed, body=tail, **kw)
        assert r.status_code == 409 and _error(r) == "base_missing", (kw, r.text)
        assert "whole file" in r.json()["error"]["message"]
    for kw in ({"base_sha": "not-a-hash"}, {"base_length": len(lt)}):
        r = create_delta(head, lt, signed, body=tail, **kw)
        assert r.status_code == 400 and _error(r) == "invalid_upload_metadata", (kw, r.text)
    assert head.request("HEAD", f"/v1/files/{hashlib.sha256(lt).hexdigest()}").status_code == 404
    # A base the server holds that is not the new file's beginning: the whole-file hash refuses it.
    wrong = clerk.upload_bytes(plain_pdf("not the beginning " + new_id()))
    wrong_len = int(clerk.request("HEAD", f"/v1/files/{wrong}").headers["Content-Length"])
    r = create_delta(head, lt, signed, body=lt[wrong_len:], base_sha=wrong, base_length=wrong_len)
    assert r.status_code == 460 and _error(r) == "sha256_mismatch", r.text
    # A delta that rewrites the page (not an upgrade) is stored as bytes, but the upgrade is refused.
    forged = upgrade_to(change_page_text(signed), "B-LT", signer)
    forged_sha = hashlib.sha256(forged).hexdigest()
    assert create_delta(head, forged, signed, body=forged[len(signed):]).headers["Upload-Offset"] == str(len(forged))
    [res] = head.push(op(doc, "signature.upgrade", {"signature_id": sig, "sha256": forged_sha, "level": "B-LT"},
                         None, [forged_sha]))
    assert res["status"] == "rejected" and res["error"]["code"] == "not_incremental_update", res
    # Downloads: a base the caller cannot see is never used (no oracle on other institutions' files).
    r = as_user("clerk", "b").get(f"/v1/files/{hashlib.sha256(theirs).hexdigest()}", params={"base": sha})
    assert r.status_code == 200 and r.content == theirs
    r = clerk.get(f"/v1/files/{forged_sha}", params={"base": ["x" * 64]})
    assert r.status_code == 400 and _error(r) == "invalid_request"
    r = clerk.get(f"/v1/files/{forged_sha}", params={"base": [sha] * 5})
    assert r.status_code == 400


def test_a_delta_cut_mid_way_by_the_link_resumes_in_both_directions(server, as_user, signer):
    _, head, _, _, signed, sha, lt, lt_sha, tail = _upgraded_doc(as_user, signer, "Cut delta")
    assert len(tail) > 3000
    with LinkEmulator(("127.0.0.1", server.port)) as link:
        via = ApiClient(f"http://{link.url_netloc}")
        via.token, via.workstation_id = head.token, head.workstation_id
        # Up: the creation is cut ~1.5 KB into its body; a bodiless creation takes the upload back
        # (or, if the server has not let go of it yet, makes a new one after the base).
        link.set_cut_range((2000, 2000))
        with pytest.raises(requests.ConnectionError):
            create_delta(via, lt, signed, body=tail)
        link.set_cut_range(None)
        r = create_delta(via, lt, signed)
        assert r.status_code == 201, r.text
        offset = int(r.headers["Upload-Offset"])
        assert len(signed) <= offset < len(lt)
        r = via.request("PATCH", r.headers["Location"], data=lt[offset:], headers={
            **TUS, "Content-Type": "application/offset+octet-stream", "Upload-Offset": str(offset)})
        assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(lt)), r.text
        # Down: the delta is cut mid-body; the desk resumes with a Range from what it holds (base included).
        link.set_cut_range((3000, 3000))
        got = b""
        with pytest.raises(requests.RequestException):
            r = via.get(f"/v1/files/{lt_sha}", params={"base": sha}, stream=True)
            assert r.status_code == 206 and r.headers["X-Docflow-Delta-Base"] == sha
            for chunk in r.iter_content(512):
                got += chunk
        assert 0 < len(got) < len(tail)
        link.set_cut_range(None)
        held = signed + got
        r = via.get(f"/v1/files/{lt_sha}", headers={"Range": f"bytes={len(held)}-"})
        assert r.status_code == 206 and hashlib.sha256(held + r.content).hexdigest() == lt_sha
        assert link.stats().cuts == 2
