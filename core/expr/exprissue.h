// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A problem found while parsing a `{{ }}` expression, a loop or a condition,
// with its source position. The expression parsers know nothing about files
// or the validator's Reporter: the validator turns these into Diagnostics,
// and the executor, which runs only validated documents, may ignore them.
#pragma once

#include "diagnostics/diagnostic.h"
#include "document/yamlnode.h"

#include <QString>
#include <vector>

namespace Kiln {

struct ExprIssue
{
    Severity severity = Severity::Error;
    const char *code = ""; // a Codes:: constant
    Mark mark;             // 1-based; {0,0} when unknown
    int length = 0;        // code points to underline (0: the whole node)
    QString message;
};

using ExprIssues = std::vector<ExprIssue>;

} // namespace Kiln

namespace Kiln {

// An issue at a node: a scalar is underlined whole, anything else at its start.
ExprIssue issueAt(const char *code, const YamlNode &at, QString message,
                  Severity severity = Severity::Error);

// The closest of `candidates` to `word` (case-insensitive edit distance, at
// most a third of the word's length, minimum 2), or an empty string: for
// "did you mean" hints.
QString closestName(QStringView word, const std::vector<QString> &candidates);

} // namespace Kiln
