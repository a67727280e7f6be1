#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# ctest -L docs: the man pages render without a groff warning (-ww: all warnings).
#   mangroff.sh PAGE...
set -euo pipefail
command -v groff >/dev/null || { echo "groff is not installed (apt-get install groff-base)"; exit 1; }
status=0
for page in "$@"; do
    warnings=$(groff -ww -man -Tutf8 -z "$page" 2>&1)
    if [[ -n $warnings ]]; then
        echo "FAIL: $page:"
        echo "$warnings"
        status=1
    else
        echo "ok: $page"
    fi
done
exit $status
