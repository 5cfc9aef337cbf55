#!/usr/bin/env bash
# Make the AppImage of a built bundle: one file that runs on any Linux desk with glibc >= 2.36.
#
#   installer/linux/make_appimage.sh BUNDLE_DIR OUT_DIR VERSION      (normally run by build.sh)
#
# Leaves OUT_DIR/Docflow-<VERSION>-<arch>.AppImage: our own runtime (installer/linux/appimage/runtime.c,
# see there and docs/install.md for why it is ours and how it runs) followed by a SquashFS image of
# the AppDir -- the AppImage type-2 layout, with "AI\x02" at byte 8:
#   AppRun -> Docflow/docflow-app     the program (installer/launch.py: the window, or the command
#                                     line when started through a link named "docflow")
#   Docflow/                          the bundle
#   docflow.desktop, docflow.png, .DirIcon -> docflow.png
# The image's SHA-256 and size are compiled into the runtime, which checks them before it unpacks.
# APPIMAGE_ZSTD_LEVEL (default 19) sets mksquashfs' zstd level; the tests use a fast one.
set -euo pipefail

BUNDLE="$(cd "$1" && pwd)"
OUT="$(cd "$2" && pwd)"
VERSION="$3"
HERE="$(cd "$(dirname "$0")" && pwd)"
fail() { echo "make_appimage.sh: FAILED: $*" >&2; exit 1; }
for tool in mksquashfs gcc strip sha256sum; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/apt-packages.txt: squashfs-tools, gcc, binutils)"
done
[ -f /usr/include/squashfuse/squashfuse.h ] || fail "libsquashfuse-dev is missing (scripts/apt-packages.txt)"
[[ "$VERSION" =~ ^[0-9A-Za-z.+~-]+$ ]] || fail "version '$VERSION' has characters a file name should not"
ARCH="$(uname -m)"
APPIMAGE="$OUT/Docflow-$VERSION-$ARCH.AppImage"

STAGE="$(mktemp -d "$OUT/.appimage-stage.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
APPDIR="$STAGE/Docflow.AppDir"
mkdir -p "$APPDIR"
cp -a "$BUNDLE" "$APPDIR/Docflow"
ln -s Docflow/docflow-app "$APPDIR/AppRun"
install -m 0644 "$HERE/docflow.desktop" "$APPDIR/docflow.desktop"
install -m 0644 "$HERE/../icons/docflow.png" "$APPDIR/docflow.png"
ln -s docflow.png "$APPDIR/.DirIcon"
find "$APPDIR" -type d -exec chmod 0755 {} +
find "$APPDIR" -type f ! -perm -u+x -exec chmod 0644 {} +
find "$APPDIR" -type f -perm -u+x -exec chmod 0755 {} +

# 1 MiB blocks: the runtime reads every file whole once, so bigger blocks only compress better.
mksquashfs "$APPDIR" "$STAGE/image.sqfs" -quiet -no-progress -noappend -all-root -no-xattrs \
  -comp zstd -Xcompression-level "${APPIMAGE_ZSTD_LEVEL:-19}" -b 1M >/dev/null || fail "mksquashfs"
SHA256="$(sha256sum "$STAGE/image.sqfs" | cut -d' ' -f1)"
SIZE="$(stat -c %s "$STAGE/image.sqfs")"
UNPACKED_MB="$(du -s -B 1000000 "$APPDIR" | cut -f1)"   # for --appimage-help

# The runtime needs only the C library: libsquashfuse and its decompressors are linked statically.
gcc -std=gnu11 -O2 -Wall -Wextra -Werror -D_FORTIFY_SOURCE=2 -fstack-protector-strong \
  -DDOCFLOW_VERSION="\"$VERSION\"" -DIMAGE_SHA256="\"$SHA256\"" -DIMAGE_SIZE="${SIZE}ULL" -DUNPACKED_MB="$UNPACKED_MB" \
  -o "$STAGE/runtime" "$HERE/appimage/runtime.c" \
  -Wl,-Bstatic -lsquashfuse -lzstd -lz -llzma -llz4 -llzo2 -lmd -Wl,-Bdynamic -Wl,--as-needed \
  || fail "compiling the runtime (gcc, libc6-dev, libsquashfuse-dev, libzstd-dev, zlib1g-dev, liblzma-dev, liblz4-dev, liblzo2-dev, libmd-dev)"
strip "$STAGE/runtime"
# The AppImage type-2 magic: "AI" and the type, 2, at byte 8 of the ELF header (unused padding there).
printf 'AI\002' | dd of="$STAGE/runtime" bs=1 seek=8 conv=notrunc status=none

cat "$STAGE/runtime" "$STAGE/image.sqfs" >"$STAGE/out.AppImage"
chmod 0755 "$STAGE/out.AppImage"
[ "$("$STAGE/out.AppImage" --appimage-offset)" = "$(stat -c %s "$STAGE/runtime")" ] \
  || fail "the runtime does not find the image right after itself"
mv -f "$STAGE/out.AppImage" "$APPIMAGE"
echo "$APPIMAGE"
