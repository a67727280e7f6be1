// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The modules that need no child process: Assert (a condition evaluated in
// process), Reboot (a reboot *request*: Kiln never reboots the workstation,
// the executor decides what the request means), the file-system modules (run
// on a worker thread with a cancel flag) and the modules that cannot run here
// (Windows-only ones on Linux), which fail with a message that says why, and
// the transfer modules (WebDownload, S3Download, S3Upload) over core/net and core/aws.
#pragma once

#include "process/actionregistry.h"

#include <memory>

namespace Kiln {

std::unique_ptr<ActionRun> createAssert(const ActionContext &context);
std::unique_ptr<ActionRun> createReboot(const ActionContext &context);
std::unique_ptr<ActionRun> createFileModule(const ActionContext &context);

// Assert, Reboot, the transfer modules, and the Windows-only modules, which fail with a
// message that says why.
void registerBuiltinActions(ActionRegistry &registry);
// The file-system modules, with their dry-run path notes.
void registerFileActions(ActionRegistry &registry);

} // namespace Kiln
