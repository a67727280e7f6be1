#include "aws/s3uploadjob.h"

#include "aws/imdsclient.h"
#include "net/environmentproxy.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {
const QString Module = u"S3Upload"_s;
} // namespace

S3UploadJob::S3UploadJob(QJsonArray entries, TransferOptions options, QObject *parent)
    : TransferJob(std::move(entries), std::move(options), parent)
{
}

S3UploadJob::~S3UploadJob() = default;

void S3UploadJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    QNetworkAccessManager *network = m_options.network;
    if (!network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        // The access manager takes ownership of the factory.
        m_ownNetwork->setProxyFactory(new EnvironmentProxyFactory(m_options.environment));
        network = m_ownNetwork.get();
    }
    // Credentials and region: environment and profile files, then (on EC2 only) the
    // instance role and region from instance metadata.
    ImdsClient::completeConfig(
        AwsConfig::resolve(m_options.environment), m_options.environment, network, this,
        [this, network](const AwsConfig &config) {
            if (m_finished) // cancelled meanwhile
                return;
            m_client = new S3Client(config, network, this);
            m_client->setMaxAttempts(m_options.maxAttempts);
            m_client->setRetryDelayMs(m_options.retryDelayMs);
            m_client->setStallTimeoutMs(m_options.stallTimeoutMs);
            m_client->setMultipart(m_options.multipartThreshold, m_options.multipartPartSize);
            connect(m_client, &S3Client::logLine, this, &TransferJob::logLine);
            connect(m_client, &S3Client::bytesTransferred, this, [this](qint64 delta) {
                m_done += delta;
                Q_EMIT progress(m_done, m_total);
            });
            Q_EMIT logLine(u"AWS: %1"_s.arg(m_client->config().describe()));
            nextEntry();
        });
}

void S3UploadJob::cancel()
{
    if (m_finished)
        return;
    if (m_client)
        m_client->abortAll();
    FileTransferResult result;
    result.cancelled = true;
    result.error = u"%1: cancelled"_s.arg(Module);
    finish(result);
}

void S3UploadJob::fail(const QString &message)
{
    FileTransferResult result;
    result.error = u"%1: %2"_s.arg(Module, message);
    Q_EMIT logLine(result.error);
    finish(result);
}

void S3UploadJob::nextEntry()
{
    if (m_finished)
        return;
    ++m_index;
    if (m_index >= m_entries.size()) {
        FileTransferResult result;
        result.ok = true;
        finish(result);
        return;
    }
    const QJsonObject input = m_entries.at(m_index).toObject();
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
    m_client->setExpectedBucketOwner(input.value(u"expectedBucketOwner"_s).toString().trimmed());
    m_queue.clear();

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
            m_queue.append({info.absoluteFilePath(), key});
            m_total += info.size();
            return uploadQueue();
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
    QList<std::pair<QString, QString>> files;
    while (it.hasNext()) {
        const QString file = it.next();
        files.append({file, prefix + dir.relativeFilePath(file)});
        m_total += it.fileInfo().size();
    }
    std::sort(files.begin(), files.end());
    if (files.isEmpty())
        Q_EMIT logLine(u"Warning: no files match '%1'; nothing to upload"_s.arg(source));
    m_queue = files;
    uploadQueue();
}

void S3UploadJob::uploadQueue()
{
    if (m_finished)
        return;
    if (m_queue.isEmpty())
        return nextEntry();
    const auto [local, key] = m_queue.takeFirst();
    Q_EMIT logLine(u"Uploading %1 to s3://%2/%3"_s.arg(local, m_bucket, key));
    m_client->putFile(m_bucket, key, local, [this](const std::optional<S3Error> &error) {
        if (error)
            return fail(error->message);
        uploadQueue();
    });
}

} // namespace Kiln
