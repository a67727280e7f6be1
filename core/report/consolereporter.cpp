// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "report/consolereporter.h"

#include "exec/executor.h"
#include "i18n/tr.h"
#include "process/failuretext.h"
#include "report/runlogs.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <cerrno>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

QString duration(const StepRecord &r)
{
    if (!r.startTime.isValid() || !r.endTime.isValid())
        return {};
    const qint64 ms = r.startTime.msecsTo(r.endTime);
    return ms < 1000 ? u" (%1 ms)"_s.arg(ms) : u" (%1 s)"_s.arg(ms / 1000.0, 0, 'f', 1);
}

// AWSTOE's status names in English (as in detailedoutput.json, so the console
// and the JSON read alike); other languages translate them like the studio does.
QString statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Pending:
        return ConsoleTr::tr("pending");
    case RunStatus::Running:
        return ConsoleTr::tr("running");
    case RunStatus::Success:
        return ConsoleTr::tr("success");
    case RunStatus::Failed:
        return ConsoleTr::tr("failed");
    case RunStatus::IgnoredFailure:
        return ConsoleTr::tr("ignoredFailure");
    case RunStatus::SuccessWithIgnoredFailure:
        return ConsoleTr::tr("successWithIgnoredFailure");
    case RunStatus::Skipped:
        return ConsoleTr::tr("skipped");
    case RunStatus::Cancelled:
        return ConsoleTr::tr("cancelled");
    case RunStatus::NotRun:
        return ConsoleTr::tr("notRun");
    case RunStatus::RebootPending:
        return ConsoleTr::tr("rebootPending");
    }
    return statusName(status);
}

} // namespace

ConsoleReporter::ConsoleReporter(Executor *executor, QTextStream *out, RunLogs *logs,
                                 QObject *parent)
    : QObject(parent), m_secrets(executor->secrets()), m_out(out), m_logs(logs)
{
    connect(executor, &Executor::documentStarted, this,
            [this](int, const QString &path) { print(ConsoleTr::tr("Document %1").arg(path)); });
    connect(executor, &Executor::phaseStarted, this,
            [this](int, const QString &phase) { print(ConsoleTr::tr("Phase %1").arg(phase)); });
    connect(executor, &Executor::stepStarted, this,
            [this](int, const QString &, const QString &step, const QString &action) {
                print(ConsoleTr::tr("  Step %1 (%2)").arg(step, action));
            });
    connect(
        executor, &Executor::stepOutput, this,
        [this](int, const QString &, const QString &, OutputChannel channel, const QString &line) {
            switch (channel) {
            case OutputChannel::StdOut:
                print(u"    "_s + line);
                break;
            case OutputChannel::StdErr:
                print(ConsoleTr::tr("    stderr: %1").arg(line));
                break;
            case OutputChannel::Info:
                print(u"    "_s + line);
                break;
            }
        });
    connect(executor, &Executor::stepFinished, this,
            [this, executor](int, const QString &, const StepRecord &r) {
                // A dry run executes nothing: "success" would claim otherwise.
                QString line = executor->options().dryRun && r.status == RunStatus::Success
                                   ? ConsoleTr::tr("  Step %1: not executed (dry run)").arg(r.name)
                                   : ConsoleTr::tr("  Step %1: %2%3")
                                         .arg(r.name, statusText(r.status), duration(r));
                if (!r.failureMessage.isEmpty())
                    line += u": "_s + FailureText::localized(r.failureMessage);
                print(line);
            });
    connect(executor, &Executor::phaseFinished, this, [this](int, const PhaseRecord &p) {
        print(ConsoleTr::tr("Phase %1: %2").arg(p.name, statusText(p.status)));
    });
    connect(executor, &Executor::documentFinished, this, [this](int, const DocumentRecord &d) {
        print(ConsoleTr::tr("Document %1: %2").arg(d.filePath, statusText(d.status)));
    });
    connect(executor, &Executor::message, this,
            [this](const QString &text) { print(ConsoleTr::tr("  note: %1").arg(text)); });
}

namespace {

// write(2) until all of `bytes` is out. A signal arriving while the pipe is full
// (EINTR) or a non-blocking stdout (EAGAIN) is no failure. QFile over stdout's
// FILE* treats an interrupted fflush as a failed write for good, and the rest of
// the run's output was lost when a busy reader let the pipe fill up.
bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n >= 0) {
            done += n;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            pollfd ready = {fd, POLLOUT, 0};
            ::poll(&ready, 1, -1);
        } else if (errno != EINTR) {
            return false; // EPIPE (the reader is gone) or a real error
        }
    }
    return true;
}

} // namespace

void ConsoleReporter::print(const QString &text)
{
    const QString line = m_secrets->mask(text);
    if (m_out) {
        bool written = true;
        const auto *file = qobject_cast<const QFileDevice *>(m_out->device());
        if (file && file->handle() >= 0) {
            m_out->flush(); // what was printed through the stream before goes first
            written = writeAll(file->handle(), (line + u'\n').toUtf8());
        } else {
            *m_out << line << '\n';
            m_out->flush();
            written = m_out->status() == QTextStream::Ok;
        }
        // stdout is gone (EPIPE: the reader of `kiln run | head -1` exited):
        // stop writing there, quietly; console.log still gets every line. The
        // stream's status tells kiln run not to print the summary there either.
        if (!written) {
            m_out->setStatus(QTextStream::WriteFailed);
            m_out = nullptr;
        }
    }
    if (m_logs)
        m_logs->console(line);
}

} // namespace Kiln
