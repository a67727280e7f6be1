// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Quick fixes: for a diagnostic of a document, the edits that repair it. One
// core API for every front end: `kiln validate --fix` applies the preferred
// ones, `kiln lsp` offers all of them as code actions, and the studio's light
// bulb (issue #17) lists them the same way. A fix is derived from the document
// itself (the catalogue's closest name, the action's required inputs, the
// indentation around the key), never from the message text's wording, so it
// works in every language.
#pragma once

#include "diagnostics/diagnostic.h"
#include "fix/textedit.h"

#include <QList>
#include <QString>
#include <vector>

namespace Kiln {

class Document;

struct CodeAction
{
    QString title; // for a menu, in the user's language ("Change to 'ExecuteBash'")
    QString code;  // the diagnostic code it fixes
    std::vector<TextEdit> edits;
    // Safe to apply without asking (one obvious repair); --fix applies only these.
    bool preferred = false;
};

// The fixes for `diagnostic`, reported on `document` (empty when there is none).
QList<CodeAction> codeActionsFor(const Document &document, const Diagnostic &diagnostic);

// The preferred fix of each of `diagnostics`, leaving out any whose edits overlap
// an earlier one's; what --fix applies in one pass.
QList<CodeAction> preferredFixes(const Document &document, const Diagnostics &diagnostics);

} // namespace Kiln
