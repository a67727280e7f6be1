// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/processactions.h"

#include "aws/secretmasker.h"
#include "process/failuretext.h"
#include "process/privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <spdlog/spdlog.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            out << jsonText(item);
    } else if (v.isString()) {
        out << v.toString();
    }
    return out;
}

std::unique_ptr<ActionRun> fail(const QString &message)
{
    return std::make_unique<ImmediateActionRun>(ActionResult::failure(message));
}

QString masked(const ActionContext &context, const QString &text)
{
    return context.secrets ? context.secrets->mask(text) : text;
}

// A generated script is run from a file in a private temporary folder (mkdtemp:
// 0700, outside the run folder, which may be uploaded), owned by the process
// action and removed with it when the step's iteration ends, whatever the end.
// The run folder only gets the masked copy (recordScript, appendToArchive).
// A plain write, not QSaveFile: the script needs no fsync (which would cost
// more than running `true`). A target with a root of its own gets the folder in
// its /tmp, where its processes can read it; it is gone before the sandbox's
// change scan, so it is not reported as a change.
struct PrivateScript
{
    std::unique_ptr<QTemporaryDir> folder;
    QString path; // as the process sees it
    QString error;
};

PrivateScript writePrivateScript(const QString &fileName, const QString &text, const Target &target)
{
    PrivateScript script;
    const bool ownRoot = target.root() != u"/";
    const QString temp = ownRoot ? target.hostPath(u"/tmp"_s) : QDir::tempPath();
    script.folder = std::make_unique<QTemporaryDir>(QDir(temp).filePath(u"kiln-script-XXXXXX"_s));
    if (!script.folder->isValid()) {
        script.error = u"cannot create a private temporary folder for the script in %1: %2"_s.arg(
            temp, script.folder->errorString());
        return script;
    }
    const QString hostFile = script.folder->filePath(fileName);
    PrivateFiles::writeFile(hostFile, text.toUtf8(), &script.error);
    script.path = ownRoot ? hostFile.mid(target.root().size()) : hostFile;
    return script;
}

// Runs `program arguments... <script>`, the script written privately.
std::unique_ptr<ActionRun> runScript(const QString &module, const QString &program,
                                     QStringList arguments, const QString &fileName,
                                     const QString &text, QList<int> rebootCodes,
                                     const ActionContext &context)
{
    PrivateScript script = writePrivateScript(fileName, text, *context.target);
    if (!script.error.isEmpty())
        return fail(module + u": "_s + script.error);
    arguments << script.path;
    auto run = std::make_unique<ProcessActionRun>(module, program, arguments,
                                                  std::move(rebootCodes), context);
    run->ownScriptFolder(std::move(script.folder));
    return run;
}

// The masked copy of a script in the step's work folder, for the record;
// returns its path. A record that cannot be written does not fail the step.
QString recordScript(const ActionContext &context, const QString &fileName, const QString &text)
{
    const QString path = QDir(context.workDirectory).filePath(fileName);
    QString ignored;
    if (PrivateFiles::makeFolder(context.workDirectory))
        PrivateFiles::writeFile(path, masked(context, text).toUtf8(), &ignored);
    return path;
}

// Scripts up to this size are passed to bash as one argument (well below
// Linux's MAX_ARG_STRLEN of 32 pages, leaving room for the environment).
constexpr qsizetype InlineScriptLimit = 64 * 1024;

// Appends one step's script, masked, with a header naming the step, to the
// run's archive (work/scripts.sh). An append creates no inode; a lost archive
// entry must not fail the step, so errors are ignored.
void appendToArchive(const ActionContext &context, const QString &script)
{
    QFile file(context.scriptArchive);
    if (!file.exists())
        PrivateFiles::makeFolder(QFileInfo(context.scriptArchive).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    if (file.pos() == 0)
        PrivateFiles::restrict(file);
    const QByteArray header =
        "# ---- " + context.stepLabel.toUtf8() + " (" + context.action.toUtf8() + ", " +
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ") ----\n";
    file.write(header + masked(context, script).toUtf8());
}

// bash looked up once per PATH and target rather than by QProcess on every step.
QString bashProgram(const ActionContext &context)
{
    static QString cachedPath;
    static const Target *cachedTarget = nullptr;
    static QString cachedBash;
    const QString path = context.environment.value(u"PATH"_s);
    if (cachedBash.isEmpty() || path != cachedPath || context.target.get() != cachedTarget) {
        cachedPath = path;
        cachedTarget = context.target.get();
        cachedBash =
            context.target->findExecutable(u"bash"_s, path.split(u':', Qt::SkipEmptyParts));
        if (cachedBash.isEmpty())
            cachedBash = u"bash"_s; // QProcess then reports "failed to start" with its reason
    }
    return cachedBash;
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\'', u"'\\''"_s);
    return u'\'' + q + u'\'';
}

