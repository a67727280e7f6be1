// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// kill -9 of `kiln run --reboot=handoff` at random moments, then the same
// command again until the run ends: the state file is never half-written, no
// finished step runs again once a later step has started, every step's last
// run is complete, the reports exist and nothing of the run is left running.
//
// What kiln guarantees around a kill (README, "Processes"): the state file is
// replaced atomically (write, then rename) and saved before each step starts.
// A step is therefore AT LEAST ONCE: the step running at the kill, or one that
// had just finished when the next had not yet been saved as started, runs
// again from its start on resume (a loop from its first iteration). A step is
// AT MOST ONCE once the next step has started: it never runs again. So each
// kill costs at most one extra run of one step, and the order of step starts
// never goes back.
#include "kilnrun.h"
#include "processprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QStringList Steps = {u"First"_s, u"RebootOnce"_s, u"Loop"_s, u"Last"_s};
// Runs of each step without a kill: RebootOnce runs again after its exit 194.
const QList<int> RunsWithoutKill = {1, 2, 1, 1};
constexpr int KillsPerSeed = 5;
constexpr int MaxInvocations = 40;

// The step a marker line belongs to ("start Loop b" -> 2), or -1.
int stepOf(const QString &line)
{
    const QStringList words = line.split(u' ');
    return words.size() >= 2 ? int(Steps.indexOf(words.at(1))) : -1;
}

// The state file is absent or a whole JSON object of version 1.
bool stateIntact(const QString &stateFile, QString *why)
{
    QFile f(stateFile);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *why = u"cannot read "_s + stateFile;
        return false;
    }
    QJsonParseError error;
    const QByteArray bytes = f.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || doc.object().value(u"version"_s).toInt() != 1) {
        *why = u"damaged state file (%1 bytes): %2"_s.arg(bytes.size()).arg(error.errorString());
        return false;
    }
    return true;
}

// detailedoutput.json of the newest TOE_* folder (a kill before the first state
// was saved starts the run anew, in a folder of its own).
QJsonObject newestReport(const QString &logDir)
{
    const QStringList folders = QDir(logDir).entryList({u"TOE_*"_s}, QDir::Dirs, QDir::Name);
    if (folders.isEmpty())
        return {};
    QFile f(QDir(logDir).filePath(folders.constLast() + u"/detailedoutput.json"_s));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

} // namespace

class TestFaultKillResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomKillsThenResume_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {11u, 23u, 37u, 41u, 59u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomKillsThenResume()
    {
        QFETCH(quint32, seed);
        qInfo("seed %u (rerun this row alone to reproduce)", seed);
        QRandomGenerator random(seed);
        QTemporaryDir logs;
        QTemporaryDir work;
        QTemporaryDir state;
        const QString runId = u"fault-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString stateFile = QDir(state.path()).filePath(u"kiln-executionstate.json"_s);
        const QStringList args = {u"run"_s,
                                  u"-d"_s,
                                  QStringLiteral(KILN_TEST_DATA_DIR "/faults/killresume.yaml"),
                                  u"-l"_s,
                                  logs.path(),
                                  u"-s"_s,
                                  state.path(),
                                  u"--reboot"_s,
                                  u"handoff"_s,
                                  u"-i"_s,
                                  runId,
                                  u"--parameters"_s,
                                  u"Dir="_s + work.path()};
        // Whatever happens below, nothing of this run outlives the test.
        const auto cleanup = qScopeGuard([&] { KilnTest::killMarked(runId); });

