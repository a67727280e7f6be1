// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Processes a step leaves behind, with the real `kiln run` (README,
// "Processes"): a step ends when its main process exits, even while background
// processes still hold its stdout; what is left in its process group is then
// killed; what left the group (setsid) is the user's and survives. After a
// kill -9 of kiln, the resume finds the interrupted step's processes by their
// KILN_RUN_ID/KILN_STEP_ID marker, also when kiln died before it had saved the
// step's process group.
#include "kilnrun.h"
#include "processprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace KilnTest;

namespace {

QString faultDoc(const QString &name)
{
    return QStringLiteral(KILN_TEST_DATA_DIR "/faults/") + name;
}

qint64 pidIn(const QDir &dir, const QString &file)
{
    return readText(dir.filePath(file)).trimmed().toLongLong();
}

void killPids(const QList<qint64> &pids)
{
    for (qint64 pid : pids) {
        if (pid > 0 && !processGone(pid))
            ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
}

} // namespace

class TestFaultProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backgroundProcessesOfAStep()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        const QDir dir(work.path());
        const QString runId = u"fault-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto cleanup = qScopeGuard([&] {
            killPids({pidIn(dir, u"setsid.pid"_s), pidIn(dir, u"doublefork.pid"_s)});
            killMarked(runId);
        });
        QElapsedTimer clock;
        clock.start();
        // Every background sleep holds the step's stdout pipe for 300 s: a kiln
        // that waited for the pipe's end would not be back within the minute.
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, faultDoc(u"daemons.yaml"_s), u"-l"_s, logs.path(),
                        u"-i"_s, runId, u"--parameters"_s, u"Dir="_s + work.path()});
        p.start();
        const Result r = finish(p, 60000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        qInfo("run took %lld ms", clock.elapsed());
        QVERIFY(r.out.contains(u"in-group-started"_s));
        QVERIFY(r.out.contains(u"left-group-started"_s));
        QVERIFY(r.out.contains(u"after-ran"_s));
        const auto steps = stepsByName(detailed(logs.path()));
        for (const QString &name : {u"InGroup"_s, u"LeftGroup"_s, u"After"_s})
            QCOMPARE(steps.value(name).value(u"status"_s).toString(), u"success"_s);

        // Still in the step's group when it ended: killed, forked twice or not.
        for (const QString &file : {u"ingroup.pid"_s, u"forked.pid"_s}) {
            const qint64 pid = pidIn(dir, file);
            QVERIFY2(pid > 0, qPrintable(file));
            QTRY_VERIFY2_WITH_TIMEOUT(processGone(pid), qPrintable(file), 5000);
        }
        // Left the group with setsid (directly or after a double fork): the user's.
        for (const QString &file : {u"setsid.pid"_s, u"doublefork.pid"_s}) {
            QTRY_VERIFY2_WITH_TIMEOUT(pidIn(dir, file) > 0, qPrintable(file), 5000);
            const qint64 pid = pidIn(dir, file);
            QVERIFY2(!processGone(pid), qPrintable(file + u" was killed"_s));
            QVERIFY(procFile(pid, "environ").split('\0').contains("KILN_RUN_ID=" + runId.toUtf8()));
        }
    }

    void everyStepProcessCarriesTheMarker()
    {
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, faultDoc(u"marker-parent.yaml"_s), u"-l"_s, logs.path(),
                               u"-i"_s, u"marker-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"    marker=marker-run/0.0.0\n"_s), qPrintable(r.out));
        // The nested document's step: the marker of the ExecuteDocument step.
        QVERIFY2(r.out.contains(u"    marker=marker-run/0.0.1\n"_s), qPrintable(r.out));
    }

    // kill -9 of kiln in the moment after a step started and before its process
    // group was saved: the state then names no group (it is the state saved
    // just before the step started, written back here to make that moment
    // certain). The resume still stops the step's processes, by their marker,
    // and leaves the daemon an earlier step started with setsid alone.
    void resumeStopsStepStartedBeforeItsGroupWasSaved()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        QTemporaryDir state;
        const QDir dir(work.path());
        const QString runId = u"fault-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto cleanup = qScopeGuard([&] {
            killPids({pidIn(dir, u"daemon.pid"_s)});
            killMarked(runId);
        });
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, faultDoc(u"orphan.yaml"_s), u"-l"_s, logs.path(),
                        u"-s"_s, state.path(), u"-i"_s, runId, u"--parameters"_s,
                        u"Dir="_s + work.path()});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(pidIn(dir, u"sleep.pid"_s) > 0, 30000);
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());

        const QString stateFile = QDir(state.path()).filePath(u"kiln-executionstate.json"_s);
        QFile in(stateFile);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject saved = QJsonDocument::fromJson(in.readAll()).object();
        in.close();
        QCOMPARE(saved.value(u"position"_s).toObject().value(u"step"_s).toInt(), 1); // Long
        saved.insert(u"runningProcessGroup"_s, 0);
        QSaveFile out(stateFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(saved).toJson());
        QVERIFY(out.commit());

        // The orphan carries the marker of its run and step ("document.phase.step").
        const qint64 sleep = pidIn(dir, u"sleep.pid"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pidIn(dir, u"daemon.pid"_s) > 0, 5000);
        const qint64 daemon = pidIn(dir, u"daemon.pid"_s);
        QVERIFY(!processGone(sleep));
        QVERIFY(!processGone(daemon));
        const QList<QByteArray> env = procFile(sleep, "environ").split('\0');
        QVERIFY(env.contains("KILN_RUN_ID=" + runId.toUtf8()));
        QVERIFY(env.contains("KILN_STEP_ID=0.0.1"));

        QFile ok(dir.filePath(u"resume-ok"_s));
        QVERIFY(ok.open(QIODevice::WriteOnly));
        ok.close();
        const Result r = kiln({u"-s"_s, state.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"Stopped the processes left by the interrupted step ("_s) &&
                     r.out.contains(u"process(es) found by their KILN_RUN_ID)"_s) &&
                     !r.out.contains(u"process group"_s),
                 qPrintable(r.out));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(sleep), 5000);
        QCOMPARE(readText(dir.filePath(u"log"_s)), u"long-resumed\n"_s);
        QVERIFY2(!processGone(daemon), "the finished step's setsid daemon was killed");
        QCOMPARE(markedProcesses(runId), QList<qint64>{daemon});
    }

    // `kiln run ... | head -1`: kiln's stdout is a pipe whose reader goes away
    // while a step runs (here: after the first line, once the step has started
    // a background child). A write to it must not kill kiln (SIGPIPE): the run
    // goes on to the end, its reports are written, the exit status is the
    // run's, what stdout cannot take is dropped (memory stays flat), and the
    // step's background child does not outlive the step. The steps' own
    // processes still get SIGPIPE's default action.
    void closedStdoutStopsNothing()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        const QDir dir(work.path());
        const QString runId = u"fault-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto cleanup = qScopeGuard([&] { killMarked(runId); });
        int pipe[2] = {-1, -1};
        QVERIFY(::pipe2(pipe, O_CLOEXEC) == 0);
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, faultDoc(u"brokenpipe.yaml"_s), u"-l"_s, logs.path(),
                        u"-i"_s, runId, u"--parameters"_s, u"Dir="_s + work.path()});
        p.setStandardOutputFile(QProcess::nullDevice());
        const int writeEnd = pipe[1];
        p.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
        withoutAsanQuarantine(p); // the memory bound below, as in tst_fault_output
        p.start();
        QVERIFY(p.waitForStarted());
        ::close(pipe[1]);
        // Like head -1: read the first line, then go away.
        QByteArray first;
        char c = 0;
        while (!first.endsWith('\n') && ::read(pipe[0], &c, 1) == 1)
            first += c;
        QVERIFY2(first.startsWith("Document "), first.constData());
        QTRY_VERIFY_WITH_TIMEOUT(pidIn(dir, u"sleep.pid"_s) > 0, 30000);
        const qint64 sleep = pidIn(dir, u"sleep.pid"_s);
        ::close(pipe[0]);
        QFile gone(dir.filePath(u"reader-gone"_s));
        QVERIFY(gone.open(QIODevice::WriteOnly));
        gone.close();

        const qint64 peakKb = peakRssUntilFinished(p, 60000);
        const Result r = collect(p);
        QVERIFY2(p.exitStatus() == QProcess::NormalExit,
                 qPrintable(u"killed by signal %1; stderr: %2"_s.arg(p.exitCode()).arg(r.err)));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // quiet: nothing about the closed pipe
        const QJsonObject report = detailed(logs.path());
        QCOMPARE(report.value(u"status"_s).toString(), u"success"_s);
        const auto steps = stepsByName(report);
        for (const QString &name : {u"Background"_s, u"Pipeline"_s, u"Last"_s})
            QCOMPARE(steps.value(name).value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(readText(dir.filePath(u"last"_s)), u"last-ran\n"_s);
        // console.log has everything, also what stdout could not take.
        const QString console = readText(QDir(runFolder(logs.path())).filePath(u"console.log"_s));
        QVERIFY(console.contains(u"after the reader went, last line"_s));
        // What stdout could not take was dropped, not buffered.
        QVERIFY2(peakKb < PeakRssLimitKb, qPrintable(QString::number(peakKb)));
        QVERIFY(console.contains(u"\"executedStepCount\": 3"_s));
        // A pipeline in a step ends as in a shell: `yes` is killed by SIGPIPE.
        QCOMPARE(readText(dir.filePath(u"pipeline"_s)), u"yes-status=141\n"_s);
        // Nothing of the run is left: the background sleep went with its step.
        QVERIFY(processGone(sleep));
        QCOMPARE(markedProcesses(runId), QList<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestFaultProcesses)
#include "tst_fault_processes.moc"
