// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "process/target.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <algorithm>
#include <grp.h>
#include <pwd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Kiln {

QString hostPathUnder(const QString &root, const QString &insidePath)
{
    if (root == u"/"_s)
        return insidePath;
    const QString base = root.endsWith(u'/') ? root.chopped(1) : root;
    return insidePath == u"/"_s ? base : base + insidePath;
}

QString Target::hostPath(const QString &insidePath) const
{
    return hostPathUnder(root(), insidePath);
}

QString HostTarget::description() const
{
    return QCoreApplication::translate("Kiln::Target", "this machine");
}

QString HostTarget::workingDirectory() const
{
    return QDir::currentPath();
}

QString HostTarget::findExecutable(const QString &name, const QStringList &searchPath) const
{
    return QStandardPaths::findExecutable(name, searchPath);
}

namespace {

// Big enough for any passwd or group entry getpw*_r/getgr*_r return.
std::vector<char> lookupBuffer()
{
    return std::vector<char>(64 * 1024);
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

std::optional<Account> HostTarget::user(const QString &nameOrId) const
{
    std::vector<char> buffer = lookupBuffer();
    struct passwd pw = {};
    struct passwd *found = nullptr;
    ::getpwnam_r(nameOrId.toLocal8Bit().constData(), &pw, buffer.data(), buffer.size(), &found);
    if (!found && allDigits(nameOrId))
        ::getpwuid_r(uid_t(nameOrId.toULong()), &pw, buffer.data(), buffer.size(), &found);
    if (!found)
        return std::nullopt;
    return Account{found->pw_uid, found->pw_gid};
}

std::optional<gid_t> HostTarget::group(const QString &name) const
{
    std::vector<char> buffer = lookupBuffer();
    struct group gr = {};
    struct group *found = nullptr;
    ::getgrnam_r(name.toLocal8Bit().constData(), &gr, buffer.data(), buffer.size(), &found);
    if (!found)
        return std::nullopt;
    return found->gr_gid;
}

std::shared_ptr<const Target> hostTarget()
{
    static const std::shared_ptr<const Target> host = std::make_shared<HostTarget>();
    return host;
}

} // namespace Kiln
