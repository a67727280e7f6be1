#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# ctest -L docs: `kiln help`, the machine-readable listings used by the shell
# completions, and the German CLI messages.
#   clihelp.sh KILN_BINARY
set -uo pipefail
kiln=$1
failures=0
checks=0
check() { # check "what" command... : the command succeeds
    local what=$1
    shift
    checks=$((checks + 1))
    if ! "$@"; then
        echo "FAIL: $what"
        failures=$((failures + 1))
    fi
}
export LC_ALL=C LANGUAGE=''

for command in validate run actions schema report pull publish logs lsp; do
    check "kiln help $command is kiln $command --help" \
        diff <("$kiln" help "$command") <("$kiln" "$command" --help)
    # Started by its full path, the usage line still names the sub-command.
    check "kiln $command --help starts with 'Usage: kiln $command'" \
        grep -q "^Usage: kiln $command \\[options\\]" <("$kiln" "$command" --help)
done
check "kiln help is the overview" diff <("$kiln" help) <("$kiln" --help)
"$kiln" help frobnicate >/dev/null 2>&1
status=$?
check "kiln help frobnicate exits 2 (got $status)" test "$status" -eq 2
overview=$("$kiln" --help)
for command in validate run actions schema report pull publish logs lsp help; do
    check "the overview lists $command" grep -qE "^  $command " <<<"$overview"
done

names=$("$kiln" actions --names)
check "actions --names: one name per line, ExecuteBash among them" grep -qx ExecuteBash <<<"$names"
check "actions --names: only names" test "$(grep -cvE '^[A-Za-z0-9]+$' <<<"$names")" -eq 0
windows=$("$kiln" actions --names --os-platforms windows)
check "actions --names --os-platforms windows has ExecutePowerShell" grep -qx ExecutePowerShell <<<"$windows"
check "actions --names --os-platforms windows has no ExecuteBash" \
    test "$(grep -cx ExecuteBash <<<"$windows")" -eq 0
codes=$("$kiln" validate --list-codes)
check "validate --list-codes lists K1001 with its title" grep -qE '^K1001 .+' <<<"$codes"
first=$(head -n1 <<<"$codes" | cut -d' ' -f1)
check "every listed code can be explained ($first)" "$kiln" validate --explain "$first"

# The German catalogue is embedded in the CLI and chosen by the locale.
german=$(LC_ALL='' LANG=de_DE.UTF-8 LANGUAGE=de "$kiln" --help)
check "LANGUAGE=de kiln --help is German" grep -q '^Befehle:' <<<"$german"
check "LANGUAGE=de keeps command names" grep -qE '^  validate ' <<<"$german"

echo "$checks checks, $failures failed"
((failures == 0))
