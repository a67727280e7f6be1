// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/executor.h"

#include "aws/credentials.h"
#include "aws/imdsclient.h"
#include "document/document.h"
#include "exec/executedocumentrun.h"
#include "exec/inputconversion.h"
#include "exec/recordmasking.h"
#include "exec/referenceresolver.h"
#include "exec/runstate.h"
#include "exec/stepseed.h"
#include "expr/condition.h"
#include "expr/loop.h"
#include "expr/reference.h"
#include "expr/referencewalk.h"
#include "i18n/tr.h"
#include "process/deadlinetimer.h"
#include "process/failuretext.h"
#include "process/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUuid>
#include <csignal>
#include <spdlog/spdlog.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

std::shared_ptr<spdlog::logger> log()
{
    auto logger = spdlog::get("core.exec");
    if (!logger) {
        logger = std::make_shared<spdlog::logger>("core.exec");
        logger->set_level(spdlog::level::off);
        spdlog::register_logger(logger);
    }
    return logger;
}

std::string s(const QString &text)
{
    return text.toStdString();
}

QString actionName(StepAction a)
{
    switch (a) {
    case StepAction::Execute:
        return u"Execute"_s;
    case StepAction::Skip:
        return u"Skip"_s;
    case StepAction::Abort:
        return u"Abort"_s;
    }
    return {};
}

QString safeName(const QString &name)
{
    QString out = name;
    for (QChar &c : out) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            c = u'_';
    }
    return out;
}

class StepConditionEnvironment : public ConditionEnvironment
{
public:
    explicit StepConditionEnvironment(std::function<QString(const QString &)> f) : m_f(std::move(f))
    {
    }
    QString substitute(const QString &text) override { return m_f(text); }

private:
    std::function<QString(const QString &)> m_f;
};

} // namespace

struct Executor::CurrentStep
{
    const Step *step = nullptr;
    int attempt = 0;
    std::optional<LoopSpec> loop;
    std::optional<LoopIterations> iterations;
    qint64 iteration = 0;
    QJsonArray inputs; // resolved, loop variables still verbatim
    QHash<QString, QStringList> loopOutputs;
    QStringList outputKeys;
    QList<qint64> failedIterations;
    QJsonArray detailedOutput; // ExecuteDocument: nested executions, one per iteration
    QJsonObject plainOutputs;  // a step without loop keeps its outputs typed
    std::unique_ptr<ActionRun> action;
    // Fetching the step's AWS values, before anything of the step is evaluated.
    std::unique_ptr<AwsLookups> awsLookups;
    DeadlineTimer timeout; // timeoutSeconds, for a loop over all its iterations
    bool timedOut = false;
    QString workDirectory;
    bool iterationRunning = false; // iterationStarted sent, iterationFinished not yet
    QElapsedTimer iterationClock;
    // stepProgress throttling: the newest value waits until ProgressIntervalMs
    // after the last one sent (progressTimer), or until the action finishes.
    QElapsedTimer progressClock;
    QTimer progressTimer;
    bool progressPending = false;
    qint64 progressDone = 0;
    qint64 progressTotal = -1;
};

std::unique_ptr<ActionRun> Executor::createExecuteDocument(const ActionContext &context) const
{
    ExecuteDocumentRun::Setup setup;
    setup.parent = m_options;
    setup.ancestors = m_options.ancestors;
    // A document's identity in the chain: its canonical path, or its s3:// URI.
    const RunDocument &rd = m_options.documents.at(size_t(m_pos.document));
    setup.ancestors << (rd.localPath.isEmpty() ? QFileInfo(rd.path).canonicalFilePath() : rd.path);
    return std::make_unique<ExecuteDocumentRun>(context, setup);
}

Executor::Executor(ExecutorOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<Kiln::StepRecord>();
    qRegisterMetaType<Kiln::PhaseRecord>();
    qRegisterMetaType<Kiln::DocumentRecord>();
    if (m_options.executionId.isEmpty())
        m_options.executionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_options.secrets)
        m_options.secrets = std::make_shared<SecretMasker>();
    Q_ASSERT_X(m_options.actions, "Executor", "ExecutorOptions::actions is not set");
    if (m_options.actions)
        m_actions = *m_options.actions;
    // The one module the executor runs itself: a child run of this one.
    m_actions.add(u"ExecuteDocument"_s,
                  [this](const ActionContext &context) { return createExecuteDocument(context); });
    m_record.executionId = m_options.executionId;
    std::vector<const Document *> documents;
    for (const RunDocument &rd : m_options.documents)
        documents.push_back(rd.document.get());
    m_plan = RunPlan(documents, m_options.selection());
    m_references = std::make_unique<ReferenceResolver>(m_options, [this](const QString &text) {
        Q_EMIT message(ExecutorTr::tr("warning: %1").arg(text));
        log()->warn("{}", s(text));
    });
}

Executor::~Executor() = default;

void Executor::start()
{
    m_state = State::Running;
    m_record.startTime = QDateTime::currentDateTime();
    m_record.status = RunStatus::Running;
    log()->info("run {} started: {} document(s)", s(m_record.executionId),
                m_options.documents.size());
    Q_EMIT runStarted(m_record.executionId);
    scheduleAdvance();
}

bool Executor::resume(const QJsonObject &state, QString *error)
{
    if (state.value(u"version"_s).toInt() != 1) {
        if (error)
            *error = u"the state file was written by another version of kiln"_s;
        return false;
    }
    restoreState(state);
    m_state = State::Running;
    log()->info("run {} resumed after reboot {}", s(m_record.executionId), m_rebootCount);
    Q_EMIT runStarted(m_record.executionId);
    Q_EMIT message(
        ExecutorTr::tr(
            "Resuming execution %1 at document %2, phase %3, step %4 (%5 reboot(s) so far)")
            .arg(m_record.executionId)
            .arg(m_pos.document + 1)
            .arg(m_pos.phase + 1)
            .arg(m_pos.step + 1)
            .arg(m_rebootCount));
    scheduleAdvance();
    return true;
}

