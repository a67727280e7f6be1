// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "fix/codeactions.h"

#include "diagnostics/codes.h"
#include "document/document.h"
#include "document/indentationblame.h"
#include "schema/actioncatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// Titles in context Kiln::Fixes (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::Fixes)
};

bool at(const YamlNode &node, Mark mark)
{
    return node.mark.line == mark.line && node.mark.column == mark.column;
}

// Where a fix looks: the document, its text by lines, the diagnostic.
struct FixContext
{
    const Document &doc;
    SourceLines lines;
    const Diagnostic &diagnostic;
    Mark mark() const { return {diagnostic.location.line, diagnostic.location.column}; }
};

// Leading spaces of `line`.
int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == u' ')
        ++i;
    return i;
}

bool isBlank(const QString &line)
{
    const QString t = line.trimmed();
    return t.isEmpty() || t.startsWith(u'#');
}

// The exact source range of a one-line scalar (inside its quotes for a quoted
// one), or nullopt when the source does not hold its text as is (escapes,
// folded lines): then no edit can be placed safely.
std::optional<std::pair<Mark, Mark>> scalarRange(const SourceLines &lines, const YamlNode &node)
{
    if (!node.isScalar() || node.mark.line < 1)
        return std::nullopt;
    const QString line = lines.line(node.mark.line);
    int start = lines.utf16OfColumn(node.mark.line, node.mark.column);
    if (start < line.size() && (line.at(start) == u'\'' || line.at(start) == u'"'))
        ++start;
    if (line.mid(start, node.text.size()) != node.text)
        return std::nullopt;
    const int end = start + int(node.text.size());
    return std::pair{Mark{node.mark.line, lines.columnOfUtf16(node.mark.line, start)},
                     Mark{node.mark.line, lines.columnOfUtf16(node.mark.line, end)}};
}

// Replace a scalar (a key or a value) with `text`.
std::optional<CodeAction> replaceScalar(const FixContext &c, const YamlNode &node,
                                        const QString &text, const QString &title)
{
    const auto range = scalarRange(c.lines, node);
    if (!range || text.isEmpty() || text == node.text)
        return std::nullopt;
    return CodeAction{
        title, c.diagnostic.code, {TextEdit{range->first, range->second, text}}, true};
}

std::optional<CodeAction> rename(const FixContext &c, const YamlNode &node,
                                 const QString &suggestion)
{
    return replaceScalar(c, node, suggestion, Tr::tr("Change to '%1'").arg(suggestion));
}

// The last line of the block that starts with a key on `line` at indentation
// `indent`: following lines that are blank, more indented, or list items at the
// same indentation (a block sequence may sit level with its key). Trailing
// blank lines are not part of it.
int blockEnd(const SourceLines &lines, int line, int indent)
{
    int last = line;
    for (int l = line + 1; l <= lines.lineCount(); ++l) {
        const QString text = lines.line(l);
        if (isBlank(text))
            continue;
        const int i = indentOf(text);
        const bool item = i == indent && text.mid(i).startsWith(u'-');
        if (i <= indent && !item)
            break;
        last = l;
    }
    return last;
}

// Insert `spaces` spaces at the start of every non-blank line of [first, last].
std::vector<TextEdit> indentLines(const SourceLines &lines, int first, int last, int spaces)
{
    std::vector<TextEdit> edits;
    for (int l = first; l <= last; ++l) {
        if (!lines.line(l).trimmed().isEmpty())
            edits.push_back(TextEdit{Mark{l, 1}, Mark{l, 1}, QString(spaces, u' ')});
    }
    return edits;
}

const Step *stepWhere(const Document &doc, const std::function<bool(const Step &)> &test)
{
    for (const Phase &phase : doc.phases) {
        for (const Step &step : phase.steps) {
            if (test(step))
                return &step;
        }
    }
    return nullptr;
}

// The input maps of a step: its `inputs` mapping, or each entry of a list.
std::vector<const YamlNode *> inputMaps(const Step &step)
{
    std::vector<const YamlNode *> maps;
    if (!step.inputs)
        return maps;
    if (step.inputs->isMap())
        maps.push_back(step.inputs);
    for (const YamlNode &item : step.inputs->items) {
        if (item.isMap())
            maps.push_back(&item);
    }
    return maps;
}

std::optional<CodeAction> fixUnknownAction(const FixContext &c)
{
    const Step *step = stepWhere(
        c.doc, [&](const Step &s) { return s.actionNode && at(*s.actionNode, c.mark()); });
    if (!step)
        return std::nullopt;
    return rename(c, *step->actionNode, ActionCatalogue::instance().suggest(step->action));
}

