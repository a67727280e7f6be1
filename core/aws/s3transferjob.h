// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What S3Download and S3Upload share: resolving credentials and region (with
// instance metadata on EC2), one S3Client for the whole job, the walk over the
// module's entries, and a queue of objects transferred one after the other. A
// subclass turns each entry into queued objects (startEntry) and moves one
// object (transfer); the first error ends the job, naming the module.
#pragma once

#include "aws/s3client.h"
#include "net/transferjob.h"

#include <memory>

namespace Kiln {

class S3TransferJob : public TransferJob
{
    Q_OBJECT
public:
    ~S3TransferJob() override;

    void start() final;
    void cancel() final;

protected:
    struct QueuedObject
    {
        QString key;   // in m_bucket
        QString local; // absolute local file path
    };

    S3TransferJob(QString module, QJsonArray entries, TransferOptions options, QObject *parent);

    // A subclass's startEntry() runs once per entry after the client exists, with
    // m_queue empty: it validates the entry, sets m_bucket, fills m_queue, then calls
    // transferQueue() — or fail().
    // Moves one object, calling `done` when it is there (or failed).
    virtual void transfer(const QueuedObject &object, S3Client::Done done) = 0;
    // Client settings beyond retries and timeouts (e.g. multipart for uploads).
    virtual void configureClient(S3Client &client) { Q_UNUSED(client) }

    // Transfers what is queued, then goes on with the next entry.
    void transferQueue();
    void fail(const QString &message);
    S3Client &client() const { return *m_client; }
    qint64 transferredBytes() const { return m_done; }

    QList<QueuedObject> m_queue;
    QString m_bucket;
    qint64 m_total = -1; // bytes to transfer, when known (progress)

private:
    QString m_module;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    S3Client *m_client = nullptr;
    qint64 m_done = 0;
};

} // namespace Kiln
