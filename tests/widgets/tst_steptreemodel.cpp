// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// StepTreeModel: outline of real documents, minimal updates, line lookup.
#include "document/document.h"
#include "model/steptreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QByteArray twoPhases = "name: Demo\n"          // 1
                             "schemaVersion: 1.0\n"  // 2
                             "phases:\n"             // 3
                             "  - name: build\n"     // 4
                             "    steps:\n"          // 5
                             "      - name: First\n" // 6
                             "        action: ExecuteBash\n"
                             "        inputs:\n"
                             "          commands: [echo 1]\n"
                             "      - name: Second\n" // 10
                             "        action: CreateFile\n"
                             "        inputs:\n"
                             "          - path: /tmp/x\n"
                             "  - name: test\n" // 14
                             "    steps:\n"
                             "      - name: Check\n" // 16
                             "        action: Assert\n"
                             "        inputs:\n"
                             "          stringEquals: a\n"
                             "          value: a\n";

Document parse(const QByteArray &text)
{
    return Document::fromText(text, u"demo.yaml"_s);
}

} // namespace

class TestStepTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outline()
    {
        StepTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parse(twoPhases));

        QCOMPARE(model.rowCount(), 1);
        const QModelIndex doc = model.index(0, 0);
        QCOMPARE(doc.data().toString(), u"Demo"_s);
        QCOMPARE(doc.data(StepTreeModel::KindRole).value<StepTreeModel::Kind>(),
                 StepTreeModel::Kind::Document);
        QCOMPARE(model.rowCount(doc), 2);

        const QModelIndex build = model.index(0, 0, doc);
        QCOMPARE(build.data().toString(), u"build"_s);
        QCOMPARE(build.data(StepTreeModel::SourceLineRole).toInt(), 4);
        QCOMPARE(build.parent(), doc);
        QCOMPARE(model.rowCount(build), 2);

        const QModelIndex second = model.index(1, 0, build);
        QCOMPARE(second.data().toString(), u"Second"_s);
        QCOMPARE(model.index(1, StepTreeModel::ActionColumn, build).data().toString(),
                 u"CreateFile"_s);
        QCOMPARE(second.data(StepTreeModel::SourceLineRole).toInt(), 10);
        QCOMPARE(second.data(StepTreeModel::SourceColumnRole).toInt(), 9);
        QCOMPARE(second.data(StepTreeModel::KindRole).value<StepTreeModel::Kind>(),
                 StepTreeModel::Kind::Step);
        QCOMPARE(second.parent(), build);
        QCOMPARE(model.rowCount(second), 0);

        const QModelIndex test = model.index(1, 0, doc);
        QCOMPARE(model.index(0, 0, test).data().toString(), u"Check"_s);
        QCOMPARE(model.index(0, 0, test).data(StepTreeModel::SourceLineRole).toInt(), 16);
    }

    void corpusDocument()
    {
        StepTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Document::fromFile(
            QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs/011_hello-world-linux.yaml")));
        const QModelIndex doc = model.index(0, 0);
        QCOMPARE(doc.data().toString(), u"Hello World"_s);
        QCOMPARE(model.rowCount(doc), 3);
        const QStringList phases = {u"build"_s, u"validate"_s, u"test"_s};
        for (int p = 0; p < 3; ++p) {
            const QModelIndex phase = model.index(p, 0, doc);
            QCOMPARE(phase.data().toString(), phases.at(p));
            QCOMPARE(model.rowCount(phase), 1);
            QCOMPARE(model.index(0, 0, phase).data().toString(), u"HelloWorldStep"_s);
        }
    }

    void renameEmitsDataChangedNotReset()
    {
        StepTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parse(twoPhases));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        QByteArray renamed = twoPhases;
        renamed.replace("name: Second", "name: Renamed");
        model.setDocument(parse(renamed));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        const QModelIndex changed = changes.at(0).at(0).toModelIndex();
        QCOMPARE(changed.data().toString(), u"Renamed"_s);
        QCOMPARE(changed.row(), 1);

        // The same text again: nothing at all.
        model.setDocument(parse(renamed));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(resets.count(), 0);
    }

    void structuralChangeResets()
    {
        StepTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parse(twoPhases));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QByteArray more = twoPhases;
        more.append("      - name: Third\n        action: Reboot\n");
        model.setDocument(parse(more));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(model.index(1, 0, model.index(0, 0))), 2);
    }

    void indexForLine_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("before phases") << 2 << u"Demo"_s;
        QTest::newRow("phase line") << 4 << u"build"_s;
        QTest::newRow("steps key") << 5 << u"build"_s;
        QTest::newRow("first step") << 6 << u"First"_s;
        QTest::newRow("inside first step") << 9 << u"First"_s;
        QTest::newRow("second step") << 12 << u"Second"_s;
        QTest::newRow("second phase") << 14 << u"test"_s;
        QTest::newRow("last line") << 20 << u"Check"_s;
        QTest::newRow("past the end") << 200 << u"Check"_s;
    }

    void indexForLine()
    {
        QFETCH(int, line);
        QFETCH(QString, expected);
        StepTreeModel model;
        model.setDocument(parse(twoPhases));
        QCOMPARE(model.indexForLine(line).data().toString(), expected);
        QVERIFY(!model.indexForLine(0).isValid());
        QVERIFY(!model.indexForLine(5, 3).isValid());
    }

    // Loop iterations of a run are children of their step, with the step's
    // source position; a retry replaces them, a new run clears them.
    void iterationsAreChildrenOfTheirStep()
    {
        StepTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parse(twoPhases));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QModelIndex first = model.stepIndex(0, u"build"_s, u"First"_s);
        model.setStepStatus(0, u"build"_s, u"First"_s, RunStatus::Running);
        model.beginIteration(0, u"build"_s, u"First"_s, 0, u"alpha"_s);
        model.setIterationStatus(0, u"build"_s, u"First"_s, 0, RunStatus::Success, 12);
        model.beginIteration(0, u"build"_s, u"First"_s, 1, u"beta"_s);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(first), 2);
        QCOMPARE(model.iterationCount(0, u"build"_s, u"First"_s), 2);

        const QModelIndex it0 = model.index(0, 0, first);
        const QModelIndex it1 = model.index(1, 0, first);
        QCOMPARE(it0.parent(), first);
        QCOMPARE(it1.parent().parent(), model.phaseIndex(0, u"build"_s));
        QCOMPARE(it0.data().toString(), u"#0 alpha"_s);
        QCOMPARE(it0.data(StepTreeModel::KindRole).value<StepTreeModel::Kind>(),
                 StepTreeModel::Kind::Iteration);
        QCOMPARE(it0.data(StepTreeModel::SourceLineRole).toInt(), 6); // the step's line
        QCOMPARE(it0.data(StepTreeModel::IterationIndexRole).toLongLong(), 0);
        QCOMPARE(RunStatus(it0.data(StepTreeModel::RunStatusRole).toInt()), RunStatus::Success);
        QCOMPARE(it0.data(StepTreeModel::DurationRole).toLongLong(), 12);
        QCOMPARE(it0.siblingAtColumn(StepTreeModel::StatusColumn).data().toString(),
                 formatDuration(12));
        QCOMPARE(RunStatus(it1.data(StepTreeModel::RunStatusRole).toInt()), RunStatus::Running);
        QCOMPARE(model.rowCount(it0), 0);
        // Other steps have none.
        QCOMPARE(model.rowCount(model.stepIndex(0, u"build"_s, u"Second"_s)), 0);

        // A retry starts again at 0: the old rows go, one new row comes.
        model.setIterationStatus(0, u"build"_s, u"First"_s, 1, RunStatus::Failed, 5);
        model.beginIteration(0, u"build"_s, u"First"_s, 0, u"alpha"_s);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(first), 1);
        QCOMPARE(RunStatus(model.index(0, 0, first).data(StepTreeModel::RunStatusRole).toInt()),
                 RunStatus::Running);

        // Typing elsewhere keeps them; a new run clears them.
        QByteArray edited = twoPhases;
        edited.replace("path: /tmp/x", "path: /tmp/y");
        model.setDocument(parse(edited));
        QCOMPARE(model.rowCount(first), 1);
        model.clearRunStatuses();
        QCOMPARE(model.rowCount(first), 0);
        QCOMPARE(removed.count(), 2);
    }

    void editingTheStepDropsItsIterations_data()
    {
        QTest::addColumn<QString>("phase"); // where the iteration is
        QTest::addColumn<QString>("step");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<int>("kept");
        QTest::newRow("inputs changed")
            << u"build"_s << u"First"_s << QByteArray("commands: [echo 1]")
            << QByteArray("commands: [echo 2]") << false << 0;
        QTest::newRow("renamed") << u"build"_s << u"First"_s << QByteArray("name: First")
                                 << QByteArray("name: Primero") << false << 0;
        QTest::newRow("phase renamed") << u"build"_s << u"First"_s << QByteArray("name: build")
                                       << QByteArray("name: make") << false << 0;
        QTest::newRow("other step edited") << u"build"_s << u"First"_s << QByteArray("path: /tmp/x")
                                           << QByteArray("path: /tmp/z") << false << 1;
        QTest::newRow("step added") << u"build"_s << u"First"_s << QByteArray("  - name: test\n")
                                    << QByteArray("      - name: Third\n        action: Reboot\n"
                                                  "  - name: test\n")
                                    << true << 1;
        // A duplicate phase name above hides the rows of test/Check (only the
        // item stepIndex() finds shows them): rows may not vanish silently,
        // so the model resets.
        QTest::newRow("duplicate phase name")
            << u"test"_s << u"Check"_s << QByteArray("name: build") << QByteArray("name: test")
            << true << 0;
    }

    void editingTheStepDropsItsIterations()
    {
        QFETCH(QString, phase);
        QFETCH(QString, step);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, reset);
        QFETCH(int, kept);
        StepTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parse(twoPhases));
        model.beginIteration(0, phase, step, 0, u"a"_s);
        QCOMPARE(model.rowCount(model.stepIndex(0, phase, step)), 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QByteArray edited = twoPhases;
        QVERIFY(edited.contains(from));
        edited.replace(edited.indexOf(from), from.size(), to);
        model.setDocument(parse(edited));
        QCOMPARE(resets.count(), reset ? 1 : 0);
        int rows = 0;
        const QModelIndex doc = model.index(0, 0);
        for (int p = 0; p < model.rowCount(doc); ++p) {
            const QModelIndex ph = model.index(p, 0, doc);
            for (int s = 0; s < model.rowCount(ph); ++s)
                rows += model.rowCount(model.index(s, 0, ph));
        }
        QCOMPARE(rows, kept);
    }

    void progressOfARunningStep()
    {
        StepTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parse(twoPhases));
        const QModelIndex status = model.stepIndex(0, u"build"_s, u"Second"_s)
                                       .siblingAtColumn(StepTreeModel::StatusColumn);
        model.setStepStatus(0, u"build"_s, u"Second"_s, RunStatus::Running);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setStepProgress(0, u"build"_s, u"Second"_s, 34'200'000, 120'000'000);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(status.data().toString(), u"34.2 MB of 120.0 MB"_s);
        QCOMPARE(status.data(StepTreeModel::ProgressDoneRole).toLongLong(), 34'200'000);
        QCOMPARE(status.data(StepTreeModel::ProgressTotalRole).toLongLong(), 120'000'000);
        model.setStepProgress(0, u"build"_s, u"Second"_s, 512, -1);
        QCOMPARE(status.data().toString(), u"512 bytes"_s);
        QCOMPARE(status.data(StepTreeModel::ProgressTotalRole).toLongLong(), -1);
        // Finished: the duration again, no progress.
        model.setStepStatus(0, u"build"_s, u"Second"_s, RunStatus::Success, 1500);
        QCOMPARE(status.data().toString(), formatDuration(1500));
        QCOMPARE(status.data(StepTreeModel::ProgressDoneRole).toLongLong(), -1);
    }

    void formatBytes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << qint64(1) << u"1 byte"_s;
        QTest::newRow("bytes") << qint64(999) << u"999 bytes"_s;
        QTest::newRow("KB") << qint64(1500) << u"1.5 KB"_s;
        QTest::newRow("MB") << qint64(34'200'000) << u"34.2 MB"_s;
        QTest::newRow("GB") << qint64(4'700'000'000) << u"4.70 GB"_s;
        QTest::newRow("unknown") << qint64(-1) << QString();
    }

    void formatBytes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(Kiln::formatBytes(bytes), text);
    }

    void brokenYamlHasOnlyTheDocument()
    {
        StepTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parse("phases: [\n"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.index(0, 0).data().toString(), u"demo.yaml"_s);
    }
};

QTEST_GUILESS_MAIN(TestStepTreeModel)
#include "tst_steptreemodel.moc"
