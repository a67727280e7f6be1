// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The change report of a sandboxed run: changes.json in the run folder, the
// summary at the end of `kiln run`, and `kiln changes RUN_FOLDER` (which reads
// the JSON back and prints the same text).
#pragma once

#include "sandbox/idempotence.h"
#include "sandbox/systemstate.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace Kiln::Sandbox {

struct ChangeReport
{
    QString target; // "the sandbox of this machine", "a sandbox of the root /srv/al2023"
    QString lower;  // the host folder under the overlay
    QString kept;   // where the upper layer was kept (--keep-sandbox), empty: removed
    std::vector<StepChanges> steps; // those that changed something, in run order
    bool complete = false;          // false while the run goes on (or was killed)
    // --check-idempotence: the steps that are not (empty: all are); none: not checked.
    std::optional<std::vector<IdempotenceFinding>> idempotence;

    QJsonObject toJson() const;
    static std::optional<ChangeReport> fromJson(const QJsonObject &json, QString *error);

    // For people: per step the changes (at most `filesPerStep` files each,
    // negative: all), with the text files' diffs when `diffs`, then the totals.
    QString text(int filesPerStep, bool diffs = false) const;
};

inline constexpr auto ChangesFileName = "changes.json";

} // namespace Kiln::Sandbox
