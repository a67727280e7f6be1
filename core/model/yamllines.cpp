// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "model/yamllines.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Kiln::YamlLines {

LineShape shapeOf(const QString &line)
{
    LineShape s;
    int i = 0;
    while (i < line.size() && line.at(i) == u' ')
        ++i;
    if (i == line.size() || line.at(i) == u'#')
        return s;
    s.blank = false;
    while (i + 1 <= line.size() - 1 && line.at(i) == u'-' && line.at(i + 1) == u' ') {
        if (s.dashIndent < 0)
            s.dashIndent = i;
        i += 2;
        while (i < line.size() && line.at(i) == u' ')
            ++i;
    }
    if (i == line.size() - 1 && line.at(i) == u'-' && s.dashIndent < 0)
        s.dashIndent = i; // a lone `-` at the end: an item being started
    s.keyIndent = i;
    static const QRegularExpression keyRe(u"^([A-Za-z_][A-Za-z0-9_.-]*)\\s*:(?:\\s+(.*))?$"_s);
    const QRegularExpressionMatch m = keyRe.match(line.mid(i));
    if (m.hasMatch()) {
        s.key = m.captured(1);
        s.value = m.captured(2).trimmed();
    }
    return s;
}

// The keys enclosing a position whose content starts at column `indent` on
// line `line`, outermost first, with the line of the innermost parent.
QStringList parentsOf(const QStringList &lines, int line, int indent, int *innermostLine)
{
    QStringList parents;
    int target = indent;
    if (innermostLine)
        *innermostLine = -1;
    for (int i = line - 1; i >= 0 && target > 0; --i) {
        const LineShape s = shapeOf(lines.at(i));
        if (s.blank || s.key.isEmpty())
            continue;
        if (s.keyIndent < target && (s.value.isEmpty() || s.value.startsWith(u'#'))) {
            parents.prepend(s.key);
            if (innermostLine && *innermostLine < 0)
                *innermostLine = i;
            target = s.keyIndent;
        } else if (s.keyIndent < target) {
            // A `key: value` line less indented than us cannot enclose us, but
            // whatever encloses it encloses us too.
            target = s.keyIndent;
        }
    }
    return parents;
}

// The `action:` of the step mapping whose keys start at `keyIndent`, searching
// around line `from` (a key of that mapping).
QString stepActionAround(const QStringList &lines, int from, int keyIndent)
{
    for (int i = from; i >= 0; --i) {
        const LineShape s = shapeOf(lines.at(i));
        if (s.blank)
            continue;
        if (s.keyIndent < keyIndent)
            break;
        if (s.keyIndent == keyIndent && s.key == u"action")
            return s.value.section(u'#', 0, 0).trimmed();
        if (s.keyIndent == keyIndent && s.dashIndent >= 0)
            break; // the first key of this item
    }
    for (int i = from + 1; i < lines.size(); ++i) {
        const LineShape s = shapeOf(lines.at(i));
        if (s.blank)
            continue;
        if (s.keyIndent < keyIndent || (s.dashIndent >= 0 && s.keyIndent == keyIndent))
            break;
        if (s.keyIndent == keyIndent && s.key == u"action")
            return s.value.section(u'#', 0, 0).trimmed();
    }
    return {};
}

QStringList siblingKeys(const QStringList &lines, int line, int keyIndent)
{
    QStringList keys;
    const auto collect = [&](const LineShape &s) {
        if (s.keyIndent == keyIndent && !s.key.isEmpty())
            keys << s.key;
    };
    // Upwards to the start of the mapping: a less indented line, or the `- ` of its item.
    if (shapeOf(lines.value(line)).dashIndent < 0) {
        for (int i = line - 1; i >= 0; --i) {
            const LineShape s = shapeOf(lines.at(i));
            if (s.blank)
                continue;
            if (s.keyIndent < keyIndent)
                break;
            collect(s);
            if (s.keyIndent == keyIndent && s.dashIndent >= 0)
                break;
        }
    }
    // Downwards to its end: a less indented line or the next item.
    for (int i = line + 1; i < lines.size(); ++i) {
        const LineShape s = shapeOf(lines.at(i));
        if (s.blank)
            continue;
        if (s.keyIndent < keyIndent || (s.keyIndent == keyIndent && s.dashIndent >= 0))
            break;
        collect(s);
    }
    return keys;
}

} // namespace Kiln::YamlLines
