// The log folder of one run (awstoe-reference §6.5):
// <log-directory>/TOE_<YYYY-MM-DD>_<HH-MM-SS>_UTC-0_<executionId>/ holding
//   document.yaml            the input document (one document), or
//   document-<n>-<name>.yaml one copy per document when several run (n = 1-based order),
//   console.log              everything printed during the run, step output included,
//   application.log          Kiln's own debug log (spdlog, logger `core.exec`),
//   detailedoutput.json      the run report (written at the end, also when cancelled),
//   work/                    generated scripts, one folder per step.
// A resumed run (after a reboot) reopens the same folder and appends to the logs.
#pragma once

#include "exec/runrecord.h"

#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>

namespace Kiln {

class RunLogs
{
public:
    // Folder name for a run started at `startUtc`.
    static QString folderName(const QDateTime &startUtc, const QString &executionId);

    RunLogs() = default;
    ~RunLogs();
    RunLogs(const RunLogs &) = delete;
    RunLogs &operator=(const RunLogs &) = delete;

    // Creates (or, with `append`, reopens) the folder and the log files. `trace`
    // also copies the application log to stderr.
    bool open(const QString &folder, bool append, bool trace, QString *error);
    // Copies the documents as artifacts (see above for the names).
    void copyDocuments(const QStringList &paths);

    QString folder() const { return m_folder; }
    QString workDirectory() const;
    // Appends one line (a newline is added) to console.log.
    void console(const QString &line);
    bool writeDetailedOutput(const ExecutionRecord &record, QString *error);

private:
    QString m_folder;
    QFile m_console;
};

// JUnit XML for CI systems that show test reports: one testsuite per
// document phase, one testcase per step; failed and cancelled steps are
// <failure>s, skipped steps and ignored failures are <skipped> with a message
// (a tolerated failure must not turn a CI report red).
bool writeJUnit(const ExecutionRecord &record, const QString &path, QString *error);

} // namespace Kiln
