// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Modules that write or read a file's text: AppendFile, CreateFile, ReadFile, SetFileEncoding.
#include "actions/fileaccess.h"
#include "actions/filemodulecall.h"
#include "actions/filemodules.h"
#include "actions/filepaths.h"
#include "actions/filetree.h"
#include "actions/textencoding.h"

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln {

using namespace FileOps;

namespace {

Status writeAll(int fd, const QString &path, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Status::failed(u"cannot write '%1': %2"_s.arg(path, errnoText(errno)));
        data += n;
        left -= n;
    }
    return Status::ok();
}

// The file an existing-file module works on: it must exist (links are followed) and not be a
// folder.
Status checkExistingFile(const QString &path)
{
    const PathInfo info = statPath(path);
    if (!info.exists) {
        if (lstatPath(path).isLink)
            return Status::failed(
                u"'%1' is a symbolic link to a file that does not exist"_s.arg(path));
        return Status::failed(u"file '%1' does not exist"_s.arg(path));
    }
    if (info.isDir)
        return Status::failed(u"'%1' is a folder, not a file"_s.arg(path));
    // Opening a FIFO or a device could block forever or never end.
    if (!info.isFile)
        return Status::failed(u"'%1' is not a regular file"_s.arg(path));
    return Status::ok();
}

QString encodingLabel(ModuleCall &op)
{
    return op.string(u"encoding", false, u"utf8"_s);
}

} // namespace

FileOperationResult createFile(const QJsonObject &entry, const FileOperationContext &ctx)
{
    ModuleCall op(
        u"CreateFile", entry, ctx,
        {u"path", u"content", u"encoding", u"owner", u"group", u"permissions", u"overwrite"});
    const QString path = op.path(u"path");
    const QString content = op.string(u"content", false);
    const auto encoding = op.encoding();
    const QString owner = op.string(u"owner", false);
    const QString group = op.string(u"group", false);
    const auto permissions = op.permissions(false);
    const bool overwrite = op.boolean(u"overwrite", true);
    if (!op.inputsOk())
        return op.inputError();
    if (endsWithSeparator(op.rawText(u"path")))
        return op.fail(
            u"path '%1' ends with '/'; give the path of a file"_s.arg(op.rawText(u"path")));

    const bool existed = lstatPath(path).exists;
    if (existed) {
        const PathInfo info = statPath(path);
        if (info.isDir)
            return op.fail(u"'%1' is a folder; CreateFile only creates files"_s.arg(path));
        if (info.exists && !info.isFile)
            return op.fail(u"'%1' exists and is not a regular file"_s.arg(path));
        if (!overwrite)
            return op.fail(u"file '%1' already exists and overwrite is false"_s.arg(path));
    }
    uid_t uid;
    gid_t gid;
    // Without `group` the group is left as created: the spec's default is the current user's.
    if (Status s = resolveOwnership(owner, group, false, &uid, &gid); !s.isOk())
        return op.fail(s.message);
    if (Status s = makeFolders(parentOf(path)); !s.isOk())
        return op.fail(s.message);

    // Opening with O_TRUNC (not write-and-rename) keeps an existing file's inode, owner and mode:
    // the guide says the file is truncated and overwritten.
    const int fd =
        ::open(nativePath(path).constData(),
               O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | (overwrite ? 0 : O_EXCL), 0666);
    if (fd < 0)
        return op.fail(u"cannot create '%1': %2"_s.arg(path, errnoText(errno)));
    Status status = writeAll(fd, path, encodeText(content, *encoding));
    // Owner first: chown clears set-user-ID bits, so the mode must be applied after it.
    if (status.isOk() && (uid != uid_t(-1) || gid != gid_t(-1)) && ::fchown(fd, uid, gid) != 0)
        status =
            Status::failed(u"cannot change the owner of '%1': %2"_s.arg(path, errnoText(errno)));
    // Spec 5.3: the resulting mode is subject to the umask. open() applies it to the default
    // 0666; explicit permissions get it too, as if the file had been created with that mode.
    if (status.isOk() && permissions && ::fchmod(fd, *permissions & ~currentUmask()) != 0)
        status =
            Status::failed(u"cannot set permissions on '%1': %2"_s.arg(path, errnoText(errno)));
    if (::close(fd) != 0 && status.isOk())
        status = Status::failed(u"cannot write '%1': %2"_s.arg(path, errnoText(errno)));
    if (status.isOk())
        op.log(u"%1 file '%2' (%3, %4 characters)"_s
                   .arg(existed ? u"Overwrote"_s : u"Created"_s, path, encodingLabel(op))
                   .arg(content.size()));
    return op.finish(status);
}