QString joinQuoted(const QStringList &items)
{
    QStringList q;
    for (const QString &i : items)
        q << shellQuote(i);
    return q.join(u' ');
}

} // namespace

ProcessActionRun::ProcessActionRun(QString module, QString program, QStringList arguments,
                                   QList<int> rebootCodes, const ActionContext &context,
                                   QObject *parent)
    : ActionRun(parent), m_module(std::move(module)), m_rebootCodes(std::move(rebootCodes))
{
    m_runner.setProgram(program, arguments);
    m_runner.setEnvironment(context.environment);
    m_runner.setTarget(context.target);
    m_runner.setGracePeriod(context.gracePeriod);
    connect(&m_runner, &ProcessRunner::lineRead, this,
            [this](OutputChannel channel, const QString &line) {
                if (channel == OutputChannel::StdErr && !line.trimmed().isEmpty())
                    m_lastStderr = line;
                Q_EMIT output(channel, line);
            });
    connect(&m_runner, &ProcessRunner::finished, this, &ProcessActionRun::onFinished);
    connect(&m_runner, &ProcessRunner::started, this, &ActionRun::processStarted);
}

ProcessActionRun::~ProcessActionRun() = default;

void ProcessActionRun::ownScriptFolder(std::unique_ptr<QTemporaryDir> folder)
{
    m_scriptFolder = std::move(folder);
}

void ProcessActionRun::start()
{
    m_runner.start();
}

void ProcessActionRun::stop(ActionResult::Kind reason)
{
    m_runner.stop(reason == ActionResult::Kind::TimedOut ? ProcessResult::Reason::TimedOut
                                                         : ProcessResult::Reason::Cancelled);
}

void ProcessActionRun::onFinished(const ProcessResult &result)
{
    if (auto logger = spdlog::get("core.exec")) {
        logger->debug("{}: process {} {}", m_module.toStdString(), m_runner.processId(),
                      result.describe().toStdString());
    }
    ActionResult r;
    QString out = result.stdoutTail;
    if (out.endsWith(u'\n'))
        out.chop(1);
    if (out.endsWith(u'\r'))
        out.chop(1);
    switch (result.reason) {
    case ProcessResult::Reason::Exited:
        if (result.exitCode == 0) {
            r = ActionResult::success({{u"stdout"_s, out}});
        } else if (m_rebootCodes.contains(result.exitCode)) {
            r.kind = ActionResult::Kind::Reboot;
            r.failureMessage = FailureText::english(FailureText::RebootRequested)
                                   .arg(m_module)
                                   .arg(result.exitCode);
            r.outputs = {{u"stdout"_s, out}};
        } else {
            r = ActionResult::failure(
                FailureText::english(FailureText::ExitCode).arg(m_module).arg(result.exitCode));
            if (!m_lastStderr.isEmpty())
                r.failureMessage += u": "_s + m_lastStderr.trimmed();
            r.outputs = {{u"stdout"_s, out}};
        }
        break;
    case ProcessResult::Reason::Crashed:
        r = ActionResult::failure(result.errorString.isEmpty()
                                      ? FailureText::english(FailureText::Crashed).arg(m_module)
                                      : FailureText::english(FailureText::CrashedBecause)
                                            .arg(m_module, result.errorString));
        break;
    case ProcessResult::Reason::FailedToStart:
        r = ActionResult::failure(
            FailureText::english(FailureText::FailedToStart).arg(m_module, result.errorString));
        break;
    case ProcessResult::Reason::TimedOut:
        r.kind = ActionResult::Kind::TimedOut;
        r.failureMessage = FailureText::english(FailureText::TimedOut).arg(m_module);
        break;
    case ProcessResult::Reason::Cancelled:
        r.kind = ActionResult::Kind::Cancelled;
        r.failureMessage = FailureText::english(FailureText::WasCancelled).arg(m_module);
        break;
    }
    Q_EMIT finished(r);
}

