// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "run/runsession.h"

#include "actions/standardactions.h"
#include "aws/remotedocuments.h"
#include "aws/s3runfiles.h"
#include "document/document.h"
#include "exec/executionid.h"
#include "i18n/tr.h"
#include "process/privatefiles.h"
#include "report/consolereporter.h"
#include "report/htmlreport.h"
#include "report/runjournal.h"
#include "report/runlogs.h"
#include "run/runinvocation.h"
#include "validate/validator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Kiln {

std::optional<QJsonObject> RunSession::savedState(const QString &stateDirectory,
                                                  StateProblem *problem)
{
    QFile file(stateFilePath(stateDirectory));
    if (stateDirectory.isEmpty() || !file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = {StateProblem::Kind::Unreadable, file.fileName(), file.errorString()};
        return std::nullopt;
    }
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    if (state.isEmpty()) {
        *problem = {StateProblem::Kind::Damaged, file.fileName(), {}};
        return std::nullopt;
    }
    // The id names the log folder: a state file must not smuggle a path in.
    if (const QString why = executionIdProblem(state.value(u"executionId"_s).toString());
        !why.isEmpty()) {
        *problem = {StateProblem::Kind::BadExecutionId, file.fileName(), why};
        return std::nullopt;
    }
    return state;
}

RunSession::RunSession(RunRequest request) : m_request(std::move(request)) {}

std::unique_ptr<RunSession> RunSession::resuming(const QJsonObject &state, RunRequest given)
{
    const SavedRun saved = savedRun(state);
    given.documents.clear();
    for (const SavedRun::Document &d : saved.documents) {
        // An s3:// or ARN document is fetched again: the earlier copy was temporary.
        const QString file = isRemoteDocument(d.path) ? QString() : d.file;
        given.documents.push_back({d.path, file, std::nullopt, d.parameters, {}});
    }
    const ExecutorOptions &o = saved.options;
    given.phases = o.phases;
    given.blockedModules = o.blockedModules;
    if (!o.platform.isEmpty())
        given.platform = o.platform;
    // A studio run (Run This Step, a reboot handed off) resumes with its selection.
    given.selectionPhase = o.selectionPhase;
    given.selectionStep = o.selectionStep;
    given.selectionOnly = o.selectionOnly;
    given.stopAfter = o.stopAfter;
    if (!given.rebootMode)
        given.rebootMode = o.rebootMode;
    given.executionId = o.executionId;
    given.logFolder = o.extraState.value(u"logFolder"_s).toString();
    if (given.logUpload.bucket.isEmpty()) {
        given.logUpload = {o.extraState.value(u"logS3BucketName"_s).toString(),
                           o.extraState.value(u"logS3KeyPrefix"_s).toString(),
                           o.extraState.value(u"logS3BucketOwner"_s).toString()};
    }
    // The resumed run streams to where the interrupted one did, unless told otherwise.
    if (!given.cloudWatch.isEnabled()) {
        given.cloudWatch = {o.extraState.value(u"cwLogGroup"_s).toString(),
                            o.extraState.value(u"cwLogStream"_s).toString(),
                            o.extraState.value(u"cwLogRegion"_s).toString(),
                            o.extraState.value(u"cwIgnoreFailures"_s).toBool()};
    }
    auto session = std::make_unique<RunSession>(std::move(given));
    session->m_state = state;
    return session;
}

RunSession::~RunSession()
{
    if (m_logs)
        m_logs->setConsoleTap({}); // the stream goes first
}

QString RunSession::folder() const
{
    return m_logs ? m_logs->folder() : QString();
}

