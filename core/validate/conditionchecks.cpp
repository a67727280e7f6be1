// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Conditions (§4): the `if` of every step and the inputs of Assert steps go
// through the same parser the executor uses; references in the operands that
// are substituted (value, path, single operands) are then checked like inputs.
#include "document/document.h"
#include "expr/condition.h"
#include "validate/exprchecks.h"
#include "validate/referencechecker.h"

namespace Kiln {
namespace {

void checkOperandReferences(const Condition &c, ReferenceChecker &checker,
                            const ReferenceScope &scope)
{
    for (const Condition &child : c.children)
        checkOperandReferences(child, checker, scope);
    if (isLogical(c.op))
        return;
    if (operandKind(c.op) == OperandKind::Single && c.baseline.node)
        checker.checkScalar(*c.baseline.node, scope);
    if (c.value && c.value->node)
        checker.checkScalar(*c.value->node, scope);
}

void checkOne(const YamlNode &node, ConditionContext context, ReferenceChecker &checker,
              const ReferenceScope &scope, Reporter &reporter)
{
    const ConditionParseResult parsed = parseCondition(node, context);
    for (const ExprIssue &issue : parsed.issues)
        reporter.reportAt(issue.severity, issue.code, issue.mark, issue.message, issue.length);
    if (parsed.condition)
        checkOperandReferences(parsed.condition->expression, checker, scope);
}

} // namespace

void checkConditions(const Document &doc, Reporter &reporter)
{
    ReferenceChecker checker(doc, reporter);
    for (size_t p = 0; p < doc.phases.size(); ++p) {
        const Phase &phase = doc.phases[p];
        for (size_t s = 0; s < phase.steps.size(); ++s) {
            const Step &step = phase.steps[s];
            ReferenceScope scope = ReferenceChecker::scopeFor(doc, int(p), int(s));
            if (step.condition) {
                // Evaluated once per step, before any iteration: no loop variables.
                scope.inLoop = false;
                checkOne(*step.condition, ConditionContext::StepIf, checker, scope, reporter);
            }
            // A list is already reported as the wrong inputs shape (K3014); one message is enough.
            if (step.inputs && step.inputs->isMap() && step.action == u"Assert") {
                scope.inLoop = true;
                checkOne(*step.inputs, ConditionContext::Assert, checker, scope, reporter);
            }
        }
    }
}

} // namespace Kiln
