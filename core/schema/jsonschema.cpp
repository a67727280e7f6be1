// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "jsonschema.h"

#include "schema/actioncatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

QJsonObject ref(const QString &definition)
{
    return {{u"$ref"_s, u"#/definitions/"_s + definition}};
}

// Draft-07 ignores keywords next to "$ref", so a described reference is wrapped.
QJsonObject withDescription(QJsonObject schema, const QString &description)
{
    if (schema.contains(u"$ref"_s))
        schema = QJsonObject{{u"allOf"_s, QJsonArray{schema}}};
    if (!description.isEmpty())
        schema.insert(u"description"_s, description);
    return schema;
}

QJsonObject anyOf(const QJsonArray &alternatives, const QString &description = {})
{
    QJsonObject o{{u"anyOf"_s, alternatives}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    return o;
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

// JSON Schema regexes (ECMA-262) have no inline case-insensitive flag, so
// spell each letter as a class: "utf8" -> "[uU][tT][fF]8".
QString caseInsensitiveLiteral(const QString &text)
{
    QString p;
    for (const QChar c : text) {
        if (c.isLetter())
            p += u'[' + c.toLower() + c.toUpper() + u']';
        else if (QStringView(u"\\^$.|?*+()[]{}").contains(c))
            p += u'\\' + QString(c);
        else
            p += c;
    }
    return p;
}

QString caseInsensitivePattern(const QStringList &values)
{
    QStringList alternatives;
    for (const QString &v : values)
        alternatives << caseInsensitiveLiteral(v);
    return u"^(?:"_s + alternatives.join(u'|') + u")$"_s;
}

QJsonObject inputSchema(const InputSpec &input)
{
    QJsonArray alternatives;
    switch (input.type) {
    case InputType::String:
        if (!input.allowedValues.isEmpty()) {
            if (input.caseInsensitive) {
                alternatives.append(
                    QJsonObject{{u"type"_s, u"string"_s},
                                {u"pattern"_s, caseInsensitivePattern(input.allowedValues)}});
            } else {
                alternatives.append(QJsonObject{{u"enum"_s, strings(input.allowedValues)}});
            }
            alternatives.append(ref(u"reference"_s));
        } else if (!input.mustEndWith.isEmpty()) {
            alternatives.append(QJsonObject{
                {u"type"_s, u"string"_s},
                {u"pattern"_s, caseInsensitiveLiteral(input.mustEndWith) + u"\\s*$"_s}});
            alternatives.append(ref(u"reference"_s));
        } else if (!input.pattern.isEmpty()) {
            alternatives.append(QJsonObject{{u"type"_s, u"string"_s},
                                            {u"pattern"_s, u"^(?:"_s + input.pattern + u")$"_s}});
            alternatives.append(ref(u"reference"_s));
        } else {
            return withDescription(ref(u"scalar"_s), {});
        }
        break;
    case InputType::Permissions:
        alternatives.append(QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 0}});
        alternatives.append(QJsonObject{{u"type"_s, u"string"_s},
                                        {u"pattern"_s, u"^(?:"_s + input.pattern + u")$"_s}});
        alternatives.append(ref(u"reference"_s));
        break;
    case InputType::Boolean:
        alternatives.append(QJsonObject{{u"type"_s, u"boolean"_s}});
        if (input.acceptsBooleanString)
            alternatives.append(QJsonObject{{u"enum"_s, QJsonArray{u"true"_s, u"false"_s}}});
        alternatives.append(ref(u"reference"_s));
        break;
    case InputType::Integer:
        alternatives.append(QJsonObject{{u"type"_s, u"integer"_s}});
        alternatives.append(ref(u"reference"_s));
        break;
    case InputType::StringList:
        return QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, ref(u"scalar"_s)}};
    case InputType::StringMap:
        return QJsonObject{{u"type"_s, u"object"_s},
                           {u"additionalProperties"_s, ref(u"scalarOrNull"_s)}};
    case InputType::NameValueList:
        return QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, ref(u"nameValue"_s)}};
    case InputType::Any:
        alternatives.append(ref(u"scalar"_s));
        alternatives.append(QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, ref(u"scalar"_s)}});
        break;
    }
    return anyOf(alternatives);
}

