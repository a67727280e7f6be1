// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Loops (behaviour-reference §3): shape and bounds via parseLoop, plus the names
// a loop must not share within its phase or with the document's other names.
#include "diagnostics/codes.h"
#include "document/document.h"
#include "expr/loop.h"
#include "i18n/tr.h"
#include "validate/exprchecks.h"
#include "validate/reporter.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Kiln {

void checkLoops(const Document &doc, Reporter &reporter)
{
    QHash<QString, QString> otherNames; // name → what it is
    for (const Variable &v : doc.parameters)
        otherNames.insert(v.name, ValidatorTr::tr("a parameter"));
    for (const Variable &v : doc.constants)
        otherNames.insert(v.name, ValidatorTr::tr("a constant"));
    for (const Phase &p : doc.phases) {
        if (!p.name.isEmpty())
            otherNames.insert(p.name, ValidatorTr::tr("a phase"));
    }

    for (const Phase &phase : doc.phases) {
        QHash<QString, int> loopNames; // name → line of its first use
        for (const Step &step : phase.steps) {
            if (!step.loop)
                continue;
            const LoopParseResult parsed = parseLoop(*step.loop);
            for (const ExprIssue &issue : parsed.issues)
                reporter.reportAt(issue.severity, issue.code, issue.mark, issue.message,
                                  issue.length);
            if (parsed.spec && parsed.spec->kind == LoopSpec::Kind::For) {
                const qint64 count =
                    expandLoop(*parsed.spec, [](const QString &text) { return text; }).count();
                if (count > DefaultMaxLoopIterations)
                    reporter.warning(
                        Codes::LoopIterationLimit, *step.loop,
                        ValidatorTr::tr(
                            "this loop runs %1 times; kiln run stops loops above %2 iterations "
                            "unless --max-loop-iterations raises the limit")
                            .arg(count)
                            .arg(DefaultMaxLoopIterations));
            }
            const YamlNode *nameNode = step.loop->isMap() ? step.loop->value(u"name") : nullptr;
            if (!nameNode || !nameNode->isScalar() || nameNode->text.isEmpty())
                continue;
            const QString &name = nameNode->text;
            if (loopNames.contains(name)) {
                reporter.error(
                    Codes::DuplicateLoopName, *nameNode,
                    ValidatorTr::tr(
                        "phase '%1' already has a loop named '%2' (line %3); loop names are unique "
                        "per phase")
                        .arg(phase.name, name)
                        .arg(loopNames.value(name)));
            } else {
                loopNames.insert(name, nameNode->mark.line);
            }
            if (otherNames.contains(name)) {
                reporter.error(
                    Codes::LoopNameClash, *nameNode,
                    ValidatorTr::tr(
                        "the loop name '%1' is also %2 of this document; rename the loop so "
                        "'{{ %1.value }}' is unambiguous")
                        .arg(name, otherNames.value(name)));
            }
        }
    }
}

} // namespace Kiln
