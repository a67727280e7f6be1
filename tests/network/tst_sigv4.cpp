// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// SigV4 against AWS's published vectors (tests/data/aws/sigv4-vectors.json) and
// the properties signRequest() must keep: signed headers set on the request,
// session token signed, UNSIGNED-PAYLOAD passed through, no secret in anything.
#include "aws/sigv4.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>
#include <QTimeZone>

using namespace Kiln;
using namespace Qt::StringLiterals;

class TestSigV4 : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_vectors;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(KILN_TEST_DATA_DIR "/aws/sigv4-vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_vectors = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_vectors.value(u"cases"_s).toArray().isEmpty());
    }

    void publishedVectors_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonArray cases = m_vectors.value(u"cases"_s).toArray();
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            QTest::newRow(qPrintable(c.value(u"name"_s).toString())) << c;
        }
    }

    void publishedVectors()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject keys =
            m_vectors.value(testCase.value(u"credentials"_s).toString()).toObject();
        AwsCredentials credentials{keys.value(u"accessKeyId"_s).toString(),
                                   keys.value(u"secretAccessKey"_s).toString(),
                                   {},
                                   {}};
        SigV4Signer signer(credentials, keys.value(u"region"_s).toString(),
                           keys.value(u"service"_s).toString());
        const QDateTime time =
            QDateTime::fromString(keys.value(u"date"_s).toString(), u"yyyyMMdd'T'HHmmss'Z'"_s);
        QVERIFY(time.isValid());

        SigV4Request request;
        request.method = testCase.value(u"method"_s).toString().toLatin1();
        request.path = testCase.value(u"path"_s).toString();
        for (const QJsonValue &q : testCase.value(u"query"_s).toArray())
            request.query.append({q[0].toString(), q[1].toString()});
        for (const QJsonValue &h : testCase.value(u"headers"_s).toArray())
            request.headers.append({h[0].toString().toUtf8(), h[1].toString().toUtf8()});
        request.payloadHash = SigV4Signer::sha256Hex(testCase.value(u"body"_s).toString().toUtf8());

        const SigV4Signature result =
            signer.sign(request, QDateTime(time.date(), time.time(), QTimeZone::utc()));
        if (testCase.contains(u"canonicalRequest"_s))
            QCOMPARE(QString::fromUtf8(result.canonicalRequest),
                     testCase.value(u"canonicalRequest"_s).toString());
        if (testCase.contains(u"stringToSignHash"_s))
            QCOMPARE(QString::fromUtf8(result.stringToSign.split('\n').last()),
                     testCase.value(u"stringToSignHash"_s).toString());
        QCOMPARE(QString::fromUtf8(result.authorization),
                 testCase.value(u"authorization"_s).toString());
    }

    void signingKeyMatchesPublishedDerivation()
    {
        // The suite's documented signing key for AKIDEXAMPLE on 20150830/us-east-1/iam.
        const QByteArray key = SigV4Signer::signingKey(
            u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s, "20150830", u"us-east-1"_s, u"iam"_s);
        QCOMPARE(key.toHex(),
                 QByteArray("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"));
    }

    void uriEncoding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("keepSlash");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unreserved") << u"AZaz09-._~"_s << true << QByteArray("AZaz09-._~");
        QTest::newRow("space") << u"a b"_s << true << QByteArray("a%20b");
        QTest::newRow("plus") << u"a+b"_s << true << QByteArray("a%2Bb");
        QTest::newRow("slash kept") << u"dir/file"_s << true << QByteArray("dir/file");
        QTest::newRow("slash encoded") << u"dir/file"_s << false << QByteArray("dir%2Ffile");
        QTest::newRow("utf8") << u"é"_s << true << QByteArray("%C3%A9");
        QTest::newRow("asterisk") << u"*"_s << true << QByteArray("%2A");
    }

    void uriEncoding()
    {
        QFETCH(QString, input);
        QFETCH(bool, keepSlash);
        QFETCH(QByteArray, expected);
        QCOMPARE(SigV4Signer::uriEncode(input, keepSlash), expected);
    }

    void signRequestSetsSignedHeaders()
    {
        const QString secret = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
        AwsCredentials credentials{u"AKIDEXAMPLE"_s, secret, u"SESSIONTOKEN123"_s, {}};
        SigV4Signer signer(credentials, u"eu-west-1"_s, u"s3"_s);
        SigV4Request request;
        request.method = "GET";
        request.path = u"/bucket/my key+1.txt"_s;
        request.query = {{u"list-type"_s, u"2"_s}, {u"prefix"_s, u"a b/"_s}};
        request.payloadHash = SigV4Signer::unsignedPayload();
        QNetworkRequest network;
        const QDateTime time(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        signer.signRequest(network, u"https"_s, u"127.0.0.1:9000"_s, request, time);

        QCOMPARE(network.url().toEncoded(),
                 QByteArray(
                     "https://127.0.0.1:9000/bucket/my%20key%2B1.txt?list-type=2&prefix=a%20b%2F"));
        QCOMPARE(network.rawHeader("x-amz-content-sha256"), QByteArray("UNSIGNED-PAYLOAD"));
        QCOMPARE(network.rawHeader("x-amz-date"), QByteArray("20260102T030405Z"));
        QCOMPARE(network.rawHeader("x-amz-security-token"), QByteArray("SESSIONTOKEN123"));
        QCOMPARE(network.rawHeader("Host"), QByteArray("127.0.0.1:9000"));
        const QByteArray authorization = network.rawHeader("Authorization");
        QVERIFY(authorization.startsWith(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260102/eu-west-1/s3/aws4_request, "
            "SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature="));
        for (const QByteArray &name : network.rawHeaderList())
            QVERIFY2(!network.rawHeader(name).contains(secret.toUtf8()), name.constData());
    }

    void differentSecretGivesDifferentSignature()
    {
        SigV4Request request;
        request.method = "GET";
        request.headers = {{"host", "example.amazonaws.com"}, {"x-amz-date", "20150830T123600Z"}};
        request.payloadHash = SigV4Signer::emptyPayloadHash();
        const QDateTime time(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::utc());
        const auto a = SigV4Signer({u"AKID"_s, u"secret-one"_s, {}, {}}, u"us-east-1"_s, u"s3"_s)
                           .sign(request, time);
        const auto b = SigV4Signer({u"AKID"_s, u"secret-two"_s, {}, {}}, u"us-east-1"_s, u"s3"_s)
                           .sign(request, time);
        QCOMPARE(a.canonicalRequest, b.canonicalRequest);
        QVERIFY(a.signature != b.signature);
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
