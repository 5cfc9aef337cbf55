#!/usr/bin/env bash
# Build the Linux one-folder bundle of Docflow, smoke-test it, and pack it as a tarball.
#
#   installer/linux/build.sh [OUT_DIR]        (default: dist/)
#
# Needs PyInstaller in the build Python: `pip install '.[bundle]'` (or `make bundle`).
# The build Python is $PYTHON, else .venv/bin/python, else python3.
# Leaves in OUT_DIR:
#   Docflow/                                 the bundle (docflow-app + docflow sharing _internal/)
#   Docflow-<version>-linux-x86_64.tar.gz    the bundle + install.sh + docflow.desktop + docflow.png
#   smoke.json                               what the smoke test saw (document id, exit codes)
# Any failed step stops the script with a message and a non-zero status.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
OUT="$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)"
if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
START=$SECONDS

fail() { echo "build.sh: FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

VERSION="$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' pyproject.toml | head -n1)"
[ -n "$VERSION" ] || fail "no version in pyproject.toml"
ARCH="$(uname -m)"
NAME="Docflow-$VERSION-linux-$ARCH"
"$PYTHON" -c "import PyInstaller" 2>/dev/null \
  || fail "PyInstaller is not installed in $PYTHON; run: $PYTHON -m pip install '.[bundle]'"

step "PyInstaller: installer/docflow.spec -> $OUT/Docflow"
rm -rf "$OUT/Docflow" "$OUT/$NAME.tar.gz" "$OUT/smoke.json"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT" --workpath "$OUT/.pyinstaller-work" \
  installer/docflow.spec || fail "PyInstaller"
BUILD_SECONDS=$((SECONDS - START))
BUNDLE="$OUT/Docflow"
[ -x "$BUNDLE/docflow" ] && [ -x "$BUNDLE/docflow-app" ] || fail "the bundle lacks docflow or docflow-app"

step "smoke test of the bundle"
SMOKE="$(mktemp -d "${TMPDIR:-/tmp}/docflow-smoke.XXXXXX")"
trap 'rm -rf "$SMOKE"' EXIT
# Keep the test away from the builder's own settings and data.
export XDG_CONFIG_HOME="$SMOKE/config" XDG_DATA_HOME="$SMOKE/data" XDG_CACHE_HOME="$SMOKE/cache"
PROFILE="$SMOKE/profile"
"$PYTHON" installer/smoke_files.py "$SMOKE" || fail "making the smoke-test PDFs"

"$BUNDLE/docflow" --help >"$SMOKE/help.txt" || fail "docflow --help"
grep -q "usage: docflow" "$SMOKE/help.txt" || fail "docflow --help printed no usage"
"$BUNDLE/docflow" --profile "$PROFILE" --json init >"$SMOKE/init.json" || fail "docflow init"
"$BUNDLE/docflow" --profile "$PROFILE" --json import "$SMOKE/letter.pdf" >"$SMOKE/import.json" || fail "docflow import"
"$BUNDLE/docflow" --profile "$PROFILE" --json list >"$SMOKE/list.json" || fail "docflow list"
# An intact signature by an untrusted self-signed certificate: "indeterminate", exit status 3.
set +e
"$BUNDLE/docflow" --profile "$PROFILE" --json verify "$SMOKE/signed.pdf" >"$SMOKE/verify.json"
VERIFY_RC=$?
QT_QPA_PLATFORM=offscreen timeout 120 "$BUNDLE/docflow-app" --profile "$PROFILE" --quit-after 3 \
  >"$SMOKE/gui.log" 2>&1
GUI_RC=$?
set -e
[ "$GUI_RC" = 0 ] || { cat "$SMOKE/gui.log" >&2; fail "docflow-app (offscreen, --quit-after 3) exited with $GUI_RC"; }

"$PYTHON" - "$SMOKE" "$OUT/smoke.json" "$VERIFY_RC" "$GUI_RC" <<'PY' || fail "smoke results"
import json, sys
from pathlib import Path
smoke, out, verify_rc, gui_rc = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
imported = json.loads((smoke / "import.json").read_text())["imported"]
listed = json.loads((smoke / "list.json").read_text())["rows"]
verify = json.loads((smoke / "verify.json").read_text())
doc_id = imported[0]["id"] if len(imported) == 1 else None
result = {"imported_id": doc_id, "listed_ids": [r["id"] for r in listed], "verify_rc": verify_rc,
          "verify_verdict": verify["verdict"], "verify_intact": [s["intact"] for s in verify["signatures"]],
          "gui_rc": gui_rc}
out.write_text(json.dumps(result, indent=2))
problems = []
if doc_id is None:
    problems.append(f"import did not report one document: {imported}")
elif result["listed_ids"] != [doc_id]:
    problems.append(f"list shows {result['listed_ids']}, expected [{doc_id}]")
if (verify_rc, result["verify_verdict"], result["verify_intact"]) != (3, "indeterminate", [True]):
    problems.append(f"verify of the signed PDF: exit {verify_rc}, {result['verify_verdict']}, intact {result['verify_intact']}")
for p in problems:
    print("smoke:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "smoke test passed: import, list, verify (pyHanko), GUI offscreen exit 0"

step "packing $NAME.tar.gz"
# flags=r: rename members only; the bundle's relative symlink targets stay as they are.
tar -czf "$OUT/$NAME.tar.gz" --owner=0 --group=0 --transform "flags=r;s,^,$NAME/," \
  -C "$OUT" Docflow \
  -C "$ROOT/installer/linux" install.sh docflow.desktop README.txt \
  -C "$ROOT/installer/icons" docflow.png || fail "tar"

TOTAL_SECONDS=$((SECONDS - START))
echo "bundle:  $BUNDLE  $(du -sh "$BUNDLE" | cut -f1)"
echo "tarball: $OUT/$NAME.tar.gz  $(du -h "$OUT/$NAME.tar.gz" | cut -f1)"
echo "time:    ${BUILD_SECONDS}s PyInstaller, ${TOTAL_SECONDS}s in all (with smoke test and packing)"
