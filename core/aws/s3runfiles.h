// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// S3 as a place for a run's files rather than a step's: component documents
// given as s3://bucket/key (kiln run, kiln validate, ExecuteDocument) are
// fetched to a local file, and the run's log folder is uploaded when
// --log-s3-bucket-name is set (behaviour-reference §6.2, §6.5). Both go through the
// S3Download/S3Upload engines, so credentials, endpoint overrides, retries and
// the error wording are the same as in the action modules. The jobs come back
// unstarted: the caller decides how to wait for them.
#pragma once

#include "net/transferjob.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace Kiln {

// The file name a document at `uri` gets locally ("s3://b/dir/x.yaml" -> "x.yaml";
// "document.yaml" when the key has no name).
QString s3DocumentFileName(const QString &uri);

// The download of one object to `destination` (overwriting); `expectedOwner` may be empty.
std::unique_ptr<TransferJob> s3DocumentDownload(const QString &uri, const QString &expectedOwner,
                                                const QString &destination);

// Where a run folder named `folderName` goes: s3://<bucket>/<prefix>/<folderName>/
// (the prefix's surrounding slashes are normalised; no prefix: the bucket's root).
QString runFolderS3Url(const QString &bucket, const QString &keyPrefix, const QString &folderName);

// The key prefix of the run folder to fetch from under `prefix` ("" or ending in
// '/'), given every key listed there: `prefix` itself when it names a TOE_*
// folder or holds a detailedoutput.json, else the newest TOE_* folder directly
// below it (their names start with the date and time, so the greatest name is
// the newest). Empty when there is none.
QString runFolderKeyPrefix(const QString &prefix, const QStringList &keys);

// The upload of every file below `folder` to runFolderS3Url(bucket, keyPrefix, folder's name).
std::unique_ptr<TransferJob> runFolderUpload(const QString &folder, const QString &bucket,
                                             const QString &keyPrefix,
                                             const QString &expectedOwner);

} // namespace Kiln
