// What S3Download and S3Upload share: resolving credentials and region (with
// instance metadata on EC2), one S3Client for the whole job, the walk over the
// module's entries, and a queue of objects transferred one after the other. A
// subclass turns each entry into queued objects (prepareEntry) and moves one
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

    // Called once per entry after the client exists: validate the entry, set m_bucket,
    // fill m_queue, then call transferQueue() — or fail().
    virtual void prepareEntry(const QJsonObject &input) = 0;
    // Moves one object, calling `done` when it is there (or failed).
    virtual void transfer(const QueuedObject &object, S3Client::Done done) = 0;
    // Client settings beyond retries and timeouts (e.g. multipart for uploads).
    virtual void configureClient(S3Client &client) { Q_UNUSED(client) }

    // Transfers what is queued, then goes on with the next entry.
    void transferQueue();
    void fail(const QString &message);
    S3Client &client() const { return *m_client; }
    bool isLastEntry() const { return m_index == m_entries.size() - 1; }
    qint64 transferredBytes() const { return m_done; }

    QList<QueuedObject> m_queue;
    QString m_bucket;
    qint64 m_total = -1; // bytes to transfer, when known (progress)

private:
    void nextEntry();

    QString m_module;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    S3Client *m_client = nullptr;
    int m_index = -1;
    qint64 m_done = 0;
};

} // namespace Kiln
