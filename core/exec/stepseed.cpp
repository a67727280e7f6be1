// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/stepseed.h"

#include "document/document.h"
#include "exec/inputconversion.h"
#include "schema/actioncatalogue.h"

#include <algorithm>

namespace Kiln {
namespace {

int intOf(const YamlNode *node, int fallback)
{
    if (!node || !node->isScalar())
        return fallback;
    bool ok = false;
    const int v = node->text.trimmed().toInt(&ok);
    return ok ? v : fallback;
}

} // namespace

StepRecord seedStepRecord(const Step &step)
{
    StepRecord rec;
    rec.name = step.name;
    rec.action = step.action;
    const ActionSpec *spec = ActionCatalogue::instance().find(step.action);
    // A module that runs once (ExecuteDocument) has no timeout and one attempt of its own.
    const bool runsOnce = spec && spec->runsOnce;
    rec.timeoutSeconds = runsOnce ? -1 : intOf(step.timeoutSeconds, DefaultTimeoutSeconds);
    rec.maxAttempts = runsOnce ? 1 : std::max(1, intOf(step.maxAttempts, 1));
    if (step.onFailure && step.onFailure->isScalar() && !step.onFailure->text.isEmpty())
        rec.onFailure = step.onFailure->text;
    rec.loop = step.loop ? yamlToJson(*step.loop) : QJsonValue();
    return rec;
}

} // namespace Kiln
