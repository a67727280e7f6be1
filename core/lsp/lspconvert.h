// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Between Kiln's positions (1-based lines, 1-based code-point columns) and
// LSP's (0-based lines, 0-based UTF-16 characters), and Kiln's diagnostics and
// edits as LSP JSON. Positions are converted against the text the diagnostics
// were computed on (SourceLines), where a code point may be two UTF-16 units.
#pragma once

#include "diagnostics/diagnostic.h"
#include "fix/textedit.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace Kiln::Lsp {

// A range in LSP's terms: 0-based lines and UTF-16 characters.
struct Span
{
    int line = 0;
    int character = 0;
    int endLine = 0;
    int endCharacter = 0;
};
// From `start` spanning `length` code points on its line; 0 is the word at
// `start` (up to the next white space, or the rest of the line from white space).
Span span(const SourceLines &lines, Mark start, int length);

QJsonObject position(const SourceLines &lines, Mark mark);
// `{start, end}` of span().
QJsonObject range(const SourceLines &lines, Mark start, int length);
QJsonObject range(const SourceLines &lines, Mark start, Mark end);
// The Mark of an LSP position `{line, character}` (clamped to the text).
Mark markOf(const SourceLines &lines, const QJsonObject &position);

int severity(Severity severity); // 1 error, 2 warning, 3 information, 4 hint
// An LSP Diagnostic: range, severity, code, codeDescription (link to the code's
// explanation), source "kiln", message. appendDiagnostic writes the same as
// compact JSON text: publishDiagnostics of a 10,000-step document carries
// thousands, and QJsonObject plus QJsonDocument would take most of the time
// from an edit to its diagnostics.
void appendDiagnostic(QByteArray &json, const SourceLines &lines, const Diagnostic &d);
QJsonObject diagnostic(const SourceLines &lines, const Diagnostic &d);
// `text` as a JSON string literal (quotes and escapes included), UTF-8.
void appendJsonString(QByteArray &json, QStringView text);
QJsonObject textEdit(const SourceLines &lines, const TextEdit &edit);

// Where `kiln validate --explain CODE` is published for people in an editor.
QString codeExplanationUrl(const QString &code);

} // namespace Kiln::Lsp
