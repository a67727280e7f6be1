#!/usr/bin/env bash
# Benchmark (not a test): the cost kiln run adds per step. Runs N ExecuteBash
# steps of `true` through `kiln run` and N `bash -c true` from one shell loop,
# and prints both times and their ratio (goal: <= 1.2x).
# Usage: bench/run-overhead.sh [path/to/kiln] [N]
set -euo pipefail
KILN=${1:-build/bin/kiln}
N=${2:-500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{
    echo "name: bench"
    echo "schemaVersion: 1.0"
    echo "phases:"
    echo "  - name: build"
    echo "    steps:"
    for i in $(seq 1 "$N"); do
        echo "      - name: Step$i"
        echo "        action: ExecuteBash"
        echo "        inputs:"
        echo "          commands: ['true']"
    done
} > "$work/bench.yaml"

now() { date +%s.%N; }

t0=$(now)
"$KILN" run -d "$work/bench.yaml" -l "$work/logs" > "$work/out.txt"
t1=$(now)
for _ in $(seq 1 "$N"); do bash -c true; done
t2=$(now)

kiln_s=$(echo "$t1 - $t0" | bc -l)
bash_s=$(echo "$t2 - $t1" | bc -l)
ratio=$(echo "$kiln_s / $bash_s" | bc -l)
grep -q '"status": "success"' "$work/out.txt" || { echo "kiln run failed" >&2; exit 1; }
printf 'steps: %d\nkiln run:      %.2f s (%.2f ms/step)\nbash -c loop:  %.2f s (%.2f ms/step)\nratio:         %.2fx (goal <= 1.2x)\n' \
    "$N" "$kiln_s" "$(echo "$kiln_s * 1000 / $N" | bc -l)" "$bash_s" "$(echo "$bash_s * 1000 / $N" | bc -l)" "$ratio"
