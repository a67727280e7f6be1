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

#include <vector>

namespace Kiln {

enum class Platform : unsigned { Linux = 1, Windows = 2, Darwin = 4 };
using Platforms = unsigned; // bit set of Platform values
inline constexpr Platforms AllPlatforms = 7;

Platforms platformFromName(QStringView name); // "linux" | "windows" | "darwin" (0 if unknown)
QString platformNames(Platforms platforms);    // "Linux, Windows"

enum class InputType {
    String,        // YAML scalar text
    Boolean,       // true/false (AWSTOE also accepts "true"/"false" strings where noted)
    Integer,
    Permissions,   // octal digits given as text or a bare number (e.g. 0755, "766")
    StringList,    // list of strings
    StringMap,     // mapping of string -> string (e.g. InstallMSI properties)
    NameValueList, // list of {name, value} (ExecuteDocument parameters)
    Any,           // string, number or list (SetRegistry value)
};

struct InputSpec
{
    QString name;
    InputType type = InputType::String;
    bool required = false;
    QString defaultValue;        // as documented; empty when none
    QStringList allowedValues;   // empty = any; compared case-sensitively unless noted in doc
    Platforms platforms = AllPlatforms; // e.g. CreateFile `owner` is not for Windows
    QString doc;                 // one paragraph, plain text
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

struct ActionSpec
{
    QString name;               // case-sensitive, as AWSTOE spells it
    QString category;           // "General execution", "File system", ...
    Platforms platforms = AllPlatforms;
    InputShape shape = InputShape::Map;
    std::vector<InputSpec> inputs;
    std::vector<OutputSpec> outputs;
    QString doc;                // one paragraph

    const InputSpec *input(QStringView name) const;
    bool runsOn(Platforms platform) const { return (platforms & platform) != 0; }
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

} // namespace Kiln
