// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// RunPlan decides which steps a run executes (phase filter, Run This Step, Run From
// Here); the executor runs exactly those and a stopped run records only those.
#include "documentrun.h"
#include "exec/runplan.h"
#include "fakeactions.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

// build: A B C, validate: D E, test: F
const QByteArray ThreePhases = R"(name: plan
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - { name: A, action: ExecuteBash, inputs: { commands: [ "a" ] } }
      - { name: B, action: ExecuteBash, inputs: { commands: [ "b" ] } }
      - { name: C, action: ExecuteBash, inputs: { commands: [ "c" ] } }
  - name: validate
    steps:
      - { name: D, action: ExecuteBash, inputs: { commands: [ "d" ] } }
      - { name: E, action: ExecuteBash, inputs: { commands: [ "hang" ] } }
  - name: test
    steps:
      - { name: F, action: ExecuteBash, inputs: { commands: [ "f" ] } }
)";

// "phase:first-end" for each phase that runs.
QStringList spans(const Document &doc, const RunSelection &selection)
{
    const RunPlan plan({&doc}, selection);
    QStringList out;
    for (int p = 0; p < int(doc.phases.size()); ++p) {
        const RunPlan::PhaseSpan &span = plan.phase(0, p);
        if (span.runs)
            out << u"%1:%2-%3"_s.arg(doc.phases.at(size_t(p)).name).arg(span.first).arg(span.end);
    }
    return out;
}

QStringList recordedSteps(const ExecutionRecord &record)
{
    QStringList out;
    for (const DocumentRecord &d : record.documents)
        for (const PhaseRecord &p : d.phases)
            for (const StepRecord &s : p.steps)
                out << u"%1.%2=%3"_s.arg(p.name, s.name, statusName(s.status));
    return out;
}

} // namespace

class TestRunPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selects_data()
    {
        QTest::addColumn<QStringList>("phases");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("only");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("count");
        QTest::newRow("every phase")
            << QStringList() << QString() << QString() << false
            << QStringList{u"build:0-3"_s, u"validate:0-2"_s, u"test:0-1"_s} << 6;
        QTest::newRow("filter") << QStringList{u"test"_s, u"build"_s} << QString() << QString()
                                << false << QStringList{u"build:0-3"_s, u"test:0-1"_s} << 4;
        QTest::newRow("filter names no phase")
            << QStringList{u"cleanup"_s} << QString() << QString() << false << QStringList() << 0;
        QTest::newRow("run from here")
            << QStringList{u"build"_s, u"validate"_s, u"test"_s} << u"build"_s << u"B"_s << false
            << QStringList{u"build:1-3"_s, u"validate:0-2"_s, u"test:0-1"_s} << 5;
        // The selected phase runs even when the filter leaves it out; later ones follow it.
        QTest::newRow("from here, phase unchecked")
            << QStringList{u"test"_s} << u"validate"_s << u"E"_s << false
            << QStringList{u"validate:1-2"_s, u"test:0-1"_s} << 2;
        QTest::newRow("run this step")
            << QStringList{u"build"_s, u"validate"_s, u"test"_s} << u"validate"_s << u"D"_s << true
            << QStringList{u"validate:0-1"_s} << 1;
        // As before the plan existed: the phases after the selected one still follow.
        QTest::newRow("unknown step") << QStringList() << u"build"_s << u"Z"_s << false
                                      << QStringList{u"validate:0-2"_s, u"test:0-1"_s} << 3;
        QTest::newRow("unknown phase")
            << QStringList() << u"deploy"_s << u"A"_s << false << QStringList() << 0;
    }

    void selects()
    {
        QFETCH(QStringList, phases);
        QFETCH(QString, phase);
        QFETCH(QString, step);
        QFETCH(bool, only);
        QFETCH(QStringList, expected);
        QFETCH(int, count);
        const Document doc = Document::fromText(ThreePhases, u"plan.yaml"_s);
        QCOMPARE(spans(doc, RunSelection{phases, phase, step, only, {}}), expected);
        QCOMPARE(RunPlan({&doc}, RunSelection{phases, phase, step, only, {}}).count(), count);
    }

    // A replay's stop point cuts the plan after one step, with any other selection.
    void stopsAfter_data()
    {
        QTest::addColumn<QStringList>("phases");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("stopPhase");
        QTest::addColumn<QString>("stopStep");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("count");
        QTest::newRow("in the first phase") << QStringList() << QString() << u"build"_s << u"B"_s
                                            << QStringList{u"build:0-2"_s} << 2;
        QTest::newRow("in a later phase") << QStringList() << QString() << u"validate"_s << u"D"_s
                                          << QStringList{u"build:0-3"_s, u"validate:0-1"_s} << 4;
        QTest::newRow("with a phase filter")
            << QStringList{u"validate"_s, u"test"_s} << QString() << u"validate"_s << u"D"_s
            << QStringList{u"validate:0-1"_s} << 1;
        QTest::newRow("the last step")
            << QStringList() << QString() << u"test"_s << u"F"_s
            << QStringList{u"build:0-3"_s, u"validate:0-2"_s, u"test:0-1"_s} << 6;
        QTest::newRow("before run from here")
            << QStringList() << u"C"_s << u"build"_s << u"A"_s << QStringList() << 0;
        QTest::newRow("unknown step ends its phase") << QStringList() << QString() << u"build"_s
                                                     << u"Z"_s << QStringList{u"build:0-3"_s} << 3;
        QTest::newRow("unknown phase ends nothing in the document")
            << QStringList() << QString() << u"deploy"_s << u"A"_s
            << QStringList{u"build:0-3"_s, u"validate:0-2"_s, u"test:0-1"_s} << 6;
    }
    void stopsAfter()
    {
        QFETCH(QStringList, phases);
        QFETCH(QString, from);
        QFETCH(QString, stopPhase);
        QFETCH(QString, stopStep);
        QFETCH(QStringList, expected);
        QFETCH(int, count);
        const Document doc = Document::fromText(ThreePhases, u"plan.yaml"_s);
        RunSelection selection{phases, from.isEmpty() ? QString() : u"build"_s, from, false,
                               RunStopPoint{0, stopPhase, stopStep}};
        QCOMPARE(spans(doc, selection), expected);
        QCOMPARE(RunPlan({&doc}, selection).count(), count);
    }

    // The documents after the stop point's do not run; the ones before it run whole.
    void stopEndsTheLaterDocuments()
    {
        const Document doc = Document::fromText(ThreePhases, u"plan.yaml"_s);
        const RunPlan plan({&doc, &doc, &doc},
                           RunSelection{{}, {}, {}, false, RunStopPoint{1, u"build"_s, u"A"_s}});
        QCOMPARE(plan.count(), 7);
        QVERIFY(plan.phase(0, 2).runs);
        QCOMPARE(plan.phase(1, 0).end, 1);
        QVERIFY(!plan.phase(1, 1).runs);
        QVERIFY(!plan.phase(2, 0).runs);
    }

    // The executor runs up to the stop point and records nothing after it.
    void executorStopsAfterTheStep()
    {
        QTemporaryDir dir;
        ExecutorOptions options = KilnTest::documentRun(dir, ThreePhases);
        options.actions = KilnTest::fakeActions();
        options.stopAfter = RunStopPoint{0, u"build"_s, u"B"_s};
        Executor executor(options);
        QSignalSpy finished(&executor, &Executor::runFinished);
        executor.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(recordedSteps(executor.record()),
                 (QStringList{u"build.A=success"_s, u"build.B=success"_s}));
        QCOMPARE(executor.record().status, RunStatus::Success);
    }

    void outOfRangeDoesNotRun()
    {
        const Document doc = Document::fromText(ThreePhases, u"plan.yaml"_s);
        const RunPlan plan({&doc}, RunSelection{});
        QVERIFY(!plan.phase(1, 0).runs);
        QVERIFY(!plan.phase(0, 3).runs);
        QVERIFY(!plan.phase(-1, 0).runs);
    }

    // The executor walks the plan, and a cancel records the rest of the plan as not
    // run: the steps before "Run From Here" and the phases it leaves out stay out.
    void cancelledSelectionRecordsOnlyThePlan()
    {
        QTemporaryDir dir;
        ExecutorOptions options = KilnTest::documentRun(dir, ThreePhases);
        options.actions = KilnTest::fakeActions();
        options.phases = QStringList{u"build"_s, u"validate"_s, u"test"_s};
        options.selectionPhase = u"build"_s;
        options.selectionStep = u"B"_s;
        Executor executor(options);
        QSignalSpy finished(&executor, &Executor::runFinished);
        connect(&executor, &Executor::stepStarted, &executor,
                [&executor](int, const QString &, const QString &step) {
                    if (step == u"E")
                        executor.cancel();
                });
        executor.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(recordedSteps(executor.record()),
                 (QStringList{u"build.B=success"_s, u"build.C=success"_s, u"validate.D=success"_s,
                              u"validate.E=cancelled"_s, u"test.F=notRun"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRunPlan)
#include "tst_runplan.moc"
