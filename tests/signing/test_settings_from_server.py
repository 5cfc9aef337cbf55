"""Trust roots, TSA and revocation from the institution's configuration on the server (issue 14, item 6).

A signature made before any settings exist waits for them (``needs_settings``, never ``failed``);
"Complete now" and ``docflow signatures upgrade --force`` say so; once the server delivers the
settings on login the signature is completed by the next run. Real parts: the reference server
process (its settings set with its own admin command), the test PKI's TSA and OCSP on loopback.
A local override in the settings wins over the server's.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from keyring.backends import fail

from desktop_app.cli import main as cli_main
from desktop_app.signing import STATE_COMPLETE, STATE_NEEDS_SETTINGS
from desktop_app.signing import settings as signing_settings
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.engine import SyncEngine
from tests import helpers
from tests.server.serverproc import REPO_ROOT, start_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("signing-server"))
    yield srv
    srv.stop()


def _server_admin(srv, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "circulation_server", *args, "--data-dir", str(srv.data_dir)],
                         cwd=str(REPO_ROOT), capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_signature_waits_for_settings_then_completes_with_the_servers(ctx, identity, pki, server, tmp_path, capsys):
    doc = ctx.documents.create_document(helpers.make_pdf("Letter"), "letter.pdf", kind="outgoing", subject="Letter").id
    ctx.signing.sign_document(doc, identity("signer-ec"))

    done = ctx.signing.upgrade_document(doc)  # "Complete now" with nothing configured
    assert done.state == STATE_NEEDS_SETTINGS and "Settings" in done.message
    assert ctx.signing.due_documents() == []  # not retried in a loop while nothing changed
    profile = str(ctx.profile.root)
    assert cli_main(["--profile", profile, "signatures", "upgrade", "--force"]) == 0
    said = capsys.readouterr().out
    assert doc[:8] in said and "trust roots" in said and "1 documents tried" in said

    roots = tmp_path / "roots.pem"
    roots.write_bytes(pki.trust_roots_pem())
    stored = _server_admin(server, "set-signing", "AZ-0001", "--trust-roots", str(roots), "--tsa-url", pki.tsa_url)
    assert stored["tsa_url"] == pki.tsa_url and stored["revocation_fetch"] is True
    with pytest.raises(subprocess.CalledProcessError):  # the server refuses what a desk could not use
        _server_admin(server, "set-signing", "AZ-0001", "--tsa-url", "ftp://tsa")

    engine = SyncEngine(ctx, CredentialStore(fail.Keyring(), session=ctx.session_secrets))
    try:
        engine.configure(server.url, "ws-a-1")
        engine.login("admin", "demo-admin")  # the institution's settings arrive with the directory
    finally:
        engine.stop()
    assert ctx.signing.tsa_url() == pki.tsa_url and ctx.signing.trust_roots() == pki.trust_roots_pem()
    assert not ctx.settings.get("trust_bundle")  # nothing hand-edited: the local override stays empty
    assert ctx.signing.due_documents() == [doc]
    run = ctx.signing.upgrade_due()
    assert [(r.document_id, r.state, r.level) for r in run.results] == [(doc, STATE_COMPLETE, "B-LT")]

    ctx.settings_admin.set("tsa_url", "https://tsa.local.example")
    ctx.settings_admin.set("revocation_fetch", "false")
    assert ctx.signing.tsa_url() == "https://tsa.local.example" and not signing_settings.revocation_fetch(ctx)
    with pytest.raises(Exception) as bad:
        ctx.settings_admin.set("trust_bundle", str(tmp_path / "missing.pem"))
    assert "missing.pem" in str(bad.value)


def test_a_trust_bundle_set_from_the_command_line_makes_waiting_signatures_due(ctx, identity, pki, tmp_path):
    """``docflow settings set trust_bundle FILE`` (ctx.settings_admin) is a settings change like the GUI's."""
    doc = ctx.documents.create_document(helpers.make_pdf("Memo"), "memo.pdf", kind="outgoing", subject="Memo").id
    ctx.signing.sign_document(doc, identity("signer-ec"))
    assert ctx.signing.upgrade_document(doc).state == STATE_NEEDS_SETTINGS
    assert ctx.signing.due_documents() == []
    roots = tmp_path / "roots.pem"
    roots.write_bytes(pki.trust_roots_pem())
    ctx.settings_admin.set("trust_bundle", str(roots))
    assert ctx.signing.due_documents() == [doc]


def test_settings_changed_on_the_server_reach_a_desk_that_stays_logged_in(ctx, pki, server, tmp_path):
    """The administrator sets the timestamp service after the desk logged in: the desk takes it on the
    first cycle of its next run, or within the hour -- not only at its next login (the walk's desk
    kept signing with no trust roots after the server had them)."""
    import time

    from desktop_app.sync import engine as engine_mod

    _server_admin(server, "set-signing", "AZ-0001", "--tsa-url", "http://tsa-one.example/tsa")
    engine = SyncEngine(ctx, CredentialStore(fail.Keyring(), session=ctx.session_secrets))
    try:
        engine.configure(server.url, "ws-a-1")
        engine.login("admin", "demo-admin")
        assert ctx.signing.tsa_url() == "http://tsa-one.example/tsa"
        _server_admin(server, "set-signing", "AZ-0001", "--tsa-url", pki.tsa_url)
        engine.sync_now()
        assert ctx.signing.tsa_url() == "http://tsa-one.example/tsa"  # read at login a moment ago: not asked again
        connection = engine.connection
        assert not connection.directory_stale(engine_mod.DIRECTORY_MAX_AGE_S)
        connection.directory_at = time.monotonic() - engine_mod.DIRECTORY_MAX_AGE_S - 1  # an hour later
        assert connection.directory_stale(engine_mod.DIRECTORY_MAX_AGE_S)
        connection.directory_at = None  # or the program started again, still logged in
        engine.sync_now()
        assert ctx.signing.tsa_url() == pki.tsa_url
        assert not connection.directory_stale(engine_mod.DIRECTORY_MAX_AGE_S)
    finally:
        engine.stop()
