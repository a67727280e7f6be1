// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/ssmclient.h"

#include "aws/secretmasker.h"
#include "aws/sigv4.h"
#include "net/networkcompat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Kiln {

SsmClient::SsmClient(AwsConfig config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_network(network)
{
}

void SsmClient::getParameter(const QString &name, bool withDecryption, Done done)
{
    const QString hint = u"; {{ aws:ssm:%1 }} needs AWS access, otherwise pass the value as "
                         "a document parameter instead"_s.arg(name);
    if (!m_config.credentials.isValid()) {
        const QString error =
            u"SSM parameter '%1' cannot be resolved: %2"_s.arg(name, m_config.credentialsError);
        QTimer::singleShot(0, this, [done, error] { done(std::nullopt, error); });
        return;
    }
    const QUrl endpoint = m_config.endpoint(u"ssm"_s);
    const QString hostPort =
        endpoint.host() + (endpoint.port() > 0 ? u":%1"_s.arg(endpoint.port()) : QString());
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"Name"_s, name}, {u"WithDecryption"_s, withDecryption}})
            .toJson(QJsonDocument::Compact);
    SigV4Request signing;
    signing.method = "POST";
    signing.path = endpoint.path().isEmpty() ? u"/"_s : endpoint.path();
    signing.headers = {{"content-type", "application/x-amz-json-1.1"},
                       {"x-amz-target", "AmazonSSM.GetParameter"}};
    signing.payloadHash = SigV4Signer::sha256Hex(body);
    QNetworkRequest request;
    SigV4Signer(m_config.credentials, m_config.region, u"ssm"_s)
        .signRequest(request, endpoint.scheme(), hostPort, signing,
                     QDateTime::currentDateTimeUtc());
    setStallTimeout(request, m_timeoutMs);
    useHttp1(request);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Kiln/" KILN_VERSION));

    QNetworkReply *reply = m_network->post(request, body);
    const AwsConfig config = m_config;
    connect(reply, &QNetworkReply::finished, this, [reply, done, name, hint, config] {
        reply->deleteLater();
        SecretMasker masker;
        masker.add(config.credentials.secretAccessKey);
        masker.add(config.credentials.sessionToken);
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QByteArray data = reply->readAll();
        if (!statusAttr.isValid()) {
            return done(std::nullopt,
                        masker.mask(u"cannot reach SSM at %1 to resolve parameter '%2': %3%4"_s.arg(
                            reply->url().host(), name, reply->errorString(), hint)));
        }
        const int status = statusAttr.toInt();
        const QJsonObject json = QJsonDocument::fromJson(data).object();
        if (status != 200) {
            // "__type" is "ParameterNotFound" or "com.amazonaws.ssm#ParameterNotFound".
            QString type = json.value(u"__type"_s).toString();
            type = type.mid(type.lastIndexOf(u'#') + 1);
            QString message;
            if (type == u"ParameterNotFound"_s)
                message =
                    u"SSM parameter '%1' does not exist in region %2"_s.arg(name, config.region);
            else if (type == u"AccessDeniedException"_s)
                message = u"access to SSM parameter '%1' was denied: the credentials (%2) need "
                          "ssm:GetParameter (and kms:Decrypt for a SecureString with a "
                          "customer key)"_s.arg(name, config.credentials.source);
            else if (type == u"UnrecognizedClientException"_s ||
                     type == u"InvalidSignatureException"_s)
                message = u"SSM rejected the credentials from %1 (%2) while resolving '%3'"_s.arg(
                    config.credentials.source, type, name);
            else
                message = u"SSM GetParameter for '%1' failed: HTTP %2 %3 %4"_s.arg(
                    name, QString::number(status), type, json.value(u"message"_s).toString());
            return done(std::nullopt, masker.mask(message));
        }
        const QJsonObject p = json.value(u"Parameter"_s).toObject();
        if (!p.contains(u"Value"_s))
            return done(std::nullopt, u"SSM returned no value for parameter '%1'"_s.arg(name));
        SsmParameter parameter;
        parameter.name = p.value(u"Name"_s).toString(name);
        parameter.type = p.value(u"Type"_s).toString();
        parameter.value = p.value(u"Value"_s).toString();
        parameter.version = p.value(u"Version"_s).toInteger();
        done(parameter, QString());
    });
}

} // namespace Kiln
