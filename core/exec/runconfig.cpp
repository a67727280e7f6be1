// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/runconfig.h"

#include "exec/executionid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

std::optional<QHash<QString, QString>> nameValues(const QJsonValue &value, const QString &where,
                                                  QString *error)
{
    QHash<QString, QString> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray()) {
        *error = u"%1 must be an array of {\"name\": ..., \"value\": ...}"_s.arg(where);
        return std::nullopt;
    }
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"name"_s).isString() || !o.value(u"value"_s).isString()) {
            *error = u"%1: each parameter needs string \"name\" and \"value\""_s.arg(where);
            return std::nullopt;
        }
        out.insert(o.value(u"name"_s).toString(), o.value(u"value"_s).toString());
    }
    return out;
}

} // namespace

std::optional<RunConfig> parseRunConfig(const QByteArray &bytes, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument jd = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !jd.isObject()) {
        *error = u"not a JSON object (%1 at offset %2)"_s.arg(
            pe.error != QJsonParseError::NoError ? pe.errorString() : u"wrong type"_s,
            QString::number(pe.offset));
        return std::nullopt;
    }
    const QJsonObject cfg = jd.object();
    static const QStringList known{
        u"documents"_s,
        u"parameters"_s,
        u"phases"_s,
        u"executionId"_s,
        u"logDirectory"_s,
        u"logS3BucketName"_s,
        u"logS3KeyPrefix"_s,
        u"logS3BucketOwner"_s,
        u"cwIgnoreFailures"_s,
        u"cwLogGroup"_s,
        u"cwLogStream"_s,
        u"cwLogRegion"_s,
        u"documentS3BucketOwner"_s,
        u"stateDirectory"_s,
        u"trace"_s,
        u"executonId"_s /* the AWS settings list misspells it; accepted as an alias */};
    for (auto it = cfg.begin(); it != cfg.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = u"unknown key \"%1\" (known: %2)"_s.arg(it.key(), known.join(u", "_s));
            return std::nullopt;
        }
    }
    for (const QString &key :
         {u"phases"_s, u"executionId"_s, u"executonId"_s, u"logDirectory"_s, u"stateDirectory"_s,
          u"logS3BucketName"_s, u"logS3KeyPrefix"_s, u"logS3BucketOwner"_s,
          u"documentS3BucketOwner"_s, u"cwLogGroup"_s, u"cwLogStream"_s, u"cwLogRegion"_s}) {
        const QJsonValue v = cfg.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isString()) {
            *error = u"\"%1\" must be a string"_s.arg(key);
            return std::nullopt;
        }
    }
    if (const QJsonValue v = cfg.value(u"cwIgnoreFailures"_s);
        !v.isUndefined() && !v.isNull() && !v.isBool()) {
        *error = u"\"cwIgnoreFailures\" must be true or false"_s;
        return std::nullopt;
    }
    if (!cfg.value(u"documents"_s).isArray() || cfg.value(u"documents"_s).toArray().isEmpty()) {
        *error = u"\"documents\" must be a non-empty array of {\"path\": ...}"_s;
        return std::nullopt;
    }

    RunConfig out;
    const auto global = nameValues(cfg.value(u"parameters"_s), u"\"parameters\""_s, error);
    if (!global)
        return std::nullopt;
    out.parameters = *global;
    for (const QJsonValue &v : cfg.value(u"documents"_s).toArray()) {
        const QJsonObject d = v.toObject();
        if (!d.value(u"path"_s).isString() || d.value(u"path"_s).toString().isEmpty()) {
            *error = u"each entry of \"documents\" needs a \"path\" string"_s;
            return std::nullopt;
        }
        const auto own =
            nameValues(d.value(u"parameters"_s), u"\"documents[].parameters\""_s, error);
        if (!own)
            return std::nullopt;
        out.documents.append({d.value(u"path"_s).toString(), *own});
    }
    out.phases = cfg.value(u"phases"_s).toString();
    out.executionId = cfg.value(u"executionId"_s).toString();
    if (out.executionId.isEmpty())
        out.executionId = cfg.value(u"executonId"_s).toString();
    if (const QString problem = executionIdProblem(out.executionId);
        !out.executionId.isEmpty() && !problem.isEmpty()) {
        *error = u"\"executionId\": "_s + problem;
        return std::nullopt;
    }
    out.logDirectory = cfg.value(u"logDirectory"_s).toString();
    out.stateDirectory = cfg.value(u"stateDirectory"_s).toString();
    out.logS3BucketName = cfg.value(u"logS3BucketName"_s).toString();
    out.logS3KeyPrefix = cfg.value(u"logS3KeyPrefix"_s).toString();
    out.logS3BucketOwner = cfg.value(u"logS3BucketOwner"_s).toString();
    out.documentS3BucketOwner = cfg.value(u"documentS3BucketOwner"_s).toString();
    out.trace = cfg.value(u"trace"_s).toBool();
    out.cwLogGroup = cfg.value(u"cwLogGroup"_s).toString();
    out.cwLogStream = cfg.value(u"cwLogStream"_s).toString();
    out.cwLogRegion = cfg.value(u"cwLogRegion"_s).toString();
    out.cwIgnoreFailures = cfg.value(u"cwIgnoreFailures"_s).toBool();
    return out;
}

} // namespace Kiln