void Executor::cancel()
{
    if (!isRunning())
        return;
    if (m_state == State::Stopping) {
        // A second cancel: the step's processes get no more grace period.
        if (m_current && m_current->action)
            m_current->action->stop(ActionResult::Kind::Cancelled);
        return;
    }
    m_state = State::Stopping; // also after an Abort: the run ends as cancelled
    log()->warn("run {} cancelled by the user", s(m_record.executionId));
    if (m_current && m_current->action) {
        m_current->action->stop(ActionResult::Kind::Cancelled);
    } else if (m_current && m_current->awsLookups) {
        m_current->awsLookups.reset(); // no answer arrives after this
        finishStep(RunStatus::Cancelled, FailureText::english(FailureText::CancelledBeforeStart));
    } else {
        scheduleAdvance();
    }
}

void Executor::scheduleAdvance()
{
    if (m_advanceQueued || !isRunning())
        return;
    m_advanceQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_advanceQueued = false;
            advance();
        },
        Qt::QueuedConnection);
}

void Executor::abortRun()
{
    if (m_state == State::Running)
        m_state = State::Aborting;
}

const Document &Executor::document() const
{
    return *m_options.documents.at(size_t(m_pos.document)).document;
}

DocumentRecord &Executor::documentRecord()
{
    return m_record.documents.at(size_t(m_pos.document));
}

PhaseRecord &Executor::phaseRecord()
{
    return *documentRecord().phase(document().phases.at(size_t(m_pos.phase)).name);
}

StepRecord &Executor::stepRecord()
{
    return phaseRecord().steps.back();
}

QString Executor::stepKey() const
{
    return u"%1/%2/%3"_s.arg(m_pos.document).arg(m_pos.phase).arg(m_pos.step);
}

void Executor::advance()
{
    if (!isRunning() || m_current)
        return;
    for (;;) {
        const bool ending = m_state != State::Running; // stopped or aborted
        if (ending || m_pos.document >= int(m_options.documents.size())) {
            if (ending && m_pos.document < int(m_record.documents.size())) {
                const Document &doc = document();
                if (m_pos.phase < int(doc.phases.size()) &&
                    documentRecord().phase(doc.phases.at(size_t(m_pos.phase)).name))
                    finishPhase();
                finishDocument();
            }
            if (ending)
                recordUnreached(RunStatus::NotRun,
                                m_stopNote.isEmpty()
                                    ? FailureText::english(FailureText::NotRunRunCancelled)
                                    : m_stopNote);
            finishRun();
            return;
        }
        const RunDocument &rd = m_options.documents.at(size_t(m_pos.document));
        if (int(m_record.documents.size()) <= m_pos.document) {
            DocumentRecord dr;
            dr.name = rd.document->name;
            dr.description = rd.document->description;
            dr.filePath = rd.path;
            dr.status = RunStatus::Running;
            dr.startTime = QDateTime::currentDateTime();
            m_record.documents.push_back(std::move(dr));
            log()->info("document {} started", s(rd.path));
            Q_EMIT documentStarted(m_pos.document, rd.path);
        }
        const Document &doc = *rd.document;
        if (m_pos.phase >= int(doc.phases.size())) {
            finishDocument();
            ++m_pos.document;
            m_pos.phase = 0;
            m_pos.step = 0;
            continue;
        }
        const Phase &phase = doc.phases.at(size_t(m_pos.phase));
        if (!applySelection(doc)) {
            ++m_pos.phase;
            m_pos.step = 0;
            continue;
        }
        if (!documentRecord().phase(phase.name)) {
            PhaseRecord pr;
            pr.name = phase.name;
            pr.status = RunStatus::Running;
            pr.startTime = QDateTime::currentDateTime();
            documentRecord().phases.push_back(std::move(pr));
            log()->info("phase {} started", s(phase.name));
            Q_EMIT phaseStarted(m_pos.document, phase.name);
        }
        if (m_pos.step >= int(phase.steps.size())) {
            finishPhase();
            ++m_pos.phase;
            m_pos.step = 0;
            continue;
        }
        startStep(phase.steps.at(size_t(m_pos.step)));
        return;
    }
}

bool Executor::applySelection(const Document &doc)
{
    const RunPlan::PhaseSpan &span = m_plan.phase(m_pos.document, m_pos.phase);
    if (!span.runs)
        return false;
    // Position-based rather than a flag, so a run resumed after a reboot
    // continues with the same selection.
    if (m_pos.step < span.first)
        m_pos.step = span.first;
    else if (m_pos.step >= span.end)
        m_pos.step = int(doc.phases.at(size_t(m_pos.phase)).steps.size());
    return true;
}

