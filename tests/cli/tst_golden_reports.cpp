// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Guards the run-core redesign (issue #15: "behaviour unchanged"): runs the
// documents of tests/data/run with the built `kiln run` and compares each
// detailedoutput.json with the one recorded before the redesign in
// tests/data/golden, after removing what differs from run to run (times, ids,
// the temporary folder). To record again after an intended change:
//   KILN_GOLDEN_RECORD=1 ctest --test-dir build -R tst_golden_reports
// and review the diff of tests/data/golden like any other change.
#include "kilnrun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString dataDir = QStringLiteral(KILN_TEST_DATA_DIR);

// Values that change with every run: times and ids. Durations are derived
// from the times, so they go too.
bool variesPerRun(const QString &key)
{
    static const QStringList keys = {u"startTime"_s, u"endTime"_s, u"executionId"_s,
                                     u"duration"_s,  u"durationMs"_s, u"logFolder"_s};
    return keys.contains(key);
}

QJsonValue normalised(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(normalised(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool blank = variesPerRun(it.key()) && !it.value().isNull() &&
                           !(it.value().isString() && it.value().toString().isEmpty());
        out.insert(it.key(), blank ? QJsonValue(u"<varies>"_s) : normalised(it.value()));
    }
    return out;
}

// Text with the per-run folder, the checkout's path and ids (nested runs' ids
// are inside output strings) replaced.
QString withoutRunValues(QString text, const QString &runDir)
{
    static const QRegularExpression uuid(
        u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    return text.replace(runDir, u"<DIR>"_s).replace(dataDir, u"<DATA>"_s).replace(uuid, u"<id>"_s);
}

// detailedoutput.json without run values, parsed and with per-run keys blanked.
QByteArray normalisedReport(const QString &path, const QString &runDir)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = withoutRunValues(QString::fromUtf8(file.readAll()), runDir);
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    return QJsonDocument(normalised(json.object()).toObject()).toJson(QJsonDocument::Indented);
}

QString reportIn(const QString &logs)
{
    QDirIterator it(logs, {u"detailedoutput.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

class TestGoldenReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }

    void report_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QStringList>("options"); // <DIR> is the run's temporary folder
        const QStringList dir = {u"--parameters"_s, u"Dir=<DIR>"_s};
        QTest::newRow("conditions") << u"conditions.yaml"_s << QStringList();
        QTest::newRow("loops") << u"loops.yaml"_s << QStringList();
        QTest::newRow("onfailure") << u"onfailure.yaml"_s << QStringList();
        QTest::newRow("ignored") << u"ignored.yaml"_s << QStringList();
        QTest::newRow("retry") << u"retry.yaml"_s << dir;
        QTest::newRow("phases") << u"phases.yaml"_s
                                << dir + QStringList{u"--phases"_s, u"test,build"_s};
        QTest::newRow("params") << u"params.yaml"_s
                                << QStringList{u"--parameters"_s, u"FromCli=cli"_s};
        QTest::newRow("nested-parent") << u"nested-parent.yaml"_s << QStringList();
        QTest::newRow("nested-loop") << u"nested-loop.yaml"_s << QStringList();
        QTest::newRow("cycle") << u"cycle-a.yaml"_s << QStringList();
        QTest::newRow("depth") << u"depth-1.yaml"_s << QStringList();
        QTest::newRow("sideeffect") << u"sideeffect.yaml"_s << dir;
        QTest::newRow("sideeffect-dry-run") << u"sideeffect.yaml"_s
                                            << dir + QStringList{u"--dry-run"_s};
        QTest::newRow("dryrunpaths") << u"dryrunpaths.yaml"_s << QStringList{u"--dry-run"_s};
        QTest::newRow("blocked") << u"blocked.yaml"_s
                                 << QStringList{u"--blocked-action-modules"_s, u"Reboot"_s};
    }

    void report()
    {
        QFETCH(QString, document);
        QFETCH(QStringList, options);
        QTemporaryDir run;
        QVERIFY(run.isValid());
        const QString logs = run.filePath(u"logs"_s);
        QStringList args = {u"run"_s, u"-d"_s, dataDir + u"/run/"_s + document, u"-l"_s, logs};
        for (const QString &option : std::as_const(options))
            args << QString(option).replace(u"<DIR>"_s, run.path());
        // From '/', so that relative paths resolve the same on every machine.
        QProcess kiln;
        kiln.setWorkingDirectory(u"/"_s);
        kiln.start(QStringLiteral(KILN_CLI_BINARY), args);
        const KilnTest::Result result = KilnTest::finish(kiln);
        QVERIFY2(result.exitCode >= 0, qPrintable(result.err));
        // A dry run writes no report: what it printed is its result.
        const QString report = reportIn(logs);
        const QByteArray actual = report.isEmpty()
                                      ? withoutRunValues(result.out, run.path()).toUtf8()
                                      : normalisedReport(report, run.path());
        QVERIFY(!actual.isEmpty());

        const QString golden =
            dataDir + u"/golden/"_s + QString::fromLatin1(QTest::currentDataTag()) + u".json"_s;
        if (qEnvironmentVariableIsSet("KILN_GOLDEN_RECORD")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual);
            return;
        }
        QFile expectedFile(golden);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(golden));
        const QByteArray expected = expectedFile.readAll();
        if (actual != expected) {
            // Show the first line that differs: enough to find the change.
            const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
            for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i) {
                if (a.at(i) != e.at(i))
                    QFAIL(qPrintable(u"line %1 differs from %2:\n  recorded: %3\n  now:      %4"_s.arg(
                        QString::number(i + 1), golden, QString::fromUtf8(e.at(i)),
                        QString::fromUtf8(a.at(i)))));
            }
            QCOMPARE(a.size(), e.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestGoldenReports)
#include "tst_golden_reports.moc"
