#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# The HTML report of a big run: STEPS ExecuteBash steps (one in the middle fails,
# onFailure: Continue) whose output makes a console.log of MB megabytes.
#
#   bench/report-2000.sh KILN_BINARY [steps] [MB] [runs]     (defaults 2000 100 3)
#
# Measures `kiln report` on the run folder (best of RUNS, wall), the page's and
# kiln-timeline.json's sizes, and how long headless Chromium takes to load the
# page (`--dump-dom`, median of RUNS, wall and CPU time) against a trivial page
# loaded the same way in the same run: the difference is the page's own load,
# the ratio is printed too. Chromium gets a proxy on 127.0.0.1:9 (nothing listens): the page needs
# no network, and nothing leaves the machine. Prints RESULT lines.
set -euo pipefail
export LC_ALL=C.UTF-8
kiln=$(realpath "${1:?usage: report-2000.sh KILN_BINARY [steps] [MB] [runs]}")
steps=${2:-2000}
mb=${3:-100}
runs=${4:-3}
command -v chromium >/dev/null || { echo "report-2000.sh: chromium not found (apt-get install chromium)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ms() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.0f", (e - s) * 1000 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# --- the run --------------------------------------------------------------------
per_step=$((mb * 1024 * 1024 / steps))
fail_at=$((steps / 2))
{
    printf 'name: big\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n'
    for i in $(seq 1 "$steps"); do
        printf '      - name: Step%d\n        action: ExecuteBash\n' "$i"
        if ((i == fail_at)); then
            printf '        onFailure: Continue\n'
            printf "        inputs:\n          commands: ['head -c %d /dev/zero | tr \"\\\\\\\\0\" x | fold -w 99', 'exit 3']\n" "$per_step"
        else
            printf "        inputs:\n          commands: ['head -c %d /dev/zero | tr \"\\\\\\\\0\" x | fold -w 99']\n" "$per_step"
        fi
    done
} >"$work/big.yaml"
s=$EPOCHREALTIME
"$kiln" run -d "$work/big.yaml" -l "$work/logs" >/dev/null || true
e=$EPOCHREALTIME
folder=$(echo "$work"/logs/TOE_*)
echo "RESULT run_s $(awk -v t="$(ms "$s" "$e")" 'BEGIN { printf "%.1f", t / 1000 }')"
echo "RESULT console_log_bytes $(stat -c %s "$folder/console.log")"
echo "RESULT detailedoutput_bytes $(stat -c %s "$folder/detailedoutput.json")"
echo "RESULT timeline_json_bytes $(stat -c %s "$folder/kiln-timeline.json")"

# --- kiln report ----------------------------------------------------------------
: >"$work/report.ms"
for _ in $(seq 1 "$runs"); do
    s=$EPOCHREALTIME
    "$kiln" report "$folder" -o "$work/report.html" >/dev/null
    e=$EPOCHREALTIME
    ms "$s" "$e" >>"$work/report.ms"
    echo >>"$work/report.ms"
done
echo "RESULT report_ms $(grep . "$work/report.ms" | sort -n | head -n1)"
echo "RESULT page_bytes $(stat -c %s "$work/report.html")"

# --- the page in Chromium -----------------------------------------------------------
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><p>trivial</p></body></html>\n' >"$work/trivial.html"
# load FILE: "WALL_MS CPU_MS" of one `--dump-dom` (CPU: user+system of Chromium and
# all its processes, steadier than wall time on a busy machine).
load() {
    local s e cpu
    s=$EPOCHREALTIME
    cpu=$( { TIMEFORMAT='%3U %3S'; time chromium --headless --no-sandbox --disable-gpu \
        --user-data-dir="$work/profile" --proxy-server=127.0.0.1:9 \
        --disable-background-networking --disable-component-update --no-first-run \
        --dump-dom "file://$1" >"$work/dom.html" 2>/dev/null; } 2>&1 )
    e=$EPOCHREALTIME
    grep -q '</html>' "$work/dom.html" || { echo "report-2000.sh: chromium did not load $1" >&2; exit 1; }
    echo "$(ms "$s" "$e") $(awk -v u="${cpu% *}" -v s="${cpu#* }" 'BEGIN { printf "%.0f", (u + s) * 1000 }')"
}
load "$work/trivial.html" >/dev/null # warm the caches and the profile
: >"$work/page.ms"
: >"$work/trivial.ms"
for _ in $(seq 1 "$runs"); do # interleaved, so load changes hit both alike
    load "$work/report.html" >>"$work/page.ms"
    load "$work/trivial.html" >>"$work/trivial.ms"
done
for what in wall cpu; do
    column=1
    [[ $what == cpu ]] && column=2
    page=$(cut -d' ' -f$column "$work/page.ms" | median)
    trivial=$(cut -d' ' -f$column "$work/trivial.ms" | median)
    echo "RESULT chromium_report_${what}_ms $page"
    echo "RESULT chromium_trivial_${what}_ms $trivial"
    echo "RESULT page_load_${what}_ms $((page - trivial))"
    echo "RESULT load_ratio_$what $(awk -v a="$page" -v b="$trivial" 'BEGIN { printf "%.2f", a / b }')"
done
echo "RESULT load_average $(cut -d' ' -f1-3 /proc/loadavg)"
