// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Runs component documents: documents in the given order, the selected phases
// in document order, steps in order (behaviour-reference §7). Per step: the `if`
// (evaluated once, remembered across reboots), inputs typed and substituted
// (parameters, constants, chaining, env/context), the loop expanded, attempts
// up to maxAttempts under one timeoutSeconds budget each (a retry reruns the
// whole loop), onFailure applied, statuses rolled up (§7.4). It owns no
// console and no files besides generated scripts and the reboot state: it
// reports through past-tense signals, which the CLI's printer, the report
// writers and the studio's step tree all consume alike.
//
// Reboots (§7.6): Kiln never reboots the machine. A reboot request (exit 194,
// the Reboot module) is simulated in place (state saved and restored, the
// same step rerun for 194, the next step for Reboot or, in a loop over Reboot,
// the loop's next iteration; at most maxReboots), or
// handed off (state written atomically to the state directory, the run ends
// with outcome() == RebootHandoff so the caller exits 194 and a later run
// resumes), or fails the step, per RebootMode.
#pragma once

#include "aws/awslookups.h"
#include "exec/executoroptions.h"
#include "exec/referenceresolver.h"
#include "exec/runrecord.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace Kiln {

class Document;
struct Step;
struct LoopIteration;
struct Reference;

class Executor : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Finished, RebootHandoff };

    explicit Executor(ExecutorOptions options, QObject *parent = nullptr);
    ~Executor() override;

    // Starts a fresh run; returns at once.
    void start();
    // Continues the run saved in `state` (stateJson() of an earlier executor over
    // the same documents). Returns false with `error` when the state is unusable.
    bool resume(const QJsonObject &state, QString *error);
    // Stops the running step (its whole process group: SIGTERM, SIGKILL after the
    // grace period, or at once on a second call) and ends the run as cancelled.
    void cancel();

    // Where the run is. Idle until start() or resume(); Running while steps run;
    // Aborting once a step's onFailure chose Abort and Stopping once the user
    // cancelled (the running step is stopped, the rest recorded as not run; a
    // cancel overrides an abort); HandedOff after a reboot handoff; Finished after
    // runFinished.
    enum class State { Idle, Running, Aborting, Stopping, HandedOff, Finished };
    State state() const { return m_state; }
    bool isRunning() const
    {
        return m_state == State::Running || m_state == State::Aborting ||
               m_state == State::Stopping;
    }
    bool wasCancelled() const
    {
        return m_state == State::Stopping ||
               (m_state == State::Finished && m_record.status == RunStatus::Cancelled);
    }
    Outcome outcome() const { return m_outcome; }
    // The record with real values (what chaining reads); show or write it
    // through masked() (exec/recordmasking.h) or a report writer. The signals
    // below carry masked text and records.
    const ExecutionRecord &record() const { return m_record; }
    std::shared_ptr<SecretMasker> secrets() const { return m_options.secrets; }
    const ExecutorOptions &options() const { return m_options; }
    // The steps this run starts (the studio's progress bar counts them).
    const RunPlan &plan() const { return m_plan; }
    int rebootCount() const { return m_rebootCount; }
    // Process group of the running step's process, 0 when none runs (the
    // studio's tests check that Stop leaves no process of it behind).
    qint64 runningProcessGroup() const { return m_runningGroup; }

    // chaining.json: every reference resolved so far, where its value came from,
    // and the value (real: RunLogs::writeChaining masks it). See noteResolved().
    QJsonObject chainingJson() const;
    // Everything needed to continue this run in another process (exec/runstate.h
    // reads it back).
    QJsonObject stateJson() const;

    // Signals, in order: runStarted; per document documentStarted … documentFinished;
    // per selected phase phaseStarted … phaseFinished; per step stepStarted,
    // stepOutput*, stepFinished (exactly once per step and run, except that a step
    // rerun after a simulated exit-194 reboot, or a loop over the Reboot module
    // continued after one, gets another stepStarted and one stepFinished);
    // runFinished exactly once (RunStatus::Pending when the run
    // ended with a reboot handoff, see outcome()).
    //
    // Additive, for the studio: a step with a `loop` reports each iteration
    // between its stepStarted and stepFinished (iterationStarted, that
    // iteration's stepOutput*, iterationFinished). A loop stops at its first
    // failed iteration (§3.4), so later iterations get no signal; a retry
    // (maxAttempts) or an exit-194 rerun starts again at index 0; after a Reboot
    // module iteration the loop goes on at the next index. Transfer
    // steps (WebDownload, S3Download, S3Upload) report stepProgress, at most
    // about ten times a second, and always with their last value before the
    // iteration or step finishes; an ExecuteDocument step reports the transfers
    // of its nested document's steps (and of an s3:// document's download) as its own.
