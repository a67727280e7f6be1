// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Where AWS credentials, the region and service endpoints come from, resolved the
// way the AWS CLI and SDKs do it for a workstation: environment variables first,
// then the shared credentials and config files of the selected profile. resolve()
// never touches the network: the instance-role and IMDS-region links of the chain
// are added by ImdsClient::completeConfig(), and only on EC2 (see imdsclient.h),
// because off EC2 a metadata probe only adds a timeout. Secrets are kept here and in the signer
// only; every description meant for humans (describe(), errors) names sources, never values.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Kiln {

struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys
    QString source;       // e.g. "environment", "profile 'dev' in /home/u/.aws/credentials"

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

struct AwsConfig
{
    AwsCredentials credentials;
    // When credentials are not valid: one sentence naming every place that was
    // tried, ready to show to the user.
    QString credentialsError;
    QString profile = QStringLiteral("default");
    QString region;       // never empty after resolve(): falls back to us-east-1
    QString regionSource; // "AWS_REGION", "profile 'x' in <file>", "default"
    // Endpoint overrides, as the SDKs read them: AWS_ENDPOINT_URL_<SERVICE>, then
    // AWS_ENDPOINT_URL, then `endpoint_url` in the profile.
    QString endpointUrl;
    QString endpointUrlS3;
    QString endpointUrlSsm;
    // AWSTOE_IMAGEBUILDER_ENDPOINT (what Image Builder sets for AWSTOE), else
    // AWS_ENDPOINT_URL_IMAGEBUILDER.
    QString endpointUrlImageBuilder;
    QString endpointUrlLogs; // AWS_ENDPOINT_URL_CLOUDWATCH_LOGS

    // Reads the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
    // AWS_PROFILE, AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE, AWS_REGION,
    // AWS_DEFAULT_REGION, AWS_ENDPOINT_URL[_S3|_SSM|_IMAGEBUILDER|_CLOUDWATCH_LOGS],
    // AWSTOE_IMAGEBUILDER_ENDPOINT, HOME) and the files it points at.
    static AwsConfig
    resolve(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // The endpoint override for `service` ("s3", "ssm", "imagebuilder", "logs"), or an
    // empty QUrl.
    QUrl endpointOverride(const QString &service) const;
    // The endpoint to use: the override, else https://<service>.<region>.amazonaws.com
    // (with the amazonaws.com.cn suffix for cn- regions), for `region` (empty: the
    // configured one; an Image Builder ARN names its own).
    QUrl endpoint(const QString &service, const QString &region = {}) const;
    // For logs: profile, region and where credentials came from; never a secret.
    QString describe() const;
};

} // namespace Kiln
