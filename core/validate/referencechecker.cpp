// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "referencechecker.h"

#include "diagnostics/codes.h"
#include "expr/exprissue.h"
#include "expr/referencewalk.h"
#include "i18n/tr.h"
#include "schema/actioncatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

QString didYouMean(const QString &hint)
{
    return hint.isEmpty() ? QString() : ValidatorTr::tr("; did you mean '%1'?").arg(hint);
}

QString imdsPath(QString path)
{
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.startsWith(u"meta-data/"))
        path.remove(0, 10);
    return path;
}

} // namespace

ReferenceChecker::ReferenceChecker(const Document &doc, Reporter &reporter)
    : m_doc(doc), m_reporter(reporter)
{
    for (const Variable &v : doc.parameters)
        m_declared.push_back(v.name);
    for (const Variable &v : doc.constants)
        m_declared.push_back(v.name);
}

ReferenceScope ReferenceChecker::scopeFor(const Document &doc, int phaseIndex, int stepIndex)
{
    ReferenceScope scope;
    scope.phaseIndex = phaseIndex;
    scope.stepIndex = stepIndex;
    const Step &step = doc.phases[size_t(phaseIndex)].steps[size_t(stepIndex)];
    scope.hasLoop = step.loop != nullptr;
    if (step.loop && step.loop->isMap()) {
        if (const YamlNode *name = step.loop->value(u"name"); name && name->isScalar())
            scope.loopName = name->text;
    }
    return scope;
}

bool ReferenceChecker::isDeclared(const QString &name) const
{
    return std::find(m_declared.begin(), m_declared.end(), name) != m_declared.end();
}

void ReferenceChecker::checkTree(const YamlNode &node, const ReferenceScope &scope)
{
    forEachReference(
        node, [&](const YamlNode &scalar, const Reference &ref) { check(scalar, ref, scope); });
}

void ReferenceChecker::checkScalar(const YamlNode &scalar, const ReferenceScope &scope)
{
    if (!scalar.isScalar() || !scalar.text.contains(u"{{"))
        return;
    for (const Reference &ref : parseReferences(scalar.text))
        check(scalar, ref, scope);
}

void ReferenceChecker::rejectReferences(const YamlNode &scalar, const QString &where,
                                        Severity severity)
{
    if (!scalar.isScalar() || !scalar.text.contains(u"{{"))
        return;
    for (const Reference &ref : parseReferences(scalar.text)) {
        if (ref.kind == Reference::Kind::Unterminated)
            continue;
        report(severity, Codes::ReferenceNotAllowed, scalar, ref,
               ValidatorTr::tr("'{{ %1 }}' is not substituted in %2; it stays literal text")
                   .arg(ref.expression, where));
    }
}

void ReferenceChecker::report(Severity severity, const char *code, const YamlNode &scalar,
                              const Reference &ref, const QString &message)
{
    if (!m_locator)
        m_locator.emplace(m_doc.source());
    m_reporter.reportAt(
        severity, code, m_locator->markAt(scalar, ref.start), message,
        ScalarLocator::codePoints(QStringView(scalar.text).mid(ref.start, ref.length)));
}

