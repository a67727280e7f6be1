// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/imagebuilderclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {
constexpr int PageSize = 25; // the maximum of both listings' maxResults

// The build number at the end of a build-version ARN (-1 if none).
int buildOf(const QString &arn)
{
    QString ignored;
    const auto parsed = ImageBuilderArn::parse(arn, &ignored);
    return parsed ? parsed->build : -1;
}
} // namespace

ImageBuilderClient::ImageBuilderClient(AwsConfig config, const QString &region,
                                       QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_api(new AwsJsonClient(std::move(config), u"imagebuilder"_s, region, network, this))
{
}

QString ImageBuilderClient::describeError(const AwsReply &reply, const QString &action) const
{
    const AwsConfig &config = m_api->config();
    const QString &code = reply.errorCode;
    QString message;
    if (code == u"NoCredentials"_s)
        message = config.credentialsError;
    else if (code == u"Cancelled"_s)
        message = u"cancelled"_s;
    else if (reply.status == 0)
        message =
            u"cannot reach Image Builder at %1: %2"_s.arg(m_api->endpoint().host(), reply.message);
    else if (code == u"ResourceNotFoundException"_s || reply.status == 404)
        message = u"no such component in region %1 (%2)"_s.arg(m_api->region(), code);
    else if (code == u"InvalidVersionNumberException"_s)
        message = u"Image Builder does not accept this version (%1: %2)"_s.arg(code, reply.message);
    else if (code == u"UnrecognizedClientException"_s || code == u"InvalidSignatureException"_s)
        message = u"Image Builder rejected the credentials from %1 (%2)"_s.arg(
            config.credentials.source, code);
    else if (code == u"ForbiddenException"_s || code == u"AccessDeniedException"_s ||
             code == u"AccessDenied"_s || reply.status == 403)
        message = u"access denied (%1): the credentials from %2 need %3"_s.arg(
            code, config.credentials.source, action);
    else
        message =
            u"Image Builder %1 failed: HTTP %2 %3 %4"_s
                .arg(action.section(u':', 1), QString::number(reply.status), code, reply.message)
                .trimmed();
    if (reply.attempts > 1)
        message += u" (gave up after %1 attempts)"_s.arg(reply.attempts);
    return message;
}

void ImageBuilderClient::getComponent(const QString &arn, GotComponent done)
{
    AwsCall call;
    call.operation = u"GetComponent"_s;
    call.method = "GET";
    call.path = u"/GetComponent"_s;
    call.query = {{u"componentBuildVersionArn"_s, arn}};
    m_api->call(call, [this, arn, done](const AwsReply &reply) {
        if (!reply.ok())
            return done(std::nullopt, describeError(reply, u"imagebuilder:GetComponent"_s));
        const QJsonObject component = reply.json.value(u"component"_s).toObject();
        if (!component.value(u"data"_s).isString())
            return done(
                std::nullopt,
                u"Image Builder returned no component document (no \"data\") for %1"_s.arg(arn));
        const ImageBuilderComponent got{component.value(u"arn"_s).toString(arn),
                                        component.value(u"data"_s).toString()};
        m_fetched.insert(got.arn, got.data);
        done(got, {});
    });
}

std::optional<QString> ImageBuilderClient::fetched(const QString &buildArn) const
{
    if (const auto it = m_fetched.constFind(buildArn); it != m_fetched.constEnd())
        return *it;
    return std::nullopt;
}

void ImageBuilderClient::listAll(AwsCall call, const QString &listKey, QJsonArray collected,
                                 GotItems done)
{
    m_api->call(call, [=, this](const AwsReply &reply) mutable {
        if (!reply.ok())
            return done({}, reply);
        for (const QJsonValue &item : reply.json.value(listKey).toArray())
            collected.append(item);
        const QString next = reply.json.value(u"nextToken"_s).toString();
        if (next.isEmpty())
            return done(collected, reply);
        call.body.insert(u"nextToken"_s, next);
        listAll(call, listKey, collected, done);
    });
}

void ImageBuilderClient::listArns(AwsCall call, const QString &listKey, GotArns done)
{
    listAll(std::move(call), listKey, {}, [done](const QJsonArray &items, const AwsReply &last) {
        QStringList arns;
        for (const QJsonValue &item : items)
            arns << item.toObject().value(u"arn"_s).toString();
        done(arns, last);
    });
}

void ImageBuilderClient::listComponents(const QString &ownership, GotItems done)
{
    AwsCall call;
    call.operation = u"ListComponents"_s;
    call.path = u"/ListComponents"_s;
    call.body = QJsonObject{{u"owner"_s, ownership}, {u"maxResults"_s, PageSize}};
    listAll(call, u"componentVersionList"_s, {}, std::move(done));
}

void ImageBuilderClient::listComponentVersions(const QString &name, const QString &ownership,
                                               GotArns done)
{
    AwsCall call;
    call.operation = u"ListComponents"_s;
    call.path = u"/ListComponents"_s;
    call.body = QJsonObject{
        {u"owner"_s, ownership},
        {u"filters"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"name"_s}, {u"values"_s, QJsonArray{name}}}}},
        {u"byName"_s, true},
        {u"maxResults"_s, PageSize}};
    listArns(call, u"componentVersionList"_s, std::move(done));
}

