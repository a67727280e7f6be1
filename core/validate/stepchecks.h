// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Step-level checks: each step is a mapping of known keys with a unique, chainable
// name, a known action available on the target platform, and valid
// timeoutSeconds / onFailure / maxAttempts. The action's inputs are handed to
// inputchecks.h, the paths a file module would refuse to pathchecks.h. Loops, conditions and
// {{ }} references have their own checks.
#pragma once

namespace Kiln {

class Document;
class Reporter;
struct ValidationOptions;

void checkSteps(const Document &document, const ValidationOptions &options, Reporter &reporter);

} // namespace Kiln
