// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// URLs for logs and errors with their secrets removed: the password of the user
// info, and the values of query items that carry credentials (pre-signed S3 URLs'
// X-Amz-Signature/X-Amz-Credential/X-Amz-Security-Token, "token", "key", ...).
#pragma once

#include <QString>
#include <QUrl>

namespace Kiln {

QString redactedUrl(const QUrl &url);

} // namespace Kiln
