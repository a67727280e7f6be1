// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln changes RUN_FOLDER [--format text|json]`: what a sandboxed run changed,
// read back from its changes.json (sandbox/changereport.h) and printed as the
// run printed it at its end, but with every file.
#include "clitr.h"
#include "commands.h"
#include "sandbox/changereport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {

int changesCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Print what a sandboxed run (kiln run --sandbox, --root or --image) changed,\n"
                  "step by step: files added, modified, deleted and replaced, packages, users,\n"
                  "groups and systemd units. RUN is its TOE_* folder or its changes.json.\n"
                  "Exit status: 0 printed, 1 no change report can be read there, 2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption format(u"format"_s, CliTr::tr("text (default) or json."), u"format"_s,
                                    u"text"_s);
    const QCommandLineOption diff(u"diff"_s,
                                  CliTr::tr("Also print the diff of each text file a step added "
                                            "or changed (up to 64 KiB)."));
    parser.addOptions({format, diff});
    parser.addPositionalArgument(u"RUN"_s, CliTr::tr("The run folder or its changes.json."));
    if (!parser.parse(QStringList{u"kiln changes"_s} + arguments)) {
        err << CliTr::tr("kiln changes: %1\nTry 'kiln changes --help'.\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelpText(parser, u"changes"_s);
        return Success;
    }
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json") {
        err << CliTr::tr("kiln changes: unknown --format '%1' (text or json)\n").arg(formatName);
        return UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << CliTr::tr("kiln changes: give one run folder (TOE_*) or its changes.json\n");
        return UsageError;
    }
    const QFileInfo given(positional.front());
    const QString path =
        given.isDir() ? QDir(given.filePath()).filePath(QLatin1StringView(Sandbox::ChangesFileName))
                      : given.filePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << CliTr::tr("kiln changes: %1: %2 (only a sandboxed run has a change report)\n")
                   .arg(path, file.errorString());
        return Failure;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    QString error =
        parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
    std::optional<Sandbox::ChangeReport> report;
    if (error.isEmpty())
        report = Sandbox::ChangeReport::fromJson(json.object(), &error);
    if (!report) {
        err << CliTr::tr("kiln changes: %1: %2\n").arg(path, error);
        return Failure;
    }
    if (formatName == u"json")
        out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    else
        out << report->text(-1, parser.isSet(diff));
    return Success;
}

} // namespace Kiln::Cli
