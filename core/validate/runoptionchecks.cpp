// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Run options against the document (§2.1): names passed that the document does
// not declare, parameters left without any value, a phase selection that
// selects nothing. All warnings: AWSTOE runs anyway, but the result is
// rarely what was meant.
#include "diagnostics/codes.h"
#include "document/document.h"
#include "expr/exprissue.h"
#include "expr/referencewalk.h"
#include "expr/scalarlocator.h"
#include "i18n/tr.h"
#include "validate/exprchecks.h"
#include "validate/reporter.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

void collectChaining(const YamlNode &node, std::vector<std::pair<const YamlNode *, Reference>> &out)
{
    forEachReference(node, [&out](const YamlNode &scalar, const Reference &r) {
        if (r.kind == Reference::Kind::Chaining && r.section == Reference::Section::Outputs)
            out.emplace_back(&scalar, r);
    });
}

// Outputs exist only for steps that ran: a selected phase reading a phase
// that is not selected gets nothing.
void checkChainingAcrossSelection(const Document &doc, const QStringList &selected,
                                  Reporter &reporter)
{
    const ScalarLocator locator(doc.source());
    for (const Phase &phase : doc.phases) {
        if (!selected.contains(phase.name))
            continue;
        for (const Step &step : phase.steps) {
            std::vector<std::pair<const YamlNode *, Reference>> refs;
            for (const YamlNode *part : {step.inputs, step.loop, step.condition}) {
                if (part)
                    collectChaining(*part, refs);
            }
            for (const auto &[node, ref] : refs) {
                if (ref.phase == phase.name || selected.contains(ref.phase) ||
                    !doc.phase(ref.phase))
                    continue;
                reporter.reportAt(
                    Severity::Warning, Codes::ChainingToUnselectedPhase,
                    locator.markAt(*node, ref.start),
                    ValidatorTr::tr(
                        "'{{ %1 }}' reads phase '%2', which --phases does not select, so the "
                        "step has not run and this reference has no value")
                        .arg(ref.expression, ref.phase),
                    ScalarLocator::codePoints(QStringView(node->text).mid(ref.start, ref.length)));
            }
        }
    }
}

} // namespace

void checkRunOptions(const Document &doc, const ValidationOptions &options, Reporter &reporter)
{
    const YamlNode *root = doc.root();
    if (!root || !root->isMap())
        return;
    if (options.runParameters) {
        const YamlEntry *section = root->entry(u"parameters");
        const YamlNode &at = section ? section->key : *root;
        std::vector<QString> declared;
        for (const Variable &v : doc.parameters)
            declared.push_back(v.name);
        for (const auto &parameter : *options.runParameters) {
            // Not a structured binding: clang before 16 cannot capture one in a lambda.
            const QString &name = parameter.first;
            if (std::find(declared.begin(), declared.end(), name) != declared.end())
                continue;
            const bool constant = std::any_of(doc.constants.begin(), doc.constants.end(),
                                              [&](const Variable &c) { return c.name == name; });
            const QString hint = closestName(name, declared);
            reporter.warning(
                Codes::UndeclaredRunParameter, at,
                constant ? ValidatorTr::tr(
                               "'%1' passed with --parameters is a constant of this document; "
                               "constants cannot be overridden, so the value is ignored")
                               .arg(name)
                         : ValidatorTr::tr(
                               "'%1' passed with --parameters is not declared by this document and "
                               "will be ignored%2")
                               .arg(name, hint.isEmpty()
                                              ? QString()
                                              : ValidatorTr::tr("; did you mean '%1'?").arg(hint)));
        }
        for (const Variable &v : doc.parameters) {
            if (v.value || !v.entry)
                continue;
            const bool passed =
                std::any_of(options.runParameters->begin(), options.runParameters->end(),
                            [&](const auto &p) { return p.first == v.name; });
            if (!passed) {
                reporter.warning(
                    Codes::ParameterWithoutValue, v.entry->key,
                    ValidatorTr::tr(
                        "parameter '%1' has no default and no value was passed: AWSTOE substitutes "
                        "an empty string (Image Builder rejects the build); pass --parameters "
                        "%1=<value>")
                        .arg(v.name));
            }
        }
    }
    if (options.selectedPhases && !options.selectedPhases->isEmpty()) {
        bool any = false;
        std::vector<QString> names;
        for (const Phase &p : doc.phases) {
            names.push_back(p.name);
            any = any || options.selectedPhases->contains(p.name);
        }
        if (any)
            checkChainingAcrossSelection(doc, *options.selectedPhases, reporter);
        if (!any) {
            const YamlEntry *phases = root->entry(u"phases");
            QString hint;
            for (const QString &s : *options.selectedPhases) {
                if (hint.isEmpty())
                    hint = closestName(s, names);
            }
            QStringList have(names.begin(), names.end());
            reporter.warning(
                Codes::NoPhaseSelected, phases ? phases->key : *root,
                ValidatorTr::tr(
                    "--phases %1 selects no phase of this document (it has: %2), so nothing "
                    "runs%3")
                    .arg(options.selectedPhases->join(u','), have.join(u", "),
                         hint.isEmpty() ? QString()
                                        : ValidatorTr::tr("; did you mean '%1'?").arg(hint)));
        }
    }
}

} // namespace Kiln
