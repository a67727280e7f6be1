// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// LogEventBatches against PutLogEvents' documented limits: events per batch,
// batch bytes with the 26-byte overhead, a too-long event cut at a UTF-8
// boundary, timestamps that never go back, the 24-hour span, and empty lines
// skipped.
#include "aws/logeventbatches.h"

#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

class TestLogEventBatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atMostTenThousandEvents()
    {
        LogEventBatches b;
        for (int i = 0; i < 25000; ++i)
            b.add(QString::number(i), 1000);
        QCOMPARE(b.takeBatch().size(), 10000);
        QCOMPARE(b.takeBatch().size(), 10000);
        const QList<LogEvent> last = b.takeBatch();
        QCOMPARE(last.size(), 5000);
        QCOMPARE(last.last().message, QByteArray("24999"));
        QVERIFY(b.takeBatch().isEmpty());
    }

    // 1,048,576 bytes, counting 26 per event: 1,000 events of 1,022 bytes fill
    // 1,048,000; the 1,001st (1,048 more) does not fit.
    void atMostOneMebibyteWithOverhead()
    {
        LogEventBatches b;
        for (int i = 0; i < 1001; ++i)
            b.add(QString(1022, u'x'), 1000);
        QCOMPARE(b.takeBatch().size(), 1000);
        QCOMPARE(b.takeBatch().size(), 1);
    }

    void longEventIsCutAtACharacterBoundary()
    {
        LogEventBatches b;
        b.add(QString(300000, u'é'), 1000); // 2 bytes each
        const QList<LogEvent> batch = b.takeBatch();
        QCOMPARE(batch.size(), 1);
        QVERIFY(batch.first().message.size() <= LogEventBatches::MaxEventBytes);
        QVERIFY(batch.first().message.endsWith("[cut: longer than a CloudWatch log event]"));
        QVERIFY(QString::fromUtf8(batch.first().message).startsWith(u"éé"));
        QVERIFY(!QString::fromUtf8(batch.first().message).contains(QChar::ReplacementCharacter));
    }

    void timestampsNeverGoBack()
    {
        LogEventBatches b;
        b.add(u"a"_s, 5000);
        b.add(u"b"_s, 4000); // the clock went back
        const QList<LogEvent> batch = b.takeBatch();
        QCOMPARE(batch.at(1).timestamp, qint64(5000));
    }

    void aBatchSpansLessThanADay()
    {
        LogEventBatches b;
        b.add(u"a"_s, 0);
        b.add(u"b"_s, LogEventBatches::MaxSpanMs - 1);
        b.add(u"c"_s, LogEventBatches::MaxSpanMs);
        QCOMPARE(b.takeBatch().size(), 2);
        QCOMPARE(b.takeBatch().size(), 1);
    }

    void linesBecomeEventsWithoutEmptyOnes()
    {
        LogEventBatches b;
        b.add(u"{\n\n    \"a\": 1\n}"_s, 1);
        b.add(QString(), 2);
        const QList<LogEvent> batch = b.takeBatch();
        QCOMPARE(batch.size(), 3);
        QCOMPARE(batch.at(1).message, QByteArray("    \"a\": 1"));
    }
};

QTEST_GUILESS_MAIN(TestLogEventBatches)
#include "tst_logeventbatches.moc"
