// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "fix/fixdocument.h"

#include "document/document.h"
#include "fix/codeactions.h"
#include "validate/validator.h"

namespace Kiln {

FixOutcome fixSource(const QByteArray &source, const QString &filePath, const Validator &validator,
                     int maxPasses)
{
    FixOutcome outcome{source, 0};
    for (int pass = 0; pass < maxPasses; ++pass) {
        const Document doc = Document::fromText(outcome.text, filePath);
        const QList<CodeAction> fixes = preferredFixes(doc, validator.validate(doc));
        if (fixes.isEmpty())
            break;
        std::vector<TextEdit> edits;
        for (const CodeAction &fix : fixes)
            edits.insert(edits.end(), fix.edits.begin(), fix.edits.end());
        outcome.text = applyEdits(QString::fromUtf8(outcome.text), edits).toUtf8();
        outcome.applied += int(fixes.size());
    }
    return outcome;
}

} // namespace Kiln
