// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The `{{ … }}` reference language of component documents (behaviour-reference
// §2, §3.3): finding references in a scalar's text, classifying each one, and
// substituting resolved values. Parsing is purely lexical: whether a name is
// declared, a step runs earlier or a loop owns the step is the validator's and
// the executor's business, answered by the resolver callback.
//
// How a dotted reference is classified (the spec leaves it open; this is our
// rule, documented for the executor):
//   * one part, `[A-Za-z0-9_-]+`              → Variable (parameter/constant)
//   * two parts `<name>.index|value`          → Loop (`loop.*` or a named loop)
//   * four parts `<phase>.<step>.inputs|outputs[<i>]?.<key>` → Chaining
//   * `env:`, `context:`, `aws:ssm:`, `aws:ssm:resolve(…)`, `aws:imds:` prefixes
//     → their namespaces
//   * anything else (three parts, `a.b.c.d.e`, spaces, empty) → Malformed.
// So `{{ build.step.outputs.stdout }}` can never be mistaken for a loop, and
// `{{ myLoop.value }}` never for chaining, whatever the names are.
#pragma once

#include <QString>
#include <QStringView>
#include <functional>
#include <optional>
#include <vector>

namespace Kiln {

struct Reference
{
    enum class Kind {
        Variable,     // {{ Name }}
        Chaining,     // {{ phase.step.inputs[0].key }}
        Loop,         // {{ loop.index }}, {{ myLoop.value }}
        Env,          // {{ env:NAME }}
        Context,      // {{ context:key }}
        Ssm,          // {{ aws:ssm:/param/name }}
        SsmResolve,   // {{ aws:ssm:resolve(Arg) }}
        Imds,         // {{ aws:imds:path }}
        Malformed,    // {{ ...something else... }}; `error` says why
        Unterminated, // a `{{` with no `}}` after it; spans to the end of the text
    };
    enum class Section { Inputs, Outputs };
    enum class LoopField { Index, Value };

    Kind kind = Kind::Malformed;
    qsizetype start = 0;  // offset (UTF-16 units) of `{{` in the scanned text
    qsizetype length = 0; // through the closing `}}`
    QString expression;   // the text between the braces, trimmed

    // Variable: the name; Loop: the loop name ("loop" for the generic form);
    // Env: the variable name; Context: the key; Ssm: the parameter name as
    // written (e.g. "/my/param"); SsmResolve: the argument inside resolve();
    // Imds: the metadata path.
    QString name;

    // Chaining only.
    QString phase;
    QString step;
    Section section = Section::Outputs;
    int index = -1; // `[i]`, or -1 when not written (the executor treats it as 0)
    QString key;

    // Loop only.
    LoopField loopField = LoopField::Value;

    QString error; // Malformed/Unterminated: a short reason, for diagnostics

    bool isGenericLoop() const { return kind == Kind::Loop && name == u"loop"; }
};

// All `{{ … }}` occurrences in `text`, in order. Never fails: text that is not a
// valid reference becomes Malformed or Unterminated.
std::vector<Reference> parseReferences(QStringView text);

// Classifies one expression (the text between the braces, trimmed or not).
Reference classifyExpression(QStringView expression);

using ReferenceLookup = std::function<std::optional<QString>(const Reference &)>;

// Replaces every reference the resolver knows with its value. References it
// returns nullopt for (unknown, Malformed, Unterminated) stay verbatim, as
// AWSTOE leaves them. Substituted values are never scanned again, so command
// output holding `{{ }}` cannot inject further references.
QString substitute(QStringView text, const ReferenceLookup &resolve);

// Known `context:` keys (§2.5).
const std::vector<QString> &contextKeys();

} // namespace Kiln
