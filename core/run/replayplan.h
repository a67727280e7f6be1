// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// How `kiln run --replay` runs again what a report describes (a run of this
// machine or of Image Builder): the documents it lists, each from the path it
// names when that is still there (a local file, an s3:// URI, a component ARN)
// and else from the run folder's copy; the parameters kiln-run.json recorded
// (an AWSTOE report has none: the documents' defaults apply); the phases the
// report ran; and a stop after the first step that failed, so that nothing
// runs past the point the original run reached.
#pragma once

#include "exec/runplan.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace Kiln {

struct RunInvocation;
struct RunReportSource;

struct ReplayPlan
{
    struct Document
    {
        QString path; // as the report names it
        QString file; // the run folder's copy to read instead; empty: `path` itself
        QHash<QString, QString> parameters;
    };
    std::vector<Document> documents;
    QStringList phases;                    // empty: every phase
    QString selectionPhase, selectionStep; // a studio run's selection, from kiln-run.json
    bool selectionOnly = false;
    RunStopPoint stopAfter;       // the first failed step; unset when none failed
    bool parametersKnown = false; // from kiln-run.json
};

// Nothing, with `error` naming the document and where its copy was looked for,
// when a document is neither where the report says nor copied in the run folder;
// nothing also for a report without documents.
// `relativePaths`: whether a relative document path is looked up in the working
// directory (kiln run, started where the original was) or taken as gone, so
// that the run folder's copy runs (the studio, whose working directory is
// anyone's guess and could hold another file of that name).
enum class RelativePaths { FromWorkingDirectory, Gone };
std::optional<ReplayPlan>
planReplay(const RunReportSource &report, const std::optional<RunInvocation> &invocation,
           QString *error, RelativePaths relativePaths = RelativePaths::FromWorkingDirectory);

} // namespace Kiln
