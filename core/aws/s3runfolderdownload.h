// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A run folder that AWSTOE or `kiln run --log-s3-bucket-name` uploaded, back
// from S3 (`kiln logs`, `kiln run --replay s3://...`): the prefix is listed,
// the run folder under it chosen (runFolderKeyPrefix: the one named, else the
// newest TOE_* folder) and downloaded like S3Download's prefix download into
// `destination` (default: the folder's own name in the working directory),
// which must not exist yet or be empty. Outputs: "folder" (the local folder)
// and "source" (the s3:// prefix it came from).
#pragma once

#include "aws/s3downloadjob.h"

namespace Kiln {

class S3RunFolderDownload : public S3DownloadJob
{
    Q_OBJECT
public:
    S3RunFolderDownload(const QString &uri, const QString &destination,
                        TransferOptions options = {}, QObject *parent = nullptr);

private:
    void startEntry(const QJsonObject &input) override;
    QJsonObject outputs() const override;

    QString m_folder;
    QString m_source;
};

} // namespace Kiln
