// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/runrecord.h"

#include <QJsonDocument>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// The one mapping table between statuses and their report spelling.
constexpr std::array<std::pair<RunStatus, const char16_t *>, 10> statusTable{{
    {RunStatus::Pending, u"pending"},
    {RunStatus::Running, u"running"},
    {RunStatus::Success, u"success"},
    {RunStatus::Failed, u"failed"},
    {RunStatus::IgnoredFailure, u"ignoredFailure"},
    {RunStatus::SuccessWithIgnoredFailure, u"successWithIgnoredFailure"},
    {RunStatus::Skipped, u"skipped"},
    {RunStatus::Cancelled, u"cancelled"},
    {RunStatus::NotRun, u"notRun"},
    {RunStatus::RebootPending, u"rebootPending"},
}};

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(rfc3339(t)) : QJsonValue(QString());
}

QDateTime parseTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

QString encode(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray decode(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

StepRecord stepFromJson(const QJsonObject &o)
{
    StepRecord s;
    s.name = o.value(u"name"_s).toString();
    s.action = o.value(u"action"_s).toString();
    s.status = statusFromName(o.value(u"status"_s).toString());
    s.failureMessage = o.value(u"failureMessage"_s).toString();
    s.timeoutSeconds = o.value(u"timeoutSeconds"_s).toInt(DefaultTimeoutSeconds);
    s.onFailure = o.value(u"onFailure"_s).toString(u"Abort"_s);
    s.maxAttempts = o.value(u"maxAttempts"_s).toInt(1);
    s.attempts = o.value(u"kilnAttempts"_s).toInt(0);
    s.startTime = parseTime(o.value(u"startTime"_s));
    s.endTime = parseTime(o.value(u"endTime"_s));
    s.inputs = decode(o.value(u"inputs"_s));
    s.outputs = decode(o.value(u"outputs"_s));
    s.loop = o.value(u"loop"_s);
    s.detailedOutput = o.value(u"detailedOutput"_s);
    return s;
}

} // namespace

QString statusName(RunStatus status)
{
    for (const auto &[s, name] : statusTable) {
        if (s == status)
            return QString::fromUtf16(name);
    }
    return {};
}

RunStatus statusFromName(QStringView name)
{
    for (const auto &[s, n] : statusTable) {
        if (name == QStringView(n))
            return s;
    }
    return RunStatus::Pending;
}

bool isSuccessful(RunStatus status)
{
    return status == RunStatus::Success || status == RunStatus::SuccessWithIgnoredFailure ||
           status == RunStatus::Skipped;
}

StepRecord *PhaseRecord::step(QStringView stepName)
{
    if (m_indexedSteps > steps.size())
        resetStepIndex(); // records went away without removeStep()
    for (; m_indexedSteps < steps.size(); ++m_indexedSteps) {
        const QString &stepNameAt = steps[m_indexedSteps].name;
        if (!m_stepIndex.contains(stepNameAt)) // the first record of a name wins
            m_stepIndex.insert(stepNameAt, m_indexedSteps);
    }
    const auto found = m_stepIndex.constFind(stepName.toString());
    if (found == m_stepIndex.cend())
        return nullptr;
    if (*found < steps.size() && steps[*found].name == stepName)
        return &steps[*found];
    // A record was renamed or moved behind the index's back: look again from scratch.
    resetStepIndex();
    return step(stepName);
}

void PhaseRecord::resetStepIndex() const
{
    m_stepIndex.clear();
    m_indexedSteps = 0;
}

void PhaseRecord::removeStep(QStringView stepName)
{
    while (StepRecord *record = step(stepName)) {
        const auto at = size_t(record - steps.data());
        steps.erase(steps.begin() + qsizetype(at));
        if (at == steps.size()) {
            // The last record (the usual case): every other position is still right.
            m_stepIndex.remove(stepName.toString());
            m_indexedSteps = steps.size();
        } else {
            resetStepIndex();
        }
    }
}

const StepRecord *PhaseRecord::step(QStringView stepName) const
{
    return const_cast<PhaseRecord *>(this)->step(stepName);
}

PhaseRecord *DocumentRecord::phase(QStringView phaseName)
{
    for (PhaseRecord &p : phases) {
        if (p.name == phaseName)
            return &p;
    }
    return nullptr;
}

const PhaseRecord *DocumentRecord::phase(QStringView phaseName) const
{
    return const_cast<DocumentRecord *>(this)->phase(phaseName);
}

ExecutionRecord::Counters ExecutionRecord::counters() const
{
    Counters c;
    for (const DocumentRecord &d : documents) {
        for (const PhaseRecord &p : d.phases) {
            for (const StepRecord &s : p.steps) {
                switch (s.status) {
                case RunStatus::Success:
                case RunStatus::Cancelled:
                    ++c.executed;
                    break;
                case RunStatus::Failed:
                    ++c.executed;
                    ++c.failed;
                    break;
                case RunStatus::IgnoredFailure:
                    ++c.executed;
                    ++c.ignored;
                    break;
                default:
                    break;
                }
            }
        }
    }
    return c;
}

RunStatus rollUp(const std::vector<RunStatus> &children)
{
    bool failed = false;
    bool ignored = false;
    bool rebootPending = false;
    for (RunStatus s : children) {
        if (s == RunStatus::Cancelled)
            return RunStatus::Cancelled;
        rebootPending = rebootPending || s == RunStatus::RebootPending;
        failed = failed || s == RunStatus::Failed;
        ignored =
            ignored || s == RunStatus::IgnoredFailure || s == RunStatus::SuccessWithIgnoredFailure;
    }
    if (failed)
        return RunStatus::Failed;
    if (rebootPending)
        return RunStatus::RebootPending;
    return ignored ? RunStatus::SuccessWithIgnoredFailure : RunStatus::Success;
}

QString stepOutputsText(const QJsonArray &outputs)
{
    QStringList parts;
    for (const QJsonValue &v : outputs) {
        const QJsonObject o = v.toObject();
        if (o.size() == 1 && o.value(u"stdout"_s).isString()) {
            parts << o.value(u"stdout"_s).toString();
            continue;
        }
        parts << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
    }
    return parts.join(u'\n');
}

QString rfc3339(const QDateTime &t)
{
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonObject toJson(const StepRecord &s)
{
    return QJsonObject{
        {u"name"_s, s.name},
        {u"status"_s, statusName(s.status)},
        {u"failureMessage"_s, s.failureMessage},
        {u"timeoutSeconds"_s, s.timeoutSeconds},
        {u"onFailure"_s, s.onFailure},
        {u"maxAttempts"_s, s.maxAttempts},
        {u"action"_s, s.action},
        {u"startTime"_s, time(s.startTime)},
        {u"endTime"_s, time(s.endTime)},
        {u"inputs"_s, encode(s.inputs)},
        {u"outputs"_s, encode(s.outputs)},
        {u"loop"_s, s.loop.isUndefined() ? QJsonValue() : s.loop},
        {u"detailedOutput"_s, s.detailedOutput.isUndefined() ? QJsonValue() : s.detailedOutput},
    };
}

QJsonObject toJson(const PhaseRecord &p)
{
    QJsonArray steps;
    for (const StepRecord &s : p.steps)
        steps.append(toJson(s));
    return QJsonObject{{u"name"_s, p.name},
                       {u"status"_s, statusName(p.status)},
                       {u"startTime"_s, time(p.startTime)},
                       {u"endTime"_s, time(p.endTime)},
                       {u"failureMessage"_s, p.failureMessage},
                       {u"steps"_s, steps}};
}

QJsonObject toJson(const DocumentRecord &d)
{
    QJsonArray phases;
    for (const PhaseRecord &p : d.phases)
        phases.append(toJson(p));
    return QJsonObject{{u"name"_s, d.name},
                       {u"filePath"_s, d.filePath},
                       {u"status"_s, statusName(d.status)},
                       {u"description"_s, d.description},
                       {u"startTime"_s, time(d.startTime)},
                       {u"endTime"_s, time(d.endTime)},
                       {u"failureMessage"_s, d.failureMessage},
                       {u"phases"_s, phases}};
}

QJsonObject toJson(const ExecutionRecord &e)
{
    QJsonArray documents;
    for (const DocumentRecord &d : e.documents)
        documents.append(toJson(d));
    return QJsonObject{{u"executionId"_s, e.executionId},       {u"status"_s, statusName(e.status)},
                       {u"startTime"_s, time(e.startTime)},     {u"endTime"_s, time(e.endTime)},
                       {u"failureMessage"_s, e.failureMessage}, {u"documents"_s, documents}};
}

ExecutionRecord executionFromJson(const QJsonObject &json)
{
    ExecutionRecord e;
    e.executionId = json.value(u"executionId"_s).toString();
    e.status = statusFromName(json.value(u"status"_s).toString());
    e.failureMessage = json.value(u"failureMessage"_s).toString();
    e.startTime = parseTime(json.value(u"startTime"_s));
    e.endTime = parseTime(json.value(u"endTime"_s));
    for (const QJsonValue &dv : json.value(u"documents"_s).toArray()) {
        const QJsonObject d = dv.toObject();
        DocumentRecord doc;
        doc.name = d.value(u"name"_s).toString();
        doc.filePath = d.value(u"filePath"_s).toString();
        doc.description = d.value(u"description"_s).toString();
        doc.status = statusFromName(d.value(u"status"_s).toString());
        doc.failureMessage = d.value(u"failureMessage"_s).toString();
        doc.startTime = parseTime(d.value(u"startTime"_s));
        doc.endTime = parseTime(d.value(u"endTime"_s));
        for (const QJsonValue &pv : d.value(u"phases"_s).toArray()) {
            const QJsonObject p = pv.toObject();
            PhaseRecord phase;
            phase.name = p.value(u"name"_s).toString();
            phase.status = statusFromName(p.value(u"status"_s).toString());
            phase.failureMessage = p.value(u"failureMessage"_s).toString();
            phase.startTime = parseTime(p.value(u"startTime"_s));
            phase.endTime = parseTime(p.value(u"endTime"_s));
            for (const QJsonValue &sv : p.value(u"steps"_s).toArray())
                phase.steps.push_back(stepFromJson(sv.toObject()));
            doc.phases.push_back(std::move(phase));
        }
        e.documents.push_back(std::move(doc));
    }
    return e;
}

QJsonObject summaryJson(const ExecutionRecord &record)
{
    const auto c = record.counters();
    return QJsonObject{
        {u"executedStepCount"_s, c.executed},     {u"executionId"_s, record.executionId},
        {u"failedStepCount"_s, c.failed},         {u"failureMessage"_s, record.failureMessage},
        {u"ignoredFailedStepCount"_s, c.ignored}, {u"logUrl"_s, record.logUrl},
        {u"status"_s, statusName(record.status)}};
}

QJsonObject summaryJson(const ExecutionRecord &record, const QStringList &problems)
{
    QJsonObject summary = summaryJson(record);
    if (problems.isEmpty())
        return summary;
    if (isSuccessful(record.status))
        summary.insert(u"status"_s, statusName(RunStatus::Failed));
    QStringList messages = problems;
    if (!record.failureMessage.isEmpty())
        messages.prepend(record.failureMessage);
    summary.insert(u"failureMessage"_s, messages.join(u"; "_s));
    return summary;
}

} // namespace Kiln
