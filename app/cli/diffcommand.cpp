// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln diff RUN_A RUN_B [--format text|json]`: two runs step by step (status,
// duration, outputs, failures, and the files sandboxed runs changed), as the
// studio's Compare view shows them (report/runcomparison.h). Exit status as
// diff(1): 0 the runs agree, 1 they differ, 2 usage error or an unreadable run.
#include "clitr.h"
#include "commands.h"
#include "report/runcomparison.h"
#include "report/runreportsource.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {

int diffCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Compare two runs step by step: status, duration, outputs, failure messages and, for\n"
        "sandboxed runs, the files each changed. A run is its TOE_* folder or a\n"
        "detailedoutput.json (also one AWSTOE wrote in the cloud). Durations never count as\n"
        "a difference.\n"
        "Exit status: 0 the runs agree, 1 they differ, 2 usage error or a run cannot be read."));
    parser.addHelpOption();
    const QCommandLineOption format(u"format"_s, CliTr::tr("text (default) or json."), u"format"_s,
                                    u"text"_s);
    parser.addOption(format);
    parser.addPositionalArgument(u"RUN_A"_s, CliTr::tr("The first run (folder or report)."));
    parser.addPositionalArgument(u"RUN_B"_s, CliTr::tr("The second run."));
    if (!parser.parse(QStringList{u"kiln diff"_s} + arguments)) {
        err << CliTr::tr("kiln diff: %1\nTry 'kiln diff --help'.\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelpText(parser, u"diff"_s);
        return Success;
    }
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json") {
        err << CliTr::tr("kiln diff: unknown --format '%1' (text or json)\n").arg(formatName);
        return UsageError;
    }
    const QStringList runs = parser.positionalArguments();
    if (runs.size() != 2) {
        err << CliTr::tr("kiln diff: give two runs (TOE_* folders or detailedoutput.json files)\n");
        return UsageError;
    }
    std::optional<RunReportSource> sources[2];
    for (int i = 0; i < 2; ++i) {
        QString error;
        sources[i] = loadRunReport(runs.at(i), &error);
        if (!sources[i]) {
            err << CliTr::tr("kiln diff: %1\n").arg(error);
            return UsageError;
        }
    }
    const RunComparison comparison = compareRuns(*sources[0], *sources[1]);
    if (formatName == u"json")
        out << QJsonDocument(comparison.toJson()).toJson(QJsonDocument::Indented);
    else
        out << comparison.text();
    return comparison.differs() ? Failure : Success;
}

} // namespace Kiln::Cli
