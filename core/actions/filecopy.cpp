// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// CopyFile, CopyFolder, MoveFile, MoveFolder: one engine, since the four differ only in what
// they select and whether the source stays. Every target is checked before anything is touched,
// so a wildcard copy with `overwrite: false` fails without copying half the matches.
#include "actions/filemodulecall.h"
#include "actions/filemodules.h"
#include "actions/filepaths.h"
#include "actions/filetree.h"

using namespace Qt::StringLiterals;

namespace Kiln {

using namespace FileOps;

namespace {

enum class Kind { File, Folder };
enum class Mode { Copy, Move };

struct Transfer
{
    QStringView action;
    Kind kind;
    Mode mode;

    QString verb() const { return mode == Mode::Copy ? u"copy"_s : u"move"_s; }
    QString otherModule() const
    {
        if (kind == Kind::File)
            return mode == Mode::Copy ? u"CopyFolder"_s : u"MoveFolder"_s;
        return mode == Mode::Copy ? u"CopyFile"_s : u"MoveFile"_s;
    }

    // What a wildcard selects. A move takes a link as itself (like mv); a file copy reads
    // through it (like cp).
    bool selects(const QString &path) const
    {
        const PathInfo followed = statPath(path);
        if (kind == Kind::Folder)
            return followed.isDir;
        if (mode == Mode::Copy)
            return followed.isFile;
        return lstatPath(path).exists && !followed.isDir;
    }

    Status checkSource(const QString &source) const
    {
        const PathInfo own = lstatPath(source);
        const PathInfo followed = statPath(source);
        if (kind == Kind::Folder) {
            if (!own.exists)
                return Status::failed(u"source folder '%1' does not exist"_s.arg(source));
            if (!followed.isDir)
                return Status::failed(
                    u"source '%1' is not a folder; use %2"_s.arg(source, otherModule()));
            return Status::ok();
        }
        if (!own.exists)
            return Status::failed(u"source '%1' does not exist"_s.arg(source));
        if (followed.isDir)
            return Status::failed(u"source '%1' is a folder; use %2"_s.arg(source, otherModule()));
        if (mode == Mode::Copy && !followed.exists)
            return Status::failed(
                u"source '%1' is a symbolic link to a file that does not exist"_s.arg(source));
        if (mode == Mode::Copy && !followed.isFile)
            return Status::failed(u"source '%1' is not a regular file"_s.arg(source));
        return Status::ok();
    }

    Status checkTarget(const QString &source, const QString &target, bool overwrite) const
    {
        // A copy compares what it reads and writes (links followed); a move compares the
        // entries themselves, since moving one link onto another link to the same file is fine.
        const PathInfo src = mode == Mode::Copy ? statPath(source) : lstatPath(source);
        const PathInfo dst = mode == Mode::Copy ? statPath(target) : lstatPath(target);
        if (target == source || (src.exists && dst.exists && src.st.st_dev == dst.st.st_dev &&
                                 src.st.st_ino == dst.st.st_ino))
            return Status::failed(u"source and destination are the same: '%1'"_s.arg(target));
        if (kind == Kind::Folder &&
            (isInside(target, source) || isInside(target, realPath(source))))
            return Status::failed(
                u"cannot %1 folder '%2' into itself ('%3')"_s.arg(verb(), source, target));
        if (!lstatPath(target).exists)
            return Status::ok();
        if (kind == Kind::File && statPath(target).isDir)
            return Status::failed(u"destination '%1' is a folder; end the destination with '/' "
                                  u"to put the file inside it"_s.arg(target));
        if (kind == Kind::Folder && !statPath(target).isDir)
            return Status::failed(u"destination '%1' exists and is not a folder"_s.arg(target));
        if (!overwrite)
            return Status::failed(
                u"destination '%1' already exists and overwrite is false"_s.arg(target));
        return Status::ok();
    }

    Status copyOne(const QString &source, const QString &target,
                   const FileOperationContext &ctx) const
    {
        if (kind == Kind::File) {
            // Like cp, copying onto a link to a file writes the file it points at.
            const bool throughLink = lstatPath(target).isLink && statPath(target).isFile;
            return copyFileTo(source, throughLink ? realPath(target) : target, ctx);
        }
        // Copy into a hidden sibling, then swap it in: a failed or cancelled copy leaves
        // neither a half-filled target nor a lost old one ([DOC]: an existing folder is replaced).
        const QString staging = stagingPathFor(target);
        Status status = copyTree(source, staging, ctx);
        if (!status.isOk()) {
            removeTree(staging, FileOperationContext{});
            return status;
        }
        bool crossDevice = false;
        status = renameReplacing(staging, target, &crossDevice);
        if (!status.isOk())
            removeTree(staging, FileOperationContext{});
        return status;
    }

