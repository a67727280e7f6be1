// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/executedocumentrun.h"

#include "aws/remotedocuments.h"
#include "diagnostics/diagnosticformat.h"
#include "document/document.h"
#include "process/privatefiles.h"
#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {
// How output lines and messages name a nested document: its file name ("<name>.yaml"
// for a component ARN, whose last segment is only the build number).
QString documentLabel(const QString &path)
{
    return isRemoteDocument(path) ? remoteDocumentFileName(path) : QFileInfo(path).fileName();
}
} // namespace

ExecuteDocumentRun::ExecuteDocumentRun(const ActionContext &context, Setup setup, QObject *parent)
    : ActionRun(parent), m_context(context), m_setup(std::move(setup))
{
}

ExecuteDocumentRun::~ExecuteDocumentRun() = default;

void ExecuteDocumentRun::failLater(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] {
        Q_EMIT finished(ActionResult::failure(u"ExecuteDocument: "_s + message));
    });
}

void ExecuteDocumentRun::start()
{
    const QJsonObject in = m_context.inputs.at(0).toObject();
    const QString target = in.value(u"document"_s).toString();
    if (target.isEmpty()) {
        failLater(u"`document` is missing"_s);
        return;
    }
    if (isRemoteDocument(target)) {
        // Fetched into the step's work folder, then run like a local document; its
        // identity in the chain (cycle check) is the URI or ARN.
        if (m_setup.ancestors.contains(target)) {
            failLater(u"%1 is already running in this chain (%2): a document cannot execute "
                      "itself or a document that calls it"_s.arg(target,
                                                                 m_setup.ancestors.join(u" → "_s)));
            return;
        }
        const QString local = QDir(m_context.workDirectory)
                                  .filePath(u"remote-document/"_s + remoteDocumentFileName(target));
        PrivateFiles::makeFolder(QFileInfo(local).absolutePath());
        m_download = remoteDocumentDownload(
            target, in.value(u"document-s3-bucket-owner"_s).toString(), local);
        connect(m_download.get(), &TransferJob::progress, this, &ActionRun::progress);
        connect(m_download.get(), &TransferJob::logLine, this,
                [this](const QString &line) { Q_EMIT output(OutputChannel::Info, line); });
        connect(m_download.get(), &TransferJob::finished, this,
                [this, target, local](const FileTransferResult &r) {
                    if (m_stopped) {
                        ActionResult a = ActionResult::failure(u"ExecuteDocument was cancelled"_s);
                        a.kind = m_stopReason;
                        Q_EMIT finished(a);
                    } else if (!r.ok) {
                        Q_EMIT finished(ActionResult::failure(
                            u"ExecuteDocument: cannot download %1: %2"_s.arg(target, r.error)));
                    } else {
                        PrivateFiles::restrict(local); // in the private run folder
                        runDocument(local, target, target);
                    }
                });
        m_download->start();
        return;
    }
    const QString path = QFileInfo(target).isAbsolute()
                             ? target
                             : QDir(m_context.documentDirectory).filePath(target);
    const QFileInfo info(path);
    if (!info.isFile()) {
        failLater(u"%1: no such document"_s.arg(path));
        return;
    }
    const QString canonical = info.canonicalFilePath();
    if (m_setup.ancestors.contains(canonical)) {
        failLater(u"%1 is already running in this chain (%2): a document cannot execute itself "
                  "or a document that calls it"_s.arg(target, m_setup.ancestors.join(u" → "_s)));
        return;
    }
    runDocument(path, path, target);
}

// `path` is the file to read, `display` what reports call it (the s3:// URI for a
// downloaded document), `target` the input as written.
void ExecuteDocumentRun::runDocument(const QString &path, const QString &display,
                                     const QString &target)
{
    if (m_setup.parent.nestingDepth >= maxNestingDepth) {
        failLater(u"%1 would be nested %2 levels deep; at most %3 levels of ExecuteDocument are "
                  "allowed"_s.arg(target)
                      .arg(m_setup.parent.nestingDepth + 1)
                      .arg(maxNestingDepth));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failLater(u"%1: cannot read (%2)"_s.arg(path, file.errorString()));
        return;
    }
    auto doc = std::make_shared<Document>(Document::fromText(file.readAll(), display));
    ValidationOptions vo;
    vo.osPlatform = m_setup.parent.platform;
    const Diagnostics diagnostics = Validator(vo).validate(*doc);
    if (hasErrors(diagnostics)) {
        QStringList lines;
        for (const Diagnostic &d : diagnostics) {
            if (d.isError())
                lines << formatDiagnostic(d, nullptr);
        }
        for (const QString &l : std::as_const(lines))
            Q_EMIT output(OutputChannel::StdErr, l);
        failLater(u"%1 is not a valid document (%2 error(s)): %3"_s.arg(target)
                      .arg(lines.size())
                      .arg(lines.value(0)));
        return;
    }

    m_child = std::make_unique<Executor>(childOptions(std::move(doc), path, display));
    followChild(documentLabel(display));
    m_child->start();
}

