"""The first-run wizard through its widgets (issue 14, item 3), in Azerbaijani, on a fresh profile with
work done offline before the first login, against the real demo server process (plain http on
loopback, as ``docflow-server --demo`` prints it), with no system keyring (``keyring``'s own
``fail`` back-end), the SANE test scanner and a real PKCS#12 identity.
"""
from __future__ import annotations


import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import AuditEvent, Conflict, OutboxOp
from desktop_app.services.context import AppContext
from desktop_app.services.types import RegisterInput, ResolutionInput
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.engine import SyncEngine
from tests import helpers
from tests.intake.conftest import sane_test_backend  # noqa: F401 - fixture
from tests.qt_helpers import ScriptedDialogs, open_window
from tests.server.serverproc import ApiClient, start_server
from tests.signing.conftest import P12_PASSPHRASE
from ui.setup.wizard import P_CARRY, P_DONE, P_LANGUAGE, P_OFFICE, P_SCANNER, P_SERVER, P_SIGNING

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("wizard-server"))
    yield srv
    srv.stop()


def test_login_dialog_takes_the_demo_address_and_marks_it(qtbot):
    from ui.sync.dialogs import LoginDialog

    dlg = LoginDialog({"server_url": "http://127.0.0.1:8765/v1", "server_workstation_id": "ws-a-1"})
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.focusWidget() is dlg.username  # the first thing to type
    again = LoginDialog({"server_url": "http://127.0.0.1:8765/v1", "server_workstation_id": "ws-a-1",
                         "server_username": "clerk"})
    qtbot.addWidget(again)
    again.show()
    assert again.focusWidget() is again.password  # logging in again: only the password is asked for
    dlg.username.setText("clerk")
    dlg.password.setText("demo-clerk")
    assert dlg.problems() == [] and dlg.test_note.isVisible()
    dlg.server.setText("http://docflow.example.az")
    assert not dlg.test_note.isVisible() and any("docflow.example.az" in p for p in dlg.problems())


def test_every_step_can_be_skipped_and_the_wizard_reached_later(qtbot, ctx):
    with open_window(qtbot, ctx, ScriptedDialogs()) as w:
        assert w.setup_feature.action in w.menu_tools.actions()  # Tools ▸ First-run setup
        wiz = w.setup_feature.open()
        seen = []
        while wiz.currentId() != P_DONE and len(seen) < 10:
            seen.append(wiz.currentId())
            wiz.skip()
        assert seen == [P_LANGUAGE, P_SERVER, P_OFFICE, P_SCANNER, P_SIGNING]
        wiz.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: not w.ui.tasks.busy(), timeout=10000)
        assert not ctx.setup.first_run() and not ctx.settings.get("server_url")


@pytest.fixture
def english_afterwards():
    """The wizard switches the whole program to Azerbaijani: back to English for the next tests."""
    yield
    from desktop_app import i18n
    from ui import i18n as ui_i18n

    app = QApplication.instance()
    for t in getattr(app, "docflow_translators", []):
        app.removeTranslator(t)
    app.docflow_translators = []
    ui_i18n.install(app, "en")
    i18n.set_language("en")