QString inputDescription(const InputSpec &input)
{
    QString d = input.doc;
    d += u" Type: "_s + inputTypeName(input.type) + u'.';
    d += input.required ? u" Required."_s : u" Optional."_s;
    if (!input.allowedValues.isEmpty())
        d += u" Allowed: "_s + input.allowedValues.join(u", ") + u'.';
    if (!input.defaultValue.isEmpty())
        d += u" Default: "_s + input.defaultValue + u'.';
    if (input.platforms != AllPlatforms)
        d += u" Only on "_s + platformNames(input.platforms) + u'.';
    return d;
}

QJsonObject inputsEntrySchema(const ActionSpec &action)
{
    QJsonObject properties;
    QJsonArray required;
    for (const InputSpec &input : action.inputs) {
        QJsonObject s = inputSchema(input);
        s.insert(u"description"_s, inputDescription(input));
        properties.insert(input.name, s);
        if (input.required)
            required.append(input.name);
    }
    QJsonObject entry{{u"type"_s, u"object"_s},
                      {u"properties"_s, properties},
                      {u"additionalProperties"_s, false}};
    if (!required.isEmpty())
        entry.insert(u"required"_s, required);
    if (!action.exactlyOneOf.isEmpty()) {
        QJsonArray oneOf;
        for (const QString &name : action.exactlyOneOf)
            oneOf.append(QJsonObject{{u"required"_s, QJsonArray{name}}});
        entry.insert(u"oneOf"_s, oneOf);
    }
    return entry;
}

QJsonObject inputsSchema(const ActionSpec &action)
{
    const QString description = action.name + u" inputs. "_s + action.doc;
    switch (action.shape) {
    case InputShape::Condition:
        return withDescription(ref(u"condition"_s), description);
    case InputShape::Map: {
        QJsonObject entry = inputsEntrySchema(action);
        if (!action.hasRequiredInputs())
            return anyOf({entry, QJsonObject{{u"type"_s, u"null"_s}}}, description);
        return withDescription(entry, description);
    }
    case InputShape::List:
        QJsonObject list{{u"type"_s, u"array"_s}, {u"items"_s, inputsEntrySchema(action)}};
        if (action.hasRequiredInputs())
            list.insert(u"minItems"_s, 1);
        return withDescription(list, description + u" A list: one entry per operation."_s);
    }
    return {};
}

// One if/then per module: when `action` is X, `inputs` has X's shape.
QJsonObject actionRule(const ActionSpec &action)
{
    QJsonObject thenProperties{{u"inputs"_s, inputsSchema(action)}};
    QJsonObject then{{u"properties"_s, thenProperties}};
    if (action.hasRequiredInputs())
        then.insert(u"required"_s, QJsonArray{u"inputs"_s});
    if (!action.timeoutAllowed)
        then.insert(u"not"_s, QJsonObject{{u"required"_s, QJsonArray{u"timeoutSeconds"_s}}});
    if (action.runsOnce) {
        thenProperties.insert(u"timeoutSeconds"_s, QJsonObject{{u"const"_s, -1}});
        thenProperties.insert(u"maxAttempts"_s, QJsonObject{{u"const"_s, 1}});
        then.insert(u"properties"_s, thenProperties);
    }
    return QJsonObject{
        {u"if"_s, QJsonObject{{u"properties"_s,
                               QJsonObject{{u"action"_s, QJsonObject{{u"const"_s, action.name}}}}},
                              {u"required"_s, QJsonArray{u"action"_s}}}},
        {u"then"_s, then}};
}

struct Operator
{
    const char16_t *name;
    const char16_t *operand; // "value", "path" or nullptr for single-operand operators
    const char16_t *doc;
};

