#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Runs every Kiln benchmark with one command and prints one table
# (benchmark | kiln | baseline | ratio | goal | met?), also written as Markdown.
#
#   bench/run-all.sh [--quick] [-o FILE]
#
#   --quick   small sizes and few repetitions: checks that everything runs, the
#             numbers mean nothing
#   -o FILE   where the Markdown goes (default: <build dir>/bench-results.md)
#
# It installs the benchmark extras when they are missing (scripts/setup.sh --bench:
# ansible-core, GNU time, yamllint, bc), configures the release preset once
# (build-release/, through ccache when it is installed), builds only the targets
# it needs (kiln, validate-10k, studio-latency, lsp-latency) and runs:
#   a. executor overhead: 500 `true` steps, kiln run vs a `bash -c true` loop
#   b. validating 10,000 steps vs parsing the same text with bare yaml-cpp
#   c. `kiln validate examples/hello-world.yaml` cold start vs yamllint on it
#   d. kiln run's peak RSS while a step prints 1 GB
#   e. 200 `echo` steps: kiln run vs ansible-playbook -c local
#   f. the studio: keystroke-to-diagnostics latency on 2,000 steps, and the
#      longest event-loop stall while a step prints 100 MB
#   g. run time of 2,500 ... 20,000 Assert steps: 20,000 vs 2,500 (run-scaling.sh)
#   h. peak RSS of a 2 GB WebDownload from 127.0.0.1, and a SIGTERM 3 s into one
#      (run-download.sh)
#   i. kiln lsp: a change to a 10,000-step document until its diagnostics arrive
# Every ratio is kiln ÷ baseline, both measured in the same run, because the
# machine may be shared and busy; the load average is recorded with each
# benchmark. Benchmarks are not tests: a missed goal does not fail the script
# (exit status 0 when every benchmark ran, 1 when one could not run).
# Environment: KILN_BENCH_BUILD_DIR (default: build-release in the checkout).
set -euo pipefail
export LC_ALL=C.UTF-8 # decimal points in $EPOCHREALTIME, awk and printf; UTF-8 for ansible

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$(dirname "$here")"
build="${KILN_BENCH_BUILD_DIR:-$src/build-release}"
quick=0
out=""
while (($#)); do
    case "$1" in
        --quick) quick=1 ;;
        -o) out="${2:?-o needs a file name}"; shift ;;
        -h|--help) sed -n '4,28s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "run-all.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done
out="${out:-$build/bench-results.md}"

say() { printf '\n== %s\n' "$*" >&2; }
die() { echo "run-all.sh: $*" >&2; exit 1; }

# --- sizes -------------------------------------------------------------------------
if ((quick)); then
    overhead_steps=50 overhead_runs=1 validate_reps=3 validate_steps=1000 cold_runs=5
    flood_size=20M ansible_steps=10 ansible_runs=1 kiln_runs=1 keystrokes=2 studio_steps=200
    studio_flood_mb=5 scaling_sizes=(250 500 1000 2000) download_mib=64 lsp_steps=1000 lsp_edits=4
else
    overhead_steps=500 overhead_runs=3 validate_reps=7 validate_steps=10000 cold_runs=21
    flood_size=1G ansible_steps=200 ansible_runs=1 kiln_runs=3 keystrokes=7 studio_steps=2000
    studio_flood_mb=100 scaling_sizes=(2500 5000 10000 20000) download_mib=2048 lsp_steps=10000 lsp_edits=20
fi

# --- tools -------------------------------------------------------------------------
have_tools() {
    command -v ansible-playbook >/dev/null && [[ -x /usr/bin/time ]] &&
        command -v yamllint >/dev/null && command -v bc >/dev/null
}
if ! have_tools; then
    say "installing the benchmark extras (scripts/setup.sh --bench)"
    "$src/scripts/setup.sh" --bench >&2 ||
        die "could not install the benchmark extras; run scripts/setup.sh --bench as root (or with sudo)"
    have_tools || die "ansible-playbook, /usr/bin/time (GNU time), yamllint or bc still missing after scripts/setup.sh --bench"
