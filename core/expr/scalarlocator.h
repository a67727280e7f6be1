// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Maps an offset inside a scalar's parsed text (YamlNode::text) back to the
// line and column in the document source where that character was written, so
// that a bad `{{ }}` on the third line of a `|` block, or after an escape in a
// double-quoted string, is reported where it is. Works for plain, single-
// and double-quoted, literal and folded scalars by walking the source text
// alongside the parsed text; when the two cannot be aligned it falls back to
// the scalar's own position rather than guess.
#pragma once

#include "document/yamlnode.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace Kiln {

class ScalarLocator
{
public:
    // `source` is the document text as loaded (Document::source()).
    explicit ScalarLocator(const QByteArray &source);

    // Position of `scalar.text[offset]` (UTF-16 offset; `offset == text.size()`
    // is the end). Returns scalar.mark when the scalar cannot be aligned.
    Mark markAt(const YamlNode &scalar, qsizetype offset) const;

    // Code points between two offsets of the scalar's text (for underline lengths).
    static int codePoints(QStringView text);

private:
    qsizetype sourceIndex(Mark mark) const;
    Mark markOfIndex(qsizetype index) const;

    QString m_text;
    std::vector<qsizetype> m_lineStarts; // UTF-16 offsets in m_text
};

} // namespace Kiln
