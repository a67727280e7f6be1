// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What a run did, as plain data: one record per execution, document, phase and
// step, with statuses, times, failure messages and the resolved inputs and
// outputs that chaining reads back. The executor fills these in as it goes;
// the report writers (detailedoutput.json, JUnit, the run summary) and the
// reboot state file serialise them. Status spellings come from one table
// (statusName) so they can be changed in one place (behaviour-reference §8.3).
#pragma once

#include "schema/actioncatalogue.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <vector>

namespace Kiln {

enum class RunStatus {
    Pending, // not reached (yet)
    Running,
    Success,
    Failed,
    IgnoredFailure,            // failed with onFailure: Ignore
    SuccessWithIgnoredFailure, // phase/document/execution with an ignored failure
    Skipped,                   // `if` said Skip; counts as success in the roll-up
    Cancelled,                 // stopped by the user (SIGINT, Stop button)
    // Kiln additions (reports only; never counted as executed, ignored by rollUp):
    NotRun,        // never reached: an earlier step aborted the run, or it was cancelled
    RebootPending, // a reboot was handed off here (the step, and its phase/document/run)
};

// "success", "failed", "ignoredFailure", "successWithIgnoredFailure", "skipped",
// "cancelled", "pending", "running", "notRun", "rebootPending". [REC] lower camel
// case, see §6.5.
QString statusName(RunStatus status);
RunStatus statusFromName(QStringView name);
// Success, SuccessWithIgnoredFailure, Skipped: the run may report success.
bool isSuccessful(RunStatus status);

// One iteration of a step's loop, as the last attempt ran it. Not part of
// detailedoutput.json: AWSTOE reports a loop as one step (§3.4, §6.5), so this
// only feeds the studio and tests.
struct IterationRecord
{
    qint64 index = 0;
    QString label; // the iteration's value
    RunStatus status = RunStatus::Running;
    qint64 durationMs = -1;
};

struct StepRecord
{
    QString name;
    QString action;
    RunStatus status = RunStatus::Pending;
    QString failureMessage;
    int timeoutSeconds = DefaultTimeoutSeconds;
    QString onFailure = QStringLiteral("Abort");
    int maxAttempts = 1;
    int attempts = 0; // attempts made (not in detailedoutput.json)
    QDateTime startTime;
    QDateTime endTime;
    QJsonArray inputs;         // resolved, defaults filled in
    QJsonArray outputs;        // [{"stdout": "..."}], empty when the module has none
    QJsonValue loop;           // the loop as written (JSON), null without a loop
    QJsonValue detailedOutput; // ExecuteDocument: array of nested executions
    std::vector<IterationRecord>
        iterations; // loop steps, last attempt (not in detailedoutput.json)
};

struct PhaseRecord
{
    QString name;
    RunStatus status = RunStatus::Pending;
    QString failureMessage;
    QDateTime startTime;
    QDateTime endTime;
    // In run order. Append with push_back; remove only with removeStep() and do
    // not rename a record: that keeps the name index below valid.
    std::vector<StepRecord> steps;

    // The first record of this step, or null. Constant time: a run looks every
    // step up as it starts it, and a scan per lookup made runs quadratic.
    StepRecord *step(QStringView stepName);
    const StepRecord *step(QStringView stepName) const;
    // Drops every record of this step (a step rerun after a reboot or a crash
    // replaces its earlier record, which is then the last one).
    void removeStep(QStringView stepName);

private:
    void resetStepIndex() const;

    // Step name → position in `steps`, extended lazily with appended records.
    mutable QHash<QString, size_t> m_stepIndex;
    mutable size_t m_indexedSteps = 0;
};

struct DocumentRecord
{
    QString name;
    QString filePath;
    QString description;
    RunStatus status = RunStatus::Pending;
    QString failureMessage;
    QDateTime startTime;
    QDateTime endTime;
    std::vector<PhaseRecord> phases;

    PhaseRecord *phase(QStringView phaseName);
    const PhaseRecord *phase(QStringView phaseName) const;
};

struct ExecutionRecord
{
    QString executionId;
    RunStatus status = RunStatus::Pending;
    QString failureMessage;
    QDateTime startTime;
    QDateTime endTime;
    std::vector<DocumentRecord> documents;
    QString logUrl;

    struct Counters
    {
        int executed = 0; // steps that ran (failed and ignored included, skipped excluded)
        int failed = 0;
        int ignored = 0;
    };
    Counters counters() const;
};

// §7.4: failed if any child failed (or was cancelled: cancelled), else
// successWithIgnoredFailure if any child ignored a failure, else success.
// `children` are the statuses of the steps/phases/documents below.
RunStatus rollUp(const std::vector<RunStatus> &children);

// A step's outputs as people read them: stdout as text, anything else as
// indented JSON ({"stdout": "..."} is the common case, so it reads like a console).
QString stepOutputsText(const QJsonArray &outputs);

// RFC 3339 with the local UTC offset, seconds precision ("2021-08-26T17:20:31-07:00").
QString rfc3339(const QDateTime &time);

// The detailedoutput.json shape (§6.5): inputs/outputs as JSON-encoded strings.
QJsonObject toJson(const ExecutionRecord &record);
QJsonObject toJson(const DocumentRecord &record);
QJsonObject toJson(const PhaseRecord &record);
QJsonObject toJson(const StepRecord &record);
// Reads back what toJson wrote (reboot state, nested detailedOutput).
ExecutionRecord executionFromJson(const QJsonObject &json);

// The run summary printed on stdout and used as ExecuteDocument's output.
QJsonObject summaryJson(const ExecutionRecord &record);
// The summary `kiln run` prints, which must agree with its exit status:
// `problems` outside the steps that fail the exit status (a log or report
// file not written, the logs not uploaded) turn a successful status into
// "failed", and failureMessage lists them after the run's own message. The
// step counts stay those of the run.
QJsonObject summaryJson(const ExecutionRecord &record, const QStringList &problems);

} // namespace Kiln
