// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Input checks for one step, driven by the action catalogue: the shape of
// `inputs` (mapping or list of mappings), unknown and missing inputs, value
// types, allowed values and per-platform inputs. Only the few rules the
// catalogue cannot hold as data (exactly-one-of, file suffixes) are code, and
// even those read their parameters from the catalogue entry.
#pragma once

#include "schema/actioncatalogue.h"

namespace Kiln {

class Reporter;
struct Step;

// `platform` is the single platform validated for (one Platform bit).
void checkStepInputs(const Step &step, const ActionSpec &action, Platforms platform,
                     Reporter &reporter);

} // namespace Kiln