void Executor::startStep(const Step &step)
{
    checkpoint();
    PhaseRecord &pr = phaseRecord();
    // After a reboot this step asked for (handleReboot()), it goes on with the
    // attempt that asked: a reboot is not a failed attempt, and starting again
    // at 1 would give the step more than maxAttempts tries in all (the spec's
    // [REC]: persist the attempt counters). A loop over the Reboot module also
    // keeps its iterations so far and its start time, and goes on with the next one.
    QJsonObject resume = std::exchange(m_stepResume, {});
    if (resume.value(u"step"_s).toString() != stepKey())
        resume = {};
    const bool loopContinues = resume.contains(u"nextIteration"_s);
    StepRecord rec = seedStepRecord(step);
    rec.status = RunStatus::Running;
    rec.startTime = QDateTime::currentDateTime();
    if (const StepRecord *old = pr.step(step.name); old && loopContinues) {
        rec.startTime = old->startTime;
        rec.iterations = old->iterations;
    }
    // A step rerun after a reboot or a crash replaces its earlier record.
    pr.removeStep(step.name);

    pr.steps.push_back(rec);

    m_current = std::make_unique<CurrentStep>();
    m_current->step = &step;
    m_current->attempt = std::max(0, resume.value(u"attempt"_s).toInt() - 1); // 0: none yet
    m_current->workDirectory =
        QDir(m_options.workDirectory)
            .filePath(
                u"%1-%2/%3/%4"_s.arg(m_pos.document)
                    .arg(safeName(QFileInfo(m_options.documents.at(size_t(m_pos.document)).path)
                                      .completeBaseName()),
                         safeName(pr.name), safeName(step.name)));
    m_current->progressTimer.setSingleShot(true);
    connect(&m_current->progressTimer, &QTimer::timeout, this, &Executor::flushProgress);
    connect(&m_current->timeout, &DeadlineTimer::expired, this, [this] {
        if (m_current && m_current->action) {
            m_current->timedOut = true;
            m_current->action->stop(ActionResult::Kind::TimedOut);
        }
    });
    log()->info("step {}/{} ({}) started", s(pr.name), s(step.name), s(step.action));
    Q_EMIT stepStarted(m_pos.document, pr.name, step.name, step.action);

    if (stopping()) {
        finishStep(RunStatus::Cancelled, FailureText::english(FailureText::CancelledBeforeStart));
        return;
    }
    if (m_options.blockedModules.contains(step.action)) {
        m_current->attempt = stepRecord().maxAttempts;
        attemptFailed(
            u"the action module %1 is blocked by --blocked-action-modules"_s.arg(step.action));
        return;
    }
    std::vector<AwsLookups::Lookup> lookups = m_references->lookupsFor(step, m_pos.document);
    if (lookups.empty())
        return evaluateStep(resume);
    m_current->awsLookups = std::make_unique<AwsLookups>(QProcessEnvironment::systemEnvironment());
    m_current->awsLookups->fetch(std::move(lookups),
                                 [this, resume](const std::vector<AwsLookups::Answer> &answers) {
                                     // Called by the object itself: deleted once it returns.
                                     m_current->awsLookups.release()->deleteLater();
                                     m_references->store(answers);
                                     evaluateStep(resume);
                                 });
}

void Executor::evaluateStep(const QJsonObject &resume)
{
    const Step &step = *m_current->step;
    const bool loopContinues = resume.contains(u"nextIteration"_s);
    QStringList errors;
    if (step.condition) {
        QString decision = m_ifCache.value(stepKey());
        if (decision.isEmpty()) {
            const ConditionParseResult parsed =
                parseCondition(*step.condition, ConditionContext::StepIf);
            if (!parsed.condition) {
                m_current->attempt = stepRecord().maxAttempts;
                attemptFailed(u"the `if` condition cannot be evaluated: %1"_s.arg(
                    parsed.issues.empty() ? u"invalid expression"_s
                                          : parsed.issues.front().message));
                return;
            }
            StepConditionEnvironment env([this, &errors](const QString &t) {
                return m_references->substituteText(t, scope(nullptr), &errors);
            });
            decision = actionName(evaluate(*parsed.condition, env));
            m_ifCache.insert(stepKey(), decision);
            note(u"%1/%2: if %3 → %4"_s.arg(phaseRecord().name, step.name,
                                            describe(parsed.condition->expression), decision));
        }
        if (decision == u"Skip") {
            finishStep(RunStatus::Skipped, {});
            return;
        }
        if (decision == u"Abort") {
            m_current->attempt = stepRecord().maxAttempts; // no retries for a condition
            attemptFailed(u"the step's `if` condition chose Abort"_s);
            return;
        }
    }

    m_current->inputs =
        m_references
            ->substituteJson(inputsToJson(step.action, step.inputs), scope(nullptr), &errors)
            .toArray();
    stepRecord().inputs = m_current->inputs; // real values: chaining reads them
    if (step.loop) {
        LoopParseResult parsed = parseLoop(*step.loop);
        if (!parsed.spec) {
            errors << (parsed.issues.empty() ? u"the loop is invalid"_s
                                             : parsed.issues.front().message);
        } else {
            m_current->loop = std::move(parsed.spec);
            m_current->iterations = expandLoop(*m_current->loop, [this, &errors](const QString &t) {
                return m_references->substituteText(t, scope(nullptr), &errors);
            });
            const qint64 count = m_current->iterations->count();
            if (count > m_options.maxLoopIterations)
                errors << u"the loop has %1 iterations, more than the limit of %2 (raise it with "
                          "kiln run --max-loop-iterations N)"_s.arg(count)
                              .arg(m_options.maxLoopIterations);
        }
    }
    if (!errors.isEmpty()) {
        m_current->attempt = stepRecord().maxAttempts;
        attemptFailed(errors.join(u"; "_s));
        return;
    }
    if (loopContinues && m_current->iterations) {
        continueLoop(resume);
        return;
    }
    startAttempt();
}

QJsonObject Executor::stepResumeJson(std::optional<qint64> nextIteration) const
{
    const CurrentStep &c = *m_current;
    QJsonObject resume{{u"step"_s, stepKey()}, {u"attempt"_s, c.attempt}};
    if (nextIteration) {
        QJsonObject outputs;
        for (const QString &key : std::as_const(c.outputKeys))
            outputs.insert(key, QJsonArray::fromStringList(c.loopOutputs.value(key)));
        resume.insert(u"nextIteration"_s, *nextIteration);
        resume.insert(u"outputKeys"_s, QJsonArray::fromStringList(c.outputKeys));
        resume.insert(u"outputs"_s, outputs);
    }
    return resume;
}

