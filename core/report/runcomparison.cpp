// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "report/runcomparison.h"

#include "fix/unifieddiff.h"
#include "model/steptreemodel.h"
#include "model/timelinemodel.h"
#include "report/runreportsource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::RunComparison)
};

struct StepKey
{
    int document = 0;
    QString phase;
    QString step;
    friend bool operator==(const StepKey &, const StepKey &) = default;
};

size_t qHash(const StepKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.document, key.phase, key.step);
}

struct StepSide
{
    const StepRecord *record = nullptr;
    qint64 ms = -1;
    QSet<QString> changes;
    QString printed; // the last lines it printed (kiln-timeline.json), if known
};

QString label(const RunReportSource &run)
{
    const QFileInfo folder(run.folder);
    return QFileInfo(run.reportPath).fileName() == u"detailedoutput.json" ? folder.fileName()
                                                                          : run.reportPath;
}

qint64 durationOf(const QDateTime &start, const QDateTime &end)
{
    return start.isValid() && end.isValid() ? start.msecsTo(end) : -1;
}

// Each step of `run` by its address, in run order, with its duration (the
// timeline's milliseconds when the run has one) and its changed files.
QList<std::pair<StepKey, StepSide>> stepsOf(const RunReportSource &run)
{
    QList<std::pair<StepKey, StepSide>> steps;
    QHash<StepKey, qsizetype> at;
    const std::vector<DocumentRecord> &documents = run.record.documents;
    for (size_t d = 0; d < documents.size(); ++d) {
        for (const PhaseRecord &phase : documents[d].phases) {
            for (const StepRecord &step : phase.steps) {
                StepSide side{&step, durationOf(step.startTime, step.endTime), {}, {}};
                const StepKey key{int(d), phase.name, step.name};
                if (run.preciseTimeline && run.timeline) {
                    if (const qint64 ms =
                            run.timeline->stepDurationMs(int(d), phase.name, step.name);
                        ms >= 0)
                        side.ms = ms;
                }
                if (const int out = run.output.findStep(int(d), phase.name, step.name); out >= 0) {
                    QStringList lines;
                    for (const RunOutputLog::Line &line : run.output.steps()[size_t(out)].lines)
                        lines << line.text;
                    side.printed = lines.join(u'\n');
                }
                at.insert(key, steps.size());
                steps.append({key, side});
            }
        }
    }
    for (const StepChanges &c : run.changes) {
        const auto it = at.constFind(StepKey{c.document, c.phase, c.step});
        if (it == at.constEnd())
            continue;
        QSet<QString> &set = steps[*it].second.changes;
        for (const QString &path : c.added)
            set.insert(u"added "_s + path);
        for (const QString &path : c.modified)
            set.insert(u"modified "_s + path);
        for (const QString &path : c.deleted)
            set.insert(u"deleted "_s + path);
    }
    return steps;
}

QStringList sortedDifference(const QSet<QString> &a, const QSet<QString> &b)
{
    QStringList only = QSet<QString>(a).subtract(b).values();
    only.sort();
    return only;
}

QString documentName(const RunReportSource &run, int document)
{
    if (document < 0 || document >= int(run.record.documents.size()))
        return {};
    const DocumentRecord &d = run.record.documents[size_t(document)];
    return d.name.isEmpty() ? d.filePath : d.name;
}

QString statusText(const std::optional<RunStatus> &status)
{
    return status ? statusName(*status) : Tr::tr("(not in this run)");
}

QString durationText(qint64 ms)
{
    return ms < 0 ? u"?"_s : formatDuration(ms);
}

QJsonValue optionalStatus(const std::optional<RunStatus> &status)
{
    return status ? QJsonValue(statusName(*status)) : QJsonValue();
}

QJsonValue optionalMs(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(ms);
}

} // namespace

RunComparison compareRuns(const RunReportSource &a, const RunReportSource &b)
{
    RunComparison c;
    c.labelA = label(a);
    c.labelB = label(b);
    c.statusA = a.record.status;
    c.statusB = b.record.status;
    const auto runMs = [](const RunReportSource &run) {
        return run.preciseTimeline && run.timeline
                   ? run.timeline->durationMs()
                   : durationOf(run.record.startTime, run.record.endTime);
    };
    c.msA = runMs(a);
    c.msB = runMs(b);
    const QList<std::pair<StepKey, StepSide>> stepsA = stepsOf(a);
    const QList<std::pair<StepKey, StepSide>> stepsB = stepsOf(b);
    QHash<StepKey, qsizetype> inB;
    for (qsizetype i = 0; i < stepsB.size(); ++i)
        inB.insert(stepsB[i].first, i);
    QSet<StepKey> seen;
    const auto add = [&](const StepKey &key, const StepSide *sa, const StepSide *sb) {
        StepComparison s;
        s.document = documentName(sa ? a : b, key.document);
        s.phase = key.phase;
        s.step = key.step;
        s.action = (sa ? sa : sb)->record->action;
        static const StepSide none;
        const StepSide &x = sa ? *sa : none;
        const StepSide &y = sb ? *sb : none;
        if (x.record) {
            s.statusA = x.record->status;
            s.outputA = stepOutputsText(x.record->outputs);
            s.failureA = x.record->failureMessage;
        }
        if (y.record) {
            s.statusB = y.record->status;
            s.outputB = stepOutputsText(y.record->outputs);
            s.failureB = y.record->failureMessage;
        }
        // A failed step records no outputs: then what both printed says more. A run
        // without kiln-timeline.json (AWSTOE's) keeps its recorded outputs.
        if ((s.outputA.isEmpty() || s.outputB.isEmpty()) && x.record && y.record &&
            (!x.printed.isEmpty() || !y.printed.isEmpty())) {
            if (!x.printed.isEmpty() || a.preciseTimeline)
                s.outputA = x.printed;
            if (!y.printed.isEmpty() || b.preciseTimeline)
                s.outputB = y.printed;
        }
        s.msA = x.ms;
        s.msB = y.ms;
        s.changesOnlyA = sortedDifference(x.changes, y.changes);
        s.changesOnlyB = sortedDifference(y.changes, x.changes);
        c.steps.push_back(std::move(s));
    };
    for (const auto &[key, side] : stepsA) {
        const auto it = inB.constFind(key);
        add(key, &side, it == inB.constEnd() ? nullptr : &stepsB[*it].second);
        seen.insert(key);
    }
    for (const auto &[key, side] : stepsB) {
        if (!seen.contains(key))
            add(key, nullptr, &side);
    }
    return c;
}