    Status moveOne(const QString &source, const QString &target,
                   const FileOperationContext &ctx) const
    {
        bool crossDevice = false;
        if (Status s = renameReplacing(source, target, &crossDevice); !s.isOk() || !crossDevice)
            return s;
        // Another file system: copy next to the target, swap it in, and only then delete the
        // source, so a failure at any point loses nothing.
        const QString staging = stagingPathFor(target);
        if (Status s = copyEntry(source, staging, ctx); !s.isOk()) {
            removeTree(staging, FileOperationContext{});
            return s;
        }
        if (Status s = renameReplacing(staging, target, &crossDevice); !s.isOk()) {
            removeTree(staging, FileOperationContext{});
            return s;
        }
        if (Status s = removeTree(source, FileOperationContext{}); !s.isOk())
            return Status::failed(u"copied '%1' to '%2' (another file system), but could not "
                                  u"delete the source: %3"_s.arg(source, target, s.message));
        return Status::ok();
    }

    FileOperationResult run(const QJsonObject &entry, const FileOperationContext &ctx) const
    {
        ModuleCall op(action, entry, ctx, {u"source", u"destination", u"overwrite"});
        const QString rawSource = op.string(u"source", true);
        const QString rawDestination = op.string(u"destination", true);
        const bool overwrite = op.boolean(u"overwrite", true);
        if (!op.inputsOk())
            return op.inputError();
        if (rawSource.isEmpty() || rawDestination.isEmpty())
            return op.fail(u"inputs 'source' and 'destination' must not be empty"_s);
        QString destination;
        if (Status s = op.resolve(rawDestination, destinationLink(rawDestination), &destination);
            !s.isOk())
            return op.fail(s.message);

        Selection selection;
        if (Status s = select(
                op, rawSource, [this](const QString &p) { return selects(p); }, &selection);
            !s.isOk())
            return op.fail(s.message);
        // Moving /etc or the /bin link away breaks the system as surely as deleting it; a copy
        // leaves its source alone.
        const ProtectedFolders protectedFolders;
        if (mode == Mode::Move) {
            if (Status s = refuseProtected(protectedFolders, u"move %1 away"_s, selection);
                !s.isOk())
                return op.fail(s.message);
        }
        if (!selection.wildcard) {
            if (Status s = checkSource(selection.paths.constFirst()); !s.isOk())
                return op.fail(s.message);
        } else if (selection.paths.isEmpty()) {
            // A copy or move that does nothing is almost always a mistake, so unlike DeleteFile
            // an empty wildcard match fails.
            return op.fail(u"no %1 matches '%2'"_s.arg(kind == Kind::File ? u"file"_s : u"folder"_s,
                                                       rawSource));
        }
        if (selection.paths.size() > 1 && !endsWithSeparator(rawDestination))
            return op.fail(u"source '%1' matches %2 items, so the destination must be a folder "
                           u"ending in '/', not '%3'"_s.arg(rawSource)
                               .arg(selection.paths.size())
                               .arg(rawDestination));

        QStringList targets;
        for (const QString &source : std::as_const(selection.paths)) {
            const QString target = targetFor(rawDestination, destination, source);
            // An existing target is replaced, the old one deleted: '/..' as a destination
            // would replace '/'.
            const QString writtenTarget = endsWithSeparator(rawDestination)
                                              ? rawDestination + fileNameOf(source)
                                              : rawDestination;
            if (Status s =
                    refuseProtected(protectedFolders, u"replace %1"_s, writtenTarget, target);
                !s.isOk())
                return op.fail(s.message);
            if (Status s = checkTarget(source, target, overwrite); !s.isOk())
                return op.fail(s.message);
            targets.append(target);
        }

        for (qsizetype i = 0; i < selection.paths.size(); ++i) {
            if (ctx.isCancelled())
                return op.finish(Status::cancelled());
            const QString &source = selection.paths.at(i);
            const QString &target = targets.at(i);
            if (Status s = makeFolders(parentOf(target)); !s.isOk())
                return op.fail(s.message);
            // Now that the parent exists, catch "into itself" through links in the destination.
            const QString realTarget = joinPath(realPath(parentOf(target)), fileNameOf(target));
            if (kind == Kind::Folder && isInside(realTarget, realPath(source)))
                return op.fail(
                    u"cannot %1 folder '%2' into itself ('%3')"_s.arg(verb(), source, target));
            const Status status =
                mode == Mode::Copy ? copyOne(source, target, ctx) : moveOne(source, target, ctx);
            if (!status.isOk())
                return op.finish(status);
            op.log(u"%1 '%2' to '%3'"_s.arg(mode == Mode::Copy ? u"Copied"_s : u"Moved"_s, source,
                                            target));
        }
        return op.done();
    }
};

} // namespace

FileOperationResult copyFile(const QJsonObject &entry, const FileOperationContext &ctx)
{
    return Transfer{u"CopyFile", Kind::File, Mode::Copy}.run(entry, ctx);
}

FileOperationResult copyFolder(const QJsonObject &entry, const FileOperationContext &ctx)
{
    return Transfer{u"CopyFolder", Kind::Folder, Mode::Copy}.run(entry, ctx);
}

FileOperationResult moveFile(const QJsonObject &entry, const FileOperationContext &ctx)
{
    return Transfer{u"MoveFile", Kind::File, Mode::Move}.run(entry, ctx);
}

FileOperationResult moveFolder(const QJsonObject &entry, const FileOperationContext &ctx)
{
    return Transfer{u"MoveFolder", Kind::Folder, Mode::Move}.run(entry, ctx);
}

} // namespace Kiln
