// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/s3client.h"

#include "aws/secretmasker.h"
#include "aws/sigv4.h"
#include "net/downloadfile.h"
#include "net/networkcompat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Kiln {

struct S3Client::Call
{
    QByteArray method;
    QString bucket;
    QString key; // empty: a bucket-level request
    QList<std::pair<QString, QString>> query;
    QList<std::pair<QByteArray, QByteArray>> headers; // signed extra headers
    QByteArray body;
    QString downloadTo;          // GetObject: stream into a temp file next to this path
    QString operation;           // "GetObject", ... for messages
    bool countsProgress = false; // object payload (not list/multipart bookkeeping)
    SizeKnown sizeKnown;         // GetObject: told the object's size once per attempt
    bool sizeReported = false;
    bool regionCorrected = false;
    std::function<void(int status, const QByteArray &body, QNetworkReply *reply,
                       const std::optional<S3Error> &error)>
        done;

    int attempt = 0;
    quint64 generation = 0;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<DownloadFile> temp;
    qint64 received = 0;
    qint64 sent = 0;
    QByteArray responseBody;
};

struct S3Client::ListState
{
    QString bucket;
    QString prefix;
    int maxKeys = 1000;
    QString continuation;
    QList<S3Object> objects;
    Listed done;
};

struct S3Client::Multipart
{
    QString bucket;
    QString key;
    QString localPath;
    qint64 size = 0;
    QString uploadId;
    int partNumber = 0;
    QList<QByteArray> etags;
    Done done;
};

namespace {

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer (stall) timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

QString xmlValue(const QByteArray &xml, const QString &element)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == element)
            return reader.readElementText();
    }
    return {};
}

// The whole object's size from a 2xx GetObject response: the total of a
// Content-Range ("bytes 0-99/100"), else the Content-Length; -1 when neither
// says (a chunked response, or "bytes 0-99/*").
qint64 objectSize(const QNetworkReply *reply)
{
    const QByteArray range = reply->rawHeader("Content-Range").trimmed();
    if (!range.isEmpty()) {
        bool ok = false;
        const qint64 total = range.mid(range.lastIndexOf('/') + 1).toLongLong(&ok);
        return ok && total >= 0 ? total : -1;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() ? length.toLongLong() : -1;
}

} // namespace

std::optional<S3Uri> S3Uri::parse(const QString &uri, QString *error)
{
    const QString text = uri.trimmed();
    if (!text.startsWith(u"s3://"_s, Qt::CaseInsensitive)) {
        if (error)
            *error = u"'%1' is not an S3 URI; expected s3://bucket/key"_s.arg(text);
        return std::nullopt;
    }
    const QString rest = text.mid(5);
    const qsizetype slash = rest.indexOf(u'/');
    S3Uri result;
    result.bucket = slash < 0 ? rest : rest.left(slash);
    result.key = slash < 0 ? QString() : rest.mid(slash + 1);
    if (result.bucket.isEmpty()) {
        if (error)
            *error = u"'%1' has no bucket name; expected s3://bucket/key"_s.arg(text);
        return std::nullopt;
    }
    return result;
}

