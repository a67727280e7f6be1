// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "reporter.h"

#include <algorithm>

namespace Kiln {

void Reporter::report(Severity severity, const char *code, const YamlNode &at,
                      const QString &message, int length)
{
    if (!length && at.isScalar()) {
        // Code points, not UTF-16 units: a surrogate pair is one character.
        length = int(std::count_if(at.text.begin(), at.text.end(),
                                   [](QChar c) { return !c.isLowSurrogate(); }));
    }
    reportAt(severity, code, at.mark, message, length);
}

void Reporter::reportAt(Severity severity, const char *code, Mark mark, const QString &message,
                        int length)
{
    if (!mark.line)
        mark = Mark{1, 1};
    m_out.push_back(Diagnostic{severity, QString::fromLatin1(code), message,
                               SourceLocation{m_file, mark.line, mark.column}, length});
}

} // namespace Kiln