std::unique_ptr<ActionRun> createExecuteBash(const ActionContext &context)
{
    const QJsonObject in = context.inputs.at(0).toObject();
    const QStringList commands = stringList(in.value(u"commands"_s));
    if (commands.isEmpty())
        return fail(u"ExecuteBash: `commands` is missing or empty"_s);
    const QString text = commands.join(u'\n') + u'\n';
    // Small scripts run as `bash -c SCRIPT <phase>/<step>` and are appended to the
    // run's work/scripts.sh: a folder and a file per step cost more than running
    // `true` (new inodes on every step; see bench/run-overhead.sh). Bigger ones
    // run from a private file (runScript), because one argument may hold at most
    // MAX_ARG_STRLEN (128 KiB on Linux) and all of them with the environment at
    // most ARG_MAX; so do scripts holding a secret, because every local user can
    // read a command line (/proc/PID/cmdline, ps). Reading the script from a pipe
    // is not an option: the step's stdin must stay /dev/null. Behaviour is the
    // same either way (stdin, process group, exit codes); only $0 differs (the
    // step's label instead of a path).
    const qsizetype size = text.toUtf8().size();
    const bool small = !context.scriptArchive.isEmpty() && size <= InlineScriptLimit;
    if (small && !(context.secrets && context.secrets->appearsIn(text))) {
        appendToArchive(context, text);
        const QString label = context.stepLabel.isEmpty() ? u"ExecuteBash"_s : context.stepLabel;
        return std::make_unique<ProcessActionRun>(u"ExecuteBash"_s, bashProgram(context),
                                                  QStringList{u"-c"_s, text, label},
                                                  QList<int>{194}, context);
    }
    if (small) {
        appendToArchive(context, text);
    } else {
        const QString copy = recordScript(context, u"input.sh"_s, text);
        if (!context.scriptArchive.isEmpty())
            appendToArchive(context, u"# (%1 bytes: masked copy in %2)\n"_s.arg(size).arg(copy));
    }
    return runScript(u"ExecuteBash"_s, bashProgram(context), {}, u"input.sh"_s, text,
                     QList<int>{194}, context);
}

std::unique_ptr<ActionRun> createExecuteBinary(const ActionContext &context)
{
    const QJsonObject in = context.inputs.at(0).toObject();
    const QString path = jsonText(in.value(u"path"_s));
    if (path.isEmpty())
        return fail(u"ExecuteBinary: `path` is missing"_s);
    const QList<int> reboot = context.platform == u"windows" ? QList<int>{3010} : QList<int>{194};
    return std::make_unique<ProcessActionRun>(
        u"ExecuteBinary"_s, path, stringList(in.value(u"arguments"_s)), reboot, context);
}

std::unique_ptr<ActionRun> createExecutePowerShell(const ActionContext &context)
{
    const QString pwsh = context.target->findExecutable(u"pwsh"_s, {});
    if (pwsh.isEmpty()) {
        return fail(FailureText::english(FailureText::NeedsPowerShell));
    }
    const QJsonObject in = context.inputs.at(0).toObject();
    const QStringList arguments{u"-NoProfile"_s, u"-NonInteractive"_s, u"-ExecutionPolicy"_s,
                                u"Bypass"_s, u"-File"_s};
    const QString file = jsonText(in.value(u"file"_s));
    if (!file.isEmpty())
        return std::make_unique<ProcessActionRun>(
            u"ExecutePowerShell"_s, pwsh, arguments + QStringList{file}, QList<int>{3010}, context);
    const QStringList commands = stringList(in.value(u"commands"_s));
    if (commands.isEmpty())
        return fail(u"ExecutePowerShell: give `commands` or `file`"_s);
    const QString text = commands.join(u'\n') + u'\n';
    recordScript(context, u"input.ps1"_s, text);
    return runScript(u"ExecutePowerShell"_s, pwsh, arguments, u"input.ps1"_s, text,
                     QList<int>{3010}, context);
}

