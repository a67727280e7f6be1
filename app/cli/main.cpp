// `kiln`: dispatches to a sub-command. Kept thin on purpose; the work lives in
// kiln_core and the commands in their own files.
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << "Usage: kiln <command> [options]\n"
           "\n"
           "Author, validate and run EC2 Image Builder component documents locally.\n"
           "\n"
           "Commands:\n"
           "  validate   check documents: YAML, schema, references (file:line:col diagnostics)\n"
           "  run        run documents locally, like `awstoe run` (kiln run --help)\n"
           "  actions    list the action modules, or describe one: kiln actions ExecuteBash\n"
           "  schema     write the JSON Schema of component documents (for editors and CI)\n"
           "\n"
           "Options:\n"
           "  -h, --help       show this help (also: kiln <command> --help)\n"
           "  -v, --version    print the version\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kiln"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KILN_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printUsage(err);
        return Kiln::Cli::UsageError;
    }
    const QString command = args.takeFirst();
    if (command == u"-h" || command == u"--help" || command == u"help") {
        printUsage(out);
        return Kiln::Cli::Success;
    }
    if (command == u"-v" || command == u"--version" || command == u"version") {
        out << "kiln " << KILN_VERSION << "\n";
        return Kiln::Cli::Success;
    }
    if (command == u"validate")
        return Kiln::Cli::validateCommand(args);
    if (command == u"run")
        return Kiln::Cli::runCommand(args);
    if (command == u"actions")
        return Kiln::Cli::actionsCommand(args);
    if (command == u"schema")
        return Kiln::Cli::schemaCommand(args);
    err << "kiln: unknown command '" << command << "'\n\n";
    printUsage(err);
    return Kiln::Cli::UsageError;
}
