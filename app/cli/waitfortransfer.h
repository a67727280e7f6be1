// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The CLI's own S3 transfers (an s3:// document before a run or a validation, the
// log folder after a run) are waited for here, in a local event loop: nothing else
// runs at those moments. Core never waits like this: a run's transfers, and the
// studio's, are asynchronous.
#pragma once

#include "net/transferjob.h"

#include <memory>

namespace Kiln {

FileTransferResult waitForTransfer(std::unique_ptr<TransferJob> job);

} // namespace Kiln
