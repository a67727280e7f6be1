// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// ProcessRunner against real processes (bash): exit codes, channel separation,
// UTF-8 split across reads, timeouts and cancels that reach grandchildren,
// bounded memory for chatty children, exactly one finished() per run.
#include "process/processrunner.h"
#include "processprobe.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Kiln;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Qt Creator's guard: a QProcess destroyed while running means a leaked child.
int g_destroyedWhileRunning = 0;
QtMessageHandler g_previousHandler = nullptr;

void countProcessLeaks(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"Destroyed while process"_s))
        ++g_destroyedWhileRunning;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

using KilnTest::processGone; // gone = no such process, or a zombie

struct Run
{
    QList<QPair<OutputChannel, QString>> lines;
    QList<ProcessResult> results;
};

Run runScript(const QString &script, std::chrono::milliseconds timeout = 0ms,
              qsizetype tailLimit = -1)
{
    ProcessRunner runner;
    runner.setProgram(u"bash"_s, {u"-c"_s, script});
    runner.setTimeout(timeout);
    runner.setGracePeriod(2s);
    if (tailLimit >= 0)
        runner.setStdoutTailLimit(tailLimit);
    Run run;
    QObject::connect(&runner, &ProcessRunner::lineRead, [&](OutputChannel c, const QString &l) {
        run.lines.append({c, l});
    });
    QObject::connect(&runner, &ProcessRunner::finished,
                     [&](const ProcessResult &r) { run.results.append(r); });
    runner.start();
    if (!QTest::qWaitFor([&] { return !runner.isRunning(); }, 30000))
        qWarning("process did not finish");
    QTest::qWait(50); // a second finished() would show up here
    return run;
}

