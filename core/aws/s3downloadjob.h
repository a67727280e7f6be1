// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The S3Download engine (behaviour-reference §5.2): for each entry, `source` s3://bucket/key
// (one object to the file `destination`) or s3://bucket/prefix/* (every object
// under the prefix, at most 1000, into the folder `destination`, recreating the
// key's folders). Parent folders of a single-object destination must exist;
// `overwrite` (default true) false fails on an existing file; `expectedBucketOwner`
// is sent as x-amz-expected-bucket-owner. A failed prefix download is not rolled
// back (as in AWSTOE), but no partial file is ever left. No outputs.
#pragma once

#include "aws/s3transferjob.h"

namespace Kiln {

class S3DownloadJob : public S3TransferJob
{
    Q_OBJECT
public:
    static constexpr int MaxPrefixObjects = 1000;

    S3DownloadJob(QJsonArray entries, TransferOptions options = {}, QObject *parent = nullptr);

protected:
    void startEntry(const QJsonObject &input) override;

private:
    void transfer(const QueuedObject &object, S3Client::Done done) override;

    bool m_overwrite = true;
    bool m_singleObject = false; // the entry is s3://bucket/key, not a prefix
};

} // namespace Kiln
