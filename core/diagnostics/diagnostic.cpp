// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "diagnostic.h"

#include <algorithm>
#include <tuple>

namespace Kiln {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Hint:
        return QStringLiteral("hint");
    }
    return {};
}

std::optional<Severity> severityFromName(QStringView name)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info, Severity::Hint}) {
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return std::tuple(a.location.file, a.location.line, a.location.column,
                              int(a.severity)) <
                   std::tuple(b.location.file, b.location.line, b.location.column, int(b.severity));
        });
}

} // namespace Kiln
