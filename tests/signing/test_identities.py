"""PKCS#12 key files and PKCS#11 tokens (SoftHSM2 as the real token)."""
from __future__ import annotations

import pytest
from pkcs11 import TokenFlag

from desktop_app.signing import (
    IdentityError,
    KeyringPassphraseVault,
    PinError,
    PinState,
    Pkcs11Identity,
    Pkcs12Identity,
    list_token_keys,
    list_tokens,
    sign_pdf,
    token_pin_state,
    validate_pdf,
)
from desktop_app.signing import identities as ids
from tests.signing.conftest import P12_PASSPHRASE


def test_pkcs12_opens_with_chain(p12_bytes):
    ident = Pkcs12Identity.from_bytes(p12_bytes("signer-rsa"), P12_PASSPHRASE)
    assert ident.summary.common_name == "Aygün Məmmədova"
    names = sorted(c.subject.native["common_name"] for c in ident.chain)
    assert names == ["Docflow Test Intermediate CA", "Docflow Test Root CA"]


def test_pkcs12_wrong_passphrase_is_clear_and_secret_free(p12_bytes):
    with pytest.raises(IdentityError) as ei:
        Pkcs12Identity.from_bytes(p12_bytes("signer-ec"), "not the passphrase", label="alice.p12")
    assert ei.value.code == "pkcs12_unreadable"
    assert "alice.p12" in str(ei.value) and "passphrase" in str(ei.value)
    assert "not the passphrase" not in str(ei.value)


def test_pkcs12_damaged_and_missing_files(tmp_path, p12_bytes):
    bad = tmp_path / "bad.p12"
    bad.write_bytes(p12_bytes("signer-ec")[:200])
    with pytest.raises(IdentityError, match="bad.p12"):
        Pkcs12Identity.from_file(bad, P12_PASSPHRASE)
    with pytest.raises(IdentityError) as ei:
        Pkcs12Identity.from_file(tmp_path / "nope.p12", P12_PASSPHRASE)
    assert ei.value.code == "pkcs12_missing"


class _MemoryKeyring:
    """In-memory stand-in for the OS keyring backend (the keyring area tests the real Secret Service)."""

    def __init__(self):
        self.data = {}

    def get_password(self, service, user):
        return self.data.get((service, user))

    def set_password(self, service, user, password):
        self.data[(service, user)] = password

    def delete_password(self, service, user):
        import keyring.errors

        if (service, user) not in self.data:
            raise keyring.errors.PasswordDeleteError(user)
        del self.data[(service, user)]


def test_passphrase_vault_round_trip():
    backend = _MemoryKeyring()
    vault = KeyringPassphraseVault(keyring_backend=backend)
    assert vault.get("id1") is None
    vault.remember("id1", "s3cret")
    assert vault.get("id1") == "s3cret"
    assert backend.data == {("docflow-signing", "id1"): "s3cret"}
    vault.forget("id1")
    vault.forget("id1")  # forgetting twice is fine
    assert vault.get("id1") is None


# ----------------------------------------------------------------------------- PKCS#11
def test_list_tokens_and_keys(softhsm_token):
    tokens = list_tokens(softhsm_token.module)
    # SoftHSM always offers one more, uninitialised slot: it is not listed
    assert [t.label for t in tokens] == [softhsm_token.label]
    tok = tokens[0]
    assert tok.login_required and not tok.protected_auth_path
    assert tok.model.startswith("SoftHSM")
    keys = list_token_keys(softhsm_token.module, softhsm_token.label, softhsm_token.pin)
    by_id = {k.key_id_hex: k.certificate.common_name for k in keys}
    assert by_id == {"01": "Rəşad Əliyev", "02": "Aygün Məmmədova"}
    # without the PIN only public objects are visible: all certificates, CA ones included
    public = {k.certificate.common_name for k in list_token_keys(softhsm_token.module, softhsm_token.label)}
    assert {"Rəşad Əliyev", "Docflow Test Root CA"} <= public


@pytest.mark.parametrize("key_id", ["01", "02"])
def test_sign_with_token_ec_and_rsa(softhsm_token, pdf, trust_roots, key_id):
    with Pkcs11Identity.open(softhsm_token.module, softhsm_token.label, key_id, softhsm_token.pin) as ident:
        # the chain comes from the CA certificates stored on the card
        assert {c.subject.native["common_name"] for c in ident.chain} == {
            "Docflow Test Intermediate CA",
            "Docflow Test Root CA",
        }
        signed = sign_pdf(pdf(), ident)
    rep = validate_pdf(signed, trust_roots)
    assert rep.verdict == "valid"
    assert rep.signatures[0].signer.common_name == ("Rəşad Əliyev" if key_id == "01" else "Aygün Məmmədova")


