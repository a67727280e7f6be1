// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/componentlookup.h"

#include "aws/imagebuilderarn.h"
#include "aws/imagebuilderclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {

QString awsPartitionOf(const QString &region)
{
    if (region.startsWith(u"cn-"))
        return u"aws-cn"_s;
    if (region.startsWith(u"us-gov-"))
        return u"aws-us-gov"_s;
    return u"aws"_s;
}

ComponentLookup::ComponentLookup(AwsConfig config, const QString &region,
                                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_region(region.isEmpty() ? config.region : region)
{
    m_client = new ImageBuilderClient(std::move(config), m_region, network, this);
}

void ComponentLookup::abort()
{
    ++m_generation;
    m_client->api().abortAll();
}

// Answers only while no abort() came since the call started.
template <typename Done> auto ComponentLookup::guarded(Done done)
{
    return [this, generation = m_generation, done = std::move(done)](auto &&...args) {
        if (generation == m_generation)
            done(std::forward<decltype(args)>(args)...);
    };
}

void ComponentLookup::resolve(const QString &given, const QString &ownership, GotArn done)
{
    const auto later = [this](GotArn d, QString arn, QString error) {
        QMetaObject::invokeMethod(
            this, [d = guarded(std::move(d)), arn, error] { d(arn, error); }, Qt::QueuedConnection);
    };
    if (isImageBuilderArn(given))
        return later(std::move(done), given, {});
    const QString name = given.section(u'/', 0, 0);
    const QString version = given.section(u'/', 1);
    if (name.isEmpty() || version.isEmpty())
        return later(
            std::move(done), {},
            tr("'%1' is neither an ARN nor NAME/VERSION (e.g. update-linux/1.0.x)").arg(given));
    const auto arnFor = [this, name, version](const QString &account) {
        return u"arn:%1:imagebuilder:%2:%3:component/%4/%5"_s.arg(awsPartitionOf(m_region),
                                                                  m_region, account, name, version);
    };
    if (ownership == u"Amazon"_s)
        return later(std::move(done), arnFor(u"aws"_s), {});
    // Another owner's account: the one ListComponents reports for the name.
    m_client->listComponentVersions(
        name, ownership,
        guarded([this, given, name, ownership, arnFor, done](const QStringList &arns,
                                                             const AwsReply &last) {
            const auto cannot = [given](const QString &why) {
                return tr("cannot find %1: %2").arg(given, why);
            };
            if (!last.ok())
                return done(
                    {}, cannot(m_client->describeError(last, u"imagebuilder:ListComponents"_s)));
            if (arns.isEmpty())
                return done({}, cannot(tr("no component '%1' with owner %2 in region %3")
                                           .arg(name, ownership, m_region)));
            done(arnFor(arns.first().section(u':', 4, 4)), {});
        }));
}

void ComponentLookup::list(const QString &ownership, GotComponents done)
{
    m_client->listComponents(
        ownership, guarded([this, done](const QJsonArray &items, const AwsReply &last) {
            if (!last.ok())
                return done({}, m_client->describeError(last, u"imagebuilder:ListComponents"_s));
            std::vector<ComponentSummary> components;
            for (const QJsonValue &item : items) {
                const QJsonObject o = item.toObject();
                components.push_back(
                    {o.value(u"arn"_s).toString(), o.value(u"name"_s).toString(),
                     o.value(u"version"_s).toString(), o.value(u"owner"_s).toString(),
                     o.value(u"platform"_s).toString(), o.value(u"type"_s).toString(),
                     o.value(u"description"_s).toString()});
            }
            std::sort(components.begin(), components.end(),
                      [](const ComponentSummary &a, const ComponentSummary &b) {
                          return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                      });
            done(components, {});
        }));
}

} // namespace Kiln
