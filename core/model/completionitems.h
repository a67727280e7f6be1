// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What the editor offers at a cursor, ready to insert: the candidates of
// YamlAssist::completions() made aware of the text around them (keys already
// present are not offered again, list-shaped inputs come as `- key: `, `{{ }}`
// references know which steps ran before and which loop encloses the cursor),
// plus a step skeleton per action at a new list item of `steps`. One function
// serves the studio's popup and `kiln lsp`, so both offer the same.
#pragma once

#include "model/yamlassist.h"

#include <QList>

namespace Kiln {

class Document;

struct CompletionItem
{
    enum class Kind { Key, Value, Reference, Snippet };
    Kind kind = Kind::Value;
    QString label;      // what the list shows and filters on
    QString insertText; // replaces the line from the context's prefixStart to the cursor
    QString detail;     // one line of documentation shown beside the list
};

struct CompletionList
{
    AssistContext context;
    QList<CompletionItem> items;
};

namespace YamlAssist {

// `lines` the text, `line` 0-based, `offset` the UTF-16 offset in it; `document` the
// last parse of the text (references need it; it may lag behind `lines`).
CompletionList completionsAt(const QStringList &lines, int line, int offset,
                             const Document *document);

} // namespace YamlAssist

} // namespace Kiln
