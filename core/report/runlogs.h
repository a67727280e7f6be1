// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The log folder of one run (behaviour-reference §6.5):
// <log-directory>/TOE_<YYYY-MM-DD>_<HH-MM-SS>_UTC-0_<executionId>/ holding
//   document.yaml            the input document (one document), or
//   document-<n>-<name>.yaml one copy per document when several run (n = 1-based order),
//   console.log              everything printed during the run, step output included,
//   application.log          Kiln's own debug log (spdlog, logger `core.exec`; its
//                            write errors are recorded here, never printed by spdlog),
//   detailedoutput.json      the run report (written at the end, also when cancelled
//                            and on a reboot handoff),
//   chaining.json            how each {{ }} reference was resolved (Executor::chainingJson),
//   work/                    generated scripts: scripts.sh holds every ExecuteBash
//                            script in run order under a header naming the step
//                            (they run inline, see processactions.cpp); bigger
//                            scripts and other modules' files go in a folder per step.
// A resumed run (after a reboot) reopens the same folder and appends to the logs.
// The folder and everything written in it are private (process/privatefiles.h), and
// every text written here is masked with the run's secrets (secrets()).
#pragma once

#include "aws/secretmasker.h"
#include "exec/runrecord.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace spdlog {
class logger;
}

namespace Kiln {

class RunLogs
{
public:
    // Folder name for a run started at `startUtc`.
    static QString folderName(const QDateTime &startUtc, const QString &executionId);

    RunLogs();
    ~RunLogs();
    RunLogs(const RunLogs &) = delete;
    RunLogs &operator=(const RunLogs &) = delete;

    // Creates (or, with `append`, reopens) the folder and the log files. `trace`
    // also copies the application log to stderr.
    bool open(const QString &folder, bool append, bool trace, QString *error);
    // Where document `index` of `count` is kept as an artifact (see above for the
    // names; `name` is the document's own file name or path).
    QString documentCopyPath(const QString &name, int index, int count) const;
    // Copies the file of document `index` of `count` there.
    void copyDocument(const QString &file, int index, int count);

    QString folder() const { return m_folder; }
    // The run's secrets: the executor adds to them (ExecutorOptions::secrets),
    // every log and report written here is masked with them.
    std::shared_ptr<SecretMasker> secrets() const { return m_secrets; }
    QString workDirectory() const;
    // Appends one line (a newline is added) to console.log.
    void console(const QString &line);
    // Also hands every console.log line to `tap`, masked as the file gets it (the
    // CloudWatch Logs stream), on the thread that logs; also once the file cannot be
    // written any more.
    void setConsoleTap(std::function<void(const QString &maskedLine)> tap)
    {
        m_consoleTap = std::move(tap);
    }
    bool writeDetailedOutput(const ExecutionRecord &record, QString *error);
    // chaining.json: Executor::chainingJson() (how each reference was resolved).
    bool writeChaining(const QJsonObject &chaining, QString *error);
    // Writes out what the logs buffer (before the folder is uploaded).
    void flush();
    // The log files that could not be written, one message each ("cannot write
    // <path>: No space left on device"), in the order they failed: console.log
    // and application.log. A file is not written to after its first failure:
    // it keeps what was written before and nothing after (no holes when space
    // comes back). The run goes on; the caller reports the errors and fails
    // the exit status.
    QStringList writeErrors() const { return m_writeErrors; }
    // Called once per file, at its first failed write, with its message (on
    // the thread that logged: the executor's).
    void setWriteErrorHandler(std::function<void(const QString &)> handler)
    {
        m_onWriteError = std::move(handler);
    }

private:
    void failConsole();
    void failWrite(const QString &message);

    std::shared_ptr<SecretMasker> m_secrets;
    QString m_folder;
    QFile m_console;
    std::shared_ptr<spdlog::logger> m_logger;
    QStringList m_writeErrors;
    std::function<void(const QString &)> m_onWriteError;
    std::function<void(const QString &)> m_consoleTap;
};

// detailedoutput.json's content written to `path` (write-then-rename, private),
// with `secrets` masked.
bool writeDetailedOutputFile(const ExecutionRecord &record, const QString &path,
                             const SecretMasker &secrets, QString *error);

// JUnit XML for CI systems that show test reports: one testsuite per
// document phase, one testcase per step; failed and cancelled steps are
// <failure>s, skipped steps and ignored failures are <skipped> with a message
// (a tolerated failure must not turn a CI report red). `secrets` are masked.
// A test case besides the steps' (the idempotence check's): `failure` empty
// when it passed. Cases of the same `suite` make one <testsuite>.
struct JUnitCase
{
    QString suite;
    QString name;
    QString failure;
};
bool writeJUnit(const ExecutionRecord &record, const QString &path, const SecretMasker &secrets,
                QString *error, const std::vector<JUnitCase> &extra = {});

} // namespace Kiln
