// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Which steps a run executes: the phase filter and the studio's "Run This Step" /
// "Run From Here" are decided here and nowhere else. The executor walks the plan,
// the studio's progress bar counts it, and a stopped run records the rest of it
// as not run (and nothing outside it).
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace Kiln {

class Document;

// The last step a run executes (`kiln run --replay` stops after the step that
// failed in the run it replays): the step `step` of the first phase named `phase`
// in the document at position `document`. Steps after it there, and the documents
// after that one, do not run. A step its phase lacks ends the run after that
// phase; a phase the document lacks, after that document.
struct RunStopPoint
{
    int document = -1; // -1: no stop
    QString phase;
    QString step;

    bool isSet() const { return document >= 0; }
    friend bool operator==(const RunStopPoint &, const RunStopPoint &) = default;
};

struct RunSelection
{
    QStringList phases; // empty: every phase
    // The studio's selection (documents are matched by position, so give one
    // document): the phase named `phase` runs from the step `step` on, even when
    // `phases` leaves it out; the phases before it do not run. With `only` just
    // that step runs. Empty `phase`: no selection.
    QString phase;
    QString step;
    bool only = false;
    RunStopPoint stopAfter;
};

class RunPlan
{
public:
    // The steps [first, end) of a phase that runs; a phase that runs may have none.
    struct PhaseSpan
    {
        bool runs = false;
        int first = 0;
        int end = 0;
    };

    RunPlan() = default;
    RunPlan(const std::vector<const Document *> &documents, const RunSelection &selection);

    // Out-of-range indices (a document or phase not in the plan) do not run.
    const PhaseSpan &phase(int document, int phase) const;
    // How many steps run (a loop counts once, as in the report).
    int count() const { return m_count; }

private:
    std::vector<std::vector<PhaseSpan>> m_spans; // [document][phase]
    int m_count = 0;
};

} // namespace Kiln
