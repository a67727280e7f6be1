// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Component ARNs end to end, with the `kiln` binary against a fake Image Builder
// (AWSTOE_IMAGEBUILDER_ENDPOINT): kiln run -d ARN (the report names the ARN),
// a wildcard version, a --config document, not found (the message names the
// ARN), kiln validate (diagnostics name the ARN), ExecuteDocument with an ARN, and
// kiln pull (ARN or NAME/VERSION; no overwrite without --force; -o -).
#include "fakeimagebuilder.h"
#include "kilnrun.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using KilnTest::FakeImageBuilder;
using KilnTest::Result;

namespace {

const QString Region = u"us-west-2"_s;
const Kiln::AwsCredentials Credentials{u"AKIDIBRUN"_s, u"ib-run/Secret"_s, {}, {}};

QByteArray echoComponent(const QString &marker)
{
    return "name: " + marker.toUtf8() +
           "\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Say\n"
           "        action: ExecuteBash\n        inputs:\n          commands: ['echo " +
           marker.toUtf8() + "']\n";
}

} // namespace

class TestImageBuilderRun : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_server;
    FakeImageBuilder m_fake{m_server, Credentials, Region};
    QTemporaryDir m_home;

    QString arn(const QString &name, const QString &version) const
    {
        return u"arn:aws:imagebuilder:%1:%2:component/%3/%4"_s.arg(
            Region, QLatin1String(FakeImageBuilder::Account), name, version);
    }

    Result kiln(const QStringList &args, const QString &cwd = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"HOME"_s, m_home.path());
        e.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        e.insert(u"AWS_ACCESS_KEY_ID"_s, Credentials.accessKeyId);
        e.insert(u"AWS_SECRET_ACCESS_KEY"_s, Credentials.secretAccessKey);
        e.remove(u"AWS_SESSION_TOKEN"_s);
        e.remove(u"AWS_PROFILE"_s);
        e.insert(u"AWS_REGION"_s, u"eu-central-1"_s); // the ARN's region is used
        e.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
        e.insert(u"AWS_CONFIG_FILE"_s, m_home.filePath(u"none"_s));
        e.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home.filePath(u"none"_s));
        e.insert(u"AWSTOE_IMAGEBUILDER_ENDPOINT"_s, m_server.baseUrl());
        e.insert(u"LANG"_s, u"C.UTF-8"_s);
        QProcess p;
        p.setProcessEnvironment(e);
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments(args);
        p.setWorkingDirectory(cwd.isEmpty() ? m_home.path() : cwd);
        p.start();
        return KilnTest::finishServing(p);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        const QString self = QLatin1String(FakeImageBuilder::Account);
        m_fake.addBuild(m_fake.buildArn(self, u"hello"_s, u"1.0.0"_s, 1),
                        echoComponent(u"hello-1.0.0"_s));
        m_fake.addBuild(m_fake.buildArn(self, u"hello"_s, u"1.1.0"_s, 2),
                        echoComponent(u"hello-1.1.0"_s));
        m_fake.addBuild(m_fake.buildArn(u"aws"_s, u"update-linux"_s, u"1.0.2"_s, 3),
                        echoComponent(u"amazon-update"_s));
        m_fake.addBuild(m_fake.buildArn(self, u"broken"_s, u"1.0.0"_s, 1),
                        "name: broken\nschemaVersion: 1.0\nphases:\n  - name: build\n"
                        "    steps:\n      - name: A\n        action: ExecuteBashh\n");
    }
    void cleanup()
    {
        QVERIFY2(m_fake.problems().isEmpty(), qPrintable(m_fake.problems().join(u'\n')));
    }

    // kiln run -d ARN: the document runs; the report and summary name the ARN.
    void runsAComponentByArn()
    {
        QTemporaryDir logs;
        const QString build = arn(u"hello"_s, u"1.0.0/1"_s);
        const Result r = kiln({u"run"_s, u"-d"_s, build, u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"hello-1.0.0"_s), qPrintable(r.out));
        const QJsonObject report = KilnTest::detailed(logs.path());
        QCOMPARE(
            report.value(u"documents"_s).toArray().at(0).toObject().value(u"filePath"_s).toString(),
            build);
        QCOMPARE(
            KilnTest::readText(QDir(KilnTest::runFolder(logs.path())).filePath(u"document.yaml"_s)),
            QString::fromUtf8(echoComponent(u"hello-1.0.0"_s)));
    }

    // A wildcard picks the newest version; --config's documents[].path takes ARNs too.
    void wildcardFromConfig()
    {
        QTemporaryDir logs;
        const QString config = m_home.filePath(u"config.json"_s);
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(
                    QJsonObject{{u"documents"_s, QJsonArray{QJsonObject{
                                                     {u"path"_s, arn(u"hello"_s, u"1.x.x"_s)}}}}})
                    .toJson());
        f.close();
        const Result r = kiln({u"run"_s, u"--config"_s, config, u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"hello-1.1.0"_s), qPrintable(r.out));
    }

    void notFoundNamesTheArn()
    {
        QTemporaryDir logs;
        const QString missing = arn(u"nothere"_s, u"2.0.0/1"_s);
        const Result r = kiln({u"run"_s, u"-d"_s, missing, u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing) && r.err.contains(u"no such component"_s),
                 qPrintable(r.err));
        QVERIFY(KilnTest::runFolder(logs.path()).isEmpty());
    }

    // kiln validate: diagnostics are located in the ARN, not a local copy.
    void validateNamesTheArn()
    {
        const QString broken = arn(u"broken"_s, u"1.0.0/1"_s);
        const Result r = kiln({u"validate"_s, u"-d"_s, broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(broken + u':'), qPrintable(r.out));
        const Result good = kiln({u"validate"_s, arn(u"hello"_s, u"1.0.0"_s)});
        QVERIFY2(good.exitCode == 0, qPrintable(good.out + good.err));
    }

    // ExecuteDocument's `document` may be an ARN.
    void executeDocumentWithAnArn()
    {
        QTemporaryDir logs;
        const QString parent = m_home.filePath(u"parent.yaml"_s);
        QFile f(parent);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: parent\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                "      - name: Nested\n        action: ExecuteDocument\n        inputs:\n"
                "          document: " +
                arn(u"hello"_s, u"1.1.0"_s).toUtf8() + "\n");
        f.close();
        const Result r = kiln({u"run"_s, u"-d"_s, parent, u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"hello-1.1.0"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"[hello.yaml] build/Say"_s), qPrintable(r.out));
    }

    // kiln pull ARN: NAME.yaml in the working directory, the build pulled named;
    // an existing file is kept unless --force.
    void pullWritesTheDocument()
    {
        QTemporaryDir cwd;
        const QString file = cwd.filePath(u"hello.yaml"_s);
        Result r = kiln({u"pull"_s, arn(u"hello"_s, u"1.x.x"_s)}, cwd.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(KilnTest::readText(file), QString::fromUtf8(echoComponent(u"hello-1.1.0"_s)));
        QVERIFY2(r.err.contains(arn(u"hello"_s, u"1.1.0/2"_s)), qPrintable(r.err));

        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine\n");
        f.close();
        r = kiln({u"pull"_s, arn(u"hello"_s, u"1.0.0"_s)}, cwd.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"use --force"_s), qPrintable(r.err));
        QCOMPARE(KilnTest::readText(file), u"mine\n"_s);
        r = kiln({u"pull"_s, arn(u"hello"_s, u"1.0.0"_s), u"--force"_s}, cwd.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(KilnTest::readText(file), QString::fromUtf8(echoComponent(u"hello-1.0.0"_s)));
    }

    void pullToStdout()
    {
        const Result r = kiln({u"pull"_s, arn(u"hello"_s, u"1.0.0/1"_s), u"-o"_s, u"-"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QString::fromUtf8(echoComponent(u"hello-1.0.0"_s)));
    }

    // NAME/VERSION: the owner comes from ListComponents, or is "aws" for --owner Amazon.
    void pullByNameAndVersion_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("marker");
        QTest::newRow("own component")
            << QStringList{u"hello/1.0.x"_s, u"--region"_s, Region} << u"hello-1.0.0"_s;
        QTest::newRow("Amazon's") << QStringList{u"update-linux/1.0.2"_s, u"--owner"_s, u"Amazon"_s,
                                                 u"--region"_s, Region}
                                  << u"amazon-update"_s;
    }
    void pullByNameAndVersion()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, marker);
        m_fake.clearCalls();
        const Result r = kiln(QStringList{u"pull"_s, u"-o"_s, u"-"_s} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QString::fromUtf8(echoComponent(marker)));
        QCOMPARE(m_fake.calls().filter(u"ListComponents Self hello"_s).size(),
                 args.contains(u"Amazon"_s) ? 0 : 2); // pull's lookup, then the wildcard's
    }

    void pullUnknownName()
    {
        const Result r = kiln({u"pull"_s, u"nothere/1.0.0"_s, u"--region"_s, Region});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no component 'nothere' with owner Self in region us-west-2"_s),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestImageBuilderRun)
#include "tst_imagebuilderrun.moc"
