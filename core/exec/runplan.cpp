// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/runplan.h"

#include "document/document.h"

#include <algorithm>

namespace Kiln {

namespace {

template <typename List> int indexOfName(const List &items, const QString &name)
{
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].name == name)
            return int(i);
    }
    return -1;
}

// Cuts `span` (of phase `p` of document `d`) at `stop`.
void stopAt(RunPlan::PhaseSpan &span, const RunStopPoint &stop, int d, const Document &document,
            size_t p)
{
    if (!stop.isSet() || d < stop.document)
        return;
    const int phase = d == stop.document ? indexOfName(document.phases, stop.phase) : -1;
    if (d > stop.document || (phase >= 0 && int(p) > phase)) {
        span = RunPlan::PhaseSpan{};
    } else if (int(p) == phase) {
        const int last = indexOfName(document.phases[p].steps, stop.step);
        if (last >= 0)
            span.end = std::min(span.end, last + 1);
        if (span.end <= span.first)
            span = RunPlan::PhaseSpan{};
    }
}

} // namespace

RunPlan::RunPlan(const std::vector<const Document *> &documents, const RunSelection &selection)
{
    for (const Document *document : documents) {
        const int d = int(m_spans.size());
        std::vector<PhaseSpan> &spans = m_spans.emplace_back(document->phases.size());
        const int selected =
            selection.phase.isEmpty() ? -1 : indexOfName(document->phases, selection.phase);
        for (size_t p = 0; p < spans.size(); ++p) {
            const Phase &phase = document->phases[p];
            const bool inFilter =
                selection.phases.isEmpty() || selection.phases.contains(phase.name);
            PhaseSpan &span = spans[p];
            if (selection.phase.isEmpty() || int(p) > selected) {
                span.runs =
                    inFilter && (selection.phase.isEmpty() || (selected >= 0 && !selection.only));
                span.end = int(phase.steps.size());
            } else if (int(p) == selected) {
                span.first = indexOfName(phase.steps, selection.step);
                span.runs = span.first >= 0;
                span.end = selection.only ? span.first + 1 : int(phase.steps.size());
            }
            if (span.runs)
                stopAt(span, selection.stopAfter, d, *document, p);
            if (span.runs)
                m_count += span.end - span.first;
            else
                span = PhaseSpan{};
        }
    }
}

const RunPlan::PhaseSpan &RunPlan::phase(int document, int phase) const
{
    static const PhaseSpan none;
    if (document < 0 || size_t(document) >= m_spans.size())
        return none;
    const std::vector<PhaseSpan> &spans = m_spans[size_t(document)];
    return phase < 0 || size_t(phase) >= spans.size() ? none : spans[size_t(phase)];
}

} // namespace Kiln
