"""Signing identities: PKCS#12 key files and PKCS#11 tokens (smart cards, SoftHSM).

A secret (passphrase, PIN) is passed in by the caller, used once to open the identity,
and never stored here; the only place a passphrase may be kept is the OS keyring, and
only through :class:`PassphraseVault` when the user asked for it.

About 500 lines on purpose: the two kinds of identity share one interface and their PIN/token
rules (tries left, final-try confirmation, module loading once per process) read best side by side.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from asn1crypto import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop_app.i18n import translate

from .certs import CertificateSummary, common_name, from_pyca
from .errors import IdentityError, PinError, PinState
from .vault import KeyringPassphraseVault, PassphraseVault  # noqa: F401 - re-exported: they live in a light module


class SigningIdentity(Protocol):
    """What :func:`desktop_app.signing.sign_pdf` needs from an identity."""

    @property
    def signer(self) -> signers.Signer: ...

    @property
    def certificate(self) -> x509.Certificate: ...

    @property
    def chain(self) -> tuple[x509.Certificate, ...]: ...

    def close(self) -> None: ...


def _pyhanko_signer_cert(signer: signers.Signer) -> x509.Certificate:
    cert = signer.signing_cert
    if cert is None:  # pragma: no cover - pyHanko always sets it for our signers
        raise IdentityError(translate("Signing", "The identity has no signing certificate."))
    return cert


class _IdentityBase:
    _signer: signers.Signer
    _chain: tuple[x509.Certificate, ...]

    @property
    def signer(self) -> signers.Signer:
        return self._signer

    @property
    def certificate(self) -> x509.Certificate:
        return _pyhanko_signer_cert(self._signer)

    @property
    def chain(self) -> tuple[x509.Certificate, ...]:
        return self._chain

    @property
    def summary(self) -> CertificateSummary:
        return CertificateSummary.of(self.certificate)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:  # pragma: no cover - overridden where needed
        pass


# --------------------------------------------------------------------------- PKCS#12
class Pkcs12Identity(_IdentityBase):
    """A key and certificate (with chain) from a PKCS#12 (.p12/.pfx) file."""

    def __init__(self, signer: signers.SimpleSigner, chain: tuple[x509.Certificate, ...], label: str):
        self._signer = signer
        self._chain = chain
        self.label = label

    @classmethod
    def from_bytes(cls, data: bytes, passphrase: str | bytes | None, *, label: str = "PKCS#12") -> "Pkcs12Identity":
        """Open PKCS#12 data; a wrong passphrase or a damaged file raises IdentityError."""
        if isinstance(passphrase, str):
            passphrase = passphrase.encode("utf-8")
        try:
            key, cert, others = pkcs12.load_key_and_certificates(data, passphrase or None)
        except ValueError:
            raise IdentityError(
                translate(
                    "Signing", "Cannot open the key file {label}: the passphrase is wrong or the file is damaged."
                ).format(label=label),
                code="pkcs12_unreadable",
            ) from None
        if key is None or cert is None:
            raise IdentityError(
                translate("Signing", "The key file {label} holds no private key with its certificate.").format(
                    label=label
                ),
                code="pkcs12_incomplete",
            )
        from pyhanko.keys.internal import translate_pyca_cryptography_key_to_asn1

        signing_cert = from_pyca(cert)
        chain = tuple(from_pyca(c) for c in (others or ()))
        store = SimpleCertificateStore()
        store.register_multiple(chain)
        signer = signers.SimpleSigner(
            signing_cert=signing_cert,
            signing_key=translate_pyca_cryptography_key_to_asn1(key),
            cert_registry=store,
            embed_roots=True,
        )
        return cls(signer, chain, label)

    @classmethod
    def from_file(cls, path: str | Path, passphrase: str | bytes | None) -> "Pkcs12Identity":
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IdentityError(
                translate("Signing", "Cannot read the key file {path}: {reason}").format(
                    path=str(path), reason=exc.strerror or type(exc).__name__
                ),
                code="pkcs12_missing",
            ) from None
        return cls.from_bytes(data, passphrase, label=path.name)

    def close(self) -> None:
        pass


# --------------------------------------------------------------------------- PKCS#11
# A PKCS#11 module may be C_Initialize'd only once per process, so the loaded modules
# are kept per path for the life of the process (this is the module's own rule, not a
# convenience singleton).
_modules: dict[str, object] = {}
_modules_lock = threading.Lock()


def _load_module(module_path: str):
    import pkcs11

    with _modules_lock:
        lib = _modules.get(module_path)
        if lib is None:
            if not Path(module_path).exists():
                raise IdentityError(
                    translate("Signing", "The PKCS#11 module {path} does not exist.").format(path=module_path),
                    code="pkcs11_module_missing",
                )
            try:
                lib = pkcs11.lib(module_path)
            except pkcs11.PKCS11Error as exc:
                raise IdentityError(
                    translate("Signing", "Cannot load the PKCS#11 module {path}: {reason}").format(
                        path=module_path, reason=type(exc).__name__
                    ),
                    code="pkcs11_module_unloadable",
                ) from None
            _modules[module_path] = lib
        return lib


