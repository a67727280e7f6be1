// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "runflags.h"

#include "aws/s3runfiles.h"
#include "clitr.h"
#include "exec/executionid.h"
#include "exec/runconfig.h"
#include "net/waitfortransfer.h"
#include "sandbox/imageroot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {

RunFlags::RunFlags(QCommandLineParser &parser)
{
    parser.addOptions({documents,   config,       phases,         parameters,
                       executionId, logDirectory, stateDirectory, trace,
                       blocked,     version,      dryRun,         junit,
                       reboot,      platform,     grace,          maxLoopIterations,
                       logBucket,   logPrefix,    logOwner,       documentOwner});
    parser.addOptions({html, sandbox, root, image, keepSandbox, exportChanges, checkIdempotence,
                       ignoreChanges, replay, onHost});
    parser.addOptions({cwLogGroup, cwLogStream, cwLogRegion, cwIgnoreFailures});
}

bool RunFlags::wantsSandbox(const QCommandLineParser &parser) const
{
    return parser.isSet(sandbox) || parser.isSet(root) || parser.isSet(image);
}

QString RunFlags::sandboxFlagsProblem(const QCommandLineParser &parser) const
{
    const int sources =
        int(parser.isSet(sandbox)) + int(parser.isSet(root)) + int(parser.isSet(image));
    if (sources > 1 || (sources == 1 && parser.isSet(onHost)))
        return CliTr::tr("kiln run: --sandbox, --root, --image and --on-host are alternatives; "
                         "give one\n");
    if (parser.isSet(onHost) && !parser.isSet(replay))
        return CliTr::tr("kiln run: --on-host is for --replay (a run is on this machine unless "
                         "--sandbox, --root or --image says otherwise)\n");
    if (parser.isSet(root) && !QFileInfo(QDir(parser.value(root)).filePath(u"bin"_s)).exists())
        return CliTr::tr("kiln run: --root %1 is not a root file system (it has no /bin)\n")
            .arg(parser.value(root));
    if (sources == 1)
        return {};
    for (const QCommandLineOption *o :
         {&keepSandbox, &exportChanges, &checkIdempotence, &ignoreChanges}) {
        if (parser.isSet(*o))
            return CliTr::tr("kiln run: --%1 needs --sandbox, --root or --image\n")
                .arg(o->names().first());
    }
    return {};
}

namespace {

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

// `n1=v1,n2=v2`: split on commas, then on the first `=`; both sides required
// (behaviour-reference §2.1).
std::optional<QHash<QString, QString>> parseParameters(const QString &text, QString *error)
{
    QHash<QString, QString> out;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString name = eq < 0 ? item.trimmed() : item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1);
        if (eq < 0 || name.isEmpty() || value.isEmpty()) {
            *error =
                CliTr::tr("--parameters: '%1' must be name=value with a non-empty name and value")
                    .arg(item);
            return std::nullopt;
        }
        out.insert(name, value);
    }
    return out;
}

// --config: a local file or s3://bucket/key (behaviour-reference §6.2).
std::optional<RunConfig> readConfig(const QCommandLineParser &parser, const RunFlags &flags,
                                    QTextStream &err)
{
    if (parser.isSet(flags.documents) || parser.isSet(flags.parameters)) {
        err << CliTr::tr("kiln run: --config cannot be combined with --documents or --parameters "
                         "(put them in the config file)\n");
        return std::nullopt;
    }
    QTemporaryDir configCopy(QDir::temp().filePath(u"kiln-config-XXXXXX"_s));
    QString configPath = parser.value(flags.config);
    if (configPath.startsWith(u"s3://")) {
        const QString local = configCopy.filePath(u"config.json"_s);
        const FileTransferResult r = waitForTransfer(
            s3DocumentDownload(configPath, parser.value(flags.documentOwner), local));
        if (!r.ok) {
            err << CliTr::tr("kiln run: cannot download --config %1: %2\n")
                       .arg(configPath, r.error);
            return std::nullopt;
        }
        configPath = local;
    }
    QFile f(configPath);
    if (!f.open(QIODevice::ReadOnly)) {
        err << CliTr::tr("kiln run: cannot read --config %1: %2\n")
                   .arg(parser.value(flags.config), f.errorString());
        return std::nullopt;
    }
    QString configError;
    auto parsed = parseRunConfig(f.readAll(), &configError);
    if (!parsed) {
        err << CliTr::tr("kiln run: %1: %2\n").arg(parser.value(flags.config), configError);
        return std::nullopt;
    }
    return parsed;
}

