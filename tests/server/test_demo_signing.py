"""``docflow-server --demo`` gives the demo heads signing keys, so the day can be walked to a dispatch.

Without them a person trying the demo could write, register and route an outgoing letter, and then
never send it: a letter leaves signed, and the demo had no key and no trust root. The real server
process is started as a person starts it; its key files are opened and used as the Sign dialog's
"Key file" uses them, and the signature is checked against the trust root the server hands the desks.
"""
from __future__ import annotations

from circulation_server.db import Database
from circulation_server.demo import ensure_demo, ensure_demo_signing
from circulation_server.demo_pki import KEY_PASSPHRASE, ROOT_FILE, key_file_name
from desktop_app.signing.identities import Pkcs12Identity
from desktop_app.signing.sign import sign_pdf
from desktop_app.signing.validate import validate_pdf
from tests.server.serverproc import ApiClient, start_server
from tests.signing.pdfs import make_pdf


def _settings(url: str, workstation: str) -> dict:
    api = ApiClient(url).login("head", workstation_id=workstation)
    got = api.get("/v1/institution/settings")
    got.raise_for_status()
    return got.json()["signing"]


def test_demo_heads_sign_with_the_printed_key_files_and_the_desks_trust_them(tmp_path):
    srv = start_server(tmp_path)
    try:
        keys = srv.data_dir / "demo-signing"
        printed = srv.log_path.read_text(encoding="utf-8")
        for code in ("AZ-0001", "AZ-0002"):
            assert str(keys / key_file_name(code)) in printed  # the person is told where the keys are
        assert f"passphrase {KEY_PASSPHRASE}" in printed
        roots = {ws: _settings(srv.url, ws)["trust_roots_pem"] for ws in ("ws-a-1", "ws-b-1")}
        assert roots["ws-a-1"] == roots["ws-b-1"] == (keys / ROOT_FILE).read_text(encoding="ascii")
    finally:
        srv.stop()

    head_a = Pkcs12Identity.from_file(keys / key_file_name("AZ-0001"), KEY_PASSPHRASE)
    signed = sign_pdf(make_pdf("Water supply line"), head_a)
    report = validate_pdf(signed, roots["ws-b-1"])  # the receiving institution's desk checks it
    assert report.verdict == "valid", report
    assert report.signatures[0].signer.common_name == "Rəşad Əliyev"
    untrusted = validate_pdf(signed, None)  # and the check is a real one: with no root it is not valid
    assert untrusted.verdict != "valid"


def test_a_later_start_keeps_the_keys_and_an_administrators_own_trust_roots(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    db.migrate()
    ensure_demo(db)
    first = ensure_demo_signing(db, tmp_path)
    before = [p.read_bytes() for p in first]
    from circulation_server import admin

    own = (tmp_path / "demo-signing" / ROOT_FILE).read_text(encoding="ascii")
    admin.set_signing_settings(db, "AZ-0002", trust_roots_pem=own + own)  # an administrator's own bundle
    again = ensure_demo_signing(db, tmp_path)
    assert again == first and [p.read_bytes() for p in again] == before  # the same keys: signed letters stay valid
    assert admin.set_signing_settings(db, "AZ-0002")["trust_roots_pem"] == own + own
