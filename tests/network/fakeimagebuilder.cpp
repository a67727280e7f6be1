// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "fakeimagebuilder.h"

#include "fakeaws.h"
#include "sigv4check.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace KilnTest {

namespace {

// The API reference's patterns (GetComponent's componentBuildVersionArn,
// ListComponentBuildVersions' componentVersionArn).
const QString Owner = u"(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party)"_s;
const QRegularExpression BuildOrVersionArn(
    u"^arn:aws[^:]*:imagebuilder:[^:]+:"_s + Owner +
    uR"(:component/([a-z0-9-_]+)/(?:(?:([0-9]+|x)\.([0-9]+|x)\.([0-9]+|x))|(?:([0-9]+)\.([0-9]+)\.([0-9]+)/([0-9]+)))$)"_s);
const QRegularExpression VersionArn(u"^arn:aws[^:]*:imagebuilder:[^:]+:"_s + Owner +
                                    uR"(:component/[a-z0-9-_]+/[0-9]+\.[0-9]+\.[0-9]+$)"_s);

QString ownerOf(const QString &arn)
{
    return arn.section(u':', 4, 4);
}

bool ownedAs(const QString &owner, const QString &ownership)
{
    if (ownership == u"Amazon")
        return owner == u"aws";
    if (ownership == u"ThirdParty")
        return owner == u"third-party" || owner.startsWith(u"aws-");
    if (ownership == u"Shared")
        return owner.size() == 12 && owner != QLatin1String(FakeImageBuilder::Account);
    return owner == QLatin1String(FakeImageBuilder::Account); // Self, the default
}

} // namespace

QString FakeImageBuilder::Build::version() const
{
    return u"%1.%2.%3"_s.arg(major).arg(minor).arg(patch);
}

QString FakeImageBuilder::Build::versionArn() const
{
    return arn.section(u'/', 0, -2);
}

FakeImageBuilder::FakeImageBuilder(TestHttpServer &server, Kiln::AwsCredentials credentials,
                                   QString region)
    : m_server(&server), m_credentials(std::move(credentials)), m_region(std::move(region))
{
    server.route("/GetComponent", [this](const TestHttpRequest &r, int) {
        return checked(r, "GET", {}, [this, r] { return getComponent(r); });
    });
    server.route("/ListComponents", [this](const TestHttpRequest &r, int) {
        return checked(r, "POST", u"imagebuilder/ListComponents.request.json"_s,
                       [this, r] { return listComponents(r); });
    });
    server.route("/ListComponentBuildVersions", [this](const TestHttpRequest &r, int) {
        return checked(r, "POST", u"imagebuilder/ListComponentBuildVersions.request.json"_s,
                       [this, r] { return listBuildVersions(r); });
    });
    server.route("/CreateComponent", [this](const TestHttpRequest &r, int) {
        return checked(r, "PUT", u"imagebuilder/CreateComponent.request.json"_s,
                       [this, r] { return createComponent(r); });
    });
}

QProcessEnvironment FakeImageBuilder::environment(const QString &home, bool withKeys) const
{
    QProcessEnvironment e;
    e.insert(u"HOME"_s, home);
    e.insert(u"XDG_CACHE_HOME"_s, QDir(home).filePath(u"cache"_s));
    e.insert(u"AWS_CONFIG_FILE"_s, QDir(home).filePath(u"none"_s));
    e.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, QDir(home).filePath(u"none"_s));
    e.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
    e.insert(u"AWS_REGION"_s, m_region);
    e.insert(u"AWSTOE_IMAGEBUILDER_ENDPOINT"_s, m_server->baseUrl());
    if (withKeys) {
        e.insert(u"AWS_ACCESS_KEY_ID"_s, m_credentials.accessKeyId);
        e.insert(u"AWS_SECRET_ACCESS_KEY"_s, m_credentials.secretAccessKey);
    }
    return e;
}

QString FakeImageBuilder::buildArn(const QString &owner, const QString &name,
                                   const QString &version, int build) const
{
    return u"arn:aws:imagebuilder:%1:%2:component/%3/%4/%5"_s.arg(m_region, owner, name, version)
        .arg(build);
}