S3Client::S3Client(AwsConfig config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_network(network)
{
}

S3Client::~S3Client()
{
    abortAll();
}

void S3Client::setMultipart(qint64 threshold, qint64 partSize)
{
    // S3's minimum part size is 5 MiB (except the last part).
    m_multipartThreshold = std::max<qint64>(threshold, 5 * 1024 * 1024);
    m_partSize = std::max<qint64>(partSize, 5 * 1024 * 1024);
}

bool S3Client::isDnsCompatibleBucket(const QString &bucket)
{
    // Dots are DNS-legal, but break the *.s3.amazonaws.com TLS wildcard: path style then.
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$"_s);
    return re.match(bucket).hasMatch();
}

bool S3Client::usesPathStyle(const QString &bucket) const
{
    return !m_config.endpointOverride(u"s3"_s).isEmpty() || !isDnsCompatibleBucket(bucket);
}

QString S3Client::masked(QString text) const
{
    SecretMasker masker;
    masker.add(m_config.credentials.secretAccessKey);
    masker.add(m_config.credentials.sessionToken);
    return masker.mask(std::move(text));
}

void S3Client::abortAll()
{
    ++m_generation;
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void S3Client::send(std::shared_ptr<Call> call)
{
    if (!m_config.credentials.isValid()) {
        S3Error error{0, u"NoCredentials"_s, m_config.credentialsError, false};
        QTimer::singleShot(0, this, [call, error] { call->done(0, {}, nullptr, error); });
        return;
    }
    ++call->attempt;
    call->generation = m_generation;
    call->received = 0;
    call->sent = 0;
    call->responseBody.clear();
    call->sizeReported = false;

    // A bucket found in another region earlier is addressed and signed for that one.
    const QString region = m_bucketRegions.value(call->bucket, m_config.region);
    // Where the request goes: path style on an override or an odd bucket name.
    const QUrl override = m_config.endpointOverride(u"s3"_s);
    QString scheme = u"https"_s;
    QString hostPort;
    QString path;
    QString keyPath = call->key.isEmpty() ? QString() : u"/"_s + call->key;
    if (!override.isEmpty()) {
        scheme = override.scheme();
        hostPort =
            override.host() + (override.port() > 0 ? u":%1"_s.arg(override.port()) : QString());
        QString base = override.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        path = base + u"/"_s + call->bucket + keyPath;
    } else {
        const QString suffix =
            region.startsWith(u"cn-"_s) ? u"amazonaws.com.cn"_s : u"amazonaws.com"_s;
        const QString s3Host = u"s3.%1.%2"_s.arg(region, suffix);
        if (isDnsCompatibleBucket(call->bucket)) {
            hostPort = call->bucket + u'.' + s3Host;
            path = keyPath.isEmpty() ? u"/"_s : keyPath;
        } else {
            hostPort = s3Host;
            path = u"/"_s + call->bucket + keyPath;
        }
    }

    SigV4Request signing;
    signing.method = call->method;
    signing.path = path;
    signing.query = call->query;
    signing.headers = call->headers;
    if (!m_expectedOwner.isEmpty())
        signing.headers.append({"x-amz-expected-bucket-owner", m_expectedOwner.toUtf8()});
    signing.payloadHash = SigV4Signer::sha256Hex(call->body);

    QNetworkRequest request;
    SigV4Signer(m_config.credentials, region, u"s3"_s)
        .signRequest(request, scheme, hostPort, signing, QDateTime::currentDateTimeUtc());
    setStallTimeout(request, m_stallTimeoutMs);
    useHttp1(request);
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Kiln/" KILN_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (call->method != "GET" && call->method != "DELETE" &&
        !request.header(QNetworkRequest::ContentTypeHeader).isValid())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/octet-stream"));

    if (!call->downloadTo.isEmpty()) {
        const QFileInfo target(call->downloadTo);
        call->temp = std::make_unique<DownloadFile>(call->downloadTo);
        if (!call->temp->open()) {
            S3Error error{
                0, u"LocalWriteError"_s,
                u"cannot write in '%1': %2"_s.arg(target.absolutePath(), call->temp->errorString()),
                false};
            call->temp.reset();
            QTimer::singleShot(0, this, [call, error] { call->done(0, {}, nullptr, error); });
            return;
        }
    }

    QNetworkReply *reply = call->method == "GET"
                               ? m_network->get(request)
                               : m_network->sendCustomRequest(request, call->method, call->body);
    call->reply = reply;
    m_inFlight.append(reply);
    if (call->temp)
        DownloadFile::streamFrom(reply);

    connect(reply, &QNetworkReply::readyRead, this, [this, call, reply] {
        const QByteArray chunk = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (call->temp && status >= 200 && status < 300) {
            if (!call->temp->write(chunk)) {
                reply->abort();
                return;
            }
            if (call->sizeKnown && !call->sizeReported) {
                call->sizeReported = true;
                if (const qint64 size = objectSize(reply); size >= 0)
                    call->sizeKnown(size);
            }
            call->received += chunk.size();
            if (call->countsProgress)
                Q_EMIT bytesTransferred(chunk.size());
        } else {
            call->responseBody += chunk;
        }
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this, call](qint64 sent, qint64) {
        if (call->countsProgress && sent > call->sent) {
            Q_EMIT bytesTransferred(sent - call->sent);
            call->sent = sent;
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, call] { onCallFinished(call); });
}

void S3Client::onCallFinished(std::shared_ptr<Call> call)
{
    QNetworkReply *reply = call->reply;
    if (!reply || call->generation != m_generation)
        return;
    m_inFlight.removeAll(reply);
    reply->deleteLater();
    const QByteArray rest = reply->readAll();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.toInt();
    if (call->temp && status >= 200 && status < 300) {
        call->temp->write(rest);
        call->received += rest.size();
    } else {
        call->responseBody += rest;
    }

    if (!statusAttr.isValid()) {
        const QNetworkReply::NetworkError code = reply->error();
        QString message;
        if (code == QNetworkReply::HostNotFoundError)
            message = u"cannot resolve %1 (DNS lookup failed); check the network, the region "
                      "(%2) and AWS_ENDPOINT_URL_S3"_s.arg(reply->url().host(), m_config.region);
        else if (code == QNetworkReply::SslHandshakeFailedError)
            message =
                u"TLS error talking to %1: %2"_s.arg(reply->url().host(), reply->errorString());
        else
            message = u"cannot reach S3 at %1: %2"_s.arg(reply->url().host(), reply->errorString());
        return retryOrFail(call, S3Error{0, u"NetworkError"_s, masked(message), isTransient(code)});
    }

    if (status >= 200 && status < 300) {
        // CompleteMultipartUpload can answer 200 with an error document.
        if (call->responseBody.contains("<Error>") &&
            call->operation == u"CompleteMultipartUpload"_s) {
            S3Error error = errorFor(500, call->responseBody, *call);
            error.transient = error.code == u"InternalError"_s || error.code == u"SlowDown"_s;
            return retryOrFail(call, error);
        }
        if (call->temp) {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() != call->received)
                return retryOrFail(call, S3Error{status, u"IncompleteBody"_s,
                                                 u"the connection closed after %1 of %2 bytes"_s
                                                     .arg(call->received)
                                                     .arg(length.toLongLong()),
                                                 true});
            if (!call->temp->commit())
                return retryOrFail(
                    call, S3Error{0, u"LocalWriteError"_s, call->temp->errorString(), false});
            call->temp.reset();
        }
        return call->done(status, call->responseBody, reply, std::nullopt);
    }

    // Wrong region (301 PermanentRedirect, 400 AuthorizationHeaderMalformed): S3 names
    // the bucket's region; like the SDKs, remember it and send the request again once.
    const QString bucketRegion = QString::fromLatin1(reply->rawHeader("x-amz-bucket-region"));
    const QString usedRegion = m_bucketRegions.value(call->bucket, m_config.region);
    if ((status == 301 || status == 400) && !bucketRegion.isEmpty() && bucketRegion != usedRegion &&
        !call->regionCorrected) {
        m_bucketRegions.insert(call->bucket, bucketRegion);
        call->regionCorrected = true;
        --call->attempt; // not a failed attempt
        call->temp.reset();
        Q_EMIT logLine(u"Bucket '%1' is in region %2, not %3; retrying there"_s.arg(
            call->bucket, bucketRegion, usedRegion));
        return send(call);
    }

    S3Error error = errorFor(status, call->responseBody, *call);
    error.transient =
        status >= 500 || error.code == u"SlowDown"_s || error.code == u"RequestTimeout"_s;
    retryOrFail(call, error);
}

void S3Client::retryOrFail(std::shared_ptr<Call> call, const S3Error &error)
{
    if (call->temp)
        call->temp.reset(); // removes the partial file
    if (error.transient && call->attempt < m_maxAttempts) {
        // The attempt's bytes will be sent or received again: take them back.
        if (call->countsProgress && call->received + call->sent > 0)
            Q_EMIT bytesTransferred(-(call->received + call->sent));
        const int delay = m_retryDelayMs * (1 << std::min(call->attempt - 1, 16));
        Q_EMIT logLine(u"S3 %1 attempt %2 of %3 failed: %4; retrying in %5 ms"_s.arg(
            call->operation, QString::number(call->attempt), QString::number(m_maxAttempts),
            error.message, QString::number(delay)));
        const quint64 generation = m_generation;
        QTimer::singleShot(delay, this, [this, call, generation] {
            if (generation == m_generation)
                send(call);
        });
        return;
    }
    S3Error final = error;
    if (error.transient && call->attempt > 1)
        final.message += u" (gave up after %1 attempts)"_s.arg(call->attempt);
    call->done(error.httpStatus, call->responseBody, nullptr, final);
}

S3Error S3Client::errorFor(int status, const QByteArray &body, const Call &call) const
{
    S3Error error;
    error.httpStatus = status;
    error.code = xmlValue(body, u"Code"_s);
    const QString serverMessage = xmlValue(body, u"Message"_s);
    const QString object = call.key.isEmpty() ? u"bucket '%1'"_s.arg(call.bucket)
                                              : u"s3://%1/%2"_s.arg(call.bucket, call.key);
    if (error.code.isEmpty()) {
        // HEAD-like answers and proxies give no XML: name the status.
        error.code = status == 404   ? u"NotFound"_s
                     : status == 403 ? u"AccessDenied"_s
                                     : u"HTTP%1"_s.arg(status);
    }
    QString text;
    if (error.code == u"NoSuchBucket"_s) {
        text = u"the bucket '%1' does not exist (NoSuchBucket); check the bucket name"_s.arg(
            call.bucket);
    } else if (error.code == u"NoSuchKey"_s ||
               (error.code == u"NotFound"_s && !call.key.isEmpty())) {
        text = u"%1 does not exist (NoSuchKey); check the key"_s.arg(object);
    } else if (error.code == u"AccessDenied"_s) {
        text = u"access to %1 was denied (AccessDenied, HTTP %2): the credentials (%3) lack the "
               "permission for %4%5"_s.arg(
                   object, QString::number(status), m_config.credentials.source, call.operation,
                   m_expectedOwner.isEmpty()
                       ? QString()
                       : u", or the bucket is not owned by the expected "
                         "account %1 (expectedBucketOwner)"_s.arg(m_expectedOwner));
    } else if (error.code == u"InvalidAccessKeyId"_s) {
        text = u"S3 does not know the access key ID from %1 (InvalidAccessKeyId); check the "
               "credentials, and AWS_ENDPOINT_URL_S3 if you use an S3-compatible server"_s.arg(
                   m_config.credentials.source);
    } else if (error.code == u"SignatureDoesNotMatch"_s) {
        text = u"S3 rejected the request signature (SignatureDoesNotMatch): the secret access key "
               "from %1 does not belong to the access key ID, or it was copied incompletely"_s.arg(
                   m_config.credentials.source);
    } else if (error.code == u"RequestTimeTooSkewed"_s) {
        text = u"S3 rejected the request time (RequestTimeTooSkewed): the system clock is off; "
               "synchronise it"_s;
    } else if (error.code == u"ExpiredToken"_s || error.code == u"InvalidToken"_s) {
        text = u"the session token from %1 is expired or invalid (%2); refresh the temporary "
               "credentials"_s.arg(m_config.credentials.source, error.code);
    } else if (error.code == u"PermanentRedirect"_s ||
               error.code == u"AuthorizationHeaderMalformed"_s || status == 301) {
        const QString region = xmlValue(body, u"Region"_s);
        text = u"the bucket '%1' is not in region %2 (%3)%4"_s.arg(
            call.bucket, m_config.region, error.code,
            region.isEmpty() ? u"; set AWS_REGION to the bucket's region"_s
                             : u"; set AWS_REGION=%1"_s.arg(region));
    } else {
        text = u"%1 failed for %2: HTTP %3 %4%5"_s.arg(
            call.operation, object, QString::number(status), error.code,
            serverMessage.isEmpty() ? QString() : u" (%1)"_s.arg(serverMessage));
    }
    error.message = masked(text);
    return error;
}

void S3Client::getObject(const QString &bucket, const QString &key, const QString &destination,
                         Done done, SizeKnown sizeKnown)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->bucket = bucket;
    call->key = key;
    call->downloadTo = destination;
    call->operation = u"GetObject"_s;
    call->countsProgress = true;
    call->sizeKnown = std::move(sizeKnown);
    call->done = [done](int, const QByteArray &, QNetworkReply *, const std::optional<S3Error> &e) {
        done(e);
    };
    send(call);
}

