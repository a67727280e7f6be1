// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// EC2 instance metadata (IMDSv2) for two jobs: `{{ aws:imds:<path> }}` lookups
// (behaviour-reference §2.5) and, on an EC2 instance, the instance role's credentials and the
// region when nothing else provides them (the last links of the AWS credential
// chain, §7.7). Off EC2 nothing is probed: a metadata probe there only waits for
// a timeout before failing, so IMDS is used only when the machine says it is EC2
// (DMI vendor/asset tag) or AWS_EC2_METADATA_SERVICE_ENDPOINT is set, and never
// when AWS_EC2_METADATA_DISABLED=true.
#pragma once

#include "aws/credentials.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Kiln {

class ImdsClient : public QObject
{
    Q_OBJECT
public:
    using Got = std::function<void(const std::optional<QString> &value, const QString &error)>;
    using GotCredentials =
        std::function<void(const std::optional<AwsCredentials> &credentials, const QString &error)>;

    // With a null `network` the client makes its own, which never uses a proxy.
    ImdsClient(QProcessEnvironment environment, QNetworkAccessManager *network,
               QObject *parent = nullptr);

    // Whether IMDS may be used here; otherwise `whyNot` says why, for messages.
    static bool isEnabled(const QProcessEnvironment &environment, QString *whyNot = nullptr);
    // AWS_EC2_METADATA_SERVICE_ENDPOINT, else http://169.254.169.254
    static QUrl endpoint(const QProcessEnvironment &environment);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // `path` is relative to latest/meta-data/, e.g. "instance-id", "placement/region".
    void get(const QString &path, Got done);
    void credentials(GotCredentials done);

    // Fills in what `config` lacks (credentials, a defaulted region) from IMDS when it
    // is enabled; otherwise, or on failure, calls `done` with `config` unchanged apart
    // from a credentialsError that also names IMDS. Always asynchronous.
    static void completeConfig(AwsConfig config, const QProcessEnvironment &environment,
                               QNetworkAccessManager *network, QObject *context,
                               std::function<void(const AwsConfig &)> done);

private:
    void withToken(std::function<void(const QByteArray &token, const QString &error)> then);
    void
    request(const QByteArray &method, const QString &path, const QByteArray &token,
            std::function<void(int status, const QByteArray &body, const QString &error)> then);

    QProcessEnvironment m_environment;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 2000;
    QByteArray m_token;
};

} // namespace Kiln