void Executor::continueLoop(const QJsonObject &resume)
{
    CurrentStep &c = *m_current;
    ++c.attempt; // the attempt that rebooted: startStep() set the one before it
    stepRecord().attempts = c.attempt;
    Q_EMIT attemptStarted(m_pos.document, phaseRecord().name, c.step->name, c.attempt);
    c.iteration = resume.value(u"nextIteration"_s).toInteger();
    const QJsonObject outputs = resume.value(u"outputs"_s).toObject();
    for (const QJsonValue &key : resume.value(u"outputKeys"_s).toArray()) {
        c.outputKeys << key.toString();
        for (const QJsonValue &v : outputs.value(key.toString()).toArray())
            c.loopOutputs[key.toString()] << v.toString();
    }
    const int timeout = stepRecord().timeoutSeconds;
    if (timeout > 0)
        c.timeout.start(std::chrono::seconds(timeout));
    if (c.iteration >= c.iterations->count()) {
        c.timeout.stop();
        finishStep(RunStatus::Success, {});
        return;
    }
    runIteration();
}

void Executor::startAttempt()
{
    CurrentStep &c = *m_current;
    ++c.attempt;
    stepRecord().attempts = c.attempt;
    Q_EMIT attemptStarted(m_pos.document, phaseRecord().name, c.step->name, c.attempt);
    stepRecord().iterations.clear(); // a retry reruns the whole loop (§3.4)
    c.iteration = 0;
    c.loopOutputs.clear();
    c.outputKeys.clear();
    c.failedIterations.clear();
    c.detailedOutput = QJsonArray();
    c.timedOut = false;
    const int timeout = stepRecord().timeoutSeconds;
    if (timeout > 0)
        c.timeout.start(std::chrono::seconds(timeout));
    if (c.iterations && c.iterations->count() == 0) {
        c.timeout.stop();
        finishStep(RunStatus::Success, {});
        return;
    }
    runIteration();
}

void Executor::runIteration()
{
    CurrentStep &c = *m_current;
    const Step &step = *c.step;
    std::optional<LoopIteration> it;
    if (c.iterations)
        it = c.iterations->at(c.iteration);
    QStringList errors;
    ActionContext ctx;
    ctx.action = step.action;
    ctx.inputs =
        it ? m_references->substituteJson(c.inputs, scope(&*it), &errors).toArray() : c.inputs;
    ctx.rawInputs = step.inputs;
    std::optional<LoopIteration> itCopy = it;
    ctx.substitute = [this, itCopy](const QString &t) {
        QStringList ignored;
        return m_references->substituteText(t, scope(itCopy ? &*itCopy : nullptr), &ignored);
    };
    ctx.workDirectory = c.workDirectory;
    ctx.secrets = m_options.secrets;
    ctx.scriptArchive = QDir(m_options.workDirectory).filePath(u"scripts.sh"_s);
    ctx.stepLabel = phaseRecord().name + u'/' + step.name;
    ctx.documentDirectory =
        QFileInfo(m_options.documents.at(size_t(m_pos.document)).file()).absolutePath();
    ctx.platform = m_options.platform;
    ctx.gracePeriod = m_options.gracePeriod;
    ctx.target = m_options.target;
    // Every process of the step, and all its descendants, inherit this marker:
    // a resume after kill -9 finds the step's leftovers by it even when kiln
    // died between fork() and saving the step's process group (a window no
    // ordering of writes can close: the group id only exists after the fork).
    // [REC] improved: awstoe has no such marker.
    const bool nested = !m_options.processRunId.isEmpty();
    ctx.environment.insert(u"KILN_RUN_ID"_s,
                           nested ? m_options.processRunId : m_record.executionId);
    ctx.environment.insert(u"KILN_STEP_ID"_s,
                           nested ? m_options.processStepId
                                  : stepId(m_pos.document, m_pos.phase, m_pos.step));
    if (it) {
        const QString label = mask(it->value);
        c.iterationRunning = true;
        c.iterationClock.start();
        stepRecord().iterations.push_back(
            IterationRecord{it->index, label, RunStatus::Running, -1});
        Q_EMIT iterationStarted(m_pos.document, phaseRecord().name, step.name, it->index, label);
        // Shown with the step's output, so each iteration's lines follow their header.
        Q_EMIT stepOutput(m_pos.document, phaseRecord().name, step.name, OutputChannel::Info,
                          u"iteration %1 (value %2)"_s.arg(it->index).arg(label));
    }
    if (!errors.isEmpty()) {
        finishIteration(RunStatus::Failed);
        iterationFailed(errors.join(u"; "_s), false);
        return;
    }
    if (m_options.dryRun) {
        // With the step's output, one line per input entry; references to outputs
        // stay as written (nothing ran to produce them). Masked before it is
        // serialized: in JSON text an escaped secret would not be found. A file
        // module's paths are shown resolved too where that differs ('/usr/..' is
        // '/'), from the folder it would run in.
        for (const QJsonValue &entry : m_options.secrets->mask(ctx.inputs)) {
            const QString text =
                entry.isObject()
                    ? QString::fromUtf8(
                          QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact))
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray{entry}).toJson(QJsonDocument::Compact));
            QStringList line = {u"would run %1 with inputs %2"_s.arg(step.action, text)};
            line += m_actions.dryRunNotes(step.action, entry.toObject(), QDir::currentPath());
            Q_EMIT stepOutput(m_pos.document, phaseRecord().name, step.name, OutputChannel::Info,
                              line.join(u"; "_s));
        }
        c.action = std::make_unique<ImmediateActionRun>(ActionResult::success());
    } else {
        c.action = m_actions.create(ctx);
    }
    const int docIndex = m_pos.document;
    const QString phaseName = phaseRecord().name;
    const QString stepName = step.name;
    connect(c.action.get(), &ActionRun::output, this,
            [this, docIndex, phaseName, stepName](OutputChannel ch, const QString &line) {
                Q_EMIT stepOutput(docIndex, phaseName, stepName, ch, mask(line));
            });
    connect(c.action.get(), &ActionRun::finished, this, &Executor::onActionFinished,
            Qt::QueuedConnection);
    connect(c.action.get(), &ActionRun::progress, this, &Executor::onActionProgress);
    connect(c.action.get(), &ActionRun::processStarted, this, [this](qint64 pid) {
        // Remember the group so that a resume after a crash can stop its leftovers.
        m_runningGroup = pid;
        if (!m_options.stateDirectory.isEmpty() && m_options.nestingDepth == 0 &&
            !m_options.dryRun) {
            QString error;
            writeStateFile(m_options.stateDirectory, stateJson(), &error);
        }
    });
    c.action->start();
    if (stopping())
        c.action->stop(ActionResult::Kind::Cancelled);
}

