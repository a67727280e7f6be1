// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "historyview.h"

#include "model/runhistorymodel.h"
#include "model/runrecordmodel.h"
#include "model/steptreemodel.h"
#include "report/detailedoutputreader.h"
#include "report/runcomparison.h"
#include "report/runreportsource.h"
#include "runcompareview.h"
#include "steptreeview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// Status icons and colours for the QtCore models (which carry RunStatusRole).
class StatusIconProxy : public QIdentityProxyModel
{
public:
    StatusIconProxy(int statusColumn, int role, QObject *parent)
        : QIdentityProxyModel(parent), m_column(statusColumn), m_role(role)
    {
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.isValid() && index.column() == m_column &&
            (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
            const QVariant status = index.data(m_role);
            if (status.isValid()) {
                const auto s = RunStatus(status.toInt());
                return role == Qt::DecorationRole ? QVariant(runStatusIcon(s))
                                                  : QVariant(runStatusColor(s));
            }
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    int m_column;
    int m_role;
};

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent), m_history(new RunHistoryModel(this)), m_record(new RunRecordModel(this)),
      m_title(new QLabel(this)), m_reportTitle(new QLabel(this)), m_runs(new QTreeView(this)),
      m_tree(new QTreeView(this)), m_details(new QPlainTextEdit(this)),
      m_replayButton(
          new QPushButton(QIcon::fromTheme(u"media-seek-backward"_s), tr("Replay"), this))
{
    auto *refreshButton = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Refresh"), this);
    auto *openButton = new QPushButton(QIcon::fromTheme(u"document-open"_s),
                                       tr("Open detailedoutput.json…"), this);
    auto *compareButton = new QPushButton(tr("Compare With…"), this);
    m_replayButton->setToolTip(tr("Run the opened run's documents again as it ran them, stop "
                                  "where it failed, and compare: reproduces a failure from the "
                                  "cloud on this machine or in a sandbox"));
    m_replayButton->setEnabled(false);
    compareButton->setToolTip(tr("Compare the opened run with another run folder or report, "
                                 "e.g. one from the cloud"));
    openButton->setToolTip(tr("Open a run report from anywhere, e.g. one AWSTOE wrote on an "
                              "Image Builder instance"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *runsProxy =
        new StatusIconProxy(RunHistoryModel::StatusColumn, RunHistoryModel::RunStatusRole, this);
    runsProxy->setSourceModel(m_history);
    m_runs->setModel(runsProxy);
    m_runs->setRootIsDecorated(false);
    m_runs->setUniformRowHeights(true);
    m_runs->setAlternatingRowColors(true);
    m_runs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->header()->setStretchLastSection(true);
    m_runs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runs->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_runs, &QWidget::customContextMenuRequested, this, &HistoryView::showRunMenu);
    m_openUrl = [](const QUrl &url) { QDesktopServices::openUrl(url); };

    auto *treeProxy =
        new StatusIconProxy(RunRecordModel::StatusColumn, RunRecordModel::RunStatusRole, this);
    treeProxy->setSourceModel(m_record);
    m_tree->setModel(treeProxy);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a step to see its outputs and failure message."));
    m_reportTitle->setText(tr("Open a run to see its steps."));
    m_reportTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long paths must not widen the window: wrap them instead.
    m_reportTitle->setWordWrap(true);
    m_reportTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(refreshButton);
    bar->addWidget(openButton);
    bar->addWidget(compareButton);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_runs, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *rightSplit = new QSplitter(Qt::Vertical, right);
    rightSplit->addWidget(m_tree);
    rightSplit->addWidget(m_details);
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 2);
    auto *reportBar = new QHBoxLayout;
    reportBar->addWidget(m_reportTitle, 1);
    reportBar->addWidget(m_replayButton, 0, Qt::AlignTop);
    rightLayout->addLayout(reportBar);
    rightLayout->addWidget(rightSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(refreshButton, &QPushButton::clicked, this, &HistoryView::refresh);
    connect(openButton, &QPushButton::clicked, this, &HistoryView::openReportDialog);
    connect(compareButton, &QPushButton::clicked, this, &HistoryView::compareOpenedWithDialog);
    connect(m_replayButton, &QPushButton::clicked, this,
            [this] { Q_EMIT replayRequested(m_opened); });
    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openRunFolder(current.data(RunHistoryModel::FolderRole).toString());
            });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::showDetails);
    connect(m_record, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
}

