// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What a run is asked to do, whoever asks: `kiln run` builds it from its flags
// and config file, the studio from its Run pane. RunSession turns it into a run
// folder, an executor and the reports, the same way for both.
#pragma once

#include "aws/cloudwatchlogstream.h"
#include "exec/executor.h"
#include "net/transferjob.h"
#include "sandbox/runsandbox.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Kiln {

struct RunRequest
{
    struct Document
    {
        // As the user gave it: a file, an s3:// URI, or the studio's name for an
        // untitled tab. Reports, the state file and diagnostics name it.
        QString path;
        // The file to read instead of `path` (a resumed run's local copy).
        QString file;
        // The text to run instead of any file (the studio's editor, saved or
        // not). With no `file` on disk the run folder's copy becomes its path.
        std::optional<QByteArray> text;
        QHash<QString, QString> parameters; // final values (precedence already applied)
        // `text` already parsed by the caller (the studio's form needs it too); the
        // session then validates it without parsing it again.
        std::shared_ptr<const Kiln::Document> parsed;
    };
    // --log-s3-bucket-name and friends: where the run folder goes at the end.
    struct LogUpload
    {
        QString bucket; // empty: no upload
        QString keyPrefix;
        QString bucketOwner;
    };
    // How the caller waits for a transfer that must end before the run goes on
    // (an s3:// document, the log upload); core itself never waits. Empty:
    // s3:// documents are refused.
    using Wait = std::function<FileTransferResult(std::unique_ptr<TransferJob>)>;

    std::vector<Document> documents;
    QStringList phases;                    // empty: every phase
    QString selectionPhase, selectionStep; // Run This Step / Run From Here
    bool selectionOnly = false;
    RunStopPoint stopAfter; // kiln run --replay: the step that failed in the replayed run
    QStringList blockedModules;
    QString platform; // linux, windows or darwin; empty: the host's
    // Also check the parameter values against the documents (the studio's form:
    // its problems name the field). `kiln run` leaves it to the executor.
    bool validateParameterValues = false;
    QString executionId; // empty: a new UUID
    QString logFolder;   // the TOE_* folder; empty: a new one in logParent
    QString logParent;   // empty: the working directory
    QString stateDirectory;
    std::optional<RebootMode> rebootMode; // empty: Simulate, or a resumed run's own
    std::chrono::milliseconds gracePeriod{5000};
    qint64 maxLoopIterations = DefaultMaxLoopIterations;
    bool dryRun = false;
    bool trace = false; // the application log also on stderr
    QString junitFile;  // also written at the end when set
    QString htmlFile;
    QString documentBucketOwner; // expected owner of the buckets of s3:// documents
    LogUpload logUpload;         // a resumed run keeps its own unless one is given
    // --cw-log-group and friends: console.log streamed to CloudWatch Logs while the run
    // goes (not for a dry run); the stream defaults to the run folder's name.
    CloudWatchLogsTarget cloudWatch;
    // Called once at the first failure to log to CloudWatch (with ignoreFailures the
    // caller warns; otherwise closeCloudWatch() fails at the end too).
    std::function<void(const QString &message)> cloudWatchFailed;
    Wait wait;
    std::shared_ptr<const Target> target = hostTarget(); // where the steps act
    // Run in a sandbox instead (the session mounts it and sets `target`); needs
    // the process in its private mount namespace (sandbox/namespaces.h).
    std::optional<Sandbox::SandboxRequest> sandbox;
    // Run every step a second time in the sandbox after a successful run
    // (RunSession::startIdempotenceCheck); paths whose change is expected then.
    bool checkIdempotence = false;
    QStringList ignoredChanges = Sandbox::defaultIgnoredChanges();
    // Called once per log file at its first failed write (a full disk); the run goes on.
    std::function<void(const QString &message)> logWriteError;
};

} // namespace Kiln