void Executor::onActionFinished(const ActionResult &result)
{
    m_runningGroup = 0;
    CurrentStep &c = *m_current;
    // The action object may still be on the stack of its own signal; let it go later.
    if (c.action)
        c.action.release()->deleteLater();
    for (const QJsonValue &nested : result.detailedOutput.toArray())
        c.detailedOutput.append(nested);
    flushProgress();
    switch (result.kind) {
    case ActionResult::Kind::Success:
        finishIteration(RunStatus::Success);
        break;
    case ActionResult::Kind::Reboot:
        break; // handleReboot() finishes the iteration: it decides what the reboot means
    case ActionResult::Kind::Cancelled:
        finishIteration(stopping() ? RunStatus::Cancelled : RunStatus::Failed);
        break;
    case ActionResult::Kind::TimedOut:
    case ActionResult::Kind::Failure:
        finishIteration(RunStatus::Failed);
        break;
    }

    switch (result.kind) {
    case ActionResult::Kind::Success:
        c.plainOutputs = result.outputs;
        for (auto it = result.outputs.begin(); it != result.outputs.end(); ++it) {
            if (!c.outputKeys.contains(it.key()))
                c.outputKeys << it.key();
            c.loopOutputs[it.key()] << jsonToText(it.value());
        }
        ++c.iteration;
        if (!stopping() && c.iterations && c.iteration < c.iterations->count()) {
            runIteration();
            return;
        }
        c.timeout.stop();
        if (stopping() && c.iterations && c.iteration < c.iterations->count()) {
            finishStep(RunStatus::Cancelled, FailureText::english(FailureText::Cancelled));
            return;
        }
        finishStep(RunStatus::Success, {});
        return;
    case ActionResult::Kind::Reboot:
        c.timeout.stop();
        handleReboot(result);
        return;
    case ActionResult::Kind::Cancelled:
        c.timeout.stop();
        if (stopping()) {
            finishStep(RunStatus::Cancelled, result.failureMessage);
            return;
        }
        iterationFailed(result.failureMessage, false);
        return;
    case ActionResult::Kind::TimedOut:
        iterationFailed(result.failureMessage, true);
        return;
    case ActionResult::Kind::Failure:
        iterationFailed(result.failureMessage, c.timedOut);
        return;
    }
}

// At most this often: a progress bar needs no more, and a fast local
// download would otherwise queue thousands of signals for the studio.
constexpr qint64 ProgressIntervalMs = 100;

void Executor::onActionProgress(qint64 done, qint64 total)
{
    if (!m_current)
        return;
    CurrentStep &c = *m_current;
    c.progressDone = done;
    c.progressTotal = total;
    c.progressPending = true;
    if (!c.progressClock.isValid() || c.progressClock.elapsed() >= ProgressIntervalMs) {
        flushProgress();
    } else if (!c.progressTimer.isActive()) {
        c.progressTimer.start(
            std::chrono::milliseconds(ProgressIntervalMs - c.progressClock.elapsed()));
    }
}

void Executor::flushProgress()
{
    if (!m_current || !m_current->progressPending)
        return;
    CurrentStep &c = *m_current;
    c.progressPending = false;
    c.progressTimer.stop();
    c.progressClock.start();
    Q_EMIT stepProgress(m_pos.document, phaseRecord().name, c.step->name, c.progressDone,
                        c.progressTotal);
}

void Executor::finishIteration(RunStatus status)
{
    if (!m_current || !m_current->iterationRunning || !m_current->iterations)
        return;
    CurrentStep &c = *m_current;
    c.iterationRunning = false;
    const qint64 ms = c.iterationClock.elapsed();
    const qint64 index = c.iteration; // LoopIteration::index is the position
    std::vector<IterationRecord> &records = stepRecord().iterations;
    if (!records.empty() && records.back().index == index) {
        records.back().status = status;
        records.back().durationMs = ms;
    }
    Q_EMIT iterationFinished(m_pos.document, phaseRecord().name, c.step->name, index, status, ms);
}

void Executor::iterationFailed(const QString &message, bool timedOut)
{
    CurrentStep &c = *m_current;
    c.timeout.stop();
    if (stopping()) {
        finishStep(RunStatus::Cancelled, FailureText::english(FailureText::Cancelled));
        return;
    }
    const int budget = stepRecord().timeoutSeconds;
    QString text;
    if (c.iterations) {
        // §3.4: a loop stops at its first failed iteration; the message lists
        // failed indices, not their individual errors.
        c.failedIterations << c.iteration;
        if (timedOut) {
            text = FailureText::english(FailureText::LoopTimedOut).arg(budget).arg(c.iteration);
        } else {
            QStringList indices;
            for (qint64 i : std::as_const(c.failedIterations))
                indices << QString::number(i);
            text =
                FailureText::english(FailureText::LoopIterationsFailed).arg(indices.join(u", "_s));
        }
        note(ExecutorTr::tr("%1/%2: iteration %3: %4")
                 .arg(phaseRecord().name, c.step->name)
                 .arg(c.iteration)
                 .arg(FailureText::localized(message)));
    } else {
        text = timedOut ? u"%1 (timeoutSeconds %2 exceeded)"_s.arg(message).arg(budget) : message;
    }
    attemptFailed(text);
}

