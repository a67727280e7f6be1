// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/credentials.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

using Section = QHash<QString, QString>;

// The shared files are INI-like: [section], key = value, '#'/';' comments.
// QSettings is not used: it treats ',' as a list separator and escapes keys.
QHash<QString, Section> readIni(const QString &path, bool *exists)
{
    QHash<QString, Section> sections;
    QFile file(path);
    *exists = file.open(QIODevice::ReadOnly | QIODevice::Text);
    if (!*exists)
        return sections;
    QString current;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            current = line.mid(1, line.size() - 2).simplified();
            sections[current];
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0 || current.isEmpty())
            continue;
        sections[current].insert(line.left(eq).trimmed().toLower(), line.mid(eq + 1).trimmed());
    }
    return sections;
}

QString homePath(const QProcessEnvironment &env)
{
    const QString home = env.value(u"HOME"_s);
    return home.isEmpty() ? QDir::homePath() : home;
}

QString expandHome(const QString &path, const QProcessEnvironment &env)
{
    if (path.startsWith(u"~/"_s))
        return homePath(env) + path.mid(1);
    return path;
}

} // namespace

AwsConfig AwsConfig::resolve(const QProcessEnvironment &env)
{
    AwsConfig config;
    QStringList tried;

    const QString profileEnv = env.value(u"AWS_PROFILE"_s);
    config.profile = profileEnv.isEmpty() ? u"default"_s : profileEnv;

    const QString credentialsPath =
        env.contains(u"AWS_SHARED_CREDENTIALS_FILE"_s)
            ? expandHome(env.value(u"AWS_SHARED_CREDENTIALS_FILE"_s), env)
            : homePath(env) + u"/.aws/credentials"_s;
    const QString configPath = env.contains(u"AWS_CONFIG_FILE"_s)
                                   ? expandHome(env.value(u"AWS_CONFIG_FILE"_s), env)
                                   : homePath(env) + u"/.aws/config"_s;
    bool credentialsExists = false;
    bool configExists = false;
    const auto credentialsFile = readIni(credentialsPath, &credentialsExists);
    const auto configFile = readIni(configPath, &configExists);
    // In the config file every profile but "default" is written [profile name].
    const Section profileConfig = configFile.value(
        config.profile == u"default"_s ? u"default"_s : u"profile "_s + config.profile,
        configFile.value(config.profile));
    const Section profileCredentials = credentialsFile.value(config.profile);

    // 1. Environment. As in the SDKs, AWS_PROFILE set explicitly does not hide them.
    const QString envKey = env.value(u"AWS_ACCESS_KEY_ID"_s);
    const QString envSecret = env.value(u"AWS_SECRET_ACCESS_KEY"_s);
    if (!envKey.isEmpty() && !envSecret.isEmpty()) {
        config.credentials = {envKey, envSecret, env.value(u"AWS_SESSION_TOKEN"_s),
                              u"environment variables"_s};
    } else {
        tried << (envKey.isEmpty() && envSecret.isEmpty()
                      ? u"environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (not set)"_s
                      : u"environment variables (only one of AWS_ACCESS_KEY_ID and "
                        "AWS_SECRET_ACCESS_KEY is set)"_s);
        // 2. Shared credentials file, then 3. the config file, for the profile.
        const auto fromSection = [&](const Section &section, const QString &path) {
            const QString key = section.value(u"aws_access_key_id"_s);
            const QString secret = section.value(u"aws_secret_access_key"_s);
            if (key.isEmpty() || secret.isEmpty())
                return false;
            config.credentials = {key, secret, section.value(u"aws_session_token"_s),
                                  u"profile '%1' in %2"_s.arg(config.profile, path)};
            return true;
        };
        if (!fromSection(profileCredentials, credentialsPath)) {
            tried << u"profile '%1' in %2 (%3)"_s.arg(config.profile, credentialsPath,
                                                      !credentialsExists ? u"file not found"_s
                                                      : credentialsFile.contains(config.profile)
                                                          ? u"no keys in the profile"_s
                                                          : u"no such profile"_s);
            if (!fromSection(profileConfig, configPath)) {
                QString why = !configExists ? u"file not found"_s : u"no keys in the profile"_s;
                if (!profileConfig.value(u"sso_session"_s).isEmpty() ||
                    !profileConfig.value(u"sso_start_url"_s).isEmpty())
                    why = u"an SSO profile, which Kiln cannot use directly: run `aws sso login` "
                          "and `eval \"$(aws configure export-credentials --format env)\"`"_s;
                else if (!profileConfig.value(u"role_arn"_s).isEmpty() ||
                         !profileConfig.value(u"credential_process"_s).isEmpty())
                    why = u"role_arn/credential_process profiles are not supported: export "
                          "the credentials with `aws configure export-credentials`"_s;
                tried << u"profile '%1' in %2 (%3)"_s.arg(config.profile, configPath, why);
            }
        }
    }
    if (!config.credentials.isValid()) {
        config.credentialsError =
            u"No AWS credentials found. Tried: %1. Set AWS_ACCESS_KEY_ID and "
            "AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary credentials) or select "
            "a profile with AWS_PROFILE."_s.arg(tried.join(u"; "_s));
    }

    // Region: AWS_REGION, AWS_DEFAULT_REGION, the profile's `region`.
    if (const QString r = env.value(u"AWS_REGION"_s); !r.isEmpty()) {
        config.region = r;
        config.regionSource = u"AWS_REGION"_s;
    } else if (const QString d = env.value(u"AWS_DEFAULT_REGION"_s); !d.isEmpty()) {
        config.region = d;
        config.regionSource = u"AWS_DEFAULT_REGION"_s;
    } else if (const QString p = profileConfig.value(u"region"_s); !p.isEmpty()) {
        config.region = p;
        config.regionSource = u"profile '%1' in %2"_s.arg(config.profile, configPath);
    } else {
        // [REC] AWSTOE reads the region from IMDS on EC2; off EC2 the SDKs fail, we
        // pick us-east-1 (S3's global default) and say so in describe().
        config.region = u"us-east-1"_s;
        config.regionSource = u"default, no AWS_REGION, AWS_DEFAULT_REGION or profile region"_s;
    }

    config.endpointUrl = env.value(u"AWS_ENDPOINT_URL"_s, profileConfig.value(u"endpoint_url"_s));
    config.endpointUrlS3 = env.value(u"AWS_ENDPOINT_URL_S3"_s);
    config.endpointUrlSsm = env.value(u"AWS_ENDPOINT_URL_SSM"_s);
    config.endpointUrlImageBuilder = env.value(u"AWSTOE_IMAGEBUILDER_ENDPOINT"_s);
    if (config.endpointUrlImageBuilder.isEmpty())
        config.endpointUrlImageBuilder = env.value(u"AWS_ENDPOINT_URL_IMAGEBUILDER"_s);
    config.endpointUrlLogs = env.value(u"AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"_s);
    return config;
}