// Shape only: the expression engine (core/expr) owns evaluation and the finer rules.
const Operator comparisonOperators[] = {
    {u"stringIsEmpty", nullptr, u"True when the string has no characters."},
    {u"stringIsWhitespace", nullptr, u"True when the string is non-empty and only white space."},
    {u"stringEquals", u"value", u"True when value equals this text, ignoring case."},
    {u"stringLessThan", u"value", u"True when value sorts before this text (ignoring case)."},
    {u"stringLessThanEquals", u"value", u"True when value sorts before or equals this text."},
    {u"stringGreaterThan", u"value", u"True when value sorts after this text (ignoring case)."},
    {u"stringGreaterThanEquals", u"value", u"True when value sorts after or equals this text."},
    {u"patternMatches", u"value", u"True when value matches this regular expression (RE2)."},
    {u"numberEquals", u"value", u"True when value equals this number."},
    {u"numberLessThan", u"value", u"True when value is less than this number."},
    {u"numberLessThanEquals", u"value", u"True when value is less than or equal to this number."},
    {u"numberGreaterThan", u"value", u"True when value is greater than this number."},
    {u"numberGreaterThanEquals", u"value",
     u"True when value is greater than or equal to this number."},
    {u"binaryExists", nullptr, u"True when this program is found on the PATH."},
    {u"fileExists", nullptr, u"True when this path is an existing regular file."},
    {u"folderExists", nullptr, u"True when this path is an existing folder."},
    {u"fileMD5Equals", u"path", u"True when the MD5 of the file at path equals this hex string."},
    {u"fileSHA1Equals", u"path", u"True when the SHA-1 of the file at path equals this hex."},
    {u"fileSHA256Equals", u"path", u"True when the SHA-256 of the file at path equals this hex."},
    {u"fileSHA512Equals", u"path", u"True when the SHA-512 of the file at path equals this hex."},
};

QJsonObject conditionSchema()
{
    const QStringList stepActions = {u"Execute"_s, u"Skip"_s, u"Abort"_s};
    QJsonObject properties;
    QJsonArray exactlyOne;
    const QJsonObject list{
        {u"type"_s, u"array"_s}, {u"minItems"_s, 1}, {u"items"_s, ref(u"condition"_s)}};
    properties.insert(u"and"_s,
                      withDescription(list, u"True when every condition in the list is true "
                                            "(stops at the first false one)."_s));
    properties.insert(u"or"_s, withDescription(list, u"True when any condition in the list is true "
                                                     "(stops at the first true one)."_s));
    properties.insert(u"not"_s,
                      anyOf({ref(u"condition"_s), QJsonObject{{u"type"_s, u"array"_s},
                                                              {u"minItems"_s, 1},
                                                              {u"maxItems"_s, 1},
                                                              {u"items"_s, ref(u"condition"_s)}}},
                            u"Negates one condition (a mapping, or a list of one)."_s));
    for (const char *op : {"and", "or", "not"})
        exactlyOne.append(QJsonObject{{u"required"_s, QJsonArray{QString::fromLatin1(op)}}});
    for (const Operator &op : comparisonOperators) {
        const QString name = QString::fromUtf16(op.name);
        properties.insert(name, withDescription(ref(u"scalar"_s), QString::fromUtf16(op.doc)));
        exactlyOne.append(QJsonObject{{u"required"_s, QJsonArray{name}}});
    }
    properties.insert(u"value"_s,
                      withDescription(ref(u"scalarOrNull"_s),
                                      u"The value tested against the operator's operand; "
                                      "usually a {{ }} reference."_s));
    properties.insert(u"path"_s,
                      withDescription(ref(u"scalar"_s), u"The file whose hash a file hash operator "
                                                        "checks."_s));
    properties.insert(
        u"then"_s,
        QJsonObject{{u"enum"_s, strings(stepActions)},
                    {u"description"_s, u"What the step does when the condition is true: Execute "
                                       "(default), Skip or Abort."_s}});
    properties.insert(
        u"else"_s,
        QJsonObject{{u"enum"_s, strings(stepActions)},
                    {u"description"_s, u"What the step does when the condition is false: Skip "
                                       "(default), Execute or Abort."_s}});
    return QJsonObject{
        {u"type"_s, u"object"_s},
        {u"description"_s,
         u"A condition: exactly one comparison operator (with its value or path operand) or "
         "one logical operator (and, or, not)."_s},
        {u"properties"_s, properties},
        {u"additionalProperties"_s, false},
        {u"oneOf"_s, exactlyOne}};
}

