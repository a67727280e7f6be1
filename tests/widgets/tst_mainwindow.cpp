// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The main window as a user sees it: open documents, the problems pane follows
// the current tab, activating a problem moves the cursor.
#include "document/document.h"
#include "documenttemplates.h"
#include "editor/codeeditor.h"
#include "editor/findbar.h"
#include "editor/yamlhighlighter.h"
#include "editorpage.h"
#include "mainwindow.h"
#include "model/diagnosticsmodel.h"
#include "model/steptreemodel.h"
#include "problemsview.h"
#include "schema/actioncatalogue.h"
#include "settingsdialog.h"
#include "steptreeview.h"
#include "studiosettings.h"
#include "validate/validator.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {
const QString corpus = QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs/");
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KilnTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void problemsPaneFollowsTheCurrentDocument()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.problemsView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        EditorPage *bad = window.openFile(corpus + u"049_workshop-snippet-bad-indent.yaml"_s);
        QVERIFY(bad);
        QAbstractItemModel *problems = window.problemsView()->model();
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(problems->index(0, DiagnosticsModel::LocationColumn).data().toString(), u"5:9"_s);
        QVERIFY(!problems->index(0, 0).data(Qt::DecorationRole).isNull()); // severity icon

        EditorPage *good = window.openFile(corpus + u"011_hello-world-linux.yaml"_s);
        QVERIFY(good);
        QCOMPARE(window.pageCount(), 2);
        QCOMPARE(window.currentPage(), good);
        QCOMPARE(window.problemsView()->model()->rowCount(), 0);

        // Opening an open file switches to its tab.
        QCOMPARE(window.openFile(corpus + u"049_workshop-snippet-bad-indent.yaml"_s), bad);
        QCOMPARE(window.pageCount(), 2);
        QCOMPARE(window.problemsView()->model()->rowCount(), 1);
    }

    void activatingAProblemMovesTheCursor()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorPage *page = window.openFile(corpus + u"049_workshop-snippet-bad-indent.yaml"_s);
        QVERIFY(page);
        QCOMPARE(page->editor()->currentLine(), 1);

        ProblemsView *view = window.problemsView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(page->editor()->currentLine(), 5);
        QCOMPARE(page->editor()->currentColumn(), 9);
    }

    void unreadableFileIsNotOpened()
    {
        MainWindow window;
        // A message box would block: close it as soon as it shows.
        QTimer::singleShot(0, &window, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QCOMPARE(window.openFile(u"/nonexistent/kiln/none.yaml"_s), nullptr);
        QCOMPARE(window.pageCount(), 0);
    }

    void templatesAreValidDocuments()
    {
        const QList<DocumentTemplate> templates = documentTemplates();
        QVERIFY(templates.size() >= 4);
        MainWindow window;
        for (const DocumentTemplate &t : templates) {
            const QString text = templateText(t);
            QVERIFY2(!text.isEmpty(), qPrintable(t.resource));
            const Diagnostics diagnostics =
                Validator().validate(Document::fromText(text.toUtf8(), t.resource));
            QVERIFY2(!hasErrors(diagnostics), qPrintable(t.resource));

            EditorPage *page = window.newFromTemplate(t.resource);
            QVERIFY(page);
            QCOMPARE(page->editor()->toPlainText(), text);
            QVERIFY(!page->isModified());
            QCOMPARE(page->diagnosticsModel()->errorCount(), 0);
        }
        QCOMPARE(window.pageCount(), templates.size());
        QCOMPARE(window.newFromTemplate(u":/templates/none.yaml"_s), nullptr);
    }

    void settingsRoundTrip()
    {
        StudioSettings s;
        s.editorFont = StudioSettings::defaultEditorFont();
        s.editorFont.setPointSize(15);
        s.theme = StudioSettings::Theme::Dark;
        s.logDirectory = u"/tmp/kiln-logs"_s;
        s.rebootMode = StudioSettings::RebootMode::Stop;
        s.recentFiles = {u"/a.yaml"_s};
        s.save();

        const StudioSettings loaded = StudioSettings::load();
        QCOMPARE(loaded.editorFont.pointSize(), 15);
        QCOMPARE(loaded.theme, StudioSettings::Theme::Dark);
        QCOMPARE(loaded.logDirectory, u"/tmp/kiln-logs"_s);
        QCOMPARE(loaded.rebootMode, StudioSettings::RebootMode::Stop);
        QCOMPARE(loaded.recentFiles, QStringList{u"/a.yaml"_s});
        QSettings().clear();
        QCOMPARE(StudioSettings::load().theme, StudioSettings::Theme::System);
    }

    void recentFiles()
    {
        StudioSettings s;
        for (int i = 0; i < StudioSettings::MaxRecentFiles + 3; ++i)
            s.addRecentFile(QStringLiteral("/f%1.yaml").arg(i));
        QCOMPARE(s.recentFiles.size(), StudioSettings::MaxRecentFiles);
        s.addRecentFile(u"/f5.yaml"_s);
        QCOMPARE(s.recentFiles.first(), u"/f5.yaml"_s);
        QCOMPARE(s.recentFiles.count(u"/f5.yaml"_s), 1);

        MainWindow window;
        const QString path = corpus + u"011_hello-world-linux.yaml"_s;
        QVERIFY(window.openFile(path));
        QCOMPARE(window.settings().recentFiles.first(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(StudioSettings::load().recentFiles.first(), QFileInfo(path).absoluteFilePath());
    }

    void applyingSettingsChangesFontAndTheme()
    {
        MainWindow window;
        EditorPage *page = window.newDocument(u"a: 1\n"_s);
        StudioSettings s = window.settings();
        s.editorFont.setPointSize(17);
        s.theme = StudioSettings::Theme::Dark;
        window.applySettings(s);
        QCOMPARE(page->editor()->font().pointSize(), 17);
        QTRY_VERIFY(page->editor()->palette().color(QPalette::Base).lightness() < 128);
        if (auto *yaml = qobject_cast<YamlHighlighter *>(page->editor()->highlighter()))
            QVERIFY(yaml->isDarkTheme()); // re-themed on the palette change
        s.theme = StudioSettings::Theme::Light;
        window.applySettings(s);
        QTRY_VERIFY(page->editor()->palette().color(QPalette::Base).lightness() >= 128);
        if (auto *yaml = qobject_cast<YamlHighlighter *>(page->editor()->highlighter()))
            QVERIFY(!yaml->isDarkTheme());
        s.theme = StudioSettings::Theme::System;
        window.applySettings(s);
    }

    void reloadsOnExternalChange()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"doc.yaml"_s);
        auto write = [&](const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write("name: one\n");
        MainWindow window;
        EditorPage *page = window.openFile(path);
        QVERIFY(page);

        // Unmodified: reloaded silently.
        write("name: two\n");
        QTRY_COMPARE(page->editor()->toPlainText(), u"name: two\n"_s);
        QVERIFY(!page->isModified());

        // Modified: the user is asked; answering No keeps the edits.
        page->editor()->moveCursor(QTextCursor::End);
        page->editor()->insertPlainText(u"# mine\n"_s);
        QVERIFY(page->isModified());
        int asked = 0;
        QTimer answerNo;
        connect(&answerNo, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++asked;
                box->button(QMessageBox::No)->click();
            }
        });
        answerNo.start(20);
        write("name: three\n");
        QTRY_COMPARE(asked, 1);
        QCOMPARE(page->editor()->toPlainText(), u"name: two\n# mine\n"_s);
    }

    void saveWritesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"saved.yaml"_s);
        MainWindow window;
        EditorPage *page = window.newDocument(u"name: x"_s);
        QString error;
        QVERIFY2(page->save(path, &error), qPrintable(error));
        QVERIFY(!page->isModified());
        QCOMPARE(page->filePath(), QFileInfo(path).absoluteFilePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("name: x\n"));
    }

    void closingAModifiedDocumentAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closed");
        QTest::newRow("discard") << int(QMessageBox::Discard) << true;
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
    }

    void closingAModifiedDocumentAsks()
    {
        QFETCH(int, answer);
        QFETCH(bool, closed);
        MainWindow window;
        EditorPage *page = window.newDocument();
        QVERIFY(window.closePage(0)); // unmodified: closes without asking
        QCOMPARE(window.pageCount(), 0);

        page = window.newDocument();
        page->editor()->insertPlainText(u"name: x\n"_s);
        QVERIFY(page->isModified());
        int asked = 0;
        QTimer answerBox;
        connect(&answerBox, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++asked;
                box->button(QMessageBox::StandardButton(answer))->click();
            }
        });
        answerBox.start(20);
        QCOMPARE(window.closePage(0), closed);
        QCOMPARE(asked, 1);
        QCOMPARE(window.pageCount(), closed ? 0 : 1);
    }

    void stepTreeFollowsTheEditorAndBack()
    {
        MainWindow window;
        EditorPage *page = window.openFile(corpus + u"011_hello-world-linux.yaml"_s);
        QVERIFY(page);
        StepTreeView *tree = window.stepTreeView();
        QAbstractItemModelTester tester(tree->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex doc = tree->model()->index(0, 0);
        QCOMPARE(tree->model()->rowCount(doc), 3);

        // Selecting a step moves the cursor to it.
        const QModelIndex validateStep =
            tree->model()->index(0, 0, tree->model()->index(1, 0, doc));
        QCOMPARE(validateStep.data().toString(), u"HelloWorldStep"_s);
        tree->setCurrentIndex(validateStep);
        QCOMPARE(page->editor()->currentLine(), 14);

        // Moving the cursor selects the step it is in.
        page->editor()->moveCursorTo(23);
        const QModelIndex testStep = tree->model()->index(0, 0, tree->model()->index(2, 0, doc));
        QCOMPARE(tree->currentIndex(), testStep);
        page->editor()->moveCursorTo(5);
        QCOMPARE(tree->currentIndex().data().toString(), u"build"_s);
        QCOMPARE(page->editor()->currentLine(), 5); // following did not move the cursor back

        // Renaming a step in the text updates the tree after the debounce.
        page->editor()->moveCursorTo(7, 20); // between "Hello" and "WorldStep"
        QTest::keyClicks(page->editor(), u"Renamed"_s);
        const QModelIndex buildStep = tree->model()->index(0, 0, tree->model()->index(0, 0, doc));
        QTRY_COMPARE(buildStep.data().toString(), u"HelloRenamedWorldStep"_s);
    }

    void editorShortcuts()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        EditorPage *page = window.newDocument(u"a: 1\nb: 2\n"_s);
        CodeEditor *editor = page->editor();
        editor->setFocus();
        QVERIFY(!page->findBar()->isVisible());
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page->findBar()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!page->findBar()->isVisible());

        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->toPlainText(), u"# a: 1\nb: 2\n"_s);
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->toPlainText(), u"a: 1\nb: 2\n"_s);
    }

    void windowsDocumentIsValidatedForWindows()
    {
        MainWindow window;
        EditorPage *page = window.openFile(corpus + u"010_hello-world-windows.yaml"_s);
        QVERIFY(page);
        QCOMPARE(page->validationPlatform(), u"windows"_s);
        QCOMPARE(page->diagnosticsModel()->errorCount(), 0);
    }

    void undoRedoActionsFollowTheCurrentDocument()
    {
        MainWindow window;
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
            else if (a->shortcut() == QKeySequence(QKeySequence::Redo))
                redo = a;
        }
        QVERIFY(undo && redo);
        EditorPage *first = window.newDocument(u"a: 1\n"_s);
        QVERIFY(!undo->isEnabled());
        first->editor()->insertPlainText(u"b: 2\n"_s);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(first->editor()->toPlainText(), u"a: 1\n"_s);
        QVERIFY(redo->isEnabled());

        window.newDocument(); // a fresh tab has nothing to undo
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());
    }

    void settingsDialogEditsTheSettings()
    {
        StudioSettings original;
        original.editorFont = StudioSettings::defaultEditorFont();
        original.editorFont.setPointSize(11);
        original.theme = StudioSettings::Theme::Light;
        original.logDirectory = u"/var/log/kiln"_s;
        original.rebootMode = StudioSettings::RebootMode::Simulate;
        original.recentFiles = {u"/x.yaml"_s};

        SettingsDialog dialog(original);
        // Unchanged dialog: the same settings come back.
        StudioSettings same = dialog.settings();
        QCOMPARE(same.theme, original.theme);
        QCOMPARE(same.logDirectory, original.logDirectory);
        QCOMPARE(same.rebootMode, original.rebootMode);
        QCOMPARE(same.editorFont.pointSize(), 11);
        QCOMPARE(same.recentFiles, original.recentFiles);

        const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            const int dark = combo->findData(int(StudioSettings::Theme::Dark));
            if (combo->itemText(0) == SettingsDialog::tr("System") && dark >= 0)
                combo->setCurrentIndex(dark);
            const int stop = combo->findData(int(StudioSettings::RebootMode::Stop));
            if (combo->count() == 2 && stop >= 0)
                combo->setCurrentIndex(stop);
        }
        dialog.findChild<QSpinBox *>()->setValue(14);
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->text() == original.logDirectory)
                edit->setText(u" /tmp/logs "_s);
        }
        const StudioSettings edited = dialog.settings();
        QCOMPARE(edited.theme, StudioSettings::Theme::Dark);
        QCOMPARE(edited.rebootMode, StudioSettings::RebootMode::Stop);
        QCOMPARE(edited.editorFont.pointSize(), 14);
        QCOMPARE(edited.logDirectory, u"/tmp/logs"_s);
        QCOMPARE(edited.recentFiles, original.recentFiles);
    }

    void saveKeepsCrlfLineEnds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crlf.yaml"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name: x\r\nschemaVersion: 1.0\r\n");
        }
        MainWindow window;
        EditorPage *page = window.openFile(path);
        QVERIFY(page);
        QCOMPARE(page->editor()->blockCount(), 3);
        page->editor()->moveCursor(QTextCursor::End);
        page->editor()->insertPlainText(u"description: d\n"_s);
        QString error;
        QVERIFY2(page->save(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("name: x\r\nschemaVersion: 1.0\r\ndescription: d\r\n"));
        // Our own save is not an external change: no reload, edits kept.
        QTest::qWait(200);
        QVERIFY(page->editor()->toPlainText().endsWith(u"description: d\n"_s));
    }

    void invalidUtf8IsReadOnlyAndReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"latin1.yaml"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name: caf\xe9\nschemaVersion: 1.0\n");
        }
        MainWindow window;
        EditorPage *page = window.openFile(path);
        QVERIFY(page);
        QVERIFY(page->editor()->isReadOnly());
        bool reported = false;
        for (const Diagnostic &d : page->diagnosticsModel()->diagnostics())
            reported = reported || (d.code == u"K1002" && d.location.line == 1);
        QVERIFY(reported);

        // A valid file in the same page type stays editable.
        EditorPage *good = window.openFile(corpus + u"011_hello-world-linux.yaml"_s);
        QVERIFY(!good->editor()->isReadOnly());
    }

    void droppedFilesAreOpened()
    {
        MainWindow window;
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(corpus + u"011_hello-world-linux.yaml"_s),
                      QUrl::fromLocalFile(corpus + u"010_hello-world-windows.yaml"_s)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.pageCount(), 2);
    }

    void stepTreeHasIconsForEveryAction()
    {
        for (const ActionSpec &spec : ActionCatalogue::instance().actions())
            QVERIFY2(!StepTreeIconProxy::iconForAction(spec.name).isNull(), qPrintable(spec.name));
        QVERIFY(!StepTreeIconProxy::iconForAction(u"NoSuchAction"_s).isNull());

        MainWindow window;
        QVERIFY(window.openFile(corpus + u"011_hello-world-linux.yaml"_s));
        QAbstractItemModel *model = window.stepTreeView()->model();
        const QModelIndex doc = model->index(0, 0);
        const QModelIndex phase = model->index(0, 0, doc);
        const QModelIndex step = model->index(0, 0, phase);
        for (const QModelIndex &index : {doc, phase, step})
            QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(
            model->index(0, StepTreeModel::ActionColumn, phase).data(Qt::DecorationRole).isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