        int kills = 0;
        int exitCode = -1;
        QString lastOutput;
        for (int invocation = 0; invocation < MaxInvocations && exitCode != 0; ++invocation) {
            // Kill points spread over one invocation (startup, steps, reports:
            // 0.1-0.5 s, up to a reboot handoff or the end); a draw past its end
            // kills nothing, and the next invocation draws again.
            const int killAfterMs = kills < KillsPerSeed ? 5 + int(random.bounded(400u)) : -1;
            QProcess kiln;
            kiln.setProgram(QStringLiteral(KILN_CLI_BINARY));
            kiln.setArguments(args);
            kiln.start();
            QVERIFY(kiln.waitForStarted());
            bool killed = false;
            if (killAfterMs >= 0 && !kiln.waitForFinished(killAfterMs)) {
                ::kill(static_cast<pid_t>(kiln.processId()), SIGKILL); // kiln only
                killed = true;
                ++kills;
                qInfo("invocation %d: SIGKILL after %d ms", invocation, killAfterMs);
            }
            QVERIFY2(kiln.state() == QProcess::NotRunning || kiln.waitForFinished(60000),
                     "kiln run hung");
            lastOutput = QString::fromUtf8(kiln.readAllStandardOutput() + '\n' +
                                           kiln.readAllStandardError());
            exitCode = kiln.exitStatus() == QProcess::NormalExit ? kiln.exitCode() : -1;
            QString why;
            QVERIFY2(stateIntact(stateFile, &why), qPrintable(why));
            if (killed && exitCode == -1) {
                // Killed after the reports were written and the state removed:
                // the run is over (running the command again would start anew).
                if (!QFile::exists(stateFile) &&
                    newestReport(logs.path()).value(u"status"_s).toString() == u"success") {
                    exitCode = 0;
                }
                continue;
            }
            // 194 is the reboot handoff; any other failure must say what to do.
            QVERIFY2(exitCode == 0 || exitCode == 194,
                     qPrintable(u"exit %1 after %2 kill(s):\n%3"_s.arg(exitCode).arg(kills).arg(
                         lastOutput)));
        }
        QVERIFY2(
            exitCode == 0,
            qPrintable(u"no end after %1 invocations:\n%2"_s.arg(MaxInvocations).arg(lastOutput)));
        QVERIFY2(!QFile::exists(stateFile), "a finished run leaves no state");

        // The marker: step starts never go back to an earlier step.
        const QStringList lines = KilnTest::readText(QDir(work.path()).filePath(u"marker"_s))
                                      .split(u'\n', Qt::SkipEmptyParts);
        int previous = 0;
        QList<int> runs(Steps.size(), 0);
        for (const QString &line : lines) {
            const int step = stepOf(line);
            QVERIFY2(step >= 0, qPrintable(line));
            if (line.startsWith(u"start "_s)) {
                QVERIFY2(step >= previous,
                         qPrintable(u"%1 ran again after %2 had started:\n%3"_s.arg(
                             Steps.at(step), Steps.at(previous), lines.join(u'\n'))));
                previous = step;
                if (step != 2 || line.endsWith(u" a"_s)) // a loop's run begins at its first item
                    ++runs[step];
            }
        }
        // At least once, and at most one extra run per kill over all steps.
        int extra = 0;
        for (int i = 0; i < Steps.size(); ++i) {
            QVERIFY2(runs.at(i) >= RunsWithoutKill.at(i), qPrintable(Steps.at(i)));
            extra += runs.at(i) - RunsWithoutKill.at(i);
        }
        QVERIFY2(extra <= kills,
                 qPrintable(u"%1 extra runs after %2 kills:\n%3"_s.arg(extra).arg(kills).arg(
                     lines.join(u'\n'))));
        // Every step's last run is complete: its last start is followed by its end.
        for (const QString &name : {u"First"_s, u"RebootOnce"_s, u"Loop c"_s, u"Last"_s}) {
            QVERIFY2(lines.lastIndexOf(u"end "_s + name) > lines.lastIndexOf(u"start "_s + name),
                     qPrintable(name));
        }
        QCOMPARE(lines.constLast(), u"end Last"_s);

        // The reports of the finished run.
        const QJsonObject execution = newestReport(logs.path());
        QCOMPARE(execution.value(u"status"_s).toString(), u"success"_s);
        const auto steps = KilnTest::stepsByName(execution);
        QCOMPARE(steps.size(), 5);
        for (const QJsonObject &step : steps)
            QCOMPARE(step.value(u"status"_s).toString(), u"success"_s);

        // Nothing of the run is left: no process carries its KILN_RUN_ID.
        QTRY_VERIFY_WITH_TIMEOUT(KilnTest::markedProcesses(runId).isEmpty(), 5000);
        qInfo("seed %u: %d kill(s), %lld marker lines, %d extra run(s)", seed, kills,
              qint64(lines.size()), extra);
    }

    // kiln never leaves a half-written state (see above), but a disk or a user
    // can: the resume then fails clearly, naming the file and what to do.
    void damagedStateFailsClearly()
    {
        QTemporaryDir state;
        const QString stateFile = QDir(state.path()).filePath(u"kiln-executionstate.json"_s);
        QFile f(stateFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 1, \"executionId\": \"x\", \"posit"); // cut off
        f.close();
        const KilnTest::Result r = KilnTest::kiln({u"-s"_s, state.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"the state file %1 is damaged; remove it to start a new run"_s.arg(
                     stateFile)),
                 qPrintable(r.err));
        QVERIFY(QFile::exists(stateFile)); // kept for a look: kiln does not delete evidence
    }
};

QTEST_GUILESS_MAIN(TestFaultKillResume)
#include "tst_fault_killresume.moc"
