"""What the signing service returns and takes (plain values; secrets are never part of them)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.i18n import translate
from desktop_app.services.types.documents import FileInfo, SignatureInfo


@dataclass(frozen=True)
class IdentitySpec:
    """Which identity to open; the secret (passphrase/PIN) is passed separately, never stored here."""

    kind: str  # "pkcs12" | "pkcs11"
    path: str = ""  # PKCS#12 file
    module: str = ""  # PKCS#11 module path
    token_label: str = ""
    key_id: str = ""  # hex CKA_ID on the token

    @property
    def identity_id(self) -> str:
        """Stable name for the keyring (never contains a secret)."""
        if self.kind == "pkcs12":
            return f"pkcs12:{Path(self.path).resolve()}"
        return f"pkcs11:{self.module}:{self.token_label}:{self.key_id}"


@dataclass(frozen=True)
class SignedDocumentInfo:
    document_id: str
    file: FileInfo
    signature: SignatureInfo


@dataclass(frozen=True)
class SignFailure:
    document_id: str
    subject: str
    code: str
    message: str


@dataclass(frozen=True)
class BatchSignResult:
    signed: tuple[SignedDocumentInfo, ...]
    failed: tuple[SignFailure, ...]

    @property
    def summary(self) -> str:
        head = translate("Signing", "{ok} signed, {bad} failed.").format(ok=len(self.signed), bad=len(self.failed))
        lines = [head] + [f"- {f.subject or f.document_id[:8]}: {f.message}" for f in self.failed]
        return "\n".join(lines)


@dataclass(frozen=True)
class UpgradeDocResult:
    document_id: str
    state: str
    level: str
    revoked: bool
    message: str
    label: str  # the line shown on the document, e.g. "complete (B-LT)"


@dataclass(frozen=True)
class UpgradeRun:
    results: tuple[UpgradeDocResult, ...]

    def count(self, state: str) -> int:
        return sum(1 for r in self.results if r.state == state)


__all__ = [
    "IdentitySpec",
    "SignedDocumentInfo",
    "SignFailure",
    "BatchSignResult",
    "UpgradeDocResult",
    "UpgradeRun",
]
