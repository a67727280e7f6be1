// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/imagebuilderdocumentjob.h"

#include "aws/componentcache.h"
#include "aws/imagebuilderclient.h"
#include "aws/imdsclient.h"
#include "net/environmentproxy.h"
#include "process/privatefiles.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Kiln {

QString imageBuilderDocumentFileName(const QString &arn)
{
    QString ignored;
    const auto parsed = ImageBuilderArn::parse(arn, &ignored);
    return (parsed ? parsed->name : u"component"_s) + u".yaml"_s;
}

ImageBuilderDocumentJob::ImageBuilderDocumentJob(QJsonArray entries, TransferOptions options,
                                                 QObject *parent)
    : TransferJob(std::move(entries), std::move(options), parent)
{
}

ImageBuilderDocumentJob::~ImageBuilderDocumentJob() = default;

void ImageBuilderDocumentJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_network = m_options.network;
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_ownNetwork->setProxyFactory(new EnvironmentProxyFactory(m_options.environment));
        m_network = m_ownNetwork.get();
    }
    // Never finished() from inside start().
    QTimer::singleShot(0, this, [this] { nextEntry(); });
}

void ImageBuilderDocumentJob::cancel()
{
    if (m_finished)
        return;
    if (m_client)
        m_client->api().abortAll();
    FileTransferResult result;
    result.cancelled = true;
    result.error = u"cancelled"_s;
    finish(result);
}

void ImageBuilderDocumentJob::fail(const QString &message)
{
    FileTransferResult result;
    result.error = message;
    Q_EMIT logLine(message);
    finish(result);
}

void ImageBuilderDocumentJob::startEntry(const QJsonObject &input)
{
    const QString source = input.value(u"source"_s).toString().trimmed();
    const QString destination = absolutePath(input.value(u"destination"_s).toString());
    QString error;
    const auto arn = ImageBuilderArn::parse(source, &error);
    if (!arn)
        return fail(error);
    if (arn->isBuildVersion()) {
        m_buildArn = source;
        if (const auto cached = ComponentCache(m_options.environment).find(source)) {
            Q_EMIT logLine(u"Using the cached document of %1"_s.arg(source));
            if (write(destination, *cached))
                nextEntry();
            return;
        }
    }
    ImdsClient::completeConfig(
        AwsConfig::resolve(m_options.environment), m_options.environment, m_network, this,
        [this, arn = *arn, destination](const AwsConfig &config) {
            if (m_finished) // cancelled meanwhile
                return;
            m_client = new ImageBuilderClient(config, arn.region, m_network, this);
            m_client->api().setMaxAttempts(m_options.maxAttempts);
            m_client->api().setRetryDelayMs(m_options.retryDelayMs);
            m_client->api().setTimeoutMs(m_options.stallTimeoutMs);
            connect(&m_client->api(), &AwsJsonClient::logLine, this, &TransferJob::logLine);
            Q_EMIT logLine(u"AWS: %1; Image Builder at %2"_s.arg(
                config.describe(), m_client->api().endpoint().toString()));
            m_client->resolveBuildVersion(
                arn,
                [this, arn, destination](const std::optional<QString> &build, const QString &why) {
                    if (m_finished)
                        return;
                    if (!build)
                        return fail(why);
                    if (*build != arn.toString())
                        Q_EMIT logLine(u"%1 resolves to %2"_s.arg(arn.toString(), *build));
                    fetch(*build, destination);
                });
        });
}

QJsonObject ImageBuilderDocumentJob::outputs() const
{
    return {{u"arn"_s, m_buildArn}};
}

void ImageBuilderDocumentJob::fetch(const QString &buildArn, const QString &destination)
{
    m_buildArn = buildArn;
    const ComponentCache cache(m_options.environment);
    std::optional<QByteArray> known = cache.find(buildArn);
    if (const auto fetched = m_client->fetched(buildArn); !known && fetched) {
        known = fetched->toUtf8();
        cache.store(buildArn, *known);
    }
    if (known) {
        if (write(destination, *known))
            nextEntry();
        return;
    }
    Q_EMIT logLine(u"Fetching the document of %1"_s.arg(buildArn));
    m_client->getComponent(
        buildArn, [this, cache, buildArn, destination](
                      const std::optional<ImageBuilderComponent> &component, const QString &error) {
            if (m_finished)
                return;
            if (!component)
                return fail(error);
            const QByteArray document = component->data.toUtf8();
            cache.store(buildArn, document);
            if (write(destination, document))
                nextEntry();
        });
}

bool ImageBuilderDocumentJob::write(const QString &destination, const QByteArray &document)
{
    QString error;
    if (!PrivateFiles::writeFile(destination, document, &error)) {
        fail(u"cannot write %1: %2"_s.arg(destination, error));
        return false;
    }
    Q_EMIT progress(document.size(), document.size());
    return true;
}

} // namespace Kiln
