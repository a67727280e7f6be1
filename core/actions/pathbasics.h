// Internal: path text and file-system lookups with no module state — joining and splitting
// paths, lstat/stat, listing a folder and matching `*` wildcards. Shared by the file-system
// modules, path resolution and the protected-folder list.
#pragma once

#include "actions/filestatus.h"

#include <QStringList>
#include <sys/stat.h>

namespace Kiln::FileOps {

// On Linux and macOS only '/' separates components ('\' is a legal file-name character).
bool endsWithSeparator(QStringView rawPath);
QString fileNameOf(const QString &path);
QString parentOf(const QString &path);
QString joinPath(const QString &folder, const QString &name);
QByteArray nativePath(const QString &path);
QString errnoText(int error);
bool isInside(const QString &path, const QString &folder); // path == folder or below it

struct PathInfo
{
    bool exists = false; // the entry itself exists (a dangling link exists)
    bool isLink = false;
    bool isDir = false;  // a real folder, not a link to one
    bool isFile = false; // a regular file, not a link to one
    struct stat st = {};
};
PathInfo lstatPath(const QString &path);
PathInfo statPath(const QString &path); // follows links; exists is false for a dangling link

Status listChildren(const QString &folder, QStringList *names); // sorted, hidden ones included

// Wildcards: `*` (any run of characters, dot files included) in the last component only.
bool hasWildcard(QStringView rawPath);
bool wildcardMatch(QStringView pattern, QStringView name);

} // namespace Kiln::FileOps
