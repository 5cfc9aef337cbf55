#!/usr/bin/env bash
# Run the whole suite inside the project's venv, with no display (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