QUrl AwsConfig::endpointOverride(const QString &service) const
{
    QString url;
    if (service == u"s3"_s)
        url = endpointUrlS3;
    else if (service == u"ssm"_s)
        url = endpointUrlSsm;
    else if (service == u"imagebuilder"_s)
        url = endpointUrlImageBuilder;
    else if (service == u"logs"_s)
        url = endpointUrlLogs;
    if (url.isEmpty())
        url = endpointUrl;
    if (url.isEmpty())
        return {};
    QUrl parsed(url);
    if (parsed.scheme().isEmpty())
        parsed = QUrl(u"https://"_s + url);
    return parsed;
}

QUrl AwsConfig::endpoint(const QString &service, const QString &inRegion) const
{
    if (QUrl over = endpointOverride(service); over.isValid() && !over.isEmpty())
        return over;
    const QString r = inRegion.isEmpty() ? region : inRegion;
    const QString suffix = r.startsWith(u"cn-"_s) ? u"amazonaws.com.cn"_s : u"amazonaws.com"_s;
    return QUrl(u"https://%1.%2.%3"_s.arg(service, r, suffix));
}

QString AwsConfig::describe() const
{
    return u"profile '%1', region %2 (%3), credentials: %4"_s.arg(
        profile, region, regionSource, credentials.isValid() ? credentials.source : u"none"_s);
}

} // namespace Kiln
