// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/builtinactions.h"

#include "actions/fileoperations.h"
#include "actions/pathresolution.h"
#include "actions/processactions.h"
#include "aws/s3downloadjob.h"
#include "aws/s3uploadjob.h"
#include "expr/condition.h"
#include "net/webdownload.h"
#include "process/failuretext.h"

#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <future>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

class AssertEnvironment : public ConditionEnvironment
{
public:
    explicit AssertEnvironment(std::function<QString(const QString &)> substitute)
        : m_substitute(std::move(substitute))
    {
    }
    QString substitute(const QString &text) override
    {
        return m_substitute ? m_substitute(text) : text;
    }

private:
    std::function<QString(const QString &)> m_substitute;
};

// Reboot: waits delaySeconds, then asks for a reboot that resumes at the next step.
class RebootRun : public ActionRun
{
public:
    explicit RebootRun(int delaySeconds)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(std::max(0, delaySeconds) * 1000);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            ActionResult r;
            r.kind = ActionResult::Kind::Reboot;
            r.rebootResumesAtNextStep = true;
            r.failureMessage = u"Reboot requested by the Reboot module"_s;
            Q_EMIT finished(r);
        });
    }
    void start() override
    {
        if (m_timer.interval() > 0)
            Q_EMIT output(OutputChannel::Info, u"Reboot in %1 s"_s.arg(m_timer.interval() / 1000));
        m_timer.start();
    }
    void stop(ActionResult::Kind reason) override
    {
        if (!m_timer.isActive())
            return;
        m_timer.stop();
        ActionResult r;
        r.kind = reason;
        r.failureMessage = reason == ActionResult::Kind::TimedOut ? u"Reboot timed out"_s
                                                                  : u"Reboot was cancelled"_s;
        QTimer::singleShot(0, this, [this, r] { Q_EMIT finished(r); });
    }

private:
    QTimer m_timer;
};

// A file module on the global thread pool. The result comes back as a queued
// call on this object; the destructor cancels the worker and waits for it, so
// no call can be posted once the object is gone (QObject's destructor drops
// the ones already posted). A QPointer checked on the worker thread could not
// promise that: the object may be deleted right after the check.
class FileModuleRun : public ActionRun
{
public:
    explicit FileModuleRun(const ActionContext &context)
        : m_action(context.action), m_inputs(context.inputs), m_target(context.target)
    {
        m_context.workingDirectory = m_target->workingDirectory();
        m_context.cancelled = &m_cancelled;
        m_context.target = m_target.get();
    }
    ~FileModuleRun() override
    {
        m_cancelled.store(true);
        if (m_done.valid())
            m_done.wait();
    }
    void start() override
    {
        // The worker may use the members: this object outlives it (the destructor
        // waits). It reads m_action, m_inputs and m_context, which nothing writes
        // while it runs, and m_cancelled, an atomic.
        auto done = std::make_shared<std::promise<void>>();
        m_done = done->get_future();
        QThreadPool::globalInstance()->start([this, done] {
            const FileOperationResult result = runFileModule(m_action, m_inputs, m_context);
            QMetaObject::invokeMethod(
                this, [this, result] { deliver(result); }, Qt::QueuedConnection);
            done->set_value();
        });
    }
    void stop(ActionResult::Kind reason) override
    {
        m_stopReason = reason;
        m_cancelled.store(true);
    }

private:
    void deliver(const FileOperationResult &result)
    {
        for (const QString &line : result.log)
            Q_EMIT output(OutputChannel::StdOut, line);
        ActionResult r;
        if (result.ok) {
            r = ActionResult::success(result.outputs);
        } else if (result.cancelled || m_cancelled.load()) {
            r.kind = m_stopReason;
            r.failureMessage = m_stopReason == ActionResult::Kind::TimedOut
                                   ? u"%1 timed out"_s.arg(m_action)
                                   : u"%1 was cancelled"_s.arg(m_action);
        } else {
            r = ActionResult::failure(result.error);
        }
        Q_EMIT finished(r);
    }

    QString m_action;
    QJsonArray m_inputs;
    std::shared_ptr<const Target> m_target;
    FileOperationContext m_context;
    std::atomic_bool m_cancelled = false;
    std::future<void> m_done; // the worker has posted its result
    ActionResult::Kind m_stopReason = ActionResult::Kind::Cancelled;
};

