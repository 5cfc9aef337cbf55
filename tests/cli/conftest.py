"""CLI fixtures: the `docflow` command as a person's shell finds it, a real server process per
module, a private Secret Service for the login tokens, and the signing suite's PKI and SoftHSM2 token."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.server.serverproc import REPO_ROOT, start_server
from tests.signing.conftest import pki_session, softhsm_token  # noqa: F401 - fixtures shared with the signing suite


@pytest.fixture(scope="session")
def docflow_bin(tmp_path_factory) -> Path:
    """A folder holding a `docflow` command that runs this checkout's CLI (put it first on PATH)."""
    folder = tmp_path_factory.mktemp("bin")
    script = folder / "docflow"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m desktop_app.cli "$@"\n')
    script.chmod(0o755)
    return folder


@pytest.fixture(scope="session")
def cli_env(docflow_bin, keyring_env) -> dict:
    """The environment of a `docflow` process: the repository's code, the private keyring, English."""
    env = dict(os.environ, **keyring_env, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env["PATH"] = f"{docflow_bin}{os.pathsep}{env['PATH']}"
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One `docflow-server --demo` process (SQLite) for the module."""
    srv = start_server(tmp_path_factory.mktemp("server"))
    yield srv
    srv.stop()
