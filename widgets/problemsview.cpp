// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "problemsview.h"

#include "model/diagnosticsmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QPalette>
#include <QStyle>

namespace Kiln {

QVariant ProblemsIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && index.isValid()) {
        // Info and hints are dimmed: worth a look, but not what needs fixing first.
        const auto severity = Severity(index.data(DiagnosticsModel::SeverityRole).toInt());
        if (severity == Severity::Info || severity == Severity::Hint)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::DecorationRole && index.isValid() &&
        index.column() == DiagnosticsModel::SeverityColumn) {
        const auto severity = Severity(index.data(DiagnosticsModel::SeverityRole).toInt());
        QStyle *style = QApplication::style();
        switch (severity) {
        case Severity::Error:
            return QIcon::fromTheme(QStringLiteral("dialog-error"),
                                    style->standardIcon(QStyle::SP_MessageBoxCritical));
        case Severity::Warning:
            return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                    style->standardIcon(QStyle::SP_MessageBoxWarning));
        case Severity::Info:
        case Severity::Hint:
            return QIcon::fromTheme(QStringLiteral("dialog-information"),
                                    style->standardIcon(QStyle::SP_MessageBoxInformation));
        }
    }
    return QIdentityProxyModel::data(index, role);
}

ProblemsView::ProblemsView(QWidget *parent)
    : QTreeView(parent), m_proxy(new ProblemsIconProxy(this))
{
    setModel(m_proxy);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(true);
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT problemSelected(index.data(DiagnosticsModel::LineRole).toInt(),
                               index.data(DiagnosticsModel::ColumnRole).toInt());
    });
    // `activated` covers double-click and Enter (or single-click where the style says so).
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT problemActivated(index.data(DiagnosticsModel::LineRole).toInt(),
                                index.data(DiagnosticsModel::ColumnRole).toInt());
    });
}

void ProblemsView::setDiagnosticsModel(DiagnosticsModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn,
                                       QHeaderView::ResizeToContents);
        header()->setSectionResizeMode(DiagnosticsModel::LocationColumn,
                                       QHeaderView::ResizeToContents);
        header()->setSectionResizeMode(DiagnosticsModel::CodeColumn, QHeaderView::ResizeToContents);
    }
}

} // namespace Kiln
