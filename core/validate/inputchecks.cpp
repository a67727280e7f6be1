// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "inputchecks.h"

#include "diagnostics/codes.h"
#include "document/document.h"
#include "i18n/tr.h"
#include "validate/reporter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// A value holding a reference is substituted at run time, so all we can say
// statically is that it is text.
bool hasReference(const YamlNode &node)
{
    return node.isScalar() && node.text.contains(u"{{");
}

bool isPlainBoolean(const YamlNode &node)
{
    static const QStringList spellings = {u"true"_s,  u"True"_s,  u"TRUE"_s,
                                          u"false"_s, u"False"_s, u"FALSE"_s};
    return node.isScalar() && node.plain && spellings.contains(node.text);
}

bool isYaml11Boolean(const YamlNode &node)
{
    static const QStringList spellings = {
        u"yes"_s, u"Yes"_s, u"YES"_s, u"no"_s,  u"No"_s, u"NO"_s, u"on"_s, u"On"_s,
        u"ON"_s,  u"off"_s, u"Off"_s, u"OFF"_s, u"y"_s,  u"Y"_s,  u"n"_s,  u"N"_s};
    return node.isScalar() && node.plain && spellings.contains(node.text);
}

QString describe(const YamlNode &node)
{
    if (node.isScalar())
        // The quotes around a value are the language's own ('x' in English).
        return node.plain ? ValidatorTr::tr("'%1'").arg(node.text)
                          : ValidatorTr::tr("the quoted text '%1'").arg(node.text);
    return kindName(node.kind);
}

// The one place that explains the most common list mistake: an unquoted
// "key: value" inside a command makes YAML read the item as a mapping.
QString mappingItemHint(const YamlNode &item)
{
    if (item.isMap() && item.entries.size() == 1 && item.entries.front().key.isScalar())
        return ValidatorTr::tr(
                   "; YAML read '%1: ...' as a key and a value because of the ': ' inside it — "
                   "quote the whole item or use a block scalar (|)")
            .arg(item.entries.front().key.text);
    return {};
}

class InputChecker
{
public:
    InputChecker(const Step &step, const ActionSpec &action, Platforms platform, Reporter &reporter)
        : m_step(step), m_action(action), m_platform(platform), m_reporter(reporter)
    {
    }

    void run()
    {
        const YamlNode *inputs = m_step.inputs;
        const bool empty = !inputs || inputs->isNull() ||
                           (inputs->isSequence() && inputs->items.empty()) ||
                           (inputs->isMap() && inputs->entries.empty());
        if (empty) {
            if (m_action.hasRequiredInputs())
                reportMissingInputs(inputs);
            return;
        }
        switch (m_action.shape) {
        case InputShape::Condition:
            // The condition checker owns what is inside; here only the shape.
            if (!inputs->isMap()) {
                m_reporter.error(
                    Codes::InputsWrongShape, *inputs,
                    ValidatorTr::tr("Assert takes one condition as a mapping under 'inputs' (for "
                                    "example 'stringEquals: x' and 'value: y'), not %1")
                        .arg(kindName(inputs->kind)));
            }
            return;
        case InputShape::Map:
            if (inputs->isMap()) {
                checkEntry(*inputs);
            } else if (inputs->isSequence() && inputs->items.size() == 1 &&
                       inputs->items.front().isMap()) {
                m_reporter.error(
                    Codes::InputsWrongShape, inputs->items.front(),
                    ValidatorTr::tr("%1 takes its inputs as a mapping, not a list: remove the "
                                    "'-' in front of the first input")
                        .arg(m_action.name));
            } else {
                m_reporter.error(
                    Codes::InputsWrongShape, *inputs,
                    ValidatorTr::tr("%1 takes its inputs as a mapping (inputs: then one key per "
                                    "line), not %2")
                        .arg(m_action.name, kindName(inputs->kind)));
            }
            return;
        case InputShape::List:
            if (inputs->isSequence()) {
                for (const YamlNode &item : inputs->items) {
                    if (item.isMap()) {
                        checkEntry(item);
                    } else {
                        m_reporter.error(
                            Codes::InputsWrongShape, item,
                            ValidatorTr::tr("each entry of %1 inputs must be a mapping such as "
                                            "'- %2: ...', not %3")
                                .arg(m_action.name, firstInputName(), kindName(item.kind)));
                    }
                }
            } else if (inputs->isMap()) {
                m_reporter.error(
                    Codes::InputsWrongShape, *inputs,
                    ValidatorTr::tr("%1 takes a list of operations: write '- ' before the first "
                                    "input ('- %2: ...'), one entry per %3")
                        .arg(m_action.name, firstInputName(), operationName()));
            } else {
                m_reporter.error(
                    Codes::InputsWrongShape, *inputs,
                    ValidatorTr::tr("%1 takes a list of mappings ('- %2: ...'), not %3")
                        .arg(m_action.name, firstInputName(), kindName(inputs->kind)));
            }
            return;
        }
    }

private:
    QString firstInputName() const
    {
        return m_action.inputs.empty() ? u"key"_s : m_action.inputs.front().name;
    }