// The flags whose values must be checked: platform, reboot mode, id, numbers.
bool readCheckedValues(const QCommandLineParser &parser, const RunFlags &flags, RunRequest &request,
                       QTextStream &err)
{
    request.platform = parser.value(flags.platform).toLower();
    if (!QStringList{u"linux"_s, u"windows"_s, u"darwin"_s}.contains(request.platform)) {
        err << CliTr::tr("kiln run: unknown --os-platforms '%1' (linux, windows or darwin)\n")
                   .arg(request.platform);
        return false;
    }
    if (parser.isSet(flags.reboot)) {
        const QString m = parser.value(flags.reboot);
        if (m == u"simulate")
            request.rebootMode = RebootMode::Simulate;
        else if (m == u"handoff")
            request.rebootMode = RebootMode::Handoff;
        else if (m == u"fail")
            request.rebootMode = RebootMode::Fail;
        else {
            err << CliTr::tr("kiln run: unknown --reboot '%1' (simulate, handoff or fail)\n")
                       .arg(m);
            return false;
        }
    }
    // The id names the log folder: one safe path component (executionid.h).
    if (parser.isSet(flags.executionId)) {
        if (const QString problem = executionIdProblem(parser.value(flags.executionId));
            !problem.isEmpty()) {
            err << "kiln run: --execution-id: " << problem << "\n";
            return false;
        }
    }
    bool graceOk = false;
    const double graceSeconds = parser.value(flags.grace).toDouble(&graceOk);
    if (!graceOk || graceSeconds < 0) {
        err << CliTr::tr("kiln run: --grace-period needs a number of seconds\n");
        return false;
    }
    request.gracePeriod = std::chrono::milliseconds(qint64(graceSeconds * 1000));
    bool loopCapOk = false;
    request.maxLoopIterations = parser.value(flags.maxLoopIterations).toLongLong(&loopCapOk);
    if (!loopCapOk || request.maxLoopIterations < 1) {
        err << CliTr::tr("kiln run: --max-loop-iterations needs a positive whole number\n");
        return false;
    }
    return true;
}

// --sandbox, --root, --image and what goes with them. An image is unpacked here
// (once per image id), so the session gets a root folder whatever the source.
bool readSandbox(const QCommandLineParser &parser, const RunFlags &flags, RunRequest &request,
                 QTextStream &err)
{
    if (!flags.wantsSandbox(parser))
        return true;
    using Kind = Sandbox::SandboxRequest::Kind;
    Sandbox::SandboxRequest sandbox;
    sandbox.keepUpper = parser.value(flags.keepSandbox);
    sandbox.exportChanges = parser.value(flags.exportChanges);
    if (parser.isSet(flags.root)) {
        sandbox.kind = Kind::Root;
        sandbox.root = QFileInfo(parser.value(flags.root)).absoluteFilePath();
    } else if (parser.isSet(flags.image)) {
        sandbox.kind = Kind::Image;
        sandbox.image = parser.value(flags.image);
        QString error;
        const auto image = Sandbox::unpackImage(sandbox.image, {}, &error);
        if (!image) {
            err << "kiln run: --image: " << error << "\n";
            return false;
        }
        sandbox.root = image->root;
    }
    request.sandbox = sandbox;
    request.checkIdempotence = parser.isSet(flags.checkIdempotence);
    for (const QString &globs : parser.values(flags.ignoreChanges))
        request.ignoredChanges << splitList(globs);
    return true;
}

} // namespace