void HistoryView::setLogDirectory(const QString &directory)
{
    if (directory == m_history->logDirectory())
        return;
    m_history->setLogDirectory(directory);
    m_title->setText(tr("Runs in %1").arg(QDir::toNativeSeparators(directory)));
}

void HistoryView::refresh()
{
    const QString selected = m_runs->currentIndex().data(RunHistoryModel::FolderRole).toString();
    m_history->refresh();
    for (int row = 0; row < m_history->rowCount(); ++row) {
        const QModelIndex index = m_runs->model()->index(row, 0);
        if (index.data(RunHistoryModel::FolderRole).toString() == selected) {
            const QSignalBlocker blocker(m_runs->selectionModel());
            m_runs->setCurrentIndex(index);
        }
    }
}

bool HistoryView::openRunFolder(const QString &folder)
{
    const QString report = QDir(folder).filePath(u"detailedoutput.json"_s);
    if (!QFileInfo::exists(report)) {
        m_record->setRecord({});
        setOpened({});
        m_details->clear();
        m_reportTitle->setText(tr("%1 has no detailedoutput.json: the run is still going, or "
                                  "was interrupted (see its console.log).")
                                   .arg(QFileInfo(folder).fileName()));
        return false;
    }
    return openReport(report);
}

bool HistoryView::openReport(const QString &file)
{
    QString error;
    std::optional<RunReportSource> source = loadRunReport(file, &error);
    m_details->clear();
    if (!source) {
        m_record->setRecord({});
        setOpened({});
        m_reportTitle->setText(tr("Cannot open the report: %1").arg(error));
        return false;
    }
    const ExecutionRecord &record = source->record;
    const auto c = record.counters();
    m_reportTitle->setText(tr("%1 — %2: %3 steps ran, %4 failed, %5 ignored")
                               .arg(QDir::toNativeSeparators(file), runStatusText(record.status))
                               .arg(c.executed)
                               .arg(c.failed)
                               .arg(c.ignored));
    m_record->setRecord(std::move(source->record),
                        source->preciseTimeline ? source->timeline.get() : nullptr);
    setOpened(file);
    const QModelIndex failed = m_record->firstFailedStep();
    if (failed.isValid()) {
        m_tree->setCurrentIndex(
            static_cast<QIdentityProxyModel *>(m_tree->model())->mapFromSource(failed));
    }
    Q_EMIT reportOpened(file);
    return true;
}

void HistoryView::setOpened(const QString &file)
{
    m_opened = file;
    m_replayButton->setEnabled(!file.isEmpty());
}

void HistoryView::openNewest()
{
    if (m_history->rowCount() > 0)
        m_runs->setCurrentIndex(m_runs->model()->index(0, 0));
}

void HistoryView::openReportDialog()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Run Report"), m_history->logDirectory(),
        tr("Run reports (detailedoutput.json detailedOutput.json *.json);;All files (*)"));
    if (!file.isEmpty()) {
        const QSignalBlocker blocker(m_runs->selectionModel());
        m_runs->clearSelection();
        openReport(file);
    }
}

void HistoryView::showDetails()
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    QStringList parts;
    const QString failure = index.data(RunRecordModel::FailureMessageRole).toString();
    if (!failure.isEmpty())
        parts << tr("Failure:") << failure << QString();
    const QString outputs = index.data(RunRecordModel::OutputsRole).toString();
    if (!outputs.isEmpty())
        parts << tr("Outputs:") << outputs << QString();
    const QString inputs = index.data(RunRecordModel::InputsRole).toString();
    if (!inputs.isEmpty())
        parts << tr("Inputs:") << inputs.trimmed();
    if (parts.isEmpty() && index.data(RunRecordModel::KindRole).toInt() == 2)
        parts << tr("This step recorded no outputs.");
    m_details->setPlainText(parts.join(u'\n'));
}

QStringList HistoryView::selectedRuns() const
{
    QStringList folders;
    const QModelIndexList rows = m_runs->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        folders << row.data(RunHistoryModel::FolderRole).toString();
    return folders;
}

QString HistoryView::previousRun(const QString &folder) const
{
    for (int row = 0; row + 1 < m_history->rowCount(); ++row) {
        if (m_history->index(row, 0).data(RunHistoryModel::FolderRole).toString() == folder)
            return m_history->index(row + 1, 0).data(RunHistoryModel::FolderRole).toString();
    }
    return {};
}

