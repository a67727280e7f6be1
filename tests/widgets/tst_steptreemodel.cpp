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
