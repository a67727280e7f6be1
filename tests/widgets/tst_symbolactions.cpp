// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The studio's editing services from the core (issue #17): quick fixes of the
// cursor's line (Ctrl+.), applied as one undo step; F12 to the step a chaining
// reference names; F2 renames a step and its references; F8 / Shift+F8 move
// between problems; a single click in Problems shows the place.
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "mainwindow.h"
#include "model/diagnosticsmodel.h"
#include "problemsview.h"
#include "symbolactions.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QString chained = uR"(name: Chained
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: MakeDir
        action: CreateFolder
        inputs:
          - path: /tmp/kiln-chained
      - name: Show
        action: ExecuteBash
        inputs:
          commands:
            - echo "{{ build.MakeDir.inputs[0].path }}"
)"_s;

int lineOf(const QString &text, const QString &what)
{
    return int(text.left(text.indexOf(what)).count(u'\n')) + 1;
}

} // namespace

class TestSymbolActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KilnTest"_s);
        QCoreApplication::setApplicationName(u"tst_symbolactions"_s);
        QSettings().clear();
    }

    // The step under the cursor and its references are highlighted; Ctrl+click
    // on a reference goes to the step.
    void referencesHighlightedAndCtrlClick()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorPage *page = window.newDocument(chained);
        page->validateNow();
        CodeEditor *editor = page->editor();
        editor->moveCursorTo(lineOf(chained, u"- name: MakeDir"_s), 16);
        QTRY_COMPARE(editor->highlights(CodeEditor::Highlight::SymbolOccurrence).size(), 2);
        for (const QTextCursor &range : editor->highlights(CodeEditor::Highlight::SymbolOccurrence))
            QCOMPARE(range.selectedText(), u"MakeDir"_s);
        // Somewhere without a symbol: nothing.
        editor->moveCursorTo(1, 1);
        QTRY_VERIFY(editor->highlights(CodeEditor::Highlight::SymbolOccurrence).isEmpty());

        const int referenceLine = lineOf(chained, u"{{ build.MakeDir"_s);
        QTextCursor at(editor->document()->findBlockByNumber(referenceLine - 1));
        at.setPosition(at.position() +
                       int(chained.section(u'\n', referenceLine - 1, referenceLine - 1)
                               .indexOf(u"MakeDir"_s)) +
                       2);
        const QPoint click = editor->cursorRect(at).center();
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::ControlModifier, click);
        QCOMPARE(editor->currentLine(), lineOf(chained, u"- name: MakeDir"_s));
    }

    // A light bulb in the gutter marks the cursor's line when it has quick
    // fixes; clicking it asks for them (the window then shows the Ctrl+. menu).
    void lightBulbOnLinesWithQuickFixes()
    {
        EditorPage page;
        page.resize(600, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        followSymbolsInEditor(&page);
        QString text = chained;
        text.replace(u"action: ExecuteBash"_s, u"action: ExecuteBsh"_s);
        page.setText(text);
        page.validateNow();
        CodeEditor *editor = page.editor();
        const int bad = lineOf(text, u"ExecuteBsh"_s);
        editor->moveCursorTo(bad, 1);
        QTRY_COMPARE(editor->quickFixLine(), bad);
        QSignalSpy requested(editor, &CodeEditor::quickFixRequested);
        const QTextBlock block = editor->document()->findBlockByNumber(bad - 1);
        editor->gutterClicked(QPoint(2, editor->cursorRect(QTextCursor(block)).center().y()));
        QCOMPARE(requested.count(), 1);
        // A line without a fix has no bulb.
        editor->moveCursorTo(1, 1);
        QTRY_COMPARE(editor->quickFixLine(), 0);
        editor->gutterClicked(QPoint(2, editor->cursorRect(QTextCursor(block)).center().y()));
        QCOMPARE(requested.count(), 1);
    }

    void quickFixRepairsTheLineAsOneUndoStep()
    {
        MainWindow window;
        QString text = chained;
        text.replace(u"action: ExecuteBash"_s, u"action: ExecuteBsh"_s);
        EditorPage *page = window.newDocument(text);
        page->validateNow();
        QCOMPARE(page->diagnosticsModel()->errorCount(), 1);
        page->editor()->moveCursorTo(lineOf(text, u"ExecuteBsh"_s), 1);
        const QList<CodeAction> fixes = quickFixesAtCursor(page);
        QVERIFY(!fixes.isEmpty());
        QVERIFY(fixes.first().title.contains(u"ExecuteBash"_s));
        applyTextEdits(page, fixes.first().edits);
        QCOMPARE(page->editor()->toPlainText(), chained);
        QCOMPARE(page->diagnosticsModel()->errorCount(), 0);
        page->editor()->undo();
        QCOMPARE(page->editor()->toPlainText(), text);
        // A line without a problem has none.
        page->editor()->moveCursorTo(1, 1);
        QVERIFY(quickFixesAtCursor(page).isEmpty());
    }

    void goToDefinitionAndRename()
    {
        MainWindow window;
        EditorPage *page = window.newDocument(chained);
        const int reference = lineOf(chained, u"{{ build.MakeDir"_s);
        page->editor()->moveCursorTo(reference, 25); // inside "MakeDir" of the reference
        QCOMPARE(symbolAtCursor(page), u"MakeDir"_s);
        QVERIFY(goToDefinition(page));
        QCOMPARE(page->editor()->currentLine(), lineOf(chained, u"- name: MakeDir"_s));

        // F2 renames the declaration and the reference; a name taken is refused.
        QVERIFY(renameSymbolAtCursor(page, u"Show"_s).contains(u"Show"_s));
        QCOMPARE(page->editor()->toPlainText(), chained);
        QCOMPARE(renameSymbolAtCursor(page, u"CreateWorkDir"_s), QString());
        QString renamed = chained;
        renamed.replace(u"MakeDir"_s, u"CreateWorkDir"_s);
        QCOMPARE(page->editor()->toPlainText(), renamed);
        QCOMPARE(page->diagnosticsModel()->errorCount(), 0);
        // Not on a symbol: nothing to go to.
        page->editor()->moveCursorTo(1, 1);
        QVERIFY(!goToDefinition(page));
    }

    void problemsAreVisitedInOrder()
    {
        MainWindow window;
        QString text = chained;
        text.replace(u"action: CreateFolder"_s, u"action: CreateFoldr"_s);
        text.replace(u"action: ExecuteBash"_s, u"action: ExecuteBsh"_s);
        EditorPage *page = window.newDocument(text);
        page->validateNow();
        const int first = lineOf(text, u"CreateFoldr"_s);
        const int second = lineOf(text, u"ExecuteBsh"_s);
        page->editor()->moveCursorTo(1, 1);
        QVERIFY(goToProblem(page, true));
        QCOMPARE(page->editor()->currentLine(), first);
        QVERIFY(goToProblem(page, true));
        QCOMPARE(page->editor()->currentLine(), second);
        QVERIFY(goToProblem(page, true)); // wraps around
        QCOMPARE(page->editor()->currentLine(), first);
        QVERIFY(goToProblem(page, false));
        QCOMPARE(page->editor()->currentLine(), second);

        // One click in the Problems list shows the place.
        ProblemsView *problems = window.problemsView();
        page->editor()->moveCursorTo(1, 1);
        QSignalSpy selected(problems, &ProblemsView::problemSelected);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QModelIndex row = problems->model()->index(0, 0);
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                          problems->visualRect(row).center());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(page->editor()->currentLine(), first);
    }
};

QTEST_MAIN(TestSymbolActions)
#include "tst_symbolactions.moc"
