// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Internal: path text and file-system lookups with no module state — joining and splitting
// paths, lstat/stat, listing a folder and matching `*` wildcards. Shared by the file-system
// modules, path resolution and the protected-folder list.
#pragma once

#include "actions/filestatus.h"

#include <QStringList>
#include <sys/stat.h>

namespace Kiln {
class Target;
}

namespace Kiln::FileOps {

// The target of the file module running on this thread (process/target.h): the
// paths below are the target's, and nativePath() is where it is reached on the
// host. A module call sets it for its duration (runFileModule); elsewhere it is
// this machine. Thread-local because the modules run one call at a time on a
// worker thread and every system call they make already goes through
// nativePath(): the target reaches each of them without a parameter in each.
const Target &fileTarget();
class TargetScope
{
public:
    explicit TargetScope(const Target *target); // null: this machine
    ~TargetScope();
    TargetScope(const TargetScope &) = delete;
    TargetScope &operator=(const TargetScope &) = delete;

private:
    const Target *m_previous;
};

// On Linux and macOS only '/' separates components ('\' is a legal file-name character).
bool endsWithSeparator(QStringView rawPath);
QString fileNameOf(const QString &path);
QString parentOf(const QString &path);
QString joinPath(const QString &folder, const QString &name);
// The target's `path` as the host's system calls take it.
QByteArray nativePath(const QString &path);
// The same as text, for Qt's file classes.
QString hostPathOf(const QString &path);
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
