// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The studio's files and keyboard as a user meets them: the welcome page
// instead of an empty Untitled tab, the last session's tabs reopened, Save All,
// the untouched Untitled tab giving way to the first file opened, the platform
// picker, the view options, the command palette, focus keys and the action
// reference.
#include "actionreference.h"
#include "commandpalette.h"
#include "documenttemplates.h"
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "mainwindow.h"
#include "model/diagnosticsmodel.h"
#include "problemsview.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return QFileInfo(f.fileName()).absoluteFilePath();
}

const QByteArray doc = "name: A\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                       "      - name: S\n        action: ExecuteBash\n"
                       "        inputs:\n          commands: [date]\n";

bool welcomeShown(const MainWindow &window)
{
    return window.welcomePage()->isVisibleTo(const_cast<MainWindow *>(&window));
}

} // namespace

class TestStudioFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KilnTest"_s);
        QCoreApplication::setApplicationName(u"tst_studiofiles"_s);
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void welcomePageInsteadOfAnEmptyTab()
    {
        QTemporaryDir dir;
        const QString recent = writeFile(dir, u"recent.yaml"_s, doc);
        {
            MainWindow first; // remembers `recent` as a recent file
            QVERIFY(first.openFile(recent));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pageCount(), 0);
        QVERIFY(welcomeShown(window));
        // The templates, and the recent file, one click away.
        QListWidget *templates = window.welcomePage()->templatesList();
        QCOMPARE(templates->count(), int(documentTemplates().size()));
        QListWidget *recents = window.welcomePage()->recentList();
        QCOMPARE(recents->count(), 1);
        QVERIFY(recents->item(0)->text().startsWith(u"recent.yaml"_s));

        QTest::mouseClick(templates->viewport(), Qt::LeftButton, {},
                          templates->visualItemRect(templates->item(0)).center());
        QCOMPARE(window.pageCount(), 1);
        QVERIFY(!welcomeShown(window));
        QVERIFY(!window.currentPage()->editor()->toPlainText().isEmpty());
        // Closing the last tab brings the welcome page back.
        window.currentPage()->editor()->document()->setModified(false);
        QTest::keySequence(&window, QKeySequence::Close);
        QTRY_COMPARE(window.pageCount(), 0);
        QVERIFY(welcomeShown(window));
        QTest::mouseClick(recents->viewport(), Qt::LeftButton, {},
                          recents->visualItemRect(recents->item(0)).center());
        QCOMPARE(window.pageCount(), 1);
        QCOMPARE(window.currentPage()->filePath(), recent);
    }

    void lastSessionReopens()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.yaml"_s, doc);
        const QString b = writeFile(dir, u"b.yaml"_s, doc);
        const QString gone = writeFile(dir, u"gone.yaml"_s, doc);
        {
            MainWindow window;
            window.openFile(a);
            window.openFile(gone);
            window.openFile(b);
            window.newDocument(u"name: unsaved"_s)->editor()->document()->setModified(false);
            window.openFile(gone); // in front
            QVERIFY(window.close());
        }
        QVERIFY(QFile::remove(gone)); // moved away since: skipped without a dialog
        MainWindow window;
        QCOMPARE(window.restoreSession(), 2);
        QCOMPARE(window.pageCount(), 2);
        QCOMPARE(window.page(0)->filePath(), a);
        QCOMPARE(window.page(1)->filePath(), b);
        QVERIFY(!welcomeShown(window));
    }

    void saveAllSavesEveryModifiedDocument()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.yaml"_s, doc);
        const QString b = writeFile(dir, u"b.yaml"_s, doc);
        MainWindow window;
        for (const QString &path : {a, b})
            window.openFile(path)->editor()->appendPlainText(u"# edited"_s);
        QVERIFY(window.page(0)->isModified() && window.page(1)->isModified());
        QVERIFY(window.saveAll());
        for (const QString &path : {a, b}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll().endsWith("# edited\n"));
        }
        QVERIFY(!window.page(0)->isModified() && !window.page(1)->isModified());
    }

    // The platform in the status bar is a picker that validates again.
    void platformPickerValidatesAgain()
    {
        MainWindow window;
        EditorPage *page = window.newDocument(QString::fromUtf8(doc));
        page->validateNow();
        QCOMPARE(page->validationPlatform(), u"linux"_s);
        QCOMPARE(page->diagnosticsModel()->errorCount(), 0);
        auto *picker = window.statusBar()->findChild<QToolButton *>();
        QVERIFY(picker && picker->menu());
        QVERIFY(picker->text().contains(u"Linux"_s));
        QAction *windows = nullptr;
        for (QAction *a : picker->menu()->actions())
            windows = a->data().toString() == u"windows" ? a : windows;
        QVERIFY(windows);
        windows->trigger();
        QCOMPARE(page->validationPlatform(), u"windows"_s);
        QVERIFY(page->diagnosticsModel()->errorCount() > 0); // ExecuteBash is not for Windows
        QCOMPARE(picker->text(), u"Windows"_s);
        QVERIFY(windows->isChecked());
    }

    // View › Word Wrap, Show Whitespace, Indent Guides: every tab, new ones, next start.
    void editorViewOptions()
    {
        {
            MainWindow window;
            EditorPage *first = window.newDocument(u"a: 1"_s);
            QVERIFY(!first->editor()->wordWrap());
            for (const QString &key :
                 {u"view/wordWrap"_s, u"view/showWhitespace"_s, u"view/indentGuides"_s}) {
                auto *action = window.findChild<QAction *>(key);
                QVERIFY2(action, qPrintable(key));
                action->trigger();
            }
            QVERIFY(first->editor()->wordWrap());
            QVERIFY(first->editor()->showWhitespace());
            QVERIFY(first->editor()->indentGuides());
            EditorPage *second = window.newDocument(u"b: 2"_s);
            QVERIFY(second->editor()->wordWrap() && second->editor()->showWhitespace());
        }
        MainWindow again;
        EditorPage *page = again.newDocument(u"c: 3"_s);
        QVERIFY(page->editor()->wordWrap());
        QVERIFY(page->editor()->indentGuides());
    }

    void commandPaletteRunsAnyMenuAction()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorPage *page = window.newDocument(u"a: 1"_s);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        auto *palette = window.findChild<CommandPalette *>();
        QVERIFY(palette);
        QVERIFY(palette->list()->count() > 30);                  // every menu's actions
        QTest::keyClicks(palette->filterEdit(), u"wrap word"_s); // words in any order
        QCOMPARE(palette->list()->currentItem()->text().startsWith(u"View › Word Wrap"_s), true);
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QVERIFY(page->editor()->wordWrap());
        QTRY_VERIFY(!window.findChild<CommandPalette *>());
    }

    void focusKeysAndActionReference()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorPage *page = window.newDocument(QString::fromUtf8(doc));
        page->validateNow();
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(window.problemsView()->isAncestorOf(QApplication::focusWidget()) ||
                    QApplication::focusWidget() == window.problemsView());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), page->editor());

        page->editor()->moveCursorTo(7, 9); // in the ExecuteBash step
        ActionReference *reference = window.showActionReference();
        QVERIFY(reference->page()->toPlainText().startsWith(u"ExecuteBash"_s));
        QVERIFY(reference->page()->toPlainText().contains(u"commands"_s));
        QVERIFY(reference->showAction(u"WebDownload"_s));
        QVERIFY(reference->page()->toPlainText().contains(u"destination"_s));
        QVERIFY(!reference->showAction(u"NoSuchModule"_s));
        reference->close();

        bool commaOpensSettings = false;
        for (QAction *a : window.findChildren<QAction *>())
            commaOpensSettings |= a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QVERIFY(commaOpensSettings);
    }

    // The Problems pane filters by every word typed, in any column.
    void problemsAreFilterable()
    {
        MainWindow window;
        QString text = QString::fromUtf8(doc);
        text.replace(u"action: ExecuteBash"_s, u"action: ExecuteBsh"_s);
        text += u"      - name: S\n        action: Reboot\n"_s; // duplicate step name
        EditorPage *page = window.newDocument(text);
        page->validateNow();
        QAbstractItemModel *rows = window.problemsView()->model();
        QVERIFY(rows->rowCount() >= 2);
        QLineEdit *filter = window.problemsView()->filterEdit();
        QVERIFY(filter);
        filter->setText(u"executebsh"_s);
        QCOMPARE(rows->rowCount(), 1);
        filter->setText(u"ExecuteBash bsh"_s); // both words, anywhere in the row
        QCOMPARE(rows->rowCount(), 1);
        filter->setText(u"no such words"_s);
        QCOMPARE(rows->rowCount(), 0);
        filter->clear();
        QVERIFY(rows->rowCount() >= 2);
    }

    void untouchedUntitledGivesWay()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.yaml"_s, doc);
        MainWindow window;
        window.newDocument();
        QCOMPARE(window.pageCount(), 1);
        window.openFile(a);
        QTRY_COMPARE(window.pageCount(), 1);
        QCOMPARE(window.currentPage()->filePath(), a);

        // An Untitled tab with text stays.
        MainWindow other;
        other.newDocument(u"name: keep me"_s);
        other.openFile(a);
        QCOMPARE(other.pageCount(), 2);
    }
};

QTEST_MAIN(TestStudioFiles)
#include "tst_studiofiles.moc"