void Executor::attemptFailed(const QString &message)
{
    CurrentStep &c = *m_current;
    c.timeout.stop();
    const StepRecord &rec = stepRecord();
    if (!stopping() && c.attempt < rec.maxAttempts) {
        note(ExecutorTr::tr("%1/%2: attempt %3 of %4 failed: %5; retrying")
                 .arg(phaseRecord().name, rec.name)
                 .arg(c.attempt)
                 .arg(rec.maxAttempts)
                 .arg(FailureText::localized(message)));
        log()->warn("step {} attempt {} failed: {}", s(rec.name), c.attempt, s(message));
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_current)
                    startAttempt();
            },
            Qt::QueuedConnection);
        return;
    }
    if (stopping()) {
        finishStep(RunStatus::Cancelled, message);
        return;
    }
    if (rec.onFailure == u"Ignore") {
        finishStep(RunStatus::IgnoredFailure, message);
        return;
    }
    if (rec.onFailure != u"Continue") {
        abortRun();
        m_stopNote =
            FailureText::english(FailureText::NotRunAfterAbort).arg(phaseRecord().name, rec.name);
    }
    finishStep(RunStatus::Failed, message);
}

void Executor::handleReboot(const ActionResult &result)
{
    CurrentStep &c = *m_current;
    if (m_options.rebootMode == RebootMode::Fail) {
        finishIteration(RunStatus::Failed);
        iterationFailed(result.failureMessage + u" and --reboot=fail is set"_s, false);
        return;
    }
    if (m_rebootCount >= m_options.maxReboots) {
        finishIteration(RunStatus::Failed);
        m_current->attempt = stepRecord().maxAttempts;
        iterationFailed(
            u"%1, but the run already rebooted %2 times (the limit)"_s.arg(result.failureMessage)
                .arg(m_options.maxReboots),
            false);
        return;
    }
    ++m_rebootCount;
    const QString stepName = c.step->name;
    const QString stepAction = c.step->action;
    const QString phaseName = phaseRecord().name;
    Q_EMIT rebooted(m_pos.document, phaseName, stepName);
    // The Reboot module's iteration is done once the machine rebooted; an exit
    // 194 iteration runs again with the whole step.
    finishIteration(result.rebootResumesAtNextStep ? RunStatus::Success : RunStatus::RebootPending);
    // A loop over the Reboot module goes on after the reboot with its next
    // iteration, keeping the ones before it (the spec is silent on loops here;
    // rerunning them, as for 194, would reboot in iteration 0 forever).
    const qint64 nextIteration = c.iteration + 1;
    const bool loopContinues =
        result.rebootResumesAtNextStep && c.iterations && nextIteration < c.iterations->count();
    if (loopContinues) {
        m_stepResume = stepResumeJson(nextIteration);
        stepRecord().status = RunStatus::RebootPending;
        stepRecord().failureMessage =
            u"rebooted in iteration %1; the loop continues with iteration %2 after the reboot"_s
                .arg(c.iteration)
                .arg(nextIteration);
        m_current.reset();
        // The state below points at this step, and m_stepResume at its next iteration.
    } else if (result.rebootResumesAtNextStep) {
        // The Reboot module completed: the run continues after it.
        finishStep(RunStatus::Success, {});
        // finishStep advanced m_pos past the step and scheduled an advance; the
        // state below therefore points at the next step.
    } else {
        // Exit 194: the same step runs again after the reboot (scripts are idempotent).
        m_stepResume = stepResumeJson(std::nullopt);
        std::erase_if(phaseRecord().steps, [&](const StepRecord &r) { return r.name == stepName; });
        m_current.reset();
    }
    const QString where =
        loopContinues ? ExecutorTr::tr("iteration %1 of step %2").arg(nextIteration).arg(stepName)
        : result.rebootResumesAtNextStep ? ExecutorTr::tr("the next step")
                                         : ExecutorTr::tr("step %1 again").arg(stepName);
    if (m_options.rebootMode == RebootMode::Handoff) {
        QString error;
        if (!writeStateFile(m_options.stateDirectory, stateJson(), &error)) {
            Q_EMIT message(ExecutorTr::tr("cannot save the state for the reboot: %1").arg(error));
            abortRun();
            scheduleAdvance();
            return;
        }
        Q_EMIT message(
            ExecutorTr::tr("%1/%2 requested a reboot: state saved to %3; reboot the machine and "
                           "run `kiln run --state-directory %4` to resume with %5")
                .arg(phaseName, stepName, stateFilePath(m_options.stateDirectory),
                     m_options.stateDirectory, where));
        log()->info("reboot handoff after step {}", s(stepName));
        m_outcome = Outcome::RebootHandoff;
        // The state is saved; what follows only shapes the reports written now.
        if (!result.rebootResumesAtNextStep) {
            StepRecord pending;
            pending.name = stepName;
            pending.action = stepAction; // m_current is gone (reset above)
            pending.status = RunStatus::RebootPending;
            pending.failureMessage =
                u"requested a reboot (exit 194); runs again after the reboot"_s;
            phaseRecord().steps.push_back(std::move(pending));
        }
        phaseRecord().status = RunStatus::RebootPending;
        documentRecord().status = RunStatus::RebootPending;
        recordUnreached(RunStatus::Pending, u"pending: runs after the reboot"_s);
        m_record.status = RunStatus::RebootPending;
        m_record.failureMessage =
            u"reboot handed off after %1.%2; resume with kiln run --state-directory"_s.arg(
                phaseName, stepName);
        m_state = State::HandedOff; // nothing else runs in this process
        Q_EMIT runFinished(RunStatus::Pending);
        return;
    }
    // Simulate: persist (when a state directory is set), then go through the same
    // save/restore round trip a real reboot would, and carry on in this process.
    if (!m_options.stateDirectory.isEmpty()) {
        QString error;
        if (!writeStateFile(m_options.stateDirectory, stateJson(), &error))
            Q_EMIT message(ExecutorTr::tr("warning: cannot save the state: %1").arg(error));
    }
    Q_EMIT message(
        ExecutorTr::tr(
            "%1/%2 requested a reboot: simulated reboot %3 of at most %4, resuming with %5")
            .arg(phaseName, stepName)
            .arg(m_rebootCount)
            .arg(m_options.maxReboots)
            .arg(where));
    log()->info("simulated reboot {} after step {}", m_rebootCount, s(stepName));
    restoreState(stateJson());
    scheduleAdvance();
}

