"""The signing process (desktop_app/signing/worker.py): a token key opened, documents signed,
validated and completed in a child process, never in the app's (its GIL stays free for the window);
errors come back as the same translated sentences, and a dead child is replaced."""
from __future__ import annotations

import logging
import os
import signal
import time

import pytest

from desktop_app import i18n
from desktop_app.errors import IdentityError, PinError, SigningError
from desktop_app.i18n import translate
from desktop_app.services.signing import IdentitySpec
from desktop_app.signing import STATE_COMPLETE, SignOptions, StampOptions
from desktop_app.signing.worker import WorkerIdentity
from tests import helpers


def _docs(ctx, n: int) -> list[str]:
    return [ctx.documents.create_document(helpers.make_pdf(f"Letter {i}"), f"l{i}.pdf", kind="outgoing",
                                          subject=f"Letter {i}").id for i in range(n)]


def test_token_key_signs_validates_and_completes_in_the_signing_process(sctx, softhsm_token, caplog):
    spec = IdentitySpec(kind="pkcs11", module=softhsm_token.module, token_label=softhsm_token.label, key_id="01")
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(PinError) as wrong:
            sctx.signing.open_identity(spec, "999999")
    # the same error as in-process: code, the token's flags, the sentence -- and no PIN anywhere
    assert wrong.value.code == "pin_incorrect" and wrong.value.pin_state.count_low
    assert "PIN is wrong" in str(wrong.value) and "999999" not in str(wrong.value) and "999999" not in caplog.text

    ident = sctx.signing.open_identity(spec, softhsm_token.pin)
    assert isinstance(ident, WorkerIdentity) and ident.summary.common_name
    ids = _docs(sctx, 3)
    with ident:
        res = sctx.signing.sign_documents(ids, ident, SignOptions(reason="Approved", stamp=StampOptions()))
    assert [r.document_id for r in res.signed] == ids and not res.failed
    child = sctx.signing.worker.call(os.getpid)
    assert child != os.getpid()  # the work ran in another process
    with pytest.raises(SigningError) as closed:  # the handle was closed in the child with the identity
        ident.sign_detailed(b"%PDF-1.7", SignOptions())
    assert closed.value.code == "identity_closed"

    assert sctx.signing.verify_document(ids[0]).verdict == "valid"
    assert sctx.signing.upgrade_document(ids[0]).state == STATE_COMPLETE
    assert softhsm_token.pin not in caplog.text


def test_errors_come_back_translated_and_the_child_logs_into_the_app(sctx, p12_bytes, tmp_path, caplog):
    path = tmp_path / "me.p12"
    path.write_bytes(p12_bytes("signer-ec"))
    i18n.set_language("az")
    try:
        with pytest.raises(IdentityError) as err:
            sctx.signing.open_identity(IdentitySpec(kind="pkcs12", path=str(path)), "wrong passphrase")
        want = translate("Signing", "Cannot open the key file {label}: the passphrase is wrong or the file is damaged.")
    finally:
        i18n.set_language("en")
    assert want != "Cannot open the key file {label}: the passphrase is wrong or the file is damaged."
    assert str(err.value) == want.format(label="me.p12") and err.value.code == "pkcs12_unreadable"

    with caplog.at_level(logging.WARNING, logger="desktop_app.signing.worker"):
        with pytest.raises(ValueError):
            sctx.signing.worker.call(int, "not a number")
        deadline = time.monotonic() + 10  # the child's log comes through its own queue
        while not any(r.process != os.getpid() for r in caplog.records) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert any(r.process != os.getpid() and r.name == "desktop_app.signing.worker" for r in caplog.records)


def test_a_dead_signing_process_is_replaced(sctx, identity):
    (doc,) = _docs(sctx, 1)
    sctx.signing.sign_document(doc, identity("signer-ec"))
    first = sctx.signing.worker.call(os.getpid)
    os.kill(first, signal.SIGKILL)
    with pytest.raises(SigningError) as err:
        sctx.signing.verify_document(doc)
    assert err.value.code == "signing_process_failed"
    assert sctx.signing.verify_document(doc).verdict == "valid"  # a new child
    assert sctx.signing.worker.call(os.getpid) not in (first, os.getpid())
    sctx.signing.close()
    with pytest.raises(SigningError) as closing:
        sctx.signing.verify_document(doc)
    assert closing.value.code == "signing_closed"


def test_closing_does_not_wait_for_ever_on_a_busy_child(sctx):
    """A child still in a call when its service closes (a long render, or one stuck) is stopped by
    force after the shutdown's bound: closing the app must never hang on it."""
    import threading

    worker = sctx.signing.worker
    child = worker.call(os.getpid)
    busy = threading.Thread(target=lambda: pytest.raises(Exception, worker.call, time.sleep, 120), daemon=True)
    busy.start()
    time.sleep(0.5)  # the sleep has reached the child
    started = time.monotonic()
    worker.shutdown(timeout=1)
    assert time.monotonic() - started < 10
    with pytest.raises(ProcessLookupError):
        for _ in range(50):  # reaped by the pool's own thread soon after the kill
            os.kill(child, 0)
            time.sleep(0.1)
    busy.join(10)
    assert not busy.is_alive()  # the caller got an error, not a wait for ever
