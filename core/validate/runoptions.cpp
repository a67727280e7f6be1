// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "runoptions.h"

#include "i18n/tr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Kiln {

std::optional<RunParameters> parseRunParameters(const QString &text, QString *error)
{
    RunParameters out;
    for (const QString &item : text.split(u',')) {
        const qsizetype eq = item.indexOf(u'=');
        QString why;
        if (eq < 0)
            why = ValidatorTr::tr("'%1' has no '=': write name=value").arg(item);
        else if (eq == 0)
            why = ValidatorTr::tr("'%1' has no parameter name before '='").arg(item);
        else if (eq == item.size() - 1)
            why = ValidatorTr::tr("'%1' has no value after '=' (AWSTOE requires one)").arg(item);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        out.emplace_back(item.left(eq), item.mid(eq + 1));
    }
    return out;
}

QStringList parsePhaseList(const QString &text)
{
    QStringList out;
    for (const QString &item : text.split(u',')) {
        if (!item.trimmed().isEmpty())
            out << item.trimmed();
    }
    return out;
}

} // namespace Kiln
