// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "process/processrunner.h"

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln {

QString ProcessResult::describe() const
{
    switch (reason) {
    case Reason::Exited:
        return u"exited with code %1"_s.arg(exitCode);
    case Reason::Crashed:
        return errorString.isEmpty() ? u"crashed"_s : u"crashed: %1"_s.arg(errorString);
    case Reason::FailedToStart:
        return u"failed to start: %1"_s.arg(errorString);
    case Reason::TimedOut:
        return u"timed out"_s;
    case Reason::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

ProcessRunner::ProcessRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Kiln::ProcessResult>();
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_launch.environment = QProcessEnvironment(QProcessEnvironment::InheritFromParent);
    connect(&m_timeoutTimer, &DeadlineTimer::expired, this,
            [this] { stop(ProcessResult::Reason::TimedOut); });
    connect(&m_graceTimer, &DeadlineTimer::expired, this, [this] { signalGroup(SIGKILL); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readChannel(OutputChannel::StdOut); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { readChannel(OutputChannel::StdErr); });
    connect(&m_process, &QProcess::finished, this, &ProcessRunner::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &ProcessRunner::onError);
    connect(&m_process, &QProcess::started, this, [this] {
        m_pid = m_process.processId();
        Q_EMIT started(m_pid);
    });
}

ProcessRunner::~ProcessRunner()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_done = true; // no signals from a dying object
        signalGroup(SIGKILL);
        m_process.waitForFinished(5000);
    }
}

void ProcessRunner::setProgram(const QString &program, const QStringList &arguments)
{
    m_launch.program = program;
    m_launch.arguments = arguments;
}

void ProcessRunner::setWorkingDirectory(const QString &dir)
{
    m_launch.workingDirectory = dir;
}

void ProcessRunner::setEnvironment(const QProcessEnvironment &environment)
{
    m_launch.environment = environment;
}

bool ProcessRunner::isRunning() const
{
    return !m_done;
}

void ProcessRunner::start()
{
    Q_ASSERT(m_done);
    m_done = false;
    m_stopping = false;
    m_pid = 0;
    m_tail.clear();
    m_truncated = false;
    m_out = Channel{};
    m_err = Channel{};
    const ProcessLaunch launch = m_target->launch(m_launch);
    m_process.setProgram(launch.program);
    m_process.setArguments(launch.arguments);
    m_process.setWorkingDirectory(launch.workingDirectory);
    m_process.setProcessEnvironment(launch.environment);
    // A new session makes the child the leader of its own process group: a
    // kill(-pid) then reaches every grandchild, and the terminal's Ctrl+C does
    // not hit the children behind the executor's back (it decides what to stop).
    // (Kiln ignores SIGPIPE, see brokenpipe.h; QProcess gives the child the
    // default action back before exec.)
    m_process.setChildProcessModifier([inChild = launch.inChild] {
        ::setsid();
        if (inChild)
            inChild();
    });
    if (m_timeout.count() > 0)
        m_timeoutTimer.start(m_timeout);
    m_target->spawn([this] { m_process.start(); });
}

void ProcessRunner::stop(ProcessResult::Reason reason)
{
    if (m_done)
        return;
    if (m_stopping) {
        // Asked again (a second Ctrl+C): no more grace.
        m_graceTimer.stop();
        signalGroup(SIGKILL);
        return;
    }
    m_stopping = true;
    m_stopReason = reason;
    m_timeoutTimer.stop();
    if (m_process.state() == QProcess::Starting) {
        // No pid yet: nothing to signal. kill() makes QProcess report the end.
        m_process.kill();
        return;
    }
    signalGroup(SIGTERM);
    m_graceTimer.start(m_grace);
}

void ProcessRunner::signalGroup(int signal)
{
    if (m_pid > 0) {
        // The child called setsid(), so its pid is its process group id.
        if (::kill(-static_cast<pid_t>(m_pid), signal) != 0 &&
            m_process.state() == QProcess::Running)
            ::kill(static_cast<pid_t>(m_pid), signal); // setsid not reached yet
    }
}

void ProcessRunner::readChannel(OutputChannel channel)
{
    Channel &ch = channel == OutputChannel::StdOut ? m_out : m_err;
    const QByteArray bytes = channel == OutputChannel::StdOut ? m_process.readAllStandardOutput()
                                                              : m_process.readAllStandardError();
    if (bytes.isEmpty())
        return;
    const QString text = ch.decoder.decode(bytes);
    if (channel == OutputChannel::StdOut)
        appendTail(text);
    consume(channel, text);
}

void ProcessRunner::consume(OutputChannel channel, const QString &text)
{
    Channel &ch = channel == OutputChannel::StdOut ? m_out : m_err;
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype nl = text.indexOf(u'\n', from);
        if (nl < 0) {
            ch.partial += QStringView(text).mid(from);
            while (ch.partial.size() > m_maxLine) {
                Q_EMIT lineRead(channel, ch.partial.left(m_maxLine));
                ch.partial.remove(0, m_maxLine);
            }
            return;
        }
        ch.partial += QStringView(text).mid(from, nl - from);
        if (ch.partial.endsWith(u'\r'))
            ch.partial.chop(1);
        Q_EMIT lineRead(channel, ch.partial);
        ch.partial.clear();
        from = nl + 1;
    }
}

