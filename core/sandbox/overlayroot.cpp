// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/overlayroot.h"

#include "process/target.h"
#include "sandbox/namespaces.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Kiln::Sandbox {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kiln::Sandbox", text);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool mountOrSay(const QString &source, const QString &target, const char *type, unsigned long flags,
                const QString &options, QString *error)
{
    const QByteArray src = QFile::encodeName(source);
    const QByteArray dst = QFile::encodeName(target);
    const QByteArray data = options.toUtf8();
    if (::mount(src.constData(), dst.constData(), type, flags,
                data.isEmpty() ? nullptr : data.constData()) == 0)
        return true;
    *error = tr("cannot mount %1 on %2: %3").arg(source, target, systemError());
    return false;
}

// A read-only view of `source`. Without the mounts below it where the kernel
// allows (as root): /sys's own submounts (cgroups, security) stay out of reach.
// In a user namespace they are locked to their parent and come along, still
// guarded by the host's permissions (root there is not root here).
bool bindReadOnly(const QString &source, const QString &target, QString *error)
{
    const unsigned long flags = inUserNamespace() ? MS_BIND | MS_REC : MS_BIND;
    return mountOrSay(source, target, nullptr, flags, {}, error) &&
           mountOrSay({}, target, nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID, {}, error);
}

// Gives the owner access to every real folder below `folder` (never through a
// link: the upper layer holds links a step made, such as one to /).
void makeRemovable(const QString &folder)
{
    const QByteArray native = QFile::encodeName(folder);
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return;
    ::chmod(native.constData(), 0700);
    const QDir dir(folder);
    for (const QString &child : dir.entryList(QDir::Dirs | QDir::Hidden | QDir::System |
                                              QDir::NoDotAndDotDot | QDir::NoSymLinks))
        makeRemovable(dir.filePath(child));
}

} // namespace

// The overlay's work folder holds a mode-0 folder, and a step may leave any
// mode behind; QDir::removeRecursively removes links, never what they point to.
void removeTree(const QString &folder)
{
    makeRemovable(folder);
    QDir(folder).removeRecursively();
}

OverlayRoot::OverlayRoot(QString lower, QString folder)
    : m_lower(QDir::cleanPath(std::move(lower))), m_folder(std::move(folder))
{
}

std::unique_ptr<OverlayRoot> OverlayRoot::mount(const QString &lower, const QString &folder,
                                                QString *error)
{
    // The option string separates layers with ':' and options with ','.
    if (lower.contains(u':') || lower.contains(u',') || folder.contains(u':') ||
        folder.contains(u',')) {
        *error = tr("a sandbox cannot use a folder whose path contains ':' or ',' (%1)")
                     .arg(lower.contains(u':') || lower.contains(u',') ? lower : folder);
        return nullptr;
    }
    if (!QFileInfo(lower).isDir()) {
        *error = tr("%1 is not a folder").arg(lower);
        return nullptr;
    }
    std::unique_ptr<OverlayRoot> root(new OverlayRoot(lower, folder));
    if (!root->mountAll(error))
        return nullptr;
    return root;
}

OverlayRoot::~OverlayRoot()
{
    // A lazy unmount detaches the view and everything mounted in it at once.
    if (m_mounted)
        ::umount2(QFile::encodeName(merged()).constData(), MNT_DETACH);
    if (m_lowerMounted)
        ::umount2(QFile::encodeName(m_lower).constData(), MNT_DETACH);
    removeTree(QDir(m_folder).filePath(u"work"_s));
    QDir(m_folder).rmdir(u"root"_s);
    QDir(m_folder).rmdir(u"lower"_s);
}

QString OverlayRoot::upper() const
{
    return QDir(m_folder).filePath(u"upper"_s);
}

QString OverlayRoot::merged() const
{
    return QDir(m_folder).filePath(u"root"_s);
}