void FakeImageBuilder::addBuild(const QString &buildArn, const QByteArray &document,
                                const QString &description)
{
    const QRegularExpressionMatch m = BuildOrVersionArn.match(buildArn);
    Q_ASSERT(m.hasMatch() && m.hasCaptured(8));
    m_builds.append({ownerOf(buildArn), m.captured(1), m.captured(5).toInt(), m.captured(6).toInt(),
                     m.captured(7).toInt(), m.captured(8).toInt(), document, buildArn,
                     description});
}

TestHttpResponse FakeImageBuilder::checked(const TestHttpRequest &request, const QByteArray &method,
                                           const QString &shape,
                                           std::function<TestHttpResponse()> answer)
{
    const auto problem = [&](const QString &what) {
        m_problems << u"%1 %2: %3"_s.arg(QString::fromLatin1(request.method),
                                         QString::fromLatin1(request.path), what);
        return restJsonError(400, "InvalidRequestException", what);
    };
    if (const QString p = sigV4Problem(request, m_credentials, m_region, u"imagebuilder"_s);
        !p.isEmpty()) {
        m_problems << p;
        return restJsonError(403, "InvalidSignatureException", p);
    }
    if (request.method != method)
        return problem(u"must be %1"_s.arg(QString::fromLatin1(method)));
    if (!shape.isEmpty()) {
        if (request.headers.value("content-type") != "application/json")
            return problem(u"Content-Type must be application/json"_s);
        const QJsonDocument body = QJsonDocument::fromJson(request.body);
        if (!body.isObject())
            return problem(u"the body is not a JSON object"_s);
        if (const QString p = jsonShapeProblem(body.object(), awsShape(shape)); !p.isEmpty())
            return problem(p);
        const QJsonValue max = body.object().value(u"maxResults"_s);
        if (!max.isUndefined() && (max.toInt() < 1 || max.toInt() > 25))
            return problem(u"maxResults must be 1..25"_s);
    } else if (!request.body.isEmpty()) {
        return problem(u"GetComponent has no body"_s);
    }
    if (m_throttle > 0) {
        --m_throttle;
        return restJsonError(429, "CallRateLimitExceededException",
                             u"You have exceeded the permitted request rate"_s);
    }
    return answer();
}

TestHttpResponse FakeImageBuilder::getComponent(const TestHttpRequest &request)
{
    QString arn;
    for (const QByteArray &pair : request.query.split('&')) {
        if (pair.startsWith("componentBuildVersionArn="))
            arn = QUrl::fromPercentEncoding(pair.mid(pair.indexOf('=') + 1));
    }
    m_calls << u"GetComponent "_s + arn;
    const QRegularExpressionMatch m = BuildOrVersionArn.match(arn);
    if (!m.hasMatch()) {
        if (arn.contains(u":component/"))
            return restJsonError(400, "InvalidVersionNumberException",
                                 u"The version in %1 is not valid"_s.arg(arn));
        m_problems << u"GetComponent without a valid componentBuildVersionArn: "_s + arn;
        return restJsonError(400, "InvalidRequestException", u"componentBuildVersionArn"_s);
    }
    if (m_denied.contains(m.captured(1)))
        return restJsonError(403, "ForbiddenException",
                             u"You are not authorized to perform this operation"_s);
    // A version ARN resolves to the newest matching build; a build ARN to itself.
    const Build *found = nullptr;
    for (const Build &b : m_builds) {
        if (b.owner != ownerOf(arn) || b.name != m.captured(1))
            continue;
        if (m.hasCaptured(8)) {
            if (b.arn == arn)
                found = &b;
            continue;
        }
        const auto node = [&](int i, int v) {
            return m.captured(i) == u"x" || m.captured(i).toInt() == v;
        };
        if (!node(2, b.major) || !node(3, b.minor) || !node(4, b.patch))
            continue;
        if (!found || std::tie(b.major, b.minor, b.patch, b.build) >
                          std::tie(found->major, found->minor, found->patch, found->build))
            found = &b;
    }
    if (!found)
        return restJsonError(404, "ResourceNotFoundException",
                             u"The resource %1 does not exist"_s.arg(arn));
    const QJsonObject component{{u"arn"_s, found->arn},
                                {u"name"_s, found->name},
                                {u"version"_s, found->version()},
                                {u"owner"_s, found->owner},
                                {u"platform"_s, u"Linux"_s},
                                {u"type"_s, u"BUILD"_s},
                                {u"encrypted"_s, true},
                                {u"data"_s, QString::fromUtf8(found->document)},
                                {u"dateCreated"_s, u"2026-01-01T00:00:00.000Z"_s},
                                {u"state"_s, QJsonObject{{u"status"_s, u"ACTIVE"_s}}}};
    return {
        200,
        QJsonDocument(QJsonObject{{u"requestId"_s, u"fake-request"_s}, {u"component"_s, component}})
            .toJson(),
        {{"Content-Type", "application/json"}},
        -1};
}

