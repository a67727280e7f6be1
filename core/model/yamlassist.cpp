// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "model/yamlassist.h"

#include "model/yamllines.h"
#include "schema/actioncatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Kiln {

using namespace YamlLines;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::YamlAssist)
};

AssistContext::Kind keyKind(const QStringList &parents)
{
    if (parents.isEmpty())
        return AssistContext::Kind::TopLevelKey;
    if (parents == QStringList{u"phases"_s})
        return AssistContext::Kind::PhaseKey;
    if (parents.size() == 2 && parents.at(0) == u"phases" && parents.at(1) == u"steps")
        return AssistContext::Kind::StepKey;
    if (parents.size() == 3 && parents.at(0) == u"phases" && parents.at(1) == u"steps" &&
        parents.at(2) == u"inputs")
        return AssistContext::Kind::InputKey;
    return AssistContext::Kind::None;
}

const QStringList &topLevelKeys()
{
    static const QStringList keys = {u"name"_s,       u"description"_s, u"schemaVersion"_s,
                                     u"parameters"_s, u"constants"_s,   u"phases"_s};
    return keys;
}

QStringList filtered(const QStringList &candidates, const QString &prefix)
{
    QStringList out;
    for (const QString &c : candidates) {
        if (c.startsWith(prefix, Qt::CaseInsensitive) && c != prefix)
            out << c;
    }
    return out;
}

QString actionHover(const ActionSpec &spec)
{
    QString text = spec.name + u" — "_s + spec.doc;
    text += u"\n\n"_s + Tr::tr("Platforms: %1").arg(platformNames(spec.platforms));
    if (!spec.inputs.empty()) {
        QStringList inputs;
        for (const InputSpec &in : spec.inputs)
            inputs << (in.required ? in.name + u"*"_s : in.name);
        text += u"\n"_s + Tr::tr("Inputs: %1 (* required)").arg(inputs.join(u", "_s));
    }
    if (!spec.outputs.empty()) {
        QStringList outputs;
        for (const OutputSpec &out : spec.outputs)
            outputs << out.name;
        text += u"\n"_s + Tr::tr("Outputs: %1").arg(outputs.join(u", "_s));
    }
    return text;
}

QString inputHover(const ActionSpec &spec, const InputSpec &in)
{
    QString text = u"%1.%2 (%3%4)"_s.arg(spec.name, in.name, inputTypeName(in.type),
                                         in.required ? Tr::tr(", required") : QString());
    if (!in.defaultValue.isEmpty())
        text += u"\n"_s + Tr::tr("Default: %1").arg(in.defaultValue);
    if (!in.allowedValues.isEmpty())
        text += u"\n"_s + Tr::tr("Allowed: %1").arg(in.allowedValues.join(u", "_s));
    if (!in.doc.isEmpty())
        text += u"\n\n"_s + in.doc;
    return text;
}

} // namespace

AssistContext YamlAssist::contextAt(const QStringList &lines, int line, int offset)
{
    AssistContext context;
    if (line < 0 || line >= lines.size())
        return context;
    const QString before = lines.at(line).left(offset);
    const LineShape shape = shapeOf(before + u"x"_s); // shape of the line as typed so far
    if (before.trimmed().startsWith(u'#'))
        return context;

    // Inside a reference: `{{ Na|` with no `}}` after the last `{{` (AWSTOE
    // references never span lines).
    const qsizetype open = before.lastIndexOf(u"{{");
    if (open >= 0 && before.indexOf(u"}}", open) < 0) {
        context.kind = AssistContext::Kind::Reference;
        qsizetype start = open + 2;
        while (start < before.size() && before.at(start) == u' ')
            ++start;
        context.prefix = before.mid(start);
        context.prefixStart = int(start);
        return context;
    }

    // Value position: `action: Ex|`, `onFailure: Co|`, a phase's `name: bu|`.
    static const QRegularExpression valueRe(u"^([A-Za-z_]+)\\s*:\\s*([A-Za-z0-9]*)$"_s);
    const QRegularExpressionMatch value = valueRe.match(before.mid(shape.keyIndent));
    if (value.hasMatch()) {
        const QString key = value.captured(1);
        context.parents = parentsOf(lines, line, shape.keyIndent, nullptr);
        if (keyKind(context.parents) == AssistContext::Kind::PhaseKey && key == u"name") {
            context.kind = AssistContext::Kind::PhaseNameValue;
            context.prefix = value.captured(2);
            context.prefixStart = int(before.size() - context.prefix.size());
            return context;
        }
        if (keyKind(context.parents) != AssistContext::Kind::StepKey)
            return context;
        if (key == u"action")
            context.kind = AssistContext::Kind::ActionValue;
        else if (key == u"onFailure")
            context.kind = AssistContext::Kind::OnFailureValue;
        else
            return context;
        context.prefix = value.captured(2);
        context.prefixStart = int(before.size() - context.prefix.size());
        return context;
    }

    // Key position: only a (partial) word after the indentation and dashes.
    static const QRegularExpression wordRe(u"^[A-Za-z_]*$"_s);
    const QString word = before.mid(shape.keyIndent);
    if (!wordRe.match(word).hasMatch())
        return context;
    int parentLine = -1;
    context.parents = parentsOf(lines, line, shape.keyIndent, &parentLine);
    context.kind = keyKind(context.parents);
    context.prefix = word;
    context.prefixStart = shape.keyIndent;
    if (context.kind == AssistContext::Kind::InputKey && parentLine >= 0)
        context.action =
            stepActionAround(lines, parentLine, shapeOf(lines.at(parentLine)).keyIndent);
    return context;
}

