// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// One signed call to an AWS service that speaks JSON, with the retries every
// caller wants: the JSON 1.1 protocol (POST /, X-Amz-Target, as SSM and CloudWatch
// Logs use it) and REST-JSON (a path per operation, as Image Builder uses it).
// Throttling, 5xx answers and network errors are retried with exponential
// back-off; the reply names the service's error code ("ResourceNotFoundException")
// so callers can word their own message. Nothing returned contains the secret key
// or session token.
#pragma once

#include "aws/credentials.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace Kiln {

struct AwsCall
{
    QString operation; // for messages: "GetComponent"
    QByteArray method = "POST";
    QString path = QStringLiteral("/");
    QList<std::pair<QString, QString>> query; // decoded
    // JSON 1.1: "Logs_20140328.PutLogEvents"; empty for REST-JSON.
    QByteArray target;
    QJsonObject body; // sent with POST
};

struct AwsReply
{
    int status = 0; // 0: no HTTP answer (network error, timeout, cancelled)
    QJsonObject json;
    QString errorCode; // "ResourceNotFoundException", without namespace; empty on success
    QString message;   // the service's message, or the network error (Qt's words)
    int attempts = 0;

    bool ok() const { return status >= 200 && status < 300; }
};

class AwsJsonClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const AwsReply &reply)>;

    // `service` is the signing name and endpoint prefix ("ssm", "logs",
    // "imagebuilder"); `region` the one to sign for and to call (empty: the config's).
    AwsJsonClient(AwsConfig config, QString service, QString region, QNetworkAccessManager *network,
                  QObject *parent = nullptr);
    ~AwsJsonClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    const AwsConfig &config() const { return m_config; }
    QString region() const { return m_region; }
    QUrl endpoint() const { return m_endpoint; }

    // `done` is always called later, once, also without credentials (status 0,
    // errorCode "NoCredentials", message AwsConfig::credentialsError).
    void call(const AwsCall &call, Done done);
    // Ends every call in flight: their `done` gets status 0, errorCode "Cancelled".
    void abortAll();

    // Throttling and server-side codes that are worth another attempt.
    static bool isRetryable(const AwsReply &reply);

Q_SIGNALS:
    void logLine(const QString &line); // retries, no secrets

private:
    struct Pending;
    void send(std::shared_ptr<Pending> pending);
    void finished(std::shared_ptr<Pending> pending, QNetworkReply *reply);

    AwsConfig m_config;
    QString m_service;
    QString m_region;
    QUrl m_endpoint;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 15000;
    int m_maxAttempts = 5;
    int m_retryDelayMs = 1000;
    // Guarded: the access manager may delete its replies before this client goes.
    QList<QPointer<QNetworkReply>> m_inFlight;
    QList<std::shared_ptr<Pending>> m_waiting; // between attempts
};

} // namespace Kiln
