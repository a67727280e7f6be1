// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "steptreeview.h"

#include "model/steptreemodel.h"
#include "schema/actioncatalogue.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHash>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Kiln {

QIcon StepTreeIconProxy::iconForAction(const QString &action)
{
    // The icon is named by the action catalogue; the style's pixmap stands in where the icon
    // theme lacks it (the offscreen and minimal platforms have no theme at all).
    static const QHash<QString, QStyle::StandardPixmap> fallbacks = {
        {u"utilities-terminal"_s, QStyle::SP_CommandLink},
        {u"folder-download"_s, QStyle::SP_DriveNetIcon},
        {u"folder"_s, QStyle::SP_DirIcon},
        {u"text-x-generic"_s, QStyle::SP_FileIcon},
        {u"system-reboot"_s, QStyle::SP_BrowserReload},
        {u"system-software-update"_s, QStyle::SP_ArrowDown},
        {u"dialog-ok-apply"_s, QStyle::SP_DialogApplyButton},
        {u"preferences-system"_s, QStyle::SP_ComputerIcon},
    };
    const ActionSpec *spec = ActionCatalogue::instance().find(action);
    const QString name = spec && !spec->icon.isEmpty() ? spec->icon : u"system-run"_s;
    return QIcon::fromTheme(
        name, QApplication::style()->standardIcon(fallbacks.value(name, QStyle::SP_MediaPlay)));
}

QColor runStatusColor(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QColor(0x1d, 0x7a, 0xd6);
    case RunStatus::Success:
    case RunStatus::SuccessWithIgnoredFailure:
        return QColor(0x27, 0xa0, 0x45);
    case RunStatus::Failed:
        return QColor(0xd0, 0x2b, 0x2b);
    case RunStatus::IgnoredFailure:
        return QColor(0xe0, 0x8a, 0x00);
    case RunStatus::Cancelled:
        return QColor(0x8a, 0x5a, 0x9e);
    case RunStatus::Skipped:
    case RunStatus::Pending:
    case RunStatus::NotRun:
    case RunStatus::RebootPending:
        break;
    }
    return QColor(0x8c, 0x8c, 0x8c);
}

QIcon runStatusIcon(RunStatus status)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor color = runStatusColor(status);
        const qreal m = size / 8.0;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        if (status == RunStatus::Running || status == RunStatus::Pending ||
            status == RunStatus::Skipped || status == RunStatus::NotRun ||
            status == RunStatus::RebootPending) {
            painter.setPen(QPen(color, size / 8.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(r.adjusted(m / 2, m / 2, -m / 2, -m / 2));
            if (status == RunStatus::Running) {
                painter.setBrush(color);
                painter.setPen(Qt::NoPen);
                painter.drawPie(r, 90 * 16, -120 * 16);
            }
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(r);
            // A mark inside so colour is not the only cue: ✓ success, ✕ failure.
            painter.setPen(QPen(Qt::white, size / 10.0, Qt::SolidLine, Qt::RoundCap));
            const qreal c = size / 2.0, d = size / 5.0;
            if (status == RunStatus::Failed || status == RunStatus::Cancelled) {
                painter.drawLine(QPointF(c - d, c - d), QPointF(c + d, c + d));
                painter.drawLine(QPointF(c - d, c + d), QPointF(c + d, c - d));
            } else if (status == RunStatus::IgnoredFailure) {
                painter.drawLine(QPointF(c, c - d), QPointF(c, c + d / 4));
                painter.drawPoint(QPointF(c, c + d));
            } else {
                painter.drawLine(QPointF(c - d, c), QPointF(c - d / 4, c + d * 0.8));
                painter.drawLine(QPointF(c - d / 4, c + d * 0.8), QPointF(c + d, c - d * 0.7));
            }
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QVariant StepTreeIconProxy::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
        const auto status = RunStatus(index.data(StepTreeModel::RunStatusRole).toInt());
        const bool hasRun = status != RunStatus::Pending &&
                            index.data(StepTreeModel::KindRole).value<StepTreeModel::Kind>() !=
                                StepTreeModel::Kind::Document;
        if (hasRun && role == Qt::DecorationRole && index.column() == StepTreeModel::StatusColumn)
            return runStatusIcon(status);
        if (hasRun && role == Qt::ForegroundRole && index.column() == StepTreeModel::StatusColumn)
            return runStatusColor(status);
    }
    if (role == Qt::DecorationRole && index.isValid() &&
        index.column() == StepTreeModel::NameColumn) {
        QStyle *style = QApplication::style();
        switch (index.data(StepTreeModel::KindRole).value<StepTreeModel::Kind>()) {
        case StepTreeModel::Kind::Document:
            return QIcon::fromTheme(QStringLiteral("text-x-generic"),
                                    style->standardIcon(QStyle::SP_FileIcon));
        case StepTreeModel::Kind::Phase:
            return QIcon::fromTheme(QStringLiteral("folder"),
                                    style->standardIcon(QStyle::SP_DirIcon));
        case StepTreeModel::Kind::Step:
            return iconForAction(index.data(StepTreeModel::ActionRole).toString());
        case StepTreeModel::Kind::Iteration:
            return QIcon::fromTheme(QStringLiteral("media-playlist-repeat"),
                                    style->standardIcon(QStyle::SP_BrowserReload));
        }
    }
    return QIdentityProxyModel::data(index, role);
}

namespace {
const QString ColumnWidthsKey = QStringLiteral("steps/columnWidths");
}

StepTreeView::StepTreeView(QWidget *parent)
    : QTreeView(parent), m_proxy(new StepTreeIconProxy(this))
{
    setModel(m_proxy);
    setUniformRowHeights(true);
    setIndentation(14); // phases → steps → iterations: leave the names the room
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setStretchLastSection(false);
    header()->setMinimumSectionSize(40);

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_following || !current.isValid())
                    return;
                Q_EMIT itemSelected(current.data(StepTreeModel::SourceLineRole).toInt(),
                                    current.data(StepTreeModel::SourceColumnRole).toInt());
            });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT itemActivated(index.data(StepTreeModel::SourceLineRole).toInt(),
                             index.data(StepTreeModel::SourceColumnRole).toInt());
    });
    // A reset (structural edit) collapses everything: a document outline is
    // small, so showing it fully expanded is the useful default.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    // A step's loop iterations appear while it runs: show them as they come.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &step) {
        if (step.isValid() && step.data(StepTreeModel::KindRole).value<StepTreeModel::Kind>() ==
                                  StepTreeModel::Kind::Step)
            expand(step);
    });
}

