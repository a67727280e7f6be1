// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// SSM GetParameter against a local fake SSM endpoint (TestHttpServer): the JSON 1.1
// request shape and signature scope, String/SecureString results, service errors,
// and a clear message when SSM cannot be reached.
#include "aws/ssmclient.h"
#include "testhttpserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

std::optional<SsmParameter> getParameter(const AwsConfig &config, const QString &name,
                                         int timeoutMs, QString *error)
{
    QNetworkAccessManager network;
    SsmClient client(config, &network);
    client.setTimeoutMs(timeoutMs);
    QEventLoop loop;
    std::optional<SsmParameter> result;
    client.getParameter(name, true, [&](const std::optional<SsmParameter> &p, const QString &e) {
        result = p;
        *error = e;
        loop.quit();
    });
    loop.exec(); // getParameter() always answers later
    return result;
}

} // namespace

class TestSsm : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_server;
    TestHttpRequest m_last;

    AwsConfig config(const QString &endpoint)
    {
        QProcessEnvironment e;
        e.insert(u"HOME"_s, u"/nonexistent"_s);
        e.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDSSMTEST"_s);
        e.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"ssm/Secret+Key"_s);
        e.insert(u"AWS_REGION"_s, u"eu-central-1"_s);
        e.insert(u"AWS_ENDPOINT_URL_SSM"_s, endpoint);
        return AwsConfig::resolve(e);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/", [this](const TestHttpRequest &request, int) {
            m_last = request;
            const QJsonObject in = QJsonDocument::fromJson(request.body).object();
            const QString name = in.value(u"Name"_s).toString();
            if (request.headers.value("x-amz-target") != "AmazonSSM.GetParameter")
                return TestHttpResponse{400, "{\"__type\":\"UnknownOperationException\"}", {}, -1};
            if (name == u"/missing"_s)
                return TestHttpResponse{
                    400,
                    "{\"__type\":\"com.amazonaws.ssm#ParameterNotFound\",\"message\":\"\"}",
                    {},
                    -1};
            if (name == u"/denied"_s)
                return TestHttpResponse{
                    400, "{\"__type\":\"AccessDeniedException\",\"message\":\"no\"}", {}, -1};
            const bool secure = name == u"/secret"_s;
            const QJsonObject p{{u"Name"_s, name},
                                {u"Type"_s, secure ? u"SecureString"_s : u"String"_s},
                                {u"Value"_s, secure && in.value(u"WithDecryption"_s).toBool()
                                                 ? u"s3cr3t-value"_s
                                                 : u"plain"_s},
                                {u"Version"_s, 3}};
            return TestHttpResponse{
                200, QJsonDocument(QJsonObject{{u"Parameter"_s, p}}).toJson(), {}, -1};
        });
    }

    void resolvesParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::newRow("String") << u"/app/name"_s << u"String"_s << u"plain"_s;
        QTest::newRow("SecureString") << u"/secret"_s << u"SecureString"_s << u"s3cr3t-value"_s;
    }

    void resolvesParameters()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, value);
        QString error;
        const auto p = getParameter(config(m_server.baseUrl()), name, 10000, &error);
        QVERIFY2(p.has_value(), qPrintable(error));
        QCOMPARE(p->type, type);
        QCOMPARE(p->value, value);
        QCOMPARE(p->version, 3);
        QCOMPARE(p->isSecret(), type == u"SecureString"_s);
        QCOMPARE(m_last.headers.value("content-type"), QByteArray("application/x-amz-json-1.1"));
        QVERIFY(m_last.headers.value("authorization").contains("/eu-central-1/ssm/aws4_request"));
        QVERIFY(m_last.headers.value("authorization").contains("x-amz-target"));
        QCOMPARE(QJsonDocument::fromJson(m_last.body).object().value(u"WithDecryption"_s).toBool(),
                 true);
    }

    void serviceErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not found") << u"/missing"_s << u"does not exist in region eu-central-1"_s;
        QTest::newRow("denied") << u"/denied"_s << u"ssm:GetParameter"_s;
    }

    void serviceErrors()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QString error;
        const auto p = getParameter(config(m_server.baseUrl()), name, 10000, &error);
        QVERIFY(!p);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(u"ssm/Secret+Key"_s));
    }

    void unreachableIsClear()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QString error;
        const auto p =
            getParameter(config(u"http://127.0.0.1:%1"_s.arg(port)), u"/x"_s, 5000, &error);
        QVERIFY(!p);
        QVERIFY2(error.contains(u"cannot reach SSM"_s) && error.contains(u"document parameter"_s),
                 qPrintable(error));
    }

    void noCredentialsIsClear()
    {
        QProcessEnvironment e;
        e.insert(u"HOME"_s, u"/nonexistent"_s);
        QString error;
        const auto p = getParameter(AwsConfig::resolve(e), u"/x"_s, 5000, &error);
        QVERIFY(!p);
        QVERIFY2(error.contains(u"No AWS credentials found"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSsm)
#include "tst_ssm.moc"
