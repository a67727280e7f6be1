// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/filetree.h"

#include <QFile>
#include <QRandomGenerator>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Kiln::FileOps {

Status makeFolders(const QString &folder)
{
    const PathInfo info = statPath(folder);
    if (info.isDir)
        return Status::ok();
    if (info.exists || lstatPath(folder).exists)
        return Status::failed(u"'%1' exists and is not a folder"_s.arg(folder));
    if (folder != u"/"_s) {
        if (Status s = makeFolders(parentOf(folder)); !s.isOk())
            return s;
    }
    if (::mkdir(nativePath(folder).constData(), 0777) != 0 && errno != EEXIST)
        return Status::failed(u"cannot create folder '%1': %2"_s.arg(folder, errnoText(errno)));
    return Status::ok();
}

Status readWholeFile(const QString &path, QByteArray *bytes)
{
    QFile file(hostPathOf(path));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failed(u"cannot read '%1': %2"_s.arg(path, file.errorString()));
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Status::failed(u"cannot read '%1': %2"_s.arg(path, file.errorString()));
    return Status::ok();
}

namespace {

// A temporary file next to its final name; unlinked unless commit() renamed it into place.
class StagedFile
{
public:
    explicit StagedFile(const QString &target) : m_target(target)
    {
        m_path =
            nativePath(joinPath(parentOf(target), u"."_s + fileNameOf(target))) + ".kiln-XXXXXX";
        m_fd = ::mkstemp(m_path.data());
        if (m_fd < 0)
            m_error = errno;
    }
    ~StagedFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_committed && m_error == 0)
            ::unlink(m_path.constData());
    }
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    Status openStatus() const
    {
        if (m_fd >= 0)
            return Status::ok();
        return Status::failed(
            u"cannot create a file in '%1': %2"_s.arg(parentOf(m_target), errnoText(m_error)));
    }
    Status write(const char *data, qsizetype size)
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return Status::failed(u"cannot write '%1': %2"_s.arg(m_target, errnoText(errno)));
            data += n;
            size -= n;
        }
        return Status::ok();
    }
    Status commit(mode_t mode, uid_t uid, gid_t gid)
    {
        // Owner before mode: chown clears set-user-ID bits.
        if ((uid != uid_t(-1) || gid != gid_t(-1)) && ::fchown(m_fd, uid, gid) != 0)
            return Status::failed(
                u"cannot set the owner of '%1': %2"_s.arg(m_target, errnoText(errno)));
        if (::fchmod(m_fd, mode & 07777) != 0)
            return Status::failed(
                u"cannot set permissions on '%1': %2"_s.arg(m_target, errnoText(errno)));
        if (::close(m_fd) != 0) {
            m_fd = -1;
            return Status::failed(u"cannot write '%1': %2"_s.arg(m_target, errnoText(errno)));
        }
        m_fd = -1;
        if (::rename(m_path.constData(), nativePath(m_target).constData()) != 0)
            return Status::failed(u"cannot write '%1': %2"_s.arg(m_target, errnoText(errno)));
        m_committed = true;
        return Status::ok();
    }

private:
    QString m_target;
    QByteArray m_path;
    int m_fd = -1;
    int m_error = 0;
    bool m_committed = false;
};

} // namespace

Status writeFileAtomically(const QString &target, const QByteArray &bytes, mode_t mode, uid_t uid,
                           gid_t gid)
{
    StagedFile staged(target);
    if (Status s = staged.openStatus(); !s.isOk())
        return s;
    if (Status s = staged.write(bytes.constData(), bytes.size()); !s.isOk())
        return s;
    return staged.commit(mode, uid, gid);
}

