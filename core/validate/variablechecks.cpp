// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Parameters and constants (behaviour-reference §2.1, §2.2).
#include "diagnostics/codes.h"
#include "document/document.h"
#include "expr/exprissue.h"
#include "expr/reference.h"
#include "i18n/tr.h"
#include "validate/exprchecks.h"
#include "validate/referencechecker.h"
#include "validate/reporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

struct VariableKind
{
    QStringView section;  // "parameters" / "constants"
    QStringView singular; // "parameter" / "constant"
    QStringList keys;     // allowed attributes
};

// The kind as a word in a message, in the user's language.
QString kindWord(const VariableKind &kind)
{
    return kind.singular == u"constant" ? ValidatorTr::tr("constant")
                                        : ValidatorTr::tr("parameter");
}

// `allowedValues: [a, b]` must be a list of text, and the default one of them.
void checkAllowedValues(const YamlNode &attrs, const QString &name, Reporter &r)
{
    const YamlEntry *allowed = attrs.entry(u"allowedValues");
    if (!allowed)
        return;
    if (!allowed->value.isSequence() || allowed->value.items.empty()) {
        r.error(
            Codes::BadVariableDeclaration, allowed->value.mark.line ? allowed->value : allowed->key,
            ValidatorTr::tr("'allowedValues' of parameter '%1' must be a non-empty list of values")
                .arg(name));
        return;
    }
    QStringList values;
    for (const YamlNode &item : allowed->value.items) {
        if (!item.isScalar()) {
            r.error(Codes::BadVariableDeclaration, item,
                    ValidatorTr::tr("each of 'allowedValues' must be text, not %1")
                        .arg(kindName(item.kind)));
            return;
        }
        values << item.text;
    }
    const YamlNode *def = attrs.value(u"default");
    if (def && def->isScalar() && !values.contains(def->text)) {
        r.error(
            Codes::DefaultNotAllowed, *def,
            ValidatorTr::tr("default '%1' of parameter '%2' is not one of its allowedValues (%3)")
                .arg(def->text, name, values.join(u", ")));
    }
}

// `- Name:` followed by `type:`/`default:`... at the same indentation: YAML reads
// one mapping whose first key has no value, where the attributes belong under it.
bool isFlattenedDeclaration(const YamlNode &item, const VariableKind &kind)
{
    if (!item.isMap() || item.entries.size() < 2 || !item.entries.front().key.isScalar() ||
        !item.entries.front().value.isNull())
        return false;
    return std::all_of(item.entries.begin() + 1, item.entries.end(), [&](const YamlEntry &e) {
        return e.key.isScalar() && kind.keys.contains(e.key.text);
    });
}

// "'type', 'default' and 'description'": the attribute keys of a flattened declaration.
QString attributeList(const YamlNode &item)
{
    QStringList keys;
    for (auto it = item.entries.begin() + 1; it != item.entries.end(); ++it)
        keys << u"'"_s + it->key.text + u"'"_s;
    const QString last = keys.takeLast();
    return keys.isEmpty() ? last : ValidatorTr::tr("%1 and %2").arg(keys.join(u", "_s), last);
}