std::optional<RunSession::Refusal> RunSession::prepare(QTextStream *console)
{
    if (m_request.platform.isEmpty())
        m_request.platform = ValidationOptions::hostPlatform();
    if (m_request.executionId.isEmpty())
        m_request.executionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::vector<RunDocument> documents;
    if (auto refusal = loadDocuments(&documents))
        return refusal;
    if (m_request.rebootMode == RebootMode::Handoff && m_request.stateDirectory.isEmpty())
        return Refusal{Refusal::Kind::HandoffWithoutState, {}, {}, {}};
    m_logs = std::make_unique<RunLogs>();
    if (!m_request.dryRun) {
        if (auto refusal = openFolder(documents))
            return refusal;
        if (auto refusal = openSandbox())
            return refusal;
    }
    if (!m_request.dryRun)
        startCloudWatch();
    m_executor = std::make_unique<Executor>(executorOptions(std::move(documents)));
    if (m_sandbox && m_request.checkIdempotence)
        recordOutcomes(m_executor.get(), &m_outcomes[0]);
    if (m_sandbox)
        recordChanges(m_executor.get());
    RunLogs *log = m_request.dryRun ? nullptr : m_logs.get();
    m_reporter = std::make_unique<ConsoleReporter>(m_executor.get(), console, log);
    m_journal = std::make_unique<RunJournal>(m_executor.get(), folder());
    return std::nullopt;
}

// Each document as the run reads it: a local file, an s3:// object or Image
// Builder component fetched into a private temporary folder, or the caller's text; then validated
// for the run's platform. The first document that fails stops the run.
std::optional<RunSession::Refusal> RunSession::loadDocuments(std::vector<RunDocument> *documents)
{
    using Kind = Refusal::Kind;
    ValidationOptions validation;
    validation.osPlatform = m_request.platform;
    int downloads = 0;
    for (const RunRequest::Document &d : m_request.documents) {
        RunDocument rd;
        rd.path = d.path;
        rd.parameters = d.parameters;
        const QString source = d.file.isEmpty() ? d.path : d.file;
        std::shared_ptr<const Document> document;
        if (d.text) {
            document = d.parsed ? d.parsed
                                : std::make_shared<Document>(Document::fromText(*d.text, d.path));
        } else if (isRemoteDocument(source)) {
            // Kept until the session ends, so the run folder can copy them.
            if (!m_downloads)
                m_downloads = std::make_unique<QTemporaryDir>(
                    QDir::temp().filePath(u"kiln-documents-XXXXXX"_s));
            if (!m_downloads->isValid() || !m_request.wait)
                return Refusal{Kind::DownloadFailed,
                               source,
                               m_request.wait
                                   ? m_downloads->errorString()
                                   : u"s3:// and Image Builder documents cannot be fetched here"_s,
                               {}};
            const QString dir = m_downloads->filePath(QString::number(++downloads));
            QDir().mkpath(dir);
            rd.localPath = QDir(dir).filePath(remoteDocumentFileName(source));
            const FileTransferResult r = m_request.wait(
                remoteDocumentDownload(source, m_request.documentBucketOwner, rd.localPath));
            if (!r.ok)
                return Refusal{Kind::DownloadFailed, source, r.error, {}};
            QFile file(rd.localPath);
            if (!file.open(QIODevice::ReadOnly))
                return Refusal{Kind::Unreadable, source, file.errorString(), {}};
            document = std::make_shared<Document>(Document::fromText(file.readAll(), source));
        } else {
            if (!QFileInfo(source).isFile())
                return Refusal{Kind::NoSuchFile, source, {}, {}};
            if (source != d.path)
                rd.localPath = source;
            document = std::make_shared<Document>(Document::fromFile(source));
        }
        if (m_request.validateParameterValues) {
            std::vector<std::pair<QString, QString>> values;
            for (auto it = d.parameters.cbegin(); it != d.parameters.cend(); ++it)
                values.emplace_back(it.key(), it.value());
            validation.runParameters = values;
        }
        Diagnostics errors = Validator(validation).validate(*document);
        std::erase_if(errors, [](const Diagnostic &e) { return !e.isError(); });
        if (!errors.empty())
            return Refusal{Kind::Invalid, d.path, {}, std::move(errors)};
        rd.document = std::move(document);
        documents->push_back(std::move(rd));
    }
    return std::nullopt;
}

