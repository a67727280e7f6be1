// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QTimeZone>
#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// Trims and collapses runs of spaces, as the canonical header value wants it.
QByteArray canonicalHeaderValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (char c : value.trimmed()) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

SigV4Signer::SigV4Signer(AwsCredentials credentials, QString region, QString service)
    : m_credentials(std::move(credentials)), m_region(std::move(region)),
      m_service(std::move(service))
{
}

QByteArray SigV4Signer::sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::emptyPayloadHash()
{
    return QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

QByteArray SigV4Signer::uriEncode(const QString &text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~';
        if (unreserved || (keepSlash && c == '/')) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QByteArray SigV4Signer::canonicalQuery(const QList<std::pair<QString, QString>> &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({uriEncode(name, false), uriEncode(value, false)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray SigV4Signer::signingKey(const QString &secretKey, const QByteArray &date,
                                   const QString &region, const QString &service)
{
    const QByteArray kDate = hmac("AWS4" + secretKey.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, QByteArrayLiteral("aws4_request"));
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

SigV4Signature SigV4Signer::sign(const SigV4Request &request, const QDateTime &time) const
{
    SigV4Signature result;
    const QByteArray stamp = amzDate(time);
    const QByteArray date = stamp.left(8);

    // Headers: lower-case names, duplicates joined with ',' in the order given.
    std::map<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : request.headers) {
        const QByteArray key = name.toLower().trimmed();
        const QByteArray canon = canonicalHeaderValue(value);
        auto it = headers.find(key);
        if (it == headers.end())
            headers.emplace(key, canon);
        else
            it->second += ',' + canon;
    }
    QByteArray canonicalHeaders;
    for (const auto &[name, value] : headers) {
        canonicalHeaders += name + ':' + value + '\n';
        if (!result.signedHeaders.isEmpty())
            result.signedHeaders += ';';
        result.signedHeaders += name;
    }

    // Encoded once, not normalised: see SigV4Request in the header.
    QByteArray path = uriEncode(request.path.isEmpty() ? u"/"_s : request.path, true);

    result.canonicalRequest = request.method + '\n' + path + '\n' + canonicalQuery(request.query) +
                              '\n' + canonicalHeaders + '\n' + result.signedHeaders + '\n' +
                              request.payloadHash;

    const QByteArray scope =
        date + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + "/aws4_request";
    result.stringToSign =
        "AWS4-HMAC-SHA256\n" + stamp + '\n' + scope + '\n' + sha256Hex(result.canonicalRequest);
    const QByteArray key = signingKey(m_credentials.secretAccessKey, date, m_region, m_service);
    result.signature = hmac(key, result.stringToSign).toHex();
    result.authorization = "AWS4-HMAC-SHA256 Credential=" + m_credentials.accessKeyId.toUtf8() +
                           '/' + scope + ", SignedHeaders=" + result.signedHeaders +
                           ", Signature=" + result.signature;
    return result;
}

void SigV4Signer::signRequest(QNetworkRequest &network, const QString &scheme,
                              const QString &hostPort, const SigV4Request &request,
                              const QDateTime &time) const
{
    SigV4Request signedRequest = request;
    signedRequest.headers.append({"host", hostPort.toUtf8()});
    signedRequest.headers.append({"x-amz-date", amzDate(time)});
    signedRequest.headers.append({"x-amz-content-sha256", request.payloadHash});
    if (!m_credentials.sessionToken.isEmpty())
        signedRequest.headers.append({"x-amz-security-token", m_credentials.sessionToken.toUtf8()});
    const SigV4Signature signature = sign(signedRequest, time);

    QByteArray url = scheme.toLatin1() + "://" + hostPort.toUtf8() +
                     uriEncode(request.path.isEmpty() ? u"/"_s : request.path, true);
    const QByteArray query = canonicalQuery(request.query);
    if (!query.isEmpty())
        url += '?' + query;
    network.setUrl(QUrl::fromEncoded(url, QUrl::StrictMode));
    // Host is set explicitly too, so what is signed is exactly what Qt sends.
    for (const auto &[name, value] : signedRequest.headers)
        network.setRawHeader(name == "host" ? QByteArrayLiteral("Host") : name, value);
    network.setRawHeader("Authorization", signature.authorization);
}

} // namespace Kiln
