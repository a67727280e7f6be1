// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The run history pane: the TOE_* run folders of the log directory, newest
// first; opening one shows its detailedoutput.json as a read-only tree
// (statuses, durations, failure messages) with the selected step's outputs,
// inputs and failure below. "Open Report…" shows a detailedoutput.json from
// anywhere, e.g. one AWSTOE wrote on an Image Builder instance.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace Kiln {

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

    RunHistoryModel *historyModel() const { return m_history; }
    RunRecordModel *recordModel() const { return m_record; }
    QTreeView *runsView() const { return m_runs; }
    QTreeView *recordView() const { return m_tree; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QString openedReport() const { return m_opened; }

Q_SIGNALS:
    // A report was opened (recordModel() has it): `file` is its detailedoutput.json.
    void reportOpened(const QString &file);

private:
    void showDetails();

    RunHistoryModel *m_history;
    RunRecordModel *m_record;
    QLabel *m_title;
    QLabel *m_reportTitle;
    QTreeView *m_runs;
    QTreeView *m_tree;
    QPlainTextEdit *m_details;
    QString m_opened;
};

} // namespace Kiln
