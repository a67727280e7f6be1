#include "exec/executedocumentrun.h"

#include "diagnostics/diagnosticformat.h"
#include "document/document.h"
#include "validate/validator.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Kiln {

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
    if (target.startsWith(u"s3://") || target.startsWith(u"arn:")) {
        failLater(u"%1: documents in S3 or Image Builder ARNs are not supported by kiln run yet; "
                  "use a local path"_s.arg(target));
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
    if (m_setup.parent.nestingDepth >= maxNestingDepth) {
        failLater(u"%1 would be nested %2 levels deep; at most %3 levels of ExecuteDocument are "
                  "allowed"_s.arg(target)
                      .arg(m_setup.parent.nestingDepth + 1)
                      .arg(maxNestingDepth));
        return;
    }
    auto doc = std::make_shared<Document>(Document::fromFile(path));
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

    ExecutorOptions options;
    RunDocument rd;
    rd.path = path;
    rd.document = doc;
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
    options.nestingDepth = m_setup.parent.nestingDepth + 1;
    options.ancestors = m_setup.ancestors;

    m_child = std::make_unique<Executor>(std::move(options));
    const QString label = QFileInfo(path).fileName();
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
                QFileInfo(m_child->options().documents.front().path).fileName(),
                rec.failureMessage.isEmpty() ? statusName(status) : rec.failureMessage);
        }
        Q_EMIT finished(r);
    });
    m_child->start();
}

void ExecuteDocumentRun::stop(ActionResult::Kind reason)
{
    if (!m_child || m_stopped)
        return;
    m_stopped = true;
    m_stopReason = reason;
    m_child->cancel();
}

} // namespace Kiln
