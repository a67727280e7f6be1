// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Where a YAML indentation mistake really is. yaml-cpp reports the line where
// it noticed that the structure broke: often the line *after* the mistake.
//
//       inputs:
//          commands:      <- one space too deep: the mistake
//         - echo hi       <- fits under nothing: where yaml-cpp stops
//
// When the line yaml-cpp stopped at sits exactly one indentation step under
// the block above, and the key that opened the block is the one off that
// step, the key is blamed, with a message that says by how much.
#pragma once

#include "document/yamlnode.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace Kiln {

struct IndentationBlame
{
    Mark mark; // the first character of the line to fix
    QString message;
    int indentTo = -1; // the spaces the line should have (the quick fix)
};

// `errorLine` (1-based) is where the parser stopped with "end of map/sequence
// not found".
std::optional<IndentationBlame> blameIndentation(const QByteArray &utf8, int errorLine);
// For "illegal map value" (a ':' where none may be) on `errorLine`: a key
// indented deeper than the key above it, which has a value, is misaligned; the
// blame goes to the key's first character, not to its colon.
std::optional<IndentationBlame> blameDeeperKey(const QByteArray &utf8, int errorLine);

// The blame whose line to fix is `line` (1-based), found again from the text
// alone: what the quick fix of a K1001 there works from.
std::optional<IndentationBlame> indentationBlameOn(const QByteArray &utf8, int line);

} // namespace Kiln
