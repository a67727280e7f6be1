// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "stepchecks.h"

#include "diagnostics/codes.h"
#include "document/document.h"
#include "i18n/tr.h"
#include "schema/actioncatalogue.h"
#include "validate/inputchecks.h"
#include "validate/pathchecks.h"
#include "validate/reporter.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

const QStringList stepKeys = stepFieldNames();
const QStringList onFailureValues = {u"Abort"_s, u"Continue"_s, u"Ignore"_s};

QString didYouMean(const QString &suggestion)
{
    return suggestion.isEmpty() ? QString()
                                : ValidatorTr::tr("; did you mean '%1'?").arg(suggestion);
}

// A plain YAML integer, as AWSTOE's Go decoder reads one into an int field.
bool readInteger(const YamlNode &node, qlonglong *value)
{
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    if (!node.isScalar() || !node.plain || !integer.match(node.text).hasMatch())
        return false;
    bool ok = false;
    *value = node.text.toLongLong(&ok);
    return ok;
}

QString quotedHint(const YamlNode &node)
{
    static const QRegularExpression integer(u"^\\s*[-+]?[0-9]+\\s*$"_s);
    if (node.isScalar() && !node.plain && integer.match(node.text).hasMatch())
        return ValidatorTr::tr(" (write the number without quotes)");
    return {};
}

class StepChecker
{
public:
    StepChecker(const ValidationOptions &options, Reporter &reporter)
        : m_platform(platformFromName(options.osPlatform)), m_reporter(reporter)
    {
        if (!m_platform)
            m_platform = platformBit(Platform::Linux);
    }

    void checkPhase(const Phase &phase)
    {
        QHash<QString, const YamlNode *> names;
        for (const Step &step : phase.steps) {
            if (!step.node->isMap()) {
                m_reporter.error(
                    Codes::StepNotAMapping, *step.node,
                    ValidatorTr::tr("a step must be a mapping with 'name', 'action' and usually "
                                    "'inputs', not %1; check the indentation")
                        .arg(kindName(step.node->kind)));
                continue;
            }
            checkKeys(step);
            checkName(step, names);
            const ActionSpec *action = checkAction(step);
            checkTimeout(step, action);
            checkOnFailure(step);
            checkMaxAttempts(step, action);
            if (action) {
                // A module missing on this platform was reported once; check its inputs
                // as if validating for a platform it runs on, to avoid a cascade.
                const Platforms platform =
                    action->runsOn(m_platform) ? m_platform : firstPlatform(action->platforms);
                checkStepInputs(step, *action, platform, m_reporter);
                checkProtectedPaths(step, *action, platform, m_reporter);
            }
        }
    }

private:
    static Platforms firstPlatform(Platforms set)
    {
        for (Platforms bit = 1; bit <= AllPlatforms; bit <<= 1) {
            if (set & bit)
                return bit;
        }
        return set;
    }

    void checkKeys(const Step &step)
    {
        const ActionSpec *action = ActionCatalogue::instance().find(step.action);
        for (const YamlEntry &e : step.node->entries) {
            if (!e.key.isScalar()) {
                m_reporter.error(Codes::UnknownStepKey, e.key,
                                 ValidatorTr::tr("a step key must be text, not %1 (a step has: %2)")
                                     .arg(kindName(e.key.kind), stepKeys.join(u", ")));
                continue;
            }
            if (stepKeys.contains(e.key.text))
                continue;
            if (e.key.text == u"disableLogging") {
                // Seen in published components (corpus 037), absent from the reference.
                m_reporter.warning(
                    Codes::UndocumentedStepKey, e.key,
                    ValidatorTr::tr("'disableLogging' is not in the AWSTOE reference schema: "
                                    "releases that do not know it reject the document; Kiln "
                                    "ignores it"));
                continue;
            }
            QString hint = didYouMean(closestMatch(e.key.text, stepKeys));
            if (action && action->input(e.key.text)) {
                hint = ValidatorTr::tr("; '%1' is an input of %2, so it belongs under 'inputs:'")
                           .arg(e.key.text, action->name);
            }
            m_reporter.error(Codes::UnknownStepKey, e.key,
                             ValidatorTr::tr("unknown step key '%1'%2 (a step has: %3)")
                                 .arg(e.key.text, hint, stepKeys.join(u", ")));
        }
    }

