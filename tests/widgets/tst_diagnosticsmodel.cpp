// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// DiagnosticsModel: fed by the real validator on corpus documents.
#include "document/document.h"
#include "model/diagnosticsmodel.h"
#include "validate/validator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

class TestDiagnosticsModel : public QObject
{
    Q_OBJECT

    static Diagnostics validateFile(const QString &name)
    {
        const QString path = QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs/") + name;
        return Validator().validate(Document::fromFile(path));
    }

private Q_SLOTS:
    void corpusDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<int>("firstColumn");
        QTest::addColumn<QString>("firstCode");
        QTest::newRow("bad indent")
            << u"049_workshop-snippet-bad-indent.yaml"_s << 1 << 5 << 9 << u"K1001"_s;
        QTest::newRow("valid") << u"011_hello-world-linux.yaml"_s << 0 << 0 << 0 << QString();
    }

    void corpusDocuments()
    {
        QFETCH(QString, file);
        QFETCH(int, errors);
        QFETCH(int, firstLine);
        QFETCH(int, firstColumn);
        QFETCH(QString, firstCode);

        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(validateFile(file));
        QCOMPARE(model.errorCount(), errors);
        QCOMPARE(model.rowCount(), errors + model.warningCount());
        if (errors == 0)
            return;
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(DiagnosticsModel::LineRole).toInt(), firstLine);
        QCOMPARE(first.data(DiagnosticsModel::ColumnRole).toInt(), firstColumn);
        QCOMPARE(first.data(DiagnosticsModel::CodeRole).toString(), firstCode);
        QCOMPARE(first.data(DiagnosticsModel::SeverityRole).toInt(), int(Severity::Error));
        QCOMPARE(model.index(0, DiagnosticsModel::LocationColumn).data().toString(),
                 QStringLiteral("%1:%2").arg(firstLine).arg(firstColumn));
        QCOMPARE(model.index(0, DiagnosticsModel::CodeColumn).data().toString(), firstCode);
        QVERIFY(!model.index(0, DiagnosticsModel::MessageColumn).data().toString().isEmpty());
    }

    void countsAndResets()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &DiagnosticsModel::countsChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        Diagnostics list;
        Diagnostic error;
        error.code = QStringLiteral("K1001");
        error.message = QStringLiteral("broken");
        error.location = {QStringLiteral("a.yaml"), 3, 4};
        Diagnostic warning = error;
        warning.severity = Severity::Warning;
        warning.location.line = 7;
        list = {error, warning};

        model.setDiagnostics(list);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.warningCount(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.at(0).at(0).toInt(), 1);
        QCOMPARE(counts.at(0).at(1).toInt(), 1);
        QCOMPARE(resets.count(), 1);

        // The same list again changes nothing (the view keeps its selection).
        model.setDiagnostics(list);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(counts.count(), 1);

        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorCount(), 0);
        QCOMPARE(counts.count(), 2);
        QCOMPARE(resets.count(), 2);
    }

    void wholeFileDiagnosticHasNoLocationText()
    {
        DiagnosticsModel model;
        Diagnostic d;
        d.code = QStringLiteral("K1007");
        d.message = QStringLiteral("cannot read");
        d.location = {QStringLiteral("missing.yaml"), 0, 0};
        model.setDiagnostics({d});
        QCOMPARE(model.index(0, DiagnosticsModel::LocationColumn).data().toString(), QString());
        QCOMPARE(model.index(0, 0).data(DiagnosticsModel::LineRole).toInt(), 0);
    }

    // The code column's tooltip is the code's title and explanation (what
    // `kiln validate --explain` prints); the other columns and unknown codes
    // keep the file:line:col tooltip.
    void codeTooltipExplainsTheCode()
    {
        DiagnosticsModel model;
        Diagnostic known;
        known.code = QStringLiteral("K3007");
        known.message = QStringLiteral("unknown action 'ExecuteBsh'");
        known.location = {QStringLiteral("doc.yaml"), 4, 13};
        Diagnostic unknown = known;
        unknown.code = QStringLiteral("K9999");
        model.setDiagnostics({known, unknown});

        const QString codeTip =
            model.index(0, DiagnosticsModel::CodeColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(codeTip.startsWith(u"K3007: Unknown action module\n\nThe action is not an "_s),
                 qPrintable(codeTip));
        QVERIFY(codeTip.contains(u"`kiln actions` lists the modules."_s));
        const QString locationTip = u"doc.yaml:4:13: unknown action 'ExecuteBsh' [K3007]"_s;
        QCOMPARE(model.index(0, DiagnosticsModel::MessageColumn).data(Qt::ToolTipRole).toString(),
                 locationTip);
        QCOMPARE(model.index(1, DiagnosticsModel::CodeColumn).data(Qt::ToolTipRole).toString(),
                 u"doc.yaml:4:13: unknown action 'ExecuteBsh' [K9999]"_s);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
