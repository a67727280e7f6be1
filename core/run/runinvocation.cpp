// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "run/runinvocation.h"

#include "aws/secretmasker.h"
#include "process/privatefiles.h"
#include "run/runrequest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Kiln {

RunInvocation RunInvocation::fromRequest(const RunRequest &request, const SecretMasker *masker)
{
    RunInvocation r;
    for (const RunRequest::Document &d : request.documents) {
        Document doc{d.path, {}};
        for (auto it = d.parameters.cbegin(); it != d.parameters.cend(); ++it)
            doc.parameters.insert(it.key(), masker ? masker->mask(it.value()) : it.value());
        r.documents.push_back(std::move(doc));
    }
    r.phases = request.phases;
    r.selectionPhase = request.selectionPhase;
    r.selectionStep = request.selectionStep;
    r.selectionOnly = request.selectionOnly;
    return r;
}

bool RunInvocation::write(const QString &runFolder, QString *error) const
{
    QJsonArray docs;
    for (const Document &d : documents) {
        QJsonObject parameters;
        for (auto it = d.parameters.cbegin(); it != d.parameters.cend(); ++it)
            parameters.insert(it.key(), it.value());
        docs.append(QJsonObject{{u"path"_s, d.path}, {u"parameters"_s, parameters}});
    }
    const QJsonObject json{
        {u"version"_s, 1},
        {u"documents"_s, docs},
        {u"phases"_s, QJsonArray::fromStringList(phases)},
        {u"selection"_s, QJsonObject{{u"phase"_s, selectionPhase},
                                     {u"step"_s, selectionStep},
                                     {u"only"_s, selectionOnly}}},
    };
    return PrivateFiles::writeFile(
        QDir(runFolder).filePath(QLatin1StringView(RunInvocationFileName)),
        QJsonDocument(json).toJson(), error);
}

std::optional<RunInvocation> RunInvocation::read(const QString &runFolder)
{
    QFile file(QDir(runFolder).filePath(QLatin1StringView(RunInvocationFileName)));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(u"version"_s).toInt() != 1)
        return std::nullopt;
    RunInvocation r;
    for (const QJsonValue &v : json.value(u"documents"_s).toArray()) {
        const QJsonObject d = v.toObject();
        Document doc{d.value(u"path"_s).toString(), {}};
        const QJsonObject parameters = d.value(u"parameters"_s).toObject();
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            doc.parameters.insert(it.key(), it.value().toString());
        r.documents.push_back(std::move(doc));
    }
    for (const QJsonValue &v : json.value(u"phases"_s).toArray())
        r.phases << v.toString();
    const QJsonObject selection = json.value(u"selection"_s).toObject();
    r.selectionPhase = selection.value(u"phase"_s).toString();
    r.selectionStep = selection.value(u"step"_s).toString();
    r.selectionOnly = selection.value(u"only"_s).toBool();
    if (r.documents.empty())
        return std::nullopt;
    return r;
}

} // namespace Kiln
