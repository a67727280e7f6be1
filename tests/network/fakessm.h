// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The answer of a fake SSM endpoint to GetParameter: the parameter the request
// names, with the given type and value. Header-only, for tests/network.
#pragma once

#include "testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace KilnTest {

inline QByteArray ssmParameterAnswer(const TestHttpRequest &request, const QString &type,
                                     const QString &value)
{
    using namespace Qt::StringLiterals;
    const QJsonObject in = QJsonDocument::fromJson(request.body).object();
    const QJsonObject parameter{{u"Name"_s, in.value(u"Name"_s)},
                                {u"Type"_s, type},
                                {u"Value"_s, value},
                                {u"Version"_s, 1}};
    return QJsonDocument(QJsonObject{{u"Parameter"_s, parameter}}).toJson();
}

} // namespace KilnTest
