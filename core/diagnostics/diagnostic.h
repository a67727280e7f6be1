// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A problem found in a component document, located by file, line and column.
// Diagnostics are the one currency between the parser, the validator, the CLI
// printers and the studio's problems pane, so they carry everything each of
// those needs: a stable code (see `kiln validate --explain`), a severity, the
// message, and a 1-based source position with the length of the offending text.
#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace Kiln {

struct SourceLocation
{
    QString file;   // as the user named it (path or s3:// URI)
    int line = 0;   // 1-based; 0 = the whole file
    int column = 0; // 1-based, counted in Unicode code points; 0 = the whole line
};

// Error fails validation (the exit status counts errors only); Warning is a likely
// mistake; Info is worth knowing but often intended (an unused parameter that the
// publishing pipeline reads); Hint is advice. Ordered from most to least severe.
enum class Severity { Error, Warning, Info, Hint };

struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code; // e.g. "K1001"; stable across releases
    QString message;
    SourceLocation location;
    int length = 0; // code points to underline from `location.column`; 0 = one token

    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = std::vector<Diagnostic>;

QString severityName(Severity severity); // "error", "warning", "info", "hint" (never translated)
// The severity named by severityName(), case-insensitively; nullopt for anything else.
std::optional<Severity> severityFromName(QStringView name);
bool hasErrors(const Diagnostics &diagnostics);
// Sorts by file, line, column, then severity, so output is stable and reads top-down.
void sortDiagnostics(Diagnostics &diagnostics);

} // namespace Kiln