def _pin_state(flags) -> PinState:
    from pkcs11 import TokenFlag

    return PinState(
        count_low=bool(flags & TokenFlag.USER_PIN_COUNT_LOW),
        final_try=bool(flags & TokenFlag.USER_PIN_FINAL_TRY),
        locked=bool(flags & TokenFlag.USER_PIN_LOCKED),
    )


@dataclass(frozen=True)
class TokenInfo:
    """One token present in a slot of a PKCS#11 module."""

    slot_id: int
    slot_description: str
    label: str
    serial: str
    manufacturer: str
    model: str
    protected_auth_path: bool  # the reader has a PIN pad: don't ask for the PIN on screen
    login_required: bool
    pin_state: PinState


@dataclass(frozen=True)
class TokenKey:
    """A certificate on a token that has a matching private key (a usable signing key)."""

    key_id_hex: str
    label: str
    certificate: CertificateSummary


def _token_info(slot, token) -> TokenInfo:
    from pkcs11 import TokenFlag

    flags = token.flags
    return TokenInfo(
        slot_id=int(slot.slot_id),
        slot_description=slot.slot_description.strip(),
        label=token.label.strip(),
        serial=token.serial.decode("ascii", "replace").strip() if isinstance(token.serial, bytes) else str(token.serial),
        manufacturer=token.manufacturer_id.strip(),
        model=token.model.strip(),
        protected_auth_path=bool(flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH),
        login_required=bool(flags & TokenFlag.LOGIN_REQUIRED),
        pin_state=_pin_state(flags),
    )


def list_tokens(module_path: str) -> list[TokenInfo]:
    """List the tokens (cards) present in the slots of a PKCS#11 module."""
    lib = _load_module(module_path)
    out = []
    for slot in lib.get_slots(token_present=True):
        token = slot.get_token()
        if _initialized(token):
            out.append(_token_info(slot, token))
    return out


def _initialized(token) -> bool:
    from pkcs11 import TokenFlag

    return bool(token.flags & TokenFlag.TOKEN_INITIALIZED)


def _find_token(module_path: str, token_label: str | None, token_serial: str | None):
    lib = _load_module(module_path)
    for slot in lib.get_slots(token_present=True):
        token = slot.get_token()
        if not _initialized(token):
            continue  # an empty slot of the module (SoftHSM always offers one)
        info = _token_info(slot, token)
        if token_label is not None and info.label != token_label:
            continue
        if token_serial is not None and info.serial != token_serial:
            continue
        return slot, token
    raise IdentityError(
        translate("Signing", "No token {label} is present in {module}.").format(
            label=token_label or token_serial or "", module=module_path
        ),
        code="token_missing",
    )


def token_pin_state(module_path: str, token_label: str | None = None, token_serial: str | None = None) -> PinState:
    """Read the PIN flags the token reports right now."""
    slot, _ = _find_token(module_path, token_label, token_serial)
    return _pin_state(slot.get_token().flags)


def _login(token, slot, pin: str | None, confirm_final_try: bool):
    """Open a session on ``token`` and log in exactly once (never retried)."""
    import pkcs11
    from pkcs11 import exceptions as p11e

    info = _token_info(slot, token)
    if info.pin_state.locked:
        raise PinError(
            translate("Signing", "The PIN of token {label} is locked. {hint}").format(
                label=info.label, hint=info.pin_state.describe()
            ),
            code="pin_locked",
            pin_state=info.pin_state,
        )
    if info.pin_state.final_try and pin is not None and not confirm_final_try:
        raise PinError(
            translate(
                "Signing",
                "Token {label}: only one PIN try is left before the card locks. Confirm to try this PIN.",
            ).format(label=info.label),
            code="pin_final_try",
            pin_state=info.pin_state,
        )
    if pin is None:
        if not info.protected_auth_path:
            raise PinError(
                translate("Signing", "Token {label} needs its PIN.").format(label=info.label),
                code="pin_required",
                pin_state=info.pin_state,
            )
        user_pin = pkcs11.PROTECTED_AUTH  # the reader's PIN pad asks the user
    else:
        user_pin = pin
    try:
        return token.open(user_pin=user_pin)
    except (p11e.PinIncorrect, p11e.PinInvalid, p11e.PinLenRange) as exc:
        state = _pin_state(slot.get_token().flags)  # fresh flags, after the failure
        code = "pin_locked" if state.locked else "pin_incorrect"
        reason = (
            translate("Signing", "The PIN has an invalid length or format.")
            if not isinstance(exc, p11e.PinIncorrect)
            else translate("Signing", "The PIN is wrong.")
        )
        raise PinError(
            translate("Signing", "Token {label}: {reason} {hint} Docflow does not retry the PIN by itself.").format(
                label=info.label, reason=reason, hint=state.describe()
            ),
            code=code,
            pin_state=state,
        ) from None
    except p11e.PinLocked:
        state = _pin_state(slot.get_token().flags)
        raise PinError(
            translate("Signing", "The PIN of token {label} is locked. {hint}").format(
                label=info.label, hint=PinState(locked=True).describe()
            ),
            code="pin_locked",
            pin_state=state,
        ) from None
    except p11e.UserAlreadyLoggedIn:
        raise IdentityError(
            translate("Signing", "Token {label} is already in use by another signing operation.").format(
                label=info.label
            ),
            code="token_busy",
        ) from None
    except pkcs11.PKCS11Error as exc:
        raise IdentityError(
            translate("Signing", "Token {label} refused the login: {reason}").format(
                label=info.label, reason=type(exc).__name__
            ),
            code="token_login_failed",
        ) from None


