// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "report/detailedoutputreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// AWSTOE's own spelling of statuses is not documented consistently (the guide
// shows "success", console output "Success"): compare case-insensitively and
// rewrite to the spelling statusFromName() knows.
QJsonValue normaliseStatus(const QJsonValue &value)
{
    const QString text = value.toString();
    for (const RunStatus s :
         {RunStatus::Pending, RunStatus::Running, RunStatus::Success, RunStatus::Failed,
          RunStatus::IgnoredFailure, RunStatus::SuccessWithIgnoredFailure, RunStatus::Skipped,
          RunStatus::Cancelled}) {
        if (text.compare(statusName(s), Qt::CaseInsensitive) == 0)
            return statusName(s);
    }
    if (text.compare(u"canceled"_s, Qt::CaseInsensitive) == 0)
        return statusName(RunStatus::Cancelled);
    return value;
}

QJsonObject normalise(QJsonObject object, const QString &childKey)
{
    if (object.contains(u"status"_s))
        object.insert(u"status"_s, normaliseStatus(object.value(u"status"_s)));
    if (childKey.isEmpty()) { // a step
        // An ExecuteDocument step holds its nested runs: the same shape again.
        if (object.value(u"detailedOutput"_s).isArray()) {
            QJsonArray nested;
            for (const QJsonValue &v : object.value(u"detailedOutput"_s).toArray())
                nested.append(v.isObject() ? QJsonValue(normalise(v.toObject(), u"documents"_s))
                                           : v);
            object.insert(u"detailedOutput"_s, nested);
        }
        return object;
    }
    static const QStringList chain{u"documents"_s, u"phases"_s, u"steps"_s};
    const qsizetype next = chain.indexOf(childKey) + 1;
    QJsonArray children;
    for (const QJsonValue &v : object.value(childKey).toArray()) {
        if (v.isObject())
            children.append(
                normalise(v.toObject(), next < chain.size() ? chain.at(next) : QString()));
    }
    object.insert(childKey, children);
    return object;
}

} // namespace

std::optional<ExecutionRecord> readDetailedOutput(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"%1: not JSON (%2 at byte %3)"_s
                         .arg(QDir::toNativeSeparators(path), parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (!json.isObject()) {
        if (error)
            *error = u"%1: not a run report (the top level must be a JSON object)"_s.arg(
                QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return executionFromJson(normalise(json.object(), u"documents"_s));
}

std::optional<RunFolder> parseRunFolderName(const QString &name)
{
    static const QRegularExpression pattern(
        uR"(^TOE_(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})_UTC-0_(.+)$)"_s);
    const QRegularExpressionMatch m = pattern.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    RunFolder folder;
    folder.executionId = m.captured(5);
    folder.startUtc = QDateTime::fromString(
        u"%1T%2:%3:%4Z"_s.arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4)),
        Qt::ISODate);
    if (!folder.startUtc.isValid())
        return std::nullopt;
    return folder;
}

std::vector<RunFolder> findRunFolders(const QString &logDirectory)
{
    std::vector<RunFolder> out;
    const QDir dir(logDirectory);
    const QFileInfoList entries =
        dir.entryInfoList({u"TOE_*"_s}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable);
    for (const QFileInfo &entry : entries) {
        std::optional<RunFolder> folder = parseRunFolderName(entry.fileName());
        if (!folder)
            continue;
        folder->path = entry.absoluteFilePath();
        folder->hasReport =
            QFileInfo::exists(dir.filePath(entry.fileName() + u"/detailedoutput.json"_s));
        out.push_back(std::move(*folder));
    }
    // Two runs in the same second (Run pressed twice) have the same name time:
    // the folder's own change time orders them.
    std::sort(out.begin(), out.end(), [](const RunFolder &a, const RunFolder &b) {
        if (a.startUtc != b.startUtc)
            return a.startUtc > b.startUtc;
        const QDateTime ma = QFileInfo(a.path).birthTime().isValid()
                                 ? QFileInfo(a.path).birthTime()
                                 : QFileInfo(a.path).lastModified();
        const QDateTime mb = QFileInfo(b.path).birthTime().isValid()
                                 ? QFileInfo(b.path).birthTime()
                                 : QFileInfo(b.path).lastModified();
        if (ma != mb)
            return ma > mb;
        return a.path > b.path;
    });
    return out;
}

} // namespace Kiln