void checkSection(const YamlNode &root, const VariableKind &kind, QHash<QString, Mark> &seen,
                  Reporter &r)
{
    const YamlEntry *section = root.entry(kind.section);
    if (!section || section->value.isNull())
        return;
    const YamlNode &list = section->value;
    if (!list.isSequence()) {
        r.error(Codes::BadVariableDeclaration, list.mark.line ? list : section->key,
                ValidatorTr::tr("'%1' must be a list of single-key mappings ('- Name: "
                                "{type: string, ...}'), not %2")
                    .arg(kind.section, kindName(list.kind)));
        return;
    }
    static const QRegularExpression nameShape(u"^[A-Za-z0-9_-]{3,128}$"_s);
    for (const YamlNode &item : list.items) {
        if (isFlattenedDeclaration(item, kind)) {
            const YamlEntry &first = item.entries.front();
            r.error(
                Codes::BadVariableDeclaration, item,
                ValidatorTr::tr("%1 '%2' is written as one mapping of %3 keys: write '- %2:' and "
                                "indent %4 under it, two spaces deeper than '%2'")
                    .arg(kindWord(kind), first.key.text)
                    .arg(item.entries.size())
                    .arg(attributeList(item)));
            continue;
        }
        if (!item.isMap() || item.entries.size() != 1) {
            r.error(
                Codes::BadVariableDeclaration, item,
                item.isMap()
                    ? ValidatorTr::tr(
                          "each %1 is a mapping with a single key, its name; this one has %2 keys "
                          "(check the indentation of type/default/value)")
                          .arg(kindWord(kind))
                          .arg(item.entries.size())
                    : ValidatorTr::tr("each %1 is a mapping '- Name: {type: string, ...}', not %2")
                          .arg(kindWord(kind), kindName(item.kind)));
            continue;
        }
        const YamlEntry &e = item.entries.front();
        const QString name = e.key.isScalar() ? e.key.text : QString();
        if (!nameShape.match(name).hasMatch()) {
            r.error(Codes::BadVariableName, e.key,
                    ValidatorTr::tr("'%1' is not a valid %2 name: use 3 to 128 "
                                    "characters of A-Z, a-z, 0-9, '-' and '_'")
                        .arg(name, kindWord(kind)));
        } else if (seen.contains(name)) {
            const Mark first = seen.value(name);
            r.error(
                Codes::DuplicateVariable, e.key,
                ValidatorTr::tr(
                    "'%1' is already declared on line %2; names are unique across parameters and "
                    "constants")
                    .arg(name)
                    .arg(first.line));
        } else {
            seen.insert(name, e.key.mark);
        }
        const YamlNode &attrs = e.value;
        if (!attrs.isMap()) {
            r.error(
                Codes::BadVariableDeclaration, attrs.mark.line ? attrs : e.key,
                ValidatorTr::tr("%1 '%2' needs a mapping with 'type: string'%3, not %4")
                    .arg(kindWord(kind), name,
                         kind.singular == u"constant" ? ValidatorTr::tr(" and 'value'") : QString(),
                         kindName(attrs.kind)));
            continue;
        }
        std::vector<QString> candidates(kind.keys.begin(), kind.keys.end());
        for (const YamlEntry &a : attrs.entries) {
            if (a.key.isScalar() && !kind.keys.contains(a.key.text)) {
                const QString hint = closestName(a.key.text, candidates);
                r.error(Codes::UnknownKey, a.key,
                        ValidatorTr::tr("unknown key '%1' in %2 '%3'%4 (allowed: %5)")
                            .arg(a.key.text, kindWord(kind), name,
                                 hint.isEmpty() ? QString()
                                                : ValidatorTr::tr("; did you mean '%1'?").arg(hint),
                                 kind.keys.join(u", ")));
            }
        }
        const YamlEntry *type = attrs.entry(u"type");
        if (!type) {
            r.error(Codes::VariableType, e.key,
                    ValidatorTr::tr("%1 '%2' has no 'type': add 'type: string'")
                        .arg(kindWord(kind), name));
        } else if (!type->value.isScalar() || type->value.text != u"string") {
            r.error(Codes::VariableType, type->value.mark.line ? type->value : type->key,
                    ValidatorTr::tr("the only %1 type is 'string', not '%2'")
                        .arg(kindWord(kind), type->value.isScalar() ? type->value.text
                                                                    : kindName(type->value.kind)));
        }
        if (kind.singular == u"parameter")
            checkAllowedValues(attrs, name, r);
        const QStringView valueKey = kind.singular == u"constant" ? u"value" : u"default";
        const YamlEntry *value = attrs.entry(valueKey);
        if (!value && kind.singular == u"constant") {
            r.error(Codes::ConstantWithoutValue, e.key,
                    ValidatorTr::tr("constant '%1' has no 'value'").arg(name));
        } else if (value && !value->value.isScalar() && !value->value.isNull()) {
            r.error(Codes::WrongType, value->value,
                    ValidatorTr::tr("'%1' of %2 '%3' must be a string, not %4")
                        .arg(valueKey, kindWord(kind), name, kindName(value->value.kind)));
        }
    }
}

