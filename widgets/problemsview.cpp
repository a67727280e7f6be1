// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "problemsview.h"

#include "model/diagnosticsmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPalette>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QVBoxLayout>

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

namespace {

// A row stays when each word is in one of its columns' texts.
class ProblemsFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QStringList &words)
    {
        m_words = words;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        QString text;
        for (int column = 0; column < sourceModel()->columnCount(parent); ++column)
            text += sourceModel()->index(row, column, parent).data().toString() + u'\n';
        return std::all_of(m_words.begin(), m_words.end(), [&text](const QString &word) {
            return text.contains(word, Qt::CaseInsensitive);
        });
    }

private:
    QStringList m_words;
};

} // namespace

ProblemsView::ProblemsView(QWidget *parent)
    : QTreeView(parent), m_proxy(new ProblemsIconProxy(this)),
      m_filter(new ProblemsFilterProxy(this))
{
    m_filter->setSourceModel(m_proxy);
    setModel(m_filter);
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

QWidget *ProblemsView::createPane(QWidget *parent)
{
    auto *pane = new QWidget(parent);
    m_filterEdit = new QLineEdit(pane);
    m_filterEdit->setPlaceholderText(tr("Filter problems (code, text, line)"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filterEdit);
    layout->addWidget(this, 1);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ProblemsView::setFilterText);
    pane->setFocusProxy(this); // focusing the pane focuses the list
    return pane;
}

void ProblemsView::setFilterText(const QString &text)
{
    static_cast<ProblemsFilterProxy *>(m_filter)->setWords(text.split(u' ', Qt::SkipEmptyParts));
    if (m_filterEdit && m_filterEdit->text() != text)
        m_filterEdit->setText(text);
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
