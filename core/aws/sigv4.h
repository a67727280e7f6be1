// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// AWS Signature Version 4 for requests sent over Qt Network. The signer is split
// into its published steps (canonical request, string to sign, signing key,
// Authorization header) so each can be checked against AWS's test-suite values;
// signRequest() then applies the result to a QNetworkRequest. It never logs, and
// nothing it returns except the signing key contains the secret key.
#pragma once

#include "aws/credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

class QNetworkRequest;

namespace Kiln {

// One request to sign, with everything already decoded: the signer does the
// encoding that SigV4 defines, so callers never pre-encode paths or queries. The
// path is encoded once and not normalised, as S3 wants it; the other services
// Kiln calls (SSM) only use "/", where that agrees with their double encoding.
struct SigV4Request
{
    QByteArray method;                                // "GET", "PUT", ...
    QString path = QStringLiteral("/");               // decoded, e.g. "/my bucket/a b.txt"
    QList<std::pair<QString, QString>> query;         // decoded names and values, any order
    QList<std::pair<QByteArray, QByteArray>> headers; // must include "host"; any case, any order
    QByteArray payloadHash; // hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"
};

struct SigV4Signature
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; // "host;x-amz-date"
    QByteArray signature;     // hex
    QByteArray authorization; // the whole Authorization header value
};

class SigV4Signer
{
public:
    SigV4Signer(AwsCredentials credentials, QString region, QString service);

    // The signature for `request` at `time` (UTC). The request must already carry
    // the x-amz-date (and, with a session token, x-amz-security-token) headers
    // if they are to be signed; signRequest() adds them itself.
    SigV4Signature sign(const SigV4Request &request, const QDateTime &time) const;

    // Adds host, x-amz-date, x-amz-content-sha256, x-amz-security-token (when the
    // credentials have a session token) and Authorization to `network`, whose URL is
    // built from `request` with buildUrl(). `extraHeaders` in `request` are signed
    // and set too.
    void signRequest(QNetworkRequest &network, const QString &scheme, const QString &hostPort,
                     const SigV4Request &request, const QDateTime &time) const;

    static QByteArray sha256Hex(QByteArrayView data);
    static QByteArray emptyPayloadHash(); // SHA-256 of ""
    static QByteArray unsignedPayload() { return QByteArrayLiteral("UNSIGNED-PAYLOAD"); }
    // RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - . _ ~ is
    // percent-encoded (upper-case hex); '/' is kept when `keepSlash`.
    static QByteArray uriEncode(const QString &text, bool keepSlash);
    static QByteArray canonicalQuery(const QList<std::pair<QString, QString>> &query);
    static QByteArray signingKey(const QString &secretKey, const QByteArray &date,
                                 const QString &region, const QString &service);
    static QByteArray amzDate(const QDateTime &time); // 20150830T123600Z

private:
    AwsCredentials m_credentials;
    QString m_region;
    QString m_service;
};

} // namespace Kiln