// Which of `names` a `{{ Name }}` or `aws:ssm:resolve(Name)` below `node`
// refers to. A scan without building References: it runs over every scalar of
// the document on each edit in the language server; `left` counts the names
// not seen yet, so that it stops as soon as all are.
void markUsedNames(const YamlNode &node, const std::vector<QString> &names, std::vector<bool> &used,
                   size_t &left)
{
    if (left == 0)
        return;
    if (node.isScalar()) {
        const QStringView text = node.text;
        for (qsizetype open = text.indexOf(u"{{"); open >= 0 && left > 0;
             open = text.indexOf(u"{{", open + 2)) {
            const qsizetype close = text.indexOf(u"}}", open + 2);
            if (close < 0)
                break;
            QStringView name = text.mid(open + 2, close - open - 2).trimmed();
            if (name.startsWith(u"aws:ssm:resolve(") && name.endsWith(u')'))
                name = name.mid(16, name.size() - 17).trimmed();
            for (size_t i = 0; i < names.size(); ++i) {
                if (!used[i] && name == names[i]) {
                    used[i] = true;
                    --left;
                }
            }
        }
    }
    for (const YamlNode &item : node.items)
        markUsedNames(item, names, used, left);
    for (const YamlEntry &e : node.entries)
        markUsedNames(e.value, names, used, left);
}

} // namespace

void checkVariables(const Document &doc, Reporter &reporter)
{
    const YamlNode *root = doc.root();
    if (!root || !root->isMap())
        return;
    QHash<QString, Mark> seen;
    // `allowedValues` is not in the AWSTOE reference, but AWS's own samples use it
    // (corpus 031) and Image Builder enforces it, so it is accepted and checked.
    checkSection(*root,
                 {u"parameters",
                  u"parameter",
                  {u"type"_s, u"default"_s, u"description"_s, u"allowedValues"_s}},
                 seen, reporter);
    checkSection(*root, {u"constants", u"constant", {u"type"_s, u"value"_s, u"description"_s}},
                 seen, reporter);

    if (const YamlNode *phases = root->value(u"phases")) {
        std::vector<QString> names;
        for (const std::vector<Variable> *vars : {&doc.parameters, &doc.constants}) {
            for (const Variable &v : *vars)
                names.push_back(v.name);
        }
        std::vector<bool> used(names.size(), false);
        size_t left = names.size();
        markUsedNames(*phases, names, used, left);
        size_t index = 0;
        for (const std::vector<Variable> *vars : {&doc.parameters, &doc.constants}) {
            for (const Variable &v : *vars) {
                const bool isUsed = used[index++];
                if (v.entry && v.entry->value.isMap() && !v.name.isEmpty() && !isUsed) {
                    // A parameter nobody references is legal and often read by the
                    // pipeline that publishes the component (info); a constant only the
                    // document itself can read is dead or misspelt (warning).
                    reporter.report(
                        vars == &doc.parameters ? Severity::Info : Severity::Warning,
                        Codes::UnusedVariable, v.entry->key,
                        ValidatorTr::tr("'%1' is declared but never referenced in the phases")
                            .arg(v.name));
                }
            }
        }
    }

    // Defaults and values are not expression contexts (§2.3).
    ReferenceChecker refs(doc, reporter);
    for (const std::vector<Variable> *vars : {&doc.parameters, &doc.constants}) {
        for (const Variable &v : *vars) {
            if (v.value)
                refs.rejectReferences(*v.value,
                                      ValidatorTr::tr("a parameter default or constant value"),
                                      Severity::Warning);
        }
    }
}

} // namespace Kiln
