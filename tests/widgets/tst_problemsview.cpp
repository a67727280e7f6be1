// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The problems pane shows info and hints dimmed (issue #18): they are worth a
// look, but errors and warnings are what to fix first.
#include "model/diagnosticsmodel.h"
#include "problemsview.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

class TestProblemsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infoAndHintsAreDimmed()
    {
        Diagnostics list;
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info, Severity::Hint}) {
            Diagnostic d;
            d.severity = s;
            d.code = u"K1001"_s;
            d.message = severityName(s);
            d.location = {u"a.yaml"_s, int(list.size()) + 1, 1};
            list.push_back(d);
        }
        DiagnosticsModel model;
        model.setDiagnostics(list);
        ProblemsView view;
        view.setDiagnosticsModel(&model);
        const QAbstractItemModel *shown = view.model();
        const QBrush dim = QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        for (int column = 0; column < DiagnosticsModel::ColumnCount; ++column) {
            QVERIFY(!shown->index(0, column).data(Qt::ForegroundRole).isValid());
            QVERIFY(!shown->index(1, column).data(Qt::ForegroundRole).isValid());
            QCOMPARE(shown->index(2, column).data(Qt::ForegroundRole).value<QBrush>(), dim);
            QCOMPARE(shown->index(3, column).data(Qt::ForegroundRole).value<QBrush>(), dim);
        }
        QCOMPARE(shown->index(2, DiagnosticsModel::SeverityColumn).data().toString(), u"Info"_s);
        QCOMPARE(shown->index(3, DiagnosticsModel::SeverityColumn).data().toString(), u"Hint"_s);
        // Only errors and warnings are counted in the status bar.
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.warningCount(), 1);
    }
};

QTEST_MAIN(TestProblemsView)
#include "tst_problemsview.moc"
