// The S3Download engine (AWSTOE §5.2): for each entry, `source` s3://bucket/key
// (one object to the file `destination`) or s3://bucket/prefix/* (every object
// under the prefix, at most 1000, into the folder `destination`, recreating the
// key's folders). Parent folders of a single-object destination must exist;
// `overwrite` (default true) false fails on an existing file; `expectedBucketOwner`
// is sent as x-amz-expected-bucket-owner. A failed prefix download is not rolled
// back (as in AWSTOE), but no partial file is ever left. No outputs.
#pragma once

#include "aws/s3client.h"
#include "net/transferjob.h"

#include <memory>

namespace Kiln {

class S3DownloadJob : public TransferJob
{
    Q_OBJECT
public:
    static constexpr int MaxPrefixObjects = 1000;

    S3DownloadJob(QJsonArray entries, TransferOptions options = {}, QObject *parent = nullptr);
    ~S3DownloadJob() override;

    void start() override;
    void cancel() override;

private:
    void nextEntry();
    void downloadQueue();
    void fail(const QString &message);

    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    S3Client *m_client = nullptr;
    int m_index = -1;
    QList<std::pair<QString, QString>> m_queue; // key → local path for the current entry
    QString m_bucket;
    bool m_overwrite = true;
    qint64 m_done = 0;
};

} // namespace Kiln
