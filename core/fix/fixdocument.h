// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln validate --fix`: the preferred quick fixes of a whole document, applied
// until none is left (a fix can reveal another: once a misspelt action is
// right, its inputs can be checked).
#pragma once

#include <QByteArray>
#include <QString>

namespace Kiln {

class Validator;

struct FixOutcome
{
    QByteArray text; // the fixed source (the original when nothing applied)
    int applied = 0; // number of fixes made
};

// `validator` decides what is wrong; pass one without script lint, whose
// findings have no fixes. Stops after `maxPasses` rounds.
FixOutcome fixSource(const QByteArray &source, const QString &filePath, const Validator &validator,
                     int maxPasses = 5);

} // namespace Kiln
