#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Benchmark (not a test): the cost kiln run adds per step, whole process
# included (start-up, validation, run folder, every report). Runs N ExecuteBash
# steps of `true` through `kiln run` and N `bash -c true` from one shell loop,
# alternated R times in one go, and prints the median and the best of each and
# their ratios (goal: median wall <= 1.15x, on a release build: scripts/setup.sh
# builds one in build-release/). Besides wall time it prints CPU time (user +
# system, children included), which load from other processes disturbs less.
# Also prints "RESULT key value" lines (ms per step) for bench/run-all.sh.
# Usage: bench/run-overhead.sh [path/to/kiln] [N] [R]
set -euo pipefail
KILN=${1:-build-release/bin/kiln}
N=${2:-300}
R=${3:-5}
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

# measure OUTFILE CMD...: appends "wall cpu" (seconds) to OUTFILE.
measure() {
    local out=$1
    shift
    /usr/bin/time -f '%e %U %S' -o "$work/time" "$@"
    awk '{ printf "%s %.3f\n", $1, $2 + $3 }' "$work/time" >> "$out"
}
bash_loop() { for _ in $(seq 1 "$N"); do bash -c true; done; }
export -f bash_loop
export N

for _ in $(seq 1 "$R"); do
    rm -rf "$work/logs"
    measure "$work/kiln.t" "$KILN" run -d "$work/bench.yaml" -l "$work/logs" > "$work/out.txt"
    grep -q '"status": "success"' "$work/out.txt" || { echo "kiln run failed" >&2; exit 1; }
    measure "$work/bash.t" bash -c bash_loop
done

min() { sort -n -k"$1" "$2" | head -n1 | awk -v c="$1" '{ print $c }'; }
median() { sort -n -k"$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mkw=$(median 1 "$work/kiln.t"); mbw=$(median 1 "$work/bash.t")
mkc=$(median 2 "$work/kiln.t"); mbc=$(median 2 "$work/bash.t")
printf 'steps: %d, %d runs of each, alternated\n' "$N" "$R"
printf 'median:        kiln wall %6.2f s, bash wall %6.2f s: %.2fx (goal <= 1.15x); cpu %.2fx\n' \
    "$mkw" "$mbw" "$(echo "$mkw / $mbw" | bc -l)" "$(echo "$mkc / $mbc" | bc -l)"
kw=$(min 1 "$work/kiln.t"); kc=$(min 2 "$work/kiln.t")
bw=$(min 1 "$work/bash.t"); bc_=$(min 2 "$work/bash.t")
printf 'best of %d:\n' "$R"
printf 'kiln run:      wall %6.2f s (%5.2f ms/step)  cpu %6.2f s (%5.2f ms/step)\n' \
    "$kw" "$(echo "$kw * 1000 / $N" | bc -l)" "$kc" "$(echo "$kc * 1000 / $N" | bc -l)"
printf 'bash -c loop:  wall %6.2f s (%5.2f ms/step)  cpu %6.2f s (%5.2f ms/step)\n' \
    "$bw" "$(echo "$bw * 1000 / $N" | bc -l)" "$bc_" "$(echo "$bc_ * 1000 / $N" | bc -l)"
printf 'ratio:         wall %.2fx  cpu %.2fx\n' \
    "$(echo "$kw / $bw" | bc -l)" "$(echo "$kc / $bc_" | bc -l)"
printf 'RESULT %s %s\n' kiln_median_wall_ms_per_step "$(echo "$mkw * 1000 / $N" | bc -l)" \
    bash_median_wall_ms_per_step "$(echo "$mbw * 1000 / $N" | bc -l)" \
    kiln_wall_ms_per_step "$(echo "$kw * 1000 / $N" | bc -l)" \
    bash_wall_ms_per_step "$(echo "$bw * 1000 / $N" | bc -l)" \
    kiln_cpu_ms_per_step "$(echo "$kc * 1000 / $N" | bc -l)" \
    bash_cpu_ms_per_step "$(echo "$bc_ * 1000 / $N" | bc -l)"
