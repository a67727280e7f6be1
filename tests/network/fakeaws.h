// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What the fake AWS endpoints share: the published request shapes of
// tests/data/aws (README there) and the check of a JSON body against them, and
// error answers in the two protocols (REST-JSON's x-amzn-ErrorType header, JSON
// 1.1's "__type"). Header-only, for tests/network.
#pragma once

#include "testhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace KilnTest {

// tests/data/aws/<name>, parsed.
inline QJsonValue awsShape(const QString &name)
{
    QFile f(QStringLiteral(KILN_AWS_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Empty when `value` fits `shape` (same JSON types; objects may leave keys out but
// not add any; each array element fits the shape's first one). `where` names the place.
inline QString jsonShapeProblem(const QJsonValue &value, const QJsonValue &shape,
                                const QString &where = QStringLiteral("$"))
{
    using namespace Qt::StringLiterals;
    if (value.type() != shape.type())
        return u"%1 has JSON type %2, the API's is %3"_s.arg(where)
            .arg(int(value.type()))
            .arg(int(shape.type()));
    if (shape.isObject()) {
        const QJsonObject s = shape.toObject();
        const QJsonObject v = value.toObject();
        // A map ({"string": "string"}) takes any key.
        const bool map = s.size() == 1 && s.contains(u"string"_s);
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!map && !s.contains(it.key()))
                return u"%1 has the key \"%2\", which the API does not know"_s.arg(where, it.key());
            const QString problem =
                jsonShapeProblem(it.value(), map ? s.value(u"string"_s) : s.value(it.key()),
                                 where + u'.' + it.key());
            if (!problem.isEmpty())
                return problem;
        }
    }
    if (shape.isArray()) {
        const QJsonArray v = value.toArray();
        for (qsizetype i = 0; i < v.size(); ++i) {
            const QString problem =
                jsonShapeProblem(v.at(i), shape.toArray().at(0), u"%1[%2]"_s.arg(where).arg(i));
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

// A REST-JSON error (Image Builder).
inline TestHttpResponse restJsonError(int status, const QByteArray &code, const QString &message)
{
    TestHttpResponse r;
    r.status = status;
    r.headers = {
        {"x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazon.imagebuilder/"},
        {"Content-Type", "application/json"}};
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}).toJson();
    return r;
}

// A JSON 1.1 error (CloudWatch Logs, SSM).
inline TestHttpResponse json11Error(int status, const QString &type, const QString &message)
{
    TestHttpResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "application/x-amz-json-1.1"}};
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("__type"), type},
                                       {QStringLiteral("message"), message}})
                 .toJson();
    return r;
}

} // namespace KilnTest
