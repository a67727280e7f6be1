// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "condition.h"

#include "diagnostics/codes.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

constexpr int kMaxLogicalDepth = 4; // §4.1 [DOC-NEW]

struct OperatorInfo
{
    ConditionOperator op;
    const char16_t *name;
    OperandKind operands;
};

constexpr std::array<OperatorInfo, 23> kOperators = {{
    {ConditionOperator::StringIsEmpty, u"stringIsEmpty", OperandKind::Single},
    {ConditionOperator::StringIsWhitespace, u"stringIsWhitespace", OperandKind::Single},
    {ConditionOperator::StringEquals, u"stringEquals", OperandKind::Value},
    {ConditionOperator::StringLessThan, u"stringLessThan", OperandKind::Value},
    {ConditionOperator::StringLessThanEquals, u"stringLessThanEquals", OperandKind::Value},
    {ConditionOperator::StringGreaterThan, u"stringGreaterThan", OperandKind::Value},
    {ConditionOperator::StringGreaterThanEquals, u"stringGreaterThanEquals", OperandKind::Value},
    {ConditionOperator::PatternMatches, u"patternMatches", OperandKind::Value},
    {ConditionOperator::NumberEquals, u"numberEquals", OperandKind::Value},
    {ConditionOperator::NumberLessThan, u"numberLessThan", OperandKind::Value},
    {ConditionOperator::NumberLessThanEquals, u"numberLessThanEquals", OperandKind::Value},
    {ConditionOperator::NumberGreaterThan, u"numberGreaterThan", OperandKind::Value},
    {ConditionOperator::NumberGreaterThanEquals, u"numberGreaterThanEquals", OperandKind::Value},
    {ConditionOperator::BinaryExists, u"binaryExists", OperandKind::Single},
    {ConditionOperator::FileExists, u"fileExists", OperandKind::Single},
    {ConditionOperator::FolderExists, u"folderExists", OperandKind::Single},
    {ConditionOperator::FileMD5Equals, u"fileMD5Equals", OperandKind::Path},
    {ConditionOperator::FileSHA1Equals, u"fileSHA1Equals", OperandKind::Path},
    {ConditionOperator::FileSHA256Equals, u"fileSHA256Equals", OperandKind::Path},
    {ConditionOperator::FileSHA512Equals, u"fileSHA512Equals", OperandKind::Path},
    {ConditionOperator::And, u"and", OperandKind::None},
    {ConditionOperator::Or, u"or", OperandKind::None},
    {ConditionOperator::Not, u"not", OperandKind::None},
}};

const OperatorInfo &info(ConditionOperator op)
{
    return kOperators[size_t(op)];
}

bool isNumberOperator(ConditionOperator op)
{
    return op >= ConditionOperator::NumberEquals &&
           op <= ConditionOperator::NumberGreaterThanEquals;
}