// The run folder (a resumed run reopens its own) with a copy of each document
// as it runs: the caller's text, else the file read. A document given only as
// text runs from its copy (ExecuteDocument resolves neighbours next to it).
std::optional<RunSession::Refusal> RunSession::openFolder(std::vector<RunDocument> &documents)
{
    QString folder = m_request.logFolder;
    if (folder.isEmpty()) {
        const QString parent = m_request.logParent.isEmpty() ? u"."_s : m_request.logParent;
        QDir().mkpath(parent);
        folder = QDir(parent).absoluteFilePath(
            RunLogs::folderName(QDateTime::currentDateTimeUtc(), m_request.executionId));
    }
    QString error;
    if (!m_logs->open(folder, isResuming(), m_request.trace, &error))
        return Refusal{Refusal::Kind::LogFolder, folder, error, {}};
    // A full disk does not stop the run (the steps' work matters more than its
    // log); the caller says so and fails the exit status.
    if (m_request.logWriteError)
        m_logs->setWriteErrorHandler(m_request.logWriteError);
    if (isResuming())
        return std::nullopt;
    QString unwritten; // the run does not depend on it: only Run Again does
    RunInvocation::fromRequest(m_request, m_logs->secrets().get()).write(folder, &unwritten);
    const int count = int(documents.size());
    for (int i = 0; i < count; ++i) {
        const RunRequest::Document &given = m_request.documents[size_t(i)];
        RunDocument &rd = documents[size_t(i)];
        if (!given.text) {
            m_logs->copyDocument(rd.file(), i, count);
            continue;
        }
        const QString copy = m_logs->documentCopyPath(rd.path, i, count);
        QString ignored; // the run does not depend on its copy
        PrivateFiles::writeFile(copy, *given.text, &ignored);
        if (given.file.isEmpty())
            rd.path = copy;
    }
    return std::nullopt;
}

// The sandbox, mounted before the first step. A run saved by a sandboxed run
// (a crash, --state-directory) is not resumed anywhere else: its sandbox is gone.
std::optional<RunSession::Refusal> RunSession::openSandbox()
{
    const QString savedIn =
        isResuming() ? savedRun(m_state).options.extraState.value(u"sandbox"_s).toString()
                     : QString();
    if (!savedIn.isEmpty())
        return Refusal{Refusal::Kind::Sandbox,
                       {},
                       ExecutorTr::tr("the saved run ran in %1, which ended with it; remove the "
                                      "state file and run again")
                           .arg(savedIn),
                       {}};
    if (isResuming() && m_request.sandbox)
        return Refusal{Refusal::Kind::Sandbox,
                       {},
                       ExecutorTr::tr("the saved run ran on this machine and goes on there, not "
                                      "in a sandbox (leave the sandbox out, or remove the state "
                                      "file)"),
                       {}};
    if (!m_request.sandbox)
        return std::nullopt;
    if (m_request.rebootMode == RebootMode::Handoff)
        return Refusal{Refusal::Kind::Sandbox,
                       {},
                       ExecutorTr::tr("a sandbox cannot hand a reboot off (it ends with kiln): "
                                      "use --reboot=simulate or fail"),
                       {}};
    QString error;
    m_sandbox = Sandbox::RunSandbox::open(*m_request.sandbox, folder(), m_logs->secrets(), &error);
    if (!m_sandbox)
        return Refusal{Refusal::Kind::Sandbox, {}, error, {}};
    m_request.target = m_sandbox->target();
    return std::nullopt;
}

void RunSession::recordOutcomes(Executor *executor, std::vector<Sandbox::StepOutcome> *outcomes)
{
    // The step's outputs (ExecuteBash's stdout, …), what later steps chain on;
    // not Kiln's own lines about the step, which say "created" once and
    // "overwrote" the next time.
    QObject::connect(executor, &Executor::stepFinished, executor,
                     [=](int document, const QString &phase, const StepRecord &record) {
                         outcomes->push_back(
                             {executor->options().documents[size_t(document)].path, phase,
                              record.name, !isSuccessful(record.status), record.failureMessage,
                              QJsonDocument(record.outputs).toJson(QJsonDocument::Compact)});
                     });
}

// The sandbox scans its upper layer after each step of `executor`.
void RunSession::recordChanges(Executor *executor)
{
    QObject::connect(
        executor, &Executor::stepFinished, executor,
        [this, executor](int document, const QString &phase, const StepRecord &record) {
            m_sandbox->stepFinished(executor->options().documents[size_t(document)].path, phase,
                                    record.name);
        });
}

