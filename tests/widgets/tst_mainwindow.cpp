// The main window as a user sees it: open documents, the problems pane follows
// the current tab, activating a problem moves the cursor.
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "mainwindow.h"
#include "model/diagnosticsmodel.h"
#include "problemsview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {
const QString corpus = QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs/");
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void problemsPaneFollowsTheCurrentDocument()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.problemsView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        EditorPage *bad = window.openFile(corpus + u"049_workshop-snippet-bad-indent.yaml"_s);
        QVERIFY(bad);
        QAbstractItemModel *problems = window.problemsView()->model();
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(problems->index(0, DiagnosticsModel::LocationColumn).data().toString(), u"5:15"_s);
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
        QCOMPARE(page->editor()->currentColumn(), 15);
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