// A YAML 1.2 core-schema int or float, as written plain (exponent allowed).
bool looksLikeYamlNumber(const YamlNode &node)
{
    static const QRegularExpression re(
        u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    return node.isScalar() && node.plain && re.match(node.text).hasMatch();
}

Operand operandOf(const YamlNode &node)
{
    Operand o;
    o.node = &node;
    o.text = node.isScalar() ? node.text : QString(); // null → "" (an empty operand)
    o.yamlNumber = looksLikeYamlNumber(node);
    return o;
}

std::optional<StepAction> stepAction(QStringView text)
{
    if (text == u"Execute")
        return StepAction::Execute;
    if (text == u"Skip")
        return StepAction::Skip;
    if (text == u"Abort")
        return StepAction::Abort;
    return std::nullopt;
}

class Parser
{
public:
    explicit Parser(ExprIssues &issues) : m_issues(issues) {}

    std::optional<StepCondition> parseTop(const YamlNode &node, ConditionContext context)
    {
        const YamlNode *map = &node;
        if (node.isSequence()) {
            // The list form of §4.1: exactly one expression.
            if (node.items.size() != 1) {
                m_issues.push_back(issueAt(
                    Codes::ConditionOperatorCount, node,
                    ValidatorTr::tr("the list form of a condition holds exactly one expression, "
                                    "not %1; combine several with 'and' or 'or'")
                        .arg(node.items.size())));
                return std::nullopt;
            }
            map = &node.items.front();
        }
        if (!map->isMap()) {
            m_issues.push_back(issueAt(
                Codes::WrongType, *map,
                ValidatorTr::tr("a condition must be a mapping such as 'fileExists: /path', not %1")
                    .arg(kindName(map->kind))));
            return std::nullopt;
        }
        StepCondition result;
        std::optional<Condition> c =
            parseMap(*map, 0, context == ConditionContext::StepIf ? &result : nullptr);
        if (!c)
            return std::nullopt;
        result.expression = std::move(*c);
        return result;
    }

private:
    void add(const char *code, const YamlNode &at, QString message,
             Severity severity = Severity::Error)
    {
        m_issues.push_back(issueAt(code, at, std::move(message), severity));
    }

    // `depth` = number of logical operators above this mapping.
    std::optional<Condition> parseMap(const YamlNode &map, int depth, StepCondition *top)
    {
        std::vector<const YamlEntry *> operators;
        const YamlEntry *value = nullptr;
        const YamlEntry *path = nullptr;
        bool unknown = false;
        for (const YamlEntry &e : map.entries) {
            if (!e.key.isScalar())
                continue;
            const QString &k = e.key.text;
            if (k == u"then" || k == u"else") {
                if (!top) {
                    add(Codes::UnexpectedOperand, e.key,
                        ValidatorTr::tr("'%1' belongs at the top level of a step's 'if', not here")
                            .arg(k));
                    continue;
                }
                const std::optional<StepAction> a =
                    e.value.isScalar() ? stepAction(e.value.text) : std::nullopt;
                if (!a) {
                    const QString text = e.value.isScalar() ? e.value.text : kindName(e.value.kind);
                    const QString hint = closestName(text, {u"Execute"_s, u"Skip"_s, u"Abort"_s});
                    add(Codes::BadStepAction, e.value.mark.line ? e.value : e.key,
                        ValidatorTr::tr("'%1' must be Execute, Skip or Abort, not '%2'%3")
                            .arg(k, text,
                                 hint.isEmpty()
                                     ? QString()
                                     : ValidatorTr::tr(" (did you mean '%1'?)").arg(hint)));
                } else if (k == u"then") {
                    top->whenTrue = *a;
                } else {
                    top->whenFalse = *a;
                }
            } else if (k == u"value") {
                value = &e;
            } else if (k == u"path") {
                path = &e;
            } else if (operatorFromName(k)) {
                operators.push_back(&e);
            } else {
                unknown = true;
                std::vector<QString> candidates = operatorNames();
                candidates.insert(candidates.end(), {u"value"_s, u"path"_s});
                if (top)
                    candidates.insert(candidates.end(), {u"then"_s, u"else"_s});
                const QString hint = closestName(k, candidates);
                add(Codes::UnknownOperator, e.key,
                    ValidatorTr::tr("'%1' is not a condition operator%2")
                        .arg(k, hint.isEmpty()
                                    ? ValidatorTr::tr(" (see kiln validate --explain K6002)")
                                    : ValidatorTr::tr("; did you mean '%1'?").arg(hint)));
            }
        }
        if (operators.empty()) {
            if (!unknown)
                add(Codes::ConditionOperatorCount, map,
                    ValidatorTr::tr("the condition has no operator: add one comparison "
                                    "(e.g. 'fileExists: /path') "
                                    "or one of and/or/not"));
            return std::nullopt;
        }
        if (operators.size() > 1) {
            add(Codes::ConditionOperatorCount, operators[1]->key,
                ValidatorTr::tr(
                    "a condition holds exactly one operator, but '%1' follows '%2' in the same "
                    "mapping: "
                    "combine them with 'and' or 'or'")
                    .arg(operators[1]->key.text, operators[0]->key.text));
            return std::nullopt;
        }
        const YamlEntry &opEntry = *operators.front();
        Condition c;
        c.op = *operatorFromName(opEntry.key.text);
        c.keyNode = &opEntry.key;
        const OperandKind kind = operandKind(c.op);
        const QString opName = opEntry.key.text;
        bool ok = true;

        auto unexpected = [&](const YamlEntry *e) {
            if (!e)
                return;
            add(Codes::UnexpectedOperand, e->key,
                ValidatorTr::tr("'%1' does not take a '%2' operand").arg(opName, e->key.text));
        };
        if (kind == OperandKind::Value) {
            unexpected(path);
            if (!value) {
                add(Codes::MissingOperand, opEntry.key,
                    ValidatorTr::tr("'%1' compares a 'value:' against '%2', but this "
                                    "condition has no 'value' key")
                        .arg(opName, opEntry.value.isScalar() ? opEntry.value.text : QString()));
                ok = false;
            }
        } else if (kind == OperandKind::Path) {
            unexpected(value);
            if (!path) {
                add(Codes::MissingOperand, opEntry.key,
                    ValidatorTr::tr("'%1' needs a 'path:' key naming the file to hash")
                        .arg(opName));
                ok = false;
            }
        } else {
            unexpected(value);
            unexpected(path);
        }

        if (isLogical(c.op)) {
            if (depth + 1 > kMaxLogicalDepth) {
                add(Codes::ConditionTooDeep, opEntry.key,
                    ValidatorTr::tr(
                        "logical operators nest %1 levels deep here; AWSTOE allows at most %2")
                        .arg(depth + 1)
                        .arg(kMaxLogicalDepth));
                return std::nullopt;
            }
            if (!parseLogical(c, opEntry, depth + 1))
                return std::nullopt;
            return ok ? std::optional<Condition>(std::move(c)) : std::nullopt;
        }

        const YamlNode &base = opEntry.value;
        if (!base.isScalar() && !base.isNull()) {
            add(Codes::WrongType, base,
                ValidatorTr::tr("'%1' takes a single value, not %2")
                    .arg(opName, kindName(base.kind)));
            return std::nullopt;
        }
        c.baseline = operandOf(base);
        const YamlEntry *second = kind == OperandKind::Value  ? value
                                  : kind == OperandKind::Path ? path
                                                              : nullptr;
        if (second) {
            if (!second->value.isScalar() && !second->value.isNull()) {
                add(Codes::WrongType, second->value,
                    ValidatorTr::tr("'%1' must be a single value, not %2")
                        .arg(second->key.text, kindName(second->value.kind)));
                ok = false;
            } else {
                c.value = operandOf(second->value);
            }
        }
        checkOperands(c);
        return ok ? std::optional<Condition>(std::move(c)) : std::nullopt;
    }

    bool parseLogical(Condition &c, const YamlEntry &opEntry, int depth)
    {
        const YamlNode &v = opEntry.value;
        const QString opName = opEntry.key.text;
        if (c.op == ConditionOperator::Not) {
            const YamlNode *child = &v;
            if (v.isSequence()) {
                if (v.items.size() != 1) {
                    add(Codes::BadLogicalOperand, opEntry.key,
                        ValidatorTr::tr("'not' negates exactly one condition, but this list has %1")
                            .arg(v.items.size()));
                    return false;
                }
                child = &v.items.front();
            }
            if (!child->isMap()) {
                add(Codes::BadLogicalOperand, child->mark.line ? *child : opEntry.key,
                    ValidatorTr::tr(
                        "'not' takes one condition mapping such as 'binaryExists: unzip', not %1")
                        .arg(kindName(child->kind)));
                return false;
            }
            std::optional<Condition> sub = parseMap(*child, depth, nullptr);
            if (!sub)
                return false;
            c.children.push_back(std::move(*sub));
            return true;
        }
        if (!v.isSequence() || v.items.empty()) {
            add(Codes::BadLogicalOperand, v.mark.line && !v.isNull() ? v : opEntry.key,
                ValidatorTr::tr(
                    "'%1' takes a non-empty list of conditions ('- fileExists: /path'), not %2")
                    .arg(opName,
                         v.isSequence() ? ValidatorTr::tr("an empty list") : kindName(v.kind)));
            return false;
        }
        bool ok = true;
        for (const YamlNode &item : v.items) {
            if (!item.isMap()) {
                add(Codes::BadLogicalOperand, item,
                    ValidatorTr::tr("each item of '%1' must be a condition mapping, not %2")
                        .arg(opName, kindName(item.kind)));
                ok = false;
                continue;
            }
            std::optional<Condition> sub = parseMap(item, depth, nullptr);
            if (!sub) {
                ok = false;
                continue;
            }
            c.children.push_back(std::move(*sub));
        }
        return ok;
    }

    void checkOperands(const Condition &c)
    {
        const YamlNode &base = *c.baseline.node;
        const bool baseHasReference = c.baseline.text.contains(u"{{");
        if (baseHasReference && operandKind(c.op) != OperandKind::Single) {
            add(Codes::ReferenceNotAllowed, base,
                ValidatorTr::tr(
                    "the baseline of '%1' is compared literally; references are substituted only "
                    "in "
                    "'value:'/'path:' — swap the operands if this is the variable part")
                    .arg(operatorName(c.op)),
                Severity::Warning);
        }
        if (isNumberOperator(c.op)) {
            if (!baseHasReference &&
                !compareNumbers(c.baseline.text, c.baseline.yamlNumber, u"0", true)) {
                add(Codes::NotANumber, base,
                    ValidatorTr::tr("'%1' needs a number to compare with, not '%2'; "
                                    "the comparison would always be false")
                        .arg(operatorName(c.op), c.baseline.text));
            }
            if (c.value && !c.value->text.contains(u"{{") &&
                !compareNumbers(c.value->text, c.value->yamlNumber, u"0", true)) {
                add(Codes::NotANumber, *c.value->node,
                    ValidatorTr::tr("'%1' is not a number, so this comparison is always false")
                        .arg(c.value->text),
                    Severity::Warning);
            }
        }
        if (c.op == ConditionOperator::PatternMatches && !baseHasReference) {
            const QRegularExpression re(c.baseline.text, QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid()) {
                add(Codes::BadPattern, base,
                    ValidatorTr::tr("'%1' is not a valid regular expression: %2 (at offset %3)")
                        .arg(c.baseline.text, re.errorString())
                        .arg(re.patternErrorOffset()));
            } else {
                // PCRE accepts these; Go's RE2, which AWSTOE uses, does not.
                // Lookaround, backreferences, atomic groups, \K, recursion, possessive quantifiers.
                static const QRegularExpression pcreOnly(
                    u"\\(\\?<?[=!]|\\\\[1-9]|\\(\\?>|\\\\K|\\(\\?R\\)|(?<!\\\\)[+*?}]\\+"_s);
                if (pcreOnly.match(c.baseline.text).hasMatch()) {
                    add(Codes::BadPattern, base,
                        ValidatorTr::tr(
                            "this pattern uses a PCRE feature (lookaround, backreference, atomic "
                            "group, "
                            "possessive quantifier, \\K or recursion) that RE2, the regular "
                            "expression "
                            "engine AWSTOE uses, rejects"),
                        Severity::Warning);
                }
            }
        }
    }

    ExprIssues &m_issues;
};

// An exact decimal: sign, significant digits without leading/trailing zeros,
// and the power of ten of the last digit. Zero has no digits.
struct Decimal
{
    bool negative = false;
    QString digits;
    qint64 exponent = 0;
};

std::optional<Decimal> parseDecimal(QStringView text, bool yamlForms)
{
    static const QRegularExpression strict(u"^[-+]?([0-9]+[.])?[0-9]+$"_s);
    static const QRegularExpression yaml(
        u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    if (!strict.match(text.toString()).hasMatch() &&
        !(yamlForms && yaml.match(text.toString()).hasMatch()))
        return std::nullopt;
    Decimal d;
    qsizetype i = 0;
    if (text[0] == u'+' || text[0] == u'-') {
        d.negative = text[0] == u'-';
        ++i;
    }
    QString digits;
    qint64 fraction = 0;
    bool inFraction = false;
    for (; i < text.size() && text[i] != u'e' && text[i] != u'E'; ++i) {
        if (text[i] == u'.') {
            inFraction = true;
            continue;
        }
        digits += text[i];
        if (inFraction)
            ++fraction;
    }
    qint64 exponent = 0;
    if (i < text.size()) {
        bool ok = false;
        exponent = text.mid(i + 1).toLongLong(&ok);
        if (!ok || exponent > 1'000'000'000 || exponent < -1'000'000'000)
            return std::nullopt; // far outside float64 anyway
    }
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == u'0')
        ++first;
    qsizetype last = digits.size();
    qint64 trailing = 0;
    while (last > first && digits[last - 1] == u'0') {
        --last;
        ++trailing;
    }
    d.digits = digits.mid(first, last - first);
    d.exponent = exponent - fraction + trailing;
    if (d.digits.isEmpty())
        d.negative = false; // -0 == 0
    return d;
}

int compareMagnitude(const Decimal &a, const Decimal &b)
{
    if (a.digits.isEmpty() || b.digits.isEmpty())
        return int(!a.digits.isEmpty()) - int(!b.digits.isEmpty());
    // Position of the leading digit decides first.
    const qint64 lead = (a.digits.size() + a.exponent) - (b.digits.size() + b.exponent);
    if (lead)
        return lead < 0 ? -1 : 1;
    const qsizetype n = std::max(a.digits.size(), b.digits.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QChar x = i < a.digits.size() ? a.digits[i] : u'0';
        const QChar y = i < b.digits.size() ? b.digits[i] : u'0';
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

bool isWhitespaceOnly(const QString &s)
{
    if (s.isEmpty())
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); });
}