std::optional<UpdateOsPlan> planUpdateOs(const QStringList &searchPath, const QStringList &include,
                                         const QStringList &exclude, const Target &target)
{
    QString manager;
    for (const QString &candidate : {u"apt-get"_s, u"dnf"_s, u"yum"_s, u"zypper"_s}) {
        if (!target.findExecutable(candidate, searchPath).isEmpty()) {
            manager = candidate;
            break;
        }
    }
    if (manager.isEmpty())
        return std::nullopt;
    QStringList wanted;
    for (const QString &p : include) {
        if (!exclude.contains(p))
            wanted << p;
    }
    if (!include.isEmpty() && wanted.isEmpty())
        return UpdateOsPlan{
            manager, u"echo 'UpdateOS: every included package is excluded; nothing to do'\n"_s};

    QString script = u"set -e\n"_s;
    if (manager == u"apt-get") {
        script += u"export DEBIAN_FRONTEND=noninteractive\napt-get update -q\n"_s;
        if (!wanted.isEmpty()) {
            script += u"apt-get install -y -q --only-upgrade "_s + joinQuoted(wanted) + u'\n';
        } else if (!exclude.isEmpty()) {
            // apt-get has no --exclude: hold the packages for the upgrade, release them after.
            script += u"apt-mark hold "_s + joinQuoted(exclude) + u"\ntrap 'apt-mark unhold "_s +
                      joinQuoted(exclude).replace(u'\'', u"'\\''"_s) + u"' EXIT\n"_s +
                      u"apt-get upgrade -y -q\n"_s;
        } else {
            script += u"apt-get upgrade -y -q\n"_s;
        }
    } else if (manager == u"dnf" || manager == u"yum") {
        script += manager + u" -y upgrade"_s;
        for (const QString &e : exclude)
            script += u" --exclude="_s + shellQuote(e);
        if (!wanted.isEmpty())
            script += u' ' + joinQuoted(wanted);
        script += u'\n';
    } else { // zypper
        if (!exclude.isEmpty() && wanted.isEmpty()) {
            script += u"zypper --non-interactive addlock "_s + joinQuoted(exclude) +
                      u"\ntrap 'zypper --non-interactive removelock "_s +
                      joinQuoted(exclude).replace(u'\'', u"'\\''"_s) + u"' EXIT\n"_s;
        }
        script += u"zypper --non-interactive update"_s;
        if (!wanted.isEmpty())
            script += u' ' + joinQuoted(wanted);
        script += u'\n';
    }
    return UpdateOsPlan{manager, script};
}

std::unique_ptr<ActionRun> createUpdateOS(const ActionContext &context)
{
    const QJsonObject in =
        context.inputs.isEmpty() ? QJsonObject() : context.inputs.at(0).toObject();
    const QStringList searchPath =
        context.environment.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts);
    const auto plan = planUpdateOs(searchPath, stringList(in.value(u"include"_s)),
                                   stringList(in.value(u"exclude"_s)), *context.target);
    if (!plan)
        return fail(
            u"UpdateOS: no supported package manager (apt-get, dnf, yum, zypper) found on PATH"_s);
    if (::geteuid() != 0) {
        return fail(u"UpdateOS needs root to run %1; run kiln as root (e.g. with sudo)"_s.arg(
            plan->manager));
    }
    recordScript(context, u"updateos.sh"_s, plan->script);
    return runScript(u"UpdateOS"_s, bashProgram(context), {}, u"updateos.sh"_s, plan->script,
                     QList<int>{194}, context);
}

void registerProcessActions(ActionRegistry &registry)
{
    registry.add(u"ExecuteBash"_s, createExecuteBash);
    registry.add(u"ExecuteBinary"_s, createExecuteBinary);
    registry.add(u"ExecutePowerShell"_s, createExecutePowerShell);
    registry.add(u"UpdateOS"_s, createUpdateOS);
}

} // namespace Kiln