void Executor::finishStep(RunStatus status, const QString &failureMessage)
{
    CurrentStep &c = *m_current;
    c.timeout.stop();
    flushProgress();
    finishIteration(status == RunStatus::Cancelled ? RunStatus::Cancelled : RunStatus::Failed);
    StepRecord &rec = stepRecord();
    rec.status = status;
    rec.failureMessage = mask(failureMessage); // display text only: masked at once
    rec.endTime = QDateTime::currentDateTime();
    QJsonObject outputs;
    for (const QString &key : std::as_const(c.outputKeys))
        outputs.insert(key, c.loopOutputs.value(key).join(u'\n'));
    if (!c.iterations)
        outputs = c.plainOutputs;
    rec.outputs = outputs.isEmpty() ? QJsonArray() : QJsonArray{outputs}; // real: for chaining
    if (!c.detailedOutput.isEmpty())
        rec.detailedOutput = c.detailedOutput;
    log()->info("step {} finished: {} {}", s(rec.name), s(statusName(status)), s(failureMessage));
    const StepRecord copy = masked(rec, *m_options.secrets);
    m_current.reset();
    ++m_pos.step;
    Q_EMIT stepFinished(m_pos.document, phaseRecord().name, copy);
    scheduleAdvance();
}

void Executor::finishPhase()
{
    PhaseRecord &pr = phaseRecord();
    std::vector<RunStatus> statuses;
    for (const StepRecord &s : pr.steps) {
        statuses.push_back(s.status);
        if (pr.failureMessage.isEmpty() && !s.failureMessage.isEmpty() &&
            (s.status == RunStatus::Failed || s.status == RunStatus::Cancelled))
            pr.failureMessage = u"%1: %2"_s.arg(s.name, s.failureMessage);
    }
    pr.status = rollUp(statuses);
    pr.endTime = QDateTime::currentDateTime();
    Q_EMIT phaseFinished(m_pos.document, masked(pr, *m_options.secrets));
}

void Executor::finishDocument()
{
    DocumentRecord &dr = documentRecord();
    std::vector<RunStatus> statuses;
    for (const PhaseRecord &p : dr.phases) {
        statuses.push_back(p.status);
        if (dr.failureMessage.isEmpty() && !p.failureMessage.isEmpty())
            dr.failureMessage = u"%1/%2"_s.arg(p.name, p.failureMessage);
    }
    dr.status = rollUp(statuses);
    dr.endTime = QDateTime::currentDateTime();
    Q_EMIT documentFinished(m_pos.document, masked(dr, *m_options.secrets));
}

void Executor::finishRun()
{
    std::vector<RunStatus> statuses;
    for (const DocumentRecord &d : m_record.documents) {
        statuses.push_back(d.status);
        if (m_record.failureMessage.isEmpty() && !d.failureMessage.isEmpty()) {
            m_record.failureMessage =
                m_record.documents.size() == 1
                    ? d.failureMessage
                    : u"%1: %2"_s.arg(QFileInfo(d.filePath).fileName(), d.failureMessage);
        }
    }
    m_record.status = stopping() ? RunStatus::Cancelled : rollUp(statuses);
    if (stopping() && m_record.failureMessage.isEmpty())
        m_record.failureMessage = FailureText::english(FailureText::RunCancelled);
    m_record.endTime = QDateTime::currentDateTime();
    m_state = State::Finished;
    if (!m_options.stateDirectory.isEmpty() && !m_options.keepStateFileAtEnd)
        QFile::remove(stateFilePath(m_options.stateDirectory));
    log()->info("run {} finished: {}", s(m_record.executionId), s(statusName(m_record.status)));
    Q_EMIT runFinished(m_record.status);
}

// --- references ------------------------------------------------------------

ReferenceResolver::Scope Executor::scope(const LoopIteration *iteration)
{
    ReferenceResolver::Scope scope;
    scope.document = m_pos.document;
    scope.record = &documentRecord();
    scope.phase = phaseRecord().name;
    scope.step = m_current ? m_current->step : nullptr;
    scope.loop = m_current && m_current->loop ? &*m_current->loop : nullptr;
    scope.iteration = iteration;
    return scope;
}

QJsonObject Executor::chainingJson() const
{
    return m_references->chainingJson();
}