bool OverlayRoot::mountAll(QString *error)
{
    const QDir folder(m_folder);
    for (const QString &layer : {u"lower"_s, u"upper"_s, u"work"_s, u"root"_s}) {
        if (!folder.mkpath(layer)) {
            *error = tr("cannot create %1").arg(folder.filePath(layer));
            return false;
        }
    }
    // The root's own file system, without what is mounted on it (/proc, a
    // separate /home): what the overlay stacks on, and what the change scanner
    // compares with. In a user namespace the kernel refuses to split a tree it
    // locked, and the root is used as it is.
    const QString lowerView = folder.filePath(u"lower"_s);
    const QByteArray lowerNative = QFile::encodeName(m_lower);
    if (::mount(lowerNative.constData(), QFile::encodeName(lowerView).constData(), nullptr, MS_BIND,
                nullptr) == 0) {
        m_lowerMounted = true;
        m_lower = lowerView;
    }
    // In a user namespace the overlay keeps its whiteouts and opaque marks in
    // user.* attributes (trusted.* needs real root).
    QString options =
        u"lowerdir=%1,upperdir=%2,workdir=%3"_s.arg(m_lower, upper(), folder.filePath(u"work"_s));
    if (inUserNamespace())
        options += u",userxattr"_s;
    if (!mountOrSay(u"overlay"_s, merged(), "overlay", 0, options, error)) {
        if (inUserNamespace() && !m_lowerMounted)
            *error = tr("as a normal user, a sandbox cannot stack on %1: the kernel refuses an "
                        "overlay over a folder with other file systems mounted in it (%2). Run "
                        "as root (sudo), or give a root folder of your own with --root")
                         .arg(m_lower, *error);
        return false;
    }
    m_mounted = true;
    for (const QString &point : {u"/proc"_s, u"/sys"_s, u"/run"_s, u"/dev"_s}) {
        if (!ensureMountPoint(point, error))
            return false;
    }
    const QString inside = merged();
    if (!bindReadOnly(u"/sys"_s, inside + u"/sys"_s, error) ||
        !mountOrSay(u"tmpfs"_s, inside + u"/run"_s, "tmpfs", MS_NOSUID | MS_NODEV, u"mode=0755"_s,
                    error) ||
        !mountDev(error))
        return false;
    // The host's name servers, read-only. Only over a real file: a root whose
    // resolv.conf is a link (systemd-resolved's) or missing keeps its own.
    const QFileInfo resolv(inside + u"/etc/resolv.conf"_s);
    const QString hostResolv = QFileInfo(u"/etc/resolv.conf"_s).canonicalFilePath();
    if (resolv.isFile() && !resolv.isSymLink() && !hostResolv.isEmpty() &&
        !bindReadOnly(hostResolv, resolv.filePath(), error))
        return false;
    return true;
}

bool OverlayRoot::mountDev(QString *error)
{
    const QString dev = merged() + u"/dev"_s;
    if (!mountOrSay(u"tmpfs"_s, dev, "tmpfs", MS_NOSUID | MS_NOEXEC, u"mode=0755"_s, error))
        return false;
    for (const char *node : {"null", "zero", "full", "random", "urandom", "tty"}) {
        const QString name = QString::fromLatin1(node);
        QFile placeholder(dev + u'/' + name);
        if (!placeholder.open(QIODevice::WriteOnly) ||
            !mountOrSay(u"/dev/"_s + name, placeholder.fileName(), nullptr, MS_BIND, {}, error))
            return false;
    }
    QDir(dev).mkpath(u"pts"_s);
    QDir(dev).mkpath(u"shm"_s);
    if (!mountOrSay(u"devpts"_s, dev + u"/pts"_s, "devpts", MS_NOSUID | MS_NOEXEC,
                    u"newinstance,ptmxmode=0666,mode=0620"_s, error) ||
        !mountOrSay(u"tmpfs"_s, dev + u"/shm"_s, "tmpfs", MS_NOSUID | MS_NODEV, u"mode=1777"_s,
                    error))
        return false;
    QFile::link(u"pts/ptmx"_s, dev + u"/ptmx"_s);
    QFile::link(u"/proc/self/fd"_s, dev + u"/fd"_s);
    QFile::link(u"/proc/self/fd/0"_s, dev + u"/stdin"_s);
    QFile::link(u"/proc/self/fd/1"_s, dev + u"/stdout"_s);
    QFile::link(u"/proc/self/fd/2"_s, dev + u"/stderr"_s);
    return true;
}

bool OverlayRoot::ensureMountPoint(const QString &insidePath, QString *error)
{
    const QString path = hostPathUnder(merged(), insidePath);
    const QFileInfo info(path);
    if (info.exists() && !info.isSymLink())
        return true;
    if (!QDir().mkpath(path)) {
        *error = tr("cannot create the mount point %1 in %2").arg(insidePath, m_lower);
        return false;
    }
    m_ownPaths << insidePath;
    return true;
}

} // namespace Kiln::Sandbox
