// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "publishcomponent.h"

#include "aws/imagebuilderclient.h"
#include "aws/imdsclient.h"
#include "aws/s3uploadjob.h"
#include "clitr.h"
#include "commands.h"
#include "net/environmentproxy.h"
#include "net/waitfortransfer.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTextStream>
#include <optional>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {
namespace {

// The name as Image Builder writes it in ARNs: lower case, spaces as '-'.
QString arnName(const QString &name)
{
    return name.toLower().replace(u' ', u'-');
}

// The versions of the caller's own component `name`; nothing with `error` when
// they cannot be listed.
std::optional<QList<ComponentVersion>> takenVersions(ImageBuilderClient &client,
                                                     const QString &name, QString *error)
{
    std::optional<QList<ComponentVersion>> taken;
    QEventLoop loop;
    client.listComponentVersions(
        name, u"Self"_s, [&](const QStringList &arns, const AwsReply &last) {
            if (!last.ok()) {
                *error = client.describeError(last, u"imagebuilder:ListComponents"_s);
            } else {
                taken.emplace();
                for (const QString &arn : arns) {
                    QString ignored;
                    const auto parsed = ImageBuilderArn::parse(arn, &ignored);
                    if (parsed && parsed->name == arnName(name))
                        taken->append(parsed->version);
                }
            }
            loop.quit();
        });
    loop.exec(); // the client always answers later
    return taken;
}

// `given` with the --semantic-version value replaced: the command to copy.
QString commandWithVersion(const QStringList &given, const QString &version)
{
    QStringList words{u"kiln"_s, u"publish"_s};
    for (qsizetype i = 0; i < given.size(); ++i) {
        QString word = given.at(i);
        if (word == u"--semantic-version" && i + 1 < given.size()) {
            words << word << version;
            ++i;
            continue;
        }
        if (word.startsWith(u"--semantic-version="))
            word = u"--semantic-version="_s + version;
        static const QRegularExpression plain(u"^[A-Za-z0-9_./=:,@%+-]+$"_s);
        if (!plain.match(word).hasMatch())
            word = u"'"_s + word.replace(u"'"_s, u"'\\''"_s) + u"'"_s;
        words << word;
    }
    return words.join(u' ');
}

// "1.2.3 already exists", the next free version and the command that takes it.
int versionTaken(ImageBuilderClient &client, const PublishTarget &target,
                 const ComponentPublication &publication, QList<ComponentVersion> taken,
                 QTextStream &err)
{
    const ComponentVersion wanted = *exactComponentVersion(publication.semanticVersion);
    if (!taken.contains(wanted))
        taken << wanted; // CreateComponent said so; the listing may lag behind
    const QString free = nextFreeVersion(wanted, taken).toString();
    err << CliTr::tr("kiln publish: version %1 of component '%2' already exists in region %3; "
                     "Image Builder never replaces a version.\n%4 is free: %5\n")
               .arg(publication.semanticVersion, publication.name, client.api().region(), free,
                    commandWithVersion(target.given, free));
    return Failure;
}

bool alreadyExists(const AwsReply &reply)
{
    return reply.errorCode == u"ResourceAlreadyExistsException"_s ||
           (reply.errorCode == u"ResourceInUseException"_s &&
            reply.message.contains(u"exist"_s, Qt::CaseInsensitive));
}

} // namespace

int publishComponent(const PublishTarget &target, const ComponentPublication &publication,
                     QTextStream &out, QTextStream &err)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QNetworkAccessManager network;
    network.setProxyFactory(new EnvironmentProxyFactory(environment));
    AwsConfig config;
    {
        QEventLoop loop;
        ImdsClient::completeConfig(AwsConfig::resolve(environment), environment, &network, &loop,
                                   [&](const AwsConfig &completed) {
                                       config = completed;
                                       loop.quit();
                                   });
        loop.exec(); // always answered later
    }
    if (!config.credentials.isValid()) {
        err << CliTr::tr("kiln publish: no AWS credentials: %1\n").arg(config.credentialsError);
        return Failure;
    }
    ImageBuilderClient client(config, target.region.isEmpty() ? config.region : target.region,
                              &network);

    // Checking first spares an upload, and names the free version; without
    // imagebuilder:ListComponents CreateComponent's own error still tells.
    QString listError;
    const auto taken = takenVersions(client, publication.name, &listError);
    if (taken && taken->contains(*exactComponentVersion(publication.semanticVersion)))
        return versionTaken(client, target, publication, *taken, err);
    if (!taken)
        err << CliTr::tr("kiln publish: cannot check the versions of '%1' first: %2\n")
                   .arg(publication.name, listError);

    if (!publication.uri.isEmpty()) {
        const FileTransferResult upload = waitForTransfer(std::make_unique<S3UploadJob>(
            QJsonArray{QJsonObject{{u"source"_s, QDir::current().absoluteFilePath(target.file)},
                                   {u"destination"_s, publication.uri}}}));
        if (!upload.ok) {
            err << CliTr::tr("kiln publish: cannot upload %1 to %2: %3\n")
                       .arg(target.file, publication.uri, upload.error);
            return Failure;
        }
        err << CliTr::tr("kiln publish: uploaded %1 to %2\n").arg(target.file, publication.uri);
    }

    AwsReply created;
    QEventLoop loop;
    client.createComponent(publication.toJson(), [&](const AwsReply &reply) {
        created = reply;
        loop.quit();
    });
    loop.exec();
    if (alreadyExists(created)) {
        QString ignored;
        return versionTaken(
            client, target, publication,
            takenVersions(client, publication.name, &ignored).value_or(QList<ComponentVersion>{}),
            err);
    }
    if (!created.ok()) {
        err << CliTr::tr("kiln publish: Image Builder did not create %1 %2: %3\n")
                   .arg(publication.name, publication.semanticVersion,
                        client.describeError(created, u"imagebuilder:CreateComponent"_s));
        if (created.status == 403 && !publication.kmsKeyId.isEmpty())
            err << CliTr::tr(
                       "With --kms-key-id the credentials also need the use of that key "
                       "(kms:GenerateDataKey, kms:Encrypt, kms:Decrypt, kms:DescribeKey on %1).\n")
                       .arg(publication.kmsKeyId);
        return Failure;
    }
    const QString arn = created.json.value(u"componentBuildVersionArn"_s).toString();
    out << arn << "\n";
    err << CliTr::tr("kiln publish: published %1 as %2\n").arg(target.file, arn);
    return Success;
}

} // namespace Kiln::Cli
