#!/usr/bin/env bash
# Build the Linux one-folder bundle of Docflow, smoke-test it, and pack it as a tarball.
#
#   installer/linux/build.sh [OUT_DIR]        (default: dist/)
#
# Needs PyInstaller in the build Python: `pip install '.[bundle]'` (or `make bundle`).
# The build Python is $PYTHON, else .venv/bin/python, else python3.
# Leaves in OUT_DIR:
#   Docflow/                                 the bundle (docflow-app, docflow -> docflow-app, _internal/)
#   Docflow-<version>-linux-x86_64.tar.gz    the bundle + install.sh + docflow.desktop + docflow.png
#   docflow_<version>_amd64.deb              per-system install (make_deb.sh)
#   Docflow-<version>-x86_64.AppImage        one runnable file, our own runtime (make_appimage.sh)
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
rm -rf "$OUT/Docflow" "$OUT/$NAME.tar.gz" "$OUT/smoke.json" "$OUT"/docflow_*.deb "$OUT"/Docflow-*.AppImage
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT" --workpath "$OUT/.pyinstaller-work" \
  installer/docflow.spec || fail "PyInstaller"
BUILD_SECONDS=$((SECONDS - START))
BUNDLE="$OUT/Docflow"
# One executable for both programs (installer/launch.py picks by name): docflow is a link to it.
ln -sfn docflow-app "$BUNDLE/docflow"
[ -x "$BUNDLE/docflow" ] && [ -x "$BUNDLE/docflow-app" ] || fail "the bundle lacks docflow or docflow-app"

step "smoke test of the bundle"
"$PYTHON" installer/smoke.py "$BUNDLE" "$OUT/smoke.json" || fail "smoke test (results in $OUT/smoke.json)"
echo "smoke test passed: import, list, verify (pyHanko), GUI offscreen exit 0"

step "packing $NAME.tar.gz"
# flags=r: rename members only; the bundle's relative symlink targets stay as they are.
# GZIP_LEVEL (default 9): the tests pack faster; they check the contents, not the size.
tar -c --owner=0 --group=0 --transform "flags=r;s,^,$NAME/," \
  -C "$OUT" Docflow \
  -C "$ROOT/installer/linux" install.sh docflow.desktop README.txt \
  -C "$ROOT/installer/icons" docflow.png | gzip -"${GZIP_LEVEL:-9}" >"$OUT/$NAME.tar.gz" || fail "tar"

step "Debian package"
DEB="$(bash "$ROOT/installer/linux/make_deb.sh" "$BUNDLE" "$OUT" "$VERSION")" || fail "the .deb"
step "AppImage"
APPIMAGE="$(bash "$ROOT/installer/linux/make_appimage.sh" "$BUNDLE" "$OUT" "$VERSION")" || fail "the AppImage"

TOTAL_SECONDS=$((SECONDS - START))
echo "bundle:   $BUNDLE  $(du -sh "$BUNDLE" | cut -f1)"
echo "tarball:  $OUT/$NAME.tar.gz  $(du -h "$OUT/$NAME.tar.gz" | cut -f1)"
echo "deb:      $DEB  $(du -h "$DEB" | cut -f1)"
echo "appimage: $APPIMAGE  $(du -h "$APPIMAGE" | cut -f1)"
echo "time:     ${BUILD_SECONDS}s PyInstaller, ${TOTAL_SECONDS}s in all (with smoke test and packing)"
