// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "fix/unifieddiff.h"

#include <QStringList>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

enum class Op { Keep, Remove, Add };

struct Line
{
    Op op;
    qsizetype oldIndex; // index into the old lines (Keep/Remove)
    qsizetype newIndex; // index into the new lines (Keep/Add)
};

// Myers' O(ND) shortest edit script, kept simple: the V array of every round is
// stored to walk the path back. Fixes change a few lines, so D stays small.
std::vector<Line> editScript(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    const qsizetype max = n + m;
    std::vector<qsizetype> v(size_t(2 * max + 2), 0);
    std::vector<std::vector<qsizetype>> trace;
    const auto at = [&](qsizetype k) -> qsizetype & { return v[size_t(k + max + 1)]; };
    for (qsizetype d = 0; d <= max; ++d) {
        trace.push_back(v);
        bool done = false;
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x =
                (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            at(k) = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
        if (done)
            break;
    }
    // Walk back from (n, m) through the stored rounds.
    std::vector<Line> script;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = qsizetype(trace.size()) - 1; d >= 0; --d) {
        const std::vector<qsizetype> &round = trace[size_t(d)];
        const auto was = [&](qsizetype k) { return round[size_t(k + max + 1)]; };
        const qsizetype k = x - y;
        const qsizetype prevK = (k == -d || (k != d && was(k - 1) < was(k + 1))) ? k + 1 : k - 1;
        const qsizetype prevX = d == 0 ? 0 : was(prevK);
        const qsizetype prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            script.push_back({Op::Keep, x, y});
        }
        if (d > 0) {
            if (x == prevX)
                script.push_back({Op::Add, x, --y});
            else
                script.push_back({Op::Remove, --x, y});
        }
    }
    std::reverse(script.begin(), script.end());
    return script;
}

// The lines of `text`. A last line without a line break carries diff's marker,
// so that it differs from the same line with a break and prints as diff prints it.
QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (text.isEmpty() || text.endsWith(u'\n'))
        lines.removeLast(); // the empty piece after the last '\n'
    else
        lines.last() += u"\n\\ No newline at end of file"_s;
    return lines;
}

QString range(qsizetype start, qsizetype count)
{
    // diff's convention: "l,s", "l" when s is 1, and the line before for an empty range.
    if (count == 1)
        return QString::number(start + 1);
    return u"%1,%2"_s.arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context)
{
    if (oldText == newText)
        return {};
    const QStringList a = linesOf(oldText);
    const QStringList b = linesOf(newText);
    const std::vector<Line> script = editScript(a, b);

    QString out = u"--- "_s + oldName + u"\n+++ "_s + newName + u'\n';
    size_t i = 0;
    while (i < script.size()) {
        if (script[i].op == Op::Keep) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after
        // the last change that is at most 2 * context lines from the previous one.
        size_t start = i >= size_t(context) ? i - size_t(context) : 0;
        while (start < i && script[start].op != Op::Keep)
            ++start;
        size_t end = i;
        size_t keeps = 0;
        for (size_t j = i; j < script.size(); ++j) {
            if (script[j].op == Op::Keep) {
                if (++keeps > size_t(2 * context))
                    break;
            } else {
                keeps = 0;
                end = j;
            }
        }
        end = std::min(script.size() - 1, end + size_t(context));
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        QString body;
        for (size_t j = start; j <= end; ++j) {
            const Line &l = script[j];
            if (l.op != Op::Add)
                ++oldCount;
            if (l.op != Op::Remove)
                ++newCount;
            const QString &text = l.op == Op::Add ? b[l.newIndex] : a[l.oldIndex];
            body += (l.op == Op::Keep ? u' ' : l.op == Op::Add ? u'+' : u'-') + text + u'\n';
        }
        const qsizetype oldStart = script[start].oldIndex;
        const qsizetype newStart = script[start].newIndex;
        out += u"@@ -"_s + range(oldStart, oldCount) + u" +"_s + range(newStart, newCount) +
               u" @@\n"_s + body;
        i = end + 1;
    }
    return out;
}

} // namespace Kiln
