// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The process umask, read without changing it (file modules and the private files of a
// run both apply it to the modes they set).
#pragma once

#include <sys/types.h>

namespace Kiln {

mode_t currentUmask();

} // namespace Kiln
