// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln actions [NAME]`: the action catalogue as a reference card. Without a
// name, one line per module; with a name, everything an author needs to write
// the step: inputs with types and defaults, outputs, step rules, an example.
#include "clitr.h"
#include "commands.h"
#include "schema/actioncatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {
namespace {

// Greedy word wrap; `indent` is prefixed to every line.
QString wrap(const QString &text, int width, const QString &indent)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > width) {
            lines << indent + line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        lines << indent + line;
    return lines.join(u'\n') + u'\n';
}

// Keeps the list one line per module on an 80-column terminal.
QString elide(const QString &text, int width)
{
    if (text.size() <= width)
        return text;
    QString cut = text.left(width - 3);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > width / 2)
        cut.truncate(space);
    while (cut.endsWith(u',') || cut.endsWith(u' '))
        cut.chop(1);
    return cut + u"..."_s;
}

QString platformLetters(Platforms p)
{
    return QString(u"%1 %2 %3"_s)
        .arg(p & platformBit(Platform::Linux) ? u"L"_s : u"-"_s,
             p & platformBit(Platform::Windows) ? u"W"_s : u"-"_s,
             p & platformBit(Platform::Darwin) ? u"M"_s : u"-"_s);
}

QString shapeText(const ActionSpec &a)
{
    switch (a.shape) {
    case InputShape::Map:
        return u"a mapping (inputs: then one key per line)"_s;
    case InputShape::List:
        return u"a list of mappings, one entry per operation (inputs: then '- key: ...')"_s;
    case InputShape::Condition:
        return u"one condition (a comparison or logical operator)"_s;
    }
    return {};
}

void printList(QTextStream &out, Platforms filter)
{
    const ActionCatalogue &c = ActionCatalogue::instance();
    out << "Action modules (L = Linux, W = Windows, M = macOS). "
           "Details: kiln actions NAME\n";
    QString category;
    for (const ActionSpec &a : c.actions()) {
        if (filter && !a.runsOn(filter))
            continue;
        if (a.category != category) {
            category = a.category;
            out << "\n" << category << "\n";
        }
        out << "  " << a.name.leftJustified(22) << platformLetters(a.platforms) << "  "
            << elide(a.shortDoc(), 80 - 31) << "\n";
    }
}

void printAction(QTextStream &out, const ActionSpec &a)
{
    constexpr int width = 80;
    out << a.name << " (" << a.category << ")\n";
    out << "Platforms: " << platformNames(a.platforms) << "\n";
    out << "Inputs:    " << shapeText(a) << "\n\n";
    out << wrap(a.doc, width, QString());

    if (a.shape == InputShape::Condition) {
        out << "\nInputs\n"
               "  One comparison operator with its operand (stringEquals, numberLessThan, "
               "patternMatches, fileExists, ...\n  plus 'value:' or 'path:') or one logical "
               "operator (and, or, not) holding further conditions.\n";
    } else if (a.inputs.empty()) {
        out << "\nInputs: none\n";
    } else {
        int nameWidth = 4;
        int typeWidth = 4;
        for (const InputSpec &i : a.inputs) {
            nameWidth = std::max(nameWidth, int(i.name.size()));
            typeWidth = std::max(typeWidth, int(inputTypeName(i.type).size()));
        }
        out << "\nInputs\n";
        out << "  " << u"NAME"_s.leftJustified(nameWidth + 2)
            << u"TYPE"_s.leftJustified(typeWidth + 2) << u"REQUIRED"_s.leftJustified(10)
            << "DEFAULT\n";
        for (const InputSpec &i : a.inputs) {
            const bool oneOf = a.exactlyOneOf.contains(i.name);
            const QString required = i.required ? u"yes"_s : oneOf ? u"one of"_s : u"no"_s;
            out << "  " << i.name.leftJustified(nameWidth + 2)
                << inputTypeName(i.type).leftJustified(typeWidth + 2) << required.leftJustified(10)
                << (i.defaultValue.isEmpty() ? u"-"_s : i.defaultValue) << "\n";
            QString doc = i.doc;
            if (!i.allowedValues.isEmpty()) {
                doc += u" Allowed%1: %2."_s.arg(i.caseInsensitive ? u" (any case)"_s : QString(),
                                                i.allowedValues.join(u", "));
            }
            if (i.platforms != AllPlatforms)
                doc += u" Only on "_s + platformNames(i.platforms) + u'.';
            out << wrap(doc, width, u"      "_s);
        }
    }

    if (!a.exactlyOneOf.isEmpty())
        out << "\nGive exactly one of: " << a.exactlyOneOf.join(u", ") << "\n";
    if (!a.timeoutAllowed)
        out << "\nThe step may not set timeoutSeconds.\n";
    if (a.runsOnce)
        out << "\nThe step runs once: timeoutSeconds may only be -1 and maxAttempts only 1.\n";

    out << "\nOutputs";
    if (a.outputs.empty()) {
        out << ": none\n";
    } else {
        out << " (use as {{ <phase>.<step>.outputs." << a.outputs.front().name << " }})\n";
        int nameWidth = 4;
        for (const OutputSpec &o : a.outputs)
            nameWidth = std::max(nameWidth, int(o.name.size()));
        for (const OutputSpec &o : a.outputs)
            out << "  " << o.name.leftJustified(nameWidth + 2) << o.doc << "\n";
    }
    out << "\nExample\n";
    for (const QString &line : a.example.split(u'\n', Qt::SkipEmptyParts))
        out << "  " << line << "\n";
}

} // namespace

int actionsCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("List the action modules, or describe one (inputs, defaults, outputs, "
                  "example)."));
    parser.addHelpOption();
    const QCommandLineOption platform(
        QStringLiteral("os-platforms"),
        CliTr::tr("Only list modules available on this platform: linux, windows or darwin."),
        QStringLiteral("platform"));
    // For shell completion and scripts: module names only, one per line.
    const QCommandLineOption namesOnly(QStringLiteral("names"),
                                       CliTr::tr("Print only the module names, one per line."));
    parser.addOptions({platform, namesOnly});
    parser.addPositionalArgument(QStringLiteral("name"),
                                 CliTr::tr("A module name, e.g. ExecuteBash (any case)."),
                                 QStringLiteral("[NAME]"));
    if (!parser.parse(QStringList{QStringLiteral("kiln actions")} + arguments)) {
        err << CliTr::tr("kiln actions: %1\nTry 'kiln actions --help'.\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelpText(parser, QStringLiteral("actions"));
        return Success;
    }
    Platforms filter = 0;
    if (parser.isSet(platform)) {
        filter = platformFromName(parser.value(platform));
        if (!filter) {
            err << CliTr::tr(
                       "kiln actions: unknown --os-platforms '%1' (linux, windows or darwin)\n")
                       .arg(parser.value(platform));
            return UsageError;
        }
    }
    const QStringList names = parser.positionalArguments();
    if (names.size() > 1) {
        err << CliTr::tr("kiln actions: give at most one module name\n");
        return UsageError;
    }
    if (names.isEmpty() && parser.isSet(namesOnly)) {
        for (const ActionSpec &a : ActionCatalogue::instance().actions()) {
            if (!filter || a.runsOn(filter))
                out << a.name << "\n";
        }
        return Success;
    }
    if (names.isEmpty()) {
        printList(out, filter);
        return Success;
    }
    const ActionCatalogue &c = ActionCatalogue::instance();
    const ActionSpec *action = c.find(names.front());
    if (!action) {
        // Be forgiving on the command line: a case-insensitive match is not a typo.
        for (const ActionSpec &a : c.actions()) {
            if (a.name.compare(names.front(), Qt::CaseInsensitive) == 0)
                action = &a;
        }
    }
    if (!action) {
        const QString suggestion = c.suggest(names.front());
        err << CliTr::tr("kiln actions: no action module '%1'%2 (run "
                         "'kiln actions' for the list)\n")
                   .arg(names.front(), suggestion.isEmpty()
                                           ? QString()
                                           : CliTr::tr("; did you mean '%1'?").arg(suggestion));
        return UsageError;
    }
    printAction(out, *action);
    return Success;
}

} // namespace Kiln::Cli
