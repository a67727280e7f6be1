// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Documents that are not local files (kiln run, kiln validate, ExecuteDocument,
// the studio): s3://bucket/key objects and Image Builder component ARNs, both
// fetched to a local file by a TransferJob before they are read. Reports and
// diagnostics keep naming the URI or ARN, never the local copy.
#pragma once

#include "net/transferjob.h"

#include <QString>
#include <memory>

namespace Kiln {

bool isRemoteDocument(const QString &location);

// The name its local copy gets ("x.yaml" for s3://b/dir/x.yaml, "<name>.yaml" for a
// component ARN).
QString remoteDocumentFileName(const QString &location);

// The unstarted fetch of `location` to `destination`; `expectedS3Owner` (may be
// empty) applies to s3:// documents.
std::unique_ptr<TransferJob> remoteDocumentDownload(const QString &location,
                                                    const QString &expectedS3Owner,
                                                    const QString &destination);

} // namespace Kiln