    void checkName(const Step &step, QHash<QString, const YamlNode *> &names)
    {
        static const QRegularExpression badChars(u"[.\\[\\]{}\\s]"_s);
        if (!step.nameNode || step.nameNode->isNull()) {
            // An empty value has no position of its own (YAML puts it after the key).
            const YamlEntry *key = step.node->entry(u"name");
            m_reporter.error(
                Codes::MissingStepName, key ? key->key : *step.node,
                ValidatorTr::tr("this step has no name: add 'name: <StepName>' (names are used "
                                "in logs and in references such as {{ build.StepName.outputs."
                                "stdout }})"));
            return;
        }
        if (!step.nameNode->isScalar()) {
            m_reporter.error(Codes::BadStepName, *step.nameNode,
                             ValidatorTr::tr("a step name must be text, not %1")
                                 .arg(kindName(step.nameNode->kind)));
            return;
        }
        const QString &name = step.nameNode->text;
        const QRegularExpressionMatch bad = badChars.match(name);
        if (bad.hasMatch()) {
            const QChar c = bad.captured().at(0);
            const QString what =
                c.isSpace() ? ValidatorTr::tr("white space") : ValidatorTr::tr("'%1'").arg(c);
            m_reporter.error(
                Codes::BadStepName, *step.nameNode,
                ValidatorTr::tr("step name '%1' contains %2, which breaks chaining references "
                                "(phase.step.outputs.key); use letters, digits, '-' and '_'")
                    .arg(name, what));
        }
        if (const YamlNode *first = names.value(name)) {
            m_reporter.error(
                Codes::DuplicateStepName, *step.nameNode,
                ValidatorTr::tr("step name '%1' is already used in this phase (line %2); step "
                                "names must be unique per phase")
                    .arg(name)
                    .arg(first->mark.line));
        } else {
            names.insert(name, step.nameNode);
        }
    }

    const ActionSpec *checkAction(const Step &step)
    {
        if (!step.actionNode || step.actionNode->isNull()) {
            const YamlEntry *key = step.node->entry(u"action");
            m_reporter.error(
                Codes::MissingAction, key ? key->key : *step.node,
                ValidatorTr::tr("step '%1' has no action: add 'action: <Module>' (run 'kiln "
                                "actions' for the list)")
                    .arg(step.name));
            return nullptr;
        }
        if (!step.actionNode->isScalar()) {
            m_reporter.error(
                Codes::UnknownAction, *step.actionNode,
                ValidatorTr::tr("'action' must be the name of an action module, not %1")
                    .arg(kindName(step.actionNode->kind)));
            return nullptr;
        }
        const ActionCatalogue &catalogue = ActionCatalogue::instance();
        const ActionSpec *action = catalogue.find(step.action);
        if (!action) {
            const QString suggestion = catalogue.suggest(step.action);
            m_reporter.error(
                Codes::UnknownAction, *step.actionNode,
                ValidatorTr::tr("unknown action '%1'%2")
                    .arg(step.action, suggestion.isEmpty()
                                          ? ValidatorTr::tr(" (run 'kiln actions' for the list)")
                                          : didYouMean(suggestion)));
            return nullptr;
        }
        if (!action->runsOn(m_platform)) {
            const Platforms on = action->platforms;
            const QString only =
                (on & (on - 1)) == 0
                    ? ValidatorTr::tr("%1 is %2-only").arg(action->name, platformNames(on))
                    : ValidatorTr::tr("%1 is not available on %2 (only on %3)")
                          .arg(action->name, platformNames(m_platform), platformNames(on));
            m_reporter.error(
                Codes::ActionNotOnPlatform, *step.actionNode,
                ValidatorTr::tr("%1; validate with --os-platforms %2 if the component is for "
                                "%3")
                    .arg(only, platformOptionName(firstPlatform(on)),
                         platformNames(firstPlatform(on))));
        }
        return action;
    }

