// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The file-system action modules (AppendFile ... SetFolderPermissions, AWSTOE spec 5.3) as
// plain synchronous functions over QtCore and POSIX. Each module is list-shaped: one call of a
// FileOperation handles one entry of the step's `inputs` list, already variable-substituted.
// runFileModule() runs a whole list in order and is what the executor wraps into its
// asynchronous action interface (typically on a worker thread, with the cancel flag shared).
//
// Input types: strings as JSON strings (numbers are accepted and used as their text), booleans
// as JSON bools or the strings "true"/"false" (any case), permissions as the raw octal text
// ("0755", "766"), owner/group as names or numeric ids. Relative paths resolve against
// FileOperationContext::workingDirectory (the process's current directory when empty).
// Unknown input keys and wrongly typed values are errors, so a typo never silently does nothing.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <atomic>

namespace Kiln {

class Target;

struct FileOperationContext
{
    QString workingDirectory;                    // relative paths resolve here (in the target)
    const std::atomic_bool *cancelled = nullptr; // polled between items of long operations
    const Target *target = nullptr;              // where the paths are; null: this machine

    bool isCancelled() const { return cancelled && cancelled->load(); }
};

struct FileOperationResult
{
    bool ok = true;
    bool cancelled = false; // stopped because FileOperationContext::cancelled was set (ok is false)
    QString error;       // one sentence naming the module: "CopyFile: source '/x' does not exist"
    QJsonObject outputs; // ListFiles {"files": "a,b"}, ReadFile {"content": "..."}; else empty
    QStringList log;     // lines for the step's console.log, in order

    static FileOperationResult failure(const QString &error);
    static FileOperationResult cancellation(QStringView action);
};

// One entry of a list-shaped module's inputs.
using FileOperation = FileOperationResult (*)(const QJsonObject &entry,
                                              const FileOperationContext &ctx);

// The implementation of a file-system module, by its exact (case-sensitive) AWSTOE name;
// nullptr for any other module.
FileOperation findFileOperation(QStringView action);

// The 17 module names findFileOperation() knows, sorted.
QStringList fileOperationNames();

// For a dry run: where the path inputs (path, source, destination) of one entry lead, resolved
// as the module will resolve them (relative to `workingDirectory`, '..' never above '/', links
// followed; see actions/pathresolution.h). One note such as "path '/usr/..' resolves to '/'"
// per input whose resolved path differs from what is written; empty for other modules.
QStringList resolvedPathNotes(QStringView action, const QJsonObject &entry,
                              const QString &workingDirectory);

// Runs every entry in order and stops at the first failure (the error then names the entry
// when there are several). Log lines are concatenated. Outputs are merged so that a step's
// outputs describe all its entries:
//  - ListFiles `files`: the lists of all entries joined with "," (still one comma-separated list);
//  - ReadFile `content`: the contents concatenated in entry order, like `cat a b`;
// an entry that yields no outputs leaves the merged ones untouched. A non-object entry or an
// empty list is an error; an unknown action is an error too.
FileOperationResult runFileModule(QStringView action, const QJsonArray &entries,
                                  const FileOperationContext &ctx);

} // namespace Kiln
