// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The log folder's disk fills up during a run: a 200 KiB tmpfs (needs root or
// CAP_SYS_ADMIN; skipped, with the reason, where mount is not permitted) and a
// step printing ~1 MB. Documented behaviour (README, "Limits"): the run goes on
// (the steps complete), kiln says at once which file could not be written and
// why, console.log keeps everything up to where the disk filled (whole lines
// before, nothing after), the report is written to the temporary folder when
// the log folder has no room for it, and the exit status is 1. Every file
// that could not be written is named once on stderr (spdlog's own
// "*** LOG ERROR ***" lines never show), none is left empty as if it were
// complete, and the printed summary says "failed" like the exit status.
#include "kilnrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace KilnTest;

namespace {

// Runs a command; its stderr (or why it could not start) when it fails.
QString runCommand(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(20000))
        return program + u": "_s + p.errorString();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return {};
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

} // namespace

class TestFaultDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logFolderRunsOutOfSpace()
    {
        QTemporaryDir mountPoint;
        QTemporaryDir work;
        const QString mountError =
            runCommand(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=200k"_s,
                                    u"kiln-fault-tmpfs"_s, mountPoint.path()});
        if (!mountError.isEmpty())
            QSKIP(qPrintable(u"cannot mount a small tmpfs (needs root): "_s + mountError));
        const QString runId = u"fault-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Where kiln puts the report when the log folder has no room for it.
        const QString spareReport =
            QDir::temp().filePath(u"kiln-%1-detailedoutput.json"_s.arg(runId));
        const auto cleanup = qScopeGuard([&] {
            // Lazy: a process still holding a file there must not keep the mount.
            runCommand(u"umount"_s, {u"-l"_s, mountPoint.path()});
            QFile::remove(spareReport);
        });

        const QString junit = QDir(mountPoint.path()).filePath(u"junit.xml"_s);
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s,
                        QStringLiteral(KILN_TEST_DATA_DIR "/faults/diskfull.yaml"), u"-l"_s,
                        mountPoint.path(), u"-i"_s, runId, u"--parameters"_s,
                        u"Dir="_s + work.path(), u"--junit"_s, junit});
        p.start();
        const Result r = finish(p, 60000); // no hang
        qInfo("stderr: %s", qPrintable(r.err));
        QCOMPARE(r.exitCode, 1);

        // Said at once, naming the file and the reason.
        const QString folder = runFolder(mountPoint.path());
        QVERIFY(!folder.isEmpty());
        const QString consoleLog = QDir(folder).filePath(u"console.log"_s);
        QVERIFY2(
            r.err.contains(u"kiln run: cannot write %1: No space left on device"_s.arg(consoleLog)),
            qPrintable(r.err));

        // The run went on: both steps completed, and kiln's stdout has it all.
        QCOMPARE(readText(QDir(work.path()).filePath(u"chatty.done"_s)), u"chatty-done\n"_s);
        QCOMPARE(readText(QDir(work.path()).filePath(u"after.done"_s)), u"after-done\n"_s);
        QVERIFY(r.out.contains(u"line 20000 of a step"_s));
        // The summary agrees with the exit status, and says why.
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 2);
        QCOMPARE(r.summary.value(u"failedStepCount"_s).toInt(), 0);
        QVERIFY(r.summary.value(u"failureMessage"_s)
                    .toString()
                    .startsWith(u"cannot write %1: No space left on device"_s.arg(consoleLog)));

        // Each file of the folder: written whole, or named once on stderr (and
        // not left behind empty as if it were complete).
        QVERIFY2(!r.err.contains(u"LOG ERROR"_s), qPrintable(r.err));
        for (const QString &name : {u"console.log"_s, u"application.log"_s,
                                    u"detailedoutput.json"_s, u"chaining.json"_s}) {
            const QString path = QDir(folder).filePath(name);
            const qsizetype named = r.err.count(u"kiln run: cannot write %1: "_s.arg(path));
            QVERIFY2(named <= 1, qPrintable(name));
            if (name.endsWith(u".json"_s) && named == 0)
                QVERIFY2(!readJson(path).isEmpty(), qPrintable(name));
            if (name.endsWith(u".json"_s) && named == 1)
                QVERIFY2(!QFile::exists(path), qPrintable(name));
        }
        QCOMPARE(r.err.count(u"cannot write %1: "_s.arg(consoleLog)), 1);
        // A report asked for is one of them.
        QCOMPARE(r.err.count(u"kiln run: cannot write %1: No space left on device"_s.arg(junit)),
                 1);
        QVERIFY(!QFile::exists(junit));

        // console.log: what was written before the disk filled, in order and
        // without gaps; it stops somewhere in the step's output.
        const QString console = readText(consoleLog);
        QVERIFY(console.size() > 1000);
        const QStringList lines = console.split(u'\n');
        static const QRegularExpression outputLine(u"^    line (\\d+) of a step"_s);
        int expected = 1;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last one may be cut
            const QRegularExpressionMatch m = outputLine.match(lines.at(i));
            if (!m.hasMatch())
                continue;
            QCOMPARE(m.captured(1).toInt(), expected);
            ++expected;
        }
        QVERIFY2(expected > 100 && expected < 20000, qPrintable(QString::number(expected)));
        QVERIFY(!console.contains(u"after-done"_s));

        // The report is never lost: in the log folder, or else where kiln says.
        QJsonObject report = readJson(QDir(folder).filePath(u"detailedoutput.json"_s));
        if (report.isEmpty()) {
            QVERIFY2(r.err.contains(u"the report was written to %1 instead"_s.arg(spareReport)),
                     qPrintable(r.err));
            QVERIFY(r.err.contains(u"cannot write %1/detailedoutput.json: "_s.arg(folder)));
            report = readJson(spareReport);
        }
        QCOMPARE(report.value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(stepsByName(report).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFaultDiskFull)
#include "tst_fault_diskfull.moc"