int compareStrings(const QString &a, const QString &b)
{
    // Go: strings.ToLower + byte compare. UTF-16 order equals code-point order
    // except between surrogates and U+E000..U+FFFF, which no build script meets.
    return QString::compare(a.toLower(), b.toLower(), Qt::CaseSensitive);
}

QCryptographicHash::Algorithm hashAlgorithm(ConditionOperator op)
{
    switch (op) {
    case ConditionOperator::FileMD5Equals:
        return QCryptographicHash::Md5;
    case ConditionOperator::FileSHA1Equals:
        return QCryptographicHash::Sha1;
    case ConditionOperator::FileSHA256Equals:
        return QCryptographicHash::Sha256;
    default:
        return QCryptographicHash::Sha512;
    }
}

} // namespace

QString operatorName(ConditionOperator op)
{
    return QString::fromUtf16(info(op).name);
}

std::optional<ConditionOperator> operatorFromName(QStringView name)
{
    for (const OperatorInfo &i : kOperators) {
        if (name == QStringView(i.name))
            return i.op;
    }
    return std::nullopt;
}

const std::vector<QString> &operatorNames()
{
    static const std::vector<QString> names = [] {
        std::vector<QString> out;
        for (const OperatorInfo &i : kOperators)
            out.push_back(QString::fromUtf16(i.name));
        return out;
    }();
    return names;
}

