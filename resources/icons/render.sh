#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Renders the hicolor PNGs from dev.kiln.Studio.svg. Run by hand after editing the SVG and
# commit the result: the build does not need librsvg (rsvg-convert from librsvg2-bin).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$here/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$here/dev.kiln.Studio.svg" \
        -o "$here/hicolor/${size}x${size}/apps/dev.kiln.Studio.png"
done