void S3Client::getBytes(const QString &bucket, const QString &key, Fetched done)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->bucket = bucket;
    call->key = key;
    call->operation = u"GetObject"_s;
    call->done = [done](int, const QByteArray &body, QNetworkReply *,
                        const std::optional<S3Error> &e) { done(e ? QByteArray() : body, e); };
    send(call);
}

void S3Client::listObjects(const QString &bucket, const QString &prefix, int maxKeys, Listed done)
{
    auto state = std::make_shared<ListState>();
    state->bucket = bucket;
    state->prefix = prefix;
    state->maxKeys = maxKeys;
    state->done = std::move(done);
    listPage(state);
}

void S3Client::listPage(std::shared_ptr<ListState> state)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->bucket = state->bucket;
    call->operation = u"ListObjectsV2"_s;
    // One more than asked for, so we can tell "exactly maxKeys" from "more".
    const int want = std::min(m_listPageSize, state->maxKeys + 1 - int(state->objects.size()));
    call->query = {{u"list-type"_s, u"2"_s},
                   {u"prefix"_s, state->prefix},
                   {u"max-keys"_s, QString::number(want)}};
    if (!state->continuation.isEmpty())
        call->query.append({u"continuation-token"_s, state->continuation});
    call->done = [this, state](int, const QByteArray &body, QNetworkReply *,
                               const std::optional<S3Error> &error) {
        if (error)
            return state->done(state->objects, false, error);
        QXmlStreamReader xml(body);
        bool truncated = false;
        QString next;
        S3Object current;
        bool inContents = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == u"Contents"_s) {
                    inContents = true;
                    current = {};
                } else if (inContents && name == u"Key"_s) {
                    current.key = xml.readElementText();
                } else if (inContents && name == u"Size"_s) {
                    current.size = xml.readElementText().toLongLong();
                } else if (!inContents && name == u"IsTruncated"_s) {
                    truncated = xml.readElementText() == u"true"_s;
                } else if (!inContents && name == u"NextContinuationToken"_s) {
                    next = xml.readElementText();
                }
            } else if (xml.isEndElement() && xml.name() == u"Contents"_s) {
                inContents = false;
                state->objects.append(current);
            }
        }
        if (xml.hasError())
            return state->done(state->objects, false,
                               S3Error{200, u"MalformedXML"_s,
                                       u"ListObjectsV2 returned XML that cannot be read: %1"_s.arg(
                                           xml.errorString()),
                                       false});
        if (state->objects.size() > state->maxKeys) {
            state->objects.resize(state->maxKeys);
            return state->done(state->objects, true, std::nullopt);
        }
        if (truncated && !next.isEmpty() && state->objects.size() < state->maxKeys) {
            state->continuation = next;
            return listPage(state);
        }
        state->done(state->objects, truncated, std::nullopt);
    };
    send(call);
}