    QString operationName() const
    {
        return m_action.category == u"File system" ? ValidatorTr::tr("file operation")
                                                   : ValidatorTr::tr("operation");
    }

    QStringList requiredNames() const
    {
        QStringList names;
        for (const InputSpec &i : m_action.inputs) {
            if (i.required)
                names << i.name;
        }
        if (!m_action.exactlyOneOf.isEmpty())
            names << m_action.exactlyOneOf.join(ValidatorTr::tr(" or ", "joins input names"));
        return names;
    }

    void reportMissingInputs(const YamlNode *inputs)
    {
        // `inputs: []` points at the brackets; an empty `inputs:` at its key (a null
        // value has no position of its own); no inputs at all at the action.
        const YamlEntry *key = m_step.node->entry(u"inputs");
        const YamlNode &at = inputs && !inputs->isNull() ? *inputs
                             : key                       ? key->key
                             : m_step.actionNode         ? *m_step.actionNode
                                                         : *m_step.node;
        QStringList names = requiredNames();
        const QString last = names.isEmpty() ? QString() : names.takeLast();
        const QString required =
            names.isEmpty()
                ? last
                : names.join(u", ") + ValidatorTr::tr(" and ", "joins input names") + last;
        QString what;
        if (m_action.shape == InputShape::Condition)
            what = ValidatorTr::tr("a condition under 'inputs'");
        else if (m_action.shape == InputShape::List)
            what = ValidatorTr::tr("an 'inputs' list with at least one entry (each entry needs %1)")
                       .arg(required);
        else
            what = ValidatorTr::tr("an 'inputs' mapping with %1").arg(required);
        // Starts like Image Builder's own message, which users will search for.
        m_reporter.error(
            Codes::MissingInputs, at,
            ValidatorTr::tr("action %1 has no inputs; it requires %2").arg(m_action.name, what));
    }

