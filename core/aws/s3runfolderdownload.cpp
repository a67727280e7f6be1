// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/s3runfolderdownload.h"

#include "aws/s3runfiles.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {
// Keys listed to choose the run folder: many runs may share a prefix.
constexpr int MaxListedKeys = 100000;
} // namespace

S3RunFolderDownload::S3RunFolderDownload(const QString &uri, const QString &destination,
                                         TransferOptions options, QObject *parent)
    : S3DownloadJob(QJsonArray{QJsonObject{{u"source"_s, uri}, {u"destination"_s, destination}}},
                    std::move(options), parent)
{
}

void S3RunFolderDownload::startEntry(const QJsonObject &input)
{
    QString error;
    const auto uri = S3Uri::parse(input.value(u"source"_s).toString().trimmed(), &error);
    if (!uri)
        return fail(error);
    QString prefix = uri->key;
    if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
        prefix += u'/';
    Q_EMIT logLine(u"Listing s3://%1/%2"_s.arg(uri->bucket, prefix));
    client().listObjects(
        uri->bucket, prefix, MaxListedKeys,
        [this, input, bucket = uri->bucket, prefix](const QList<S3Object> &objects, bool,
                                                    const std::optional<S3Error> &listError) {
            if (listError)
                return fail(listError->message);
            QStringList keys;
            for (const S3Object &object : objects)
                keys << object.key;
            const QString folderPrefix = runFolderKeyPrefix(prefix, keys);
            if (folderPrefix.isEmpty())
                return fail(u"no run folder under s3://%1/%2: it holds no TOE_* folder and no "
                            "detailedoutput.json (AWSTOE and kiln run upload one with "
                            "--log-s3-bucket-name)"_s.arg(bucket, prefix));
            m_source = u"s3://%1/%2"_s.arg(bucket, folderPrefix);
            const QString name = QString(folderPrefix).chopped(1).section(u'/', -1);
            const QString given = input.value(u"destination"_s).toString();
            m_folder = QDir::cleanPath(absolutePath(given.isEmpty() ? name : given));
            if (QFileInfo(m_folder).isFile() ||
                !QDir(m_folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                return fail(
                    u"'%1' exists and is not an empty folder; name another one"_s.arg(m_folder));
            S3DownloadJob::startEntry(
                QJsonObject{{u"source"_s, m_source + u'*'}, {u"destination"_s, m_folder}});
        });
}

QJsonObject S3RunFolderDownload::outputs() const
{
    return {{u"folder"_s, m_folder}, {u"source"_s, m_source}};
}

} // namespace Kiln
