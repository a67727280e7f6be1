// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// CloudWatchLogStream in process, against the fake CloudWatch Logs endpoint:
// lines queued before the log stream exists are sent by close(); a stream that
// exists already (a resumed run) takes more events; a stream that failed
// answers close() later, never from inside the job's start() (TransferJob's promise).
#include "aws/cloudwatchlogstream.h"
#include "fakecloudwatchlogs.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;
using KilnTest::FakeCloudWatchLogs;

namespace {
const QString Region = u"sa-east-1"_s;
const AwsCredentials Credentials{u"AKIDCWSTREAM"_s, u"cw-stream/Secret"_s, {}, {}};
} // namespace

class TestCloudWatchLogStream : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_server;
    FakeCloudWatchLogs m_fake{m_server, Credentials, Region};
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e;
        e.insert(u"HOME"_s, m_home.path());
        e.insert(u"AWS_CONFIG_FILE"_s, m_home.filePath(u"none"_s));
        e.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home.filePath(u"none"_s));
        e.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
        e.insert(u"AWS_ACCESS_KEY_ID"_s, Credentials.accessKeyId);
        e.insert(u"AWS_SECRET_ACCESS_KEY"_s, Credentials.secretAccessKey);
        e.insert(u"AWS_REGION"_s, Region);
        e.insert(u"AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"_s, m_server.baseUrl());
        return e;
    }

    // Runs the close job as RunRequest::wait does; `synchronous` tells whether
    // finished() came from inside start().
    FileTransferResult close(CloudWatchLogStream &stream, bool *synchronous)
    {
        std::unique_ptr<TransferJob> job = stream.closeJob();
        FileTransferResult out;
        bool done = false;
        QEventLoop loop;
        connect(job.get(), &TransferJob::finished, &loop, [&](const FileTransferResult &r) {
            out = r;
            done = true;
            loop.quit();
        });
        job->start();
        *synchronous = done;
        if (!done)
            loop.exec();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_fake.addLogGroup(u"group"_s);
    }
    void cleanup()
    {
        QVERIFY2(m_fake.problems().isEmpty(), qPrintable(m_fake.problems().join(u'\n')));
    }

    void linesBeforeTheStreamExistsAreSent()
    {
        CloudWatchLogStream stream({u"group"_s, u"early"_s, {}, false}, environment());
        stream.start();
        stream.append(u"one\ntwo"_s);
        stream.append(u"three"_s);
        bool synchronous = true;
        const FileTransferResult r = close(stream, &synchronous);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!synchronous);
        QStringList got;
        for (const auto &e : m_fake.events(u"group"_s, u"early"_s))
            got << e.message;
        QCOMPARE(got, (QStringList{u"one"_s, u"two"_s, u"three"_s}));
    }

    void anExistingStreamTakesMoreEvents()
    {
        for (const QString &line : {u"first run"_s, u"resumed run"_s}) {
            CloudWatchLogStream stream({u"group"_s, u"again"_s, {}, false}, environment());
            stream.start();
            stream.append(line);
            bool synchronous = true;
            QVERIFY(close(stream, &synchronous).ok);
        }
        QCOMPARE(m_fake.streams(u"group"_s).count(u"again"_s), 1);
        QCOMPARE(m_fake.events(u"group"_s, u"again"_s).size(), 2);
    }

    void aFailedStreamClosesLater()
    {
        CloudWatchLogStream stream({u"no-such-group"_s, u"s"_s, {}, false}, environment());
        QSignalSpy failed(&stream, &CloudWatchLogStream::failed);
        stream.start();
        stream.append(u"lost"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.size(), 1);
        // The run goes on (--cw-ignore-failures): its lines are not kept for nothing.
        stream.append(u"after\nthe\nfailure"_s);
        QCOMPARE(stream.queued(), 0);
        bool synchronous = true;
        const FileTransferResult r = close(stream, &synchronous);
        QVERIFY(!synchronous);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"(log group no-such-group, stream s): the log group does not "
                                  "exist in region sa-east-1"_s),
                 qPrintable(r.error));
        QCOMPARE(failed.size(), 1); // said once
    }
};

QTEST_GUILESS_MAIN(TestCloudWatchLogStream)
#include "tst_cloudwatchlogstream.moc"
