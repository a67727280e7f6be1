// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "model/runhistorymodel.h"

#include "model/steptreemodel.h"
#include "process/failuretext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Kiln {

RunHistoryModel::RunHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{
    // One reader: the reports are read newest first, and the disk is the limit anyway.
    m_readers.setMaxThreadCount(1);
}

RunHistoryModel::~RunHistoryModel()
{
    // A reader posts its result to this object: none may still be running
    // when QObject's destructor discards the events posted to it.
    m_readers.clear();
    m_readers.waitForDone();
}

void RunHistoryModel::setLogDirectory(const QString &logDirectory)
{
    m_logDirectory = logDirectory;
    refresh();
}

RunHistoryModel::ReportKey RunHistoryModel::reportKey(const QString &runFolder)
{
    const QFileInfo report(QDir(runFolder).filePath(u"detailedoutput.json"_s));
    if (!report.exists())
        return {};
    return {report.absoluteFilePath(), report.size(), report.lastModified().toMSecsSinceEpoch()};
}

RunHistoryModel::Summary RunHistoryModel::summarize(const ExecutionRecord &record)
{
    Summary summary;
    summary.readable = true;
    summary.status = record.status;
    summary.failureMessage = record.failureMessage;
    QStringList names;
    for (const DocumentRecord &d : record.documents)
        names << (d.name.isEmpty() ? QFileInfo(d.filePath).fileName() : d.name);
    summary.documents = names.join(u", "_s);
    return summary;
}

void RunHistoryModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    QHash<ReportKey, Summary> listed; // the cache keeps only what is listed
    if (!m_logDirectory.isEmpty()) {
        for (RunFolder &folder : findRunFolders(m_logDirectory)) {
            Entry e;
            if (folder.hasReport)
                e.report = reportKey(folder.path);
            e.folder = std::move(folder);
            if (!e.report.path.isEmpty()) {
                if (const auto cached = m_cache.constFind(e.report); cached != m_cache.cend()) {
                    e.summary = *cached;
                    listed.insert(e.report, *cached);
                } else {
                    startReading(e.report);
                }
            }
            m_entries.push_back(std::move(e));
        }
    }
    m_cache = std::move(listed);
    endResetModel();
}

void RunHistoryModel::remember(const QString &runFolder, const ExecutionRecord &record)
{
    const ReportKey key = reportKey(runFolder);
    if (!key.path.isEmpty()) // not written (disk full): a refresh shows "no report"
        m_cache.insert(key, summarize(record));
}

void RunHistoryModel::startReading(const ReportKey &key)
{
    if (m_reading.contains(key))
        return;
    m_reading.insert(key);
    m_readers.start([this, key] {
        QString error;
        const std::optional<ExecutionRecord> record = readDetailedOutput(key.path, &error);
        Summary summary;
        if (record)
            summary = summarize(*record);
        else
            summary.failureMessage = error;
        QMetaObject::invokeMethod(
            this, [this, key, summary] { summaryRead(key, summary); }, Qt::QueuedConnection);
    });
}

void RunHistoryModel::summaryRead(const ReportKey &key, const Summary &summary)
{
    m_reading.remove(key);
    m_cache.insert(key, summary);
    for (size_t row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].report == key) {
            m_entries[row].summary = summary;
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
    if (m_reading.isEmpty())
        Q_EMIT reportsRead();
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    const Summary none;
    const Summary &summary = e.summary ? *e.summary : none;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartedColumn:
            return QLocale().toString(e.folder.startUtc.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn:
            if (e.report.path.isEmpty())
                return tr("no report (running or interrupted)");
            if (!e.summary)
                return tr("reading report…");
            if (!summary.readable)
                return tr("unreadable report");
            return runStatusText(summary.status);
        case DocumentsColumn:
            return summary.documents;
        case IdColumn:
            return e.folder.executionId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return summary.failureMessage.isEmpty()
                   ? QDir::toNativeSeparators(e.folder.path)
                   : QDir::toNativeSeparators(e.folder.path) + u"\n"_s +
                         FailureText::localized(summary.failureMessage);
    case FolderRole:
        return e.folder.path;
    case RunStatusRole:
        return int(summary.status);
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case StatusColumn:
        return tr("Status");
    case DocumentsColumn:
        return tr("Documents");
    case IdColumn:
        return tr("Execution ID");
    default:
        return {};
    }
}

} // namespace Kiln
