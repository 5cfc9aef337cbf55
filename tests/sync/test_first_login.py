"""A new office's first login (issue 14, items 1-3): the demo server's address exactly as printed,
no system keyring, and work done offline before the first login carried over without a conflict.

One real ``docflow-server --demo`` process on plain http (loopback) for the module. "No keyring" is
``keyring``'s own ``fail.Keyring`` -- the back-end the library picks when a computer has none (a
container, a desktop without Secret Service), so the code paths are the real ones.
"""
from __future__ import annotations

import json

import pytest
from keyring.backends import fail
from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import AuditEvent, Conflict, OutboxOp, Registration
from desktop_app.errors import CredentialError, SyncError
from desktop_app.keyring_store import KeyringStore, SessionSecrets
from desktop_app.services.context import AppContext
from desktop_app.services.types import RegisterInput, ResolutionInput
from desktop_app.sync.address import check_server_url
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.engine import SyncEngine
from tests import helpers
from tests.server.serverproc import ApiClient, start_server


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("demo-server"))
    yield srv
    srv.stop()


def test_only_loopback_may_be_plain_http():
    assert check_server_url("http://127.0.0.1:8765/v1").url == "http://127.0.0.1:8765"  # as the demo prints it
    assert check_server_url("http://localhost:8765/").test and check_server_url("http://[::1]:8765").test
    assert not check_server_url("https://docflow.example.az/v1").test
    for bad, word in (("http://docflow.example.az", "docflow.example.az"), ("http://10.0.0.5:8765", "10.0.0.5"),
                      ("ftp://127.0.0.1", "https://"), ("http://127.0.0.1:99999", "99999")):
        with pytest.raises(SyncError) as err:
            check_server_url(bad)
        assert word in str(err.value)


def test_no_keyring_the_sign_dialogs_passphrase_is_remembered_for_the_session(ctx, tmp_path):
    """The Sign dialog's path (open_identity with "remember") works with no keyring: no raw
    NoKeyringError; the passphrase is kept in memory for this run only."""
    from desktop_app.services.signing import SigningService
    from desktop_app.services.types import IdentitySpec
    from desktop_app.signing.identities import KeyringPassphraseVault
    from tests.tools.testca import make_signer_p12

    key = tmp_path / "head.p12"
    key.write_bytes(make_signer_p12(b"1234"))
    signing = SigningService(ctx, KeyringPassphraseVault(keyring_backend=fail.Keyring(), session=ctx.session_secrets))
    spec = IdentitySpec("pkcs12", path=str(key))
    signing.open_identity(spec, "1234", remember=True).close()
    signing.open_identity(spec, None).close()  # remembered: no passphrase asked again in this run
    assert signing.vault.get(spec.identity_id) == "1234"


def test_no_keyring_keeps_secrets_in_memory_and_says_so():
    session = SessionSecrets()
    store = KeyringStore("docflow-test", fail.Keyring(), session)
    assert store.get("a") is None
    assert store.put("a", "s3cret") is False and store.session_only
    assert store.get("a") == "s3cret" and "s3cret" not in repr(session)
    store.delete("a")
    assert store.get("a") is None
    with pytest.raises(CredentialError) as err:  # without a session store: a sentence, not the library's class name
        KeyringStore("docflow-test", fail.Keyring()).get("a")
    assert "NoKeyringError" not in str(err.value) and "keyring" in str(err.value).lower()