    void checkEntry(const YamlNode &map)
    {
        QStringList inputNames;
        for (const InputSpec &i : m_action.inputs)
            inputNames << i.name;
        QStringList oneOfGiven;
        QStringList misspelled; // inputs an unknown key probably meant: not also "missing"
        for (const YamlEntry &e : map.entries) {
            if (!e.key.isScalar()) {
                m_reporter.error(Codes::UnknownInput, e.key,
                                 ValidatorTr::tr("an input name must be text, not %1")
                                     .arg(kindName(e.key.kind)));
                continue;
            }
            const InputSpec *spec = m_action.input(e.key.text);
            if (!spec) {
                const QString suggestion = closestMatch(e.key.text, inputNames);
                misspelled << suggestion;
                m_reporter.error(
                    Codes::UnknownInput, e.key,
                    ValidatorTr::tr("%1 has no input '%2'%3%4")
                        .arg(m_action.name, e.key.text,
                             suggestion.isEmpty()
                                 ? ValidatorTr::tr(" (its inputs are: %1)")
                                       .arg(inputNames.join(u", "))
                                 : ValidatorTr::tr("; did you mean '%1'?").arg(suggestion),
                             siblingHint(e.key.text)));
                continue;
            }
            if (!(spec->platforms & m_platform)) {
                m_reporter.error(
                    Codes::InputNotOnPlatform, e.key,
                    ValidatorTr::tr("%1 input '%2' is not available on %3 (only on %4)")
                        .arg(m_action.name, spec->name, platformNames(m_platform),
                             platformNames(spec->platforms)));
                continue;
            }
            if (m_action.exactlyOneOf.contains(spec->name)) {
                oneOfGiven << spec->name;
                if (oneOfGiven.size() == 2) {
                    m_reporter.error(Codes::ExclusiveInputs, e.key,
                                     ValidatorTr::tr("%1 takes either '%2' or '%3', not both")
                                         .arg(m_action.name, oneOfGiven.at(0), oneOfGiven.at(1)));
                }
            }
            checkValue(*spec, e.value, e.key);
        }
        for (const YamlEntry &e : map.entries) {
            const InputSpec *spec = e.key.isScalar() ? m_action.input(e.key.text) : nullptr;
            if (spec && !spec->worksWith.isEmpty() && !map.entry(spec->worksWith)) {
                m_reporter.warning(Codes::InputWithoutEffect, e.key,
                                   ValidatorTr::tr("%1 input '%2' has no effect without '%3'")
                                       .arg(m_action.name, spec->name, spec->worksWith));
            }
        }
        if (m_action.name == u"SetRegistry")
            checkRegistryValue(map);
        for (const InputSpec &i : m_action.inputs) {
            if (i.required && !map.entry(i.name) && !misspelled.contains(i.name)) {
                m_reporter.error(Codes::MissingInput, map,
                                 ValidatorTr::tr("%1 needs the input '%2' (%3)")
                                     .arg(m_action.name, i.name, inputTypeName(i.type)));
            }
        }
        const bool oneOfMisspelled =
            std::any_of(m_action.exactlyOneOf.begin(), m_action.exactlyOneOf.end(),
                        [&](const QString &name) { return misspelled.contains(name); });
        if (!m_action.exactlyOneOf.isEmpty() && oneOfGiven.isEmpty() && !oneOfMisspelled) {
            m_reporter.error(Codes::ExclusiveInputs, map,
                             ValidatorTr::tr("%1 needs one of the inputs %2")
                                 .arg(m_action.name, m_action.exactlyOneOf.join(ValidatorTr::tr(
                                                         " or ", "joins input names"))));
        }
    }

    // "DeleteFile has no input 'force'" is most useful when it adds that DeleteFolder
    // has one: the author probably picked the wrong module of the family.
    QString siblingHint(const QString &inputName) const
    {
        QStringList owners;
        for (const ActionSpec &other : ActionCatalogue::instance().actions()) {
            if (other.category == m_action.category && other.name != m_action.name &&
                other.input(inputName))
                owners << other.name;
        }
        const QString sibling = closestMatch(m_action.name, owners);
        return sibling.isEmpty()
                   ? QString()
                   : ValidatorTr::tr("; '%1' is an input of %2 — is that the module you "
                                     "meant?")
                         .arg(inputName, sibling);
    }

    // Extra rule (not expressible as table data): the shape of a registry value
    // depends on its type. AWS's own example writes DWORD lists; they cannot work.
    void checkRegistryValue(const YamlNode &map)
    {
        const YamlNode *type = map.value(u"type");
        const YamlNode *value = map.value(u"value");
        if (!type || !value || !type->isScalar() || hasReference(*type) || hasReference(*value))
            return;
        static const QRegularExpression wholeNumber(u"^(0[xX][0-9A-Fa-f]+|[0-9]+)$"_s);
        const QString &t = type->text;
        const bool number = t == u"DWORD" || t == u"QWORD";
        if ((number || t == u"SZ" || t == u"EXPAND_SZ") && !value->isScalar()) {
            m_reporter.error(
                Codes::InputValueNotAllowed, *value,
                ValidatorTr::tr("a %1 registry value is a single %2, not %3%4")
                    .arg(t, number ? ValidatorTr::tr("whole number") : ValidatorTr::tr("string"),
                         kindName(value->kind),
                         number ? QString() : ValidatorTr::tr(" (use type MULTI_SZ for a list)")));
        } else if (number && !wholeNumber.match(value->text).hasMatch()) {
            // AWS's own example writes `value: 1.1` for a DWORD; what AWSTOE stores
            // then is undocumented, so this is a warning, not an error.
            m_reporter.warning(
                Codes::RegistryValueNotWhole, *value,
                ValidatorTr::tr("a %1 registry value holds a whole number (decimal or 0x "
                                "hex); '%2' will not be stored as written")
                    .arg(t, value->text));
        }
    }