void ImageBuilderClient::listBuildVersions(const QString &versionArn, GotArns done)
{
    AwsCall call;
    call.operation = u"ListComponentBuildVersions"_s;
    call.path = u"/ListComponentBuildVersions"_s;
    call.body = QJsonObject{{u"componentVersionArn"_s, versionArn}, {u"maxResults"_s, PageSize}};
    listArns(call, u"componentSummaryList"_s, std::move(done));
}

void ImageBuilderClient::createComponent(const QJsonObject &request,
                                         std::function<void(const AwsReply &)> done)
{
    AwsCall call;
    call.operation = u"CreateComponent"_s;
    call.method = "PUT";
    call.path = u"/CreateComponent"_s;
    call.body = request;
    m_api->call(call, std::move(done));
}

// How a version ARN becomes one build version:
//  * x.y.z with wildcards: ListComponents with the name (byName, every page) gives
//    each version of the component; the highest one the wildcards select wins
//    (semantic order, as Image Builder's "latest matching version"). A 12-digit
//    owner is looked up as Self, then as Shared (another account's component).
//  * an exact x.y.z: ListComponentBuildVersions gives its builds; the highest
//    build number wins. That listing only covers the caller's own components, so
//    for Amazon's, third-party and shared ones (or when it cannot list) GetComponent
//    gets the version ARN itself, which its documentation says "resolve[s] to the
//    latest available matching component build version".
void ImageBuilderClient::resolveBuildVersion(const ImageBuilderArn &arn, GotArn done)
{
    if (arn.isBuildVersion()) {
        QMetaObject::invokeMethod(
            this, [done, text = arn.toString()] { done(text, {}); }, Qt::QueuedConnection);
        return;
    }
    if (arn.version.hasWildcard())
        return newestVersion(arn, arn.ownership(), std::move(done));
    newestBuild(arn, std::move(done));
}

void ImageBuilderClient::newestVersion(const ImageBuilderArn &arn, const QString &ownership,
                                       GotArn done)
{
    listComponentVersions(
        arn.name, ownership, [=, this](const QStringList &arns, const AwsReply &last) {
            if (!last.ok())
                return done(std::nullopt, describeError(last, u"imagebuilder:ListComponents"_s));
            std::optional<ComponentVersion> best;
            for (const QString &candidate : arns) {
                QString ignored;
                const auto parsed = ImageBuilderArn::parse(candidate, &ignored);
                if (!parsed || parsed->name != arn.name || parsed->owner != arn.owner ||
                    !arn.version.matches(parsed->version))
                    continue;
                if (!best || parsed->version > *best)
                    best = parsed->version;
            }
            if (!best && ownership == u"Self"_s)
                return newestVersion(arn, u"Shared"_s, done);
            if (!best)
                return done(std::nullopt,
                            u"no version of component '%1' matches %2 in region %3"_s.arg(
                                arn.name, arn.version.toString(), arn.region));
            const QString chosen = arn.withVersion(*best).toString();
            newestBuild(arn.withVersion(*best),
                        [done, chosen](const std::optional<QString> &build, const QString &error) {
                            done(build, error.isEmpty() ? error : chosen + u": "_s + error);
                        });
        });
}

void ImageBuilderClient::newestBuild(const ImageBuilderArn &exact, GotArn done)
{
    const QString versionArn = exact.toString();
    const auto byGetComponent = [this, versionArn, done] {
        getComponent(versionArn, [done](const std::optional<ImageBuilderComponent> &component,
                                        const QString &error) {
            done(component ? std::optional<QString>(component->arn) : std::nullopt, error);
        });
    };
    if (exact.ownership() != u"Self"_s)
        return byGetComponent();
    listBuildVersions(versionArn, [=, this](const QStringList &arns, const AwsReply &last) {
        // Unreachable, throttled past the retries, no credentials: asking again is no use.
        if (!last.ok() && (last.status == 0 || AwsJsonClient::isRetryable(last)))
            return done(std::nullopt,
                        describeError(last, u"imagebuilder:ListComponentBuildVersions"_s));
        int newest = -1;
        for (const QString &candidate : arns)
            newest = std::max(newest, buildOf(candidate));
        if (newest < 0)
            return byGetComponent(); // not ours, or nothing listed: its error says why
        ImageBuilderArn build = exact;
        build.build = newest;
        done(build.toString(), {});
    });
}

} // namespace Kiln
