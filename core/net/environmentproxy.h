// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Proxy selection from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case), the way
// AWSTOE's Go HTTP client and the AWS SDKs read them, for the access managers the
// transfer jobs create. Qt itself ignores these variables unless told to use the
// system configuration for the whole application, which would also change the
// studio's behaviour; this keeps it to Kiln's downloads and AWS calls. As in Go,
// requests to localhost and loopback addresses never go through the proxy.
#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QStringList>

namespace Kiln {

class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(const QProcessEnvironment &environment);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Whether `host` is excluded by NO_PROXY (exact names, ".suffix"/"suffix" domain
    // matches, "*", IP addresses; ports are ignored).
    bool bypasses(const QString &host) const;

private:
    QUrl m_httpProxy;
    QUrl m_httpsProxy;
    QStringList m_noProxy;
};

} // namespace Kiln