    void wrongType(const InputSpec &spec, const YamlNode &at, const QString &expected,
                   const QString &hint = {})
    {
        m_reporter.error(Codes::InputWrongType, at,
                         ValidatorTr::tr("%1 input '%2' must be %3, not %4%5")
                             .arg(m_action.name, spec.name, expected, describe(at), hint));
    }

    void checkValue(const InputSpec &spec, const YamlNode &value, const YamlNode &key)
    {
        if (value.isNull()) {
            if (spec.required) {
                // An empty value has no position of its own: point at its key.
                m_reporter.error(
                    Codes::InputWrongType, key,
                    ValidatorTr::tr("%1 input '%2' has no value").arg(m_action.name, spec.name));
            }
            return;
        }
        switch (spec.type) {
        case InputType::String:
            if (!value.isScalar())
                return wrongType(spec, value, ValidatorTr::tr("text"));
            return checkText(spec, value);
        case InputType::Permissions:
            if (!value.isScalar())
                return wrongType(spec, value, ValidatorTr::tr("octal digits such as '0755'"));
            return checkText(spec, value);
        case InputType::Boolean:
            return checkBoolean(spec, value);
        case InputType::Integer:
            if (hasReference(value))
                return;
            if (!value.isScalar() || !value.plain ||
                !QRegularExpression(u"^[-+]?[0-9]+$"_s).match(value.text).hasMatch()) {
                return wrongType(spec, value, ValidatorTr::tr("a whole number"),
                                 value.isScalar() && !value.plain
                                     ? ValidatorTr::tr(" (write the number without quotes)")
                                     : QString());
            }
            return;
        case InputType::StringList:
            return checkStringList(spec, value);
        case InputType::StringMap:
            if (!value.isMap())
                return wrongType(spec, value, ValidatorTr::tr("a mapping of NAME: value pairs"));
            for (const YamlEntry &e : value.entries) {
                if (!e.value.isScalar() && !e.value.isNull())
                    wrongType(spec, e.value, ValidatorTr::tr("a mapping whose values are text"));
                if (e.key.isScalar() && spec.reservedKeys.contains(e.key.text.toUpper())) {
                    m_reporter.error(Codes::InputValueNotAllowed, e.key,
                                     ValidatorTr::tr("%1 input '%2' may not set %3")
                                         .arg(m_action.name, spec.name, e.key.text));
                }
            }
            return;
        case InputType::NameValueList:
            return checkNameValueList(spec, value);
        case InputType::Any:
            if (value.isMap())
                return wrongType(spec, value, ValidatorTr::tr("text, a number or a list"));
            if (value.isSequence()) {
                for (const YamlNode &item : value.items) {
                    if (!item.isScalar())
                        wrongType(spec, item, ValidatorTr::tr("a list of text items"),
                                  mappingItemHint(item));
                }
            }
            return;
        }
    }

    void checkText(const InputSpec &spec, const YamlNode &value)
    {
        if (hasReference(value))
            return;
        if (!spec.allows(value.text)) {
            QString hint;
            for (const QString &v : spec.allowedValues) {
                if (v.compare(value.text, Qt::CaseInsensitive) == 0)
                    hint = ValidatorTr::tr("; values are case-sensitive: write '%1'").arg(v);
            }
            if (hint.isEmpty()) {
                const QString suggestion = closestMatch(value.text, spec.allowedValues);
                if (!suggestion.isEmpty())
                    hint = ValidatorTr::tr("; did you mean '%1'?").arg(suggestion);
            }
            m_reporter.error(Codes::InputValueNotAllowed, value,
                             ValidatorTr::tr("%1 input '%2' must be one of %3, not '%4'%5")
                                 .arg(m_action.name, spec.name, spec.allowedValues.join(u", "),
                                      value.text, hint));
            return;
        }
        if (!spec.mustEndWith.isEmpty() &&
            !value.text.trimmed().endsWith(spec.mustEndWith, Qt::CaseInsensitive)) {
            m_reporter.error(
                Codes::InputValueNotAllowed, value,
                ValidatorTr::tr("%1 input '%2' must name a %3 file; '%4' does not end in %3")
                    .arg(m_action.name, spec.name, spec.mustEndWith, value.text));
            return;
        }
        if (!spec.pattern.isEmpty()) {
            const QRegularExpression re(u"^(?:"_s + spec.pattern + u")$"_s);
            if (!re.match(value.text).hasMatch()) {
                m_reporter.error(Codes::InputValueNotAllowed, value,
                                 ValidatorTr::tr("%1 input '%2' must be %3, not '%4'")
                                     .arg(m_action.name, spec.name,
                                          spec.patternHint.isEmpty() ? ValidatorTr::tr("valid")
                                                                     : spec.patternHint,
                                          value.text));
            }
        }
    }

