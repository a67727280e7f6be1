// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Text edits on a document's source, positioned like diagnostics: 1-based
// lines and 1-based columns counted in code points. The quick fixes produce
// them; `kiln validate --fix` applies them, the language server converts them
// to LSP's 0-based UTF-16 positions with SourceLines.
#pragma once

#include "document/yamlnode.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace Kiln {

// Replace the text from `start` up to (not including) `end` with `newText`;
// start == end inserts.
struct TextEdit
{
    Mark start;
    Mark end;
    QString newText;

    bool operator==(const TextEdit &other) const
    {
        return start.line == other.start.line && start.column == other.start.column &&
               end.line == other.end.line && end.column == other.end.column &&
               newText == other.newText;
    }
};

// A text split into lines, with the conversions between code-point columns,
// UTF-16 offsets and absolute offsets that edits and LSP positions need.
class SourceLines
{
public:
    explicit SourceLines(const QString &text);

    const QString &text() const { return m_text; }
    int lineCount() const { return int(m_starts.size()); }
    // Line `line` (1-based) without its line break ("\r\n" or "\n"); empty when out of range.
    QString line(int line) const { return lineView(line).toString(); }
    QStringView lineView(int line) const;
    // Absolute UTF-16 offset of `mark`, clamped to the text and to its line.
    qsizetype offsetOf(Mark mark) const;
    // Mark of an absolute UTF-16 offset (clamped).
    Mark markOf(qsizetype offset) const;
    // 1-based code-point column of 0-based UTF-16 `character` on `line` (LSP positions).
    int columnOfUtf16(int line, int character) const;
    // 0-based UTF-16 offset of 1-based code-point `column` on `line`.
    int utf16OfColumn(int line, int column) const;

private:
    QString m_text;
    std::vector<qsizetype> m_starts; // offset of each line
};

// `text` with `edits` applied. Edits must not overlap; they are applied from the
// last to the first, so each one's positions refer to the original text.
QString applyEdits(const QString &text, std::vector<TextEdit> edits);

// Whether two edits touch the same text (or insert at the same place).
bool overlaps(const TextEdit &a, const TextEdit &b);

} // namespace Kiln
