#!/usr/bin/env bash
# Makes sure the Debian/Ubuntu runtime libraries Qt (and the PDF checks) need are present.
# Usage: tools/system-deps.sh test|run|package
# Installs them when missing and running as root with apt-get; otherwise prints the exact
# command and fails, so a missing library is reported before Qt aborts with a cryptic error.
set -euo pipefail

qt_offscreen="libegl1 libgl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 fonts-dejavu-core"
pdf_checks="poppler-utils"
virtual_screen="xvfb xauth"
# A real window (the app, and the end-to-end tests on the virtual X server Xvfb).
qt_window="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"

case "${1:-test}" in
    test) wanted="$qt_offscreen $pdf_checks $qt_window $virtual_screen" ;;
    package) wanted="$qt_offscreen binutils" ;;
    run) wanted="$qt_offscreen $qt_window" ;;
    *) echo "usage: $0 test|run|package" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: make sure the Qt 6 runtime libraries are installed." >&2
    exit 0
fi

missing=""
for pkg in $wanted; do
    # Ubuntu 24.04 renamed some libraries with a t64 suffix; either name will do.
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" \
        && ! dpkg-query -W -f='${Status}' "${pkg}t64" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $pkg"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
else
    echo "Missing system libraries. Install them with:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
fi
