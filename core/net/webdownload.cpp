// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "net/webdownload.h"

#include "net/downloadfile.h"
#include "net/environmentproxy.h"
#include "net/networkcompat.h"
#include "net/urlredaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Kiln {

struct WebDownloadJob::Entry
{
    QUrl url;
    QString destination; // final absolute path
    bool overwrite = true;
    bool ignoreCertificateErrors = false;
    QByteArray checksum; // lower-case hex; empty = no verification
    QString algorithmName;
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256;
    int attempt = 0;
    qint64 received = 0;
    QStringList sslErrors;
    std::unique_ptr<QCryptographicHash> hash;
};

namespace {

const QString Module = u"WebDownload"_s;

// Errors worth another attempt: the server or the path to it may recover.
bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout (we track user cancel apart)
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

QString fileNameFromUrl(const QUrl &url)
{
    return QFileInfo(url.path(QUrl::FullyDecoded)).fileName();
}

} // namespace

WebDownloadJob::WebDownloadJob(QJsonArray entries, TransferOptions options, QObject *parent)
    : TransferJob(std::move(entries), std::move(options), parent)
{
    m_network = m_options.network;
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        // The access manager takes ownership of the factory.
        m_ownNetwork->setProxyFactory(new EnvironmentProxyFactory(m_options.environment));
        m_network = m_ownNetwork.get();
    }
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &WebDownloadJob::startAttempt);
}

WebDownloadJob::~WebDownloadJob()
{
    cleanupReply();
}

