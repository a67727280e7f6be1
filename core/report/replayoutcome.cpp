// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "report/replayoutcome.h"

#include "report/runreportsource.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

bool ran(const std::optional<RunStatus> &status)
{
    return status && *status != RunStatus::NotRun && *status != RunStatus::Pending;
}

QString documentName(const RunReportSource &run, int index)
{
    if (index < 0 || size_t(index) >= run.record.documents.size())
        return {};
    const DocumentRecord &d = run.record.documents[size_t(index)];
    return d.name.isEmpty() ? d.filePath : d.name;
}

// "    | line" for each line of `text`, or a note that there is none.
QString indented(const QString &text)
{
    if (text.trimmed().isEmpty())
        return u"      (no output recorded)\n"_s;
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += u"      | "_s + line + u'\n';
    return out;
}

QString side(const QString &who, const std::optional<RunStatus> &status, const QString &failure,
             const QString &output)
{
    QString out = u"  %1: %2"_s.arg(who, status ? statusName(*status) : u"not run"_s);
    if (!failure.isEmpty())
        out += u": "_s + failure.section(u'\n', 0, 0);
    return out + u'\n' + indented(output);
}

} // namespace

ReplayOutcome compareReplay(const RunReportSource &original, const RunReportSource &replay,
                            const RunStopPoint &stop)
{
    ReplayOutcome outcome;
    outcome.comparison = compareRuns(original, replay);
    // Past the stop point the replay runs nothing on purpose: those steps are left out.
    std::erase_if(outcome.comparison.steps, [&stop](const StepComparison &s) {
        return !s.statusB && (stop.isSet() || !ran(s.statusA));
    });
    const QString stopDocument = documentName(original, stop.document);
    for (const StepComparison &s : outcome.comparison.steps) {
        if (stop.isSet() && s.document == stopDocument && s.phase == stop.phase &&
            s.step == stop.step)
            outcome.failedStep = s;
    }
    const auto &steps = outcome.comparison.steps;
    outcome.reproduced =
        !steps.empty() && std::none_of(steps.begin(), steps.end(),
                                       [](const StepComparison &s) { return s.statusDiffers(); });
    return outcome;
}

QString ReplayOutcome::text() const
{
    QString out = comparison.text();
    if (failedStep) {
        const StepComparison &s = *failedStep;
        out +=
            u"\nStep %1/%2 (%3), where the original run failed:\n"_s.arg(s.phase, s.step, s.action);
        out += side(u"original"_s, s.statusA, s.failureA, s.outputA);
        out += side(u"replay  "_s, s.statusB, s.failureB, s.outputB);
    }
    const qsizetype differing =
        std::count_if(comparison.steps.begin(), comparison.steps.end(),
                      [](const StepComparison &s) { return s.statusDiffers(); });
    if (reproduced)
        out += u"\nReproduced: every step the replay ran ended as in the original run.\n"_s;
    else if (comparison.steps.empty())
        out += u"\nNot reproduced: the replay ran none of the original run's steps.\n"_s;
    else
        out += u"\nNot reproduced: %1 step(s) ended otherwise than in the original run.\n"_s.arg(
            differing);
    return out;
}

} // namespace Kiln