OperandKind operandKind(ConditionOperator op)
{
    return info(op).operands;
}

bool isLogical(ConditionOperator op)
{
    return op == ConditionOperator::And || op == ConditionOperator::Or ||
           op == ConditionOperator::Not;
}

ConditionParseResult parseCondition(const YamlNode &node, ConditionContext context)
{
    ConditionParseResult result;
    Parser parser(result.issues);
    result.condition = parser.parseTop(node, context);
    return result;
}

std::optional<int> compareNumbers(QStringView a, bool aYaml, QStringView b, bool bYaml)
{
    const std::optional<Decimal> x = parseDecimal(a, aYaml);
    const std::optional<Decimal> y = parseDecimal(b, bYaml);
    if (!x || !y)
        return std::nullopt;
    const int xs = x->digits.isEmpty() ? 0 : (x->negative ? -1 : 1);
    const int ys = y->digits.isEmpty() ? 0 : (y->negative ? -1 : 1);
    if (xs != ys)
        return xs < ys ? -1 : 1;
    const int m = compareMagnitude(*x, *y);
    return xs < 0 ? -m : m;
}

bool ConditionEnvironment::fileExists(const QString &path)
{
    return QFileInfo(path).isFile();
}

bool ConditionEnvironment::folderExists(const QString &path)
{
    return QFileInfo(path).isDir();
}