std::optional<QCryptographicHash::Algorithm> WebDownloadJob::hashAlgorithm(const QString &name)
{
    const QString n = name.trimmed().toUpper().remove(u'-');
    if (n == u"MD5"_s)
        return QCryptographicHash::Md5;
    if (n == u"SHA1"_s)
        return QCryptographicHash::Sha1;
    if (n == u"SHA256"_s)
        return QCryptographicHash::Sha256;
    if (n == u"SHA512"_s)
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

QByteArray WebDownloadJob::fileHash(const QString &path, QCryptographicHash::Algorithm algorithm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(algorithm);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

void WebDownloadJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    // finished() must never be emitted from inside start().
    QTimer::singleShot(0, this, &WebDownloadJob::nextEntry);
}

void WebDownloadJob::cancel()
{
    if (m_finished)
        return;
    m_retryTimer->stop();
    cleanupReply();
    m_temp.reset(); // removes the partial file
    FileTransferResult result;
    result.cancelled = true;
    result.error = u"%1: cancelled"_s.arg(Module);
    finish(result);
}

QJsonObject WebDownloadJob::outputs() const
{
    return {{u"destination"_s, m_destinations.join(u'\n')}};
}

void WebDownloadJob::startEntry(const QJsonObject &input)
{
    m_entry = std::make_unique<Entry>();
    Entry &e = *m_entry;

    const QString source = input.value(u"source"_s).toString().trimmed();
    const QString destination = input.value(u"destination"_s).toString();
    if (source.isEmpty())
        return failEntry(u"input 'source' is required (an http:// or https:// URL)"_s);
    if (destination.isEmpty())
        return failEntry(
            u"input 'destination' is required (a file path, or a folder ending in '/')"_s);
    e.url = QUrl(source, QUrl::StrictMode);
    const QString scheme = e.url.scheme().toLower();
    if (!e.url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || e.url.host().isEmpty())
        return failEntry(
            u"source '%1' is not a valid http:// or https:// URL"_s.arg(redactedUrl(QUrl(source))));

    QString error;
    e.overwrite = boolInput(input, u"overwrite"_s, true, &error);
    e.ignoreCertificateErrors = boolInput(input, u"ignoreCertificateErrors"_s, false, &error);
    if (!error.isEmpty())
        return failEntry(error);

    const QString checksum = input.value(u"checksum"_s).toString().trimmed();
    const QString algorithm = input.value(u"algorithm"_s).toString().trimmed();
    if (!algorithm.isEmpty()) {
        const auto alg = hashAlgorithm(algorithm);
        if (!alg)
            return failEntry(
                u"unsupported algorithm '%1'; use MD5, SHA1, SHA256 or SHA512"_s.arg(algorithm));
        e.algorithm = *alg;
        e.algorithmName = algorithm.toUpper();
    }
    if (!checksum.isEmpty() && !algorithm.isEmpty())
        e.checksum = checksum.toLower().toLatin1();
    else if (!checksum.isEmpty() || !algorithm.isEmpty())
        Q_EMIT logLine(u"Note: 'checksum' and 'algorithm' must both be given for verification; "
                       "downloading without it"_s);

    // A destination ending in a separator is a folder; the name comes from the URL.
    QString path = destination;
    if (path.endsWith(u'/') || path.endsWith(u'\\')) {
        const QString name = fileNameFromUrl(e.url);
        if (name.isEmpty())
            return failEntry(
                u"destination '%1' is a folder but the URL has no file name; give a file path"_s
                    .arg(destination));
        path += name;
    }
    e.destination = QDir::cleanPath(absolutePath(path));
    const QFileInfo target(e.destination);
    if (target.isDir())
        return failEntry(
            u"destination '%1' is an existing folder; end it with '/' to download into it"_s.arg(
                e.destination));
    if (!QDir().mkpath(target.absolutePath()))
        return failEntry(u"cannot create folder '%1'"_s.arg(target.absolutePath()));

    if (target.exists()) {
        if (!e.overwrite)
            return failEntry(
                u"File already exists and \"overwrite\" property for \"destination\" file is set to false. Cannot download. (%1)"_s
                    .arg(e.destination));
        if (!e.checksum.isEmpty() && fileHash(e.destination, e.algorithm) == e.checksum) {
            Q_EMIT logLine(u"%1 already matches the %2 checksum; download skipped"_s.arg(
                e.destination, e.algorithmName));
            m_destinations.append(e.destination);
            return nextEntry();
        }
    }
    Q_EMIT logLine(u"Downloading %1 to %2"_s.arg(redactedUrl(e.url), e.destination));
    startAttempt();
}

void WebDownloadJob::startAttempt()
{
    if (m_finished || !m_entry)
        return;
    Entry &e = *m_entry;
    ++e.attempt;
    e.received = 0;
    e.sslErrors.clear();
    e.hash = std::make_unique<QCryptographicHash>(e.algorithm);

    const QFileInfo target(e.destination);
    auto temp = std::make_unique<DownloadFile>(e.destination);
    if (!temp->open())
        return failEntry(
            u"cannot write in '%1': %2"_s.arg(target.absolutePath(), temp->errorString()));
    m_temp = std::move(temp);

    QNetworkRequest request(e.url);
    // [REC] Redirects that downgrade https to http are refused (Go's client, which
    // AWSTOE uses, follows them); everything else is followed, up to 10 hops.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);
    setStallTimeout(request, m_options.stallTimeoutMs);
    // The bytes on the wire are what the checksum is about: no transparent gunzip.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Kiln/" KILN_VERSION));

    m_reply = m_network->get(request);
    DownloadFile::streamFrom(m_reply);
    connect(m_reply, &QNetworkReply::readyRead, this, &WebDownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &WebDownloadJob::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!m_entry || !m_reply)
            return;
        for (const QSslError &error : errors)
            m_entry->sslErrors.append(error.errorString());
        if (m_entry->ignoreCertificateErrors) {
            Q_EMIT logLine(
                u"Ignoring TLS certificate errors (ignoreCertificateErrors: true): %1"_s.arg(
                    m_entry->sslErrors.join(u"; "_s)));
            m_reply->ignoreSslErrors();
        }
    });
}

void WebDownloadJob::onReadyRead()
{
    if (!m_reply || !m_temp || !m_entry)
        return;
    // Only a 200 body is the file; an error page is read and dropped.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (status != 200)
        return;
    if (!m_temp->write(chunk)) {
        const QString why = m_temp->errorString();
        cleanupReply();
        return failEntry(u"cannot write '%1': %2"_s.arg(m_temp->fileName(), why));
    }
    m_entry->hash->addData(chunk);
    m_entry->received += chunk.size();
    // The total over all entries is known once the last entry's size is: the
    // earlier ones are done by then (m_doneBytes).
    qint64 total = -1;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (isLastEntry() && length.isValid())
        total = m_doneBytes + length.toLongLong();
    Q_EMIT progress(m_doneBytes + m_entry->received, total);
}

