// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Re-parses only the step that an edit touched (issue #6: re-parsing 2,000
// steps with yaml-cpp on every keystroke costs ~80 ms). Given the previous
// Document and the new text, it finds the changed byte range by comparing the
// two texts (so callers need not track edits, and several edits since the last
// parse are handled as one), and if that range lies strictly inside one block
// style step of a phase's `steps` list, parses just that step's lines with the
// same parser and limits and splices the result into a copy of the old tree.
// Anything unusual returns std::nullopt and the caller does a full parse:
// correctness first, the fast path only where it is provably the same.
#pragma once

#include "document/document.h"
#include "document/yamlparser.h"

#include <QByteArray>
#include <optional>

namespace Kiln {

std::optional<Document> reparseIncrementally(const Document &previous, const QByteArray &newSource,
                                             const YamlLimits &limits = {});
// The same when `previous` is not needed afterwards (the language server): its
// tree is reused instead of copied. On nullopt `previous` is left as it was.
std::optional<Document> reparseIncrementally(Document &&previous, const QByteArray &newSource,
                                             const YamlLimits &limits = {});

} // namespace Kiln
