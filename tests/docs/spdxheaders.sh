#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Every source file and script of the project names its licence (SPDX, MIT: see
# LICENSE) in its first lines. Test data (tests/data, the corpus of documents by
# others with their own licences) and npm modules are not ours and are skipped.
# Usage: spdxheaders.sh SOURCE_DIR
set -euo pipefail
cd "$1"
missing=0
while IFS= read -r -d '' file; do
    if ! head -n 4 "$file" | grep -q 'SPDX-License-Identifier: MIT'; then
        echo "no SPDX licence line in the first 4 lines: $file"
        missing=$((missing + 1))
    fi
done < <(find app core widgets tests bench fuzz scripts editors installer .ci CMakeLists.txt \
    \( -path tests/data -o -name node_modules -o -name out \) -prune -o \
    -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.sh' -o -name '*.py' -o -name '*.js' \
    -o -name '*.cmake' -o -name CMakeLists.txt -o -path .ci/run \) -print0)
if ((missing)); then
    echo "$missing file(s) without an SPDX licence line (add the two lines other files start with)"
    exit 1
fi
echo "every source file has its SPDX licence line"
