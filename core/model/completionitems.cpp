// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "model/completionitems.h"

#include "document/document.h"
#include "expr/reference.h"
#include "model/yamllines.h"
#include "schema/actioncatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Kiln {

using namespace YamlLines;
using Kind = AssistContext::Kind;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::YamlAssist)
};

QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(u". ");
    return end < 0 ? text : text.left(end + 1);
}

QString scalarText(const YamlNode *node)
{
    return node && node->isScalar() ? node->text : QString();
}

// --- `{{ }}` references --------------------------------------------------

struct StepAt
{
    const Phase *phase = nullptr;
    const Step *step = nullptr;
};

// The steps of `doc` in text order.
QList<StepAt> stepsOf(const Document &doc)
{
    QList<StepAt> steps;
    for (const Phase &phase : doc.phases) {
        for (const Step &step : phase.steps) {
            if (step.node)
                steps.append({&phase, &step});
        }
    }
    std::stable_sort(steps.begin(), steps.end(), [](const StepAt &a, const StepAt &b) {
        return a.step->node->mark.line < b.step->node->mark.line;
    });
    return steps;
}

void addVariables(QList<CompletionItem> &items, const Document &doc)
{
    for (const Variable &v : doc.parameters) {
        if (v.name.isEmpty())
            continue;
        QString detail = Tr::tr("parameter (%1)").arg(scalarText(v.type));
        if (const QString about = scalarText(v.description); !about.isEmpty())
            detail += u" — "_s + about;
        items.append({CompletionItem::Kind::Reference, v.name, v.name, detail});
    }
    for (const Variable &v : doc.constants) {
        if (!v.name.isEmpty())
            items.append({CompletionItem::Kind::Reference, v.name, v.name,
                          Tr::tr("constant = %1").arg(scalarText(v.value))});
    }
}

void addLoopVariables(QList<CompletionItem> &items, const Step &step)
{
    if (!step.loop)
        return;
    QStringList prefixes{u"loop"_s};
    if (const QString name = scalarText(step.loop->isMap() ? step.loop->value(u"name") : nullptr);
        !name.isEmpty())
        prefixes << name;
    for (const QString &prefix : prefixes) {
        items.append({CompletionItem::Kind::Reference, prefix + u".value"_s, prefix + u".value"_s,
                      Tr::tr("the value of this loop's iteration")});
        items.append({CompletionItem::Kind::Reference, prefix + u".index"_s, prefix + u".index"_s,
                      Tr::tr("the iteration's 0-based index")});
    }
}

// `phase.step.inputs.key` (or `inputs[i].key` for list-shaped inputs) for every
// input the step really has, and `outputs.key` for each output of its action.
void addChainedValues(QList<CompletionItem> &items, const StepAt &at)
{
    const QString base = u"%1.%2."_s.arg(at.phase->name, at.step->name);
    const auto add = [&](const QString &path, const QString &detail) {
        items.append({CompletionItem::Kind::Reference, base + path, base + path, detail});
    };
    const QString inputDetail = Tr::tr("input of %1 (%2)").arg(at.step->name, at.step->action);
    if (const YamlNode *inputs = at.step->inputs; inputs && inputs->isMap()) {
        for (const YamlEntry &e : inputs->entries)
            add(u"inputs."_s + e.key.text, inputDetail);
    } else if (inputs && inputs->isSequence()) {
        for (size_t i = 0; i < inputs->items.size() && i < 20; ++i) {
            for (const YamlEntry &e : inputs->items[i].entries)
                add(u"inputs[%1].%2"_s.arg(i).arg(e.key.text), inputDetail);
        }
    }
    if (const ActionSpec *spec = ActionCatalogue::instance().find(at.step->action)) {
        for (const OutputSpec &out : spec->outputs)
            add(u"outputs."_s + out.name,
                Tr::tr("output of %1 (%2): %3").arg(at.step->name, at.step->action, out.doc));
    }
}

