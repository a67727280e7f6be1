// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "replay.h"

#include "aws/s3runfolderdownload.h"
#include "clitr.h"
#include "commands.h"
#include "net/waitfortransfer.h"
#include "report/replayoutcome.h"
#include "run/runinvocation.h"

#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {

std::optional<Replay> loadReplay(const QString &given, QTextStream &err)
{
    Replay replay;
    replay.given = given;
    QString path = given;
    if (given.startsWith(u"s3://")) {
        replay.copy =
            std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"kiln-replay-XXXXXX"_s));
        const FileTransferResult r = waitForTransfer(
            std::make_unique<S3RunFolderDownload>(given, replay.copy->filePath(u"run"_s)));
        if (!r.ok) {
            err << CliTr::tr("kiln run: --replay: cannot download the run folder from %1: %2\n")
                       .arg(given, r.error);
            return std::nullopt;
        }
        path = r.outputs.value(u"folder"_s).toString();
        err << CliTr::tr("kiln run: --replay: fetched %1\n")
                   .arg(r.outputs.value(u"source"_s).toString());
    }
    QString error;
    std::optional<RunReportSource> report = loadRunReport(path, &error);
    if (!report) {
        err << CliTr::tr("kiln run: --replay: %1\n").arg(error);
        return std::nullopt;
    }
    std::optional<ReplayPlan> plan =
        planReplay(*report, RunInvocation::read(report->folder), &error);
    if (!plan) {
        err << CliTr::tr("kiln run: --replay %1: %2\n").arg(given, error);
        return std::nullopt;
    }
    replay.original = std::move(*report);
    replay.plan = std::move(*plan);
    return replay;
}

void printReplayPlan(const Replay &replay, QTextStream &err)
{
    const ReplayPlan &plan = replay.plan;
    QStringList documents;
    for (const ReplayPlan::Document &d : plan.documents)
        documents << (d.file.isEmpty() ? d.path
                                       : CliTr::tr("%1 (from its copy %2)").arg(d.path, d.file));
    err << CliTr::tr("kiln run: replaying %1: %2\n").arg(replay.given, documents.join(u", "_s));
    if (!plan.phases.isEmpty())
        err << CliTr::tr("kiln run: phases %1, as in the original run\n")
                   .arg(plan.phases.join(u','));
    if (plan.stopAfter.isSet())
        err << CliTr::tr("kiln run: stopping after %1/%2, where the original run failed\n")
                   .arg(plan.stopAfter.phase, plan.stopAfter.step);
    if (!plan.parametersKnown)
        err << CliTr::tr("kiln run: note: the report has no kiln-run.json (AWSTOE's runs have "
                         "none), so the original parameters are unknown: the documents' "
                         "defaults apply; pass --parameters name=value to set them\n");
    err.flush();
}

int finishReplay(const Replay &replay, const QString &replayFolder, QTextStream &out,
                 QTextStream &err)
{
    QString error;
    const std::optional<RunReportSource> local = loadRunReport(replayFolder, &error);
    if (!local) {
        err << CliTr::tr("kiln run: --replay: cannot compare with the original run: %1\n")
                   .arg(error);
        return Failure;
    }
    const ReplayOutcome outcome = compareReplay(replay.original, *local, replay.plan.stopAfter);
    out << "\n" << outcome.text();
    out.flush();
    return outcome.reproduced ? Success : Failure;
}

} // namespace Kiln::Cli