void S3Client::putBytes(const QString &bucket, const QString &key, const QByteArray &data,
                        const QByteArray &contentType, Done done)
{
    auto call = std::make_shared<Call>();
    call->method = "PUT";
    call->bucket = bucket;
    call->key = key;
    call->body = data;
    call->operation = u"PutObject"_s;
    call->countsProgress = true;
    if (!contentType.isEmpty())
        call->headers.append({QByteArrayLiteral("content-type"), contentType});
    call->done = [done](int, const QByteArray &, QNetworkReply *, const std::optional<S3Error> &e) {
        done(e);
    };
    send(call);
}

void S3Client::putFile(const QString &bucket, const QString &key, const QString &localPath,
                       Done done)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly)) {
        S3Error error{0, u"LocalReadError"_s,
                      u"cannot read '%1': %2"_s.arg(localPath, file.errorString()), false};
        QTimer::singleShot(0, this, [done, error] { done(error); });
        return;
    }
    const qint64 size = file.size();
    if (size > m_multipartThreshold)
        return startMultipart(bucket, key, localPath, size, std::move(done));
    putBytes(bucket, key, file.readAll(), "application/octet-stream", std::move(done));
}

void S3Client::startMultipart(const QString &bucket, const QString &key, const QString &localPath,
                              qint64 size, Done done)
{
    auto upload = std::make_shared<Multipart>();
    upload->bucket = bucket;
    upload->key = key;
    upload->localPath = localPath;
    upload->size = size;
    upload->done = std::move(done);

    auto call = std::make_shared<Call>();
    call->method = "POST";
    call->bucket = bucket;
    call->key = key;
    call->query = {{u"uploads"_s, QString()}};
    call->operation = u"CreateMultipartUpload"_s;
    call->done = [this, upload](int, const QByteArray &body, QNetworkReply *,
                                const std::optional<S3Error> &error) {
        if (error)
            return upload->done(error);
        upload->uploadId = xmlValue(body, u"UploadId"_s);
        if (upload->uploadId.isEmpty())
            return upload->done(S3Error{200, u"MalformedXML"_s,
                                        u"CreateMultipartUpload returned no UploadId"_s, false});
        Q_EMIT logLine(u"Multipart upload of %1 bytes to s3://%2/%3 in parts of %4 bytes"_s.arg(
            QString::number(upload->size), upload->bucket, upload->key,
            QString::number(m_partSize)));
        uploadNextPart(upload);
    };
    send(call);
}