def test_wrong_pin_reports_token_flags_and_is_not_retried(softhsm_token):
    before = token_pin_state(softhsm_token.module, softhsm_token.label)
    with pytest.raises(PinError) as ei:
        Pkcs11Identity.open(softhsm_token.module, softhsm_token.label, "01", "000000")
    err = ei.value
    assert err.code == "pin_incorrect"
    # SoftHSM raises CKF_USER_PIN_COUNT_LOW after a failed login; the message shows it.
    assert err.pin_state.count_low and not err.pin_state.locked
    assert "few tries" in str(err) and "does not retry" in str(err)
    assert "000000" not in str(err)
    assert not before.locked
    # One failed login only: the right PIN still works right after, and clears the flag.
    with Pkcs11Identity.open(softhsm_token.module, softhsm_token.label, "01", softhsm_token.pin) as ident:
        assert ident.key_id_hex == "01"
    assert token_pin_state(softhsm_token.module, softhsm_token.label).count_low is False


def test_single_token_is_found_without_a_label(softhsm_token):
    with Pkcs11Identity.open(softhsm_token.module, None, "02", softhsm_token.pin) as ident:
        assert ident.token.label == softhsm_token.label


def test_missing_pin_without_pin_pad(softhsm_token):
    with pytest.raises(PinError) as ei:
        Pkcs11Identity.open(softhsm_token.module, softhsm_token.label, "01", None)
    assert ei.value.code == "pin_required"


def test_unknown_token_key_and_module(softhsm_token, tmp_path):
    with pytest.raises(IdentityError) as ei:
        Pkcs11Identity.open(softhsm_token.module, "no-such-token", "01", "1")
    assert ei.value.code == "token_missing"
    with pytest.raises(IdentityError) as ei:
        Pkcs11Identity.open(softhsm_token.module, softhsm_token.label, "7f", softhsm_token.pin)
    assert ei.value.code == "token_key_missing"
    with pytest.raises(IdentityError) as ei:
        list_tokens(str(tmp_path / "libnothing.so"))
    assert ei.value.code == "pkcs11_module_missing"


def test_pin_flags_mapping():
    assert ids._pin_state(TokenFlag.USER_PIN_COUNT_LOW) == PinState(count_low=True)
    assert ids._pin_state(TokenFlag.USER_PIN_FINAL_TRY | TokenFlag.USER_PIN_COUNT_LOW).final_try
    assert ids._pin_state(TokenFlag.USER_PIN_LOCKED).locked
    assert "one try" in PinState(final_try=True).describe()
    assert "locked" in PinState(locked=True).describe()


class _FlagOnlyToken:
    """Stand-in for a card reporting FINAL_TRY/LOCKED: SoftHSM never sets those flags,
    so this is the only way to exercise the refusal paths. ``open`` must never be reached."""

    label = "card"
    serial = b"1"
    manufacturer_id = "x"
    model = "x"

    def __init__(self, flags):
        self.flags = flags
        self.opened = 0

    def open(self, **kw):  # pragma: no cover - must not be called
        self.opened += 1
        raise AssertionError("login attempted")


class _Slot:
    slot_id = 1
    slot_description = "reader"

    def __init__(self, token):
        self.token = token

    def get_token(self):
        return self.token


def test_final_try_and_locked_are_not_attempted():
    tok = _FlagOnlyToken(TokenFlag.LOGIN_REQUIRED | TokenFlag.USER_PIN_FINAL_TRY)
    with pytest.raises(PinError) as ei:
        ids._login(tok, _Slot(tok), "1234", confirm_final_try=False)
    assert ei.value.code == "pin_final_try" and tok.opened == 0
    tok = _FlagOnlyToken(TokenFlag.LOGIN_REQUIRED | TokenFlag.USER_PIN_LOCKED)
    with pytest.raises(PinError) as ei:
        ids._login(tok, _Slot(tok), "1234", confirm_final_try=True)
    assert ei.value.code == "pin_locked" and tok.opened == 0
