// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Internal: the folders no file module deletes, moves away, replaces or changes recursively:
// '/' and the top-level system folders /bin /boot /dev /etc /home /lib* /proc /root /run /sbin
// /srv /sys /usr /var. One list for the modules' guard at run time and for `kiln validate`
// (K3026), so the two cannot drift apart.
#pragma once

#include <QString>
#include <sys/types.h>
#include <vector>

namespace Kiln::FileOps {

struct ProtectedMatch
{
    enum Kind {
        None,
        Name,     // the path is a protected folder
        Pattern,  // the path's last component is a '*' pattern that can select one
        Identity, // the path is a protected folder under another name (same device and inode)
    };
    Kind kind = None;
    QString folder; // the protected folder, such as "/usr"

    explicit operator bool() const { return kind != None; }
};

// By name only, for an absolute clean path (as resolvePath() and resolveLexically() return):
// '/', a top-level system folder, or a last component with a '*' that one of them matches
// ('/*' and '/u*' select '/usr'). DeleteFolder takes no wildcards, yet '/*' is refused there
// too: it only ever means "everything".
ProtectedMatch protectedFolderNamed(const QString &path);

// By name and by identity, for the modules at run time: a folder reached under another name —
// a bind mount of '/', or /usr/bin, which /bin leads to on a merged-/usr system — is the
// protected folder it is. The identities are read once at construction, so a wildcard that
// selects thousands of paths costs one comparison per path. The paths are those of the
// running module's target (fileTarget(), pathbasics.h).
class ProtectedFolders
{
public:
    ProtectedFolders();
    ProtectedMatch match(const QString &path) const; // path: resolved, inside the root

private:
    struct Folder
    {
        dev_t device;
        ino_t inode;
        QString path;
    };
    std::vector<Folder> m_folders;
};

} // namespace Kiln::FileOps