def test_wizard_first_week_setup_in_azerbaijani(qtbot, tmp_path, demo, sane_test_backend, p12_bytes,  # noqa: F811
                                                english_afterwards):
    ctx = AppContext.open(tmp_path / "desk")  # a fresh profile, made as the app makes it
    ctx.__dict__["sync"] = SyncEngine(ctx, CredentialStore(fail.Keyring(), session=ctx.session_secrets))
    local = ctx.user
    doc = ctx.documents.create_document(helpers.make_pdf("Su təchizatı"), "su.pdf", subject="Su təchizatı").id
    ctx.documents.register(doc, RegisterInput("IN", local_today(), correspondent="Nazirlik"))
    ctx.routing.create_resolution(doc, ResolutionInput("Cavab hazırlayın", local.id, days=5))
    key = tmp_path / "signer.p12"
    key.write_bytes(p12_bytes("signer-ec"))
    try:
        dialogs = ScriptedDialogs()
        dialogs.files = [str(key)]  # what the file dialog behind "Browse…" answers
        with open_window(qtbot, ctx, dialogs) as w:
            assert ctx.setup.first_run()
            wiz = w.setup_feature.open(first_run=True)
            qtbot.waitExposed(wiz)
            lang = wiz.pages[0].language
            lang.setCurrentIndex(lang.findData("az"))
            wiz.next()
            assert wiz.currentId() == P_SERVER and wiz.button(QWizard.WizardButton.CustomButton1).text() == "&Bu addımı keç"
            page = wiz.pages[P_SERVER]
            assert page.title() == "Dövriyyə serveri"
            page.server.setText(f"{demo.url}/v1")  # exactly as the demo server prints it
            assert page.test_note.isVisible()
            page.workstation.setText("ws-a-1")
            page.username.setText("admin")
            page.password.setText("demo-admin")
            wiz.next()
            qtbot.waitUntil(lambda: wiz.currentId() == P_CARRY, timeout=30000)
            assert "yaddaşda" in page.status.text()  # no keyring: told (in az) the login is kept in memory only
            carry = wiz.pages[P_CARRY]
            qtbot.waitUntil(lambda: carry.local.count() == 1 and carry.account.count() > 0, timeout=10000)
            assert "admin" in carry.account.currentText()
            with ctx.db.read() as s:  # nothing went to the server before the person said whose work it is
                assert not s.execute(select(OutboxOp).where(OutboxOp.state == OutboxOp.DONE)).first()
            wiz.next()
            qtbot.waitUntil(lambda: wiz.currentId() == P_OFFICE, timeout=20000)
            office = wiz.pages[P_OFFICE]
            qtbot.waitUntil(lambda: "Nümunə Bələdiyyəsi A" in office.summary.text(), timeout=10000)
            assert "IN — Daxil olan sənədlər jurnalı" in office.summary.text()  # a journal by name, not a bare code
            wiz.next()
            assert wiz.currentId() == P_SCANNER
            scan = wiz.pages[P_SCANNER]
            scan.find.click()
            qtbot.waitUntil(lambda: scan.test.isEnabled(), timeout=30000)
            scan.test.click()
            qtbot.waitUntil(lambda: "dpi" in scan.status.text() and not scan.busy, timeout=60000)
            wiz.next()
            assert wiz.currentId() == P_SIGNING
            sign = wiz.pages[P_SIGNING]
            sign.use_file.setChecked(True)
            assert sign.browse.text() == "&Seç…" and sign.browse.isEnabled()
            sign.browse.click()  # the key file is picked, not typed
            assert sign.path.text() == str(key)
            sign.secret.setText("wrong")
            sign.check.click()
            qtbot.waitUntil(lambda: not sign.busy, timeout=30000)
            assert "yanlışdır" in sign.status.text()  # the wrong passphrase, said in Azerbaijani
            sign.secret.setText(P12_PASSPHRASE)
            sign.check.click()
            qtbot.waitUntil(lambda: not sign.busy and "PIN düzgündür" in sign.status.text(), timeout=30000)
            assert "Rəşad Əliyev" in sign.status.text(), sign.status.text()
            assert sign.secret.text() == ""  # the PIN does not linger in the widget
            from ui.signing.sign_dialog import LAST_IDENTITY
            # the identity that opened is the one the Sign dialog offers first (no secret kept)
            assert ctx.settings.get(LAST_IDENTITY) == {"kind": "pkcs12", "path": str(key)}
            wiz.next()
            assert wiz.currentId() == P_DONE
            wiz.button(QWizard.WizardButton.FinishButton).click()
            assert not ctx.setup.first_run()

            api = ApiClient(demo.url).login("admin", "demo-admin", "ws-a-2")

            def on_server() -> bool:
                r = api.get(f"/v1/documents/{doc}")
                return r.status_code == 200 and len(r.json().get("resolutions") or []) == 1

            qtbot.waitUntil(on_server, timeout=60000)
            with ctx.db.read() as s:
                assert not s.execute(select(Conflict)).first()
                actions = set(s.execute(select(AuditEvent.action).where(AuditEvent.document_id == doc)).scalars())
            assert "document.reattributed" in actions
    finally:
        ctx.sync.stop()
        ctx.close()


def test_a_clerk_is_not_offered_the_signing_step(qtbot, ctx):
    """Signing is for the roles that sign (docflow_protocol.SIGNING_ROLES): a clerk goes from the scanner to
    the end, which says that signing can be set up later in Settings."""
    from desktop_app.db.models import User

    with ctx.db.write() as s:
        s.execute(select(User).where(User.username == ctx.user.username)).scalar_one().roles = "clerk"
    ctx.switch_user(ctx.user.username)
    with open_window(qtbot, ctx, ScriptedDialogs()) as w:
        wiz = w.setup_feature.open()
        seen = []
        while wiz.currentId() != P_DONE and len(seen) < 10:
            seen.append(wiz.currentId())
            wiz.skip()
        assert seen == [P_LANGUAGE, P_SERVER, P_OFFICE, P_SCANNER]
        assert "Tools ▸ Settings" in wiz.pages[P_DONE].text.text().split("\n")[-1]
        wiz.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: not w.ui.tasks.busy(), timeout=10000)