std::optional<CodeAction> fixUnknownInput(const FixContext &c)
{
    for (const Phase &phase : c.doc.phases) {
        for (const Step &step : phase.steps) {
            const ActionSpec *spec = ActionCatalogue::instance().find(step.action);
            if (!spec)
                continue;
            for (const YamlNode *map : inputMaps(step)) {
                for (const YamlEntry &e : map->entries) {
                    if (!at(e.key, c.mark()) || !e.key.isScalar())
                        continue;
                    QStringList names;
                    for (const InputSpec &in : spec->inputs) {
                        if (!map->entry(in.name))
                            names << in.name;
                    }
                    return rename(c, e.key, closestMatch(e.key.text, names));
                }
            }
        }
    }
    return std::nullopt;
}

// A step key that is an input of the step's action sits level with `inputs:`
// (the first input not indented): indent its block under `inputs`.
std::optional<CodeAction> moveUnderInputs(const FixContext &c, const Step &step,
                                          const YamlEntry &key)
{
    const YamlEntry *inputs = step.node->entry(u"inputs");
    if (!inputs || !inputs->value.isNull() || inputs->key.mark.line >= key.key.mark.line)
        return std::nullopt;
    // Only keys between `inputs:` and the next real step key move.
    for (const YamlEntry &e : step.node->entries) {
        if (e.key.mark.line > inputs->key.mark.line && e.key.mark.line < key.key.mark.line &&
            stepFieldNames().contains(e.key.text))
            return std::nullopt;
    }
    const int indent = key.key.mark.column - 1;
    const int last = blockEnd(c.lines, key.key.mark.line, indent);
    return CodeAction{Tr::tr("Move '%1' under 'inputs'").arg(key.key.text), c.diagnostic.code,
                      indentLines(c.lines, key.key.mark.line, last, 2), true};
}

std::optional<CodeAction> fixUnknownStepKey(const FixContext &c)
{
    for (const Phase &phase : c.doc.phases) {
        for (const Step &step : phase.steps) {
            if (!step.node || !step.node->isMap())
                continue;
            for (const YamlEntry &e : step.node->entries) {
                if (!at(e.key, c.mark()) || !e.key.isScalar())
                    continue;
                const ActionSpec *spec = ActionCatalogue::instance().find(step.action);
                if (spec && spec->input(e.key.text))
                    return moveUnderInputs(c, step, e);
                return rename(c, e.key, closestMatch(e.key.text, stepFieldNames()));
            }
        }
    }
    return std::nullopt;
}

// An unknown key at the top level, in a phase or in a parameter/constant.
std::optional<CodeAction> fixUnknownKey(const FixContext &c)
{
    const YamlNode *root = c.doc.root();
    if (!root || !root->isMap())
        return std::nullopt;
    const auto inMap = [&](const YamlNode &map,
                           const QStringList &known) -> std::optional<CodeAction> {
        for (const YamlEntry &e : map.entries) {
            if (at(e.key, c.mark()) && e.key.isScalar())
                return rename(c, e.key, closestMatch(e.key.text, known));
        }
        return std::nullopt;
    };
    if (auto fix = inMap(*root, {u"name"_s, u"description"_s, u"schemaVersion"_s, u"parameters"_s,
                                 u"constants"_s, u"phases"_s}))
        return fix;
    for (const Phase &phase : c.doc.phases) {
        if (auto fix = inMap(*phase.node, {u"name"_s, u"steps"_s}))
            return fix;
    }
    for (const Variable &v : c.doc.parameters) {
        if (v.entry && v.entry->value.isMap()) {
            if (auto fix = inMap(v.entry->value,
                                 {u"type"_s, u"default"_s, u"description"_s, u"allowedValues"_s}))
                return fix;
        }
    }
    for (const Variable &v : c.doc.constants) {
        if (v.entry && v.entry->value.isMap()) {
            if (auto fix = inMap(v.entry->value, {u"type"_s, u"value"_s, u"description"_s}))
                return fix;
        }
    }
    return std::nullopt;
}

std::optional<CodeAction> fixPhaseName(const FixContext &c)
{
    for (const Phase &phase : c.doc.phases) {
        if (phase.nameNode && at(*phase.nameNode, c.mark()))
            return rename(c, *phase.nameNode,
                          closestMatch(phase.name, {u"build"_s, u"validate"_s, u"test"_s}));
    }
    return std::nullopt;
}

// No build, validate or test phase at all: a phase whose name is a typo of one.
std::optional<CodeAction> fixNoStandardPhase(const FixContext &c)
{
    for (const Phase &phase : c.doc.phases) {
        if (!phase.nameNode)
            continue;
        const QString hint = closestMatch(phase.name, {u"build"_s, u"validate"_s, u"test"_s});
        if (!hint.isEmpty())
            return rename(c, *phase.nameNode, hint);
    }
    return std::nullopt;
}

