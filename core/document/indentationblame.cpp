// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "document/indentationblame.h"

#include "i18n/tr.h"

#include <QList>
#include <limits>

namespace Kiln {

namespace {

struct Line
{
    int number = 0;  // 1-based
    int indent = -1; // columns before the first character; -1: blank or a comment
    QString text;    // without the indentation

    bool opensBlock() const
    {
        // `key:` or `- key:` with nothing after the colon but a comment.
        QString t = text;
        if (const qsizetype hash = t.indexOf(u" #"); hash >= 0)
            t.truncate(hash);
        return t.trimmed().endsWith(u':');
    }
    // Where the keys of this line start (`- key:` is an item whose key is 2 further).
    int keyIndent() const { return text.startsWith(u"- ") ? indent + 2 : indent; }
    // `key: …` or `- key: …` (not a plain list item or scalar).
    bool hasKey() const { return text.contains(u": ") || opensBlock(); }
    // The key's name, without an item's `- `.
    QString key() const { return text.mid(keyIndent() - indent).section(u':', 0, 0); }
};

QList<Line> linesUpTo(const QByteArray &utf8, int last)
{
    QList<Line> lines;
    const QList<QByteArray> raw = utf8.split('\n');
    for (int i = 0; i < raw.size() && i < last; ++i) {
        Line line;
        line.number = i + 1;
        const QString text = QString::fromUtf8(raw.at(i)).remove(u'\r');
        int spaces = 0;
        while (spaces < text.size() && text.at(spaces) == u' ')
            ++spaces;
        line.text = text.mid(spaces);
        if (!line.text.isEmpty() && !line.text.startsWith(u'#'))
            line.indent = spaces;
        lines << line;
    }
    return lines;
}

// The previous significant line before index `i` indented less than `indent`.
const Line *parentOf(const QList<Line> &lines, qsizetype i, int indent)
{
    for (qsizetype j = i - 1; j >= 0; --j) {
        if (lines.at(j).indent >= 0 && lines.at(j).keyIndent() < indent)
            return &lines.at(j);
    }
    return nullptr;
}

// The document's indentation step: how far the first nested line sits under its parent.
int indentationStep(const QList<Line> &lines)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.indent <= 0)
            continue;
        if (const Line *parent = parentOf(lines, i, line.indent)) {
            const int step = line.indent - parent->keyIndent();
            return step > 0 ? step : 2;
        }
    }
    return 2;
}

} // namespace

std::optional<IndentationBlame> blameIndentation(const QByteArray &utf8, int errorLine)
{
    const QList<Line> lines = linesUpTo(utf8, errorLine);
    if (lines.size() < 3 || lines.last().indent < 0)
        return std::nullopt;
    const Line &stopped = lines.last();
    qsizetype opener = lines.size() - 2;
    while (opener >= 0 && lines.at(opener).indent < 0)
        --opener;
    if (opener < 0 || !lines.at(opener).opensBlock())
        return std::nullopt;
    const Line &key = lines.at(opener);
    const Line *parent = parentOf(lines, opener, key.indent);
    if (!parent || stopped.indent >= key.keyIndent() || stopped.indent <= parent->keyIndent())
        return std::nullopt;
    const int step = indentationStep(lines);
    const int keyDepth = key.indent - parent->keyIndent();
    const int stoppedDepth = stopped.indent - parent->keyIndent();
    if (stoppedDepth != step || keyDepth == step)
        return std::nullopt;
    const QString name = key.key();
    const QString parentName = parent->key();
    return IndentationBlame{
        Mark{key.number, key.indent + 1},
        ValidatorTr::tr("'%1' is indented %2 spaces under '%3' (line %4) but the lines of its "
                        "block only %5, so line %6 fits under nothing: indent it by %5 like them")
            .arg(name)
            .arg(keyDepth)
            .arg(parentName)
            .arg(parent->number)
            .arg(step)
            .arg(stopped.number),
        parent->keyIndent() + step};
}

std::optional<IndentationBlame> blameDeeperKey(const QByteArray &utf8, int errorLine)
{
    const QList<Line> lines = linesUpTo(utf8, errorLine);
    if (lines.size() < 2 || lines.last().indent < 0)
        return std::nullopt;
    const Line &key = lines.last();
    qsizetype above = lines.size() - 2;
    while (above >= 0 && lines.at(above).indent < 0)
        --above;
    if (above < 0 || lines.at(above).opensBlock() || key.indent <= lines.at(above).keyIndent() ||
        key.text.startsWith(u"- "))
        return std::nullopt;
    const Line &sibling = lines.at(above);
    if (!sibling.hasKey())
        return std::nullopt; // `- x` then `  y:`: no key to align with
    return IndentationBlame{
        Mark{key.number, key.indent + 1},
        ValidatorTr::tr("'%1' is indented %2 deeper than '%3' on line %4, which already has a "
                        "value: align it with '%3'")
            .arg(key.key())
            .arg(key.indent - sibling.keyIndent())
            .arg(sibling.key())
            .arg(sibling.number),
        sibling.keyIndent()};
}

std::optional<IndentationBlame> indentationBlameOn(const QByteArray &utf8, int line)
{
    // A deeper key is blamed where the parser stopped; a misindented block
    // opener one significant line before.
    if (auto blame = blameDeeperKey(utf8, line); blame && blame->mark.line == line)
        return blame;
    const QList<Line> lines = linesUpTo(utf8, std::numeric_limits<int>::max());
    for (qsizetype i = line; i < lines.size(); ++i) {
        if (lines.at(i).indent < 0)
            continue;
        if (auto blame = blameIndentation(utf8, int(i) + 1); blame && blame->mark.line == line)
            return blame;
        break;
    }
    return std::nullopt;
}

} // namespace Kiln
