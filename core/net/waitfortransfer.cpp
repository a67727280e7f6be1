// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "net/waitfortransfer.h"

namespace Kiln {

FileTransferResult waitForTransfer(std::unique_ptr<TransferJob> job,
                                   QEventLoop::ProcessEventsFlags flags)
{
    FileTransferResult out;
    QEventLoop loop;
    QObject::connect(job.get(), &TransferJob::finished, &loop,
                     [&](const FileTransferResult &result) {
                         out = result;
                         loop.quit();
                     });
    job->start(); // finished() never comes from inside start()
    loop.exec(flags);
    return out;
}

} // namespace Kiln