    void checkTimeout(const Step &step, const ActionSpec *action)
    {
        if (!step.timeoutSeconds)
            return;
        const YamlNode &node = *step.timeoutSeconds;
        if (action && !action->timeoutAllowed) {
            m_reporter.error(
                Codes::StepFieldNotAllowed, node,
                ValidatorTr::tr("%1 does not take timeoutSeconds; remove it").arg(action->name));
            return;
        }
        qlonglong value = 0;
        if (!readInteger(node, &value)) {
            m_reporter.error(
                Codes::BadTimeout, node,
                ValidatorTr::tr("timeoutSeconds must be a whole number of seconds (or -1 for no "
                                "timeout), not %1%2")
                    .arg(describe(node), quotedHint(node)));
            return;
        }
        if (value == 0 || value < -1) {
            m_reporter.error(
                Codes::BadTimeout, node,
                ValidatorTr::tr("timeoutSeconds must be greater than 0, or -1 for no timeout; "
                                "%1 is invalid")
                    .arg(value));
            return;
        }
        if (action && action->runsOnce && value != -1) {
            m_reporter.error(
                Codes::StepFieldNotAllowed, node,
                ValidatorTr::tr("%1 always runs without a timeout: timeoutSeconds may only be -1; "
                                "remove it")
                    .arg(action->name));
        }
    }

    void checkOnFailure(const Step &step)
    {
        if (!step.onFailure)
            return;
        const YamlNode &node = *step.onFailure;
        if (!node.isScalar() || !onFailureValues.contains(node.text)) {
            const QString hint =
                node.isScalar() ? didYouMean(closestMatch(node.text, onFailureValues)) : QString();
            m_reporter.error(
                Codes::BadOnFailure, node,
                ValidatorTr::tr("onFailure must be Abort, Continue or Ignore, not %1%2")
                    .arg(describe(node), hint));
            return;
        }
        if (node.text == u"Continue") {
            // Advice, not a mistake: Continue is a legitimate choice (hint).
            m_reporter.hint(
                Codes::OnFailureContinue, node,
                ValidatorTr::tr("with onFailure: Continue the next steps run, but a failure "
                                "of this step still fails the phase and the document; use "
                                "Ignore if the failure is acceptable"));
        }
    }

    void checkMaxAttempts(const Step &step, const ActionSpec *action)
    {
        if (!step.maxAttempts)
            return;
        const YamlNode &node = *step.maxAttempts;
        qlonglong value = 0;
        if (!readInteger(node, &value) || value < 1) {
            m_reporter.error(
                Codes::BadMaxAttempts, node,
                ValidatorTr::tr("maxAttempts must be a whole number of at least 1 (total "
                                "attempts, first try included), not %1%2")
                    .arg(describe(node), quotedHint(node)));
            return;
        }
        if (action && action->runsOnce && value != 1) {
            m_reporter.error(
                Codes::StepFieldNotAllowed, node,
                ValidatorTr::tr("%1 runs exactly once: maxAttempts may only be 1; remove it")
                    .arg(action->name));
        }
    }

    static QString describe(const YamlNode &node)
    {
        return node.isScalar() ? ValidatorTr::tr("'%1'").arg(node.text) : kindName(node.kind);
    }

    Platforms m_platform;
    Reporter &m_reporter;
};

} // namespace

void checkSteps(const Document &document, const ValidationOptions &options, Reporter &reporter)
{
    StepChecker checker(options, reporter);
    for (const Phase &phase : document.phases)
        checker.checkPhase(phase);
}

} // namespace Kiln
