// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/pathbasics.h"

#include "process/target.h"

#include <QFile>
#include <dirent.h>
#include <system_error>

using namespace Qt::StringLiterals;

namespace Kiln::FileOps {

bool endsWithSeparator(QStringView rawPath)
{
    return rawPath.endsWith(u'/');
}

QString fileNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : path.left(slash);
}

QString joinPath(const QString &folder, const QString &name)
{
    return folder.endsWith(u'/') ? folder + name : folder + u'/' + name;
}

namespace {
thread_local const Target *t_target = nullptr;
}

const Target &fileTarget()
{
    return t_target ? *t_target : *hostTarget();
}

TargetScope::TargetScope(const Target *target) : m_previous(t_target)
{
    t_target = target;
}

TargetScope::~TargetScope()
{
    t_target = m_previous;
}

QString hostPathOf(const QString &path)
{
    return t_target ? t_target->hostPath(path) : path;
}

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(hostPathOf(path));
}

QString errnoText(int error)
{
    return QString::fromStdString(std::generic_category().message(error));
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

static PathInfo infoFrom(int rc, const struct stat &st)
{
    PathInfo info;
    if (rc != 0)
        return info;
    info.exists = true;
    info.isLink = S_ISLNK(st.st_mode);
    info.isDir = S_ISDIR(st.st_mode);
    info.isFile = S_ISREG(st.st_mode);
    info.st = st;
    return info;
}

PathInfo lstatPath(const QString &path)
{
    struct stat st = {};
    const int rc = ::lstat(nativePath(path).constData(), &st);
    return infoFrom(rc, st);
}

PathInfo statPath(const QString &path)
{
    struct stat st = {};
    const int rc = ::stat(nativePath(path).constData(), &st);
    return infoFrom(rc, st);
}

Status listChildren(const QString &folder, QStringList *names)
{
    names->clear();
    DIR *dir = ::opendir(nativePath(folder).constData());
    if (!dir)
        return Status::failed(u"cannot list folder '%1': %2"_s.arg(folder, errnoText(errno)));
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray name(e->d_name);
        if (name != "." && name != "..")
            names->append(QFile::decodeName(name));
    }
    ::closedir(dir);
    names->sort();
    return Status::ok();
}

bool hasWildcard(QStringView rawPath)
{
    return rawPath.contains(u'*');
}

bool wildcardMatch(QStringView pattern, QStringView name)
{
    qsizetype p = 0, n = 0, star = -1, resume = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = n;
        } else if (p < pattern.size() && pattern[p] == name[n]) {
            ++p;
            ++n;
        } else if (star >= 0) {
            p = star + 1;
            n = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace Kiln::FileOps
