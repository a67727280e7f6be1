#include "exprissue.h"

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

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

QString closestName(QStringView word, const std::vector<QString> &candidates)
{
    const QString lower = word.toString().toLower();
    const int limit = std::max(2, int(word.size() / 3));
    QString best;
    int bestDistance = limit + 1;
    for (const QString &c : candidates) {
        const int d = editDistance(lower, c.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

} // namespace Kiln
