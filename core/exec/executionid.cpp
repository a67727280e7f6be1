// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/executionid.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// The id as a message shows it: control characters escaped, a long one cut.
QString shown(const QString &id)
{
    constexpr qsizetype MaxShown = 48;
    QString out;
    for (const QChar c : id.left(MaxShown)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"\\x%1"_s.arg(int(c.unicode()), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return id.size() > MaxShown ? out + u"..."_s : out;
}

bool allowed(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'.' || c == u'_' || c == u'-';
}

} // namespace

QString executionIdProblem(const QString &id)
{
    QString why;
    if (id.isEmpty())
        why = QCoreApplication::translate("Kiln::ExecutionId", "it is empty");
    else if (id.size() > MaxExecutionIdLength)
        why = QCoreApplication::translate("Kiln::ExecutionId", "it is longer than %1 characters")
                  .arg(MaxExecutionIdLength);
    else if (id.front() == u'.' || id.front() == u'-')
        why = QCoreApplication::translate("Kiln::ExecutionId", "it starts with '.' or '-'");
    else if (!std::all_of(id.begin(), id.end(), allowed))
        why = QCoreApplication::translate(
            "Kiln::ExecutionId", "it may hold only ASCII letters, digits, '.', '_' and '-'");
    if (why.isEmpty())
        return {};
    return QCoreApplication::translate(
               "Kiln::ExecutionId",
               "'%1' cannot be an execution id, which names the run's log folder: %2")
        .arg(shown(id), why);
}

} // namespace Kiln
