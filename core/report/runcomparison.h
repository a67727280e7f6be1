// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Two runs side by side, step by step: status, duration, outputs, failure and,
// for sandboxed runs, the files each changed. One comparison feeds the studio's
// Compare view and `kiln diff RUN_A RUN_B` (text and JSON), for runs of this
// machine and reports from the cloud alike (loadRunReport reads both).
#pragma once

#include "exec/runrecord.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace Kiln {

struct RunReportSource;

struct StepComparison
{
    QString document; // the document's name (or file)
    QString phase;
    QString step;
    QString action;
    // nullopt: the run has no record of the step (not selected, or another document).
    std::optional<RunStatus> statusA, statusB;
    qint64 msA = -1, msB = -1; // -1: unknown
    QString outputA, outputB;  // stepOutputsText()
    QString failureA, failureB;
    // Sandboxed runs: "added /etc/x" lines that only one of the runs has.
    QStringList changesOnlyA, changesOnlyB;

    bool statusDiffers() const { return statusA != statusB; }
    bool outputDiffers() const { return outputA != outputB; }
    bool changesDiffer() const { return !changesOnlyA.isEmpty() || !changesOnlyB.isEmpty(); }
    bool differs() const { return statusDiffers() || outputDiffers() || changesDiffer(); }
};

struct RunComparison
{
    QString labelA, labelB; // the run folders' (or reports') names
    RunStatus statusA = RunStatus::Pending, statusB = RunStatus::Pending;
    qint64 msA = -1, msB = -1;
    std::vector<StepComparison> steps; // run A's order, then the steps only B has

    // Whether anything but durations differs.
    bool differs() const;
    // For people: the runs, then each step that differs with its outputs' diff,
    // then how many steps agree. Durations are listed for every step.
    QString text() const;
    QJsonObject toJson() const;
};

RunComparison compareRuns(const RunReportSource &a, const RunReportSource &b);

} // namespace Kiln
