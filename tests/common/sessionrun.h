// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Runs a request through a RunSession to its end (prepare, start, wait, reports,
// close), as kiln run and the studio do. Header-only, shared by tests/exec.
#pragma once

#include "run/runsession.h"

#include <QSignalSpy>
#include <QTest>

namespace KilnTest {

// Starts a prepared session and runs it to its end. The record of the run, or
// nothing when it did not start or finish within `timeoutMs` (the reason is printed).
inline std::optional<Kiln::ExecutionRecord> runPrepared(Kiln::RunSession &session,
                                                        int timeoutMs = 30000)
{
    QSignalSpy finished(&session.executor(), &Kiln::Executor::runFinished);
    QString error;
    if (!session.start(&error)) {
        qWarning() << "cannot start:" << error;
        return std::nullopt;
    }
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return std::nullopt;
    const Kiln::ExecutionRecord record = session.executor().record();
    session.writeReports(record);
    session.close();
    return record;
}

// The same from the start: prepare() first (a refusal is printed).
inline std::optional<Kiln::ExecutionRecord> runToEnd(Kiln::RunSession &session,
                                                     int timeoutMs = 30000)
{
    if (const auto refusal = session.prepare(nullptr)) {
        qWarning() << "refused:" << int(refusal->kind) << refusal->path << refusal->detail;
        return std::nullopt;
    }
    return runPrepared(session, timeoutMs);
}

} // namespace KilnTest
