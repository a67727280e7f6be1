// The S3Upload engine (AWSTOE §5.2): for each entry, `source` is a local file, a
// folder, or a folder followed by `*` (the files directly in it, or, with
// `recurse` true, every file below it); `destination` is s3://bucket/key for one
// file or s3://bucket/prefix/ (ending in '/') for many, keys keeping the relative
// folder structure. Large files go up as multipart uploads. `expectedBucketOwner`
// is sent as x-amz-expected-bucket-owner. Partial uploads are not rolled back
// (as in AWSTOE). No outputs.
#pragma once

#include "aws/s3client.h"
#include "net/transferjob.h"

#include <memory>

namespace Kiln {

class S3UploadJob : public TransferJob
{
    Q_OBJECT
public:
    S3UploadJob(QJsonArray entries, TransferOptions options = {}, QObject *parent = nullptr);
    ~S3UploadJob() override;

    void start() override;
    void cancel() override;

private:
    void nextEntry();
    void uploadQueue();
    void fail(const QString &message);

    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    S3Client *m_client = nullptr;
    int m_index = -1;
    QList<std::pair<QString, QString>> m_queue; // local path → key
    QString m_bucket;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace Kiln
