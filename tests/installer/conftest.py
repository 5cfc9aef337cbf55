"""One bundle build per test session, shared by the bundle, tarball, .deb and AppImage tests.

``built`` runs installer/linux/build.sh once into a temporary folder (PyInstaller, the smoke test,
then the tarball, the .deb and the AppImage -- with fast compression levels: the suite checks
what the packages hold and do, bench/bundle_size.py measures release-level sizes).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


@pytest.fixture(scope="session")
def built(tmp_path_factory, worker_id):
    """(output folder, build.sh's CompletedProcess). Under pytest-xdist the workers share one build:
    the first to get the lock builds, the others wait and reuse it (the folder stays until pytest's
    own clean-up of old runs); in one process the folder is removed afterwards (~1 GB)."""
    if worker_id == "master":
        out = tmp_path_factory.mktemp("bundle")
        yield out, _build(out)
        shutil.rmtree(out, ignore_errors=True)
        return
    shared = tmp_path_factory.getbasetemp().parent  # the run's folder, common to its workers
    out, done = shared / "bundle", shared / "bundle.done.json"
    import fcntl  # POSIX only; the Windows installer's tests do not build this bundle

    with open(shared / "bundle.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            out.mkdir(exist_ok=True)
            proc = _build(out)
            done.write_text(json.dumps([proc.returncode, proc.stdout, proc.stderr]))
    code, stdout, stderr = json.loads(done.read_text())
    yield out, subprocess.CompletedProcess(["build.sh"], code, stdout, stderr)


def _build(out: Path) -> subprocess.CompletedProcess:
    """Its output goes to files, not pipes: a process the smoke test leaves behind holding them would
    keep a pipe reader waiting until the timeout, though the build had ended."""
    env = dict(os.environ, PYTHON=sys.executable, DEB_LEVEL="3", APPIMAGE_ZSTD_LEVEL="3", GZIP_LEVEL="1")
    logs = out.parent / f"{out.name}-build.out", out.parent / f"{out.name}-build.err"
    with open(logs[0], "w+") as stdout, open(logs[1], "w+") as stderr:
        proc = subprocess.run(["bash", str(INSTALLER / "linux" / "build.sh"), str(out)], env=env, cwd=ROOT,
                              stdout=stdout, stderr=stderr, text=True, timeout=1500)
    return subprocess.CompletedProcess(proc.args, proc.returncode, logs[0].read_text(), logs[1].read_text())


@pytest.fixture
def bundle_ok(built):
    """The output folder of a successful build (the build's own test reports a failure)."""
    out, proc = built
    if proc.returncode != 0:
        pytest.fail("build.sh failed:\n" + proc.stdout[-2000:] + proc.stderr[-3000:])
    return out


def clean_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment for installed programs: no venv, own config/data/cache folders."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    venv_bin = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and p != venv_bin)
    env.update(XDG_CONFIG_HOME=str(tmp / "config"), XDG_DATA_HOME=str(tmp / "data"), XDG_CACHE_HOME=str(tmp / "cache"))
    env.update(extra)
    return env


def run(cmd: list, env: dict[str, str], timeout: float = 240, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], env=env, capture_output=True, text=True, timeout=timeout, **kw)


def project_version() -> str:
    """[project] version from pyproject.toml, read the way build.sh reads it."""
    return re.search(r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M).group(1)


def skip_without_mount_namespace() -> None:
    """Skip unless this process may make a private mount namespace (root or CAP_SYS_ADMIN)."""
    if subprocess.run(["unshare", "--mount", "true"], capture_output=True).returncode != 0:
        pytest.skip("no private mount namespace here (unshare --mount needs root or CAP_SYS_ADMIN)")