bool RunComparison::differs() const
{
    return statusA != statusB ||
           std::any_of(steps.begin(), steps.end(), [](const auto &s) { return s.differs(); });
}

QString RunComparison::text() const
{
    QString out;
    out += u"A: %1  %2 in %3\n"_s.arg(labelA, statusName(statusA), durationText(msA));
    out += u"B: %1  %2 in %3\n\n"_s.arg(labelB, statusName(statusB), durationText(msB));
    int agreeing = 0;
    for (const StepComparison &s : steps) {
        const QString status = s.statusDiffers()
                                   ? u"%1 -> %2"_s.arg(statusText(s.statusA), statusText(s.statusB))
                                   : statusText(s.statusA);
        out += u"%1 %2/%3 (%4): %5, %6 -> %7\n"_s.arg(s.differs() ? u"!"_s : u"="_s, s.phase,
                                                      s.step, s.action, status, durationText(s.msA),
                                                      durationText(s.msB));
        if (!s.differs()) {
            ++agreeing;
            continue;
        }
        if (s.failureA != s.failureB) {
            if (!s.failureA.isEmpty())
                out += u"    failure in A: %1\n"_s.arg(s.failureA.section(u'\n', 0, 0));
            if (!s.failureB.isEmpty())
                out += u"    failure in B: %1\n"_s.arg(s.failureB.section(u'\n', 0, 0));
        }
        if (s.outputDiffers()) {
            const QString diff = unifiedDiff(s.outputA, s.outputB, u"A"_s, u"B"_s, 2);
            for (const QString &line : diff.split(u'\n', Qt::SkipEmptyParts))
                out += u"    "_s + line + u'\n';
        }
        for (const QString &change : s.changesOnlyA)
            out += u"    only in A: %1\n"_s.arg(change);
        for (const QString &change : s.changesOnlyB)
            out += u"    only in B: %1\n"_s.arg(change);
    }
    out += u"\n%1 of %2 steps agree; %3 differ.\n"_s.arg(agreeing)
               .arg(steps.size())
               .arg(qsizetype(steps.size()) - agreeing);
    return out;
}

QJsonObject RunComparison::toJson() const
{
    QJsonArray list;
    for (const StepComparison &s : steps) {
        list.append(QJsonObject{
            {u"document"_s, s.document},
            {u"phase"_s, s.phase},
            {u"step"_s, s.step},
            {u"action"_s, s.action},
            {u"differs"_s, s.differs()},
            {u"status"_s,
             QJsonObject{{u"a"_s, optionalStatus(s.statusA)}, {u"b"_s, optionalStatus(s.statusB)}}},
            {u"durationMs"_s,
             QJsonObject{{u"a"_s, optionalMs(s.msA)}, {u"b"_s, optionalMs(s.msB)}}},
            {u"output"_s, QJsonObject{{u"a"_s, s.outputA}, {u"b"_s, s.outputB}}},
            {u"failureMessage"_s, QJsonObject{{u"a"_s, s.failureA}, {u"b"_s, s.failureB}}},
            {u"changesOnlyIn"_s, QJsonObject{{u"a"_s, QJsonArray::fromStringList(s.changesOnlyA)},
                                             {u"b"_s, QJsonArray::fromStringList(s.changesOnlyB)}}},
        });
    }
    return QJsonObject{
        {u"a"_s, QJsonObject{{u"run"_s, labelA},
                             {u"status"_s, statusName(statusA)},
                             {u"durationMs"_s, optionalMs(msA)}}},
        {u"b"_s, QJsonObject{{u"run"_s, labelB},
                             {u"status"_s, statusName(statusB)},
                             {u"durationMs"_s, optionalMs(msB)}}},
        {u"differs"_s, differs()},
        {u"steps"_s, list},
    };
}

} // namespace Kiln
