// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Small shims over Qt Network API differences between Qt 6.4 (Debian 12) and
// Qt 6.8 (Debian 13), so the code builds warning-free on both.
#pragma once

#include <QNetworkRequest>
#include <QtGlobal>
#include <chrono>

namespace Kiln {

// Aborts a request when no bytes move for `ms` milliseconds. Qt 6.7 added the
// std::chrono overload and later deprecates the int one.
inline void setStallTimeout(QNetworkRequest &request, int ms)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    request.setTransferTimeout(std::chrono::milliseconds(ms));
#else
    request.setTransferTimeout(ms);
#endif
}

// AWS endpoints and our downloads are fine with HTTP/1.1, and with HTTP/2 the Host
// header we sign would travel as :authority instead: keep the request on HTTP/1.1.
inline void useHttp1(QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
}

} // namespace Kiln
