// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Every module Kiln runs itself, in one registry: what the CLI, the studio and the tests give
// the executor (which adds ExecuteDocument, the one module it runs itself).
#pragma once

#include "process/actionregistry.h"

#include <memory>

namespace Kiln {

void registerStandardActions(ActionRegistry &registry);
// A registry filled by registerStandardActions(), built once and shared (it is read-only).
std::shared_ptr<const ActionRegistry> standardActions();

} // namespace Kiln