void WebDownloadJob::onFinished()
{
    if (!m_reply || !m_entry)
        return;
    onReadyRead();
    if (!m_reply)
        return;
    Entry &e = *m_entry;
    QNetworkReply *reply = m_reply;
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString errorString = reply->errorString();
    const QUrl finalUrl = reply->url();
    const QVariant lengthHeader = reply->header(QNetworkRequest::ContentLengthHeader);
    cleanupReply();

    const QString where = redactedUrl(e.url);
    if (statusAttr.isValid() && status != 200) {
        QString message = u"%1 returned HTTP %2%3"_s.arg(
            finalUrl != e.url ? u"%1 (redirected to %2)"_s.arg(where, redactedUrl(finalUrl))
                              : where,
            QString::number(status), reason.isEmpty() ? QString() : u" "_s + reason);
        if (status == 404)
            message += u": the file does not exist at that URL; check the source"_s;
        else if (status == 401 || status == 403)
            message +=
                u": the server refused access; check the URL and whether it needs credentials or a signed URL"_s;
        else if (status >= 300 && status < 400)
            message += u": redirect not followed (a redirect from https to http is refused, "
                       "or too many redirects)"_s;
        else if (status >= 500)
            return retryOrFail(message + u" (server error)"_s);
        else
            message += u"; only 200 counts as success"_s;
        return failEntry(message);
    }
    if (error != QNetworkReply::NoError) {
        if (error == QNetworkReply::HostNotFoundError)
            return failEntry(
                u"cannot resolve the host of %1 (DNS lookup failed); check the URL and the network"_s
                    .arg(where));
        if (error == QNetworkReply::SslHandshakeFailedError) {
            return failEntry(
                u"TLS error for %1: %2. Fix the server's certificate, or set "
                "ignoreCertificateErrors: true if you trust this server"_s.arg(
                    where, e.sslErrors.isEmpty() ? errorString : e.sslErrors.join(u"; "_s)));
        }
        if (error == QNetworkReply::TooManyRedirectsError ||
            error == QNetworkReply::InsecureRedirectError)
            return failEntry(u"%1: %2"_s.arg(where, errorString));
        if (isTransientNetworkError(error))
            return retryOrFail(u"%1: %2"_s.arg(where, errorString));
        return failEntry(u"%1: %2"_s.arg(where, errorString));
    }
    if (!statusAttr.isValid())
        return failEntry(u"%1: no HTTP response"_s.arg(where));
    if (lengthHeader.isValid() && lengthHeader.toLongLong() != e.received)
        return retryOrFail(u"%1: connection closed after %2 of %3 bytes"_s.arg(
            where, QString::number(e.received), QString::number(lengthHeader.toLongLong())));

    if (!e.checksum.isEmpty()) {
        const QByteArray actual = e.hash->result().toHex();
        if (actual != e.checksum) {
            m_temp.reset();
            return failEntry(
                u"%1 checksum mismatch for %2: expected %3, got %4; the file was not saved"_s.arg(
                    e.algorithmName, where, QString::fromLatin1(e.checksum),
                    QString::fromLatin1(actual)));
        }
    }
    if (!m_temp->commit())
        return failEntry(m_temp->errorString());
    m_temp.reset();
    m_doneBytes += e.received;
    Q_EMIT logLine(u"Downloaded %1 bytes to %2%3"_s.arg(
        QString::number(e.received), e.destination,
        e.checksum.isEmpty() ? QString() : u" (%1 verified)"_s.arg(e.algorithmName)));
    m_destinations.append(e.destination);
    nextEntry();
}

void WebDownloadJob::retryOrFail(const QString &message)
{
    m_temp.reset(); // drop the partial file now
    if (!m_entry || m_entry->attempt >= m_options.maxAttempts)
        return failEntry(
            u"%1 (gave up after %2 attempts)"_s.arg(message).arg(m_entry ? m_entry->attempt : 0));
    const int delay = m_options.retryDelayMs * (1 << std::min(m_entry->attempt - 1, 16));
    Q_EMIT logLine(u"Attempt %1 of %2 failed: %3; retrying in %4 ms"_s.arg(
        QString::number(m_entry->attempt), QString::number(m_options.maxAttempts), message,
        QString::number(delay)));
    m_retryTimer->start(delay);
}

void WebDownloadJob::failEntry(const QString &message)
{
    cleanupReply();
    m_temp.reset();
    FileTransferResult result;
    result.error = u"%1: %2"_s.arg(Module, message);
    // Earlier entries are in place; the module can still report them.
    result.outputs = outputs();
    Q_EMIT logLine(result.error);
    finish(result);
}

void WebDownloadJob::cleanupReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace Kiln
