// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// For callers that must have a transfer's result before they go on: the CLI's
// own transfers (an s3:// document before a run or a validation, the log folder
// after a run, kiln pull, logs and publish) and the studio's replay fetching its
// documents wait here, in a local event loop. Core's own code never waits like
// this: it takes the caller's way to wait (RunRequest::wait).
#pragma once

#include "net/transferjob.h"

#include <QEventLoop>
#include <memory>

namespace Kiln {

// `flags`: the studio excludes user input, so nothing starts meanwhile.
FileTransferResult waitForTransfer(std::unique_ptr<TransferJob> job,
                                   QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents);

} // namespace Kiln
