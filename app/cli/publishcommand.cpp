// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln publish FILE --name N --semantic-version X.Y.Z [...]`: the document as a
// new Image Builder component version (CreateComponent). It is validated first
// with kiln validate's checks, for the component's platform (--platform, else
// the one its actions run on), and nothing is sent while it has errors. A
// document longer than CreateComponent's inline limit goes to S3 first
// (--uri-bucket). --dry-run prints the request and sends nothing.
#include "aws/componentpublication.h"
#include "clitr.h"
#include "commands.h"
#include "diagnostics/diagnosticformat.h"
#include "document/document.h"
#include "model/documentplatform.h"
#include "publishcomponent.h"
#include "validate/scriptlint.h"
#include "validate/validator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QUuid>
#include <optional>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {
namespace {

struct PublishFlags
{
    const QCommandLineOption name{u"name"_s, CliTr::tr("Name of the component (required)."),
                                  u"name"_s};
    const QCommandLineOption version{
        u"semantic-version"_s,
        CliTr::tr("Version to create, x.y.z (required); Image Builder adds the build number."),
        u"x.y.z"_s};
    const QCommandLineOption platform{
        u"platform"_s,
        CliTr::tr("Linux, Windows or macOS (default: the platform the document's actions run on)."),
        u"platform"_s};
    const QCommandLineOption description{u"description"_s,
                                         CliTr::tr("Description of the component."), u"text"_s};
    const QCommandLineOption changeDescription{
        u"change-description"_s, CliTr::tr("What changed in this version."), u"text"_s};
    const QCommandLineOption kmsKeyId{
        u"kms-key-id"_s, CliTr::tr("KMS key (ID or ARN) to encrypt the component with."), u"key"_s};
    const QCommandLineOption tags{u"tags"_s, CliTr::tr("Tags of the component: key=value,..."),
                                  u"list"_s};
    const QCommandLineOption uriBucket{
        u"uri-bucket"_s,
        CliTr::tr("Bucket for a document longer than CreateComponent takes inline: it is "
                  "uploaded to s3://BUCKET/PREFIX/NAME/VERSION/FILE and published from there."),
        u"bucket"_s};
    const QCommandLineOption uriPrefix{
        u"uri-prefix"_s, CliTr::tr("Key prefix in --uri-bucket (default: none)."), u"prefix"_s};
    const QCommandLineOption region{
        u"region"_s, CliTr::tr("Region to publish in (default: the AWS region)."), u"region"_s};
    const QCommandLineOption dryRun{
        u"dry-run"_s,
        CliTr::tr("Validate and print the CreateComponent request (and the S3 key of an "
                  "upload); send nothing. Needs no credentials.")};

    explicit PublishFlags(QCommandLineParser &parser)
    {
        parser.addOptions({name, version, platform, description, changeDescription, kmsKeyId, tags,
                           uriBucket, uriPrefix, region, dryRun});
        parser.addPositionalArgument(u"FILE"_s, CliTr::tr("The component document (YAML)."));
    }
};

// The request from the flags, without the document; nothing after a usage error on `err`.
std::optional<ComponentPublication> readFlags(const QCommandLineParser &parser,
                                              const PublishFlags &f, QTextStream &err)
{
    const auto usage = [&err](const QString &message) {
        err << "kiln publish: " << message << "\n" << CliTr::tr("Try 'kiln publish --help'.\n");
        return std::nullopt;
    };
    if (parser.positionalArguments().size() != 1)
        return usage(CliTr::tr("give one document file"));
    ComponentPublication p;
    p.name = parser.value(f.name);
    if (p.name.isEmpty())
        return usage(CliTr::tr("--name is required (the component's name in Image Builder)"));
    if (const QString problem = componentNameProblem(p.name); !problem.isEmpty())
        return usage(CliTr::tr("--name '%1': %2").arg(p.name, problem));
    p.semanticVersion = parser.value(f.version);
    if (!parser.isSet(f.version))
        return usage(CliTr::tr("--semantic-version is required (x.y.z, e.g. 1.0.0)"));
    if (!exactComponentVersion(p.semanticVersion))
        return usage(CliTr::tr("--semantic-version '%1' is not x.y.z with whole numbers "
                               "(e.g. 1.2.3; no wildcards, no build number)")
                         .arg(p.semanticVersion));
    if (parser.isSet(f.platform)) {
        const auto platform = componentPlatform(parser.value(f.platform));
        if (!platform)
            return usage(CliTr::tr("unknown --platform '%1' (Linux, Windows or macOS)")
                             .arg(parser.value(f.platform)));
        p.platform = *platform;
    }
    QString why;
    const auto tags = parseComponentTags(parser.value(f.tags), &why);
    if (!tags)
        return usage(CliTr::tr("--tags: %1 (give key=value,key2=value2)").arg(why));
    p.tags = *tags;
    if (parser.isSet(f.uriPrefix) && !parser.isSet(f.uriBucket))
        return usage(CliTr::tr("--uri-prefix needs --uri-bucket"));
    p.description = parser.value(f.description);
    p.changeDescription = parser.value(f.changeDescription);
    p.kmsKeyId = parser.value(f.kmsKeyId);
    p.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return p;
}

// kiln validate's checks for `platform`; prints the errors and warnings like it
// does. False when there are errors.
bool documentIsValid(const Document &document, const QString &platform, QTextStream &err)
{
    ValidationOptions options;
    options.osPlatform = validatorPlatform(platform);
    options.shellcheckProgram = findShellcheck();
    options.lintScripts = !options.shellcheckProgram.isEmpty();
    const Diagnostics diagnostics = Validator(options).validate(document);
    int errors = 0;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity > Severity::Warning)
            continue;
        errors += d.isError() ? 1 : 0;
        err << formatDiagnostic(d) << "\n";
    }
    if (errors)
        err << CliTr::tr("kiln publish: %1 has errors (%2); nothing was published. Fix them "
                         "(kiln validate %1 shows them too) and publish again.\n")
                   .arg(document.filePath())
                   .arg(errors);
    return errors == 0;
}

} // namespace

int publishCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Publish a component document as a new EC2 Image Builder component version.\n"
        "The document is validated first (as by kiln validate) and nothing is sent while it "
        "has errors.\nNeeds imagebuilder:CreateComponent and imagebuilder:ListComponents "
        "(and s3:PutObject with --uri-bucket).\n"
        "Exit status: 0 published (or printed with --dry-run), 1 the document has errors, is "
        "too long to send inline, the version exists or Image Builder refused it, "
        "2 usage error."));
    parser.addHelpOption();
    const PublishFlags flags(parser);
    if (!parser.parse(QStringList{u"kiln publish"_s} + arguments)) {
        err << CliTr::tr("kiln publish: %1\nTry 'kiln publish --help'.\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelpText(parser, u"publish"_s);
        return Success;
    }
    std::optional<ComponentPublication> publication = readFlags(parser, flags, err);
    if (!publication)
        return UsageError;
    const QString file = parser.positionalArguments().constFirst();
    QFile source(file);
    if (!QFileInfo(file).isFile() || !source.open(QIODevice::ReadOnly)) {
        err << CliTr::tr("kiln publish: cannot read %1: %2\n")
                   .arg(file, QFileInfo(file).isFile() ? source.errorString()
                                                       : CliTr::tr("no such file"));
        return UsageError;
    }
    const QByteArray text = source.readAll();
    const Document document = Document::fromText(text, file);
    if (publication->platform.isEmpty())
        publication->platform =
            *componentPlatform(guessDocumentPlatform(document, ValidationOptions::hostPlatform()));
    if (!documentIsValid(document, publication->platform, err))
        return Failure;

    const QString data = QString::fromUtf8(text);
    if (data.size() <= ComponentPublication::InlineDataLimit) {
        publication->data = data;
    } else if (parser.isSet(flags.uriBucket)) {
        publication->uri = u"s3://%1/%2"_s.arg(
            parser.value(flags.uriBucket),
            componentUploadKey(parser.value(flags.uriPrefix), publication->name,
                               publication->semanticVersion, QFileInfo(file).fileName()));
    } else {
        err << CliTr::tr("kiln publish: %1 has %2 characters; CreateComponent takes at most %3 "
                         "inline. Pass --uri-bucket BUCKET to upload it to S3 and publish it "
                         "from there.\n")
                   .arg(file)
                   .arg(data.size())
                   .arg(ComponentPublication::InlineDataLimit);
        return Failure;
    }

    if (parser.isSet(flags.dryRun)) {
        if (!publication->uri.isEmpty())
            err << CliTr::tr("kiln publish: would upload %1 to %2\n").arg(file, publication->uri);
        out << QJsonDocument(publication->toJson()).toJson(QJsonDocument::Indented);
        err << CliTr::tr("kiln publish: dry run; nothing was sent.\n");
        return Success;
    }
    return publishComponent({parser.value(flags.region), file, arguments}, *publication, out, err);
}

} // namespace Kiln::Cli
