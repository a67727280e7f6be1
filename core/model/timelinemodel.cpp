// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "model/timelinemodel.h"

#include "exec/executor.h"
#include "model/steptreemodel.h"
#include "process/failuretext.h"

#include <QJsonArray>
#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

constexpr int FormatVersion = 1;

QString kindName(TimelineBar::Kind kind)
{
    switch (kind) {
    case TimelineBar::Kind::Step:
        return u"step"_s;
    case TimelineBar::Kind::Attempt:
        return u"attempt"_s;
    case TimelineBar::Kind::Iteration:
        return u"iteration"_s;
    }
    return {};
}

std::optional<TimelineBar::Kind> kindFromName(const QString &name)
{
    for (const auto kind :
         {TimelineBar::Kind::Step, TimelineBar::Kind::Attempt, TimelineBar::Kind::Iteration}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QJsonObject barJson(const TimelineBar &b)
{
    QJsonObject o{{u"kind"_s, kindName(b.kind)},
                  {u"start"_s, b.startMs},
                  {u"end"_s, b.endMs},
                  {u"status"_s, statusName(b.status)}};
    if (b.kind != TimelineBar::Kind::Step)
        o.insert(u"attempt"_s, b.attempt);
    if (b.kind == TimelineBar::Kind::Iteration) {
        o.insert(u"index"_s, b.iteration);
        o.insert(u"label"_s, b.label);
    }
    if (!b.failureMessage.isEmpty())
        o.insert(u"failureMessage"_s, b.failureMessage);
    return o;
}

} // namespace

int TimelineLane::attemptCount() const
{
    int count = 0;
    for (const TimelineBar &b : bars)
        count = std::max(count, b.kind == TimelineBar::Kind::Step ? 0 : b.attempt);
    return count;
}

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) {}

void TimelineModel::clear()
{
    beginResetModel();
    m_lanes.clear();
    m_markers.clear();
    m_laneIndex.clear();
    m_rebootPending.clear();
    m_executionId.clear();
    m_start = {};
    m_live = false;
    endResetModel();
}

qint64 TimelineModel::nowMs() const
{
    return m_clock.isValid() ? m_clockBase + m_clock.elapsed() : 0;
}

qint64 TimelineModel::durationMs() const
{
    qint64 end = m_live ? nowMs() : 0;
    for (const TimelineLane &lane : m_lanes) {
        for (const TimelineBar &b : lane.bars)
            end = std::max(end, b.running() ? b.startMs : b.endMs);
    }
    return end;
}

int TimelineModel::laneOf(int document, const QString &phase, const QString &step) const
{
    return m_laneIndex.value(StepAddress{document, phase, step}, -1);
}

qint64 TimelineModel::stepDurationMs(int document, const QString &phase, const QString &step) const
{
    const int lane = laneOf(document, phase, step);
    if (lane < 0)
        return -1;
    const TimelineBar &bar = m_lanes[size_t(lane)].stepBar();
    return bar.running() ? -1 : bar.endMs - bar.startMs;
}

int TimelineModel::ensureLane(int document, const QString &phase, const QString &step,
                              const QString &action)
{
    const int existing = laneOf(document, phase, step);
    if (existing >= 0)
        return existing;
    const int row = int(m_lanes.size());
    beginInsertRows({}, row, row);
    TimelineLane lane{document, phase, step, action, {}};
    lane.bars.push_back(TimelineBar{});
    lane.bars.front().startMs = nowMs();
    m_lanes.push_back(std::move(lane));
    m_laneIndex.insert(StepAddress{document, phase, step}, row);
    endInsertRows();
    return row;
}

TimelineBar *TimelineModel::openBar(int lane, TimelineBar::Kind kind)
{
    auto &bars = m_lanes[size_t(lane)].bars;
    for (auto it = bars.rbegin(); it != bars.rend(); ++it) {
        if (it->kind == kind && it->running())
            return &*it;
    }
    return nullptr;
}

void TimelineModel::closeOpen(int lane, TimelineBar::Kind kind, RunStatus status, qint64 atMs)
{
    const qint64 now = atMs >= 0 ? atMs : nowMs();
    for (TimelineBar &b : m_lanes[size_t(lane)].bars) {
        if (b.kind == kind && b.running()) {
            b.endMs = std::max(now, b.startMs);
            b.status = status;
        }
    }
}

void TimelineModel::changed(int lane)
{
    const QModelIndex i = index(lane);
    Q_EMIT dataChanged(i, i);
}

