// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The Changes pane: what a sandboxed run changed, step by step (files added,
// modified, deleted and replaced, packages, users, groups, units, and the
// idempotence check's findings), live during a run and for a past run of the
// history (its changes.json). Selecting a text file shows its diff.
#pragma once

#include "sandbox/changereport.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Kiln {

class ChangesView : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesView(QWidget *parent = nullptr);

    void showReport(const Sandbox::ChangeReport &report);
    // The changes.json of run folder `folder`; false (and an explanation in
    // the pane) when the run was not sandboxed.
    bool showRunFolder(const QString &folder);
    void clear(const QString &why);

private:
    void showDiff();

    QLabel *m_title;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_diff;
};

} // namespace Kiln
