// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Benchmark (not a test): the studio's responsiveness (issue #6), measured on
// the real MainWindow offscreen (QT_QPA_PLATFORM=offscreen).
//
// 1. Keystroke to diagnostics on a generated 2,000-step document: a key is
//    typed with QTest::keyClick at the end of an `action:` line in the middle
//    of the document (alternately "x", which makes the action unknown, and
//    Backspace, which repairs it), and the program waits until the editor
//    page's `validated()` signal has reached every receiver (diagnostics model,
//    step tree, problems pane, run panel form, status bar). The page waits on
//    purpose until typing has stopped for EditorPage::ValidationDelayMs
//    (300 ms) before it validates. That pause is not work: it is measured
//    (when the debounce timer's QTimerEvent arrives, seen by an event filter)
//    and reported separately, and "latency" is the keystroke handling plus
//    validation and model updates, without the pause. The total is printed too.
//    Baseline: the same keystroke in a bare QPlainTextEdit holding the same text.
// 2. Event-loop stall while a step prints 100 MB (1M lines of 100 chars) in a
//    real run started from the run panel: the longest gap between ticks of a
//    1 ms precise QTimer from Run until one second after the run has finished
//    (the report and the history are read after it). Baseline: the longest gap
//    of the same timer on the idle window for the same duration.
//
// Prints one "RESULT key value" line per number for bench/run-all.sh.
// Usage: studio-latency [keystrokes] [steps] [flood-MB]
#include "benchdocument.h"
#include "editor/codeeditor.h"
#include "editorpage.h"
#include "mainwindow.h"
#include "model/diagnosticsmodel.h"
#include "model/steptreemodel.h"
#include "runpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_clock;

double nowMs()
{
    return double(g_clock.nsecsElapsed()) / 1e6;
}

// CPU time of the calling (GUI) thread. On a busy shared machine wall times
// mostly measure waiting for a core; CPU time is what the same work costs on a
// machine of one's own. The executor and the output pane run in this thread too.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void result(const char *key, double value)
{
    std::printf("RESULT %s %.2f\n", key, value);
    std::fflush(stdout);
}

// Records when a timer's QTimerEvent is delivered, i.e. when the debounce is
// over and validation begins (the filter runs before QTimer emits timeout()).
class TimerStamp : public QObject
{
public:
    double firedMs = -1;
    double firedCpuMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer) {
            firedMs = nowMs();
            firedCpuMs = cpuMs();
        }
        return QObject::eventFilter(watched, event);
    }
};

// Puts the cursor at the end of line `line` (0-based).
void moveToLineEnd(QPlainTextEdit *edit, int line)
{
    QTextCursor cursor(edit->document()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::EndOfBlock);
    edit->setTextCursor(cursor);
}

int targetLine(const QString &text, int step)
{
    // The `action:` line of step `step` (the line after "- name: Step<step>").
    const QStringList lines = text.split(u'\n');
    const QString name = u"      - name: Step"_s + QString::number(step);
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i] == name && lines[i + 1].trimmed().startsWith(u"action:"_s))
            return i + 1;
    }
    return -1;
}

