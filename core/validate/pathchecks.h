// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// K3026: a literal path that a file module would refuse at run time because it is '/' or a
// protected system folder (actions/protectedfolders.h, the list the modules use), also when it
// only gets there through '..' ('/usr/..' and '/tmp/../..' are '/'). Only absolute literal
// paths are judged: a relative path depends on the folder kiln runs in, a {{ }} reference on
// the run, and links on the machine, so those are left to the modules' own guard.
#pragma once

#include "schema/actioncatalogue.h"

namespace Kiln {

class Reporter;
struct Step;

// `platform` is the single platform validated for; Windows paths are not judged.
void checkProtectedPaths(const Step &step, const ActionSpec &action, Platforms platform,
                         Reporter &reporter);

} // namespace Kiln
