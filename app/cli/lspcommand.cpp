// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln lsp`: the language server on standard input and output, for any editor
// with an LSP client. Thin wiring only: bytes from stdin go through the
// JSON-RPC MessageReader into the core LanguageServer, whose messages are
// framed onto stdout. Nothing else may write to stdout while it runs.
#include "clitr.h"
#include "commands.h"
#include "lsp/jsonrpc.h"
#include "lsp/languageserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {

int lspCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Run the Kiln language server on standard input and output (Language Server "
                  "Protocol), for editors: diagnostics, completion, hover, symbols, definitions, "
                  "references, rename and quick fixes for component documents."));
    parser.addHelpOption();
    const QCommandLineOption stdio(QStringLiteral("stdio"),
                                   CliTr::tr("Talk over stdin/stdout (the default and only "
                                             "transport; accepted because clients pass it)."));
    const QCommandLineOption platform(
        QStringLiteral("platform"),
        CliTr::tr("Validate for this platform: auto (default: detected from the actions), "
                  "linux, windows or darwin. A client setting overrides it."),
        QStringLiteral("platform"), QStringLiteral("auto"));
    const QCommandLineOption noLint(QStringLiteral("no-lint"),
                                    CliTr::tr("Do not lint ExecuteBash commands with shellcheck."));
    parser.addOptions({stdio, platform, noLint});
    if (!parser.parse(QStringList{u"kiln lsp"_s} + arguments)) {
        err << CliTr::tr("kiln lsp: %1\nTry 'kiln lsp --help'.\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelpText(parser, u"lsp"_s);
        return Success;
    }
    const QString platformName = parser.value(platform);
    if (!QStringList{u"auto"_s, u"linux"_s, u"windows"_s, u"darwin"_s}.contains(platformName)) {
        err << CliTr::tr("kiln lsp: unknown --platform '%1' (auto, linux, windows or darwin)\n")
                   .arg(platformName);
        return UsageError;
    }

    Lsp::LanguageServer server;
    QJsonObject defaults{{u"platform"_s, platformName}};
    if (parser.isSet(noLint))
        defaults.insert(u"lint"_s, false);
    server.settingsFromCommandLine(defaults);
    QObject::connect(&server, &Lsp::LanguageServer::send, [](const QByteArray &json) {
        const QByteArray bytes = Lsp::frame(json);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    });
    QObject::connect(&server, &Lsp::LanguageServer::exitRequested, qApp, &QCoreApplication::exit);

    // Standard input without a thread: read what is there whenever it is readable.
    Lsp::MessageReader reader;
    QSocketNotifier notifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [&] {
        char buffer[65536];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            return;
        if (n <= 0) {
            // The client went away without `exit`: stop as LSP says for that case.
            notifier.setEnabled(false);
            QCoreApplication::exit(server.shutdownReceived() ? 0 : 1);
            return;
        }
        for (const Lsp::Incoming &in : reader.feed(QByteArray(buffer, n))) {
            if (in.framingError.isEmpty())
                server.receive(in.body);
            else
                server.receiveBroken(in.framingError);
        }
    });
    return QCoreApplication::exec();
}

} // namespace Kiln::Cli
