"""The committed OpenAPI file matches the running server; the admin CLI works; the server stands alone."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import requests

from tests.server.serverproc import REPO_ROOT, ApiClient, start_server

OPENAPI = REPO_ROOT / "docs" / "openapi.json"


def test_committed_openapi_matches_running_server(sqlite_server):
    live = requests.get(sqlite_server.url + "/openapi.json").json()
    committed = json.loads(OPENAPI.read_text())
    assert live == committed, ("docs/openapi.json is stale; regenerate with "
                               "`python -m circulation_server openapi > docs/openapi.json`")
    for path in ("/v1/auth/login", "/v1/ops", "/v1/changes", "/v1/uploads", "/v1/uploads/{upload_id}",
                 "/v1/files/{sha256}", "/v1/journals/{journal_id}/blocks"):
        assert path in committed["paths"]


def _cli(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "circulation_server", *args, "--data-dir", str(data_dir)],
                          input=stdin, capture_output=True, text=True, cwd=REPO_ROOT, timeout=60)


def test_admin_cli_creates_institution_user_workstation_journal(tmp_path):
    data = tmp_path / "srv"
    r = _cli(data, "create-institution", "AZ-0100", "Village municipality")
    assert r.returncode == 0, r.stderr
    r = _cli(data, "create-user", "AZ-0100", "aynur", "--role", "clerk", "--role", "head", "--password-stdin",
             stdin="correct horse battery\n")
    assert r.returncode == 0, r.stderr
    r = _cli(data, "create-workstation", "AZ-0100", "--name", "Front desk", "--id", "ws-village-1")
    assert r.returncode == 0 and r.stdout.strip() == "ws-village-1"
    r = _cli(data, "create-journal", "AZ-0100", "IN", "Incoming", "incoming", "--format", "V-{seq}/{year}")
    assert r.returncode == 0, r.stderr
    # refusals name the thing and the reason
    r = _cli(data, "create-user", "AZ-0100", "aynur", "--role", "clerk", "--password-stdin", stdin="another one\n")
    assert r.returncode == 2 and "already exists" in r.stderr
    r = _cli(data, "create-user", "AZ-0100", "x", "--role", "clerk", "--password-stdin", stdin="short\n")
    assert r.returncode == 2 and "at least 8" in r.stderr
    r = _cli(data, "create-journal", "AZ-0100", "OUT", "Out", "outgoing", "--format", "{name}")
    assert r.returncode == 2 and "{seq}" in r.stderr
    listing = json.loads(_cli(data, "list").stdout)
    assert listing["AZ-0100"]["workstations"] == ["ws-village-1"]
    assert "correct horse" not in (data / "server.sqlite3").read_bytes().decode("latin-1")  # argon2 hash only

    srv = start_server(tmp_path, demo=False, data_dir=data)
    try:
        api = ApiClient(srv.url).login("aynur", "correct horse battery", "ws-village-1")
        assert sorted(api.me["user"]["roles"]) == ["clerk", "head"]
        journals = api.get("/v1/journals").json()["journals"]
        assert [j["code"] for j in journals] == ["IN"]
        assert _cli(data, "revoke-tokens", "--workstation", "ws-village-1").stdout.strip() == "1"
        assert api.get("/v1/journals").json()["error"]["code"] == "token_revoked"
    finally:
        srv.stop()


def _imports(package: Path) -> set[str]:
    names = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names


def test_server_and_protocol_stand_alone():
    server_imports = _imports(REPO_ROOT / "circulation_server")
    assert not server_imports & {"desktop_app", "ui", "PySide6", "shiboken6"}
    proto_imports = _imports(REPO_ROOT / "docflow_protocol")
    assert proto_imports <= {"__future__", "dataclasses", "enum", "typing", "re", "uuid", "datetime", "math", "string",
                             "docflow_protocol"}, proto_imports
    code = ("import sys, circulation_server.app, circulation_server.cli; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('desktop_app', 'ui', 'PySide6')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_serves_https_with_given_certificate(tmp_path):
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(__import__("ipaddress").ip_address(
                "127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_pem, key_pem = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    srv = start_server(tmp_path, tls=(cert_pem, key_pem))
    try:
        assert srv.url.startswith("https://")
        api = ApiClient(srv.url, verify=srv.verify)
        api.login("clerk", workstation_id="ws-a-1")
        assert api.get("/v1/journals").status_code == 200
        import pytest
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(srv.url + "/v1/health", timeout=5)       # untrusted without the cert
    finally:
        srv.stop()
