// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A step that prints 500 MB through the real `kiln run`: the output is streamed
// to console.log and only a bounded tail is kept for the `stdout` output, so
// kiln's own peak memory (VmHWM) stays under 100 MB (KilnTest::PeakRssLimitKb,
// more under ASan). A memory bound, not timing.
#include "processprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliFlood : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The checks read kiln's English texts: a developer's LANG=de_DE (or LANGUAGE=de)
    // must not turn them German. Children inherit this environment.
    void initTestCase()
    {
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }

    void memoryStaysBoundedWhileAStepPrints500MB()
    {
        QTemporaryDir logs;
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, QStringLiteral(KILN_TEST_DATA_DIR "/run/flood.yaml"),
                        u"-l"_s, logs.path()});
        p.setStandardOutputFile(QProcess::nullDevice()); // the console copy is not under test
        KilnTest::withoutAsanQuarantine(p);
        p.start();
        QVERIFY(p.waitForStarted());
        const qint64 peak = KilnTest::peakRssUntilFinished(p, 240'000);
        QVERIFY2(p.exitStatus() == QProcess::NormalExit, "kiln run crashed or hung (4 minutes)");
        QCOMPARE(p.exitCode(), 0);
        qInfo("kiln's peak RSS while the step printed 500 MB: %lld KiB", peak);
        QVERIFY(peak > 0);
        QVERIFY2(peak < KilnTest::PeakRssLimitKb, qPrintable(u"peak RSS %1 KiB"_s.arg(peak)));

        // Nothing was lost on the way: every byte reached console.log.
        const QStringList runs = QDir(logs.path()).entryList({u"TOE_*"_s}, QDir::Dirs);
        QCOMPARE(runs.size(), 1);
        const QDir run(logs.filePath(runs.first()));
        QVERIFY(QFileInfo(run.filePath(u"console.log"_s)).size() > 500'000'000);
        QFile detailed(run.filePath(u"detailedoutput.json"_s));
        QVERIFY(detailed.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(detailed.readAll()).object();
        QCOMPARE(report.value(u"status"_s).toString(), u"success"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliFlood)
#include "tst_cli_flood.moc"
