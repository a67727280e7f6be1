// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A run on a time axis, for the studio's Timeline view and the HTML report:
// one lane per step in the order steps first started, holding a bar for the
// step, one per attempt and one per loop iteration, each with its status; and
// reboot markers. Built live from an Executor's signals, from an
// ExecutionRecord (detailedoutput.json, Kiln's or AWSTOE's: whole seconds, no
// attempts or iterations), or from kiln-timeline.json (what a live model
// saved: milliseconds, attempts, iterations, reboots). QtCore only, tested
// headless. One row per lane; a lane's bars change with dataChanged, never a reset.
//
// Times are milliseconds from the run's start. What painters may rely on:
// a lane's first bar is its step bar; within a lane, attempt bars are in order
// and never overlap (one that starts before the previous attempt ended, as
// whole-second times or a clock set back after a reboot can give, is moved to
// that end), and iteration bars lie within their attempt.
#pragma once

#include "exec/runrecord.h"
#include "exec/stepaddress.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <vector>

namespace Kiln {

class Executor;

struct TimelineBar
{
    enum class Kind { Step, Attempt, Iteration };
    Kind kind = Kind::Step;
    int attempt = 0;       // Attempt and Iteration: 1-based; Step: 0
    qint64 iteration = -1; // Iteration: 0-based index
    QString label;         // Iteration: its value
    qint64 startMs = 0;
    qint64 endMs = -1; // -1 while it runs
    RunStatus status = RunStatus::Running;
    QString failureMessage; // Step

    bool running() const { return endMs < 0; }
};

struct TimelineLane
{
    int document = 0;
    QString phase;
    QString step;
    QString action;
    std::vector<TimelineBar> bars; // bars.front() is the step bar

    const TimelineBar &stepBar() const { return bars.front(); }
    int attemptCount() const;
};

struct TimelineMarker
{
    enum class Kind { Reboot };
    Kind kind = Kind::Reboot;
    int lane = 0;
    qint64 atMs = 0;
};

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RunStatusRole = Qt::UserRole + 1, // int(Kiln::RunStatus) of the step bar
        StartRole,                        // ms from the run's start
        EndRole,                          // ms, -1 while running
        DocumentRole,
        PhaseRole,
        StepRole,
        ActionRole,
        FailureMessageRole,
        AttemptsRole,
    };
    Q_ENUM(Role)

    // The file a live model is saved to in the run folder (see RunJournal).
    static QString fileName() { return QStringLiteral("kiln-timeline.json"); }

    explicit TimelineModel(QObject *parent = nullptr);

    void clear();
    // Follows `executor` from now on. A new run clears the model; with
    // `continueRun` (a run resumed after a reboot hand-off, whose earlier part
    // was loaded with setJson) the lanes stay and times go on from its start.
    void attach(Executor *executor, bool continueRun = false);
    void setRecord(const ExecutionRecord &record);
    QJsonObject toJson() const;
    // False with `error` when `json` is not a timeline; the model is then empty.
    bool setJson(const QJsonObject &json, QString *error);

    const std::vector<TimelineLane> &lanes() const { return m_lanes; }
    const std::vector<TimelineMarker> &markers() const { return m_markers; }
    QString executionId() const { return m_executionId; }
    QDateTime startTime() const { return m_start; }
    // True while an attached executor runs: running bars end at nowMs().
    bool isLive() const { return m_live; }
    qint64 nowMs() const;
    // The end of the last bar (nowMs() while live).
    qint64 durationMs() const;
    // -1 when the step has no lane.
    int laneOf(int document, const QString &phase, const QString &step) const;
    // How long the step took (all its attempts), in milliseconds; -1 when it has
    // no lane or still runs.
    qint64 stepDurationMs(int document, const QString &phase, const QString &step) const;
    // "Step build/Install · failed · 1.2 s", attempts, iteration, failure: the tooltip of a bar.
    QString describe(int lane, const TimelineBar &bar) const;

    // A time axis for `totalMs`: 1, 2 or 5 × 10^n ms (then whole seconds, minutes,
    // hours) so that at most `maxTicks` fit; a tick's label at that interval ("30 s").
    static qint64 tickInterval(qint64 totalMs, int maxTicks);
    static QString tickLabel(qint64 ms, qint64 interval);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int ensureLane(int document, const QString &phase, const QString &step, const QString &action);
    TimelineBar *openBar(int lane, TimelineBar::Kind kind);
    // Ends the lane's running bars of `kind` at `atMs` (-1: now).
    void closeOpen(int lane, TimelineBar::Kind kind, RunStatus status, qint64 atMs = -1);
    void changed(int lane);
    // Enforces the guarantees in the header (order, no overlap) on loaded data.
    void normalise();

    std::vector<TimelineLane> m_lanes;
    std::vector<TimelineMarker> m_markers;
    QHash<StepAddress, int> m_laneIndex;
    QHash<int, qint64> m_rebootPending; // lane → when its step asked for a reboot (it runs again)
    QString m_executionId;
    QDateTime m_start; // UTC
    QElapsedTimer m_clock;
    qint64 m_clockBase = 0; // ms from m_start when m_clock started
    bool m_live = false;
    QPointer<Executor> m_executor;
};

} // namespace Kiln