// A YAML value for a required input the user still has to fill in.
QString placeholderValue(const InputSpec &in)
{
    switch (in.type) {
    case InputType::Boolean:
        return u"false"_s;
    case InputType::Integer:
        return u"0"_s;
    case InputType::StringList:
    case InputType::NameValueList:
        return u"[]"_s;
    case InputType::StringMap:
        return u"{}"_s;
    case InputType::String:
    case InputType::Permissions:
    case InputType::Any:
        break;
    }
    return u"''"_s;
}

// A required input missing from a block mapping: a new first key above the
// existing ones (`- path: x` gains `- name: ''` with `path` below it).
QList<CodeAction> fixMissingInput(const FixContext &c)
{
    QList<CodeAction> actions;
    for (const Phase &phase : c.doc.phases) {
        for (const Step &step : phase.steps) {
            const ActionSpec *spec = ActionCatalogue::instance().find(step.action);
            if (!spec)
                continue;
            for (const YamlNode *map : inputMaps(step)) {
                if (!at(*map, c.mark()) || map->flow || map->entries.empty())
                    continue;
                const Mark first = map->entries.front().key.mark;
                for (const InputSpec &in : spec->inputs) {
                    // Several inputs can be missing; each has its own diagnostic, which
                    // names it as a word.
                    const bool named = c.diagnostic.message.contains(QRegularExpression(
                        u"\\b"_s + QRegularExpression::escape(in.name) + u"\\b"_s));
                    if (!in.required || map->entry(in.name) || !named)
                        continue;
                    // The document's own line break: CRLF files stay CRLF.
                    const QString lineBreak =
                        c.lines.text().contains(u"\r\n"_s) ? u"\r\n"_s : u"\n"_s;
                    const QString text = in.name + u": "_s + placeholderValue(in) + lineBreak +
                                         QString(first.column - 1, u' ');
                    actions << CodeAction{Tr::tr("Add the input '%1'").arg(in.name),
                                          c.diagnostic.code,
                                          {TextEdit{first, first, text}},
                                          true};
                }
                return actions;
            }
        }
    }
    return actions;
}

// `- Name:` with its attributes level with the name instead of under it.
std::optional<CodeAction> fixFlattenedDeclaration(const FixContext &c)
{
    const YamlNode *root = c.doc.root();
    if (!root || !root->isMap())
        return std::nullopt;
    for (const QStringView section : {u"parameters", u"constants"}) {
        const YamlNode *list = root->value(section);
        if (!list || !list->isSequence())
            continue;
        for (const YamlNode &item : list->items) {
            if (!at(item, c.mark()) || !item.isMap() || item.flow || item.entries.size() < 2 ||
                !item.entries.front().value.isNull())
                continue;
            const YamlEntry &name = item.entries.front();
            const YamlEntry &firstAttribute = item.entries[1];
            const int spaces = name.key.mark.column + 2 - firstAttribute.key.mark.column;
            if (spaces <= 0)
                return std::nullopt;
            const int from = firstAttribute.key.mark.line;
            const int to = blockEnd(c.lines, item.entries.back().key.mark.line,
                                    item.entries.back().key.mark.column - 1);
            return CodeAction{Tr::tr("Indent the attributes of '%1' under it").arg(name.key.text),
                              c.diagnostic.code, indentLines(c.lines, from, to, spaces), true};
        }
    }
    return std::nullopt;
}

// A scalar anywhere in the document at the diagnostic's position.
const YamlNode *scalarAtMark(const YamlNode &node, Mark mark)
{
    if (node.isScalar() && at(node, mark))
        return &node;
    for (const YamlNode &item : node.items) {
        if (const YamlNode *found = scalarAtMark(item, mark))
            return found;
    }
    for (const YamlEntry &e : node.entries) {
        if (const YamlNode *found = scalarAtMark(e.key, mark))
            return found;
        if (const YamlNode *found = scalarAtMark(e.value, mark))
            return found;
    }
    return nullptr;
}

std::optional<CodeAction> fixBooleanSpelling(const FixContext &c)
{
    const YamlNode *node = c.doc.root() ? scalarAtMark(*c.doc.root(), c.mark()) : nullptr;
    if (!node)
        return std::nullopt;
    static const QStringList truthy = {u"yes"_s, u"on"_s, u"y"_s};
    const QString value = truthy.contains(node->text.toLower()) ? u"true"_s : u"false"_s;
    return replaceScalar(c, *node, value, Tr::tr("Change to %1").arg(value));
}