void S3Client::uploadNextPart(std::shared_ptr<Multipart> upload)
{
    const qint64 offset = qint64(upload->partNumber) * m_partSize;
    if (offset >= upload->size && upload->partNumber > 0)
        return completeMultipart(upload);
    QFile file(upload->localPath);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return abortMultipart(
            upload,
            S3Error{0, u"LocalReadError"_s,
                    u"cannot read '%1': %2"_s.arg(upload->localPath, file.errorString()), false});
    // One part in memory at a time: memory stays at the part size whatever the file size.
    const QByteArray part = file.read(std::min(m_partSize, upload->size - offset));
    ++upload->partNumber;

    auto call = std::make_shared<Call>();
    call->method = "PUT";
    call->bucket = upload->bucket;
    call->key = upload->key;
    call->body = part;
    call->query = {{u"partNumber"_s, QString::number(upload->partNumber)},
                   {u"uploadId"_s, upload->uploadId}};
    call->operation = u"UploadPart"_s;
    call->countsProgress = true;
    call->done = [this, upload](int, const QByteArray &, QNetworkReply *reply,
                                const std::optional<S3Error> &error) {
        if (error)
            return abortMultipart(upload, *error);
        const QByteArray etag = reply ? reply->rawHeader("ETag") : QByteArray();
        if (etag.isEmpty())
            return abortMultipart(
                upload, S3Error{200, u"MissingETag"_s, u"UploadPart returned no ETag"_s, false});
        upload->etags.append(etag);
        uploadNextPart(upload);
    };
    send(call);
}

