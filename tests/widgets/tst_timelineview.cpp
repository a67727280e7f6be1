// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The studio's Timeline view, offscreen: bars painted in their status colours
// on the palette's background in the light and the dark theme with readable
// labels, the tooltip of a bar (status, duration, failure), a click selecting
// the step in the step tree and the editor, lanes appearing while a run goes
// on, and a past run opened in the history shown with its kiln-timeline.json.
#include "editor/codeeditor.h"
#include "historyview.h"
#include "model/runhistorymodel.h"
#include "model/timelinemodel.h"
#include "steptreeview.h"
#include "studiofixture.h"
#include "timelineview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QStyle>
#include <QToolTip>
#include <QtTest>

using namespace Kiln;
using namespace KilnTest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Timeline = R"({"format":"kiln-timeline","version":1,"executionId":"e",
 "startTime":"2024-01-01T00:00:00.000Z","lanes":[
  {"document":0,"phase":"build","step":"Hello","action":"ExecuteBash","bars":[
   {"kind":"step","start":0,"end":1000,"status":"success"},
   {"kind":"attempt","attempt":1,"start":0,"end":1000,"status":"success"}]},
  {"document":0,"phase":"build","step":"Flaky","action":"ExecuteBash","bars":[
   {"kind":"step","start":1000,"end":5000,"status":"success"},
   {"kind":"attempt","attempt":1,"start":1000,"end":3000,"status":"failed"},
   {"kind":"attempt","attempt":2,"start":3000,"end":5000,"status":"success"}]},
  {"document":0,"phase":"build","step":"Broken","action":"ExecuteBash","bars":[
   {"kind":"step","start":5000,"end":10000,"status":"failed","failureMessage":"exit code 100: no such package"},
   {"kind":"attempt","attempt":1,"start":5000,"end":10000,"status":"failed"}]}],
 "markers":[{"kind":"reboot","lane":0,"at":1000}]})";

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    dark.setColor(QPalette::Mid, QColor(0x40, 0x45, 0x4a));
    return dark;
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

// Relative luminance contrast (WCAG) of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto ch = [](double v) {
            v /= 255.0;
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void load(TimelineView &view)
{
    QString error;
    QVERIFY2(view.model()->setJson(QJsonDocument::fromJson(Timeline).object(), &error),
             qPrintable(error));
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void paintsInBothThemes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void paintsInBothThemes()
    {
        QFETCH(bool, dark);
        TimelineView view;
        view.setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        view.resize(900, 200);
        load(view);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.viewport()->grab().toImage();
        const QPalette pal = view.palette();

        const auto colourAt = [&](int lane, const TimelineBar &bar) {
            return image.pixelColor(view.barRect(lane, bar).center().toPoint());
        };
        const auto &lanes = view.model()->lanes();
        // Flaky: its failed first attempt and its successful second.
        QCOMPARE(colourAt(1, lanes[1].bars[1]), runStatusColor(RunStatus::Failed));
        QCOMPARE(colourAt(1, lanes[1].bars[2]), runStatusColor(RunStatus::Success));
        QCOMPARE(colourAt(2, lanes[2].stepBar()), runStatusColor(RunStatus::Failed));
        // The background is the theme's, and the labels stand out from it.
        const QColor background = image.pixelColor(view.viewport()->width() - 3, 12);
        QCOMPARE(background, pal.color(QPalette::Base));
        int textPixels = 0;
        const QRect label = view.laneRect(0).adjusted(4, 2, -view.viewport()->width() + 100, -2);
        for (int y = label.top(); y <= label.bottom(); ++y)
            for (int x = label.left(); x <= label.right(); ++x)
                textPixels += distance(image.pixelColor(x, y), pal.color(QPalette::Text)) < 60;
        QVERIFY2(textPixels > 20, "the label is drawn in the palette's text colour");
        QVERIFY(contrast(pal.color(QPalette::Text), pal.color(QPalette::Base)) > 7);
        // Status colours read on either background.
        for (const RunStatus s : {RunStatus::Success, RunStatus::Failed})
            QVERIFY2(contrast(runStatusColor(s), pal.color(QPalette::Base)) > 2.5,
                     qPrintable(statusName(s)));
    }

    void tooltipAndClick()
    {
        TimelineView view;
        view.resize(900, 200);
        load(view);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint broken =
            view.barRect(2, view.model()->lanes()[2].stepBar()).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, broken, view.viewport()->mapToGlobal(broken));
        QApplication::sendEvent(view.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(u"build/Broken"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"failed"_s));
        QVERIFY(tip.contains(u"5.0 s"_s) || tip.contains(u"5 s"_s));
        QVERIFY(tip.contains(u"no such package"_s));
        // Over Flaky's first attempt: that attempt.
        const QPoint first = view.barRect(1, view.model()->lanes()[1].bars[1]).center().toPoint();
        QVERIFY2(view.toolTipAt(first).contains(u"Attempt 1"_s), qPrintable(view.toolTipAt(first)));

        QSignalSpy activated(&view, &TimelineView::stepActivated);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, broken);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(1).toString(), u"build"_s);
        QCOMPARE(activated.at(0).at(2).toString(), u"Broken"_s);
        QCOMPARE(view.laneAt(QPoint(5, 5)), -1); // the axis
    }

    void liveRunInTheStudioAndClickSelectsTheStep()
    {
        const QByteArray yaml =
            "name: t\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
            "      - name: First\n        action: ExecuteBash\n"
            "        inputs:\n          commands: ['sleep 0.4']\n"
            "      - name: Second\n        action: ExecuteBash\n"
            "        inputs:\n          commands: ['echo second; exit 3']\n";
        Studio studio(yaml);
        QVERIFY(studio.page);
        TimelineView *view = studio.window.timelineView();
        QVERIFY(view);
        studio.window.show();
        QSignalSpy finished(studio.window.runPanel(), &RunPanel::runFinished);
        QVERIFY(studio.window.runPanel()->run());
        // While the run goes on, its first step is there, running.
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->model()->isLive());
        QVERIFY(view->model()->lanes()[0].stepBar().running());
        QVERIFY(finished.wait(60000));
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY(!view->model()->isLive());
        QCOMPARE(view->model()->lanes()[1].stepBar().status, RunStatus::Failed);

        // A click on First selects it in the step tree; the editor goes to its line.
        view->resize(800, 200);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->barRect(0, view->model()->lanes()[0].stepBar()).center().toPoint());
        QString phase, step;
        QVERIFY(studio.window.stepTreeView()->currentStep(&phase, &step));
        QCOMPARE(step, u"First"_s);
        QCOMPARE(studio.page->editor()->currentLine(), lineOf(yaml, "- name: First"));

        // The run folder has its timeline; opened from the history, the view shows it.
        view->model()->clear();
        HistoryView *history = studio.window.historyView();
        history->refresh();
        QTRY_VERIFY(history->historyModel()->rowCount() >= 1);
        history->openNewest();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->lanes()[1].step, u"Second"_s);
        // Milliseconds (kiln-timeline.json), not whole seconds: First slept 0.4 s.
        const TimelineBar &firstBar = view->model()->lanes()[0].stepBar();
        QVERIFY(firstBar.endMs - firstBar.startMs >= 350);
        QVERIFY(firstBar.endMs - firstBar.startMs < 1000);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
