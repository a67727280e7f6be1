// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What a fake AWS endpoint checks of every request's signature: the Authorization
// header's credential scope (key id, date, region, service) and a signature
// recomputed with SigV4Signer from the test's credentials over the request as
// received (method, path, query, the signed headers, the body's hash). Header-only,
// for tests/network.
#pragma once

#include "aws/sigv4.h"
#include "testhttpserver.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace KilnTest {

// Empty when `request` is signed for `service` in `region` with `credentials`;
// otherwise what is wrong.
inline QString sigV4Problem(const TestHttpRequest &request, const Kiln::AwsCredentials &credentials,
                            const QString &region, const QString &service)
{
    using namespace Qt::StringLiterals;
    static const QRegularExpression header(
        u"^AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, "
        "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$"_s);
    const QString authorization = QString::fromLatin1(request.headers.value("authorization"));
    const QRegularExpressionMatch m = header.match(authorization);
    if (!m.hasMatch())
        return u"malformed Authorization header: "_s + authorization;
    if (m.captured(1) != credentials.accessKeyId)
        return u"signed with key id %1"_s.arg(m.captured(1));
    if (m.captured(3) != region || m.captured(4) != service)
        return u"credential scope %1/%2, expected %3/%4"_s.arg(m.captured(3), m.captured(4), region,
                                                               service);
    const QByteArray payloadHash = Kiln::SigV4Signer::sha256Hex(request.body);
    if (request.headers.value("x-amz-content-sha256") != payloadHash)
        return u"x-amz-content-sha256 is not the body's hash"_s;
    if (!credentials.sessionToken.isEmpty() &&
        request.headers.value("x-amz-security-token") != credentials.sessionToken.toUtf8())
        return u"no x-amz-security-token"_s;

    Kiln::SigV4Request signing;
    signing.method = request.method;
    signing.path = QUrl::fromPercentEncoding(request.path);
    for (const QByteArray &pair : request.query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        signing.query.append({QUrl::fromPercentEncoding(pair.left(eq)),
                              eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1))});
    }
    for (const QString &name : m.captured(5).split(u';')) {
        if (!request.headers.contains(name.toLatin1()))
            return u"signed header %1 was not sent"_s.arg(name);
        signing.headers.append({name.toLatin1(), request.headers.value(name.toLatin1())});
    }
    signing.payloadHash = payloadHash;
    QDateTime time = QDateTime::fromString(QString::fromLatin1(request.headers.value("x-amz-date")),
                                           u"yyyyMMdd'T'HHmmss'Z'"_s);
    if (!time.isValid())
        return u"no valid x-amz-date"_s;
    time.setTimeZone(QTimeZone::utc()); // the fields are UTC ('Z')
    const Kiln::SigV4Signature expected =
        Kiln::SigV4Signer(credentials, region, service).sign(signing, time);
    if (expected.signature != m.captured(6).toLatin1())
        return u"signature mismatch; canonical request was:\n"_s +
               QString::fromUtf8(expected.canonicalRequest);
    return {};
}

} // namespace KilnTest
