// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The Image Builder REST-JSON calls Kiln needs to read a component document
// (service signing name "imagebuilder", in the ARN's region): GetComponent, and
// the listings that turn a version ARN ("1.0.2", "1.x.x") into the newest
// build-version ARN first (see resolveBuildVersion()); and CreateComponent to
// publish one. Every error message names the IAM action the credentials lack
// when access is denied; the caller names the ARN.
#pragma once

#include "aws/awsjsonclient.h"
#include "aws/imagebuilderarn.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace Kiln {

struct ImageBuilderComponent
{
    QString arn;  // the build-version ARN
    QString data; // the component document (YAML)
};

class ImageBuilderClient : public QObject
{
    Q_OBJECT
public:
    using GotArn =
        std::function<void(const std::optional<QString> &buildArn, const QString &error)>;
    using GotComponent =
        std::function<void(const std::optional<ImageBuilderComponent> &, const QString &error)>;
    // `last` is the last page's reply: not ok() when the listing failed.
    using GotArns = std::function<void(const QStringList &arns, const AwsReply &last)>;
    using GotItems = std::function<void(const QJsonArray &items, const AwsReply &last)>;

    // Calls go to the endpoint for `region` (AwsConfig::endpoint("imagebuilder")).
    ImageBuilderClient(AwsConfig config, const QString &region, QNetworkAccessManager *network,
                       QObject *parent = nullptr);

    AwsJsonClient &api() { return *m_api; }

    // The newest build version `arn` selects: itself for a build-version ARN.
    void resolveBuildVersion(const ImageBuilderArn &arn, GotArn done);
    // GetComponent for a build-version (or version) ARN.
    void getComponent(const QString &arn, GotComponent done);
    // The document GetComponent already returned for `buildArn` (resolving a version
    // ARN with GetComponent fetches it), or nothing.
    std::optional<QString> fetched(const QString &buildArn) const;
    // Every version ARN of the components called `name` (ListComponents, byName,
    // all pages) of `ownership` (Self, Shared, Amazon, ThirdParty).
    void listComponentVersions(const QString &name, const QString &ownership, GotArns done);
    // The components of `ownership` (ListComponents without a filter, all pages):
    // each once, at its newest version, as the service's componentVersionList items.
    void listComponents(const QString &ownership, GotItems done);
    // Every build-version ARN of one exact version (ListComponentBuildVersions, all pages).
    void listBuildVersions(const QString &versionArn, GotArns done);
    // CreateComponent (PUT /CreateComponent) with `request` as its body (see
    // ComponentPublication): `reply.json`'s componentBuildVersionArn on success.
    // Retried like every call: the request's clientToken makes that safe.
    void createComponent(const QJsonObject &request, std::function<void(const AwsReply &)> done);

    // The message for a failed call (the caller names the ARN); `action` is the
    // IAM action the call needs.
    QString describeError(const AwsReply &reply, const QString &action) const;

private:
    // POSTs `call` page after page, collecting `listKey`'s items.
    void listAll(AwsCall call, const QString &listKey, QJsonArray collected, GotItems done);
    // listAll(), keeping the items' `arn`s.
    void listArns(AwsCall call, const QString &listKey, GotArns done);
    void newestVersion(const ImageBuilderArn &arn, const QString &ownership, GotArn done);
    void newestBuild(const ImageBuilderArn &exact, GotArn done);

    AwsJsonClient *m_api;
    QHash<QString, QString> m_fetched; // build-version ARN -> document
};

} // namespace Kiln
