// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The timeline model and the run journal: lanes in run order from a record
// (whole seconds, steps that never ran left out), attempts that overlap in a
// saved timeline moved apart, and live runs of real documents: retries as
// attempt bars, loop iterations inside their attempt, a simulated reboot
// marked, a reboot hand-off resumed in the same folder continuing the lane;
// status changes as dataChanged (QAbstractItemModelTester watching).
#include "actions/standardactions.h"
#include "document/document.h"
#include "exec/executor.h"
#include "model/timelinemodel.h"
#include "report/runjournal.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

StepRecord step(const QString &name, const QString &start, const QString &end, RunStatus status,
                const QString &action = u"ExecuteBash"_s)
{
    StepRecord s;
    s.name = name;
    s.action = action;
    s.status = status;
    s.startTime = QDateTime::fromString(start, Qt::ISODate);
    s.endTime = QDateTime::fromString(end, Qt::ISODate);
    return s;
}

QByteArray document(const QByteArray &steps)
{
    return "name: t\nschemaVersion: 1.0\nparameters:\n  - Dir:\n      type: string\n"
           "phases:\n  - name: build\n    steps:\n" +
           steps;
}

struct LiveRun
{
    QTemporaryDir dir;
    std::unique_ptr<Executor> executor;

    Executor &make(const QByteArray &yaml, std::function<void(ExecutorOptions &)> tweak = {})
    {
        const QString path = dir.filePath(u"doc.yaml"_s);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(yaml);
        f.close();
        ExecutorOptions options;
        options.actions = standardActions();
        RunDocument rd;
        rd.path = path;
        rd.document = std::make_shared<Document>(Document::fromFile(path));
        rd.parameters.insert(u"Dir"_s, dir.path());
        options.documents.push_back(rd);
        options.workDirectory = dir.filePath(u"work"_s);
        options.executionId = u"exec-1"_s;
        options.gracePeriod = 500ms;
        if (tweak)
            tweak(options);
        executor = std::make_unique<Executor>(std::move(options));
        return *executor;
    }

    bool run(const QJsonObject &resumeState = {})
    {
        QSignalSpy done(executor.get(), &Executor::runFinished);
        if (resumeState.isEmpty())
            executor->start();
        else if (QString error; !executor->resume(resumeState, &error))
            return false;
        return done.wait(60000);
    }
};

const TimelineBar *findBar(const TimelineLane &lane, TimelineBar::Kind kind, int attempt,
                           qint64 iteration = -1)
{
    for (const TimelineBar &b : lane.bars) {
        if (b.kind == kind && b.attempt == attempt && b.iteration == iteration)
            return &b;
    }
    return nullptr;
}

