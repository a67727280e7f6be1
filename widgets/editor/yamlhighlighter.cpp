// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "editor/yamlhighlighter.h"

#include "editor/expressionspans.h"

#include <QRegularExpression>

namespace Kiln {

namespace {

int leadingSpaces(const QString &text)
{
    int n = 0;
    while (n < text.size() && text.at(n) == u' ')
        ++n;
    return n;
}

bool isSpaceAt(const QString &text, int pos)
{
    return pos >= text.size() || text.at(pos).isSpace();
}

// Index just past the closing quote of the string opening at `pos` (or the end of the line).
int quotedEnd(const QString &text, int pos)
{
    const QChar quote = text.at(pos);
    int i = pos + 1;
    while (i < text.size()) {
        if (quote == u'"' && text.at(i) == u'\\') {
            i += 2;
            continue;
        }
        if (text.at(i) == quote) {
            if (quote == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'') {
                i += 2; // '' is an escaped quote
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return int(text.size());
}

// If a mapping key starts at `pos`, the index of its ':' indicator, else -1.
int keyColon(const QString &text, int pos)
{
    if (pos >= text.size())
        return -1;
    const QChar first = text.at(pos);
    if (first == u'#' || first == u'[' || first == u'{' || first == u'|' || first == u'>')
        return -1;
    int i = pos;
    if (first == u'"' || first == u'\'') {
        i = quotedEnd(text, pos);
        while (i < text.size() && text.at(i) == u' ')
            ++i;
        return (i < text.size() && text.at(i) == u':' && isSpaceAt(text, i + 1)) ? i : -1;
    }
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'#' && i > pos && text.at(i - 1).isSpace())
            return -1;
        if (c == u':' && isSpaceAt(text, i + 1))
            return i;
    }
    return -1;
}

bool isLiteral(const QString &word)
{
    static const QRegularExpression literal(QStringLiteral(
        "^(?:[-+]?(?:\\d[\\d_]*)(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|"
        "[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|"
        "null|Null|NULL|~)$"));
    return literal.match(word).hasMatch();
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setDarkTheme(false);
}

void YamlHighlighter::setDarkTheme(bool dark)
{
    m_dark = dark;
    // Colours follow the spirit of Breeze Light / Breeze Dark, KSyntaxHighlighting's
    // defaults, so the editor looks the same whichever highlighter is built in.
    auto make = [](const char *colour, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(QColor(QLatin1String(colour)));
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        return f;
    };
    auto set = [this](Kind kind, const QTextCharFormat &f) { m_formats[int(kind)] = f; };
    if (dark) {
        set(Kind::Comment, make("#7a7c7d", false, true));
        set(Kind::Key, make("#3daee9"));
        set(Kind::String, make("#f44f4f"));
        set(Kind::Literal, make("#f67400"));
        set(Kind::Dash, make("#fdbc4b", true));
        set(Kind::BlockIndicator, make("#fdbc4b", true));
        set(Kind::Anchor, make("#2980b9", false, true));
        set(Kind::DocumentMarker, make("#27ae60", true));
        QTextCharFormat expr = make("#c678dd", true);
        expr.setBackground(QColor(0xc6, 0x78, 0xdd, 40));
        set(Kind::Expression, expr);
    } else {
        set(Kind::Comment, make("#898887", false, true));
        set(Kind::Key, make("#0057ae"));
        set(Kind::String, make("#bf0303"));
        set(Kind::Literal, make("#b08000"));
        set(Kind::Dash, make("#ca60ca", true));
        set(Kind::BlockIndicator, make("#ca60ca", true));
        set(Kind::Anchor, make("#006e28", false, true));
        set(Kind::DocumentMarker, make("#006e28", true));
        QTextCharFormat expr = make("#8e24aa", true);
        expr.setBackground(QColor(0x8e, 0x24, 0xaa, 28));
        set(Kind::Expression, expr);
    }
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    const int indent = leadingSpaces(text);
    // State >= 0: inside a block scalar whose parent line had that indentation.
    const int blockParent = previousBlockState();
    setCurrentBlockState(-1);

    bool done = false;
    if (blockParent >= 0 && (text.trimmed().isEmpty() || indent > blockParent)) {
        apply(0, int(text.size()), Kind::String);
        setCurrentBlockState(blockParent);
        done = true;
    }

    if (!done) {
        int pos = indent;
        if (indent == 0 &&
            (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("..."))) &&
            isSpaceAt(text, 3)) {
            apply(0, 3, Kind::DocumentMarker);
            pos = 3;
            while (pos < text.size() && text.at(pos).isSpace())
                ++pos;
        }
        // `- - key: value`: any number of sequence dashes before the content.
        while (pos < text.size() && text.at(pos) == u'-' && isSpaceAt(text, pos + 1)) {
            apply(pos, 1, Kind::Dash);
            ++pos;
            while (pos < text.size() && text.at(pos) == u' ')
                ++pos;
        }
        const int colon = keyColon(text, pos);
        if (colon >= 0) {
            apply(pos, colon - pos, Kind::Key);
            pos = colon + 1;
        }
        highlightValue(text, pos, indent);
    }

    for (const TextSpan &span : expressionSpans(text)) {
        if (QSyntaxHighlighter::format(span.start) == formatFor(Kind::Comment))
            continue;
        apply(span.start, span.length, Kind::Expression);
    }
}

void YamlHighlighter::highlightValue(const QString &text, int pos, int indent)
{
    const int n = int(text.size());
    while (pos < n) {
        const QChar c = text.at(pos);
        if (c.isSpace()) {
            ++pos;
            continue;
        }
        if (c == u'#' && (pos == 0 || text.at(pos - 1).isSpace())) {
            apply(pos, n - pos, Kind::Comment);
            return;
        }
        if (c == u'&' || c == u'*' || c == u'!') {
            int end = pos;
            while (end < n && !text.at(end).isSpace())
                ++end;
            apply(pos, end - pos, Kind::Anchor);
            pos = end;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            const int end = quotedEnd(text, pos);
            apply(pos, end - pos, Kind::String);
            pos = end;
            continue;
        }
        if (c == u'|' || c == u'>') {
            int end = pos + 1;
            while (end < n &&
                   (text.at(end) == u'+' || text.at(end) == u'-' || text.at(end).isDigit()))
                ++end;
            int rest = end;
            while (rest < n && text.at(rest).isSpace())
                ++rest;
            if (rest == n || text.at(rest) == u'#') {
                apply(pos, end - pos, Kind::BlockIndicator);
                setCurrentBlockState(indent);
                pos = end;
                continue;
            }
        }
        // A plain scalar runs to the end of the line or to a comment.
        int end = pos;
        while (end < n && !(text.at(end) == u'#' && text.at(end - 1).isSpace()))
            ++end;
        const QString word = text.mid(pos, end - pos).trimmed();
        if (isLiteral(word))
            apply(pos, int(word.size()), Kind::Literal);
        pos = end;
    }
}

} // namespace Kiln