void ReferenceChecker::check(const YamlNode &scalar, const Reference &ref,
                             const ReferenceScope &scope)
{
    using Kind = Reference::Kind;
    switch (ref.kind) {
    case Kind::Unterminated:
        report(
            Severity::Warning, Codes::UnterminatedReference, scalar, ref,
            ValidatorTr::tr(
                "'{{' is not closed with '}}', so this is not a reference and stays literal text"));
        return;
    case Kind::Malformed: {
        // A Go-template `.Name` already names its fix in the reason.
        const QString hint =
            ref.expression.startsWith(u'.') ? QString() : closestName(ref.expression, m_declared);
        report(Severity::Error, Codes::MalformedReference, scalar, ref,
               ValidatorTr::tr("'{{ %1 }}' is not a valid reference: %2%3")
                   .arg(ref.expression, ref.error, didYouMean(hint)));
        return;
    }
    case Kind::Variable:
        if (!isDeclared(ref.name)) {
            std::vector<QString> candidates = m_declared;
            if (scope.hasLoop)
                candidates.push_back(u"loop.value"_s);
            const QString hint = closestName(ref.name, candidates);
            report(Severity::Error, Codes::UnknownVariable, scalar, ref,
                   ValidatorTr::tr("'%1' is not a declared parameter or constant%2")
                       .arg(ref.name,
                            hint.isEmpty()
                                ? ValidatorTr::tr("; declare it under 'parameters' or 'constants'")
                                : didYouMean(hint)));
        }
        return;
    case Kind::Loop:
        // AWSTOE leaves an unresolvable loop variable as written and runs the step:
        // almost certainly a mistake, but not one that fails the document (warning).
        if (!scope.inLoop || !scope.hasLoop) {
            report(Severity::Warning, Codes::LoopVariableOutsideLoop, scalar, ref,
                   scope.hasLoop
                       ? ValidatorTr::tr(
                             "'{{ %1 }}' has no value here: loop variables resolve only in the "
                             "step's inputs, not in its 'if' or loop definition")
                             .arg(ref.expression)
                       : ValidatorTr::tr(
                             "'{{ %1 }}' is used in a step without a loop, where AWSTOE leaves it "
                             "unreplaced; add a 'loop' to this step or remove the reference")
                             .arg(ref.expression));
        } else if (!ref.isGenericLoop() && ref.name != scope.loopName) {
            report(Severity::Warning, Codes::LoopVariableOutsideLoop, scalar, ref,
                   scope.loopName.isEmpty()
                       ? ValidatorTr::tr(
                             "this step's loop has no name, so '{{ %1 }}' is not replaced; use "
                             "'{{ loop.%2 }}' or add 'name: %3' to the loop")
                             .arg(ref.expression,
                                  ref.loopField == Reference::LoopField::Index ? u"index"_s
                                                                               : u"value"_s,
                                  ref.name)
                       : ValidatorTr::tr("this step's loop is named '%1', not '%2' (a "
                                         "loop name cannot reach another "
                                         "step's loop)")
                             .arg(scope.loopName, ref.name));
        }
        return;
    case Kind::Chaining:
        checkChaining(scalar, ref, scope);
        return;
    case Kind::Env:
        return;
    case Kind::Context: {
        const std::vector<QString> &keys = contextKeys();
        if (std::find(keys.begin(), keys.end(), ref.name) == keys.end()) {
            report(Severity::Error, Codes::UnknownContextKey, scalar, ref,
                   ValidatorTr::tr("'context:%1' is not a context variable%2")
                       .arg(ref.name, didYouMean(closestName(ref.name, keys))));
        }
        return;
    }
    case Kind::Imds: {
        const QString path = imdsPath(ref.name.trimmed());
        for (QStringView forbidden : {u"iam", u"identity-credentials"}) {
            if (path == forbidden || path.startsWith(forbidden.toString() + u'/')) {
                report(Severity::Error, Codes::ForbiddenImdsPath, scalar, ref,
                       ValidatorTr::tr("instance metadata under '%1/' holds "
                                       "credentials; AWSTOE refuses to read it")
                           .arg(forbidden));
                return;
            }
        }
        return;
    }
    case Kind::Ssm:
        checkSsmName(scalar, ref, ref.name);
        return;
    case Kind::SsmResolve:
        if (ref.name.startsWith(u"aws:ssm:")) {
            checkSsmName(scalar, ref, ref.name.mid(8));
        } else if (!isDeclared(ref.name)) {
            report(Severity::Error, Codes::BadResolveArgument, scalar, ref,
                   ValidatorTr::tr("resolve(%1): '%1' is not a declared parameter or constant%2")
                       .arg(ref.name, didYouMean(closestName(ref.name, m_declared))));
        }
        return;
    }
}

void ReferenceChecker::checkSsmName(const YamlNode &scalar, const Reference &ref,
                                    const QString &name)
{
    // SSM names: letters, digits and _.-/ (Secrets Manager adds +=@ under
    // /aws/reference/secretsmanager/), then an optional :version or :label.
    static const QRegularExpression shape(u"^[A-Za-z0-9_.\\-/+=@]+(:[A-Za-z0-9_.\\-]+)?$"_s);
    const QString n = name.trimmed();
    QString why;
    if (!shape.match(n).hasMatch())
        why = ValidatorTr::tr(
            "it may hold only letters, digits and _ . - / (plus an optional :version)");
    else if (n.contains(u'/') && !n.startsWith(u'/'))
        why = ValidatorTr::tr("a hierarchical name starts with '/'");
    else if (n.size() > 2048)
        why = ValidatorTr::tr("it is longer than 2048 characters");
    if (!why.isEmpty()) {
        report(Severity::Error, Codes::BadSsmName, scalar, ref,
               ValidatorTr::tr("'%1' is not an SSM parameter name: %2").arg(n, why));
    }
}

std::pair<int, int> ReferenceChecker::findStep(const QString &phase, const QString &step)
{
    if (!m_indexed) {
        m_indexed = true;
        // Backwards, so that the first phase or step of a name wins, as in a search.
        for (int p = int(m_doc.phases.size()) - 1; p >= 0; --p) {
            m_phaseIndex.insert(m_doc.phases[size_t(p)].name, p);
            const std::vector<Step> &steps = m_doc.phases[size_t(p)].steps;
            for (int s = int(steps.size()) - 1; s >= 0; --s)
                m_stepIndex.insert({p, steps[size_t(s)].name}, s);
        }
    }
    const int p = m_phaseIndex.value(phase, -1);
    return {p, p < 0 ? -1 : m_stepIndex.value({p, step}, -1)};
}

