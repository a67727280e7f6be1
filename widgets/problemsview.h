// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The problems pane: a DiagnosticsModel shown as a list with severity icons,
// info and hints dimmed (added here, since the model is QtCore only). Activating a row
// (double-click or Enter) asks to move the editor cursor to the problem.
#pragma once

#include <QIdentityProxyModel>
#include <QTreeView>

class QLineEdit;
class QSortFilterProxyModel;

namespace Kiln {

class DiagnosticsModel;

// Adds the severity icon to a DiagnosticsModel's first column and dims the
// rows of info and hints.
class ProblemsIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

class ProblemsView : public QTreeView
{
    Q_OBJECT
public:
    explicit ProblemsView(QWidget *parent = nullptr);

    // Shows `model` (may be null); the view does not own it.
    void setDiagnosticsModel(DiagnosticsModel *model);
    DiagnosticsModel *diagnosticsModel() const { return m_model; }
    // Shows only the problems whose code, message, location or severity
    // contain every word of `text` (case-insensitive); empty shows all.
    void setFilterText(const QString &text);
    // The list with a filter box above it, for the dock (the view moves into it).
    QWidget *createPane(QWidget *parent);
    QLineEdit *filterEdit() const { return m_filterEdit; } // null before createPane()

Q_SIGNALS:
    // 1-based line and column of the activated problem (double-click, Enter):
    // go there and edit.
    void problemActivated(int line, int column);
    // A single click: show the problem's place, the focus stays in the list.
    void problemSelected(int line, int column);

private:
    ProblemsIconProxy *m_proxy;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit = nullptr;
    DiagnosticsModel *m_model = nullptr;
};

} // namespace Kiln
