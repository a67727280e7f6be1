// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The action catalogue: one table describing every AWSTOE action module (name,
// platforms, input shape, each input's type/required/default/allowed values and
// documentation, and the outputs). It is the single source for the validator's
// input checks, the studio's completion and hover docs, `kiln actions` and the
// JSON Schema written by `kiln schema`. Adding a module = one entry here (in
// actioncatalogue.cpp), one implementation, tests.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>
#include <vector>

namespace Kiln {

enum class Platform : unsigned { Linux = 1, Windows = 2, Darwin = 4 };
using Platforms = unsigned; // bit set of Platform values
inline constexpr Platforms AllPlatforms = 7;
inline constexpr Platforms platformBit(Platform p)
{
    return static_cast<Platforms>(p);
}

Platforms platformFromName(QStringView name);   // "linux" | "windows" | "darwin" (0 if unknown)
QString platformNames(Platforms platforms);     // "Linux, Windows"
QString platformOptionName(Platforms platform); // "linux" | "windows" | "darwin" (first bit set)

enum class InputType {
    String,  // YAML scalar text
    Boolean, // true/false (AWSTOE also accepts "true"/"false" strings where noted)
    Integer,
    Permissions,   // octal digits given as text or a bare number (e.g. 0755, "766")
    StringList,    // list of strings
    StringMap,     // mapping of string -> string (e.g. InstallMSI properties)
    NameValueList, // list of {name, value} (ExecuteDocument parameters)
    Any,           // string, number or list (SetRegistry value)
};
QString inputTypeName(InputType type); // "string", "boolean", "list of strings", ...

struct InputSpec
{
    QString name;
    InputType type = InputType::String;
    bool required = false;
    QString defaultValue;         // as documented; empty when none
    QStringList allowedValues;    // empty = any
    bool caseInsensitive = false; // allowedValues compare ignoring case (encodings)
    bool acceptsBooleanString =
        false;                // Boolean that may also be written "true"/"false" (S3Upload recurse)
    QString mustEndWith;      // e.g. ".ps1" (checked case-insensitively); empty = no rule
    QString pattern;          // anchored regular expression the text must match; empty = none
    QString patternHint;      // what `pattern` means, for messages ("an s3:// URI")
    QStringList reservedKeys; // StringMap keys that may not be set (InstallMSI REBOOT)
    QString worksWith;        // another input without which this one has no effect
    Platforms platforms = AllPlatforms; // e.g. CreateFile `owner` is not for Windows
    QString doc;                        // one paragraph, plain text

    bool allows(QStringView value) const; // against allowedValues (true when the list is empty)
    // defaultValue as the executor uses it: bool for Boolean, qlonglong for Integer,
    // QString otherwise (Permissions stay text: "0666"); invalid when there is none.
    QVariant typedDefault() const;
};

struct OutputSpec
{
    QString name;
    QString doc;
};

enum class InputShape {
    Map,       // inputs: {key: value}
    List,      // inputs: [{key: value}, ...] — one entry per operation
    Condition, // inputs: a comparison/logical expression (Assert)
};

// A step's timeoutSeconds when the document sets none (modules that run once have none).
inline constexpr int DefaultTimeoutSeconds = 7200;

struct ActionSpec
{
    QString name;     // case-sensitive, as AWSTOE spells it
    QString category; // "General execution", "File system", ...
    QString icon;     // freedesktop icon name the studio shows for the module's steps
    Platforms platforms = AllPlatforms;
    InputShape shape = InputShape::Map;
    std::vector<InputSpec> inputs;
    std::vector<OutputSpec> outputs;
    QString doc;     // one paragraph
    QString example; // a complete step in YAML (for `kiln actions NAME` and docs)

    // Rules the input table cannot express as data.
    QStringList exactlyOneOf;   // exactly one of these inputs must be given (ExecutePowerShell)
    bool timeoutAllowed = true; // false: the step may not set timeoutSeconds (Reboot)
    bool runsOnce = false;      // timeoutSeconds only -1 and maxAttempts only 1 (ExecuteDocument)

    const InputSpec *input(QStringView name) const;
    bool runsOn(Platforms platform) const { return (platforms & platform) != 0; }
    bool hasRequiredInputs() const;
    QString shortDoc() const; // the first sentence of `doc`
};

class ActionCatalogue
{
public:
    static const ActionCatalogue &instance();

    const std::vector<ActionSpec> &actions() const { return m_actions; }
    const ActionSpec *find(QStringView name) const; // exact, case-sensitive
    // Closest known name for "did you mean" hints (case-insensitive, edit distance), or empty.
    QString suggest(QStringView misspelled) const;

private:
    ActionCatalogue();
    std::vector<ActionSpec> m_actions;
};

// The keys a step may have, with author-facing docs (hover text, `kiln schema`
// descriptions, the validator's "a step has: ..." list), in document order.
struct StepFieldSpec
{
    QString name;
    QString doc;
};
const std::vector<StepFieldSpec> &stepFields();
QStringList stepFieldNames();

// The closest of `candidates` to `word` (case-insensitive Levenshtein distance, at
// most a third of the word's length, at least 2 edits allowed), or empty. Shared
// by action, step-key and input-key hints.
QString closestMatch(QStringView word, const QStringList &candidates);

} // namespace Kiln
