// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/imdsclient.h"

#include "net/networkcompat.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

QString readSmallFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.read(256)).trimmed() : QString();
}

// The checks cloud-init and the EC2 docs use: no network needed.
bool looksLikeEc2()
{
    if (readSmallFile(u"/sys/class/dmi/id/sys_vendor"_s).contains(u"Amazon EC2"_s))
        return true;
    if (readSmallFile(u"/sys/class/dmi/id/board_asset_tag"_s).startsWith(u"i-"_s))
        return true;
    return readSmallFile(u"/sys/hypervisor/uuid"_s).startsWith(u"ec2"_s, Qt::CaseInsensitive);
}

} // namespace

ImdsClient::ImdsClient(QProcessEnvironment environment, QNetworkAccessManager *network,
                       QObject *parent)
    : QObject(parent), m_environment(std::move(environment)), m_network(network)
{
    if (!m_network) {
        // Metadata is link-local: never through HTTP(S)_PROXY (a classic SDK pitfall).
        auto *own = new QNetworkAccessManager(this);
        own->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        m_network = own;
    }
}

bool ImdsClient::isEnabled(const QProcessEnvironment &environment, QString *whyNot)
{
    if (environment.value(u"AWS_EC2_METADATA_DISABLED"_s).trimmed().toLower() == u"true"_s) {
        if (whyNot)
            *whyNot = u"AWS_EC2_METADATA_DISABLED=true"_s;
        return false;
    }
    if (!environment.value(u"AWS_EC2_METADATA_SERVICE_ENDPOINT"_s).isEmpty() || looksLikeEc2())
        return true;
    if (whyNot)
        *whyNot = u"this machine is not an EC2 instance (set AWS_EC2_METADATA_SERVICE_ENDPOINT "
                  "to use a metadata service anyway)"_s;
    return false;
}

QUrl ImdsClient::endpoint(const QProcessEnvironment &environment)
{
    const QString url = environment.value(u"AWS_EC2_METADATA_SERVICE_ENDPOINT"_s);
    return QUrl(url.isEmpty() ? u"http://169.254.169.254"_s : url);
}

void ImdsClient::request(const QByteArray &method, const QString &path, const QByteArray &token,
                         std::function<void(int, const QByteArray &, const QString &)> then)
{
    QUrl url = endpoint(m_environment);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    setStallTimeout(request, m_timeoutMs);
    useHttp1(request);
    if (method == "PUT")
        request.setRawHeader("X-aws-ec2-metadata-token-ttl-seconds", "21600");
    else
        request.setRawHeader("X-aws-ec2-metadata-token", token);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method);
    connect(reply, &QNetworkReply::finished, this, [reply, then] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid())
            return then(0, {}, reply->errorString());
        then(status.toInt(), reply->readAll(), QString());
    });
}

void ImdsClient::withToken(std::function<void(const QByteArray &, const QString &)> then)
{
    if (!m_token.isEmpty())
        return then(m_token, QString());
    request("PUT", u"/latest/api/token"_s, {},
            [this, then](int status, const QByteArray &body, const QString &error) {
                if (status != 200 || body.isEmpty())
                    return then({}, error.isEmpty()
                                        ? u"IMDSv2 token request answered HTTP %1"_s.arg(status)
                                        : error);
                m_token = body.trimmed();
                then(m_token, QString());
            });
}

void ImdsClient::get(const QString &path, Got done)
{
    const QString where = endpoint(m_environment).toString();
    withToken([this, path, done, where](const QByteArray &token, const QString &tokenError) {
        if (!tokenError.isEmpty())
            return done(std::nullopt,
                        u"instance metadata at %1 is not reachable: %2"_s.arg(where, tokenError));
        QString clean = path;
        while (clean.startsWith(u'/'))
            clean.remove(0, 1);
        request("GET", u"/latest/meta-data/"_s + clean, token,
                [done, clean, where](int status, const QByteArray &body, const QString &error) {
                    if (status == 200)
                        return done(QString::fromUtf8(body), QString());
                    if (status == 404)
                        return done(std::nullopt,
                                    u"instance metadata has no '%1' (HTTP 404)"_s.arg(clean));
                    done(std::nullopt,
                         error.isEmpty()
                             ? u"instance metadata '%1' answered HTTP %2"_s.arg(clean).arg(status)
                             : u"instance metadata at %1 is not reachable: %2"_s.arg(where, error));
                });
    });
}

void ImdsClient::credentials(GotCredentials done)
{
    get(u"iam/security-credentials/"_s, [this, done](const std::optional<QString> &roles,
                                                     const QString &error) {
        if (!roles)
            return done(std::nullopt, error.contains(u"404"_s)
                                          ? u"the instance has no IAM role (instance profile)"_s
                                          : error);
        const QString role = roles->split(u'\n', Qt::SkipEmptyParts).value(0).trimmed();
        if (role.isEmpty())
            return done(std::nullopt, u"the instance has no IAM role (instance profile)"_s);
        get(u"iam/security-credentials/"_s + role, [done, role](const std::optional<QString> &json,
                                                                const QString &e) {
            if (!json)
                return done(std::nullopt, e);
            const QJsonObject o = QJsonDocument::fromJson(json->toUtf8()).object();
            AwsCredentials c{
                o.value(u"AccessKeyId"_s).toString(), o.value(u"SecretAccessKey"_s).toString(),
                o.value(u"Token"_s).toString(), u"instance metadata (role '%1')"_s.arg(role)};
            if (!c.isValid())
                return done(
                    std::nullopt,
                    u"instance metadata returned no usable credentials for role '%1'"_s.arg(role));
            done(c, QString());
        });
    });
}

void ImdsClient::completeConfig(AwsConfig config, const QProcessEnvironment &environment,
                                QNetworkAccessManager *network, QObject *context,
                                std::function<void(const AwsConfig &)> done)
{
    const bool needCredentials = !config.credentials.isValid();
    const bool needRegion = config.regionSource.startsWith(u"default"_s);
    QString whyNot;
    if ((!needCredentials && !needRegion) || !isEnabled(environment, &whyNot)) {
        if (needCredentials)
            config.credentialsError +=
                u" Instance metadata (IMDS) was not queried: %1."_s.arg(whyNot);
        QTimer::singleShot(0, context, [done, config] { done(config); });
        return;
    }
    Q_UNUSED(network) // metadata gets its own proxy-free access manager
    auto *client = new ImdsClient(environment, nullptr, context);
    auto finish = [client, done](const AwsConfig &c) {
        client->deleteLater();
        done(c);
    };
    auto fetchRegion = [client, finish, needRegion](AwsConfig c) {
        if (!needRegion)
            return finish(c);
        client->get(u"placement/region"_s,
                    [c, finish](const std::optional<QString> &region, const QString &) mutable {
                        if (region && !region->trimmed().isEmpty()) {
                            c.region = region->trimmed();
                            c.regionSource = u"instance metadata"_s;
                        }
                        finish(c);
                    });
    };
    if (!needCredentials)
        return fetchRegion(config);
    client->credentials([config, fetchRegion](const std::optional<AwsCredentials> &credentials,
                                              const QString &error) mutable {
        if (credentials) {
            config.credentials = *credentials;
            config.credentialsError.clear();
            return fetchRegion(config);
        }
        config.credentialsError += u" Instance metadata (IMDS): %1."_s.arg(error);
        fetchRegion(config);
    });
}

} // namespace Kiln
