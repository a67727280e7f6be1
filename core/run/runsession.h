// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// One run, from a request to its reports: the sequence `kiln run` and the studio
// used to write out each on its own (load → validate → run folder → executor
// options → start or resume → reports → state file), now written once.
//
//   RunSession session(request);            // or RunSession::resuming(state, request)
//   if (auto refusal = session.prepare(&out)) { ...nothing ran... }
//   connect(&session.executor(), &Executor::runFinished, ...);
//   session.start(&error);
//   ... runFinished ...
//   session.writeReports(session.executor().record());
//   session.close();
//
// Observers (the console reporter, the journal, the studio's step tree) hang off
// executor(). Core never waits here: transfers before the run and the log upload
// after it go through RunRequest::wait, the caller's.
#pragma once

#include "diagnostics/diagnostic.h"
#include "exec/runstate.h"
#include "report/runlogs.h"
#include "run/runrequest.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <memory>
#include <optional>
#include <vector>

class QTemporaryDir;

namespace Kiln {

class ConsoleReporter;
class RunJournal;
class RunLogs;

class RunSession
{
public:
    // Why nothing ran. The caller words it (kiln run's messages, the studio's Problems).
    struct Refusal
    {
        enum class Kind {
            NoSuchFile,          // path
            DownloadFailed,      // path, detail
            Unreadable,          // path (a downloaded copy that cannot be read)
            Invalid,             // path, errors
            HandoffWithoutState, // a reboot handoff with nowhere to save the state
            LogFolder,           // detail
            Sandbox,             // detail
        };
        Kind kind;
        QString path;
        QString detail;
        Diagnostics errors;
    };
    // A problem with the state directory's saved run (the path is the state file's).
    struct StateProblem
    {
        enum class Kind { Unreadable, Damaged, BadExecutionId };
        Kind kind;
        QString path;
        QString detail; // BadExecutionId: why
    };
    // A report file that could not be written at the end; `spareFile` is where
    // detailedoutput.json went instead (empty: nowhere).
    struct UnwrittenReport
    {
        enum class Kind { DetailedOutput, JUnit, Chaining, Html, Changes };
        Kind kind;
        QString file;
        QString reason;
        QString spareFile;
    };

    // The run saved in `stateDirectory` (a reboot handoff, a crash): an empty
    // object when there is none, nothing when it cannot be used.
    static std::optional<QJsonObject> savedState(const QString &stateDirectory,
                                                 StateProblem *problem);

    explicit RunSession(RunRequest request);
    // Resumes the run of `state`: its documents, phases, parameters, selection,
    // id, folder and (unless `given` sets them) reboot mode and log upload; the
    // rest (folders, grace period, output files) comes from `given`.
    static std::unique_ptr<RunSession> resuming(const QJsonObject &state, RunRequest given);
    ~RunSession();
    RunSession(const RunSession &) = delete;
    RunSession &operator=(const RunSession &) = delete;

    bool isResuming() const { return !m_state.isEmpty(); }
    const RunRequest &request() const { return m_request; }

    // Loads and validates every document, opens the run folder (not for a dry
    // run), copies the documents into it and builds the executor with its
    // console reporter (printing to `console` too, when given) and journal.
    std::optional<Refusal> prepare(QTextStream *console);

    Executor &executor() { return *m_executor; }
    const Executor &executor() const { return *m_executor; }
    ConsoleReporter &reporter() { return *m_reporter; }
    RunLogs &logs() { return *m_logs; }
    QString folder() const;
    // What a sandboxed run changed so far (null: not sandboxed).
    const Sandbox::ChangeReport *changes() const;
    // RunRequest::checkIdempotence, after the run: runs every step again in the
    // sandbox with an executor of its own, returned to wait on (its
    // runFinished), then finishIdempotenceCheck(). Null, with `why`, when the
    // run was not successful or is not sandboxed.
    Executor *startIdempotenceCheck(QString *why);
    // Stops the run, or the idempotence check's second run when it is going.
    void cancel();
    // The steps that are not idempotent (also in changes.json and its text).
    const std::vector<Sandbox::IdempotenceFinding> &finishIdempotenceCheck();
    // The steps the run will start (its RunPlan), for a progress bar.
    int plannedStepCount() const;

    // A resumed run first stops what the interrupted step left running.
    Leftovers stopLeftovers() const;
    bool start(QString *error);

    // The s3:// URL the log folder will have (empty: no upload); a report
    // written before the upload names it.
    QString logUrl() const;
    // Writes detailedoutput.json (somewhere else when it cannot be written in the
    // folder), chaining.json and the requested JUnit and HTML files.
    std::vector<UnwrittenReport> writeReports(const ExecutionRecord &record);
    // Removes the state file of a run that ended (kept after a reboot handoff):
    // only after the reports, so a kill before them resumes instead of losing them.
    void close();
    // Uploads the run folder (RunRequest::logUpload) and waits with RunRequest::wait.
    FileTransferResult uploadLogs();
    // Sends what console.log got since the last CloudWatch call and ends the
    // stream, waiting with RunRequest::wait; ok when not streaming. Call after the
    // last console.log line (the summary), for every run that started.
    FileTransferResult closeCloudWatch();

private:
    std::optional<Refusal> loadDocuments(std::vector<RunDocument> *documents);
    std::optional<Refusal> openFolder(std::vector<RunDocument> &documents);
    ExecutorOptions executorOptions(std::vector<RunDocument> documents) const;
    std::optional<Refusal> openSandbox();
    void startCloudWatch();
    void recordChanges(Executor *executor);
    std::vector<JUnitCase> idempotenceCases() const;
    // Records each step's outcome and outputs of `executor` into `outcomes`.
    void recordOutcomes(Executor *executor, std::vector<Sandbox::StepOutcome> *outcomes);

    RunRequest m_request;
    QJsonObject m_state;                        // the saved run being resumed
    std::unique_ptr<QTemporaryDir> m_downloads; // s3:// and ARN documents, made for the first one
    std::unique_ptr<RunLogs> m_logs;
    std::unique_ptr<Sandbox::RunSandbox> m_sandbox; // outlives the executor's processes
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<Executor> m_secondRun; // the idempotence check's
    std::vector<Sandbox::StepOutcome> m_outcomes[2];
    std::unique_ptr<ConsoleReporter> m_reporter;
    std::unique_ptr<RunJournal> m_journal;
    std::unique_ptr<CloudWatchLogStream> m_cloudWatch; // before m_logs goes (its tap)
};

} // namespace Kiln