bool ConditionEnvironment::binaryExists(const QString &name)
{
    // `type name` in AWSTOE also finds shell builtins; Kiln looks for a file.
    if (name.isEmpty())
        return false;
    if (name.contains(u'/')) {
        const QFileInfo fi(name);
        return fi.isFile() && fi.isExecutable();
    }
    return !QStandardPaths::findExecutable(name).isEmpty();
}

std::optional<QString> ConditionEnvironment::fileHash(const QString &path,
                                                      QCryptographicHash::Algorithm algorithm)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(algorithm);
    if (!hash.addData(&file))
        return std::nullopt;
    return QString::fromLatin1(hash.result().toHex());
}

bool evaluate(const Condition &c, ConditionEnvironment &env)
{
    switch (c.op) {
    case ConditionOperator::And:
        return std::all_of(c.children.begin(), c.children.end(),
                           [&](const Condition &x) { return evaluate(x, env); });
    case ConditionOperator::Or:
        return std::any_of(c.children.begin(), c.children.end(),
                           [&](const Condition &x) { return evaluate(x, env); });
    case ConditionOperator::Not:
        return !c.children.empty() && !evaluate(c.children.front(), env);
    default:
        break;
    }
    const QString &baseline = c.baseline.text;
    const QString single = env.substitute(baseline);
    const QString value = c.value ? env.substitute(c.value->text) : QString();
    switch (c.op) {
    case ConditionOperator::StringIsEmpty:
        return single.isEmpty();
    case ConditionOperator::StringIsWhitespace:
        return isWhitespaceOnly(single);
    case ConditionOperator::StringEquals:
        return compareStrings(value, baseline) == 0;
    case ConditionOperator::StringLessThan:
        return compareStrings(value, baseline) < 0;
    case ConditionOperator::StringLessThanEquals:
        return compareStrings(value, baseline) <= 0;
    case ConditionOperator::StringGreaterThan:
        return compareStrings(value, baseline) > 0;
    case ConditionOperator::StringGreaterThanEquals:
        return compareStrings(value, baseline) >= 0;
    case ConditionOperator::PatternMatches: {
        const QRegularExpression re(baseline, QRegularExpression::CaseInsensitiveOption);
        return re.isValid() && re.match(value).hasMatch();
    }
    case ConditionOperator::NumberEquals:
    case ConditionOperator::NumberLessThan:
    case ConditionOperator::NumberLessThanEquals:
    case ConditionOperator::NumberGreaterThan:
    case ConditionOperator::NumberGreaterThanEquals: {
        // A substituted value is text; only a literal plain scalar gets YAML's number forms.
        const bool valueYaml = c.value && c.value->yamlNumber && value == c.value->text;
        const std::optional<int> r =
            compareNumbers(value, valueYaml, baseline, c.baseline.yamlNumber);
        if (!r)
            return false;
        switch (c.op) {
        case ConditionOperator::NumberEquals:
            return *r == 0;
        case ConditionOperator::NumberLessThan:
            return *r < 0;
        case ConditionOperator::NumberLessThanEquals:
            return *r <= 0;
        case ConditionOperator::NumberGreaterThan:
            return *r > 0;
        default:
            return *r >= 0;
        }
    }
    case ConditionOperator::BinaryExists:
        return env.binaryExists(single);
    case ConditionOperator::FileExists:
        return env.fileExists(single);
    case ConditionOperator::FolderExists:
        return env.folderExists(single);
    case ConditionOperator::FileMD5Equals:
    case ConditionOperator::FileSHA1Equals:
    case ConditionOperator::FileSHA256Equals:
    case ConditionOperator::FileSHA512Equals: {
        const std::optional<QString> digest = env.fileHash(value, hashAlgorithm(c.op));
        return digest && digest->compare(baseline, Qt::CaseInsensitive) == 0;
    }
    default:
        return false;
    }
}

StepAction evaluate(const StepCondition &condition, ConditionEnvironment &environment)
{
    return evaluate(condition.expression, environment) ? condition.whenTrue : condition.whenFalse;
}

QString describe(const Condition &c)
{
    if (isLogical(c.op)) {
        QStringList parts;
        for (const Condition &child : c.children)
            parts << describe(child);
        return u"%1(%2)"_s.arg(operatorName(c.op), parts.join(u", "));
    }
    QString out = u"%1 '%2'"_s.arg(operatorName(c.op), c.baseline.text);
    if (c.value)
        out += u" %1 '%2'"_s.arg(operandKind(c.op) == OperandKind::Path ? u"path"_s : u"value"_s,
                                 c.value->text);
    return out;
}

} // namespace Kiln
