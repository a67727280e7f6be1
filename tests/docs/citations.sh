#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Comments cite the behaviour they rely on as `behaviour-reference §N.M` (or a bare §N.M):
# every such section must exist in docs/behaviour-reference.md, and nothing may cite the
# awstoe-reference document, which is not part of the repository.
#   citations.sh SOURCE_ROOT
set -euo pipefail
root=${1:?usage: citations.sh SOURCE_ROOT}
reference=$root/docs/behaviour-reference.md
folders=(app core widgets tests scripts bench fuzz installer)
search() { # grep over the project's own sources (not test data, not npm packages)
    (cd "$root" && grep -rnE "$@" --include='*.cpp' --include='*.h' --include='*.sh' \
        --include='*.py' --include='CMakeLists.txt' --exclude-dir=data --exclude-dir=node_modules \
        --exclude=citations.sh "${folders[@]}") || true
}
status=0
stale=$(search 'awstoe-reference')
if [[ -n $stale ]]; then
    echo "cites awstoe-reference, which the repository does not have:"
    echo "$stale"
    status=1
fi
# Every section number written as §N or §N.M, and the headings "## N " / "### N.M " that exist.
sections=$(grep -oE '^#{2,3} [0-9]+(\.[0-9]+)? ' "$reference" | awk '{print $2}' | sort -u)
checked=0
while IFS= read -r hit; do
    [[ -z $hit ]] && continue
    where=${hit%%:§*}
    number=${hit##*§}
    number=${number%.}
    checked=$((checked + 1))
    if ! grep -qxF "$number" <<<"$sections"; then
        echo "$where cites §$number, which docs/behaviour-reference.md does not have"
        status=1
    fi
done < <(search -o '§[0-9]+(\.[0-9]+)?' | sed -E 's/^([^:]+:[0-9]+):/\1:/')
echo "$checked citations checked against $(wc -l <<<"$sections") sections"
exit $status
