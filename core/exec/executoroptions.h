// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What a run of the executor is given: its documents (loaded and validated)
// and every setting that shapes the run. RunSession (core/run) fills it from a
// RunRequest; ExecuteDocument derives a child's from its parent's.
#pragma once

#include "aws/secretmasker.h"
#include "exec/runplan.h"
#include "expr/loop.h"
#include "process/actionregistry.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <chrono>
#include <memory>
#include <vector>

namespace Kiln {

class Document;

// The caller loads and validates every document (Validator) before a run:
// the executor assumes a valid document and fails a step loudly otherwise.
struct RunDocument
{
    const QString &file() const { return localPath.isEmpty() ? path : localPath; }
    QString path;      // as the user gave it (reports, state)
    QString localPath; // the file read when `path` is not one (s3://); empty: `path`
    std::shared_ptr<const Document> document; // loaded and validated by the caller
    QHash<QString, QString> parameters;       // run-time values: CLI > config, already merged
};

enum class RebootMode { Simulate, Handoff, Fail };

struct ExecutorOptions
{
    std::vector<RunDocument> documents;
    QStringList phases; // empty: every phase
    QString executionId;
    QString workDirectory;  // generated scripts go below this folder
    QString stateDirectory; // empty: no state file (no resume after a crash)
    RebootMode rebootMode = RebootMode::Simulate;
    int maxReboots = 10;
    // A loop with more iterations fails its step before the first one runs
    // (`kiln run --max-loop-iterations`, see DefaultMaxLoopIterations).
    qint64 maxLoopIterations = DefaultMaxLoopIterations;
    QStringList blockedModules; // --blocked-action-modules
    QString platform = QStringLiteral("linux");
    std::chrono::milliseconds gracePeriod{5000};
    int nestingDepth = 0;   // 0 for a top-level run; ExecuteDocument adds one
    QStringList ancestors;  // canonical paths of the ExecuteDocument chain above
    QJsonObject extraState; // stored verbatim in the state file (the CLI's own data)
    // The run's secrets, shared with its logs and reports (RunLogs::secrets()) and
    // with nested runs; null: the executor makes its own. SecureString values are
    // added as they are resolved.
    std::shared_ptr<SecretMasker> secrets;
    // The state file stays after the run ends; the caller removes it once its
    // reports are written (the CLI: a kill -9 in between then resumes instead of
    // starting the run anew with the reports of the finished run lost).
    bool keepStateFileAtEnd = false;
    // Set for a nested (ExecuteDocument) run: the KILN_RUN_ID/KILN_STEP_ID of the
    // parent step, so the nested steps' processes carry the top-level marker.
    QString processRunId;
    QString processStepId;
    // Print what each step would run (resolved inputs, per loop iteration) and
    // run nothing; chaining to outputs stays unresolved text.
    bool dryRun = false;
    // The studio's "Run this step" / "Run from here": see RunSelection. Steps left
    // out are not reported at all (no stepStarted, not in the record), like phases
    // left out by `phases`. Chaining to a step that did not run fails that step
    // loudly, as it would in AWSTOE.
    QString selectionPhase;
    QString selectionStep;
    bool selectionOnly = false;
    // The last step to run (a replay's failed step): see RunStopPoint.
    RunStopPoint stopAfter;
    RunSelection selection() const
    {
        return RunSelection{phases, selectionPhase, selectionStep, selectionOnly, stopAfter};
    }
    // The modules steps can run (standardActions() in core/actions has them all), shared
    // with nested runs; the executor adds ExecuteDocument itself.
    std::shared_ptr<const ActionRegistry> actions;
    std::shared_ptr<const Target> target = hostTarget(); // where the steps act
};

} // namespace Kiln
