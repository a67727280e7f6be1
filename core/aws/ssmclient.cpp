// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/ssmclient.h"

#include "aws/awsjsonclient.h"

#include <QJsonObject>

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
    auto *client = new AwsJsonClient(m_config, u"ssm"_s, {}, m_network, this);
    client->setTimeoutMs(m_timeoutMs);
    // Throttling is retried a little; an unreachable SSM fails soon (see the hint).
    client->setMaxAttempts(3);
    client->setRetryDelayMs(500);
    AwsCall call;
    call.operation = u"GetParameter"_s;
    call.target = "AmazonSSM.GetParameter";
    call.body = QJsonObject{{u"Name"_s, name}, {u"WithDecryption"_s, withDecryption}};
    const AwsConfig config = m_config;
    client->call(call, [client, done, name, hint, config](const AwsReply &reply) {
        client->deleteLater();
        if (reply.errorCode == u"NoCredentials"_s)
            return done(std::nullopt, u"SSM parameter '%1' cannot be resolved: %2"_s.arg(
                                          name, config.credentialsError));
        if (reply.status == 0)
            return done(std::nullopt,
                        u"cannot reach SSM at %1 to resolve parameter '%2': %3%4"_s.arg(
                            client->endpoint().host(), name, reply.message, hint));
        if (!reply.ok()) {
            const QString &type = reply.errorCode;
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
                    name, QString::number(reply.status), type, reply.message);
            return done(std::nullopt, message);
        }
        const QJsonObject p = reply.json.value(u"Parameter"_s).toObject();
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