void ProcessRunner::flushPartial(OutputChannel channel)
{
    Channel &ch = channel == OutputChannel::StdOut ? m_out : m_err;
    if (!ch.partial.isEmpty()) {
        Q_EMIT lineRead(channel, ch.partial);
        ch.partial.clear();
    }
}

void ProcessRunner::appendTail(const QString &text)
{
    if (m_tailLimit <= 0) {
        m_truncated = m_truncated || !text.isEmpty();
        return;
    }
    m_tail += text;
    // Trim in batches (at twice the limit) so the cost per read stays constant.
    if (m_tail.size() > 2 * m_tailLimit) {
        m_tail.remove(0, m_tail.size() - m_tailLimit);
        m_truncated = true;
    }
}

void ProcessRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_done)
        return;
    readChannel(OutputChannel::StdOut);
    readChannel(OutputChannel::StdErr);
    flushPartial(OutputChannel::StdOut);
    flushPartial(OutputChannel::StdErr);
    // The rule for processes a step leaves behind (README, "Processes"): the step
    // ends when its main process exits. Kiln does not wait for the end of its
    // stdout/stderr pipes (QProcess reports the exit as soon as it reaps the
    // child; a `sleep 300 &` holding the pipe would otherwise hang the run), and
    // whatever is still in the step's process group is then killed, so a
    // background job the script forgot cannot outlive its step or write into a
    // later one. A process that left the group on purpose (setsid, a daemon's
    // double fork with setsid) is the user's and is left running. SIGKILL, not
    // SIGTERM: the group's leader is gone, so nobody is there to clean up after
    // a graceful stop, and a wait here would delay every step.
    signalGroup(SIGKILL);
    ProcessResult result;
    if (m_stopping) {
        result.reason = m_stopReason;
        result.exitCode = exitCode;
    } else if (status == QProcess::CrashExit) {
        result.reason = ProcessResult::Reason::Crashed;
        result.exitCode = exitCode;
        result.errorString = m_process.errorString();
    } else {
        result.reason = ProcessResult::Reason::Exited;
        result.exitCode = exitCode;
    }
    finish(std::move(result));
}

void ProcessRunner::onError(QProcess::ProcessError error)
{
    // A crash or kill also reports through finished(); only a failed start
    // ends here alone (Qt Creator's Process::done() folds the same way).
    if (error != QProcess::FailedToStart || m_done)
        return;
    ProcessResult result;
    result.reason = m_stopping ? m_stopReason : ProcessResult::Reason::FailedToStart;
    result.errorString = m_process.errorString();
    finish(std::move(result));
}

void ProcessRunner::finish(ProcessResult result)
{
    m_timeoutTimer.stop();
    m_graceTimer.stop();
    if (m_tail.size() > m_tailLimit) {
        m_tail.remove(0, m_tail.size() - m_tailLimit);
        m_truncated = true;
    }
    result.stdoutTail = std::exchange(m_tail, {});
    result.stdoutTruncated = m_truncated;
    m_done = true;
    Q_EMIT finished(result);
}

} // namespace Kiln