// WebDownload, S3Download, S3Upload: an asynchronous transfer job (core/net,
// core/aws) on this thread; its log lines become the step's output.
class TransferRun : public ActionRun
{
public:
    explicit TransferRun(std::unique_ptr<TransferJob> job) : m_job(std::move(job))
    {
        connect(m_job.get(), &TransferJob::logLine, this,
                [this](const QString &line) { Q_EMIT output(OutputChannel::StdOut, line); });
        connect(m_job.get(), &TransferJob::progress, this, &ActionRun::progress);
        connect(m_job.get(), &TransferJob::finished, this, [this](const FileTransferResult &r) {
            ActionResult result;
            if (r.ok) {
                result = ActionResult::success(r.outputs);
            } else if (r.cancelled) {
                result.kind = m_stopReason;
                result.failureMessage = r.error.isEmpty() ? u"the transfer was stopped"_s : r.error;
            } else {
                result = ActionResult::failure(r.error);
            }
            Q_EMIT finished(result);
        });
    }
    void start() override { m_job->start(); }
    void stop(ActionResult::Kind reason) override
    {
        m_stopReason = reason;
        m_job->cancel();
    }

private:
    std::unique_ptr<TransferJob> m_job;
    ActionResult::Kind m_stopReason = ActionResult::Kind::Cancelled;
};

std::unique_ptr<ActionRun> createTransfer(const ActionContext &context)
{
    TransferOptions options;
    options.workingDirectory = context.target->workingDirectory();
    options.environment = context.environment;
    // In another root, a local path is walked inside it like the file modules'
    // paths; on this machine it stays as written (the messages show it so).
    if (const std::shared_ptr<const Target> target = context.target; target->root() != u"/") {
        options.hostPath = [target](const QString &path) {
            using namespace FileOps;
            return target->hostPath(
                resolvePath(path, u"/"_s, FinalLink::Follow, target->root()).path);
        };
    }
    std::unique_ptr<TransferJob> job;
    if (context.action == u"WebDownload")
        job = std::make_unique<WebDownloadJob>(context.inputs, options);
    else if (context.action == u"S3Download")
        job = std::make_unique<S3DownloadJob>(context.inputs, options);
    else
        job = std::make_unique<S3UploadJob>(context.inputs, options);
    return std::make_unique<TransferRun>(std::move(job));
}

std::unique_ptr<ActionRun> fail(const QString &message)
{
    return std::make_unique<ImmediateActionRun>(ActionResult::failure(message));
}

} // namespace

std::unique_ptr<ActionRun> createAssert(const ActionContext &context)
{
    if (!context.rawInputs)
        return fail(u"Assert: `inputs` must hold a condition"_s);
    const ConditionParseResult parsed =
        parseCondition(*context.rawInputs, ConditionContext::Assert);
    if (!parsed.condition) {
        QString why = parsed.issues.empty() ? u"the condition cannot be read"_s
                                            : parsed.issues.front().message;
        return fail(u"Assert: "_s + why);
    }
    AssertEnvironment env(context.substitute);
    const bool ok = evaluate(parsed.condition->expression, env);
    // describe() shows operands as written; substituting it shows the values compared.
    const QString text = env.substitute(describe(parsed.condition->expression));
    if (ok)
        return std::make_unique<ImmediateActionRun>(ActionResult::success(),
                                                    QStringList{u"Assert passed: "_s + text});
    return std::make_unique<ImmediateActionRun>(ActionResult::failure(u"Assert failed: "_s + text),
                                                QStringList{u"Assert failed: "_s + text});
}

std::unique_ptr<ActionRun> createReboot(const ActionContext &context)
{
    const QJsonObject in =
        context.inputs.isEmpty() ? QJsonObject() : context.inputs.at(0).toObject();
    const QJsonValue delay = in.value(u"delaySeconds"_s);
    int seconds = delay.isString() ? delay.toString().toInt() : delay.toInt(0);
    return std::make_unique<RebootRun>(seconds);
}

std::unique_ptr<ActionRun> createFileModule(const ActionContext &context)
{
    return std::make_unique<FileModuleRun>(context);
}

void registerBuiltinActions(ActionRegistry &registry)
{
    registry.add(u"Assert"_s, createAssert);
    registry.add(u"Reboot"_s, createReboot);
    for (const QString &module : {u"WebDownload"_s, u"S3Download"_s, u"S3Upload"_s})
        registry.add(module, createTransfer);
    // Registered so that they fail saying why, not as unknown modules.
    for (const QString &module : {u"InstallMSI"_s, u"UninstallMSI"_s, u"SetRegistry"_s}) {
        registry.add(module, [](const ActionContext &context) {
            return fail(FailureText::english(FailureText::WindowsOnly).arg(context.action));
        });
    }
}

void registerFileActions(ActionRegistry &registry)
{
    for (const QString &module : fileOperationNames()) {
        registry.add(module, createFileModule,
                     [module](const QJsonObject &entry, const QString &workingDirectory) {
                         return resolvedPathNotes(module, entry, workingDirectory);
                     });
    }
}

} // namespace Kiln
