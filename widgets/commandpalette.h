// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Ctrl+Shift+P: every enabled action of the window's menus in one list,
// filtered as you type (each word must appear, in any order), with its menu
// path and shortcut; Enter runs the chosen one. The menus stay the single
// source: a new action is in the palette without being registered twice.
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QMenuBar;

namespace Kiln {

class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(QMenuBar *menus, QWidget *parent);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter();
    void runCurrent();

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Kiln
