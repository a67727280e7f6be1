// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Conditions (behaviour-reference §4): the `if` of a step and the inputs of the
// Assert module, parsed from the YAML tree into a Condition tree and evaluated
// against a ConditionEnvironment. The environment substitutes references in
// operands and answers the file-system questions, so the executor plugs in the
// real machine and tests plug in fakes.
//
// Semantics (§4.2/4.3): a comparison is `value OP baseline` (the operator's own
// operand is the baseline); strings compare case-insensitively by code point
// after lower-casing, never trimmed; numbers compare exactly (arbitrary-
// precision decimal, like Go's big.Float.Cmp) and a non-numeric operand makes
// the comparison false, not an error; hashes compare case-insensitively and a
// missing file is false; `and`/`or` short-circuit in order.
//
// patternMatches: AWSTOE uses Go's RE2; Kiln uses QRegularExpression (PCRE2),
// compiled case-insensitively and searched unanchored. For the patterns people
// write the two agree, but PCRE also accepts lookaround, backreferences, atomic
// groups, possessive quantifiers, \K and recursion, which RE2 rejects (so a
// pattern that works here can fail in AWSTOE), and PCRE matching time is not
// linear. The validator warns about those PCRE-only constructs (K6007).
//
// Which operands are substituted: `value:` and `path:` always; the single
// operand of fileExists/folderExists/binaryExists/stringIsEmpty/
// stringIsWhitespace too (it is the thing being tested); the baseline of a
// two-operand comparison is a literal and never substituted (§2 lists only
// `value:` as an expression context).
#pragma once

#include "document/yamlnode.h"
#include "expr/exprissue.h"

#include <QCryptographicHash>
#include <QString>
#include <optional>
#include <vector>

namespace Kiln {

enum class ConditionOperator {
    // string
    StringIsEmpty,
    StringIsWhitespace,
    StringEquals,
    StringLessThan,
    StringLessThanEquals,
    StringGreaterThan,
    StringGreaterThanEquals,
    PatternMatches,
    // number
    NumberEquals,
    NumberLessThan,
    NumberLessThanEquals,
    NumberGreaterThan,
    NumberGreaterThanEquals,
    // file system
    BinaryExists,
    FileExists,
    FolderExists,
    FileMD5Equals,
    FileSHA1Equals,
    FileSHA256Equals,
    FileSHA512Equals,
    // logical
    And,
    Or,
    Not,
};

enum class OperandKind {
    None,   // logical operators
    Single, // `fileExists: /x`: the baseline is the tested value
    Value,  // baseline + sibling `value:`
    Path,   // hash operators: baseline + sibling `path:`
};

QString operatorName(ConditionOperator op); // "stringEquals"
std::optional<ConditionOperator> operatorFromName(QStringView name);
const std::vector<QString> &operatorNames();
OperandKind operandKind(ConditionOperator op);
bool isLogical(ConditionOperator op);

struct Operand
{
    QString text;                   // the scalar text as written (unsubstituted)
    bool yamlNumber = false;        // a plain scalar that YAML reads as an int/float
    const YamlNode *node = nullptr; // for positions
};

struct Condition
{
    ConditionOperator op = ConditionOperator::And;
    const YamlNode *keyNode = nullptr; // the operator key, for positions
    Operand baseline;                  // comparison operators
    std::optional<Operand> value;      // `value:` or `path:`
    std::vector<Condition> children;   // and/or (1..n), not (exactly 1)
};

enum class StepAction { Execute, Skip, Abort };

struct StepCondition
{
    Condition expression;
    StepAction whenTrue = StepAction::Execute; // `then`
    StepAction whenFalse = StepAction::Skip;   // `else`
};

enum class ConditionContext {
    StepIf, // `if:` (then/else allowed)
    Assert, // Assert inputs (no then/else)
};

struct ConditionParseResult
{
    std::optional<StepCondition> condition; // empty when the expression is unusable
    ExprIssues issues;                      // K6xxx, with positions
};

// Parses the mapping form (operator + operands + then/else siblings), the
// one-element list form, `and`/`or` lists, `not` as list-of-one or mapping.
// Logical nesting deeper than 4 is an issue.
ConditionParseResult parseCondition(const YamlNode &node, ConditionContext context);

// Answers questions the condition asks about the world.
class ConditionEnvironment
{
public:
    virtual ~ConditionEnvironment() = default;
    // Replaces `{{ }}` references in an operand (identity by default).
    virtual QString substitute(const QString &text) { return text; }
    virtual bool fileExists(const QString &path); // regular file
    virtual bool folderExists(const QString &path);
    virtual bool binaryExists(const QString &name); // an executable on PATH
    // Hex digest of the file, or nullopt when it cannot be read.
    virtual std::optional<QString> fileHash(const QString &path,
                                            QCryptographicHash::Algorithm algorithm);
};

bool evaluate(const Condition &condition, ConditionEnvironment &environment);
// Applies then/else: the action for the step.
StepAction evaluate(const StepCondition &condition, ConditionEnvironment &environment);

// One-line rendering for logs: `and(binaryExists dnf, not(binaryExists unzip))`.
QString describe(const Condition &condition);

// Exact comparison of two decimal numbers in the §4.2 forms (YAML ints/floats,
// `^[-+]?([0-9]+[.])?[0-9]+$`); nullopt when either is not a number. Returns
// <0, 0, >0 like strcmp.
std::optional<int> compareNumbers(QStringView a, bool aYaml, QStringView b, bool bYaml);

} // namespace Kiln
