// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// SetFileOwner, SetFolderOwner, SetFilePermissions, SetFolderPermissions (Linux and macOS).
// The *File modules follow a link to its file [DOC]; the recursive *Folder modules never follow
// links found inside the tree, so a link pointing at /etc cannot hand /etc to someone else.
#include "actions/fileaccess.h"
#include "actions/filemodulecall.h"
#include "actions/filemodules.h"
#include "actions/filepaths.h"
#include "actions/filetree.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln {

using namespace FileOps;

namespace {

enum class Kind { File, Folder };

// The path a module acts on, with links followed (the *Folder modules then walk the real
// folder). `recursiveAction` is what a recursive *Folder module does to the tree, with %1 for
// the path, and empty otherwise: a recursive change of a protected folder is refused, since
// chown -R of /usr or chmod -R of / leaves a system that no longer starts (set-ID programs,
// ssh's checks of its keys).
Status checkPath(const ModuleCall &op, const QString &path, Kind kind, QStringView folderModule,
                 const QString &recursiveAction, QString *real)
{
    const QString written = op.rawText(u"path");
    if (Status s = op.resolve(written, FinalLink::Follow, real); !s.isOk())
        return s;
    if (!recursiveAction.isEmpty()) {
        if (Status s = refuseProtected(ProtectedFolders(), recursiveAction, written, *real);
            !s.isOk())
            return s;
    }
    const PathInfo info = statPath(path);
    if (!info.exists) {
        if (lstatPath(path).isLink)
            return Status::failed(
                u"'%1' is a symbolic link to something that does not exist"_s.arg(path));
        return Status::failed(
            (kind == Kind::File ? u"file '%1' does not exist"_s : u"folder '%1' does not exist"_s)
                .arg(path));
    }
    if (kind == Kind::File && info.isDir)
        return Status::failed(u"'%1' is a folder; use %2"_s.arg(path, folderModule));
    if (kind == Kind::Folder && !info.isDir)
        return Status::failed(u"'%1' is not a folder"_s.arg(path));
    return Status::ok();
}

QString ownerLabel(const QString &owner, const QString &group)
{
    return group.isEmpty() ? owner : owner + u':' + group;
}

FileOperationResult setOwner(QStringView action, Kind kind, const QJsonObject &entry,
                             const FileOperationContext &ctx)
{
    ModuleCall op(
        action, entry, ctx,
        kind == Kind::File
            ? std::initializer_list<QStringView>{u"path", u"owner", u"group"}
            : std::initializer_list<QStringView>{u"path", u"owner", u"group", u"recursive"});
    const QString path = op.path(u"path");
    const QString owner = op.string(u"owner", true);
    const QString group = op.string(u"group", false);
    const bool recursive = op.boolean(u"recursive", true);
    if (!op.inputsOk())
        return op.inputError();
    if (owner.isEmpty())
        return op.fail(u"input 'owner' must not be empty"_s);
    QString real;
    const QString recursiveAction =
        kind == Kind::Folder && recursive ? u"change the owner of everything in %1"_s : QString();
    if (Status s = checkPath(op, path, kind, u"SetFolderOwner", recursiveAction, &real); !s.isOk())
        return op.fail(s.message);
    uid_t uid;
    gid_t gid;
    // [DOC] without `group`, the group becomes the owner's primary group (chown user: file).
    if (Status s = resolveOwnership(owner, group, true, &uid, &gid); !s.isOk())
        return op.fail(s.message);

    qsizetype count = 0;
    const auto change = [&](const QString &p, const PathInfo &info) {
        const QByteArray native = nativePath(p);
        const int rc = info.isLink ? ::lchown(native.constData(), uid, gid)
                                   : ::chown(native.constData(), uid, gid);
        if (rc != 0)
            return Status::failed(
                u"cannot change the owner of '%1': %2"_s.arg(p, errnoText(errno)));
        ++count;
        return Status::ok();
    };
    const Status status = kind == Kind::Folder && recursive ? walkTree(real, ctx, change)
                                                            : change(real, statPath(real));
    if (status.isOk())
        op.log(u"Changed the owner of '%1'%2 to %3"_s.arg(
            path, count > 1 ? u" and %1 entries inside"_s.arg(count - 1) : QString(),
            ownerLabel(owner, group)));
    return op.finish(status);
}

FileOperationResult setPermissions(QStringView action, Kind kind, const QJsonObject &entry,
                                   const FileOperationContext &ctx)
{
    ModuleCall op(action, entry, ctx,
                  kind == Kind::File
                      ? std::initializer_list<QStringView>{u"path", u"permissions"}
                      : std::initializer_list<QStringView>{u"path", u"permissions", u"recursive"});
    const QString path = op.path(u"path");
    const auto permissions = op.permissions(true);
    const bool recursive = op.boolean(u"recursive", true);
    if (!op.inputsOk())
        return op.inputError();
    QString real;
    const QString recursiveAction = kind == Kind::Folder && recursive
                                        ? u"change the permissions of everything in %1"_s
                                        : QString();
    if (Status s = checkPath(op, path, kind, u"SetFolderPermissions", recursiveAction, &real);
        !s.isOk())
        return op.fail(s.message);

    // chmod is not subject to the umask: the mode is applied exactly as written.
    qsizetype count = 0;
    const auto change = [&](const QString &p, const PathInfo &info) {
        if (info.isLink) // a link has no mode of its own on Linux; its target may be outside
            return Status::ok();
        if (::chmod(nativePath(p).constData(), *permissions) != 0)
            return Status::failed(
                u"cannot change the permissions of '%1': %2"_s.arg(p, errnoText(errno)));
        ++count;
        return Status::ok();
    };
    const Status status = kind == Kind::Folder && recursive ? walkTree(real, ctx, change)
                                                            : change(real, statPath(real));
    if (status.isOk())
        op.log(u"Set permissions %1 on '%2'%3"_s.arg(
            modeText(*permissions), path,
            count > 1 ? u" and %1 entries inside"_s.arg(count - 1) : QString()));
    return op.finish(status);
}

} // namespace

FileOperationResult setFileOwner(const QJsonObject &entry, const FileOperationContext &ctx)
{
    return setOwner(u"SetFileOwner", Kind::File, entry, ctx);
}

FileOperationResult setFolderOwner(const QJsonObject &entry, const FileOperationContext &ctx)
{
    return setOwner(u"SetFolderOwner", Kind::Folder, entry, ctx);
}

FileOperationResult setFilePermissions(const QJsonObject &entry, const FileOperationContext &ctx)
{
    return setPermissions(u"SetFilePermissions", Kind::File, entry, ctx);
}

FileOperationResult setFolderPermissions(const QJsonObject &entry, const FileOperationContext &ctx)
{
    return setPermissions(u"SetFolderPermissions", Kind::Folder, entry, ctx);
}

} // namespace Kiln
