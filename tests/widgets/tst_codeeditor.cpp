// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The editor and its page: live validation on a debounce, indentation rules,
// comment toggle, folding, find/replace.
#include "editor/codeeditor.h"
#include "editor/completionpopup.h"
#include "editor/findbar.h"
#include "editorpage.h"
#include "model/diagnosticsmodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QHelpEvent>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QString corpus = QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs/");

void moveToEndOfLine(CodeEditor *editor, int line)
{
    editor->goToLine(line);
    QTextCursor c = editor->textCursor();
    c.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(c);
}

int underlineCount(const CodeEditor &editor)
{
    int n = 0;
    for (const QTextEdit::ExtraSelection &s : editor.extraSelections())
        n += s.format.underlineStyle() == QTextCharFormat::WaveUnderline ? 1 : 0;
    return n;
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingAnErrorShowsItAndUndoRemovesIt()
    {
        EditorPage page;
        QAbstractItemModelTester tester(page.diagnosticsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(page.load(corpus + u"011_hello-world-linux.yaml"_s, &error), qPrintable(error));
        QCOMPARE(page.diagnosticsModel()->rowCount(), 0);
        QCOMPARE(underlineCount(*page.editor()), 0);

        CodeEditor *editor = page.editor();
        moveToEndOfLine(editor, 8); // `        action: ExecuteBash`
        QTest::keyClicks(editor, u": oops"_s);
        QVERIFY(page.isModified());

        QTRY_COMPARE(page.diagnosticsModel()->errorCount(), 1);
        const QModelIndex first = page.diagnosticsModel()->index(0, 0);
        QCOMPARE(first.data(DiagnosticsModel::LineRole).toInt(), 8);
        QCOMPARE(first.data(DiagnosticsModel::ColumnRole).toInt(), 28);
        QCOMPARE(first.data(DiagnosticsModel::CodeRole).toString(), u"K1001"_s);
        QCOMPARE(underlineCount(*editor), 1);
        // The tooltip text is there for the underlined range, and only there.
        const QTextBlock line8 = editor->document()->findBlockByNumber(7);
        QVERIFY(!editor->diagnosticMessagesAt(line8.position() + 27).isEmpty());
        QVERIFY(editor->diagnosticMessagesAt(line8.position() + 2).isEmpty());

        while (page.isModified() && editor->document()->isUndoAvailable())
            editor->undo();
        QVERIFY(!page.isModified());
        QTRY_COMPARE(page.diagnosticsModel()->rowCount(), 0);
        QCOMPARE(underlineCount(*editor), 0);
    }

    void tabInsertsSpaces()
    {
        CodeEditor editor;
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), u"  "_s);
        QTest::keyClick(&editor, Qt::Key_A);
        QTest::keyClick(&editor, Qt::Key_Tab); // column 3 → pads to the next level
        QCOMPARE(editor.toPlainText(), u"  a "_s);
        QVERIFY(!editor.toPlainText().contains(u'\t'));
    }

    void tabAndBacktabIndentSelectedLines()
    {
        CodeEditor editor;
        editor.setPlainText(u"a: 1\nb: 2\n"_s);
        QTextCursor c(editor.document());
        c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        editor.setTextCursor(c);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), u"  a: 1\n  b: 2\n"_s);
        QTest::keyClick(&editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(editor.toPlainText(), u"a: 1\nb: 2\n"_s);
    }

    void enterKeepsIndentation_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("indent");
        QTest::newRow("plain value") << u"    foo: bar"_s << 4;
        QTest::newRow("key opens a block") << u"steps:"_s << 2;
        QTest::newRow("nested key") << u"  inputs:"_s << 4;
        QTest::newRow("key with comment") << u"  inputs: # the inputs"_s << 4;
        QTest::newRow("mapping in a list item") << u"  - name: x"_s << 4;
        QTest::newRow("scalar list item") << u"  - echo hi"_s << 2;
        QTest::newRow("block scalar") << u"  run: |"_s << 4;
        QTest::newRow("empty") << QString() << 0;
    }

    void enterKeepsIndentation()
    {
        QFETCH(QString, line);
        QFETCH(int, indent);
        CodeEditor editor;
        editor.setPlainText(line);
        editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.blockCount(), 2);
        QCOMPARE(editor.document()->findBlockByNumber(1).text(), QString(indent, u' '));
        QCOMPARE(editor.textCursor().positionInBlock(), indent);
    }

    void backspaceRemovesOneLevel()
    {
        CodeEditor editor;
        editor.setPlainText(u"    "_s);
        editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&editor, Qt::Key_Backspace);
        QCOMPARE(editor.toPlainText(), u"  "_s);
    }

    void toggleComment()
    {
        CodeEditor editor;
        const QString original = u"a: 1\n  b: 2\nc: 3"_s;
        editor.setPlainText(original);
        QTextCursor c(editor.document());
        c.setPosition(2);
        c.setPosition(editor.document()->findBlockByNumber(1).position() + 3,
                      QTextCursor::KeepAnchor);
        editor.setTextCursor(c);
        editor.toggleComment();
        QCOMPARE(editor.toPlainText(), u"# a: 1\n#   b: 2\nc: 3"_s);
        editor.toggleComment();
        QCOMPARE(editor.toPlainText(), original);
        editor.undo(); // one step per toggle
        QCOMPARE(editor.toPlainText(), u"# a: 1\n#   b: 2\nc: 3"_s);
    }

    void commentIndentedLineAtItsIndentation()
    {
        CodeEditor editor;
        editor.setPlainText(u"x:\n  y: 1"_s);
        editor.goToLine(2);
        editor.toggleComment();
        QCOMPARE(editor.toPlainText(), u"x:\n  # y: 1"_s);
    }

    void foldByIndentation()
    {
        CodeEditor editor;
        editor.setPlainText(u"phases:\n  - name: build\n    steps:\n      - x\n\nname: y"_s);
        QTextDocument *doc = editor.document();
        QVERIFY(editor.isFoldable(doc->findBlockByNumber(0)));
        QVERIFY(editor.isFoldable(doc->findBlockByNumber(2)));
        QVERIFY(!editor.isFoldable(doc->findBlockByNumber(3)));
        QVERIFY(!editor.isFoldable(doc->findBlockByNumber(5)));

        editor.setFolded(doc->findBlockByNumber(0), true);
        QVERIFY(editor.isFolded(doc->findBlockByNumber(0)));
        for (int i = 1; i <= 3; ++i)
            QVERIFY2(!doc->findBlockByNumber(i).isVisible(), qPrintable(QString::number(i)));
        QVERIFY(doc->findBlockByNumber(4).isVisible()); // trailing blank line stays
        QVERIFY(doc->findBlockByNumber(5).isVisible());
        QVERIFY(!doc->isModified()); // folding is a view change, not an edit
        QVERIFY(!doc->isUndoAvailable());

        // Moving the cursor into folded text opens the fold.
        editor.goToLine(4);
        QVERIFY(doc->findBlockByNumber(3).isVisible());
        QVERIFY(!editor.isFolded(doc->findBlockByNumber(0)));
        QVERIFY(!editor.grab().isNull()); // paints the gutter with fold markers
    }

    void keyWithSameIndentListFolds()
    {
        CodeEditor editor;
        editor.setPlainText(u"steps:\n- a\n- b\nname: x"_s);
        QTextDocument *doc = editor.document();
        QVERIFY(editor.isFoldable(doc->firstBlock()));
        editor.setFolded(doc->firstBlock(), true);
        QVERIFY(!doc->findBlockByNumber(1).isVisible());
        QVERIFY(!doc->findBlockByNumber(2).isVisible());
        QVERIFY(doc->findBlockByNumber(3).isVisible());
        editor.unfoldAll();
        QVERIFY(doc->findBlockByNumber(1).isVisible());
    }

    void findAndReplace()
    {
        CodeEditor editor;
        editor.setPlainText(u"foo Foo foo"_s);
        FindBar bar(&editor);
        bar.setFindText(u"foo"_s);
        bar.setMatchCase(true);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 0);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 8);
        QVERIFY(bar.findNext()); // wraps around
        QCOMPARE(editor.textCursor().selectionStart(), 0);
        QVERIFY(bar.findPrevious()); // wraps backwards
        QCOMPARE(editor.textCursor().selectionStart(), 8);

        bar.setReplaceText(u"bar"_s);
        QCOMPARE(bar.replaceAll(), 2);
        QCOMPARE(editor.toPlainText(), u"bar Foo bar"_s);
        editor.undo(); // replace all is one step
        QCOMPARE(editor.toPlainText(), u"foo Foo foo"_s);

        bar.setMatchCase(false);
        QCOMPARE(bar.replaceAll(), 3);
        QCOMPARE(editor.toPlainText(), u"bar bar bar"_s);
        bar.setFindText(u"nothing"_s);
        QVERIFY(!bar.findNext());
    }

    // Regular expressions, whole words, every match highlighted and counted,
    // Escape clearing the highlights.
    void findOptionsHighlightsAndCount()
    {
        CodeEditor editor;
        editor.resize(500, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setPlainText(u"step1 step2 steps\nstep3"_s);
        FindBar bar(&editor);
        bar.showFind();
        bar.setFindText(u"step"_s);
        QCOMPARE(bar.matches().size(), 4);
        QCOMPARE(editor.highlights(CodeEditor::Highlight::SearchMatch).size(), 4);
        QVERIFY(bar.findNext());
        QVERIFY2(bar.statusText().endsWith(u" of 4"_s), qPrintable(bar.statusText()));

        bar.setWholeWord(true);
        QCOMPARE(bar.matches().size(), 0);
        QCOMPARE(bar.statusText(), u"Not found"_s);
        bar.setFindText(u"steps"_s);
        QCOMPARE(bar.matches().size(), 1);
        bar.setWholeWord(false);

        bar.setRegularExpression(true);
        bar.setFindText(u"step(\\d)"_s);
        QCOMPARE(bar.matches().size(), 3);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectedText(), u"step1"_s);
        QCOMPARE(bar.statusText(), u"1 of 3"_s);
        bar.setReplaceText(u"s\\1"_s); // a back-reference
        QCOMPARE(bar.replaceAll(), 3);
        QCOMPARE(editor.toPlainText(), u"s1 s2 steps\ns3"_s);
        bar.setFindText(u"step("_s);
        QVERIFY(!bar.findNext());
        QVERIFY2(bar.statusText().startsWith(u"Invalid regular expression"_s),
                 qPrintable(bar.statusText()));

        // Typing moves the matches; they are counted again.
        bar.setFindText(u"s\\d"_s);
        QCOMPARE(bar.matches().size(), 3);
        editor.moveCursor(QTextCursor::End);
        editor.insertPlainText(u" s4"_s);
        QTRY_COMPARE(bar.matches().size(), 4);

        QTest::keyClick(&bar, Qt::Key_Escape);
        QVERIFY(!bar.isVisible());
        QVERIFY(editor.highlights(CodeEditor::Highlight::SearchMatch).isEmpty());
    }

    // Indent guides and the folded-line marker are painted over the text.
    void indentGuidesAndFoldMarkerArePainted()
    {
        CodeEditor editor;
        editor.resize(400, 200);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setPlainText(u"a:\n    b:\n        c: 1\nd: 2"_s);
        editor.moveCursor(QTextCursor::End);
        const QImage plain = editor.viewport()->grab().toImage();
        editor.setIndentGuides(true);
        const QImage guides = editor.viewport()->grab().toImage();
        QVERIFY(plain != guides);
        editor.setIndentGuides(false);
        QCOMPARE(editor.viewport()->grab().toImage(), plain);

        // Folding `a:` hides two lines and marks the fold after its text.
        const QTextBlock first = editor.document()->firstBlock();
        editor.setFolded(first, true);
        const QImage folded = editor.viewport()->grab().toImage();
        const QRect line = editor.cursorRect(QTextCursor(first));
        const int markerX = line.right() + editor.fontMetrics().horizontalAdvance(u"a: "_s);
        bool marked = false;
        for (int x = markerX; x < markerX + 30 && !marked; ++x)
            marked = folded.pixelColor(x, line.center().y()) !=
                     folded.pixelColor(380, line.center().y());
        QVERIFY(marked);
    }

    void replaceNextReplacesTheSelectedMatch()
    {
        CodeEditor editor;
        editor.setPlainText(u"a a a"_s);
        FindBar bar(&editor);
        bar.setFindText(u"a"_s);
        bar.setReplaceText(u"b"_s);
        QVERIFY(bar.findNext());
        QVERIFY(bar.replaceNext());
        QCOMPARE(editor.toPlainText(), u"b a a"_s);
        QCOMPARE(editor.textCursor().selectionStart(), 2);
    }

    void goToLineAndColumn()
    {
        CodeEditor editor;
        editor.setPlainText(u"a\nbcdef\ng"_s);
        editor.goToLine(2, 3);
        QCOMPARE(editor.currentLine(), 2);
        QCOMPARE(editor.currentColumn(), 3);
        QCOMPARE(editor.textCursor().position(), 4);
    }

    void hoverOverAnUnderlineShowsTheMessage()
    {
        EditorPage page;
        page.resize(800, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setText(u"schemaVersion: 1.0\nphases:\n  - name: build\n    steps: nothing\n"_s);
        page.validateNow();
        QVERIFY(page.diagnosticsModel()->rowCount() > 0);
        const int line =
            page.diagnosticsModel()->index(0, 0).data(DiagnosticsModel::LineRole).toInt();
        const int column =
            page.diagnosticsModel()->index(0, 0).data(DiagnosticsModel::ColumnRole).toInt();

        CodeEditor *editor = page.editor();
        QTextCursor c(editor->document()->findBlockByNumber(line - 1));
        c.setPosition(c.position() + column); // inside the underlined token
        const QPoint pos = editor->cursorRect(c).center();
        QHelpEvent hover(QEvent::ToolTip, pos, editor->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(editor->viewport(), &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(
            QToolTip::text().contains(
                page.diagnosticsModel()->index(0, 0).data(DiagnosticsModel::CodeRole).toString()),
            qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void completesKeysAndActionsFromTheCatalogue()
    {
        CodeEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setPlainText(u"phases:\n  - name: b\n    steps:\n      - name: S\n"_s);
        editor.moveCursor(QTextCursor::End);
        QAbstractItemView *popup = editor.completionPopup()->view();

        QTest::keyClicks(&editor, u"        act"_s);
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->currentIndex().data().toString(), u"action"_s);
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY(!popup->isVisible());
        QCOMPARE(editor.textCursor().block().text(), u"        action: "_s);

        QTest::keyClicks(&editor, u"ExecuteBa"_s);
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->currentIndex().data().toString(), u"ExecuteBash"_s);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(editor.textCursor().block().text(), u"        action: ExecuteBash"_s);

        // Enter on a fresh line is a newline, not a completion.
        QTest::keyClick(&editor, Qt::Key_Return);
        QVERIFY(!popup->isVisible());
        QCOMPARE(editor.textCursor().block().text(), u"        "_s);
        // Ctrl+Space offers the step keys without a prefix.
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->model()->rowCount() > 3);
        QTest::keyClick(popup, Qt::Key_Escape);
        QVERIFY(!popup->isVisible());
    }

    // In the studio, `{{ ` opens what the steps before hold, with docs beside the
    // list, and the chosen name is inserted with the closing braces.
    void completesReferencesWithDocsBeside()
    {
        EditorPage page;
        page.resize(700, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setText(u"phases:\n  - name: build\n    steps:\n      - name: Get\n"
                     "        action: ExecuteBash\n        inputs:\n          commands: [date]\n"
                     "      - name: Use\n        action: ExecuteBash\n        inputs:\n"
                     "          commands:\n            - echo \n"_s);
        page.validateNow();
        CodeEditor *editor = page.editor();
        moveToEndOfLine(editor, 12);
        QAbstractItemView *popup = editor->completionPopup()->view();
        QTest::keyClicks(editor, u"{{ build"_s);
        QTRY_VERIFY(popup->isVisible());
        // While the list is open it has the keyboard: what is typed still goes on.
        QTest::keyClicks(popup, u"."_s);
        QVERIFY(popup->isVisible());
        QTest::keyClick(editor, Qt::Key_Shift); // a modifier alone changes nothing
        QVERIFY(popup->isVisible());
        QTest::keyClicks(popup, u"G"_s);
        QTRY_VERIFY(popup->isVisible());
        QStringList labels;
        for (int row = 0; row < popup->model()->rowCount(); ++row)
            labels << popup->model()->index(row, 0).data().toString();
        QCOMPARE(labels,
                 (QStringList{u"build.Get.inputs.commands"_s, u"build.Get.outputs.stdout"_s}));
        popup->setCurrentIndex(popup->model()->index(1, 0));
        QTRY_VERIFY(editor->completionPopup()->currentDetail().contains(u"standard output"_s));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(editor->textCursor().block().text(),
                 u"            - echo {{ build.Get.outputs.stdout }}"_s);
        QVERIFY(editor->completionPopup()->currentDetail().isEmpty());
    }

    // `- ` in steps and Ctrl+Space: a whole step, its name selected to type over.
    void completesAWholeStep()
    {
        CodeEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setPlainText(u"phases:\n  - name: b\n    steps:\n"_s);
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, u"      - ExecuteBa"_s);
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QAbstractItemView *popup = editor.completionPopup()->view();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->currentIndex().data().toString(), u"ExecuteBash step"_s);
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY(
            editor.toPlainText().contains(u"      - name: SayHello\n        action: ExecuteBash\n"
                                          "        inputs:\n          commands:\n"_s));
        QCOMPARE(editor.textCursor().selectedText(), u"SayHello"_s);
        QTest::keyClicks(&editor, u"Install"_s);
        QVERIFY(editor.toPlainText().contains(u"- name: Install\n"_s));
    }

    void hoverShowsCatalogueDocs()
    {
        CodeEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setPlainText(
            u"phases:\n  - name: b\n    steps:\n      - name: S\n        action: ExecuteBash\n"_s);
        QTextCursor c(editor.document()->findBlockByNumber(4));
        c.setPosition(c.position() + 20); // inside "ExecuteBash"
        const QPoint pos = editor.cursorRect(c).center();
        QTest::mouseMove(editor.viewport(), pos);
        QHelpEvent hover(QEvent::ToolTip, pos, editor.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(editor.viewport(), &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"ExecuteBash — "_s), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void foldCurrentFoldsTheEnclosingBlock()
    {
        CodeEditor editor;
        editor.setPlainText(
            u"phases:\n  - name: build\n    steps:\n      - x\n      - y\nname: z"_s);
        QTextDocument *doc = editor.document();
        editor.moveCursorTo(5); // `      - y`, not foldable itself
        editor.foldCurrent();
        QVERIFY(editor.isFolded(doc->findBlockByNumber(2))); // `steps:`
        QVERIFY(doc->findBlockByNumber(2).isVisible());
        QVERIFY(!doc->findBlockByNumber(4).isVisible());
        QCOMPARE(editor.currentLine(), 3); // the cursor left the hidden lines
        editor.foldCurrent();              // on `steps:` (folded): the enclosing list item folds
        QVERIFY(editor.isFolded(doc->findBlockByNumber(1)));
        QVERIFY(!doc->findBlockByNumber(2).isVisible());
        QVERIFY(doc->findBlockByNumber(5).isVisible());
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
