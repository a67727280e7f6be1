// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "fix/textedit.h"

#include <algorithm>
#include <tuple>

namespace Kiln {
namespace {

bool before(Mark a, Mark b)
{
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
}

} // namespace

SourceLines::SourceLines(const QString &text) : m_text(text)
{
    m_starts.push_back(0);
    // indexOf is vectorised: this runs on every edit of a large document.
    for (qsizetype i = m_text.indexOf(u'\n'); i >= 0; i = m_text.indexOf(u'\n', i + 1))
        m_starts.push_back(i + 1);
}

QStringView SourceLines::lineView(int line) const
{
    if (line < 1 || line > lineCount())
        return {};
    const qsizetype start = m_starts[size_t(line - 1)];
    qsizetype end = line < lineCount() ? m_starts[size_t(line)] - 1 : m_text.size();
    if (end > start && m_text.at(end - 1) == u'\r')
        --end;
    return QStringView(m_text).mid(start, end - start);
}

qsizetype SourceLines::offsetOf(Mark mark) const
{
    if (mark.line < 1)
        return 0;
    if (mark.line > lineCount())
        return m_text.size();
    return m_starts[size_t(mark.line - 1)] + utf16OfColumn(mark.line, mark.column);
}

Mark SourceLines::markOf(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    const int line = int(it - m_starts.begin());
    const qsizetype start = m_starts[size_t(line - 1)];
    int column = 1;
    for (qsizetype i = start; i < offset; ++i) {
        if (!m_text.at(i).isLowSurrogate())
            ++column;
    }
    return Mark{line, column};
}

int SourceLines::columnOfUtf16(int line, int character) const
{
    const QStringView text = lineView(line);
    int column = 1;
    for (int i = 0; i < character && i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++column;
    }
    return column;
}

int SourceLines::utf16OfColumn(int line, int column) const
{
    const QStringView text = lineView(line);
    int offset = 0;
    for (int cp = 1; cp < column && offset < text.size(); ++cp)
        offset += text.at(offset).isHighSurrogate() && offset + 1 < text.size() ? 2 : 1;
    return offset;
}

QString applyEdits(const QString &text, std::vector<TextEdit> edits)
{
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return before(b.start, a.start); // last first
    });
    const SourceLines lines(text);
    QString out = text;
    for (const TextEdit &e : edits) {
        const qsizetype start = lines.offsetOf(e.start);
        const qsizetype end = std::max(start, lines.offsetOf(e.end));
        out.replace(start, end - start, e.newText);
    }
    return out;
}

bool overlaps(const TextEdit &a, const TextEdit &b)
{
    if (!before(a.start, b.start) && !before(b.start, a.start))
        return true; // same start (two inserts at one place conflict too)
    return before(a.start, b.end) && before(b.start, a.end);
}

} // namespace Kiln
