// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The generated component documents the benchmarks share: N steps with varied
// actions, parameters, chaining, loops, conditions and block scalars, in the
// proportions of the corpus, valid on Linux (no errors), so a benchmark makes
// the validator and the studio do their full work.
#pragma once

#include <QByteArray>

namespace Kiln::Bench {

QByteArray generateDocument(int steps);

} // namespace Kiln::Bench
