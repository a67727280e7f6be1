#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Builds and tests Kiln inside a Debian 13 (trixie) root made with debootstrap, so a
# Debian 12 machine (or CI) also covers Qt 6.8, GCC 14, yaml-cpp 0.8 and KF6.
#
#   scripts/debian13-root.sh ensure        create the root, or reuse the cached one
#   scripts/debian13-root.sh test [ARGS]   scripts/test.sh inside (build in build-trixie/), ARGS go to ctest
#   scripts/debian13-root.sh package-test  build the .deb inside, install it in a clean copy of
#                                          the bare root, run `kiln --version` and `kiln validate`
#   scripts/debian13-root.sh run CMD...    run CMD inside, in the checkout
#   scripts/debian13-root.sh shell         interactive shell inside, in the checkout
#   scripts/debian13-root.sh clean         delete the cached roots
#
# Environment: KILN_TRIXIE_ROOT (default /var/cache/kiln-ci/trixie; the bare debootstrap
# result is kept beside it as <root>-base), KILN_DEBIAN_MIRROR (default: the host's Debian
# mirror from /etc/apt). Needs root. The checkout is bind-mounted read-write at /src/kiln.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
self="$here/$(basename "${BASH_SOURCE[0]}")"
source_dir="$(dirname "$here")"
root="${KILN_TRIXIE_ROOT:-/var/cache/kiln-ci/trixie}"
root="${root%/}"
base="$root-base"                # bare debootstrap result, never modified after creation
stamp_base="$root-base.done"     # written last: a base without it is half-made
stamp_pkgs="$root.packages"      # hash of the package list installed into $root
inner_src=/src/kiln
suite=trixie

log() { printf '%s\n' "debian13-root: $*" >&2; }
die() { log "$*"; exit 1; }

usage() { sed -n '4,19s/^# \{0,1\}//p' "$0"; }

[[ $# -ge 1 ]] || { usage; exit 2; }
command="$1"
shift
case "$command" in
    -h|--help) usage; exit 0 ;;
    ensure|test|package-test|run|shell|clean|__chroot) ;;
    *) log "unknown command '$command'"; usage >&2; exit 2 ;;
esac
[[ $EUID -eq 0 ]] || die "must run as root (debootstrap, chroot and mounts need it)"

# --- the host's Debian mirror ---------------------------------------------------------
# The first uncommented main-archive URI of the host's apt sources (one-line or deb822),
# so the root uses whatever mirror this machine is allowed to reach.
host_mirror() {
    local files=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources)
    local f
    for f in "${files[@]}"; do
        [[ -r "$f" ]] || continue
        awk '
            /^[[:space:]]*#/ { next }
            /^[[:space:]]*URIs:/ { for (i = 2; i <= NF; i++) print $i; next }
            /^[[:space:]]*deb[[:space:]]/ {
                for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { print $i; break }
            }' "$f"
    done | grep -E '^https?://[^ ]+/debian/?$' | head -n 1 || true
}
mirror="${KILN_DEBIAN_MIRROR:-$(host_mirror)}"
mirror="${mirror:-http://deb.debian.org/debian}"
mirror="${mirror%/}"
security_mirror="${mirror%/debian}/debian-security"

# --- mounts -----------------------------------------------------------------------------
# Everything that mounts runs in a private mount namespace (unshare), so the bind mounts
# vanish with the process even on SIGKILL, and the host never sees the checkout inside the
# root (which makes deleting a broken root safe). The trap unmounts as well, for the case
# where unshare is unavailable.
mounted=()
unmount_all() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
}
trap unmount_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mount_in() { # mount_in TARGET mount-args...
    local target="$1"
    shift
    mount "$@" "$target"
    mounted+=("$target")
}

# Refuses to go on if anything is mounted below $1 in *this* namespace (a run without
# unshare that was killed): deleting such a root would delete the bind-mounted checkout.
unmount_leftovers() {
    local dir="$1" m
    while read -r m; do
        log "unmounting leftover $m"
        umount -l "$m" || true
    done < <(awk -v d="$dir/" 'index($2, d) == 1 { print $2 }' /proc/self/mounts | sort -r)
    if awk -v d="$dir/" 'index($2, d) == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then
        die "something is still mounted below $dir; refusing to touch it"
    fi
}

safe_remove() {
    local dir="$1"
    [[ -e "$dir" ]] || return 0
    unmount_leftovers "$dir"
    rm -rf --one-file-system "$dir"
}

# chroot_run ROOT [--checkout] -- CMD...: runs CMD in ROOT with /proc, /sys, /dev, /dev/pts,
# a fresh /tmp and the host's resolv.conf; --checkout also binds the checkout at /src/kiln.
chroot_run() {
    local r="$1" checkout=0
    shift
    if [[ "$1" == --checkout ]]; then checkout=1; shift; fi
    [[ "$1" == -- ]] && shift
    if [[ -z "${KILN_IN_UNSHARE:-}" ]] && unshare --mount --propagation private true 2>/dev/null; then
        local args=("$r")
        ((checkout)) && args+=(--checkout)
        KILN_IN_UNSHARE=1 unshare --mount --propagation private \
            bash "$self" __chroot "${args[@]}" -- "$@"
        return
    fi
    chroot_inner "$r" "$checkout" "$@"
}

