// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// CreateFolder and CreateSymlink (CreateFile lives with the other text writers in
// filecontent.cpp).
#include "actions/fileaccess.h"
#include "actions/filemodulecall.h"
#include "actions/filemodules.h"
#include "actions/filepaths.h"
#include "actions/filetree.h"

#include <QDir>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln {

using namespace FileOps;

FileOperationResult createFolder(const QJsonObject &entry, const FileOperationContext &ctx)
{
    ModuleCall op(u"CreateFolder", entry, ctx,
                  {u"path", u"owner", u"group", u"permissions", u"overwrite"});
    const QString path = op.path(u"path");
    const QString owner = op.string(u"owner", false);
    const QString group = op.string(u"group", false);
    const auto permissions = op.permissions(false);
    const bool overwrite = op.boolean(u"overwrite", true);
    if (!op.inputsOk())
        return op.inputError();

    const bool existed = lstatPath(path).exists;
    if (existed) {
        if (!statPath(path).isDir)
            return op.fail(u"'%1' exists and is not a folder"_s.arg(path));
        if (!overwrite)
            return op.fail(u"folder '%1' already exists and overwrite is false"_s.arg(path));
    }
    uid_t uid;
    gid_t gid;
    if (Status s = resolveOwnership(owner, group, false, &uid, &gid); !s.isOk())
        return op.fail(s.message);
    // The guide says an existing folder is "truncated or overwritten"; emptying a folder is
    // destructive and unverified, so Kiln keeps its contents (like mkdir -p) and only applies
    // owner and permissions.
    if (Status s = makeFolders(path); !s.isOk())
        return op.fail(s.message);
    const QByteArray native = nativePath(path);
    if ((uid != uid_t(-1) || gid != gid_t(-1)) && ::chown(native.constData(), uid, gid) != 0)
        return op.fail(u"cannot change the owner of '%1': %2"_s.arg(path, errnoText(errno)));
    // Owner before mode (chown may clear set-ID bits); like CreateFile, explicit permissions
    // are subject to the umask (spec 5.3).
    if (permissions && ::chmod(native.constData(), *permissions & ~currentUmask()) != 0)
        return op.fail(u"cannot set permissions on '%1': %2"_s.arg(path, errnoText(errno)));
    op.log(existed ? u"Folder '%1' already exists"_s.arg(path)
                   : u"Created folder '%1'"_s.arg(path));
    return op.done();
}

FileOperationResult createSymlink(const QJsonObject &entry, const FileOperationContext &ctx)
{
    ModuleCall op(u"CreateSymlink", entry, ctx, {u"path", u"target", u"force"});
    const QString path = op.path(u"path"); // relative link paths are made absolute [DOC]
    const QString target = op.string(u"target", true);
    const bool force = op.boolean(u"force", false);
    if (!op.inputsOk())
        return op.inputError();
    if (target.isEmpty())
        return op.fail(u"input 'target' must not be empty"_s);
    if (endsWithSeparator(op.rawText(u"path")))
        return op.fail(u"path '%1' ends with '/'; give the path of the link itself"_s.arg(
            op.rawText(u"path")));

    // With force, a link replaces the one there: /bin and /lib64 are links on merged-/usr
    // systems, and a wrong one there breaks every program.
    if (Status s =
            refuseProtected(ProtectedFolders(), u"put a link at %1"_s, op.rawText(u"path"), path);
        !s.isOk())
        return op.fail(s.message);
    const PathInfo existing = lstatPath(path);
    if (existing.exists && !existing.isLink)
        return op.fail(
            u"'%1' exists and is not a symbolic link; it was left untouched"_s.arg(path));
    if (existing.isLink && !force)
        return op.fail(
            u"a symbolic link already exists at '%1'; set force: true to replace it"_s.arg(path));
    // The target text is stored as given (like ln -s), so a relative target is relative to the
    // link's folder; check it there, where the link will actually point.
    const QString resolvedTarget =
        QDir::isAbsolutePath(target) ? target : QDir::cleanPath(joinPath(parentOf(path), target));
    if (!statPath(resolvedTarget).exists) {
        const QString shown = resolvedTarget == target
                                  ? u"'%1'"_s.arg(target)
                                  : u"'%1' (resolved to '%2')"_s.arg(target, resolvedTarget);
        return op.fail(u"target %1 does not exist"_s.arg(shown));
    }
    if (Status s = makeFolders(parentOf(path)); !s.isOk())
        return op.fail(s.message);

    // A replacement is created under a temporary name and renamed over the old link, so the
    // path never goes missing.
    const QString created = existing.isLink ? stagingPathFor(path) : path;
    if (::symlink(nativePath(target).constData(), nativePath(created).constData()) != 0)
        return op.fail(u"cannot create link '%1': %2"_s.arg(path, errnoText(errno)));
    if (created != path &&
        ::rename(nativePath(created).constData(), nativePath(path).constData()) != 0) {
        const int error = errno;
        ::unlink(nativePath(created).constData());
        return op.fail(u"cannot replace link '%1': %2"_s.arg(path, errnoText(error)));
    }
    op.log(u"%1 symbolic link '%2' -> '%3'"_s.arg(existing.isLink ? u"Replaced"_s : u"Created"_s,
                                                  path, target));
    return op.done();
}

} // namespace Kiln
