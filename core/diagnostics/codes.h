// Stable diagnostic codes. Ranges: K1xxx file and YAML, K2xxx document
// structure, K3xxx steps and action inputs, K4xxx expressions and references,
// K5xxx loops, K6xxx conditions, K7xxx parameters and run options, K8xxx
// embedded script lint. A code, once released, keeps its meaning; every code
// has an entry in codes.cpp, shown by `kiln validate --explain CODE`.
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Kiln {
namespace Codes {
inline constexpr char YamlSyntax[] = "K1001";
inline constexpr char InvalidEncoding[] = "K1002";
inline constexpr char TooLarge[] = "K1003";
inline constexpr char TooDeep[] = "K1004";
inline constexpr char ExtraYamlDocument[] = "K1005";
inline constexpr char DuplicateKey[] = "K1006";
inline constexpr char FileUnreadable[] = "K1007";

inline constexpr char NotAMapping[] = "K2001";
inline constexpr char MissingSchemaVersion[] = "K2002";
inline constexpr char BadSchemaVersion[] = "K2003";
inline constexpr char MissingPhases[] = "K2004";
inline constexpr char UnknownKey[] = "K2005";
inline constexpr char WrongType[] = "K2006";
inline constexpr char MissingKey[] = "K2007";
inline constexpr char DuplicatePhase[] = "K2008";
inline constexpr char NoStandardPhase[] = "K2009";
inline constexpr char EmptyPhases[] = "K2010";

inline constexpr char StepNotAMapping[] = "K3001";
inline constexpr char UnknownStepKey[] = "K3002";
inline constexpr char MissingStepName[] = "K3003";
inline constexpr char DuplicateStepName[] = "K3004";
inline constexpr char BadStepName[] = "K3005";
inline constexpr char MissingAction[] = "K3006";
inline constexpr char UnknownAction[] = "K3007";
inline constexpr char ActionNotOnPlatform[] = "K3008";
inline constexpr char BadTimeout[] = "K3009";
inline constexpr char BadOnFailure[] = "K3010";
inline constexpr char OnFailureContinue[] = "K3011";
inline constexpr char BadMaxAttempts[] = "K3012";
inline constexpr char StepFieldNotAllowed[] = "K3013";
inline constexpr char InputsWrongShape[] = "K3014";
inline constexpr char MissingInputs[] = "K3015";
inline constexpr char UnknownInput[] = "K3016";
inline constexpr char MissingInput[] = "K3017";
inline constexpr char InputWrongType[] = "K3018";
inline constexpr char InputValueNotAllowed[] = "K3019";
inline constexpr char InputNotOnPlatform[] = "K3020";
inline constexpr char ExclusiveInputs[] = "K3021";
inline constexpr char YamlBooleanSpelling[] = "K3022";
inline constexpr char RegistryValueNotWhole[] = "K3023";
} // namespace Codes

struct CodeInfo
{
    const char *code;
    const char *title;       // one line
    const char *explanation; // a paragraph: what the rule is, why, how to fix
};

const std::vector<CodeInfo> &allCodes();
const CodeInfo *findCode(QStringView code); // case-insensitive; nullptr when unknown

} // namespace Kiln
