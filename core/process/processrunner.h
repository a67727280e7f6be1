// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Runs one child process the way a build step needs it: stdin from /dev/null,
// stdout and stderr kept apart and decoded as UTF-8 with a stateful decoder per
// channel (a multi-byte character split across two reads stays whole), framed
// into lines as they arrive, the child in its own session so that a timeout or
// a cancel reaches its whole process tree (SIGTERM to the group, then SIGKILL
// after a grace period). The run ends when the child exits, not when its
// pipes close, and what is still in its process group then is killed (a setsid
// daemon, out of the group, is left alone). Emits exactly one finished() per
// start(), whatever happened, and keeps only a bounded tail of stdout, so
// memory stays flat however much the child prints. Lives on the thread that
// owns it; no threads.
#pragma once

#include "process/deadlinetimer.h"
#include "process/target.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <chrono>

namespace Kiln {

enum class OutputChannel { StdOut, StdErr, Info };

struct ProcessResult
{
    enum class Reason { Exited, Crashed, FailedToStart, TimedOut, Cancelled };

    Reason reason = Reason::Exited;
    int exitCode = -1;   // meaningful for Exited; the signal number for Crashed
    QString errorString; // user-facing, empty for a clean exit
    QString stdoutTail;  // last stdoutTailLimit() characters of stdout
    bool stdoutTruncated = false;

    bool isExit(int code) const { return reason == Reason::Exited && exitCode == code; }
    QString describe() const; // "exited with code 3", "timed out", ...
};

class ProcessRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProcessRunner(QObject *parent = nullptr);
    // Kills the process group if still running (no zombie, no Qt warning).
    ~ProcessRunner() override;

    void setProgram(const QString &program, const QStringList &arguments = {});
    void setWorkingDirectory(const QString &dir);
    void setEnvironment(const QProcessEnvironment &environment);
    // Where the process starts (default: this machine); applied by start().
    void setTarget(std::shared_ptr<const Target> target) { m_target = std::move(target); }
    // <= 0: no timeout (the default).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setGracePeriod(std::chrono::milliseconds grace) { m_grace = grace; }
    // Characters (UTF-16 units) of stdout kept for stdoutTail and so for a
    // step's `stdout` output: the last 4 Mi characters. Documented in the
    // README's "Limits".
    static constexpr qsizetype DefaultStdoutTailLimit = 4 * 1024 * 1024;
    void setStdoutTailLimit(qsizetype chars) { m_tailLimit = chars; }
    qsizetype stdoutTailLimit() const { return m_tailLimit; }
    // A line longer than this is delivered in pieces, so a child printing
    // without newlines cannot grow memory either.
    void setMaxLineLength(qsizetype chars) { m_maxLine = chars; }

    void start();
    // Graceful stop of the whole process group: SIGTERM, then SIGKILL after
    // the grace period (at once when called a second time). The single
    // finished() carries the first `reason`.
    void stop(ProcessResult::Reason reason);
    void cancel() { stop(ProcessResult::Reason::Cancelled); }

    bool isRunning() const;
    qint64 processId() const { return m_pid; }

Q_SIGNALS:
    void started(qint64 pid);
    // One call per complete line, without the line terminator.
    void lineRead(Kiln::OutputChannel channel, const QString &line);
    void finished(const Kiln::ProcessResult &result);

private:
    struct Channel
    {
        QStringDecoder decoder{QStringDecoder::Utf8};
        QString partial;
    };

    void readChannel(OutputChannel channel);
    void consume(OutputChannel channel, const QString &text);
    void flushPartial(OutputChannel channel);
    void appendTail(const QString &text);
    void signalGroup(int signal);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void finish(ProcessResult result);

    QProcess m_process;
    ProcessLaunch m_launch; // as asked; the target turns it into what starts
    std::shared_ptr<const Target> m_target = hostTarget();
    Channel m_out;
    Channel m_err;
    DeadlineTimer m_timeoutTimer;
    DeadlineTimer m_graceTimer; // never early: a step cleaning up on SIGTERM gets all of it
    std::chrono::milliseconds m_timeout{0};
    std::chrono::milliseconds m_grace{5000};
    qsizetype m_tailLimit = DefaultStdoutTailLimit;
    qsizetype m_maxLine = 64 * 1024;
    QString m_tail;
    bool m_truncated = false;
    bool m_stopping = false;
    bool m_done = true;
    ProcessResult::Reason m_stopReason = ProcessResult::Reason::Exited;
    qint64 m_pid = 0;
};

} // namespace Kiln

Q_DECLARE_METATYPE(Kiln::ProcessResult)
