#include "actions/fileaccess.h"

#include <QFile>
#include <algorithm>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <vector>

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

static std::vector<char> lookupBuffer()
{
    return std::vector<char>(64 * 1024);
}

Status resolveOwnership(const QString &owner, const QString &group, bool groupDefaultsToOwners,
                        uid_t *uid, gid_t *gid)
{
    *uid = uid_t(-1);
    *gid = gid_t(-1);
    gid_t ownersGroup = gid_t(-1);
    std::vector<char> buffer = lookupBuffer();
    if (!owner.isEmpty()) {
        struct passwd pw = {};
        struct passwd *found = nullptr;
        // A name first, then a numeric id, like chown(1).
        ::getpwnam_r(owner.toLocal8Bit().constData(), &pw, buffer.data(), buffer.size(), &found);
        if (!found && allDigits(owner))
            ::getpwuid_r(uid_t(owner.toULong()), &pw, buffer.data(), buffer.size(), &found);
        if (found) {
            *uid = found->pw_uid;
            ownersGroup = found->pw_gid;
        } else if (allDigits(owner)) {
            *uid = uid_t(owner.toULong());
        } else {
            return Status::failed(u"unknown user '%1'"_s.arg(owner));
        }
    }
    if (!group.isEmpty()) {
        struct group gr = {};
        struct group *found = nullptr;
        ::getgrnam_r(group.toLocal8Bit().constData(), &gr, buffer.data(), buffer.size(), &found);
        if (found)
            *gid = found->gr_gid;
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
