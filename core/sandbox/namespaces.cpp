// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/namespaces.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Sandbox {
namespace {

bool g_userNamespace = false;
bool g_privateMounts = false;

QString tr(const char *text)
{
    return QCoreApplication::translate("Kiln::Sandbox", text);
}

int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

bool writeProcFile(const char *path, const QByteArray &text)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// Why a user namespace was refused, from the places distributions switch it off.
QString userNamespaceRefusal(int error)
{
    QFile debianSwitch(u"/proc/sys/kernel/unprivileged_userns_clone"_s);
    if (debianSwitch.open(QIODevice::ReadOnly) && debianSwitch.readAll().trimmed() == "0")
        return tr("user namespaces are switched off for normal users "
                  "(sysctl kernel.unprivileged_userns_clone=0)");
    QFile limit(u"/proc/sys/user/max_user_namespaces"_s);
    if (limit.open(QIODevice::ReadOnly) && limit.readAll().trimmed() == "0")
        return tr("user namespaces are switched off (sysctl user.max_user_namespaces=0)");
    if (error == EPERM)
        return tr("the kernel refused a user namespace (inside a chroot, a container, or "
                  "a security policy such as AppArmor's)");
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString enterPrivateMountNamespace()
{
    if (threadCount() != 1)
        return tr("internal error: the sandbox must be entered before any thread starts");
    if (::geteuid() != 0) {
        const uid_t uid = ::geteuid();
        const gid_t gid = ::getegid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            return tr("a sandbox needs root or a user namespace, and %1; run as root (sudo) "
                      "instead")
                .arg(userNamespaceRefusal(errno));
        // setgroups must be denied before an unprivileged process may map its gid.
        if (!writeProcFile("/proc/self/setgroups", "deny") ||
            !writeProcFile("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1") ||
            !writeProcFile("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1"))
            return tr("cannot map this user to root in the user namespace: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno)));
        g_userNamespace = true;
    } else if (::unshare(CLONE_NEWNS) != 0) {
        return tr("cannot make a private mount namespace: %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    // The namespace starts as a copy that still shares mount events with the
    // host: make it a slave, so that no mount of ours reaches the host (and the
    // host's later mounts, a USB stick, still reach the studio).
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_SLAVE, nullptr) != 0) {
        // In a chroot whose root is not a mount point, the mount holding it is out
        // of reach, and nothing could prove that a mount of ours stays here.
        if (errno == EINVAL)
            return tr("this process runs in a chroot whose / is not a mount point, so the "
                      "sandbox cannot keep its mounts from the host; bind the root onto itself "
                      "first (mount --bind DIR DIR, in a private mount namespace)");
        return tr("cannot make the mounts private: %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    g_privateMounts = true;
    return {};
}

bool inPrivateMountNamespace()
{
    return g_privateMounts;
}

bool inUserNamespace()
{
    return g_userNamespace;
}

} // namespace Kiln::Sandbox
