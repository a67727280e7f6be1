// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The step tree pane: a StepTreeModel with icons per action family (from the
// icon theme, falling back to the style's standard icons). Selecting an item
// asks to move the editor there; selectLine() follows the editor's cursor.
#pragma once

#include "exec/runrecord.h"

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

// A filled circle in the status's colour (a spinner-like ring while running),
// drawn rather than themed so every platform shows the same colours.
QIcon runStatusIcon(RunStatus status);
QColor runStatusColor(RunStatus status);

class StepTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit StepTreeView(QWidget *parent = nullptr);

    void setStepTreeModel(StepTreeModel *model);
    StepTreeModel *stepTreeModel() const { return m_model; }

    // Selects the item the editor's cursor line belongs to, without emitting itemSelected().
    void selectLine(int line);
    // Selects a step (emitting itemSelected, so the editor follows) and shows it.
    void selectStep(int documentRow, const QString &phase, const QString &step);
    // The phase and step names of the current item ("" step for a phase).
    bool currentStep(QString *phase, QString *step) const;
    // Run actions offered in the context menu of a step; set by the main window.
    void setRunActionsEnabled(bool enabled) { m_runActionsEnabled = enabled; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // The user selected an item: 1-based source position.
    void itemSelected(int line, int column);
    // The user activated an item (double-click, Enter): go there and edit.
    void itemActivated(int line, int column);
    // Context menu: run only this step, or from it to the end.
    void runStepRequested(const QString &phase, const QString &step, bool only);

private:
    void setUpColumns();
    // The action and status columns at their chosen widths while the name
    // keeps half of the view; narrower, they give up room to the name.
    void fitColumns();
    bool m_columnsSet = false;
    bool m_fitting = false;
    int m_actionWidth = 0; // the widths the user chose (or the defaults)
    int m_statusWidth = 0;
    StepTreeIconProxy *m_proxy;
    StepTreeModel *m_model = nullptr;
    bool m_following = false;
    bool m_runActionsEnabled = true;
};

} // namespace Kiln