TestHttpResponse FakeImageBuilder::page(const QJsonObject &in, const QString &listKey,
                                        const QJsonArray &items)
{
    qsizetype from = 0;
    if (in.contains(u"nextToken"_s)) {
        bool ok = false;
        from = in.value(u"nextToken"_s).toString().mid(5).toLongLong(&ok);
        if (!ok || !in.value(u"nextToken"_s).toString().startsWith(u"page-"))
            return restJsonError(400, "InvalidPaginationTokenException", u"bad token"_s);
    }
    const qsizetype size = std::min<qsizetype>(m_pageSize, in.value(u"maxResults"_s).toInt(25));
    QJsonObject out{{u"requestId"_s, u"fake-request"_s},
                    {listKey, QJsonArray::fromVariantList(items.toVariantList().mid(from, size))}};
    if (from + size < items.size())
        out.insert(u"nextToken"_s, u"page-%1"_s.arg(from + size));
    if (const QString p =
            jsonShapeProblem(out, awsShape(u"imagebuilder/%1"_s.arg(
                                      listKey == u"componentVersionList"
                                          ? u"ListComponents.response.json"_s
                                          : u"ListComponentBuildVersions.response.json"_s)));
        !p.isEmpty())
        m_problems << u"the fake's own answer: "_s + p;
    return {200, QJsonDocument(out).toJson(), {{"Content-Type", "application/json"}}, -1};
}

TestHttpResponse FakeImageBuilder::listComponents(const TestHttpRequest &request)
{
    const QJsonObject in = QJsonDocument::fromJson(request.body).object();
    const QString ownership = in.value(u"owner"_s).toString(u"Self"_s);
    if (!QStringList{u"Self"_s, u"Shared"_s, u"Amazon"_s, u"ThirdParty"_s, u"AWSMarketplace"_s}
             .contains(ownership))
        return restJsonError(400, "InvalidRequestException", u"owner"_s);
    QStringList names;
    for (const QJsonValue &f : in.value(u"filters"_s).toArray()) {
        if (f.toObject().value(u"name"_s).toString() == u"name")
            for (const QJsonValue &v : f.toObject().value(u"values"_s).toArray())
                names << v.toString();
    }
    m_calls << u"ListComponents %1 %2"_s.arg(ownership, names.join(u',')) +
                   (in.value(u"nextToken"_s).isString() ? u" (next page)"_s : QString());
    if (m_denyListComponents)
        return restJsonError(403, "ForbiddenException",
                             u"You are not authorized to perform this operation"_s);
    // Every version (byName), or only each component's newest one.
    QMap<QString, const Build *> versions; // version ARN -> its newest build
    for (const Build &b : m_builds) {
        if (!ownedAs(b.owner, ownership) || (!names.isEmpty() && !names.contains(b.name)))
            continue;
        versions.insert(b.versionArn(), &b);
    }
    QJsonArray items;
    QMap<QString, const Build *> newestOfName;
    for (const Build *b : std::as_const(versions)) {
        const Build *&n = newestOfName[b->name];
        if (!n || std::tie(b->major, b->minor, b->patch) > std::tie(n->major, n->minor, n->patch))
            n = b;
    }
    for (const Build *b : in.value(u"byName"_s).toBool() ? versions : newestOfName) {
        QJsonObject item{{u"arn"_s, b->versionArn()},  {u"name"_s, b->name},
                         {u"version"_s, b->version()}, {u"owner"_s, b->owner},
                         {u"platform"_s, u"Linux"_s},  {u"type"_s, u"BUILD"_s}};
        if (!b->description.isEmpty())
            item.insert(u"description"_s, b->description);
        items.append(item);
    }
    return page(in, u"componentVersionList"_s, items);
}

