// The runs found in a log directory (TOE_* folders), newest first, as a table
// for the studio's run history: start time, status and documents (read from
// each folder's detailedoutput.json; "running or interrupted" without one).
// QtCore only, tested headless.
#pragma once

#include "exec/runrecord.h"
#include "report/detailedoutputreader.h"

#include <QAbstractTableModel>
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

    QString logDirectory() const { return m_logDirectory; }
    // Rescans `logDirectory` (resets the model: the list is rebuilt wholesale).
    void setLogDirectory(const QString &logDirectory);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        RunFolder folder;
        bool readable = false;
        RunStatus status = RunStatus::Pending;
        QString documents;
        QString failureMessage;
    };

    QString m_logDirectory;
    std::vector<Entry> m_entries;
};

} // namespace Kiln
