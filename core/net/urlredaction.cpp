// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "net/urlredaction.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Kiln {

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(u"****"_s);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        bool changed = false;
        for (auto &[name, value] : items) {
            const QString lower = name.toLower();
            for (const auto *word :
                 {"signature", "credential", "token", "key", "secret", "password", "sig", "auth"}) {
                if (lower.contains(QLatin1String(word)) && !value.isEmpty()) {
                    value = u"****"_s;
                    changed = true;
                    break;
                }
            }
        }
        if (changed) {
            query.setQueryItems(items);
            copy.setQuery(query);
        }
    }
    return copy.toString(QUrl::RemoveFragment);
}

} // namespace Kiln
