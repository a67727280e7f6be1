// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/pathresolution.h"

#include "process/target.h"

#include <QFile>
#include <QStringList>
#include <algorithm>
#include <cerrno>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Kiln::FileOps {

namespace {

constexpr int kMaxLinks = 40; // Linux's MAXSYMLINKS: one more and the kernel says ELOOP

enum class Lookup { FileSystem, TextOnly };

QStringList componentsOf(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

QString hostPathOf(const QString &root, const QStringList &components)
{
    return Kiln::hostPathUnder(root, u'/' + components.join(u'/'));
}

struct LinkRead
{
    bool isLink = false;
    QString target;
    QString error;
};

// Whether the entry at `hostPath` is a symbolic link, and where it points. An entry that
// cannot be looked at (missing, no search permission) is taken as written: the module's own
// system calls meet the same wall.
LinkRead readLinkAt(const QString &hostPath)
{
    const QByteArray native = QFile::encodeName(hostPath);
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0 || !S_ISLNK(st.st_mode))
        return {};
    // st_size is 0 for some links in /proc: grow the buffer until the target fits.
    std::vector<char> buffer(std::max<size_t>(size_t(st.st_size) + 1, 256));
    for (;;) {
        const ssize_t n = ::readlink(native.constData(), buffer.data(), buffer.size());
        if (n < 0)
            return {true,
                    {},
                    u"cannot read the symbolic link '%1': %2"_s.arg(
                        hostPath, QString::fromStdString(std::generic_category().message(errno)))};
        if (size_t(n) < buffer.size())
            return {true, QFile::decodeName(QByteArray(buffer.data(), n)), {}};
        buffer.resize(buffer.size() * 2);
    }
}

ResolvedPath walk(const QString &path, const QString &workingDirectory, FinalLink finalLink,
                  const QString &root, Lookup lookup)
{
    QStringList pending = componentsOf(path);
    if (!path.startsWith(u'/'))
        pending = componentsOf(workingDirectory) + pending;
    QStringList reached; // the folders walked into below the root; none of them is a link
    int links = 0;
    while (!pending.isEmpty()) {
        const QString name = pending.takeFirst();
        if (name == u"."_s)
            continue;
        if (name == u".."_s) {
            // `reached` holds no links, so its parent is the real parent; at the root, '..'
            // is the root itself (as the kernel has it for '/..').
            if (!reached.isEmpty())
                reached.removeLast();
            continue;
        }
        const bool follow = !pending.isEmpty() || finalLink == FinalLink::Follow;
        if (lookup == Lookup::FileSystem && follow) {
            const LinkRead link = readLinkAt(hostPathOf(root, reached + QStringList{name}));
            if (!link.error.isEmpty())
                return {{}, link.error};
            if (link.isLink) {
                if (++links > kMaxLinks)
                    return {{},
                            u"too many levels of symbolic links in '%1' (a loop of links?)"_s.arg(
                                path)};
                // A relative target continues from the link's folder, an absolute one from
                // the root.
                if (link.target.startsWith(u'/'))
                    reached.clear();
                pending = componentsOf(link.target) + pending;
                continue;
            }
        }
        reached.append(name);
    }
    return {u'/' + reached.join(u'/'), {}};
}

} // namespace

ResolvedPath resolvePath(const QString &path, const QString &workingDirectory, FinalLink finalLink,
                         const QString &root)
{
    return walk(path, workingDirectory, finalLink, root, Lookup::FileSystem);
}

QString resolveLexically(const QString &path, const QString &workingDirectory)
{
    return walk(path, workingDirectory, FinalLink::Keep, QStringLiteral("/"), Lookup::TextOnly)
        .path;
}

bool isAsWritten(const QString &written, const QString &resolved)
{
    QString text = written;
    while (text.size() > 1 && text.endsWith(u'/'))
        text.chop(1);
    return text == resolved;
}

} // namespace Kiln::FileOps
