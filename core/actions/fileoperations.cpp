// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/fileoperations.h"

#include "actions/filemodules.h"
#include "actions/filepaths.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

struct Entry
{
    QStringView name;
    FileOperation run;
};

// Sorted by name so fileOperationNames() needs no sort.
const Entry kOperations[] = {
    {u"AppendFile", &appendFile},
    {u"CopyFile", &copyFile},
    {u"CopyFolder", &copyFolder},
    {u"CreateFile", &createFile},
    {u"CreateFolder", &createFolder},
    {u"CreateSymlink", &createSymlink},
    {u"DeleteFile", &deleteFile},
    {u"DeleteFolder", &deleteFolder},
    {u"ListFiles", &listFiles},
    {u"MoveFile", &moveFile},
    {u"MoveFolder", &moveFolder},
    {u"ReadFile", &readFile},
    {u"SetFileEncoding", &setFileEncoding},
    {u"SetFileOwner", &setFileOwner},
    {u"SetFilePermissions", &setFilePermissions},
    {u"SetFolderOwner", &setFolderOwner},
    {u"SetFolderPermissions", &setFolderPermissions},
};

void mergeOutputs(QJsonObject &merged, const QJsonObject &outputs)
{
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        const QString key = it.key();
        const QString value = it.value().toString();
        if (!merged.contains(key)) {
            merged.insert(key, value);
        } else if (key == "files"_L1) {
            const QString before = merged.value(key).toString();
            if (before.isEmpty())
                merged.insert(key, value);
            else if (!value.isEmpty())
                merged.insert(key, before + u',' + value);
        } else {
            merged.insert(key, merged.value(key).toString() + value);
        }
    }
}

} // namespace

FileOperationResult FileOperationResult::failure(const QString &error)
{
    FileOperationResult result;
    result.ok = false;
    result.error = error;
    return result;
}

FileOperationResult FileOperationResult::cancellation(QStringView action)
{
    FileOperationResult result = failure(action.toString() + u": cancelled"_s);
    result.cancelled = true;
    return result;
}

FileOperation findFileOperation(QStringView action)
{
    const auto it = std::find_if(std::begin(kOperations), std::end(kOperations),
                                 [action](const Entry &e) { return e.name == action; });
    return it == std::end(kOperations) ? nullptr : it->run;
}

QStringList fileOperationNames()
{
    QStringList names;
    for (const Entry &e : kOperations)
        names.append(e.name.toString());
    return names;
}

QStringList resolvedPathNotes(QStringView action, const QJsonObject &entry,
                              const QString &workingDirectory)
{
    QStringList notes;
    if (!findFileOperation(action))
        return notes;
    for (const QString &key : {u"path"_s, u"source"_s, u"destination"_s}) {
        const QString written = entry.value(key).toString();
        if (written.isEmpty() || (key == u"path"_s && action == u"CreateSymlink"))
            continue;
        const FileOps::ResolvedPath resolved = FileOps::resolvePath(
            written, workingDirectory,
            key == u"destination"_s ? FileOps::destinationLink(written) : FileOps::FinalLink::Keep);
        if (!resolved.ok())
            notes.append(u"%1 '%2' cannot be resolved: %3"_s.arg(key, written, resolved.error));
        else if (!FileOps::isAsWritten(written, resolved.path))
            notes.append(u"%1 '%2' resolves to '%3'"_s.arg(key, written, resolved.path));
    }
    return notes;
}

FileOperationResult runFileModule(QStringView action, const QJsonArray &entries,
                                  const FileOperationContext &ctx)
{
    const FileOperation run = findFileOperation(action);
    if (!run)
        return FileOperationResult::failure(
            u"'%1' is not a file-system action module"_s.arg(action));
    if (entries.isEmpty())
        return FileOperationResult::failure(
            u"%1: inputs must be a list with at least one entry"_s.arg(action));
    const FileOps::TargetScope scope(ctx.target);

    FileOperationResult total;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (ctx.isCancelled())
            return FileOperationResult::cancellation(action);
        const QJsonValue value = entries.at(i);
        FileOperationResult one =
            value.isObject()
                ? run(value.toObject(), ctx)
                : FileOperationResult::failure(
                      u"%1: each inputs entry must be a mapping of input names to values"_s.arg(
                          action));
        total.log += one.log;
        if (!one.ok) {
            total.ok = false;
            total.cancelled = one.cancelled;
            total.error = one.error;
            if (entries.size() > 1 && !one.cancelled)
                total.error += u" (inputs entry %1 of %2)"_s.arg(i + 1).arg(entries.size());
            return total;
        }
        mergeOutputs(total.outputs, one.outputs);
    }
    return total;
}

} // namespace Kiln
