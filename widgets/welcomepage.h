// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What the studio shows when no document is open: start a new document (empty
// or from a template), open one, or reopen a recent file. Instead of an empty
// "Untitled" tab whose first sight is a validation error.
#pragma once

#include <QWidget>

class QListWidget;

namespace Kiln {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The recent files, newest first (those that no longer exist are left out).
    void setRecentFiles(const QStringList &paths);
    QListWidget *templatesList() const { return m_templates; }
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void newDocumentRequested();
    void openRequested();
    void templateRequested(const QString &resource);
    void recentRequested(const QString &path);

private:
    QListWidget *m_templates;
    QListWidget *m_recent;
};

} // namespace Kiln
