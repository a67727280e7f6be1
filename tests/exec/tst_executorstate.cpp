// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The executor's run state (Executor::State) as a caller sees it: Idle until
// started, Running, Stopping after a cancel, Aborting after an onFailure Abort,
// Finished after runFinished. Fake modules: no process runs.
#include "documentrun.h"
#include "fakeactions.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Steps = R"(name: state
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - { name: A, action: ExecuteBash, inputs: { commands: [ "a" ] } }
      - { name: B, action: ExecuteBash, onFailure: Abort, inputs: { commands: [ "%1" ] } }
      - { name: C, action: ExecuteBash, inputs: { commands: [ "c" ] } }
)";

QByteArray withB(const QString &command)
{
    return QString::fromUtf8(Steps).arg(command).toUtf8();
}

} // namespace

class TestExecutorState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsToTheEnd()
    {
        QTemporaryDir dir;
        ExecutorOptions options = KilnTest::documentRun(dir, withB(u"b"_s));
        options.actions = KilnTest::fakeActions();
        Executor executor(options);
        QCOMPARE(executor.state(), Executor::State::Idle);
        QVERIFY(!executor.isRunning());
        executor.cancel(); // before the start: nothing to stop
        QCOMPARE(executor.state(), Executor::State::Idle);
        QSignalSpy finished(&executor, &Executor::runFinished);
        executor.start();
        QCOMPARE(executor.state(), Executor::State::Running);
        QVERIFY(finished.wait(10000));
        QCOMPARE(executor.state(), Executor::State::Finished);
        QVERIFY(!executor.isRunning());
        QVERIFY(!executor.wasCancelled());
        QCOMPARE(executor.record().status, RunStatus::Success);
    }

    void cancelStopsTheRun()
    {
        QTemporaryDir dir;
        ExecutorOptions options = KilnTest::documentRun(dir, withB(u"hang"_s));
        options.actions = KilnTest::fakeActions();
        Executor executor(options);
        QSignalSpy finished(&executor, &Executor::runFinished);
        connect(&executor, &Executor::stepStarted, &executor,
                [&executor](int, const QString &, const QString &step) {
                    if (step == u"B") {
                        executor.cancel();
                        QCOMPARE(executor.state(), Executor::State::Stopping);
                        QVERIFY(executor.isRunning()); // until B has stopped
                    }
                });
        executor.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(executor.state(), Executor::State::Finished);
        QVERIFY(executor.wasCancelled());
        QCOMPARE(executor.record().status, RunStatus::Cancelled);
        QCOMPARE(KilnTest::findStep(executor.record(), u"C"_s)->status, RunStatus::NotRun);
    }

    void abortEndsTheRunAsFailed()
    {
        QTemporaryDir dir;
        ExecutorOptions options = KilnTest::documentRun(dir, withB(u"fail"_s));
        options.actions = KilnTest::fakeActions();
        Executor executor(options);
        QSignalSpy finished(&executor, &Executor::runFinished);
        QList<Executor::State> afterB;
        connect(&executor, &Executor::stepFinished, &executor,
                [&](int, const QString &, const StepRecord &record) {
                    if (record.name == u"B")
                        afterB << executor.state();
                });
        executor.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(afterB, QList<Executor::State>{Executor::State::Aborting});
        QCOMPARE(executor.state(), Executor::State::Finished);
        QVERIFY(!executor.wasCancelled());
        QCOMPARE(executor.record().status, RunStatus::Failed);
        QCOMPARE(KilnTest::findStep(executor.record(), u"C"_s)->status, RunStatus::NotRun);
    }
};

QTEST_GUILESS_MAIN(TestExecutorState)
#include "tst_executorstate.moc"