void TimelineModel::attach(Executor *executor, bool continueRun)
{
    if (m_executor)
        disconnect(m_executor, nullptr, this, nullptr);
    if (!continueRun || !m_start.isValid())
        clear();
    m_executor = executor;
    if (!m_start.isValid())
        m_start = QDateTime::currentDateTimeUtc();
    m_executionId = executor->options().executionId;
    m_clockBase = std::max<qint64>(0, m_start.msecsTo(QDateTime::currentDateTimeUtc()));
    // A resumed run may come back with the clock set back: time never runs backwards here.
    m_clockBase = std::max(m_clockBase, durationMs());
    m_clock.start();
    m_live = true;

    connect(executor, &Executor::stepStarted, this,
            [this](int doc, const QString &phase, const QString &step, const QString &action) {
                const int lane = ensureLane(doc, phase, step, action);
                TimelineBar &stepBar = m_lanes[size_t(lane)].bars.front();
                // Again after a reboot (or a resumed run): the step bar spans both parts.
                if (m_rebootPending.contains(lane)) {
                    // The part before the reboot ends where the reboot was asked for.
                    const qint64 at = m_rebootPending.take(lane);
                    closeOpen(lane, TimelineBar::Kind::Iteration, RunStatus::RebootPending, at);
                    closeOpen(lane, TimelineBar::Kind::Attempt, RunStatus::RebootPending, at);
                }
                stepBar.endMs = -1;
                stepBar.status = RunStatus::Running;
                stepBar.failureMessage.clear();
                changed(lane);
            });
    connect(executor, &Executor::attemptStarted, this,
            [this](int doc, const QString &phase, const QString &step, int attempt) {
                const int lane = laneOf(doc, phase, step);
                if (lane < 0)
                    return;
                // A new attempt means the one before failed (a reboot is closed above).
                closeOpen(lane, TimelineBar::Kind::Iteration, RunStatus::Failed);
                closeOpen(lane, TimelineBar::Kind::Attempt, RunStatus::Failed);
                TimelineBar bar;
                bar.kind = TimelineBar::Kind::Attempt;
                bar.attempt = attempt;
                bar.startMs = nowMs();
                m_lanes[size_t(lane)].bars.push_back(bar);
                changed(lane);
            });
    connect(executor, &Executor::iterationStarted, this,
            [this](int doc, const QString &phase, const QString &step, qint64 index,
                   const QString &label) {
                const int lane = laneOf(doc, phase, step);
                if (lane < 0)
                    return;
                TimelineBar bar;
                bar.kind = TimelineBar::Kind::Iteration;
                bar.attempt = std::max(1, m_lanes[size_t(lane)].attemptCount());
                bar.iteration = index;
                bar.label = label;
                bar.startMs = nowMs();
                m_lanes[size_t(lane)].bars.push_back(bar);
                changed(lane);
            });
    connect(executor, &Executor::iterationFinished, this,
            [this](int doc, const QString &phase, const QString &step, qint64, RunStatus status,
                   qint64) {
                const int lane = laneOf(doc, phase, step);
                if (lane < 0)
                    return;
                closeOpen(lane, TimelineBar::Kind::Iteration, status,
                          m_rebootPending.value(lane, -1));
                changed(lane);
            });
    connect(executor, &Executor::rebooted, this,
            [this](int doc, const QString &phase, const QString &step) {
                const int lane = laneOf(doc, phase, step);
                if (lane < 0)
                    return;
                const qint64 now = nowMs();
                m_markers.push_back(TimelineMarker{TimelineMarker::Kind::Reboot, lane, now});
                m_rebootPending.insert(lane, now);
                changed(lane);
            });
    connect(executor, &Executor::stepFinished, this,
            [this](int doc, const QString &phase, const StepRecord &record) {
                const int lane = laneOf(doc, phase, record.name);
                if (lane < 0)
                    return;
                m_rebootPending.remove(lane);
                const RunStatus closing = record.status == RunStatus::Cancelled
                                              ? RunStatus::Cancelled
                                              : RunStatus::Failed;
                closeOpen(lane, TimelineBar::Kind::Iteration, closing);
                closeOpen(lane, TimelineBar::Kind::Attempt, record.status);
                closeOpen(lane, TimelineBar::Kind::Step, record.status);
                m_lanes[size_t(lane)].bars.front().failureMessage = record.failureMessage;
                changed(lane);
            });
    connect(executor, &Executor::runFinished, this, [this](RunStatus status) {
        // Pending: handed off for a reboot; what still runs goes on after it.
        const RunStatus closing =
            status == RunStatus::Pending ? RunStatus::RebootPending : RunStatus::Cancelled;
        for (int lane = 0; lane < int(m_lanes.size()); ++lane) {
            bool any = false;
            for (const TimelineBar &b : m_lanes[size_t(lane)].bars)
                any = any || b.running();
            if (!any)
                continue;
            for (const auto kind : {TimelineBar::Kind::Iteration, TimelineBar::Kind::Attempt,
                                    TimelineBar::Kind::Step})
                closeOpen(lane, kind, closing);
            changed(lane);
        }
        m_live = false;
    });
}

