#!/usr/bin/env bash
# Make the Debian package of a built bundle: installs Docflow for every user of the computer.
#
#   installer/linux/make_deb.sh BUNDLE_DIR OUT_DIR VERSION      (normally run by build.sh)
#
# Leaves OUT_DIR/docflow_<VERSION>_<arch>.deb holding:
#   /opt/docflow/                      the bundle (docflow-app, docflow -> docflow-app, _internal/)
#   /usr/bin/docflow, docflow-app      links into /opt/docflow
#   /usr/share/applications/docflow.desktop   menu entry, "Open with Docflow" for PDFs, a self-test action
#   /usr/share/icons/hicolor/*/apps/docflow.png, /usr/share/doc/docflow/copyright
# No maintainer scripts: the menu and icon caches are refreshed by dpkg triggers of
# desktop-file-utils and the icon theme. Removing (or purging) the package removes exactly these
# files; each user's profile under ~/.local/share/Docflow is never touched.
# DEB_COMPRESSION (default "zstd") and DEB_LEVEL (default 12) choose dpkg-deb's compression (zstd -19 ran
# for over ten minutes here on two shared cores; dpkg reads zstd since Debian 12 / Ubuntu 21.10).
set -euo pipefail

BUNDLE="$(cd "$1" && pwd)"
OUT="$(cd "$2" && pwd)"
VERSION="$3"
HERE="$(cd "$(dirname "$0")" && pwd)"
ICONS="$HERE/../icons"
fail() { echo "make_deb.sh: FAILED: $*" >&2; exit 1; }
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing (package dpkg)"
ARCH="$(dpkg --print-architecture)"
DEB="$OUT/docflow_${VERSION}_${ARCH}.deb"

STAGE="$(mktemp -d "$OUT/.deb-stage.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/doc/docflow" "$STAGE/usr/share/icons/hicolor/256x256/apps"
cp -a "$BUNDLE" "$STAGE/opt/docflow"
ln -s /opt/docflow/docflow "$STAGE/usr/bin/docflow"
ln -s /opt/docflow/docflow-app "$STAGE/usr/bin/docflow-app"
install -m 0644 "$HERE/docflow.desktop" "$STAGE/usr/share/applications/docflow.desktop"
install -m 0644 "$ICONS/docflow.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/docflow.png"
install -m 0644 "$HERE/deb/copyright" "$STAGE/usr/share/doc/docflow/copyright"
# Directories 0755, files 0644 unless executable: whatever umask the build machine had.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE/opt" -type f ! -perm -u+x -exec chmod 0644 {} +
find "$STAGE/opt" -type f -perm -u+x -exec chmod 0755 {} +

SIZE_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE_KB@/$SIZE_KB/" \
  "$HERE/deb/control.in" >"$STAGE/DEBIAN/control"

rm -f "$DEB"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-zstd}" -z"${DEB_LEVEL:-12}" --build "$STAGE" "$DEB" >/dev/null \
  || fail "dpkg-deb"
echo "$DEB"