bool keystrokes(MainWindow &window, const QString &path, int steps, int repetitions)
{
    EditorPage *page = window.openFile(path);
    if (!page) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return false;
    }
    QTest::qWait(500); // first paint and highlighting of the visible lines
    QTimer *debounce = nullptr;
    for (QTimer *t : page->findChildren<QTimer *>(Qt::FindDirectChildrenOnly)) {
        if (t->isSingleShot() && t->interval() == EditorPage::ValidationDelayMs)
            debounce = t;
    }
    if (!debounce) {
        std::fprintf(stderr, "no debounce timer on the editor page\n");
        return false;
    }
    TimerStamp stamp;
    debounce->installEventFilter(&stamp);

    const QString text = page->editor()->toPlainText();
    const int line = targetLine(text, steps / 2);
    if (line < 0) {
        std::fprintf(stderr, "no action line for step %d\n", steps / 2);
        return false;
    }
    if (page->diagnosticsModel()->errorCount() != 0) {
        std::fprintf(stderr, "the generated document has %d errors\n",
                     page->diagnosticsModel()->errorCount());
        return false;
    }

    // Connected after MainWindow's and RunPanel's receivers, so it runs last.
    double validatedMs = -1;
    double validatedCpuMs = -1;
    double diagnosticsMs = -1;
    QEventLoop loop;
    QObject::connect(page, &EditorPage::validated, &loop, [&] {
        validatedMs = nowMs();
        validatedCpuMs = cpuMs();
        loop.quit();
    });
    QObject::connect(page->diagnosticsModel(), &QAbstractItemModel::modelReset, &loop,
                     [&] { diagnosticsMs = nowMs(); });

    // One timer, stopped after each keystroke: a stale single-shot from an
    // earlier keystroke must not end a later wait early.
    QTimer timeout;
    timeout.setSingleShot(true);
    timeout.setInterval(10000);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    std::vector<double> keyMs, validateMs, diagMs, latencyMs, debounceMs, totalMs, cpuLatencyMs;
    std::vector<double> settledWallMs, settledCpu;
    for (int i = 0; i < repetitions * 2; ++i) {
        moveToLineEnd(page->editor(), line);
        QTest::qWait(20);
        stamp.firedMs = validatedMs = diagnosticsMs = -1;
        const bool breakIt = i % 2 == 0;
        const double startCpu = cpuMs();
        const double start = nowMs();
        QTest::keyClick(page->editor(), breakIt ? Qt::Key_X : Qt::Key_Backspace);
        const double keyDone = nowMs();
        const double keyDoneCpu = cpuMs();
        timeout.start();
        loop.exec();
        timeout.stop();
        // Settled: the views relayout and repaint in the events that follow;
        // a 1 ms timer started now fires once they (0 ms timers, posted
        // events) are done.
        QTimer::singleShot(1, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
        const double settledMs = nowMs();
        const double settledCpuMs = cpuMs();
        const int errors = page->diagnosticsModel()->errorCount();
        if (validatedMs < 0 || stamp.firedMs < 0 || diagnosticsMs < 0 ||
            (breakIt ? errors == 0 : errors != 0)) {
            std::fprintf(stderr, "keystroke %d: no new diagnostics (errors %d)\n", i, errors);
            return false;
        }
        keyMs.push_back(keyDone - start);
        validateMs.push_back(validatedMs - stamp.firedMs);
        diagMs.push_back(diagnosticsMs - stamp.firedMs);
        debounceMs.push_back(stamp.firedMs - keyDone);
        latencyMs.push_back((keyDone - start) + (validatedMs - stamp.firedMs));
        totalMs.push_back(validatedMs - start);
        cpuLatencyMs.push_back((keyDoneCpu - startCpu) + (validatedCpuMs - stamp.firedCpuMs));
        settledWallMs.push_back((keyDone - start) + (settledMs - stamp.firedMs));
        settledCpu.push_back((keyDoneCpu - startCpu) + (settledCpuMs - stamp.firedCpuMs));
    }
    result("keystroke_handling_ms", median(keyMs));
    result("keystroke_debounce_ms", median(debounceMs));
    result("keystroke_validation_to_diagnostics_ms", median(diagMs));
    result("keystroke_validation_and_models_ms", median(validateMs));
    result("keystroke_latency_ms", median(latencyMs));
    result("keystroke_latency_max_ms", *std::max_element(latencyMs.begin(), latencyMs.end()));
    result("keystroke_total_ms", median(totalMs));
    result("keystroke_latency_cpu_ms", median(cpuLatencyMs));
    result("keystroke_settled_ms", median(settledWallMs));
    result("keystroke_settled_cpu_ms", median(settledCpu));

    // Baseline: the same keystroke in a bare QPlainTextEdit with the same text.
    QPlainTextEdit bare;
    bare.resize(page->editor()->size());
    bare.setPlainText(text);
    bare.show();
    QTest::qWait(200);
    std::vector<double> bareMs, bareCpuMs;
    for (int i = 0; i < repetitions * 2; ++i) {
        moveToLineEnd(&bare, line);
        QTest::qWait(20);
        const double startCpu = cpuMs();
        const double start = nowMs();
        QTest::keyClick(&bare, i % 2 == 0 ? Qt::Key_X : Qt::Key_Backspace);
        bareMs.push_back(nowMs() - start);
        bareCpuMs.push_back(cpuMs() - startCpu);
    }
    result("keystroke_bare_editor_ms", median(bareMs));
    result("keystroke_bare_editor_cpu_ms", median(bareCpuMs));
    return true;
}