Q_SIGNALS:
    void runStarted(const QString &executionId);
    void documentStarted(int document, const QString &path);
    void phaseStarted(int document, const QString &phase);
    void stepStarted(int document, const QString &phase, const QString &step,
                     const QString &action);
    void stepOutput(int document, const QString &phase, const QString &step,
                    Kiln::OutputChannel channel, const QString &line);
    void stepFinished(int document, const QString &phase, const Kiln::StepRecord &record);
    void phaseFinished(int document, const Kiln::PhaseRecord &record);
    void documentFinished(int document, const Kiln::DocumentRecord &record);
    // `label` names the iteration as AWSTOE does: its value (the item of a
    // forEach, the number of a `for`). `index` is 0-based.
    void iterationStarted(int document, const QString &phase, const QString &step, qint64 index,
                          const QString &label);
    // `status`: Success, Failed (the action failed or timed out), Cancelled, or
    // RebootPending (exit 194: it runs again, with its whole step, after the
    // reboot). A Reboot module iteration finishes Success once the reboot is
    // simulated or handed off.
    void iterationFinished(int document, const QString &phase, const QString &step, qint64 index,
                           Kiln::RunStatus status, qint64 durationMs);
    // Additive, for the timeline: an attempt of the step (1-based) begins,
    // after stepStarted. A step going on after a reboot reports the attempt
    // that asked for the reboot again.
    void attemptStarted(int document, const QString &phase, const QString &step, int attempt);
    // The step asked for a reboot, and it was simulated or handed off.
    void rebooted(int document, const QString &phase, const QString &step);
    // Bytes moved so far by the running step's transfer; total -1 = unknown.
    void stepProgress(int document, const QString &phase, const QString &step, qint64 done,
                      qint64 total);
    // The executor's own notes (retries, reboots, warnings), for the console.
    void message(const QString &text);
    void runFinished(Kiln::RunStatus status);

private:
    std::unique_ptr<ActionRun> createExecuteDocument(const ActionContext &context) const;
    struct Position
    {
        int document = 0;
        int phase = 0; // index into Document::phases
        int step = 0;
    };
    struct CurrentStep;

    void scheduleAdvance();
    bool stopping() const { return m_state == State::Stopping; }
    void abortRun(); // the rest of the run is recorded as not run
    void advance();
    // Whether the current phase runs (m_plan); moves m_pos.step into the
    // phase's planned steps, or past its end after them.
    bool applySelection(const Document &doc);
    void startStep(const Step &step);
    // The SSM parameters and instance metadata the step refers to that this run
    // has not fetched yet (none in a dry run: references stay as written there).
    // The rest of startStep once its AWS values are in: `if`, inputs, loop.
    void evaluateStep(const QJsonObject &resume);
    void startAttempt();
    // Resumes a loop after a Reboot module iteration at m_stepResume's next iteration.
    void continueLoop(const QJsonObject &resume);
    // The current step and attempt, and for a loop going on after a reboot, the
    // next iteration and the outputs so far.
    QJsonObject stepResumeJson(std::optional<qint64> nextIteration) const;
    void runIteration();
    void onActionFinished(const ActionResult &result);
    void onActionProgress(qint64 done, qint64 total);
    void flushProgress();
    // Ends the running loop iteration, if one runs: iterationFinished, and the step record.
    void finishIteration(RunStatus status);
    void iterationFailed(const QString &message, bool timedOut);
    void attemptFailed(const QString &message);
    void finishStep(RunStatus status, const QString &failureMessage);
    void handleReboot(const ActionResult &result);
    void finishPhase();
    void finishDocument();
    void finishRun();

    StepRecord &stepRecord();
    PhaseRecord &phaseRecord();
    DocumentRecord &documentRecord();
    const Document &document() const;
    QString stepKey() const;
    void checkpoint();
    void restoreState(const QJsonObject &state);

    void recordUnreached(RunStatus status, const QString &note);
    // Where text substituted now is: the current document, phase, step and loop.
    ReferenceResolver::Scope scope(const LoopIteration *iteration);
    // A value awsLookupsFor() fetched, or nullopt with why it could not be.
    QString mask(const QString &text) const { return m_options.secrets->mask(text); }
    // Emits message() masked, for notes that quote a failure message or a condition.
    void note(const QString &text) { Q_EMIT message(mask(text)); }

    ExecutorOptions m_options;
    ActionRegistry m_actions; // m_options.actions + ExecuteDocument
    ExecutionRecord m_record;
    Position m_pos;
    RunPlan m_plan;
    State m_state = State::Idle;
    bool m_advanceQueued = false; // one queued advance() at a time
    Outcome m_outcome = Outcome::Finished;
    int m_rebootCount = 0;
    qint64 m_runningGroup = 0;         // process group of the running step, kept in the state file
    QHash<QString, QString> m_ifCache; // step key -> "Execute" | "Skip" | "Abort"
    QString m_stopNote;                // why unreached steps did not run (after an Abort)
    // Set between a reboot a step asked for (exit 194, or a Reboot iteration in
    // a loop) and that step's start after it, and kept in the state file: the
    // attempt it goes on with and, for a loop, where (stepResumeJson()).
    QJsonObject m_stepResume;
    std::unique_ptr<CurrentStep> m_current;
    std::unique_ptr<ReferenceResolver> m_references; // {{ }} values, chaining.json
};

} // namespace Kiln
