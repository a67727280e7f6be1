// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A half-typed YAML document read line by line, by indentation: the block
// structure editor assistance needs (completion, hover, snippets) while the text
// is usually not valid YAML. QtCore only.
#pragma once

#include <QString>
#include <QStringList>

namespace Kiln::YamlLines {

// One line seen as YAML block structure: `<indent>- - key: value`.
struct LineShape
{
    bool blank = true;   // empty or comment only
    int dashIndent = -1; // column of the first `- `, or -1
    int keyIndent = 0;   // column where the content after the dashes starts
    QString key;         // empty when the content is not `key:`
    QString value;       // the text after `key:`, trimmed (comments not removed)
};

LineShape shapeOf(const QString &line);

// The keys enclosing a position whose content starts at column `indent` on
// line `line`, outermost first, with the line of the innermost parent.
QStringList parentsOf(const QStringList &lines, int line, int indent, int *innermostLine);

// The `action:` of the step mapping whose keys start at `keyIndent`, searching
// around line `from` (a key of that mapping).
QString stepActionAround(const QStringList &lines, int from, int keyIndent);

// The keys of the mapping the key position (`line`, column `keyIndent`) belongs
// to, other than the one on `line` itself: for a list item, only that item's keys.
QStringList siblingKeys(const QStringList &lines, int line, int keyIndent);

} // namespace Kiln::YamlLines
