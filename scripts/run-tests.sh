#!/usr/bin/env bash
# Run the whole suite inside the project's venv, with no display (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
# Several workers (pytest-xdist): much of the suite waits on servers, emulated links and
# subprocesses rather than the CPU. Each module stays on one worker (--dist loadfile: its module
# fixtures start once); the installer's tests share one bundle build (tests/installer/conftest.py).
# DOCFLOW_TEST_WORKERS=0 runs in this process (e.g. for -x or pdb).
WORKERS="${DOCFLOW_TEST_WORKERS:-4}"
if [ "$WORKERS" = "0" ]; then
    exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
fi
exec .venv/bin/python -m pytest -q -p no:cacheprovider -n "$WORKERS" --dist loadfile "$@"
