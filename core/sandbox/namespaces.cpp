// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/namespaces.h"

#include "sandbox/containedlaunch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
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

// True when this process's / is not the root of its mount namespace (a
// chroot). A sandbox cannot be safe there: its processes would sit in a
// namespace whose real root is the host's, a second chroot away. The kernel's
// own test decides: it refuses a user namespace to a chrooted process (EPERM),
// and grants one to root otherwise. Where user namespaces are switched off,
// PID 1's root is compared with this one; when that cannot be read either,
// `unknown` says why, and the answer is "chrooted" (safe, not sure).
bool chrooted(QString *unknown)
{
    const pid_t probe = ::fork();
    if (probe == 0)
        ::_exit(::unshare(CLONE_NEWUSER) == 0 ? 0 : errno == EPERM ? 1 : 2);
    int status = 0;
    if (probe > 0 && ::waitpid(probe, &status, 0) == probe && WIFEXITED(status) &&
        WEXITSTATUS(status) < 2)
        return WEXITSTATUS(status) == 1;
    struct stat own = {}, init = {};
    if (::stat("/", &own) != 0 || ::stat("/proc/1/root/", &init) != 0) {
        *unknown = QString::fromLocal8Bit(std::strerror(errno));
        return true;
    }
    return own.st_dev != init.st_dev || own.st_ino != init.st_ino;
}

} // namespace

QString enterPrivateMountNamespace()
{
    containHelper(); // found while /proc/self/exe still names it as this namespace does
    if (threadCount() != 1)
        return tr("internal error: the sandbox must be entered before any thread starts");
    // As another user the kernel itself refuses a user namespace in a chroot.
    if (QString unknown; ::geteuid() == 0 && chrooted(&unknown)) {
        return unknown.isEmpty()
                   ? tr("this process runs in a chroot (or a policy refuses root a user "
                        "namespace), where a sandbox's processes could leave it for the "
                        "host's root; run kiln outside the chroot, or in a container or mount "
                        "namespace whose root is its own (pivot_root)")
                   : tr("cannot tell whether this process runs in a chroot (user namespaces "
                        "are off, and /proc/1/root: %1), so no sandbox is made")
                         .arg(unknown);
    }
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