std::optional<CodeAction> fixOnFailureContinue(const FixContext &c)
{
    const Step *step =
        stepWhere(c.doc, [&](const Step &s) { return s.onFailure && at(*s.onFailure, c.mark()); });
    if (!step)
        return std::nullopt;
    auto fix = replaceScalar(c, *step->onFailure, u"Ignore"_s,
                             Tr::tr("Change to Ignore (a failure no longer fails the document)"));
    if (fix)
        fix->preferred = false; // changes what the document means: only on request
    return fix;
}

// `{{ .Name }}` (Go template) becomes `{{ Name }}`.
std::optional<CodeAction> fixGoTemplateReference(const FixContext &c)
{
    const Mark start = c.mark();
    const Mark end{start.line, start.column + c.diagnostic.length};
    const QString line = c.lines.line(start.line);
    const int from = c.lines.utf16OfColumn(start.line, start.column);
    const int to = c.lines.utf16OfColumn(end.line, end.column);
    const QString written = line.mid(from, to - from);
    static const QRegularExpression go(u"^\\{\\{(\\s*)\\.([A-Za-z0-9_-].*)\\}\\}$"_s);
    const QRegularExpressionMatch m = go.match(written);
    if (!m.hasMatch())
        return std::nullopt;
    const QString fixed = u"{{"_s + m.captured(1) + m.captured(2) + u"}}"_s;
    return CodeAction{Tr::tr("Change to '%1'").arg(fixed),
                      c.diagnostic.code,
                      {TextEdit{start, end, fixed}},
                      true};
}

// A key whose indentation breaks the YAML (K1001 with an indentation blame):
// give the line the indentation the blame names.
std::optional<CodeAction> fixIndentation(const FixContext &c)
{
    const std::optional<IndentationBlame> blame =
        indentationBlameOn(c.doc.source(), c.diagnostic.location.line);
    if (!blame || blame->indentTo < 0)
        return std::nullopt;
    const int line = blame->mark.line;
    const int spaces = indentOf(c.lines.line(line));
    return CodeAction{Tr::tr("Indent line %1 with %2 spaces").arg(line).arg(blame->indentTo),
                      c.diagnostic.code,
                      {TextEdit{{line, 1}, {line, spaces + 1}, QString(blame->indentTo, u' ')}},
                      true};
}

} // namespace

QList<CodeAction> codeActionsFor(const Document &document, const Diagnostic &diagnostic)
{
    const FixContext c{document, SourceLines(QString::fromUtf8(document.source())), diagnostic};
    if (diagnostic.code == QLatin1StringView(Codes::MissingInput))
        return fixMissingInput(c); // one action per missing input
    using Fixer = std::optional<CodeAction> (*)(const FixContext &);
    static const std::pair<const char *, Fixer> fixers[] = {
        {Codes::UnknownAction, fixUnknownAction},
        {Codes::UnknownInput, fixUnknownInput},
        {Codes::UnknownStepKey, fixUnknownStepKey},
        {Codes::UnknownKey, fixUnknownKey},
        {Codes::PhaseNotRun, fixPhaseName},
        {Codes::NoStandardPhase, fixNoStandardPhase},
        {Codes::BadVariableDeclaration, fixFlattenedDeclaration},
        {Codes::YamlBooleanSpelling, fixBooleanSpelling},
        {Codes::OnFailureContinue, fixOnFailureContinue},
        {Codes::MalformedReference, fixGoTemplateReference},
        {Codes::YamlSyntax, fixIndentation},
    };
    for (const auto &[code, fixer] : fixers) {
        if (diagnostic.code == QLatin1StringView(code)) {
            const std::optional<CodeAction> fix = fixer(c);
            return fix ? QList<CodeAction>{*fix} : QList<CodeAction>{};
        }
    }
    return {};
}

QList<CodeAction> preferredFixes(const Document &document, const Diagnostics &diagnostics)
{
    QList<CodeAction> chosen;
    std::vector<TextEdit> taken;
    for (const Diagnostic &d : diagnostics) {
        for (const CodeAction &action : codeActionsFor(document, d)) {
            if (!action.preferred)
                continue;
            const bool clash =
                std::any_of(action.edits.begin(), action.edits.end(), [&](const TextEdit &e) {
                    return std::any_of(taken.begin(), taken.end(),
                                       [&](const TextEdit &o) { return overlaps(e, o); });
                });
            if (!clash) {
                chosen << action;
                taken.insert(taken.end(), action.edits.begin(), action.edits.end());
            }
            break; // one fix per diagnostic
        }
    }
    return chosen;
}

} // namespace Kiln