chroot_inner() {
    local r="$1" checkout="$2"
    shift 2
    mount_in "$r/proc" -t proc proc
    mount_in "$r/sys" -t sysfs sysfs
    mount_in "$r/dev" --bind /dev
    mount_in "$r/dev/pts" --bind /dev/pts
    # Each session starts with an empty /tmp, like a fresh machine.
    find "$r/tmp" -mindepth 1 -delete 2>/dev/null || true
    chmod 1777 "$r/tmp"
    cp -L /etc/resolv.conf "$r/etc/resolv.conf" 2>/dev/null || true
    # Trust what the host trusts: CI and company networks often inspect TLS with their own
    # CA (npm fails with SELF_SIGNED_CERT_IN_CHAIN otherwise). The file is regenerated by
    # the root's ca-certificates on upgrade, and copied again on the next session.
    local bundle=/etc/ssl/certs/ca-certificates.crt
    local passenv=()
    if [[ -r "$bundle" ]]; then
        mkdir -p "$r/etc/ssl/certs"
        cp -L "$bundle" "$r$bundle"
        passenv+=(NODE_EXTRA_CA_CERTS="$bundle" npm_config_cafile="$bundle" SSL_CERT_FILE="$bundle")
    fi
    local v
    for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
        [[ -n "${!v:-}" ]] && passenv+=("$v=${!v}")
    done
    local cwd=/
    if ((checkout)); then
        mkdir -p "$r$inner_src"
        mount_in "$r$inner_src" --bind "$source_dir"
        cwd="$inner_src"
    fi
    local status=0
    # shellcheck disable=SC2016 # $1 and $@ belong to the inner shell
    chroot "$r" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" \
        DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen \
        KILN_BUILD_DIR="$inner_src/build-trixie" KILN_PRESET="${KILN_PRESET:-dev}" \
        "${passenv[@]}" \
        /bin/bash -c 'cd "$1" && shift && exec "$@"' bash "$cwd" "$@" 9>&- || status=$?
    unmount_all
    return "$status"
}

# Internal re-entry point inside the private mount namespace.
if [[ "$command" == __chroot ]]; then
    r="$1"
    shift
    checkout=0
    if [[ "${1:-}" == --checkout ]]; then checkout=1; shift; fi
    [[ "${1:-}" == -- ]] && shift
    chroot_inner "$r" "$checkout" "$@"
    exit $?
fi

# --- creating the roots -----------------------------------------------------------------
# The package list is what setup.sh would install; its hash keys the cached root, so a new
# dependency refreshes the root instead of being installed on every run.
packages_hash() {
    sed -n '/^packages=(/,/^fi$/p' "$here/setup.sh" | sha256sum | cut -c1-16
}

write_sources() {
    local r="$1"
    rm -f "$r/etc/apt/sources.list"
    cat >"$r/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security_mirror
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    # Keep the root small and apt quiet and unattended; no daemons start in a chroot.
    cat >"$r/etc/apt/apt.conf.d/90kiln-ci" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Retries "3";
Dpkg::Use-Pty "false";
EOF
    printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d"
    chmod 755 "$r/usr/sbin/policy-rc.d"
}

ensure_base() {
    if [[ -f "$stamp_base" && -x "$base/bin/bash" ]]; then
        return 0
    fi
    command -v debootstrap >/dev/null || {
        log "installing debootstrap on the host"
        apt-get update -qq || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
    }
    local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    local t0=$SECONDS
    log "creating a bare $suite root from $mirror (debootstrap, a few minutes)"
    # A root without its stamp is the remains of an interrupted run: start again.
    rm -f "$stamp_base" "$stamp_pkgs"
    safe_remove "$base"
    safe_remove "$base.tmp"
    safe_remove "$root"
    mkdir -p "$(dirname "$base")"
    # debootstrap mounts /proc and /sys in the target itself: in a private namespace those
    # go away with it even when it is killed.
    local ns=()
    unshare --mount --propagation private true 2>/dev/null && ns=(unshare --mount --propagation private)
    "${ns[@]}" debootstrap --variant=minbase --keyring="$keyring" "$suite" "$base.tmp" "$mirror" \
        >"$(dirname "$base")/debootstrap.log" 2>&1 || {
        tail -n 30 "$(dirname "$base")/debootstrap.log" >&2
        die "debootstrap failed (full log: $(dirname "$base")/debootstrap.log)"
    }
    write_sources "$base.tmp"
    chroot_run "$base.tmp" -- /bin/sh -c 'apt-get update -qq && apt-get clean'
    mv "$base.tmp" "$base"
    touch "$stamp_base"
    log "bare root ready in $((SECONDS - t0)) s"
}

