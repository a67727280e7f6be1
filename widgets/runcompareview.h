// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Two runs side by side (report/runcomparison.h, the same comparison as
// `kiln diff`): one row per step with both statuses and durations, the rows
// that differ marked and first in attention, and for the selected step the
// two outputs next to each other with failures and changed files below.
#pragma once

#include "report/replayoutcome.h"
#include "report/runcomparison.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Kiln {

class RunCompareView : public QWidget
{
    Q_OBJECT
public:
    enum Column { StepColumn, StatusAColumn, StatusBColumn, DurationAColumn, DurationBColumn };

    explicit RunCompareView(QWidget *parent = nullptr);
    // A window of its own over `parent`, deleted when closed, called `title`.
    static RunCompareView *openWindow(QWidget *parent, const QString &title);

    void setComparison(RunComparison comparison);
    // A replay (`kiln run --replay` in the studio): A is the original run, B the
    // replay; `verdict` heads the summary and the step that failed in the
    // original is selected.
    void setReplayOutcome(const ReplayOutcome &outcome, const QString &verdict);
    const RunComparison &comparison() const { return m_comparison; }
    QTreeWidget *stepsView() const { return m_steps; }
    QPlainTextEdit *outputA() const { return m_outputA; }
    QPlainTextEdit *outputB() const { return m_outputB; }
    QString summaryText() const;

private:
    void showStep();

    RunComparison m_comparison;
    QLabel *m_summary;
    QTreeWidget *m_steps;
    QLabel *m_labelA;
    QLabel *m_labelB;
    QPlainTextEdit *m_outputA;
    QPlainTextEdit *m_outputB;
    QPlainTextEdit *m_notes;
    // "A" and "B"; for a replay "Original" and "Replay" (titles), "the original
    // run" and "the replay" (in sentences).
    QString m_titleA, m_titleB, m_nameA, m_nameB;
};

} // namespace Kiln
