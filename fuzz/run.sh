#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Runs one libFuzzer target for SECONDS on one core (the build machine is shared):
#   fuzz/run.sh fuzz_document 600
# With `seeds` instead of SECONDS it runs the target once over its seed inputs and
# stops (CI's smoke test: the targets still build and the seeds pass):
#   fuzz/run.sh fuzz_document seeds
# Builds the target with the `fuzz` preset first (clang, ASan + UBSan). The
# working corpus lives in build-fuzz/corpus/<target> and grows across runs; it is
# seeded from tests/data and fuzz/seeds. Crashes, hangs and OOMs are written to
# build-fuzz/artifacts/<target>/ — turn each into a test in tests/unit and a fix,
# and note it in fuzz/FINDINGS.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
target=${1:?usage: fuzz/run.sh TARGET SECONDS (fuzz_document, fuzz_expr, fuzz_runconfig, fuzz_runrecord)}
seconds=${2:-60}
build=$root/build-fuzz

command -v clang++ >/dev/null || { echo "fuzz/run.sh: needs clang (apt-get install clang libclang-rt-dev)" >&2; exit 2; }
[[ -f $build/CMakeCache.txt ]] || cmake --preset fuzz -S "$root" >/dev/null
cmake --build "$build" -j2 --target "$target"

corpus=$build/corpus/$target
artifacts=$build/artifacts/$target
mkdir -p "$corpus" "$artifacts"
seeds=()
case $target in
    fuzz_document) seeds=("$root/tests/data/corpus/docs" "$root/tests/data/run" "$root/examples")
        dict=$here/yaml.dict ;;
    fuzz_expr) seeds=("$root/tests/data/run" "$root/examples" "$here/seeds/expr")
        dict=$here/expr.dict ;;
    fuzz_runconfig) seeds=("$here/seeds/runconfig"); dict=$here/json.dict ;;
    fuzz_runrecord) seeds=("$here/seeds/runrecord"); dict=$here/json.dict ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
esac

# With -jobs=1 libFuzzer runs the target in a child and writes its log to
# fuzz-0.log in the current directory: keep that in build-fuzz/logs/<target>.
mkdir -p "$build/logs/$target"
cd "$build/logs/$target"
limits=(-timeout=10 -rss_limit_mb=2048 -max_len=65536)
if [[ $seconds == seeds ]]; then
    # -runs=0: execute every seed input once, fuzz nothing, write nothing.
    exec "$build/bin/$target" -runs=0 "${limits[@]}" "${seeds[@]}"
fi
# -rss_limit_mb: the parser's own limits must keep memory well below this.
# -timeout: a single input taking 10 s is a hang worth a finding.
"$build/bin/$target" -jobs=1 -workers=1 -max_total_time="$seconds" "${limits[@]}" \
    -dict="$dict" -artifact_prefix="$artifacts/" \
    -print_final_stats=1 "$corpus" "${seeds[@]}" || status=$?
tail -n 40 fuzz-0.log
exit "${status:-0}"
