// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/remotedocuments.h"

#include "aws/imagebuilderarn.h"
#include "aws/imagebuilderdocumentjob.h"
#include "aws/s3runfiles.h"

using namespace Qt::StringLiterals;

namespace Kiln {

bool isRemoteDocument(const QString &location)
{
    return location.startsWith(u"s3://") || isImageBuilderArn(location);
}

QString remoteDocumentFileName(const QString &location)
{
    return isImageBuilderArn(location) ? imageBuilderDocumentFileName(location)
                                       : s3DocumentFileName(location);
}

std::unique_ptr<TransferJob> remoteDocumentDownload(const QString &location,
                                                    const QString &expectedS3Owner,
                                                    const QString &destination)
{
    if (!isImageBuilderArn(location))
        return s3DocumentDownload(location, expectedS3Owner, destination);
    return std::make_unique<ImageBuilderDocumentJob>(
        QJsonArray{QJsonObject{{u"source"_s, location}, {u"destination"_s, destination}}});
}

} // namespace Kiln