// What a `{{ }}` on (0-based) `line` can name: parameters and constants, the
// loop of the step the cursor is in, what steps before it hold, and the
// namespaces, with the `aws:ssm:` names this text already uses.
QList<CompletionItem> referenceItems(const Document &doc, const QStringList &lines, int line)
{
    QList<CompletionItem> items;
    addVariables(items, doc);
    const QList<StepAt> steps = stepsOf(doc);
    qsizetype current = -1;
    for (qsizetype i = 0; i < steps.size() && steps[i].step->node->mark.line <= line + 1; ++i)
        current = i;
    if (current >= 0)
        addLoopVariables(items, *steps[current].step);
    for (qsizetype i = 0; i < current; ++i) {
        if (!steps[i].step->name.isEmpty() && !steps[i].phase->name.isEmpty())
            addChainedValues(items, steps[i]);
    }
    for (const QString &key : contextKeys())
        items.append({CompletionItem::Kind::Reference, u"context:"_s + key, u"context:"_s + key,
                      Tr::tr("set by the run")});
    items.append({CompletionItem::Kind::Reference, u"env:"_s, u"env:"_s,
                  Tr::tr("an environment variable: env:NAME")});
    QSet<QString> ssmNames;
    static const QRegularExpression ssmRe(u"aws:ssm:([^\\s}'\"]+)"_s);
    for (const QString &text : lines) {
        for (auto m = ssmRe.globalMatch(text); m.hasNext();)
            ssmNames.insert(m.next().captured(0));
    }
    QStringList sortedSsm(ssmNames.begin(), ssmNames.end());
    sortedSsm.sort();
    sortedSsm.prepend(u"aws:ssm:"_s);
    for (const QString &name : sortedSsm)
        items.append({CompletionItem::Kind::Reference, name, name,
                      Tr::tr("an SSM Parameter Store value: aws:ssm:NAME")});
    items.append({CompletionItem::Kind::Reference, u"aws:imds:"_s, u"aws:imds:"_s,
                  Tr::tr("EC2 instance metadata: aws:imds:PATH")});
    return items;
}

// --- keys and values --------------------------------------------------------

QString keyDetail(const AssistContext &context, const QString &key)
{
    switch (context.kind) {
    case Kind::TopLevelKey: {
        static const QHash<QString, QString> docs = {
            {u"name"_s, Tr::tr("the component's name")},
            {u"description"_s, Tr::tr("what the component does")},
            {u"schemaVersion"_s, Tr::tr("always 1.0")},
            {u"parameters"_s, Tr::tr("values given when the component runs")},
            {u"constants"_s, Tr::tr("fixed values the document names once")},
            {u"phases"_s, Tr::tr("build, validate and test, each a list of steps")}};
        return docs.value(key);
    }
    case Kind::PhaseKey:
        return key == u"name" ? Tr::tr("build, validate or test") : Tr::tr("the phase's steps");
    case Kind::StepKey:
        for (const StepFieldSpec &field : stepFields()) {
            if (field.name == key)
                return firstSentence(field.doc);
        }
        return {};
    case Kind::InputKey:
        if (const ActionSpec *spec = ActionCatalogue::instance().find(context.action)) {
            if (const InputSpec *in = spec->input(key)) {
                const QString type =
                    inputTypeName(in->type) + (in->required ? Tr::tr(", required") : QString());
                return u"%1 — %2"_s.arg(type, firstSentence(in->doc));
            }
        }
        return {};
    default:
        return {};
    }
}

QString valueDetail(const AssistContext &context, const QString &value)
{
    switch (context.kind) {
    case Kind::ActionValue:
        if (const ActionSpec *spec = ActionCatalogue::instance().find(value))
            return spec->shortDoc();
        return {};
    case Kind::OnFailureValue: {
        static const QHash<QString, QString> docs = {
            {u"Abort"_s, Tr::tr("stop the document (the default)")},
            {u"Continue"_s, Tr::tr("record the failure and run the next step")},
            {u"Ignore"_s, Tr::tr("run the next step as if this one succeeded")}};
        return docs.value(value);
    }
    case Kind::PhaseNameValue:
        return value == u"build" ? Tr::tr("runs when the image is built")
                                 : Tr::tr("runs when the image is tested");
    default:
        return {};
    }
}

