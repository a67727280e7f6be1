// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Where a step acts. Everything a step does to the machine goes through the
// Target it is given (ActionContext::target): the processes it starts, the
// files it reads, writes, lists and deletes, the owners and permissions it
// sets. Today's runs act on this machine (HostTarget); a sandboxed run acts on
// another root file system reached through a directory of this one, whose
// processes start inside it (chrooted, in their own mount namespace).
//
// Why paths and not a file-system API: a root reached through a directory needs
// two things from the file modules, and both are here. Paths are resolved
// inside the root the way openat2's RESOLVE_IN_ROOT does (actions/
// pathresolution.h: '..' and absolute links stop at the root), and a resolved
// path is reached on the host as hostPath(). The modules keep the paths as the
// document sees them (messages, protected folders) and every system call they
// make goes through FileOps::nativePath, which asks the target. So a new target
// is one class, and the modules do not change again.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <sys/types.h>

namespace Kiln {

// The host path of `insidePath` (absolute and clean) in the root `root`.
QString hostPathUnder(const QString &root, const QString &insidePath);

// One process a step starts, as the module asks for it and as the target starts it.
struct ProcessLaunch
{
    QString program; // absolute inside the target, or a name QProcess looks up
    QStringList arguments;
    QProcessEnvironment environment;
    QString workingDirectory; // inside the target; empty: inherited
    // Runs in the child between fork and exec, after setsid(); async-signal-safe
    // calls only (a root target's chroot and chdir go here).
    std::function<void()> inChild;
};

// A user as chown(1) reads one: the id and the user's primary group.
struct Account
{
    uid_t uid;
    gid_t primaryGroup;
};

class Target
{
public:
    virtual ~Target() = default;

    // For people: "this machine", "the root /srv/al2023".
    virtual QString description() const = 0;
    // The host folder that is the target's '/' ("/" for this machine).
    virtual QString root() const = 0;
    // The host path of `insidePath` (absolute and clean, inside the root).
    QString hostPath(const QString &insidePath) const;
    // Where relative paths of the file modules start, inside the target.
    virtual QString workingDirectory() const = 0;

    // How `launch` starts inside the target.
    virtual ProcessLaunch launch(ProcessLaunch launch) const = 0;
    // Calls `start` (QProcess::start of a launch above) with what the kernel
    // needs around it: a sandbox points the new process into its PID namespace.
    virtual void spawn(const std::function<void()> &start) const { start(); }
    // The program `name` runs as inside the target, found in `searchPath` (folders
    // inside it); empty when there is none.
    virtual QString findExecutable(const QString &name, const QStringList &searchPath) const = 0;

    // Users and groups as the target knows them (its own passwd and group
    // databases): a user by name, then by numeric id; a group by name.
    virtual std::optional<Account> user(const QString &nameOrId) const = 0;
    virtual std::optional<gid_t> group(const QString &name) const = 0;
};

// This machine: processes start as they are, paths are host paths, users and
// groups come from the system's databases (NSS).
class HostTarget final : public Target
{
public:
    QString description() const override;
    QString root() const override { return QStringLiteral("/"); }
    QString workingDirectory() const override; // Kiln's own, as it always was
    ProcessLaunch launch(ProcessLaunch launch) const override { return launch; }
    QString findExecutable(const QString &name, const QStringList &searchPath) const override;
    std::optional<Account> user(const QString &nameOrId) const override;
    std::optional<gid_t> group(const QString &name) const override;
};

// The one HostTarget (targets are stateless and shared by every step).
std::shared_ptr<const Target> hostTarget();

} // namespace Kiln