FileOperationResult appendFile(const QJsonObject &entry, const FileOperationContext &ctx)
{
    ModuleCall op(u"AppendFile", entry, ctx, {u"path", u"content", u"encoding"});
    const QString path = op.path(u"path");
    const QString content = op.string(u"content", false);
    const auto encoding = op.encoding();
    if (!op.inputsOk())
        return op.inputError();
    if (Status s = checkExistingFile(path); !s.isOk())
        return op.fail(s.message);

    const int fd = ::open(nativePath(path).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0)
        return op.fail(u"cannot open '%1' for writing: %2"_s.arg(path, errnoText(errno)));
    // No byte-order mark: the text continues the file (see encodeText).
    Status status = writeAll(fd, path, encodeText(content, *encoding));
    if (::close(fd) != 0 && status.isOk())
        status = Status::failed(u"cannot write '%1': %2"_s.arg(path, errnoText(errno)));
    if (status.isOk())
        op.log(u"Appended %1 characters (%2) to '%3'"_s.arg(content.size())
                   .arg(encodingLabel(op), path));
    return op.finish(status);
}

FileOperationResult readFile(const QJsonObject &entry, const FileOperationContext &ctx)
{
    ModuleCall op(u"ReadFile", entry, ctx, {u"path", u"encoding", u"printFileContent"});
    const QString path = op.path(u"path");
    const auto encoding = op.encoding();
    const bool print = op.boolean(u"printFileContent", false);
    if (!op.inputsOk())
        return op.inputError();
    if (Status s = checkExistingFile(path); !s.isOk())
        return op.fail(s.message);

    QByteArray bytes;
    if (Status s = readWholeFile(path, &bytes); !s.isOk())
        return op.fail(s.message);
    bool valid = true;
    const QString content = decodeText(bytes, *encoding, &valid);
    // ReadFile does no parsing and AWSTOE hands the bytes through, so bad bytes are a warning
    // (replaced by U+FFFD), not a failure that would break documents that work there.
    if (!valid)
        op.log(u"Warning: '%1' is not valid %2 text; invalid bytes were replaced with U+FFFD"_s.arg(
            path, encodingLabel(op)));
    if (print) {
        QStringList lines = content.split(u'\n');
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        for (QString &line : lines) {
            if (line.endsWith(u'\r')) // CRLF files print as clean lines
                line.chop(1);
            op.log(line);
        }
    }
    op.output(u"content"_s, content);
    return op.done();
}

FileOperationResult setFileEncoding(const QJsonObject &entry, const FileOperationContext &ctx)
{
    ModuleCall op(u"SetFileEncoding", entry, ctx, {u"path", u"encoding"});
    const QString path = op.path(u"path");
    const auto encoding = op.encoding();
    if (!op.inputsOk())
        return op.inputError();
    if (Status s = checkExistingFile(path); !s.isOk())
        return op.fail(s.message);

    QByteArray bytes;
    if (Status s = readWholeFile(path, &bytes); !s.isOk())
        return op.fail(s.message);
    bool valid = true;
    const QString text = decodeText(bytes, QStringConverter::Utf8, &valid);
    // Converting bytes that are not UTF-8 would destroy them; refuse and leave the file as is.
    if (!valid)
        return op.fail(u"'%1' is not valid UTF-8 text (SetFileEncoding converts from UTF-8); the "
                       u"file was left unchanged"_s.arg(path));

    // Rewrite through links (the link stays a link) and keep the file's mode and owner;
    // writing a new file and renaming it means a failure never leaves half a file.
    const QString target = realPath(path);
    const PathInfo info = statPath(target);
    const uid_t uid = info.st.st_uid == ::geteuid() ? uid_t(-1) : info.st.st_uid;
    const gid_t gid = info.st.st_gid == ::getegid() ? gid_t(-1) : info.st.st_gid;
    if (Status s =
            writeFileAtomically(target, encodeText(text, *encoding), info.st.st_mode, uid, gid);
        !s.isOk())
        return op.fail(s.message);
    op.log(u"Converted '%1' from utf8 to %2"_s.arg(path, encodingLabel(op)));
    return op.done();
}

} // namespace Kiln
