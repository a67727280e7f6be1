// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// DeadlineTimer never fires before its time. Qt's default coarse timer moves
// a 1 s timer started between x.050 and x.250 s of the monotonic clock (or
// x.550 and x.750) to fire 50 ms early; each row starts at such a moment.
// Lateness is not asserted (a busy machine may delay any timer).
#include "process/deadlinetimer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <chrono>

using namespace Kiln;
using namespace std::chrono_literals;

class TestDeadlineTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverFiresEarly_data()
    {
        QTest::addColumn<int>("phaseMs");
        QTest::newRow("started at x.150 s") << 150;
        QTest::newRow("started at x.650 s") << 650;
    }

    void neverFiresEarly()
    {
        QFETCH(int, phaseMs);
        using namespace std::chrono;
        const qint64 now =
            duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
        QTest::qSleep(int((phaseMs - now % 1000 + 1000) % 1000));
        DeadlineTimer timer;
        QSignalSpy expired(&timer, &DeadlineTimer::expired);
        QElapsedTimer clock; // monotonic, like the timer
        clock.start();
        timer.start(1000ms);
        QVERIFY(timer.isActive());
        QVERIFY(expired.wait(5000));
        QVERIFY2(clock.nsecsElapsed() >= 1'000'000'000,
                 qPrintable(QString::number(clock.nsecsElapsed())));
        QCOMPARE(expired.size(), 1);
        QVERIFY(!timer.isActive());
    }

    void stopAndRestart()
    {
        DeadlineTimer timer;
        QSignalSpy expired(&timer, &DeadlineTimer::expired);
        timer.start(50ms);
        timer.stop();
        QVERIFY(!timer.isActive());
        QTest::qWait(150);
        QCOMPARE(expired.size(), 0);

        // A restart replaces the deadline.
        QElapsedTimer clock;
        clock.start();
        timer.start(50ms);
        timer.start(300ms);
        QVERIFY(expired.wait(5000));
        QVERIFY(clock.elapsed() >= 300);
        QCOMPARE(expired.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineTimer)
#include "tst_deadlinetimer.moc"