QStringList YamlAssist::completions(const AssistContext &context)
{
    const ActionCatalogue &catalogue = ActionCatalogue::instance();
    switch (context.kind) {
    case AssistContext::Kind::None:
        return {};
    case AssistContext::Kind::TopLevelKey:
        return filtered(topLevelKeys(), context.prefix);
    case AssistContext::Kind::PhaseKey:
        return filtered({u"name"_s, u"steps"_s}, context.prefix);
    case AssistContext::Kind::StepKey:
        return filtered(stepFieldNames(), context.prefix);
    case AssistContext::Kind::InputKey: {
        const ActionSpec *spec = catalogue.find(context.action);
        if (!spec)
            return {};
        QStringList names;
        for (const InputSpec &in : spec->inputs)
            names << in.name;
        return filtered(names, context.prefix);
    }
    case AssistContext::Kind::ActionValue: {
        QStringList names;
        for (const ActionSpec &spec : catalogue.actions())
            names << spec.name;
        return filtered(names, context.prefix);
    }
    case AssistContext::Kind::OnFailureValue:
        return filtered({u"Abort"_s, u"Continue"_s, u"Ignore"_s}, context.prefix);
    case AssistContext::Kind::PhaseNameValue:
        return filtered({u"build"_s, u"validate"_s, u"test"_s}, context.prefix);
    case AssistContext::Kind::Reference:
        return {}; // they depend on the document: see completionsAt()
    }
    return {};
}

QString YamlAssist::stepTemplate(const QString &action, int keyIndent)
{
    const ActionSpec *spec = ActionCatalogue::instance().find(action);
    if (!spec || !spec->example.startsWith(u"- "))
        return {};
    // The example is a list item: `- name: X` and its other keys two spaces in.
    QStringList lines = spec->example.mid(2).split(u'\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    for (qsizetype i = 1; i < lines.size(); ++i)
        lines[i] = QString(keyIndent, u' ') + lines[i].mid(2);
    return lines.join(u'\n');
}

QString YamlAssist::hoverText(const QStringList &lines, int line, int offset)
{
    if (line < 0 || line >= lines.size())
        return {};
    const QString text = lines.at(line);
    if (offset < 0 || offset >= text.size())
        return {};
    const auto isWord = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    if (!isWord(text.at(offset)))
        return {};
    int start = offset;
    while (start > 0 && isWord(text.at(start - 1)))
        --start;
    int end = offset;
    while (end < text.size() && isWord(text.at(end)))
        ++end;
    const QString word = text.mid(start, end - start);

    const LineShape shape = shapeOf(text);
    const ActionCatalogue &catalogue = ActionCatalogue::instance();
    if (start == shape.keyIndent && shape.key == word) {
        // A key: what it means depends on where it is.
        const AssistContext context = contextAt(lines, line, start);
        if (context.kind == AssistContext::Kind::StepKey) {
            for (const StepFieldSpec &field : stepFields()) {
                if (field.name == word)
                    return word + u" — "_s + field.doc;
            }
        } else if (context.kind == AssistContext::Kind::InputKey) {
            if (const ActionSpec *spec = catalogue.find(context.action)) {
                if (const InputSpec *in = spec->input(word))
                    return inputHover(*spec, *in);
            }
        }
        return {};
    }
    if (shape.key == u"action") {
        if (const ActionSpec *spec = catalogue.find(word))
            return actionHover(*spec);
    }
    return {};
}

} // namespace Kiln
