// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exprissue.h"

#include "diagnostics/editdistance.h"

#include <algorithm>

namespace Kiln {

ExprIssue issueAt(const char *code, const YamlNode &at, QString message, Severity severity)
{
    int length = 0;
    if (at.isScalar()) {
        length = int(std::count_if(at.text.begin(), at.text.end(),
                                   [](QChar c) { return !c.isLowSurrogate(); }));
    }
    return ExprIssue{severity, code, at.mark, length, std::move(message)};
}

QString closestName(QStringView word, const std::vector<QString> &candidates)
{
    const int limit = std::max(2, int(word.size() / 3));
    QString best;
    int bestDistance = limit + 1;
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

} // namespace Kiln
