// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A root file system reached through a directory of this machine (debootstrap
// output, an exported container, an overlay's merged folder): the first target
// other than the host (process/target.h). File modules act on paths inside it,
// resolved like openat2's RESOLVE_IN_ROOT; processes start chrooted into it
// (which needs CAP_SYS_CHROOT: root, or a user namespace of its own); users and
// groups are those of its own /etc/passwd and /etc/group.
//
// Chrooted processes are confined in their paths only: a process inside can
// still reach the host through /proc or a mount. A sandbox's processes are
// contained instead (containedlaunch.h: mount and PID namespaces of their own,
// fewer capabilities), over a root that is a mount point of kiln's private
// mount namespace (overlayroot.h); the overlay leaves the host untouched.
#pragma once

#include "process/target.h"

namespace Kiln {

namespace Sandbox {
class ContainedRoot;
}

class RootTarget final : public Target
{
public:
    // `root`: an absolute host folder. `contained`: the namespaces of a
    // sandbox its processes start in (containedlaunch.h); none: chroot.
    explicit RootTarget(QString root, std::shared_ptr<const Sandbox::ContainedRoot> contained = {});
    QString description() const override;
    QString root() const override { return m_root; }
    QString workingDirectory() const override { return QStringLiteral("/"); }
    ProcessLaunch launch(ProcessLaunch launch) const override;
    void spawn(const std::function<void()> &start) const override;
    QString findExecutable(const QString &name, const QStringList &searchPath) const override;
    std::optional<Account> user(const QString &nameOrId) const override;
    std::optional<gid_t> group(const QString &name) const override;

private:
    // The fields of the line of `database` (etc/passwd, etc/group) whose field
    // `key` equals `value`; empty when there is none.
    QStringList databaseEntry(const QString &database, int key, const QString &value) const;

    QString m_root;
    std::shared_ptr<const Sandbox::ContainedRoot> m_contained;
};

} // namespace Kiln
