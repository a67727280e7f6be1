// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Turns a step's `inputs` YAML into the JSON that modules consume and
// detailedoutput.json records: always an array (a map-shaped module's inputs
// become one element), each value typed as the action catalogue says
// (booleans as JSON bools, integers as numbers, permissions as their raw text
// such as "0755", lists as arrays, everything else as strings), and optional
// inputs with a documented default filled in.
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace Kiln {

struct YamlNode;

QJsonArray inputsToJson(const QString &action, const YamlNode *inputs);

// The YAML subtree as JSON without catalogue typing (scalars as strings,
// plain true/false as booleans, plain integers as numbers): `loop` records.
QJsonValue yamlToJson(const YamlNode &node);

} // namespace Kiln
