// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Replaying a run in the studio (History › Replay, Run › Replay Run Report),
// offscreen, with real runs: the replay takes the original's parameters from
// kiln-run.json whatever the form says, stops after the step that failed even
// where the original went on, and ends in a Compare window whose verdict says
// whether the failure was reproduced. A report whose document is gone replays
// the run folder's copy in an unsaved tab named after it, with the form's
// parameters (AWSTOE records none); a run of several documents (kiln run -d
// a,b) opens the one that failed and follows only it in the step tree.
// Declining, a folder without a report and a run already going start nothing.
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "historyview.h"
#include "kilnrun.h"
#include "mainwindow.h"
#include "runcompareview.h"
#include "runpanel.h"
#include "runtargetpicker.h"
#include "sandbox/namespaces.h"
#include "studiofixture.h"
#include "studioreplay.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <unistd.h>

using namespace Kiln;
using namespace Qt::StringLiterals;
using KilnTest::Studio;

Q_DECLARE_METATYPE(Kiln::ReplayOutcome)

namespace {

// `Check` fails until the file {{ Marker }} exists; onFailure Continue lets
// the original go on to `After`, which a replay must not reach.
const QByteArray markerDoc = R"(name: Marker
schemaVersion: 1.0
parameters:
  - Marker:
      type: string
phases:
  - name: build
    steps:
      - name: Hello
        action: ExecuteBash
        inputs:
          commands:
            - echo "marker is {{ Marker }}"
      - name: Check
        action: ExecuteBash
        onFailure: Continue
        inputs:
          commands:
            - test -e "{{ Marker }}" || { echo "no {{ Marker }}"; exit 4; }
      - name: After
        action: ExecuteBash
        inputs:
          commands:
            - echo after
)";

QByteArray oneStep(const QByteArray &name, const QByteArray &command)
{
    return "name: " + name +
           "\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: " + name +
           "Step\n        action: ExecuteBash\n        inputs:\n          commands: ['" + command +
           "']\n";
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Replays `report` with the plan accepted, and waits for the comparison.
std::optional<ReplayOutcome> replayAndWait(MainWindow &window, const QString &report,
                                           QString *plan = nullptr)
{
    StudioReplay *replay = window.replayer();
    replay->setConfirmation([plan](const QString &text, bool *) {
        if (plan)
            *plan = text;
        return true;
    });
    QSignalSpy compared(replay, &StudioReplay::compared);
    if (!replay->start(report) || !compared.wait(60000))
        return std::nullopt;
    return compared.takeFirst().at(0).value<ReplayOutcome>();
}

} // namespace

class TestStudioReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ReplayOutcome>();
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QCoreApplication::setOrganizationName(u"KilnTest"_s);
        QCoreApplication::setApplicationName(u"tst_studioreplay"_s);
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void replayStopsWhereTheOriginalFailedAndCompares()
    {
        Studio s(markerDoc);
        const QString marker = s.dir.filePath(u"marker"_s);
        RunPanel *panel = s.window.runPanel();
        panel->setParameterValue(u"Marker"_s, marker);
        QVERIFY(s.runAndWait());
        const QString original = panel->runFolder();
        QCOMPARE(s.stepStatus(u"build"_s, u"After"_s), RunStatus::Success);

        // The form says otherwise now; the replay takes the original's value.
        panel->setParameterValue(u"Marker"_s, u"/nonexistent/other"_s);
        QString plan;
        const auto outcome = replayAndWait(s.window, original, &plan);
        QVERIFY(outcome);
        QVERIFY2(plan.contains(u"Stops after build › Check, where the original run failed"_s),
                 qPrintable(plan));
        QVERIFY(plan.contains(u"the original run's (from its kiln-run.json)"_s));
        QVERIFY(panel->runFolder() != original);

        QVERIFY(outcome->reproduced);
        QVERIFY(outcome->failedStep);
        QCOMPARE(outcome->failedStep->step, u"Check"_s);
        QCOMPARE(int(outcome->comparison.steps.size()), 2); // After is past the stop
        QCOMPARE(s.stepStatus(u"build"_s, u"Check"_s), RunStatus::Failed);
        QVERIFY(s.stepStatus(u"build"_s, u"After"_s) != RunStatus::Success);

        RunCompareView *view = s.window.replayer()->outcomeView();
        QVERIFY(view);
        QVERIFY2(view->summaryText().startsWith(u"Reproduced"_s), qPrintable(view->summaryText()));
        QVERIFY(view->stepsView()->currentItem()->text(0).contains(u"Check"_s));
        QVERIFY(view->outputA()->toPlainText().contains(u"no "_s + marker));
        QVERIFY(view->outputB()->toPlainText().contains(u"no "_s + marker));
        view->close();
    }

    void aReportWithoutItsDocumentReplaysTheCopyWithTheFormsValues()
    {
        Studio s(markerDoc);
        const QString marker = s.dir.filePath(u"marker"_s);
        RunPanel *panel = s.window.runPanel();
        panel->setParameterValue(u"Marker"_s, marker);
        QVERIFY(s.runAndWait());
        const QString original = panel->runFolder();
        // As AWSTOE leaves it: no kiln-run.json; and the document is gone.
        QVERIFY(QFile::remove(QDir(original).filePath(u"kiln-run.json"_s)));
        QVERIFY(s.window.closePage(s.window.pageCount() - 1));
        QVERIFY(QFile::remove(s.dir.filePath(u"doc.yaml"_s)));
        // Now the marker is there: Check passes, which is not what the original saw.
        QVERIFY(write(marker, "x"));

        StudioReplay *replay = s.window.replayer();
        QString plan;
        replay->setConfirmation([&plan](const QString &text, bool *) {
            plan = text;
            return true;
        });
        QSignalSpy message(replay, &StudioReplay::message);
        panel->setParameterValue(u"Marker"_s, QString());
        QVERIFY(!replay->start(original)); // Marker is required, the form is empty
        QVERIFY(plan.contains(u"(the run folder's copy of "_s));
        QVERIFY(plan.contains(u"Parameters: unknown"_s));
        QVERIFY(message.last().at(0).toString().contains(u"Marker"_s));
        EditorPage *copy = s.window.currentPage();
        QVERIFY(copy);
        QCOMPARE(copy->displayName(), u"doc.yaml"_s);
        QVERIFY(copy->filePath().isEmpty());
        QCOMPARE(copy->editor()->toPlainText().toUtf8(), markerDoc);
        const int pages = s.window.pageCount();

        panel->setParameterValue(u"Marker"_s, marker);
        QSignalSpy compared(replay, &StudioReplay::compared);
        QVERIFY(replay->start(original));
        QVERIFY(compared.wait(60000));
        QCOMPARE(s.window.pageCount(), pages); // the copy's page is not opened twice
        const auto outcome = compared.takeFirst().at(0).value<ReplayOutcome>();
        QVERIFY(!outcome.reproduced);
        QVERIFY(outcome.failedStep);
        QCOMPARE(outcome.failedStep->statusA, std::optional(RunStatus::Failed));
        QCOMPARE(outcome.failedStep->statusB, std::optional(RunStatus::Success));
        QCOMPARE(replayVerdict(outcome),
                 u"Not reproduced: 1 step(s) ended otherwise than in the original run."_s);
    }

    void severalDocumentsOpenTheOneThatFailed()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.yaml"_s);
        const QString second = dir.filePath(u"second.yaml"_s);
        QVERIFY(write(first, oneStep("First", "echo one")));
        QVERIFY(write(second, oneStep("Second", "echo two; exit 5")));
        const QString logs = dir.filePath(u"logs"_s);
        const KilnTest::Result r = KilnTest::kiln({u"-d"_s, first + u',' + second, u"-l"_s, logs});
        QCOMPARE(r.exitCode, 1);
        const QString original = KilnTest::runFolder(logs);
        QVERIFY(!original.isEmpty());

        Studio s(oneStep("Other", "echo other"));
        const auto outcome = replayAndWait(s.window, original);
        QVERIFY(outcome);
        QVERIFY(outcome->reproduced);
        QCOMPARE(int(outcome->comparison.steps.size()), 2);
        EditorPage *page = s.window.runPanel()->runPage();
        QVERIFY(page);
        QCOMPARE(page->filePath(), QFileInfo(second).absoluteFilePath());
        QCOMPARE(s.window.runPanel()->pageDocument(), 1);
        StepTreeModel *tree = page->stepTreeModel();
        QCOMPARE(RunStatus(tree->stepIndex(0, u"build"_s, u"SecondStep"_s)
                               .data(StepTreeModel::RunStatusRole)
                               .toInt()),
                 RunStatus::Failed);
    }

    // `kiln run -d doc.yaml` records a relative path. The studio's working
    // directory is not where that run started (here it holds another
    // doc.yaml): the run folder's copy is replayed, not whatever is there.
    void aRelativePathReplaysTheCopy()
    {
        QTemporaryDir started, elsewhere;
        QVERIFY(write(started.filePath(u"doc.yaml"_s), oneStep("Real", "exit 6")));
        QVERIFY(write(elsewhere.filePath(u"doc.yaml"_s), oneStep("Decoy", "echo decoy")));
        QCOMPARE(
            KilnTest::kiln({u"-d"_s, u"doc.yaml"_s, u"-l"_s, u"logs"_s}, started.path()).exitCode,
            1);
        const QString original = KilnTest::runFolder(started.filePath(u"logs"_s));
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(elsewhere.path()));
        Studio s(oneStep("Other", "echo other"));
        const auto outcome = replayAndWait(s.window, original);
        QDir::setCurrent(before);
        QVERIFY(outcome);
        QVERIFY(outcome->reproduced);
        EditorPage *page = s.window.runPanel()->runPage();
        QVERIFY(page->filePath().isEmpty());
        QVERIFY(page->editor()->toPlainText().contains(u"RealStep"_s));
    }

    // Run on says this machine, but a sandbox of it can be had: the replay
    // offers it, checked; unchecked, the replay changes the machine.
    void replayOffersASandbox()
    {
        if (!Sandbox::inPrivateMountNamespace())
            QSKIP("needs root (the test then enters its mount namespace, as the studio does)");
        QTemporaryDir dir; // a temporary folder, never a system path
        const QString made = dir.filePath(u"made"_s);
        Studio s(oneStep("Make", "touch " + made.toUtf8() + "; exit 3"));
        RunPanel *panel = s.window.runPanel();
        panel->targetPicker()->setChoice(RunTargetPicker::ThisMachine);
        QVERIFY(s.runAndWait());
        const QString original = panel->runFolder();
        QVERIFY(QFile::remove(made));

        StudioReplay *replay = s.window.replayer();
        bool offered = false;
        replay->setConfirmation([&offered](const QString &, bool *sandbox) {
            offered = sandbox && *sandbox;
            return true;
        });
        QSignalSpy compared(replay, &StudioReplay::compared);
        QVERIFY(replay->start(original));
        QVERIFY(compared.wait(60000));
        QVERIFY(offered);
        QVERIFY(!QFile::exists(made));
        QFile changes(QDir(panel->runFolder()).filePath(u"changes.json"_s));
        QVERIFY(changes.open(QIODevice::ReadOnly));
        QVERIFY(changes.readAll().contains(made.toUtf8()));
        QVERIFY(compared.takeFirst().at(0).value<ReplayOutcome>().reproduced);

        replay->setConfirmation([](const QString &, bool *sandbox) {
            *sandbox = false;
            return true;
        });
        QVERIFY(replay->start(original));
        QVERIFY(compared.wait(60000));
        QVERIFY(QFile::exists(made));
        QVERIFY(!QFileInfo::exists(QDir(panel->runFolder()).filePath(u"changes.json"_s)));
    }

    void nothingStartsWhenItCannot()
    {
        Studio s(KilnTest::failingDoc);
        StudioReplay *replay = s.window.replayer();
        QSignalSpy message(replay, &StudioReplay::message);
        QVERIFY(!replay->start(s.dir.path())); // no report there
        QVERIFY(message.last().at(0).toString().startsWith(u"Cannot replay"_s));

        QVERIFY(s.runAndWait());
        const QString original = s.window.runPanel()->runFolder();
        const QString logs = QFileInfo(original).absolutePath();
        const auto runs = [&logs] { return QDir(logs).entryList({u"TOE_*"_s}, QDir::Dirs).size(); };
        replay->setConfirmation([](const QString &, bool *) { return false; });
        QVERIFY(!replay->start(original));
        QCOMPARE(runs(), 1);

        // The history's Replay button is for the opened report.
        HistoryView *history = s.window.historyView();
        history->refresh();
        QPushButton *replayButton = nullptr;
        for (QPushButton *b : history->findChildren<QPushButton *>())
            if (b->text() == u"Replay"_s)
                replayButton = b;
        QVERIFY(replayButton);
        QVERIFY(history->openRunFolder(original));
        QVERIFY(replayButton->isEnabled());
        QSignalSpy requested(history, &HistoryView::replayRequested);
        replayButton->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(),
                 QDir(original).filePath(u"detailedoutput.json"_s));
        QVERIFY(!history->openRunFolder(s.dir.path()));
        QVERIFY(!replayButton->isEnabled());

        // One run at a time: a replay waits for the run going on.
        RunPanel *panel = s.window.runPanel();
        s.page->editor()->setPlainText(QString::fromUtf8(oneStep("Slow", "sleep 30")));
        s.page->validateNow();
        replay->setConfirmation([](const QString &, bool *) { return true; });
        QSignalSpy finished(panel, &RunPanel::runFinished);
        QVERIFY(panel->run());
        QVERIFY(!replay->start(original));
        QVERIFY(message.last().at(0).toString().contains(u"A run is going on"_s));
        panel->stop();
        QVERIFY(finished.wait(30000));
        QCOMPARE(runs(), 2); // the slow run's; no replay
    }
};

// As root the test enters its private mount namespace first, as kiln-studio
// does (app/studio/main.cpp), so that the sandbox a replay offers can be had.
int main(int argc, char **argv)
{
    if (::geteuid() == 0)
        Sandbox::enterPrivateMountNamespace(); // else replayOffersASandbox is skipped
    QApplication app(argc, argv);
    TestStudioReplay test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_studioreplay.moc"