std::optional<RunRequest> readRunRequest(const QCommandLineParser &parser, const RunFlags &flags,
                                         QTextStream &err, const ReplayPlan *replay)
{
    RunConfig cfg;
    if (parser.isSet(flags.config)) {
        auto parsed = readConfig(parser, flags, err);
        if (!parsed)
            return std::nullopt;
        cfg = std::move(*parsed);
    }
    QHash<QString, QString> cliParameters;
    if (parser.isSet(flags.parameters)) {
        QString error;
        auto parsed = parseParameters(parser.value(flags.parameters), &error);
        if (!parsed) {
            err << "kiln run: " << error << "\n";
            return std::nullopt;
        }
        cliParameters = *parsed;
    }
    RunRequest request;
    if (!readCheckedValues(parser, flags, request, err) ||
        !readSandbox(parser, flags, request, err))
        return std::nullopt;
    // Precedence (behaviour-reference §2.1): command line > the document's config
    // entry > global config.
    const auto parametersFor = [&](const QHash<QString, QString> &perDocument) {
        QHash<QString, QString> values = cfg.parameters;
        values.insert(perDocument);
        values.insert(cliParameters);
        return values;
    };
    if (parser.isSet(flags.documents)) {
        for (const QString &path : splitList(parser.value(flags.documents)))
            request.documents.push_back({path, {}, std::nullopt, parametersFor({}), {}});
    } else {
        for (const RunConfigDocument &d : cfg.documents)
            request.documents.push_back(
                {d.path, {}, std::nullopt, parametersFor(d.parameters), {}});
    }
    const auto value = [&](const QCommandLineOption &flag, const QString &configValue) {
        return parser.isSet(flag) ? parser.value(flag) : configValue;
    };
    request.phases = splitList(value(flags.phases, cfg.phases));
    if (replay) {
        for (const ReplayPlan::Document &d : replay->documents)
            request.documents.push_back(
                {d.path, d.file, std::nullopt, parametersFor(d.parameters), {}});
        if (!parser.isSet(flags.phases))
            request.phases = replay->phases;
        request.selectionPhase = replay->selectionPhase;
        request.selectionStep = replay->selectionStep;
        request.selectionOnly = replay->selectionOnly;
        request.stopAfter = replay->stopAfter;
    }
    request.blockedModules = splitList(parser.value(flags.blocked));
    request.executionId = value(flags.executionId, cfg.executionId);
    request.logParent = value(flags.logDirectory, cfg.logDirectory);
    request.stateDirectory = value(flags.stateDirectory, cfg.stateDirectory);
    request.trace = parser.isSet(flags.trace) || cfg.trace;
    request.dryRun = parser.isSet(flags.dryRun);
    request.junitFile = parser.value(flags.junit);
    request.htmlFile = parser.value(flags.html);
    request.documentBucketOwner = value(flags.documentOwner, cfg.documentS3BucketOwner);
    request.logUpload = {value(flags.logBucket, cfg.logS3BucketName),
                         value(flags.logPrefix, cfg.logS3KeyPrefix),
                         value(flags.logOwner, cfg.logS3BucketOwner)};
    request.cloudWatch = {value(flags.cwLogGroup, cfg.cwLogGroup),
                          value(flags.cwLogStream, cfg.cwLogStream),
                          value(flags.cwLogRegion, cfg.cwLogRegion),
                          parser.isSet(flags.cwIgnoreFailures) || cfg.cwIgnoreFailures};
    if (!request.cloudWatch.isEnabled() &&
        (!request.cloudWatch.stream.isEmpty() || !request.cloudWatch.region.isEmpty())) {
        err << CliTr::tr("kiln run: --cw-log-stream and --cw-log-region need --cw-log-group\n");
        return std::nullopt;
    }
    request.wait = [](std::unique_ptr<TransferJob> job) { return waitForTransfer(std::move(job)); };
    return request;
}

} // namespace Kiln::Cli