// Inputs of list-shaped actions (WebDownload, S3Upload, ...) are a list of
// operations: the first key of an operation is written `- key: `. True when the
// key position on `line` starts a new operation rather than continuing one.
bool startsListEntry(const QStringList &lines, int line, int keyIndent)
{
    for (int i = line - 1; i >= 0; --i) {
        const LineShape s = shapeOf(lines.at(i));
        if (s.blank)
            continue;
        if (s.dashIndent == keyIndent)
            return true; // typing at the column of the entries' dashes
        if (s.keyIndent == keyIndent)
            return false; // a key of the current entry
        if (s.keyIndent < keyIndent)
            return true; // right under `inputs:`
    }
    return true;
}

QString keyInsertText(const AssistContext &context, const QString &key, const QString &rest,
                      bool listEntry)
{
    if (rest.trimmed().startsWith(u':'))
        return key;
    QString text = (listEntry ? u"- "_s : QString()) + key + u": "_s;
    if (context.kind == Kind::InputKey && rest.trimmed().isEmpty()) {
        const ActionSpec *spec = ActionCatalogue::instance().find(context.action);
        const InputSpec *in = spec ? spec->input(key) : nullptr;
        // A list input continues as a list on the next line.
        if (in && (in->type == InputType::StringList || in->type == InputType::NameValueList)) {
            const int indent = context.prefixStart + (listEntry ? 2 : 0) + 2;
            text = text.trimmed() + u"\n"_s + QString(indent, u' ') + u"- "_s;
        }
    }
    return text;
}

QList<CompletionItem> keyItems(const AssistContext &context, const QStringList &lines, int line,
                               int offset)
{
    const QString rest = lines.at(line).mid(offset);
    bool listEntry = false;
    QStringList present = siblingKeys(lines, line, context.prefixStart);
    if (context.kind == Kind::InputKey && shapeOf(lines.at(line)).dashIndent < 0) {
        const ActionSpec *spec = ActionCatalogue::instance().find(context.action);
        listEntry = spec && spec->shape == InputShape::List &&
                    startsListEntry(lines, line, context.prefixStart);
        if (listEntry)
            present.clear(); // a new operation has none yet
    }
    QList<CompletionItem> items;
    for (const QString &key : YamlAssist::completions(context)) {
        if (!present.contains(key))
            items.append({CompletionItem::Kind::Key, key,
                          keyInsertText(context, key, rest, listEntry), keyDetail(context, key)});
    }
    return items;
}

// A new list item in `steps` (`- ` typed): a whole step for each action.
QList<CompletionItem> stepSnippets(const AssistContext &context, const QString &typed)
{
    QList<CompletionItem> items;
    if (context.kind != Kind::StepKey || !typed.startsWith(u"- "))
        return items;
    for (const ActionSpec &spec : ActionCatalogue::instance().actions()) {
        const QString label = Tr::tr("%1 step").arg(spec.name);
        if (!spec.name.startsWith(context.prefix, Qt::CaseInsensitive))
            continue;
        const QString body = YamlAssist::stepTemplate(spec.name, context.prefixStart);
        if (!body.isEmpty())
            items.append({CompletionItem::Kind::Snippet, label, body, spec.shortDoc()});
    }
    return items;
}

} // namespace

CompletionList YamlAssist::completionsAt(const QStringList &lines, int line, int offset,
                                         const Document *document)
{
    CompletionList list;
    if (line < 0 || line >= lines.size())
        return list;
    offset = std::clamp(offset, 0, int(lines.at(line).size()));
    list.context = contextAt(lines, line, offset);
    const AssistContext &context = list.context;
    if (context.kind == Kind::Reference) {
        if (!document)
            return list;
        // Close the reference unless the line already does.
        const bool closed = lines.at(line).mid(offset).trimmed().startsWith(u"}}");
        for (CompletionItem item : referenceItems(*document, lines, line)) {
            if (!item.label.startsWith(context.prefix, Qt::CaseInsensitive) ||
                item.label == context.prefix)
                continue;
            if (!closed && !item.label.endsWith(u':'))
                item.insertText += u" }}"_s;
            list.items.append(item);
        }
        return list;
    }
    if (context.isKey()) {
        list.items = keyItems(context, lines, line, offset);
        list.items += stepSnippets(context, lines.at(line).left(offset).trimmed());
        return list;
    }
    for (const QString &value : completions(context))
        list.items.append({CompletionItem::Kind::Value, value, value, valueDetail(context, value)});
    return list;
}

} // namespace Kiln
