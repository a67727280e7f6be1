// `kiln run`: a drop-in for `awstoe run` (same flags, log folder, report and
// summary), plus --dry-run, --junit and --reboot. Option parsing and wiring
// only: the executor, the action modules and the report writers live in
// kiln_core.
#include "actions/standardactions.h"
#include "aws/s3runfiles.h"
#include "commands.h"
#include "diagnostics/diagnosticformat.h"
#include "document/document.h"
#include "exec/executionid.h"
#include "exec/executor.h"
#include "exec/runconfig.h"
#include "report/consolereporter.h"
#include "report/htmlreport.h"
#include "report/runjournal.h"
#include "report/runlogs.h"
#include "validate/validator.h"
#include "waitfortransfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {
namespace {

constexpr int RebootHandoffExit = 194;

// Self-pipe: the signal handler only writes the signal number; the event loop
// reads it and cancels the run like any other event.
int g_signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

// `n1=v1,n2=v2`: split on commas, then on the first `=`; both sides required (§2.1).
std::optional<QHash<QString, QString>> parseParameters(const QString &text, QString *error)
{
    QHash<QString, QString> out;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString name = eq < 0 ? item.trimmed() : item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1);
        if (eq < 0 || name.isEmpty() || value.isEmpty()) {
            *error =
                QCoreApplication::translate(
                    "kiln", "--parameters: '%1' must be name=value with a non-empty name and value")
                    .arg(item);
            return std::nullopt;
        }
        out.insert(name, value);
    }
    return out;
}

// Where S3 documents are fetched to for this run (kept until the process ends,
// so the log folder can copy them).
struct DocumentFetch
{
    QTemporaryDir folder{QDir::temp().filePath(u"kiln-documents-XXXXXX"_s)};
    QString bucketOwner; // --document-s3-bucket-owner
    int count = 0;
};

// Loads and validates one document: a local path or s3://bucket/key (downloaded
// first; diagnostics name the s3:// URI). `localPath` receives the file read.
std::shared_ptr<const Document> loadValid(const QString &path, const QString &platform,
                                          QTextStream &err, DocumentFetch &fetch,
                                          QString *localPath)
{
    if (isImageBuilderArn(path)) {
        err << "kiln run: " << imageBuilderArnMessage(path) << "\n";
        return nullptr;
    }
    std::shared_ptr<Document> doc;
    if (path.startsWith(u"s3://")) {
        const QString dir = fetch.folder.filePath(QString::number(++fetch.count));
        QDir().mkpath(dir);
        *localPath = QDir(dir).filePath(s3DocumentFileName(path));
        const FileTransferResult r =
            waitForTransfer(s3DocumentDownload(path, fetch.bucketOwner, *localPath));
        if (!r.ok) {
            err << QCoreApplication::translate("kiln", "kiln run: cannot download %1: %2\n")
                       .arg(path, r.error);
            return nullptr;
        }
        QFile f(*localPath);
        if (!f.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("kiln",
                                               "kiln run: %1: cannot read the downloaded copy\n")
                       .arg(path);
            return nullptr;
        }
        doc = std::make_shared<Document>(Document::fromText(f.readAll(), path));
    } else {
        if (!QFileInfo(path).isFile()) {
            err << QCoreApplication::translate("kiln", "kiln run: %1: no such file\n").arg(path);
            return nullptr;
        }
        *localPath = path;
        doc = std::make_shared<Document>(Document::fromFile(path));
    }
    ValidationOptions options;
    options.osPlatform = platform;
    const Diagnostics diagnostics = Validator(options).validate(*doc);
    bool bad = false;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError()) {
            err << formatDiagnostic(d, nullptr) << "\n";
            bad = true;
        }
    }
    if (bad) {
        err << QCoreApplication::translate(
                   "kiln", "kiln run: %1 is not valid; nothing was run (see `kiln validate`)\n")
                   .arg(path);
        return nullptr;
    }
    return doc;
}

} // namespace

int runCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kiln",
        "Run component documents locally, like `awstoe run`.\n"
        "Exit status: 0 success (also with ignored failures), 1 the run failed, 2 usage or\n"
        "validation error (nothing ran), 194 reboot handed off (--reboot=handoff),\n"
        "129/130/143 interrupted by SIGHUP/SIGINT/SIGTERM."));
    parser.addHelpOption();
    const QCommandLineOption documents(
        {u"d"_s, u"documents"_s},
        QCoreApplication::translate(
            "kiln", "Comma-separated documents to run, in order: paths or s3://bucket/key."),
        u"paths"_s);
    const QCommandLineOption config(
        {u"c"_s, u"config"_s},
        QCoreApplication::translate("kiln", "JSON run configuration (awstoe --config format)."),
        u"file"_s);
    const QCommandLineOption phases(
        {u"p"_s, u"phases"_s},
        QCoreApplication::translate("kiln", "Comma-separated phases to run (default: all)."),
        u"phases"_s);
    const QCommandLineOption parameters(
        u"parameters"_s,
        QCoreApplication::translate(
            "kiln", "Values of the documents' parameters: name=value,name2=value2."),
        u"list"_s);
    const QCommandLineOption executionId(
        {u"i"_s, u"execution-id"_s},
        QCoreApplication::translate(
            "kiln", "Execution id, used in the log folder's name: letters, digits, '.', '_' and "
                    "'-', at most 128 (default: a new UUID)."),
        u"id"_s);
    const QCommandLineOption logDirectory(
        {u"l"_s, u"log-directory"_s},
        QCoreApplication::translate("kiln",
                                    "Parent folder of the run's TOE_* log folder (default .)."),
        u"dir"_s);
    const QCommandLineOption stateDirectory(
        {u"s"_s, u"state-directory"_s},
        QCoreApplication::translate(
            "kiln", "Folder for the state file; a run left there (reboot, crash) is resumed."),
        u"dir"_s);
    const QCommandLineOption trace(
        {u"t"_s, u"trace"_s},
        QCoreApplication::translate("kiln", "Copy the application log to stderr."));
    const QCommandLineOption blocked(
        u"blocked-action-modules"_s,
        QCoreApplication::translate("kiln", "Comma-separated action modules that must not run."),
        u"modules"_s);
    const QCommandLineOption version(
        {u"v"_s, u"version"_s}, QCoreApplication::translate("kiln", "Print the version and exit."));
    const QCommandLineOption dryRun(
        u"dry-run"_s,
        QCoreApplication::translate(
            "kiln", "Print each step that would run with its resolved inputs; run nothing."));
    const QCommandLineOption junit(
        u"junit"_s,
        QCoreApplication::translate(
            "kiln", "Also write a JUnit XML report (one test case per step) to <file>."),
        u"file"_s);
    const QCommandLineOption html(
        u"html"_s,
        QCoreApplication::translate(
            "kiln", "Also write the run's HTML report (as kiln report does) to <file>, at the end "
                    "of every run."),
        u"file"_s);
    const QCommandLineOption reboot(
        u"reboot"_s,
        QCoreApplication::translate(
            "kiln",
            "What a reboot request does: simulate (default: resume at once), handoff (save state, "
            "exit 194), fail (the step fails)."),
        u"mode"_s);
    const QCommandLineOption platform(
        u"os-platforms"_s,
        QCoreApplication::translate(
            "kiln", "Validate and run for linux, windows or darwin (default: the host)."),
        u"platform"_s, ValidationOptions::hostPlatform());
    const QCommandLineOption grace(
        u"grace-period"_s,
        QCoreApplication::translate(
            "kiln", "Seconds between SIGTERM and SIGKILL when a step is stopped (default 5)."),
        u"seconds"_s, u"5"_s);
    const QCommandLineOption logBucket(
        {u"b"_s, u"log-s3-bucket-name"_s},
        QCoreApplication::translate("kiln",
                                    "Upload the run's log folder to this S3 bucket at the end."),
        u"bucket"_s);
    const QCommandLineOption logPrefix(
        {u"k"_s, u"log-s3-key-prefix"_s},
        QCoreApplication::translate("kiln", "Key prefix for the uploaded log folder."),
        u"prefix"_s);
    const QCommandLineOption logOwner(
        u"log-s3-bucket-owner"_s,
        QCoreApplication::translate("kiln", "Expected owner (account id) of the log bucket."),
        u"account"_s);
    const QCommandLineOption documentOwner(
        u"document-s3-bucket-owner"_s,
        QCoreApplication::translate(
            "kiln", "Expected owner (account id) of the buckets holding s3:// documents."),
        u"account"_s);
    const QCommandLineOption maxLoopIterations(
        u"max-loop-iterations"_s,
        QCoreApplication::translate(
            "kiln", "Fail a step whose loop has more iterations than this (default %1).")
            .arg(DefaultMaxLoopIterations),
        u"n"_s, QString::number(DefaultMaxLoopIterations));
    QList<QCommandLineOption> awsOnly;
    for (const QString &name : {u"cw-log-group"_s, u"cw-log-stream"_s, u"cw-log-region"_s})
        awsOnly << QCommandLineOption(
            name, QCoreApplication::translate("kiln", "Not supported by kiln run."), u"value"_s);
    awsOnly << QCommandLineOption(
        u"cw-ignore-failures"_s, QCoreApplication::translate("kiln", "Not supported by kiln run."));
    parser.addOptions({documents,   config,       phases,         parameters,
                       executionId, logDirectory, stateDirectory, trace,
                       blocked,     version,      dryRun,         junit,
                       reboot,      platform,     grace,          maxLoopIterations,
                       logBucket,   logPrefix,    logOwner,       documentOwner});
    parser.addOption(html);
    for (const QCommandLineOption &o : awsOnly) {
        QCommandLineOption hidden = o;
        hidden.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(hidden);
    }

    if (!parser.parse(QStringList{u"kiln run"_s} + arguments)) {
        err << QCoreApplication::translate("kiln", "kiln run: %1\nTry 'kiln run --help'.\n")
                   .arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelpText(parser, QStringLiteral("run"));
        return Success;
    }
    if (parser.isSet(version)) {
        out << "kiln " << KILN_VERSION << "\n";
        return Success;
    }
    for (const QCommandLineOption &o : awsOnly) {
        if (parser.isSet(o.names().first())) {
            err << QCoreApplication::translate(
                       "kiln",
                       "kiln run: --%1 (CloudWatch Logs streaming) is not supported by kiln run\n")
                       .arg(o.names().first());
            return UsageError;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate(
                   "kiln", "kiln run: unexpected argument '%1' (use --documents a.yaml,b.yaml)\n")
                   .arg(parser.positionalArguments().first());
        return UsageError;
    }

    // --- options from --config, overridden by the command line ---------------
    RunConfig cfg;
    if (parser.isSet(config)) {
        if (parser.isSet(documents) || parser.isSet(parameters)) {
            err << QCoreApplication::translate(
                "kiln", "kiln run: --config cannot be combined with --documents or --parameters "
                        "(put them in the config file)\n");
            return UsageError;
        }
        // A config in S3 (§6.2) is fetched like an S3 document.
        QTemporaryDir configCopy(QDir::temp().filePath(u"kiln-config-XXXXXX"_s));
        QString configPath = parser.value(config);
        if (configPath.startsWith(u"s3://")) {
            const QString local = configCopy.filePath(u"config.json"_s);
            const FileTransferResult r =
                waitForTransfer(s3DocumentDownload(configPath, parser.value(documentOwner), local));
            if (!r.ok) {
                err << QCoreApplication::translate("kiln",
                                                   "kiln run: cannot download --config %1: %2\n")
                           .arg(configPath, r.error);
                return UsageError;
            }
            configPath = local;
        }
        QFile f(configPath);
        if (!f.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("kiln", "kiln run: cannot read --config %1: %2\n")
                       .arg(parser.value(config), f.errorString());
            return UsageError;
        }
        QString configError;
        auto parsed = parseRunConfig(f.readAll(), &configError);
        if (!parsed) {
            err << QCoreApplication::translate("kiln", "kiln run: %1: %2\n")
                       .arg(parser.value(config), configError);
            return UsageError;
        }
        cfg = std::move(*parsed);
    }

    QString error;
    QHash<QString, QString> cliParameters;
    if (parser.isSet(parameters)) {
        auto parsed = parseParameters(parser.value(parameters), &error);
        if (!parsed) {
            err << "kiln run: " << error << "\n";
            return UsageError;
        }
        cliParameters = *parsed;
    }
    const QHash<QString, QString> &globalParameters = cfg.parameters;

    const QString osPlatform = parser.value(platform).toLower();
    if (!QStringList{u"linux"_s, u"windows"_s, u"darwin"_s}.contains(osPlatform)) {
        err << QCoreApplication::translate(
                   "kiln", "kiln run: unknown --os-platforms '%1' (linux, windows or darwin)\n")
                   .arg(osPlatform);
        return UsageError;
    }
    const QString stateDir =
        parser.isSet(stateDirectory) ? parser.value(stateDirectory) : cfg.stateDirectory;
    RebootMode rebootMode = RebootMode::Simulate;
    if (parser.isSet(reboot)) {
        const QString m = parser.value(reboot);
        if (m == u"simulate")
            rebootMode = RebootMode::Simulate;
        else if (m == u"handoff")
            rebootMode = RebootMode::Handoff;
        else if (m == u"fail")
            rebootMode = RebootMode::Fail;
        else {
            err << QCoreApplication::translate(
                       "kiln", "kiln run: unknown --reboot '%1' (simulate, handoff or fail)\n")
                       .arg(m);
            return UsageError;
        }
    }
    // The id names the log folder: one safe path component (executionid.h).
    if (parser.isSet(executionId)) {
        if (const QString problem = executionIdProblem(parser.value(executionId));
            !problem.isEmpty()) {
            err << "kiln run: --execution-id: " << problem << "\n";
            return UsageError;
        }
    }
    bool graceOk = false;
    const double graceSeconds = parser.value(grace).toDouble(&graceOk);
    if (!graceOk || graceSeconds < 0) {
        err << QCoreApplication::translate("kiln",
                                           "kiln run: --grace-period needs a number of seconds\n");
        return UsageError;
    }
    bool loopCapOk = false;
    const qint64 loopCap = parser.value(maxLoopIterations).toLongLong(&loopCapOk);
    if (!loopCapOk || loopCap < 1) {
        err << QCoreApplication::translate(
            "kiln", "kiln run: --max-loop-iterations needs a positive whole number\n");
        return UsageError;
    }
    const bool trace_ = parser.isSet(trace) || cfg.trace;

    // --- a run left in the state directory is resumed (awstoe behaviour) ------
    QJsonObject state;
    if (!stateDir.isEmpty() && !parser.isSet(dryRun)) {
        QFile f(Executor::stateFilePath(stateDir));
        if (f.exists()) {
            if (!f.open(QIODevice::ReadOnly)) {
                err << QCoreApplication::translate("kiln",
                                                   "kiln run: cannot read the state file %1\n")
                           .arg(f.fileName());
                return UsageError;
            }
            state = QJsonDocument::fromJson(f.readAll()).object();
            if (state.isEmpty()) {
                err << QCoreApplication::translate(
                           "kiln",
                           "kiln run: the state file %1 is damaged; remove it to start a new run\n")
                           .arg(f.fileName());
                return UsageError;
            }
            if (const QString problem =
                    executionIdProblem(state.value(u"executionId"_s).toString());
                !problem.isEmpty()) {
                err << QCoreApplication::translate(
                           "kiln",
                           "kiln run: the state file %1: %2; remove it to start a new run\n")
                           .arg(f.fileName(), problem);
                return UsageError;
            }
        }
    }

    DocumentFetch fetch;
    fetch.bucketOwner =
        parser.isSet(documentOwner) ? parser.value(documentOwner) : cfg.documentS3BucketOwner;
    // Log upload settings: command line, else config, else (resumed run) the saved ones.
    QString logS3Bucket = parser.isSet(logBucket) ? parser.value(logBucket) : cfg.logS3BucketName;
    QString logS3Prefix = parser.isSet(logPrefix) ? parser.value(logPrefix) : cfg.logS3KeyPrefix;
    QString logS3Owner = parser.isSet(logOwner) ? parser.value(logOwner) : cfg.logS3BucketOwner;
    ExecutorOptions options;
    options.actions = standardActions();
    QStringList docPaths;
    QString logFolder;
    bool resuming = !state.isEmpty();
    if (resuming) {
        const Executor::SavedRun saved = Executor::savedRun(state);
        const QString savedPlatform =
            saved.options.platform.isEmpty() ? osPlatform : saved.options.platform;
        for (const Executor::SavedRun::Document &d : saved.documents) {
            RunDocument rd;
            rd.path = d.path;
            rd.parameters = d.parameters;
            // An s3:// document is fetched again (the earlier copy was temporary).
            const QString source = rd.path.startsWith(u"s3://") ? rd.path : d.file;
            QString local;
            rd.document = loadValid(source, savedPlatform, err, fetch, &local);
            if (!rd.document)
                return UsageError;
            if (source != d.file)
                rd.localPath = local;
            docPaths << local;
            options.documents.push_back(std::move(rd));
        }
        options.phases = saved.options.phases;
        options.blockedModules = saved.options.blockedModules;
        options.platform = savedPlatform;
        // A studio run (Run This Step, reboot handed off) resumes with its selection.
        options.selectionPhase = saved.options.selectionPhase;
        options.selectionStep = saved.options.selectionStep;
        options.selectionOnly = saved.options.selectionOnly;
        if (!parser.isSet(reboot))
            rebootMode = saved.options.rebootMode;
        options.executionId = saved.options.executionId;
        const QJsonObject &extra = saved.options.extraState;
        logFolder = extra.value(u"logFolder"_s).toString();
        if (logS3Bucket.isEmpty()) {
            logS3Bucket = extra.value(u"logS3BucketName"_s).toString();
            logS3Prefix = extra.value(u"logS3KeyPrefix"_s).toString();
            logS3Owner = extra.value(u"logS3BucketOwner"_s).toString();
        }
    } else {
        QList<QPair<QString, QHash<QString, QString>>> docs;
        if (parser.isSet(documents)) {
            for (const QString &p : splitList(parser.value(documents)))
                docs.append({p, {}});
        } else {
            for (const RunConfigDocument &d : cfg.documents)
                docs.append({d.path, d.parameters});
        }
        if (docs.isEmpty()) {
            err << QCoreApplication::translate(
                "kiln",
                "kiln run: no documents given (use --documents a.yaml,b.yaml or --config)\n");
            return UsageError;
        }
        for (const auto &[path, perDocument] : docs) {
            RunDocument rd;
            rd.path = path;
            QString local;
            rd.document = loadValid(path, osPlatform, err, fetch, &local);
            if (!rd.document)
                return UsageError;
            if (local != path)
                rd.localPath = local;
            // Precedence (§2.1): command line > the document's config entry > global config.
            rd.parameters = globalParameters;
            for (auto it = perDocument.begin(); it != perDocument.end(); ++it)
                rd.parameters.insert(it.key(), it.value());
            for (auto it = cliParameters.begin(); it != cliParameters.end(); ++it)
                rd.parameters.insert(it.key(), it.value());
            docPaths << local;
            options.documents.push_back(std::move(rd));
        }
        options.phases = splitList(parser.isSet(phases) ? parser.value(phases) : cfg.phases);
        options.blockedModules = splitList(parser.value(blocked));
        options.platform = osPlatform;
        options.executionId =
            parser.isSet(executionId) ? parser.value(executionId) : cfg.executionId;
        if (options.executionId.isEmpty())
            options.executionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (rebootMode == RebootMode::Handoff && stateDir.isEmpty()) {
        err << QCoreApplication::translate("kiln",
                                           "kiln run: --reboot=handoff needs --state-directory "
                                           "(where the state is saved for the resumed run)\n");
        return UsageError;
    }
    options.rebootMode = rebootMode;
    options.stateDirectory = stateDir;
    options.gracePeriod = std::chrono::milliseconds(qint64(graceSeconds * 1000));
    options.dryRun = parser.isSet(dryRun);
    options.maxLoopIterations = loopCap;
    options.keepStateFileAtEnd = true; // removed below, once the reports are written

    // What fails the exit status besides the steps, each said once on stderr
    // when it happens: a log or report file not written (a full disk), the
    // upload of the logs. The summary lists them, so it says what the exit
    // status says (summaryJson).
    QStringList problems;

    // --- log folder -----------------------------------------------------------
    RunLogs logs;
    options.secrets = logs.secrets(); // what the executor resolves, the logs mask

    if (!options.dryRun) {
        if (logFolder.isEmpty()) {
            QString parent =
                parser.isSet(logDirectory) ? parser.value(logDirectory) : cfg.logDirectory;
            if (parent.isEmpty())
                parent = u"."_s;
            logFolder = QDir(parent).absoluteFilePath(
                RunLogs::folderName(QDateTime::currentDateTimeUtc(), options.executionId));
        }
        if (!logs.open(logFolder, resuming, trace_, &error)) {
            err << "kiln run: " << error << "\n";
            return UsageError;
        }
        // A full disk does not stop the run (the steps' work matters more than
        // its log), but it is said at once and fails the exit status at the end.
        logs.setWriteErrorHandler([&err, &problems](const QString &message) {
            err << "kiln run: " << message
                << "; the file ends here, the run goes on (exit status 1)\n";
            err.flush();
            problems << message;
        });
        if (!resuming)
            logs.copyDocuments(docPaths);
        options.workDirectory = logs.workDirectory();
    } else {
        options.workDirectory = QDir::temp().filePath(u"kiln-dry-run"_s);
    }
    options.extraState = QJsonObject{{u"logFolder"_s, logFolder},
                                     {u"logS3BucketName"_s, logS3Bucket},
                                     {u"logS3KeyPrefix"_s, logS3Prefix},
                                     {u"logS3BucketOwner"_s, logS3Owner}};

    Executor executor(std::move(options));
    ConsoleReporter reporter(&executor, &out, executor.options().dryRun ? nullptr : &logs);
    RunJournal journal(&executor, executor.options().dryRun ? QString() : logs.folder());
    if (resuming) {
        reporter.print(QCoreApplication::translate("kiln", "Resuming the run saved in %1")
                           .arg(Executor::stateFilePath(stateDir)));
        if (parser.isSet(documents) || parser.isSet(config) || parser.isSet(phases) ||
            parser.isSet(parameters))
            reporter.print(QCoreApplication::translate(
                "kiln", "note: the documents, phases and parameters of the saved run are used; "
                        "the ones given now are ignored (remove the state file to start anew)"));
    }

    int caughtSignal = 0;
    std::unique_ptr<QSocketNotifier> notifier;
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        // SIGHUP too: a closed terminal or a dropped ssh session must not kill
        // kiln mid-step (its steps' processes, in sessions of their own, would
        // run on without it and the reports would be lost).
        for (const int signal : {SIGHUP, SIGINT, SIGTERM})
            ::sigaction(signal, &sa, nullptr);
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, [&] {
            unsigned char byte = 0;
            while (::read(g_signalPipe[0], &byte, 1) == 1) {
                if (!caughtSignal) {
                    caughtSignal = byte;
                    reporter.print(
                        QCoreApplication::translate(
                            "kiln", "Interrupted (%1): stopping the running step (again to kill it "
                                    "at once)")
                            .arg(byte == SIGINT   ? u"SIGINT"_s
                                 : byte == SIGHUP ? u"SIGHUP"_s
                                                  : u"SIGTERM"_s));
                } else {
                    reporter.print(QCoreApplication::translate(
                        "kiln", "Interrupted again: killing the running step"));
                }
                executor.cancel();
            }
        });
    }

    QObject::connect(
        &executor, &Executor::runFinished, qApp, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    if (resuming) {
        if (const Executor::Leftovers left = Executor::killLeftoverProcesses(state); left.any()) {
            QStringList how;
            if (left.group > 0)
                how << QCoreApplication::translate("kiln", "process group %1").arg(left.group);
            if (left.marked > 0)
                how << QCoreApplication::translate(
                    "kiln", "%n process(es) found by their KILN_RUN_ID", nullptr, int(left.marked));
            reporter.print(QCoreApplication::translate(
                               "kiln", "Stopped the processes left by the interrupted step (%1)")
                               .arg(how.join(u", "_s)));
        }
        if (!executor.resume(state, &error)) {
            err << QCoreApplication::translate("kiln", "kiln run: cannot resume: %1\n").arg(error);
            return UsageError;
        }
    } else {
        if (executor.options().dryRun)
            reporter.print(QCoreApplication::translate(
                "kiln", "Dry run: nothing is executed and no log folder is written; each "
                        "step shows the inputs it would get."));
        executor.start();
    }
    QCoreApplication::exec();

    // The record is copied so the S3 location can go into logUrl before the
    // reports are written (and then uploaded with them).
    ExecutionRecord record = executor.record();
    const bool uploadLogs = !executor.options().dryRun && !logS3Bucket.isEmpty();
    if (uploadLogs)
        record.logUrl =
            runFolderS3Url(logS3Bucket, logS3Prefix, QFileInfo(logs.folder()).fileName());
    const bool handoff = executor.outcome() == Executor::Outcome::RebootHandoff;
    const auto reportUnwritten = [&](const QString &path, const QString &reason) {
        err << QCoreApplication::translate("kiln", "kiln run: cannot write %1: %2\n")
                   .arg(path, reason);
        problems << u"cannot write %1: %2"_s.arg(path, reason);
    };
    if (!executor.options().dryRun) {
        if (!logs.writeDetailedOutput(record, &error)) {
            // The report is the one thing a run must not lose: put it where
            // there is room (the temporary folder) and say where.
            reportUnwritten(QDir(logs.folder()).filePath(u"detailedoutput.json"_s), error);
            const QString spare =
                QDir::temp().filePath(u"kiln-%1-detailedoutput.json"_s.arg(record.executionId));
            if (writeDetailedOutputFile(record, spare, *logs.secrets(), &error))
                err << QCoreApplication::translate(
                           "kiln", "kiln run: the report was written to %1 instead\n")
                           .arg(spare);
        }
        if (parser.isSet(junit) &&
            !writeJUnit(record, parser.value(junit), *logs.secrets(), &error))
            reportUnwritten(parser.value(junit), error);
        if (!logs.writeChaining(executor.chainingJson(), &error))
            reportUnwritten(QDir(logs.folder()).filePath(u"chaining.json"_s), error);
        if (parser.isSet(html) && !writeHtmlReport(logs.folder(), parser.value(html), &error)) {
            err << "kiln run: --html: " << error << "\n";
            problems << u"--html: %1"_s.arg(error);
        }
    } else if (parser.isSet(html)) {
        err << QCoreApplication::translate("kiln", "kiln run: --html: a dry run has no report\n");
    }
    // Only now: a kill -9 before this point resumes the run (its last step runs
    // again) instead of starting it anew with the finished run's reports lost.
    if (!handoff && !stateDir.isEmpty() && !executor.options().dryRun)
        QFile::remove(Executor::stateFilePath(stateDir));
    const auto summaryText = [&] {
        return QString::fromUtf8(QJsonDocument(logs.secrets()->mask(summaryJson(record, problems)))
                                     .toJson(QJsonDocument::Indented));
    };
    QString summary;
    if (executor.options().dryRun)
        reporter.print(QCoreApplication::translate(
            "kiln",
            "Dry run finished: %n step(s) would run (executedStepCount below counts "
            "them); nothing was executed.",
            nullptr, int(record.counters().executed)));
    if (handoff) {
        reporter.print(
            QCoreApplication::translate(
                "kiln",
                "Reboot handed off: exit 194. Reboot, then run `kiln run --state-directory %1`.")
                .arg(stateDir));
    } else if (executor.options().dryRun) {
        summary = summaryText();
    } else {
        logs.flush(); // a failure in application.log's last lines still counts
        summary = summaryText();
        logs.console(summary.trimmed());
        summary = summaryText(); // unchanged, unless console.log failed just now
    }
    if (uploadLogs) {
        logs.flush();
        const FileTransferResult r =
            waitForTransfer(runFolderUpload(logs.folder(), logS3Bucket, logS3Prefix, logS3Owner));
        if (!r.ok) {
            // The local folder is complete; a missing upload must not go unnoticed in CI.
            err << QCoreApplication::translate(
                       "kiln", "kiln run: the logs were not uploaded to %1: %2 (they are in %3)\n")
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
    if (caughtSignal)
        return 128 + caughtSignal;
    if (record.status == RunStatus::Cancelled)
        return 130;
    return isSuccessful(record.status) && problems.isEmpty() ? Success : Failure;
}

} // namespace Kiln::Cli
