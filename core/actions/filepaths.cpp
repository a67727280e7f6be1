// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/filepaths.h"

#include "process/target.h"

using namespace Qt::StringLiterals;

namespace Kiln::FileOps {

Status select(const ModuleCall &op, const QString &rawPath,
              const std::function<bool(const QString &path)> &keep, Selection *selection)
{
    selection->written = rawPath;
    selection->paths.clear();
    selection->wildcard = hasWildcard(rawPath);
    if (!selection->wildcard) {
        if (Status s = op.resolve(rawPath, FinalLink::Keep, &selection->resolved); !s.isOk())
            return s;
        selection->paths.append(selection->resolved);
        return Status::ok();
    }
    QString written = rawPath;
    while (written.size() > 1 && endsWithSeparator(written))
        written.chop(1);
    const qsizetype slash = written.lastIndexOf(u'/');
    const QString writtenFolder = slash < 0 ? u"."_s : (slash == 0 ? u"/"_s : written.left(slash));
    const QString pattern = written.mid(slash + 1);
    if (hasWildcard(writtenFolder))
        return Status::failed(
            u"a '*' wildcard is allowed only in the last path component, not in '%1'"_s.arg(
                rawPath));
    QString folder;
    if (Status s = op.resolve(writtenFolder, FinalLink::Follow, &folder); !s.isOk())
        return s;
    selection->resolved = joinPath(folder, pattern);
    if (!statPath(folder).isDir)
        return Status::failed(u"folder '%1' does not exist"_s.arg(folder));
    QStringList names;
    if (Status s = listChildren(folder, &names); !s.isOk())
        return s;
    for (const QString &name : std::as_const(names)) {
        const QString path = joinPath(folder, name);
        if (wildcardMatch(pattern, name) && keep(path))
            selection->paths.append(path);
    }
    return Status::ok();
}

Status refuseProtected(const ProtectedFolders &folders, const QString &action,
                       const QString &written, const QString &path)
{
    const ProtectedMatch match = folders.match(path);
    if (!match)
        return Status::ok();
    const QString shown = isAsWritten(written, path)
                              ? u"'%1'"_s.arg(path)
                              : u"'%1' (resolves to '%2')"_s.arg(written, path);
    QString why;
    switch (match.kind) {
    case ProtectedMatch::Name:
        why = u"it is a protected system folder"_s;
        break;
    case ProtectedMatch::Pattern:
        why =
            u"as a '*' pattern it can select the protected system folder '%1'"_s.arg(match.folder);
        break;
    case ProtectedMatch::Identity:
        why = u"it is the protected system folder '%1' under another name"_s.arg(match.folder);
        break;
    case ProtectedMatch::None:
        break;
    }
    return Status::failed(u"refusing to %1: %2"_s.arg(action.arg(shown), why));
}

Status refuseProtected(const ProtectedFolders &folders, const QString &action,
                       const Selection &selection)
{
    if (Status s = refuseProtected(folders, action, selection.written, selection.resolved);
        !s.isOk() || !selection.wildcard)
        return s;
    for (const QString &path : selection.paths) {
        if (Status s = refuseProtected(folders, action, path, path); !s.isOk())
            return s;
    }
    return Status::ok();
}

QString realPath(const QString &path)
{
    return resolvePath(path, u"/"_s, FinalLink::Follow, fileTarget().root()).path;
}

FinalLink destinationLink(const QString &rawDestination)
{
    return endsWithSeparator(rawDestination) ? FinalLink::Follow : FinalLink::Keep;
}

QString targetFor(const QString &rawDestination, const QString &resolvedDestination,
                  const QString &source)
{
    return endsWithSeparator(rawDestination) ? joinPath(resolvedDestination, fileNameOf(source))
                                             : resolvedDestination;
}

} // namespace Kiln::FileOps