void StepTreeView::setStepTreeModel(StepTreeModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    expandAll();
    if (model && !m_columnsSet)
        setUpColumns();
}

// The name takes what the other columns leave. Those have widths of their own,
// not their contents': sized to their contents they grew while a run filled
// in statuses (the tree jumped) and left the name nothing in a narrow pane.
// The user's widths are kept across sessions.
void StepTreeView::setUpColumns()
{
    m_columnsSet = true;
    QHeaderView *h = header();
    h->setSectionResizeMode(StepTreeModel::NameColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(StepTreeModel::ActionColumn, QHeaderView::Interactive);
    h->setSectionResizeMode(StepTreeModel::StatusColumn, QHeaderView::Interactive);
    const QFontMetrics metrics(font());
    const QList<int> saved = QSettings().value(ColumnWidthsKey).value<QList<int>>();
    m_actionWidth =
        saved.size() == 2 ? saved.at(0) : metrics.horizontalAdvance(u"ExecutePowerShell"_s) + 16;
    m_statusWidth =
        saved.size() == 2 ? saved.at(1) : metrics.horizontalAdvance(u"59 min 59 s"_s) + 40;
    fitColumns();
    connect(h, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (m_fitting || column == StepTreeModel::NameColumn)
            return;
        (column == StepTreeModel::ActionColumn ? m_actionWidth : m_statusWidth) = size;
        QSettings().setValue(ColumnWidthsKey,
                             QVariant::fromValue(QList<int>{m_actionWidth, m_statusWidth}));
    });
}

void StepTreeView::fitColumns()
{
    if (!m_columnsSet)
        return;
    const int room = viewport()->width();
    const double share = std::min(1.0, room / 2.0 / std::max(1, m_actionWidth + m_statusWidth));
    m_fitting = true;
    header()->resizeSection(StepTreeModel::ActionColumn, int(m_actionWidth * share));
    header()->resizeSection(StepTreeModel::StatusColumn, int(m_statusWidth * share));
    m_fitting = false;
}

void StepTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

void StepTreeView::selectStep(int documentRow, const QString &phase, const QString &step)
{
    if (!m_model)
        return;
    const QModelIndex source = step.isEmpty() ? m_model->phaseIndex(documentRow, phase)
                                              : m_model->stepIndex(documentRow, phase, step);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return;
    if (index == currentIndex()) // still move the editor there
        Q_EMIT itemSelected(index.data(StepTreeModel::SourceLineRole).toInt(),
                            index.data(StepTreeModel::SourceColumnRole).toInt());
    setCurrentIndex(index);
    scrollTo(index);
}

bool StepTreeView::currentStep(QString *phase, QString *step) const
{
    const QModelIndex index = currentIndex().siblingAtColumn(0);
    if (!index.isValid())
        return false;
    const auto kind = index.data(StepTreeModel::KindRole).value<StepTreeModel::Kind>();
    if (kind == StepTreeModel::Kind::Iteration) { // an iteration runs as part of its step
        *phase = index.parent().parent().data().toString();
        *step = index.parent().data().toString();
        return true;
    }
    if (kind == StepTreeModel::Kind::Step) {
        *phase = index.parent().data().toString();
        *step = index.data().toString();
        return true;
    }
    if (kind == StepTreeModel::Kind::Phase) {
        *phase = index.data().toString();
        step->clear();
        return true;
    }
    return false;
}

void StepTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos()).siblingAtColumn(0);
    if (!index.isValid() || index.data(StepTreeModel::KindRole).value<StepTreeModel::Kind>() !=
                                StepTreeModel::Kind::Step)
        return;
    setCurrentIndex(index);
    const QString phase = index.parent().data().toString();
    const QString step = index.data().toString();
    QMenu menu(this);
    QAction *only = menu.addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                   tr("Run This Step"));
    QAction *from = menu.addAction(tr("Run From Here"));
    only->setEnabled(m_runActionsEnabled);
    from->setEnabled(m_runActionsEnabled);
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == only)
        Q_EMIT runStepRequested(phase, step, true);
    else if (chosen == from)
        Q_EMIT runStepRequested(phase, step, false);
}

void StepTreeView::selectLine(int line)
{
    if (!m_model)
        return;
    const QModelIndex source = m_model->indexForLine(line);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index == currentIndex())
        return;
    // An iteration selected in the tree moved the editor to its step's line:
    // the cursor is still "in" that iteration's step, keep the iteration.
    if (index.isValid() && currentIndex().parent().siblingAtColumn(0) == index.siblingAtColumn(0))
        return;
    m_following = true;
    if (index.isValid()) {
        setCurrentIndex(index);
        scrollTo(index);
    } else {
        clearSelection();
        setCurrentIndex({});
    }
    m_following = false;
}

} // namespace Kiln
