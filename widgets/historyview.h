// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The run history pane: the TOE_* run folders of the log directory, newest
// first; opening one shows its detailedoutput.json as a read-only tree
// (statuses, durations, failure messages) with the selected step's outputs,
// inputs and failure below. "Open Report…" shows a detailedoutput.json from
// anywhere, e.g. one AWSTOE wrote on an Image Builder instance.
#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace Kiln {

class RunCompareView;

class RunHistoryModel;
class RunRecordModel;

class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);

    void setLogDirectory(const QString &directory);
    void refresh();
    // Shows the report of a run folder, or a detailedoutput.json file. False
    // (and the reason in the pane) when it cannot be read.
    bool openRunFolder(const QString &folder);
    bool openReport(const QString &file);
    // Selects and opens the newest run, if any.
    void openNewest();
    // Asks for a detailedoutput.json and opens it.
    void openReportDialog();

    // The runs selected in the list (run folders), newest first.
    QStringList selectedRuns() const;
    // The run listed after `folder` (the one before it in time), or empty.
    QString previousRun(const QString &folder) const;
    // Opens a window comparing run (or report) `a` with `b`; null, with the
    // reason in the pane's title, when one cannot be read.
    RunCompareView *compare(const QString &a, const QString &b);
    // Asks for a run folder or report and compares the opened report with it.
    void compareOpenedWithDialog();
    // Deletes the run folders (only TOE_* folders of this log directory).
    // With `confirm` the user is asked first.
    void deleteRuns(const QStringList &folders, bool confirm = true);
    // The actions of a run's context menu for `folder` (the selected runs for
    // Compare Selected and Delete).
    void addRunActions(QMenu &menu, const QString &folder);
    // How folders and files are opened outside the studio (tests replace it).
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    RunHistoryModel *historyModel() const { return m_history; }
    RunRecordModel *recordModel() const { return m_record; }
    QTreeView *runsView() const { return m_runs; }
    QTreeView *recordView() const { return m_tree; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QString openedReport() const { return m_opened; }

Q_SIGNALS:
    // A report was opened (recordModel() has it): `file` is its detailedoutput.json.
    void reportOpened(const QString &file);
    // "Run Again" on a run folder: the main window reruns it as it ran.
    void runAgainRequested(const QString &folder);
    // "Replay" on a run folder or the opened report (`path`): the main window
    // replays it (studioreplay.h).
    void replayRequested(const QString &path);

private:
    void showDetails();
    void showRunMenu(const QPoint &pos);
    void setOpened(const QString &file);

    RunHistoryModel *m_history;
    RunRecordModel *m_record;
    QLabel *m_title;
    QLabel *m_reportTitle;
    QTreeView *m_runs;
    QTreeView *m_tree;
    QPlainTextEdit *m_details;
    QString m_opened;
    QPushButton *m_replayButton;
    std::function<void(const QUrl &)> m_openUrl;
};

} // namespace Kiln
