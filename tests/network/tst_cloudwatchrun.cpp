// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln run --cw-log-group` against a fake CloudWatch Logs endpoint that checks
// signatures, request shapes and PutLogEvents' limits: every console.log line
// arrives, in order, in batches within the limits (output large enough for
// several); the stream is named after the run folder; a failed and a cancelled
// run still send everything before kiln exits; a SecureString value never
// reaches the endpoint; throttling is retried; a logging failure fails the run,
// or is one warning with --cw-ignore-failures (also from --config).
#include "fakecloudwatchlogs.h"
#include "fakessm.h"
#include "kilnrun.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using KilnTest::FakeCloudWatchLogs;
using KilnTest::Result;

namespace {

const QString Region = u"ap-southeast-2"_s;
const QString Group = u"/kiln/test"_s;
const Kiln::AwsCredentials Credentials{u"AKIDCWRUN"_s, u"cw-run/Secret"_s, {}, {}};
const QString Secret = u"cw-S3cr3t-value-42"_s;

QByteArray document(const QByteArray &commands)
{
    return "name: cw\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
           "      - name: Run\n        action: ExecuteBash\n        inputs:\n          commands:\n"
           "            - |\n" +
           commands;
}

// console.log's non-empty lines (empty ones are not sent: CloudWatch refuses them).
QStringList consoleLines(const QString &folder)
{
    QStringList lines = KilnTest::readText(QDir(folder).filePath(u"console.log"_s)).split(u'\n');
    lines.removeAll(QString());
    return lines;
}

} // namespace

