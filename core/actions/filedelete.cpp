// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// DeleteFile, DeleteFolder and ListFiles: the modules that look at what a folder holds.
#include "actions/filemodulecall.h"
#include "actions/filemodules.h"
#include "actions/filepaths.h"
#include "actions/filetree.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln {

using namespace FileOps;

FileOperationResult deleteFile(const QJsonObject &entry, const FileOperationContext &ctx)
{
    ModuleCall op(u"DeleteFile", entry, ctx, {u"path"});
    const QString rawPath = op.string(u"path", true);
    if (!op.inputsOk())
        return op.inputError();
    if (rawPath.isEmpty())
        return op.fail(u"input 'path' must not be empty"_s);

    // Links are deleted themselves, never what they point at.
    const auto isFile = [](const QString &p) {
        const PathInfo info = lstatPath(p);
        return info.exists && !info.isDir;
    };
    Selection selection;
    if (Status s = select(op, rawPath, isFile, &selection); !s.isOk())
        return op.fail(s.message);
    // Before the kind checks, so '/..' gets the refusal, not "is a folder". A protected path
    // that is a link (/bin -> usr/bin) is refused too: without it the system breaks as well.
    if (Status s = refuseProtected(ProtectedFolders(), u"delete %1"_s, selection); !s.isOk())
        return op.fail(s.message);
    if (!selection.wildcard) {
        // [REC, spec 8.3] a missing explicit path fails: the step named one file and it is not
        // there, which usually means a wrong path.
        const PathInfo info = lstatPath(selection.paths.constFirst());
        if (!info.exists)
            return op.fail(u"file '%1' does not exist"_s.arg(selection.paths.constFirst()));
        if (info.isDir)
            return op.fail(
                u"'%1' is a folder; use DeleteFolder"_s.arg(selection.paths.constFirst()));
    } else if (selection.paths.isEmpty()) {
        // [REC, spec 8.3] a wildcard that matches nothing succeeds: "delete all *.tmp" is done.
        op.log(u"No file matches '%1'; nothing to delete"_s.arg(rawPath));
    }
    for (const QString &path : std::as_const(selection.paths)) {
        if (ctx.isCancelled())
            return op.finish(Status::cancelled());
        if (::unlink(nativePath(path).constData()) != 0)
            return op.fail(u"cannot delete '%1': %2"_s.arg(path, errnoText(errno)));
        op.log(u"Deleted '%1'"_s.arg(path));
    }
    return op.done();
}

FileOperationResult deleteFolder(const QJsonObject &entry, const FileOperationContext &ctx)
{
    ModuleCall op(u"DeleteFolder", entry, ctx, {u"path", u"force"});
    const QString path = op.path(u"path");
    const bool force = op.boolean(u"force", false);
    if (!op.inputsOk())
        return op.inputError();

    // Before anything else: '/..', '/tmp/../..' and '..' in '/' resolve to '/', and '/usr/..'
    // too, so the check is on the resolved path, never on the text.
    if (Status s = refuseProtected(ProtectedFolders(), u"delete %1"_s, op.rawText(u"path"), path);
        !s.isOk())
        return op.fail(s.message);
    const PathInfo info = lstatPath(path);
    // The spec lists no error for a missing folder; like DeleteFile (8.3 [REC]) Kiln fails,
    // because a step naming a folder that is not there usually has a wrong path.
    if (!info.exists)
        return op.fail(u"folder '%1' does not exist"_s.arg(path));
    if (info.isLink)
        return op.fail(u"'%1' is a symbolic link, not a folder; use DeleteFile to delete the "
                       u"link"_s.arg(path));
    if (!info.isDir)
        return op.fail(u"'%1' is not a folder; use DeleteFile"_s.arg(path));
    QStringList names;
    if (Status s = listChildren(path, &names); !s.isOk())
        return op.fail(s.message);
    if (!names.isEmpty() && !force)
        return op.fail(u"folder '%1' is not empty (%2 entries); set force: true to delete it with "
                       u"everything inside"_s.arg(path)
                           .arg(names.size()));
    if (Status s = removeTree(path, ctx); !s.isOk())
        return op.finish(s);
    op.log(u"Deleted folder '%1'"_s.arg(path));
    return op.done();
}

FileOperationResult listFiles(const QJsonObject &entry, const FileOperationContext &ctx)
{
    ModuleCall op(u"ListFiles", entry, ctx, {u"path", u"fileNamePattern", u"recursive"});
    const QString path = op.path(u"path");
    const QString pattern = op.string(u"fileNamePattern", false, u"*"_s);
    const bool recursive = op.boolean(u"recursive", false);
    if (!op.inputsOk())
        return op.inputError();
    if (pattern.contains(u'/'))
        return op.fail(
            u"fileNamePattern '%1' must be a file-name pattern without '/'"_s.arg(pattern));
    const PathInfo info = statPath(path);
    if (!info.exists)
        return op.fail(u"folder '%1' does not exist"_s.arg(path));
    if (!info.isDir)
        return op.fail(u"'%1' is not a folder"_s.arg(path));

    // "Files" are all entries that are not folders — links included, as a Go filepath.Walk
    // with Lstat reports them; links to folders are listed, not followed. The order is the
    // walk order with names sorted, i.e. lexical like filepath.Walk.
    QStringList files;
    const auto collect = [&](const QString &p, const PathInfo &entryInfo) {
        if (!entryInfo.isDir && wildcardMatch(pattern, fileNameOf(p)))
            files.append(p);
        return Status::ok();
    };
    QStringList names;
    if (Status s = listChildren(path, &names); !s.isOk())
        return op.fail(s.message);
    for (const QString &name : std::as_const(names)) {
        const QString child = joinPath(path, name);
        const Status status =
            recursive ? walkTree(child, ctx, collect) : collect(child, lstatPath(child));
        if (!status.isOk())
            return op.finish(status);
    }
    op.output(u"files"_s, files.join(u','));
    op.log(u"Found %1 file(s) in '%2'"_s.arg(files.size()).arg(path));
    return op.done();
}

} // namespace Kiln
