// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "editor/expressionspans.h"

namespace Kiln {

QList<TextSpan> expressionSpans(const QString &text)
{
    QList<TextSpan> spans;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        spans.append({int(open), int(close + 2 - open)});
        from = close + 2;
    }
    return spans;
}

} // namespace Kiln
