// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "report/runjournal.h"

#include "exec/executor.h"
#include "process/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

QString channelCode(OutputChannel channel)
{
    switch (channel) {
    case OutputChannel::StdOut:
        return u"o"_s;
    case OutputChannel::StdErr:
        return u"e"_s;
    case OutputChannel::Info:
        return u"i"_s;
    }
    return u"o"_s;
}

OutputChannel channelFromCode(const QString &code)
{
    return code == u"e"   ? OutputChannel::StdErr
           : code == u"i" ? OutputChannel::Info
                          : OutputChannel::StdOut;
}

QJsonArray outputJson(const RunOutputLog &log)
{
    QJsonArray steps;
    for (const RunOutputLog::StepOutput &s : log.steps()) {
        QJsonArray lines;
        for (const RunOutputLog::Line &l : s.lines)
            lines.append(QJsonArray{channelCode(l.channel), l.text});
        steps.append(QJsonObject{{u"document"_s, s.document},
                                 {u"phase"_s, s.phase},
                                 {u"step"_s, s.step},
                                 {u"dropped"_s, s.dropped},
                                 {u"lines"_s, lines}});
    }
    return steps;
}

} // namespace

RunJournal::RunJournal(Executor *executor, const QString &runFolder, QObject *parent)
    : QObject(parent), m_output(TailLines), m_folder(runFolder)
{
    // A run resumed after a reboot hand-off goes on with what its first part recorded.
    bool resumed = false;
    if (!m_folder.isEmpty() && QFileInfo::exists(path())) {
        TimelineModel earlier;
        RunOutputLog earlierOutput(TailLines);
        QString error;
        if (read(path(), &earlier, &earlierOutput, &error) &&
            earlier.executionId() == executor->options().executionId) {
            read(path(), &m_timeline, &m_output, &error);
            resumed = true;
        }
    }
    m_timeline.attach(executor, resumed);
    connect(executor, &Executor::stepOutput, this,
            [this](int document, const QString &phase, const QString &step, OutputChannel channel,
                   const QString &line) {
                m_output.append(m_output.stepIndex(document, phase, step), channel,
                                line.size() > MaxLineLength ? line.left(MaxLineLength) + u'…'
                                                            : line);
            });
    // The report shows a few lines of a step that went well, many of one that did not.
    connect(executor, &Executor::stepFinished, this,
            [this](int document, const QString &phase, const StepRecord &record) {
                if (record.status != RunStatus::Failed && record.status != RunStatus::Cancelled &&
                    record.status != RunStatus::IgnoredFailure)
                    m_output.keepLast(m_output.findStep(document, phase, record.name),
                                      SucceededTailLines);
            });
    // After the timeline's own handler (connected first), so its last bars are closed.
    connect(executor, &Executor::runFinished, this, [this] {
        QString error;
        if (!m_folder.isEmpty() && !write(&error)) {
            if (auto logger = spdlog::get("core.exec"))
                logger->warn("{}", error.toStdString());
        }
    });
}

QString RunJournal::path() const
{
    return m_folder.isEmpty() ? QString() : QDir(m_folder).filePath(TimelineModel::fileName());
}

bool RunJournal::write(QString *error) const
{
    QJsonObject json = m_timeline.toJson();
    json.insert(u"output"_s, outputJson(m_output));
    QSaveFile file(path());
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (file.open(QIODevice::WriteOnly))
        PrivateFiles::restrict(file); // in the run folder: private like the rest of it
    // flush() before commit(): see writeJsonFile (Qt 6.4 commits a failed buffered write).
    if (!file.isOpen() || file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        if (error)
            *error =
                u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path()), file.errorString());
        return false;
    }
    return true;
}

bool RunJournal::read(const QString &path, TimelineModel *timeline, RunOutputLog *output,
                      QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        if (error)
            *error = u"%1: not JSON (%2 at byte %3)"_s
                         .arg(QDir::toNativeSeparators(path), parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    QString why;
    if (!timeline->setJson(json.object(), &why)) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    if (output) {
        output->clear();
        for (const QJsonValue &v : json.object().value(u"output"_s).toArray()) {
            const QJsonObject s = v.toObject();
            const int index =
                output->stepIndex(s.value(u"document"_s).toInt(), s.value(u"phase"_s).toString(),
                                  s.value(u"step"_s).toString());
            output->addDropped(index, s.value(u"dropped"_s).toInteger());
            for (const QJsonValue &l : s.value(u"lines"_s).toArray()) {
                const QJsonArray pair = l.toArray();
                output->append(index, channelFromCode(pair.at(0).toString()),
                               pair.at(1).toString());
            }
        }
    }
    return true;
}

} // namespace Kiln
