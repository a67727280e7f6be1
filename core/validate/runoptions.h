// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The run-time choices a user passes on the command line (`--parameters
// a=b,c=d`, `--phases build,test`), parsed with AWSTOE's rules (§2.1, §6.2),
// so that `kiln validate` and `kiln run` accept exactly the same syntax.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace Kiln {

using RunParameters = std::vector<std::pair<QString, QString>>; // in the order given

// Splits on ',' then on the first '=' of each item. An item without '=', or
// with an empty name or value, is an error (`--parameters ntp-server=` is
// invalid, §2.1); `error` then says which item. Values cannot contain ','.
std::optional<RunParameters> parseRunParameters(const QString &text, QString *error);

// `build,test` → {"build", "test"}; empty items are dropped.
QStringList parsePhaseList(const QString &text);

} // namespace Kiln