TestHttpResponse FakeImageBuilder::listBuildVersions(const TestHttpRequest &request)
{
    const QJsonObject in = QJsonDocument::fromJson(request.body).object();
    const QString versionArn = in.value(u"componentVersionArn"_s).toString();
    m_calls << u"ListComponentBuildVersions "_s + versionArn +
                   (in.value(u"nextToken"_s).isString() ? u" (next page)"_s : QString());
    if (!VersionArn.match(versionArn).hasMatch())
        return restJsonError(400, "InvalidRequestException",
                             u"componentVersionArn must name an exact version"_s);
    QJsonArray items;
    for (const Build &b : std::as_const(m_builds)) {
        // Only the caller's own components are listed.
        if (b.versionArn() == versionArn && b.owner == QLatin1String(Account))
            items.append(QJsonObject{{u"arn"_s, b.arn},
                                     {u"name"_s, b.name},
                                     {u"version"_s, b.version()},
                                     {u"owner"_s, b.owner},
                                     {u"platform"_s, u"Linux"_s},
                                     {u"type"_s, u"BUILD"_s},
                                     {u"state"_s, QJsonObject{{u"status"_s, u"ACTIVE"_s}}}});
    }
    return page(in, u"componentSummaryList"_s, items);
}

} // namespace KilnTest

namespace KilnTest {

// CreateComponent's rules from the API reference (tests/data/aws/README.md).
TestHttpResponse FakeImageBuilder::createComponent(const TestHttpRequest &request)
{
    const QJsonObject in = QJsonDocument::fromJson(request.body).object();
    const QString name = in.value(u"name"_s).toString();
    const QString version = in.value(u"semanticVersion"_s).toString();
    m_calls << u"CreateComponent %1 %2"_s.arg(name, version);
    const auto problem = [this](const QString &what) {
        m_problems << u"CreateComponent: "_s + what;
        return restJsonError(400, "InvalidRequestException", what);
    };
    static const QRegularExpression namePattern(
        u"^[-_A-Za-z0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z0-9]$"_s);
    if (!namePattern.match(name).hasMatch())
        return problem(u"name"_s);
    const qsizetype token = in.value(u"clientToken"_s).toString().size();
    if (token < 1 || token > 36)
        return problem(u"clientToken must have 1 to 36 characters"_s);
    if (!QStringList{u"Windows"_s, u"Linux"_s, u"macOS"_s}.contains(
            in.value(u"platform"_s).toString()))
        return problem(u"platform"_s);
    if (in.contains(u"data"_s) == in.contains(u"uri"_s))
        return restJsonError(400, "InvalidParameterCombinationException",
                             u"Specify exactly one of data and uri"_s);
    const qsizetype dataSize = in.value(u"data"_s).toString().size();
    if (in.contains(u"data"_s) && (dataSize < 1 || dataSize > 16000))
        return problem(u"data must have 1 to 16000 characters"_s);
    if (in.contains(u"uri"_s) && !in.value(u"uri"_s).toString().startsWith(u"s3://"))
        return problem(u"uri must be an S3 URI"_s);
    static const QRegularExpression versionPattern(u"^([0-9]+)\\.([0-9]+)\\.([0-9]+)$"_s);
    const QRegularExpressionMatch v = versionPattern.match(version);
    if (!v.hasMatch())
        return restJsonError(400, "InvalidVersionNumberException",
                             u"The semantic version %1 is not valid"_s.arg(version));
    const QString arnName = name.toLower().replace(u' ', u'-');
    const QString arn = buildArn(QLatin1String(Account), arnName, version, 1);
    for (const Build &b : std::as_const(m_builds)) {
        if (b.versionArn() == arn.section(u'/', 0, -2))
            return restJsonError(409, "ResourceAlreadyExistsException",
                                 u"The component %1 already exists"_s.arg(b.versionArn()));
    }
    m_created << in;
    addBuild(arn, in.value(u"data"_s).toString().toUtf8());
    const QJsonObject out{{u"requestId"_s, u"fake-request"_s},
                          {u"clientToken"_s, in.value(u"clientToken"_s)},
                          {u"componentBuildVersionArn"_s, arn}};
    if (const QString p =
            jsonShapeProblem(out, awsShape(u"imagebuilder/CreateComponent.response.json"_s));
        !p.isEmpty())
        m_problems << u"the fake's own answer: "_s + p;
    return {200, QJsonDocument(out).toJson(), {{"Content-Type", "application/json"}}, -1};
}

} // namespace KilnTest
