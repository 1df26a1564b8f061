#!/usr/bin/env bash
# Installs an unpacked Supplan folder for the current user: program in ~/.local/opt/Supplan,
# a menu entry and the icon. Data stays in ~/.local/share/Supplan and is never touched here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/Supplan"
mkdir -p "$target" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps"
cp -a "$here/." "$target/"
sed "s|^Exec=.*|Exec=$target/Supplan|" "$here/supplan.desktop" > "$prefix/applications/supplan.desktop"
cp "$here/supplan-256.png" "$prefix/icons/hicolor/256x256/apps/supplan.png"
echo "Supplan installed in $target; find it in the applications menu."
