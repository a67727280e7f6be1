// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln run`: a drop-in for `awstoe run` (same flags, log folder, report and
// summary), plus --dry-run, --junit, --html and --reboot. The flags become a
// RunRequest (runflags.cpp); a RunSession (core/run) does the run; this file
// says what happens in the terminal: refusals, interruptions, the summary and
// the exit status.
#include "clitr.h"
#include "commands.h"
#include "diagnostics/diagnosticformat.h"
#include "interrupts.h"
#include "replay.h"
#include "report/consolereporter.h"
#include "report/runlogs.h"
#include "run/runsession.h"
#include "runflags.h"
#include "sandbox/namespaces.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {
namespace {

constexpr int RebootHandoffExit = 194;
// Files listed per step at the end of a sandboxed run; `kiln changes` lists all.
constexpr int ChangesShownPerStep = 10;

void printRefusal(const RunSession::Refusal &refusal, QTextStream &err)
{
    using Kind = RunSession::Refusal::Kind;
    switch (refusal.kind) {
    case Kind::DownloadFailed:
        err << CliTr::tr("kiln run: cannot download %1: %2\n").arg(refusal.path, refusal.detail);
        break;
    case Kind::Unreadable:
        err << CliTr::tr("kiln run: %1: cannot read the downloaded copy\n").arg(refusal.path);
        break;
    case Kind::NoSuchFile:
        err << CliTr::tr("kiln run: %1: no such file\n").arg(refusal.path);
        break;
    case Kind::Invalid:
        for (const Diagnostic &d : refusal.errors)
            err << formatDiagnostic(d, nullptr) << "\n";
        err << CliTr::tr("kiln run: %1 is not valid; nothing was run (see `kiln validate`)\n")
                   .arg(refusal.path);
        break;
    case Kind::HandoffWithoutState:
        err << CliTr::tr("kiln run: --reboot=handoff needs --state-directory "
                         "(where the state is saved for the resumed run)\n");
        break;
    case Kind::LogFolder:
        err << "kiln run: " << refusal.detail << "\n";
        break;
    case Kind::Sandbox:
        err << CliTr::tr("kiln run: no sandbox: %1\n").arg(refusal.detail);
        break;
    }
}

void printStateProblem(const RunSession::StateProblem &problem, QTextStream &err)
{
    using Kind = RunSession::StateProblem::Kind;
    switch (problem.kind) {
    case Kind::Unreadable:
        err << CliTr::tr("kiln run: cannot read the state file %1\n").arg(problem.path);
        break;
    case Kind::Damaged:
        err << CliTr::tr("kiln run: the state file %1 is damaged; remove it to start a new run\n")
                   .arg(problem.path);
        break;
    case Kind::BadExecutionId:
        err << CliTr::tr("kiln run: the state file %1: %2; remove it to start a new run\n")
                   .arg(problem.path, problem.detail);
        break;
    }
}

// The session for the flags: a new run, or the one saved in --state-directory
// (awstoe behaviour; a dry run never resumes). Nothing after a message on `err`.
std::unique_ptr<RunSession> openSession(RunRequest request, QTextStream &err)
{
    RunSession::StateProblem problem;
    const std::optional<QJsonObject> state =
        request.dryRun ? QJsonObject() : RunSession::savedState(request.stateDirectory, &problem);
    if (!state) {
        printStateProblem(problem, err);
        return nullptr;
    }
    if (!state->isEmpty())
        return RunSession::resuming(*state, std::move(request));
    if (request.documents.empty()) {
        err << CliTr::tr(
            "kiln run: no documents given (use --documents a.yaml,b.yaml or --config)\n");
        return nullptr;
    }
    return std::make_unique<RunSession>(std::move(request));
}

void printResuming(RunSession &session, const QCommandLineParser &parser, const RunFlags &flags)
{
    ConsoleReporter &reporter = session.reporter();
    reporter.print(CliTr::tr("Resuming the run saved in %1")
                       .arg(stateFilePath(session.request().stateDirectory)));
    if (parser.isSet(flags.documents) || parser.isSet(flags.config) || parser.isSet(flags.phases) ||
        parser.isSet(flags.parameters))
        reporter.print(
            CliTr::tr("note: the documents, phases and parameters of the saved run are used; "
                      "the ones given now are ignored (remove the state file to start anew)"));
    if (const Leftovers left = session.stopLeftovers(); left.any()) {
        QStringList how;
        if (left.group > 0)
            how << CliTr::tr("process group %1").arg(left.group);
        if (left.marked > 0)
            how << CliTr::tr("%n process(es) found by their KILN_RUN_ID", nullptr,
                             int(left.marked));
        reporter.print(CliTr::tr("Stopped the processes left by the interrupted step (%1)")
                           .arg(how.join(u", "_s)));
    }
}

// The end of a run: its reports, the state file, the summary, the log upload,
// and the exit status. `problems` are the failures besides the steps' (a log or
// report not written, the upload), each already said on stderr; the summary
// lists them, so it says what the exit status says (summaryJson).
int finishRun(RunSession &session, QStringList &problems, int signal, QTextStream &out,
              QTextStream &err)
{
    const RunRequest &request = session.request();
    const Executor &executor = session.executor();
    // The record is copied so the S3 location can go into logUrl before the
    // reports are written (and then uploaded with them).
    ExecutionRecord record = executor.record();
    record.logUrl = session.logUrl();
    const bool handoff = executor.outcome() == Executor::Outcome::RebootHandoff;
    for (const RunSession::UnwrittenReport &u : session.writeReports(record)) {
        if (u.kind == RunSession::UnwrittenReport::Kind::Html) {
            err << "kiln run: --html: " << u.reason << "\n";
            problems << u"--html: %1"_s.arg(u.reason);
            continue;
        }
        err << CliTr::tr("kiln run: cannot write %1: %2\n").arg(u.file, u.reason);
        problems << u"cannot write %1: %2"_s.arg(u.file, u.reason);
        if (!u.spareFile.isEmpty())
            err << CliTr::tr("kiln run: the report was written to %1 instead\n").arg(u.spareFile);
    }
    if (request.dryRun && !request.htmlFile.isEmpty())
        err << CliTr::tr("kiln run: --html: a dry run has no report\n");
    if (const Sandbox::ChangeReport *changes = session.changes())
        session.reporter().print(changes->text(ChangesShownPerStep).trimmed());
    session.close();
    RunLogs &logs = session.logs();
    const auto summaryText = [&] {
        return QString::fromUtf8(QJsonDocument(logs.secrets()->mask(summaryJson(record, problems)))
                                     .toJson(QJsonDocument::Indented));
    };
    QString summary;
    if (handoff) {
        session.reporter().print(
            CliTr::tr(
                "Reboot handed off: exit 194. Reboot, then run `kiln run --state-directory %1`.")
                .arg(request.stateDirectory));
    } else if (request.dryRun) {
        session.reporter().print(
            CliTr::tr("Dry run finished: %n step(s) would run (executedStepCount below counts "
                      "them); nothing was executed.",
                      nullptr, int(record.counters().executed)));
        summary = summaryText();
    } else {
        logs.flush(); // a failure in application.log's last lines still counts
        summary = summaryText();
        logs.console(summary.trimmed());
        summary = summaryText(); // unchanged, unless console.log failed just now
    }
    // The last console.log line is written: CloudWatch gets the rest now, also
    // for a failed, cancelled or handed-off run.
    if (const FileTransferResult r = session.closeCloudWatch(); !r.ok) {
        err << "kiln run: " << r.error << "\n";
        problems << r.error;
        if (!handoff && !request.dryRun)
            summary = summaryText();
    }
    if (!record.logUrl.isEmpty()) {
        if (const FileTransferResult r = session.uploadLogs(); !r.ok) {
            // The local folder is complete; a missing upload must not go unnoticed in CI.
            err << CliTr::tr("kiln run: the logs were not uploaded to %1: %2 (they are in %3)\n")
                       .arg(record.logUrl, r.error, logs.folder());
            problems << u"the logs were not uploaded to %1: %2"_s.arg(record.logUrl, r.error);
            record.logUrl.clear();
            if (!handoff)
                summary = summaryText();
        }
    }
    if (handoff)
        return RebootHandoffExit;
    if (out.status() == QTextStream::Ok) { // not after stdout failed (ConsoleReporter::print)
        out << summary;
        out.flush();
    }
    if (signal)
        return 128 + signal;
    if (record.status == RunStatus::Cancelled)
        return 130;
    return isSuccessful(record.status) && problems.isEmpty() ? Success : Failure;
}

// --check-idempotence: every step again, in the same sandbox; the steps that
// are not idempotent fail the exit status (the change report lists them).
void checkIdempotence(RunSession &session, QStringList &problems)
{
    QString why;
    Executor *again = session.startIdempotenceCheck(&why);
    if (!again) {
        session.reporter().print(CliTr::tr("Idempotence check skipped: %1").arg(why));
        return;
    }
    session.reporter().print(CliTr::tr("Idempotence check: running every step a second time"));
    QObject::connect(
        again, &Executor::runFinished, qApp, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    QCoreApplication::exec();
    if (const auto &findings = session.finishIdempotenceCheck(); !findings.empty())
        problems << CliTr::tr("%n step(s) are not idempotent", nullptr, int(findings.size()));
}

// A replay runs a cloud build's components: by default in a sandbox of this
// machine, so that trying one does not change the workstation. Only as root:
// there entering the namespace either works or leaves the process as it was
// (as another user a failed attempt could leave it in an unmapped user
// namespace), and only root's runs can change the machine's system files.
// Before any thread starts, like --sandbox.
bool replayInSandbox(const QCommandLineParser &parser, const RunFlags &flags, QTextStream &err)
{
    if (!parser.isSet(flags.replay) || flags.wantsSandbox(parser) || parser.isSet(flags.onHost) ||
        parser.isSet(flags.dryRun))
        return false;
    if (::geteuid() != 0) {
        err << CliTr::tr("kiln run: note: the replay runs on this machine as this user; "
                         "--sandbox runs it in a sandbox\n");
        return false;
    }
    if (const QString why = Sandbox::enterPrivateMountNamespace(); !why.isEmpty()) {
        err << CliTr::tr("kiln run: note: no sandbox here (%1): the replay runs on this "
                         "machine\n")
                   .arg(why);
        return false;
    }
    err << CliTr::tr("kiln run: the replay runs in a sandbox of this machine (--on-host: on the "
                     "machine itself)\n");
    return true;
}

} // namespace

int runCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Run component documents locally, like `awstoe run`.\n"
        "Exit status: 0 success (also with ignored failures), 1 the run failed, 2 usage or\n"
        "validation error (nothing ran), 194 reboot handed off (--reboot=handoff),\n"
        "129/130/143 interrupted by SIGHUP/SIGINT/SIGTERM. With --replay: 0 every step\n"
        "ended as in the report, 1 not."));
    parser.addHelpOption();
    const RunFlags flags(parser);
    if (!parser.parse(QStringList{u"kiln run"_s} + arguments)) {
        err << CliTr::tr("kiln run: %1\nTry 'kiln run --help'.\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelpText(parser, QStringLiteral("run"));
        return Success;
    }
    if (parser.isSet(flags.version)) {
        out << "kiln " << KILN_VERSION << "\n";
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << CliTr::tr("kiln run: unexpected argument '%1' (use --documents a.yaml,b.yaml)\n")
                   .arg(parser.positionalArguments().first());
        return UsageError;
    }
    // Before anything starts a thread (a --config download does): the kernel
    // gives a user namespace to a single-threaded process only.
    if (const QString problem = flags.sandboxFlagsProblem(parser); !problem.isEmpty()) {
        err << problem;
        return UsageError;
    }
    if (flags.wantsSandbox(parser) && !parser.isSet(flags.dryRun)) {
        if (const QString why = Sandbox::enterPrivateMountNamespace(); !why.isEmpty()) {
            err << CliTr::tr("kiln run: no sandbox: %1\n").arg(why);
            return UsageError;
        }
    }
    const bool replaySandbox = replayInSandbox(parser, flags, err);
    std::optional<Replay> replay;
    if (parser.isSet(flags.replay)) {
        if (parser.isSet(flags.documents) || parser.isSet(flags.config)) {
            err << CliTr::tr("kiln run: --replay runs the documents of the report; it cannot be "
                             "combined with --documents or --config\n");
            return UsageError;
        }
        replay = loadReplay(parser.value(flags.replay), err);
        if (!replay)
            return UsageError;
        printReplayPlan(*replay, err);
    }
    std::optional<RunRequest> request =
        readRunRequest(parser, flags, err, replay ? &replay->plan : nullptr);
    if (!request)
        return UsageError;
    if (replaySandbox)
        request->sandbox =
            Sandbox::SandboxRequest{Sandbox::SandboxRequest::Kind::Host, {}, {}, {}, {}};
    QStringList problems;
    // A full disk does not stop the run, but it is said at once and fails the exit status.
    request->logWriteError = [&err, &problems](const QString &message) {
        err << "kiln run: " << message << "; the file ends here, the run goes on (exit status 1)\n";
        err.flush();
        problems << message;
    };
    // With --cw-ignore-failures the first failure is a warning, said once; otherwise
    // it fails the exit status at the end (finishRun).
    if (request->cloudWatch.ignoreFailures)
        request->cloudWatchFailed = [&err](const QString &message) {
            err << CliTr::tr("kiln run: warning: %1; the run goes on without it "
                             "(--cw-ignore-failures)\n")
                       .arg(message);
            err.flush();
        };
    const std::unique_ptr<RunSession> session = openSession(std::move(*request), err);
    if (!session)
        return UsageError;
    if (const auto refusal = session->prepare(&out)) {
        printRefusal(*refusal, err);
        return UsageError;
    }
    ConsoleReporter &reporter = session->reporter();
    Executor &executor = session->executor();
    if (session->isResuming())
        printResuming(*session, parser, flags);
    const Interrupts interrupts([&](int signal, bool again) {
        reporter.print(again ? CliTr::tr("Interrupted again: killing the running step")
                             : CliTr::tr("Interrupted (%1): stopping the running step (again "
                                         "to kill it at once)")
                                   .arg(Interrupts::name(signal)));
        session->cancel();
    });
    QObject::connect(
        &executor, &Executor::runFinished, qApp, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    if (executor.options().dryRun)
        reporter.print(CliTr::tr("Dry run: nothing is executed and no log folder is written; each "
                                 "step shows the inputs it would get."));
    if (QString error; !session->start(&error)) {
        err << CliTr::tr("kiln run: cannot resume: %1\n").arg(error);
        return UsageError;
    }
    QCoreApplication::exec();
    if (session->request().checkIdempotence && !interrupts.first())
        checkIdempotence(*session, problems);
    const int status = finishRun(*session, problems, interrupts.first(), out, err);
    // Interrupted, handed off or dry: there is no finished replay to compare.
    if (!replay || session->request().dryRun || (status != Success && status != Failure))
        return status;
    return finishReplay(*replay, session->folder(), out, err);
}

} // namespace Kiln::Cli
