// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Chooses and themes the editor's YAML highlighter. With KF6SyntaxHighlighting
// (KILN_HAVE_KSYNTAXHIGHLIGHTING) it is KSyntaxHighlighting's "YAML" definition
// from one Repository per application; otherwise the built-in YamlHighlighter.
// Either way `{{ expressions }}` get their own colour on top.
#pragma once

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Kiln::SyntaxSupport {

// True when the palette's window colour is dark (then a dark theme is used).
bool isDark(const QPalette &palette);

// A highlighter attached to `document` (and owned by it), themed for `palette`.
QSyntaxHighlighter *createYamlHighlighter(QTextDocument *document, const QPalette &palette);

// Re-themes a highlighter made by createYamlHighlighter() for a new palette.
void applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette);

} // namespace Kiln::SyntaxSupport
