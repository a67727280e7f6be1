// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Turns document text into a YamlNode tree with code-point columns, or into
// diagnostics that say where and why the YAML is broken. Untrusted input is the
// normal case here (editors feed half-typed text on every keystroke), so every
// resource is bounded: input size, nesting depth (yaml-cpp's own guard) and the
// number of nodes after alias expansion ("billion laughs").
#pragma once

#include "diagnostics/diagnostic.h"
#include "document/yamlnode.h"

#include <QByteArray>
#include <optional>

namespace Kiln {

struct YamlLimits
{
    qsizetype maxBytes = 16 * 1024 * 1024; // a component inline in Image Builder is <= 64 KB
    qsizetype maxNodes = 2'000'000;        // after alias expansion
    // Nodes that aliases may add. Real documents use few aliases, if any; a small
    // bound stops a "billion laughs" after a few MB instead of hundreds.
    qsizetype maxAliasNodes = 100'000;
};

struct YamlParseResult
{
    std::optional<YamlNode> root; // empty when the text is not usable YAML
    Diagnostics diagnostics;
};

// `fileName` only labels diagnostics. Accepts UTF-8 (with or without BOM) and
// UTF-16/32 with a BOM, as Windows editors write them.
YamlParseResult parseYaml(const QByteArray &bytes, const QString &fileName,
                          const YamlLimits &limits = {});

} // namespace Kiln
