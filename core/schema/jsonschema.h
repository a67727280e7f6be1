// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The JSON Schema (draft-07) of a component document, generated from the action
// catalogue so that it never drifts from the validator. Editors use it for
// completion and hover text (VS Code's YAML extension: `# yaml-language-server:
// $schema=...`), CI can check documents with any JSON Schema validator. It is
// platform-neutral (per-platform rules are the validator's job) and describes
// shape only: `{{ }}` references are accepted wherever a string could stand.
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Kiln {

QJsonObject componentJsonSchema();
QByteArray componentJsonSchemaText(); // indented JSON, ends with a newline

} // namespace Kiln