// No two attempt bars of a lane overlap; iterations lie inside an attempt of their number.
void checkLaneShape(const TimelineLane &lane)
{
    qint64 previousEnd = lane.stepBar().startMs;
    for (const TimelineBar &b : lane.bars) {
        QVERIFY2(!b.running(), qPrintable(lane.step));
        QVERIFY(b.endMs >= b.startMs);
        QVERIFY(b.startMs >= lane.stepBar().startMs);
        QVERIFY(b.endMs <= lane.stepBar().endMs);
        if (b.kind == TimelineBar::Kind::Attempt) {
            QVERIFY2(b.startMs >= previousEnd, qPrintable(lane.step));
            previousEnd = b.endMs;
        }
    }
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordLanesInStartOrder()
    {
        ExecutionRecord record;
        record.executionId = u"x"_s;
        record.startTime = QDateTime::fromString(u"2021-08-26T17:20:31-07:00"_s, Qt::ISODate);
        DocumentRecord doc;
        PhaseRecord build;
        build.name = u"build"_s;
        // Record order differs from start order: the second phase started first.
        build.steps.push_back(step(u"Late"_s, u"2021-08-26T17:20:40-07:00"_s,
                                   u"2021-08-26T17:20:45-07:00"_s, RunStatus::Failed));
        build.steps.push_back(step(u"SameSecondA"_s, u"2021-08-26T17:20:33-07:00"_s,
                                   u"2021-08-26T17:20:33-07:00"_s, RunStatus::Success));
        build.steps.push_back(step(u"SameSecondB"_s, u"2021-08-26T17:20:33-07:00"_s,
                                   u"2021-08-26T17:20:33-07:00"_s, RunStatus::Success));
        StepRecord never;
        never.name = u"Never"_s;
        never.status = RunStatus::NotRun;
        build.steps.push_back(never);
        PhaseRecord first;
        first.name = u"first"_s;
        first.steps.push_back(step(u"Boot"_s, u"2021-08-26T17:20:31-07:00"_s,
                                   u"2021-08-26T17:20:32-07:00"_s, RunStatus::Success,
                                   u"Reboot"_s));
        doc.phases = {build, first};
        record.documents.push_back(doc);

        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecord(record);
        QStringList order;
        for (const TimelineLane &lane : model.lanes())
            order << lane.step;
        QCOMPARE(order, (QStringList{u"Boot"_s, u"SameSecondA"_s, u"SameSecondB"_s, u"Late"_s}));
        QCOMPARE(model.lanes().at(3).stepBar().startMs, 9000);
        QCOMPARE(model.lanes().at(3).stepBar().endMs, 14000);
        QCOMPARE(model.durationMs(), 14000);
        QCOMPARE(model.data(model.index(3), TimelineModel::RunStatusRole).toInt(),
                 int(RunStatus::Failed));
        // The Reboot module rebooted the machine after it ran.
        QCOMPARE(model.markers().size(), size_t(1));
        QCOMPARE(model.markers().front().lane, 0);
        QCOMPARE(model.markers().front().atMs, 1000);
        QCOMPARE(model.laneOf(0, u"build"_s, u"Late"_s), 3);
        QCOMPARE(model.laneOf(0, u"build"_s, u"Never"_s), -1);
    }

    void overlappingAttemptsAreMovedApart()
    {
        // A saved timeline whose second attempt starts before the first ended
        // (whole seconds, or a clock set back after a reboot), with an iteration
        // starting before its attempt and one listed before the attempts.
        const QByteArray json = R"({"format":"kiln-timeline","version":1,"executionId":"e",
            "startTime":"2024-01-01T00:00:00.000Z","lanes":[
             {"document":0,"phase":"build","step":"Flaky","action":"ExecuteBash","bars":[
              {"kind":"step","start":0,"end":3000,"status":"success"},
              {"kind":"iteration","attempt":2,"index":0,"label":"a","start":1000,"end":1500,"status":"success"},
              {"kind":"attempt","attempt":2,"start":1200,"end":3000,"status":"success"},
              {"kind":"attempt","attempt":1,"start":0,"end":2000,"status":"failed"}]}],
            "markers":[]})";
        TimelineModel model;
        QString error;
        QVERIFY2(model.setJson(QJsonDocument::fromJson(json).object(), &error), qPrintable(error));
        const TimelineLane &lane = model.lanes().front();
        QCOMPARE(lane.attemptCount(), 2);
        const TimelineBar *first = findBar(lane, TimelineBar::Kind::Attempt, 1);
        const TimelineBar *second = findBar(lane, TimelineBar::Kind::Attempt, 2);
        const TimelineBar *iteration = findBar(lane, TimelineBar::Kind::Iteration, 2, 0);
        QVERIFY(first && second && iteration);
        QCOMPARE(first->endMs, 2000);
        QCOMPARE(second->startMs, 2000); // moved to the end of attempt 1
        QCOMPARE(iteration->startMs, 2000);
        QCOMPARE(iteration->endMs, 2000); // clamped into its attempt
        checkLaneShape(lane);
        QVERIFY(first < second); // attempts in order after the step bar
    }

    void badJsonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a timeline")
            << QByteArray(R"({"lanes":[]})") << u"not a kiln timeline"_s;
        QTest::newRow("newer") << QByteArray(R"({"format":"kiln-timeline","version":99})")
                               << u"newer"_s;
        QTest::newRow("marker")
            << QByteArray(
                   R"({"format":"kiln-timeline","version":1,"lanes":[],"markers":[{"lane":3,"at":1}]})")
            << u"lane 3"_s;
        QTest::newRow("no step bar")
            << QByteArray(R"({"format":"kiln-timeline","version":1,"lanes":[{"step":"a","bars":[
                {"kind":"attempt","attempt":1,"start":0,"end":1}]}]})")
            << u"step bar must come first"_s;
    }
    void badJsonIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        TimelineModel model;
        QString error;
        QVERIFY(!model.setJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(model.rowCount(), 0);
    }

    void liveRetriesLoopsAndReboot()
    {
        LiveRun run;
        run.make(document(R"(
      - name: Flaky
        action: ExecuteBash
        maxAttempts: 3
        inputs:
          commands:
            - n=$(cat '{{ Dir }}/count' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '{{ Dir }}/count'
            - '[ "$n" -ge 2 ]'
      - name: Loop
        action: ExecuteBash
        loop:
          forEach: [red, green, blue]
        inputs:
          commands: ['sleep 0.02; echo "{{ loop.value }}"']
      - name: RebootOnce
        action: ExecuteBash
        inputs:
          commands:
            - if [ -f '{{ Dir }}/rebooted' ]; then exit 0; fi
            - touch '{{ Dir }}/rebooted'
            - exit 194
      - name: Broken
        action: ExecuteBash
        onFailure: Continue
        inputs:
          commands: ['echo no; exit 3']
)"));
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(run.executor.get());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(run.run());
        QVERIFY(!model.isLive());
        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() > 8);
        QCOMPARE(model.executionId(), u"exec-1"_s);

        QStringList order;
        for (const TimelineLane &lane : model.lanes()) {
            order << lane.step;
            checkLaneShape(lane);
        }
        QCOMPARE(order, (QStringList{u"Flaky"_s, u"Loop"_s, u"RebootOnce"_s, u"Broken"_s}));
        for (int i = 1; i < int(model.lanes().size()); ++i)
            QVERIFY(model.lanes()[size_t(i)].stepBar().startMs >=
                    model.lanes()[size_t(i - 1)].stepBar().endMs);

        const TimelineLane &flaky = model.lanes().at(0);
        QCOMPARE(flaky.attemptCount(), 2);
        QCOMPARE(findBar(flaky, TimelineBar::Kind::Attempt, 1)->status, RunStatus::Failed);
        QCOMPARE(findBar(flaky, TimelineBar::Kind::Attempt, 2)->status, RunStatus::Success);
        QCOMPARE(flaky.stepBar().status, RunStatus::Success);

        const TimelineLane &loop = model.lanes().at(1);
        for (qint64 i = 0; i < 3; ++i) {
            const TimelineBar *it = findBar(loop, TimelineBar::Kind::Iteration, 1, i);
            QVERIFY(it);
            QCOMPARE(it->status, RunStatus::Success);
            QVERIFY(it->endMs - it->startMs >= 15); // each sleeps 20 ms: milliseconds, not seconds
        }
        QCOMPARE(findBar(loop, TimelineBar::Kind::Iteration, 1, 1)->label, u"green"_s);

        // Exit 194: the attempt before the reboot, the marker, the same attempt after it.
        const TimelineLane &reboot = model.lanes().at(2);
        QCOMPARE(model.markers().size(), size_t(1));
        QCOMPARE(model.markers().front().lane, 2);
        int segments = 0;
        for (const TimelineBar &b : reboot.bars) {
            if (b.kind != TimelineBar::Kind::Attempt)
                continue;
            QCOMPARE(b.attempt, 1);
            QCOMPARE(b.status, segments == 0 ? RunStatus::RebootPending : RunStatus::Success);
            if (segments == 0)
                QVERIFY(b.endMs <= model.markers().front().atMs);
            else
                QVERIFY(b.startMs >= model.markers().front().atMs);
            ++segments;
        }
        QCOMPARE(segments, 2);
        QCOMPARE(reboot.stepBar().status, RunStatus::Success);

        const TimelineLane &broken = model.lanes().at(3);
        QCOMPARE(broken.stepBar().status, RunStatus::Failed);
        QVERIFY(broken.stepBar().failureMessage.contains(u"3"_s));
        QVERIFY(model.describe(3, broken.stepBar()).contains(broken.stepBar().failureMessage));

        // Saved and read back, the timeline is the same.
        TimelineModel copy;
        QString error;
        QVERIFY2(copy.setJson(model.toJson(), &error), qPrintable(error));
        QCOMPARE(copy.toJson(), model.toJson());
    }

    void journalContinuesAfterRebootHandoff()
    {
        LiveRun run;
        const QByteArray yaml = document(R"(
      - name: Before
        action: ExecuteBash
        inputs:
          commands: ['echo before']
      - name: RebootOnce
        action: ExecuteBash
        inputs:
          commands:
            - if [ -f '{{ Dir }}/rebooted' ]; then echo second; exit 0; fi
            - touch '{{ Dir }}/rebooted'
            - echo first
            - exit 194
)");
        const QString folder = run.dir.filePath(u"TOE_run"_s);
        QVERIFY(QDir().mkpath(folder));
        const auto handoff = [&](ExecutorOptions &o) {
            o.rebootMode = RebootMode::Handoff;
            o.stateDirectory = run.dir.filePath(u"state"_s);
        };
        run.make(yaml, handoff);
        QJsonObject state;
        {
            RunJournal journal(run.executor.get(), folder);
            QVERIFY(run.run());
            QCOMPARE(run.executor->outcome(), Executor::Outcome::RebootHandoff);
            state = run.executor->stateJson();
        }
        QVERIFY(QFile::exists(QDir(folder).filePath(TimelineModel::fileName())));

        // The "machine" rebooted: a new process resumes in the same folder.
        run.make(yaml, handoff);
        RunJournal resumed(run.executor.get(), folder);
        QCOMPARE(resumed.timeline().lanes().size(), size_t(2)); // read back before the run
        QVERIFY(run.run(state));
        QVERIFY(run.executor->record().status == RunStatus::Success);

        TimelineModel saved;
        RunOutputLog output(RunJournal::TailLines);
        QString error;
        QVERIFY2(RunJournal::read(resumed.path(), &saved, &output, &error), qPrintable(error));
        QCOMPARE(saved.lanes().size(), size_t(2));
        QCOMPARE(saved.markers().size(), size_t(1));
        const TimelineLane &lane = saved.lanes().at(1);
        QCOMPARE(lane.step, u"RebootOnce"_s);
        QCOMPARE(lane.stepBar().status, RunStatus::Success);
        QVERIFY(lane.stepBar().startMs <= saved.markers().front().atMs);
        QVERIFY(lane.stepBar().endMs >= saved.markers().front().atMs);
        checkLaneShape(lane);
        // Both parts' output, in order.
        const int index = output.findStep(0, u"build"_s, u"RebootOnce"_s);
        QVERIFY(index >= 0);
        QStringList lines;
        for (const RunOutputLog::Line &l : output.steps()[size_t(index)].lines)
            if (l.channel == OutputChannel::StdOut)
                lines << l.text;
        QCOMPARE(lines, (QStringList{u"first"_s, u"second"_s}));
    }

    void journalKeepsTheLastLinesOfEachStep()
    {
        LiveRun run;
        run.make(document(R"(
      - name: Chatty
        action: ExecuteBash
        onFailure: Continue
        inputs:
          commands: ['for i in $(seq 1 500); do echo "line $i"; done; printf "%03000d\n" 7; exit 1']
      - name: ChattyButFine
        action: ExecuteBash
        inputs:
          commands: ['for i in $(seq 1 500); do echo "fine $i"; done']
)"));
        const QString folder = run.dir.filePath(u"TOE_x"_s);
        QVERIFY(QDir().mkpath(folder));
        RunJournal journal(run.executor.get(), folder);
        QVERIFY(run.run());
        TimelineModel timeline;
        RunOutputLog output(RunJournal::TailLines);
        QVERIFY(RunJournal::read(journal.path(), &timeline, &output, nullptr));
        const RunOutputLog::StepOutput &s = output.steps().front();
        QCOMPARE(int(s.lines.size()), RunJournal::TailLines);
        QCOMPARE(s.dropped, qint64(501 - RunJournal::TailLines));
        QCOMPARE(s.lines.back().text.size(), RunJournal::MaxLineLength + 1); // cut, with "…"
        QCOMPARE(s.lines.at(s.lines.size() - 2).text, u"line 500"_s);
        // A step that went well keeps fewer.
        const RunOutputLog::StepOutput &fine = output.steps().at(1);
        QCOMPARE(int(fine.lines.size()), RunJournal::SucceededTailLines);
        QCOMPARE(fine.dropped, qint64(500 - RunJournal::SucceededTailLines));
        QCOMPARE(fine.lines.back().text, u"fine 500"_s);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
