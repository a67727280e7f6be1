// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What the tests that drive real processes (the `kiln` binary, bash steps) ask
// /proc about: whether a process is gone (a zombie counts as gone), its peak
// resident memory (also sampled while it runs), and which live processes carry a run's KILN_RUN_ID
// marker. Header-only, shared by tests/cli and tests/faults.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace KilnTest {

inline QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// True when `pid` no longer runs: it does not exist or is a zombie.
inline bool processGone(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0)
        return errno == ESRCH;
    const QByteArray stat = procFile(pid, "stat");
    const qsizetype paren = stat.lastIndexOf(')');
    return paren > 0 && paren + 2 < stat.size() && stat.at(paren + 2) == 'Z';
}

// Peak resident set size (VmHWM) of a live process in KiB, or 0 when it is gone.
inline qint64 peakRssKb(qint64 pid)
{
    for (const QByteArray &line : procFile(pid, "status").split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// The bound on kiln's peak RSS in the memory tests. Under ASan (preset asan, CI
// leg asan) RSS also holds shadow memory and the allocator's quarantine of
// freed blocks (256 MB by default). The child runs without the quarantine, and
// the bound then proves only what matters there: memory does not grow with the
// output (126 MB measured under ASan for 500 MB of output).
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 PeakRssLimitKb = 256 * 1024;
#else
constexpr qint64 PeakRssLimitKb = 100 * 1024;
#endif

// Starts `process` (later) without ASan's quarantine; no effect without ASan.
inline void withoutAsanQuarantine(QProcess &process)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       environment.value(QStringLiteral("ASAN_OPTIONS")) +
                           QStringLiteral(":quarantine_size_mb=0"));
    process.setProcessEnvironment(environment);
}

// Waits up to `timeoutMs` for `process` to end, sampling its peak RSS (VmHWM,
// KiB) every 50 ms; returns the highest sample. Kills it if it is still running.
inline qint64 peakRssUntilFinished(QProcess &process, qint64 timeoutMs)
{
    qint64 peak = 0;
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        peak = qMax(peak, peakRssKb(process.processId()));
        process.waitForFinished(50);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    return peak;
}

// Live (not zombie) processes whose environment holds KILN_RUN_ID=<runId>.
inline QList<qint64> markedProcesses(const QString &runId)
{
    const QByteArray mark = "KILN_RUN_ID=" + runId.toUtf8();
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric && procFile(pid, "environ").split('\0').contains(mark) && !processGone(pid))
            found << pid;
    }
    return found;
}

// SIGKILL for every process markedProcesses() finds (test cleanup).
inline void killMarked(const QString &runId)
{
    for (qint64 pid : markedProcesses(runId))
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

} // namespace KilnTest
