// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Every `{{ … }}` reference in the scalars under a YAML node, each with the
// scalar that holds it: the one walk the validator, the language server and the
// executor share.
#pragma once

#include "document/yamlnode.h"
#include "expr/reference.h"

namespace Kiln {

// Calls visit(const YamlNode &scalar, const Reference &ref) in document order.
template <typename Visit> void forEachReference(const YamlNode &node, Visit &&visit)
{
    if (node.isScalar() && node.text.contains(u"{{")) {
        for (const Reference &ref : parseReferences(node.text))
            visit(node, ref);
    }
    for (const YamlNode &item : node.items)
        forEachReference(item, visit);
    for (const YamlEntry &entry : node.entries)
        forEachReference(entry.value, visit);
}

} // namespace Kiln