void HistoryView::showRunMenu(const QPoint &pos)
{
    const QModelIndex at = m_runs->indexAt(pos);
    if (!at.isValid())
        return;
    if (!m_runs->selectionModel()->isRowSelected(at.row(), {}))
        m_runs->setCurrentIndex(at);
    QMenu menu(this);
    addRunActions(menu, at.data(RunHistoryModel::FolderRole).toString());
    menu.exec(m_runs->viewport()->mapToGlobal(pos));
}

void HistoryView::addRunActions(QMenu &menu, const QString &folder)
{
    const QStringList selected = selectedRuns();
    menu.addAction(QIcon::fromTheme(u"media-playback-start"_s), tr("Run Again"), this,
                   [this, folder] { Q_EMIT runAgainRequested(folder); });
    menu.addAction(tr("Replay"), this, [this, folder] { Q_EMIT replayRequested(folder); })
        ->setToolTip(m_replayButton->toolTip());
    menu.addSeparator();
    const QString previous = previousRun(folder);
    menu.addAction(tr("Compare with Previous Run"), this,
                   [this, folder, previous] { compare(previous, folder); })
        ->setEnabled(!previous.isEmpty());
    menu.addAction(tr("Compare Selected Runs"), this,
                   [this, selected] {
                       compare(selected.at(1), selected.at(0)); // the older one is A
                   })
        ->setEnabled(selected.size() == 2);
    menu.addSeparator();
    menu.addAction(QIcon::fromTheme(u"folder-open"_s), tr("Open Folder"), this,
                   [this, folder] { m_openUrl(QUrl::fromLocalFile(folder)); });
    const QString console = QDir(folder).filePath(u"console.log"_s);
    menu.addAction(tr("Open console.log"), this,
                   [this, console] { m_openUrl(QUrl::fromLocalFile(console)); })
        ->setEnabled(QFileInfo::exists(console));
    menu.addSeparator();
    menu.addAction(QIcon::fromTheme(u"edit-delete"_s),
                   selected.size() > 1 ? tr("Delete %n Runs…", nullptr, int(selected.size()))
                                       : tr("Delete Run…"),
                   this, [this, selected] { deleteRuns(selected); });
}

RunCompareView *HistoryView::compare(const QString &a, const QString &b)
{
    QString error;
    std::optional<RunReportSource> first = loadRunReport(a, &error);
    std::optional<RunReportSource> second = first ? loadRunReport(b, &error) : std::nullopt;
    if (!second) {
        m_reportTitle->setText(tr("Cannot compare: %1").arg(error));
        return nullptr;
    }
    RunCompareView *view = RunCompareView::openWindow(window(), tr("Compare Runs — Kiln Studio"));
    view->setComparison(compareRuns(*first, *second));
    return view;
}

void HistoryView::compareOpenedWithDialog()
{
    if (m_opened.isEmpty()) {
        m_reportTitle->setText(tr("Open a run or a report first, then compare it with another."));
        return;
    }
    const QString other = QFileDialog::getOpenFileName(
        this, tr("Compare With Run Report"), m_history->logDirectory(),
        tr("Run reports (detailedoutput.json detailedOutput.json *.json);;All files (*)"));
    if (!other.isEmpty())
        compare(other, m_opened);
}

void HistoryView::deleteRuns(const QStringList &folders, bool confirm)
{
    QStringList ours;
    const QString logs = QDir(m_history->logDirectory()).canonicalPath();
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        // Only what this pane lists: a TOE_* folder directly in its log directory.
        if (parseRunFolderName(info.fileName()) && info.dir().canonicalPath() == logs)
            ours << info.absoluteFilePath();
    }
    if (ours.isEmpty())
        return;
    if (confirm && QMessageBox::question(this, tr("Delete Runs"),
                                         tr("Delete %n run folder(s) with their logs and reports?",
                                            nullptr, int(ours.size()))) != QMessageBox::Yes)
        return;
    for (const QString &folder : std::as_const(ours)) {
        if (QDir(folder).absoluteFilePath(u"detailedoutput.json"_s) == m_opened) {
            m_record->setRecord({});
            setOpened({});
            m_details->clear();
        }
        QDir(folder).removeRecursively();
    }
    refresh();
}

} // namespace Kiln