    void checkBoolean(const InputSpec &spec, const YamlNode &value)
    {
        if (hasReference(value) || isPlainBoolean(value))
            return;
        if (value.isScalar() && !value.plain && (value.text == u"true" || value.text == u"false")) {
            if (!spec.acceptsBooleanString) {
                wrongType(spec, value, ValidatorTr::tr("a YAML boolean"),
                          ValidatorTr::tr(" (write %1 without quotes)").arg(value.text));
            }
            return;
        }
        if (isYaml11Boolean(value)) {
            m_reporter.warning(
                Codes::YamlBooleanSpelling, value,
                ValidatorTr::tr("%1 input '%2': '%3' is a boolean only in YAML 1.1; write true "
                                "or false")
                    .arg(m_action.name, spec.name, value.text));
            return;
        }
        wrongType(spec, value, ValidatorTr::tr("true or false"));
    }

    void checkStringList(const InputSpec &spec, const YamlNode &value)
    {
        if (!value.isSequence()) {
            const QString hint =
                value.isScalar()
                    ? ValidatorTr::tr(" (put '- ' in front of the value: a list item per %1)")
                          .arg(spec.name == u"arguments" ? ValidatorTr::tr("argument")
                                                         : ValidatorTr::tr("line"))
                    : QString();
            return wrongType(spec, value, ValidatorTr::tr("a list of text items"), hint);
        }
        for (const YamlNode &item : value.items) {
            if (item.isScalar() && !item.isNull())
                continue;
            if (item.isNull()) {
                m_reporter.error(Codes::InputWrongType, item.mark.line ? item : value,
                                 ValidatorTr::tr("%1 input '%2' has an empty list item")
                                     .arg(m_action.name, spec.name));
                continue;
            }
            wrongType(spec, item, ValidatorTr::tr("a list of text items"), mappingItemHint(item));
        }
    }

    void checkNameValueList(const InputSpec &spec, const YamlNode &value)
    {
        if (!value.isSequence())
            return wrongType(spec, value,
                             ValidatorTr::tr("a list of '- name: ...' / 'value: ...' entries"));
        for (const YamlNode &item : value.items) {
            if (!item.isMap()) {
                wrongType(spec, item,
                          ValidatorTr::tr("a list of '- name: ...' / 'value: ...' entries"));
                continue;
            }
            for (const YamlEntry &e : item.entries) {
                if (e.key.isScalar() && e.key.text != u"name" && e.key.text != u"value") {
                    m_reporter.error(
                        Codes::UnknownInput, e.key,
                        ValidatorTr::tr("an entry of '%1' has only 'name' and 'value', not "
                                        "'%2'")
                            .arg(spec.name, e.key.text));
                } else if (!e.value.isScalar()) {
                    wrongType(spec, e.value,
                              ValidatorTr::tr("entries whose name and value are text"));
                }
            }
            for (const QString &key : {u"name"_s, u"value"_s}) {
                if (!item.entry(key)) {
                    m_reporter.error(
                        Codes::MissingInput, item,
                        ValidatorTr::tr("this entry of '%1' needs a '%2'").arg(spec.name, key));
                }
            }
        }
    }

    const Step &m_step;
    const ActionSpec &m_action;
    Platforms m_platform;
    Reporter &m_reporter;
};

} // namespace

void checkStepInputs(const Step &step, const ActionSpec &action, Platforms platform,
                     Reporter &reporter)
{
    InputChecker(step, action, platform, reporter).run();
}

} // namespace Kiln
