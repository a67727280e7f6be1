// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A unified diff ("diff -u" format) between two texts, for `kiln validate
// --diff`: shows what --fix would change before anything is written.
#pragma once

#include <QString>

namespace Kiln {

// Empty when the texts are equal. `context` lines surround each change; the
// headers name the files as `--- oldName` / `+++ newName`. A text without a
// final line break gets the "\ No newline at end of file" marker, as diff does.
QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context = 3);

} // namespace Kiln
