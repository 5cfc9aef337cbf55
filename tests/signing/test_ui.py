"""Sign dialog, batch signing from a multi-selection, and the signature panel, driven through
the real main window on a real profile (dialogs answered by the scripted dialog service)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from tests import helpers
from tests.signing.conftest import P12_PASSPHRASE
from tests.qt_helpers import ScriptedDialogs, open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def signing_window(qtbot, ctx, pki, tmp_path):
    bundle = tmp_path / "roots.pem"
    bundle.write_bytes(pki.trust_roots_pem())
    ctx.settings.set("trust_bundle", str(bundle))
    ctx.settings.set("tsa_url", pki.tsa_url)
    dialogs = ScriptedDialogs()
    with open_window(qtbot, ctx, dialogs) as w:
        yield w, dialogs


def _idle(qtbot, w):
    qtbot.waitUntil(lambda: not w.ui.tasks.busy(), timeout=20000)


def _show_all(w):
    keys = [k for k, _label in w.queue_labels()]
    w.queues.setCurrentRow(keys.index("all"))


def _select_all(w):
    sm = w.table.selectionModel()
    for row in range(w.model.rowCount()):
        sm.select(w.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_batch_sign_from_selection_with_key_file_and_stamp(qtbot, signing_window, p12_bytes, tmp_path, trust_roots,
                                                          pki):
    w, dialogs = signing_window
    # Offline while signing: the background job's first try fails and waits (in the signing process
    # it would otherwise complete the signatures before the panel shows them waiting).
    pki.stop()
    for i in range(3):
        w.ctx.documents.create_document(helpers.make_pdf(f"Letter {i}"), f"letter{i}.pdf", kind="outgoing",
                                        subject=f"Letter {i}")
    _show_all(w)
    w.table.clearSelection()
    w.table.setCurrentIndex(w.model.index(-1, -1))
    assert not w.signing.act_sign.isEnabled()  # nothing to sign yet
    _select_all(w)
    assert len(w.selected_ids()) == 3 and w.signing.act_sign.isEnabled()
    p12 = tmp_path / "head.p12"
    p12.write_bytes(p12_bytes("signer-ec"))

    def fill(dlg):
        assert dlg.preview.stamp_rect() is None  # no stamp yet
        dialogs.files = [str(p12)]
        dlg._browse()  # the key file is picked through the dialog service
        assert dlg.p12_path.text() == str(p12)
        dlg.passphrase.setText(P12_PASSPHRASE)
        dlg.reason.setText("Təsdiq edirəm")
        dlg.stamp.setChecked(True)
        dlg.position.setCurrentIndex(dlg.position.findData("top-left"))
        r = dlg.preview.stamp_rect()
        page = dlg.preview.page_rect()
        assert r is not None and r.top() < page.center().y() and r.left() < page.center().x()  # drawn top-left
        return True

    dialogs.form_actions.append(fill)
    w.signing.act_sign.trigger()
    _idle(qtbot, w)
    res = w.signing.last_result
    assert len(res.signed) == 3 and not res.failed
    assert not [m for m in dialogs.messages if m[0] == "error"]
    for r in res.signed:
        sigs = w.ctx.signing.signatures(r.document_id)
        assert [g.signer_name for g in sigs] == ["Rəşad Əliyev"]

    # The signature tab of the current document shows the state and the report.
    panel = w.signing.panel
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10000)
    assert "waiting for timestamp" in panel.state.text()
    assert panel.report.verdict == "valid"
    assert "Rəşad Əliyev" in panel.text.toPlainText() and "B-B" in panel.text.toPlainText()
    assert panel.upgrade_btn.isEnabled()
    pki.start()

    # Complete now (online) -> B-LT, shown on the document.
    with qtbot.waitSignal(panel.report_ready, timeout=20000):
        panel.upgrade_btn.click()
    _idle(qtbot, w)
    # One verdict, shown once: the headline is the report's (valid, level B-LT), not the recorded state.
    qtbot.waitUntil(lambda: panel.report is not None and "Valid" in panel.state.text() and "B-LT" in panel.state.text(),
                    timeout=20000)
    assert "B-LT" in panel.text.toPlainText() and "Verdict" not in panel.text.toPlainText()
    assert "waiting" not in panel.state.text()
    # After the batch, the list says which documents are signed now.
    status_col, subject_col = w.model.COLUMNS.index("status"), w.model.COLUMNS.index("subject")
    for r in range(w.model.rowCount()):  # the mark before the subject, the words in the status's tooltip
        assert w.model.data(w.model.index(r, subject_col), Qt.ItemDataRole.DecorationRole) is not None
        assert "signed" in w.model.data(w.model.index(r, status_col), Qt.ItemDataRole.ToolTipRole).lower()


def test_wrong_token_pin_keeps_the_dialog_open_and_nothing_is_signed(qtbot, signing_window, softhsm_token):
    """A wrong PIN is shown IN the sign dialog, which stays open with the token and key still chosen;
    only the PIN is typed again. An empty PIN is refused before anything is tried. The identity
    used is remembered for next time (no secret)."""
    w, dialogs = signing_window
    w.ctx.documents.create_document(helpers.make_pdf("Order"), "order.pdf", kind="outgoing", subject="Order")
    _show_all(w)
    seen = {}

    def fill(dlg):
        dlg.module.setText(softhsm_token.module)
        dlg.use_token.setChecked(True)  # the tokens are listed without a click, off the GUI thread
        qtbot.waitUntil(lambda: dlg.token.findData(softhsm_token.label) >= 0, timeout=20000)
        dlg.token.setCurrentIndex(dlg.token.findData(softhsm_token.label))
        assert dlg.key.count() == 2  # the two signer keys, not the CA certificates on the card
        dlg.key.setCurrentIndex(dlg.key.findData("01"))
        assert not dlg.sign_button.isEnabled()  # empty PIN: refused before signing
        dlg.pin.setText("999999")
        assert dlg.sign_button.isEnabled()
        seen["dlg"] = dlg
        return True

    dialogs.form_actions.append(fill)
    w.signing.act_sign.trigger()
    qtbot.waitUntil(lambda: "dlg" in seen, timeout=20000)  # after the worker's "ready to sign?" read
    dlg = seen["dlg"]
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=20000)
    _idle(qtbot, w)
    text = dlg.error.text()
    assert dlg.isVisible() and "PIN is wrong" in text and "few tries" in text and "999999" not in text
    assert dlg.token.currentData() == softhsm_token.label and dlg.key.currentData() == "01" and dlg.pin.text() == ""
    assert w.ctx.signing.signatures(w.current_id()) == ()
    assert not [m for m in dialogs.messages if m[0] == "error"]  # no message box: the dialog says it

    dlg.key.setCurrentIndex(dlg.key.findData("02"))
    dlg.pin.setText(softhsm_token.pin)
    dlg.sign_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    _idle(qtbot, w)
    assert [g.signer_name for g in w.ctx.signing.signatures(w.current_id())] == ["Aygün Məmmədova"]
    assert w.ctx.settings.get("pkcs11_module") == softhsm_token.module  # remembered: a path, not a secret
    assert w.ctx.settings.get("last_signing_identity") == {"kind": "pkcs11", "module": softhsm_token.module,
                                                          "token_label": softhsm_token.label, "key_id": "02"}
    assert f'"{softhsm_token.pin}"' not in w.ctx.profile.settings_path.read_text()  # no PIN as a value

    # Next time the dialog opens on the same token and key.
    def check_remembered(dlg2):
        assert dlg2.use_token.isChecked()
        qtbot.waitUntil(lambda: dlg2.key.currentData() == "02", timeout=20000)
        return False

    dialogs.form_actions.append(check_remembered)
    w.signing.act_sign.trigger()
    qtbot.waitUntil(lambda: not dialogs.form_actions, timeout=20000)


def test_last_pin_try_needs_the_users_confirmation(qtbot, signing_window, softhsm_token):
    """SoftHSM never reports CKF_USER_PIN_FINAL_TRY, so the service's open_identity is wrapped to
    raise what a real card would; the confirmation and the second, confirmed attempt are real."""
    from desktop_app.signing import PinError, PinState

    w, dialogs = signing_window
    w.ctx.documents.create_document(helpers.make_pdf("Decree"), "decree.pdf", kind="outgoing", subject="Decree")
    _show_all(w)
    real_open = w.ctx.signing.open_identity
    calls = []

    def card_on_last_try(spec, secret, *, remember=False, confirm_final_try=False):
        calls.append(confirm_final_try)
        if not confirm_final_try:
            raise PinError("Token docflow-test: only one PIN try is left.", code="pin_final_try",
                           pin_state=PinState(count_low=True, final_try=True))
        return real_open(spec, secret, remember=remember, confirm_final_try=True)

    w.ctx.signing.open_identity = card_on_last_try

    def fill(dlg):
        dlg.module.setText(softhsm_token.module)
        dlg.use_token.setChecked(True)
        qtbot.waitUntil(lambda: dlg.token.findData(softhsm_token.label) >= 0, timeout=20000)
        dlg.token.setCurrentIndex(dlg.token.findData(softhsm_token.label))
        dlg.key.setCurrentIndex(dlg.key.findData("01"))
        dlg.pin.setText(softhsm_token.pin)
        return True

    dialogs.form_actions.append(fill)
    w.signing.act_sign.trigger()
    qtbot.waitUntil(lambda: len(calls) == 2 and not w.ui.tasks.busy(), timeout=20000)
    _idle(qtbot, w)
    assert calls == [False, True]
    assert any(m[0] == "confirm" and "one PIN try" in m[2] for m in dialogs.messages)
    assert [g.signer_name for g in w.ctx.signing.signatures(w.current_id())] == ["Rəşad Əliyev"]


def test_sign_is_offered_to_a_signing_role_only_and_follows_the_person_at_the_desk(qtbot, signing_window):
    # the server refuses a clerk's signature: the clerk is not led through the key and its PIN to learn it
    w, _dialogs = signing_window
    w.ctx.admin.add_user("clerk1", "Clerk", ["clerk"])
    w.ctx.admin.add_user("head1", "Head", ["head"])
    row = w.ctx.documents.create_document(helpers.make_pdf("Letter"), "letter.pdf", kind="incoming", subject="Letter")
    _show_all(w)
    w.reveal(row.id)
    qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.id == row.id, timeout=10000)
    for person, signs in (("clerk1", False), ("head1", True), ("clerk1", False)):
        w.ctx.switch_user(person)
        qtbot.waitUntil(lambda: w.signing.act_sign.isEnabled() is signs and w.act_register.isEnabled() is not signs
                        and w.act_oral_appeal.isEnabled() is not signs, timeout=10000)


def test_a_letter_not_yet_numbered_is_refused_before_the_pin_without_a_read_on_the_gui_thread(qtbot, signing_window):
    """The Sign action says a letter from a template is not registered yet before the identity and PIN
    are asked; whether it is, is read on a worker (it was read on the GUI thread)."""
    import threading

    w, dialogs = signing_window
    w.ctx.switch_user("clerk")
    row = w.ctx.templates.create_draft("letter", {"addressee": "Təhsil Nazirliyi", "subject": "Damın təmiri",
                                                  "body": "Məktubunuza cavab olaraq bildiririk."})
    w.ctx.switch_user("head")
    real, threads = w.ctx.templates.not_ready_to_sign, []
    w.ctx.templates.not_ready_to_sign = lambda doc_id: (threads.append(threading.current_thread()), real(doc_id))[1]
    try:
        w.signing.sign_selected([row.id])
        qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=20000)
        _idle(qtbot, w)
    finally:
        del w.ctx.templates.not_ready_to_sign
    assert threads and threading.main_thread() not in threads
    [(kind, title, text)] = [m[:3] for m in dialogs.messages]
    assert kind == "error" and title == "Not signed" and "not registered yet" in text
    assert w.signing.dialog is None  # no identity or PIN asked
