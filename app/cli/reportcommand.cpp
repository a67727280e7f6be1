// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln report RUN_FOLDER [-o FILE]`: the HTML report of a run folder (or of a
// detailedoutput.json, e.g. one AWSTOE wrote on an Image Builder instance).
// Option parsing only: the report lives in kiln_core (report/htmlreport.h).
#include "clitr.h"
#include "commands.h"
#include "report/htmlreport.h"
#include "report/runreportsource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {

int reportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Write the HTML report of a run: one self-contained file (summary, failures\n"
                  "first, timeline, each step's inputs, outputs and last output lines, the\n"
                  "document) to open in a browser or keep as a CI artifact. RUN is a TOE_* run\n"
                  "folder or a detailedoutput.json (also one AWSTOE wrote).\n"
                  "Exit status: 0 written, 1 the run cannot be read or the file not written,\n"
                  "2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption output(
        {u"o"_s, u"output"_s},
        CliTr::tr("Write to FILE (default: report.html in the run folder; - for standard output)."),
        u"FILE"_s);
    parser.addOption(output);
    parser.addPositionalArgument(u"RUN"_s, CliTr::tr("The run folder or its detailedoutput.json."));
    if (!parser.parse(QStringList{u"kiln report"_s} + arguments)) {
        err << CliTr::tr("kiln report: %1\nTry 'kiln report --help'.\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelpText(parser, u"report"_s);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << (positional.isEmpty() ? CliTr::tr("kiln report: which run? Give a run folder or a "
                                                 "detailedoutput.json\n")
                                     : CliTr::tr("kiln report: one run at a time ('%1' is one "
                                                 "too many)\n")
                                           .arg(positional.at(1)));
        return UsageError;
    }
    const QString run = positional.front();
    QString error;
    if (parser.value(output) == u"-") {
        std::optional<RunReportSource> source = loadRunReport(run, &error);
        if (!source) {
            err << "kiln report: " << error << "\n";
            return Failure;
        }
        const QByteArray html = renderHtmlReport(*source).toUtf8();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(html) != html.size())
            return Failure;
        return Success;
    }
    QString target = parser.value(output);
    if (target.isEmpty()) {
        const QFileInfo info(run);
        target = QDir(info.isDir() ? info.absoluteFilePath() : info.absolutePath())
                     .filePath(u"report.html"_s);
    }
    if (!writeHtmlReport(run, target, &error)) {
        err << "kiln report: " << error << "\n";
        return Failure;
    }
    out << QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()) << "\n";
    return Success;
}

} // namespace Kiln::Cli
