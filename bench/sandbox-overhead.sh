#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Benchmark (not a test): what a sandbox costs (kiln run --sandbox against the
# same kiln run on this machine, in one go, alternated R times).
#   1. set-up and tear-down: a one-step document (`true`); the difference of the
#      medians is the price of the namespace, overlay, /dev, the first scan and
#      the removal of the layers (goal: <= 50 ms);
#   2. a 300-step document: each step then also starts through kiln-contain
#      (two more processes, mount and PID namespaces, pivot_root, its own /proc)
#      and is followed by a scan of the upper layer (goal: median wall <= 1.3x).
# Needs root (a sandbox of this machine). Prints "RESULT key value" lines.
# Usage: sudo bench/sandbox-overhead.sh [path/to/kiln] [N] [R]
set -euo pipefail
KILN=${1:-build-release/bin/kiln}
N=${2:-300}
R=${3:-5}
[[ $EUID -eq 0 ]] || { echo "sandbox-overhead.sh: run as root (sudo)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

document() { # document FILE STEPS
    {
        echo "name: bench"
        echo "schemaVersion: 1.0"
        echo "phases:"
        echo "  - name: build"
        echo "    steps:"
        for i in $(seq 1 "$2"); do
            echo "      - name: Step$i"
            echo "        action: ExecuteBash"
            echo "        inputs:"
            echo "          commands: ['true']"
        done
    } > "$1"
}
document "$work/one.yaml" 1
document "$work/many.yaml" "$N"

# run OUTFILE ARGS...: one kiln run, its wall time in ms appended to OUTFILE.
run() {
    local out=$1 t0 t1
    shift
    rm -rf "$work/logs"
    t0=$(date +%s%N)
    "$KILN" run "$@" -l "$work/logs" > "$work/out.txt"
    t1=$(date +%s%N)
    grep -q '"status": "success"' "$work/out.txt" || { echo "kiln run $* failed" >&2; cat "$work/out.txt" >&2; exit 1; }
    echo $(((t1 - t0) / 1000000)) >> "$out"
}
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for _ in $(seq 1 $((R * 4))); do
    run "$work/one-host.t" -d "$work/one.yaml"
    run "$work/one-sandbox.t" --sandbox -d "$work/one.yaml"
done
for _ in $(seq 1 "$R"); do
    run "$work/many-host.t" -d "$work/many.yaml"
    run "$work/many-sandbox.t" --sandbox -d "$work/many.yaml"
done
oh=$(median "$work/one-host.t"); os=$(median "$work/one-sandbox.t")
mh=$(median "$work/many-host.t"); ms=$(median "$work/many-sandbox.t")
printf 'one step, %d runs of each: host %.0f ms, sandbox %.0f ms: set-up and tear-down %.0f ms (goal <= 50 ms)\n' \
    $((R * 4)) "$oh" "$os" "$(echo "$os - $oh" | bc -l)"
printf '%d steps, %d runs of each: host %.0f ms, sandbox %.0f ms: %.2fx (goal <= 1.3x), %.2f ms more per step\n' \
    "$N" "$R" "$mh" "$ms" "$(echo "$ms / $mh" | bc -l)" "$(echo "($ms - $mh) / $N" | bc -l)"
printf 'RESULT %s %s\n' sandbox_setup_teardown_ms "$(echo "$os - $oh" | bc -l)" \
    sandbox_run_ratio "$(echo "$ms / $mh" | bc -l)"
