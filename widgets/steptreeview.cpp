#include "steptreeview.h"

#include "model/steptreemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

namespace Kiln {

QIcon StepTreeIconProxy::iconForAction(const QString &action)
{
    QStyle *style = QApplication::style();
    auto themed = [style](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
    };
    if (action.startsWith(QLatin1String("Execute")))
        return themed("utilities-terminal", QStyle::SP_CommandLink);
    if (action.startsWith(QLatin1String("S3")) || action == u"WebDownload")
        return themed("folder-download", QStyle::SP_DriveNetIcon);
    if (action.contains(QLatin1String("Folder")))
        return themed("folder", QStyle::SP_DirIcon);
    if (action.contains(QLatin1String("File")) || action == u"CreateSymlink")
        return themed("text-x-generic", QStyle::SP_FileIcon);
    if (action == u"Reboot")
        return themed("system-reboot", QStyle::SP_BrowserReload);
    if (action == u"UpdateOS" || action.contains(QLatin1String("MSI")) ||
        action.contains(QLatin1String("Install")))
        return themed("system-software-update", QStyle::SP_ArrowDown);
    if (action == u"Assert")
        return themed("dialog-ok-apply", QStyle::SP_DialogApplyButton);
    if (action == u"SetRegistry")
        return themed("preferences-system", QStyle::SP_ComputerIcon);
    return themed("system-run", QStyle::SP_MediaPlay);
}

QVariant StepTreeIconProxy::data(const QModelIndex &index, int role) const
{
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
        }
    }
    return QIdentityProxyModel::data(index, role);
}

StepTreeView::StepTreeView(QWidget *parent)
    : QTreeView(parent), m_proxy(new StepTreeIconProxy(this))
{
    setModel(m_proxy);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setStretchLastSection(false);

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
}

void StepTreeView::setStepTreeModel(StepTreeModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    expandAll();
    if (model) {
        // The name takes what the action column leaves: no horizontal scrolling in a narrow pane.
        header()->setSectionResizeMode(StepTreeModel::NameColumn, QHeaderView::Stretch);
        header()->setSectionResizeMode(StepTreeModel::ActionColumn, QHeaderView::ResizeToContents);
    }
}

void StepTreeView::selectLine(int line)
{
    if (!m_model)
        return;
    const QModelIndex source = m_model->indexForLine(line);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index == currentIndex())
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
