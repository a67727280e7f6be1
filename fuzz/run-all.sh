#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Runs every fuzz target for SECONDS each, one after the other (never in
# parallel: the machine is shared). A target that finds a crash stops early
# (libFuzzer stops at the first one); the others still run. Exit status 1 when
# any target found something (see build-fuzz/artifacts/).
#   fuzz/run-all.sh 600
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-60}
failed=()
for target in fuzz_document fuzz_expr fuzz_runconfig fuzz_runrecord; do
    echo "=== $target: ${seconds}s (start $(date -u +%H:%M:%S) UTC)"
    "$here/run.sh" "$target" "$seconds" || failed+=("$target")
    echo "=== $target: end $(date -u +%H:%M:%S) UTC"
done
if ((${#failed[@]})); then
    echo "findings in: ${failed[*]}" >&2
    exit 1
fi
