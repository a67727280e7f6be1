// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The S3Upload engine (behaviour-reference §5.2): for each entry, `source` is a local file, a
// folder, or a folder followed by `*` (the files directly in it, or, with
// `recurse` true, every file below it); `destination` is s3://bucket/key for one
// file or s3://bucket/prefix/ (ending in '/') for many, keys keeping the relative
// folder structure. Large files go up as multipart uploads. `expectedBucketOwner`
// is sent as x-amz-expected-bucket-owner. Partial uploads are not rolled back
// (as in AWSTOE). No outputs.
#pragma once

#include "aws/s3transferjob.h"

namespace Kiln {

class S3UploadJob : public S3TransferJob
{
    Q_OBJECT
public:
    S3UploadJob(QJsonArray entries, TransferOptions options = {}, QObject *parent = nullptr);

private:
    void configureClient(S3Client &client) override;
    void startEntry(const QJsonObject &input) override;
    void transfer(const QueuedObject &object, S3Client::Done done) override;
};

} // namespace Kiln