def test_offline_work_before_the_first_login_is_carried_over(tmp_path, demo):
    """Fresh profile, offline: import, register, resolution; then log in to the demo server by the
    address it printed, with no keyring; map the local user once; sync: zero conflicts, every item
    on the server exactly once, and the audit says who the work was re-attributed to."""
    ctx = AppContext.open(tmp_path / "desk")
    engine = SyncEngine(ctx, CredentialStore(fail.Keyring(), session=ctx.session_secrets))
    ctx.__dict__["sync"] = engine
    try:
        local = ctx.user
        assert ctx.setup.first_run() and [a.username for a in ctx.setup.local_accounts()] == [local.username]
        doc = ctx.documents.create_document(helpers.make_pdf("Water supply"), "water.pdf", subject="Water supply").id
        number = ctx.documents.register(doc, RegisterInput("IN", local_today(), correspondent="Ministry")).number
        ctx.routing.create_resolution(doc, ResolutionInput("Prepare an answer", local.id, days=5))

        engine.configure(f"{demo.url}/v1", "ws-a-1")  # exactly as `docflow-server --demo` prints it
        assert engine.server_url == demo.url and engine.test_server
        info = engine.login("admin", "demo-admin")
        assert info["session_only"]  # no keyring: the token lives in this process's memory only
        assert ctx.user.username == "admin" and ctx.setup.carry_over_needed()
        with pytest.raises(SyncError) as held:  # nothing is sent before the person names the account
            engine.sync_now()
        assert held.value.code == "carry_over_needed"
        with ctx.db.read() as s:
            assert not s.execute(select(OutboxOp).where(OutboxOp.state != OutboxOp.PENDING,
                                                        OutboxOp.state != OutboxOp.LOCAL)).first()

        mapping = ctx.setup.default_mapping()
        admin_id = ctx.user.id
        assert mapping == {local.id: admin_id}
        [done] = ctx.setup.carry_over(mapping)
        assert done.documents == (doc,) and done.ops_rewritten >= 1 and not ctx.setup.carry_over_needed()
        engine.sync_now()
        engine.sync_now()

        with ctx.db.read() as s:
            assert not s.execute(select(Conflict)).first()
            states = set(s.execute(select(OutboxOp.state)).scalars())
            assert states <= {OutboxOp.DONE, OutboxOp.LOCAL}, states
            audit = [(e.action, e.document_id, json.loads(e.details)) for e in s.execute(select(AuditEvent)).scalars()]
        assert ("setup.user_mapped", None) in [(a, d) for a, d, _ in audit]
        moved = [x for a, d, x in audit if a == "document.reattributed" and d == doc]
        assert moved == [{"local_user": local.username, "server_user": "admin"}]

        api = ApiClient(demo.url).login("admin", "demo-admin", "ws-a-2")
        state = api.get(f"/v1/documents/{doc}").json()
        feed = api.get("/v1/changes", params={"cursor": 0, "limit": 500}).json()["changes"]
        assert {c["doc_id"] for c in feed if c.get("doc_id")} == {doc}  # the one document, once
        with ctx.db.read() as s:  # the desk shows the number the server holds (a local one replaced, audited)
            local_number = s.execute(select(Registration.number).where(Registration.document_id == doc)).scalar()
        assert state["registration"]["number"] == local_number and number
        assert [r["executor_user_id"] for r in state["resolutions"]] == [admin_id]
        for p in (tmp_path / "desk").rglob("*"):  # the session-only token never reached the disk
            if p.is_file():
                assert b"dft_" not in p.read_bytes(), p
    finally:
        engine.stop()
        ctx.close()


def test_local_user_with_the_server_users_name_needs_no_mapping(tmp_path, demo):
    """A profile whose local user already has the server account's name is re-keyed at login, and
    its unsent changes follow (before, the resolution kept the local id: ``unknown_user``)."""
    ctx = AppContext.open(tmp_path / "desk", username="admin")
    engine = SyncEngine(ctx, CredentialStore(fail.Keyring(), session=ctx.session_secrets))
    ctx.__dict__["sync"] = engine
    try:
        doc = ctx.documents.create_document(helpers.make_pdf("Roads"), "roads.pdf", subject="Roads").id
        ctx.documents.register(doc, RegisterInput("IN", local_today(), correspondent="Ministry"))
        ctx.routing.create_resolution(doc, ResolutionInput("Check the roads", ctx.user.id, days=3))
        engine.configure(demo.url, "ws-a-2")
        engine.login("admin", "demo-admin")
        assert not ctx.setup.carry_over_needed()
        engine.sync_now()
        with ctx.db.read() as s:
            assert not s.execute(select(Conflict)).first()
        api = ApiClient(demo.url).login("admin", "demo-admin", "ws-a-1")
        state = api.get(f"/v1/documents/{doc}").json()
        assert [r["executor_user_id"] for r in state["resolutions"]] == ["u-a-admin"]
    finally:
        engine.stop()
        ctx.close()
