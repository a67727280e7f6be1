// Renders diagnostics for people (compiler style, optionally with the source
// line and a caret) and for machines (JSON). Shared by `kiln validate`,
// `kiln run` and the tests, so every front end prints the same thing.
#pragma once

#include "diagnostics/diagnostic.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace Kiln {

// "file:line:col: severity[code]: message"; with `source`, adds the offending
// line and a caret under the column (the way compilers do on a terminal).
QString formatDiagnostic(const Diagnostic &diagnostic, const QByteArray *source = nullptr);

// [{"file","line","column","length","severity","code","message"}...]
QJsonArray diagnosticsToJson(const Diagnostics &diagnostics);

} // namespace Kiln
