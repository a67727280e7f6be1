// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What the studio shows while a step runs, offscreen with real runs: the loop
// iterations of a step as its children in the step tree (statuses, durations,
// the editor following a selected iteration, reboots inside the loop), and the
// bytes of a WebDownload from a local HTTP server in the step tree and the run
// panel.
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "exec/executor.h"
#include "mainwindow.h"
#include "model/steptreemodel.h"
#include "runpanel.h"
#include "steptreeview.h"
#include "studiofixture.h"
#include "testhttpserver.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

using KilnTest::lineOf;
using KilnTest::Studio;

RunStatus statusOf(const QModelIndex &index)
{
    return RunStatus(index.data(StepTreeModel::RunStatusRole).toInt());
}

const QByteArray loopDoc = R"(name: Loops
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Prepare
        action: ExecuteBash
        inputs:
          commands:
            - echo ready
      - name: EachHost
        action: ExecuteBash
        onFailure: Continue
        loop:
          forEach:
            - alpha
            - beta
            - gamma
        inputs:
          commands:
            - echo "checking {{ loop.value }}"
            - if [ "{{ loop.value }}" = beta ]; then echo "beta is down" >&2; exit 1; fi
      - name: After
        action: ExecuteBash
        inputs:
          commands:
            - echo after
)";

} // namespace

class TestRunProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KilnTest"_s);
        QCoreApplication::setApplicationName(u"tst_runprogress"_s);
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    // AWSTOE exits a loop at its first failed iteration (behaviour-reference §3.4):
    // of three items, the tree shows the two that ran.
    void loopIterationsInTheStepTree()
    {
        Studio s(loopDoc);
        QVERIFY(s.page);
        StepTreeView *view = s.window.stepTreeView();
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        StepTreeModel *model = s.page->stepTreeModel();
        // While the step runs its children appear one by one, the current one running.
        QList<int> rowsWhileRunning;
        connect(s.window.runPanel(), &RunPanel::runStarting, this, [&](Executor *executor) {
            connect(executor, &Executor::iterationStarted, this,
                    [&, model](int, const QString &, const QString &step) {
                        const QModelIndex item = model->stepIndex(0, u"build"_s, step);
                        rowsWhileRunning << model->rowCount(item);
                        QCOMPARE(statusOf(model->index(model->rowCount(item) - 1, 0, item)),
                                 RunStatus::Running);
                        QCOMPARE(statusOf(item), RunStatus::Running);
                    });
        });
        QVERIFY(s.runAndWait());
        QCOMPARE(rowsWhileRunning, (QList<int>{1, 2}));

        const QModelIndex step = model->stepIndex(0, u"build"_s, u"EachHost"_s);
        QCOMPARE(statusOf(step), RunStatus::Failed);
        QCOMPARE(model->rowCount(step), 2);
        const QModelIndex first = model->index(0, 0, step);
        const QModelIndex second = model->index(1, 0, step);
        QCOMPARE(first.data().toString(), u"#0 alpha"_s);
        QCOMPARE(second.data().toString(), u"#1 beta"_s);
        QCOMPARE(statusOf(first), RunStatus::Success);
        QCOMPARE(statusOf(second), RunStatus::Failed);
        QVERIFY(first.data(StepTreeModel::DurationRole).toLongLong() >= 0);
        QVERIFY(!first.siblingAtColumn(StepTreeModel::StatusColumn).data().toString().isEmpty());
        // onFailure: Continue: the next step ran, and has no children.
        QCOMPARE(statusOf(model->stepIndex(0, u"build"_s, u"After"_s)), RunStatus::Success);
        QCOMPARE(model->rowCount(model->stepIndex(0, u"build"_s, u"After"_s)), 0);

        // The view shows them (the step is expanded) with a status icon.
        const QModelIndex viewStep =
            view->model()->index(1, 0, view->model()->index(0, 0, view->model()->index(0, 0)));
        QCOMPARE(viewStep.data().toString(), u"EachHost"_s);
        QVERIFY(view->isExpanded(viewStep));
        const QModelIndex viewSecond = view->model()->index(1, 0, viewStep);
        QVERIFY(!viewSecond.siblingAtColumn(StepTreeModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());

        // Selecting an iteration moves the editor to its step, and the
        // selection stays on the iteration.
        const int stepLine = lineOf(loopDoc, "      - name: EachHost");
        s.page->editor()->goToLine(1);
        view->setCurrentIndex(viewSecond);
        QCOMPARE(s.page->editor()->currentLine(), stepLine);
        QCOMPARE(view->currentIndex().siblingAtColumn(0), viewSecond);
        QString phaseName, stepName;
        QVERIFY(view->currentStep(&phaseName, &stepName));
        QCOMPARE(stepName, u"EachHost"_s);

        // A new run starts without them; the failing iteration comes back.
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(s.runAndWait());
        QVERIFY(removed.count() >= 1);
        QCOMPARE(model->rowCount(step), 2);

        // Editing the step drops them.
        QTextCursor cursor = s.page->editor()->textCursor();
        const int at = int(loopDoc.indexOf("- gamma") + 2);
        cursor.setPosition(at);
        cursor.insertText(u"g"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(model->stepIndex(0, u"build"_s, u"EachHost"_s)),
                                  0, 5000);
    }

    // Reboots inside a loop, simulated (the studio's default): the step's
    // children end as one row per iteration, in order, all succeeded. An exit
    // 194 reruns the whole loop (its first rows are replaced, not duplicated);
    // a loop over the Reboot module goes on with the next iteration and keeps
    // the rows of those before it (see TestExecutor::loopIterationsAcrossReboot).
    void loopIterationRowsAcrossSimulatedReboot_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::newRow("exit 194") << QByteArray(R"(        action: ExecuteBash
        loop:
          forEach: [a, b, c]
        inputs:
          commands:
            - if [ {{ loop.value }} = b ] && [ ! -f DIR/mark ]; then touch DIR/mark; exit 194; fi
)");
        QTest::newRow("Reboot module") << QByteArray(R"(        action: Reboot
        loop:
          forEach: [a, b, c]
        inputs:
          delaySeconds: 0
)");
    }

    void loopIterationRowsAcrossSimulatedReboot()
    {
        QFETCH(QByteArray, step);
        QTemporaryDir dir;
        const QByteArray doc = "name: Reboots\nschemaVersion: 1.0\nphases:\n  - name: build\n"
                               "    steps:\n      - name: L\n" +
                               step.replace("DIR", dir.path().toUtf8());
        Studio s(doc);
        QVERIFY(s.page);
        QAbstractItemModelTester tester(s.window.stepTreeView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(s.runAndWait());
        StepTreeModel *model = s.page->stepTreeModel();
        const QModelIndex item = model->stepIndex(0, u"build"_s, u"L"_s);
        QCOMPARE(statusOf(item), RunStatus::Success);
        QCOMPARE(model->rowCount(item), 3);
        const QStringList labels{u"#0 a"_s, u"#1 b"_s, u"#2 c"_s};
        for (int row = 0; row < 3; ++row) {
            const QModelIndex child = model->index(row, 0, item);
            QCOMPARE(child.data().toString(), labels.at(row));
            QCOMPARE(statusOf(child), RunStatus::Success);
        }
    }

    // A WebDownload of a few MB: the bytes reach the executor's listeners at a
    // bounded rate, only grow, end at the total, and show in the step tree
    // and the run panel while the step runs.
    void downloadProgressReachesTheUi()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray body = server.routeSlowDownload("/big.bin", 4 * 1024 * 1024);

        QTemporaryDir out;
        const QString destination = out.filePath(u"big.bin"_s);
        const QByteArray doc = "name: Download\nschemaVersion: 1.0\nphases:\n  - name: build\n"
                               "    steps:\n      - name: Fetch\n        action: WebDownload\n"
                               "        inputs:\n          - source: " +
                               server.baseUrl().toUtf8() +
                               "/big.bin\n            destination: " + destination.toUtf8() + "\n";
        Studio s(doc);
        QVERIFY(s.page);
        StepTreeModel *model = s.page->stepTreeModel();
        RunPanel *panel = s.window.runPanel();
        QVERIFY(!panel->transferProgress()->isVisible());

        struct Update
        {
            qint64 done, total, atMs;
            QString treeText, panelText;
            bool panelVisible;
        };
        QList<Update> updates;
        QElapsedTimer clock;
        clock.start();
        // Connected after the run panel's own handlers, so they have run.
        connect(panel, &RunPanel::runStarting, this, [&](Executor *executor) {
            connect(executor, &Executor::stepProgress, this,
                    [&, model, panel](int document, const QString &phase, const QString &step,
                                      qint64 done, qint64 total) {
                        QCOMPARE(document, 0);
                        QCOMPARE(phase, u"build"_s);
                        QCOMPARE(step, u"Fetch"_s);
                        updates << Update{done,
                                          total,
                                          clock.elapsed(),
                                          model->stepIndex(0, phase, step)
                                              .siblingAtColumn(StepTreeModel::StatusColumn)
                                              .data()
                                              .toString(),
                                          panel->transferProgress()->format(),
                                          !panel->transferProgress()->isHidden()};
                    });
        });
        QVERIFY(s.runAndWait());
        QCOMPARE(statusOf(model->stepIndex(0, u"build"_s, u"Fetch"_s)), RunStatus::Success);
        QCOMPARE(QFileInfo(destination).size(), body.size());

        // At least 0.64 s of transfer (32 slices): several updates (their rate is
        // checked below, by their spacing, which load can only widen).
        QVERIFY2(updates.size() >= 3, qPrintable(QString::number(updates.size())));
        qint64 previous = -1;
        for (int i = 0; i < updates.size(); ++i) {
            const Update &u = updates.at(i);
            QVERIFY2(u.done >= previous, qPrintable(u"%1 after %2"_s.arg(u.done).arg(previous)));
            previous = u.done;
            // One entry with a Content-Length: the total is known from the start.
            QCOMPARE(u.total, qint64(body.size()));
            // Throttled: about ten a second; only the final value may come sooner.
            if (i > 0 && i < updates.size() - 1)
                QVERIFY2(u.atMs - updates.at(i - 1).atMs >= 90,
                         qPrintable(u"%1 ms apart"_s.arg(u.atMs - updates.at(i - 1).atMs)));
            const QString expected = formatBytes(u.done) + u" of "_s + formatBytes(u.total);
            QCOMPARE(u.treeText, expected);
            QVERIFY(u.panelVisible);
            QCOMPARE(u.panelText, u"Fetch: "_s + expected);
        }
        QCOMPARE(updates.last().done, qint64(body.size()));
        // Done: the tree shows the duration again, the panel hides the bar.
        const QString after = model->stepIndex(0, u"build"_s, u"Fetch"_s)
                                  .siblingAtColumn(StepTreeModel::StatusColumn)
                                  .data()
                                  .toString();
        QVERIFY2(!after.contains(u" of "_s), qPrintable(after));
        QVERIFY(panel->transferProgress()->isHidden());
    }
};

QTEST_MAIN(TestRunProgress)
#include "tst_runprogress.moc"
