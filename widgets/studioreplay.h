// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln run --replay` in the studio: a run folder or detailedoutput.json (one
// from Image Builder, or a run of this machine) is planned as the CLI plans it
// (core/run/replayplan.h), the plan is shown for confirmation (documents,
// phases, the stop after the failed step, parameters, where it runs), the
// document the original run failed in is opened, the Run pane runs the plan
// on its "Run on" target, and at the end the original and the replay are
// compared as the CLI compares them (core/report/replayoutcome.h): a Compare
// window, failed step first, with the verdict.
#pragma once

#include "report/replayoutcome.h"
#include "report/runreportsource.h"
#include "run/replayplan.h"
#include "runcompareview.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace Kiln {

class EditorPage;
class MainWindow;
class RunPanel;

class StudioReplay : public QObject
{
    Q_OBJECT
public:
    // Shows the plan and says whether to go on (tests replace the dialog).
    // `sandbox` is null unless the Run pane would run on this machine while a
    // sandbox of it can be had: then it offers that, checked, and says the choice.
    using Confirm = std::function<bool(const QString &plan, bool *sandbox)>;

    StudioReplay(MainWindow *window, RunPanel *panel);

    void setConfirmation(Confirm confirm) { m_confirm = std::move(confirm); }
    // Replays the run of `report`. False, with the reason in message(), when
    // it cannot be planned, the user declines or the Run pane refuses.
    bool start(const QString &report);
    bool isReplaying() const { return m_original.has_value(); }
    // What start() planned, as the confirmation shows it.
    QString planText() const { return m_planText; }
    // The comparison of the last replay that ended (null once closed).
    RunCompareView *outcomeView() const { return m_view; }

Q_SIGNALS:
    // For the status bar: why nothing started, or the verdict.
    void message(const QString &text);
    // A replay ended and was compared with its original.
    void compared(const Kiln::ReplayOutcome &outcome);

private:
    QString describe(const QString &report) const;
    // The page for plan document `index`: the file, its copy in the run
    // folder, or an empty page that the run fills once it has fetched it.
    EditorPage *openDocument(size_t index);
    void finish(int status, const QString &folder);

    MainWindow *m_window;
    RunPanel *m_panel;
    Confirm m_confirm;
    std::optional<RunReportSource> m_original; // while a replay runs
    ReplayPlan m_plan;
    QString m_planText;
    QPointer<RunCompareView> m_view;
};

// The verdict of a replay in one sentence.
QString replayVerdict(const ReplayOutcome &outcome);

} // namespace Kiln
