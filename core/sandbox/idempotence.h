// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The idempotence check (kiln run --check-idempotence): after a successful
// sandboxed run, every step runs a second time, in order, in the same sandbox,
// as a re-run of the component or a step repeated after a reboot (exit 194)
// would on an instance. A step is not idempotent when its second run fails,
// changes files again (outside the ignored paths: logs, caches, temporary
// folders, and --ignore-changes), or gives other outputs (ExecuteBash's stdout).
#pragma once

#include "sandbox/systemstate.h"

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace Kiln::Sandbox {

// One step's run, as the check compares it.
struct StepOutcome
{
    QString document;
    QString phase;
    QString step;
    bool failed = false;
    QString failure;
    QByteArray outputs; // the step's outputs (JSON), what later steps chain on
};

struct IdempotenceFinding
{
    QString document;
    QString phase;
    QString step;
    QStringList reasons; // for people: "changes files again: ~ /etc/profile.d/a.sh"
};

// The paths a second run may change without being called out.
QStringList defaultIgnoredChanges();

// The steps of `second` that are not idempotent, given the first run's outcome
// of each and the changes the second run made (`ignored`: globs of paths,
// where * also matches '/').
std::vector<IdempotenceFinding> findNotIdempotent(const std::vector<StepOutcome> &first,
                                                  const std::vector<StepOutcome> &second,
                                                  const std::vector<StepChanges> &secondChanges,
                                                  const QStringList &ignored);

QJsonArray findingsJson(const std::vector<IdempotenceFinding> &findings);

} // namespace Kiln::Sandbox
