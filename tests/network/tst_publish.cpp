// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln publish` end to end against the fake Image Builder (signatures and the
// CreateComponent request shape checked) and s3rver: a document sent inline
// prints its new ARN; one over the inline limit is uploaded and sent as `uri`
// (or refused without --uri-bucket); an existing version names the next free
// one; an invalid document, --dry-run, missing credentials and usage errors send
// nothing.
#include "aws/s3client.h"
#include "fakeimagebuilder.h"
#include "kilnrun.h"
#include "s3testserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using KilnTest::FakeImageBuilder;
using KilnTest::Result;

namespace {

const QString Region = u"us-east-1"_s; // S3TestServer's

QByteArray component(const QString &marker, const QByteArray &padding = {})
{
    return padding + "name: " + marker.toUtf8() +
           "\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Say\n"
           "        action: ExecuteBash\n        inputs:\n          commands: ['echo " +
           marker.toUtf8() + "']\n";
}

} // namespace

class TestPublish : public QObject
{
    Q_OBJECT

private:
    S3TestServer m_s3;
    TestHttpServer m_server;
    FakeImageBuilder m_fake{
        m_server, {S3TestServer::AccessKey, S3TestServer::SecretKey, {}, {}}, Region};
    QTemporaryDir m_home;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QProcessEnvironment env(bool credentials = true) const
    {
        QProcessEnvironment e = m_s3.environment(m_home.path());
        e.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        e.insert(u"LANG"_s, u"C.UTF-8"_s);
        e.insert(u"AWS_CONFIG_FILE"_s, m_home.filePath(u"none"_s));
        e.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home.filePath(u"none"_s));
        e.insert(u"AWSTOE_IMAGEBUILDER_ENDPOINT"_s, m_server.baseUrl());
        if (!credentials) {
            e.remove(u"AWS_ACCESS_KEY_ID"_s);
            e.remove(u"AWS_SECRET_ACCESS_KEY"_s);
        }
        return e;
    }

    Result publish(const QStringList &args, bool credentials = true)
    {
        QProcess p;
        p.setProcessEnvironment(env(credentials));
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments(QStringList{u"publish"_s} + args);
        p.setWorkingDirectory(m_home.path());
        p.start();
        return KilnTest::finishServing(p); // the fake answers from this thread
    }

    QStringList createCalls() const { return m_fake.calls().filter(u"CreateComponent"_s); }

    std::optional<QByteArray> s3Object(const QString &key)
    {
        QNetworkAccessManager network;
        Kiln::S3Client client(Kiln::AwsConfig::resolve(env()), &network);
        std::optional<QByteArray> got;
        bool done = false;
        client.getBytes(S3TestServer::Bucket, key,
                        [&](const QByteArray &data, const std::optional<Kiln::S3Error> &error) {
                            if (!error)
                                got = data;
                            done = true;
                        });
        return QTest::qWaitFor([&] { return done; }, 30000) ? got : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_s3.start(&error), qPrintable(error));
        QVERIFY(m_server.listen());
        const QString self = QLatin1String(FakeImageBuilder::Account);
        m_fake.addBuild(m_fake.buildArn(self, u"taken"_s, u"1.2.3"_s, 1), component(u"a"_s));
        m_fake.addBuild(m_fake.buildArn(self, u"taken"_s, u"1.2.4"_s, 1), component(u"b"_s));
    }
    void init() { m_fake.clearCalls(); }
    void cleanup()
    {
        QVERIFY2(m_fake.problems().isEmpty(), qPrintable(m_fake.problems().join(u'\n')));
    }

    // A small document goes inline: `data` is the file, the new ARN is printed.
    void inlinePublishPrintsTheArn()
    {
        const QByteArray text = component(u"hello"_s);
        const QString file = write(u"hello.yaml"_s, text);
        const Result r =
            publish({file, u"--name"_s, u"hello-pub"_s, u"--semantic-version"_s, u"1.0.0"_s,
                     u"--tags"_s, u"team=build, env=dev"_s, u"--description"_s, u"Says hello"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString arn = m_fake.buildArn(QLatin1String(FakeImageBuilder::Account),
                                            u"hello-pub"_s, u"1.0.0"_s, 1);
        QCOMPARE(r.out.trimmed(), arn);
        QCOMPARE(createCalls(), QStringList{u"CreateComponent hello-pub 1.0.0"_s});
        const QJsonObject sent = m_fake.created().constLast();
        QCOMPARE(sent.value(u"data"_s).toString(), QString::fromUtf8(text));
        QVERIFY(!sent.contains(u"uri"_s));
        QCOMPARE(sent.value(u"platform"_s).toString(), u"Linux"_s);
        QCOMPARE(sent.value(u"description"_s).toString(), u"Says hello"_s);
        QCOMPARE(sent.value(u"tags"_s).toObject(),
                 (QJsonObject{{u"team"_s, u"build"_s}, {u"env"_s, u"dev"_s}}));
        QCOMPARE(sent.value(u"clientToken"_s).toString().size(), 36);
    }

    // Over the inline limit: uploaded to s3://BUCKET/PREFIX/NAME/VERSION/FILE, sent as `uri`.
    void largeDocumentGoesThroughS3()
    {
        const QByteArray text = component(u"big"_s, "# " + QByteArray(16100, 'x') + "\n");
        const QString file = write(u"big.yaml"_s, text);
        const Result refused =
            publish({file, u"--name"_s, u"big"_s, u"--semantic-version"_s, u"2.0.0"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"--uri-bucket"_s) && refused.err.contains(file),
                 qPrintable(refused.err));
        QVERIFY(createCalls().isEmpty());

        const Result r = publish({file, u"--name"_s, u"big"_s, u"--semantic-version"_s, u"2.0.0"_s,
                                  u"--uri-bucket"_s, S3TestServer::Bucket, u"--uri-prefix"_s,
                                  u"/components/"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString key = u"components/big/2.0.0/big.yaml"_s;
        const QJsonObject sent = m_fake.created().constLast();
        QCOMPARE(sent.value(u"uri"_s).toString(), u"s3://%1/%2"_s.arg(S3TestServer::Bucket, key));
        QVERIFY(!sent.contains(u"data"_s));
        QCOMPARE(s3Object(key).value_or(QByteArray()), text);
        QVERIFY2(r.out.contains(u"component/big/2.0.0/1"_s), qPrintable(r.out));
    }

    // A version that exists: nothing created, exit 1, the next free version and the
    // command that takes it.
    void existingVersionNamesTheNextFree()
    {
        const QString file = write(u"taken.yaml"_s, component(u"taken"_s));
        const Result r = publish({file, u"--name"_s, u"taken"_s, u"--semantic-version"_s,
                                  u"1.2.3"_s, u"--description"_s, u"two words"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"version 1.2.3 of component 'taken' already exists"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"1.2.5 is free: kiln publish %1 --name taken --semantic-version "
                                "1.2.5 --description 'two words'"_s.arg(file)),
                 qPrintable(r.err));
        QVERIFY(createCalls().isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    // Without imagebuilder:ListComponents the version is not checked first:
    // CreateComponent's ResourceAlreadyExistsException says it, with a version to try.
    void existingVersionFromCreateComponent()
    {
        m_fake.denyListComponents(true);
        const QString file = write(u"taken.yaml"_s, component(u"taken"_s));
        const Result r = publish({file, u"--name"_s, u"taken"_s, u"--semantic-version=1.2.4"_s,
                                  u"--platform"_s, u"linux"_s});
        m_fake.denyListComponents(false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cannot check the versions of 'taken' first"_s) &&
                     r.err.contains(u"imagebuilder:ListComponents"_s),
                 qPrintable(r.err));
        QCOMPARE(createCalls(), QStringList{u"CreateComponent taken 1.2.4"_s});
        QVERIFY2(r.err.contains(u"version 1.2.4 of component 'taken' already exists"_s) &&
                     r.err.contains(u"1.2.5 is free: kiln publish %1 --name taken "
                                    "--semantic-version=1.2.5 --platform linux"_s.arg(file)),
                 qPrintable(r.err));
    }

    // Errors are printed like kiln validate prints them, and nothing is sent.
    void invalidDocumentIsRefusedBeforeAnyRequest()
    {
        const QString file =
            write(u"broken.yaml"_s, "name: broken\nschemaVersion: 1.0\nphases:\n  - name: build\n"
                                    "    steps:\n      - name: A\n        action: ExecuteBashh\n");
        const Result r =
            publish({file, u"--name"_s, u"broken"_s, u"--semantic-version"_s, u"1.0.0"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file + u":7:"_s) && r.err.contains(u"ExecuteBashh"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"nothing was published"_s), qPrintable(r.err));
        QVERIFY2(m_fake.calls().isEmpty(), qPrintable(m_fake.calls().join(u'\n')));
    }

    // --dry-run: the request with `data` on stdout, no credentials needed, no call;
    // for a large document the S3 key it would upload, and no upload.
    void dryRunSendsNothing()
    {
        const QByteArray text = component(u"dry"_s);
        const QString file = write(u"dry.yaml"_s, text);
        const Result r = publish(
            {file, u"--name"_s, u"dry"_s, u"--semantic-version"_s, u"0.1.0"_s, u"--dry-run"_s},
            false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject request = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(request.value(u"data"_s).toString(), QString::fromUtf8(text));
        QCOMPARE(request.value(u"name"_s).toString(), u"dry"_s);
        QCOMPARE(request.value(u"semanticVersion"_s).toString(), u"0.1.0"_s);

        const QString big =
            write(u"dry-big.yaml"_s, component(u"dry"_s, "# " + QByteArray(16100, 'y') + "\n"));
        const Result large =
            publish({big, u"--name"_s, u"dry-big"_s, u"--semantic-version"_s, u"0.1.0"_s,
                     u"--uri-bucket"_s, S3TestServer::Bucket, u"--dry-run"_s},
                    false);
        QVERIFY2(large.exitCode == 0, qPrintable(large.out + large.err));
        const QString uri = u"s3://%1/dry-big/0.1.0/dry-big.yaml"_s.arg(S3TestServer::Bucket);
        QVERIFY2(large.err.contains(uri), qPrintable(large.err));
        QCOMPARE(QJsonDocument::fromJson(large.out.toUtf8()).object().value(u"uri"_s).toString(),
                 uri);
        QVERIFY(!s3Object(u"dry-big/0.1.0/dry-big.yaml"_s));
        QVERIFY2(m_fake.calls().isEmpty(), qPrintable(m_fake.calls().join(u'\n')));
    }

    // Without credentials: said before any call, naming where they were looked for.
    void noCredentials()
    {
        const QString file = write(u"nocreds.yaml"_s, component(u"nocreds"_s));
        const Result r =
            publish({file, u"--name"_s, u"nocreds"_s, u"--semantic-version"_s, u"1.0.0"_s}, false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"kiln publish: no AWS credentials: "_s) &&
                     r.err.contains(u"AWS_ACCESS_KEY_ID"_s),
                 qPrintable(r.err));
        QVERIFY(m_fake.calls().isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << QStringList{u"--semantic-version"_s, u"1.0.0"_s}
                                 << u"--name is required"_s;
        QTest::newRow("no version")
            << QStringList{u"--name"_s, u"x-y"_s} << u"--semantic-version is required"_s;
        QTest::newRow("short version")
            << QStringList{u"--name"_s, u"x-y"_s, u"--semantic-version"_s, u"1.2"_s}
            << u"--semantic-version '1.2' is not x.y.z"_s;
        QTest::newRow("wildcard version")
            << QStringList{u"--name"_s, u"x-y"_s, u"--semantic-version"_s, u"1.x.x"_s}
            << u"--semantic-version '1.x.x' is not x.y.z"_s;
        QTest::newRow("tag without =")
            << QStringList{u"--name"_s, u"x-y"_s,    u"--semantic-version"_s,
                           u"1.0.0"_s,  u"--tags"_s, u"team=a,oops"_s}
            << u"--tags: 'oops' is not key=value"_s;
        QTest::newRow("tag twice") << QStringList{u"--name"_s, u"x-y"_s,    u"--semantic-version"_s,
                                                  u"1.0.0"_s,  u"--tags"_s, u"a=1,a=2"_s}
                                   << u"--tags: the tag 'a' is given twice"_s;
        QTest::newRow("platform")
            << QStringList{u"--name"_s, u"x-y"_s,        u"--semantic-version"_s,
                           u"1.0.0"_s,  u"--platform"_s, u"BeOS"_s}
            << u"unknown --platform 'BeOS'"_s;
        QTest::newRow("prefix without bucket")
            << QStringList{u"--name"_s, u"x-y"_s,          u"--semantic-version"_s,
                           u"1.0.0"_s,  u"--uri-prefix"_s, u"p"_s}
            << u"--uri-prefix needs --uri-bucket"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString file = write(u"usage.yaml"_s, component(u"usage"_s));
        const Result r = publish(QStringList{file} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(m_fake.calls().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
