#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# ctest -L lsp: `kiln lsp` with Neovim's built-in LSP client (init.lua): the
# misspelt action of component.yaml is reported at line 7, column 17 (1-based),
# the quick fix is applied through a code action, and the saved file is fixed.
#   run.sh KILN
set -euo pipefail
kiln=$1
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v nvim >/dev/null; then
    echo "SKIP: nvim is not installed (apt-get install neovim, or run scripts/setup.sh)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/component.yaml" "$work/component.yaml"
cd "$work"
# Neovim counts lines and columns from 0.
if ! KILN=$kiln EXPECT_LINE=6 EXPECT_COL=16 HOME=$work XDG_CONFIG_HOME=$work XDG_DATA_HOME=$work \
    XDG_STATE_HOME=$work timeout 60 nvim --headless -u "$here/init.lua" component.yaml; then
    echo "FAIL: Neovim's session did not complete (see above)"
    exit 1
fi
if ! grep -q '^        action: ExecuteBash$' component.yaml || grep -q ExecuteBsh component.yaml; then
    echo "FAIL: the saved file is not fixed:"
    cat component.yaml
    exit 1
fi
echo "PASS: Neovim saw the diagnostic at 7:17, applied the quick fix and saved the file"
