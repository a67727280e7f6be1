// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Fetches one Image Builder component's document to a local file: the entry
// {"source": <component ARN>, "destination": <file>}; outputs {"arn": <the build
// version fetched>}. A version ARN is first
// resolved to its newest build version (ImageBuilderClient::resolveBuildVersion);
// the document of a build version comes from the ComponentCache when it is there.
// Credentials and region as for S3 (environment, profile, IMDS on EC2); the
// calls go to the ARN's region. Errors are worded for "cannot fetch <ARN>: …".
#pragma once

#include "net/transferjob.h"

#include <memory>

class QNetworkAccessManager;

namespace Kiln {

class ImageBuilderClient;

class ImageBuilderDocumentJob : public TransferJob
{
    Q_OBJECT
public:
    ImageBuilderDocumentJob(QJsonArray entries, TransferOptions options = {},
                            QObject *parent = nullptr);
    ~ImageBuilderDocumentJob() override;

    void start() override;
    void cancel() override;

private:
    void startEntry(const QJsonObject &input) override;
    QJsonObject outputs() const override;
    void fetch(const QString &buildArn, const QString &destination);
    bool write(const QString &destination, const QByteArray &document);
    void fail(const QString &message);

    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network = nullptr;
    ImageBuilderClient *m_client = nullptr;
    QString m_buildArn; // the last one fetched
};

// The local file name of a component's document: "<name>.yaml".
QString imageBuilderDocumentFileName(const QString &arn);

} // namespace Kiln