QJsonObject loopSchema()
{
    const QJsonObject integer{{u"type"_s, u"integer"_s}};
    QJsonObject forLoop{
        {u"type"_s, u"object"_s},
        {u"description"_s, u"Counts from start to end (inclusive) in steps of updateBy."_s},
        {u"properties"_s,
         QJsonObject{
             {u"start"_s, withDescription(integer, u"First value."_s)},
             {u"end"_s, withDescription(integer, u"Last value (inclusive)."_s)},
             {u"updateBy"_s, withDescription(integer, u"Added each iteration; never 0."_s)}}},
        {u"required"_s, QJsonArray{u"start"_s, u"end"_s, u"updateBy"_s}},
        {u"additionalProperties"_s, false}};
    QJsonObject delimited{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{
             {u"list"_s, withDescription(ref(u"scalar"_s), u"Text split at the delimiter into the "
                                                           "iteration values."_s)},
             {u"delimiter"_s,
              QJsonObject{{u"enum"_s, QJsonArray{u"."_s, u","_s, u";"_s, u":"_s, u"\n"_s, u"\t"_s,
                                                 u" "_s, u"-"_s, u"_"_s}},
                          {u"description"_s, u"One character: . , ; : newline tab space - or _ "
                                             "(default ,)."_s}}}}},
        {u"required"_s, QJsonArray{u"list"_s}},
        {u"additionalProperties"_s, false}};
    QJsonObject forEach = anyOf(
        {QJsonObject{{u"type"_s, u"array"_s}, {u"minItems"_s, 1}, {u"items"_s, ref(u"scalar"_s)}},
         delimited},
        u"Runs once per list item, or per part of a delimited text."_s);
    return QJsonObject{
        {u"type"_s, u"object"_s},
        {u"description"_s,
         u"Repeats the step's action. Use {{ loop.index }} and {{ loop.value }} (or "
         "{{ <name>.value }}) in the inputs. timeoutSeconds, maxAttempts and onFailure apply "
         "to the whole loop."_s},
        {u"properties"_s,
         QJsonObject{{u"name"_s, QJsonObject{{u"type"_s, u"string"_s},
                                             {u"description"_s,
                                              u"Optional loop name, unique in the phase."_s}}},
                     {u"for"_s, forLoop},
                     {u"forEach"_s, forEach}}},
        {u"additionalProperties"_s, false},
        {u"oneOf"_s, QJsonArray{QJsonObject{{u"required"_s, QJsonArray{u"for"_s}}},
                                QJsonObject{{u"required"_s, QJsonArray{u"forEach"_s}}}}}};
}

