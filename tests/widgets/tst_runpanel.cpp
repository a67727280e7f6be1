// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The studio's run experience end to end, offscreen: a failing run marks the
// step tree, fills the output pane and points the editor and the problems pane
// at the failed step; Stop leaves no process behind; quitting mid-run stops
// the run and writes its report before the window closes; the history lists the
// run and reopens it; a missing required parameter or an invalid document
// starts nothing; "Run This Step" runs one step.
#include "actions/standardactions.h"
#include "document/document.h"
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "exec/executor.h"
#include "historyview.h"
#include "kilnrun.h"
#include "mainwindow.h"
#include "model/diagnosticsmodel.h"
#include "model/runhistorymodel.h"
#include "model/runrecordmodel.h"
#include "model/steptreemodel.h"
#include "outputpane.h"
#include "runcompareview.h"
#include "runpanel.h"
#include "steptreeview.h"
#include "studiofixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <cerrno>
#include <csignal>
#include <sys/stat.h>

using namespace Kiln;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Kiln::RunStatus)

namespace {

using KilnTest::failingDoc;
using KilnTest::lineOf;
using KilnTest::Studio;

// A run of one ExecuteBash step `Flood` whose commands are the YAML flow list
// items `commands`, with its document and work folder in `dir`.
ExecutorOptions floodRun(const QTemporaryDir &dir, const char *commands)
{
    const QString path = dir.filePath(u"flood.yaml"_s);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray("name: Flood\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                           "      - name: Flood\n        action: ExecuteBash\n"
                           "        inputs:\n          commands: [") +
                commands + "]\n");
    f.close();
    ExecutorOptions options;
    options.actions = standardActions();
    RunDocument rd;
    rd.path = path;
    rd.document = std::make_shared<Document>(Document::fromFile(path));
    options.documents.push_back(rd);
    options.workDirectory = dir.filePath(u"work"_s);
    return options;
}

} // namespace

class TestRunPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Numbers are compared as English prints them, whatever the developer's LANG.
        QLocale::setDefault(QLocale::c());
        QCoreApplication::setOrganizationName(u"KilnTest"_s);
        QCoreApplication::setApplicationName(u"tst_runpanel"_s);
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void failingRunShowsWhereAndWhy()
    {
        Studio s(failingDoc);
        QVERIFY(s.page);
        QAbstractItemModelTester tester(s.window.stepTreeView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(s.page->stepTreeModel(), &QAbstractItemModel::modelReset);
        QSignalSpy failed(s.window.runPanel(), &RunPanel::stepFailed);
        QCOMPARE(s.window.runPanel()->checkedPhases(), QStringList{u"build"_s});
        QVERIFY(s.runAndWait());
        QCOMPARE(resets.count(), 0);

        QCOMPARE(s.stepStatus(u"build"_s, u"Hello"_s), RunStatus::Success);
        QCOMPARE(s.stepStatus(u"build"_s, u"Broken"_s), RunStatus::Failed);
        QCOMPARE(s.stepStatus(u"build"_s, u"NeverRuns"_s), RunStatus::Pending);
        const QModelIndex broken = s.page->stepTreeModel()->stepIndex(0, u"build"_s, u"Broken"_s);
        QVERIFY(broken.data(StepTreeModel::DurationRole).toLongLong() >= 0);
        QVERIFY(!broken.siblingAtColumn(StepTreeModel::StatusColumn).data().toString().isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).toString(), u"Broken"_s);

        // Output: both channels, stderr marked, per step.
        s.window.outputPane()->flush();
        const QString output = s.window.outputPane()->view()->toPlainText();
        QVERIFY2(output.contains(u"    hello from stdout"_s), qPrintable(output));
        QVERIFY2(output.contains(u"  ! about to fail"_s), qPrintable(output));
        QVERIFY(!output.contains(u"    never"_s));

        // The failed step is selected and the editor is on its line.
        const int brokenLine = lineOf(failingDoc, "- name: Broken");
        QCOMPARE(s.window.stepTreeView()->currentIndex().data().toString(), u"Broken"_s);
        QCOMPARE(s.page->editor()->currentLine(), brokenLine);

        // The problems pane has the failure at the step's line.
        const DiagnosticsModel *problems = s.page->diagnosticsModel();
        bool found = false;
        for (const Diagnostic &d : problems->diagnostics())
            found = found || (d.location.line == brokenLine && d.message.contains(u"Broken"_s) &&
                              d.isError());
        QVERIFY(found);

        // The whole-run progress bar counted every step that ran.
        QCOMPARE(s.window.runProgress()->maximum(), 3);
        QVERIFY(s.window.runProgress()->isVisibleTo(&s.window));

        // "Only the selected step" shows just Broken's output.
        s.window.outputPane()->setOnlySelectedStep(true);
        const QString only = s.window.outputPane()->view()->toPlainText();
        QVERIFY(only.contains(u"about to fail"_s));
        QVERIFY(!only.contains(u"hello from stdout"_s));
        s.window.outputPane()->setOnlySelectedStep(false);
        s.window.outputPane()->setFilterText(u"hello"_s);
        const QString filtered = s.window.outputPane()->view()->toPlainText();
        QVERIFY(filtered.contains(u"hello from stdout"_s));
        QVERIFY(!filtered.contains(u"  ! about to fail"_s));

        // The run folder holds the report and the exact text that ran, private.
        const QString folder = s.window.runPanel()->runFolder();
        QVERIFY(QFileInfo::exists(folder + u"/detailedoutput.json"_s));
        QFile copy(folder + u"/document.yaml"_s);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), failingDoc);
        const auto modeOf = [](const QString &path) {
            struct stat st = {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
        };
        QCOMPARE(modeOf(folder), mode_t(0700));
        for (const QString &name :
             {u"document.yaml"_s, u"console.log"_s, u"application.log"_s, u"detailedoutput.json"_s})
            QCOMPARE(modeOf(folder + u'/' + name), mode_t(0600));

        // A second run starts from clean statuses.
        QVERIFY(s.runAndWait());
        QCOMPARE(s.stepStatus(u"build"_s, u"Broken"_s), RunStatus::Failed);
        QCOMPARE(resets.count(), 0);
    }

    // A step that prints far more than the pane keeps: memory stays bounded
    // (the last lines per step, a view block limit) and the newest lines show.
    void floodedOutputIsBounded()
    {
        QTemporaryDir dir;
        Executor executor(floodRun(dir, "'seq 1 60000', 'echo done >&2'"));
        OutputPane pane(nullptr, 1000);
        pane.attach(&executor);
        QSignalSpy finished(&executor, &Executor::runFinished);
        executor.start();
        QVERIFY(finished.wait(60000));
        pane.flush();
        const RunOutputLog::StepOutput &step = pane.log().steps().at(0);
        QCOMPARE(step.lines.size(), size_t(1000));
        QCOMPARE(step.dropped, qint64(60001 - 1000));
        QCOMPARE(step.lines.back().text, u"done"_s);
        QCOMPARE(step.lines.front().text, u"59002"_s);
        QVERIFY(pane.view()->blockCount() <= 20000);
        const QString text = pane.view()->toPlainText();
        QVERIFY(text.contains(u"    60000"_s));
        QVERIFY(text.contains(u"  ! done"_s));

        // A rebuild (filter) paints from the bounded log and says what it dropped.
        pane.setFilterText(u"5999"_s);
        const QString filtered = pane.view()->toPlainText();
        QVERIFY(filtered.contains(u"59 001 earlier lines"_s) ||
                filtered.contains(u"59,001 earlier lines"_s) ||
                filtered.contains(u"59001 earlier lines"_s));
        QVERIFY(filtered.contains(u"    59990"_s));
        QVERIFY(!filtered.contains(u"    60000"_s));
        QVERIFY(pane.view()->blockCount() < 30);
    }

    void stopLeavesNoProcess()
    {
        Studio s("name: Sleeper\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                 "      - name: Sleep\n        action: ExecuteBash\n"
                 "        inputs:\n          commands: ['sleep 30']\n");
        QSignalSpy finished(s.window.runPanel(), &RunPanel::runFinished);
        QSignalSpy failed(s.window.runPanel(), &RunPanel::stepFailed);
        QVERIFY(s.window.runPanel()->run());
        Executor *executor = s.window.runPanel()->executor();
        QTRY_VERIFY_WITH_TIMEOUT(executor->runningProcessGroup() > 0, 10000);
        const auto group = pid_t(executor->runningProcessGroup());
        QCOMPARE(::kill(-group, 0), 0);
        QCOMPARE(s.stepStatus(u"build"_s, u"Sleep"_s), RunStatus::Running);
        s.window.runPanel()->stop();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).value<RunStatus>(), RunStatus::Cancelled);
        QCOMPARE(s.stepStatus(u"build"_s, u"Sleep"_s), RunStatus::Cancelled);
        // No process of the step's group is left (the runner reaps the leader).
        QTRY_VERIFY_WITH_TIMEOUT(::kill(-group, 0) == -1 && errno == ESRCH, 5000);
        QVERIFY(!s.window.runPanel()->isRunning());
        // A stop is the user's choice, not a failure: no error at the step, no jump to it.
        QCOMPARE(failed.count(), 0);
        for (const Diagnostic &d : s.page->diagnosticsModel()->diagnostics())
            QVERIFY2(!d.isError(), qPrintable(d.message));
    }

    // Closing the studio mid-run (after the user confirmed) kills the step's processes.
    void destroyingTheWindowMidRunKillsTheStep()
    {
        pid_t group = 0;
        {
            Studio s("name: Sleeper\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                     "      - name: Sleep\n        action: ExecuteBash\n"
                     "        inputs:\n          commands: ['sleep 30']\n");
            QVERIFY(s.window.runPanel()->run());
            Executor *executor = s.window.runPanel()->executor();
            QTRY_VERIFY_WITH_TIMEOUT(executor->runningProcessGroup() > 0, 10000);
            group = pid_t(executor->runningProcessGroup());
        }
        QTRY_VERIFY_WITH_TIMEOUT(::kill(-group, 0) == -1 && errno == ESRCH, 5000);
    }

    // Quitting the studio mid-run is a cancel: the window's close (after the
    // user confirmed) stops the run, lets the step clean up within its grace
    // period, writes the reports with status cancelled, and only then closes;
    // the history then shows the run as cancelled, not "no report".
    void quittingMidRunWritesTheReport_data()
    {
        QTest::addColumn<bool>("viaQuit");
        QTest::newRow("window closed") << false;
        QTest::newRow("application quit") << true; // Qt asks each window to close
    }

    void quittingMidRunWritesTheReport()
    {
        QFETCH(bool, viaQuit);
        QTemporaryDir work;
        Studio s(QByteArray(R"(name: Sleeper
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Sleep
        action: ExecuteBash
        inputs:
          commands:
            - trap 'echo cleaned > "DIR/cleaned"; exit 143' TERM
            - sleep 30
      - name: After
        action: ExecuteBash
        inputs:
          commands: ['echo after']
)")
                     .replace("DIR", work.path().toUtf8()));
        QVERIFY(s.window.runPanel()->run());
        Executor *executor = s.window.runPanel()->executor();
        QTRY_VERIFY_WITH_TIMEOUT(executor->runningProcessGroup() > 0, 10000);
        const auto group = pid_t(executor->runningProcessGroup());
        const QString folder = s.window.runPanel()->runFolder();
        s.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.window));
        // "A run is in progress. Stop it and quit?": yes.
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        answer.start(50);
        if (viaQuit) {
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            QCOMPARE(QApplication::exec(), 0);
            QVERIFY(!s.window.isVisible());
        } else {
            QVERIFY(s.window.close());
        }
        answer.stop();

        // As soon as the window has closed: the step stopped (cleaning up on
        // SIGTERM, not killed), its group is gone, and the reports are there.
        QVERIFY(!s.window.runPanel()->isRunning());
        QCOMPARE(KilnTest::readText(QDir(work.path()).filePath(u"cleaned"_s)), u"cleaned\n"_s);
        QVERIFY(::kill(-group, 0) == -1 && errno == ESRCH);
        QFile report(QDir(folder).filePath(u"detailedoutput.json"_s));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(report.readAll()).object();
        QCOMPARE(json.value(u"status"_s).toString(), u"cancelled"_s);
        const auto steps = KilnTest::stepsByName(json);
        QCOMPARE(steps.value(u"Sleep"_s).value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(steps.value(u"After"_s).value(u"status"_s).toString(), u"notRun"_s);
        QVERIFY(KilnTest::readText(QDir(folder).filePath(u"console.log"_s))
                    .contains(u"Step Sleep: cancelled"_s));

        // A fresh look at the log directory (as the next start of the studio
        // has) finds the report.
        RunHistoryModel history;
        QSignalSpy read(&history, &RunHistoryModel::reportsRead);
        history.setLogDirectory(s.dir.filePath(u"logs"_s));
        QCOMPARE(history.rowCount(), 1);
        if (history.isReading())
            QVERIFY(read.wait(10000));
        QCOMPARE(RunStatus(history.index(0, 0).data(RunHistoryModel::RunStatusRole).toInt()),
                 RunStatus::Cancelled);
    }

    // Destroyed mid-run without a close (no event loop to wait in): the step
    // is killed at once, and the run still leaves a report.
    void destroyingTheWindowMidRunLeavesAReport()
    {
        QTemporaryDir logs; // outlives the fixture's folder
        QString folder;
        {
            Studio s("name: Sleeper\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                     "      - name: Sleep\n        action: ExecuteBash\n"
                     "        inputs:\n          commands: ['sleep 30']\n");
            StudioSettings settings = s.window.settings();
            settings.logDirectory = logs.path();
            s.window.applySettings(settings);
            QVERIFY(s.window.runPanel()->run());
            Executor *executor = s.window.runPanel()->executor();
            QTRY_VERIFY_WITH_TIMEOUT(executor->runningProcessGroup() > 0, 10000);
            folder = s.window.runPanel()->runFolder();
        }
        QFile report(QDir(folder).filePath(u"detailedoutput.json"_s));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(report.readAll()).object();
        QCOMPARE(json.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(KilnTest::stepsByName(json).value(u"Sleep"_s).value(u"status"_s).toString(),
                 u"cancelled"_s);
    }

    void historyListsAndReopensRuns()
    {
        Studio s(failingDoc);
        QVERIFY(s.runAndWait());
        HistoryView *history = s.window.historyView();
        QAbstractItemModelTester runsTester(history->historyModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester recordTester(
            history->recordModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->historyModel()->logDirectory(), s.dir.filePath(u"logs"_s));
        QTRY_COMPARE(history->historyModel()->rowCount(), 1); // refreshed in the next event
        QCOMPARE(history->historyModel()->index(0, 0).data(RunHistoryModel::FolderRole).toString(),
                 s.window.runPanel()->runFolder());

        history->runsView()->setCurrentIndex(history->runsView()->model()->index(0, 0));
        QCOMPARE(history->openedReport(),
                 s.window.runPanel()->runFolder() + u"/detailedoutput.json"_s);
        RunRecordModel *record = history->recordModel();
        QCOMPARE(record->rowCount(), 1);
        // The failed step is selected and its failure and stderr-free outputs are shown.
        const QModelIndex current = history->recordView()->currentIndex();
        QVERIFY(current.data().toString().startsWith(u"Broken"_s));
        QVERIFY(history->detailsView()->toPlainText().contains(u"Failure:"_s));
        // Its duration reads as it did live, from the run's milliseconds (the
        // timeline's clock, which may differ from the live one by a millisecond).
        const QString live = s.page->stepTreeModel()
                                 ->stepIndex(0, u"build"_s, u"Broken"_s)
                                 .siblingAtColumn(StepTreeModel::StatusColumn)
                                 .data()
                                 .toString();
        QVERIFY2(live.endsWith(u" ms"_s) || live.endsWith(u" s"_s), qPrintable(live));
        const QString past =
            current.siblingAtColumn(RunRecordModel::DurationColumn).data().toString();
        QCOMPARE(past.section(u' ', 1), live.section(u' ', 1)); // the same unit, not "< 1 s"
        QVERIFY2(std::abs(past.section(u' ', 0, 0).toDouble() -
                          live.section(u' ', 0, 0).toDouble()) <= 5,
                 qPrintable(past + u" / "_s + live));

        // A second run comes first.
        QVERIFY(s.runAndWait());
        QTRY_COMPARE(history->historyModel()->rowCount(), 2);
        QCOMPARE(history->historyModel()->index(0, 0).data(RunHistoryModel::FolderRole).toString(),
                 s.window.runPanel()->runFolder());

        // And a report from AWSTOE opens the same way.
        QVERIFY(history->openReport(
            QStringLiteral(KILN_TEST_DATA_DIR "/report/awstoe-detailedoutput.json")));
        QCOMPARE(record->index(0, 0).data().toString(), u"HelloWorldDocument"_s);
        QVERIFY(!history->openReport(s.dir.filePath(u"nothing.json"_s)));
        QCOMPARE(record->rowCount(), 0);
    }

    // A past run's actions: run it again as it ran, compare it with another,
    // delete it (only run folders of this log directory).
    void historyRunsAgainComparesAndDeletes()
    {
        Studio s(
            "name: P\nschemaVersion: 1.0\nparameters:\n"
            "  - Code:\n      type: string\n"
            "phases:\n  - name: build\n    steps:\n"
            "      - name: Say\n        action: ExecuteBash\n"
            "        inputs:\n          commands: ['echo code {{ Code }}; exit {{ Code }}']\n");
        RunPanel *panel = s.window.runPanel();
        panel->setParameterValue(u"Code"_s, u"0"_s);
        QVERIFY(s.runAndWait());
        const QString first = panel->runFolder();
        panel->setParameterValue(u"Code"_s, u"4"_s);
        QVERIFY(s.runAndWait());
        const QString second = panel->runFolder();
        HistoryView *history = s.window.historyView();
        QTRY_COMPARE(history->historyModel()->rowCount(), 2);
        QCOMPARE(history->previousRun(second), first);

        // Run Again takes the first run's value, whatever the form says now.
        QVERIFY(s.runAndWait([&] { return s.window.runAgain(first); }));
        QCOMPARE(s.stepStatus(u"build"_s, u"Say"_s), RunStatus::Success);
        QCOMPARE(panel->parameterEdit(u"Code"_s)->text(), u"0"_s);
        const QString third = panel->runFolder();
        QVERIFY(third != first);
        QVERIFY(!s.window.runAgain(s.dir.path())); // no kiln-run.json there

        // The context menu's Open Folder and Open console.log go outside the studio.
        QList<QUrl> opened;
        history->setUrlOpener([&opened](const QUrl &url) { opened << url; });
        QMenu menu;
        history->addRunActions(menu, first);
        for (QAction *a : menu.actions()) {
            if (a->text() == u"Open Folder"_s || a->text() == u"Open console.log"_s)
                a->trigger();
        }
        QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(first),
                                      QUrl::fromLocalFile(first + u"/console.log"_s)}));

        // Compare: the step's status and output differ.
        RunCompareView *view = history->compare(first, second);
        QVERIFY(view);
        const RunComparison &c = view->comparison();
        QCOMPARE(int(c.steps.size()), 1);
        QCOMPARE(c.steps[0].statusA, std::optional(RunStatus::Success));
        QCOMPARE(c.steps[0].statusB, std::optional(RunStatus::Failed));
        QVERIFY(view->outputA()->toPlainText().contains(u"code 0"_s));
        QVERIFY(view->outputB()->toPlainText().contains(u"code 4"_s));
        QVERIFY(view->summaryText().contains(u"1 of 1 steps differ"_s));
        QVERIFY(view->stepsView()->topLevelItem(0)->font(0).bold());
        view->close();
        QVERIFY(!history->compare(first, s.dir.filePath(u"nothing"_s)));

        // Delete: the run folder goes, a folder outside the log directory does not.
        QTRY_COMPARE(history->historyModel()->rowCount(), 3);
        QTemporaryDir elsewhere;
        const QString stranger = elsewhere.filePath(QFileInfo(first).fileName());
        QVERIFY(QDir().mkpath(stranger));
        history->deleteRuns({second, stranger}, false);
        QVERIFY(!QFileInfo::exists(second));
        QVERIFY(QFileInfo::exists(stranger));
        QCOMPARE(history->historyModel()->rowCount(), 2);
    }

    void requiredParametersAreChecked()
    {
        Studio s("name: P\nschemaVersion: 1.0\nparameters:\n"
                 "  - Who:\n      type: string\n"
                 "  - Greeting:\n      type: string\n      default: hello\n"
                 "phases:\n  - name: build\n    steps:\n"
                 "      - name: Say\n        action: ExecuteBash\n"
                 "        inputs:\n          commands: ['echo \"{{ Greeting }}, {{ Who }}\"']\n");
        RunPanel *panel = s.window.runPanel();
        QVERIFY(panel->parameterEdit(u"Who"_s));
        QCOMPARE(panel->parameterEdit(u"Greeting"_s)->text(), u"hello"_s);
        QCOMPARE(panel->parameterEdit(u"Who"_s)->text(), QString());
        QSignalSpy refused(panel, &RunPanel::runRefused);
        QVERIFY(!panel->run());
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(u"Who"_s));
        QVERIFY(!panel->isRunning());

        panel->setParameterValue(u"Who"_s, u"world"_s);
        QVERIFY(s.runAndWait());
        s.window.outputPane()->flush();
        QVERIFY(s.window.outputPane()->view()->toPlainText().contains(u"hello, world"_s));
    }

    // The form comes from the page's last validation (no parse of its own);
    // a parameter typed a moment ago, before the debounced validation, still
    // counts when Run is pressed, because run() reads the text as it is.
    void parameterFormFollowsEditsAndRunSeesTheLatestText()
    {
        Studio s("name: P\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                 "      - name: Say\n        action: ExecuteBash\n"
                 "        inputs:\n          commands: ['echo hi']\n");
        RunPanel *panel = s.window.runPanel();
        QVERIFY(!panel->parameterEdit(u"Who"_s));
        QVERIFY(s.page->document());

        QTextCursor cursor(s.page->editor()->document());
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::Down, QTextCursor::MoveAnchor, 2);
        cursor.insertText(u"parameters:\n  - Who:\n      type: string\n"_s);
        QVERIFY(!panel->parameterEdit(u"Who"_s)); // not validated yet
        s.page->validateNow();
        QVERIFY(panel->parameterEdit(u"Who"_s));
        QCOMPARE(s.page->document()->parameters.size(), size_t(1));

        // A second required parameter, and Run before the page validated it.
        cursor.insertText(u"  - Where:\n      type: string\n"_s);
        QSignalSpy refused(panel, &RunPanel::runRefused);
        panel->setParameterValue(u"Who"_s, u"world"_s);
        QVERIFY(!panel->run());
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.at(0).at(0).toString().contains(u"Where"_s),
                 qPrintable(refused.at(0).at(0).toString()));
        QVERIFY(panel->parameterEdit(u"Where"_s));
        QCOMPARE(panel->parameterEdit(u"Who"_s)->text(), u"world"_s);
    }

    // A flood is painted a slice per tick, trimmed at the top without losing
    // order, and completed after the run without an explicit flush().
    void floodIsPaintedInSlicesInOrder()
    {
        QTemporaryDir dir;
        Executor executor(floodRun(dir, "'seq 1 30000'"));
        OutputPane pane;
        pane.attach(&executor);
        QSignalSpy finished(&executor, &Executor::runFinished);
        executor.start();
        QVERIFY(finished.wait(60000));
        QTextDocument *view = pane.view()->document();
        // 30,002 items (header, lines, footer) need 16 ticks at most.
        QTRY_VERIFY_WITH_TIMEOUT(view->lastBlock().text().startsWith(u"■ Flood"_s), 30000);
        QCOMPARE(view->blockCount(), 20000); // the view's limit
        // 30,002 - 20,000 items were trimmed (the header and lines 1..10,001).
        for (int i = 0; i < 19999; ++i) {
            const QString expected = u"    "_s + QString::number(10002 + i);
            if (view->findBlockByNumber(i).text() != expected)
                QFAIL(qPrintable(u"block %1: '%2', expected '%3'"_s.arg(i).arg(
                    view->findBlockByNumber(i).text(), expected)));
        }
    }

    void invalidDocumentDoesNotStart()
    {
        Studio s("name: Bad\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                 "      - name: X\n        action: NoSuchAction\n");
        QSignalSpy refused(s.window.runPanel(), &RunPanel::runRefused);
        QVERIFY(!s.window.runPanel()->run());
        QCOMPARE(refused.count(), 1);
        QVERIFY(!s.window.runPanel()->executor());
        QVERIFY(s.page->diagnosticsModel()->errorCount() > 0);
        QVERIFY(
            !QFileInfo::exists(s.dir.filePath(u"logs"_s)) ||
            QDir(s.dir.filePath(u"logs"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void runThisStepAndFromHere()
    {
        Studio s(failingDoc);
        // The cursor in "Hello" selects it in the tree; Run This Step runs it alone.
        s.page->editor()->goToLine(lineOf(failingDoc, "- name: Hello"));
        QCOMPARE(s.window.stepTreeView()->currentIndex().data().toString(), u"Hello"_s);
        QVERIFY(s.runAndWait([&] { return s.window.runCurrentStep(true); }));
        QCOMPARE(s.stepStatus(u"build"_s, u"Hello"_s), RunStatus::Success);
        QCOMPARE(s.stepStatus(u"build"_s, u"Broken"_s), RunStatus::Pending);
        QCOMPARE(s.window.runProgress()->maximum(), 1);
        // The steps it left out say so (not "stopped", not blank).
        const auto statusText = [&](const QString &step) {
            return s.page->stepTreeModel()
                ->stepIndex(0, u"build"_s, step)
                .siblingAtColumn(StepTreeModel::StatusColumn)
                .data()
                .toString();
        };
        QCOMPARE(statusText(u"Broken"_s), u"not selected"_s);
        QVERIFY(statusText(u"Hello"_s) != u"not selected"_s);

        // Run From Here on NeverRuns: only it runs, and succeeds.
        s.window.stepTreeView()->selectStep(0, u"build"_s, u"NeverRuns"_s);
        QVERIFY(s.runAndWait([&] { return s.window.runCurrentStep(false); }));
        QCOMPARE(s.stepStatus(u"build"_s, u"NeverRuns"_s), RunStatus::Success);
        QCOMPARE(s.stepStatus(u"build"_s, u"Hello"_s), RunStatus::Pending);
        QCOMPARE(statusText(u"Hello"_s), u"not selected"_s);
        // A whole run selects every step again.
        QVERIFY(s.runAndWait());
        QVERIFY(statusText(u"Hello"_s) != u"not selected"_s);
    }

    void unsavedTextRunsFromACopy()
    {
        Studio s(failingDoc);
        // Edit without saving: the run uses the editor's text.
        QTextCursor cursor(s.page->editor()->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(QString::fromUtf8(failingDoc).replace(u"exit 3"_s, u"exit 0"_s));
        QVERIFY(s.page->isModified());
        QVERIFY(s.runAndWait());
        QCOMPARE(s.stepStatus(u"build"_s, u"Broken"_s), RunStatus::Success);
        QFile copy(s.window.runPanel()->runFolder() + u"/document.yaml"_s);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll().contains("exit 0"));
        QVERIFY(s.page->isModified()); // nothing was saved
    }
};

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"
