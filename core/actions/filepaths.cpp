#include "actions/filepaths.h"

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

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
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

Status select(const ModuleCall &op, const QString &rawPath,
              const std::function<bool(const QString &path)> &keep, Selection *selection)
{
    const QString resolved = op.resolve(rawPath);
    selection->paths.clear();
    selection->wildcard = hasWildcard(rawPath);
    if (!selection->wildcard) {
        selection->paths.append(resolved);
        return Status::ok();
    }
    const QString folder = parentOf(resolved);
    if (hasWildcard(folder))
        return Status::failed(
            u"a '*' wildcard is allowed only in the last path component, not in '%1'"_s.arg(
                rawPath));
    if (!statPath(folder).isDir)
        return Status::failed(u"folder '%1' does not exist"_s.arg(folder));
    QStringList names;
    if (Status s = listChildren(folder, &names); !s.isOk())
        return s;
    const QString pattern = fileNameOf(resolved);
    for (const QString &name : std::as_const(names)) {
        const QString path = joinPath(folder, name);
        if (wildcardMatch(pattern, name) && keep(path))
            selection->paths.append(path);
    }
    return Status::ok();
}

QString targetFor(const QString &rawDestination, const QString &resolvedDestination,
                  const QString &source)
{
    return endsWithSeparator(rawDestination) ? joinPath(resolvedDestination, fileNameOf(source))
                                             : resolvedDestination;
}

} // namespace Kiln::FileOps