QJsonObject variableSchema(bool constant)
{
    QJsonObject attributes{
        {u"type"_s,
         QJsonObject{{u"const"_s, u"string"_s}, {u"description"_s, u"Always string."_s}}},
        {u"description"_s,
         QJsonObject{{u"type"_s, u"string"_s}, {u"description"_s, u"Free text for readers."_s}}}};
    QJsonArray required{u"type"_s};
    if (constant) {
        attributes.insert(u"value"_s, withDescription(ref(u"scalar"_s), u"The value."_s));
        required.append(u"value"_s);
    } else {
        attributes.insert(u"default"_s,
                          withDescription(ref(u"scalar"_s),
                                          u"Used when no value is passed with --parameters. "
                                          "Without a default the parameter is required."_s));
        // Not in the AWSTOE reference, but AWS's own samples use it (corpus 031).
        attributes.insert(
            u"allowedValues"_s,
            QJsonObject{{u"type"_s, u"array"_s},
                        {u"items"_s, ref(u"scalar"_s)},
                        {u"description"_s, u"Values the parameter may take (used by AWS samples; "
                                           "not in the AWSTOE reference)."_s}});
    }
    const QJsonObject body{{u"type"_s, u"object"_s},
                           {u"properties"_s, attributes},
                           {u"required"_s, required},
                           {u"additionalProperties"_s, false}};
    return QJsonObject{
        {u"type"_s, u"array"_s},
        {u"description"_s,
         constant ? u"Constants: a list of '- Name: {type: string, value: ...}'. Names are "
                    "3-128 characters of A-Z a-z 0-9 - _, unique across parameters and "
                    "constants; use them as {{ Name }}."_s
                  : u"Parameters: a list of '- Name: {type: string, default: ..., "
                    "description: ...}'. Names are 3-128 characters of A-Z a-z 0-9 - _; use "
                    "them as {{ Name }} and pass values with --parameters Name=value."_s},
        {u"items"_s, QJsonObject{{u"type"_s, u"object"_s},
                                 {u"minProperties"_s, 1},
                                 {u"maxProperties"_s, 1},
                                 {u"additionalProperties"_s, body}}}};
}

QJsonObject stepSchema()
{
    const ActionCatalogue &catalogue = ActionCatalogue::instance();
    QJsonArray actions;
    QJsonArray rules;
    for (const ActionSpec &a : catalogue.actions()) {
        actions.append(QJsonObject{
            {u"const"_s, a.name},
            {u"description"_s, a.doc + u" Platforms: "_s + platformNames(a.platforms) + u'.'}});
        rules.append(actionRule(a));
    }
    // Shapes only; the descriptions come from stepFields() below.
    const QJsonObject properties{
        {u"name"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"pattern"_s, u"^[^.\\[\\]{}\\s]+$"_s}}},
        {u"action"_s, QJsonObject{{u"oneOf"_s, actions}}},
        {u"inputs"_s, QJsonObject{}},
        {u"timeoutSeconds"_s, anyOf({QJsonObject{{u"const"_s, -1}},
                                     QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}}})},
        {u"onFailure"_s,
         QJsonObject{{u"enum"_s, QJsonArray{u"Abort"_s, u"Continue"_s, u"Ignore"_s}}}},
        {u"maxAttempts"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}}},
        {u"loop"_s, ref(u"loop"_s)},
        {u"if"_s, anyOf({ref(u"condition"_s), QJsonObject{{u"type"_s, u"array"_s},
                                                          {u"minItems"_s, 1},
                                                          {u"maxItems"_s, 1},
                                                          {u"items"_s, ref(u"condition"_s)}}})},
    };
    // One source for the hover text: the catalogue's step-field docs.
    QJsonObject described;
    for (const StepFieldSpec &field : stepFields()) {
        QJsonObject schema = properties.value(field.name).toObject();
        if (schema.contains(u"$ref"_s))
            schema = QJsonObject{{u"allOf"_s, QJsonArray{schema}}};
        schema.insert(u"description"_s, field.doc);
        described.insert(field.name, schema);
    }
    // Outside the reference but used in published components; `kiln validate` warns (K3025).
    described.insert(u"disableLogging"_s,
                     QJsonObject{{u"type"_s, u"boolean"_s},
                                 {u"description"_s,
                                  u"Not in the AWSTOE reference: keeps the step's output out of "
                                  "the logs in newer Image Builder releases; older AWSTOE releases "
                                  "reject it. Kiln ignores it."_s}});
    return QJsonObject{{u"type"_s, u"object"_s},
                       {u"description"_s, u"A step: one action module with its inputs."_s},
                       {u"properties"_s, described},
                       {u"required"_s, QJsonArray{u"name"_s, u"action"_s}},
                       {u"additionalProperties"_s, false},
                       {u"allOf"_s, rules}};
}

} // namespace

