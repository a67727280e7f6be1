// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/s3transferjob.h"

#include "aws/imdsclient.h"
#include "net/environmentproxy.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace Kiln {

S3TransferJob::S3TransferJob(QString module, QJsonArray entries, TransferOptions options,
                             QObject *parent)
    : TransferJob(std::move(entries), std::move(options), parent), m_module(std::move(module))
{
}

S3TransferJob::~S3TransferJob() = default;

void S3TransferJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    QNetworkAccessManager *network = m_options.network;
    if (!network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        // The access manager takes ownership of the factory.
        m_ownNetwork->setProxyFactory(new EnvironmentProxyFactory(m_options.environment));
        network = m_ownNetwork.get();
    }
    // Credentials and region: environment and profile files, then (on EC2 only) the
    // instance role and region from instance metadata.
    ImdsClient::completeConfig(
        AwsConfig::resolve(m_options.environment), m_options.environment, network, this,
        [this, network](const AwsConfig &config) {
            if (m_finished) // cancelled meanwhile
                return;
            m_client = new S3Client(config, network, this);
            m_client->setMaxAttempts(m_options.maxAttempts);
            m_client->setRetryDelayMs(m_options.retryDelayMs);
            m_client->setStallTimeoutMs(m_options.stallTimeoutMs);
            configureClient(*m_client);
            connect(m_client, &S3Client::logLine, this, &TransferJob::logLine);
            connect(m_client, &S3Client::bytesTransferred, this, [this](qint64 delta) {
                m_done += delta;
                Q_EMIT progress(m_done, m_total);
            });
            Q_EMIT logLine(u"AWS: %1"_s.arg(m_client->config().describe()));
            nextEntry();
        });
}

void S3TransferJob::cancel()
{
    if (m_finished)
        return;
    if (m_client)
        m_client->abortAll();
    FileTransferResult result;
    result.cancelled = true;
    result.error = u"%1: cancelled"_s.arg(m_module);
    finish(result);
}

void S3TransferJob::fail(const QString &message)
{
    FileTransferResult result;
    result.error = u"%1: %2"_s.arg(m_module, message);
    Q_EMIT logLine(result.error);
    finish(result);
}

void S3TransferJob::transferQueue()
{
    if (m_finished)
        return;
    if (m_queue.isEmpty())
        return nextEntry();
    transfer(m_queue.takeFirst(), [this](const std::optional<S3Error> &error) {
        if (error)
            return fail(error->message);
        transferQueue();
    });
}

} // namespace Kiln