void TimelineModel::setRecord(const ExecutionRecord &record)
{
    beginResetModel();
    m_lanes.clear();
    m_markers.clear();
    m_laneIndex.clear();
    m_rebootPending.clear();
    m_live = false;
    m_executionId = record.executionId;
    m_start = record.startTime.toUTC();
    // The earliest step, if the run's own start is missing (a sparse report).
    for (const DocumentRecord &d : record.documents)
        for (const PhaseRecord &p : d.phases)
            for (const StepRecord &s : p.steps)
                if (s.startTime.isValid() && (!m_start.isValid() || s.startTime < m_start))
                    m_start = s.startTime.toUTC();
    for (int doc = 0; doc < int(record.documents.size()); ++doc) {
        for (const PhaseRecord &p : record.documents[size_t(doc)].phases) {
            for (const StepRecord &s : p.steps) {
                if (!s.startTime.isValid())
                    continue; // never ran (notRun, pending): not on a time axis
                TimelineLane lane{doc, p.name, s.name, s.action, {}};
                TimelineBar bar;
                bar.startMs = m_start.msecsTo(s.startTime);
                bar.endMs = s.endTime.isValid() ? std::max(bar.startMs, m_start.msecsTo(s.endTime))
                                                : bar.startMs;
                bar.status = s.status;
                bar.failureMessage = s.failureMessage;
                lane.bars.push_back(bar);
                // Iterations carry durations only (an in-memory record): laid end to end.
                qint64 at = bar.startMs;
                for (const IterationRecord &it : s.iterations) {
                    TimelineBar ib;
                    ib.kind = TimelineBar::Kind::Iteration;
                    ib.attempt = std::max(1, s.attempts);
                    ib.iteration = it.index;
                    ib.label = it.label;
                    ib.startMs = at;
                    ib.endMs = at + std::max<qint64>(0, it.durationMs);
                    ib.status = it.status;
                    at = ib.endMs;
                    lane.bars.push_back(ib);
                }
                const bool reboot = s.status == RunStatus::RebootPending ||
                                    (s.action == u"Reboot" && s.status == RunStatus::Success);
                if (reboot)
                    m_markers.push_back(TimelineMarker{TimelineMarker::Kind::Reboot,
                                                       int(m_lanes.size()), bar.endMs});
                m_lanes.push_back(std::move(lane));
            }
        }
    }
    normalise();
    endResetModel();
}

void TimelineModel::normalise()
{
    // Lanes in the order their steps started; ties keep the record's order.
    std::vector<int> order(m_lanes.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_lanes[size_t(a)].stepBar().startMs < m_lanes[size_t(b)].stepBar().startMs;
    });
    std::vector<TimelineLane> sorted;
    std::vector<int> newIndex(m_lanes.size());
    for (int i = 0; i < int(order.size()); ++i) {
        newIndex[size_t(order[size_t(i)])] = i;
        sorted.push_back(std::move(m_lanes[size_t(order[size_t(i)])]));
    }
    m_lanes = std::move(sorted);
    for (TimelineMarker &m : m_markers)
        m.lane = newIndex[size_t(m.lane)];
    std::stable_sort(
        m_markers.begin(), m_markers.end(),
        [](const TimelineMarker &a, const TimelineMarker &b) { return a.atMs < b.atMs; });

    m_laneIndex.clear();
    for (int i = 0; i < int(m_lanes.size()); ++i) {
        TimelineLane &lane = m_lanes[size_t(i)];
        m_laneIndex.insert(StepAddress{lane.document, lane.phase, lane.step}, i);
        auto &bars = lane.bars;
        // Step bar first, then the rest by start; attempts in the order they were made.
        std::stable_sort(bars.begin() + 1, bars.end(),
                         [](const TimelineBar &a, const TimelineBar &b) {
                             if (a.attempt != b.attempt)
                                 return a.attempt < b.attempt;
                             return a.startMs < b.startMs;
                         });
        qint64 previousEnd = bars.front().startMs;
        for (size_t b = 1; b < bars.size(); ++b) {
            TimelineBar &bar = bars[b];
            if (bar.kind != TimelineBar::Kind::Attempt)
                continue;
            bar.startMs = std::max(bar.startMs, previousEnd);
            if (!bar.running())
                bar.endMs = std::max(bar.endMs, bar.startMs);
            previousEnd = bar.running() ? bar.startMs : bar.endMs;
        }
        // An iteration belongs to the last part of its attempt (an attempt is cut
        // in two by a reboot) that started before it, else to the attempt's first.
        for (TimelineBar &bar : bars) {
            if (bar.kind != TimelineBar::Kind::Iteration)
                continue;
            const TimelineBar *attempt = nullptr;
            for (const TimelineBar &a : bars) {
                if (a.kind == TimelineBar::Kind::Attempt && a.attempt == bar.attempt &&
                    (!attempt || a.startMs <= bar.startMs))
                    attempt = &a;
            }
            if (!attempt)
                continue;
            const qint64 hi =
                attempt->running() ? std::numeric_limits<qint64>::max() : attempt->endMs;
            bar.startMs = std::clamp(bar.startMs, attempt->startMs, hi);
            if (!bar.running())
                bar.endMs = std::clamp(bar.endMs, bar.startMs, hi);
        }
        // The step bar covers all of its parts.
        TimelineBar &step = bars.front();
        if (!step.running()) {
            for (const TimelineBar &bar : bars)
                step.endMs = std::max(step.endMs, bar.running() ? bar.startMs : bar.endMs);
        }
    }
}

