// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// How a sandboxed step's process starts: through kiln-contain
// (app/contain/kiln-contain.cpp), which gives it mount and PID namespaces of
// its own, the sandbox's root through pivot_root, and fewer capabilities.
#pragma once

#include "process/target.h"

#include <QString>

namespace Kiln::Sandbox {

// kiln-contain: beside the running executable (the build tree, where the tests
// run), else where it is installed; empty when it is in neither place.
QString containHelper();

// `launch` as kiln-contain starts it, in `root` (a host folder, a mount point
// of kiln's private mount namespace) at `folder` (inside it; empty: "/").
ProcessLaunch containedLaunch(ProcessLaunch launch, const QString &root);

} // namespace Kiln::Sandbox
