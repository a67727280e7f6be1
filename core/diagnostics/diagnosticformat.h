// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Renders diagnostics for people (compiler style, optionally with the source
// line and a caret) and for machines (JSON). Shared by `kiln validate`,
// `kiln run` and the tests, so every front end prints the same thing.
#pragma once

#include "diagnostics/diagnostic.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Kiln {

// "file:line:col: severity[code]: message"; with `source`, adds the offending
// line and a caret under the column (the way compilers do on a terminal).
// `color` adds ANSI colours (severity, location, caret) for a terminal.
QString formatDiagnostic(const Diagnostic &diagnostic, const QByteArray *source = nullptr,
                         bool color = false);

// [{"file","line","column","length","severity","code","message"}...]
QJsonArray diagnosticsToJson(const Diagnostics &diagnostics);

// A SARIF 2.1.0 log (one run) for code-scanning services: every code of the
// code table as a rule with its explanation as help text, and one result per
// diagnostic with its file as artifact URI and line/column region.
QJsonObject diagnosticsToSarif(const Diagnostics &diagnostics);

} // namespace Kiln
