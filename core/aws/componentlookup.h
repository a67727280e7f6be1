// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Image Builder components as people name and browse them, for `kiln pull` and
// the studio's File › Open Component from Image Builder: NAME/VERSION[/BUILD]
// in a region, of an ownership (Self, Amazon, Shared, ThirdParty), made into
// the component's ARN (Amazon's account is "aws"; another owner's account
// comes from ListComponents); and the components of an ownership, each at its
// newest version, to choose from. Asynchronous: every answer comes later, from
// the event loop (a GUI never waits here; the CLI waits with its own loop).
// Its own messages are translated (context Kiln::ComponentLookup), as kiln
// pull's were; Image Builder's errors inside them stay English.
#pragma once

#include "aws/credentials.h"

#include <QObject>
#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace Kiln {

class ImageBuilderClient;

// "aws", "aws-cn" or "aws-us-gov": the partition of an ARN in `region`.
QString awsPartitionOf(const QString &region);

struct ComponentSummary
{
    QString arn; // the version ARN
    QString name;
    QString version;
    QString owner;
    QString platform;
    QString type; // BUILD or TEST
    QString description;
};

class ComponentLookup : public QObject
{
    Q_OBJECT
public:
    using GotArn = std::function<void(const QString &arn, const QString &error)>;
    using GotComponents =
        std::function<void(const std::vector<ComponentSummary> &components, const QString &error)>;

    // Calls go to Image Builder in `region` (empty: the config's).
    ComponentLookup(AwsConfig config, const QString &region, QNetworkAccessManager *network,
                    QObject *parent = nullptr);

    QString region() const { return m_region; }
    // `given` is an ARN (answered as it is) or NAME/VERSION[/BUILD]; `ownership`
    // Self, Amazon, Shared or ThirdParty. The error names what was looked for.
    void resolve(const QString &given, const QString &ownership, GotArn done);
    // The components of `ownership` (ListComponents, every page), by name.
    void list(const QString &ownership, GotComponents done);
    // Drops the calls in flight: their answers never come.
    void abort();

private:
    template <typename Done> auto guarded(Done done);

    ImageBuilderClient *m_client;
    QString m_region;
    quint64 m_generation = 0; // abort() counts up: older answers are dropped
};

} // namespace Kiln
