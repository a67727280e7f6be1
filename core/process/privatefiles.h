// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Run folders (TOE_*), everything Kiln writes in them, and the state file hold
// what a run did and are readable by their owner only: folders 0700, files
// 0600, further restricted by the umask (a umask of 0277 gives 0500/0400; a
// usual one such as 022 or 002 changes nothing). Folders are created private,
// so nothing in them is reachable by others even before a file's mode is set.
#pragma once

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace Kiln::PrivateFiles {

// mkdir -p: the folders it creates are private; existing ones are left as they are.
bool makeFolder(const QString &path);
// Makes an existing file or folder private (chmod, minus the umask).
void restrict(const QString &path);
// The same for an open file, e.g. a QSaveFile before its commit: the file is
// private before it gets its name.
void restrict(QFileDevice &file);
// Creates or replaces `path` with `bytes`, private; the folder must exist.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace Kiln::PrivateFiles
