// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The runs found in a log directory (TOE_* folders), newest first, as a table
// for the studio's run history: start time, status and documents (read from
// each folder's detailedoutput.json; "running or interrupted" without one).
// QtCore only, tested headless.
//
// Listing the folders is cheap; reading a report is not (the 4 MB
// detailedoutput.json of a run that printed 100 MB takes ~130 ms to parse,
// a whole event-loop stall on the GUI thread). So refresh() lists the folders
// at once and reads the reports on a worker thread: a row says "reading
// report…" until its summary arrives as dataChanged. Summaries are cached by
// report path, size and modification time, so a refresh reads only new or
// rewritten reports, and remember() hands over the run the studio has just
// finished from memory, so its report is never read back.
#pragma once

#include "exec/runrecord.h"
#include "report/detailedoutputreader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThreadPool>
#include <optional>
#include <vector>

namespace Kiln {

class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StartedColumn, StatusColumn, DocumentsColumn, IdColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        FolderRole = Qt::UserRole + 1, // absolute path of the run folder
        RunStatusRole,                 // int(Kiln::RunStatus); Pending without a report
    };
    Q_ENUM(Role)

    explicit RunHistoryModel(QObject *parent = nullptr);
    ~RunHistoryModel() override;

    QString logDirectory() const { return m_logDirectory; }
    // Rescans `logDirectory` (resets the model: the list is rebuilt wholesale)
    // and starts reading the reports not in the cache.
    void setLogDirectory(const QString &logDirectory);
    void refresh();
    // The report `runFolder`/detailedoutput.json was just written from `record`:
    // caches its summary so that no refresh has to read it back.
    void remember(const QString &runFolder, const ExecutionRecord &record);
    // True while reports are being read; reportsRead() when the last one is in.
    bool isReading() const { return !m_reading.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void reportsRead();

private:
    // What the table shows of one report.
    struct Summary
    {
        bool readable = false;
        RunStatus status = RunStatus::Pending;
        QString documents;
        QString failureMessage; // the run's, or why the report is unreadable
    };
    // A report as it is on disk: a rewritten report is a new key.
    struct ReportKey
    {
        QString path;
        qint64 size = -1;
        qint64 modifiedMs = -1;
        bool operator==(const ReportKey &) const = default;
    };
    friend size_t qHash(const ReportKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.path, key.size, key.modifiedMs);
    }
    struct Entry
    {
        RunFolder folder;
        ReportKey report; // path empty without a report
        std::optional<Summary> summary; // nullopt while reading
    };

    static ReportKey reportKey(const QString &runFolder);
    static Summary summarize(const ExecutionRecord &record);
    void startReading(const ReportKey &key);
    void summaryRead(const ReportKey &key, const Summary &summary);

    QString m_logDirectory;
    std::vector<Entry> m_entries;
    QHash<ReportKey, Summary> m_cache;
    QSet<ReportKey> m_reading;
    QThreadPool m_readers;
};

} // namespace Kiln
