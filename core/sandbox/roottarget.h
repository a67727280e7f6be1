// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A root file system reached through a directory of this machine (debootstrap
// output, an exported container, an overlay's merged folder): the first target
// other than the host (process/target.h). File modules act on paths inside it,
// resolved like openat2's RESOLVE_IN_ROOT; processes start chrooted into it
// (which needs CAP_SYS_CHROOT: root, or a user namespace of its own); users and
// groups are those of its own /etc/passwd and /etc/group.
//
// It confines paths, not processes: a process inside can still reach the host
// through /proc or a mount. The sandbox (private mount namespace, overlay) is
// what makes a run leave the host untouched; this class is where its steps act.
#pragma once

#include "process/target.h"

namespace Kiln {

class RootTarget final : public Target
{
public:
    explicit RootTarget(QString root); // an absolute host folder
    QString description() const override;
    QString root() const override { return m_root; }
    QString workingDirectory() const override { return QStringLiteral("/"); }
    ProcessLaunch launch(ProcessLaunch launch) const override;
    QString findExecutable(const QString &name, const QStringList &searchPath) const override;
    std::optional<Account> user(const QString &nameOrId) const override;
    std::optional<gid_t> group(const QString &name) const override;

private:
    // The fields of the line of `database` (etc/passwd, etc/group) whose field
    // `key` equals `value`; empty when there is none.
    QStringList databaseEntry(const QString &database, int key, const QString &value) const;

    QString m_root;
};

} // namespace Kiln
