// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Checks every `{{ }}` of one scalar against the document: declared names,
// chaining targets that run earlier, the owning step's loop, namespaces.
// Shared by the reference, loop and condition checks (internal to validate/).
#pragma once

#include "document/document.h"
#include "expr/reference.h"
#include "expr/scalarlocator.h"
#include "validate/reporter.h"

#include <QHash>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace Kiln {

struct ReferenceScope
{
    int phaseIndex = -1; // position in Document::phases
    int stepIndex = -1;  // position in Phase::steps
    bool inLoop = false; // loop variables resolve here (the step's inputs)
    bool hasLoop = false;
    QString loopName; // the step's loop name ("" when unnamed)
};

class ReferenceChecker
{
public:
    ReferenceChecker(const Document &doc, Reporter &reporter);

    // Checks the references of one scalar (non-scalars are ignored).
    void checkScalar(const YamlNode &scalar, const ReferenceScope &scope);
    // Every scalar value below `node` (mapping keys are not expression contexts).
    void checkTree(const YamlNode &node, const ReferenceScope &scope);
    // A scalar where references are never substituted.
    void rejectReferences(const YamlNode &scalar, const QString &where, Severity severity);

    static ReferenceScope scopeFor(const Document &doc, int phaseIndex, int stepIndex);

private:
    void check(const YamlNode &scalar, const Reference &ref, const ReferenceScope &scope);
    void report(Severity severity, const char *code, const YamlNode &scalar, const Reference &ref,
                const QString &message);
    bool isDeclared(const QString &name) const;
    void checkChaining(const YamlNode &scalar, const Reference &ref, const ReferenceScope &scope);
    void checkChainedKey(const YamlNode &scalar, const Reference &ref, const Step &target);
    void checkSsmName(const YamlNode &scalar, const Reference &ref, const QString &name);

    // Where a step is: (phase index, step index) by phase and step name. Built on
    // the first chaining reference; a search per reference made validation
    // quadratic in the number of steps (bench/lsp-latency, 10,000 steps).
    std::pair<int, int> findStep(const QString &phase, const QString &step);

    const Document &m_doc;
    Reporter &m_reporter;
    // Built on the first report: only problems need a position inside a scalar.
    std::optional<ScalarLocator> m_locator;
    std::vector<QString> m_declared;                 // parameters and constants
    QHash<QString, int> m_phaseIndex;                // first phase of each name
    QHash<std::pair<int, QString>, int> m_stepIndex; // first step of each name per phase
    bool m_indexed = false;
};

} // namespace Kiln
