// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Pathological step output through the real `kiln run`: a step that closes
// stdout and stderr but keeps running (kiln waits for its exit, reports its
// code, keeps console.log whole, and still enforces timeoutSeconds), and 1 GiB
// on one line without a newline (split into 64 Ki-character pieces: kiln's
// peak memory stays under 100 MB, console.log keeps every byte, the `stdout`
// output keeps the last 4 Mi characters).
#include "kilnrun.h"
#include "processprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace KilnTest;

namespace {

constexpr qint64 OneGiB = 1024 * 1024 * 1024;
constexpr qint64 Piece = 64 * 1024;           // ProcessRunner's maximum line length
constexpr qint64 TailLimit = 4 * 1024 * 1024; // ProcessRunner::DefaultStdoutTailLimit

QString faultDoc(const QString &name)
{
    return QStringLiteral(KILN_TEST_DATA_DIR "/faults/") + name;
}

} // namespace

class TestFaultOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepClosesItsOutputButKeepsRunning()
    {
        QTemporaryDir logs;
        QElapsedTimer clock;
        clock.start();
        const Result r = kiln({u"-d"_s, faultDoc(u"closedstdout.yaml"_s), u"-l"_s, logs.path()});
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(r.exitCode, 1); // both steps fail (onFailure: Continue)
        const auto steps = stepsByName(detailed(logs.path()));

        // Without a timeout: the exit code of the process, after its sleep.
        const QJsonObject closes = steps.value(u"Closes"_s);
        QCOMPARE(closes.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY2(closes.value(u"failureMessage"_s).toString().contains(u"exit code 3"_s),
                 qPrintable(closes.value(u"failureMessage"_s).toString()));

        // With timeoutSeconds: 1, stopped long before its 30 s sleep ends (a
        // closed pipe is no reason to stop waiting, nor to stop the clock).
        const QJsonObject timedOut = steps.value(u"ClosesTimeout"_s);
        QCOMPARE(timedOut.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY2(timedOut.value(u"failureMessage"_s).toString().contains(u"timed out"_s),
                 qPrintable(timedOut.value(u"failureMessage"_s).toString()));
        qInfo("run took %lld ms", elapsed);
        QVERIFY2(elapsed < 25000, "the 1 s timeout did not stop the 30 s sleep");

        // What was printed before the close is all in console.log, in order.
        const QString console = readText(QDir(runFolder(logs.path())).filePath(u"console.log"_s));
        const qsizetype before = console.indexOf(u"    before-close"_s);
        QVERIFY2(before >= 0, qPrintable(console));
        QVERIFY(console.indexOf(u"    stderr: to-stderr"_s) > before);
        QVERIFY(console.contains(u"    timeout-before-close"_s));
        QVERIFY(console.contains(u"\"status\": \"failed\""_s)); // the summary closes the log
    }

    void oneGibibyteWithoutNewline()
    {
        QTemporaryDir logs;
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, faultDoc(u"longline.yaml"_s), u"-l"_s, logs.path()});
        p.setStandardOutputFile(QProcess::nullDevice()); // the console copy is not under test
        withoutAsanQuarantine(p);
        p.start();
        QVERIFY(p.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        const qint64 peak = peakRssUntilFinished(p, 170'000);
        QVERIFY2(p.exitStatus() == QProcess::NormalExit, "kiln run crashed or hung (170 s)");
        QCOMPARE(p.exitCode(), 0);
        qInfo("1 GiB line: %lld ms, kiln's peak RSS %lld KiB", clock.elapsed(), peak);
        QVERIFY(peak > 0);
        QVERIFY2(peak < PeakRssLimitKb, qPrintable(u"peak RSS %1 KiB"_s.arg(peak)));

        // console.log: every byte, in pieces of 64 Ki characters, one per line
        // with the step-output indent.
        QFile console(QDir(runFolder(logs.path())).filePath(u"console.log"_s));
        QVERIFY(console.open(QIODevice::ReadOnly));
        qint64 xs = 0;
        qint64 pieces = 0;
        while (!console.atEnd()) {
            const QByteArray line = console.readLine();
            if (!line.startsWith("    x"))
                continue; // kiln's own lines
            const qsizetype count = line.count('x');
            QVERIFY2(count == line.size() - 5 && count <= Piece, line.left(80).constData());
            pieces += count == Piece;
            xs += count;
        }
        QCOMPARE(xs, OneGiB);
        QCOMPARE(pieces, OneGiB / Piece);

        // The `stdout` output keeps only the tail.
        const QJsonObject step = stepsByName(detailed(logs.path())).value(u"OneLine"_s);
        QCOMPARE(step.value(u"status"_s).toString(), u"success"_s);
        const QString stdoutValue =
            QJsonDocument::fromJson(step.value(u"outputs"_s).toString().toUtf8())
                .array()
                .at(0)
                .toObject()
                .value(u"stdout"_s)
                .toString();
        QVERIFY(stdoutValue.size() > 0);
        QVERIFY2(stdoutValue.size() <= TailLimit, qPrintable(QString::number(stdoutValue.size())));
        QVERIFY(stdoutValue.count(u'x') == stdoutValue.size());
    }
};

QTEST_GUILESS_MAIN(TestFaultOutput)
#include "tst_fault_output.moc"