qint64 readPid(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

QStringList linesOf(const Run &run, OutputChannel channel)
{
    QStringList out;
    for (const auto &[c, l] : run.lines) {
        if (c == channel)
            out << l;
    }
    return out;
}

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(countProcessLeaks); }
    void cleanupTestCase() { QCOMPARE(g_destroyedWhileRunning, 0); }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("code");
        QTest::newRow("zero") << u"true"_s << 0;
        QTest::newRow("one") << u"false"_s << 1;
        QTest::newRow("reboot") << u"exit 194"_s << 194;
        QTest::newRow("255") << u"exit 255"_s << 255;
    }
    void exitCodes()
    {
        QFETCH(QString, script);
        QFETCH(int, code);
        const Run run = runScript(script);
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results[0].reason, ProcessResult::Reason::Exited);
        QCOMPARE(run.results[0].exitCode, code);
    }

    void separatesChannels()
    {
        const Run run = runScript(u"echo out1; echo err1 >&2; echo out2; printf 'tail'"_s);
        QCOMPARE(linesOf(run, OutputChannel::StdOut),
                 (QStringList{u"out1"_s, u"out2"_s, u"tail"_s}));
        QCOMPARE(linesOf(run, OutputChannel::StdErr), QStringList{u"err1"_s});
        QCOMPARE(run.results[0].stdoutTail, u"out1\nout2\ntail"_s);
        QVERIFY(!run.results[0].stdoutTruncated);
    }

    void stdinIsNull()
    {
        // `cat` would block forever on an inherited terminal or pipe.
        const Run run = runScript(u"cat; echo done"_s, 10s);
        QCOMPARE(run.results[0].reason, ProcessResult::Reason::Exited);
        QCOMPARE(linesOf(run, OutputChannel::StdOut), QStringList{u"done"_s});
    }

    void utf8SplitAcrossReads()
    {
        // "é" (C3 A9) and "€" (E2 82 AC) written byte by byte with pauses, so
        // each read ends inside a character.
        const Run run = runScript(
            u"printf 'caf\\xc3'; sleep 0.2; printf '\\xa9 \\xe2\\x82'; sleep 0.2; printf '\\xac\\n'"_s);
        QCOMPARE(linesOf(run, OutputChannel::StdOut), QStringList{u"café €"_s});
    }

    void crlfAndEmptyLines()
    {
        const Run run = runScript(u"printf 'a\\r\\n\\nb\\n'"_s);
        QCOMPARE(linesOf(run, OutputChannel::StdOut), (QStringList{u"a"_s, u""_s, u"b"_s}));
    }

    void failedToStart()
    {
        ProcessRunner runner;
        runner.setProgram(u"/nonexistent/kiln-no-such-program"_s);
        QSignalSpy spy(&runner, &ProcessRunner::finished);
        runner.start();
        QTRY_COMPARE(spy.count(), 1);
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        const auto result = spy.at(0).at(0).value<ProcessResult>();
        QCOMPARE(result.reason, ProcessResult::Reason::FailedToStart);
        QVERIFY(!result.errorString.isEmpty());
    }

    void crashed()
    {
        const Run run = runScript(u"kill -SEGV $$"_s);
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results[0].reason, ProcessResult::Reason::Crashed);
    }

    void stopKillsGrandchildren_data()
    {
        QTest::addColumn<bool>("viaTimeout");
        QTest::addColumn<bool>("ignoreTerm");
        QTest::newRow("timeout") << true << false;
        QTest::newRow("cancel") << false << false;
        QTest::newRow("timeout, SIGTERM ignored") << true << true;
    }
    void stopKillsGrandchildren()
    {
        QFETCH(bool, viaTimeout);
        QFETCH(bool, ignoreTerm);
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"pid"_s);
        // bash waits on a `sleep` grandchild; with `trap '' TERM` both ignore
        // SIGTERM (the trap is inherited), so only the SIGKILL escalation ends them.
        const QString script = (ignoreTerm ? u"trap '' TERM; "_s : QString()) +
                               u"sleep 300 & echo $! > '%1'; echo started; wait"_s.arg(pidFile);
        ProcessRunner runner;
        runner.setProgram(u"bash"_s, {u"-c"_s, script});
        runner.setGracePeriod(300ms);
        if (viaTimeout)
            runner.setTimeout(500ms);
        QSignalSpy lines(&runner, &ProcessRunner::lineRead);
        QSignalSpy done(&runner, &ProcessRunner::finished);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(lines.count(), 1, 10000);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 grandchild = f.readAll().trimmed().toLongLong();
        QVERIFY(grandchild > 0);
        QVERIFY(!processGone(grandchild));
        if (!viaTimeout)
            runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
        const auto result = done.at(0).at(0).value<ProcessResult>();
        QCOMPARE(result.reason,
                 viaTimeout ? ProcessResult::Reason::TimedOut : ProcessResult::Reason::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 5000);
        QTest::qWait(50);
        QCOMPARE(done.count(), 1);
    }

    void exitEndsTheStepAndKillsItsGroupLeftovers()
    {
        // The main process exits while a background sleep still holds stdout:
        // finished() comes at the exit, not when the pipe closes, and the
        // sleep (still in the group) is killed. One that left with setsid stays.
        QTemporaryDir dir;
        const QString inGroup = dir.filePath(u"ingroup"_s);
        const QString left = dir.filePath(u"left"_s);
        const Run run = runScript(
            u"sleep 300 & echo $! > '%1'; "
            "setsid bash -c 'echo $$ > \"$0\"; exec sleep 300' '%2' & "
            "until [ -s '%2' ]; do sleep 0.05; done; echo bye; exit 4"_s.arg(inGroup, left));
        QCOMPARE(run.results.size(), 1);
        QVERIFY(run.results.at(0).isExit(4));
        QCOMPARE(linesOf(run, OutputChannel::StdOut), QStringList{u"bye"_s});
        const qint64 leftover = readPid(inGroup);
        const qint64 daemon = readPid(left);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(leftover), 5000);
        QVERIFY(!processGone(daemon));
        ::kill(static_cast<pid_t>(daemon), SIGKILL);
    }

    void secondStopKillsAtOnce()
    {
        // The child ignores SIGTERM and the grace period is far longer than the
        // wait below: only the second stop's SIGKILL can end it in time.
        ProcessRunner runner;
        runner.setProgram(u"bash"_s, {u"-c"_s, u"trap '' TERM; echo ready; sleep 300"_s});
        runner.setGracePeriod(std::chrono::minutes(10));
        QSignalSpy lines(&runner, &ProcessRunner::lineRead);
        QSignalSpy done(&runner, &ProcessRunner::finished);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(lines.count(), 1, 10000);
        runner.cancel();
        QTest::qWait(200);
        QCOMPARE(done.count(), 0); // SIGTERM ignored, still in the grace period
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(done.at(0).at(0).value<ProcessResult>().reason, ProcessResult::Reason::Cancelled);
    }

    void chattyChildKeepsBoundedTail()
    {
        // ~20 MB of output against a 64 KiB tail: the kept tail is exactly the
        // limit and ends with the last line printed.
        const qsizetype limit = 64 * 1024;
        const Run run = runScript(
            u"for i in $(seq 1 200000); do echo \"line $i xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"; done"_s,
            0ms, limit);
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results[0].stdoutTail.size(), limit);
        QVERIFY(run.results[0].stdoutTruncated);
        QVERIFY(run.results[0].stdoutTail.endsWith(
            u"line 200000 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"_s));
        QCOMPARE(linesOf(run, OutputChannel::StdOut).size(), 200000);
    }

    void longLineIsSplit()
    {
        ProcessRunner runner;
        runner.setProgram(u"bash"_s, {u"-c"_s, u"head -c 10000 /dev/zero | tr '\\0' a"_s});
        runner.setMaxLineLength(4096);
        QStringList got;
        connect(&runner, &ProcessRunner::lineRead,
                [&](OutputChannel, const QString &l) { got << l; });
        QSignalSpy done(&runner, &ProcessRunner::finished);
        runner.start();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got[0].size(), 4096);
        QCOMPARE(got.join(QString()).size(), 10000);
    }

    void destroyWhileRunningKillsGroup()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"pid"_s);
        qint64 grandchild = 0;
        {
            ProcessRunner runner;
            runner.setProgram(
                u"bash"_s, {u"-c"_s, u"sleep 300 & echo $! > '%1'; echo go; wait"_s.arg(pidFile)});
            QSignalSpy lines(&runner, &ProcessRunner::lineRead);
            runner.start();
            QTRY_COMPARE(lines.count(), 1);
            QFile f(pidFile);
            QVERIFY(f.open(QIODevice::ReadOnly));
            grandchild = f.readAll().trimmed().toLongLong();
        }
        QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 5000);
    }

    void reusableForASecondRun()
    {
        ProcessRunner runner;
        QSignalSpy done(&runner, &ProcessRunner::finished);
        runner.setProgram(u"bash"_s, {u"-c"_s, u"exit 3"_s});
        runner.start();
        QTRY_COMPARE(done.count(), 1);
        runner.setProgram(u"bash"_s, {u"-c"_s, u"echo again"_s});
        runner.start();
        QTRY_COMPARE(done.count(), 2);
        const auto second = done.at(1).at(0).value<ProcessResult>();
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.stdoutTail, u"again\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
