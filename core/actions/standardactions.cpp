// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actions/standardactions.h"

#include "actions/builtinactions.h"
#include "actions/processactions.h"

namespace Kiln {

void registerStandardActions(ActionRegistry &registry)
{
    registerProcessActions(registry);
    registerFileActions(registry);
    registerBuiltinActions(registry);
}

std::shared_ptr<const ActionRegistry> standardActions()
{
    static const std::shared_ptr<const ActionRegistry> registry = [] {
        auto filled = std::make_shared<ActionRegistry>();
        registerStandardActions(*filled);
        return filled;
    }();
    return registry;
}

} // namespace Kiln
