// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/s3runfiles.h"

#include "aws/s3downloadjob.h"
#include "aws/s3uploadjob.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Kiln {

QString s3DocumentFileName(const QString &uri)
{
    const QString key = uri.section(u'/', 3);
    const QString name = key.section(u'/', -1);
    return name.isEmpty() ? u"document.yaml"_s : name;
}

std::unique_ptr<TransferJob> s3DocumentDownload(const QString &uri, const QString &expectedOwner,
                                                const QString &destination)
{
    QJsonObject entry{{u"source"_s, uri}, {u"destination"_s, destination}};
    if (!expectedOwner.isEmpty())
        entry.insert(u"expectedBucketOwner"_s, expectedOwner);
    return std::make_unique<S3DownloadJob>(QJsonArray{entry});
}

QString runFolderS3Url(const QString &bucket, const QString &keyPrefix, const QString &folderName)
{
    QString prefix = keyPrefix;
    while (prefix.startsWith(u'/'))
        prefix.remove(0, 1);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    return u"s3://%1/%2%3/"_s.arg(bucket, prefix.isEmpty() ? QString() : prefix + u'/', folderName);
}

QString runFolderKeyPrefix(const QString &prefix, const QStringList &keys)
{
    const QString named = QString(prefix).chopped(prefix.endsWith(u'/') ? 1 : 0).section(u'/', -1);
    if (named.startsWith(u"TOE_"_s) || keys.contains(prefix + u"detailedoutput.json"_s))
        return prefix;
    QString newest;
    for (const QString &key : keys) {
        const QString below = key.mid(prefix.size());
        const qsizetype slash = below.indexOf(u'/');
        const QString folder = below.left(slash);
        if (slash > 0 && folder.startsWith(u"TOE_"_s) && folder > newest)
            newest = folder;
    }
    return newest.isEmpty() ? QString() : prefix + newest + u'/';
}

std::unique_ptr<TransferJob> runFolderUpload(const QString &folder, const QString &bucket,
                                             const QString &keyPrefix, const QString &expectedOwner)
{
    QJsonObject entry{
        {u"source"_s, QDir(folder).absolutePath()},
        {u"destination"_s, runFolderS3Url(bucket, keyPrefix, QFileInfo(folder).fileName())},
        {u"recurse"_s, true}};
    if (!expectedOwner.isEmpty())
        entry.insert(u"expectedBucketOwner"_s, expectedOwner);
    return std::make_unique<S3UploadJob>(QJsonArray{entry});
}

} // namespace Kiln
