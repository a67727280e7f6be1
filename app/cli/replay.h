// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln run --replay REPORT`, before and after the run: the report loaded (an
// s3:// prefix is fetched first, as by kiln logs) and planned (core/run/replayplan.h),
// what the replay will do said on stderr, and at the end the original and the
// replay compared (core/report/replayoutcome.h) with the exit status that says
// whether the replay reproduced the original.
#pragma once

#include "report/runreportsource.h"
#include "run/replayplan.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

class QTextStream;

namespace Kiln::Cli {

struct Replay
{
    QString given;                       // as on the command line
    std::unique_ptr<QTemporaryDir> copy; // an s3:// report, fetched
    RunReportSource original;
    ReplayPlan plan;
};

// Nothing after a message on `err`.
std::optional<Replay> loadReplay(const QString &given, QTextStream &err);
// What is replayed and how, before the run.
void printReplayPlan(const Replay &replay, QTextStream &err);
// Compares the replay's run folder with the original, prints it on `out`; 0 when
// every step ended as in the original, 1 when not (or the folder cannot be read).
int finishReplay(const Replay &replay, const QString &replayFolder, QTextStream &out,
                 QTextStream &err);

} // namespace Kiln::Cli
