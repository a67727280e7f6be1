// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The studio can be trusted (issue #17, "Trust"): it gives the CLI's verdict
// (ShellCheck included, without a keystroke waiting for it); runs do not fill
// the component's folder; each tab has its own output and run status; a Stop
// is no failure and a failure goes away with the text it was about; the
// editor keeps the room in a small window and nothing jumps during a run;
// output painted before a theme change follows the new theme.
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "mainwindow.h"
#include "model/diagnosticsmodel.h"
#include "outputpane.h"
#include "runpanel.h"
#include "steptreeview.h"
#include "studiofixture.h"
#include "validate/scriptlint.h"
#include "validate/validator.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

using namespace Kiln;
using namespace Qt::StringLiterals;
using KilnTest::failingDoc;

Q_DECLARE_METATYPE(Kiln::RunStatus)

namespace {

const QByteArray scriptDoc = R"(name: Scripts
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Unquoted
        action: ExecuteBash
        inputs:
          commands:
            - cd $HOME/some dir
            - for f in `ls *.txt`; do echo $f; done
)";

const QByteArray sleeperDoc = "name: Sleeper\nschemaVersion: 1.0\nphases:\n  - name: build\n"
                              "    steps:\n      - name: Sleep\n        action: ExecuteBash\n"
                              "        inputs:\n          commands: ['sleep 30']\n";

// (line, code, message) of each diagnostic, for comparing verdicts.
QStringList verdict(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << u"%1:%2 %3 %4"_s.arg(d.location.line).arg(d.location.column).arg(d.code, d.message);
    return out;
}

QStringList runFoldersIn(const QString &dir)
{
    return QDir(dir).entryList({u"TOE_*"_s}, QDir::Dirs);
}

} // namespace

class TestStudioTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KilnTest"_s);
        QCoreApplication::setApplicationName(u"tst_studiotrust"_s);
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    // The studio showed "No problems" where `kiln validate` listed ShellCheck's findings.
    void shellCheckGivesTheCliVerdict()
    {
        if (findShellcheck().isEmpty())
            QSKIP("shellcheck is not installed (scripts/setup.sh installs it)");
        KilnTest::Studio s(scriptDoc);
        EditorPage *page = s.page;
        QSignalSpy linted(page, &EditorPage::scriptsLinted);
        QVERIFY(linted.wait(30000));
        ValidationOptions cli; // what `kiln validate` does with shellcheck on PATH
        cli.lintScripts = true;
        cli.shellcheckProgram = findShellcheck();
        const Diagnostics expected = Validator(cli).validate(*page->document());
        QVERIFY(std::any_of(expected.begin(), expected.end(),
                            [](const Diagnostic &d) { return d.code == u"K8001"; }));
        QCOMPARE(verdict(page->diagnosticsModel()->diagnostics()), verdict(expected));

        // Typing never waits for ShellCheck: the validation is shown while it runs.
        QSignalSpy validated(page, &EditorPage::validated);
        QTextCursor(page->editor()->document()->findBlockByNumber(2)).insertText(u"# x\n"_s);
        page->validateNow();
        QCOMPARE(validated.count(), 1);
        QVERIFY(page->isLintingScripts());
        // Until its findings come, the old ones stay on lines not edited since,
        // moved with their text.
        const auto lintLines = [page] {
            QList<int> lines;
            for (const Diagnostic &d : page->diagnosticsModel()->diagnostics())
                if (d.code == u"K8001")
                    lines << d.location.line;
            return lines;
        };
        QVERIFY(!lintLines().isEmpty());
        QVERIFY(lintLines().first() >= 11); // was on line 10 or 11, one line added above
        QVERIFY(linted.wait(30000));
        QCOMPARE(verdict(page->diagnosticsModel()->diagnostics()),
                 verdict(Validator(cli).validate(*page->document())));

        // The setting turns it off, for every open document.
        StudioSettings settings = s.window.settings();
        settings.lintScripts = false;
        s.window.applySettings(settings);
        QVERIFY(lintLines().isEmpty());
    }

    // Runs filled the component's folder (often a git repository) with TOE_* folders.
    void runFoldersGoToTheDataFolder()
    {
        QSettings().clear(); // a fresh user's settings
        QTemporaryDir component;
        const QString path = component.filePath(u"build.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(failingDoc);
        f.close();
        MainWindow window;
        QCOMPARE(window.settings().runFolders, StudioSettings::RunFolders::DataFolder);
        EditorPage *page = window.openFile(path);
        QVERIFY(page);
        const QString parent = window.runPanel()->logDirectoryFor(page);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QVERIFY2(parent.startsWith(data), qPrintable(parent));
        QVERIFY(QFileInfo(parent).fileName().startsWith(u"build-"_s));
        // Another component's build.yaml gets a folder of its own.
        QCOMPARE(window.settings().runFolderParent(u"/elsewhere/build.yaml"_s) == parent, false);
        // The Run pane says where they go.
        auto *label = window.runPanel()->findChild<QLabel *>(u"runFolders"_s);
        QVERIFY(label && label->text().contains(QDir::toNativeSeparators(parent).toHtmlEscaped()));

        QSignalSpy finished(window.runPanel(), &RunPanel::runFinished);
        QVERIFY(window.runPanel()->run());
        QVERIFY(finished.wait(60000));
        QVERIFY(window.runPanel()->runFolder().startsWith(parent));
        QCOMPARE(runFoldersIn(component.path()), QStringList());
        QCOMPARE(runFoldersIn(parent).size(), 1);

        // The choice is kept: next to the document, as awstoe does.
        StudioSettings settings = window.settings();
        settings.runFolders = StudioSettings::RunFolders::NextToDocument;
        window.applySettings(settings);
        QCOMPARE(StudioSettings::load().runFolders, StudioSettings::RunFolders::NextToDocument);
        QCOMPARE(window.runPanel()->logDirectoryFor(page), component.path());
        QVERIFY(label->text().contains(QDir::toNativeSeparators(component.path())));
        QDir(parent).removeRecursively();
    }

    // One Output pane and one status were shared: a tab showed another document's run.
    void eachTabHasItsOwnOutputAndStatus()
    {
        KilnTest::Studio s(sleeperDoc);
        MainWindow &window = s.window;
        EditorPage *sleeper = s.page;
        OutputPane *sleeperOutput = window.outputPane();
        QVERIFY(window.runPanel()->run());
        QTRY_VERIFY_WITH_TIMEOUT(window.runPanel()->executor()->runningProcessGroup() > 0, 10000);
        QVERIFY(window.runProgress()->property("used").toBool());
        const QString runningStatus = window.runPanel()->statusText();

        EditorPage *other = window.newDocument(QString::fromUtf8(failingDoc));
        QVERIFY(window.outputPane() != sleeperOutput);
        QVERIFY(window.outputPane()->log().steps().empty());
        QVERIFY(window.runProgress() != window.progressFor(sleeper));
        QVERIFY(!window.runProgress()->property("used").toBool());
        QVERIFY(window.runPanel()->statusText().isEmpty());
        // F5 here says why nothing starts, naming the running document.
        QSignalSpy refused(window.runPanel(), &RunPanel::runRefused);
        QVERIFY(!window.runPanel()->run());
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(sleeper->displayName()));
        QVERIFY(window.runPanel()->statusText().contains(other->displayName()));

        // Back on the running document: its output and status again.
        window.openFile(sleeper->filePath());
        QCOMPARE(window.outputPane(), sleeperOutput);
        QCOMPARE(window.runPanel()->statusText(), runningStatus);
        QSignalSpy finished(window.runPanel(), &RunPanel::runFinished);
        window.runPanel()->stop();
        QVERIFY(finished.wait(15000));
        QVERIFY(!sleeperOutput->log().steps().empty());
    }

    // A Stop was shown as an error; the errors of a run stayed after the step was commented out.
    void stopIsNeutralAndRunFailuresFollowTheText()
    {
        KilnTest::Studio s(
            "name: Stopped\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
            "      - name: Loop\n        action: ExecuteBash\n        loop:\n          forEach: "
            "[a, b]\n"
            "        inputs:\n          commands: ['trap \"exit 1\" TERM; sleep 30 & wait']\n");
        QSignalSpy finished(s.window.runPanel(), &RunPanel::runFinished);
        QVERIFY(s.window.runPanel()->run());
        QTRY_VERIFY_WITH_TIMEOUT(s.window.runPanel()->executor()->runningProcessGroup() > 0, 10000);
        s.window.runPanel()->stop();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).value<RunStatus>(), RunStatus::Cancelled);
        QCOMPARE(s.page->diagnosticsModel()->errorCount(), 0);
        QVERIFY(s.page->runDiagnostics().empty());
        QVERIFY(s.window.runProgress()->palette().color(QPalette::Highlight) !=
                runStatusColor(RunStatus::Failed));

        KilnTest::Studio f(failingDoc);
        QVERIFY(f.runAndWait());
        const int brokenLine = KilnTest::lineOf(failingDoc, "- name: Broken");
        QCOMPARE(f.page->runDiagnostics().size(), size_t(1));
        QCOMPARE(f.page->runDiagnostics().front().location.line, brokenLine);
        // An edit elsewhere moves the failure with its step...
        QTextCursor top(f.page->editor()->document());
        top.insertText(u"# a comment\n"_s);
        f.page->validateNow();
        QCOMPARE(f.page->runDiagnostics().size(), size_t(1));
        QCOMPARE(f.page->runDiagnostics().front().location.line, brokenLine + 1);
        QCOMPARE(f.page->diagnosticsModel()->errorCount(), 1);
        // ...an edit of the step itself (here: commented out) ends it.
        // One line was added above: block index N is the document's line N now.
        const int nextStep = KilnTest::lineOf(failingDoc, "- name: NeverRuns");
        for (int line = brokenLine; line < nextStep; ++line)
            QTextCursor(f.page->editor()->document()->findBlockByNumber(line)).insertText(u"#"_s);
        f.page->validateNow();
        QVERIFY(f.page->runDiagnostics().empty());
        QCOMPARE(f.page->diagnosticsModel()->errorCount(), 0);
    }

    // At 800×560 the editor was ~100 px wide and the step names collapsed; a run made it jump.
    void smallWindowKeepsTheEditorAndNothingJumps()
    {
        KilnTest::Studio s(failingDoc);
        MainWindow &window = s.window;
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(800, 560);
        QTRY_COMPARE(window.width(), 800);
        QApplication::processEvents();
        const int editorWidth = s.page->editor()->width();
        QVERIFY2(editorWidth >= 800 * 45 / 100, qPrintable(QString::number(editorWidth)));
        StepTreeView *steps = window.stepTreeView();
        const int nameWidth = steps->header()->sectionSize(0);
        QVERIFY2(nameWidth >= steps->viewport()->width() / 2,
                 qPrintable(QString::number(nameWidth)));

        const auto sizes = [&] {
            QList<int> out{s.page->editor()->width(), s.page->editor()->height()};
            for (int c = 0; c < steps->header()->count(); ++c)
                out << steps->header()->sectionSize(c);
            return out;
        };
        const QList<int> before = sizes();
        QVERIFY(s.runAndWait());
        QApplication::processEvents();
        QCOMPARE(sizes(), before);

        // Wider again: the columns the user chose come back and are kept.
        window.resize(1300, 800);
        QTRY_COMPARE(window.width(), 1300);
        steps->header()->resizeSection(1, 150);
        QCOMPARE(QSettings().value(u"steps/columnWidths"_s).value<QList<int>>().value(0), 150);
    }

    // Output painted before a switch to the dark theme stayed black on dark grey.
    void outputFollowsTheTheme()
    {
        KilnTest::Studio s(failingDoc);
        QVERIFY(s.runAndWait());
        OutputPane *output = s.window.outputPane();
        output->flush();
        StudioSettings settings = s.window.settings();
        settings.theme = StudioSettings::Theme::Dark;
        s.window.applySettings(settings);
        QTRY_VERIFY(output->view()->palette().color(QPalette::Text).lightness() > 128);
        output->flush();
        const QColor text = output->view()->palette().color(QPalette::Text);
        const QColor base = output->view()->palette().color(QPalette::Base);
        QVERIFY2(text.lightness() > base.lightness(),
                 qPrintable(text.name() + u" on "_s + base.name() + u" app "_s +
                            QApplication::palette().color(QPalette::Base).name() + u" "_s +
                            QApplication::palette(output->view()).color(QPalette::Base).name()));
        const QTextDocument *doc = output->view()->document();
        int checked = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QColor fg = it.fragment().charFormat().foreground().color();
                // Every fragment is readable on the dark background.
                QVERIFY2(qAbs(fg.lightness() - base.lightness()) > 60,
                         qPrintable(b.text() + u" "_s + fg.name()));
                ++checked;
            }
        }
        QVERIFY(checked > 3);
        settings.theme = StudioSettings::Theme::System;
        s.window.applySettings(settings);
    }
};

QTEST_MAIN(TestStudioTrust)
#include "tst_studiotrust.moc"
