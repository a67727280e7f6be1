// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "report/runreportsource.h"

#include "report/detailedoutputreader.h"
#include "report/runjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// A document copy is at most YamlLimits::maxBytes (16 MiB); a bigger file is not one of ours.
constexpr qint64 MaxDocumentBytes = 16 * 1024 * 1024;
constexpr qint64 MaxChangesBytes = 64 * 1024 * 1024;

QString readText(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > limit)
        return {};
    QStringDecoder decoder(QStringDecoder::Utf8);
    return decoder(file.readAll());
}

// The copies RunLogs::copyDocument wrote (documentCopyName).
void readDocuments(RunReportSource &source)
{
    const QDir dir(source.folder);
    const int count = int(source.record.documents.size());
    for (int i = 0; i < count; ++i) {
        QString fileName = documentCopyName(i, count, source.record.documents[size_t(i)].filePath);
        if (count > 1 && !dir.exists(fileName) && i == 0 && dir.exists(u"document.yaml"_s))
            fileName = u"document.yaml"_s;
        const QString text =
            dir.exists(fileName) ? readText(dir.filePath(fileName), MaxDocumentBytes) : QString();
        source.documents.push_back({text.isEmpty() ? QString() : fileName, text});
    }
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

// A step's document in changes.json: its index, or its path (Kiln's sandbox
// writes the path, as the run's documents name it).
int documentIndex(const RunReportSource &source, const QJsonValue &document)
{
    if (!document.isString())
        return document.toInt();
    const auto &documents = source.record.documents;
    for (size_t i = 0; i < documents.size(); ++i) {
        if (documents[i].filePath == document.toString())
            return int(i);
    }
    return 0;
}

void readChanges(RunReportSource &source)
{
    const QString path = QDir(source.folder).filePath(u"changes.json"_s);
    QFile file(path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxChangesBytes) {
        source.problems << u"%1: cannot be read (%2)"_s.arg(
            QDir::toNativeSeparators(path),
            file.size() > MaxChangesBytes ? u"over 64 MiB"_s : file.errorString());
        return;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !json.object().value(u"steps"_s).isArray()) {
        source.problems << u"%1: not the expected shape ({\"steps\": [...]})%2"_s.arg(
            QDir::toNativeSeparators(path),
            error.error != QJsonParseError::NoError
                ? u": %1 at byte %2"_s.arg(error.errorString()).arg(error.offset)
                : QString());
        return;
    }
    source.hasChanges = true;
    for (const QJsonValue &v : json.object().value(u"steps"_s).toArray()) {
        const QJsonObject o = v.toObject();
        StepChanges step{documentIndex(source, o.value(u"document"_s)),
                         o.value(u"phase"_s).toString(),
                         o.value(u"step"_s).toString(),
                         stringList(o.value(u"added"_s)),
                         stringList(o.value(u"modified"_s)),
                         stringList(o.value(u"deleted"_s))};
        // Kiln's sandbox writes one list of files, each with its kind of change.
        for (const QJsonValue &f : o.value(u"files"_s).toArray()) {
            const QString change = f[u"change"_s].toString();
            const QString changed = f[u"path"_s].toString();
            if (change == u"added")
                step.added << changed;
            else if (change == u"deleted")
                step.deleted << changed;
            else
                step.modified << changed; // modified, or a folder replaced
        }
        source.changes.push_back(std::move(step));
    }
}

} // namespace

QStringList lastLines(const QString &path, int count, int maxLength)
{
    QFile file(path);
    if (count <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    // Read blocks backwards until enough newlines are in: the tail only.
    constexpr qint64 Block = 64 * 1024;
    const qint64 size = file.size();
    qint64 from = size;
    QByteArray tail;
    while (from > 0 && tail.count('\n') <= count) {
        const qint64 step = std::min(Block, from);
        from -= step;
        file.seek(from);
        tail.prepend(file.read(step));
        // Lines of megabytes: enough is enough, they are cut anyway.
        if (tail.size() > qint64(count + 1) * (maxLength + 1) * 4)
            break;
    }
    QList<QByteArray> lines = tail.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the file's final newline
    if (from > 0 && !lines.isEmpty())
        lines.removeFirst(); // a partial line
    QStringList out;
    const qsizetype first = std::max<qsizetype>(0, lines.size() - count);
    for (qsizetype i = first; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString line = decoder(lines.at(i));
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.size() > maxLength)
            line = line.left(maxLength) + u'…';
        out << line;
    }
    return out;
}

QString documentCopyName(int index, int count, const QString &filePath)
{
    return count == 1 ? u"document.yaml"_s
                      : u"document-%1-%2"_s.arg(index + 1).arg(QFileInfo(filePath).fileName());
}

std::optional<RunReportSource> loadRunReport(const QString &path, QString *error)
{
    RunReportSource source;
    const QFileInfo info(path);
    if (info.isDir()) {
        source.folder = info.absoluteFilePath();
        source.reportPath = QDir(source.folder).filePath(u"detailedoutput.json"_s);
        if (!QFileInfo::exists(source.reportPath)) {
            if (error)
                *error = u"%1: no detailedoutput.json in this folder (a run still going, or "
                         "not a run folder)"_s.arg(QDir::toNativeSeparators(source.folder));
            return std::nullopt;
        }
    } else if (info.exists()) {
        source.folder = info.absolutePath();
        source.reportPath = info.absoluteFilePath();
    } else {
        if (error)
            *error = u"%1: no such file or folder"_s.arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    std::optional<ExecutionRecord> record = readDetailedOutput(source.reportPath, error);
    if (!record)
        return std::nullopt;
    source.record = std::move(*record);

    source.timeline = std::make_unique<TimelineModel>();
    source.output = RunOutputLog(RunJournal::TailLines);
    const QString journal = QDir(source.folder).filePath(TimelineModel::fileName());
    if (QFileInfo::exists(journal)) {
        QString why;
        if (!RunJournal::read(journal, source.timeline.get(), &source.output, &why))
            source.problems << why;
        else if (source.timeline->executionId() != source.record.executionId)
            source.problems << u"%1 belongs to run %2, not to this one"_s.arg(
                QDir::toNativeSeparators(journal), source.timeline->executionId());
        else
            source.preciseTimeline = true;
    }
    if (!source.preciseTimeline) {
        source.output = RunOutputLog(RunJournal::TailLines);
        source.timeline->setRecord(source.record);
    }

    readDocuments(source);
    readChanges(source);
    const QString console = QDir(source.folder).filePath(u"console.log"_s);
    if (QFileInfo::exists(console)) {
        source.consoleLogPath = console;
        source.consoleLogSize = QFileInfo(console).size();
        source.consoleTail = lastLines(console, RunReportSource::ConsoleTailLines, 2000);
    }
    return source;
}

} // namespace Kiln