Executor *RunSession::startIdempotenceCheck(QString *why)
{
    if (!m_sandbox) {
        *why = ExecutorTr::tr("the idempotence check needs a sandbox");
        return nullptr;
    }
    if (!isSuccessful(m_executor->record().status)) {
        *why = ExecutorTr::tr("the run did not succeed, so its steps are not run again");
        return nullptr;
    }
    ExecutorOptions options = m_executor->options();
    options.workDirectory = QDir(folder()).filePath(u"idempotence-check"_s);
    options.stateDirectory.clear();
    m_secondRun = std::make_unique<Executor>(std::move(options));
    recordOutcomes(m_secondRun.get(), &m_outcomes[1]);
    recordChanges(m_secondRun.get());
    m_sandbox->beginSecondRun();
    m_secondRun->start();
    return m_secondRun.get();
}

void RunSession::cancel()
{
    (m_secondRun ? m_secondRun : m_executor)->cancel();
}

const std::vector<Sandbox::IdempotenceFinding> &RunSession::finishIdempotenceCheck()
{
    m_sandbox->setIdempotence(Sandbox::findNotIdempotent(
        m_outcomes[0], m_outcomes[1], m_sandbox->secondRunChanges(), m_request.ignoredChanges));
    return *m_sandbox->report().idempotence;
}

// The idempotence check in JUnit: a case per step of the second run, failed
// when the step is not idempotent.
std::vector<JUnitCase> RunSession::idempotenceCases() const
{
    std::vector<JUnitCase> cases;
    if (!m_sandbox || !m_sandbox->report().idempotence)
        return cases;
    const auto &findings = *m_sandbox->report().idempotence;
    for (const Sandbox::StepOutcome &step : m_outcomes[1]) {
        const auto finding = std::find_if(findings.begin(), findings.end(), [&](auto &f) {
            return f.document == step.document && f.phase == step.phase && f.step == step.step;
        });
        cases.push_back({u"idempotence"_s, u"%1.%2"_s.arg(step.phase, step.step),
                         finding == findings.end() ? QString() : finding->reasons.join(u"; "_s)});
    }
    return cases;
}

const Sandbox::ChangeReport *RunSession::changes() const
{
    return m_sandbox ? &m_sandbox->report() : nullptr;
}

ExecutorOptions RunSession::executorOptions(std::vector<RunDocument> documents) const
{
    const RunRequest &r = m_request;
    ExecutorOptions options;
    options.actions = standardActions();
    options.documents = std::move(documents);
    options.phases = r.phases;
    options.selectionPhase = r.selectionPhase;
    options.selectionStep = r.selectionStep;
    options.selectionOnly = r.selectionOnly;
    options.stopAfter = r.stopAfter;
    options.blockedModules = r.blockedModules;
    options.platform = r.platform;
    options.executionId = r.executionId;
    options.rebootMode = r.rebootMode.value_or(RebootMode::Simulate);
    options.stateDirectory = r.stateDirectory;
    options.gracePeriod = r.gracePeriod;
    options.maxLoopIterations = r.maxLoopIterations;
    options.dryRun = r.dryRun;
    options.target = r.target;
    options.keepStateFileAtEnd = true;   // removed by close(), once the reports are written
    options.secrets = m_logs->secrets(); // what the executor resolves, the logs mask
    options.workDirectory =
        r.dryRun ? QDir::temp().filePath(u"kiln-dry-run"_s) : m_logs->workDirectory();
    options.extraState = QJsonObject{{u"logFolder"_s, folder()},
                                     {u"logS3BucketName"_s, r.logUpload.bucket},
                                     {u"logS3KeyPrefix"_s, r.logUpload.keyPrefix},
                                     {u"logS3BucketOwner"_s, r.logUpload.bucketOwner},
                                     {u"cwLogGroup"_s, r.cloudWatch.group},
                                     {u"cwLogStream"_s, r.cloudWatch.stream},
                                     {u"cwLogRegion"_s, r.cloudWatch.region},
                                     {u"cwIgnoreFailures"_s, r.cloudWatch.ignoreFailures}};
    if (m_sandbox)
        options.extraState.insert(u"sandbox"_s, r.sandbox->description());
    return options;
}

int RunSession::plannedStepCount() const
{
    return m_executor->plan().count();
}

Leftovers RunSession::stopLeftovers() const
{
    return isResuming() ? killLeftoverProcesses(m_state) : Leftovers{};
}