QJsonObject TimelineModel::toJson() const
{
    QJsonArray lanes;
    for (const TimelineLane &lane : m_lanes) {
        QJsonArray bars;
        for (const TimelineBar &b : lane.bars)
            bars.append(barJson(b));
        lanes.append(QJsonObject{{u"document"_s, lane.document},
                                 {u"phase"_s, lane.phase},
                                 {u"step"_s, lane.step},
                                 {u"action"_s, lane.action},
                                 {u"bars"_s, bars}});
    }
    QJsonArray markers;
    for (const TimelineMarker &m : m_markers)
        markers.append(
            QJsonObject{{u"kind"_s, u"reboot"_s}, {u"lane"_s, m.lane}, {u"at"_s, m.atMs}});
    return QJsonObject{{u"format"_s, u"kiln-timeline"_s},
                       {u"version"_s, FormatVersion},
                       {u"executionId"_s, m_executionId},
                       {u"startTime"_s, m_start.toString(Qt::ISODateWithMs)},
                       {u"lanes"_s, lanes},
                       {u"markers"_s, markers}};
}

bool TimelineModel::setJson(const QJsonObject &json, QString *error)
{
    beginResetModel();
    m_lanes.clear();
    m_markers.clear();
    m_laneIndex.clear();
    m_rebootPending.clear();
    m_live = false;
    const auto fail = [&](const QString &why) {
        m_lanes.clear();
        m_markers.clear();
        m_laneIndex.clear();
        endResetModel();
        if (error)
            *error = why;
        return false;
    };
    if (json.value(u"format"_s).toString() != u"kiln-timeline")
        return fail(u"not a kiln timeline (\"format\" is not \"kiln-timeline\")"_s);
    if (json.value(u"version"_s).toInt() > FormatVersion)
        return fail(u"timeline format version %1 is newer than this kiln reads (%2)"_s
                        .arg(json.value(u"version"_s).toInt())
                        .arg(FormatVersion));
    m_executionId = json.value(u"executionId"_s).toString();
    m_start = QDateTime::fromString(json.value(u"startTime"_s).toString(), Qt::ISODateWithMs);
    const QJsonArray lanes = json.value(u"lanes"_s).toArray();
    for (int i = 0; i < lanes.size(); ++i) {
        const QJsonObject o = lanes.at(i).toObject();
        TimelineLane lane{o.value(u"document"_s).toInt(),
                          o.value(u"phase"_s).toString(),
                          o.value(u"step"_s).toString(),
                          o.value(u"action"_s).toString(),
                          {}};
        for (const QJsonValue &v : o.value(u"bars"_s).toArray()) {
            const QJsonObject b = v.toObject();
            const auto kind = kindFromName(b.value(u"kind"_s).toString());
            if (!kind)
                return fail(u"lane %1: unknown bar kind \"%2\""_s.arg(i).arg(
                    b.value(u"kind"_s).toString()));
            TimelineBar bar;
            bar.kind = *kind;
            bar.attempt = *kind == TimelineBar::Kind::Step ? 0 : b.value(u"attempt"_s).toInt(1);
            bar.iteration = b.value(u"index"_s).toInteger(-1);
            bar.label = b.value(u"label"_s).toString();
            bar.startMs = std::max<qint64>(0, b.value(u"start"_s).toInteger());
            bar.endMs = b.value(u"end"_s).toInteger(-1);
            bar.status = statusFromName(b.value(u"status"_s).toString());
            bar.failureMessage = b.value(u"failureMessage"_s).toString();
            if (bar.kind == TimelineBar::Kind::Step && !lane.bars.empty())
                return fail(u"lane %1: more than one step bar"_s.arg(i));
            if (bar.kind != TimelineBar::Kind::Step && lane.bars.empty())
                return fail(u"lane %1: the step bar must come first"_s.arg(i));
            lane.bars.push_back(bar);
        }
        if (lane.bars.empty())
            return fail(u"lane %1 has no bars"_s.arg(i));
        m_lanes.push_back(std::move(lane));
    }
    for (const QJsonValue &v : json.value(u"markers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const int lane = o.value(u"lane"_s).toInt(-1);
        if (lane < 0 || lane >= int(m_lanes.size()))
            return fail(u"a marker names lane %1, which does not exist"_s.arg(lane));
        m_markers.push_back(
            TimelineMarker{TimelineMarker::Kind::Reboot, lane, o.value(u"at"_s).toInteger()});
    }
    normalise();
    endResetModel();
    return true;
}

QString TimelineModel::describe(int laneIndex, const TimelineBar &bar) const
{
    if (laneIndex < 0 || laneIndex >= int(m_lanes.size()))
        return {};
    const TimelineLane &lane = m_lanes[size_t(laneIndex)];
    const qint64 end = bar.running() ? nowMs() : bar.endMs;
    const QString what = runStatusText(bar.status) + u" · "_s +
                         formatDuration(std::max<qint64>(0, end - bar.startMs));
    QString text = tr("%1/%2 (%3)").arg(lane.phase, lane.step, lane.action);
    switch (bar.kind) {
    case TimelineBar::Kind::Step:
        text += u'\n' + what;
        if (lane.attemptCount() > 1)
            text += u'\n' + tr("%n attempt(s)", nullptr, lane.attemptCount());
        break;
    case TimelineBar::Kind::Attempt:
        text += u'\n' + tr("Attempt %1: %2").arg(bar.attempt).arg(what);
        break;
    case TimelineBar::Kind::Iteration:
        text += u'\n' + tr("Iteration %1 (%2), attempt %3: %4")
                            .arg(bar.iteration)
                            .arg(bar.label)
                            .arg(bar.attempt)
                            .arg(what);
        break;
    }
    const QString failure = lane.stepBar().failureMessage;
    if (!failure.isEmpty())
        text += u'\n' + FailureText::localized(failure);
    return text;
}

qint64 TimelineModel::tickInterval(qint64 totalMs, int maxTicks)
{
    static constexpr qint64 intervals[] = {
        1,      2,      5,       10,      20,      50,       100,      200,      500,
        1000,   2000,   5000,    10000,   15000,   30000,    60000,    120000,   300000,
        600000, 900000, 1800000, 3600000, 7200000, 10800000, 21600000, 43200000, 86400000};
    const int ticks = std::max(1, maxTicks);
    for (const qint64 interval : intervals) {
        if (totalMs / interval <= ticks)
            return interval;
    }
    return 86400000 * ((totalMs / 86400000) / ticks + 1);
}

QString TimelineModel::tickLabel(qint64 ms, qint64 interval)
{
    if (interval < 1000)
        return tr("%1 ms").arg(ms);
    if (interval < 60000)
        return tr("%1 s").arg(ms / 1000);
    if (interval < 3600000)
        return tr("%1 min").arg(ms / 60000);
    return tr("%1 h").arg(ms / 3600000);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineLane &lane = m_lanes[size_t(index.row())];
    const TimelineBar &bar = lane.stepBar();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1/%2").arg(lane.phase, lane.step);
    case Qt::ToolTipRole:
        return describe(index.row(), bar);
    case RunStatusRole:
        return int(bar.status);
    case StartRole:
        return bar.startMs;
    case EndRole:
        return bar.endMs;
    case DocumentRole:
        return lane.document;
    case PhaseRole:
        return lane.phase;
    case StepRole:
        return lane.step;
    case ActionRole:
        return lane.action;
    case FailureMessageRole:
        return bar.failureMessage;
    case AttemptsRole:
        return lane.attemptCount();
    default:
        return {};
    }
}

} // namespace Kiln
