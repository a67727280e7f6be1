// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "scalarlocator.h"

#include <QStringConverter>
#include <QStringDecoder>
#include <algorithm>

namespace Kiln {
namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

enum class Style { Plain, Single, Double, Block };

} // namespace

ScalarLocator::ScalarLocator(const QByteArray &source)
{
    const auto encoding = QStringConverter::encodingForData(source);
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8));
    m_text = decoder.decode(source); // drops a byte order mark, like the parser
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == u'\n')
            m_lineStarts.push_back(i + 1);
    }
}

int ScalarLocator::codePoints(QStringView text)
{
    int n = 0;
    for (QChar c : text) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}

qsizetype ScalarLocator::sourceIndex(Mark mark) const
{
    if (mark.line < 1 || mark.column < 1 || size_t(mark.line) > m_lineStarts.size())
        return -1;
    qsizetype i = m_lineStarts[size_t(mark.line - 1)];
    for (int col = 1; col < mark.column; ++col) {
        if (i >= m_text.size() || m_text.at(i) == u'\n')
            return -1;
        i += m_text.at(i).isHighSurrogate() ? 2 : 1;
    }
    return i;
}

Mark ScalarLocator::markOfIndex(qsizetype index) const
{
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), index);
    const int line = int(it - m_lineStarts.begin());
    const qsizetype start = m_lineStarts[size_t(line - 1)];
    return Mark{line, 1 + codePoints(QStringView(m_text).mid(start, index - start))};
}

Mark ScalarLocator::markAt(const YamlNode &scalar, qsizetype offset) const
{
    const QString &text = scalar.text;
    qsizetype p = sourceIndex(scalar.mark);
    if (p < 0 || offset < 0 || offset > text.size())
        return scalar.mark;
    const QStringView src(m_text);
    const qsizetype n = src.size();

    // Skip node properties (`!!str`, `&anchor`) if the mark points at them.
    while (p < n && (src[p] == u'!' || src[p] == u'&')) {
        while (p < n && !isBlank(src[p]))
            ++p;
        while (p < n && (src[p] == u' ' || src[p] == u'\t'))
            ++p;
    }
    if (p >= n)
        return scalar.mark;

    Style style = Style::Plain;
    if (src[p] == u'"') {
        style = Style::Double;
        ++p;
    } else if (src[p] == u'\'') {
        style = Style::Single;
        ++p;
    } else if (!scalar.plain && (src[p] == u'|' || src[p] == u'>')) {
        style = Style::Block;
        while (p < n && src[p] != u'\n') // the header: indicators and a comment
            ++p;
    }

    // Walk source and parsed text together. White space in the source that
    // the parser folded or dropped (indentation, line breaks) is skipped; any
    // other mismatch means we do not understand this scalar: give up.
    qsizetype i = 0;
    while (i < offset) {
        if (p >= n)
            return scalar.mark;
        const QChar s = src[p];
        const QChar t = text.at(i);
        if (style == Style::Double && s == u'\\' && p + 1 < n) {
            const QChar e = src[p + 1];
            if (e == u'\n' || e == u'\r') { // escaped line break: joins the lines
                p += 2;
                while (p < n && isBlank(src[p]))
                    ++p;
                continue;
            }
            const qsizetype len = e == u'x' ? 4 : e == u'u' ? 6 : e == u'U' ? 10 : 2;
            i += (e == u'U' && t.isHighSurrogate()) ? 2 : 1;
            p += len;
            continue;
        }
        if (style == Style::Single && s == u'\'') {
            if (p + 1 < n && src[p + 1] == u'\'' && t == u'\'') {
                ++i;
                p += 2;
                continue;
            }
            return scalar.mark;
        }
        if (s == t || (isBlank(s) && isBlank(t))) {
            ++i;
            ++p;
            continue;
        }
        if (isBlank(s)) {
            ++p;
            continue;
        }
        return scalar.mark;
    }
    if (i < text.size() && !isBlank(text.at(i))) {
        while (p < n && isBlank(src[p]))
            ++p;
    }
    return markOfIndex(std::min(p, n));
}

} // namespace Kiln