// Steps, phases and documents the run never reached get a record of their own,
// so a report lists every selected step: `status` (notRun after an Abort or a
// cancel, pending after a reboot handoff) with `note` as the failure message.
void Executor::recordUnreached(RunStatus status, const QString &note)
{
    for (size_t d = 0; d < m_options.documents.size(); ++d) {
        const RunDocument &rd = m_options.documents.at(d);
        if (m_record.documents.size() <= d) {
            DocumentRecord dr;
            dr.name = rd.document->name;
            dr.description = rd.document->description;
            dr.filePath = rd.path;
            dr.status = status;
            dr.failureMessage = note;
            m_record.documents.push_back(std::move(dr));
        }
        DocumentRecord &dr = m_record.documents.at(d);
        for (size_t p = 0; p < rd.document->phases.size(); ++p) {
            const RunPlan::PhaseSpan &span = m_plan.phase(int(d), int(p));
            if (!span.runs)
                continue;
            const Phase &phase = rd.document->phases[p];
            if (!dr.phase(phase.name)) {
                PhaseRecord pr;
                pr.name = phase.name;
                pr.status = status;
                pr.failureMessage = note;
                dr.phases.push_back(std::move(pr));
            }
            PhaseRecord &pr = *dr.phase(phase.name);
            for (int i = span.first; i < span.end; ++i) {
                const Step &step = phase.steps.at(size_t(i));
                if (pr.step(step.name))
                    continue;
                StepRecord rec = seedStepRecord(step);
                rec.status = status;
                rec.failureMessage = note;
                pr.steps.push_back(std::move(rec));
            }
        }
    }
}

// --- state -----------------------------------------------------------------

QJsonObject Executor::stateJson() const
{
    QJsonArray documents;
    for (const RunDocument &rd : m_options.documents) {
        QJsonObject params;
        for (auto it = rd.parameters.begin(); it != rd.parameters.end(); ++it)
            params.insert(it.key(), it.value());
        documents.append(QJsonObject{
            {u"path"_s, rd.localPath.isEmpty() ? QFileInfo(rd.path).absoluteFilePath() : rd.path},
            {u"displayPath"_s, rd.path},
            {u"parameters"_s, params}});
    }
    QJsonObject ifCache;
    for (auto it = m_ifCache.begin(); it != m_ifCache.end(); ++it)
        ifCache.insert(it.key(), it.value());
    QJsonObject state{
        {u"version"_s, 1},
        {u"executionId"_s, m_record.executionId},
        {u"options"_s,
         QJsonObject{{u"documents"_s, documents},
                     {u"phases"_s, QJsonArray::fromStringList(m_options.phases)},
                     {u"blockedModules"_s, QJsonArray::fromStringList(m_options.blockedModules)},
                     {u"platform"_s, m_options.platform},
                     {u"rebootMode"_s, rebootModeName(m_options.rebootMode)},
                     {u"maxReboots"_s, m_options.maxReboots},
                     {u"workDirectory"_s, m_options.workDirectory},
                     {u"selection"_s,
                      QJsonObject{{u"phase"_s, m_options.selectionPhase},
                                  {u"step"_s, m_options.selectionStep},
                                  {u"only"_s, m_options.selectionOnly},
                                  {u"stopAfter"_s,
                                   QJsonObject{{u"document"_s, m_options.stopAfter.document},
                                               {u"phase"_s, m_options.stopAfter.phase},
                                               {u"step"_s, m_options.stopAfter.step}}}}},
                     {u"extra"_s, m_options.extraState}}},
        {u"position"_s, QJsonObject{{u"document"_s, m_pos.document},
                                    {u"phase"_s, m_pos.phase},
                                    {u"step"_s, m_pos.step}}},
        {u"rebootCount"_s, m_rebootCount},
        {u"runningProcessGroup"_s, m_runningGroup},
        {u"bootId"_s, bootId()},
        {u"ifResults"_s, ifCache},
        {u"record"_s, toJson(m_record)},
    };
    if (const QJsonObject iterations = iterationsJson(m_record); !iterations.isEmpty())
        state.insert(u"iterations"_s, iterations);
    if (!m_stepResume.isEmpty())
        state.insert(u"stepResume"_s, m_stepResume);
    // The record above holds real values (a resumed step chains them); the
    // resumed process must mask them as this one does. The file is private.
    if (const QStringList secrets = m_options.secrets->secrets(); !secrets.isEmpty())
        state.insert(u"secrets"_s, QJsonArray::fromStringList(secrets));
    return state;
}

void Executor::restoreState(const QJsonObject &state)
{
    m_record = executionFromJson(state.value(u"record"_s).toObject());
    m_options.executionId = m_record.executionId;
    restoreIterations(m_record, state.value(u"iterations"_s).toObject());
    m_stepResume = state.value(u"stepResume"_s).toObject();
    for (const QJsonValue &secret : state.value(u"secrets"_s).toArray())
        m_options.secrets->add(secret.toString());
    const QJsonObject pos = state.value(u"position"_s).toObject();
    m_pos.document = pos.value(u"document"_s).toInt();
    m_pos.phase = pos.value(u"phase"_s).toInt();
    m_pos.step = pos.value(u"step"_s).toInt();
    m_rebootCount = state.value(u"rebootCount"_s).toInt();
    m_ifCache.clear();
    const QJsonObject ifs = state.value(u"ifResults"_s).toObject();
    for (auto it = ifs.begin(); it != ifs.end(); ++it)
        m_ifCache.insert(it.key(), it.value().toString());
    m_record.status = RunStatus::Running;
}

void Executor::checkpoint()
{
    if (m_options.stateDirectory.isEmpty() || m_options.nestingDepth > 0 || m_options.dryRun)
        return;
    QString error;
    if (!writeStateFile(m_options.stateDirectory, stateJson(), &error))
        Q_EMIT message(ExecutorTr::tr("warning: cannot save the state: %1").arg(error));
}

} // namespace Kiln
