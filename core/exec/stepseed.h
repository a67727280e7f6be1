// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A step's record before it runs, the same whether the step is about to start or is recorded
// as never reached: its identity, its limits (the catalogue's defaults where the document
// sets none) and its onFailure and loop as written.
#pragma once

#include "exec/runrecord.h"

namespace Kiln {

struct Step;

StepRecord seedStepRecord(const Step &step);

} // namespace Kiln
