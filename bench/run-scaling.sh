#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Benchmark (not a test): how `kiln run` scales with the step count. Runs documents
# of 2,500 / 5,000 / 10,000 / 20,000 Assert steps (no process per step: what is
# measured is the executor's own bookkeeping), each as a dry run and as a real run
# into a temporary log folder, and prints the times and the ratio 20,000 ÷ 2,500
# (linear is 8; goal ≤ 10; the quadratic executor of 07c4813 made it about 30).
# The smallest size is the baseline, measured in the same run. Each size runs R
# times and the fastest counts. Prints "RESULT key value" lines for bench/run-all.sh:
#   run_ms_<n>, dryrun_ms_<n>, cpu_ms_<n> (user+sys of the real run), run_ratio,
#   dryrun_ratio, cpu_ratio.
# Usage: bench/run-scaling.sh [path/to/kiln] [R] [sizes...]
set -euo pipefail
export LC_ALL=C.UTF-8
KILN=${1:-build-release/bin/kiln}
R=${2:-1}
shift $(($# < 2 ? $# : 2))
sizes=("$@")
((${#sizes[@]})) || sizes=(2500 5000 10000 20000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

assert_doc() {
    {
        printf 'name: scaling\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n'
        for i in $(seq 1 "$2"); do
            printf '      - name: Step%d\n        action: Assert\n' "$i"
            printf '        inputs:\n          stringEquals: "a"\n          value: "a"\n'
        done
    } >"$1"
}
# best_ms N ARGS...: "WALL CPU" of the fastest of R runs of kiln ARGS, in ms (CPU:
# user + system of that run); the run must succeed.
best_ms() {
    local best="" best_cpu="" n=$1
    shift
    for _ in $(seq 1 "$R"); do
        rm -rf "$work/logs"
        /usr/bin/time -f '%e %U %S' -o "$work/time" "$KILN" "$@" >"$work/out" ||
            { echo "run-scaling.sh: kiln $* failed" >&2; tail -n 5 "$work/out" >&2; exit 1; }
        grep -q '"status": "success"' "$work/out" || [[ " $* " == *" --dry-run "* ]] ||
            { echo "run-scaling.sh: the run of $n steps did not succeed" >&2; exit 1; }
        read -r wall user sys <"$work/time"
        local ms cpu
        ms=$(awk -v w="$wall" 'BEGIN { printf "%.0f", w * 1000 }')
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", (u + s) * 1000 }')
        if [[ -z $best ]] || ((ms < best)); then best=$ms best_cpu=$cpu; fi
    done
    echo "$best $best_cpu"
}

first=${sizes[0]}
last=${sizes[-1]}
for n in "${sizes[@]}"; do
    assert_doc "$work/steps-$n.yaml" "$n"
    read -r dry _ < <(best_ms "$n" run -d "$work/steps-$n.yaml" --dry-run -l "$work/logs")
    read -r run cpu_ms < <(best_ms "$n" run -d "$work/steps-$n.yaml" -l "$work/logs")
    printf '%6d Assert steps: run %6d ms (CPU %6d ms), dry run %6d ms\n' "$n" "$run" "$cpu_ms" "$dry"
    echo "RESULT run_ms_$n $run"
    echo "RESULT cpu_ms_$n $cpu_ms"
    echo "RESULT dryrun_ms_$n $dry"
    eval "run_$n=$run cpu_$n=$cpu_ms dry_$n=$dry"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }
r_run=$(ratio "$((run_$last))" "$((run_$first))")
r_cpu=$(ratio "$((cpu_$last))" "$((cpu_$first))")
r_dry=$(ratio "$((dry_$last))" "$((dry_$first))")
echo "ratio $last ÷ $first steps: run ${r_run}×, CPU ${r_cpu}×, dry run ${r_dry}× (linear: $((last / first))×)"
echo "RESULT run_ratio $r_run"
echo "RESULT cpu_ratio $r_cpu"
echo "RESULT dryrun_ratio $r_dry"