Status copyFileTo(const QString &source, const QString &target, const FileOperationContext &ctx)
{
    // O_NONBLOCK so a FIFO cannot block the open; fstat then rejects it.
    const int in = ::open(nativePath(source).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (in < 0)
        return Status::failed(u"cannot read '%1': %2"_s.arg(source, errnoText(errno)));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{in};
    struct stat st = {};
    if (::fstat(in, &st) != 0 || !S_ISREG(st.st_mode))
        return Status::failed(u"'%1' is not a regular file"_s.arg(source));

    StagedFile staged(target);
    if (Status s = staged.openStatus(); !s.isOk())
        return s;
    std::vector<char> buffer(1 << 20);
    for (;;) {
        if (ctx.isCancelled())
            return Status::cancelled();
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Status::failed(u"cannot read '%1': %2"_s.arg(source, errnoText(errno)));
        if (n == 0)
            break;
        if (Status s = staged.write(buffer.data(), n); !s.isOk())
            return s;
    }
    // The copy keeps the source's permission bits (like QFile::copy), not its owner.
    return staged.commit(st.st_mode, uid_t(-1), gid_t(-1));
}

static Status readLink(const QString &path, QByteArray *text)
{
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n =
        ::readlink(nativePath(path).constData(), buffer.data(), size_t(buffer.size()));
    if (n < 0)
        return Status::failed(u"cannot read link '%1': %2"_s.arg(path, errnoText(errno)));
    *text = buffer.left(n);
    return Status::ok();
}

Status copyEntry(const QString &source, const QString &target, const FileOperationContext &ctx)
{
    if (ctx.isCancelled())
        return Status::cancelled();
    const PathInfo info = lstatPath(source);
    if (info.isLink) {
        QByteArray linkText;
        if (Status s = readLink(source, &linkText); !s.isOk())
            return s;
        if (::symlink(linkText.constData(), nativePath(target).constData()) != 0)
            return Status::failed(u"cannot create link '%1': %2"_s.arg(target, errnoText(errno)));
        return Status::ok();
    }
    if (info.isDir)
        return copyTree(source, target, ctx);
    if (info.isFile)
        return copyFileTo(source, target, ctx);
    if (!info.exists)
        return Status::failed(u"'%1' does not exist"_s.arg(source));
    return Status::failed(
        u"cannot copy '%1': it is not a regular file, folder or symbolic link"_s.arg(source));
}

Status copyTree(const QString &source, const QString &target, const FileOperationContext &ctx)
{
    if (ctx.isCancelled())
        return Status::cancelled();
    const PathInfo info = statPath(source);
    // Owner-only while filling it; the source's mode is applied once the contents are in.
    if (::mkdir(nativePath(target).constData(), 0700) != 0)
        return Status::failed(u"cannot create folder '%1': %2"_s.arg(target, errnoText(errno)));
    QStringList names;
    if (Status s = listChildren(source, &names); !s.isOk())
        return s;
    for (const QString &name : std::as_const(names)) {
        if (Status s = copyEntry(joinPath(source, name), joinPath(target, name), ctx); !s.isOk())
            return s;
    }
    if (::chmod(nativePath(target).constData(), info.st.st_mode & 07777) != 0)
        return Status::failed(
            u"cannot set permissions on '%1': %2"_s.arg(target, errnoText(errno)));
    return Status::ok();
}

Status removeTree(const QString &path, const FileOperationContext &ctx)
{
    if (ctx.isCancelled())
        return Status::cancelled();
    const PathInfo info = lstatPath(path);
    if (info.isDir) {
        QStringList names;
        if (Status s = listChildren(path, &names); !s.isOk())
            return s;
        for (const QString &name : std::as_const(names)) {
            if (Status s = removeTree(joinPath(path, name), ctx); !s.isOk())
                return s;
        }
        if (::rmdir(nativePath(path).constData()) != 0)
            return Status::failed(u"cannot delete folder '%1': %2"_s.arg(path, errnoText(errno)));
        return Status::ok();
    }
    if (::unlink(nativePath(path).constData()) != 0 && errno != ENOENT)
        return Status::failed(u"cannot delete '%1': %2"_s.arg(path, errnoText(errno)));
    return Status::ok();
}

Status walkTree(const QString &root, const FileOperationContext &ctx,
                const std::function<Status(const QString &path, const PathInfo &info)> &visit)
{
    if (ctx.isCancelled())
        return Status::cancelled();
    const PathInfo info = lstatPath(root);
    if (Status s = visit(root, info); !s.isOk())
        return s;
    if (!info.isDir)
        return Status::ok();
    QStringList names;
    if (Status s = listChildren(root, &names); !s.isOk())
        return s;
    for (const QString &name : std::as_const(names)) {
        if (Status s = walkTree(joinPath(root, name), ctx, visit); !s.isOk())
            return s;
    }
    return Status::ok();
}

QString stagingPathFor(const QString &path)
{
    for (;;) {
        const QString candidate = joinPath(
            parentOf(path), u".%1.kiln-%2"_s.arg(fileNameOf(path))
                                .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0')));
        if (!lstatPath(candidate).exists)
            return candidate;
    }
}

Status renameReplacing(const QString &from, const QString &target, bool *crossDevice)
{
    *crossDevice = false;
    const QByteArray fromName = nativePath(from);
    const QByteArray targetName = nativePath(target);
    // rename(2) replaces a file (or link) atomically; only a folder has to be moved aside.
    if (!lstatPath(target).isDir) {
        if (::rename(fromName.constData(), targetName.constData()) == 0)
            return Status::ok();
        if (errno == EXDEV) {
            *crossDevice = true;
            return Status::ok();
        }
        return Status::failed(
            u"cannot move '%1' to '%2': %3"_s.arg(from, target, errnoText(errno)));
    }
    // Move the old target aside first so a failed rename can put it back untouched.
    const QString aside = stagingPathFor(target);
    if (::rename(targetName.constData(), nativePath(aside).constData()) != 0)
        return Status::failed(u"cannot replace '%1': %2"_s.arg(target, errnoText(errno)));
    if (::rename(fromName.constData(), targetName.constData()) != 0) {
        const int error = errno;
        ::rename(nativePath(aside).constData(), targetName.constData());
        if (error == EXDEV) {
            *crossDevice = true;
            return Status::ok();
        }
        return Status::failed(
            u"cannot move '%1' to '%2': %3"_s.arg(from, target, errnoText(error)));
    }
    // The replacement is done; removing the old copy must not be cancelled half-way.
    if (Status s = removeTree(aside, FileOperationContext{}); !s.isOk())
        return Status::failed(u"replaced '%1', but the old version could not be deleted and was "
                              u"kept as '%2': %3"_s.arg(target, aside, s.message));
    return Status::ok();
}

} // namespace Kiln::FileOps