QJsonObject componentJsonSchema()
{
    const QJsonObject scalarTypes{{u"type"_s, QJsonArray{u"string"_s, u"number"_s, u"boolean"_s}}};
    const QJsonObject definitions{
        {u"scalar"_s, scalarTypes},
        {u"scalarOrNull"_s,
         QJsonObject{{u"type"_s, QJsonArray{u"string"_s, u"number"_s, u"boolean"_s, u"null"_s}}}},
        {u"reference"_s,
         QJsonObject{
             {u"type"_s, u"string"_s},
             {u"pattern"_s, u"\\{\\{.*\\}\\}"_s},
             {u"description"_s, u"A value with a {{ }} reference, substituted at run time."_s}}},
        {u"nameValue"_s, QJsonObject{{u"type"_s, u"object"_s},
                                     {u"properties"_s, QJsonObject{{u"name"_s, ref(u"scalar"_s)},
                                                                   {u"value"_s, ref(u"scalar"_s)}}},
                                     {u"required"_s, QJsonArray{u"name"_s, u"value"_s}},
                                     {u"additionalProperties"_s, false}}},
        {u"condition"_s, conditionSchema()},
        {u"loop"_s, loopSchema()},
        {u"step"_s, stepSchema()},
        {u"phase"_s,
         QJsonObject{
             {u"type"_s, u"object"_s},
             {u"description"_s,
              u"A phase: build and validate run while building the image, test on an "
              "instance launched from it. Phases run in document order."_s},
             {u"properties"_s,
              QJsonObject{
                  {u"name"_s, QJsonObject{{u"type"_s, u"string"_s},
                                          {u"description"_s, u"Phase name, unique in the document: "
                                                             "build, validate or test for Image "
                                                             "Builder."_s}}},
                  {u"steps"_s, QJsonObject{{u"type"_s, u"array"_s},
                                           {u"items"_s, ref(u"step"_s)},
                                           {u"description"_s, u"The steps, run in order."_s}}}}},
             {u"required"_s, QJsonArray{u"name"_s, u"steps"_s}},
             {u"additionalProperties"_s, false}}},
    };
    const QJsonObject properties{
        {u"name"_s, QJsonObject{{u"type"_s, u"string"_s},
                                {u"description"_s, u"Component name shown in reports."_s}}},
        {u"description"_s,
         QJsonObject{{u"type"_s, u"string"_s}, {u"description"_s, u"What the component does."_s}}},
        {u"schemaVersion"_s,
         QJsonObject{{u"enum"_s, QJsonArray{u"1.0"_s, 1}},
                     {u"description"_s,
                      u"Document schema version; only 1.0 exists (1.0, \"1.0\" or 1)."_s}}},
        {u"parameters"_s, variableSchema(false)},
        {u"constants"_s, variableSchema(true)},
        {u"phases"_s,
         QJsonObject{{u"type"_s, u"array"_s},
                     {u"minItems"_s, 1},
                     {u"items"_s, ref(u"phase"_s)},
                     {u"description"_s, u"The phases, run in document order. Image Builder runs "
                                        "build, validate and test."_s}}},
    };
    return QJsonObject{
        {u"$schema"_s, u"http://json-schema.org/draft-07/schema#"_s},
        {u"$id"_s, u"https://kiln.invalid/schemas/awstoe-component-1.0.json"_s},
        {u"title"_s, u"EC2 Image Builder component document (AWSTOE schemaVersion 1.0)"_s},
        {u"description"_s,
         u"Generated by 'kiln schema' from Kiln's action catalogue. Platform-neutral; run "
         "'kiln validate --os-platforms ...' for per-platform rules and references."_s},
        {u"type"_s, u"object"_s},
        {u"properties"_s, properties},
        {u"required"_s, QJsonArray{u"schemaVersion"_s, u"phases"_s}},
        {u"additionalProperties"_s, false},
        {u"definitions"_s, definitions}};
}

QByteArray componentJsonSchemaText()
{
    return QJsonDocument(componentJsonSchema()).toJson(QJsonDocument::Indented);
}

} // namespace Kiln