// The child run: this step's document with the parent run's settings, its own id
// and work folder, the same secrets, modules and target.
ExecutorOptions ExecuteDocumentRun::childOptions(std::shared_ptr<const Document> document,
                                                 const QString &path, const QString &display) const
{
    const QJsonObject in = m_context.inputs.at(0).toObject();
    ExecutorOptions options;
    RunDocument rd;
    rd.path = display;
    if (display != path)
        rd.localPath = path;
    rd.document = std::move(document);
    for (const QJsonValue &p : in.value(u"parameters"_s).toArray()) {
        const QJsonObject o = p.toObject();
        rd.parameters.insert(o.value(u"name"_s).toString(),
                             o.value(u"value"_s).toVariant().toString());
    }
    options.documents.push_back(std::move(rd));
    const QString phases = in.value(u"phases"_s).toString();
    for (const QString &p : phases.split(u',', Qt::SkipEmptyParts))
        options.phases << p.trimmed();
    options.executionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.workDirectory = QDir(m_context.workDirectory).filePath(u"nested"_s);
    // A reboot inside a nested document is simulated in place ([REC]: handing it
    // off would need the whole chain in the state file).
    options.rebootMode =
        m_setup.parent.rebootMode == RebootMode::Fail ? RebootMode::Fail : RebootMode::Simulate;
    options.maxReboots = m_setup.parent.maxReboots;
    options.blockedModules = m_setup.parent.blockedModules;
    options.platform = m_setup.parent.platform;
    options.gracePeriod = m_setup.parent.gracePeriod;
    options.target = m_setup.parent.target;
    options.nestingDepth = m_setup.parent.nestingDepth + 1;
    options.ancestors = m_setup.ancestors;
    options.processRunId = m_context.environment.value(u"KILN_RUN_ID"_s);
    options.processStepId = m_context.environment.value(u"KILN_STEP_ID"_s);
    options.secrets = m_setup.parent.secrets; // one run, one set of secrets
    options.actions = m_setup.parent.actions;

    return options;
}

// The child's steps become this step's output lines and progress, and its end
// this step's result.
void ExecuteDocumentRun::followChild(const QString &label)
{
    connect(m_child.get(), &Executor::stepStarted, this,
            [this, label](int, const QString &phase, const QString &step, const QString &action) {
                Q_EMIT output(OutputChannel::Info,
                              u"[%1] %2/%3 (%4) started"_s.arg(label, phase, step, action));
            });
    connect(m_child.get(), &Executor::stepOutput, this,
            [this](int, const QString &, const QString &, OutputChannel ch, const QString &line) {
                Q_EMIT output(ch, line);
            });
    connect(m_child.get(), &Executor::stepFinished, this,
            [this, label](int, const QString &phase, const StepRecord &r) {
                QString text = u"[%1] %2/%3: %4"_s.arg(label, phase, r.name, statusName(r.status));
                if (!r.failureMessage.isEmpty())
                    text += u" — "_s + r.failureMessage;
                Q_EMIT output(OutputChannel::Info, text);
            });
    // The nested transfer's bytes become this step's own progress, so the parent
    // executor reports them (throttled again) for the ExecuteDocument step. One
    // nested step transfers at a time, so the value is that step's transfer; a
    // later transfer step starts again from 0.
    connect(m_child.get(), &Executor::stepProgress, this,
            [this](int, const QString &, const QString &, qint64 done, qint64 total) {
                Q_EMIT progress(done, total);
            });
    connect(m_child.get(), &Executor::message, this, [this, label](const QString &text) {
        Q_EMIT output(OutputChannel::Info, u"[%1] %2"_s.arg(label, text));
    });
    connect(m_child.get(), &Executor::runFinished, this, [this](RunStatus status) {
        const ExecutionRecord &rec = m_child->record();
        ActionResult r;
        r.outputs = summaryJson(rec);
        r.detailedOutput = QJsonArray{toJson(rec)};
        if (m_stopped) {
            r.kind = m_stopReason;
            r.failureMessage = m_stopReason == ActionResult::Kind::TimedOut
                                   ? u"ExecuteDocument timed out"_s
                                   : u"ExecuteDocument was cancelled"_s;
        } else if (isSuccessful(status)) {
            r.kind = ActionResult::Kind::Success;
        } else {
            r.kind = ActionResult::Kind::Failure;
            r.failureMessage = u"%1: %2"_s.arg(
                documentLabel(m_child->options().documents.front().path),
                rec.failureMessage.isEmpty() ? statusName(status) : rec.failureMessage);
        }
        Q_EMIT finished(r);
    });
}

void ExecuteDocumentRun::stop(ActionResult::Kind reason)
{
    if (m_stopped)
        return;
    if (m_download && !m_child) {
        m_stopped = true;
        m_stopReason = reason;
        m_download->cancel(); // finished() follows and reports the stop
        return;
    }
    if (!m_child)
        return;
    m_stopped = true;
    m_stopReason = reason;
    m_child->cancel();
}

} // namespace Kiln
