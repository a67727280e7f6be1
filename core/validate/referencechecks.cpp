// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// References in the places AWSTOE substitutes them (§2): step inputs and loop
// items/lists; and a warning where a step field would keep them literal.
// Conditions (`if`, Assert) are checked with their parser in conditionchecks.
#include "document/document.h"
#include "i18n/tr.h"
#include "validate/exprchecks.h"
#include "validate/referencechecker.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Kiln {

void checkReferences(const Document &doc, Reporter &reporter)
{
    ReferenceChecker checker(doc, reporter);
    for (size_t p = 0; p < doc.phases.size(); ++p) {
        const Phase &phase = doc.phases[p];
        for (size_t s = 0; s < phase.steps.size(); ++s) {
            const Step &step = phase.steps[s];
            ReferenceScope scope = ReferenceChecker::scopeFor(doc, int(p), int(s));
            if (step.inputs && step.action != u"Assert") {
                scope.inLoop = true;
                checker.checkTree(*step.inputs, scope);
            }
            if (step.loop && step.loop->isMap()) {
                // forEach items and `list` are substituted before the loop runs,
                // so the loop's own variables have no value there.
                scope.inLoop = false;
                if (const YamlNode *forEach = step.loop->value(u"forEach")) {
                    if (forEach->isSequence())
                        checker.checkTree(*forEach, scope);
                    else if (const YamlNode *list =
                                 forEach->isMap() ? forEach->value(u"list") : nullptr)
                        checker.checkScalar(*list, scope);
                }
                if (const YamlNode *name = step.loop->value(u"name"))
                    checker.rejectReferences(*name, ValidatorTr::tr("a loop name"),
                                             Severity::Error);
            }
            for (const YamlNode *field : {step.nameNode, step.actionNode, step.onFailure,
                                          step.timeoutSeconds, step.maxAttempts}) {
                if (field)
                    checker.rejectReferences(*field, ValidatorTr::tr("this step field"),
                                             Severity::Error);
            }
        }
    }
}

} // namespace Kiln
