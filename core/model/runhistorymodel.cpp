#include "model/runhistorymodel.h"

#include "exec/failuretext.h"
#include "model/steptreemodel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Kiln {

RunHistoryModel::RunHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunHistoryModel::setLogDirectory(const QString &logDirectory)
{
    m_logDirectory = logDirectory;
    refresh();
}

void RunHistoryModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    if (!m_logDirectory.isEmpty()) {
        for (RunFolder &folder : findRunFolders(m_logDirectory)) {
            Entry e;
            e.folder = std::move(folder);
            if (e.folder.hasReport) {
                QString error;
                const std::optional<ExecutionRecord> record = readDetailedOutput(
                    QDir(e.folder.path).filePath(u"detailedoutput.json"_s), &error);
                if (record) {
                    e.readable = true;
                    e.status = record->status;
                    e.failureMessage = record->failureMessage;
                    QStringList names;
                    for (const DocumentRecord &d : record->documents)
                        names << (d.name.isEmpty() ? QFileInfo(d.filePath).fileName() : d.name);
                    e.documents = names.join(u", "_s);
                } else {
                    e.failureMessage = error;
                }
            }
            m_entries.push_back(std::move(e));
        }
    }
    endResetModel();
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
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartedColumn:
            return QLocale().toString(e.folder.startUtc.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn:
            if (!e.folder.hasReport)
                return tr("no report (running or interrupted)");
            if (!e.readable)
                return tr("unreadable report");
            return runStatusText(e.status);
        case DocumentsColumn:
            return e.documents;
        case IdColumn:
            return e.folder.executionId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return e.failureMessage.isEmpty() ? QDir::toNativeSeparators(e.folder.path)
                                          : QDir::toNativeSeparators(e.folder.path) + u"\n"_s +
                                                FailureText::localized(e.failureMessage);
    case FolderRole:
        return e.folder.path;
    case RunStatusRole:
        return int(e.status);
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