bool RunSession::start(QString *error)
{
    if (isResuming())
        return m_executor->resume(m_state, error);
    m_executor->start();
    return true;
}

QString RunSession::logUrl() const
{
    const RunRequest::LogUpload &u = m_request.logUpload;
    if (m_request.dryRun || u.bucket.isEmpty())
        return {};
    return runFolderS3Url(u.bucket, u.keyPrefix, QFileInfo(folder()).fileName());
}

std::vector<RunSession::UnwrittenReport> RunSession::writeReports(const ExecutionRecord &record)
{
    std::vector<UnwrittenReport> unwritten;
    if (m_request.dryRun)
        return unwritten;
    QString error;
    if (!m_logs->writeDetailedOutput(record, &error)) {
        // The report is the one thing a run must not lose: put it where there
        // is room (the temporary folder) and say where.
        UnwrittenReport u{UnwrittenReport::Kind::DetailedOutput,
                          QDir(folder()).filePath(u"detailedoutput.json"_s),
                          error,
                          {}};
        const QString spare =
            QDir::temp().filePath(u"kiln-%1-detailedoutput.json"_s.arg(record.executionId));
        if (writeDetailedOutputFile(record, spare, *m_logs->secrets(), &error))
            u.spareFile = spare;
        unwritten.push_back(u);
    }
    if (!m_request.junitFile.isEmpty() &&
        !writeJUnit(record, m_request.junitFile, *m_logs->secrets(), &error, idempotenceCases()))
        unwritten.push_back({UnwrittenReport::Kind::JUnit, m_request.junitFile, error, {}});
    if (!m_logs->writeChaining(m_executor->chainingJson(), &error))
        unwritten.push_back({UnwrittenReport::Kind::Chaining,
                             QDir(folder()).filePath(u"chaining.json"_s),
                             error,
                             {}});
    if (!m_request.htmlFile.isEmpty() && !writeHtmlReport(folder(), m_request.htmlFile, &error))
        unwritten.push_back({UnwrittenReport::Kind::Html, m_request.htmlFile, error, {}});
    if (m_sandbox) {
        const QString changes =
            QDir(folder()).filePath(QLatin1StringView(Sandbox::ChangesFileName));
        for (const QString &problem : m_sandbox->finish())
            unwritten.push_back({UnwrittenReport::Kind::Changes, changes, problem, {}});
    }
    return unwritten;
}

void RunSession::close()
{
    const bool handoff = m_executor->outcome() == Executor::Outcome::RebootHandoff;
    if (!handoff && !m_request.stateDirectory.isEmpty() && !m_request.dryRun)
        QFile::remove(stateFilePath(m_request.stateDirectory));
}

// console.log's lines, masked, to CloudWatch Logs from the first one on.
void RunSession::startCloudWatch()
{
    CloudWatchLogsTarget target = m_request.cloudWatch;
    if (!target.isEnabled())
        return;
    if (target.stream.isEmpty())
        target.stream = QFileInfo(folder()).fileName();
    m_cloudWatch =
        std::make_unique<CloudWatchLogStream>(target, QProcessEnvironment::systemEnvironment());
    if (m_request.cloudWatchFailed)
        QObject::connect(m_cloudWatch.get(), &CloudWatchLogStream::failed, m_cloudWatch.get(),
                         m_request.cloudWatchFailed);
    CloudWatchLogStream *stream = m_cloudWatch.get();
    m_logs->setConsoleTap([stream](const QString &masked) { stream->append(masked); });
    m_cloudWatch->start();
}

FileTransferResult RunSession::closeCloudWatch()
{
    if (!m_cloudWatch) {
        FileTransferResult nothing;
        nothing.ok = true;
        return nothing;
    }
    m_logs->setConsoleTap({});
    if (!m_request.wait) {
        FileTransferResult unsent;
        unsent.error = u"CloudWatch Logs: nothing waits for the last lines here"_s;
        return unsent;
    }
    return m_request.wait(m_cloudWatch->closeJob());
}

FileTransferResult RunSession::uploadLogs()
{
    m_logs->flush();
    const RunRequest::LogUpload &u = m_request.logUpload;
    return m_request.wait(runFolderUpload(folder(), u.bucket, u.keyPrefix, u.bucketOwner));
}

} // namespace Kiln
