"""A private SoftHSM2 token with the test signers' keys, for tests and the bench.

Uses only the Debian packages softhsm2 (softhsm2-util, libsofthsm2.so) and opensc
(pkcs11-tool). Everything lives in a caller-given directory; SOFTHSM2_CONF must point at
its config before the PKCS#11 module is first loaded in the process.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import keys, pem

MODULE_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)
TOKEN_LABEL = "docflow-test"
USER_PIN = "4711"
SO_PIN = "123456"


def find_module() -> str | None:
    for cand in MODULE_CANDIDATES:
        if Path(cand).exists():
            return cand
    return None


@dataclass(frozen=True)
class SoftHsmToken:
    module: str
    conf: Path
    label: str
    pin: str
    keys: dict  # cert label -> key id hex


def _run(cmd: list[str], env: dict) -> None:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}")


def create_token(workdir: Path, pki, signer_labels=("signer-ec", "signer-rsa")) -> SoftHsmToken:
    """Initialise a token in ``workdir`` and import the signers' keys + certs + CA chain."""
    module = find_module()
    if module is None or shutil.which("softhsm2-util") is None or shutil.which("pkcs11-tool") is None:
        raise RuntimeError("softhsm2 and opensc must be installed (see scripts/apt-packages.txt)")
    workdir.mkdir(parents=True, exist_ok=True)
    tokens = workdir / "tokens"
    tokens.mkdir(exist_ok=True)
    conf = workdir / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    env = dict(os.environ, SOFTHSM2_CONF=str(conf))
    _run(["softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL, "--pin", USER_PIN, "--so-pin", SO_PIN], env)
    key_ids = {}
    for n, label in enumerate(signer_labels, start=1):
        kid = f"{n:02x}"
        key_pem = workdir / f"{label}.key.pem"
        key_pem.write_bytes(pem.armor("PRIVATE KEY", pki.private_key_der(label)))
        _run(
            ["softhsm2-util", "--import", str(key_pem), "--token", TOKEN_LABEL, "--label", label, "--id", kid,
             "--pin", USER_PIN],
            env,
        )
        key_pem.unlink()  # the key now lives only on the token
        cert_der = workdir / f"{label}.cert.der"
        cert_der.write_bytes(pki.cert(label).dump())
        _run(
            ["pkcs11-tool", "--module", module, "--token-label", TOKEN_LABEL, "--login", "--pin", USER_PIN,
             "--write-object", str(cert_der), "--type", "cert", "--id", kid, "--label", label],
            env,
        )
        key_ids[label] = kid
    # CA certificates on the card, as issuers usually ship them (no private keys).
    for n, label in enumerate(("interm", "root"), start=0xA1):
        der = workdir / f"{label}.cert.der"
        der.write_bytes(pki.cert(label).dump())
        _run(
            ["pkcs11-tool", "--module", module, "--token-label", TOKEN_LABEL, "--login", "--pin", USER_PIN,
             "--write-object", str(der), "--type", "cert", "--id", f"{n:02x}", "--label", label],
            env,
        )
    return SoftHsmToken(module=module, conf=conf, label=TOKEN_LABEL, pin=USER_PIN, keys=key_ids)


__all__ = ["SoftHsmToken", "create_token", "find_module", "keys"]
