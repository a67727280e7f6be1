// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The tabs of the last session (saved files only, in tab order, and the one
// in front), kept in QSettings so the studio reopens where the user left.
#pragma once

#include <QStringList>

namespace Kiln {

struct StudioSession
{
    QStringList files;
    int current = 0; // index into files

    static StudioSession load();
    void save() const;
};

} // namespace Kiln
