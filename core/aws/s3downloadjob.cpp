// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/s3downloadjob.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {
const QString Module = u"S3Download"_s;
const QString OverwriteError =
    u"File already exists and \"overwrite\" property for \"destination\" file is set to false. "
    "Cannot download."_s;
} // namespace

S3DownloadJob::S3DownloadJob(QJsonArray entries, TransferOptions options, QObject *parent)
    : S3TransferJob(Module, std::move(entries), std::move(options), parent)
{
}

void S3DownloadJob::startEntry(const QJsonObject &input)
{
    const QString source = input.value(u"source"_s).toString().trimmed();
    const QString destination = input.value(u"destination"_s).toString();
    if (source.isEmpty())
        return fail(u"input 'source' is required (s3://bucket/key or s3://bucket/prefix/*)"_s);
    if (destination.isEmpty())
        return fail(u"input 'destination' is required"_s);
    QString error;
    const auto uri = S3Uri::parse(source, &error);
    if (!uri)
        return fail(error);
    m_overwrite = boolInput(input, u"overwrite"_s, true, &error);
    if (!error.isEmpty())
        return fail(error);
    m_bucket = uri->bucket;
    client().setExpectedBucketOwner(input.value(u"expectedBucketOwner"_s).toString().trimmed());

    const QString target = QDir::cleanPath(absolutePath(destination));
    m_singleObject = !(uri->key == u"*"_s || uri->key.endsWith(u"/*"_s));
    if (!m_singleObject) {
        // Prefix download into the folder `destination`, keys' folders recreated below it.
        const QString prefix = uri->key.chopped(1);
        const QFileInfo folder(target);
        if (folder.exists() && !folder.isDir())
            return fail(
                u"destination '%1' is a file, but s3://%2/%3 is a prefix download into a folder"_s
                    .arg(target, m_bucket, uri->key));
        if (!QFileInfo(folder.absolutePath()).isDir())
            return fail(
                u"the parent folder of '%1' does not exist; S3Download needs it to exist"_s.arg(
                    target));
        Q_EMIT logLine(u"Listing s3://%1/%2"_s.arg(m_bucket, prefix));
        client().listObjects(
            m_bucket, prefix, MaxPrefixObjects,
            [this, prefix, target](const QList<S3Object> &objects, bool truncated,
                                   const std::optional<S3Error> &listError) {
                if (listError)
                    return fail(listError->message);
                if (truncated)
                    // [DOC] AWSTOE downloads at most 1000 objects from a prefix; we do the
                    // same, but say so instead of truncating silently.
                    Q_EMIT logLine(
                        u"Warning: more than %1 objects under s3://%2/%3; only the first %1 are downloaded"_s
                            .arg(QString::number(MaxPrefixObjects), m_bucket, prefix));
                if (!QDir().mkpath(target))
                    return fail(u"cannot create folder '%1'"_s.arg(target));
                // The listing has the sizes: with no entry after this one, the
                // step's total is known (progress in the studio).
                if (isLastEntry()) {
                    m_total = transferredBytes();
                    for (const S3Object &object : objects)
                        m_total += object.size;
                }
                for (const S3Object &object : objects) {
                    const QString relative = object.key.mid(prefix.size());
                    if (relative.isEmpty())
                        continue;
                    // A key with ".." segments would escape the destination folder.
                    const QStringList parts = relative.split(u'/');
                    if (parts.contains(u".."_s))
                        return fail(u"refusing key '%1': it would be written outside '%2'"_s.arg(
                            object.key, target));
                    const QString local = QDir::cleanPath(target + u'/' + relative);
                    if (relative.endsWith(u'/')) { // a "folder" object
                        if (!QDir().mkpath(local))
                            return fail(u"cannot create folder '%1'"_s.arg(local));
                        continue;
                    }
                    if (!QDir().mkpath(QFileInfo(local).absolutePath()))
                        return fail(
                            u"cannot create folder '%1'"_s.arg(QFileInfo(local).absolutePath()));
                    if (!m_overwrite && QFileInfo::exists(local))
                        return fail(u"%1 (%2)"_s.arg(OverwriteError, local));
                    m_queue.append({object.key, local});
                }
                if (m_queue.isEmpty())
                    Q_EMIT logLine(
                        u"Warning: no objects under s3://%1/%2; nothing to download"_s.arg(m_bucket,
                                                                                           prefix));
                Q_EMIT logLine(u"%1 objects to download from s3://%2/%3"_s.arg(
                    QString::number(m_queue.size()), m_bucket, prefix));
                transferQueue();
            });
        return;
    }

    if (uri->key.isEmpty() || uri->key.endsWith(u'/'))
        return fail(
            u"source '%1' names no object; use s3://bucket/key, or s3://bucket/prefix/* for a prefix"_s
                .arg(source));
    QString file = target;
    // [REC] A destination that is a folder gets the key's file name (AWSTOE wants the
    // file name in the destination; this is the obvious reading of a folder).
    if (destination.endsWith(u'/') || destination.endsWith(u'\\') || QFileInfo(target).isDir())
        file = target + u'/' + QFileInfo(uri->key).fileName();
    if (!QFileInfo(QFileInfo(file).absolutePath()).isDir())
        return fail(
            u"the folder '%1' does not exist; S3Download does not create the parent folders of a single-object destination"_s
                .arg(QFileInfo(file).absolutePath()));
    if (!m_overwrite && QFileInfo::exists(file))
        return fail(u"%1 (%2)"_s.arg(OverwriteError, file));
    m_queue.append({uri->key, file});
    transferQueue();
}

void S3DownloadJob::transfer(const QueuedObject &object, S3Client::Done done)
{
    Q_EMIT logLine(u"Downloading s3://%1/%2 to %3"_s.arg(m_bucket, object.key, object.local));
    S3Client::SizeKnown sizeKnown;
    // A single object's size comes with its GET (a prefix's comes from the listing):
    // with no entry after this one, the step's total is then known, as for WebDownload.
    if (m_singleObject && isLastEntry())
        sizeKnown = [this](qint64 size) { m_total = transferredBytes() + size; };
    client().getObject(m_bucket, object.key, object.local, std::move(done), std::move(sizeKnown));
}

} // namespace Kiln
