#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# ctest -L completion: sources the bash completion and checks what <TAB>
# offers, the way bash calls it (COMP_WORDS/COMP_CWORD, then _kiln).
#   bashcompletion.sh COMPLETION_FILE KILN_BINARY
set -uo pipefail
# shellcheck disable=SC1090
source "$1"
kiln=$2
failures=0
checks=0

# complete WORD... : COMPREPLY for the last word of `kiln WORD...`
complete_line() {
    COMP_WORDS=("$kiln" "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _kiln
}

# expect "description" "expected words (space-separated, exact set)" WORD...
expect() {
    local what=$1 expected=$2
    shift 2
    complete_line "$@"
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | xargs)
    checks=$((checks + 1))
    if [[ $got != "$expected" ]]; then
        echo "FAIL: $what: kiln $*<TAB> offered '$got', expected '$expected'"
        failures=$((failures + 1))
    fi
}

# contains "description" "word" WORD... : the word is among the offers
contains() {
    local what=$1 word=$2
    shift 2
    complete_line "$@"
    checks=$((checks + 1))
    local w
    for w in "${COMPREPLY[@]}"; do
        [[ $w == "$word" ]] && return 0
    done
    echo "FAIL: $what: kiln $*<TAB> did not offer '$word' (offered: ${COMPREPLY[*]})"
    failures=$((failures + 1))
}

expect "command" "validate" va
expect "commands" "actions" ac
expect "flag" "--format" validate --fo
expect "format values" "json" validate --format j
expect "format values" "sarif" validate --format=s
expect "platforms" "windows" validate --os-platforms w
expect "reboot modes" "handoff" run --reboot h
expect "help topics" "report run" help r
expect "report command" "report" rep
expect "report output flag" "--output" report --o
expect "module names" "ExecuteBash ExecuteBinary ExecuteDocument ExecutePowerShell" actions Exec
contains "blocked modules, second item" "Reboot,ExecuteBash" run --blocked-action-modules Reboot,ExecuteB
contains "diagnostic codes" "K1001" validate --explain K100

# Documents: *.yaml and *.yml and folders, nothing else.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
touch "$tmp/a.yaml" "$tmp/b.yml" "$tmp/c.json" "$tmp/notes.txt"
mkdir "$tmp/dir"
(cd "$tmp" && expect "documents" "a.yaml b.yml dir/" validate "") || failures=$((failures + 1))
(cd "$tmp" && expect "documents after -d" "a.yaml" run -d a) || failures=$((failures + 1))
checks=$((checks + 2))

# Every long option of `kiln <command> --help` is offered by `kiln <command> --<TAB>`
# (but Qt's generic --help-all, which would only crowd the list).
for command in validate run actions schema report pull publish logs lsp; do
    complete_line "$command" --
    offered=" ${COMPREPLY[*]} "
    for option in $(LC_ALL=C LANGUAGE='' "$kiln" "$command" --help | grep -oE -- '--[a-z][a-z0-9-]+' | grep -vx -- --help-all | sort -u); do
        checks=$((checks + 1))
        if [[ $offered != *" $option "* ]]; then
            echo "FAIL: kiln $command --<TAB> does not offer $option"
            failures=$((failures + 1))
        fi
    done
done

echo "$checks completion checks, $failures failed"
((failures == 0))
