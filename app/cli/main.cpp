// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln`: dispatches to a sub-command. Kept thin on purpose; the work lives in
// kiln_core and the commands in their own files.
#include "clitr.h"
#include "commands.h"
#include "exec/brokenpipe.h"
#include "i18n/quietlocalewarning.h"
#include "i18n/translators.h"

#include <QCoreApplication>
#include <QTextStream>
#include <memory>

using namespace Qt::StringLiterals;
using Kiln::Cli::CliTr;

namespace {

using Command = int (*)(const QStringList &);

Command findCommand(const QString &name)
{
    if (name == u"validate")
        return Kiln::Cli::validateCommand;
    if (name == u"run")
        return Kiln::Cli::runCommand;
    if (name == u"actions")
        return Kiln::Cli::actionsCommand;
    if (name == u"schema")
        return Kiln::Cli::schemaCommand;
    if (name == u"report")
        return Kiln::Cli::reportCommand;
    if (name == u"changes")
        return Kiln::Cli::changesCommand;
    if (name == u"diff")
        return Kiln::Cli::diffCommand;
    if (name == u"pull")
        return Kiln::Cli::pullCommand;
    if (name == u"publish")
        return Kiln::Cli::publishCommand;
    if (name == u"logs")
        return Kiln::Cli::logsCommand;
    if (name == u"lsp")
        return Kiln::Cli::lspCommand;
    return nullptr;
}

void printUsage(QTextStream &out)
{
    out << CliTr::tr(
        "Usage: kiln <command> [options]\n"
        "\n"
        "Validate and run EC2 Image Builder component documents (AWSTOE YAML) locally.\n"
        "\n"
        "Commands:\n"
        "  validate   check documents: YAML, schema, action inputs, references, loops\n"
        "  run        run documents on this machine or in a sandbox, like `awstoe run`\n"
        "  actions    list the action modules, or describe one (kiln actions ExecuteBash)\n"
        "  schema     write the JSON Schema of component documents, for editors and CI\n"
        "  report     write a run's HTML report, to look at in a browser\n"
        "  changes    print what a sandboxed run changed (files, packages, users, units)\n"
        "  diff       compare two runs step by step (status, outputs, changes)\n"
        "  pull       write an Image Builder component's document to a file\n"
        "  publish    validate a document and create an Image Builder component version\n"
        "  logs       download a run folder that AWSTOE or kiln run uploaded to S3\n"
        "  lsp        run the language server for editors (stdin/stdout)\n"
        "  help       show the help of a command (kiln help run)\n"
        "\n"
        "Options:\n"
        "  -h, --help       show this help\n"
        "  -v, --version    print the version\n"
        "\n"
        "Each command has its own options: kiln <command> --help. See also kiln(1).\n");
}

} // namespace

int main(int argc, char *argv[])
{
    Kiln::ignoreBrokenPipe(); // a closed stdout must not end a run (brokenpipe.h)
    auto quiet = std::make_unique<Kiln::QuietLocaleWarning>();
    QCoreApplication app(argc, argv);
    quiet.reset();
    QCoreApplication::setApplicationName(QStringLiteral("kiln"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KILN_VERSION));
    Kiln::installTranslators(app);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printUsage(err);
        return Kiln::Cli::UsageError;
    }
    const QString command = args.takeFirst();
    if (command == u"-h" || command == u"--help" || (command == u"help" && args.isEmpty())) {
        printUsage(out);
        return Kiln::Cli::Success;
    }
    if (command == u"help") {
        // `kiln help run` is `kiln run --help`.
        if (const Command c = findCommand(args.front()))
            return c({u"--help"_s});
        err << CliTr::tr("kiln help: unknown command '%1'\n\n").arg(args.front());
        printUsage(err);
        return Kiln::Cli::UsageError;
    }
    if (command == u"-v" || command == u"--version" || command == u"version") {
        out << "kiln " << KILN_VERSION << "\n";
        return Kiln::Cli::Success;
    }
    if (const Command c = findCommand(command))
        return c(args);
    err << CliTr::tr("kiln: unknown command '%1'\n\n").arg(command);
    printUsage(err);
    return Kiln::Cli::UsageError;
}
