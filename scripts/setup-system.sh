#!/usr/bin/env bash
# Install the Debian/Ubuntu packages listed in scripts/apt-packages.txt when any is missing,
# and enable the SANE 'test' backend. Runs as root (CI) or through sudo (a developer's machine).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mapfile -t pkgs < <(grep -vE '^\s*(#|$)' "$here/apt-packages.txt")
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup-system: not a Debian/Ubuntu system; install the packages in $here/apt-packages.txt yourself." >&2
  exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-system: installing ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# The SANE 'test' backend is a real device once it is enabled in dll.conf.
if [ -f /etc/sane.d/dll.conf ] && ! grep -qE '^\s*test\s*$' /etc/sane.d/dll.conf; then
  echo test | $SUDO tee -a /etc/sane.d/dll.conf >/dev/null
fi
