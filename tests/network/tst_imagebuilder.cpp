// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Component documents fetched by ARN (ImageBuilderDocumentJob) from a fake
// Image Builder endpoint that checks every request's signature, path and body
// against the published API shapes: build-version ARNs, the newest build of an
// exact version, the newest version a wildcard selects (over several pages of
// ListComponents), Amazon's components, the documented errors, throttling
// retried, malformed ARNs and missing credentials refused before any call, and
// the cache of build versions.
#include "aws/imagebuilderdocumentjob.h"
#include "fakeimagebuilder.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Kiln;
using namespace Qt::StringLiterals;
using KilnTest::componentDocument;
using KilnTest::FakeImageBuilder;

namespace {

const QString Region = u"eu-west-1"_s;
const AwsCredentials Credentials{u"AKIDIMAGEBUILDER"_s, u"ib/Secret+Key"_s, {}, {}};

} // namespace

class TestImageBuilder : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_server;
    FakeImageBuilder m_fake{m_server, Credentials, Region};
    QTemporaryDir m_home;

    QProcessEnvironment environment(bool withKeys = true) const
    {
        QProcessEnvironment e = m_fake.environment(m_home.path(), withKeys);
        e.insert(u"AWS_REGION"_s, u"us-east-2"_s); // the ARN's region wins
        return e;
    }

    struct Fetched
    {
        FileTransferResult result;
        QByteArray document;
        QStringList log;
    };

    Fetched fetch(const QString &arn, bool withKeys = true)
    {
        const QString destination = m_home.filePath(u"fetched.yaml"_s);
        QFile::remove(destination);
        TransferOptions options;
        options.environment = environment(withKeys);
        options.retryDelayMs = 10;
        ImageBuilderDocumentJob job(
            QJsonArray{QJsonObject{{u"source"_s, arn}, {u"destination"_s, destination}}}, options);
        Fetched out;
        QEventLoop loop;
        connect(&job, &TransferJob::logLine, this, [&](const QString &l) { out.log << l; });
        connect(&job, &TransferJob::finished, &loop, [&](const FileTransferResult &r) {
            out.result = r;
            loop.quit();
        });
        job.start();
        loop.exec();
        QFile f(destination);
        if (f.open(QIODevice::ReadOnly))
            out.document = f.readAll();
        return out;
    }

    QString arn(const QString &owner, const QString &name, const QString &version) const
    {
        return u"arn:aws:imagebuilder:%1:%2:component/%3/%4"_s.arg(Region, owner, name, version);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        const QString self = QLatin1String(FakeImageBuilder::Account);
        for (const auto &[version, build] : QList<std::pair<QString, int>>{{u"1.0.0"_s, 1},
                                                                           {u"1.0.0"_s, 3},
                                                                           {u"1.0.0"_s, 2},
                                                                           {u"1.2.0"_s, 1},
                                                                           {u"1.10.0"_s, 1},
                                                                           {u"1.10.0"_s, 2},
                                                                           {u"2.0.0"_s, 1}})
            m_fake.addBuild(m_fake.buildArn(self, u"web"_s, version, build),
                            componentDocument(u"web-%1-%2"_s.arg(version).arg(build)));
        m_fake.addBuild(m_fake.buildArn(self, u"single"_s, u"1.0.0"_s, 1),
                        componentDocument(u"single"_s));
        m_fake.deny(u"secret"_s);
        m_fake.addBuild(m_fake.buildArn(self, u"throttled"_s, u"1.0.0"_s, 1),
                        componentDocument(u"throttled"_s));
        m_fake.addBuild(m_fake.buildArn(u"aws"_s, u"update-linux"_s, u"1.0.1"_s, 1),
                        componentDocument(u"amazon-1.0.1"_s));
        m_fake.addBuild(m_fake.buildArn(u"aws"_s, u"update-linux"_s, u"1.0.2"_s, 4),
                        componentDocument(u"amazon-1.0.2"_s));
        m_fake.addBuild(m_fake.buildArn(u"210987654321"_s, u"shared"_s, u"3.1.0"_s, 1),
                        componentDocument(u"shared-3.1.0"_s));
    }

    void init() { m_fake.clearCalls(); }
    void cleanup()
    {
        QVERIFY2(m_fake.problems().isEmpty(), qPrintable(m_fake.problems().join(u'\n')));
    }

    // A build-version ARN: one signed GetComponent in the ARN's region, the
    // document written; fetched again, it comes from the cache (process and disk).
    void buildVersionIsFetchedOnceThenCached()
    {
        const QString build =
            arn(QLatin1String(FakeImageBuilder::Account), u"single"_s, u"1.0.0/1"_s);
        Fetched f = fetch(build);
        QVERIFY2(f.result.ok, qPrintable(f.result.error));
        QCOMPARE(f.document, componentDocument(u"single"_s));
        QCOMPARE(m_fake.calls(), QStringList{u"GetComponent "_s + build});
        const QStringList cached =
            QDir(m_home.filePath(u"cache/kiln/components"_s)).entryList(QDir::Files);
        QCOMPARE(cached.size(), 1);
        struct stat st = {};
        QCOMPARE(
            ::stat(QFile::encodeName(m_home.filePath(u"cache/kiln/components/"_s + cached.first()))
                       .constData(),
                   &st),
            0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        f = fetch(build);
        QVERIFY(f.result.ok);
        QCOMPARE(f.document, componentDocument(u"single"_s));
        QCOMPARE(m_fake.calls().size(), 1); // no second call
    }

    // An exact version: its builds (two pages of ListComponentBuildVersions), the highest wins.
    void exactVersionTakesTheNewestBuild()
    {
        const QString self = QLatin1String(FakeImageBuilder::Account);
        const Fetched f = fetch(arn(self, u"web"_s, u"1.0.0"_s));
        QVERIFY2(f.result.ok, qPrintable(f.result.error));
        QCOMPARE(f.document, componentDocument(u"web-1.0.0-3"_s));
        QCOMPARE(m_fake.calls(),
                 (QStringList{u"ListComponentBuildVersions "_s + arn(self, u"web"_s, u"1.0.0"_s),
                              u"ListComponentBuildVersions "_s + arn(self, u"web"_s, u"1.0.0"_s) +
                                  u" (next page)"_s,
                              u"GetComponent "_s + arn(self, u"web"_s, u"1.0.0/3"_s)}));
    }

    // Wildcards: ListComponents (every page) picks the highest matching version in
    // semantic order (1.10.0 > 1.2.0), then its newest build.
    void wildcardTakesTheNewestMatchingVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1.x.x") << u"1.x.x"_s << u"web-1.10.0-2"_s;
        QTest::newRow("x.x.x") << u"x.x.x"_s << u"web-2.0.0-1"_s;
        QTest::newRow("1.0.x") << u"1.0.x"_s << u"web-1.0.0-3"_s;
    }
    void wildcardTakesTheNewestMatchingVersion()
    {
        QFETCH(QString, version);
        QFETCH(QString, expected);
        const Fetched f = fetch(arn(QLatin1String(FakeImageBuilder::Account), u"web"_s, version));
        QVERIFY2(f.result.ok, qPrintable(f.result.error));
        QCOMPARE(f.document, componentDocument(expected));
        QVERIFY(m_fake.calls().contains(u"ListComponents Self web (next page)"_s));
    }

    // Amazon's components cannot be listed by build: GetComponent resolves the
    // version ARN, and its answer is the document (no second call).
    void amazonComponentByWildcard()
    {
        const Fetched f = fetch(arn(u"aws"_s, u"update-linux"_s, u"x.x.x"_s));
        QVERIFY2(f.result.ok, qPrintable(f.result.error));
        QCOMPARE(f.document, componentDocument(u"amazon-1.0.2"_s));
        QCOMPARE(m_fake.calls(),
                 (QStringList{u"ListComponents Amazon update-linux"_s,
                              u"GetComponent "_s + arn(u"aws"_s, u"update-linux"_s, u"1.0.2"_s)}));
    }

    // Another account's component: not found as Self, found as Shared.
    void sharedComponent()
    {
        const Fetched f = fetch(arn(u"210987654321"_s, u"shared"_s, u"3.x.x"_s));
        QVERIFY2(f.result.ok, qPrintable(f.result.error));
        QCOMPARE(f.document, componentDocument(u"shared-3.1.0"_s));
        QVERIFY(m_fake.calls().contains(u"ListComponents Shared shared"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("arn");
        QTest::addColumn<QString>("expected");
        const QString self = QLatin1String(FakeImageBuilder::Account);
        QTest::newRow("no such build")
            << arn(self, u"missing"_s, u"1.0.0/1"_s)
            << u"no such component in region eu-west-1 (ResourceNotFoundException)"_s;
        QTest::newRow("no such version")
            << arn(self, u"web"_s, u"9.9.9"_s) << u"ResourceNotFoundException"_s;
        QTest::newRow("denied") << arn(self, u"secret"_s, u"1.0.0/1"_s)
                                << u"access denied (ForbiddenException): the credentials from "
                                   "environment variables need imagebuilder:GetComponent"_s;
        QTest::newRow("no matching version")
            << arn(self, u"web"_s, u"7.x.x"_s) << u"no version of component 'web' matches 7.x.x"_s;
    }
    void errors()
    {
        QFETCH(QString, arn);
        QFETCH(QString, expected);
        const Fetched f = fetch(arn);
        QVERIFY(!f.result.ok);
        QVERIFY2(f.result.error.contains(expected), qPrintable(f.result.error));
        QVERIFY(!f.result.error.contains(Credentials.secretAccessKey));
        QVERIFY(f.document.isEmpty());
    }

    // Refused before any call: a wildcard before an exact node, not an ARN of a component.
    void malformedArnsAreRefusedLocally_data()
    {
        QTest::addColumn<QString>("arn");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1.x.2") << arn(u"aws"_s, u"web"_s, u"1.x.2"_s) << u"trailing nodes"_s;
        QTest::newRow("build of a wildcard")
            << arn(u"aws"_s, u"web"_s, u"1.x.x/1"_s) << u"needs an exact version"_s;
        QTest::newRow("image") << u"arn:aws:imagebuilder:eu-west-1:aws:image/x/1.0.0/1"_s
                               << u"is not an Image Builder component ARN"_s;
    }
    void malformedArnsAreRefusedLocally()
    {
        QFETCH(QString, arn);
        QFETCH(QString, expected);
        const Fetched f = fetch(arn);
        QVERIFY(!f.result.ok);
        QVERIFY2(f.result.error.contains(expected) && f.result.error.contains(arn),
                 qPrintable(f.result.error));
        QVERIFY(m_fake.calls().isEmpty());
    }

    // CallRateLimitExceededException (429) is retried with back-off.
    void throttlingIsRetried()
    {
        m_fake.throttleNext(2);
        const QString build =
            arn(QLatin1String(FakeImageBuilder::Account), u"throttled"_s, u"1.0.0/1"_s);
        const Fetched f = fetch(build);
        QVERIFY2(f.result.ok, qPrintable(f.result.error));
        QCOMPARE(f.document, componentDocument(u"throttled"_s));
        QCOMPARE(m_fake.calls().size(), 1); // the throttled attempts are not answered
        QVERIFY2(
            f.log.join(u'\n').contains(u"attempt 2 of 5 failed (CallRateLimitExceededException)"_s),
            qPrintable(f.log.join(u'\n')));
    }

    // Without credentials: where they were looked for, no call.
    void noCredentials()
    {
        const Fetched f = fetch(arn(u"aws"_s, u"update-linux"_s, u"1.0.1/1"_s), false);
        QVERIFY(!f.result.ok);
        QVERIFY2(f.result.error.contains(u"No AWS credentials found"_s) &&
                     f.result.error.contains(u"AWS_ACCESS_KEY_ID"_s),
                 qPrintable(f.result.error));
        QVERIFY(m_fake.calls().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImageBuilder)
#include "tst_imagebuilder.moc"
