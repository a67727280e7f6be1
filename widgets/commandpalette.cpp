// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "commandpalette.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

constexpr int ActionRole = Qt::UserRole;

QString plain(QString text)
{
    return text.remove(u'&').remove(u"..."_s).remove(u'…').trimmed();
}

void collect(QMenu *menu, const QString &path, QListWidget *list)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (QMenu *sub = action->menu()) {
            collect(sub, path + plain(sub->title()) + u" › "_s, list);
            continue;
        }
        if (!action->isEnabled() || plain(action->text()).isEmpty())
            continue;
        auto *item = new QListWidgetItem(path + plain(action->text()), list);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            item->setText(item->text() + u"    ("_s + keys + u')');
        item->setIcon(action->icon());
        item->setData(ActionRole, QVariant::fromValue(QPointer<QAction>(action)));
    }
}

} // namespace

CommandPalette::CommandPalette(QMenuBar *menus, QWidget *parent)
    : QDialog(parent, Qt::Popup), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Command Palette"));
    m_filter->setPlaceholderText(tr("Type a command (e.g. run, fold, quick fix)"));
    for (QAction *top : menus->actions()) {
        if (QMenu *menu = top->menu())
            collect(menu, plain(menu->title()) + u" › "_s, m_list);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(560, 380);
    if (parent)
        move(parent->geometry().center().x() - width() / 2, parent->geometry().top() + 60);
    m_list->setCurrentRow(0);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    m_filter->setFocus();
}

// Up and Down choose in the list while the typing stays in the filter.
bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::filter()
{
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    int first = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = std::all_of(words.begin(), words.end(), [item](const QString &w) {
            return item->text().contains(w, Qt::CaseInsensitive);
        });
        item->setHidden(!shown);
        if (shown && first < 0)
            first = row;
    }
    m_list->setCurrentRow(first);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    const QPointer<QAction> action =
        item && !item->isHidden() ? item->data(ActionRole).value<QPointer<QAction>>() : nullptr;
    accept();
    if (action)
        action->trigger();
}

} // namespace Kiln
