// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln pull ARN|NAME/VERSION [-o FILE] [--region R] [--owner O] [--force]`: writes an
// Image Builder component's document (GetComponent's `data`) to a file, to edit,
// validate or run it locally. A version may be x.y.z, x.y.z/build or use x
// wildcards; NAME/VERSION becomes an ARN in --region: account "aws" for Amazon's
// components, otherwise the owner ListComponents reports for the name.
#include "aws/componentlookup.h"
#include "aws/imagebuilderarn.h"
#include "aws/imagebuilderdocumentjob.h"
#include "clitr.h"
#include "commands.h"
#include "net/environmentproxy.h"
#include "net/waitfortransfer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {
namespace {

// ARN as given, or NAME/VERSION[/BUILD] made into one (ComponentLookup). Empty
// after a message on `err`.
QString componentArn(const QString &given, const QString &region, const QString &ownership,
                     QTextStream &err)
{
    QNetworkAccessManager network;
    network.setProxyFactory(new EnvironmentProxyFactory(QProcessEnvironment::systemEnvironment()));
    ComponentLookup lookup(AwsConfig::resolve(), region, &network);
    QString arn;
    QEventLoop loop;
    lookup.resolve(given, ownership, [&](const QString &found, const QString &error) {
        arn = found;
        if (!error.isEmpty())
            err << "kiln pull: " << error << "\n";
        loop.quit();
    });
    loop.exec(); // the lookup always answers later
    return arn;
}

bool writeTarget(const QString &target, const QByteArray &document, QTextStream &out,
                 QString *error)
{
    if (target == u"-") {
        out << QString::fromUtf8(document);
        out.flush();
        return out.status() == QTextStream::Ok;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() ||
        !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int pullCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Write the document of an EC2 Image Builder component to a file.\n"
        "COMPONENT is a component ARN (arn:aws:imagebuilder:REGION:ACCOUNT:component/NAME/"
        "VERSION[/BUILD])\nor NAME/VERSION; VERSION may use x wildcards (1.x.x): the newest "
        "match is pulled.\nNeeds imagebuilder:GetComponent (and ListComponents / "
        "ListComponentBuildVersions to resolve\na version or a NAME).\n"
        "Exit status: 0 written, 1 the component cannot be fetched or the file exists, "
        "2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption output(
        {u"o"_s, u"output"_s}, CliTr::tr("Write to <file> (default: NAME.yaml; - for stdout)."),
        u"file"_s);
    const QCommandLineOption region(
        u"region"_s, CliTr::tr("Region of a NAME/VERSION component (default: the AWS region)."),
        u"region"_s);
    const QCommandLineOption owner(
        u"owner"_s,
        CliTr::tr("Owner of a NAME/VERSION component: Self (default), Amazon, Shared or "
                  "ThirdParty."),
        u"owner"_s, u"Self"_s);
    const QCommandLineOption force(u"force"_s, CliTr::tr("Overwrite an existing file."));
    parser.addOptions({output, region, owner, force});
    parser.addPositionalArgument(u"COMPONENT"_s, CliTr::tr("ARN or NAME/VERSION."));
    if (!parser.parse(QStringList{u"kiln pull"_s} + arguments)) {
        err << CliTr::tr("kiln pull: %1\nTry 'kiln pull --help'.\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelpText(parser, u"pull"_s);
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err << CliTr::tr("kiln pull: give one component (ARN or NAME/VERSION)\n");
        return UsageError;
    }
    const QString ownership = parser.value(owner);
    if (!QStringList{u"Self"_s, u"Amazon"_s, u"Shared"_s, u"ThirdParty"_s}.contains(ownership)) {
        err << CliTr::tr("kiln pull: unknown --owner '%1' (Self, Amazon, Shared or ThirdParty)\n")
                   .arg(ownership);
        return UsageError;
    }
    const QString arn =
        componentArn(parser.positionalArguments().front(), parser.value(region), ownership, err);
    if (arn.isEmpty())
        return Failure;
    QString error;
    const auto parsed = ImageBuilderArn::parse(arn, &error);
    if (!parsed) {
        err << "kiln pull: " << error << "\n";
        return UsageError;
    }
    const QString target = parser.isSet(output) ? parser.value(output) : parsed->name + u".yaml"_s;
    if (target != u"-" && QFileInfo::exists(target) && !parser.isSet(force)) {
        err << CliTr::tr("kiln pull: %1 exists; use --force to overwrite it\n").arg(target);
        return Failure;
    }
    QTemporaryDir fetched(QDir::temp().filePath(u"kiln-pull-XXXXXX"_s));
    const QString local = fetched.filePath(u"component.yaml"_s);
    const FileTransferResult r = waitForTransfer(std::make_unique<ImageBuilderDocumentJob>(
        QJsonArray{QJsonObject{{u"source"_s, arn}, {u"destination"_s, local}}}));
    if (!r.ok) {
        err << CliTr::tr("kiln pull: cannot fetch %1: %2\n").arg(arn, r.error);
        return Failure;
    }
    QFile file(local);
    if (!file.open(QIODevice::ReadOnly) || !writeTarget(target, file.readAll(), out, &error)) {
        err << CliTr::tr("kiln pull: cannot write %1: %2\n").arg(target, error);
        return Failure;
    }
    const QString build = r.outputs.value(u"arn"_s).toString();
    if (target != u"-")
        err << CliTr::tr("kiln pull: wrote %1 (%2)\n").arg(target, build);
    return Success;
}

} // namespace Kiln::Cli
