// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Internal: where a path written in a document really leads. resolvePath() walks the path the
// way the kernel does — component by component, '..' to the parent of the folder reached so
// far and never above the root, symbolic links replaced by their targets — instead of editing
// the text like QDir::cleanPath, which keeps a leading '/..' and reads 'link/..' as the folder
// that holds the link. The file modules act on the path it returns, so what their guards check
// is exactly what they act on.
//
// `root` confines the walk like openat2's RESOLVE_IN_ROOT: '..' stops at it and an absolute
// link target starts again at it, so a link to '/' inside the root stays inside. Paths in and
// out are as seen from inside the root (the host path of a result is hostPathUnder(root, result),
// process/target.h).
#pragma once

#include <QString>

namespace Kiln::FileOps {

// Whether the last component is followed when it is a symbolic link. Every other component
// is always followed, as the kernel does.
enum class FinalLink {
    Keep,   // the entry itself, as lstat, unlink, rename and rmdir see it
    Follow, // what it leads to, as stat, open, chown and chmod see it
};

struct ResolvedPath
{
    QString path;  // absolute and clean (no '.', '..', '//' or trailing '/'); empty on error
    QString error; // why there is no path: a loop of links (ELOOP after 40 links, like Linux)
    bool ok() const { return error.isEmpty(); }
};

// A relative `path` starts at `workingDirectory` (absolute, inside the root). Components that do
// not exist are taken as written, so the result of a path still to be created is its clean
// text. A trailing '/' does not force following the last link: the modules read 'x/' as 'x'
// and give the '/' its own meaning (the destination naming rule).
ResolvedPath resolvePath(const QString &path, const QString &workingDirectory,
                         FinalLink finalLink = FinalLink::Keep,
                         const QString &root = QStringLiteral("/"));

// The same walk without looking at the file system (every component taken as written): what
// can be said of a path before it runs, as `kiln validate` does. Equals resolvePath() when no
// component is a symbolic link.
QString resolveLexically(const QString &path,
                         const QString &workingDirectory = QStringLiteral("/"));

// Whether `resolved` is `written` as it stands (a trailing '/' aside): messages then show one
// path, else both, so '/usr/..' is never shown as just '/'.
bool isAsWritten(const QString &written, const QString &resolved);

} // namespace Kiln::FileOps
