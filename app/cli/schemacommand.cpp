// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln schema [-o FILE]`: writes the JSON Schema of component documents,
// generated from the action catalogue, for editors and CI validators.
#include "clitr.h"
#include "commands.h"
#include "schema/jsonschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace Kiln::Cli {

int schemaCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    // The parser does not wrap the description: keep its lines short.
    parser.setApplicationDescription(
        CliTr::tr("Write the JSON Schema (draft-07) of component documents, for editors and CI.\n"
                  "Packages install it as /usr/share/kiln/kiln-component.schema.json. In VS Code\n"
                  "(YAML extension), map it to your files with the \"yaml.schemas\" setting, or\n"
                  "start a document with: # yaml-language-server: $schema=<schema file>"));
    parser.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliTr::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    if (!parser.parse(QStringList{QStringLiteral("kiln schema")} + arguments)) {
        err << CliTr::tr("kiln schema: %1\nTry 'kiln schema --help'.\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelpText(parser, QStringLiteral("schema"));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << CliTr::tr("kiln schema: unexpected argument '%1' (use -o FILE)\n")
                   .arg(parser.positionalArguments().front());
        return UsageError;
    }
    const QByteArray text = componentJsonSchemaText();
    if (!parser.isSet(output)) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(text) != text.size())
            return Failure;
        return Success;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        err << CliTr::tr("kiln schema: cannot write %1: %2\n")
                   .arg(parser.value(output), file.errorString());
        return Failure;
    }
    return Success;
}

} // namespace Kiln::Cli
