// Internal: path text and file-system lookups shared by the file-system modules — joining and
// splitting paths, lstat/stat, wildcard selection (`*` in the last component only) and the
// destination naming rule of the copy and move modules.
#pragma once

#include "actions/filemodulecall.h"
#include "actions/protectedfolders.h"

#include <functional>
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
struct Selection
{
    QString written;   // the path as the document gave it
    QString resolved;  // resolved (the entry itself); with a wildcard, the folder + the pattern
    QStringList paths; // sorted; `resolved` itself when there is no wildcard
    bool wildcard = false;
};
// The pattern is the last component as written; the folder before it is resolved like any
// folder that is entered. `keep` filters wildcard matches by kind (files or folders); it is not
// applied to a plain path, whose existence and kind the module checks itself to give a precise
// error.
Status select(const ModuleCall &op, const QString &rawPath,
              const std::function<bool(const QString &path)> &keep, Selection *selection);

// Fails when a module would act on a protected folder (see protectedfolders.h). `path` is what
// it acts on (resolved); `action` says what it would do, with %1 for the path ("delete %1",
// "move %1 away"); `written` is the path as the document gave it, shown with what it resolves
// to when the two differ.
Status refuseProtected(const ProtectedFolders &folders, const QString &action,
                       const QString &written, const QString &path);
// The same for a selection: its pattern (so '/*' is refused whatever it matches today), then
// every path it selected.
Status refuseProtected(const ProtectedFolders &folders, const QString &action,
                       const Selection &selection);

// How a destination is resolved: one ending in a separator is a folder the sources go into, so a
// link there is entered (FinalLink::Follow); otherwise it names the target itself.
FinalLink destinationLink(const QString &rawDestination);

// Destination naming rule: a destination ending in a separator is a folder that receives the
// source under its own name; otherwise the destination is the target's full path.
QString targetFor(const QString &rawDestination, const QString &resolvedDestination,
                  const QString &source);

} // namespace Kiln::FileOps
