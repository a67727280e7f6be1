#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# check-install.sh BUILD_DIR STAGE_DIR: `cmake --install` into STAGE_DIR/usr, then check
# what a desktop and a package manager rely on. Prints every problem, fails if any.
set -euo pipefail
build="$1"
stage="$2"
app_id=dev.kiln.Studio
problems=0
fail() { echo "FAIL: $*"; problems=$((problems + 1)); }

rm -rf "$stage"
DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null
usr="$stage/usr"

for f in bin/kiln bin/kiln-studio; do
    [[ -x "$usr/$f" ]] || fail "$f is not installed or not executable"
done
desktop="$usr/share/applications/$app_id.desktop"
metainfo="$usr/share/metainfo/$app_id.metainfo.xml"
[[ -f "$desktop" ]] || fail "missing share/applications/$app_id.desktop"
[[ -f "$metainfo" ]] || fail "missing share/metainfo/$app_id.metainfo.xml"
[[ -f "$usr/share/icons/hicolor/scalable/apps/$app_id.svg" ]] || fail "missing the scalable icon"

# Each PNG must be the size its folder claims (width and height sit at bytes 16..23).
for size in 16 22 24 32 48 64 128 256; do
    png="$usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if [[ ! -f "$png" ]]; then
        fail "missing the ${size}x${size} icon"
        continue
    fi
    read -r w h < <(od -An -tu4 --endian=big -j16 -N8 "$png")
    [[ "$w" == "$size" && "$h" == "$size" ]] || fail "${size}x${size}/apps/$app_id.png is ${w}x${h}"
done

if [[ -f "$desktop" ]]; then
    command -v desktop-file-validate >/dev/null || fail "desktop-file-validate not found (apt install desktop-file-utils)"
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
    exec_bin="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")"
    [[ -x "$usr/bin/$exec_bin" ]] || fail "Exec=$exec_bin is not an installed program"
    grep -qx "Icon=$app_id" "$desktop" || fail "Icon= must be the application id $app_id"
    for mime in application/x-yaml text/x-yaml application/yaml; do
        grep -q "^MimeType=.*$mime;" "$desktop" || fail "MimeType= lacks $mime"
    done
fi
if [[ -f "$metainfo" ]]; then
    command -v appstreamcli >/dev/null || fail "appstreamcli not found (apt install appstream)"
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $app_id.metainfo.xml"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo's launchable is not $app_id.desktop"
    grep -q '@[A-Z_]*@' "$metainfo" && fail "unsubstituted @VARIABLE@ in the metainfo"
fi

# The licence: Debian's copyright file, machine-readable, naming the same licence as LICENSE.
copyright="$usr/share/doc/kiln/copyright"
if [[ ! -f "$copyright" ]]; then
    fail "missing share/doc/kiln/copyright"
else
    grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$copyright" ||
        fail "share/doc/kiln/copyright is not in the DEP-5 format"
    grep -qx 'License: MIT' "$copyright" || fail "share/doc/kiln/copyright does not say License: MIT"
    head -n 1 "$(dirname "$0")/../../LICENSE" | grep -qx 'MIT License' ||
        fail "LICENSE and share/doc/kiln/copyright disagree"
fi
if [[ -f "$metainfo" ]]; then
    grep -q '<project_license>MIT</project_license>' "$metainfo" ||
        fail "the metainfo's project_license is not MIT (LICENSE)"
fi

if ((problems)); then
    echo "$problems problem(s) in the installed tree ($stage)"
    exit 1
fi
echo "installed tree OK: $(find "$stage" -type f | wc -l) files"
