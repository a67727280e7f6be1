// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
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
inline constexpr char TooManySteps[] = "K2011";
inline constexpr char PhaseNotRun[] = "K2012";

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
inline constexpr char InputWithoutEffect[] = "K3024";
inline constexpr char UndocumentedStepKey[] = "K3025";
inline constexpr char ProtectedFolderPath[] = "K3026";
// Places a document names: S3 bucket names, download folders.
inline constexpr char BadS3Bucket[] = "K3027";
inline constexpr char DownloadFolderMissing[] = "K3028";
// Expressions and references, loops, conditions, parameters and run options.
inline constexpr char UnknownVariable[] = "K4001";
inline constexpr char MalformedReference[] = "K4002";
inline constexpr char UnterminatedReference[] = "K4003";
inline constexpr char UnknownChainingTarget[] = "K4004";
inline constexpr char ChainingNotEarlier[] = "K4005";
inline constexpr char UnknownChainingKey[] = "K4006";
inline constexpr char LoopVariableOutsideLoop[] = "K4007";
inline constexpr char UnknownContextKey[] = "K4008";
inline constexpr char ForbiddenImdsPath[] = "K4009";
inline constexpr char BadSsmName[] = "K4010";
inline constexpr char BadResolveArgument[] = "K4011";
inline constexpr char ReferenceNotAllowed[] = "K4012";
inline constexpr char LoopKind[] = "K5001";
inline constexpr char LoopNotInteger[] = "K5002";
inline constexpr char LoopZeroStep[] = "K5003";
inline constexpr char LoopDirection[] = "K5004";
inline constexpr char ForEachEmpty[] = "K5005";
inline constexpr char ForEachItemNotScalar[] = "K5006";
inline constexpr char BadDelimiter[] = "K5007";
inline constexpr char DuplicateLoopName[] = "K5008";
inline constexpr char LoopNameClash[] = "K5009";
inline constexpr char LoopIterationLimit[] = "K5010";
inline constexpr char ConditionOperatorCount[] = "K6001";
inline constexpr char UnknownOperator[] = "K6002";
inline constexpr char BadStepAction[] = "K6003";
inline constexpr char ConditionTooDeep[] = "K6004";
inline constexpr char MissingOperand[] = "K6005";
inline constexpr char NotANumber[] = "K6006";
inline constexpr char BadPattern[] = "K6007";
inline constexpr char UnexpectedOperand[] = "K6008";
inline constexpr char BadLogicalOperand[] = "K6009";
inline constexpr char BadVariableName[] = "K7001";
inline constexpr char DuplicateVariable[] = "K7002";
inline constexpr char VariableType[] = "K7003";
inline constexpr char ConstantWithoutValue[] = "K7004";
inline constexpr char BadVariableDeclaration[] = "K7005";
inline constexpr char UndeclaredRunParameter[] = "K7006";
inline constexpr char ParameterWithoutValue[] = "K7007";
inline constexpr char NoPhaseSelected[] = "K7008";
inline constexpr char UnusedVariable[] = "K7009";
inline constexpr char ChainingToUnselectedPhase[] = "K7010";
inline constexpr char DefaultNotAllowed[] = "K7011";
inline constexpr char ShellcheckFinding[] = "K8001";
inline constexpr char ScriptLintFailed[] = "K8002";
} // namespace Codes

// title and explanation are the English source texts (translation context
// Kiln::Codes); people see them through codeTitle()/codeExplanation().
struct CodeInfo
{
    const char *code;
    const char *title;       // one line
    const char *explanation; // a paragraph: what the rule is, why, how to fix
};

const std::vector<CodeInfo> &allCodes();
const CodeInfo *findCode(QStringView code); // case-insensitive; nullptr when unknown

// In the language of the installed translators (English without one).
QString codeTitle(const CodeInfo &info);
QString codeExplanation(const CodeInfo &info);

} // namespace Kiln
