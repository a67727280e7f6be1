#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Runs Kiln's whole test suite: makes sure the machine is set up and the build is
# current (scripts/setup.sh --no-launch), then runs every test with CTest.
# GUI tests run on Qt's offscreen platform, so no display is needed.
#
# Environment: as scripts/setup.sh (KILN_PRESET, KILN_BUILD_DIR).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(dirname "$here")"
preset="${KILN_PRESET:-dev}"
case "$preset" in
    dev) build_dir="${KILN_BUILD_DIR:-$source_dir/build}" ;;
    *) build_dir="${KILN_BUILD_DIR:-$source_dir/build-$preset}" ;;
esac

"$here/setup.sh" --no-launch
export QT_QPA_PLATFORM=offscreen
exec ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" "$@"
