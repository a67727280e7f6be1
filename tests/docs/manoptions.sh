#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# ctest -L docs: every long option that `kiln <command> --help` prints is
# documented in the man page, so the two cannot drift apart.
#   manoptions.sh KILN_BINARY MAN_PAGE
set -euo pipefail
kiln=$1
page=$2
# roff writes a minus as \- ; compare plain text.
documented=$(sed 's/\\-/-/g' "$page")
missing=0
checked=0
for command in "" validate run actions schema report pull publish logs lsp; do
    # shellcheck disable=SC2086 # an empty $command means the top-level help
    help=$(LC_ALL=C LANGUAGE='' "$kiln" $command --help)
    options=$(grep -oE -- '--[a-z][a-z0-9-]+' <<<"$help" | sort -u)
    [[ -n $options ]] || { echo "no options found in 'kiln $command --help'"; exit 1; }
    for option in $options; do
        checked=$((checked + 1))
        if ! grep -qF -- "$option" <<<"$documented"; then
            echo "FAIL: 'kiln $command' option $option is not in $page"
            missing=$((missing + 1))
        fi
    done
done
# Every command the overview lists has its own section.
for command in validate run actions schema report pull publish logs lsp help; do
    checked=$((checked + 1))
    if ! grep -q "^\.SS \"kiln $command" "$page"; then
        echo "FAIL: no section .SS \"kiln $command ...\" in $page"
        missing=$((missing + 1))
    fi
done
echo "$checked options and commands checked, $missing missing"
((missing == 0))
