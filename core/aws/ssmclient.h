// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// SSM Parameter Store lookups for `{{ aws:ssm:<name> }}` (behaviour-reference §2.5): one
// GetParameter call (JSON 1.1 protocol, X-Amz-Target AmazonSSM.GetParameter,
// WithDecryption) signed with SigV4. When SSM cannot be reached (no credentials,
// no network, an endpoint that does not answer) the error says so and how to give
// the value locally instead. SecureString values should be added to a
// SecretMasker by the caller so logs can redact them.
#pragma once

#include "aws/credentials.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Kiln {

struct SsmParameter
{
    QString name;
    QString type; // "String", "StringList", "SecureString"
    QString value;
    qint64 version = 0;

    bool isSecret() const { return type == QLatin1String("SecureString"); }
};

class SsmClient : public QObject
{
    Q_OBJECT
public:
    using Done =
        std::function<void(const std::optional<SsmParameter> &parameter, const QString &error)>;

    SsmClient(AwsConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void getParameter(const QString &name, bool withDecryption, Done done);

private:
    AwsConfig m_config;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 15000;
};

} // namespace Kiln
