#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Sets up a Debian 12 or 13 machine for Kiln, builds it, and starts the main job:
# the studio on an example when a display is present, otherwise the CLI on it.
#
#   scripts/setup.sh              install dependencies, build kiln and kiln-studio optimised
#                                 (preset "release", build-release/), launch the studio
#                                 (no display: validate the examples, run examples/hello-world.yaml)
#   scripts/setup.sh --no-launch  install and build everything with the tests (preset "dev",
#                                 build/; used by scripts/test.sh and CI)
#   scripts/setup.sh --deps-only  install the Debian packages only (used to prepare CI roots)
#   scripts/setup.sh --bench      install the Debian packages plus the benchmark extras
#                                 (ansible-core, time, yamllint, bc) and stop (used by bench/run-all.sh)
#   scripts/setup.sh --screenshots  the same with the screenshot extras (xdotool, imagemagick, python3,
#                                 rofi) for scripts/screenshots.sh
#
# Environment: KILN_PRESET (dev|release|asan; default release to launch, dev with
# --no-launch), KILN_BUILD_DIR (default: the preset's folder, build/ for dev).
# Idempotent: apt-get runs only when a package is missing, and the build is incremental.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(dirname "$here")"
launch=1
deps_only=0
bench=0
screenshots=0

for arg in "$@"; do
    case "$arg" in
        --no-launch) launch=0 ;;
        --deps-only) deps_only=1 ;;
        --bench) bench=1 deps_only=1 ;;
        --screenshots) screenshots=1 deps_only=1 ;;
        -h|--help) sed -n '4,20s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "setup.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

# What a user runs is optimised; the tests build on the debug preset (scripts/test.sh).
if ((launch)); then preset="${KILN_PRESET:-release}"; else preset="${KILN_PRESET:-dev}"; fi

# --- which Debian -------------------------------------------------------------
if [[ ! -r /etc/os-release ]]; then
    echo "setup.sh: cannot read /etc/os-release; Kiln supports Debian 12 (bookworm) and 13 (trixie)" >&2
    exit 1
fi
# shellcheck disable=SC1091
. /etc/os-release
codename="${VERSION_CODENAME:-}"
if [[ "${ID:-}" != debian || ( "$codename" != bookworm && "$codename" != trixie ) ]]; then
    echo "setup.sh: unsupported system '${PRETTY_NAME:-unknown}'." >&2
    echo "Kiln's setup supports Debian 12 (bookworm) and Debian 13 (trixie)." >&2
    exit 1
fi

packages=(
    # toolchain and build
    g++ cmake ninja-build pkgconf git
    # Qt 6: Core, Network, Gui, Widgets, Test (qt6-base-dev), LinguistTools
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libxkbcommon-dev libgl-dev
    # parsing and logging
    libyaml-cpp-dev libspdlog-dev
    # tests: a font for offscreen widget tests, Xvfb for screenshots, shellcheck for script lint
    fonts-dejavu-core xvfb xauth shellcheck
    # packaging: .deb dependencies (dpkg-shlibdeps, file), desktop/AppStream validators
    dpkg-dev file desktop-file-utils appstream
    # tests: JSON Schema validation (tests/schema), the S3 test server (tests/network), and a
    # self-signed certificate for the HTTPS tests (openssl)
    openssl nodejs npm
    # tests: the man page lint (groff) and the zsh completion test
    groff-base zsh
    # tests: the HTML run report in a real browser (tests/cli/tst_report_browser, headless)
    chromium
    # tests: `kiln lsp` end to end with a real editor's LSP client (tests/lsp/nvim)
    neovim
    # tests: `kiln run --image` with a real container engine (tests/exec/tst_sandbox)
    podman
)
if [[ "$codename" == trixie ]]; then
    # KF6 exists on Debian 13 only; Debian 12 builds the built-in highlighter instead.
    packages+=(libkf6syntaxhighlighting-dev)
fi
# Extras for one job each, installed on request: kept out of the list above, whose text keys
# the cached CI root (scripts/debian13-root.sh), because CI and everyday development never
# need them.
bench_packages=(ansible-core time yamllint bc) # --bench: bench/run-all.sh
screenshot_packages=(xdotool imagemagick rofi python3) # --screenshots: scripts/screenshots.sh (python3: a stand-in Image Builder)
((bench)) && packages+=("${bench_packages[@]}")
((screenshots)) && packages+=("${screenshot_packages[@]}")

# A package also counts as present when an installed package provides it (for example
# NodeSource's nodejs provides and conflicts with Debian's npm): installing the real one
# would fail or downgrade.
provided=" $(dpkg-query -W -f='${db:Status-Abbrev}|${Provides}\n' 2>/dev/null |
    awk -F'|' '$1 ~ /^ii/ && $2 != "" { print $2 }' | tr ',' '\n' |
    sed 's/([^)]*)//g; s/:any//; s/[[:space:]]//g' | tr '\n' ' ') "
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" &&
        [[ "$provided" != *" $p "* ]]; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    sudo=()
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "setup.sh: run as root or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "setup.sh: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi

((deps_only)) && exit 0

# --- test tools from npm (pinned by the committed package-lock.json files) ---
# tests/schema: ajv + yaml validate `kiln schema` against the corpus; tests/network: s3rver
# behind tests/network/s3gate.js; editors/vscode: vscode-languageclient and @vscode/vsce,
# which package the VS Code extension. `npm ci` runs only when a lock file changed since the last
# install. A failure must not stop the build: only those tests need the packages, and they
# fail with a message that says to run `npm ci`.
for npm_dir in "$source_dir/tests/schema" "$source_dir/tests/network" "$source_dir/editors/vscode"; do
    if [[ -f "$npm_dir/package-lock.json" ]] &&
        ! cmp -s "$npm_dir/package-lock.json" "$npm_dir/node_modules/.kiln-installed-lock"; then
        echo "setup.sh: installing test tools from npm (npm ci in ${npm_dir#"$source_dir"/})"
        if ! (cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error &&
            cp package-lock.json node_modules/.kiln-installed-lock); then
            echo "setup.sh: warning: npm ci failed in $npm_dir; the tests that need it will fail" >&2
        fi
    fi
done

# --- build ----------------------------------------------------------------------
cd "$source_dir"
# The presets put dev in build/ and the others in build-<preset>/ (CMakePresets.json).
case "$preset" in
    dev) build_dir="${KILN_BUILD_DIR:-$source_dir/build}" ;;
    *) build_dir="${KILN_BUILD_DIR:-$source_dir/build-$preset}" ;;
esac
cmake --preset "$preset" -B "$build_dir" >/dev/null
if ((launch)); then
    cmake --build "$build_dir" -j "$(nproc)" --target kiln kiln-studio
else
    cmake --build "$build_dir" -j "$(nproc)"
fi
echo "setup.sh: built in $build_dir (kiln, kiln-studio in $build_dir/bin)"

((launch)) || exit 0

# --- the main job -----------------------------------------------------------------
example="$source_dir/examples/hello-world.yaml"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    exec "$build_dir/bin/kiln-studio" "$example"
fi
echo "setup.sh: no display; running $example with the CLI instead of opening the studio"
"$build_dir/bin/kiln" validate "$source_dir"/examples/*.yaml
# The run folder (TOE_*) goes under the build folder, not into the user's checkout.
exec "$build_dir/bin/kiln" run --documents "$example" --log-directory "$build_dir/runs"
