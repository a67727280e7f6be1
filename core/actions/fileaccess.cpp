// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/fileaccess.h"

#include "actions/pathbasics.h"
#include "process/target.h"

#include <algorithm>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Kiln::FileOps {

std::optional<mode_t> parsePermissions(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 4)
        return std::nullopt;
    mode_t mode = 0;
    for (QChar c : t) {
        if (c < u'0' || c > u'7')
            return std::nullopt;
        mode = mode * 8 + mode_t(c.unicode() - u'0');
    }
    return mode;
}

QString modeText(mode_t mode)
{
    return u"%1"_s.arg(uint(mode & 07777), 4, 8, QChar(u'0'));
}

static bool allDigits(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

Status resolveOwnership(const QString &owner, const QString &group, bool groupDefaultsToOwners,
                        uid_t *uid, gid_t *gid)
{
    *uid = uid_t(-1);
    *gid = gid_t(-1);
    gid_t ownersGroup = gid_t(-1);
    // As the running module's target knows users and groups (its own databases).
    const Target &target = fileTarget();
    if (!owner.isEmpty()) {
        // A name first, then a numeric id, like chown(1).
        if (const std::optional<Account> account = target.user(owner)) {
            *uid = account->uid;
            ownersGroup = account->primaryGroup;
        } else if (allDigits(owner)) {
            *uid = uid_t(owner.toULong());
        } else {
            return Status::failed(u"unknown user '%1'"_s.arg(owner));
        }
    }
    if (!group.isEmpty()) {
        if (const std::optional<gid_t> id = target.group(group))
            *gid = *id;
        else if (allDigits(group))
            *gid = gid_t(group.toULong());
        else
            return Status::failed(u"unknown group '%1'"_s.arg(group));
    } else if (groupDefaultsToOwners) {
        *gid = ownersGroup;
    }
    return Status::ok();
}

} // namespace Kiln::FileOps
