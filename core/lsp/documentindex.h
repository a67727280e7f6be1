// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Where each step and parameter/constant of a document is declared and where
// `{{ }}` references name it, with source positions: what go-to-definition,
// find-references and rename work from. Steps are identified by phase and
// name (chaining references are `phase.step.outputs.key`), parameters and
// constants by name.
#pragma once

#include "document/yamlnode.h"
#include "fix/textedit.h"

#include <QString>
#include <optional>
#include <vector>

namespace Kiln {
class Document;
}

namespace Kiln::Lsp {

struct Occurrence
{
    enum class Kind {
        StepName,          // the `name:` value of a step
        StepReference,     // the step segment of a chaining reference
        Variable,          // the key declaring a parameter or constant
        VariableReference, // `{{ Name }}` or aws:ssm:resolve(Name)
    };
    Kind kind = Kind::StepName;
    QString phase;  // steps and step references: the phase
    QString name;   // the step or variable name
    Mark start;     // of the name itself
    int length = 0; // code points
    // References: the whole `{{ ... }}`, so that a cursor anywhere in it finds
    // the symbol (for a declaration, the name again).
    Mark whole;
    int wholeLength = 0;

    bool isStep() const { return kind == Kind::StepName || kind == Kind::StepReference; }
    bool isDeclaration() const { return kind == Kind::StepName || kind == Kind::Variable; }
    bool sameSymbol(const Occurrence &other) const;
    bool contains(Mark mark) const;
    bool wholeContains(Mark mark) const;
};

class DocumentIndex
{
public:
    explicit DocumentIndex(const Document &doc);

    const std::vector<Occurrence> &occurrences() const { return m_occurrences; }
    // The occurrence whose name is under `mark` (its end included, where a
    // cursor stops after typing), else the reference around `mark`, or nullptr.
    const Occurrence *at(Mark mark) const;
    // The declaration of the symbol `o` names, or nullptr (an unknown step).
    const Occurrence *declarationOf(const Occurrence &o) const;
    // Every occurrence of the symbol `o` names, in document order.
    std::vector<const Occurrence *> occurrencesOf(const Occurrence &o,
                                                  bool includeDeclaration) const;

private:
    std::vector<Occurrence> m_occurrences;
};

// Renaming the step, parameter or constant `at` names to `newName`: the edits
// of its declaration and every reference, or nothing and `refusal` saying why
// (not a symbol, a name AWSTOE refuses, a name already taken). `kiln lsp`'s
// rename and the studio's F2 are this one function.
struct RenameRefusal
{
    enum class Kind { NoSymbol, InvalidName, NameTaken };
    Kind kind = Kind::NoSymbol;
    QString message; // in the user's language
};
std::optional<std::vector<TextEdit>> renameEdits(const DocumentIndex &index, const Occurrence *at,
                                                 const QString &newName, RenameRefusal *refusal);

} // namespace Kiln::Lsp
