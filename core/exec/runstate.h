// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The state file of a run (kiln-executionstate.json in the state directory): what
// the executor saves before each step so that a reboot handoff or a crash resumes
// the run in another process (behaviour-reference §7.6). Executor::stateJson()
// writes it; everything that reads it back is here, the one place that knows its keys.
#pragma once

#include "exec/executoroptions.h"
#include "exec/runrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace Kiln {

QString stateFilePath(const QString &stateDirectory);
// Writes `state` there, private and write-then-rename: a crash leaves the old
// state or the new one, never half of each.
bool writeStateFile(const QString &stateDirectory, const QJsonObject &state, QString *error);

// The marker of a step's processes (KILN_STEP_ID): "<document>.<phase>.<step>", indices.
QString stepId(int document, int phase, int step);
// Identifies this boot of the machine, so a process id saved before a reboot is
// never mistaken for a live process after it.
QString bootId();
QString rebootModeName(RebootMode mode);

// Loop iterations are not in the record's JSON (detailedoutput.json has no such
// field): they are kept beside it, so a reboot does not drop them from the record.
QJsonObject iterationsJson(const ExecutionRecord &record);
void restoreIterations(ExecutionRecord &record, const QJsonObject &iterations);

// What the state saved of a run's options, so the caller can reload the
// documents before Executor::resume().
struct SavedRun
{
    struct Document
    {
        QString path; // as given: a local path or s3://
        QString file; // the local file that was read
        QHash<QString, QString> parameters;
    };
    std::vector<Document> documents;
    // phases, blockedModules, platform (empty when not saved), rebootMode,
    // executionId, the selection and extraState; no documents.
    ExecutorOptions options;
};
SavedRun savedRun(const QJsonObject &state);

// Kills what is left of the step that was running when the process that wrote
// `state` died (kill -9, power loss without reboot): every process whose
// environment carries the step's marker (KILN_RUN_ID and KILN_STEP_ID), and its
// saved process group when a marked process proves the group is still the step's.
struct Leftovers
{
    qint64 group = 0; // the group id that was signalled, or 0
    int marked = 0;   // processes found by their environment marker
    bool any() const { return group > 0 || marked > 0; }
};
Leftovers killLeftoverProcesses(const QJsonObject &state);

} // namespace Kiln