void S3Client::completeMultipart(std::shared_ptr<Multipart> upload)
{
    QByteArray xml = "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
    for (int i = 0; i < upload->etags.size(); ++i)
        xml += "<Part><PartNumber>" + QByteArray::number(i + 1) + "</PartNumber><ETag>" +
               upload->etags[i] + "</ETag></Part>";
    xml += "</CompleteMultipartUpload>";

    auto call = std::make_shared<Call>();
    call->method = "POST";
    call->bucket = upload->bucket;
    call->key = upload->key;
    call->body = xml;
    call->query = {{u"uploadId"_s, upload->uploadId}};
    call->headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/xml")});
    call->operation = u"CompleteMultipartUpload"_s;
    call->done = [this, upload](int, const QByteArray &, QNetworkReply *,
                                const std::optional<S3Error> &error) {
        if (error)
            return abortMultipart(upload, *error);
        upload->done(std::nullopt);
    };
    send(call);
}

void S3Client::abortMultipart(std::shared_ptr<Multipart> upload, const S3Error &error)
{
    // Best effort: without the abort the parts would be billed until a lifecycle rule
    // removes them. The original error is what the caller sees.
    auto call = std::make_shared<Call>();
    call->method = "DELETE";
    call->bucket = upload->bucket;
    call->key = upload->key;
    call->query = {{u"uploadId"_s, upload->uploadId}};
    call->operation = u"AbortMultipartUpload"_s;
    call->done = [upload, error](int, const QByteArray &, QNetworkReply *,
                                 const std::optional<S3Error> &) { upload->done(error); };
    send(call);
}

} // namespace Kiln