def _certificates_with_keys(session) -> list[tuple[bytes, str, x509.Certificate]]:
    from pkcs11 import Attribute, ObjectClass

    key_ids = set()
    for key in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}):
        try:
            key_ids.add(bytes(key[Attribute.ID]))
        except Exception:  # a key without CKA_ID cannot be matched to a certificate
            continue
    out = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            cid = bytes(obj[Attribute.ID])
        except Exception:
            continue
        if key_ids and cid not in key_ids:
            continue
        try:
            label = obj[Attribute.LABEL]
        except Exception:
            label = ""
        out.append((cid, label, x509.Certificate.load(bytes(obj[Attribute.VALUE]))))
    return out


def list_token_keys(
    module_path: str,
    token_label: str | None = None,
    pin: str | None = None,
    *,
    token_serial: str | None = None,
    confirm_final_try: bool = False,
) -> list[TokenKey]:
    """List the signing keys (certificates with a private key) on a token.

    Without a PIN only public objects are visible, so every certificate on the token is
    listed; with a PIN (or a PIN pad), only certificates whose private key is present.
    """
    slot, token = _find_token(module_path, token_label, token_serial)
    # Without a PIN: a public session (never a PIN-pad prompt just to show a list).
    session = token.open() if pin is None else _login(token, slot, pin, confirm_final_try)
    try:
        return [
            TokenKey(key_id_hex=cid.hex(), label=label, certificate=CertificateSummary.of(cert))
            for cid, label, cert in _certificates_with_keys(session)
        ]
    finally:
        session.close()


class Pkcs11Identity(_IdentityBase):
    """A key on a PKCS#11 token, with an open logged-in session. Close it when done."""

    def __init__(self, session, signer, chain: tuple[x509.Certificate, ...], token: TokenInfo, key_id_hex: str):
        self._session = session
        self._signer = signer
        self._chain = chain
        self.token = token
        self.key_id_hex = key_id_hex
        self.label = f"{token.label} / {common_name(signer.signing_cert)}"

    @classmethod
    def open(
        cls,
        module_path: str,
        token_label: str | None,
        key_id_hex: str | None,
        pin: str | None,
        *,
        token_serial: str | None = None,
        extra_chain: tuple[x509.Certificate, ...] = (),
        confirm_final_try: bool = False,
    ) -> "Pkcs11Identity":
        """Log in once and select the key. ``pin=None`` uses the reader's PIN pad.

        ``extra_chain``: CA certificates to embed when the token does not store them.
        """
        from pyhanko.sign.pkcs11 import PKCS11Signer

        slot, token = _find_token(module_path, token_label, token_serial)
        info = _token_info(slot, token)
        session = _login(token, slot, pin, confirm_final_try)
        try:
            entries = _certificates_with_keys(session)
            if key_id_hex is not None:
                entries = [e for e in entries if e[0].hex() == key_id_hex.lower()]
            if not entries:
                raise IdentityError(
                    translate("Signing", "Token {label} has no signing key {key}.").format(
                        label=info.label, key=key_id_hex or ""
                    ),
                    code="token_key_missing",
                )
            if len(entries) > 1 and key_id_hex is None:
                raise IdentityError(
                    translate("Signing", "Token {label} has several keys; choose one.").format(label=info.label),
                    code="token_key_ambiguous",
                )
            cid, _label, cert = entries[0]
            # Only CA certificates from the card go into the chain (not other people's certs).
            others = tuple(
                c for _i, _l, c in _all_certificates(session) if c.ca and c.dump() != cert.dump()
            ) + tuple(extra_chain)
            signer = PKCS11Signer(
                session,
                key_id=cid,
                signing_cert=cert,
                ca_chain=others,
                embed_roots=True,
                # Many tokens (SoftHSM 2.6, most smart cards) implement only raw ECDSA
                # (CKM_ECDSA) and not ECDSA-with-SHA256; hashing on the host works on all.
                use_raw_mechanism=cert.public_key.algorithm == "ec",
            )
        except BaseException:
            session.close()
            raise
        return cls(session, signer, others, info, cid.hex())

    def close(self) -> None:
        if self._session is not None:
            try:
                self._session.close()
            finally:
                self._session = None


def _all_certificates(session) -> list[tuple[bytes, str, x509.Certificate]]:
    from pkcs11 import Attribute, ObjectClass

    out = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        out.append((b"", "", x509.Certificate.load(bytes(obj[Attribute.VALUE]))))
    return out
