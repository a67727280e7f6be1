// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Credential, region and endpoint resolution (env vars, shared files, profiles,
// overrides), S3 addressing style, secret masking and URL redaction. Pure unit
// tests: every environment is built by the test, HOME points at a temp folder.
#include "aws/credentials.h"
#include "aws/s3client.h"
#include "aws/secretmasker.h"
#include "net/urlredaction.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

class TestAwsConfig : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;

    void write(const QString &relative, const QByteArray &text)
    {
        const QString path = m_home->filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    QProcessEnvironment env(std::initializer_list<std::pair<QString, QString>> vars = {})
    {
        QProcessEnvironment e;
        e.insert(u"HOME"_s, m_home->path());
        for (const auto &[k, v] : vars)
            e.insert(k, v);
        return e;
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void environmentVariablesWin()
    {
        write(u".aws/credentials"_s,
              "[default]\naws_access_key_id = FILEKEY\naws_secret_access_key = FILESECRET\n");
        const AwsConfig c = AwsConfig::resolve(env({{u"AWS_ACCESS_KEY_ID"_s, u"ENVKEY"_s},
                                                    {u"AWS_SECRET_ACCESS_KEY"_s, u"ENVSECRET"_s},
                                                    {u"AWS_SESSION_TOKEN"_s, u"ENVTOKEN"_s}}));
        QCOMPARE(c.credentials.accessKeyId, u"ENVKEY"_s);
        QCOMPARE(c.credentials.secretAccessKey, u"ENVSECRET"_s);
        QCOMPARE(c.credentials.sessionToken, u"ENVTOKEN"_s);
        QCOMPARE(c.credentials.source, u"environment variables"_s);
    }

    void defaultProfileFromCredentialsFile()
    {
        write(u".aws/credentials"_s,
              "# comment\n[other]\naws_access_key_id=OTHER\naws_secret_access_key=OTHERSECRET\n"
              "[default]\n aws_access_key_id = FILEKEY \naws_secret_access_key=FILE/SECRET+=\n"
              "aws_session_token = TOKEN\n");
        const AwsConfig c = AwsConfig::resolve(env());
        QCOMPARE(c.profile, u"default"_s);
        QCOMPARE(c.credentials.accessKeyId, u"FILEKEY"_s);
        QCOMPARE(c.credentials.secretAccessKey, u"FILE/SECRET+="_s);
        QCOMPARE(c.credentials.sessionToken, u"TOKEN"_s);
        QVERIFY(c.credentials.source.contains(u".aws/credentials"_s));
    }

    void namedProfileFromConfigFile()
    {
        write(u".aws/config"_s,
              "[default]\nregion = eu-west-1\n[profile dev]\nregion = ap-south-1\n"
              "aws_access_key_id = CFGKEY\naws_secret_access_key = CFGSECRET\n"
              "endpoint_url = http://localhost:4566\n");
        const AwsConfig c = AwsConfig::resolve(env({{u"AWS_PROFILE"_s, u"dev"_s}}));
        QCOMPARE(c.profile, u"dev"_s);
        QCOMPARE(c.credentials.accessKeyId, u"CFGKEY"_s);
        QCOMPARE(c.region, u"ap-south-1"_s);
        QCOMPARE(c.endpoint(u"s3"_s), QUrl(u"http://localhost:4566"_s));
    }

    void fileOverrides()
    {
        write(u"elsewhere/creds"_s, "[default]\naws_access_key_id=K2\naws_secret_access_key=S2\n");
        write(u"elsewhere/conf"_s, "[default]\nregion=us-west-2\n");
        const AwsConfig c = AwsConfig::resolve(
            env({{u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home->filePath(u"elsewhere/creds"_s)},
                 {u"AWS_CONFIG_FILE"_s, m_home->filePath(u"elsewhere/conf"_s)}}));
        QCOMPARE(c.credentials.accessKeyId, u"K2"_s);
        QCOMPARE(c.region, u"us-west-2"_s);
    }

    void regionOrder_data()
    {
        QTest::addColumn<QString>("awsRegion");
        QTest::addColumn<QString>("defaultRegion");
        QTest::addColumn<QString>("expected");
        QTest::newRow("AWS_REGION first") << u"eu-north-1"_s << u"eu-west-3"_s << u"eu-north-1"_s;
        QTest::newRow("AWS_DEFAULT_REGION") << QString() << u"eu-west-3"_s << u"eu-west-3"_s;
        QTest::newRow("profile") << QString() << QString() << u"ca-central-1"_s;
    }

    void regionOrder()
    {
        QFETCH(QString, awsRegion);
        QFETCH(QString, defaultRegion);
        QFETCH(QString, expected);
        write(u".aws/config"_s, "[default]\nregion = ca-central-1\n");
        QProcessEnvironment e = env();
        if (!awsRegion.isEmpty())
            e.insert(u"AWS_REGION"_s, awsRegion);
        if (!defaultRegion.isEmpty())
            e.insert(u"AWS_DEFAULT_REGION"_s, defaultRegion);
        QCOMPARE(AwsConfig::resolve(e).region, expected);
    }

    void regionDefaultsToUsEast1()
    {
        const AwsConfig c = AwsConfig::resolve(env());
        QCOMPARE(c.region, u"us-east-1"_s);
        QVERIFY(c.regionSource.startsWith(u"default"_s));
    }

    void missingCredentialsSayWhatWasTried()
    {
        write(u".aws/config"_s, "[profile sso]\nsso_session = corp\n");
        const AwsConfig c = AwsConfig::resolve(env({{u"AWS_PROFILE"_s, u"sso"_s}}));
        QVERIFY(!c.credentials.isValid());
        QVERIFY2(c.credentialsError.contains(u"AWS_ACCESS_KEY_ID"_s),
                 qPrintable(c.credentialsError));
        QVERIFY(c.credentialsError.contains(m_home->filePath(u".aws/credentials"_s) +
                                            u" (file not found)"_s));
        QVERIFY(c.credentialsError.contains(u"SSO profile"_s));
    }

    void halfSetEnvironmentIsReported()
    {
        const AwsConfig c = AwsConfig::resolve(env({{u"AWS_ACCESS_KEY_ID"_s, u"ONLYKEY"_s}}));
        QVERIFY(!c.credentials.isValid());
        QVERIFY2(c.credentialsError.contains(u"only one of"_s), qPrintable(c.credentialsError));
    }

    void secretsNeverInDescriptions()
    {
        write(u".aws/credentials"_s, "[default]\naws_access_key_id=K\naws_secret_access_key="
                                     "VerySecretValue123\naws_session_token=TokenValue456\n");
        const AwsConfig c = AwsConfig::resolve(env());
        QVERIFY(c.credentials.isValid());
        QVERIFY(!c.describe().contains(u"VerySecretValue123"_s));
        QVERIFY(!c.describe().contains(u"TokenValue456"_s));
        const AwsConfig none = AwsConfig::resolve(env(
            {{u"AWS_SECRET_ACCESS_KEY"_s, u"HalfSetSecret789"_s}, {u"AWS_PROFILE"_s, u"nope"_s}}));
        QVERIFY(!none.credentialsError.contains(u"HalfSetSecret789"_s));
    }

    void endpointOverrides_data()
    {
        QTest::addColumn<QString>("global");
        QTest::addColumn<QString>("s3");
        QTest::addColumn<QString>("ssm");
        QTest::addColumn<QString>("expectedS3");
        QTest::addColumn<QString>("expectedSsm");
        QTest::newRow("none") << QString() << QString() << QString()
                              << u"https://s3.eu-west-1.amazonaws.com"_s
                              << u"https://ssm.eu-west-1.amazonaws.com"_s;
        QTest::newRow("global") << u"http://127.0.0.1:9000"_s << QString() << QString()
                                << u"http://127.0.0.1:9000"_s << u"http://127.0.0.1:9000"_s;
        QTest::newRow("service wins")
            << u"http://g:1"_s << u"http://s3host:2"_s << u"http://ssmhost:3"_s
            << u"http://s3host:2"_s << u"http://ssmhost:3"_s;
    }

    void endpointOverrides()
    {
        QFETCH(QString, global);
        QFETCH(QString, s3);
        QFETCH(QString, ssm);
        QFETCH(QString, expectedS3);
        QFETCH(QString, expectedSsm);
        QProcessEnvironment e = env({{u"AWS_REGION"_s, u"eu-west-1"_s}});
        if (!global.isEmpty())
            e.insert(u"AWS_ENDPOINT_URL"_s, global);
        if (!s3.isEmpty())
            e.insert(u"AWS_ENDPOINT_URL_S3"_s, s3);
        if (!ssm.isEmpty())
            e.insert(u"AWS_ENDPOINT_URL_SSM"_s, ssm);
        const AwsConfig c = AwsConfig::resolve(e);
        QCOMPARE(c.endpoint(u"s3"_s).toString(), expectedS3);
        QCOMPARE(c.endpoint(u"ssm"_s).toString(), expectedSsm);
    }

    void chinaRegionsUseTheirSuffix()
    {
        const AwsConfig c = AwsConfig::resolve(env({{u"AWS_REGION"_s, u"cn-north-1"_s}}));
        QCOMPARE(c.endpoint(u"ssm"_s).host(), u"ssm.cn-north-1.amazonaws.com.cn"_s);
    }

    void addressingStyle_data()
    {
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<bool>("override");
        QTest::addColumn<bool>("pathStyle");
        QTest::newRow("plain") << u"my-bucket"_s << false << false;
        QTest::newRow("dots") << u"my.bucket"_s << false << true;
        QTest::newRow("upper case") << u"MyBucket"_s << false << true;
        QTest::newRow("underscore") << u"my_bucket"_s << false << true;
        QTest::newRow("override") << u"my-bucket"_s << true << true;
    }

    void addressingStyle()
    {
        QFETCH(QString, bucket);
        QFETCH(bool, override);
        QFETCH(bool, pathStyle);
        QProcessEnvironment e = env();
        if (override)
            e.insert(u"AWS_ENDPOINT_URL_S3"_s, u"http://127.0.0.1:1"_s);
        QNetworkAccessManager network;
        S3Client client(AwsConfig::resolve(e), &network);
        QCOMPARE(client.usesPathStyle(bucket), pathStyle);
    }

    void s3Uris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("key");
        QTest::newRow("object") << u"s3://b/dir/k.txt"_s << true << u"b"_s << u"dir/k.txt"_s;
        QTest::newRow("bucket only") << u"s3://b"_s << true << u"b"_s << QString();
        QTest::newRow("prefix") << u"S3://b/p/*"_s << true << u"b"_s << u"p/*"_s;
        QTest::newRow("no scheme") << u"b/k"_s << false << QString() << QString();
        QTest::newRow("no bucket") << u"s3:///k"_s << false << QString() << QString();
    }

    void s3Uris()
    {
        QFETCH(QString, uri);
        QFETCH(bool, valid);
        QFETCH(QString, bucket);
        QFETCH(QString, key);
        const auto parsed = S3Uri::parse(uri);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->bucket, bucket);
            QCOMPARE(parsed->key, key);
        }
    }

    void secretMasker()
    {
        SecretMasker masker;
        masker.add(u"abc"_s); // too short to mask usefully
        masker.add(u"hunter2-secret"_s);
        masker.add(u"hunter2-secret-longer"_s);
        QCOMPARE(masker.mask(u"pw=hunter2-secret-longer and hunter2-secret, abc"_s),
                 u"pw=**** and ****, abc"_s);
    }

    void urlRedaction_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"https://example.com/a.zip?v=1"_s
                               << u"https://example.com/a.zip?v=1"_s;
        QTest::newRow("password") << u"https://user:pa55@example.com/a"_s
                                  << u"https://user:****@example.com/a"_s;
        QTest::newRow("presigned")
            << u"https://b.s3.amazonaws.com/k?X-Amz-Credential=AK%2F1&X-Amz-Signature=abcdef&x=1"_s
            << u"https://b.s3.amazonaws.com/k?X-Amz-Credential=****&X-Amz-Signature=****&x=1"_s;
    }

    void urlRedaction()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(redactedUrl(QUrl(url)), expected);
    }
};

QTEST_GUILESS_MAIN(TestAwsConfig)
#include "tst_awsconfig.moc"
