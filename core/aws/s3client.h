// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A small S3 REST client over QNetworkAccessManager, signed with SigV4: the
// operations Kiln needs (GetObject to a file, ListObjectsV2 with pagination,
// PutObject and multipart upload from a file) and nothing else. Downloads stream
// into a temp file next to the destination and are renamed into place only when
// complete, so a failed download leaves nothing. Transient failures (connection
// refused/reset, timeouts, 5xx, SlowDown) are retried with exponential back-off,
// and a bucket that S3 says is in another region (x-amz-bucket-region on a 301 or
// 400) is addressed and signed for that region from then on, as the SDKs do.
// Every request signs the SHA-256 of its body (one part at most is in memory), so
// plain-http S3-compatible endpoints work too; SigV4Signer::unsignedPayload() is
// there for callers that stream bodies over https.
// Errors are turned into sentences that say what to check (credentials, bucket
// name, region, bucket owner) and never contain a secret.
#pragma once

#include "aws/credentials.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <algorithm>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QIODevice;

namespace Kiln {

// s3://bucket/key — the key may be empty (s3://bucket or s3://bucket/).
struct S3Uri
{
    QString bucket;
    QString key;

    static std::optional<S3Uri> parse(const QString &uri, QString *error = nullptr);
    QString toString() const { return QStringLiteral("s3://") + bucket + u'/' + key; }
};

struct S3Error
{
    int httpStatus = 0; // 0: no HTTP response (network/TLS/DNS error)
    QString code;       // S3 error code ("NoSuchKey", "AccessDenied", ...) or Qt's error name
    QString message;    // human sentence with the hint; no secrets
    bool transient = false;
};

struct S3Object
{
    QString key;
    qint64 size = 0;
};

class S3Client : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<S3Error> &error)>;
    using Listed = std::function<void(const QList<S3Object> &objects, bool truncated,
                                      const std::optional<S3Error> &error)>;

    // `network` must outlive the client.
    S3Client(AwsConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~S3Client() override;

    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }
    void setMultipart(qint64 threshold, qint64 partSize);
    // Keys per ListObjectsV2 page (S3's maximum and default: 1000); smaller values
    // exercise pagination against small test buckets.
    void setListPageSize(int keys) { m_listPageSize = std::clamp(keys, 1, 1000); }
    // Sent as x-amz-expected-bucket-owner on every request when not empty.
    void setExpectedBucketOwner(const QString &accountId) { m_expectedOwner = accountId; }

    const AwsConfig &config() const { return m_config; }

    // Called when a GetObject response's headers give the object's size
    // (Content-Length, or the total of a Content-Range), before its first byte is
    // counted in bytesTransferred(); again for each retried attempt.
    using SizeKnown = std::function<void(qint64 size)>;
    // Streams the object to `destination` (temp file + rename; overwrites).
    void getObject(const QString &bucket, const QString &key, const QString &destination, Done done,
                   SizeKnown sizeKnown = {});
    // Reads a small object into memory (component documents, --config files).
    using Fetched =
        std::function<void(const QByteArray &data, const std::optional<S3Error> &error)>;
    void getBytes(const QString &bucket, const QString &key, Fetched done);
    // All keys under `prefix`, following continuation tokens, at most `maxKeys`;
    // `truncated` tells that more exist.
    void listObjects(const QString &bucket, const QString &prefix, int maxKeys, Listed done);
    // Uploads a local file: PutObject up to the multipart threshold, multipart above.
    void putFile(const QString &bucket, const QString &key, const QString &localPath, Done done);
    // Uploads bytes held in memory (documents, logs).
    void putBytes(const QString &bucket, const QString &key, const QByteArray &data,
                  const QByteArray &contentType, Done done);

    // Aborts every request in flight; their callbacks are not called.
    void abortAll();

    // Virtual-hosted style unless an endpoint override is set or the bucket name is not
    // DNS-compatible (upper case, '_', dots, ...); then path style.
    bool usesPathStyle(const QString &bucket) const;
    static bool isDnsCompatibleBucket(const QString &bucket);

Q_SIGNALS:
    void bytesTransferred(qint64 delta); // payload bytes received or sent
    void logLine(const QString &line);

private:
    struct Call;
    struct Multipart;
    struct ListState;
    void send(std::shared_ptr<Call> call);
    void onCallFinished(std::shared_ptr<Call> call);
    void retryOrFail(std::shared_ptr<Call> call, const S3Error &error);
    void listPage(std::shared_ptr<ListState> state);
    void startMultipart(const QString &bucket, const QString &key, const QString &localPath,
                        qint64 size, Done done);
    void uploadNextPart(std::shared_ptr<Multipart> upload);
    void completeMultipart(std::shared_ptr<Multipart> upload);
    void abortMultipart(std::shared_ptr<Multipart> upload, const S3Error &error);
    S3Error errorFor(int status, const QByteArray &body, const Call &call) const;
    QString masked(QString text) const;

    AwsConfig m_config;
    QNetworkAccessManager *m_network;
    QString m_expectedOwner;
    int m_listPageSize = 1000;
    int m_maxAttempts = 5;
    int m_retryDelayMs = 1000;
    int m_stallTimeoutMs = 60000;
    qint64 m_multipartThreshold = 16 * 1024 * 1024;
    qint64 m_partSize = 8 * 1024 * 1024;
    QList<QPointer<QNetworkReply>> m_inFlight;
    QHash<QString, QString> m_bucketRegions; // learnt from x-amz-bucket-region
    quint64 m_generation = 0;                // bumped by abortAll(); stale callbacks check it
};

} // namespace Kiln
