// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Internal: octal permission text and user/group names or ids.
#pragma once

#include "actions/filemodulecall.h"
#include "process/umask.h"

#include <optional>
#include <sys/types.h>

namespace Kiln::FileOps {

std::optional<mode_t> parsePermissions(QStringView text); // 1–4 octal digits
QString modeText(mode_t mode);                            // "0755"
// owner may be empty (unchanged); group empty = the owner's primary group when
// `groupDefaultsToOwners`, else unchanged. (uid_t)-1 / (gid_t)-1 mean "leave as is".
Status resolveOwnership(const QString &owner, const QString &group, bool groupDefaultsToOwners,
                        uid_t *uid, gid_t *gid);

} // namespace Kiln::FileOps
