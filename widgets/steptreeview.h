// The step tree pane: a StepTreeModel with icons per action family (from the
// icon theme, falling back to the style's standard icons). Selecting an item
// asks to move the editor there; selectLine() follows the editor's cursor.
#pragma once

#include <QIdentityProxyModel>
#include <QTreeView>

namespace Kiln {

class StepTreeModel;

// Adds DecorationRole icons to a StepTreeModel's name column.
class StepTreeIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QIcon iconForAction(const QString &action);
};

class StepTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit StepTreeView(QWidget *parent = nullptr);

    void setStepTreeModel(StepTreeModel *model);
    StepTreeModel *stepTreeModel() const { return m_model; }

    // Selects the item the editor's cursor line belongs to, without emitting itemSelected().
    void selectLine(int line);

Q_SIGNALS:
    // The user selected an item: 1-based source position.
    void itemSelected(int line, int column);
    // The user activated an item (double-click, Enter): go there and edit.
    void itemActivated(int line, int column);

private:
    StepTreeIconProxy *m_proxy;
    StepTreeModel *m_model = nullptr;
    bool m_following = false;
};

} // namespace Kiln
