// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/protectedfolders.h"

#include "actions/pathbasics.h"
#include "actions/pathresolution.h"
#include "process/target.h"

#include <QStringList>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Kiln::FileOps {

namespace {

// The list. `lib*` is a family (lib, lib32, lib64, libx32, ...); kLibraryFolders are
// the members a '*' pattern is tried against.
const QStringList kSystemFolders = {u"bin"_s,  u"boot"_s, u"dev"_s, u"etc"_s,  u"home"_s,
                                    u"proc"_s, u"root"_s, u"run"_s, u"sbin"_s, u"srv"_s,
                                    u"sys"_s,  u"usr"_s,  u"var"_s};
const QStringList kLibraryFolders = {u"lib"_s, u"lib32"_s, u"lib64"_s, u"libx32"_s};

bool isSystemFolderName(const QString &name)
{
    return kSystemFolders.contains(name) || name.startsWith(u"lib"_s);
}

} // namespace

ProtectedMatch protectedFolderNamed(const QString &path)
{
    if (path == u"/"_s)
        return {ProtectedMatch::Name, path};
    // Only a top-level folder: "/name" with no other separator.
    if (!path.startsWith(u'/') || path.indexOf(u'/', 1) >= 0)
        return {};
    const QString name = path.mid(1);
    if (hasWildcard(name)) {
        for (const QStringList *names : {&kSystemFolders, &kLibraryFolders}) {
            for (const QString &candidate : *names) {
                if (wildcardMatch(name, candidate))
                    return {ProtectedMatch::Pattern, u'/' + candidate};
            }
        }
        return {};
    }
    return isSystemFolderName(name) ? ProtectedMatch{ProtectedMatch::Name, path} : ProtectedMatch{};
}

ProtectedFolders::ProtectedFolders()
{
    QStringList paths = {u"/"_s};
    QStringList names;
    if (listChildren(u"/"_s, &names).isOk()) {
        for (const QString &name : std::as_const(names)) {
            if (isSystemFolderName(name))
                paths.append(u'/' + name);
        }
    }
    for (const QString &path : std::as_const(paths)) {
        // /bin may be a link (to usr/bin): the folder it leads to inside the root is the one
        // to recognise.
        const ResolvedPath real = resolvePath(path, u"/"_s, FinalLink::Follow, fileTarget().root());
        const PathInfo info = real.ok() ? statPath(real.path) : PathInfo{};
        if (info.isDir)
            m_folders.push_back({info.st.st_dev, info.st.st_ino, path});
    }
}

ProtectedMatch ProtectedFolders::match(const QString &path) const
{
    if (const ProtectedMatch byName = protectedFolderNamed(path))
        return byName;
    const PathInfo info = lstatPath(path);
    if (!info.isDir)
        return {};
    for (const Folder &folder : m_folders) {
        if (folder.device == info.st.st_dev && folder.inode == info.st.st_ino)
            return {ProtectedMatch::Identity, folder.path};
    }
    return {};
}

} // namespace Kiln::FileOps
