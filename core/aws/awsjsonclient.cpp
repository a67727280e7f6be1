// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/awsjsonclient.h"

#include "aws/secretmasker.h"
#include "aws/sigv4.h"
#include "net/networkcompat.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Kiln {

struct AwsJsonClient::Pending
{
    AwsCall call;
    Done done;
    int attempt = 0;
    QTimer *retryTimer = nullptr; // while waiting for the next attempt
};

namespace {

constexpr const char *AbortedProperty = "kilnAborted";

// "com.amazonaws.ssm#ParameterNotFound" (JSON 1.1 "__type") or
// "ResourceNotFoundException:http://internal.amazon.com/..." (x-amzn-ErrorType).
QString errorCodeOf(const QByteArray &header, const QJsonObject &json)
{
    QString code = QString::fromUtf8(header);
    if (code.isEmpty())
        code = json.value(u"__type"_s).toString();
    if (code.isEmpty())
        code = json.value(u"code"_s).toString(json.value(u"Code"_s).toString());
    code = code.section(u':', 0, 0);
    return code.mid(code.lastIndexOf(u'#') + 1);
}

} // namespace

AwsJsonClient::AwsJsonClient(AwsConfig config, QString service, QString region,
                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_service(std::move(service)),
      m_region(region.isEmpty() ? m_config.region : std::move(region)), m_network(network)
{
    m_endpoint = m_config.endpoint(m_service, m_region);
}

AwsJsonClient::~AwsJsonClient()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (!reply)
            continue;
        reply->disconnect(this); // no callbacks from a client being destroyed
        reply->abort();
        reply->deleteLater();
    }
}

bool AwsJsonClient::isRetryable(const AwsReply &reply)
{
    static const QStringList throttling{u"ThrottlingException"_s,
                                        u"Throttling"_s,
                                        u"TooManyRequestsException"_s,
                                        u"CallRateLimitExceededException"_s,
                                        u"RequestLimitExceeded"_s,
                                        u"ServiceUnavailableException"_s,
                                        u"RequestTimeout"_s};
    if (reply.errorCode == u"Cancelled"_s || reply.errorCode == u"NoCredentials"_s)
        return false;
    return reply.status == 0 || reply.status == 429 || reply.status >= 500 ||
           throttling.contains(reply.errorCode);
}

void AwsJsonClient::call(const AwsCall &call, Done done)
{
    auto pending = std::make_shared<Pending>();
    pending->call = call;
    pending->done = std::move(done);
    if (!m_config.credentials.isValid()) {
        const QString error = m_config.credentialsError;
        QTimer::singleShot(0, this, [pending, error] {
            pending->done(AwsReply{0, {}, u"NoCredentials"_s, error, 0});
        });
        return;
    }
    QTimer::singleShot(0, this, [this, pending] { send(pending); });
}

void AwsJsonClient::send(std::shared_ptr<Pending> pending)
{
    ++pending->attempt;
    const AwsCall &call = pending->call;
    const bool jsonRpc = !call.target.isEmpty();
    const bool hasBody = call.method == "POST" || call.method == "PUT";
    const QByteArray body =
        hasBody ? QJsonDocument(call.body).toJson(QJsonDocument::Compact) : QByteArray();
    const QString hostPort =
        m_endpoint.host() + (m_endpoint.port() > 0 ? u":%1"_s.arg(m_endpoint.port()) : QString());
    QString base = m_endpoint.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    SigV4Request signing;
    signing.method = call.method;
    signing.path = base + call.path;
    if (signing.path.isEmpty())
        signing.path = u"/"_s;
    signing.query = call.query;
    if (hasBody)
        signing.headers.append({"content-type", jsonRpc ? QByteArray("application/x-amz-json-1.1")
                                                        : QByteArray("application/json")});
    if (jsonRpc)
        signing.headers.append({"x-amz-target", call.target});
    signing.payloadHash = SigV4Signer::sha256Hex(body);
    QNetworkRequest request;
    SigV4Signer(m_config.credentials, m_region, m_service)
        .signRequest(request, m_endpoint.scheme(), hostPort, signing,
                     QDateTime::currentDateTimeUtc());
    setStallTimeout(request, m_timeoutMs);
    useHttp1(request);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Kiln/" KILN_VERSION));
    QNetworkReply *reply = hasBody ? m_network->sendCustomRequest(request, call.method, body)
                                   : m_network->sendCustomRequest(request, call.method);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, pending, reply] { finished(pending, reply); });
}

void AwsJsonClient::finished(std::shared_ptr<Pending> pending, QNetworkReply *reply)
{
    m_inFlight.removeAll(reply);
    reply->deleteLater();
    SecretMasker masker;
    masker.add(m_config.credentials.secretAccessKey);
    masker.add(m_config.credentials.sessionToken);
    AwsReply out;
    out.attempts = pending->attempt;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray data = reply->readAll();
    if (!status.isValid()) {
        // A stall timeout aborts too: only abortAll() marks a reply as cancelled.
        out.errorCode =
            reply->property(AbortedProperty).toBool() ? u"Cancelled"_s : u"NetworkError"_s;
        out.message = masker.mask(reply->errorString());
    } else {
        out.status = status.toInt();
        out.json = QJsonDocument::fromJson(data).object();
        if (!out.ok()) {
            out.errorCode = errorCodeOf(reply->rawHeader("x-amzn-ErrorType"), out.json);
            if (out.errorCode.isEmpty())
                out.errorCode = u"HTTP %1"_s.arg(out.status);
            out.message = masker.mask(
                out.json.value(u"message"_s).toString(out.json.value(u"Message"_s).toString()));
        }
    }
    if (!out.ok() && isRetryable(out) && pending->attempt < m_maxAttempts) {
        const int delay = m_retryDelayMs * (1 << std::min(pending->attempt - 1, 10));
        Q_EMIT logLine(u"%1 %2 attempt %3 of %4 failed (%5); retrying in %6 ms"_s.arg(
            m_service, pending->call.operation, QString::number(pending->attempt),
            QString::number(m_maxAttempts), out.errorCode, QString::number(delay)));
        pending->retryTimer = new QTimer(this);
        pending->retryTimer->setSingleShot(true);
        m_waiting.append(pending);
        connect(pending->retryTimer, &QTimer::timeout, this, [this, pending] {
            m_waiting.removeOne(pending);
            pending->retryTimer->deleteLater();
            pending->retryTimer = nullptr;
            send(pending);
        });
        pending->retryTimer->start(delay);
        return;
    }
    pending->done(out);
}

void AwsJsonClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (!reply)
            continue;
        reply->setProperty(AbortedProperty, true);
        reply->abort(); // finished() follows
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const std::shared_ptr<Pending> &pending : waiting) {
        pending->retryTimer->stop();
        pending->retryTimer->deleteLater();
        pending->retryTimer = nullptr;
        pending->done(AwsReply{0, {}, u"Cancelled"_s, u"cancelled"_s, pending->attempt});
    }
}

} // namespace Kiln
