// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "run/replayplan.h"

#include "aws/remotedocuments.h"
#include "report/runreportsource.h"
#include "run/runinvocation.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

// The phases the report ran, in the order they first appear.
QStringList phasesRan(const ExecutionRecord &record)
{
    QStringList phases;
    for (const DocumentRecord &document : record.documents) {
        for (const PhaseRecord &phase : document.phases) {
            if (!phases.contains(phase.name))
                phases << phase.name;
        }
    }
    return phases;
}

RunStopPoint firstFailure(const ExecutionRecord &record)
{
    for (size_t d = 0; d < record.documents.size(); ++d) {
        for (const PhaseRecord &phase : record.documents[d].phases) {
            for (const StepRecord &step : phase.steps) {
                if (step.status == RunStatus::Failed)
                    return {int(d), phase.name, step.name};
            }
        }
    }
    return {};
}

} // namespace

std::optional<ReplayPlan> planReplay(const RunReportSource &report,
                                     const std::optional<RunInvocation> &invocation, QString *error,
                                     RelativePaths relativePaths)
{
    ReplayPlan plan;
    const std::vector<DocumentRecord> &documents = report.record.documents;
    if (documents.empty()) {
        *error = u"the report lists no documents (the run ended before its first one): "
                 "nothing to replay"_s;
        return std::nullopt;
    }
    // kiln-run.json belongs to this report only when it lists the same documents.
    const bool invoked = invocation && invocation->documents.size() == documents.size();
    for (size_t i = 0; i < documents.size(); ++i) {
        ReplayPlan::Document document{documents[i].filePath, {}, {}};
        if (invoked)
            document.parameters = invocation->documents[i].parameters;
        const QFileInfo local(document.path);
        const bool there =
            isRemoteDocument(document.path) ||
            (!document.path.isEmpty() && local.isFile() &&
             (local.isAbsolute() || relativePaths == RelativePaths::FromWorkingDirectory));
        if (!there) {
            const QString copy =
                i < report.documents.size() ? report.documents[i].fileName : QString();
            if (copy.isEmpty()) {
                const QString expected =
                    QDir(report.folder)
                        .filePath(documentCopyName(int(i), int(documents.size()), document.path));
                *error = u"document %1 of the report, %2, is not there any more and the run "
                         "folder has no copy of it; put the document back, or its copy at %3"_s.arg(
                             QString::number(i + 1),
                             document.path.isEmpty() ? u"(no path)"_s : document.path, expected);
                return std::nullopt;
            }
            document.file = QDir(report.folder).filePath(copy);
            if (document.path.isEmpty())
                document.path = document.file;
        }
        plan.documents.push_back(std::move(document));
    }
    plan.parametersKnown = invoked;
    plan.phases =
        invoked && !invocation->phases.isEmpty() ? invocation->phases : phasesRan(report.record);
    if (invoked) {
        plan.selectionPhase = invocation->selectionPhase;
        plan.selectionStep = invocation->selectionStep;
        plan.selectionOnly = invocation->selectionOnly;
    }
    plan.stopAfter = firstFailure(report.record);
    return plan;
}

} // namespace Kiln
