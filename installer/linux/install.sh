#!/bin/sh
# Install Docflow for the current user (no root needed), from the unpacked tarball:
#
#   ./install.sh              copy Docflow/ to ~/.local/opt/Docflow, link docflow and docflow-app
#                             into ~/.local/bin, add Docflow to the applications menu
#   ./install.sh --uninstall  remove all of that again (documents and settings are kept); a copy of
#                             this script is installed as ~/.local/opt/Docflow/install.sh for that
#
# Documents, settings and the local database live in the user's data folder, not here, so
# installing a newer version over an older one keeps them.
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
DEST="$HOME/.local/opt/Docflow"
BIN="$HOME/.local/bin"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor/256x256/apps"

refresh_menu() {
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$APPS" || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$DEST"
  rm -f "$BIN/docflow" "$BIN/docflow-app" "$APPS/docflow.desktop" "$ICONS/docflow.png"
  refresh_menu
  echo "Docflow removed (your documents and settings are kept)."
  exit 0
fi
if [ -n "${1:-}" ]; then
  echo "usage: $0 [--uninstall]" >&2
  exit 2
fi
[ -x "$HERE/Docflow/docflow-app" ] || { echo "install.sh: $HERE/Docflow/docflow-app not found; run me from the unpacked tarball." >&2; exit 1; }

mkdir -p "$HOME/.local/opt" "$BIN" "$APPS" "$ICONS"
# Copy beside the old version first, then swap, so a failed copy leaves the old one working.
rm -rf "$DEST.new"
cp -a "$HERE/Docflow" "$DEST.new"
cp "$HERE/install.sh" "$DEST.new/install.sh"
rm -rf "$DEST"
mv "$DEST.new" "$DEST"
ln -sfn "$DEST/docflow" "$BIN/docflow"
ln -sfn "$DEST/docflow-app" "$BIN/docflow-app"
cp "$HERE/docflow.png" "$ICONS/docflow.png"
# The menu entry starts the installed program by its full path (~/.local/bin may not be on PATH).
sed "s|^Exec=docflow-app|Exec=\"$DEST/docflow-app\"|" "$HERE/docflow.desktop" >"$APPS/docflow.desktop"
refresh_menu
echo "Docflow installed in $DEST"
echo "Start it from the applications menu, or run: $BIN/docflow-app"
