// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln logs s3://bucket/prefix/ [-o DIR]`: a run folder that AWSTOE (or
// kiln run --log-s3-bucket-name) uploaded, downloaded to look at, report or
// diff locally. Several TOE_* folders under the prefix: the newest, unless the
// URI names one.
#include "aws/s3runfolderdownload.h"
#include "clitr.h"
#include "commands.h"
#include "net/waitfortransfer.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {

int logsCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Download a run folder (TOE_*) that AWSTOE or kiln run uploaded to S3.\n"
        "URI is s3://bucket/prefix/: the newest TOE_* folder under it, or the one it names.\n"
        "Prints the local folder. Needs s3:ListBucket and s3:GetObject.\n"
        "Exit status: 0 downloaded, 1 nothing found or the download failed, 2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption output(
        {u"o"_s, u"output"_s},
        CliTr::tr("Download into <dir>, which must not exist or be empty (default: the run "
                  "folder's name in the working directory)."),
        u"dir"_s);
    parser.addOption(output);
    parser.addPositionalArgument(u"URI"_s, CliTr::tr("s3://bucket/prefix/ of the run folder."));
    if (!parser.parse(QStringList{u"kiln logs"_s} + arguments)) {
        err << CliTr::tr("kiln logs: %1\nTry 'kiln logs --help'.\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelpText(parser, u"logs"_s);
        return Success;
    }
    const QStringList uris = parser.positionalArguments();
    if (uris.size() != 1 || !uris.front().startsWith(u"s3://")) {
        err << CliTr::tr("kiln logs: give one s3://bucket/prefix/ (where the run's logs were "
                         "uploaded)\n");
        return UsageError;
    }
    const FileTransferResult r =
        waitForTransfer(std::make_unique<S3RunFolderDownload>(uris.front(), parser.value(output)));
    if (!r.ok) {
        err << CliTr::tr("kiln logs: cannot download the run folder from %1: %2\n")
                   .arg(uris.front(), r.error);
        return Failure;
    }
    err << CliTr::tr("kiln logs: downloaded %1\n").arg(r.outputs.value(u"source"_s).toString());
    out << r.outputs.value(u"folder"_s).toString() << "\n";
    return Success;
}

} // namespace Kiln::Cli