void ReferenceChecker::checkChaining(const YamlNode &scalar, const Reference &ref,
                                     const ReferenceScope &scope)
{
    const auto [phaseIndex, stepIndex] = findStep(ref.phase, ref.step);
    if (phaseIndex < 0) {
        std::vector<QString> phaseNames;
        for (const Phase &p : m_doc.phases)
            phaseNames.push_back(p.name);
        report(
            Severity::Error, Codes::UnknownChainingTarget, scalar, ref,
            ValidatorTr::tr(
                "'%1' is not a phase of this document%2 (chaining works only within one document)")
                .arg(ref.phase, didYouMean(closestName(ref.phase, phaseNames))));
        return;
    }
    const Phase &phase = m_doc.phases[size_t(phaseIndex)];
    if (stepIndex < 0) {
        // The names only for the suggestion: collecting them for every reference made
        // validation quadratic in the number of steps (bench/validate-10k).
        std::vector<QString> stepNames;
        for (const Step &s : phase.steps)
            stepNames.push_back(s.name);
        report(Severity::Error, Codes::UnknownChainingTarget, scalar, ref,
               ValidatorTr::tr("phase '%1' has no step named '%2'%3")
                   .arg(ref.phase, ref.step, didYouMean(closestName(ref.step, stepNames))));
        return;
    }
    const bool earlier = phaseIndex < scope.phaseIndex ||
                         (phaseIndex == scope.phaseIndex && stepIndex < scope.stepIndex);
    if (!earlier) {
        const bool self = phaseIndex == scope.phaseIndex && stepIndex == scope.stepIndex;
        report(
            Severity::Error, Codes::ChainingNotEarlier, scalar, ref,
            self
                ? ValidatorTr::tr("a step cannot chain to its own %1")
                      .arg(ref.section == Reference::Section::Inputs ? u"inputs"_s : u"outputs"_s)
                : ValidatorTr::tr(
                      "step '%1.%2' runs after this one, so its %3 are not known yet; chaining "
                      "can only "
                      "read steps that ran earlier")
                      .arg(ref.phase, ref.step,
                           ref.section == Reference::Section::Inputs ? u"inputs"_s : u"outputs"_s));
        return;
    }
    checkChainedKey(scalar, ref, phase.steps[size_t(stepIndex)]);
}

void ReferenceChecker::checkChainedKey(const YamlNode &scalar, const Reference &ref,
                                       const Step &target)
{
    const ActionSpec *action = ActionCatalogue::instance().find(target.action);
    if (!action)
        return; // the step checks report the unknown action
    std::vector<QString> names;
    if (ref.section == Reference::Section::Outputs) {
        for (const OutputSpec &o : action->outputs)
            names.push_back(o.name);
        if (std::find(names.begin(), names.end(), ref.key) == names.end()) {
            QStringList list(names.begin(), names.end());
            report(Severity::Error, Codes::UnknownChainingKey, scalar, ref,
                   names.empty()
                       ? ValidatorTr::tr("%1 has no outputs to chain to").arg(action->name)
                       : ValidatorTr::tr("%1 has no output '%2'%3 (outputs: %4)")
                             .arg(action->name, ref.key, didYouMean(closestName(ref.key, names)),
                                  list.join(u", ")));
        }
        return;
    }
    if (action->shape == InputShape::Condition)
        return; // Assert inputs are an expression, not named inputs
    if (!action->input(ref.key)) {
        for (const InputSpec &i : action->inputs)
            names.push_back(i.name);
        report(Severity::Error, Codes::UnknownChainingKey, scalar, ref,
               ValidatorTr::tr("%1 has no input '%2'%3")
                   .arg(action->name, ref.key, didYouMean(closestName(ref.key, names))));
        return;
    }
    if (ref.index > 0 && target.inputs) {
        const qsizetype count =
            target.inputs->isSequence() ? qsizetype(target.inputs->items.size()) : 1;
        if (ref.index >= count) {
            report(
                Severity::Error, Codes::UnknownChainingKey, scalar, ref,
                (count == 1
                     ? ValidatorTr::tr(
                           "step '%1.%2' has %n input entry, so index [%3] does not exist "
                           "(indexes start at 0)",
                           nullptr, int(count))
                     : ValidatorTr::tr("step '%1.%2' has %n input entries, so index [%3] does not "
                                       "exist (indexes start at 0)",
                                       nullptr, int(count)))
                    .arg(ref.phase, ref.step)
                    .arg(ref.index));
        }
    }
}

} // namespace Kiln
