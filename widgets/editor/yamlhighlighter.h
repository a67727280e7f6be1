// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Lexical YAML colouring for the editor when KSyntaxHighlighting is not
// available (Debian 12): comments, keys, strings, numbers and booleans, list
// dashes, block scalars, anchors/aliases/tags and document markers, with
// `{{ expressions }}` overlaid. Line based, with one bit of state: whether the
// line is inside a block scalar (`|`/`>`) and under which indentation.
// Only colours: diagnostics are the editor's ExtraSelections, not formats here.
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Kiln {

class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Kind {
        Comment,
        Key,
        String,
        Literal, // numbers, booleans, null
        Dash,
        BlockIndicator,
        Anchor, // anchors, aliases and tags
        DocumentMarker,
        Expression,
        KindCount
    };

    explicit YamlHighlighter(QTextDocument *document);

    // Picks the dark or light colour set and re-highlights.
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_dark; }
    QTextCharFormat formatFor(Kind kind) const { return m_formats[int(kind)]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightValue(const QString &text, int pos, int indent);
    void apply(int start, int length, Kind kind) { setFormat(start, length, formatFor(kind)); }

    bool m_dark = false;
    QTextCharFormat m_formats[int(Kind::KindCount)];
};

} // namespace Kiln