// Ticks a 1 ms timer and keeps the longest gap between ticks.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = nowMs();
            const double cpu = cpuMs();
            const double gap = now - m_last;
            m_longest = std::max(m_longest, gap);
            if (cpu - m_lastCpu > m_longestCpu) {
                m_longestCpu = cpu - m_lastCpu;
                m_longestCpuAt = m_last - m_start;
            }
            if (gap > 50)
                ++m_over50;
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_start = m_last = nowMs();
        m_lastCpu = cpuMs();
        m_longest = m_longestCpu = 0;
        m_over50 = 0;
        m_timer.start();
    }
    void stop()
    {
        // The time since the last tick counts too: the loop may be stuck at the end.
        m_longest = std::max(m_longest, nowMs() - m_last);
        m_longestCpu = std::max(m_longestCpu, cpuMs() - m_lastCpu);
        m_timer.stop();
    }
    double longest() const { return m_longest; }
    // The most CPU time the GUI thread spent between two ticks: the stall
    // without the time spent waiting for a core.
    double longestCpu() const { return m_longestCpu; }
    // When (ms after start()) the gap of longestCpu() began.
    double longestCpuAt() const { return m_longestCpuAt; }
    int over50() const { return m_over50; }

private:
    QTimer m_timer;
    double m_start = 0;
    double m_last = 0;
    double m_lastCpu = 0;
    double m_longestCpuAt = 0;
    double m_longest = 0;
    double m_longestCpu = 0;
    int m_over50 = 0;
};

constexpr int SettleMs = 1000;

bool stall(MainWindow &window, const QString &path, int megabytes)
{
    EditorPage *page = window.openFile(path);
    if (!page)
        return false;
    page->validateNow();
    QTest::qWait(300);
    RunPanel *panel = window.runPanel();
    bool finished = false;
    RunStatus status = RunStatus::Running;
    QEventLoop loop;
    QObject::connect(panel, &RunPanel::runFinished, &loop, [&](RunStatus s) {
        finished = true;
        status = s;
        loop.quit();
    });

    StallMeter meter;
    meter.start();
    const double start = nowMs();
    if (!panel->run()) {
        std::fprintf(stderr, "the run panel refused to run %s\n", qPrintable(path));
        return false;
    }
    if (!finished)
        loop.exec();
    const double runMs = nowMs() - start;
    // What the window does once the run has ended (the last output, the
    // report, the history) stalls it as much as the run itself: keep measuring
    // for a while after runFinished.
    QTimer::singleShot(SettleMs, &loop, &QEventLoop::quit);
    loop.exec();
    const double measuredMs = nowMs() - start;
    meter.stop();
    if (status != RunStatus::Success) {
        std::fprintf(stderr, "the flood run did not succeed (%s)\n",
                     qPrintable(runStatusText(status)));
        return false;
    }
    result("flood_megabytes", megabytes);
    result("flood_run_ms", runMs);
    result("flood_longest_stall_ms", meter.longest());
    result("flood_longest_stall_cpu_ms", meter.longestCpu());
    result("flood_longest_stall_cpu_at_ms", meter.longestCpuAt());
    result("flood_stalls_over_50ms", meter.over50());

    // Baseline: the same window idle for as long as the measurement above.
    StallMeter idle;
    idle.start();
    QTimer::singleShot(int(measuredMs), &loop, &QEventLoop::quit);
    loop.exec();
    idle.stop();
    result("idle_longest_stall_ms", idle.longest());
    result("idle_longest_stall_cpu_ms", idle.longestCpu());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // Settings, recent files and run history go to a throw-away home, not the user's.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(var, home.path().toUtf8());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"KilnBench"_s);
    QApplication::setApplicationName(u"studio-latency"_s);
    const int repetitions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    const int steps = argc > 2 ? std::max(10, std::atoi(argv[2])) : 2000;
    const int megabytes = argc > 3 ? std::max(1, std::atoi(argv[3])) : 100;
    g_clock.start();

    const QString docPath = home.filePath(u"bench-2000.yaml"_s);
    const QString floodPath = home.filePath(u"flood.yaml"_s);
    QFile doc(docPath);
    QFile flood(floodPath);
    if (!doc.open(QIODevice::WriteOnly) || !flood.open(QIODevice::WriteOnly))
        return 2;
    doc.write(Bench::generateDocument(steps));
    doc.close();
    flood.write("name: flood\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                "      - name: Flood\n        action: ExecuteBash\n        inputs:\n"
                "          commands:\n            - head -c " +
                QByteArray::number(megabytes) + "M /dev/zero | tr '\\0' 'x' | fold -w 100\n");
    flood.close();

    MainWindow window;
    window.resize(1280, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "warning: the window was not exposed\n");

    std::printf("document: %d steps; %d keystrokes; flood: %d MB\n", steps, repetitions * 2,
                megabytes);
    if (!keystrokes(window, docPath, steps, repetitions))
        return 1;
    if (!stall(window, floodPath, megabytes))
        return 1;
    return 0;
}
