// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Internal: the POSIX building blocks of the file-system modules — mkdir -p, whole-file reads,
// atomic writes through a staged sibling file, copies of files and trees, rm -rf and a tree walk
// that honour the cancel flag, and rename-replacing with a cross-device signal.
#pragma once

#include "actions/filemodulecall.h"
#include "actions/filepaths.h"

#include <functional>

namespace Kiln::FileOps {

Status makeFolders(const QString &folder);                    // mkdir -p, 0777 & ~umask
Status readWholeFile(const QString &path, QByteArray *bytes); // follows links
// Writes `bytes` to a temporary file next to `target` and renames it over `target`, so a
// failure never leaves a half-written target. `mode`/`uid`/`gid` are applied to the new file.
Status writeFileAtomically(const QString &target, const QByteArray &bytes, mode_t mode,
                           uid_t uid = uid_t(-1), gid_t gid = gid_t(-1));
// Copies a file's bytes and permission bits to `target` (atomically, as above); checks the
// cancel flag between chunks.
Status copyFileTo(const QString &source, const QString &target, const FileOperationContext &ctx);
// Copies a folder tree to `target` (which must not exist); links are recreated as links,
// never followed. Checks the cancel flag before each entry.
Status copyTree(const QString &source, const QString &target, const FileOperationContext &ctx);
// Copies one entry of any kind: a link as a link, a folder as a tree, a file with copyFileTo().
Status copyEntry(const QString &source, const QString &target, const FileOperationContext &ctx);
// rm -rf without following links; checks the cancel flag before each entry.
Status removeTree(const QString &path, const FileOperationContext &ctx);
// Pre-order walk of `root` and everything below it (links are visited, never followed).
Status walkTree(const QString &root, const FileOperationContext &ctx,
                const std::function<Status(const QString &path, const PathInfo &info)> &visit);
// Renames `from` to `target`, replacing it. An existing file is replaced atomically by rename(2);
// an existing folder is moved aside first, restored if the rename fails, else removed. Returns
// EXDEV in *crossDevice (without failing) so the caller can fall back to copying.
Status renameReplacing(const QString &from, const QString &target, bool *crossDevice);
// A unique sibling name for staging next to `path` (not created).
QString stagingPathFor(const QString &path);

} // namespace Kiln::FileOps
