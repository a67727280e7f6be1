// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/s3uploadjob.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {
const QString Module = u"S3Upload"_s;
} // namespace

S3UploadJob::S3UploadJob(QJsonArray entries, TransferOptions options, QObject *parent)
    : S3TransferJob(Module, std::move(entries), std::move(options), parent)
{
    m_total = 0; // grows as each entry's files are listed
}

void S3UploadJob::configureClient(S3Client &client)
{
    client.setMultipart(m_options.multipartThreshold, m_options.multipartPartSize);
}

void S3UploadJob::startEntry(const QJsonObject &input)
{
    const QString source = input.value(u"source"_s).toString().trimmed();
    const QString destination = input.value(u"destination"_s).toString().trimmed();
    if (source.isEmpty())
        return fail(u"input 'source' is required (a file, a folder, or a folder followed by *)"_s);
    if (destination.isEmpty())
        return fail(u"input 'destination' is required (s3://bucket/key or s3://bucket/prefix/)"_s);
    QString error;
    const auto uri = S3Uri::parse(destination, &error);
    if (!uri)
        return fail(error);
    const bool recurse = boolInput(input, u"recurse"_s, false, &error);
    if (!error.isEmpty())
        return fail(error);
    m_bucket = uri->bucket;
    client().setExpectedBucketOwner(input.value(u"expectedBucketOwner"_s).toString().trimmed());

    // A wildcard is allowed in the last path segment only ("dir/*", "dir/*.log").
    QString path = source;
    path.replace(u'\\', u'/');
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString last = path.mid(slash + 1);
    QString folder;
    QStringList filters;
    if (last.contains(u'*') || last.contains(u'?')) {
        folder = absolutePath(slash < 0 ? u"."_s : path.left(slash + 1));
        filters << last;
    } else {
        const QFileInfo info(absolutePath(path));
        if (!info.exists())
            return fail(u"source '%1' does not exist"_s.arg(info.absoluteFilePath()));
        if (info.isFile()) {
            QString key = uri->key;
            if (key.isEmpty() || key.endsWith(u'/'))
                key += info.fileName();
            m_queue.append({key, info.absoluteFilePath()});
            m_total += info.size();
            return transferQueue();
        }
        folder = info.absoluteFilePath(); // a folder: as "folder/*"
        filters << u"*"_s;
    }
    const QDir dir(folder);
    if (!dir.exists())
        return fail(u"source folder '%1' does not exist"_s.arg(dir.absolutePath()));
    QString prefix = uri->key;
    if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
        prefix += u'/';
    QDirIterator it(dir.absolutePath(), filters, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    recurse ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    QStringList files;
    while (it.hasNext()) {
        files.append(it.next());
        m_total += it.fileInfo().size();
    }
    files.sort();
    if (files.isEmpty())
        Q_EMIT logLine(u"Warning: no files match '%1'; nothing to upload"_s.arg(source));
    for (const QString &file : std::as_const(files))
        m_queue.append({prefix + dir.relativeFilePath(file), file});
    transferQueue();
}

void S3UploadJob::transfer(const QueuedObject &object, S3Client::Done done)
{
    Q_EMIT logLine(u"Uploading %1 to s3://%2/%3"_s.arg(object.local, m_bucket, object.key));
    client().putFile(m_bucket, object.key, object.local, std::move(done));
}

} // namespace Kiln
