// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The studio's side of the core editing services that `kiln lsp` also serves:
// quick fixes (fix/codeactions.h), go to definition and rename
// (lsp/documentindex.h), and moving between problems. The core computes the
// edits; these functions only read the cursor and apply them to the editor
// as one undo step, so the studio, the CLI and other editors agree.
#pragma once

#include "fix/codeactions.h"

#include <QList>
#include <QString>
#include <QTextCursor>

namespace Kiln {

class EditorPage;

// The quick fixes of the validator's problems on the cursor's line. With
// `parseIfStale` false, none while the last parse is not of the text on screen.
QList<CodeAction> quickFixesAtCursor(EditorPage *page, bool parseIfStale = true);
// Applies `edits` (positions in the page's current text) as one undo step.
void applyTextEdits(EditorPage *page, const std::vector<TextEdit> &edits);

// Moves the cursor to the declaration of the step, parameter or constant the
// cursor is on (a `{{ build.step.outputs.x }}`, a `{{ Param }}`); false when
// there is none.
bool goToDefinition(EditorPage *page);
// The name of the symbol under the cursor, empty when there is none.
QString symbolAtCursor(EditorPage *page);
// Renames the symbol under the cursor and every reference to it; returns why
// not (empty on success).
QString renameSymbolAtCursor(EditorPage *page, const QString &newName);

// Every occurrence (declaration and references) of the step, parameter or
// constant under the cursor, as editor ranges; empty when there is none or the
// last parse is not of the text on screen (typing never waits for a parse).
QList<QTextCursor> symbolOccurrencesAtCursor(EditorPage *page);
// Keeps the occurrences of the symbol under the cursor highlighted in `page`
// and the light bulb on the cursor's line when it has quick fixes (after the
// cursor rests or the text is validated), and makes Ctrl+click go to the
// definition of what was clicked.
void followSymbolsInEditor(EditorPage *page);

// Moves the cursor to the next (or previous) problem after (before) it, wrapping
// around; false when the document has none.
bool goToProblem(EditorPage *page, bool forward);

} // namespace Kiln
