// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// How far a misspelled name is from a known one, for the "did you mean" hints of the
// validator and the expression checks.
#pragma once

#include <QStringView>

namespace Kiln {

// Levenshtein distance, ignoring case (case-folded comparison).
int editDistance(QStringView a, QStringView b);

} // namespace Kiln