fi
python=/usr/bin/python3 # Debian's, with python3-yaml (a pyenv shim would add its own start-up)
[[ -x $python ]] || die "$python is missing (Debian package python3)"

# --- build -------------------------------------------------------------------------
cd "$src"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    say "configuring the release preset in $build"
    launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    cmake --preset release -B "$build" "${launcher[@]}" >&2
fi
say "building kiln, validate-10k, studio-latency, lsp-latency in $build"
cmake --build "$build" -j "$(nproc)" --target kiln validate-10k studio-latency lsp-latency >&2
kiln="$build/bin/kiln"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- helpers -----------------------------------------------------------------------
rows=()  # "benchmark|kiln|baseline|ratio|goal|met?"
notes=() # one line per benchmark: load average and what else was measured
met=0
missed=0

load() { cut -d' ' -f1-3 /proc/loadavg; }
# result KEY FILE: the value of a "RESULT KEY VALUE" line.
result() { awk -v k="$1" '$1 == "RESULT" && $2 == k { print $3 }' "$2"; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
# ratio A B [DIGITS]: A / B followed by ×, or n/a when B is 0.
ratio() { awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { if (b > 0) printf "%.*f×", d, a / b; else printf "n/a" }'; }
# row NAME KILN BASELINE RATIO GOAL OK: OK is 1 when the goal is met.
row() {
    local verdict=no
    if (($6)); then verdict=yes; met=$((met + 1)); else missed=$((missed + 1)); fi
    rows+=("$1|$2|$3|$4|$5|$verdict")
}
# le A B: 1 when A <= B.
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# elapsed_ms START END: milliseconds between two $EPOCHREALTIME values.
elapsed_ms() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f\n", (e - s) * 1000 }'; }
# bash_doc FILE STEPS COMMAND-PREFIX: a document of STEPS ExecuteBash steps
# whose command is "COMMAND-PREFIX <n>" (or exactly COMMAND-PREFIX when STEPS is 1).
bash_doc() {
    {
        printf 'name: bench\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n'
        for i in $(seq 1 "$2"); do
            local command="$3 $i"
            (($2 == 1)) && command="$3"
            printf '      - name: Step%d\n        action: ExecuteBash\n' "$i"
            printf '        inputs:\n          commands:\n            - %s\n' "$command"
        done
    } >"$1"
}
run_ok() { grep -q '"status": "success"' "$1" || die "kiln run failed, see $1"; }

started_load=$(load)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

# --- a. executor overhead ------------------------------------------------------------
say "a. executor overhead ($overhead_steps steps, best of $overhead_runs)"
l=$(load)
"$here/run-overhead.sh" "$kiln" "$overhead_steps" "$overhead_runs" | tee "$work/a.txt" >&2
kw=$(result kiln_wall_ms_per_step "$work/a.txt"); bw=$(result bash_wall_ms_per_step "$work/a.txt")
kc=$(result kiln_cpu_ms_per_step "$work/a.txt"); bc_=$(result bash_cpu_ms_per_step "$work/a.txt")
r=$(calc "$kw / $bw")
row "a. executor overhead, $overhead_steps \`true\` steps, wall (best of $overhead_runs)" \
    "$(calc "$kw") ms/step" "$(calc "$bw") ms/step (\`bash -c true\` loop)" "${r}×" "≤ 1.2×" "$(le "$r" 1.2)"
r=$(calc "$kc / $bc_")
row "a. executor overhead, CPU time (user+sys, children included)" \
    "$(calc "$kc") ms/step" "$(calc "$bc_") ms/step" "${r}×" "≤ 1.2×" "$(le "$r" 1.2)"
notes+=("a. load average at start: $l")

# --- b. validation of 10,000 steps ---------------------------------------------------
say "b. validating $validate_steps steps (median of $validate_reps)"
l=$(load)
"$build/bin/validate-10k" "$validate_reps" "$validate_steps" | tee "$work/b.txt" >&2
kv=$(result validate_ms "$work/b.txt"); yv=$(result yamlcpp_ms "$work/b.txt")
r=$(calc "$kv / $yv")
row "b. validate $validate_steps steps (median of $validate_reps)" "$(calc "$kv" 0) ms" \
    "$(calc "$yv" 0) ms (yaml-cpp \`YAML::Load\`)" "${r}×" "≤ 2×" "$(le "$r" 2)"
notes+=("b. load average at start: $l")

# --- c. kiln validate cold start -------------------------------------------------------
say "c. cold start of kiln validate on examples/hello-world.yaml (median of $cold_runs)"
l=$(load)
hello="$src/examples/hello-world.yaml"
"$kiln" validate "$hello" >/dev/null || die "kiln validate $hello failed"
yamllint "$hello" >/dev/null 2>&1 || true # warm the page cache; its verdict does not matter
: >"$work/c.kiln"; : >"$work/c.yamllint"; : >"$work/c.python"; : >"$work/c.true"
for _ in $(seq 1 "$cold_runs"); do # interleaved, so load changes hit all alike
    s=$EPOCHREALTIME; "$kiln" validate "$hello" >/dev/null; e=$EPOCHREALTIME
    elapsed_ms "$s" "$e" >>"$work/c.kiln"
    s=$EPOCHREALTIME; yamllint "$hello" >/dev/null 2>&1 || true; e=$EPOCHREALTIME
    elapsed_ms "$s" "$e" >>"$work/c.yamllint"
    s=$EPOCHREALTIME
    "$python" -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$hello"
    e=$EPOCHREALTIME
    elapsed_ms "$s" "$e" >>"$work/c.python"
    s=$EPOCHREALTIME; /bin/true; e=$EPOCHREALTIME
    elapsed_ms "$s" "$e" >>"$work/c.true"
done
kc=$(median <"$work/c.kiln"); yc=$(median <"$work/c.yamllint")
pc=$(median <"$work/c.python"); tc=$(median <"$work/c.true")
r=$(calc "$kc / $yc")
row "c. \`kiln validate\` cold start, hello-world.yaml (median of $cold_runs)" "$(calc "$kc" 1) ms" \
    "$(calc "$yc" 1) ms (yamllint)" "${r}×" "≤ 1× (no slower than yamllint)" "$(le "$r" 1)"
notes+=("c. load average at start: $l; same file: \`python3 -c 'import yaml; yaml.safe_load(…)'\` $(calc "$pc" 1) ms, \`/bin/true\` $(calc "$tc" 1) ms (process start floor)")

# --- d. memory while a step prints 1 GB ------------------------------------------------
say "d. peak RSS of kiln run while a step prints $flood_size"
l=$(load)
bash_doc "$work/flood.yaml" 1 "head -c $flood_size /dev/zero | tr '\\0' 'x' | fold -w 100"
bash_doc "$work/quiet.yaml" 1 "echo hello"
# stdout (kiln's console copy of the output) goes to /dev/null; the exit status says success.
/usr/bin/time -f '%M %e' -o "$work/d.flood" "$kiln" run -d "$work/flood.yaml" -l "$work/d-logs" \
    >/dev/null || die "kiln run of the flood document failed"
lines=$(find "$work/d-logs" -name console.log -exec wc -l {} + | awk 'END { print $1 }')
rm -rf "$work/d-logs"
/usr/bin/time -f '%M %e' -o "$work/d.quiet" "$kiln" run -d "$work/quiet.yaml" -l "$work/d-logs" \
    >"$work/d.out"
run_ok "$work/d.out"
rm -rf "$work/d-logs"
read -r fk fs <"$work/d.flood"
read -r qk _ <"$work/d.quiet"
fm=$(calc "$fk / 1024" 1); qm=$(calc "$qk / 1024" 1)
r=$(calc "$fk / $qk")
row "d. peak RSS of \`kiln run\`, a step printing $flood_size (100-char lines)" "$fm MB" \
    "$qm MB (\`kiln run\` of \`echo hello\`)" "${r}×" "< 100 MB" "$(le "$fm" 99.999)"
notes+=("d. load average at start: $l; the flood run took $fs s and its console.log had $lines lines; GNU time's maximum RSS covers kiln and the step's processes (head, tr, fold: a few MB)")

# --- e. kiln run vs ansible-playbook ----------------------------------------------------
say "e. $ansible_steps echo steps: kiln run (best of $kiln_runs) vs ansible-playbook -c local (best of $ansible_runs)"
l=$(load)
bash_doc "$work/steps.yaml" "$ansible_steps" "echo step"
{
    printf -- '- hosts: localhost\n  gather_facts: false\n  tasks:\n'
    for i in $(seq 1 "$ansible_steps"); do
        printf '    - name: Step%d\n      shell: echo step %d\n' "$i" "$i"
    done
} >"$work/playbook.yml"
: >"$work/e.kiln"; : >"$work/e.ansible"
for _ in $(seq 1 "$kiln_runs"); do
    rm -rf "$work/e-logs"
    s=$EPOCHREALTIME; "$kiln" run -d "$work/steps.yaml" -l "$work/e-logs" >"$work/e.out"; e=$EPOCHREALTIME
    run_ok "$work/e.out"
    elapsed_ms "$s" "$e" >>"$work/e.kiln"
done
for _ in $(seq 1 "$ansible_runs"); do
    s=$EPOCHREALTIME
    ANSIBLE_HOME="$work/ansible" ANSIBLE_LOCAL_TEMP="$work/ansible/tmp" ANSIBLE_NOCOLOR=1 \
        ANSIBLE_RETRY_FILES_ENABLED=0 ansible-playbook -i localhost, -c local \
        -e ansible_python_interpreter="$python" "$work/playbook.yml" >"$work/e.ansible.out" 2>&1 ||
        die "ansible-playbook failed, see $work/e.ansible.out"
    e=$EPOCHREALTIME
    grep -q "ok=$ansible_steps .*failed=0" "$work/e.ansible.out" ||
        die "ansible-playbook did not run $ansible_steps tasks: $(tail -n 3 "$work/e.ansible.out")"
    elapsed_ms "$s" "$e" >>"$work/e.ansible"
done
ke=$(sort -n "$work/e.kiln" | head -n1); ae=$(sort -n "$work/e.ansible" | head -n1)
r=$(calc "$ke / $ae" 4)
row "e. $ansible_steps \`echo\` steps: \`kiln run\` vs \`ansible-playbook -c local\`" \
    "$(calc "$ke / 1000" 2) s" "$(calc "$ae / 1000" 1) s (ansible-core $(ansible-playbook --version | awk 'NR == 1 { print $NF }' | tr -d ']'))" \
    "${r}× (kiln $(calc "$ae / $ke" 0)× faster)" "≤ 0.02× (kiln ≥ 50× faster)" "$(le "$r" 0.02)"
notes+=("e. load average at start: $l; the playbook has gather_facts: false (kiln gathers no facts either) and one \`shell:\` task per step")

# --- f. studio ---------------------------------------------------------------------------
say "f. studio: keystroke latency ($studio_steps steps) and event-loop stall ($studio_flood_mb MB)"
l=$(load)
QT_QPA_PLATFORM=offscreen "$build/bin/studio-latency" "$keystrokes" "$studio_steps" "$studio_flood_mb" |
    tee "$work/f.txt" >&2 || die "studio-latency failed"
f() { result "$1" "$work/f.txt"; }
lat=$(f keystroke_latency_ms); bare=$(f keystroke_bare_editor_ms)
latc=$(f keystroke_latency_cpu_ms); barec=$(f keystroke_bare_editor_cpu_ms)
keys=$((keystrokes * 2))
row "f. studio keystroke → diagnostics, $studio_steps steps, without the 300 ms debounce, wall (median of $keys)" \
    "$(calc "$lat" 1) ms" "$(calc "$bare" 2) ms (the key in a bare QPlainTextEdit)" \
    "$(ratio "$lat" "$bare" 0)" "≤ 50 ms" "$(le "$lat" 50)"
row "f. studio keystroke → diagnostics, GUI thread CPU time (median of $keys)" \
    "$(calc "$latc" 1) ms" "$(calc "$barec" 2) ms" "$(ratio "$latc" "$barec" 0)" "≤ 50 ms" "$(le "$latc" 50)"
stall=$(f flood_longest_stall_ms); idle=$(f idle_longest_stall_ms)
stallc=$(f flood_longest_stall_cpu_ms); idlec=$(f idle_longest_stall_cpu_ms)
row "f. studio longest event-loop stall while a step prints $studio_flood_mb MB, wall" \
    "$(calc "$stall" 1) ms" "$(calc "$idle" 1) ms (idle window, as long)" \
    "$(ratio "$stall" "$idle" 1)" "≤ 100 ms" "$(le "$stall" 100)"
row "f. studio longest stall, GUI thread CPU time within one gap" \
    "$(calc "$stallc" 1) ms" "$(calc "$idlec" 1) ms" "$(ratio "$stallc" "$idlec" 1)" "≤ 100 ms" \
    "$(le "$stallc" 100)"
notes+=("f. load average at start: $l. Keystroke: total including the deliberate debounce $(calc "$(f keystroke_total_ms)" 1) ms (the debounce as measured $(calc "$(f keystroke_debounce_ms)" 1) ms); key handling $(calc "$(f keystroke_handling_ms)" 1) ms, validation and all model/view updates $(calc "$(f keystroke_validation_and_models_ms)" 1) ms, of which until the diagnostics model had the result $(calc "$(f keystroke_validation_to_diagnostics_ms)" 1) ms; worst keystroke $(calc "$(f keystroke_latency_max_ms)" 1) ms wall; until the views had also relaid out and repainted (the first 1 ms timer tick after \`validated()\`) $(calc "$(f keystroke_settled_ms)" 1) ms wall, $(calc "$(f keystroke_settled_cpu_ms)" 1) ms CPU. Flood: the run took $(calc "$(f flood_run_ms) / 1000" 1) s, $(calc "$(f flood_stalls_over_50ms)" 0) gaps over 50 ms wall; the longest CPU gap began $(calc "$(f flood_longest_stall_cpu_at_ms) / 1000" 1) s after Run. CPU time is the GUI thread's (editor, models, executor and output pane all run there): what the same work costs without waiting for a core")

# --- g. run time against the step count ---------------------------------------------
say "g. kiln run of ${scaling_sizes[*]} Assert steps"
l=$(load)
"$here/run-scaling.sh" "$kiln" 1 "${scaling_sizes[@]}" | tee "$work/g.txt" >&2 || die "run-scaling.sh failed"
g_first=${scaling_sizes[0]} g_last=${scaling_sizes[-1]}
gr=$(result run_ratio "$work/g.txt")
row "g. \`kiln run\` of $g_last Assert steps vs $g_first (wall)" \
    "$(calc "$(result run_ms_$g_last "$work/g.txt") / 1000") s" \
    "$(calc "$(result run_ms_$g_first "$work/g.txt") / 1000") s ($g_first steps)" "${gr}× (linear: $((g_last / g_first))×)" \
    "≤ 10×" "$(le "$gr" 10)"
notes+=("g. load average at start: $l; $(grep -v '^RESULT' "$work/g.txt" | paste -sd';' | sed 's/  */ /g')")

# --- h. memory of a large WebDownload ----------------------------------------------------
say "h. WebDownload of $download_mib MiB from 127.0.0.1: peak RSS, and a SIGTERM 3 s in"
l=$(load)
"$here/run-download.sh" "$kiln" "$download_mib" | tee "$work/h.txt" >&2 || die "run-download.sh failed"
hk=$(result rss_kb "$work/h.txt"); hb=$(result baseline_rss_kb "$work/h.txt")
hm=$(calc "$hk / 1024" 1)
row "h. peak RSS of \`kiln run\`, a WebDownload of $download_mib MiB from 127.0.0.1" "$hm MB" \
    "$(calc "$hb / 1024" 1) MB (a WebDownload of 1 MiB)" "$(ratio "$hk" "$hb")" "< 100 MB" "$(le "$hm" 99.999)"
hs=$(result stop_s "$work/h.txt"); hst=$(result stop_status "$work/h.txt")
row "h. SIGTERM 3 s into that download: until the run ends, step status" "$hs s, \`$hst\`" \
    "10 s (the grace period)" "$([[ $hs == n/a ]] && echo n/a || echo "$(calc "$hs / 10")×")" "≤ 10 s, \`cancelled\`" \
    "$([[ $hst == cancelled ]] && le "$hs" 10 || echo 0)"
notes+=("h. load average at start: $l; the $download_mib MiB download took $(result download_s "$work/h.txt") s; served by a Python http.server on 127.0.0.1, written to a temporary folder under /var/tmp (deleted after)")

# --- i. language server -----------------------------------------------------------------------
say "i. kiln lsp: didChange -> publishDiagnostics on $lsp_steps steps ($lsp_edits edits)"
l=$(load)
"$build/bin/lsp-latency" "$kiln" "$lsp_edits" "$lsp_steps" | tee "$work/i.txt" >&2 ||
    die "lsp-latency failed"
ir() { result "$1" "$work/i.txt"; }
change=$(ir lsp_change_ms); hover=$(ir lsp_hover_ms)
row "i. \`kiln lsp\` didChange → publishDiagnostics, $lsp_steps steps, 25 ms debounce included (median of $lsp_edits)" \
    "$(calc "$change" 1) ms" "$(calc "$hover" 1) ms (hover round trip, same server)" \
    "$(ratio "$change" "$hover" 1)" "≤ 100 ms" "$(le "$change" 100)"
notes+=("i. load average at start: $l; worst change $(calc "$(ir lsp_change_max_ms)" 1) ms; opening the document (full parse) $(calc "$(ir lsp_open_ms)" 1) ms; ShellCheck off (its findings follow the others anyway)")

# --- the table -----------------------------------------------------------------------------
mem=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
model=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -n1)
debian="Debian $(cat /etc/debian_version 2>/dev/null || echo '?')"
{
    title="# Kiln benchmarks, $started"
    ((quick)) && title+=" (--quick: sizes too small to mean anything)"
    echo "$title"
    echo
    echo "Machine: $(nproc) CPUs ($model), $mem RAM, $debian; load average $started_load at the start, $(load) at the end."
    echo "Kiln: $(git -C "$src" describe --always --dirty 2>/dev/null || echo unknown), $(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2) build in ${build#"$src"/}."
    echo "Ratios are kiln ÷ baseline, measured in the same run."
    echo
    echo "| benchmark | kiln | baseline | ratio | goal | met? |"
    echo "|---|---|---|---|---|---|"
    for r in "${rows[@]}"; do echo "| ${r//|/ | } |"; done
    echo
    echo "Goals met: $met of $((met + missed))."
    echo
    for n in "${notes[@]}"; do echo "- $n"; done
} >"$work/table.md"
mkdir -p "$(dirname "$out")"
cp "$work/table.md" "$out"
echo
cat "$out"
echo
echo "(written to $out)"