class TestCloudWatchRun : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_logsServer;
    TestHttpServer m_ssmServer;
    FakeCloudWatchLogs m_logs{m_logsServer, Credentials, Region};
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"HOME"_s, m_home.path());
        e.insert(u"AWS_ACCESS_KEY_ID"_s, Credentials.accessKeyId);
        e.insert(u"AWS_SECRET_ACCESS_KEY"_s, Credentials.secretAccessKey);
        e.remove(u"AWS_SESSION_TOKEN"_s);
        e.remove(u"AWS_PROFILE"_s);
        e.insert(u"AWS_REGION"_s, u"eu-north-1"_s); // --cw-log-region wins
        e.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
        e.insert(u"AWS_CONFIG_FILE"_s, m_home.filePath(u"none"_s));
        e.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home.filePath(u"none"_s));
        e.insert(u"AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"_s, m_logsServer.baseUrl());
        e.insert(u"AWS_ENDPOINT_URL_SSM"_s, m_ssmServer.baseUrl());
        e.insert(u"LANG"_s, u"C.UTF-8"_s);
        return e;
    }

    QString writeDocument(const QByteArray &commands)
    {
        const QString path = m_home.filePath(u"doc.yaml"_s);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(document(commands));
        return path;
    }

    Result run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments(QStringList{u"run"_s} + args);
        p.start();
        return KilnTest::finishServing(p);
    }

    QStringList cwFlags() const
    {
        return {u"--cw-log-group"_s, Group, u"--cw-log-region"_s, Region};
    }

    // The events of the run's one stream, and that stream's name.
    QStringList sentLines(QString *stream = nullptr) const
    {
        const QStringList streams = m_logs.streams(Group);
        if (streams.size() != 1)
            return {u"<%1 streams>"_s.arg(streams.size())};
        if (stream)
            *stream = streams.first();
        QStringList lines;
        for (const auto &e : m_logs.events(Group, streams.first()))
            lines << e.message;
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_logsServer.listen());
        QVERIFY(m_ssmServer.listen());
        m_logs.addLogGroup(Group);
        m_ssmServer.route("/", [](const TestHttpRequest &request, int) {
            return TestHttpResponse{
                200, KilnTest::ssmParameterAnswer(request, u"SecureString"_s, Secret), {}, -1};
        });
    }
    void init() { m_logs.clear(); }
    void cleanup()
    {
        QVERIFY2(m_logs.problems().isEmpty(), qPrintable(m_logs.problems().join(u'\n')));
    }

    // 25,000 short lines and 1,500 of 900 bytes: more than one batch by count and
    // by size; the fake checks each batch's limits. One throttled call is retried.
    void everyLineArrivesInOrderInBatches()
    {
        m_logs.throttleNext(1);
        QTemporaryDir logs;
        const QString doc = writeDocument(
            "              seq 1 25000\n"
            "              for i in $(seq 1 1500); do printf 'wide-%0900d\\n' \"$i\"; done\n");
        const Result r = run(QStringList{u"-d"_s, doc, u"-l"_s, logs.path()} + cwFlags());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString folder = KilnTest::runFolder(logs.path());
        QString stream;
        const QStringList sent = sentLines(&stream);
        QCOMPARE(stream, QFileInfo(folder).fileName());
        QCOMPARE(sent.size(), consoleLines(folder).size());
        QVERIFY(sent == consoleLines(folder));
        QVERIFY2(m_logs.batchSizes().size() >= 4,
                 qPrintable(QString::number(m_logs.batchSizes().size())));
        QCOMPARE(m_logs.throttled(), 1);
    }

    // A failed run: its lines and the summary still arrive before kiln exits.
    void failedRunIsFlushed()
    {
        QTemporaryDir logs;
        const QString doc = writeDocument("              echo before-failure\n"
                                          "              exit 3\n");
        const Result r = run(QStringList{u"-d"_s, doc, u"-l"_s, logs.path()} + cwFlags());
        QCOMPARE(r.exitCode, 1);
        const QStringList sent = sentLines();
        QVERIFY(sent.contains(u"    before-failure"_s)); // a step's output line
        QVERIFY(sent == consoleLines(KilnTest::runFolder(logs.path())));
        QVERIFY2(sent.last() == u"}"_s, qPrintable(sent.last())); // the summary's end
    }

    // Stopped by SIGTERM in the middle of a step: everything is sent, also the
    // interruption and the summary.
    void cancelledRunIsFlushed()
    {
        QTemporaryDir logs;
        const QString doc = writeDocument("              echo started\n"
                                          "              sleep 30\n");
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments(QStringList{u"run"_s, u"-d"_s, doc, u"-l"_s, logs.path()} + cwFlags());
        p.start();
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += p.readAllStandardOutput();
                return out.contains("started\n");
            },
            20000));
        p.terminate();
        const Result r = KilnTest::finishServing(p);
        QCOMPARE(r.exitCode, 143);
        const QStringList sent = sentLines();
        QVERIFY(sent.contains(u"    started"_s));
        QVERIFY(sent == consoleLines(KilnTest::runFolder(logs.path())));
        QVERIFY(sent.join(u'\n').contains(u"Interrupted"_s));
    }

    // The value of a SecureString is masked before the line is queued: no request
    // body holds it, in any form; the masked line arrives. Settings from --config.
    void secretsNeverReachCloudWatch()
    {
        QTemporaryDir logs;
        const QString doc = writeDocument("              echo \"pw={{ aws:ssm:/cw/secret }}\"\n");
        const QString config = m_home.filePath(u"cw.json"_s);
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QJsonDocument(QJsonObject{{u"documents"_s, QJsonArray{QJsonObject{{u"path"_s, doc}}}},
                                      {u"logDirectory"_s, logs.path()},
                                      {u"cwLogGroup"_s, Group},
                                      {u"cwLogStream"_s, u"secret-run"_s},
                                      {u"cwLogRegion"_s, Region}})
                .toJson());
        f.close();
        const Result r = run({u"--config"_s, config});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_logs.streams(Group), QStringList{u"secret-run"_s});
        QVERIFY(!m_logs.bodies().isEmpty());
        for (const QByteArray &body : m_logs.bodies())
            QVERIFY2(!body.contains(Secret.toUtf8()), body.constData());
        QStringList lines;
        for (const auto &e : m_logs.events(Group, u"secret-run"_s))
            lines << e.message;
        QVERIFY2(lines.contains(u"    pw=****"_s), qPrintable(lines.join(u'\n')));
    }

    // A log group that does not exist: the run fails, naming it; with
    // --cw-ignore-failures it succeeds with one warning.
    void loggingFailure_data()
    {
        QTest::addColumn<bool>("ignore");
        QTest::newRow("fails the run") << false;
        QTest::newRow("--cw-ignore-failures") << true;
    }
    void loggingFailure()
    {
        QFETCH(bool, ignore);
        QTemporaryDir logs;
        const QString doc = writeDocument("              echo hello\n");
        QStringList args{u"-d"_s,
                         doc,
                         u"-l"_s,
                         logs.path(),
                         u"--cw-log-group"_s,
                         u"/kiln/missing"_s,
                         u"--cw-log-region"_s,
                         Region};
        if (ignore)
            args << u"--cw-ignore-failures"_s;
        const Result r = run(args);
        const QString expected = u"CloudWatch Logs (log group /kiln/missing, stream %1): the log "
                                 "group does not exist in region ap-southeast-2"_s.arg(
                                     QFileInfo(KilnTest::runFolder(logs.path())).fileName());
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(u"CloudWatch Logs ("_s), 1);
        if (ignore) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(r.err.contains(u"warning: "_s));
        } else {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.summary.value(u"problems"_s).toArray().size() == 1 ||
                         QJsonDocument(r.summary).toJson().contains("CloudWatch"),
                     qPrintable(r.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestCloudWatchRun)
#include "tst_cloudwatchrun.moc"
