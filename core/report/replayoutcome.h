// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The end of `kiln run --replay`: the original run (A: a report from Image
// Builder or this machine) and its replay (B) compared step by step with
// compareRuns, over the part the replay ran, with the step that failed in
// the original shown side by side (failure and output from both runs).
// Reproduced: every step the replay ran ended as it did in the original.
#pragma once

#include "exec/runplan.h"
#include "report/runcomparison.h"

#include <optional>

namespace Kiln {

struct ReplayOutcome
{
    // The steps the replay ran (all steps the original ran when it had no stop).
    RunComparison comparison;
    // The step the replay stopped after (the one that failed in the original).
    std::optional<StepComparison> failedStep;
    bool reproduced = false;

    // The comparison's text, the failed step side by side, and the verdict.
    QString text() const;
};

ReplayOutcome compareReplay(const RunReportSource &original, const RunReportSource &replay,
                            const RunStopPoint &stop);

} // namespace Kiln
