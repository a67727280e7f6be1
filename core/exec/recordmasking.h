// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Copies of run records as they may be shown or written, with every secret of
// the run masked. The executor keeps the real values (the next step gets them
// through chaining, a resumed run through the state file); what leaves it for a
// person or a file is masked here. Inputs and outputs are masked value by value:
// a report encodes them as JSON text, in which a secret holding `"` or `\`
// would appear escaped and no longer be found.
#pragma once

#include "exec/runrecord.h"

namespace Kiln {

class SecretMasker;

StepRecord masked(const StepRecord &step, const SecretMasker &secrets);
PhaseRecord masked(const PhaseRecord &phase, const SecretMasker &secrets);
DocumentRecord masked(const DocumentRecord &document, const SecretMasker &secrets);
ExecutionRecord masked(const ExecutionRecord &record, const SecretMasker &secrets);

} // namespace Kiln
