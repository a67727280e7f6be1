#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Precision of kiln's diagnostics on real documents (issue #18): runs
# `kiln validate --format json` (ShellCheck on) over the compatibility corpus
# (tests/data/corpus) and the real-document set (tests/data/realdocs), each for
# its platform, and counts diagnostics by severity and code, ShellCheck
# findings apart. Compare two builds by running it with each:
#   bench/precision.sh build/bin/kiln            # this tree
#   bench/precision.sh /path/to/older/kiln       # a baseline
# Which findings are true is judged by hand: docs/warning-precision.md.
set -euo pipefail
kiln=${1:-build/bin/kiln}
here=$(cd "$(dirname "$0")/.." && pwd)
data=$here/tests/data
out=$(mktemp)
trap 'rm -f "$out"' EXIT
platform() { [ "$1" = windows ] && echo windows || echo linux; }
tail -n +2 "$data/corpus/MANIFEST.tsv" | while IFS=$'\t' read -r f _ _ _ _ plat _; do
    "$kiln" validate --format json --os-platforms "$(platform "$plat")" "$data/corpus/docs/$f" || true
done >>"$out"
tail -n +2 "$data/realdocs/MANIFEST.tsv" | while IFS=$'\t' read -r f _ _ _ _ plat; do
    "$kiln" validate --format json --os-platforms "$(platform "$plat")" "$data/realdocs/docs/$f" || true
done >>"$out"
python3 - "$out" <<'PY'
import collections, json, re, sys
text = open(sys.argv[1]).read()
decoder, at, documents = json.JSONDecoder(), 0, []
while at < len(text):
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text):
        break
    obj, at = decoder.raw_decode(text, at)
    documents += obj["documents"]
kinds, codes = collections.Counter(), collections.Counter()
for doc in documents:
    for d in doc["diagnostics"]:
        # Kiln 0.1 had no severity for ShellCheck's own level: read it from the message.
        sc = re.match(r"(SC\d+):", d["message"]) if d["code"] == "K8001" else None
        kinds[("shellcheck" if sc else "kiln", d["severity"])] += 1
        codes[(d["severity"], sc.group(1) if sc else d["code"])] += 1
print(f"{len(documents)} documents, {sum(not d['valid'] for d in documents)} invalid")
print("| source | error | warning | info | hint |")
print("|---|---|---|---|---|")
for source in ("kiln", "shellcheck"):
    print(f"| {source} | " + " | ".join(str(kinds[(source, s)]) for s in ("error", "warning", "info", "hint")) + " |")
print()
for (severity, code), n in sorted(codes.items()):
    print(f"{severity:8} {code:7} {n}")
PY