ensure_root() {
    # Exclusive while checking or changing the root, then shared while using it, so
    # parallel runs (CI and a developer, two checkouts) share a root and `clean` waits.
    if ! flock -n -x 9; then
        log "waiting for another run that is preparing $root"
        flock -x 9
    fi
    ensure_base
    local want have=""
    want="$(packages_hash)"
    [[ -r "$stamp_pkgs" ]] && have="$(cat "$stamp_pkgs")"
    if [[ -x "$root/bin/bash" && "$have" == "$want" ]]; then
        log "reusing $root (package list $want)"
        flock -s 9
        return 0
    fi
    local t0=$SECONDS
    rm -f "$stamp_pkgs"
    local attempt
    for attempt in 1 2; do
        if [[ ! -x "$root/bin/bash" ]]; then
            log "copying the bare root to $root"
            safe_remove "$root"
            safe_remove "$root.tmp"
            cp -a "$base" "$root.tmp"
            mv "$root.tmp" "$root"
        fi
        log "installing the build packages into $root (setup.sh --deps-only, log: $root.install.log)"
        # dpkg may have been interrupted last time: finish its work before installing more.
        if chroot_run "$root" --checkout -- /bin/sh -c \
            'dpkg --configure -a && apt-get update -qq && apt-get -y -qq -f install &&
             scripts/setup.sh --deps-only && apt-get clean' >"$root.install.log" 2>&1; then
            break
        fi
        tail -n 30 "$root.install.log" >&2
        ((attempt == 1)) || die "could not install the build packages into $root"
        log "the cached root looks broken; starting again from the bare root"
        safe_remove "$root"
    done
    printf '%s\n' "$want" >"$stamp_pkgs"
    flock -s 9
    log "build root ready in $((SECONDS - t0)) s"
}

# --- commands -----------------------------------------------------------------------------
mkdir -p "$(dirname "$root")"
exec 9>"$root.lock"
case "$command" in
    ensure)
        t0=$SECONDS
        ensure_root
        log "root ready after $((SECONDS - t0)) s"
        ;;
    test)
        ensure_root
        chroot_run "$root" --checkout -- scripts/test.sh "$@"
        ;;
    run)
        [[ $# -ge 1 ]] || die "run: which command?"
        ensure_root
        chroot_run "$root" --checkout -- "$@"
        ;;
    shell)
        ensure_root
        chroot_run "$root" --checkout -- /bin/bash -i
        ;;
    package-test)
        ensure_root
        # Build the package in the build root, then install it where nothing else is: a
        # copy of the bare debootstrap root, so missing Depends show up as failures.
        t0=$SECONDS
        # shellcheck disable=SC2016 # expanded inside the root
        chroot_run "$root" --checkout -- /bin/sh -c \
            'scripts/setup.sh --no-launch >/dev/null && rm -f "$KILN_BUILD_DIR"/kiln_*.deb &&
             cd "$KILN_BUILD_DIR" && cpack -G DEB >/dev/null'
        deb="$(find "$source_dir/build-trixie" -maxdepth 1 -name 'kiln_*.deb' | head -n 1)"
        [[ -n "$deb" ]] || die "no .deb was built in build-trixie/"
        log "built ${deb#"$source_dir"/} in $((SECONDS - t0)) s"
        t0=$SECONDS
        for d in "$root"-pkgtest.*; do   # left by runs that were killed
            if [[ -d "$d" ]] && ! kill -0 "${d##*.}" 2>/dev/null; then safe_remove "$d"; fi
        done
        scratch="$root-pkgtest.$$"
        safe_remove "$scratch"
        cp -a "$base" "$scratch"
        trap 'unmount_all; safe_remove "$scratch"' EXIT
        cp "$deb" "$source_dir/examples/hello-world.yaml" "$scratch/root/"
        chroot_run "$scratch" -- /bin/sh -c '
            set -e
            cd /root
            apt-get update -qq
            apt-get install -y -qq /root/kiln_*.deb >/dev/null
            dpkg -s kiln | sed -n "s/^Depends: /kiln package depends on: /p"
            kiln --version
            kiln validate hello-world.yaml && echo "kiln validate: example OK"
            test -x /usr/bin/kiln-studio
            test -f /usr/share/applications/dev.kiln.Studio.desktop'
        log "clean root, install and checks in $((SECONDS - t0)) s"
        ;;
    clean)
        flock -x 9
        safe_remove "$root"
        safe_remove "$root.tmp"
        for d in "$root"-pkgtest.*; do safe_remove "$d"; done
        safe_remove "$base"
        safe_remove "$base.tmp"
        rm -f "$stamp_base" "$stamp_pkgs" "$root.install.log" "$(dirname "$base")/debootstrap.log"
        log "removed $root and $base"
        ;;
esac
