// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Instance metadata (IMDSv2) against a fake metadata service (TestHttpServer): the
// token handshake, `aws:imds:` lookups, instance-role credentials and region for
// the credential chain, and when IMDS must not be used at all.
#include "aws/awslookups.h"
#include "aws/imdsclient.h"
#include "testhttpserver.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

// A `{{ aws:imds:<path> }}` lookup as a run makes it, waited for here.
std::optional<QString> lookup(const QProcessEnvironment &environment, const QString &path,
                              QString *error)
{
    AwsLookups lookups(environment);
    std::vector<AwsLookups::Answer> answers;
    QEventLoop loop;
    lookups.fetch({{AwsLookups::Lookup::Kind::Imds, path}},
                  [&](const std::vector<AwsLookups::Answer> &a) {
                      answers = a;
                      loop.quit();
                  });
    loop.exec(); // fetch() never answers from inside itself
    *error = answers.at(0).error;
    return answers.at(0).value;
}

AwsConfig completedConfig(const QProcessEnvironment &environment)
{
    QNetworkAccessManager network;
    QObject context;
    QEventLoop loop;
    AwsConfig result;
    ImdsClient::completeConfig(AwsConfig::resolve(environment), environment, &network, &context,
                               [&](const AwsConfig &config) {
                                   result = config;
                                   loop.quit();
                               });
    loop.exec(); // always asynchronous
    return result;
}

} // namespace

class TestImds : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_server;
    bool m_hasRole = true;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(u"HOME"_s, u"/nonexistent"_s);
        e.insert(u"AWS_EC2_METADATA_SERVICE_ENDPOINT"_s, m_server.baseUrl());
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/latest/api/token", [](const TestHttpRequest &r, int) {
            // IMDSv2: the token is only handed out to a PUT with a TTL header.
            if (r.method != "PUT" ||
                r.headers.value("x-aws-ec2-metadata-token-ttl-seconds").isEmpty())
                return TestHttpResponse{400, {}, {}, -1};
            return TestHttpResponse{200, "TOKEN-123", {}, -1};
        });
        const auto needsToken = [](QByteArray body) {
            return [body](const TestHttpRequest &r, int) {
                if (r.headers.value("x-aws-ec2-metadata-token") != "TOKEN-123")
                    return TestHttpResponse{401, {}, {}, -1};
                return TestHttpResponse{200, body, {}, -1};
            };
        };
        m_server.route("/latest/meta-data/instance-id", needsToken("i-0123456789abcdef0"));
        m_server.route("/latest/meta-data/placement/region", needsToken("eu-west-3"));
        m_server.route("/latest/meta-data/iam/security-credentials/",
                       [this](const TestHttpRequest &r, int) {
                           if (r.headers.value("x-aws-ec2-metadata-token") != "TOKEN-123")
                               return TestHttpResponse{401, {}, {}, -1};
                           return m_hasRole ? TestHttpResponse{200, "build-role\n", {}, -1}
                                            : TestHttpResponse{404, {}, {}, -1};
                       });
        m_server.route(
            "/latest/meta-data/iam/security-credentials/build-role",
            needsToken(
                "{\"Code\":\"Success\",\"AccessKeyId\":\"ASIAROLE\",\"SecretAccessKey\":\"role/"
                "secret\",\"Token\":\"roletoken\",\"Expiration\":\"2030-01-01T00:00:00Z\"}"));
    }

    void lookupUsesAToken()
    {
        QString error;
        const auto value = lookup(env(), u"instance-id"_s, &error);
        QVERIFY2(value.has_value(), qPrintable(error));
        QCOMPARE(*value, u"i-0123456789abcdef0"_s);
        QCOMPARE(m_server.hits("/latest/api/token") >= 1, true);
    }

    void missingPathIsClear()
    {
        QString error;
        const auto value = lookup(env(), u"no/such/path"_s, &error);
        QVERIFY(!value);
        QVERIFY2(error.contains(u"no/such/path"_s) && error.contains(u"404"_s), qPrintable(error));
    }

    void disabledMeansNoRequest()
    {
        QProcessEnvironment e = env();
        e.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"TRUE"_s);
        QString why;
        QVERIFY(!ImdsClient::isEnabled(e, &why));
        QVERIFY(why.contains(u"AWS_EC2_METADATA_DISABLED"_s));
        const int before = m_server.hits("/latest/api/token");
        QString error;
        QVERIFY(!lookup(e, u"instance-id"_s, &error));
        QVERIFY2(error.contains(u"not available"_s), qPrintable(error));
        QCOMPARE(m_server.hits("/latest/api/token"), before); // nothing was sent
    }

    void roleCredentialsAndRegionCompleteTheChain()
    {
        m_hasRole = true;
        const AwsConfig config = completedConfig(env());
        QVERIFY2(config.credentials.isValid(), qPrintable(config.credentialsError));
        QCOMPARE(config.credentials.accessKeyId, u"ASIAROLE"_s);
        QCOMPARE(config.credentials.secretAccessKey, u"role/secret"_s);
        QCOMPARE(config.credentials.sessionToken, u"roletoken"_s);
        QCOMPARE(config.credentials.source, u"instance metadata (role 'build-role')"_s);
        QCOMPARE(config.region, u"eu-west-3"_s);
        QVERIFY(!config.describe().contains(u"role/secret"_s));
    }

    void environmentStillWins()
    {
        QProcessEnvironment e = env();
        e.insert(u"AWS_ACCESS_KEY_ID"_s, u"ENVKEY"_s);
        e.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"ENVSECRET"_s);
        e.insert(u"AWS_REGION"_s, u"us-west-2"_s);
        const int before = m_server.hits("/latest/api/token");
        const AwsConfig config = completedConfig(e);
        QCOMPARE(config.credentials.accessKeyId, u"ENVKEY"_s);
        QCOMPARE(config.region, u"us-west-2"_s);
        QCOMPARE(m_server.hits("/latest/api/token"), before);
    }

    void noRoleIsExplained()
    {
        m_hasRole = false;
        const AwsConfig config = completedConfig(env());
        m_hasRole = true;
        QVERIFY(!config.credentials.isValid());
        QVERIFY2(config.credentialsError.contains(u"no IAM role"_s),
                 qPrintable(config.credentialsError));
    }

    void unreachableMetadataIsExplained()
    {
        QProcessEnvironment e;
        e.insert(u"HOME"_s, u"/nonexistent"_s);
        e.insert(u"AWS_EC2_METADATA_SERVICE_ENDPOINT"_s, u"http://127.0.0.1:1"_s);
        const AwsConfig config = completedConfig(e);
        QVERIFY(!config.credentials.isValid());
        QVERIFY2(config.credentialsError.contains(u"not reachable"_s),
                 qPrintable(config.credentialsError));
    }
};

QTEST_GUILESS_MAIN(TestImds)
#include "tst_imds.moc"
