// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "process/privatefiles.h"

#include "process/umask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::PrivateFiles {
namespace {

constexpr mode_t FolderMode = 0700;
constexpr mode_t FileMode = 0600;

mode_t allowed(mode_t mode)
{
    return mode & ~currentUmask();
}

} // namespace

bool makeFolder(const QString &path)
{
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute && !makeFolder(parent))
        return false;
    // mkdir's mode is reduced by the umask, as the header promises.
    return ::mkdir(QFile::encodeName(absolute).constData(), FolderMode) == 0 || errno == EEXIST;
}

void restrict(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return;
    const mode_t mode = allowed(S_ISDIR(st.st_mode) ? FolderMode : FileMode);
    if ((st.st_mode & 07777) != mode)
        ::chmod(native.constData(), mode);
}

void restrict(QFileDevice &file)
{
    if (file.handle() >= 0)
        ::fchmod(file.handle(), allowed(FileMode));
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, FileMode);
    if (fd < 0) {
        *error = u"cannot write %1: %2"_s.arg(path, qt_error_string(errno));
        return false;
    }
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    restrict(file); // an existing file keeps its mode through O_TRUNC
    file.close();
    return true;
}

} // namespace Kiln::PrivateFiles
