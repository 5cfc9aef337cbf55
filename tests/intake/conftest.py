"""Intake fixtures: a private SANE configuration that enables only the 'test' backend.

SANE reads dll.conf from $SANE_CONFIG_DIR, so the suite scans from the real SANE test device
even where /etc/sane.d/dll.conf does not list it, and does not spend seconds probing every
other backend (network scanners included) on each call.
"""
import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def sane_test_backend(tmp_path_factory):
    cfg = tmp_path_factory.mktemp("sane.d")
    (cfg / "dll.conf").write_text("test\n")
    old = os.environ.get("SANE_CONFIG_DIR")
    os.environ["SANE_CONFIG_DIR"] = str(cfg)
    yield cfg
    if old is None:
        os.environ.pop("SANE_CONFIG_DIR", None)
    else:
        os.environ["SANE_CONFIG_DIR"] = old

