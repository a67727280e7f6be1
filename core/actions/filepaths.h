// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Internal: what the file-system modules share on top of pathbasics.h — selecting the paths a
// module acts on (wildcards included), refusing protected folders, and the destination naming
// rule of the copy and move modules.
#pragma once

#include "actions/filemodulecall.h"
#include "actions/pathbasics.h"
#include "actions/protectedfolders.h"

#include <functional>

namespace Kiln::FileOps {

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

// Where `path` (absolute, existing) really is in the running module's target, every link
// followed: a link to '/' in another root stays in that root.
QString realPath(const QString &path);

// How a destination is resolved: one ending in a separator is a folder the sources go into, so a
// link there is entered (FinalLink::Follow); otherwise it names the target itself.
FinalLink destinationLink(const QString &rawDestination);

// Destination naming rule: a destination ending in a separator is a folder that receives the
// source under its own name; otherwise the destination is the target's full path.
QString targetFor(const QString &rawDestination, const QString &resolvedDestination,
                  const QString &source);

} // namespace Kiln::FileOps
